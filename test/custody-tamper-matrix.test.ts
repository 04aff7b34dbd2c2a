/**
 * The tamper matrix (docs/custody.md, "Case content" and "Keys, witnesses, checkpoints held elsewhere"): on
 * SQLite and on the real PostgreSQL, each kind of record the assessment reads is edited, deleted and inserted
 * directly in the database, log entries are re-ordered, the log's tail is cut with and without the witness
 * file, and the whole log is forged with the signing keys: every case makes verify fail, naming the record
 * (the forgery: against a checkpoint held elsewhere, and verify says which one it used).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { importBundle } from '../src/app/cases.js';
import { assessTarget } from '../src/app/assess.js';
import { setRating } from '../src/app/ratings.js';
import { custodyOf, signCheckpoint, userWitnessFile, verifyWorkspace, witnessFile, writeWitness } from '../src/app/custody.js';
import { examplesDir } from '../src/app/paths.js';
import { canonicalJson } from '../src/core/canonical-json.js';
import type { Database } from '../src/adapters/store/database.js';
import { postgresAvailable, postgresWorkspace, rawDb, sqliteWorkspace, tempDir, type TestWorkspace } from './helpers/workspaces.js';

const CASE = 'aleppo-2018-11-24';
const TABLES = ['cases', 'records', 'reports', 'report_batches', 'rating_changes', 'custody_log', 'custody_state', 'custody_checkpoints', 'kept_results'] as const;
type Table = (typeof TABLES)[number];

/** Every table's rows, to put the database back after each tampering. */
async function snapshot(db: Kysely<any>) {
  const out = {} as Record<Table, Record<string, unknown>[]>;
  for (const t of TABLES) out[t] = (await db.selectFrom(t).selectAll().execute()) as Record<string, unknown>[];
  return out;
}
async function restore(db: Kysely<any>, snap: Awaited<ReturnType<typeof snapshot>>) {
  for (const t of TABLES) {
    await db.deleteFrom(t).execute();
    for (let i = 0; i < snap[t].length; i += 200) await db.insertInto(t).values(snap[t].slice(i, i + 200) as never).execute();
  }
}

const posteriors = (r: Awaited<ReturnType<typeof assessTarget>>) => Object.fromEntries(r.assessment.hypotheses.map((h) => [h.id, h.posterior]));

const edit = (data: string, fn: (o: Record<string, unknown>) => void) => {
  const o = JSON.parse(data);
  fn(o);
  return JSON.stringify(o);
};

for (const [name, open] of [
  ['SQLite', sqliteWorkspace],
  ['PostgreSQL', async () => ((await postgresAvailable()) ? postgresWorkspace() : null)],
] as [string, () => Promise<TestWorkspace | null>][]) {
  describe(`tamper matrix: ${name}`, () => {
    let t: TestWorkspace | null;
    let db: Kysely<Database>;
    let snap: Awaited<ReturnType<typeof snapshot>>;
    let witness: string;
    let userWitness: string;
    let exported: string;
    let judged: Record<string, number>;

    beforeAll(async () => {
      t = await open();
      if (!t) return;
      db = rawDb(t.ws);
      await importBundle(t.ws, path.join(examplesDir, CASE));
      // an analyst's rating change: a row of the rating log, its record change and its entries
      await setRating(t.ws, CASE, 'e-us-munition-remnants', 'h-other-unknown', 'I', { actor: 'ann', why: 'fragments match no known shell' });
      // an assessment keeps each engine's result (src/app/kept-results.ts), signed
      judged = posteriors(await assessTarget(t.ws, CASE));
      const cp = await signCheckpoint(t.ws);
      // a checkpoint kept elsewhere (as `assay log checkpoint --out` writes it)
      exported = path.join(tempDir('assay-held-'), 'checkpoint.note');
      fs.writeFileSync(exported, cp.note);
      const v = await verifyWorkspace(t.ws);
      expect(v.problems).toEqual([]);
      snap = await snapshot(db);
      witness = fs.readFileSync(witnessFile(t.ws), 'utf8');
      userWitness = fs.readFileSync(userWitnessFile(t.ws), 'utf8');
    }, 120_000);
    const putBack = async () => {
      await restore(db, snap);
      fs.mkdirSync(path.dirname(witnessFile(t!.ws)), { recursive: true });
      fs.writeFileSync(witnessFile(t!.ws), witness);
      fs.writeFileSync(userWitnessFile(t!.ws), userWitness);
    };
    afterAll(async () => {
      await t?.dispose();
    });

    /** Applies a tampering, verifies, puts everything back; returns the problems' "where: message" lines. */
    async function tampered(fn: () => Promise<unknown>, opts: Parameters<typeof verifyWorkspace>[1] = {}): Promise<string> {
      await fn();
      try {
        const v = await verifyWorkspace(t!.ws, { blobs: false, ...opts });
        expect(v.ok).toBe(false);
        return v.problems.map((p) => `${p.where}: ${p.message}`).join('\n');
      } finally {
        await putBack();
      }
    }
    const firstOf = async (kind: string) => (await db.selectFrom('records').selectAll().where('case_id', '=', CASE).where('kind', '=', kind).orderBy('ord').executeTakeFirstOrThrow());
    const setData = (kind: string, id: string, data: string) => db.updateTable('records').set({ data }).where('case_id', '=', CASE).where('kind', '=', kind).where('id', '=', id).execute();

    it('an untouched workspace verifies', async (ctx) => {
      if (!t) return ctx.skip();
      expect((await verifyWorkspace(t.ws, { checkpoints: [exported] })).problems).toEqual([]);
    });

    it("a hypothesis' prior edited in the database (the edit that flips the judgment)", async (ctx) => {
      if (!t) return ctx.skip();
      const h = await firstOf('hypothesis');
      const text = await tampered(() => setData('hypothesis', h.id, edit(h.data, (o) => (o.prior = 0.97))));
      expect(text).toMatch(new RegExp(`hypothesis "${h.id}" of case "${CASE}": hashes to .*, but entry \\d+ logged .*: the record was changed outside assay`));
    });

    for (const kind of ['source', 'testimony', 'munition', 'sample', 'site-control', 'matrix-item', 'consequence'])
      it(`a ${kind} edited, deleted, and one inserted`, async (ctx) => {
        if (!t) return ctx.skip();
        const r = await firstOf(kind);
        const where = new RegExp(`${kind} "${r.id}" of case "${CASE}"`);
        expect(await tampered(() => setData(kind, r.id, edit(r.data, (o) => (o.notes = 'edited by hand'))))).toMatch(new RegExp(`${where.source}: hashes to .*the record was changed outside assay`));
        expect(await tampered(() => db.deleteFrom('records').where('case_id', '=', CASE).where('kind', '=', kind).where('id', '=', r.id).execute())).toMatch(new RegExp(`${where.source}: entry \\d+ logs it, but it is missing: deleted outside assay`));
        expect(await tampered(() => db.insertInto('records').values({ case_id: CASE, kind, id: 'forged', ord: 999, data: r.data }).execute())).toMatch(new RegExp(`${kind} "forged" of case "${CASE}": is stored .* but no custody-log entry logs it`));
      });

    it('the case record edited and deleted', async (ctx) => {
      if (!t) return ctx.skip();
      const c = await db.selectFrom('cases').selectAll().where('id', '=', CASE).executeTakeFirstOrThrow();
      expect(await tampered(() => db.updateTable('cases').set({ data: edit(c.data, (o) => (o.title = 'Something else')) }).where('id', '=', CASE).execute())).toMatch(new RegExp(`case record "${CASE}": hashes to .*changed outside assay`));
      expect(await tampered(() => db.deleteFrom('cases').where('id', '=', CASE).execute())).toMatch(new RegExp(`case record "${CASE}": entry \\d+ logs it, but it is missing`));
    });

    it('a report edited, deleted and inserted', async (ctx) => {
      if (!t) return ctx.skip();
      const r = await db.selectFrom('reports').selectAll().where('case_id', '=', CASE).orderBy('id').executeTakeFirstOrThrow();
      expect(await tampered(() => db.updateTable('reports').set({ text: r.text + ' (and it was staged)' }).where('case_id', '=', CASE).where('id', '=', r.id).execute())).toMatch(new RegExp(`report "${r.id}" of case "${CASE}": hashes to .*the report was changed outside assay`));
      expect(await tampered(() => db.deleteFrom('reports').where('case_id', '=', CASE).where('id', '=', r.id).execute())).toMatch(new RegExp(`report "${r.id}" of case "${CASE}": entry \\d+ logs it, but it is missing`));
      expect(await tampered(() => db.insertInto('reports').values({ ...r, id: 'forged-report' }).execute())).toMatch(/report "forged-report" .*no custody-log entry logs it/);
    });

    it("a reports-added entry's list of reports edited or deleted (the entry commits to it by Merkle root)", async (ctx) => {
      if (!t) return ctx.skip();
      const b = await db.selectFrom('report_batches').selectAll().where('case_id', '=', CASE).executeTakeFirstOrThrow();
      const ids = JSON.parse(b.ids) as string[];
      const raw = Buffer.from(b.digests, 'base64');
      // the first report's hash in the list rewritten to match an edit of that report: the root no longer holds
      const edited = Buffer.from(raw);
      edited[0] ^= 0xff;
      const a = await tampered(() => db.updateTable('report_batches').set({ digests: edited.toString('base64') }).where('case_id', '=', CASE).where('root', '=', b.root).execute());
      expect(a).toMatch(new RegExp(`entry \\d+: the list of the ${ids.length} report\\(s\\) of case "${CASE}" it logs \\(root ${b.root.slice(0, 16)}….*hashing to root .*: the list was changed outside assay`));
      // its reports then have no entry that logs them, each named
      expect(a).toMatch(new RegExp(`report "${ids[0]}" of case "${CASE}": is stored .* but no custody-log entry logs it`));
      // a report dropped from the list
      expect(await tampered(() => db.updateTable('report_batches').set({ ids: JSON.stringify(ids.slice(1)), digests: raw.subarray(32).toString('base64') }).where('case_id', '=', CASE).where('root', '=', b.root).execute())).toMatch(/holds \d+ report\(s\) hashing to root .*: the list was changed outside assay/);
      expect(await tampered(() => db.deleteFrom('report_batches').where('case_id', '=', CASE).where('root', '=', b.root).execute())).toMatch(new RegExp(`entry \\d+: the list .* is missing: deleted outside assay`));
    });

    it('a rating change edited, deleted and inserted', async (ctx) => {
      if (!t) return ctx.skip();
      const cell = /rating change 1 of cell e-us-munition-remnants × h-other-unknown/;
      const upd = () => db.updateTable('rating_changes').set({ new_rating: 'CC' }).where('case_id', '=', CASE).execute();
      expect(await tampered(upd)).toMatch(new RegExp(`${cell.source}.*: differs from entry \\d+: new logged "I", stored "CC"`));
      expect(await tampered(() => db.deleteFrom('rating_changes').where('case_id', '=', CASE).execute())).toMatch(new RegExp(`${cell.source}.*: entry \\d+ logs it, but it is missing from the rating log`));
      expect(await tampered(() => db.insertInto('rating_changes').values({ case_id: CASE, item_id: 'e-us-munition-remnants', hypothesis_id: 'h-opposition-chlorine', seq: 1, old_rating: 'N', new_rating: 'CC', by: 'mallory', why: 'x', at: '2020-01-01T00:00:00Z' }).execute())).toMatch(/rating change 1 of cell e-us-munition-remnants × h-opposition-chlorine .*no custody-log entry logs it/);
    });

    it('a kept result edited, unsigned, or signed with a key the log never registered: verify names it; the assessment ignores it and recomputes', async (ctx) => {
      if (!t) return ctx.skip();
      const NAME = 'engine:agent-differential';
      const kdb = db as unknown as Kysely<any>;
      const row = await kdb.selectFrom('kept_results').selectAll().where('case_id', '=', CASE).where('name', '=', NAME).executeTakeFirstOrThrow();
      // an edit meant to change conclusions: every finding of the engine now favours the chlorine hypotheses
      const forged = edit(row.data, (o) => {
        for (const f of o.findings as { likelihoods: Record<string, number> }[]) for (const h of Object.keys(f.likelihoods)) f.likelihoods[h] = h.includes('chlorine') ? 0.99 : 0.01;
      });
      const where = `kept result "${NAME}" of case "${CASE}"`;
      const setKept = (v: Record<string, unknown>) => kdb.updateTable('kept_results').set(v).where('case_id', '=', CASE).where('name', '=', NAME).execute();
      expect(await tampered(() => setKept({ data: forged }))).toContain(`${where}: does not match its signature by "assay-ws-`);
      expect(await tampered(() => setKept({ data: forged, sig: null }))).toContain(`${where}: is not signed: the kept result was changed outside assay`);
      const { generateKeyPairSync, sign } = await import('node:crypto');
      const { nodeSha256 } = await import('../src/adapters/custody/node-crypto.js');
      const { keptResultMessage, keptResultSig } = await import('../src/core/custody/kept-result.js');
      const mallory = generateKeyPairSync('ed25519').privateKey;
      const resigned = keptResultSig('assay-ws-0badc0de', new Uint8Array(sign(null, keptResultMessage(nodeSha256, { case_id: CASE, name: NAME, key: row.input_key, data: forged }), mallory)));
      expect(await tampered(() => setKept({ data: forged, sig: resigned }))).toContain(`${where}: is signed by "assay-ws-0badc0de", a key the log did not register`);
      // a reader never uses it: the assessment is the untouched one, and the row is recomputed and re-signed
      await setKept({ data: forged });
      try {
        expect(posteriors(await assessTarget(t.ws, CASE))).toEqual(judged);
        expect((await verifyWorkspace(t.ws, { blobs: false })).problems).toEqual([]);
      } finally {
        await putBack();
      }
    });

    it('log entries deleted and re-ordered', async (ctx) => {
      if (!t) return ctx.skip();
      expect(await tampered(() => db.deleteFrom('custody_log').where('idx', '=', 3).execute())).toMatch(/entry 3 is missing/);
      const swap = async () => {
        const [a, b] = await db.selectFrom('custody_log').selectAll().where('idx', 'in', [4, 5]).orderBy('idx').execute();
        await db.deleteFrom('custody_log').where('idx', 'in', [4, 5]).execute();
        await db.insertInto('custody_log').values([{ ...a, idx: 5 }, { ...b, idx: 4 }]).execute();
      };
      expect(await tampered(swap)).toMatch(/entries 4 and 5 are swapped|entry [45]/);
    });

    /** Cuts the log's newest entries and checkpoints, and rewinds the head to match (a careful attacker). */
    async function truncate(keep: number) {
      const rows = await db.selectFrom('custody_log').select(['idx', 'leaf_hash']).orderBy('idx').execute();
      await db.deleteFrom('custody_log').where('idx', '>=', keep).execute();
      await db.deleteFrom('custody_checkpoints').where('size', '>', keep).execute();
      const { CompactRange } = await import('../src/core/custody/merkle-tree.js');
      const { nodeSha256 } = await import('../src/adapters/custody/node-crypto.js');
      const { fromHex, toHex } = await import('../src/core/custody/merkle-hash.js');
      const cr = CompactRange.from(nodeSha256, [], 0);
      for (const r of rows.slice(0, keep)) cr.append(fromHex(r.leaf_hash));
      await db.updateTable('custody_state').set({ size: keep, root: toHex(cr.root()), peaks: JSON.stringify(cr.peakHashes().map(toHex)) }).where('id', '=', 1).execute();
    }

    it("the log's tail cut, with the witness file in place and without it", async (ctx) => {
      if (!t) return ctx.skip();
      const size = snap.custody_log.length;
      expect(await tampered(() => truncate(size - 3))).toMatch(/last checkpoint seen .*covers \d+ entries but only \d+ are stored/);
      const gone = await tampered(async () => {
        await truncate(size - 3);
        fs.rmSync(witnessFile(t!.ws));
      });
      // the workspace's witness is gone: said; the user's copy outside the workspace still sees the cut
      expect(gone).toMatch(/witness\.json: the witness of the last checkpoint seen is missing/);
      expect(gone).toMatch(/last checkpoint seen \(.*witness.*\): covers \d+ entries but only \d+ are stored/);
      // and without either witness, verify still fails
      const both = await tampered(async () => {
        await truncate(size - 3);
        fs.rmSync(witnessFile(t!.ws));
        fs.rmSync(userWitnessFile(t!.ws));
      });
      expect(both).toMatch(/witness\.json: the witness of the last checkpoint seen is missing/);
    });

    it('a forgery re-chained and re-signed with the signing keys: caught by the checkpoint held elsewhere, which verify names', async (ctx) => {
      if (!t) return ctx.skip();
      const h = await firstOf('hypothesis');
      const forged = edit(h.data, (o) => (o.prior = 0.97));
      const forge = async () => {
        // the forger edits the record, rewrites its log entry's hash, and rebuilds the whole log and its
        // checkpoints with the keys, so the log, the content and both witnesses agree with each other
        await setData('hypothesis', h.id, forged);
        const rows = await db.selectFrom('custody_log').selectAll().orderBy('idx').execute();
        await db.deleteFrom('custody_log').execute();
        await db.deleteFrom('custody_checkpoints').execute();
        await db.updateTable('custody_state').set({ size: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', peaks: '[]' }).where('id', '=', 1).execute();
        const { createHash } = await import('node:crypto');
        const events = rows.map((r) => {
          const { v: _v, seq: _s, prev_root: _p, ...ev } = JSON.parse(r.entry);
          if (ev.type === 'record-changed' && ev.kind === 'hypothesis' && ev.record_id === h.id) ev.record_sha256 = createHash('sha256').update(canonicalJson(JSON.parse(forged))).digest('hex');
          return ev;
        });
        await custodyOf(t!.ws).log.append(events);
        const cp = await signCheckpoint(t!.ws);
        writeWitness(t!.ws, { origin: cp.note.split('\n')[0], size: cp.size, root: cp.root, checkpoint: cp.id, at: cp.at }, { force: true });
      };
      await forge();
      try {
        // inside the workspace everything agrees: this is what keys outside the workspace prevent
        const inside = await verifyWorkspace(t.ws, { blobs: false });
        expect(inside.problems).toEqual([]);
        const v = await verifyWorkspace(t.ws, { blobs: false, checkpoints: [exported] });
        expect(v.ok).toBe(false);
        expect(v.problems.map((p) => `${p.where}: ${p.message}`).join('\n')).toMatch(new RegExp(`checkpoint held elsewhere \\(${exported.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, size \\d+\\): root for size \\d+ is`));
        expect(v.compared).toContainEqual(expect.objectContaining({ source: exported, ok: false }));
      } finally {
        await putBack();
      }
    });
  });
}
