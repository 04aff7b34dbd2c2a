/**
 * Custody benchmarks (issue 5). Prints:
 *  - append rate: appendCustodyEvent one call per entry (no checkpoint), with a signed checkpoint per call,
 *    and appendCustodyEvents in batches of 1,000 (target >= 5,000 entries/s);
 *  - verify of a 100,000-entry log (target <= 10 s);
 *  - `evidence add` of a 1 GiB file (hash, store, log) against `openssl dgst -sha256` on the same warm file
 *    (target >= 70% of openssl's speed), with and without fsync.
 * Everything it writes goes under /tmp (removed at the end). Run: npm run bench -- custody
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openWorkspace, type Workspace } from '../src/app/workspace.js';
import { appendCustodyEvent, appendCustodyEvents, signCheckpoint, verifyWorkspace } from '../src/app/custody.js';
import { addEvidence } from '../src/app/evidence.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-custody-bench-'));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function ws(name: string): Promise<Workspace> {
  const w = await openWorkspace({ db: path.join(root, name, 'w.db') });
  await w.store.transaction(async (tx) => {
    await tx.upsertCase({ id: 'bench', title: 'bench', when: { at: '2020-01-01T00:00:00Z' }, place: { name: 'x' }, claims: [], conclusions: [], tags: [], citations: [] });
  });
  return w;
}
const ev = (i: number) => ({ type: 'rating-changed', case_id: 'bench', actor: 'bench', at: new Date(1_700_000_000_000 + i * 1000).toISOString(), why: 'benchmark', old: 'N', new: i % 2 ? 'C' : 'I', item: `e${i % 50}`, hypothesis: `h${i % 4}` });

async function main() {
  // 1. append
  {
    const w = await ws('append');
    await signCheckpoint(w); // keys created and registered outside the timing
    const N = 20_000;
    let t = performance.now();
    for (let i = 0; i < N; i++) await appendCustodyEvent(w, ev(i), { checkpoint: false });
    const single = N / ((performance.now() - t) / 1000);
    const M = 3_000;
    t = performance.now();
    for (let i = 0; i < M; i++) await appendCustodyEvent(w, ev(i));
    const signed = M / ((performance.now() - t) / 1000);
    const B = 50_000;
    t = performance.now();
    for (let i = 0; i < B; i += 1000) await appendCustodyEvents(w, Array.from({ length: 1000 }, (_, k) => ev(i + k)), { checkpoint: false });
    const batched = B / ((performance.now() - t) / 1000);
    console.log(`append, one appendCustodyEvent per entry, no checkpoint: ${fmt(single)} entries/s (${fmt(N)} entries)`);
    console.log(`append, one appendCustodyEvent per entry, signed checkpoint each: ${fmt(signed)} entries/s (${fmt(M)} entries)`);
    console.log(`append, appendCustodyEvents batches of 1,000: ${fmt(batched)} entries/s (${fmt(B)} entries)`);
    await w.close();
  }
  // 2. verify 100,000 entries
  {
    const w = await ws('verify');
    for (let i = 0; i < 100_000; i += 5000) await appendCustodyEvents(w, Array.from({ length: 5000 }, (_, k) => ev(i + k)), { checkpoint: false });
    await signCheckpoint(w);
    const t = performance.now();
    const r = await verifyWorkspace(w);
    const s = (performance.now() - t) / 1000;
    if (!r.ok) throw new Error('verify failed: ' + JSON.stringify(r.problems.slice(0, 3)));
    console.log(`verify ${fmt(r.size)}-entry log (leaf hashes, tree, ${r.checked.checkpoints} checkpoints, ${r.checked.signatures} signatures): ${s.toFixed(2)} s`);
    await w.close();
  }
  // 3. 1 GiB evidence add vs openssl dgst -sha256
  {
    const file = path.join(root, 'one-gib.bin');
    const chunk = randomBytes(16 << 20);
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < 64; i++) {
      chunk.writeUInt32LE(i, 0); // every 16 MiB differs
      fs.writeSync(fd, chunk);
    }
    fs.closeSync(fd);
    const bytes = fs.statSync(file).size;
    const openssl = () => {
      const t = performance.now();
      execFileSync('openssl', ['dgst', '-sha256', file]);
      return (performance.now() - t) / 1000;
    };
    openssl(); // warm the page cache
    const o = Math.min(openssl(), openssl());
    const w = await ws('evidence');
    await signCheckpoint(w);
    for (const fsync of [false, true]) {
      const t = performance.now();
      const [r] = await addEvidence(w, [file], { caseId: 'bench', fsync });
      const s = (performance.now() - t) / 1000;
      console.log(
        `evidence add 1 GiB (${fsync ? 'fsync' : 'no fsync'}): ${s.toFixed(2)} s = ${((bytes / s) / 1e9).toFixed(2)} GB/s; openssl dgst -sha256: ${o.toFixed(2)} s = ${((bytes / o) / 1e9).toFixed(2)} GB/s; ratio ${(o / s).toFixed(2)} (entry ${r.index})`,
      );
      // remove the blob so the second run stores it again
      const blob = path.join(w.dir, 'blobs', r.sha256.slice(0, 2), r.sha256);
      fs.rmSync(blob, { force: true });
      await w.store.db.deleteFrom('custody_log').where('idx', '>=', r.index).execute();
      const { CustodyLogStore } = await import('../src/adapters/custody/custody-log-store.js');
      void CustodyLogStore;
      await w.store.db.deleteFrom('records').where('kind', '=', 'evidence').execute();
      // rebuild the head from the remaining entries (bench only)
      const { CompactRange } = await import('../src/core/custody/merkle-tree.js');
      const { nodeSha256 } = await import('../src/adapters/custody/node-crypto.js');
      const { fromHex, toHex } = await import('../src/core/custody/merkle-hash.js');
      const cr = new CompactRange(nodeSha256);
      for (const row of await w.store.db.selectFrom('custody_log').select('leaf_hash').orderBy('idx').execute()) cr.append(fromHex(row.leaf_hash));
      await w.store.db.updateTable('custody_state').set({ size: cr.size, root: toHex(cr.root()), peaks: JSON.stringify(cr.peakHashes().map(toHex)) }).where('id', '=', 1).execute();
    }
    await w.close();
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(root, { recursive: true, force: true }));
