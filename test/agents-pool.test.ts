/**
 * The batch path of the agent differential (src/app/agents-pool.ts, `assay agents --batch`): on worker threads the
 * results are those of the in-process run, byte for byte and in input order, on real accounts (the Syrian Archive
 * summaries and the development splits' incidents, never a frozen split's: eval/agents/load.ts DEVELOPMENT_SPLITS);
 * a failing incident is named by its index; bad batch files exit 2 naming file, line and field, with nothing printed.
 * Its own process (vitest.config.ts OWN_PROCESS): it starts worker threads and runs the CLI in-process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capabilities } from '../src/app/workspace.js';
import { loadAgentKb } from '../src/app/agents.js';
import { sharedDataDir } from '../src/app/paths.js';
import { batchChars, CHARS_A_WORKER, DifferentialPool, differentialBatch, threadsFor, threadsThatPay, type Incident } from '../src/app/agents-pool.js';
import { arrayElementLines } from '../src/core/agents/agents-batch-input.js';
import { runDifferential, type Account } from '../src/core/agents/agent-differential.js';
import { DEVELOPMENT_SPLITS, loadIncidents } from '../eval/agents/load.js';
import { runCli } from './helpers/cli.js';

const kb = loadAgentKb(capabilities.knowledge);
const saFile = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
const hasSa = fs.existsSync(saFile);

/** Syrian Archive incidents (EN and AR summaries as two accounts, each id'd by the incident code), then every
 * development split's incidents as written (their accounts' fields the engine reads) */
function realIncidents(): { sa: number; all: (Incident & { id: string })[] } {
  const out: (Incident & { id: string })[] = [];
  if (hasSa)
    for (const x of JSON.parse(fs.readFileSync(saFile, 'utf8')) as Record<string, string>[]) {
      const accounts: Account[] = ['summary_en', 'summary_ar'].filter((k) => x[k]).map((k) => ({ id: `${x.incident_code}/${k.slice(-2)}`, text: x[k], role: 'witness' }));
      if (accounts.length) out.push({ id: x.incident_code, accounts });
    }
  const sa = out.length;
  for (const s of DEVELOPMENT_SPLITS.incidents)
    for (const inc of loadIncidents(s))
      out.push({
        id: inc.id,
        accounts: inc.accounts.map((a, i) => ({ id: `${inc.id}/${i}`, text: a.text, role: a.role, reliability: a.reliability, credibility: a.credibility, features: a.features })),
        context: i0(inc.id) ? { threshold: 0.7 } : undefined,
      });
  return { sa, all: out };
}
/** a context on some incidents (every seventh, by id), so contexts travel too */
const i0 = (id: string) => id.length % 7 === 0;

const { sa: saCount, all: incidents } = realIncidents();
const inProcess = incidents.map((x) => JSON.stringify(runDifferential(kb, x.accounts, x.context ?? {})));

describe('differentialBatch on worker threads', () => {
  // two workers and no work on this thread (the server's way), started once for the tests below
  let workers: DifferentialPool;
  beforeAll(() => {
    workers = new DifferentialPool(capabilities.knowledge, 2, { caller: false });
  });
  afterAll(() => workers.close());

  it('has the real batch it claims: Syrian Archive summaries and the development splits', () => {
    // 209 Syrian Archive incidents, 208 with a summary; 978 development incidents (session 17)
    expect(saCount).toBe(hasSa ? 208 : 0);
    expect(incidents.length - saCount).toBeGreaterThanOrEqual(978);
  });

  it('threads 1 and 2 give the in-process results byte for byte, in input order', async () => {
    const one = await differentialBatch(capabilities.knowledge, incidents, { threads: 1, mode: 'json' });
    const two = await differentialBatch(capabilities.knowledge, incidents, { threads: 2, mode: 'json', chunk: 37 });
    expect(one.length).toBe(incidents.length);
    expect(two.length).toBe(incidents.length);
    expect(one.filter((r, i) => r !== inProcess[i])).toEqual([]);
    expect(two.filter((r, i) => r !== inProcess[i])).toEqual([]);
    // the calling thread and a started worker sharing the batch
    const pool = new DifferentialPool(capabilities.knowledge, 2);
    try {
      await pool.started();
      expect((await pool.run(incidents, 'json', 37)).filter((r, i) => r !== inProcess[i])).toEqual([]);
      expect(pool.lastRun.caller).toBeGreaterThan(0);
      expect(pool.lastRun.workers).toBeGreaterThan(0);
      expect(pool.lastRun.caller + pool.lastRun.workers).toBe(incidents.length);
    } finally {
      await pool.close();
    }
    // order on its own: each result names its incident's accounts
    const ids = two.map((r) => (JSON.parse(r) as { reports: { id: string }[] }).reports[0].id.split('/')[0]);
    expect(ids).toEqual(incidents.map((x) => x.id));
  }, 240_000);

  it('guided chunks (no chunk given), the calling thread and a warmed worker: every real result byte for byte, in order', async () => {
    // session 25 (speedpool): the worker warms its extractor before it says ready, the chunk sizes follow what is left,
    // and under 'json' a chunk comes back as one string split at its newlines; accounts with raw newlines, a line
    // separator (U+2028) and a tab in their text show the split cannot cut a result
    const odd: Incident[] = [
      { accounts: [{ id: 'two\nlines\u2028and a\ttab', text: 'Residents said:\n"a smell of chlorine"\n\nthen coughing\u2028and\ttears', role: 'witness' }] },
      { accounts: [{ id: 'a\r\nb', text: 'رائحة كلور\nوسعال', role: 'medic' }, { text: 'запах хлора\r\nкашель', role: 'witness' }] },
    ];
    const all = [...incidents, ...odd, ...incidents.slice(0, 300)];
    const want = [...inProcess, ...odd.map((x) => JSON.stringify(runDifferential(kb, x.accounts, x.context ?? {}))), ...inProcess.slice(0, 300)];
    expect(want[incidents.length]).toContain('"two\\nlines\u2028and a\\ttab"');
    const pool = new DifferentialPool(capabilities.knowledge, 2);
    try {
      await pool.started();
      const got = await pool.run(all, 'json');
      expect(got.length).toBe(all.length);
      expect(got.filter((r, i) => r !== want[i])).toEqual([]);
      expect(pool.lastRun.workers).toBeGreaterThan(0);
      expect(pool.lastRun.caller + pool.lastRun.workers).toBe(all.length);
    } finally {
      await pool.close();
    }
    // two workers alone, guided chunks, JSON and objects
    expect((await workers.run(all, 'json')).filter((r, i) => r !== want[i])).toEqual([]);
    expect((await workers.run(odd, 'object')).map((r) => JSON.stringify(r))).toEqual(want.slice(incidents.length, incidents.length + 2));
  }, 240_000);

  it('workers alone (caller: false, 2 workers), results as objects: the same JSON', async () => {
    const objs = await workers.run(incidents, 'object', 50);
    expect(workers.lastRun).toEqual({ caller: 0, workers: incidents.length });
    expect(objs.map((r) => JSON.stringify(r)).filter((r, i) => r !== inProcess[i])).toEqual([]);
    // a second batch on the same workers
    expect(await workers.run(incidents.slice(0, 100), 'json')).toEqual(inProcess.slice(0, 100));
  });

  it('the word evidence travels too (the table read from the calling thread\'s copy of the files)', async () => {
    const some = incidents.slice(0, 120).map((x) => ({ ...x, context: { ...x.context, wordEvidence: true } }));
    const want = some.map((x) => JSON.stringify(runDifferential(kb, x.accounts, x.context)));
    expect(want.filter((w) => w.includes('"words":{')).length).toBeGreaterThan(50);
    expect(await workers.run(some, 'json', 16)).toEqual(want);
  });

  it('a failing incident is named by its index, on the calling thread and on a worker', async () => {
    const bad = incidents.slice(0, 60).map((x) => ({ ...x }));
    bad[37] = { id: 'broken', accounts: null as unknown as Account[] };
    await expect(differentialBatch(capabilities.knowledge, bad, { threads: 1 })).rejects.toThrow(/^incident 37: /);
    await expect(workers.run(bad, 'json', 8)).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/^incident 37: /) });
    await expect(workers.run(bad, 'json')).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/^incident 37: /) });
    // and the workers go on with the next batch
    expect(await workers.run(incidents.slice(0, 20), 'json')).toEqual(inProcess.slice(0, 20));
  });

  it('threads: one per core by default, never more than incidents, 1 for one incident', () => {
    expect(threadsFor(1)).toBe(1);
    expect(threadsFor(1_000, 2)).toBe(2);
    expect(threadsFor(3, 8)).toBe(3);
    expect(threadsFor(1_000)).toBe(Math.max(1, os.availableParallelism()));
    // one worker per million characters of accounts (session 25)
    const acc = (chars: number, n = 10): Incident[] => Array.from({ length: n }, () => ({ accounts: [{ text: 'x'.repeat(chars / n) }] }));
    expect(threadsThatPay(acc(999_990), 8)).toBe(1);
    expect(threadsThatPay(acc(1_000_000), 8)).toBe(2);
    expect(threadsThatPay(acc(5_500_000), 8)).toBe(6);
    expect(threadsThatPay(acc(50_000_000), 8)).toBe(8);
    expect(threadsThatPay(acc(50_000_000, 3), 8)).toBe(3);
    expect(threadsThatPay(acc(5_000_000), 1)).toBe(1);
  });
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-batch-'));
const write = (name: string, content: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};

describe('assay agents --batch', () => {
  const batch = incidents.slice(0, 150);
  const jsonl = write(
    'real.jsonl',
    batch.map((x) => JSON.stringify({ id: x.id, reports: x.accounts, ...(x.context ? { context: x.context } : {}) })).join('\n') + '\n',
  );

  it('JSONL in, one JSON line an incident out, in input order, each result what the in-process run gives', async () => {
    const r = await runCli(['agents', '--batch', jsonl, '--threads', '2', '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(150);
    expect(lines).toEqual(batch.map((x, i) => `{"index":${i},"id":${JSON.stringify(x.id)},"result":${inProcess[i]}}`));
    // nothing on stderr under --json
    expect(r.stderr).toBe('');
  });

  it('every real incident: --threads 2 and --threads 1 print the sequential results, in order; a bad line is refused alike', async () => {
    // the development splits' roles the CLI does not take (its five) read as 'other', here and in the sequential run
    const roles = new Set(['witness', 'medic', 'official', 'journalist', 'other']);
    const once = incidents.map((x) => ({ ...x, accounts: x.accounts.map((a) => ({ ...a, role: a.role && !roles.has(a.role) ? ('other' as const) : a.role })) }));
    // the real set three times over (ids kept): more than a worker's million characters, so --threads 2 starts one
    const real = [...once, ...once, ...once];
    expect(batchChars(real)).toBeGreaterThan(CHARS_A_WORKER);
    const seq = real.map((x) => JSON.stringify(runDifferential(kb, x.accounts, x.context ?? {})));
    const all = write('all.jsonl', real.map((x) => JSON.stringify({ id: x.id, reports: x.accounts, ...(x.context ? { context: x.context } : {}) })).join('\n') + '\n');
    const want = real.map((x, i) => `{"index":${i},"id":${JSON.stringify(x.id)},"result":${seq[i]}}`).join('\n') + '\n';
    for (const t of ['2', '1']) {
      const r = await runCli(['agents', '--batch', all, '--threads', t, '--json']);
      expect([t, r.code, r.stderr]).toEqual([t, 0, '']);
      expect(r.stdout === want).toBe(true);
      const h = await runCli(['agents', '--batch', all, '--threads', t]);
      expect(h.stderr).toMatch(new RegExp(`^${real.length} incidents \\(\\d+ accounts\\) on ${t} thread`));
      expect(h.stdout).toBe(real.map((x, i) => `${i} ${x.id}: ${JSON.parse(seq[i]).determination.words}`).join('\n') + '\n');
    }
    const lines = fs.readFileSync(all, 'utf8').split('\n');
    lines.splice(700, 0, '{"id":"bad","reports":[{"text":"cough","reliability":3}]}');
    const bad = write('all-bad.jsonl', lines.join('\n'));
    const [a, b] = [await runCli(['agents', '--batch', bad, '--threads', '2', '--json']), await runCli(['agents', '--batch', bad, '--threads', '1', '--json'])];
    expect([a.code, a.stdout]).toEqual([2, '']);
    expect(a.stderr).toBe(b.stderr);
    expect(JSON.parse(a.stderr).error.path).toMatch(/all-bad\.jsonl:701: reports\.0\.reliability/);
  }, 240_000);

  it('a JSON array in gives the same lines; threads 1 too', async () => {
    const arr = write('real.json', '[\n' + batch.map((x) => JSON.stringify({ id: x.id, reports: x.accounts, context: x.context })).join(',\n') + '\n]\n');
    const a = await runCli(['agents', '--batch', arr, '--json', '--threads', '1']);
    const b = await runCli(['agents', '--batch', jsonl, '--json', '--threads', '2']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('without --json: "index id: determination" a line, and a summary on stderr unless -q', async () => {
    const r = await runCli(['agents', '--batch', jsonl, '--threads', '2']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(150);
    expect(lines[3]).toBe(`3 ${batch[3].id}: ${JSON.parse(inProcess[3]).determination.words}`);
    // 150 Syrian Archive incidents are fewer characters than a worker pays for: in-process, and the summary says why
    expect(r.stderr).toMatch(/^150 incidents \(\d+ accounts\) on 1 thread \(in-process; 2 asked, a worker pays from 1,000,000 characters of accounts and this batch has [\d,]+\) in [\d.]+ s\n$/);
    expect((await runCli(['agents', '--batch', jsonl, '-q', '--threads', '1'])).stderr).toBe('');
  });

  it('bad input: exit 2, naming file, line and field, with nothing printed on stdout', async () => {
    const lines = batch.slice(0, 5).map((x) => JSON.stringify({ id: x.id, reports: x.accounts }));
    const cases: [string, string[], RegExp][] = [
      ['field.jsonl', [lines[0], lines[1], '{"id":"x","reports":[{"text":"cough","reliability":7}]}', lines[2]], /field\.jsonl:3: reports\.0\.reliability: /],
      ['syntax.jsonl', [lines[0], '{"reports": [}', lines[1]], /syntax\.jsonl:2(:\d+)?: invalid JSON/],
      ['feature.jsonl', [lines[0], '', '{"reports":[{"features":{"minty":true}}]}'], /feature\.jsonl:3: reports\.0\.features\.minty: unknown feature "minty"/],
      ['id.jsonl', ['{"id":{"a":1},"reports":[{"text":"cough"}]}'], /id\.jsonl:1: id: an incident's "id" is a string or a number/],
      ['scalar.jsonl', [lines[0], '42'], /scalar\.jsonl:2: an incident is a JSON object/],
      ['empty.jsonl', ['', '  '], /empty\.jsonl: no incidents/],
    ];
    for (const [name, content, want] of cases) {
      const r = await runCli(['agents', '--batch', write(name, content.join('\n')), '--json']);
      expect([name, r.code]).toEqual([name, 2]);
      expect(r.stdout).toBe('');
      const e = JSON.parse(r.stderr).error;
      expect(e.code).toBe('bad_input');
      expect(`${e.path}: ${e.message}`).toMatch(want);
    }
    // several bad lines: each named, human form
    const many = await runCli(['agents', '--batch', write('many.jsonl', [lines[0], '{"reports":[{"role":"witness"}]}', lines[1], '{"reports":[{"text":"x","reliability":2}]}'].join('\n'))]);
    expect(many.code).toBe(2);
    expect(many.stdout).toBe('');
    expect(many.stderr).toContain('many.jsonl:2: reports.0: a report needs "text" or "features"');
    expect(many.stderr).toContain('many.jsonl:4: reports.0.reliability: ');
    // a JSON array: the element's line
    const arr = await runCli(['agents', '--batch', write('arr.json', `[\n ${lines[0]},\n\n {"reports":[{"features":{"minty":true}}]}\n]`)]);
    expect(arr.code).toBe(2);
    expect(arr.stderr).toMatch(/arr\.json:4: reports\.0\.features\.minty: unknown feature/);
  });

  it('bad flags and a missing file: exit 2', async () => {
    for (const args of [
      ['--batch', jsonl, '--threads', '0'],
      ['--batch', jsonl, '--threads', '1.5'],
      ['--threads', '2', '--text', 'cough'],
      ['--batch', jsonl, jsonl],
      ['--batch', path.join(tmp, 'no-such.jsonl')],
    ]) {
      const r = await runCli(['agents', ...args]);
      expect([args.join(' '), r.code, r.stdout]).toEqual([args.join(' '), 2, '']);
    }
  });

  it('finds the line of each element of a JSON array (strings with brackets and escapes skipped)', () => {
    expect(arrayElementLines('[\n{"a":"[,\\"]"},\n\n [1,\n2], 3,\n"x"]')).toEqual([2, 4, 5, 6]);
    expect(arrayElementLines('[]')).toEqual([]);
  });
});
