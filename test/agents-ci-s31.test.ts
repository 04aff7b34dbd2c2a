/**
 * Session 31 (ci): the guards' helpers answer their checks without trying every pair. containmentIndex (used by
 * ./helpers/frozen-paraphrase-split.ts, 'repeats no text of this or the other paraphrase splits') answers as the pair
 * loop it stands in front of: whether some other text equals, contains or is contained in a text.
 */
import { describe, expect, it } from 'vitest';
import { containmentIndex } from './helpers/frozen-paraphrase-split.js';
import { mulberry32 } from '../src/core/narrative/narrative-coordination.js';

const naive = (others: string[], t: string) => others.some((o) => o === t || o.includes(t) || t.includes(o));

describe('containmentIndex (session 31)', () => {
  it('answers as every pair would on built texts: equal, inside, around, at either end, apart, and across two others', () => {
    const others = ['the smell was like rotten eggs', 'глаза жгло и слезились', 'ريحة بيض خربان قوية', 'a short one'];
    const f = containmentIndex(others);
    const cases: [string, boolean][] = [
      ['the smell was like rotten eggs', true],
      ['smell was like rotten', true],
      ['we all said the smell was like rotten eggs that night', true],
      ['a short one', true],
      ['it was a short one', true],
      ['a short one indeed', true],
      ['ريحة بيض خربان قوية جدا', true],
      ['rotten eggs глаза жгло', false], // across two others: in none of them
      ['rotten eggs a short', false],
      ['глаза жгло и слезились сильно', true],
      ['nothing of the kind at all', false],
    ];
    for (const [t, want] of cases) expect([t, f(t)]).toEqual([t, want]);
    for (const [t] of cases) expect([t, f(t)]).toEqual([t, naive(others, t)]);
  });

  it('answers as every pair would on seeded random texts of a small alphabet (many near misses)', () => {
    const r = mulberry32(31);
    const word = () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => 'abcd'[Math.floor(r() * 4)]).join('');
    const text = (n: number) => Array.from({ length: n }, word).join(' ');
    let hits = 0;
    for (let round = 0; round < 40; round++) {
      const others = Array.from({ length: 30 }, () => text(2 + Math.floor(r() * 8)));
      const f = containmentIndex(others);
      for (let i = 0; i < 200; i++) {
        const t = i % 4 === 0 ? others[Math.floor(r() * others.length)].slice(Math.floor(r() * 5)) : text(1 + Math.floor(r() * 12));
        const want = naive(others, t);
        if (want) hits++;
        expect([t, f(t)]).toEqual([t, want]);
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('tries every pair (answers true) when a text or another is empty', () => {
    expect(containmentIndex(['abc', ''])('xyz')).toBe(true);
    expect(containmentIndex([])('xyz')).toBe(false);
  });
});
