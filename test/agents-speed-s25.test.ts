/**
 * Session 25 (speedterm): the term pass's machinery, each step exact (docs/agent-differential.md §7.00050-speedterm).
 * - arabicDialectNoun skips a cut of the token whose first letter and length no spoken noun has (neither look-up could
 *   find it): it equals the function as it stood before (copied below as the reference) on every Arabic token of every
 *   text the project has and on built tokens (every noun with every proclitic run and pronoun, the feminine ت, cut short,
 *   lengthened, and random strings of the nouns' letters).
 * - The term matcher's probe table keeps one Int32 a slot (the hash's upper 16 bits and the token's number plus one): its
 *   hits equal the plain reference matcher's (test/helpers/term-reference.ts) on texts whose other tokens share the slot
 *   index or the tag of a term's words (found by search), read in every order, on a fresh index, and on every text after.
 * - The Arabic stemmer's among lists compared by character code: test/agents-speed-s22 compares every stem with the
 *   package's on every real word and 60,000 generated ones a family (run for this step).
 * The whole extraction and differential are compared byte for byte by bench/agents-dump.ts (before and after each step).
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../src/core/agents/feature-extraction.js';
import { arabicDialectNoun, matchTerms } from '../src/core/agents/term-matcher.js';
import { loadAgentKb } from '../src/app/agents.js';
import { compileTermFiles } from '../src/core/agents/agent-terms.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { allAgentTexts } from './helpers/agent-texts.js';
import { referenceTerms } from './helpers/term-reference.js';

// the function as it stood at the session's start (term-matcher.ts), with its tables
const NOUNS: Record<string, string> = {
  'وش': 'وجه', 'وشوش': 'وجوه', 'مناخير': 'انف', 'منخار': 'انف', 'منخير': 'انف', 'خشم': 'انف', 'زور': 'حلق',
  'مي': 'ماء', 'مية': 'ماء', 'ميه': 'ماء', 'موية': 'ماء', 'مويه': 'ماء', 'دخنة': 'دخان', 'دخنه': 'دخان', 'شطة': 'فلفل',
  'قزاز': 'زجاج', 'ازاز': 'زجاج', 'ريحة': 'رائحة', 'ريحه': 'رائحة', 'غبرة': 'غبار', 'غبره': 'غبار', 'عجاج': 'غبار', 'كرش': 'بطن',
  'نيف': 'انف', 'زاج': 'زجاج', 'خشوم': 'انوف',
};
const PREFIX = /^(?:[وف]?(?:[بلع]?ال|[بلع])|[وف]|ال|لل)?/u;
const FIRST = new Set(Object.keys(NOUNS).map((w) => w.charCodeAt(0)));
const MAX = Math.max(...Object.keys(NOUNS).map((w) => w.length));
const PRONOUN = /^(?:|ه|ي|ها|هم|هن|نا|ك|كم|و|ني)$/u;
function referenceDialectNoun(token: string): string | null {
  const m = PREFIX.exec(token);
  const starts = m && m[0].length ? [m[0].length, 0] : [0];
  for (const from of starts) {
    if (!FIRST.has(token.charCodeAt(from))) continue;
    for (let end = Math.min(token.length, from + MAX); end > from + 1; end--) {
      const word = token.slice(from, end);
      const pron = token.slice(end);
      const fem = pron && word.endsWith('ت') ? NOUNS[word.slice(0, -1) + 'ة'] : undefined;
      const msa = NOUNS[word] ?? fem;
      if (msa === undefined || !PRONOUN.test(pron)) continue;
      return (pron && msa.endsWith('ة') ? msa.slice(0, -1) + 'ت' : msa) + pron;
    }
  }
  return null;
}

describe('arabicDialectNoun with its length gate (session 25)', () => {
  it('equals the reference on every Arabic token of every text the project has', () => {
    const seen = new Set<string>();
    for (const t of allAgentTexts()) for (const w of normaliseText(t).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (w.charCodeAt(0) >= 0x600 && w.charCodeAt(0) <= 0x6ff) seen.add(w);
    expect(seen.size).toBeGreaterThan(5000);
    let found = 0;
    for (const w of seen) {
      const ref = referenceDialectNoun(w);
      if (arabicDialectNoun(w) !== ref) expect({ w, got: arabicDialectNoun(w) }).toEqual({ w, got: ref });
      if (ref !== null) found++;
    }
    expect(found).toBeGreaterThan(20);
  });
  it('equals the reference on built tokens: every noun with proclitics and pronouns, the feminine ت, cut, lengthened, and random strings', () => {
    const prefixes = ['', 'و', 'ف', 'ب', 'ل', 'ع', 'ال', 'بال', 'لال', 'عال', 'وال', 'فال', 'وبال', 'فب', 'لل', 'ولل', 'ك'];
    const pronouns = ['', 'ه', 'ي', 'ها', 'هم', 'هن', 'نا', 'ك', 'كم', 'و', 'ني', 'ت', 'تي', 'ين', 'ات'];
    const tokens = new Set<string>();
    for (const n of Object.keys(NOUNS)) {
      const forms = [n, n.endsWith('ة') ? n.slice(0, -1) + 'ت' : n, n.slice(0, -1), n + 'ا', n.slice(1), 'ا' + n];
      for (const f of forms) for (const p of prefixes) for (const x of pronouns) tokens.add(p + f + x);
    }
    const letters = [...new Set(Object.keys(NOUNS).join('') + 'الوفبعكهتةين')];
    let seed = 25;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 60_000; i++) tokens.add(Array.from({ length: 1 + rnd(11) }, () => letters[rnd(letters.length)]).join(''));
    let found = 0;
    for (const w of tokens) {
      const ref = referenceDialectNoun(w);
      if (arabicDialectNoun(w) !== ref) expect({ w, got: arabicDialectNoun(w) }).toEqual({ w, got: ref });
      if (ref !== null) found++;
    }
    expect(found).toBeGreaterThan(2000);
  });
});

describe('the term table of one Int32 a slot (session 25)', () => {
  /** the hash matchTerms computes while it scans a token (FNV-1a over its UTF-16 units, the lowest bit set) */
  const hashOf = (w: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h | 1;
  };
  it('gives the reference matcher\'s hits where other tokens share a term word\'s slot index or tag', () => {
    const kb = loadAgentKb(packageKnowledge);
    const k = packageKnowledge;
    const words = ['smell', 'rotten', 'eggs', 'eyes', 'burning', 'tear', 'gas', 'fired', 'police'];
    // tokens of six or seven letters whose hash shares a word's lower 16 bits (its slot) or upper 16 bits (its tag), and
    // pairs of tokens with one whole hash (a birthday search)
    const sameIndex = new Map<string, string[]>(words.map((w) => [w, []]));
    const sameTag = new Map<string, string[]>(words.map((w) => [w, []]));
    const whole = new Map<number, string>();
    const pairs: [string, string][] = [];
    let seed = 2025;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 1_500_000; i++) {
      const w = Array.from({ length: 6 + (i & 1) }, () => String.fromCharCode(97 + rnd(26))).join('');
      const h = hashOf(w);
      for (const t of words) {
        const ht = hashOf(t);
        if (w === t) continue;
        if ((h & 0xffff) === (ht & 0xffff) && sameIndex.get(t)!.length < 6) sameIndex.get(t)!.push(w);
        if (h >>> 16 === ht >>> 16 && sameTag.get(t)!.length < 6) sameTag.get(t)!.push(w);
      }
      const o = whole.get(h);
      if (o !== undefined && o !== w && pairs.length < 8) pairs.push([o, w]);
      else if (whole.size < 400_000) whole.set(h, w);
    }
    for (const t of words) {
      expect(sameIndex.get(t)!.length).toBeGreaterThan(2);
      expect(sameTag.get(t)!.length).toBeGreaterThan(2);
    }
    expect(pairs.length).toBeGreaterThan(0);
    const scripts = { en: true, ru: false, ar: false };
    // (an index compiled afresh has a table of its own, empty)
    const freshIndex = () => compileTermFiles(new Map(kb.features.map((f) => [f.id, f.topic])), k.read('agent-terms.yaml', k.path('agent-terms.yaml')), k.read('hpo-terms.yaml', k.path('hpo-terms.yaml')));
    const fresh = freshIndex();
    const check = (t: string) => {
      const got = matchTerms(fresh, t, scripts);
      const ref = referenceTerms(fresh, t, scripts);
      if (JSON.stringify(got) !== JSON.stringify(ref)) expect({ t, got }).toEqual({ t, got: ref });
      return got.length;
    };
    const phrases = ['the smell of rotten eggs', 'my eyes were burning', 'police fired tear gas'];
    let hits = 0;
    for (const t of words) {
      const others = [...sameIndex.get(t)!, ...sameTag.get(t)!];
      // the colliding tokens before the phrases (they take the slots first), between their words, and after them
      for (const p of phrases) {
        hits += check(`${others.join(' ')} ${p}. ${p} ${others.join(' ')}`);
        hits += check(p.split(' ').map((x) => `${x} ${others[rnd(others.length)]}`).join(' ') + `. ${p}`);
      }
    }
    for (const [a, b] of pairs) hits += check(`${a} ${b} the smell of rotten eggs ${b} ${a}. ${a} eyes burning ${b}`);
    expect(hits).toBeGreaterThan(50);
    // A token X of a term word W's length and tag whose slot index lies d = 2 or 4 slots before W's (a hash is odd, so is
    // every home slot): with d fillers whose home is X's (they take the d slots before W's) and W stored at its own,
    // looking X up walks onto W's slot, where the tag matches and the characters decide.
    // X is then written in place of W in W's terms: a table that took X for W would give those terms' hits.
    const termWords = new Map<string, string[]>();
    for (const list of fresh.byFirst.en.values())
      for (const t of list) for (const w of t.phrase.toLowerCase().match(/[a-z]+/g) ?? []) if (w.length >= 4 && w.length <= 9) (termWords.get(w) ?? termWords.set(w, []).get(w)!).push(t.phrase.toLowerCase());
    const key = (tag: number, index: number, len: number) => (tag * 65536 + index) * 16 + len;
    const byKey = new Map<number, string>();
    for (const w of termWords.keys()) byKey.set(key(hashOf(w) >>> 16, hashOf(w) & 0xffff, w.length), w);
    const byIndex = new Map<number, string[]>();
    const walks: { x: string; w: string; d: number }[] = [];
    // (the search runs on after the walks are found, so that every home slot has fillers: 2,000,000 random tokens give
    // each of the 32,768 odd indices some 60)
    for (let i = 0; i < 2_000_000; i++) {
      const len = 4 + (i % 6);
      const x = Array.from({ length: len }, () => String.fromCharCode(97 + rnd(26))).join('');
      const h = hashOf(x);
      const at = byIndex.get(h & 0xffff) ?? byIndex.set(h & 0xffff, []).get(h & 0xffff)!;
      if (at.length < 5) at.push(x);
      for (let d = 2; d <= 4; d += 2) {
        const w = byKey.get(key(h >>> 16, ((h & 0xffff) + d) & 0xffff, len));
        if (w !== undefined && w !== x && walks.length < 6) walks.push({ x, w, d });
      }
    }
    expect(walks.length).toBeGreaterThan(0);
    let walked = 0;
    for (const { x, w, d } of walks) {
      const fillers = (byIndex.get(((hashOf(w) & 0xffff) - d) & 0xffff) ?? []).filter((f) => f !== x).slice(0, d);
      if (fillers.length < d) continue;
      walked++;
      const own = freshIndex();
      for (const phrase of termWords.get(w)!.slice(0, 5)) {
        const withX = phrase.replace(new RegExp(`\\b${w}\\b`), x);
        const t = `${fillers.join(' ')} ${w}. ${withX}. ${phrase}. ${withX}`;
        const ref = referenceTerms(own, t, scripts);
        const got = matchTerms(own, t, scripts);
        if (JSON.stringify(got) !== JSON.stringify(ref)) expect({ t, got }).toEqual({ t, got: ref });
      }
    }
    expect(walked).toBeGreaterThan(0);
    for (const t of allAgentTexts().slice(0, 300)) {
      const lower = normaliseText(t).toLowerCase();
      const sc = { en: /[a-z]/.test(lower), ru: /[\u0400-\u04FF]/.test(lower), ar: /[\u0600-\u06FF]/.test(lower) };
      const got = matchTerms(fresh, lower, sc);
      const ref = referenceTerms(fresh, lower, sc);
      if (JSON.stringify(got) !== JSON.stringify(ref)) expect({ lower, got }).toEqual({ lower, got: ref });
    }
  });
});
