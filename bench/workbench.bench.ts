/**
 * The workbench on a big case: the Aleppo example with 300,000 synthetic reports (bench/gen-stream.ts, event
 * time the case's), timed the way the browser loads the overview and the narrative views (every request the
 * view makes, in parallel), first when nothing has been computed yet, then cold: a fresh server with empty
 * in-process caches over the same store, which keeps analysis results per data version
 * (src/app/kept-results.ts). Goal: each view under 2 s cold. Then the same views drawn in Chromium.
 *
 *   npm run bench -- workbench        (ASSAY_BENCH_REPORTS=300000 by default)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle, importReports } from '../src/app/cases.js';
import { startServer } from '../src/http/server.js';
import { clearAnalysisCache } from '../src/http/routes/engines.js';
import { packageRoot } from '../src/app/paths.js';
import { generateStream } from './gen-stream.js';

const N = Number(process.env.ASSAY_BENCH_REPORTS ?? 300_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-wb-bench-'));
const file = path.join(dir, 'reports.jsonl');
let t = performance.now();
const fd = fs.openSync(file, 'w');
let buf: string[] = [];
generateStream({ items: N, seed: 11, eventTime: '2018-11-24T18:50:00Z' }, (it) => {
  buf.push(JSON.stringify({ id: it.id, published_at: it.published_at, outlet: it.outlet, account: it.account, language: it.language, title: it.title, text: it.text, url: it.url }));
  if (buf.length >= 10_000) (fs.writeSync(fd, buf.join('\n') + '\n'), (buf = []));
});
if (buf.length) fs.writeSync(fd, buf.join('\n') + '\n');
fs.closeSync(fd);
console.log(`generated ${N} reports in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const ws = await openWorkspace({ db: path.join(dir, 'assay.db') });
const id = (await importBundle(ws, path.join(packageRoot, 'examples', 'aleppo-2018-11-24'))).case_id;
t = performance.now();
await importReports(ws, file, id);
console.log(`imported into ${id} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const VIEWS: Record<string, string[]> = {
  overview: [`/api/cases/${id}`, `/api/cases/${id}/assessment`, `/api/cases/${id}/timeline?limit=100&kinds=report,testimony,sample-collected,sample-transfer,site-control,claim,conclusion,evidence`, `/api/cases/${id}/consequences?limit=500`],
  narrative: [`/api/cases/${id}`, `/api/cases/${id}/narrative`],
};

async function timeViews(label: string) {
  clearAnalysisCache();
  const srv = await startServer({ ws, host: '127.0.0.1', port: 0 });
  const out: string[] = [];
  for (const [view, urls] of Object.entries(VIEWS)) {
    const t0 = performance.now();
    const each = await Promise.all(
      urls.map(async (u) => {
        const s = performance.now();
        const r = await fetch(new URL(u, srv.url));
        await r.arrayBuffer();
        if (!r.ok) throw new Error(`${u}: HTTP ${r.status}`);
        return `${u.replace(`/api/cases/${id}`, '').split('?')[0] || '/case'} ${((performance.now() - s) / 1000).toFixed(2)} s`;
      }),
    );
    out.push(`${view} ${((performance.now() - t0) / 1000).toFixed(2)} s (${each.join(', ')})`);
  }
  console.log(`${label}: ${out.join('; ')}`);
  await srv.close();
}

await timeViews('first load, nothing computed yet');
await timeViews('cold server, results kept in the store (goal < 2 s per view)');

// in Chromium: navigation to the view drawn, on a fresh server with empty in-process caches
clearAnalysisCache();
const srv = await startServer({ ws, host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
for (const [view, ready] of [['overview', '.kj .judgment.leading'], ['narrative', 'svg.chart']] as const) {
  const s = performance.now();
  await page.goto(`${srv.url}#/case/${id}/${view}`);
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  console.log(`Chromium, ${view} drawn: ${((performance.now() - s) / 1000).toFixed(2)} s`);
}
await browser.close();
await srv.close();
await ws.close();
fs.rmSync(dir, { recursive: true, force: true });
