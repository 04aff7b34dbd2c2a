/**
 * A big case's assessment and views, cold (computed) and warm (read from the results kept in the store):
 * the Aleppo example bundle plus generated reports (300,000 by default) in a SQLite workspace.
 *
 *   npm run bench -- kept               (ASSAY_BENCH_CASE_REPORTS=300000)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateStream } from './gen-stream.js';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle, importReports } from '../src/app/cases.js';
import { assessTarget } from '../src/app/assess.js';
import { keptCaseNarrative } from '../src/app/kept-results.js';

const N = Number(process.env.ASSAY_BENCH_CASE_REPORTS ?? 300_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-kept-'));
const file = path.join(dir, 'reports.jsonl');
const root = path.resolve(import.meta.dirname, '..');
const fd = fs.openSync(file, 'w');
let buf: string[] = [];
generateStream({ items: N, seed: 9, eventTime: '2018-11-24T19:00:00Z' }, (it) => {
  buf.push(JSON.stringify(it) + '\n');
  if (buf.length >= 10000) {
    fs.writeSync(fd, buf.join(''));
    buf = [];
  }
});
fs.writeSync(fd, buf.join(''));
fs.closeSync(fd);

const ws = await openWorkspace({ db: path.join(dir, 'assay.db'), workspaceDir: dir });
const { case_id: id } = await importBundle(ws, path.join(root, 'examples/aleppo-2018-11-24'));
await importReports(ws, file, id);
console.log(`case ${id}: ${(await ws.store.countReports(id)).toLocaleString('en')} reports; load average ${os.loadavg()[0].toFixed(1)}`);
const time = async (label: string, f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  const s = (performance.now() - t) / 1000;
  console.log(`  ${label.padEnd(28)} ${s.toFixed(2)} s`);
  return s;
};
const r = {
  assess_cold: await time('assess, cold', () => assessTarget(ws, id)),
  assess_warm: await time('assess, warm (kept)', () => assessTarget(ws, id)),
  narrative_view_cold: await time('narrative view, cold', () => keptCaseNarrative(ws, id)),
  narrative_view_warm: await time('narrative view, warm (kept)', () => keptCaseNarrative(ws, id)),
};
// a new process reads what this one kept
await ws.close();
const ws2 = await openWorkspace({ db: path.join(dir, 'assay.db'), workspaceDir: dir });
const r2 = { assess_new_process: await time('assess, another process', () => assessTarget(ws2, id)) };
await ws2.close();
console.log(JSON.stringify({ bench: 'kept-results', reports: N, ...Object.fromEntries(Object.entries({ ...r, ...r2 }).map(([k, v]) => [k, +v.toFixed(2)])) }));
fs.rmSync(dir, { recursive: true, force: true });
