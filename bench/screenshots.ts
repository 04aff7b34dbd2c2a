/**
 * Screenshots of every workbench view at 1440 px and 390 px into docs/screenshots/, from the Aleppo example in a
 * temp SQLite workspace, signed in as an analyst, in Debian's Chromium (playwright-core). Two analysts' ratings
 * and three co-publishing outlets are added first so the matrix shows a disagreement and the narrative view a
 * coordination graph. Last, the overview while a case's analyses compute in the background after a change
 * ("computing, N s"). Run: `npm run screenshots` (after `npm run build`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { addUser } from '../src/app/users.js';
import { startServer } from '../src/http/server.js';
import { packageRoot } from '../src/app/paths.js';

const OUT = path.join(packageRoot, 'docs', 'screenshots');
const VIEWS = ['overview', 'narrative', 'agents', 'matrix', 'evidence', 'records', 'sources', 'report'];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-shots-'));
  const ws = await openWorkspace({ db: path.join(dir, 'assay.db') });
  const id = (await importBundle(ws, path.join(packageRoot, 'examples', 'aleppo-2018-11-24'))).case_id;
  const a = (await addUser(ws, { name: 'Analyst Amal', role: 'analyst' })).token;
  const b = (await addUser(ws, { name: 'Analyst Boris', role: 'analyst' })).token;
  const srv = await startServer({ ws, host: '127.0.0.1', port: 0 });
  const api = (p: string, token: string, body: unknown, method = 'PUT') =>
    fetch(new URL(p, srv.url), { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  try {
    const m = (await (await fetch(new URL(`/api/cases/${id}/matrix`, srv.url))).json()) as { items: { id: string }[]; hypotheses: { id: string }[] };
    const [item, hyp] = [m.items[0].id, m.hypotheses[0].id];
    await api(`/api/cases/${id}/matrix/${item}/${hyp}`, a, { rating: 'CC', why: 'screenshot: one reading' });
    await api(`/api/cases/${id}/matrix/${item}/${hyp}`, b, { rating: 'II', why: 'screenshot: the other reading' });
    const t0 = Date.parse('2018-11-24T18:50:00Z');
    const texts = ['Terrorists fired shells filled with chlorine gas at residential Aleppo', 'Chlorine attack by militants on Aleppo, toxic gas against civilians', 'Militants from Idlib shelled Aleppo with poison gas'];
    const reports = texts.flatMap((text, k) => ['Outlet Alpha (demo)', 'Outlet Beta (demo)', 'Outlet Gamma (demo)'].map((outlet, j) => ({ outlet, published_at: new Date(t0 + (2 + 4 * k) * 3600_000 + j * 300_000).toISOString(), title: text, text })));
    await api(`/api/cases/${id}/reports`, a, { reports }, 'POST');
    // a captured transcript in the locker that a testimony cites, for the passage view
    const capture = 'https://example.org/demo/transcript-25-november';
    const quote = 'patients had pinpoint pupils and convulsions on arrival';
    const up = await fetch(new URL(`/api/cases/${id}/evidence?filename=transcript.txt&title=${encodeURIComponent('Transcript (demo capture)')}&source_url=${encodeURIComponent(capture)}`, srv.url), { method: 'POST', headers: { authorization: `Bearer ${a}` }, body: `Transcript of an interview, 25 November 2018 (demo capture).\n\nThe nurse said that ${quote}, and that the smell was like chlorine.\n\nEnd of transcript.\n` });
    const sha = ((await up.json()) as { sha256: string }).sha256;
    await api(`/api/cases/${id}/testimonies?why=screenshot`, a, { id: 't-demo-transcript', who: 'Nurse (demo)', role: 'medic', text: `Patients had pinpoint pupils and convulsions on arrival.`, credibility: 3, citations: [capture] }, 'POST');
    const passage = `passage/${sha}/${encodeURIComponent(quote)}`;

    fs.mkdirSync(OUT, { recursive: true });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    for (const width of [1440, 390]) {
      const ctx = await browser.newContext({ viewport: { width, height: width > 1000 ? 1000 : 844 }, deviceScaleFactor: 1 });
      await ctx.addInitScript((tk) => localStorage.setItem('assay.token', tk), a);
      const page = await ctx.newPage();
      for (const v of ['cases', ...VIEWS, 'passage']) {
        await page.goto(v === 'cases' ? srv.url : `${srv.url}#/case/${id}/${v === 'passage' ? passage : v}`);
        await page.reload();
        await page.locator(v === 'cases' ? '.cards' : '.pane').waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        if (v === 'passage') await page.locator('mark').waitFor();
        const file = path.join(OUT, `${v}-${width}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(packageRoot, file));
      }
      await ctx.close();
    }
    // a case whose analyses compute in the background after a change (src/http/background.ts): the note shown
    // meanwhile; the threshold is lowered to 1 report so the example stands in for a big case
    const bg = await startServer({ ws, host: '127.0.0.1', port: 0, backgroundReports: 1 });
    for (const width of [1440, 390]) {
      const more = { outlet: 'Outlet Delta (demo)', published_at: new Date(t0 + (width + 1) * 60_000).toISOString(), title: `one more report (${width})`, text: `one more report on the shelling (${width})` };
      await fetch(new URL(`/api/cases/${id}/reports?why=screenshot`, bg.url), { method: 'POST', headers: { authorization: `Bearer ${a}`, 'content-type': 'application/json' }, body: JSON.stringify({ reports: [more] }) });
      const ctx = await browser.newContext({ viewport: { width, height: width > 1000 ? 1000 : 844 }, deviceScaleFactor: 1 });
      const page = await ctx.newPage();
      await page.goto(`${bg.url}#/case/${id}/overview`);
      await page.getByTestId('computing').waitFor();
      await page.waitForTimeout(1200);
      const file = path.join(OUT, `computing-${width}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(packageRoot, file));
      await page.locator('.kj .judgment.leading').first().waitFor({ timeout: 120_000 });
      await ctx.close();
    }
    await bg.close();
    await browser.close();
  } finally {
    await srv.close();
    await ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
