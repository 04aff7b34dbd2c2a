/**
 * Property test of the whole log check (log-audit.ts + the signed head): random logs, a checkpoint at a random
 * size and at the end, then one random tamper of the stored rows (a byte of an entry changed, with or without
 * its leaf hash recomputed; an entry dropped; two swapped; the tail cut; the leaf hash column edited).
 * The audit must never come back clean.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogAuditor, checkHead, type LogRow, type Problem } from '../src/core/custody/log-audit.js';
import { encodeEntry, makeEntry } from '../src/core/custody/log-entry.js';
import { CompactRange } from '../src/core/custody/merkle-tree.js';
import { leafHash, toHex, utf8 } from '../src/core/custody/merkle-hash.js';
import { nodeSha256 as sha } from '../src/adapters/custody/node-crypto.js';

function buildLog(n: number, salt: number): { rows: LogRow[]; roots: Map<number, string> } {
  const cr = new CompactRange(sha);
  const roots = new Map<number, string>([[0, toHex(cr.root())]]);
  const rows = Array.from({ length: n }, (_, i) => {
    const { text, bytes } = encodeEntry(makeEntry({ type: 'rating-changed', actor: `a${salt}`, at: '2026-01-01T00:00:00Z', old: i, new: i + salt }, i, toHex(cr.root())));
    const lh = leafHash(sha, bytes);
    cr.append(lh);
    roots.set(i + 1, toHex(cr.root()));
    return { index: i, entry: text, leaf_hash: toHex(lh) };
  });
  return { rows, roots };
}

function audit(rows: LogRow[], heads: [number, string][]): Problem[] {
  const a = new LogAuditor(sha, new Set(heads.map(([s]) => s)));
  for (const r of rows) a.feed(r);
  a.finish();
  const problems = [...a.problems];
  for (const [size, root] of heads) checkHead(a, `checkpoint ${size}`, size, root, problems);
  return problems;
}

describe('log audit properties', () => {
  it('a clean log audits clean; any single tamper is reported', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 80 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('edit', 'edit-rehash', 'drop', 'swap', 'truncate', 'leafhash'),
        fc.nat(),
        (n, salt, mid, kind, pick) => {
          const { rows, roots } = buildLog(n, salt);
          const cp = 1 + (mid % n);
          const heads: [number, string][] = [
            [cp, roots.get(cp)!],
            [n, roots.get(n)!],
          ];
          expect(audit(rows, heads)).toEqual([]);
          const t = rows.map((r) => ({ ...r }));
          const i = pick % n;
          switch (kind) {
            case 'edit':
            case 'edit-rehash': {
              const pos = t[i].entry.indexOf('"new":') + 6;
              t[i].entry = t[i].entry.slice(0, pos) + '9' + t[i].entry.slice(pos);
              if (kind === 'edit-rehash') t[i].leaf_hash = toHex(leafHash(sha, utf8(t[i].entry)));
              break;
            }
            case 'drop':
              t.splice(i, 1);
              break;
            case 'swap': {
              const j = (i + 1) % n;
              [t[i].entry, t[j].entry] = [t[j].entry, t[i].entry];
              [t[i].leaf_hash, t[j].leaf_hash] = [t[j].leaf_hash, t[i].leaf_hash];
              break;
            }
            case 'truncate':
              t.length = i;
              break;
            case 'leafhash':
              t[i].leaf_hash = toHex(sha(utf8('x' + i)));
              break;
          }
          expect(audit(t, heads).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
