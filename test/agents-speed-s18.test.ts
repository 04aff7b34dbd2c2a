/**
 * Session 18 (speed): three savings of the extraction, each exact (docs/agent-differential.md §7.00040-speed).
 * - The term matcher's tokens share their candidate structures (term-matcher.ts CandShared): tokens whose candidate lists
 *   are equal point to one list, second-word map and typed arrays, found by a hash of the terms' numbers and then compared
 *   term by term. A token's hits must not depend on which tokens came before it: every text is matched by two freshly
 *   compiled indexes, one reading the texts in order and one in reverse, and the hits must be equal.
 * - The lexicon dispatch's literal gate first looks the literal's trigrams up in a set of the text's (feature-extraction.ts
 *   litInText): its answer must be `includes`' on every text, for literals present, absent, and made of trigrams the text
 *   holds apart but not together.
 * - NFC is skipped for a text whose every unit NFC leaves alone (feature-extraction.ts nfcStable): on every text the project
 *   has, on every pair of units of the Latin, Greek, Cyrillic, Hebrew and Arabic blocks and on random strings of units from
 *   the whole BMP, a string read as stable is its own NFC, and a string that NFC changes is never read as stable.
 * The whole extraction and differential are compared byte for byte by bench/agents-dump.ts (run before and after).
 */
import { describe, expect, it } from 'vitest';
import { literalGateHolds, nfcStable, normaliseText } from '../src/core/agents/feature-extraction.js';
import { matchTerms, type TermHit, type TermIndex } from '../src/core/agents/term-matcher.js';
import { compileTermFiles } from '../src/core/agents/agent-terms.js';
import { loadAgentKb } from '../src/app/agents.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { allAgentTexts } from './helpers/agent-texts.js';

const lowered = () => allAgentTexts().map((t) => normaliseText(t).toLowerCase());
const scriptsOf = (lower: string) => ({ en: /[a-z]/.test(lower), ru: /[\u0400-\u04FF]/.test(lower), ar: /[\u0600-\u06FF]/.test(lower) });
const freshIndex = (): TermIndex => {
  const kb = loadAgentKb(packageKnowledge);
  const k = packageKnowledge;
  return compileTermFiles(new Map(kb.features.map((f) => [f.id, f.topic])), k.read('agent-terms.yaml', k.path('agent-terms.yaml')), k.read('hpo-terms.yaml', k.path('hpo-terms.yaml')));
};
const shown = (hs: TermHit[]) => hs.map((h) => `${h.feature}${h.absent ? '-' : '+'}${h.start}:${h.end}:${h.source}:${h.phrase}`);

describe('term candidates shared between tokens (session 18)', () => {
  it('give every text the same hits whatever order the tokens were first met in', () => {
    const texts = lowered();
    const forward = freshIndex();
    const backward = freshIndex();
    expect(forward).not.toBe(backward);
    const ahead = texts.map((t) => shown(matchTerms(forward, t, scriptsOf(t))));
    const behind: string[][] = new Array(texts.length);
    for (let i = texts.length - 1; i >= 0; i--) behind[i] = shown(matchTerms(backward, texts[i], scriptsOf(texts[i])));
    let hits = 0;
    for (let i = 0; i < texts.length; i++) {
      hits += ahead[i].length;
      if (ahead[i].join('\n') !== behind[i].join('\n')) expect([i, behind[i]]).toEqual([i, ahead[i]]);
    }
    expect(hits).toBeGreaterThan(5000);
    // and matched again, now that every token is known, the same
    for (let i = 0; i < texts.length; i += 7) expect(shown(matchTerms(forward, texts[i], scriptsOf(texts[i])))).toEqual(ahead[i]);
  });
});

describe('literal gate by trigrams (session 18)', () => {
  it("answers as includes on every text, for literals present, absent and of trigrams held apart", () => {
    const texts = lowered();
    let seed = 18;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    let present = 0;
    let apart = 0;
    for (const t of texts) {
      if (t.length < 8) continue;
      const probes: string[] = [];
      for (let k = 0; k < 6; k++) {
        const a = rnd(t.length - 6);
        const len = 3 + rnd(6);
        probes.push(t.slice(a, a + len));
        // two pieces of the text joined: each trigram of a piece is in the text, the join mostly is not
        const b = rnd(t.length - 4);
        probes.push(t.slice(a, a + 3) + t.slice(b, b + 3));
        probes.push(t.slice(a, a + 4).split('').reverse().join(''));
      }
      probes.push('cough', 'سعال', 'кашель', 'ab', 'x');
      for (const p of probes) {
        const want = t.includes(p);
        if (want) present++;
        else if (p.length >= 6) apart++;
        if (literalGateHolds(t, p) !== want) expect([t.slice(0, 60), p, literalGateHolds(t, p)]).toEqual([t.slice(0, 60), p, want]);
      }
    }
    expect(present).toBeGreaterThan(10_000);
    expect(apart).toBeGreaterThan(1_000);
  });
});

describe('NFC skipped for stable text (session 18)', () => {
  it('reads as stable only strings that are their own NFC', () => {
    let stable = 0;
    for (const t of allAgentTexts()) {
      if (nfcStable(t)) {
        stable++;
        expect(t.normalize('NFC') === t).toBe(true);
      }
    }
    expect(stable).toBeGreaterThan(1000);
    // every pair of units of the scripts the accounts are written in
    let pairs = 0;
    for (let a = 0; a < 0x800; a++)
      for (let b = 0; b < 0x800; b++) {
        const s = String.fromCharCode(a, b);
        if (!nfcStable(s)) continue;
        pairs++;
        if (s.normalize('NFC') !== s) expect([a.toString(16), b.toString(16)]).toEqual(['stable', 'but changed']);
      }
    expect(pairs).toBeGreaterThan(1_000_000);
    // random strings of units from the whole BMP, surrogates left out
    let seed = 18;
    const unit = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const c = seed >>> 16;
      return c >= 0xd800 && c <= 0xdfff ? 0x41 : c;
    };
    let seen = 0;
    for (let k = 0; k < 300_000; k++) {
      const s = String.fromCharCode(unit(), unit(), unit(), unit());
      if (!nfcStable(s)) continue;
      seen++;
      if (s.normalize('NFC') !== s) expect([...s].map((c) => c.charCodeAt(0).toString(16))).toEqual(['stable but changed']);
    }
    expect(seen).toBeGreaterThan(100_000);
    // what NFC changes: a decomposed letter, a singleton, a Hangul jamo pair
    expect(nfcStable('e\u0301')).toBe(false);
    expect(nfcStable('\u212b')).toBe(false);
    expect(nfcStable('\u1100\u1161')).toBe(false);
    expect(nfcStable('\u0627\u0654')).toBe(false);
    expect(nfcStable('plain text, простой текст, نص عادي')).toBe(true);
  });
});
