/**
 * Conformance: every RFC 6962/9162 proof vector from transparency-dev/merkle (../shared/data/merkle-test-vectors):
 * happy paths verify, every corrupted one is rejected. Sizes are read as bigints (some exceed 2^53).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBase64, type Sha256 } from '../src/core/custody/merkle-hash.js';
import { verifyConsistency, verifyInclusion, verifySubtreeConsistency, verifySubtreeInclusion } from '../src/core/custody/merkle-verify.js';
import { sharedDataDir } from '../src/app/paths.js';

const sha: Sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const dir = path.join(sharedDataDir, 'merkle-test-vectors');
const have = fs.existsSync(dir);
if (!have) console.warn(`skipping Merkle vectors: ${dir} is absent`);

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.json') ? [path.join(d, e.name)] : []));
}
/** JSON with the integer fields kept exact as bigints. */
function load(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8').replace(/("(?:leafIdx|treeSize|size1|size2|start|end|size)"\s*:\s*)(\d+)/g, '$1"$2"');
  return JSON.parse(text);
}
const b = (s: unknown) => fromBase64((s as string | null) ?? '');
const bs = (a: unknown) => (a == null ? null : (a as string[]).map(b));
const n = (s: unknown) => BigInt(s as string);

const kinds = {
  inclusion: (v: Record<string, unknown>) => verifyInclusion(sha, n(v.leafIdx), n(v.treeSize), b(v.leafHash), bs(v.proof) ?? [], b(v.root)),
  consistency: (v: Record<string, unknown>) => verifyConsistency(sha, n(v.size1), n(v.size2), bs(v.proof), b(v.root1), b(v.root2)),
  subtreeinclusion: (v: Record<string, unknown>) => verifySubtreeInclusion(sha, n(v.leafIdx), n(v.start), n(v.end), b(v.leafHash), bs(v.proof), b(v.root)),
  subtreeconsistency: (v: Record<string, unknown>) => verifySubtreeConsistency(sha, n(v.start), n(v.end), n(v.size), bs(v.proof), b(v.root1), b(v.root2)),
};

describe.skipIf(!have)('Merkle proof vectors (transparency-dev/merkle testdata)', () => {
  for (const [kind, verify] of Object.entries(kinds)) {
    it(`${kind}: every good proof verifies and every corrupted one is rejected`, () => {
      const files = walk(path.join(dir, kind));
      expect(files.length).toBeGreaterThan(30);
      const wrong: string[] = [];
      let good = 0;
      let bad = 0;
      for (const f of files) {
        const v = load(f);
        const verdict = verify(v);
        if (v.wantErr) bad++;
        else good++;
        if (verdict.ok === Boolean(v.wantErr)) wrong.push(`${path.relative(dir, f)} (${v.desc}): ${verdict.ok ? 'accepted' : 'rejected: ' + verdict.reason}`);
      }
      expect(wrong).toEqual([]);
      expect(good).toBeGreaterThan(0);
      expect(bad).toBeGreaterThan(good);
    });
  }
  it('covers all 518 vector files', () => {
    expect(Object.keys(kinds).reduce((s, k) => s + walk(path.join(dir, k)).length, 0)).toBe(518);
  });
});
