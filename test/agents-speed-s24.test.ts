/**
 * Session 24 (speed): whole-text tests of plain strings answered by the literal gate (docs/agent-differential.md
 * §7.00048-speed). It is exact:
 * - a whole-text test whose regex is plain strings joined by | (GENERIC_PRE, CLASS_NAME_PRE, the household blast's opening
 *   test ...) answers through plainIn (the text's trigram set, then `includes`) as its regex does: on every project text, on
 *   texts that hold one of its strings, that hold its trigrams apart, or a string cut short, and right after the literal gate
 *   was filled for another text.
 * The whole extraction and differential are compared byte for byte by bench/agents-dump.ts (run before and after).
 */
import { describe, expect, it } from 'vitest';
import { extractFeatures, normaliseText, plainTestsForCheck } from '../src/core/agents/feature-extraction.js';
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
