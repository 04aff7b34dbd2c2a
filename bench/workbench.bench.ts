/**
 * The workbench on a big case: the Aleppo example with 300,000 synthetic reports (bench/gen-stream.ts, event
 * time the case's), timed the way the browser loads the overview and the narrative views (every request the
 * view makes, in parallel). Analyses are computed once per data version right after the data changes
 * (src/app/precompute.ts): `assay import` computes them before it returns, and the server on a worker thread
 * after a write (src/http/background.ts). Timed: that computation at import; the first open after it; a cold
 * server (empty in-process caches) over the same store; the views drawn in Chromium; then, after one more
 * report is added with no computation at import, how the server answers while its worker computes (202 at once,
 * other reads at once) and how long until the views have their result. Goal: each view under 2 s cold.
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
import { precomputeCase } from '../src/app/precompute.js';
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
t = performance.now();
const pre = await precomputeCase(ws, id);
console.log(`analyses computed and kept at the end of the import (as \`assay import\` does): ${((performance.now() - t) / 1000).toFixed(1)} s (kept: ${pre.kept})`);

const VIEWS: Record<string, string[]> = {
  overview: [`/api/cases/${id}`, `/api/cases/${id}/assessment`, `/api/cases/${id}/timeline?limit=100&kinds=report,testimony,sample-collected,sample-transfer,site-control,claim,conclusion,evidence`, `/api/cases/${id}/consequences?limit=500`],
  narrative: [`/api/cases/${id}`, `/api/cases/${id}/narrative`],
};

async function timeViews(label: string) {
  // a fresh server: its cache (src/http/read-cache.ts) starts empty
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

await timeViews('first open after the import (goal < 2 s per view)');
await timeViews('cold server, results kept in the store (goal < 2 s per view)');

// in Chromium: navigation to the view drawn, on a fresh server with empty in-process caches
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

// the data changes with nothing computed for the new version (one more report, added as the API adds it): the
// server's worker computes while its routes answer at once
const one = path.join(dir, 'one.jsonl');
fs.writeFileSync(one, JSON.stringify({ id: 'bench-one-more', published_at: '2018-11-25T09:00:00Z', outlet: 'Bench Wire', title: 'one more', text: 'one more report on the shelling of Aleppo' }) + '\n');
await importReports(ws, one, id);
const bg = await startServer({ ws, host: '127.0.0.1', port: 0 });
const timed = async (u: string) => {
  const s0 = performance.now();
  const r = await fetch(new URL(u, bg.url));
  await r.arrayBuffer();
  return { status: r.status, s: (performance.now() - s0) / 1000 };
};
const t0 = performance.now();
const firstAnswers = await Promise.all(
  VIEWS.overview.concat(VIEWS.narrative.slice(1)).map(async (u) => {
    const x = await timed(u);
    return `${u.replace(`/api/cases/${id}`, '').split('?')[0] || '/case'} ${x.status} in ${x.s.toFixed(2)} s`;
  }),
);
console.log(`after a change, nothing kept: first answers ${firstAnswers.join(', ')}`);
const during: number[] = [];
let done = false;
while (!done) {
  await new Promise((r) => setTimeout(r, 1000));
  during.push((await timed(`/api/cases/${id}/testimonies`)).s);
  done = (await timed(`/api/cases/${id}/assessment`)).status === 200;
}
console.log(`background computation until the assessment is served: ${((performance.now() - t0) / 1000).toFixed(1)} s; a plain read meanwhile took at most ${Math.max(...during).toFixed(2)} s (median ${during.sort((a, b) => a - b)[Math.floor(during.length / 2)].toFixed(2)} s, ${during.length} reads)`);
const after = await Promise.all(VIEWS.narrative.map((u) => timed(u)));
console.log(`then the narrative view: ${after.map((x) => `${x.status} ${x.s.toFixed(2)} s`).join(', ')}`);
await bg.close();
await ws.close();
fs.rmSync(dir, { recursive: true, force: true });
