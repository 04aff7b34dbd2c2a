/**
 * Session 30 (agspeed): comma-replace.ts replaceCommaMatches equals String.replace(re, ' ') for a global regex of the form
 * `(?<=…)\s*[,\u060C](?=…)` (feature-extraction.ts termText's two: a smell word before an appositive simile, a gas before a
 * pungency adjective; copies of their shape here), on built texts: runs of white space of every kind before and after the
 * comma, doubled commas, the Arabic comma, matches at the text's start and end, words glued to letters, and case variants.
 */
import { describe, expect, it } from 'vitest';
import { replaceCommaMatches } from '../src/core/agents/comma-replace.js';

const SMELL = /(?<=(?<![\p{L}])(?:smell|smells|odou?rs?|stench|запах\p{L}*|[وفب]?(?:ال)?(?:ريح[هة]|رائح[هة])(?:\p{L}{1,2})?))\s*[,\u060C](?=\s*(?:like|как|[وف]?(?:زي|مثل))(?![\p{L}]))/giu;
const GAS = /(?<=(?<![\p{L}])(?:gas|fumes|газ\p{L}*|[وفب]?(?:ال)?غاز))\s*[,\u060C](?=\s*(?:acrid|pungent|едк\p{L}*|[وف]?(?:لاذع|نفاذ)\p{L}*)(?![\p{L}]))/giu;

function* built(): Generator<string> {
  const words = ['smell', 'Smell', 'ſmell', 'xsmell', 'odor', 'gas', 'fumes', 'газом', 'запаха', 'ريحة', 'والغاز', 'like', 'likes', 'как', 'زي', 'acrid', 'едкий', 'لاذعة', 'it', 'the'];
  const seps = [',', ' ,', ',', '  ,  ', '\u060C', ' \u060C ', '\n,', '\u00a0,\u3000', ',,', ' , , ', ' ', '. '];
  let seed = 7;
  const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
  for (let i = 0; i < 4000; i++) {
    let t = rnd(4) === 0 ? seps[rnd(seps.length)] : '';
    const n = 1 + rnd(8);
    for (let k = 0; k < n; k++) t += words[rnd(words.length)] + seps[rnd(seps.length)];
    yield rnd(2) ? t : t.trimEnd();
  }
}

describe('comma-replace (session 30)', () => {
  it('replaces exactly what String.replace replaces, on built texts', () => {
    let changed = 0;
    for (const t of built())
      for (const re of [SMELL, GAS]) {
        const want = t.replace(re, ' ');
        if (want !== t) changed++;
        expect(replaceCommaMatches(t, re)).toBe(want);
      }
    expect(changed).toBeGreaterThan(500);
  });
});
