/**
 * The import's report hash (src/adapters/readers/report-digest.ts) writes the canonical JSON of a report out
 * by hand for speed; it must give exactly the bytes, and so the hash, of the generic canonicalJson over the
 * normalised report that `verify` recomputes (docs/custody.md, "Case content").
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportContentDigest } from '../src/adapters/readers/report-digest.js';
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
