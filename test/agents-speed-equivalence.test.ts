/**
 * The speed paths of the extractor give the same output as the reference paths (docs/agent-differential.md §7.0.1):
 * the dispatched lexicon search (one walk of the combined trie of every pattern's opening characters per word start
 * names the patterns to try there, regex-prefix.ts openPrefixes) against the reference search (each pattern's regex run over the whole text), on every text the
 * project has (and the clause boundaries found once per text against the per-hit window scans): all evaluation splits, the bench texts (Syrian Archive EN/AR summaries) and the bundled testimonies.
 */
import { breathe } from './helpers/breathe.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { allAgentTexts } from './helpers/agent-texts.js';
import { projectExtractionPairs } from './helpers/extraction-pairs.js';
import { clauseBoundaryMismatches, clauseMatchesFast, clauseMatchesReference, extractFeatures } from '../src/core/agents/feature-extraction.js';
import { matchPrefixes, openPrefixes } from '../src/core/agents/regex-prefix.js';
import { estimativeWords } from '../src/core/agents/agent-differential.js';
import { estimativeTerm } from '../src/core/estimative-language.js';
import { sortSmall } from '../src/core/agents/stable-sort.js';

const kb = loadAgentKb(packageKnowledge);

const allTexts = allAgentTexts;

describe('dispatched lexicon search = reference search', () => {
  it('gives the same hits, features and named agents on every evaluation, bench and bundled text', async () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(700);
    let hits = 0;
    // (both extractions of every text computed once per worker and read again by session 20's check below: ./helpers/extraction-pairs.ts)
    const pairs = await projectExtractionPairs(kb);
    expect(pairs.map((p) => p.text)).toEqual(texts);
    for (const { text: t, fast, ref } of pairs) {
      expect(fast.hits, t).toEqual(ref.hits);
      expect([...fast.features]).toEqual([...ref.features]);
      expect(fast.named).toEqual(ref.named);
      hits += fast.hits.length;
    }
    expect(hits).toBeGreaterThan(1500);
  }, 900_000); // (s31 ci) the sweep computes both extractions of every text (the pairs the next test reads): minutes on a loaded 2-core machine beside two other workers; a limit guards against a hang and checks nothing

  // session 20's check (test/agents-speed-s20.test.ts until session 31), here so that it reads the same computation as the
  // sweep above: the two ran the reference scan of every text twice in the shared project, in files two threads may take apart
  it('the dispatched extraction equals the reference on every text the project has (session 20)', async () => {
    const shown = (x: ReturnType<typeof extractFeatures>) => JSON.stringify([x.hits, [...x.features], x.named]);
    const pairs = await projectExtractionPairs(kb);
    expect(pairs.map((p) => p.text)).toEqual(allTexts());
    for (const { fast, ref } of pairs) expect(shown(fast)).toBe(shown(ref));
  }, 900_000);

  it('the one-pass clause scan gives the global CLAUSE_END scan\'s matches, case-folded and astral text included', () => {
    // case folding in the first two letters too (U+1C82 folds to the Cyrillic о of "но" and "однако"), a word cut
    // at the text's end, and a surrogate as its second unit
    const odd = 'He said. BUT then; however,WHEREA\u017F однак\u1C82 x ولكن y. 😷 but\u{1D400}but \ud800but yet Н\u1C82 \u1C82днако b\ud835 b';
    for (const t of [...allTexts(), odd, odd.toUpperCase(), odd.repeat(3)]) expect(clauseMatchesFast(t), t).toEqual(clauseMatchesReference(t));
    expect(clauseMatchesFast(odd)[0].length).toBeGreaterThan(8);
  });

  it('clause boundaries from the whole text equal the 240-character window scans at every position of every text', async () => {
    const texts = allTexts();
    let n = 0;
    for (const [i, t] of texts.entries()) {
      expect(clauseBoundaryMismatches(t), t).toEqual([]);
      n += t.length;
      if (i % 100 === 99) await breathe();
    }
    // window edges inside words, Latin and Arabic contrast words at edges, and surrogate pairs
    const edge = 'x'.repeat(238) + 'although it was faint. ' + 'a'.repeat(300) + 'but then 😷 however' + 'ولكن'.repeat(70) + ' لكن شيء';
    expect(clauseBoundaryMismatches(edge)).toEqual([]);
    expect(n).toBeGreaterThan(100_000);
  }, 900_000); // (s31 ci) with two shared threads and a fork on 2 cores, 5 minutes is too near its loaded time (168 s at one thread)

  it('gives the same hits as the reference search on seeded random text made of the real texts\' words, cues and punctuation', () => {
    // property test: the trie only proposes where to try each entry's sticky regex, so any text must give the same hits
    let seed = 11;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const words = allTexts().flatMap((t) => t.split(/\s+/u)).filter(Boolean);
    const extra = ['no', 'not', 'or', 'nor', 'but', ',', '.', ';', '\n', 'не', 'ни', 'لا', 'ولا', 'و', 'ال', 'بال', 'وال', 'لل', 'PUPILS', 'Tear', 'gas', 'smell', 'of', 'رائحة', 'запах', '😷', 'İ'];
    let hits = 0;
    for (let i = 0; i < 1500; i++) {
      const len = 3 + Math.floor(rnd() * 40);
      const parts: string[] = [];
      for (let k = 0; k < len; k++) {
        const w = rnd() < 0.25 ? extra[Math.floor(rnd() * extra.length)] : words[Math.floor(rnd() * words.length)];
        // glue some words together (an Arabic proclitic onto the next word, a word onto punctuation)
        parts.push(w, rnd() < 0.1 ? '' : rnd() < 0.1 ? '  ' : ' ');
      }
      const t = parts.join('');
      const fast = extractFeatures(t, { terms: kb.terms });
      const ref = extractFeatures(t, { terms: kb.terms, dispatch: false });
      expect(fast.hits, t).toEqual(ref.hits);
      expect(fast.named).toEqual(ref.named);
      hits += fast.hits.length;
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('finds matches of the same pattern after its last match, and overlapping matches of different patterns', () => {
    const t = 'Pinpoint pupils, pinpoint pupils again; he was coughing, could not breathe, with foam at the mouth and smelled of bleach.';
    expect(extractFeatures(t).hits).toEqual(extractFeatures(t, { dispatch: false }).hits);
    const ar = 'وشعر المصابون بضيق في التنفس وسعال ورائحة كلور، والأطفال بحدقات دبوسية';
    expect(extractFeatures(ar).hits).toEqual(extractFeatures(ar, { dispatch: false }).hits);
  });
});

describe('estimative words of the differential = estimativeTerm', () => {
  it('on a fine grid, at every band edge and just either side of it', () => {
    const ps: number[] = [];
    for (let i = 0; i <= 100_000; i++) ps.push(i / 100_000);
    for (const e of [0, 0.05, 0.2, 0.45, 0.55, 0.8, 0.95, 1])
      for (const d of [0, 1e-12, 1e-10, 5e-10, 1e-9, 2e-9, 1e-8, 1e-7, 2e-7, 1e-6]) ps.push(e - d, e + d);
    ps.push(0.44999999999999996, 0.9500000000000001, 0.1 + 0.2);
    for (const p of ps) expect(estimativeWords(p), String(p)).toBe(estimativeTerm(Math.min(1, Math.max(0, p))).words);
  });
});

describe('regex prefix sets (regex-prefix.ts)', () => {
  it('enumerates the first two characters of every match', () => {
    expect([...matchPrefixes('pin[- ]?point pupils?')!].sort()).toEqual(['pi']);
    expect([...matchPrefixes('(?:a|bc)?d')!].sort()).toEqual(['ad', 'bc', 'd']);
    expect([...matchPrefixes('x{0,2}y')!].sort()).toEqual(['xx', 'xy', 'y']);
    expect([...matchPrefixes(String.raw`(?<!no )sm\p{L}*`)!]).toEqual(['sm']);
    expect([...matchPrefixes('[a-c]z')!].sort()).toEqual(['az', 'bz', 'cz']);
  });
  it('gives up (null: try everywhere) on what it does not enumerate', () => {
    expect(matchPrefixes(String.raw`\p{L}+ smell`)).toBeNull();
    expect(matchPrefixes('.x')).toBeNull();
    expect(matchPrefixes('[^a]b')).toBeNull();
  });
  it('open prefixes end where the pattern stops being enumerable, with whitespace folded to one space', () => {
    expect([...openPrefixes(String.raw`smel\p{L}*\s+of`, 10)!]).toEqual(['smel']);
    expect([...openPrefixes(String.raw`pupils?\s+(?:were\s+)?tiny`, 10)!]).toContain('pupil tiny');
    expect([...openPrefixes(String.raw`pupils?\s+(?:were\s+)?tiny`, 10)!]).toContain('pupils   t');
    expect([...openPrefixes(String.raw`(?:a|b)[^.]{0,3}x`, 10)!].sort()).toEqual(['a', 'b']);
    expect([...openPrefixes(String.raw`\p{L}+ smell`, 10)!]).toEqual(['']);
    expect([...openPrefixes('[\\s,]x', 3)!].sort()).toEqual([' x', ',x']);
    expect([...openPrefixes('ab\\ncd|ab\\tcx', 4)!].sort()).toEqual(['ab c']);
  });
  it('keeps a whole match shorter than two characters, and the empty match', () => {
    expect([...matchPrefixes('a|bc')!].sort()).toEqual(['a', 'bc']);
    expect(matchPrefixes('a?')!.has('')).toBe(true);
  });
});

describe('small stable sort (stable-sort.ts) = Array.prototype.sort', () => {
  it('gives the same order on seeded random arrays with many ties, for the differential\'s comparator shape', () => {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const ids = ['chlorine', 'sarin', 'cs', 'oc', 'vx', 'ammonia', 'phosgene', 'none-blast', 'a', 'B', 'b'];
    const cmp = (x: { id: string; p: number; k: number }, y: { id: string; p: number; k: number }) => y.p - x.p || x.id.localeCompare(y.id);
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(rnd() * 40);
      // few distinct values, repeated ids: ties at both keys, so stability decides
      const xs = Array.from({ length: n }, (_, k) => ({ id: ids[Math.floor(rnd() * ids.length)], p: Math.floor(rnd() * 4) / 4, k }));
      expect(sortSmall(xs.slice(), cmp, true)).toEqual(xs.slice().sort(cmp));
    }
  });
  it('leaves non-finite keys to the built-in sort', () => {
    const xs = [{ p: NaN }, { p: 0.5 }, { p: 0.2 }, { p: NaN }];
    const cmp = (x: { p: number }, y: { p: number }) => y.p - x.p;
    expect(sortSmall(xs.slice(), cmp, false)).toEqual(xs.slice().sort(cmp));
  });
});
