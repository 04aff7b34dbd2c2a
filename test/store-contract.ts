/**
 * The store contract: one suite, run against every adapter (SQLite and the real PostgreSQL), so both
 * behave the same. Called from store-sqlite.test.ts and store-postgres.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestWorkspace } from './helpers/workspaces.js';
import { tempDir } from './helpers/workspaces.js';
import { exportCase, importBundle, importReports, loadCase } from '../src/app/cases.js';
import type { Case, StoredReport } from '../src/core/case/schemas.js';
import { AssayError } from '../src/core/errors.js';

export const FIXTURE = path.resolve(__dirname, 'fixtures/mini-bundle');

const aCase = (id: string, title = 'Case ' + id, at = '2020-01-01T00:00:00Z'): Case => ({
  id, title, when: { at }, place: { name: 'X' }, claims: [], conclusions: [], tags: [], citations: [],
});
const report = (i: number, at: string): StoredReport => ({ id: `r${String(i).padStart(4, '0')}`, published_at: at, outlet: 'O' + (i % 3), title: 't' + i, text: 'x' + i });

function copyFixture(): string {
  const dir = tempDir('assay-bundle-');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function snapshot(t: TestWorkspace, id: string) {
  const cases = await t.ws.store.listCases();
  const exists = cases.some((c) => c.id === id);
  return { cases, view: exists ? await loadCase(t.ws, id) : null, reports: exists ? await t.ws.store.reportPage(id, 0, 1000) : null };
}

export function storeContract(name: string, open: () => Promise<TestWorkspace | null>): void {
  describe(`case store contract: ${name}`, () => {
    let t: TestWorkspace;
    let skip = false;
    beforeEach(async (ctx) => {
      const w = await open();
      if (!w) {
        skip = true;
        ctx.skip();
        return;
      }
      t = w;
    });
    afterEach(async () => {
      if (!skip) await t.dispose();
    });

    it('migrates once: a second run applies nothing', async () => {
      expect(await t.ws.store.migrate()).toEqual([]);
    });

    it('upserts cases and reports what changed', async () => {
      const res = await t.ws.store.transaction(async (tx) => [
        await tx.upsertCase(aCase('b', 'Bravo', '2019-01-01T00:00:00Z')),
        await tx.upsertCase(aCase('a', 'Alpha', '2020-01-01T00:00:00Z')),
        await tx.upsertCase(aCase('a', 'Alpha', '2020-01-01T00:00:00Z')),
        await tx.upsertCase(aCase('a', 'Alpha renamed', '2020-01-01T00:00:00Z')),
      ]);
      expect(res.map((c) => [c.added, c.updated, c.unchanged])).toEqual([[1, 0, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0]]);
      expect(await t.ws.store.listCases()).toEqual([
        { id: 'b', title: 'Bravo', occurred_at: '2019-01-01T00:00:00Z' },
        { id: 'a', title: 'Alpha renamed', occurred_at: '2020-01-01T00:00:00Z' },
      ]);
      expect((await t.ws.store.listCases('RENAMED')).map((c) => c.id)).toEqual(['a']);
      expect((await t.ws.store.getCase('a'))?.title).toBe('Alpha renamed');
      expect(await t.ws.store.getCase('zz')).toBeNull();
    });

    it('keeps records in order and counts added, updated, unchanged', async () => {
      await t.ws.store.transaction(async (tx) => {
        await tx.upsertCase(aCase('c'));
        expect(await tx.putRecords('c', 'testimony', [{ id: 'x', data: { n: 1 } }, { id: 'y', data: { n: 2 } }])).toEqual({ added: 2, updated: 0, unchanged: 0 });
        expect(await tx.putRecords('c', 'testimony', [{ id: 'y', data: { n: 3 } }, { id: 'x', data: { n: 1 } }, { id: 'z', data: {} }])).toEqual({ added: 1, updated: 1, unchanged: 1 });
      });
      expect(await t.ws.store.getRecords('c', 'testimony')).toEqual([
        { id: 'x', data: { n: 1 } },
        { id: 'y', data: { n: 3 } },
        { id: 'z', data: {} },
      ]);
      expect(await t.ws.store.getRecords('c', 'sample')).toEqual([]);
    });

    it('inserts reports once, pages them and streams them in time order across equal times', async () => {
      const rs = Array.from({ length: 1203 }, (_, i) => report(i, `2020-01-0${1 + (i % 3)}T00:00:00Z`));
      await t.ws.store.transaction(async (tx) => {
        await tx.upsertCase(aCase('d'));
        expect(await tx.insertReports('d', rs)).toBe(1203);
        expect(await tx.insertReports('d', rs.slice(0, 700))).toBe(0);
      });
      expect(await t.ws.store.countReports('d')).toBe(1203);
      const page = await t.ws.store.reportPage('d', 10, 5);
      expect(page.total).toBe(1203);
      expect(page.items.map((r) => r.id)).toEqual(['r0030', 'r0033', 'r0036', 'r0039', 'r0042']);
      const streamed: string[] = [];
      for await (const r of t.ws.store.streamReports('d', 100)) streamed.push(r.id);
      const expected = [...rs].sort((a, b) => (a.published_at < b.published_at ? -1 : a.published_at > b.published_at ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.id);
      expect(streamed).toEqual(expected);
    });

    it('rolls a failed transaction back completely', async () => {
      await expect(
        t.ws.store.transaction(async (tx) => {
          await tx.upsertCase(aCase('e'));
          await tx.insertReports('e', [report(1, '2020-01-01')]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await t.ws.store.listCases()).toEqual([]);
      expect(await t.ws.store.countReports('e')).toBe(0);
    });

    it('imports a bundle, and re-importing adds nothing', async () => {
      const first = await importBundle(t.ws, FIXTURE);
      expect(first.created).toBe(true);
      expect(first.reports).toMatchObject({ read: 2, added: 2 });
      expect(first.records.testimony).toEqual({ added: 2, updated: 0, unchanged: 0 });
      const before = await snapshot(t, 'mini-case');
      const again = await importBundle(t.ws, FIXTURE);
      expect(again.created).toBe(false);
      expect(again.reports).toMatchObject({ read: 2, added: 0 });
      for (const c of Object.values(again.records)) expect(c.added + c.updated).toBe(0);
      expect(await snapshot(t, 'mini-case')).toEqual(before);
      const view = await loadCase(t.ws, 'mini-case');
      expect(view.testimonies.map((x) => x.id)).toEqual(['t1', 't2']);
      expect(view.reports.total).toBe(2);
      const page = await t.ws.store.reportPage('mini-case', 0, 10);
      expect(page.items[0]).toMatchObject({ published_at: '2020-01-02', outlet: 'NGO B' });
      expect(page.items[1].text).toBe('Terrorists fired\r\nchlorine shells');
    });

    it('rejects a bundle with one bad line anywhere, naming file and line, and leaves the store as it was', async () => {
      await importBundle(t.ws, FIXTURE);
      const before = await snapshot(t, 'mini-case');
      const cases: [string, (s: string) => string, RegExp][] = [
        ['testimonies.yaml', (s) => s.replace('credibility: 3', 'credibility: 9'), /testimonies\.yaml:\d+: testimonies\.0\.credibility/],
        ['reports.csv', (s) => s + '2020-13-45T00:00:00Z;NGO B;Bad;"x";;en\r\n', /reports\.csv:6: published_at/],
        ['case.yaml', (s) => s.replace('lat: 36.2', 'lat: 136.2'), /case\.yaml:\d+: place\.lat/],
        ['case.yaml', (s) => s.replace('2020-01-02T10:00:00Z', '2020-02-30T10:00:00Z'), /case\.yaml:5: when\.at: is not a real calendar date/],
        ['site-control.yaml', (s) => s + '  to: "2016-01-01"\n', /site-control\.yaml:\d+: 0\.to: ends before it starts/],
        ['hypotheses.yaml', (s) => s.replace('h-teargas: C', 'h-nope: C'), /hypotheses\.yaml:\d+: evidence\.0\.ratings\.h-nope/],
        ['sources.yaml', (s) => s.replace('reliability: B', 'reliabilty: B'), /sources\.yaml:11: 1\.reliabilty: unknown field "reliabilty"/],
      ];
      for (const [file, edit, where] of cases) {
        const dir = copyFixture();
        const p = path.join(dir, file);
        fs.writeFileSync(p, edit(fs.readFileSync(p, 'utf8')));
        // a valid change elsewhere must not land either
        fs.appendFileSync(path.join(dir, 'sources.yaml'), '- { id: new-src, name: New, kind: outlet }\n');
        const err = await importBundle(t.ws, dir).then(() => null, (e) => e);
        expect(err, file).toBeInstanceOf(AssayError);
        expect((err as AssayError).code).toBe('bad_input');
        expect((err as AssayError).message).toMatch(where);
        expect(await snapshot(t, 'mini-case')).toEqual(before);
      }
    });

    it('adds a reports file to a case, and refuses one for a missing case', async () => {
      await importBundle(t.ws, FIXTURE);
      const file = path.join(tempDir(), 'more.jsonl');
      fs.writeFileSync(file, '{"published_at":"2020-01-03T00:00:00Z","outlet":"C","text":"more"}\n\n{"published_at":"2020-01-04","outlet":"D","title":"t"}\n');
      const r = await importReports(t.ws, file, 'mini-case');
      expect(r.reports).toMatchObject({ read: 2, added: 2 });
      await expect(importReports(t.ws, file, 'no-such')).rejects.toMatchObject({ code: 'not_found' });
      expect(await t.ws.store.countReports('mini-case')).toBe(4);
    });

    it('exports a bundle that imports to the same case', async () => {
      await importBundle(t.ws, FIXTURE);
      const out = path.join(tempDir(), 'out');
      const ex = await exportCase(t.ws, 'mini-case', out);
      expect(ex.reports).toBe(2);
      const original = await loadCase(t.ws, 'mini-case');
      const t2 = await open();
      try {
        await importBundle(t2!.ws, out);
        expect(await loadCase(t2!.ws, 'mini-case')).toEqual(original);
        const again = await importBundle(t2!.ws, out);
        expect(again.reports.added).toBe(0);
        // and a second export is byte-identical to the first
        const out2 = path.join(tempDir(), 'out2');
        await exportCase(t2!.ws, 'mini-case', out2);
        for (const f of fs.readdirSync(out)) expect(fs.readFileSync(path.join(out2, f), 'utf8'), f).toBe(fs.readFileSync(path.join(out, f), 'utf8'));
      } finally {
        await t2!.dispose();
      }
    });

    it('raises the data version with every write, for the store and for the case written', async () => {
      const v0 = await t.ws.store.dataVersion();
      const a0 = await t.ws.store.dataVersion('a');
      await t.ws.store.transaction((tx) => tx.upsertCase(aCase('a')));
      const v1 = await t.ws.store.dataVersion();
      const a1 = await t.ws.store.dataVersion('a');
      expect(v1).not.toBe(v0);
      expect(a1).not.toBe(a0);
      // a write to another case leaves this case's version alone
      await t.ws.store.transaction((tx) => tx.upsertCase(aCase('b')));
      expect(await t.ws.store.dataVersion('a')).toBe(a1);
      expect(await t.ws.store.dataVersion()).not.toBe(v1);
      // reading changes nothing
      const v2 = await t.ws.store.dataVersion();
      await t.ws.store.getCase('a');
      await t.ws.store.reportPage('a', 0, 10);
      expect(await t.ws.store.dataVersion()).toBe(v2);
      // every kind of write: records, reports, deletes, the rating log, users, custody entries
      const steps: [string, () => Promise<unknown>][] = [
        ['records', () => t.ws.store.transaction((tx) => tx.putRecords('a', 'testimony', [{ id: 'x', data: { n: 1 } }]))],
        ['reports', () => t.ws.store.transaction((tx) => tx.insertReports('a', [report(1, '2020-01-01T00:00:00Z')]))],
        ['rename', () => t.ws.store.transaction((tx) => tx.renameRecord('a', 'testimony', 'x', 'y', { n: 2 }))],
        ['delete', () => t.ws.store.transaction((tx) => tx.deleteRecord('a', 'testimony', 'y'))],
        ['rating', () => t.ws.store.transaction((tx) => tx.appendRatingChange({ case_id: 'a', item_id: 'i', hypothesis_id: 'h', old_rating: null, new_rating: 'C', by: 'ann', why: 'w', at: '2020-01-01T00:00:00Z' }))],
        ['custody', () => t.ws.store.custodyLog().append([{ type: 'note', case_id: 'a', actor: 'ann', at: '2020-01-01T00:00:00Z' }])],
      ];
      for (const [what, step] of steps) {
        const before = await t.ws.store.dataVersion('a');
        await step();
        expect(await t.ws.store.dataVersion('a'), what).not.toBe(before);
      }
      const u = await t.ws.store.dataVersion();
      await t.ws.store.addUser({ id: 'u1', name: 'Ann', role: 'viewer', created_at: '2020-01-01T00:00:00Z', revoked_at: null, token_sha256: 'f'.repeat(64) });
      expect(await t.ws.store.dataVersion()).not.toBe(u);
      // a rolled-back transaction leaves the version as it was
      const r = await t.ws.store.dataVersion('a');
      await t.ws.store.transaction(async (tx) => {
        await tx.upsertCase(aCase('a', 'changed'));
        throw new Error('boom');
      }).catch(() => {});
      expect(await t.ws.store.dataVersion('a')).toBe(r);
    });

    it('deletes and renames records in place, and lists them as stored', async () => {
      await t.ws.store.transaction(async (tx) => {
        await tx.upsertCase(aCase('c'));
        await tx.putRecords('c', 'site-control', [{ id: 's1', data: { a: 1 } }, { id: 's2', data: { a: 2 } }, { id: 's3', data: { a: 3 } }]);
        await tx.renameRecord('c', 'site-control', 's2', 's2b', { b: 2, a: 0 });
        expect(await tx.deleteRecord('c', 'site-control', 's1')).toBe(true);
        expect(await tx.deleteRecord('c', 'site-control', 'nope')).toBe(false);
        expect((await tx.getRecords('c', 'site-control')).map((r) => r.id)).toEqual(['s2b', 's3']);
      });
      expect(await t.ws.store.rawRecords({ caseId: 'c' })).toEqual([
        { case_id: 'c', kind: 'site-control', id: 's2b', data: '{"a":0,"b":2}' },
        { case_id: 'c', kind: 'site-control', id: 's3', data: '{"a":3}' },
      ]);
      expect(await t.ws.store.countRecords('c')).toBe(2);
      expect(await t.ws.store.rawRecords({ kind: 'testimony' })).toEqual([]);
    });

    it('searches reports case-insensitively (Unicode), with LIKE wildcards and the escape character literal', async () => {
      const rs: StoredReport[] = [
        { id: 'r1', published_at: '2020-01-01T00:00:00Z', outlet: 'РИА Новости', title: 'Хлор', text: '100% sure' },
        { id: 'r2', published_at: '2020-01-02T00:00:00Z', outlet: 'BBC', title: 'snake_case', text: 'a\\b' },
        { id: 'r3', published_at: '2020-01-03T00:00:00Z', outlet: 'BBC', title: 'plain', text: 'nothing here' },
      ];
      await t.ws.store.transaction(async (tx) => {
        await tx.upsertCase(aCase('s'));
        await tx.insertReports('s', rs);
      });
      const ids = async (q: { q?: string; outlet?: string }) => (await t.ws.store.searchReports('s', q, 0, 10)).items.map((r) => r.id);
      expect(await ids({ q: 'риа' })).toEqual(['r1']);
      expect(await ids({ q: 'хлор' })).toEqual(['r1']);
      expect(await ids({ q: '%' })).toEqual(['r1']);
      expect(await ids({ q: '_' })).toEqual(['r2']);
      expect(await ids({ q: '\\' })).toEqual(['r2']);
      expect(await ids({ q: 'PLAIN' })).toEqual(['r3']);
      expect(await ids({ outlet: 'BBC' })).toEqual(['r2', 'r3']);
      expect(await ids({ outlet: 'BBC', q: 'nothing' })).toEqual(['r3']);
      const page = await t.ws.store.searchReports('s', { outlet: 'BBC' }, 1, 1);
      expect(page.total).toBe(2);
      expect(page.items).toEqual([{ id: 'r3', published_at: '2020-01-03T00:00:00Z', outlet: 'BBC', title: 'plain', text: 'nothing here' }]);
    });

    it('keeps the rating log per cell in order', async () => {
      const ch = (item: string, at: string, n: string | null) => ({ case_id: 'a', item_id: item, hypothesis_id: 'h1', old_rating: null, new_rating: n, by: 'ann', why: 'because', at });
      const made = await t.ws.store.transaction(async (tx) => [
        await tx.appendRatingChange(ch('i1', '2020-01-01T00:00:00Z', 'C')),
        await tx.appendRatingChange(ch('i1', '2020-01-02T00:00:00Z', 'I')),
        await tx.appendRatingChange(ch('i2', '2020-01-01T12:00:00Z', null)),
      ]);
      expect(made.map((m) => m.seq)).toEqual([1, 2, 1]);
      expect((await t.ws.store.ratingChanges('a')).map((r) => [r.item_id, r.seq, r.new_rating])).toEqual([['i1', 1, 'C'], ['i2', 1, null], ['i1', 2, 'I']]);
      expect((await t.ws.store.ratingChanges('a', { itemId: 'i1' })).map((r) => r.seq)).toEqual([1, 2]);
      expect(await t.ws.store.ratingChanges('a', { itemId: 'i1', hypothesisId: 'h2' })).toEqual([]);
      expect(await t.ws.store.ratingChanges('other')).toEqual([]);
    });

    it('keeps users by token hash, and revoked users no longer match', async () => {
      const u = { id: 'u_1', name: 'Ann Analyst', role: 'analyst', created_at: '2020-01-01T00:00:00Z', revoked_at: null };
      await t.ws.store.addUser({ ...u, token_sha256: 'a'.repeat(64) });
      await t.ws.store.addUser({ id: 'u_2', name: 'Bob', role: 'viewer', created_at: '2020-01-02T00:00:00Z', revoked_at: null, token_sha256: 'b'.repeat(64) });
      await expect(t.ws.store.addUser({ ...u, id: 'u_3', token_sha256: 'c'.repeat(64) })).rejects.toThrow();
      expect((await t.ws.store.listUsers()).map((x) => x.name)).toEqual(['Ann Analyst', 'Bob']);
      expect(await t.ws.store.findUser('Ann Analyst')).toEqual(u);
      expect(await t.ws.store.findUser('u_2')).toMatchObject({ name: 'Bob' });
      expect(await t.ws.store.findUser('nobody')).toBeNull();
      expect(await t.ws.store.userByTokenHash('a'.repeat(64))).toEqual(u);
      await t.ws.store.revokeUser('u_1', '2020-02-01T00:00:00Z');
      expect(await t.ws.store.userByTokenHash('a'.repeat(64))).toBeNull();
      expect(await t.ws.store.findUser('u_1')).toEqual({ ...u, revoked_at: '2020-02-01T00:00:00Z' });
    });

    it('finds a case\'s custody entries by type (when each evidence file entered the locker)', async () => {
      const log = t.ws.store.custodyLog();
      await log.append([
        { type: 'evidence-added', case_id: 'a', actor: 'ann', at: '2020-01-01T00:00:00Z', sha256: 'a'.repeat(64) },
        { type: 'note', case_id: 'a', actor: 'ann', at: '2020-01-02T00:00:00Z' },
        { type: 'evidence-added', case_id: 'b', actor: 'ann', at: '2020-01-03T00:00:00Z', sha256: 'b'.repeat(64) },
        { type: 'evidence-derived', case_id: 'a', actor: 'ann', at: '2020-01-04T00:00:00Z', sha256: 'c'.repeat(64) },
      ]);
      const rows = await log.findCaseEntries('a', ['evidence-added', 'evidence-derived']);
      expect(rows.map((r) => [r.index, JSON.parse(r.entry).at])).toEqual([[0, '2020-01-01T00:00:00Z'], [3, '2020-01-04T00:00:00Z']]);
      expect((await log.head()).size).toBe(4);
    });
  });
}
