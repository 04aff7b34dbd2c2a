/**
 * Session 13 (speed): the speed paths of this session give what the code they replace gave (docs/agent-differential.md
 * §7.00032). The lexicon trie's flat layout (lex-trie.ts) visits the entries a map-based trie of the same prefixes
 * visits, in the same order, and the spoken-Arabic noun reader's look-up filter (term-matcher.ts arabicDialectNoun)
 * answers as the unfiltered reader on every Arabic token of every text and on made-up words. The prefilter search from
 * an entry's match (feature-extraction.ts requirementIn) is covered by the dispatched-against-reference extraction of
 * test/agents-speed-equivalence.test.ts, whose reference scan tests each prefilter on the whole text.
 */
import { describe, expect, it } from 'vitest';
import { buildLexTrie } from '../src/core/agents/lex-trie.js';
import { arabicDialectNoun } from '../src/core/agents/term-matcher.js';
import { normaliseText } from '../src/core/agents/feature-extraction.js';
import { allAgentTexts } from './helpers/agent-texts.js';

/** the entries listed along the walk of `s` from its start, in order, on a trie of nested maps (the layout replaced) */
function referenceWalk(sets: string[][], s: string): number[] {
  type Node = { kids: Map<number, Node>; at: number[] };
  const root: Node = { kids: new Map(), at: [] };
  sets.forEach((set, ei) => {
    for (const x of set) {
      let n = root;
      for (let i = 0; i < x.length; i++) {
        const c = x.charCodeAt(i);
        let k = n.kids.get(c);
        if (!k) n.kids.set(c, (k = { kids: new Map(), at: [] }));
        n = k;
      }
      if (n !== root && !n.at.includes(ei)) n.at.push(ei);
    }
  });
  const out: number[] = [];
  let n = root.kids.get(s.charCodeAt(0));
  for (let q = 1; n; q++) {
    out.push(...n.at);
    if (q >= s.length) break;
    n = n.kids.get(s.charCodeAt(q));
  }
  return out;
}
function flatWalk(t: ReturnType<typeof buildLexTrie>, s: string): number[] {
  const out: number[] = [];
  let node = t.root[s.charCodeAt(0)];
  for (let q = 1; node !== 0; q++) {
    for (let k = t.atFrom[node]; k < t.atFrom[node + 1]; k++) out.push(t.atList[k]);
    const lo = t.childFrom[node];
    const hi = t.childFrom[node + 1];
    if (lo === hi || q >= s.length) break;
    const c = s.charCodeAt(q);
    let child = 0;
    for (let e = lo; e < hi; e++) if (t.childChar[e] === c) child = t.childNode[e];
    node = child;
  }
  return out;
}

describe('lexicon trie layout (session 13)', () => {
  it('lists the entries a nested-map trie lists along every walk, in the same order', () => {
    let seed = 13;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const alphabet = ['a', 'b', 'c', ' ', 'ب', 'ا', 'ل', 'х', 'о', '\u0100'];
    const word = (len: number) => Array.from({ length: len }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    let walked = 0;
    for (let round = 0; round < 40; round++) {
      const sets = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => word(Math.floor(rnd() * 6))));
      const t = buildLexTrie(sets, ['ال', 'وال']);
      expect(t.always).toEqual(sets.flatMap((s, ei) => (s.includes('') ? [ei] : [])));
      for (let k = 0; k < 200; k++) {
        const s = word(1 + Math.floor(rnd() * 8));
        const ref = referenceWalk(sets, s);
        expect(flatWalk(t, s), s).toEqual(ref);
        walked += ref.length;
      }
      // breadth first: a node's children are numbered after it, sorted by character
      for (let v = 1; v + 1 < t.childFrom.length; v++)
        for (let e = t.childFrom[v]; e < t.childFrom[v + 1]; e++) {
          expect(t.childNode[e]).toBeGreaterThan(v);
          if (e > t.childFrom[v]) expect(t.childChar[e]).toBeGreaterThan(t.childChar[e - 1]);
        }
    }
    expect(walked).toBeGreaterThan(1000);
    expect(buildLexTrie([], []).heads.size).toBe(0);
    expect([...buildLexTrie([['x']], ['ال', 'ا', 'وال']).heads]).toEqual([[0x627, ['ال', 'ا']], [0x648, ['وال']]]);
  });
});

/** arabicDialectNoun as it was before the look-up filter (session 11) */
const NOUNS: Record<string, string> = {
  'وش': 'وجه', 'وشوش': 'وجوه', 'مناخير': 'انف', 'منخار': 'انف', 'منخير': 'انف', 'خشم': 'انف', 'زور': 'حلق',
  'مي': 'ماء', 'مية': 'ماء', 'ميه': 'ماء', 'موية': 'ماء', 'مويه': 'ماء', 'دخنة': 'دخان', 'دخنه': 'دخان', 'شطة': 'فلفل',
  'قزاز': 'زجاج', 'ازاز': 'زجاج', 'ريحة': 'رائحة', 'ريحه': 'رائحة', 'غبرة': 'غبار', 'غبره': 'غبار', 'عجاج': 'غبار', 'كرش': 'بطن',
  // (session 21, agru) the nouns added to the table since: Maghrebi نيف (nose), زاج (glass), the Gulf plural خشوم (noses)
  'نيف': 'انف', 'زاج': 'زجاج', 'خشوم': 'انوف',
};
function referenceDialectNoun(token: string): string | null {
  const m = /^(?:[وف]?(?:[بلع]?ال|[بلع])|[وف]|ال|لل)?/u.exec(token);
  const starts = m && m[0].length ? [m[0].length, 0] : [0];
  for (const from of starts)
    for (let end = token.length; end > from + 1; end--) {
      const word = token.slice(from, end);
      const pron = token.slice(end);
      const fem = pron && word.endsWith('ت') ? NOUNS[word.slice(0, -1) + 'ة'] : undefined;
      const msa = NOUNS[word] ?? fem;
      if (msa === undefined || !/^(?:|ه|ي|ها|هم|هن|نا|ك|كم|و|ني)$/u.test(pron)) continue;
      return (pron && msa.endsWith('ة') ? msa.slice(0, -1) + 'ت' : msa) + pron;
    }
  return null;
}

describe('spoken-Arabic noun look-up filter (session 13)', () => {
  it('reads every Arabic token of every text, and every clitic-noun-pronoun combination, as before', () => {
    const tokens = new Set<string>();
    for (const t of allAgentTexts()) for (const w of normaliseText(t).toLowerCase().match(/[\u0600-\u06ff]+/gu) ?? []) if (w.length <= 9) tokens.add(w);
    for (const pre of ['', 'و', 'ف', 'ب', 'ل', 'ع', 'ال', 'وال', 'بال', 'لل', 'فب', 'ولل'])
      for (const noun of [...Object.keys(NOUNS), 'ريحت', 'شطت', 'دخنت', 'كرشت', 'وج'])
        for (const pron of ['', 'ه', 'ي', 'ها', 'هم', 'نا', 'ك', 'كم', 'و', 'ني', 'ات', 'x']) tokens.add(pre + noun + pron);
    expect(tokens.size).toBeGreaterThan(3000);
    let found = 0;
    for (const w of tokens) {
      const ref = referenceDialectNoun(w);
      expect(arabicDialectNoun(w), w).toBe(ref);
      if (ref !== null) found++;
    }
    expect(found).toBeGreaterThan(500);
  });
});
