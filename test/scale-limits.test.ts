/**
 * Limits and the pure halves of distributed work: a report's text-length limit (named in the error, and an
 * over-long JSONL line rejected unparsed), line-boundary chunks, and the narrative merge of featurised
 * partitions equal to the single-process analyser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReports } from '../src/adapters/readers/report-reader.js';
import { lineChunks } from '../src/adapters/readers/line-chunks.js';
import { NarrativeAnalyser } from '../src/core/narrative/narrative-analyser.js';
import { featurisePart, mergePart } from '../src/core/narrative/narrative-partition.js';
import { analyseReports, outletResolver, sketchStoreFor, SPILL_ITEMS } from '../src/app/narrative.js';
import { readChunk } from '../src/app/read-chunk.js';
import { capabilities } from '../src/app/workspace.js';
import { generateStream, type GenItem } from '../bench/gen-stream.js';
import { rawDb, sqliteWorkspace, tempDir } from './helpers/workspaces.js';
import { importBundle, importReports } from '../src/app/cases.js';
import { verifyWorkspace } from '../src/app/custody.js';
import { reportDigest } from '../src/core/custody/content-audit.js';
import { decodeBatch } from '../src/core/custody/report-batch.js';
import { createHash } from 'node:crypto';
import { PagedSketches } from '../src/core/narrative/sketch-store.js';
import { SpilledSketches } from '../src/adapters/narrative/spilled-sketches.js';
import { ParallelFeaturiser } from '../src/adapters/narrative/parallel-featuriser.js';
import { PairTable } from '../src/core/narrative/narrative-coordination.js';

const dir = tempDir('assay-limits-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const read = async (file: string, opts = {}) => {
  const out = [];
  for await (const b of readReports(file, opts)) out.push(...b);
  return out;
};

describe('text-length limit per report', () => {
  it('a text over the limit is bad input naming file, line, field and the limit', async () => {
    const f = path.join(dir, 'long.jsonl');
    fs.writeFileSync(f, [
      JSON.stringify({ published_at: '2018-11-24T20:00:00Z', outlet: 'A', text: 'short' }),
      JSON.stringify({ published_at: '2018-11-24T20:00:00Z', outlet: 'A', text: 'x'.repeat(1001) }),
    ].join('\n'));
    await expect(read(f, { maxTextChars: 1000 })).rejects.toThrow(`${f}:2: text: is 1,001 characters long, over the limit of 1,000 characters per report`);
    expect(await read(f, { maxTextChars: 1001 })).toHaveLength(2);
  });

  it('the default limit is one million characters, and a line far past it is rejected without being parsed', async () => {
    const f = path.join(dir, 'huge.jsonl');
    const ok = JSON.stringify({ published_at: '2018-11-24T20:00:00Z', outlet: 'A', text: 'fine' });
    // a 3 MB line (not even valid JSON: it is never parsed), then a good line whose number must still be right
    fs.writeFileSync(f, ok + '\n' + '{"text": "' + 'y'.repeat(3_000_000) + '\n' + ok + '\n{broken\n');
    const err = await read(f, { maxTextChars: 1000 }).catch((e) => e);
    expect(err.details.map((d: { path: string }) => d.path)).toEqual([`${f}:2`, `${f}:4`]);
    expect(err.details[0].message).toMatch(/longer than 69,536 characters.*limit of 1,000 characters of text.*not parsed/);
    // within the default limit's line length the same line is parsed (and is invalid JSON)
    const err2 = await read(f).catch((e) => e);
    expect(err2.details.map((d: { path: string; message: string }) => `${d.path} ${d.message.slice(0, 12)}`)).toEqual([`${f}:2 invalid JSON`, `${f}:4 invalid JSON`]);
  });
});

describe('report hashes computed on the reader thread', () => {
  it('a file big enough for the worker-thread reader logs each report with the hash verify recomputes; an edited report is named', async () => {
    const t = await sqliteWorkspace();
    try {
      await importBundle(t.ws, path.resolve(import.meta.dirname, 'fixtures/mini-bundle'));
      const f = path.join(dir, 'big.jsonl');
      const n = 40_000;
      const lines: string[] = [];
      // over 16 MB, so the reader runs on its worker thread (each batch hashed there or on the writing thread, whichever has time); optional fields vary per report
      for (let i = 0; i < n; i++)
        lines.push(JSON.stringify({ published_at: `2018-11-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, outlet: ['SANA', 'RT'][i % 2], title: i % 3 ? `t ${i}` : undefined, text: `report ${i} ` + 'w'.repeat(400), ...(i % 5 ? { url: `https://example.org/${i}` } : {}), ...(i % 7 ? {} : { account: `acc${i}` }) }));
      fs.writeFileSync(f, lines.join('\n') + '\n');
      expect(fs.statSync(f).size).toBeGreaterThan(16 << 20);
      const r = await importReports(t.ws, f, 'mini-case');
      expect(r.reports.added).toBe(n);
      // the import log's whole-file SHA-256, taken by the reader as it read the file
      expect((await t.ws.store.imports('mini-case')).at(-1)!.sha256).toBe(createHash('sha256').update(fs.readFileSync(f)).digest('hex'));
      expect(JSON.stringify(r)).not.toContain('"sha256"');
      const db = rawDb(t.ws);
      // each reports-added entry commits to its list (report_batches) by Merkle root
      const logged = new Map<string, string>();
      const lists = new Map((await db.selectFrom('report_batches').selectAll().execute()).map((b) => [b.root, decodeBatch(b)!]));
      for (const e of await db.selectFrom('custody_log').select('entry').execute()) {
        const o = JSON.parse(e.entry);
        if (o.type === 'reports-added') for (const [id, sha] of o.reports ?? lists.get(o.reports_root)!) logged.set(id, sha);
      }
      const stored = await db.selectFrom('reports').selectAll().where('case_id', '=', 'mini-case').execute();
      const sha = (x: string) => createHash('sha256').update(x).digest('hex');
      let checked = 0;
      for (const row of stored) {
        const { case_id: _c, ...rep } = row as Record<string, unknown>;
        expect(logged.get(rep.id as string)).toBe(reportDigest(sha, rep));
        checked++;
      }
      // the file's reports and the bundle's own two
      expect(checked).toBe(n + 2);
      expect((await verifyWorkspace(t.ws)).ok).toBe(true);
      const victim = stored.find((x) => logged.has(x.id))!;
      await db.updateTable('reports').set({ text: victim.text + '!' }).where('case_id', '=', 'mini-case').where('id', '=', victim.id).execute();
      const v = await verifyWorkspace(t.ws);
      expect(v.ok).toBe(false);
      expect(v.problems.map((p) => p.where)).toContain(`report "${victim.id}" of case "mini-case"`);
    } finally {
      await t.dispose();
    }
  }, 120_000);
});

describe('line-boundary chunks', () => {
  it('cut only at line ends, number lines as the file does, and hash the whole file', async () => {
    const f = path.join(dir, 'lines.jsonl');
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ published_at: '2018-11-24T20:00:00Z', outlet: 'A', text: `item ${i} `.repeat(1 + (i % 7)) }));
    fs.writeFileSync(f, lines.join('\n'));
    let whole = { sha256: '', lines: 0, bytes: 0 };
    const chunks = [];
    for await (const c of lineChunks(f, 1000, 1 << 20, (r) => (whole = r))) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(20);
    expect(Buffer.concat(chunks.map((c) => c.bytes)).equals(fs.readFileSync(f))).toBe(true);
    for (const c of chunks.slice(0, -1)) expect(c.bytes.at(-1)).toBe(10);
    for (const c of chunks) expect(lines[c.line - 1]).toBe(c.bytes.toString().split('\n')[0]);
    expect(whole.bytes).toBe(fs.statSync(f).size);
    // a bad line in a chunk is named by its line in the file
    const bad = chunks[7];
    const broken = Buffer.from(bad.bytes.toString().replace(/^\{/, '['));
    const got = await readChunk(capabilities.readers, broken, { file: 'lines.jsonl', line: bad.line, run: 'r', chunk: 7 }, {});
    expect(got.errors?.[0].path).toBe(`lines.jsonl:${bad.line}`);
  });

  it('a line longer than a queue message is an error naming it', async () => {
    const f = path.join(dir, 'wide.jsonl');
    fs.writeFileSync(f, 'a\nb\n' + 'c'.repeat(5000) + '\nd\n');
    const run = async () => {
      for await (const _ of lineChunks(f, 100, 2000));
    };
    await expect(run()).rejects.toThrow(/line 3 is longer than 2,000 bytes/);
  });
});

describe('narrative merge of featurised partitions', () => {
  it('equals the single-process analyser item for item, whatever the partition sizes', () => {
    const items: GenItem[] = [];
    const truth = generateStream({ items: 3000, seed: 3, groupsPerVariant: 2 }, (it) => items.push(it));
    items.push(items[5], items[2500]); // duplicate ids across partitions
    const opts = { eventTime: truth.event_time, keywords: [], coordination: { windowMs: 600_000, permutations: 19 }, sensitivityMs: [60_000] };
    const single = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts);
    for (const r of items) single.add(r);
    const expected = single.finish();
    for (const size of [1, 777, 3002]) {
      const merged = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts);
      for (let i = 0; i < items.length; i += size) {
        const part = featurisePart(new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts), items.slice(i, i + size));
        mergePart(merged, part.meta, part.sigs);
      }
      expect(merged.finish()).toEqual(expected);
    }
    expect(expected.detail.duplicate_ids).toBe(2);
    expect(expected.coordination.groups.length).toBeGreaterThan(2);
  });
});

describe('sketches kept outside the analyser (paged, or spilled to a file)', () => {
  it('give the in-memory output item for item', async () => {
    const items: GenItem[] = [];
    const truth = generateStream({ items: 2500, seed: 11, groupsPerVariant: 2 }, (it) => items.push(it));
    items.push(items[7], items[2100]); // duplicate ids
    const opts = { eventTime: truth.event_time, keywords: [], coordination: { windowMs: 600_000, permutations: 19 }, sensitivityMs: [60_000, 3_600_000] };
    const single = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts);
    for (const r of items) single.add(r);
    const expected = single.finish();
    expect(expected.detail.duplicates.clusters).toBeGreaterThan(10);
    expect(expected.coordination.groups.length).toBeGreaterThan(2);
    // block and page sizes that do not divide the stream, so items straddle every boundary
    for (const store of [new PagedSketches(64, 13), new SpilledSketches(64, dir, 7)]) {
      const a = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts, store);
      for (const r of items) a.add(r);
      expect(a.finish()).toEqual(expected);
      expect(store.size).toBe(expected.items);
      if (store instanceof SpilledSketches) store.close();
    }
    // the merge of featurised partitions into a spilled analyser (the distributed coordinator's side)
    const spilled = new SpilledSketches(64, dir, 100);
    const merged = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts, spilled);
    for (let i = 0; i < items.length; i += 999) {
      const part = featurisePart(new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts), items.slice(i, i + 999));
      mergePart(merged, part.meta, part.sigs);
    }
    expect(merged.finish()).toEqual(expected);
    spilled.close();
    // the app spills from SPILL_ITEMS expected items on (a file's size / 300 bytes, a case's report count)
    expect(sketchStoreFor(capabilities, SPILL_ITEMS - 1, opts)).toBeUndefined();
    const big = sketchStoreFor(capabilities, SPILL_ITEMS, opts);
    expect(big).toBeInstanceOf(SpilledSketches);
    big!.close();
    expect(await analyseReports(capabilities, [items], opts, outletResolver(capabilities.knowledge), SPILL_ITEMS)).toEqual(expected);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('assay-sketches-'))).toEqual([]);
  });
});

describe('featurising on worker threads (ParallelFeaturiser)', () => {
  it('gives the single-thread output item for item, whatever the threads and batch sizes', async () => {
    const items: GenItem[] = [];
    const truth = generateStream({ items: 2500, seed: 5, groupsPerVariant: 2 }, (it) => items.push(it));
    // duplicate ids, a paraphrase, an item outside the window and a date-only item: every skip and the day window
    items.push(items[9], items[2200], { ...items[40], id: 'para', paraphrase: true } as GenItem, { ...items[41], id: 'old', published_at: '2018-01-01T00:00:00Z' });
    items.splice(1200, 0, { ...items[300], id: 'dated', published_at: truth.event_time.slice(0, 10) });
    for (const keywords of [[], ['chlorine', 'хлор', 'الكلور']]) {
      const opts = { eventTime: truth.event_time, keywords, coordination: { windowMs: 600_000, permutations: 19 }, sensitivityMs: [60_000, 3_600_000] };
      const single = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts);
      for (const r of items) single.add(r);
      const expected = single.finish();
      expect(expected.detail.skipped_paraphrases).toBe(1);
      expect(expected.detail.skipped_outside_window).toBe(1);
      expect(expected.detail.duplicate_ids).toBe(2);
      if (keywords.length) expect(expected.detail.skipped_keywords).toBeGreaterThan(500);
      else expect(expected.coordination.groups.length).toBeGreaterThan(2);
      for (const [threads, batchItems] of [[1, 7], [3, 100]]) {
        const store = new SpilledSketches(64, dir, 13);
        const resolver = outletResolver(capabilities.knowledge);
        const a = new NarrativeAnalyser(resolver, opts, store);
        const par = new ParallelFeaturiser(a, opts, resolver.entries, { threads, batchItems, depth: 2 });
        await par.add(items.slice(0, 1001));
        await par.add(items.slice(1001));
        await par.drain();
        await par.close();
        expect(a.finish()).toEqual(expected);
        store.close();
      }
      // the app's path, threads asked for (from PARALLEL_ITEMS expected items on when the machine has two cores)
      expect(await analyseReports(capabilities, [items.slice(0, 600), items.slice(600)], opts, outletResolver(capabilities.knowledge), 0, 2)).toEqual(expected);
    }
    // (seven featurisings of 2,500 items, some on worker threads: over a minute on a loaded machine)
  }, 180_000);
});

describe('the co-publication pair table (no 2^24 ceiling of a JS Map)', () => {
  it('keeps one entry per key, in first-seen order, across growth and rehashing, for keys past 2^32', () => {
    const t = new PairTable();
    const map = new Map<number, number>();
    let x = 12345;
    for (let i = 0; i < 200_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      // actor pairs of a 600,000-actor stream: keys up to 3.6e11
      const key = (x % 600_000) * 600_000 + (Math.imul(x, 2654435761) >>> 0) % 600_000;
      const e = t.entry(key);
      t.w[e]++;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    expect(t.size).toBe(map.size);
    expect(Array.from(t.key.subarray(0, t.size))).toEqual([...map.keys()]);
    expect(Array.from(t.w.subarray(0, t.size))).toEqual([...map.values()]);
    expect(t.lastCluster[0]).toBe(-1);
  });
});

describe('the CLI edges of distributed work and limits', () => {
  it('worker, import --distributed and --max-text: clear bad input, exit 2', async () => {
    const { runCli } = await import('./helpers/cli.js');
    const { FIXTURE } = await import('./store-contract.js');
    const saved = process.env.ASSAY_DATABASE_URL;
    delete process.env.ASSAY_DATABASE_URL;
    try {
      const w = await runCli(['worker']);
      expect(w.code).toBe(2);
      expect(w.stderr).toMatch(/ASSAY_DATABASE_URL: a worker works on a PostgreSQL workspace/);
      expect((await runCli(['worker', '--concurrency', '0'])).stderr).toMatch(/--concurrency: expected a whole number from 1 to 256/);
      const db = path.join(dir, 'cli.db');
      expect((await runCli(['--db', db, 'import', FIXTURE])).code).toBe(0);
      const f = path.join(dir, 'cli.jsonl');
      fs.writeFileSync(f, JSON.stringify({ published_at: '2018-11-24T20:00:00Z', outlet: 'A', text: 'a text of some length' }) + '\n');
      const d = await runCli(['--db', db, 'import', f, '--case', 'mini-case', '--distributed']);
      expect(d.code).toBe(2);
      expect(d.stderr).toMatch(/--distributed: --distributed needs a PostgreSQL workspace/);
      const m = await runCli(['--db', db, 'import', f, '--case', 'mini-case', '--max-text', '10']);
      expect(m.code).toBe(2);
      expect(m.stderr).toContain(`${f}:1: text: is 21 characters long, over the limit of 10 characters per report`);
    } finally {
      if (saved !== undefined) process.env.ASSAY_DATABASE_URL = saved;
    }
  });
});
