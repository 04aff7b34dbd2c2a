/**
 * The import's report hash (src/adapters/readers/report-digest.ts) writes the canonical JSON of a report out
 * by hand for speed; it must give exactly the bytes, and so the hash, of the generic canonicalJson over the
 * normalised report that `verify` recomputes (docs/custody.md, "Case content").
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBatchFast, reportContentDigest, reportsRootFast } from '../src/adapters/readers/report-digest.js';
import { decodeBatch, encodeBatch, reportsRoot } from '../src/core/custody/report-batch.js';
import { nodeSha256 } from '../src/adapters/custody/node-crypto.js';
import { reportDigest } from '../src/core/custody/content-audit.js';
import type { StoredReport } from '../src/core/case/schemas.js';

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const generic = (r: Record<string, unknown>) => {
  const { line: _l, ...rest } = r;
  return reportDigest(sha, rest);
};

// any Unicode text, with the characters JSON escapes (quotes, backslashes, controls, lone surrogates)
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.constantFrom('', '"', '\\', '\u0000', '\u2028', '\ud800', 'é', '🙂'));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

describe('report content digest', () => {
  it('equals the generic canonical hash for every report shape the readers and the API produce', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: text, published_at: text, outlet: text, title: opt(text), text: opt(text), url: opt(text), language: opt(text), account: opt(text),
          available_at: opt(text), paraphrase: opt(fc.boolean()), line: opt(fc.nat()),
        }),
        (r) => {
          expect(reportContentDigest(r as StoredReport)).toBe(generic(r));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('falls back to the generic form for values or fields outside that shape', () => {
    const odd = [
      { id: 'a', published_at: '2018-11-24T18:00:00Z', outlet: 'SANA', title: null, text: 'x', url: null },
      { id: 'a', published_at: '2018-11-24T18:00:00Z', outlet: 'SANA', title: 't', text: 'x', extra: { nested: [1, 2] } },
      { id: 'a', published_at: '2018-11-24T18:00:00Z', outlet: 'SANA', title: 7, text: 'x' },
      { id: 'a', published_at: '2018-11-24T18:00:00Z', outlet: 'SANA', text: 'x', paraphrase: 'true' },
    ];
    for (const r of odd) expect(reportContentDigest(r as unknown as StoredReport)).toBe(generic(r));
    // a known value pinned: the hash the custody log has always recorded for this report
    expect(reportContentDigest({ id: 'r1', published_at: '2018-11-24T18:00:00Z', outlet: 'SANA', title: '', text: 'chlorine' })).toBe(
      sha('{"id":"r1","outlet":"SANA","published_at":"2018-11-24T18:00:00Z","text":"chlorine","title":""}'),
    );
  });
});

describe('report batch root and list', () => {
  it('the import\'s one-shot root and list encoding equal the pure forms verify uses', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.uint8Array({ minLength: 32, maxLength: 32 })), { minLength: 1, maxLength: 70 }), (xs) => {
        const pairs = xs.map(([id, b]) => [id, Buffer.from(b).toString('hex')] as [string, string]);
        const ids = pairs.map((p) => p[0]);
        const digests = pairs.map((p) => p[1]);
        expect(reportsRootFast(ids, digests)).toBe(reportsRoot(nodeSha256, pairs));
        const enc = encodeBatchFast(ids, digests);
        expect(enc).toEqual(encodeBatch(pairs));
        // a list round-trips exactly (JSON.stringify escapes lone surrogates, so any id survives)
        expect(decodeBatch(enc)).toEqual(pairs);
      }),
      { numRuns: 500 },
    );
  });

  it('the root is RFC 6962 MTH over SHA-256(0x00 || ["id","sha"]) leaves (a pinned 3-leaf tree)', () => {
    const h = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
    const leaf = (id: string, d: string) => h(Buffer.of(0), Buffer.from(JSON.stringify([id, d])));
    const d = ['a', 'b', 'c'].map((x) => createHash('sha256').update(x).digest('hex'));
    const l = [leaf('r1', d[0]), leaf('r2', d[1]), leaf('r3', d[2])];
    const want = h(Buffer.of(1), h(Buffer.of(1), l[0], l[1]), l[2]).toString('hex');
    expect(reportsRoot(nodeSha256, [['r1', d[0]], ['r2', d[1]], ['r3', d[2]]])).toBe(want);
    expect(reportsRootFast(['r1', 'r2', 'r3'], d)).toBe(want);
  });
});
