/**
 * Import figure: import a generated 1,000,000-report JSONL into SQLite (target >= 50,000 reports/s with
 * peak memory < 500 MB). Also times the plain read (parse + validate) to show where the time goes.
 * Usage: npm run bench -- import   (BENCH_IMPORT_N=200000 for a quicker run)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle, importReports } from '../src/app/cases.js';
import { readReports } from '../src/adapters/readers/report-reader.js';

const N = Number(process.env.BENCH_IMPORT_N ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-import-'));

const OUTLETS = ['SANA', 'Sputnik Arabic', 'RT', 'TASS', 'Al-Mayadeen', 'Reuters', 'AP', 'Enab Baladi', 'SOHR', 'Al Jazeera', 'news.ru', 'Ikhbariya'];
const WORDS = 'terrorists fired shells containing toxic gas chlorine residents hospital suffocation mortar district aleppo civilians injured attack ministry defence said according sources reported'.split(' ');

/**
 * `ordered`: a stream export, times rising with minutes of jitter (how feeds and scrapes arrive);
 * otherwise times spread uniformly at random over 30 days (how platform exports often come: by account or
 * by id, not by time; the worst case for the time index).
 */
function generate(file: string, ordered: boolean): void {
  const out = fs.openSync(file, 'w');
  let buf = '';
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const t0 = Date.UTC(2018, 10, 24, 18);
  for (let i = 0; i < N; i++) {
    const words = Array.from({ length: 20 + Math.floor(rnd() * 30) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
    const rec = {
      published_at: new Date(t0 + (ordered ? i * 600 + Math.floor(rnd() * 600_000) : Math.floor(rnd() * 86400 * 30) * 1000)).toISOString().replace('.000Z', 'Z'),
      outlet: OUTLETS[i % OUTLETS.length],
      title: `Report ${i}`,
      text: words,
      url: `https://example.org/${i}`,
      language: 'en',
    };
    buf += JSON.stringify(rec) + '\n';
    if (buf.length > 1 << 20) {
      fs.writeSync(out, buf);
      buf = '';
    }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1e6;
}

/** The import itself runs in a child process so its peak memory is measured alone. */
async function child(file: string, db: string) {
  const ws = await openWorkspace({ db });
  await importBundle(ws, path.resolve(import.meta.dirname, '../test/fixtures/mini-bundle'));
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await importReports(ws, file, 'mini-case');
  const s = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await ws.close();
  process.stdout.write(JSON.stringify({ added: r.reports.added, seconds: s, cpu: (cpu.user + cpu.system) / 1e6, peak: peakRssMb() }));
}

async function run(ordered: boolean) {
  const file = path.join(dir, ordered ? 'ordered.jsonl' : 'shuffled.jsonl');
  const label = ordered ? 'time-ordered stream' : 'month-spread times';
  let t = performance.now();
  generate(file, ordered);
  const size = fs.statSync(file).size;
  console.log(`[${label}] generated ${N.toLocaleString()} reports (${(size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  if (ordered) {
    t = performance.now();
    let n = 0;
    for await (const b of readReports(file)) n += b.length;
    console.log(`[${label}] read + validate only: ${(n / ((performance.now() - t) / 1000)).toFixed(0)} reports/s`);
  }
  const db = path.join(dir, ordered ? 'ordered.db' : 'shuffled.db');
  const out = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, 'child', file, db], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  const r = JSON.parse(out.stdout) as { added: number; seconds: number; cpu: number; peak: number };
  const rate = r.added / r.seconds;
  // CPU seconds (both threads: the parser and the writer) say how much work it was, whatever else the machine ran
  console.log(`[${label}] import into SQLite: ${r.added.toLocaleString()} reports in ${r.seconds.toFixed(1)} s = ${rate.toFixed(0)} reports/s (target >= 50,000); CPU ${r.cpu.toFixed(1)} s; load average ${os.loadavg()[0].toFixed(1)}; peak RSS ${r.peak.toFixed(0)} MB (target < 500 MB)`);
  console.log(JSON.stringify({ bench: 'import-jsonl-sqlite', order: ordered ? 'time-ordered' : 'month-spread', n: N, seconds: +r.seconds.toFixed(2), reports_per_s: Math.round(rate), peak_rss_mb: Math.round(r.peak) }));
  fs.rmSync(file);
}

async function main() {
  // BENCH_IMPORT_ORDER=ordered|spread runs one of the two
  const only = process.env.BENCH_IMPORT_ORDER;
  if (only !== 'spread') await run(true);
  if (only !== 'ordered') await run(false);
  fs.rmSync(dir, { recursive: true, force: true });
}

(process.argv[2] === 'child' ? child(process.argv[3], process.argv[4]) : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
