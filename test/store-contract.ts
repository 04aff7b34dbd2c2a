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
  });
}
