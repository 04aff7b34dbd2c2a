/**
 * Session 24 (speed): whole-text tests of plain strings answered by the literal gate, and sentence bounds read unit by unit
 * (docs/agent-differential.md §7.00048-speed). Each is exact:
 * - a whole-text test whose regex is plain strings joined by | (GENERIC_PRE, CLASS_NAME_PRE, the household blast's opening
 *   test ...) answers through plainIn (the text's trigram set, then `includes`) as its regex does: on every project text, on
 *   texts that hold one of its strings, that hold its trigrams apart, or a string cut short, and right after the literal gate
 *   was filled for another text;
 * - sentenceStart and sentenceEnd equal the regex scans they replace at every position of the project's texts.
 * The whole extraction and differential are compared byte for byte by bench/agents-dump.ts (run before and after).
 */
import { describe, expect, it } from 'vitest';
import { extractFeatures, normaliseText, plainTestsForCheck, sentenceBoundsForCheck } from '../src/core/agents/feature-extraction.js';
import { allAgentTexts } from './helpers/agent-texts.js';

const lowered = () => allAgentTexts().map((t) => normaliseText(t).toLowerCase());

describe('whole-text tests of plain strings answered by the literal gate (session 24)', () => {
  const tests = plainTestsForCheck();
  it('every one of them is read as plain strings', () => {
    expect(Object.keys(tests).length).toBeGreaterThanOrEqual(8);
    for (const [name, t] of Object.entries(tests)) expect([name, t.literal]).toEqual([name, true]);
  });
  it('answer as the regex does on every text', () => {
    const wrong: string[] = [];
    for (const t of lowered()) for (const [name, x] of Object.entries(tests)) if (x.holds(t) !== x.re.test(t)) wrong.push(`${name}: ${t}`);
    expect(wrong).toEqual([]);
  });
  it('answer as the regex does on texts holding a string, its trigrams apart, or a string cut short', () => {
    const wrong: string[] = [];
    for (const [name, x] of Object.entries(tests))
      for (const w of x.re.source.split('|')) {
        const apart = w.length >= 4 ? `${w.slice(0, 3)} x ${w.slice(1)} ${w.slice(0, -1)}` : `${w.slice(0, -1)} .`;
        for (const t of [`a ${w} b`, apart, w.slice(1), `${w}${w}`, w.toUpperCase(), '']) if (x.holds(t) !== x.re.test(t)) wrong.push(`${name}: ${t}`);
      }
    expect(wrong).toEqual([]);
  });
  it('answer for the text asked about after an extraction filled the gate for another text', () => {
    const texts = lowered().slice(0, 60);
    const wrong: string[] = [];
    for (let i = 1; i < texts.length; i++) {
      extractFeatures(texts[i - 1]);
      for (const [name, x] of Object.entries(tests)) if (x.holds(texts[i]) !== x.re.test(texts[i])) wrong.push(`${name}: ${texts[i]}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('sentence bounds read unit by unit (session 24)', () => {
  const END = /[.!?\n\u061F]/g;
  const texts = () => [...allAgentTexts().map((t) => normaliseText(t)), '', '.', '?!', 'a.b\nc\u061Fd', 'no end'];
  it('equal the regex scans at every position of every text', () => {
    const wrong: string[] = [];
    for (const t of texts()) {
      // the regex's sentence ends, then at each position the last end before it (plus one) and the first at or after it
      const ends: number[] = [];
      END.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = END.exec(t))) ends.push(m.index);
      for (let i = 0, k = 0; i <= t.length + 1; i++) {
        while (k < ends.length && ends[k] < i) k++;
        const want = [k > 0 ? ends[k - 1] + 1 : 0, k < ends.length ? ends[k] : t.length];
        const got = sentenceBoundsForCheck(t, i);
        if (got[0] !== want[0] || got[1] !== want[1]) wrong.push(`${i}: ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('equal the scans as written before (the text up to i, every end in it) at sampled positions', () => {
    const before = (text: string, i: number): [number, number] => {
      let last = 0;
      END.lastIndex = 0;
      let m: RegExpExecArray | null;
      const pre = text.slice(0, i);
      while ((m = END.exec(pre))) last = m.index + 1;
      END.lastIndex = i;
      const e = END.exec(text);
      return [last, e ? e.index : text.length];
    };
    const wrong: string[] = [];
    for (const t of texts().slice(0, 400))
      for (let i = 0; i <= t.length + 1; i += 5) {
        const [a, b] = sentenceBoundsForCheck(t, i);
        const [c, d] = before(t, i);
        if (a !== c || b !== d) wrong.push(`${i}: ${t}`);
      }
    expect(wrong).toEqual([]);
  });
});
