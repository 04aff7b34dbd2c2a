/**
 * The evidence locker and custody log end to end: bundle import stores and logs evidence and sample transfers,
 * `evidence add/derive/list`, the `log` contract (root, entries, prove, consistency) checked with the RFC 9162
 * verifiers, verify, export with blobs, the partner bundle, anchoring, the custody API, sample findings.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { jpegWithExif, sha256, writeBundle } from './custody-helpers.js';
import { openWorkspace } from '../src/app/workspace.js';
import { loadConfig } from '../src/config.js';
import { appendCustodyEvent, caseHistory, custodyOf, sampleFindings } from '../src/app/custody.js';
import { exportCase, loadCase } from '../src/app/cases.js';
import { fromBase64, fromHex, leafHash } from '../src/core/custody/merkle-hash.js';
import { verifyConsistency, verifyInclusion } from '../src/core/custody/merkle-verify.js';
import { subtreeRoot } from '../src/core/custody/merkle-tree.js';
import { nodeSha256 as sha } from '../src/adapters/custody/node-crypto.js';
import { OTS_MAGIC } from '../src/core/custody/anchor.js';

const dir = tempDir('assay-custody-');
const db = path.join(dir, 'w.db');
const bundle = path.join(dir, 'bundle');
const env = { ASSAY_USER: 'analyst-1', ASSAY_NOW: '2026-11-25T09:00:00Z' };
const cli = (...a: string[]) => runCli(['--db', db, ...a], env);
let files: { photo: Buffer; note: Buffer };

beforeAll(async () => {
  files = writeBundle(bundle);
  const r = await cli('import', bundle, '--json');
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bundle import into the locker', () => {
  it('stores each evidence file as a read-only blob and logs it, each sample transfer, the import and the keys', async () => {
    const ws = await openWorkspace({ db });
    try {
      const h = await caseHistory(ws, 'custody-case');
      const types = h.map((x) => x.entry.type);
      expect(types.filter((t) => t === 'evidence-added')).toHaveLength(2);
      expect(types.filter((t) => t === 'sample-transfer')).toHaveLength(2);
      expect(types[types.length - 1]).toBe('import');
      const photo = h.find((x) => x.entry.file === 'photo.jpg')!.entry;
      expect(photo).toMatchObject({ sha256: sha256(files.photo), size: files.photo.length, media_type: 'image/jpeg', actor: 'analyst-1', capture: { collector: 'A. Witness', capture_tool: 'phone camera' } });
      const blob = custodyOf(ws).blobs.pathOf(sha256(files.photo));
      expect(fs.readFileSync(blob).equals(files.photo)).toBe(true);
      expect(fs.statSync(blob).mode & 0o222).toBe(0);
      // EXIF extracted beside the original, into its own blob, never into it
      const meta = JSON.parse(fs.readFileSync(custodyOf(ws).blobs.pathOf(photo.metadata_sha256 as string), 'utf8'));
      expect(meta.metadata.ifd0.Make).toBe('TestCam');
      expect(fs.readFileSync(path.join(bundle, 'evidence', 'photo.jpg')).equals(files.photo)).toBe(true);
      const keys = (await custodyOf(ws).log.entryTypes('key-added')).map((r) => JSON.parse(r.entry));
      expect(keys.map((k) => k.key_role).sort()).toEqual(['user', 'workspace']);
      // keys live outside the workspace, in the user's configuration folder (ASSAY_CONFIG_DIR under test)
      expect(fs.existsSync(path.join(dir, '.assay', path.basename(db), 'keys'))).toBe(false);
      const home = process.env.ASSAY_CONFIG_DIR!;
      const wsKeys = fs.readdirSync(path.join(home, 'keys', 'workspaces')).map((f) => path.join(home, 'keys', 'workspaces', f));
      expect(wsKeys.length).toBeGreaterThan(0);
      for (const f of wsKeys) expect(fs.statSync(f).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(home, 'keys', 'users', 'analyst-1.key')).mode & 0o777).toBe(0o600);
    } finally {
      await ws.close();
    }
  });

  it('importing the same bundle again logs no evidence twice', async () => {
    const before = (await cli('log', 'root', '--json')).json().size;
    await cli('import', bundle, '--json');
    const ws = await openWorkspace({ db });
    const h = await caseHistory(ws, 'custody-case');
    await ws.close();
    expect(h.filter((x) => x.entry.type === 'evidence-added')).toHaveLength(2);
    expect(h.filter((x) => x.entry.type === 'sample-transfer')).toHaveLength(2);
    expect((await cli('log', 'root', '--json')).json().size).toBe(before); // a re-import that changes nothing logs nothing
  });
});

describe('assay evidence add / derive / list', () => {
  let shot: string;
  let added: { sha256: string; index: number }[];
  it('prints {sha256, index} per file; sniffs the media type from the bytes, not the name', async () => {
    shot = path.join(dir, 'screenshot.bin');
    fs.writeFileSync(shot, jpegWithExif('OtherCam', '2020:03:02 08:00:00'));
    const txt = path.join(dir, 'post.txt');
    fs.writeFileSync(txt, 'a post saved as text');
    const mtime = fs.statSync(shot).mtimeMs;
    const r = await cli('evidence', 'add', shot, txt, '--case', 'custody-case', '--collector', 'B. Analyst', '--source-url', 'https://example.org/post/1', '--captured-at', '2020-03-02T08:00:00Z', '--persona', 'research-account-2', '--capture-tool', 'hunchly 2.0', '--json');
    expect(r.code, r.stderr).toBe(0);
    added = r.json();
    expect(added).toHaveLength(2);
    expect(Object.keys(added[0]).sort()).toEqual(['index', 'sha256']);
    expect(added[0].sha256).toBe(sha256(fs.readFileSync(shot)));
    expect(added[1].index).toBe(added[0].index + 1);
    expect(fs.statSync(shot).mtimeMs).toBe(mtime);
    const list = (await cli('evidence', 'list', '--case', 'custody-case', '--json')).json().items;
    const item = list.find((e: { sha256: string }) => e.sha256 === added[0].sha256);
    expect(item).toMatchObject({ media_type: 'image/jpeg', file: 'screenshot.bin', collector: 'B. Analyst', persona: 'research-account-2', capture_tool: 'hunchly 2.0', index: added[0].index, in_locker: true });
    expect(list.find((e: { file: string }) => e.file === 'post.txt').media_type).toBe('text/plain');
  });

  it('re-adding the same file returns its existing entry', async () => {
    const again = (await cli('evidence', 'add', shot, '--case', 'custody-case', '--json')).json();
    expect(again).toEqual([added[0]]);
  });

  it('derive stores a new item linked to its parent hash; list shows the link', async () => {
    const crop = path.join(dir, 'crop.jpg');
    fs.writeFileSync(crop, jpegWithExif('OtherCam', '2020:03:02 08:00:01'));
    const r = await cli('evidence', 'derive', crop, '--case', 'custody-case', '--parent', added[0].sha256, '--relation', 'crop', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ sha256: sha256(fs.readFileSync(crop)), parent_sha256: added[0].sha256 });
    const list = (await cli('evidence', 'list', '--case', 'custody-case', '--json')).json().items;
    expect(list.find((e: { sha256: string }) => e.sha256 === added[0].sha256).derivatives).toEqual([r.json().sha256]);
    const bad = await cli('evidence', 'derive', crop, '--case', 'custody-case', '--parent', 'f'.repeat(64), '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--parent');
  });

  it('bad input exits 2 naming the flag or file, and logs nothing', async () => {
    const size = (await cli('log', 'root', '--json')).json().size;
    const a = await cli('evidence', 'add', path.join(dir, 'nope.mp4'), '--case', 'custody-case');
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/nope\.mp4: no such file/);
    const b = await cli('evidence', 'add', shot, '--case', 'custody-case', '--captured-at', 'yesterday');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--captured-at');
    const c = await cli('evidence', 'add', shot, '--case', 'no-such-case');
    expect(c.code).toBe(2);
    expect((await cli('log', 'root', '--json')).json().size).toBe(size);
  });
});

describe('assay log: the RFC 9162 contract', () => {
  it('root, entries, prove and consistency agree with an independent recomputation', async () => {
    const root = (await cli('log', 'root', '--json')).json();
    const entries = (await cli('log', 'entries', '--json')).json().items as { index: number; leaf: string; leaf_hash: string }[];
    expect(entries).toHaveLength(root.size);
    expect(Object.keys(entries[0]).sort()).toEqual(['index', 'leaf', 'leaf_hash']);
    const leaves = entries.map((e, i) => {
      expect(e.index).toBe(i);
      const lh = leafHash(sha, fromBase64(e.leaf));
      expect(Buffer.from(lh).toString('hex')).toBe(e.leaf_hash);
      expect(JSON.parse(Buffer.from(e.leaf, 'base64').toString('utf8')).seq).toBe(i);
      return lh;
    });
    expect(Buffer.from(subtreeRoot(sha, leaves)).toString('hex')).toBe(root.root);
    for (const [i, size] of [[0, root.size], [3, root.size], [root.size - 1, root.size], [2, 5]]) {
      const p = (await cli('log', 'prove', '--index', String(i), ...(size !== root.size ? ['--size', String(size)] : []), '--json')).json();
      expect(Object.keys(p).sort()).toEqual(['index', 'proof', 'root', 'size']);
      expect(p.size).toBe(size);
      expect(verifyInclusion(sha, i, size, leaves[i], p.proof.map(fromHex), fromHex(p.root))).toEqual({ ok: true });
      expect(p.root).toBe(Buffer.from(subtreeRoot(sha, leaves, 0, size)).toString('hex'));
    }
    for (const from of [1, 2, 7, root.size]) {
      const c = (await cli('log', 'consistency', '--from', String(from), '--json')).json();
      expect(Object.keys(c).sort()).toEqual(['from', 'proof', 'to']);
      expect(verifyConsistency(sha, from, c.to, c.proof.map(fromHex), subtreeRoot(sha, leaves, 0, from), fromHex(root.root))).toEqual({ ok: true });
    }
    const c2 = (await cli('log', 'consistency', '--from', '2', '--to', '6', '--json')).json();
    expect(c2).toMatchObject({ from: 2, to: 6 });
    const bad = await cli('log', 'prove', '--index', String(root.size), '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr).error.path).toBe('--index');
  });

  it('verify passes with every blob, checkpoint and signature checked', async () => {
    const r = await cli('verify', '--json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const v = r.json();
    expect(v.ok).toBe(true);
    expect(v.problems).toEqual([]);
    expect(v.checked.blobs).toBeGreaterThanOrEqual(6); // 5 files + metadata sidecars
    expect(v.checked.signatures).toBe(2 * v.checked.checkpoints);
  });
});

describe('custody API, export, partner bundle, anchoring, sample findings', () => {
  it('appendCustodyEvent logs a rating change with who, when, why, old and new; caseHistory returns it', async () => {
    const ws = await openWorkspace({ db, config: { ...loadConfig(), sqlitePath: db, host: '', port: 0, user: 'analyst-2' } });
    try {
      const { index } = await appendCustodyEvent(ws, { type: 'rating-changed', case_id: 'custody-case', actor: 'analyst-2', at: '2026-11-25T09:30:00Z', why: 'video geolocated', old: 'N', new: 'C', item: 'e1', hypothesis: 'h1' });
      const h = await caseHistory(ws, 'custody-case');
      expect(h[h.length - 1]).toMatchObject({ index, entry: { type: 'rating-changed', actor: 'analyst-2', why: 'video geolocated', old: 'N', new: 'C', seq: index } });
      await expect(appendCustodyEvent(ws, { type: 'rating-changed', actor: '', at: 'x' })).rejects.toMatchObject({ code: 'bad_input' });
      await expect(appendCustodyEvent(ws, { type: 'x-y', actor: 'a', at: '2026-01-01T00:00:00Z', seq: 4 })).rejects.toMatchObject({ code: 'bad_input', path: 'event.seq' });
    } finally {
      await ws.close();
    }
    expect((await cli('verify', '--json')).code).toBe(0);
  });

  it('export copies the blobs into evidence/ and the bundle re-imports with matching hashes', async () => {
    const out = path.join(dir, 'exported');
    const ws = await openWorkspace({ db });
    try {
      await exportCase(ws, 'custody-case', out);
    } finally {
      await ws.close();
    }
    expect(fs.readFileSync(path.join(out, 'evidence', 'photo.jpg')).equals(files.photo)).toBe(true);
    expect(fs.existsSync(path.join(out, 'evidence', 'screenshot.bin'))).toBe(true);
    const db2 = path.join(dir, 'other', 'w.db');
    const r = await runCli(['--db', db2, 'import', out, '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const ws2 = await openWorkspace({ db: db2 });
    try {
      expect((await loadCase(ws2, 'custody-case')).evidence).toHaveLength(5);
    } finally {
      await ws2.close();
    }
  });

  it('a partner verifies the bundle against the files they hold; a swapped file fails with exit 3', async () => {
    const bfile = path.join(dir, 'partner.json');
    const e = await cli('log', 'export-bundle', '--case', 'custody-case', '--out', bfile, '--json');
    expect(e.code, e.stderr).toBe(0);
    const b = JSON.parse(fs.readFileSync(bfile, 'utf8'));
    expect(b.files).toHaveLength(5);
    expect(JSON.stringify(b)).not.toContain(files.note.toString('base64'));
    const held = path.join(dir, 'exported', 'evidence');
    const ok = await runCli(['verify', '--bundle', bfile, '--files', held, '--json']);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.json()).toMatchObject({ ok: true, checked: { files: 5 } });
    expect(ok.json().signers).toHaveLength(2);
    fs.writeFileSync(path.join(held, 'note.txt'), 'field note: smell of bleach near the crater!\n');
    const bad = await runCli(['verify', '--bundle', bfile, '--files', held, '--json']);
    expect(bad.code).toBe(3);
    expect(bad.json().problems[0].message).toContain('note.txt');
    // a forged entry in the bundle is not proven by the signed root
    b.entries[1].leaf = Buffer.from(Buffer.from(b.entries[1].leaf, 'base64').toString().replace('"seq"', '"seq" ')).toString('base64');
    fs.writeFileSync(bfile, JSON.stringify(b));
    const forged = await runCli(['verify', '--bundle', bfile, '--json']);
    expect(forged.code).toBe(3);
    expect(forged.json().problems.map((p: { where: string }) => p.where)).toContain(`entry ${b.entries[1].index}`);
  });

  it('anchor export writes the note, its hash and an RFC 3161 request; a matching receipt attaches, another is refused', async () => {
    const out = path.join(dir, 'anchor');
    const r = (await cli('log', 'anchor', 'export', '--out', out, '--json')).json();
    const body = fs.readFileSync(path.join(out, `checkpoint-${r.checkpoint}.txt`));
    expect(sha256(body)).toBe(r.sha256);
    const tsq = fs.readFileSync(path.join(out, `checkpoint-${r.checkpoint}.tsq`));
    expect(tsq[0]).toBe(0x30);
    expect(tsq.includes(Buffer.from(r.sha256, 'hex'))).toBe(true);
    const ots = Buffer.concat([Buffer.from(OTS_MAGIC), Buffer.from([0x01, 0x08]), Buffer.from(r.sha256, 'hex'), Buffer.from([0xf0, 0x10])]);
    fs.writeFileSync(path.join(out, 'good.ots'), ots);
    const a = await cli('log', 'anchor', 'attach', path.join(out, 'good.ots'), '--json');
    expect(a.code, a.stderr).toBe(0);
    expect(a.json()).toMatchObject({ kind: 'ots', checkpoint: r.checkpoint });
    const other = Buffer.from(ots);
    other[OTS_MAGIC.length + 5] ^= 1;
    fs.writeFileSync(path.join(out, 'other.ots'), other);
    const b = await cli('log', 'anchor', 'attach', path.join(out, 'other.ots'), '--checkpoint', String(r.checkpoint));
    expect(b.code).toBe(3);
    expect(b.stderr).toContain('another file');
    expect((await cli('verify', '--json')).json()).toMatchObject({ ok: true, checked: { anchors: 1 } });
  });

  it('sample integrity: handed over and collected by the accused at a site it held, 5 days late, vs. a clean chain', async () => {
    const ws = await openWorkspace({ db });
    try {
      const f = sampleFindings(packageKnowledge, await loadCase(ws, 'custody-case'));
      const soil = f.find((x) => x.evidence[0] === 's-soil')!;
      const clean = f.find((x) => x.evidence[0] === 's-clean')!;
      expect(soil).toMatchObject({ engine: 'custody', attribute: 'item-integrity' });
      expect(soil.explanation).toContain('collected 5.0 days after the incident');
      expect(soil.explanation).toContain('collected by army, a party accused in this case');
      // collecting and handing over are two chances to shape the sample: both are findings (docs/custody.md "Samples and site control")
      expect(soil.explanation).toContain('handed over by army, a party accused in this case (2020-03-07T10:00:00Z)');
      expect(soil.explanation).toMatch(/site held by army \(accused\) for 4\.8 days, 9\d% of the 5.0 days/);
      expect(soil.reliability).toBeLessThan(0.3);
      expect(clean.reliability, clean.explanation).toBe(1);
      expect(clean.explanation).toContain('no finding lowered it');
      expect(soil.likelihoods.intact + soil.likelihoods.compromised).toBeCloseTo(1, 3);
    } finally {
      await ws.close();
    }
  });
});
