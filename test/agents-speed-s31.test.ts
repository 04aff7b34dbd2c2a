/**
 * Session 31 (agspeed): comma-replace.ts tests a regex's closing look-ahead right after each comma before trying the regex
 * (speed only). closingLookahead finds that look-ahead's body only where the source ends with it at the top level (escaped
 * parentheses and character classes skipped); replaceCommaMatches still equals String.replace, with and without one.
 */
import { describe, expect, it } from 'vitest';
import { closingLookahead, replaceCommaMatches } from '../src/core/agents/comma-replace.js';

describe('comma-replace closing look-ahead (session 31)', () => {
  it('reads the body of a top-level closing look-ahead, and nothing else', () => {
    expect(closingLookahead(String.raw`(?<=smell)\s*[,\u060C](?=\s*(?:like|как)(?![\p{L}]))`)).toBe(String.raw`\s*(?:like|как)(?![\p{L}])`);
    expect(closingLookahead(String.raw`a(?=[)(]\))`)).toBe(String.raw`[)(]\)`);
    expect(closingLookahead(String.raw`(?<=gas)\s*,(?=x)y`)).toBeNull();
    expect(closingLookahead(String.raw`(?:a(?=b))`)).toBeNull();
    expect(closingLookahead(String.raw`a\(?=b\)`)).toBeNull();
    expect(closingLookahead(String.raw`(?=b)|(?=c)`)).toBeNull();
    expect(closingLookahead(String.raw`(?:a|b)(?=c|d)`)).toBe('c|d');
    expect(closingLookahead('abc')).toBeNull();
  });
  it('replaces what String.replace replaces, with a closing look-ahead, with an alternation ending in one, and without one', () => {
    const res = [
      /(?<=(?<![\p{L}])(?:smell|odou?rs?|запах\p{L}*|ريح[هة])(?:\p{L}{1,2})?)\s*[,\u060C](?=\s*(?:like|как|[وف]?(?:زي|مثل))(?![\p{L}]))/giu,
      /(?<=gas)\s*,(?=\s*acrid)|(?<=fumes)\s*,(?=\s*pungent)/giu,
      /(?<=(?:gas|fumes))\s*[,\u060C]/giu,
    ];
    const words = ['smell', 'ſmell', 'odor', 'gas', 'fumes', 'запаха', 'ريحة', 'like', 'LIKE', 'как', 'زي', 'acrid', 'pungent', 'it'];
    const seps = [',', ' ,', '  ,  ', '\u060C', ' \u060C ', '\n,', '\u00a0,\u3000', ',,', ' , , ', ' '];
    let seed = 31;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
    let changed = 0;
    for (let i = 0; i < 3000; i++) {
      let t = rnd(4) === 0 ? seps[rnd(seps.length)] : '';
      const n = 1 + rnd(8);
      for (let k = 0; k < n; k++) t += words[rnd(words.length)] + seps[rnd(seps.length)];
      for (const re of res) {
        const want = t.replace(re, ' ');
        if (want !== t) changed++;
        expect(replaceCommaMatches(t, re)).toBe(want);
      }
    }
    expect(changed).toBeGreaterThan(500);
  });
});
