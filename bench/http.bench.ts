/**
 * HTTP and UI figures (docs/http-api.md): reading a case through the API under load (autocannon, 10 connections,
 * 10 s; goal >= 200 req/s with p99 < 50 ms), first load of the UI in Chromium on localhost (goal < 1 s), and
 * the JS bundle size gzipped (goal < 300 KB). Runs on a temp SQLite workspace holding the Aleppo example.
 *
 *   npm run bench -- http
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { startServer } from '../src/http/server.js';
import { packageRoot } from '../src/app/paths.js';

const dist = path.join(packageRoot, 'web', 'dist');
const t0 = performance.now();
execFileSync(process.execPath, [path.join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web'], { cwd: packageRoot, stdio: 'ignore' });
console.log(`web build: ${((performance.now() - t0) / 1000).toFixed(2)} s`);

// bundle size: what the first page loads (index.html's scripts, module preloads and style sheets) against the
// 300 KB goal; the chunks a view imports later (import(): the map data, the PDF viewer) counted apart
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/?assets\/([^"]+)"/g)].map((m) => m[1]));
const size = { js: 0, jsGz: 0, css: 0, cssGz: 0, lazyJs: 0, lazyJsGz: 0, lazyOther: 0, lazyOtherGz: 0, lazyFiles: 0 };
for (const f of fs.readdirSync(path.join(dist, 'assets'))) {
  const b = fs.readFileSync(path.join(dist, 'assets', f));
  const gz = zlib.gzipSync(b, { level: 9 }).length;
  if (initial.has(f)) {
    if (f.endsWith('.js')) (size.js += b.length), (size.jsGz += gz);
    if (f.endsWith('.css')) (size.css += b.length), (size.cssGz += gz);
  } else if (f.endsWith('.js')) (size.lazyJs += b.length), (size.lazyJsGz += gz), size.lazyFiles++;
  else if (!/\.(css|svg|png|woff2?)$/.test(f)) (size.lazyOther += b.length), (size.lazyOtherGz += gz), size.lazyFiles++;
}
const kib = (n: number) => (n / 1024).toFixed(1);
console.log(`bundle, first page (${initial.size} files named by index.html): JS ${kib(size.js)} KiB (${kib(size.jsGz)} KiB gzipped; goal < 300 KB), CSS ${kib(size.css)} KiB (${kib(size.cssGz)} KiB gzipped)`);
console.log(`bundle, loaded later by a view (${size.lazyFiles} files): JS ${kib(size.lazyJs)} KiB (${kib(size.lazyJsGz)} KiB gzipped), data and workers ${kib(size.lazyOther)} KiB (${kib(size.lazyOtherGz)} KiB gzipped)`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-http-bench-'));
const ws = await openWorkspace({ db: path.join(dir, 'assay.db') });
const example = path.join(packageRoot, 'examples', 'aleppo-2018-11-24');
const imported = await importBundle(ws, fs.existsSync(example) ? example : path.join(packageRoot, 'test', 'fixtures', 'web-case'));
const caseId = imported.case_id;
const srv = await startServer({ ws, host: '127.0.0.1', port: 0 });
console.log(`server: ${srv.url} (case ${caseId}, ${os.cpus().length} cores, Node ${process.version})`);

/** Two runs: at the goal's rate (200 req/s offered, 10 connections) for its latency, then saturated for the ceiling. */
async function load(name: string, url: string, goal: string) {
  await autocannon({ url, connections: 4, duration: 2 }); // warm-up
  const at = await autocannon({ url, connections: 10, duration: 10, overallRate: 200 });
  const max = await autocannon({ url, connections: 10, duration: 10 });
  console.log(
    `${name}: at 200 req/s offered: ${at.requests.average.toFixed(0)} req/s served, p50 ${at.latency.p50} ms, p99 ${at.latency.p99} ms, max ${at.latency.max} ms; ` +
      `saturated: ${max.requests.average.toFixed(0)} req/s, p50 ${max.latency.p50} ms, p99 ${max.latency.p99} ms; ${at.non2xx + max.non2xx} non-2xx, ${at.errors + max.errors} errors (goal ${goal})`,
  );
}
await load(`GET /api/cases/${caseId}`, `${srv.url}api/cases/${caseId}`, '>= 200 req/s, p99 < 50 ms');
await load(`GET /api/cases/${caseId}/reports?limit=50`, `${srv.url}api/cases/${caseId}/reports?limit=50`, 'same');
await load(`GET /api/cases/${caseId}/timeline?limit=100`, `${srv.url}api/cases/${caseId}/timeline?limit=100`, 'same');

// first UI load in Chromium: navigation start to the case list drawn, and to the case's key judgments drawn
if (fs.existsSync('/usr/bin/chromium')) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const list: number[] = [];
  const kj: number[] = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext(); // cold cache each time
    const page = await ctx.newPage();
    let s = performance.now();
    await page.goto(srv.url);
    await page.locator('.card').first().waitFor();
    list.push(performance.now() - s);
    s = performance.now();
    await page.goto(`${srv.url}#/case/${caseId}`);
    await page.locator('.judgment.leading').waitFor({ timeout: 30_000 });
    kj.push(performance.now() - s);
    await ctx.close();
  }
  await browser.close();
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(`first UI load (cold cache, case list drawn): median ${med(list).toFixed(0)} ms, max ${Math.max(...list).toFixed(0)} ms over 5 runs (goal < 1000 ms)`);
  console.log(`case page to key judgments drawn (includes computing the assessment; later visits hit the cache): first ${kj[0].toFixed(0)} ms, median ${med(kj).toFixed(0)} ms`);
} else console.log('first UI load: skipped, /usr/bin/chromium is missing');

await srv.close();
await ws.close();
fs.rmSync(dir, { recursive: true, force: true });
