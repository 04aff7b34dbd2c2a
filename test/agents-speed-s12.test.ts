/**
 * Session 12 (speed room): the speed paths added this session give the same output as the paths they skip
 * (docs/agent-differential.md §7.00026). The negation check skips its window regexes when no cue word starts between
 * the clause's start and the phrase (feature-extraction.ts cueWordsIn): checked window by window on seeded random text
 * dense in cues, case changes and odd characters, and on whole extractions of every text the project has and of
 * random recombinations of them, with the skip on and off. A clause window whose edge falls inside a word reads the
 * whole text's clause boundaries in its middle and scans only the two cut words (clauseStart, clauseEnd): checked at
 * every position of seeded random text where clause words, astral letters and emoji are glued into longer words.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { allAgentTexts } from './helpers/agent-texts.js';
import { clauseBoundaryMismatches, cueSkipMismatches, extractFeatures, setNegationCueSkip } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);

const allTexts = allAgentTexts;

function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** cue words of every kind, pieces of them, case changes, look-ahead words and characters that fold (ſ, K, İ) */
const CUEISH = [
  'not', 'NOT', 'Never', 'cannot', 'can\u2019t', "didn't", 'did  not', 'was not', 'were\nnot', 'no', 'No one', 'nobody', 'none', 'nor', 'neither', 'without',
  'free of', 'absence of', 'lack of', 'lacked', 'negative for', 'denied', 'DENIES', 'only', 'just', 'until', 'doubt', 'longer', 'know', 'signs of',
  'symptoms', 'evidence', 'never any', 'не', 'НЕ', 'нет', 'без', 'ни', 'никаких', 'отсутствие', 'лишь', 'перестал', 'لم', 'لن', 'ليس', 'لا', 'ولا', 'فلم',
  'بدون', 'دون', 'عدم', 'بلا', 'لا يوجد', 'غير', 'خالي من', 'ما في', 'مافي', 'محدش', 'مش', 'مو', 'ما  حدا', 'فقط', 'sm', 'ell', 'ſ', '\u212A', 'İ', 'a', 'x',
  ',', '.', ';', ' but ', '،', "'", '\u2019', '😷', '\ud800', 'cough', 'smell', 'pupils', 'سعال', 'кашель',
];

describe('negation cue-word skip (session 12)', () => {
  it('a window with a cue regex match always holds a cue word start (seeded random text dense in cues)', () => {
    const rnd = seeded(12);
    let windows = 0;
    for (let i = 0; i < 120; i++) {
      const parts: string[] = [];
      const len = 2 + Math.floor(rnd() * 14);
      for (let k = 0; k < len; k++) parts.push(CUEISH[Math.floor(rnd() * CUEISH.length)], rnd() < 0.15 ? '' : rnd() < 0.1 ? '  ' : ' ');
      const t = parts.join('');
      expect(cueSkipMismatches(t), `random text ${i}`).toEqual([]);
      windows += t.length;
    }
    expect(windows).toBeGreaterThan(3000);
  });

  it('gives the same extraction with the skip on and off on every evaluation, bench and bundled text and on recombinations', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(700);
    const rnd = seeded(1212);
    const words = texts.flatMap((t) => t.split(/\s+/u)).filter(Boolean);
    for (let i = 0; i < 1500; i++) {
      const parts: string[] = [];
      const len = 3 + Math.floor(rnd() * 40);
      for (let k = 0; k < len; k++) parts.push(rnd() < 0.3 ? CUEISH[Math.floor(rnd() * CUEISH.length)] : words[Math.floor(rnd() * words.length)], rnd() < 0.1 ? '' : ' ');
      texts.push(parts.join(''));
    }
    let negated = 0;
    try {
      for (let i = 0; i < texts.length; i++) {
        setNegationCueSkip(true);
        const fast = extractFeatures(texts[i], { terms: kb.terms });
        setNegationCueSkip(false);
        const ref = extractFeatures(texts[i], { terms: kb.terms });
        // (the index, not the text, in the message: some texts are frozen evaluation material)
        expect(fast.hits, `text ${i}`).toEqual(ref.hits);
        expect([...fast.features], `text ${i}`).toEqual([...ref.features]);
        negated += fast.hits.filter((h) => !h.present).length;
      }
    } finally {
      setNegationCueSkip(true);
    }
    expect(negated).toBeGreaterThan(500);
  });
});

describe('clause windows cut inside a word (session 12)', () => {
  it('give the 240-character window scan\'s boundary at every position of seeded random text with glued clause words', () => {
    const rnd = seeded(240);
    const pieces = ['but', 'BUT', 'however', 'though', 'yet', 'except', 'но', 'однако', 'хотя', 'لكن', 'ولكن', 'بس', 'وبس', 'الا', 'a', 'ab', 'xyz', 'smell', 'кашель',
      'سعال', '\u{1D400}', '😷', '\u017F', '.', ';', ':', '!', '?', '\n', '\u061F', '\u061B', ',', "'", '-', '7'];
    let positions = 0;
    for (let i = 0; i < 40; i++) {
      const parts: string[] = [];
      const len = 60 + Math.floor(rnd() * 140);
      for (let k = 0; k < len; k++) parts.push(pieces[Math.floor(rnd() * pieces.length)], rnd() < 0.45 ? '' : ' ');
      const t = parts.join('');
      expect(clauseBoundaryMismatches(t), `random text ${i}`).toEqual([]);
      positions += t.length;
    }
    expect(positions).toBeGreaterThan(10_000);
  });
});
