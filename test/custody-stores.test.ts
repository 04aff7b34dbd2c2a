/**
 * The custody log on both store adapters (SQLite and a real PostgreSQL): concurrent appends never fork the
 * tree, proofs verify, an edited entry is caught. PostgreSQL is skipped with a message when no server runs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawDb, postgresAvailable, postgresWorkspace, sqliteWorkspace, tempDir, type TestWorkspace } from './helpers/workspaces.js';
import { writeBundle } from './custody-helpers.js';
import { importBundle } from '../src/app/cases.js';
import { appendCustodyEvent, logRoot, proveInclusion, verifyWorkspace, custodyOf } from '../src/app/custody.js';
import { addEvidence } from '../src/app/evidence.js';
import { verifyInclusion } from '../src/core/custody/merkle-verify.js';
import { fromHex } from '../src/core/custody/merkle-hash.js';
import { nodeSha256 as sha } from '../src/adapters/custody/node-crypto.js';
import fs from 'node:fs';

const adapters: [string, () => Promise<TestWorkspace>, () => Promise<boolean>][] = [
  ['sqlite', sqliteWorkspace, async () => true],
  ['postgres', postgresWorkspace, postgresAvailable],
];

for (const [name, open, available] of adapters) {
  describe(`custody log on ${name}`, () => {
    it('concurrent appends stay one tree; proofs verify; an edited entry is named', async (ctx) => {
      if (!(await available())) return ctx.skip();
      const t = await open();
      try {
        const { ws } = t;
        const dir = tempDir('assay-custody-store-');
        writeBundle(path.join(dir, 'b'));
        await importBundle(ws, path.join(dir, 'b'));
        fs.writeFileSync(path.join(dir, 'x.txt'), 'x');
        const [x] = await addEvidence(ws, [path.join(dir, 'x.txt')], { caseId: 'custody-case' });
        const before = (await logRoot(ws)).size;
        const idx = await Promise.all(
          Array.from({ length: 25 }, (_, i) => appendCustodyEvent(ws, { type: 'judgment-changed', case_id: 'custody-case', actor: 'a', at: '2026-11-25T10:00:00Z', old: i, new: i + 1 }, { checkpoint: i % 5 === 0 })),
        );
        expect(idx.map((r) => r.index).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => before + i));
        const v = await verifyWorkspace(ws);
        expect(v.problems).toEqual([]);
        expect(v.ok).toBe(true);
        const p = await proveInclusion(ws, x.index);
        const leaves = await custodyOf(ws).log.leafHashes(p.size);
        expect(verifyInclusion(sha, x.index, p.size, leaves[x.index], p.proof.map(fromHex), fromHex(p.root))).toEqual({ ok: true });
        await rawDb(ws).updateTable('custody_log').set({ entry: '{"tampered":true}' }).where('idx', '=', x.index).execute();
        const bad = await verifyWorkspace(ws);
        expect(bad.ok).toBe(false);
        expect(bad.problems.map((q) => q.where)).toContain(`entry ${x.index}`);
        fs.rmSync(dir, { recursive: true, force: true });
      } finally {
        await t.dispose();
      }
    });
  });
}
