/**
 * Session 14 (speed): the cue gates (src/core/agents/cue-gate.ts) and the paths that use them give what the code they
 * replace gave (docs/agent-differential.md §7.00035-speed). A gate's bit is set wherever its expression matches (on every
 * text the project has, and on every sentence of it); its case folding puts together every pair of characters the `i` flag
 * matches; the irrealis spans read from the hits' sentences only are, for every position looked up, the spans read from the
 * whole text; the agent names found through the gate are those each name's regex finds in the text. The whole extraction
 * and differential are compared byte for byte by bench/agents-dump.ts (run before and after; no output changed).
 */
import { describe, expect, it } from 'vitest';
import { CueGate, caseCanon, opensAfterNonLetter, simpleCase, topLevelAlternatives } from '../src/core/agents/cue-gate.js';
import { IRREALIS_PRE, irrealisSpans } from '../src/core/agents/irrealis-scope.js';
import { AGENT_NAMES } from '../src/core/agents/feature-lexicon.js';
import { extractFeatures, normaliseText } from '../src/core/agents/feature-extraction.js';
import { allAgentTexts } from './helpers/agent-texts.js';

const L = String.raw`\p{L}*`;
/** the agent names' full regexes, as feature-extraction.ts compiles them (case-insensitive but for VX) */
const NAMES = AGENT_NAMES.map((n) => new RegExp(String.raw`(?<![\p{L}])(?:${normaliseText(n.re).replaceAll('~', L)})`, n.agent === 'vx' ? 'u' : 'iu'));
/** expressions of every shape the gates read: look-behind openings (word starts only), plain alternations, classes */
const SAMPLES = [
  IRREALIS_PRE,
  ...NAMES,
  /(?<![\p{L}])(?:dogs?|cats?|hens?|собак\p{L}*|кот|[وف]?(?:ال)?(?:كلب|قطط))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:(?<!as\s)if|in\s+case(?:\s+of)?|если|[وف]?(?:اذا|لو))(?![\p{L}])/iu,
  /(?<![\p{L}\p{N}])(?:pupils?\s+(?:\p{L}+\s+){0,2}?(?:small|tiny)|зрачк\p{L}*)/iu,
];
const texts = allAgentTexts();

describe('cue gates', () => {
  it('fold together every pair of characters the i flag matches (Latin, Greek, Cyrillic, Arabic against every character)', () => {
    const canon = caseCanon();
    const alphabet: number[] = [];
    // (the characters a gate folds: one-character upper and lower case; a source with another is left open)
    for (const [a, b] of [[0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x600, 0x6ff]]) for (let c = a; c <= b; c++) if (simpleCase(String.fromCharCode(c))) alphabet.push(c);
    const esc = (c: number) => '\\u{' + c.toString(16) + '}';
    const any = new RegExp('[' + alphabet.map(esc).join('') + ']', 'iu');
    const each = alphabet.map((p) => [p, new RegExp('^' + esc(p) + '$', 'iu')] as const);
    let pairs = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!any.test(ch)) continue;
      for (const [p, re] of each)
        if (re.test(ch)) {
          pairs++;
          expect([c, canon[c]]).toEqual([c, canon[p]]);
        }
    }
    expect(pairs).toBeGreaterThan(alphabet.length);
  });

  it('leave open a source with a character they do not fold', () => {
    const g = new CueGate(['ß', 'ΐx', 'ab']);
    expect(g.scan('zz')).toBe(3);
    expect(g.scan('AB')).toBe(7);
  });

  it('split a source at its top-level alternatives only', () => {
    expect(topLevelAlternatives(String.raw`(?<![\p{L}])a|b(?:c|d)|[|]e|\|f`)).toEqual([String.raw`(?<![\p{L}])a`, 'b(?:c|d)', '[|]e', String.raw`\|f`]);
    expect(topLevelAlternatives('abc')).toEqual(['abc']);
  });

  it('tell which expressions open after a non-letter', () => {
    expect(opensAfterNonLetter(String.raw`(?<![\p{L}])(?:a|b)(?![\p{L}])`)).toBe(true);
    expect(opensAfterNonLetter(String.raw`(?<![\p{L}\p{N}])(?:a)`)).toBe(true);
    expect(opensAfterNonLetter(String.raw`(?<![\p{L}'])(?:[|]x)`)).toBe(true);
    expect(opensAfterNonLetter(String.raw`(?<![\p{L}])a|b`)).toBe(false);
    expect(opensAfterNonLetter(String.raw`(?<![\p{L}])(?:\|x)|y`)).toBe(false);
    expect(opensAfterNonLetter(String.raw`(?<![^\p{L}])a`)).toBe(false);
    expect(opensAfterNonLetter('abc')).toBe(false);
  });

  it('set the bit of every expression that matches in a text or in any of its sentences', () => {
    const gate = new CueGate(SAMPLES.map((r) => r.source));
    const gate8 = new CueGate(SAMPLES.map((r) => r.source), 8);
    let set = 0;
    let clear = 0;
    for (const t of texts)
      for (const s of [t, t.toUpperCase(), ...t.split(/[.!?\n\u061F]/u)]) {
        const bits = gate.scan(s);
        const bits8 = gate8.scan(s);
        SAMPLES.forEach((re, i) => {
          if (re.test(s)) {
            expect((bits >> i) & 1, `${re.source.slice(0, 40)} in ${s}`).toBe(1);
            expect((bits8 >> i) & 1).toBe(1);
            set++;
          } else if (((bits >> i) & 1) === 0) clear++;
        });
      }
    // the gates close for most (text, expression) pairs without a match: that is their point
    expect(set).toBeGreaterThan(1000);
    expect(clear).toBeGreaterThan(set);
  });
});

describe('paths through the gates', () => {
  it('irrealis spans read from the hits’ sentences only are the whole text’s spans at every position looked up', () => {
    let looked = 0;
    for (const t of texts) {
      const text = normaliseText(t);
      const all = irrealisSpans(text);
      const starts: number[] = [];
      for (const m of text.matchAll(/(?<![\p{L}])\p{L}/gu)) starts.push(m.index!);
      // a few positions at a time, so that some sentences are left out
      for (let k = 0; k < starts.length; k += 3) {
        const at = starts.slice(k, k + 3);
        const some = irrealisSpans(text, at);
        for (const p of at) {
          const cover = (x: { from: number; to: number }) => x.from <= p && p < x.to;
          expect(some.filter(cover)).toEqual(all.filter(cover));
          looked++;
        }
      }
    }
    expect(looked).toBeGreaterThan(10000);
  });

  it('the agents named are those whose regex matches the text', () => {
    let named = 0;
    for (const t of texts) {
      const text = normaliseText(t);
      const ref = AGENT_NAMES.filter((_, i) => NAMES[i].test(text)).map((n) => n.agent);
      const got = extractFeatures(t).named;
      expect(got, t).toEqual(ref);
      named += got.length;
    }
    expect(named).toBeGreaterThan(100);
  });
});
