/**
 * `assay log baseline` (docs/custody.md, "Baseline"): a workspace whose case content predates the content log
 * fails verify, each never-logged piece named with what to run; the baseline logs it as it stands (signed),
 * after which verify passes, a second baseline has nothing to do and a re-import appends nothing. It refuses
 * (exit 3, nothing written) while anything else fails verify, such as a logged record edited by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../src/app/cases.js';
import { setRating } from '../src/app/ratings.js';
import { openWorkspace } from '../src/app/workspace.js';
import { custodyOf, signCheckpoint, verifyWorkspace, witnessFile, writeWitness } from '../src/app/custody.js';
import { examplesDir } from '../src/app/paths.js';
import { rawDb, tempDir } from './helpers/workspaces.js';
import { runCli } from './helpers/cli.js';

const CASE = 'aleppo-2018-11-24';
const dir = tempDir('assay-baseline-');
const db = path.join(dir, 'old.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workspace as an older version left it: content stored, the log holding only evidence and keys. */
async function olderWorkspace(): Promise<void> {
  const ws = await openWorkspace({ db });
  await importBundle(ws, path.join(examplesDir, CASE));
  await setRating(ws, CASE, 'e-us-munition-remnants', 'h-other-unknown', 'I', { actor: 'ann', why: 'fragments match no known shell' });
  const raw = rawDb(ws);
  const rows = await raw.selectFrom('custody_log').selectAll().orderBy('idx').execute();
  await raw.deleteFrom('custody_log').execute();
  await raw.deleteFrom('custody_checkpoints').execute();
  await raw.updateTable('custody_state').set({ size: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', peaks: '[]' }).where('id', '=', 1).execute();
  const kept = rows.map((r) => JSON.parse(r.entry)).filter((e) => !['record-changed', 'reports-added', 'rating-changed'].includes(e.type));
  await custodyOf(ws).log.append(kept.map(({ v: _v, seq: _s, prev_root: _p, ...ev }) => ev));
  const cp = await signCheckpoint(ws);
  writeWitness(ws, { origin: cp.note.split('\n')[0], size: cp.size, root: cp.root, checkpoint: cp.id, at: cp.at }, { force: true });
  await ws.close();
}

describe('assay log baseline', () => {
  beforeAll(olderWorkspace, 120_000);

  it('verify names never-logged content and says to run `assay log baseline`', async () => {
    const r = await runCli(['verify', '--db', db, '--no-blobs']);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`hypothesis "h-other-unknown" of case "${CASE}": is stored \\(hashes to [0-9a-f]{16}…\\) but no custody-log entry logs it: inserted outside assay, or stored before this workspace logged case content \\(then run \`assay log baseline --why "\\.\\.\\."\` to accept it\\)`));
    expect(r.stdout + r.stderr).toMatch(/rating change 1 of cell e-us-munition-remnants × h-other-unknown .*assay log baseline/);
  });

  it('refuses while anything else fails verify (here an altered witness), writing nothing', async () => {
    const ws = await openWorkspace({ db });
    const size = (await custodyOf(ws).log.head()).size;
    const wf = witnessFile(ws);
    await ws.close();
    const saved = fs.readFileSync(wf, 'utf8');
    fs.writeFileSync(wf, '{"size": "garbled"');
    try {
      const r = await runCli(['log', 'baseline', '--db', db, '--why', 'made by assay 0.3']);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/does not verify apart from never-logged content, so nothing was accepted/);
      expect(r.stderr).toMatch(/witness: .*witness\.json: the witness cannot be read/);
    } finally {
      fs.writeFileSync(wf, saved);
    }
    const ws2 = await openWorkspace({ db });
    expect((await custodyOf(ws2).log.head()).size).toBe(size);
    await ws2.close();
  });

  it('needs a reason', async () => {
    const r = await runCli(['log', 'baseline', '--db', db, '--why', ' ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--why: say why this content is accepted/);
  });

  it('accepts the content as it stands, signed; then verify passes, a second baseline and a re-import changes nothing (the analyst pre-log rating kept)', async () => {
    const r = await runCli(['log', 'baseline', '--db', db, '--why', 'made by assay 0.3, before case content was logged', '--json']);
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out.cases).toHaveLength(1);
    const c = out.cases[0];
    expect(c.case_id).toBe(CASE);
    expect(c.ratings).toBe(1);
    expect(c.records).toBeGreaterThan(20);
    expect(c.reports).toBeGreaterThan(20);
    expect(out.skipped).toEqual([]);
    const v = await runCli(['verify', '--db', db, '--json']);
    expect(v.code).toBe(0);
    expect(v.json().problems).toEqual([]);
    const again = await runCli(['log', 'baseline', '--db', db, '--why', 'again']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing to accept/);
    const ws = await openWorkspace({ db });
    try {
      const size = (await custodyOf(ws).log.head()).size;
      const hist = (await custodyOf(ws).log.findCaseEntries(CASE, ['content-baseline'])).map((x) => JSON.parse(x.entry));
      expect(hist).toEqual([expect.objectContaining({ why: 'made by assay 0.3, before case content was logged', records: c.records, reports: c.reports, ratings: 1, via: 'baseline' })]);
      const imp = await importBundle(ws, path.join(examplesDir, CASE));
      // the analyst's rating predates the log too: kept, and the difference from the bundle reported
      expect((imp as { conflicts?: { message: string }[] }).conflicts?.map((x) => x.message)).toEqual([expect.stringMatching(/^matrix-item "e-us-munition-remnants": root accepted the stored value of it \(entry \d+\) and the bundle now says something else; kept root's version/)]);
      // only the import's own entry, which reports the conflict; no record changed
      const after: string[] = [];
      for await (const x of custodyOf(ws).log.rows({ from: size })) after.push(JSON.parse(x.entry).type);
      expect(after).toEqual(['import']);
      expect((await verifyWorkspace(ws, { blobs: false })).problems).toEqual([]);
    } finally {
      await ws.close();
    }
  }, 120_000);
});
