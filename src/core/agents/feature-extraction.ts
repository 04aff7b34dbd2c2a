/**
 * Extraction of knowledge-base features from a free-text account (English, Russian, Arabic).
 *
 * Method: lexicon matching (feature-lexicon.ts) followed by a NegEx-style negation check (Chapman et al. 2001,
 * "A simple algorithm for identifying negated findings and diseases in discharge summaries", J Biomed Inform
 * 34:301-10): a negation cue within a short window before the phrase, inside the same clause, or an absence
 * phrase just after it ("pupils were normal", "... was absent"), marks the feature as stated absent.
 * Scope rules, chosen to keep the precision of NegEx's window:
 *   - a clause ends at . ; ! ? newline and at "but/however/although/though/yet/whereas/except" (and RU/AR
 *     equivalents);
 *   - verbal cues (not, never, didn't, denied ...) reach back at most 6 words and stop at a comma;
 *   - determiner cues (no, without, neither, nor, no one, free of ...) reach back 12 words and cross commas
 *     only when the clause lists with "or"/"nor" after the cue ("no cough, vomiting or seizures");
 *   - pseudo-negations ("not only", "no doubt", "no longer") are not cues.
 * Every feature is tied to the exact phrase that produced it (with its cue when negated).
 */
import { CONTRAST_ODOUR_PRE, contrastOdourPhrase, SUCH_PRE, suchSmell } from './odour-contrast.js';
import { CESSATION_PRE, cessationTime, halfHour, NO_LONGER_PRE, noLonger } from './onset-grammar.js';
import { LEXICON, AGENT_NAMES, AR_CONFLICT, PEEL_CAUSE } from './feature-lexicon.js';
import { matchTerms, arabicNegatedVerb, type TermIndex } from './term-matcher.js';
import { openPrefixes, requiredLiterals, requiredLiteralSets } from './regex-prefix.js';
import { buildLexTrie, type LexTrie } from './lex-trie.js';
import { execIn, narrowSource, pick, stringNarrowSafe, testIn, textNarrowSafe, twins } from './script-narrow.js';
import { CueGate, letters } from './cue-gate.js';
import { sceneHits } from './scene-grammar.js';
import { irrealisSpans, IRREALIS_PRE } from './irrealis-scope.js';
import { fieldsIn, fieldPhrase } from './structured-fields.js';
import { HOUSEHOLD_BLAST_PRE, householdGasBlasts } from './household-blast.js';
import { emotionalSign, mayHoldEmotionalSign } from './emotional-signs.js';
import { replaceCommaMatches } from './comma-replace.js';
import { AssayError } from '../errors.js';

export interface FeatureHit {
  feature: string;
  present: boolean;
  /** the text that produced it, including the negation cue when negated */
  phrase: string;
  start: number;
  end: number;
}

export interface Extraction {
  /** one entry per feature: present wins when a report both asserts and denies it (someone had it) */
  features: Map<string, { present: boolean; phrases: string[] }>;
  hits: FeatureHit[];
  /** agents the text names (not evidence; for the reader and for agreement with weak labels) */
  named: string[];
}

/** Same normalisation for text and patterns: NFC, straight apostrophes, Arabic diacritics/tatweel removed, alef and yaa folded. */
export function normaliseText(s: string): string {
  return foldNfc(nfcStable(s) ? s : s.normalize('NFC'));
}

/** Characters that normaliseText changes after NFC (a text without any is returned as is: speed only). */
const FOLDED = /[\u2018\u2019\u02BC\u2032\u064B-\u065F\u0670\u0640أإآىگڨکیڤچ]/;

/** normaliseText of a string already in NFC. Session 11 (riot): the letters spoken Arabic borrows from Persian script
 * are folded to the Arabic letters they stand for, one for one: Iraqi and Gulf گ and Maghrebi ڨ write the /g/ of ق
 * (گال, يگعد, انگطعت = قال, يقعد, انقطعت), Iraqi چ the /tʃ/ of ك (چان = كان), ڤ is ف, and the Persian-keyboard ک and ی
 * are ك and ي (judgment: the common correspondences of these dialects; Holes 2004, Modern Arabic, on the reflexes of
 * q and k), so every term written with the Arabic letter reads them. */
function foldNfc(s: string): string {
  if (!FOLDED.test(s)) return s;
  // (session 15, speed only: one pass over the text with FOLD_TO rather than eight replaces, each a scan and a new string)
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = FOLD_TO[c];
    if (d === c) continue;
    out += s.slice(from, i);
    if (d !== 0) out += String.fromCharCode(d);
    from = i + 1;
  }
  return out + s.slice(from);
}
/** foldNfc's replacements by UTF-16 unit: the unit itself where it is kept, 0 where it is removed, else the unit it becomes.
 * The replaced sets are disjoint and no replacement yields a unit another replaces, so one pass gives what the chained
 * replaces gave: ' for the curly and modifier apostrophes and the prime; the Arabic diacritics and tatweel removed; ا for
 * أ إ آ; ي for ى and ی; ق for گ ڨ; ك for ک چ; ف for ڤ. */
const FOLD_TO = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const set = (chars: string, to: number) => {
    for (const ch of chars) t[ch.charCodeAt(0)] = to;
  };
  set('\u2018\u2019\u02BC\u2032', 0x27);
  for (let c = 0x64b; c <= 0x65f; c++) t[c] = 0;
  t[0x670] = 0;
  t[0x640] = 0;
  set('أإآ', 'ا'.charCodeAt(0));
  set('ى', 'ي'.charCodeAt(0));
  set('گڨ', 'ق'.charCodeAt(0));
  set('کچ', 'ك'.charCodeAt(0));
  set('ی', 'ي'.charCodeAt(0));
  set('ڤ', 'ف'.charCodeAt(0));
  return t;
})();

/** A char normaliseText removes (Arabic diacritics, tatweel). */
const isRemovedMark = (c: number) => (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;

/**
 * (session 18, speed only) Whether NFC leaves the string as it is, read from its units: it does when every unit is one
 * that NFC leaves alone whatever stands beside it (NFC_INERT), so the string need not be normalised (`normalize` was
 * about 1% of the bench's time, on texts nearly all already in NFC). A unit is inert when NFC of it alone is itself and
 * it can join no unit before it: not a combining mark (\p{M}: every mark and every vowel sign that composes with what
 * precedes it), not a Hangul jamo (U+1100-U+11FF, which compose into a syllable) and not a surrogate (read whole, by
 * `normalize`). A string of such units has nothing to reorder or compose, and each unit decomposes and recomposes to
 * itself. The table is filled per block of 256 units, at the block's first unit met; the test
 * (test/agents-speed-s18.test.ts) checks the answer against `normalize` on every text and on pairs of units.
 */
const NFC_INERT = new Uint8Array(0x10000);
const NFC_BLOCK_READ = new Uint8Array(0x100);
const NFC_MARK = /^\p{M}$/u;
function nfcBlock(b: number): void {
  for (let c = b << 8, e = c + 0x100; c < e; c++) {
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x1100 && c <= 0x11ff)) continue;
    const ch = String.fromCharCode(c);
    if (!NFC_MARK.test(ch) && ch.normalize('NFC') === ch) NFC_INERT[c] = 1;
  }
  NFC_BLOCK_READ[b] = 1;
}
export function nfcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (NFC_INERT[c] === 1) continue;
    if (NFC_BLOCK_READ[c >>> 8] === 1) return false;
    nfcBlock(c >>> 8);
    if (NFC_INERT[c] === 0) return false;
  }
  return true;
}

/**
 * normaliseText with a map back to the (NFC) original, so evidence is quoted as written ("ودخان أبيض", not the
 * folded "ودخان ابيض"). map[i] is the original offset of normalised char i; map[text.length] = original length.
 * Removed marks (diacritics, tatweel) after a kept char belong to it, so a quote ending there keeps them.
 */
export function normaliseWithMap(raw: string): { text: string; original: string; map: Int32Array | null } {
  const original = nfcStable(raw) ? raw : raw.normalize('NFC');
  const text = foldNfc(original);
  if (text === original) return { text, original, map: null };
  const map = new Int32Array(text.length + 1);
  let j = 0;
  for (let i = 0; i < original.length; i++) {
    if (isRemovedMark(original.charCodeAt(i))) continue; // removed by normaliseText
    map[j++] = i; // the other replacements are one char for one char
  }
  map[text.length] = original.length;
  return { text, original, map };
}

/** The original text of normalised [start, end): trailing removed marks of the last char are kept. */
function quoteOriginal(n: { text: string; original: string; map: Int32Array | null }, start: number, end: number): string {
  if (!n.map) return n.text.slice(start, end);
  return n.original.slice(n.map[start], end >= n.text.length ? n.original.length : n.map[end]).trim();
}

const L = String.raw`\p{L}*`;
type Lang = 'en' | 'ru' | 'ar';
/** The left boundary of every pattern: a zero-width look-behind, kept apart so the scan can run without it. */
const LEFT: Record<Lang, string> = { en: String.raw`(?<![\p{L}\p{N}])`, ru: String.raw`(?<![\p{L}\p{N}])`, ar: String.raw`(?<![\p{L}])` };
/** A pattern's source without its left boundary (`scan`) and with it (`full`). */
/** Arabic proclitics a pattern lets attach before its word (wa-, fa-, bi-, li-, ka-, al-, lil- ...), before an
 * optional article; AR_PROCLITICS lists the same strings for the dispatch. */
const AR_CLITIC_SRC = '[وفبلك]|وب|ول|فب|فل|وال|بال|فال|كال|لل|ولل';
const AR_PROCLITICS = AR_CLITIC_SRC.split('|').flatMap((x) => (x.startsWith('[') ? [...x.slice(1, -1)] : [x]));
/** Every proclitic-and-article string an Arabic pattern admits before its body ("", "و", "ال", "وال", "بال" ...). */
const AR_PREFIXES = new Set(['ال', ...AR_PROCLITICS, ...AR_PROCLITICS.map((x) => x + 'ال')]);
/** The right edge of an Arabic pattern: the word may go on only with up to four letters of the inflectional suffixes'
 * alphabet (ا ت ن ي و ة ه ك م: sound plurals and duals, ة/ت, verb person endings, attached pronouns), so a short
 * pattern does not match inside another word ("سعل" inside a name, "دمع" in "مدمعة" is left-bounded already). A pattern
 * ending in "~" still takes any ending. Judgment: a letter class rather than the suffix list itself, which cost 7% of
 * the extraction time (a class with a bound is cheap for the regex engine). */
const AR_RIGHT = String.raw`[اتنيوةهكم]{0,4}(?![\p{L}])`;
function compileAlternatives(pats: string[], lang: Lang): { scan: string; full: string; body: string; pats: string[] } {
  const normalised = pats.map((p) => normaliseText(p).replaceAll('~', L));
  const body = normalised.join('|');
  // Arabic: a word boundary that lets the proclitics (wa-, fa-, bi-, li-, ka-, al-, lil-) attach, so short stems
  // such as بتر do not match inside هليكوبتر
  const scan = lang === 'ar' ? String.raw`(?:${AR_CLITIC_SRC})?(?:ال)?(?:${body})${AR_RIGHT}` : String.raw`(?:${body})(?![\p{L}])`;
  return { scan, full: LEFT[lang] + scan, body: `(?:${body})`, pats: normalised };
}

/**
 * A regex with a leading look-behind, searched in two steps with the same result as `full` searched globally:
 * `scan` (the pattern without its look-behind) finds the next position where the pattern could match, and the
 * sticky `at` (the whole pattern) confirms it there, or the scan resumes one character on. Every match of the whole
 * pattern is a match of the scan at the same position, and the sticky regex tries the alternatives in the same
 * order, so the matches are identical; the scan is about twice as fast because V8 cannot look ahead for a
 * pattern's first characters when it starts with a look-behind (bench/agents.bench.ts).
 */
interface TwoStep {
  scan: RegExp;
  at: RegExp;
  /** (session 25, speed only) the pair's script-narrowed twins (script-narrow.ts), run by execFrom where the text is
   * narrow-safe; null: not made (the lexicon entries' pairs) */
  n: { scan: RegExp; at: RegExp } | null;
}
function twoStep(scan: string, full: string, flags: string, narrow = false): TwoStep {
  if (!narrow) return { scan: new RegExp(scan, 'g' + flags), at: new RegExp(full, 'y' + flags), n: null };
  const s = twins(new RegExp(scan, 'g' + flags));
  const a = twins(new RegExp(full, 'y' + flags));
  return { scan: s.re, at: a.re, n: s.n === s.re || a.n === a.re ? null : { scan: s.n, at: a.n } };
}
function execFrom(r: TwoStep, s: string, from: number): RegExpExecArray | null {
  const { scan, at } = r.n !== null && stringNarrowSafe(s) ? r.n : r;
  scan.lastIndex = from;
  let c: RegExpExecArray | null;
  while ((c = scan.exec(s))) {
    at.lastIndex = c.index;
    const m = at.exec(s);
    if (m) return m;
    const hi = s.charCodeAt(c.index);
    scan.lastIndex = c.index + (hi >= 0xd800 && hi <= 0xdbff ? 2 : 1);
  }
  return null;
}

interface Compiled {
  feature: string;
  absent: boolean;
  selfNegating: boolean;
  lang: Lang;
  /** cheap prefilter: skip the patterns when the text lacks every word they need; an index into `requirements`
   * (entries sharing a prefilter test it once per text), -1 for none */
  requires: number;
  /** matched against the lower-cased text (no `i` flag: faster); `ci` is the case-insensitive twin for the rare
   * text whose lower-casing changes its length (e.g. a Turkish dotted I), where offsets would not map back */
  re: TwoStep;
  ci: TwoStep;
  /** sources without and with the left boundary (several lexicon entries of one feature join into one regex) */
  scanSrc: string;
  fullSrc: string;
  /** the patterns without the Arabic proclitic and article prefix (the same as scanSrc for the other languages but
   * for the right boundary): what the dispatch keys Arabic entries on */
  bodySrc: string;
  reqSrc: string | null;
  /** the prefilter is tested before the entry's regex is tried (not after a match, as for the other entries): a pattern
   * with a long bounded gap ([^.;]{0,60}) costs more per try than the prefilter costs per text (speed only: an entry
   * that fails its prefilter records nothing, whichever is tested first) */
  reqFirst: boolean;
  /** the sticky regex of scanSrc (the patterns without their left boundary), tried by the dispatch where the character
   * before the position is known to satisfy the boundary (speed only, session 17: see tryOne) */
  open: RegExp;
  /** the left boundary excludes letters only (Arabic), not letters and digits (English, Russian) */
  lbLettersOnly: boolean;
  /** literals one of which every match contains (regex-prefix.ts requiredLiterals), or null: tested once per text before
   * the entry's first try (speed only, session 17: see tryOne) */
  lits: string[] | null;
  /** by literal of `lits`: the hashes of its trigrams (triHash), or null for a literal under three units (speed only,
   * session 18: see litInText) */
  litTris: (Int32Array | null)[] | null;
  /** (session 19, speed only) the patterns of the entry, normalised, by lexicon entry merged into it (the groups of its
   * top-level alternatives, in order): the dispatch's units (see lexUnits) */
  groups: string[][];
}

/**
 * The combined lexicon automaton: one trie over the opening characters of every match of every entry (all features,
 * polarities and languages), built once from the patterns themselves (regex-prefix.ts `openPrefixes`: up to
 * PREFIX_MAX characters, whitespace folded to one space, a prefix ending where the pattern has a construct that cannot
 * be enumerated). Arabic entries are keyed on every proclitic-and-article string their patterns admit followed by the
 * body's prefixes. One walk from each word start yields every entry that can match there; the entry's sticky regex
 * then confirms the match and gives its end. Whatever phrases the lexicon holds flow into it.
 */
/** Longest prefix enumerated per pattern (judgment: longer prefixes cut regex tries further but grow the trie). */
const PREFIX_MAX = 10;
let trie: LexTrie | null = null;

function buildTrie(entries: Compiled[]): LexTrie {
  // (the trie's layout: lex-trie.ts)
  const sets = entries.map((c) => openPrefixes(c.lang === 'ar' ? c.bodySrc : c.scanSrc, PREFIX_MAX) ?? new Set(['']));
  // session 14 (speed only): an entry with a prefilter that the trie names at a short opening ("a ", "the ", a bare
  // letter run before \p{L}) is tried at many word starts of most texts and matches at few: its prefilter, one test per
  // text, is tested before it is tried (as for the long gaps). An entry that fails its prefilter records nothing,
  // whichever is tested first, so the matches are the same.
  sets.forEach((set, ei) => {
    if (entries[ei].reqSrc !== null && [...set].some((x) => x.length <= SHORT_OPENING)) entries[ei].reqFirst = true;
  });
  // (session 19, speed only) the trie names units, not entries: each pattern of each entry keyed on its own openings
  // (lexUnits), so a try runs the patterns that can start there, not the entry's whole alternation
  const unitSets: Set<string>[] = [];
  const ue: number[] = [];
  const ug: number[] = [];
  const uf: Int32Array[][] = [];
  const litIds = new Map<string, number>();
  const lits: string[] = [];
  unitPat = [];
  entries.forEach((c, ei) =>
    c.groups.forEach((pats, gi) => {
      for (const pat of pats) {
        const src = c.lang === 'ar' ? `(?:${pat})` : String.raw`(?:${pat})(?![\p{L}])`;
        unitSets.push(openPrefixes(src, PREFIX_MAX) ?? new Set(['']));
        uf.push(
          requiredLiteralSets(src).map((set) =>
            Int32Array.from(set, (x) => {
              let id = litIds.get(x);
              if (id === undefined) litIds.set(x, (id = lits.push(x) - 1));
              return id;
            }),
          ),
        );
        ue.push(ei);
        ug.push(gi);
        unitPat.push(pat);
      }
    }),
  );
  unitEntry = Int32Array.from(ue);
  unitGroup = Int32Array.from(ug);
  unitOpen = unitPat.map(() => null);
  unitAt = unitPat.map(() => null);
  unitOpenN = unitPat.map(() => null);
  unitAtN = unitPat.map(() => null);
  unitSeen = new Int32Array(unitPat.length);
  unitLitSets = uf;
  unitDead = new Int32Array(unitPat.length);
  setLits = lits;
  // (the sets, their literals and their trigrams laid out in flat arrays: the gate reads them at most word starts)
  const sf: number[] = [0];
  const si: number[] = [];
  const usf: number[] = [0];
  for (const sets of uf) {
    for (const set of sets) {
      for (const id of set) si.push(id);
      sf.push(si.length);
    }
    usf.push(sf.length - 1);
  }
  unitSetFrom = Int32Array.from(usf);
  setFrom = Int32Array.from(sf);
  setLitIds = Int32Array.from(si);
  const ltf: number[] = [0];
  const lt: number[] = [];
  for (const x of lits) {
    const tris = trigramsOf(x);
    if (tris) for (const h of tris) lt.push(h);
    ltf.push(lt.length);
  }
  litTriFrom = Int32Array.from(ltf);
  litTri = Int32Array.from(lt);
  setLitNext = new Int32Array(lits.length);
  setLitStamp = new Int32Array(lits.length);
  textStamp = 0;
  unitStamp = 0;
  subsetRegexes.clear();
  subsetRegexesN.clear();
  return buildLexTrie(unitSets, AR_PREFIXES);
}
/**
 * (session 19, speed only) The dispatch's units: one per pattern of each compiled entry, numbered entry by entry and, within
 * an entry, in the order of its top-level alternatives (its lexicon entries' patterns, in order). An entry's regex is
 * an ordered alternation: at a position it gives the first alternative that matches there (with whatever follows it
 * in the alternative: the right boundary), and an alternative whose openings the trie does not find at the position
 * cannot match there. So the entry's match at p is that of the alternation of just the units the walks found at p,
 * kept in their order, grouped as in the entry (for Arabic, the proclitic and article stay outside each lexicon
 * entry's group of bodies, so the backtracking order is the entry's): same start, same end. Most tries find one unit,
 * a small regex where the entry's held up to two hundred alternatives.
 */
let unitEntry = new Int32Array(0);
let unitGroup = new Int32Array(0);
let unitPat: string[] = [];
/** by unit, built at its first try alone: its sticky regex without the left boundary (open) and with it (at) */
let unitOpen: (RegExp | null)[] = [];
let unitAt: (RegExp | null)[] = [];
/** several units of one entry found at one position: their regexes by the units' numbers */
const subsetRegexes = new Map<string, { open: RegExp; at: RegExp }>();
/** (session 25, speed only) the same three, of the units' script-narrowed twins (script-narrow.ts): tried instead where
 * the text is narrow-safe (dmNarrow), where each twin gives its original's every answer */
let unitOpenN: (RegExp | null)[] = [];
let unitAtN: (RegExp | null)[] = [];
const subsetRegexesN = new Map<string, { open: RegExp; at: RegExp }>();
/** the units found at the position being read (candN of them) and the position's stamp in unitSeen (a unit is listed once) */
let unitSeen = new Int32Array(0);
/** (session 20, speed only) by unit: the sets of literals its every match holds one string of each (regex-prefix.ts
 * requiredLiteralSets of the pattern alone; session 19 tested only the best set, and only whether the text held one of
 * its strings anywhere), as numbers into setLits. A match at p holds one string of every set, each starting at p or
 * later, so a unit is tried at p only if every set has a string that starts at p or later in the text (unitMayAt); a
 * unit one of whose sets has no string left in the text is dead for the rest of it (unitDead holds the text's stamp). */
let unitLitSets: Int32Array[][] = [];
let unitDead = new Int32Array(0);
/** the literals of every unit's sets, their trigrams (trigramsOf), and, per text, where each one next starts: the first
 * start at or after the last position asked about (-1: none there, nor after any later position), valid where
 * setLitStamp holds the text's stamp. The dispatch asks at increasing positions, so each literal's searches together
 * read the text about once. */
let setLits: string[] = [];
/** the same in flat arrays: unit u's sets are numbers unitSetFrom[u] to unitSetFrom[u + 1] - 1; set k's literals are
 * setLitIds[setFrom[k]] to setLitIds[setFrom[k + 1] - 1]; literal id's trigram hashes are litTri[litTriFrom[id]] to
 * litTri[litTriFrom[id + 1] - 1] (every literal has three units or more) */
let unitSetFrom = new Int32Array(1);
let setFrom = new Int32Array(1);
let setLitIds = new Int32Array(0);
let litTriFrom = new Int32Array(1);
let litTri = new Int32Array(0);
let setLitNext = new Int32Array(0);
let setLitStamp = new Int32Array(0);
let textStamp = 0;
/** where literal `id` next starts at p or later in the text being read, or -1 */
function litNext(id: number, p: number): number {
  let at: number;
  if (setLitStamp[id] !== textStamp) {
    setLitStamp[id] = textStamp;
    if (!triReady) fillTrigrams();
    for (let k = litTriFrom[id], e = litTriFrom[id + 1]; k < e; k++) {
      const h = litTri[k];
      if ((triSet[h >>> 5] & (1 << (h & 31))) === 0) return (setLitNext[id] = -1);
    }
    at = -2;
  } else at = setLitNext[id];
  if (at === -1 || at >= p) return at;
  return (setLitNext[id] = triSource.indexOf(setLits[id], p));
}
/** whether unit u may match at p: every one of its sets has a string starting at p or later (see unitLitSets) */
function unitMayAt(u: number, p: number): boolean {
  if (unitDead[u] === textStamp) return false;
  for (let k = unitSetFrom[u], ke = unitSetFrom[u + 1]; k < ke; k++) {
    let found = false;
    let dead = true;
    for (let q = setFrom[k], qe = setFrom[k + 1]; q < qe; q++) {
      const at = litNext(setLitIds[q], p);
      if (at >= 0) {
        found = true;
        break;
      }
      if (at !== -1) dead = false;
    }
    if (!found) {
      if (dead) unitDead[u] = textStamp;
      return false;
    }
  }
  return true;
}
let unitStamp = 0;
let cand = new Int32Array(64);
let candN = 0;
function subsetSources(c: Compiled, units: Int32Array, from: number, to: number, narrow: boolean): { open: RegExp; at: RegExp } {
  const scans: string[] = [];
  const fulls: string[] = [];
  if (c.lang === 'ar') {
    for (let i = from; i < to; ) {
      const g = unitGroup[units[i]];
      const bodies: string[] = [];
      for (; i < to && unitGroup[units[i]] === g; i++) bodies.push(`(?:${unitPat[units[i]]})`);
      const scan = String.raw`(?:${AR_CLITIC_SRC})?(?:ال)?(?:${bodies.join('|')})${AR_RIGHT}`;
      scans.push(scan);
      fulls.push(LEFT.ar + scan);
    }
  } else
    for (let i = from; i < to; i++) {
      const scan = String.raw`(?:${unitPat[units[i]]})(?![\p{L}])`;
      scans.push(scan);
      fulls.push(LEFT[c.lang] + scan);
    }
  const open = scans.join('|');
  const at = fulls.join('|');
  if (narrow) return { open: new RegExp(narrowSource(open) ?? open, 'yu'), at: new RegExp(narrowSource(at) ?? at, 'yu') };
  return { open: new RegExp(open, 'yu'), at: new RegExp(at, 'yu') };
}
function addUnit(u: number): void {
  if (unitSeen[u] === unitStamp) return;
  unitSeen[u] = unitStamp;
  if (candN === cand.length) {
    const grown = new Int32Array(cand.length * 2);
    grown.set(cand);
    cand = grown;
  }
  cand[candN++] = u;
}
/** an opening this short names an entry at many word starts (judgment: articles, prepositions, two-letter stems) */
const SHORT_OPENING = 5;


let compiled: Compiled[] | null = null;
let requirements: RegExp[] = [];
/** the same, global: searched from where the entry is tried (usable) */
let requirementsFrom: RegExp[] = [];
/** (session 19, speed only) by prefilter: its literals when its source is an alternation of plain strings (207 of the 209
 * prefilters), else null, and their trigram hashes (trigramsOf). Such a regex (the `u` flag, no `i`) matches a string
 * exactly when one of the strings is in it: answered by the literal gate (litInText: the text's trigram set, then
 * `includes`) rather than by a scan of the text */
let requirementLits: (string[] | null)[] = [];
let requirementTris: (Int32Array | null)[][] = [];
/** a source that is one or more plain strings (no character a regex reads specially) joined by | */
const PLAIN_ALTERNATION = /^[^\\()[\]{}.*+?^$|]+(?:\|[^\\()[\]{}.*+?^$|]+)*$/u;
let namedRe: { agent: string; re: TwoStep; body: string; folded: boolean }[] = [];
/** the case-insensitive names' bodies in one cue gate (namedIn), bit k for the k-th name of namedRe */
let namedGate: CueGate | null = null;
/**
 * The agents named in the text, in AGENT_NAMES order: each name's regex tested over the whole text (execFrom). Speed only
 * (session 14): a case-insensitive name is tested only where the cue gate finds the opening of its body somewhere in the
 * text (its full regex can only match where its body does); most texts name none or one.
 */
function namedIn(text: string): string[] {
  const n = namedRe.length;
  const may = namedGate!.scan(text);
  const named: string[] = [];
  for (let i = 0; i < n; i++) {
    if (namedRe[i].folded && (may & (1 << i)) === 0) continue;
    // (session 17, agpara) a name set aside by a contrast ("it was not chlorine but tear gas", "не хлор, а слезоточивый газ", "ليس
    // كلور بل غاز مسيل للدموع") is not what the text names: the name after the contrast is; the first occurrence not so denied counts
    for (let m = execFrom(namedRe[i].re, text, 0); m; m = execFrom(namedRe[i].re, text, m.index + Math.max(1, m[0].length))) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if ((NOT_BEFORE_NAME.test(before) && CONTRAST_AFTER_NAME.test(text.slice(end, end + 40))) || CORRECTION_BEFORE_NAME.test(before)) continue;
      named.push(namedRe[i].agent);
      break;
    }
  }
  return named;
}
/** (session 17, agpara) "not (the / a) X", "не X", "ليس / لم يكن / مو / مش X" right before a name, and a contrast right after it */
const NOT_BEFORE_NAME = /(?<![\p{L}'])(?:not|wasn't|isn't|не|[وف]?(?:ليس|ليست|لم\s+يكن|لم\s+تكن|مو|مش|ما\s+كان|ما\s+كانت))\s+(?:(?:the|a|an|a\s+case\s+of)\s+)?$/iu;
/** ... and the name corrected away after a comma ("it was chlorine, not tear gas", "хлор, а не слезоточивый газ", "كلور وليس غاز مسيل للدموع") */
const CORRECTION_BEFORE_NAME = /(?:[,\u060C]\s*(?:and\s+)?(?:not|а\s+не|но\s+не)|(?<![\p{L}])(?:وليس|وليست|مش|مو))\s+(?:(?:the|a|an)\s+)?$/iu;
// (session 17 fixrev, review R11: a short aside may stand before the contrast, "It wasn't tear gas, I tell you, but chlorine")
const CONTRAST_AFTER_NAME = /^(?:\s+(?:gas|газ\p{L}*))?(?:\s*,\s*(?:i\s+tell\s+you|i\s+swear|you\s+know|mind\s+you|believe\s+me|i\s+think|honestly|я\s+(?:вам\s+|тебе\s+)?говорю|поверьте|честно)(?=\s*,))?\s*[,\u060C]?\s*(?:but|а|[وف]?(?:بل|انما|وانما|لكن))(?![\p{L}])/iu;

/** a bounded repetition of ten or more (judgment: where a try scans ahead, bench/agents.bench.ts's onset patterns) */
const LONG_GAP = /\{\d*,\d{2,}\}/;

/**
 * Speed (bench/agents.bench.ts): one regex per (feature, polarity, language), run only for the scripts the text
 * contains, on the lower-cased text, after the family's `requires` prefilter.
 */
function compile(): Compiled[] {
  if (compiled) return compiled;
  const out: Compiled[] = [];
  const dummy: TwoStep = { scan: /$^/gu, at: /$^/yu, n: null };
  for (const e of LEXICON)
    for (const lang of ['en', 'ru', 'ar'] as const) {
      const pats = e[lang];
      if (!pats?.length) continue;
      const src = compileAlternatives(pats, lang);
      const prev = out.find((c) => c.feature === e.feature && c.absent === !!e.absent && c.selfNegating === !!e.selfNegating && c.lang === lang);
      const req = e.requires?.[lang];
      if (prev) {
        prev.scanSrc = `${prev.scanSrc}|${src.scan}`;
        prev.fullSrc = `${prev.fullSrc}|${src.full}`;
        prev.bodySrc = `${prev.bodySrc}|${src.body}`;
        prev.reqSrc = prev.reqSrc && req ? `${prev.reqSrc}|${req}` : null;
        prev.groups.push(src.pats);
      } else
        out.push({ feature: e.feature, absent: !!e.absent, selfNegating: !!e.selfNegating, lang, requires: -1, re: dummy, ci: dummy, scanSrc: src.scan, fullSrc: src.full, bodySrc: src.body, reqSrc: req ?? null, reqFirst: false, open: dummy.at, lbLettersOnly: lang === 'ar', lits: null, litTris: null, groups: [src.pats] });
    }
  const reqIndex = new Map<string, number>();
  requirements = [];
  requirementsFrom = [];
  requirementLits = [];
  requirementTris = [];
  for (const c of out) {
    c.reqFirst = LONG_GAP.test(c.scanSrc);
    c.re = twoStep(c.scanSrc, c.fullSrc, 'u');
    c.ci = twoStep(c.scanSrc, c.fullSrc, 'iu');
    c.open = new RegExp(c.scanSrc, 'yu');
    c.lits = requiredLiterals(c.scanSrc);
    c.litTris = c.lits && c.lits.map(trigramsOf);
    if (c.reqSrc !== null) {
      let i = reqIndex.get(c.reqSrc);
      if (i === undefined) {
        i = requirements.length;
        requirements.push(new RegExp(c.reqSrc, 'u'));
        requirementsFrom.push(new RegExp(c.reqSrc, 'gu'));
        const lits = PLAIN_ALTERNATION.test(c.reqSrc) ? c.reqSrc.split('|') : null;
        requirementLits.push(lits);
        requirementTris.push(lits ? lits.map(trigramsOf) : []);
        reqIndex.set(c.reqSrc, i);
      }
      c.requires = i;
    }
  }
  compiled = out;
  trie = buildTrie(out);
  namedRe = AGENT_NAMES.map((n) => {
    const body = `(?:${normaliseText(n.re).replaceAll('~', L)})`;
    return { agent: n.agent, re: twoStep(body, String.raw`(?<![\p{L}])` + body, n.agent === 'vx' ? 'u' : 'iu'), body, folded: n.agent !== 'vx' };
  });
  // the case-insensitive names' openings (bit i for namedRe[i]; a case-sensitive name's bit is never read)
  namedGate = new CueGate(namedRe.map((n) => n.re.at.source));

  return compiled;
}

/** Feature ids the lexicon can produce (a test checks that each is in the knowledge base). */
/** Each compiled lexicon entry's regex source (with its left boundary; matched with the `u` flag on the lower-cased text)
 * and its required literals (null: none tested), for the test that keeps the literal gate exact
 * (test/agents-speed-s17.test.ts). */
export function lexiconLiteralGates(): { source: string; lits: string[] | null }[] {
  return compile().map((c) => ({ source: c.fullSrc, lits: c.lits }));
}

export function lexiconFeatures(): string[] {
  return [...new Set(LEXICON.map((e) => e.feature))];
}

/** (session 11, riot: spoken Arabic بس 'but' — Levantine, Egyptian, Iraqi, Gulf — ends a clause as لكن does: "ما في ريحة بس
 * الناس عم تسعل", no smell but people were coughing; judgment of reading) */
const CLAUSE_END = /[.;:!?\n\u061F\u061B]|(?<![\p{L}])(?:but|however|although|though|yet|whereas|except|но|однако|хотя|لكن|ولكن|بل|إلا|الا|سوى|بس|وبس)(?![\p{L}])/giu;
/** Session 12 (agprobe): the clinical 'denies' in Russian (отрицает, отрицал ...) and Arabic (ينفي، نفى، ينكر، أنكر ...) is
 * a verbal cue like English 'denied' and, like it, scopes over a list joined by 'and' (judgment of reading). */
/** Session 13 (agram): the clinical "ruled out" before its object ("The doctor ruled out miosis, seizures and
 * hypersalivation", "врачи исключили судороги", "استبعد الأطباء التشنجات") denies as "denied" does, over an and-list too. */
/** Session 16 (agcov): the investigator's and clinician's "eliminated" and "excluded" before their object ("we eliminated
 * refrigerant as the source", "tests excluded organophosphates") are "ruled out"; not when the object is what responders
 * remove or stop (a leak, a fire, a source, a hazard: "crews eliminated the leak" tells a leak) nor "excluded from" a place.
 * Judgment of reading, a closed class. */
/** (session 14, claimsra: named for what it holds, the verbs of denying and of ruling out in English, Russian and Arabic;
 * it was DENY_OR_RULE_OUT though it holds the English "ruled out" too) */
const DENY_OR_RULE_OUT = 'ruled\\s+out|rule\\s+out|rules\\s+out|ruling\\s+out|(?:eliminated|excluded)(?!\\s+(?:the\\s+|a\\s+|any\\s+)?(?:leak|leaks|fire|blaze|source|threat|hazard|danger|risk|spill|from|hotspot|hotspots)(?![\\p{L}]))|исключили|исключил|исключила|[وف]?(?:استبعد|استبعدوا|استبعدت|يستبعد|نستبعد)|отрицает|отрицают|отрицал|отрицала|отрицали|отрицалось|[وف]?(?:ينفي|تنفي|ينفون|نفى|نفي|نفت|نفوا|ينكر|تنكر|ينكرون|انكر|انكرت|انكروا)';
/** Session 12 (agprobe): Arabic ما before a verb is the negation of the past in speech and in writing ("ما مات حدا", "ما
 * شمينا ريحة", "وما سعل أحد"); ما is also 'what' and 'that which', so it is no cue after a preposition or a demonstrative
 * ("بعد ما سقطت", "هذا ما رأيناه") or before the verbs of happening, resembling and naming, a pronoun, a demonstrative, or
 * the words of 'still', 'except' and 'as long as' (ما زال، ما عدا، ما دام) (judgment of reading, closed classes). Session 12
 * (review): nor after the adverbs that take ما as 'soon / often / seldom / usually' (سرعان ما، غالبا ما، كثيرا ما، عادة ما), after
 * 'according to' (وفق ما), nor before the verbs of 'did not wait / hardly / never ceased' that affirm (ما لبث أن، ما كاد، ما فتئ،
 * ما انفك، ما برح): "سرعان ما ظهرت أعراض الاختناق" tells the signs. */
/** Session 13 (agfix, review item 1): "ruled out" is no denial when it is itself negated ("could not be ruled out",
 * "не исключили", "لم يستبعد": the diagnosis stays possible), and its object ends at a word of reason ("given", "because of",
 * "due to", "из-за", "ввиду", "بسبب", "نظرا"): the signs after it are the grounds, not what was ruled out. A cue whose span to
 * the phrase holds such a rule-out does not reach the phrase (judgment of reading, closed classes). */
const RULE_OUT_WORD = /(?<![\p{L}])(?:ruled\s+out|rule\s+out|rules\s+out|ruling\s+out|eliminated|excluded|исключили|исключил|исключила|исключено|исключен\p{L}*|исключён\p{L}*|[وف]?(?:استبعد|استبعدوا|استبعدت|يستبعد|نستبعد|تستبعد|يستبعدون))(?![\p{L}])/iu;
const RULE_OUT_NEG = /(?<![\p{L}'])(?:not|never|cannot|can't|couldn't|wasn't|weren't|didn't|не|[وف]?(?:لم|لا|ما|لن))(?:\s+\p{L}+){0,2}\s+$/iu;
const REASON_WORD = /(?<![\p{L}])(?:given|because\s+of|due\s+to|owing\s+to|in\s+view\s+of|из-за|ввиду|[وف]?بسبب|نظرا)(?![\p{L}])/iu;
function ruleOutOutOfReach(text: string, cueAbs: number, start: number): boolean {
  const r = RULE_OUT_WORD.exec(text.slice(cueAbs, start));
  if (!r) return false;
  const rAbs = cueAbs + r.index;
  return REASON_WORD.test(text.slice(rAbs + r[0].length, start)) || RULE_OUT_NEG.test(text.slice(Math.max(0, rAbs - 30), rAbs));
}
/** (session 17, agpara) also the spoken free relatives 'wherever, whoever, whatever, whenever, however' (وين ما، فين ما، مين ما، شو ما، وقت
 * ما، متى ما، كيف ما): "وين ما الفقاعات فقعت" is where the blisters burst, no denial */
/** the words after which ما is 'what' / 'that which', not a negation (AR_MA_NEG's look-behind; verbCueIn applies it to the
 * whole text, since a window may open at ما itself) */
const AR_MA_PREV = 'وين|فين|مين|شو|ايش|وقت|متى|كيف|بعد|قبل|حد|لحد|حتي|حتى|طول|لين|عند|حسب|وفق|وفقا|مثل|متل|زي|كل|اول|لما|منذ|من|عن|علي|في|هذا|هذه|هو|هي|بين|اللي|الذي|التي|الي|قد|اكثر|مع|سرعان|غالبا|كثيرا|قليلا|نادرا|عادة|عاده|ربما|بعض|اي';
// (session 25, agnew) ما before a verb of seeming, alleging or describing ('تسقط ما يبدو أنه برميل', 'ما يُزعم أنه غاز', 'ما يُعتقد أنه
// قذيفة', 'ما وصفوه بغاز'): 'what appears to be / is alleged to be', the archivist's free relative, no denial (the spoken negation of
// seeming is ما بيبين or لا يبدو); يعتقد and يظن only with أن after them. Judgment of reading (MSA free relative), closed class
// (session 21, agru) the word before ما is a whole word (with و / ف / ب / ل): 'واحد ما كح' (not one coughed) ends in حد, which is no 'until'
const AR_MA_NEG = String.raw`(?<!(?<![\p{L}])[وفبل]?(?:${AR_MA_PREV})\s+)[وف]?ما(?=\s)(?!\s+(?:وقف\p{L}*|لبث\p{L}*|فتئ\p{L}*|فتي\p{L}*|انفك\p{L}*|برح\p{L}*|كاد\p{L}*|بطل\p{L}*|عاد\p{L}*|عدت|عدنا|قدر\p{L}*|حدث|جرى|جري|حصل|صار\s+مع|اسفر|ادى|ادي|تسبب|نتج|خلف|اوقع|يؤدي|نعرفه|اعرفه|نعلمه|اذكره|اتذكره|نتذكره|يحدث|يجري|يشبه|تشبه|يبدو|يبدوا|بدا|بدت|يرجح|يزعم|زعم|يشتبه|يعتقد\s+ان\p{L}*|يظن\s+ان\p{L}*|قيل|يقال|وصف\p{L}*|يوصف|يسمى|يسمي|يعرف|يقارب|يزيد|يقرب|هو|هي|هذا|هذه|هذي|هاد|هاي|اذا|ان|زال|يزال|تزال|زالت|زالوا|عدا|دام|بعد|بين|لا|لم|الذي|التي|اللي|في|فيش|حدا|حد|كان\s+في|عندي|عندنا|رايت|رايناه|شاهدناه|سمعناه)(?![\p{L}]))`;
/** a verb in the spoken negative circumfix is a verbal cue for what follows it ("مشمتش ريحة كلور", "ماشفناش دخان"):
 * term-matcher.ts arabicNegatedVerb (session 12) */
const AR_CIRCUMFIX_CUE = String.raw`[وف]?(?:ما\p{L}{3,}|م\p{L}{2,}(?:ت|نا|و|وا|ي))ش`;
const VERB_CUE = new RegExp(String.raw`(?<![\p{L}'])(?:not|never|denied|deny|denies|didn't|wasn't|weren't|don't|doesn't|hasn't|haven't|hadn't|isn't|aren't|cannot|can't|couldn't|did not|was not|were not|не|${DENY_OR_RULE_OUT}|${AR_MA_NEG}|${AR_CIRCUMFIX_CUE}|[وف]?(?:لم|لن|ليس|ليست|لا)|مش|مو|مافي|ماكو)(?![\p{L}'])(?!\s+(?:only|just|merely|until|long after|long|take\s+long|stop|help|(?:even\s+)?(?:a|one|two|three|four|five|ten|fifteen|twenty|\d+|a\s+few|several)\s+(?:minutes?|seconds?|moments?)\s+(?:later|after|had\s+passed|passed)|только|лишь|просто|فقط|(?:يزال|تزال|زال|زالت|زالوا|يزالون)(?![\p{L}])|(?:\p{L}+\s+)?(?:переста\p{L}*|прекра\p{L}*|\p{L}*توقف\p{L}*|prevent|предотвратить|предотвратили)(?![\p{L}])|(?:\p{L}+\s+){1,2}(?:until|till)(?![\p{L}])|то(?!\s+(?:что|чтобы))(?![\p{L}])|(?:\p{L}+\s+){0,2}(?:forget|forgot|forgotten|remember|забуду|забыть|забыл\p{L}*|انسى|ننسى|ينسى|تنسى|know|knew|realis\p{L}*|realiz\p{L}*|understand|understood|знал\p{L}*|понимал\p{L}*|نعلم|نعرف|يعلم|يعرف|اعلم|اعرف|ندري|يدري|نفهم)(?![\p{L}])))`, 'iu'); // "could not stop coughing" affirms; "لا تزال تدخن" (still smoking, session 12) is no negation; "were not seen until the next morning" times, it does not deny; "we did not know (that) mixing ..." presupposes what follows
/** (session 12, para: the possessive "nobody's eyes watered", "no one's pupils" is the determiner 'nobody' of a sign's body part;
 * 'not one', 'not a single' are determiners like 'no'; spoken Arabic 'did not have' / 'has not' — ما كان عنده, ما عنده,
 * Egyptian معندوش — is 'there was no ... with him', as ما كان في; judgment of reading) */
/** (session 16, agcov: spoken 'nobody' before a bare imperfect — محدش ياكل منه, ما حدا يطلع, nobody eat of it, let nobody go
 * out — is a prohibition or a warning, not a report: the spoken present of a report takes بـ or عم (محدش بياكل, ما حدا عم
 * يتنفس) and its past the perfect (محدش أكل); so 'nobody' there denies nothing. The modal verbs of being able and knowing
 * (يقدر, يستطيع, يعرف, يكدر) and of feeling (يحس) are bare in a report too ("ما حدا يقدر يتنفس": nobody could breathe) and stay
 * cues. Judgment of reading, a closed class) */
/** (session 11, riot: spoken Arabic 'nobody' and 'there is/was no' — Egyptian محدش, مفيش, ماكانش; Levantine ما حدا, ما في;
 * Gulf محد, ما حد; Maghrebi ماكاين — as determiners, like 'nobody' and 'no'; judgment of reading) */
const DET_CUE =
  /(?<![\p{L}'])(?:no|without|neither|nor|none|no one|nobody|zero|ноль|(?<![\p{N}.,])0(?=\s)|free of|absence of|lack of|lacked|negative for|nobody['’]s|no[- ]one['’]s|not one|not a single|нет|без|ни|никак(?:их|ой|ого|ая|ое|ие|ую|ому|им|ими)|отсутств\p{L}*|[وف]?(?:بدون|دون|عدم|بلا|لا يوجد|لا توجد)|غير|انعدام|خلو من|خال\p{L}* من|[وف]?(?:(?:محدش|ماحدش|ما\s+حدش|ما\s+حدا|ماحدا|ولا\s+حدا|ما\s+حد|ماحد|محد)(?!\s+[يت](?!قدر|ستطيع|عرف|كدر|حس)\p{L}{2,}(?![\p{L}]))|مفيش|مافيش|ما\s+فيش|ما\s+فيه|مافيه|ما\s+في|ما\s+كان\s+في|ما\s+(?:كان|كانت|كانوا|كنا)\s+عند\p{L}*|ما\s+عند(?:ه|ها|هم|ي|نا|كم)|ماعند(?:ه|ها|هم|ي|نا)|معند(?:وش|هاش|هومش|يش|ناش)|ماكاين|ما\s+كاين|ماكانش|مكانش))(?![\p{L}'])(?!\s+(?:doubt|longer|more than|less than|sooner|matter|idea|clue|شك))/iu;
/** VERB_CUE and DET_CUE searched in two steps (the first match of each is the same as its exec: see execFrom) */
const withoutLookBehind = (r: RegExp) => {
  const lb = String.raw`(?<![\p{L}'])`;
  if (!r.source.startsWith(lb)) throw new AssayError('internal', 'negation cue without its look-behind');
  return r.source.slice(lb.length);
};
const VERB_CUE_2 = twoStep(withoutLookBehind(VERB_CUE), VERB_CUE.source, 'iu', true);
const DET_CUE_2 = twoStep(withoutLookBehind(DET_CUE), DET_CUE.source, 'iu', true);
/** ما opening a window has no word before it in the window: the whole text's word before it decides (session 12, review) */
const MA_CUE = /^[وف]?ما$/u;
const MA_PREV_END = new RegExp(String.raw`(?<![\p{L}])(?:${AR_MA_PREV})\s+$`, 'u');
const BEFORE_LA = /(?:^|\s)قبل\s+$/u;
/** VERB_CUE_2's first match in text[from, to), skipping a ما that the text before the window shows is 'what' (sarʿān mā,
 * baʿd mā ...): the window slice hides that word from AR_MA_NEG's look-behind. Offsets are relative to `from`. */
function verbCueIn(text: string, from: number, to: number): RegExpExecArray | null {
  const w = text.slice(from, to);
  let pos = 0;
  for (;;) {
    const m = execFrom(VERB_CUE_2, w, pos);
    // (session 14, agram) spoken قبل لا 'before' (Levantine, Gulf, Iraqi: "قبل لا يوصل المستشفى ومات") is no negation
    if (m && m[0] === 'لا' && BEFORE_LA.test(text.slice(Math.max(0, from + m.index - 8), from + m.index))) {
      pos = m.index + m[0].length;
      continue;
    }
    if (!m || !MA_CUE.test(m[0]) || !MA_PREV_END.test(text.slice(Math.max(0, from + m.index - 16), from + m.index))) return m;
    pos = m.index + m[0].length;
  }
}
const SCOPED_CUE = /(?<![\p{L}])(?:no|without|nor|never any)\s+(?:\p{L}+\s+)?(?:signs?|symptoms?|evidence|indications?)\s+of(?![\p{L}])/iu;
const SCOPED_CUE_T = twins(SCOPED_CUE);

/**
 * Where a negation cue's words can start, found once per text (session 12, speed only). Every match of VERB_CUE,
 * DET_CUE or SCOPED_CUE, in a window of the text or in the whole text, opens with its first group (the cue's words,
 * after the look-behind; the look-aheads only narrow), and CUE_WORDS_AT is the union of those groups, sticky, with the
 * same flags. A window of the clause before a phrase in which no cue word starts holds no cue, and negationAt then
 * skips its window checks (their regexes would all fail): the result is the same.
 *
 * Which positions are tried: a cue's match inside a window starts either at the window's start or where the look-behind
 * holds, after a unit that is not a letter; negationAt's windows start at the clause's start, after a comma or after
 * whitespace. So CUE_WORDS_AT is tried at each position after a non-letter (the BMP letter table; a surrogate counts
 * as a non-letter, which only adds positions) whose first two units can begin a cue word under the regex's own case
 * folding (CUE_PAIRS, as CLAUSE_PAIRS), and a window whose start follows a letter and is itself a letter (a clause
 * start cut 240 characters back inside a word) is never skipped (cueWordBetween).
 */
function firstGroup(r: RegExp, lookBehind: string): string {
  const src = r.source;
  if (!src.startsWith(lookBehind) || !src.startsWith('(?:', lookBehind.length)) throw new AssayError('internal', 'negation cue without its look-behind and group');
  let depth = 0;
  for (let i = lookBehind.length; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // a class: up to its closing bracket (no nested classes in these sources)
      while (++i < src.length && src[i] !== ']') if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return src.slice(lookBehind.length, i + 1);
  }
  throw new AssayError('internal', 'negation cue group not closed');
}
/** A look-behind inside a cue's words ("ما" not after "اللي": AR_MA_NEG) sees the whole text here but only the window in
 * negationAt, whose slice starts after it: dropped, so a cue word start is found wherever a window could match one (a
 * superset of positions only costs a skip). */
function withoutLookBehinds(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
      let depth = 0;
      for (; i < src.length; i++) {
        const c = src[i];
        if (c === '\\') i++;
        else if (c === '[') {
          while (++i < src.length && src[i] !== ']') if (src[i] === '\\') i++;
        } else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      continue;
    }
    out += src[i];
    if (src[i] === '\\') out += src[++i];
  }
  return out;
}
const CUE_GROUPS = [firstGroup(VERB_CUE, String.raw`(?<![\p{L}'])`), firstGroup(DET_CUE, String.raw`(?<![\p{L}'])`), firstGroup(SCOPED_CUE, String.raw`(?<![\p{L}])`)].map(withoutLookBehinds);
const CUE_WORDS_AT = new RegExp(CUE_GROUPS.join('|'), 'yiu');
const CUE_WORDS_AT_T = twins(CUE_WORDS_AT);
/** the first two characters of every cue word (regex-prefix.ts; each group's words are literal, so never null) */
/** the first two characters of every cue word where the regex-prefix reader can enumerate them; a cue word whose second
 * character it cannot enumerate (the spoken Arabic circumfix "م\p{L}{2,}ش": AR_CIRCUMFIX_CUE) or that has a space
 * there gives its first character alone, and a position opening with that character is always tried (CUE_FIRST_ANY) */
const CUE_OPENINGS: string[] = [];
const CUE_FIRSTS: string[] = [];
for (const g of CUE_GROUPS) {
  const set = openPrefixes(g, 2);
  if (!set) throw new AssayError('internal', 'negation cue words not readable');
  for (const x of set) {
    if (x.length === 2 && !/\s/u.test(x)) CUE_OPENINGS.push(x);
    else if (x.length >= 1) CUE_FIRSTS.push(x[0]);
    else throw new AssayError('internal', 'a negation cue word with no first character');
  }
}
const CUE_ALPHA = [...new Set([...CUE_OPENINGS.flatMap((w) => [w[0], w[1]]), ...CUE_FIRSTS])].map((x) => new RegExp(`^${x.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`, 'iu'));
const cueCanon = new Int16Array(0x10000).fill(-2);
/** the class (index into CUE_ALPHA) a unit matches under the cue regexes' case folding, -1 for none (memoised) */
function cueCanonOf(u: number): number {
  let k = cueCanon[u];
  if (k === -2) {
    const ch = String.fromCharCode(u);
    k = cueCanon[u] = CUE_ALPHA.findIndex((re) => re.test(ch));
  }
  return k;
}
const CUE_PAIRS = (() => {
  const K = CUE_ALPHA.length;
  const t = new Uint8Array(K * K);
  for (const w of CUE_OPENINGS) t[cueCanonOf(w.charCodeAt(0)) * K + cueCanonOf(w.charCodeAt(1))] = 1;
  return t;
})();
const CUE_FIRST_ANY = (() => {
  const t = new Uint8Array(CUE_ALPHA.length);
  for (const c of CUE_FIRSTS) t[cueCanonOf(c.charCodeAt(0))] = 1;
  return t;
})();
/** cueCount[i]: how many of the tried positions before i open a cue word (CUE_WORDS_AT), for the text cueText */
let cueText: string | null = null;
let cueCount = new Int32Array(1024);
function cueWordsIn(text: string): void {
  if (text === cueText) return;
  cueText = text;
  const n = text.length;
  if (cueCount.length < n + 1) cueCount = new Int32Array(2 * n + 2);
  const cnt = cueCount;
  const isLetter = letters();
  const K = CUE_ALPHA.length;
  const cueAt = pick(CUE_WORDS_AT_T, text);
  let k = 0;
  cnt[0] = 0;
  for (let p = 0; p < n; p++) {
    cnt[p + 1] = k;
    if ((p > 0 && isLetter[text.charCodeAt(p - 1)] === 1) || p + 1 >= n) continue;
    const a = cueCanonOf(text.charCodeAt(p));
    if (a < 0) continue;
    if (CUE_FIRST_ANY[a] === 0) {
      const b = cueCanonOf(text.charCodeAt(p + 1));
      if (b < 0 || CUE_PAIRS[a * K + b] === 0) continue;
    }
    cueAt.lastIndex = p;
    if (cueAt.test(text)) cnt[p + 1] = ++k;
  }
}
/** whether a cue word can start in the window text[from, to) of cueText (cueWordsIn read it); always true when the
 * skip is off or when the window starts inside a word (a letter after a letter: not a tried position) */
function cueWordBetween(from: number, to: number): boolean {
  if (!cueSkip) return true;
  if (to <= from) return false;
  const isLetter = letters();
  if (from > 0 && isLetter[cueText!.charCodeAt(from - 1)] === 1 && isLetter[cueText!.charCodeAt(from)] === 1) return true;
  return cueCount[to] - cueCount[from] > 0;
}
let cueSkip = true;
/** Turns the cue-word skip of negationAt off (false) or on: for the test that keeps it exact and for A/B timing. */
export function setNegationCueSkip(on: boolean): void {
  cueSkip = on;
}
/** The windows [from, to) of `raw` (normalised), `to` - `from` at most 80, where a cue regex finds a match while
 * cueWordBetween says no cue word starts there: for the test that keeps the skip exact (must be empty). */
export function cueSkipMismatches(raw: string): [number, number][] {
  const text = normaliseWithMap(raw).text;
  cueWordsIn(text);
  const out: [number, number][] = [];
  for (let from = 0; from < text.length; from++)
    for (let to = from + 1; to <= Math.min(text.length, from + 80); to++) {
      if (cueWordBetween(from, to)) continue;
      const w = text.slice(from, to);
      if (execFrom(VERB_CUE_2, w, 0) || execFrom(DET_CUE_2, w, 0) || testIn(SCOPED_CUE_T, w)) out.push([from, to]);
    }
  return out;
}
const LIST_OR = /(?<![\p{L}])(?:or|nor|или|ни|او|أو|ولا)(?![\p{L}])/iu;
const LIST_OR_T = twins(LIST_OR);
/** Arabic writes "and" onto the next word: a new predicate opens with و/ف on one of the closed class of auxiliary verbs
 * (kāna and her sisters: كان صار أصبح ظل بات) or inchoatives (بدأ أخذ راح), in their past forms (as normalised: alef
 * folded), or with ثم (then):
 * "لم نشم رائحة وبدأ الجميع يسعلون" (we smelled nothing and everyone began to cough) */
const DENIED = new RegExp(String.raw`(?<![\p{L}])(?:den(?:ied|y|ies)|negative\s+for|absence\s+of|free\s+of|${DENY_OR_RULE_OUT})(?![\p{L}])`, 'iu');
const DENIED_T = twins(DENIED);
/** whether the text holds an or/nor (any script) or 'den(y|ied)' at all: tested once per text, the first time a
 * negation check needs it (speed only: most texts never reach that test); 0 not yet tested, 1 yes, 2 no */
let listWordState = 0;
let listWordLower = '';
// (session 19, aginc2) with the investigator's 'eliminated' and 'excluded' that session 16 put in DENY_OR_RULE_OUT: without them
// here the gate said no list word, and "we eliminated mixed chemicals, refrigerant and propane" denied its first object only
const LIST_WORD_PRE = /or|den|или|ни|او|ولا|negative|absence|free|отриц|نف|نكر|rul(?:e|ed|es|ing)\s+out|eliminated|excluded|исключ|استبعد/;
function listWordInText(): boolean {
  if (listWordState === 0) listWordState = LIST_WORD_PRE.test(listWordLower) ? 1 : 2;
  return listWordState === 1;
}
const LIST_OR_AND = /(?<![\p{L}])(?:or|nor|and|или|ни|и|او|أو|ولا)(?![\p{L}])/iu;
/** A verb that opens a new predicate inside what looks like a list (EN auxiliaries and reporting verbs, RU быть/стать/
 * появиться, AR كان and ظهر/أصيب/عانى): judgment, closed classes. */
const LIST_PREDICATE = /(?<![\p{L}])(?:had|has|have|was|were|is|are|became|felt|developed|showed|suffered|complained|got|went|began|started|был\p{L}*|стал\p{L}*|появил\p{L}*|начал\p{L}*|[وف]?(?:كان|كانت|كانوا|ظهر\p{L}*|اصيب\p{L}*|عان\p{L}*|بدا\p{L}*))(?![\p{L}])/iu;
/** The items of a list after the cue's own (the text between a cue and a later item, split at commas and or/nor):
 * each at most three words and without a predicate verb; an Arabic item opens with أو or ولا. */
function listItemsAfterFirst(between: string, phrase: string, andList = false): boolean {
  const parts = between.split(/[,\u060C]/);
  if (parts.length < 2) return false;
  // an Arabic item opens with أو / ولا, or with و after a cue that lists with "and" (ينفي الغثيان، والصداع)
  const arItem = andList ? /^\s*(?:او|ولا|و)/u : /^\s*(?:او|ولا)(?![\p{L}])/u;
  // the phrase's own item (what follows the last comma, with the phrase) opens as a list item too
  const own = parts[parts.length - 1] + phrase;
  if (/[\u0600-\u06ff]/.test(own) && !arItem.test(own)) return false;
  // (session 12 review) the phrase's own item after an "and"-list cue is the phrase with at most two words before it, never a
  // new subject with its verb ("نفت الوزارة استخدام الكلور، والأطباء عالجوا حالات اختناق", "отрицает применение хлора, а врачи
  // описывают кашель")
  if (andList) {
    const ownLead = parts[parts.length - 1].replace(/(?<![\p{L}])(?:or|nor|and|или|ни|и|او|أو|ولا)(?![\p{L}])/giu, ' ').replace(/^\s*[وف](?=\p{L})/u, '').trim();
    if (/^(?:а|но)(?![\p{L}])/iu.test(ownLead) || (ownLead && ownLead.split(/\s+/).length > 2)) return false;
  }
  for (const p of parts.slice(1)) {
    // Arabic writes و on a list item and on a new clause alike ("، وتعافى الجميع"): an Arabic item needs its أو / ولا
    if (/[\u0600-\u06ff]/.test(p) && p.trim() && !arItem.test(p)) return false;
    const item = p.replace(/(?<![\p{L}])(?:or|nor|and|или|ни|и|او|أو|ولا)(?![\p{L}])/giu, ' ').trim();
    if (item && (item.split(/\s+/).length > 3 || LIST_PREDICATE.test(item))) return false;
  }
  return true;
}
/** The text between a verbal cue and a phrase is its own object and or-joined short items, the phrase right after a
 * joiner: "يعان الطفل من السعال أو القيء أو " (session 12). */
function orListBetween(between: string): boolean {
  const parts = between.split(/(?<![\p{L}])(?:or|nor|или|ни|او|ولا)(?![\p{L}])/iu);
  if (parts.length < 2 || parts[parts.length - 1].trim() !== '') return false;
  if (parts[0].trim().split(/\s+/).length > 6) return false;
  for (const p of parts.slice(1, -1)) {
    const item = p.trim();
    if (!item || item.split(/\s+/).length > 3 || LIST_PREDICATE.test(item) || /[,\u060C]/.test(item)) return false;
  }
  return true;
}
/** A predicate verb after the phrase in its clause (session 12 review): "In the absence of a clear smell, miosis, vomiting and
 * seizures pointed to a nerve agent", "free of contamination, and vomiting and headache were reported" are a new clause's
 * subject, not the list of "absence of" / "free of" / "denied". */
const PREDICATE_AFTER = /(?<![\p{L}])(?:had|has|have|was|were|is|are|became|began|started|appeared|pointed|suggested|indicated|showed|developed|followed|persisted|\p{L}{3,}ed|был\p{L}*|стал\p{L}*|появил\p{L}*|начал\p{L}*|указыва\p{L}*|говор\p{L}*|[وف]?(?:كان|كانت|كانوا|ظهر\p{L}*|بدا\p{L}*|اشار\p{L}*|تشير|يشير|دل\p{L}*))(?![\p{L}])/iu;
function predicateAfter(text: string, end: number): boolean {
  const rest = text.slice(end, clauseEnd(text, end));
  const m = PREDICATE_AFTER.exec(rest);
  if (!m) return false;
  // (session 20, aginc) a verb right after "and" is coordinated with the cue's own verb and shares its subject ("we eliminated
  // refrigerant, septic gases and propane leaks and narrowed it down to exhaust", "ruled out a gas leak, refrigerant and pool
  // chemicals and traced the fumes to a generator"): the list is still the object of the ruling out, not a new clause's subject
  return !AND_BEFORE_VERB.test(rest.slice(0, m.index));
}
const AND_BEFORE_VERB = /(?<![\p{L}])and\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?$/iu;
const DENY_WORD = new RegExp(String.raw`^(?:denied|deny|denies|${DENY_OR_RULE_OUT})$`, 'iu');
const CLINICAL_DET = /^(?:negative for|absence of|free of)$/iu;
/** (session 11 fixag, riot review: 'and the people / everyone / we' opens a new subject, as English 'and everyone', 'and they':
 * "ما في حدا بالشارع والناس بالبيوت عم تسعل" denies no cough; judgment of reading) */
const AND_PREDICATE_AR = String.raw`|(?:[وف](?:كان|كانت|كانوا|كنا|كنت|صار|صارت|صاروا|صرنا|اصبح|اصبحت|اصبحوا|اصبحنا|ظل|ظلت|ظلوا|بات|باتت|بدا|بدات|بداوا|بدانا|اخذ|اخذت|اخذوا|اخذنا|راح|راحت|راحوا|رحنا)|ثم|و(?:الناس|الكل|الجميع|العالم|الاهالي|هم|احنا|نحن|بعض|بعضهم|كثيرون|الكثير))`;
/* (session 14, agram) a quantifier opens a new subject too: "many could not see and some died", "не кашлял, и многие ..." ,
 * "وبعضهم" (judgment of reading, closed class) */
const AND_PREDICATE = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:(?:and|и|а)\s+(?:was|were|had|has|is|are|then|he|she|they|we|i|his|her|their|my|our|its|everyone|everybody|all|some|many|several|most|others|both|two|three|был[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|стал[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|потом|все|многие|некоторые|несколько|двое|трое)${AND_PREDICATE_AR})(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])`, 'iu');
/** (review s14) after a denial verb or a determiner object cue ("denied headache and several seizures", "no cough and two
 * seizures") a quantifier after "and" is a determiner inside the object list, not a new subject (judgment of reading) */
const AND_PREDICATE_OBJ = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:(?:and|и|а)\s+(?:was|were|had|has|is|are|then|he|she|they|we|i|his|her|their|my|our|its|everyone|everybody|all|был[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|стал[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|потом|все)${AND_PREDICATE_AR})(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])`, 'iu');
/** Session 17 (agpara): "and" with a definite noun phrase and its own finite verb opens a new clause with a new subject, which a
 * cue before it does not govern, whatever the cue: "Tests excluded convulsions and the patients recovered fully", "no cough and
 * the eyes watered", "did not wear masks and the children vomited". One or two words of the noun phrase, then a past in -ed or a
 * listed finite verb. Judgment of reading, closed class. */
const AND_NEW_SUBJECT = /(?<![\p{L}])and\s+(?:the|these|those)\s+(?:\p{L}+\s+){1,2}?(?:\p{L}{3,}ed|was|were|had|has|is|are|began|felt|went|got|became|fell|kept|came|ran|stayed|woke|threw|bled|stung|swelled|streamed|watered|recovered)(?![\p{L}])/iu;
/** Session 20 (aginc): "and" with a bare noun of people right before the sign opens a new subject whose sign is told by a participle or
 * a verb ("bodies with no visible injuries and children convulsing", "no smell and people vomiting", "no cloud and several victims
 * coughed"): the cue before it governs its own noun phrase, not that small clause. People nouns only (a closed class), so that
 * "no cough and eye pain" still denies both. Judgment of reading */
const AND_PEOPLE_BEFORE = /(?<![\p{L}])and\s+(?:(?:the|some|many|several|most|other|two|three|four|five|\d+)\s+)?(?:children|kids|people|victims|patients|casualties|men|women|residents|survivors|babies|infants|soldiers|civilians|others|families|workers|students|pupils|passengers|rescuers|medics|doctors|nurses|firefighters|neighbours|neighbors)\s+(?:(?:were|was|began|started|kept|had)\s+)?$/iu;
/** Session 13 (agram): after a verbal cue, "and" with a finite past verb opens a new predicate the cue does not govern: English
 * "did not wear a mask and coughed all night" (do-support takes the bare form, so a past form after "and" is no longer under
 * "not"), Russian "не надели маски и закашлялись" (не negates the one verb after it). Not after "denied" (its object list
 * may hold a participle) nor after a determiner cue ("no one coughed and vomited" keeps its subject). Judgment of reading. */
const AND_PAST = /(?<![\p{L}])(?:and\s+(?:then\s+)?(?:\p{L}{2,}ed|began|felt|went|got|became|fell|ran|kept|came|threw|saw|woke|broke|lost|spent|sat|lay|took)|и\s+(?:потом\s+|сразу\s+)?\p{L}{2,}(?:а|я|е|и|ы|у)л(?:а|о|и)?(?:ся|сь)?)(?![\p{L}])/iu;
/** AND_PAST between a cue's end and a phrase's end, where the past form is a verb: a participle opening a longer phrase is
 * its adjective ("did not have burning eyes and reddened skin") */
function andPastAfter(text: string, from: number, start: number, end: number): boolean {
  const m = AND_PAST.exec(text.slice(from, end));
  if (!m) return false;
  const verbEnd = from + m.index + m[0].length;
  // (session 14) a verb followed in the phrase by a preposition or particle is the verb ("and collapsed in the dark")
  return !(verbEnd > start && verbEnd < end && !VERB_PARTICLE_AFTER.test(text.slice(verbEnd, end)));
}
const VERB_PARTICLE_AFTER = /^\s+(?:in|on|at|to|into|onto|down|over|up|out|from|with|after|unconscious|again)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/iu;
/** Session 14 (agram, review of s13): a determiner cue that opens an object ("She had no mask and coughed", "He showed no
 * miosis and vomited") or "without" ("went out without a mask and coughed") negates its noun phrase, not a past verb coordinated
 * after it: that verb is a new predicate of the clause's subject, as after a verbal cue. A determiner that is the subject
 * ("No one coughed and vomited") keeps both. The object is told by the verb right before the determiner (having, wearing,
 * showing, any English past in -ed). Judgment of reading, closed classes. */
const DET_OBJECT_CUE = /^(?:no|without|zero|not a single|not one)$/iu;
const DET_OBJECT_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:had|has|have|having|wore|wear|wears|wearing|got|took|carried|brought|used|needed|felt|saw|showed|[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]{3,}ed)\s+$/iu;
function detObject(text: string, cueAbs: number, cue: string): boolean {
  if (!DET_OBJECT_CUE.test(cue)) return false;
  return /^without$/iu.test(cue) || DET_OBJECT_BEFORE.test(text.slice(Math.max(0, cueAbs - 16), cueAbs));
}
/** Session 14 (agram): Arabic لم / لن / لا govern an imperfect verb; a perfect verb joined after it with و/ف is a new predicate of
 * the subject ("ولم يخرج وغاب عن الوعي" 'he did not come out and lost consciousness', "لم يلبس كمامة وسعل طوال الليل"), as the
 * English past after "did not ... and". Told when the cue governs an imperfect (ي ت ن ا) with at most one word after it, and
 * the phrase opens with و/ف on a word that is no imperfect and has no article ("لم يسعل ويتقيأ", "لم يكن هناك سعال وقيء", "من
 * السعال والقيء" keep the negation). Judgment of reading (the jussive after لم), closed classes. */
const AR_IMPERFECT_CUE = new Set(['لم', 'لن', 'لا', 'ولم', 'ولن', 'ولا', 'فلم', 'فلن', 'فلا']);
const AR_IMPERFECT_WORD = /^[يتنا][\u0621-\u064a]{2,}$/u;
const AR_WAW_PERFECT = /^[وف](?!ال)[\u0621-\u0626\u0628\u0629\u062b-\u063a\u0641-\u0645\u0647\u0649][\u0621-\u064a]+/u;
function arAndPerfect(cue: string, text: string, cueEnd: number, start: number): boolean {
  if (!AR_IMPERFECT_CUE.has(cue)) return false;
  const between = text.slice(cueEnd, start).trim();
  const words = between ? between.split(/\s+/) : [];
  // the phrase's first word, with its و/ف (the term may start after the clitic)
  const wStart = start > 0 && /[وف]/u.test(text[start - 1]) && (start < 2 || /\s/u.test(text[start - 2])) ? start - 1 : start;
  if (wStart < start && words.length) words[words.length - 1] = words[words.length - 1].replace(/[وف]$/u, '');
  const ws = words.filter(Boolean);
  if (!(ws.length >= 1 && ws.length <= 3 && AR_IMPERFECT_WORD.test(ws[0]))) return false;
  const m = AR_WAW_PERFECT.exec(text.slice(wStart, wStart + 16));
  // (three words between: the verb must carry a perfect's subject suffix, -ت -وا -نا, so that a noun list stays: "لم يكن هناك
  // سعال وقيء")
  // (review s14) an indefinite noun after و is a list item ("لم يشعر بصداع وغثيان", "لا يوجد سعال وضيق في التنفس"): the word must
  // have a verb's shape, a perfect with its subject suffix (-ت -وا -نا, four letters or more) or one of a closed list of frequent
  // perfects
  if (m === null) return false;
  const w = m[0].slice(1);
  return AR_FREQUENT_PERFECT.has(w) || (w.length >= 4 && AR_PERFECT_SUFFIX.test(w)) || (ws.length <= 2 && !AR_NOUN_SHAPE.test(w));
}
/** a noun's shape: an ending -ان -ة -ء, a long vowel inside (صداع, سعال, ضيق, حروق), or a frequent sign noun with a perfect's
 * letters (ألم) */
const AR_NOUN_SHAPE = /(?:ان|ة|ء|ئ)$|^[\u0621-\u064a]{1,}[يو][\u0621-\u064a]|^[^أ][\u0621-\u064a]ا[\u0621-\u064a]|^(?:ألم|الم|دم|حرق|عطش|دوار|ضعف|تعب|حمى)$/u;
const AR_PERFECT_SUFFIX = /(?:(?<!ا)ت|وا|نا)$/u;
/** frequent intransitive perfects of a victim's account (3rd person masculine singular; judgment of reading, closed class) */
const AR_FREQUENT_PERFECT = new Set(['سعل', 'غاب', 'سقط', 'مات', 'فقد', 'عطس', 'بكى', 'صرخ', 'انهار', 'أغمي', 'اغمي', 'اختنق', 'استفرغ', 'شعر', 'بدأ', 'بدا', 'أصيب', 'اصيب', 'ظهر', 'خرج', 'هرب', 'ركض', 'أصبح', 'اصبح', 'صار', 'ظل', 'بقي', 'نام', 'وقع', 'ارتجف', 'ارتعش', 'لهث', 'عاد', 'قضى', 'توفي', 'تقيأ', 'تقيا', 'تشنج']);
/** Session 14 (agram): a negation inside a relative clause ends with it: the main clause's own verb after it is not negated ("Some
 * who were not treated right away were seen coughing", "the men who did not have masks were vomiting"). Told by a relative
 * pronoun at most two words before the cue and a finite auxiliary or past verb after at least one word of the relative clause.
 * Judgment of reading, closed classes (English). */
const RELATIVE_GATE = /who|which|that/i;
const RELATIVE_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:who|which|that)\s+(?:[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]+\s+){0,2}$/iu;
const MAIN_VERB_AFTER = /^\s*\S+(?:\s+\S+){0,5}?\s+(?:was|were|is|are|(?<!(?:to|will|would|could|can|may|might|must|should|not)\s+)(?:had|has|have)|became|began|started|kept|[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]{3,}ed)\s/iu;
function relativeOutOfReach(text: string, cs: number, cueAbs: number, cueEnd: number, start: number): boolean {
  const before = text.slice(Math.max(cs, cueAbs - 32), cueAbs);
  if (!RELATIVE_GATE.test(before)) return false;
  const rel = RELATIVE_BEFORE.exec(before);
  if (!rel) return false;
  // (review s14) "that" is a relative pronoun only right after a noun: after a verb of saying, knowing or finding, or any verb,
  // it is the complementizer of a clause the negation belongs to ("Doctors said that the victims were not observed to have
  // seizures")
  if (/^that/iu.test(rel[0]) && COMPLEMENTIZER_BEFORE.test(before.slice(0, rel.index))) return false;
  const rest = text.slice(cueEnd, start);
  // (a second negation on the main verb keeps the denial: "who did not have masks were not vomiting")
  return MAIN_VERB_AFTER.test(rest) && !testIn(GAP_NEGATION_T, rest);
}
const COMPLEMENTIZER_BEFORE = /(?:(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:say|says|said|tell|tells|told|report|reports|state|states|note|notes|confirm|confirms|find|finds|found|know|knows|knew|think|thinks|thought|believe|believes|claim|claims|add|adds|explain|explains|show|shows|reveal|reveals|announce|announces|insist|insists|deny|denies|learn|learns|learnt|hear|hears|heard|see|sees|saw|realise|realises|realize|realizes|is|was|are|were|be|been|so|such|now|clear|sure|true|fact|news|claim|statement|report)|[A-Za-z]{2,}ed|[^A-Za-z\s]|^)\s*$/iu;
const NEW_CLAUSE = /[,\u060C]\s*(?:and|but|then|и|а|но|ثم)\s/iu;
/** Session 30 (agar): an Arabic comma opening a nominal sentence with its own copula ('، الريحة كانت مازوت محروق', '، وكانت
 * الريحة ريحة حريق', '، الدخان صار أسود'): a definite subject with كان / صار (either order) is a new clause, not one more item
 * of a list denied before the comma ('ما حدا استفرغ ولا وقع، الريحة كانت ...'). Tested on the cue's span to the phrase's end,
 * since the phrase may open the clause itself. Judgment of Arabic grammar. */
const AR_COPULA_CLAUSE = /[,\u060C]\s*و?(?:ال\p{L}{2,}\s+(?:كان|كانت|كانوا|صار|صارت|صاروا)|(?:كان|كانت|كانوا|صار|صارت)\s+ال\p{L}{2,})(?![\p{L}])/u;
/** (session 20, aginc) the words skipped before a postposed absence hold "and" and the verb is singular: the absence is the
 * second item's ("coughing and vomiting was not reported"), not the first's ("cough or vomiting was not reported" denies both) */
const COORDINATED_SINGULAR_SUBJECT = /^\s*(?:\p{L}+\s+){0,1}?and\s+(?:\p{L}+\s+){0,1}?(?:was|is|has)(?![\p{L}])/iu;
/** (session 20, fixag1, review R4) a finite verb between the clause's start and the hit's end: the first conjunct is a clause */
const FINITE_VERB_IN = /(?<![\p{L}])(?:was|were|is|are|had|has|have|did|does|began|begun|started|kept|got|became|felt|\p{L}{3,}ed)(?![\p{L}])/iu;
function clauseBeforeCoordination(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), end);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  return FINITE_VERB_IN.test(before.slice(cut + 1));
}
/** (session 20, fixag1, review R3) a delay word right after a postposed absence, or the same sentence going on after "but / later /
 * only" with a verb of the sign's coming or of its giving */
// (s20 coord) not 'on arrival', 'on admission' or 'at the time' alone: 'Cough, vomiting and seizures were not observed on arrival'
// is the clinical record of their absence at presentation (test/agents-probe-s12); with a later 'but ... noted' REASSERTED_AFTER reads it
const DELAY_AFTER_ABSENT = /^\s*(?:initially|at\s+first|immediately|right\s+away|straight\s+away|at\s+once|early(?:\s+on)?|yet|in\s+the\s+beginning)(?![\p{L}])/iu;
// the sign itself said to come after "but" with its subject left out or a pronoun ("but appeared the next day", "but they formed hours
// later", "but were noted six hours later"); a giving to others ("but the victims received large doses"); not another sign's
// presence ("convulsions were not observed, but vomiting was noted" keeps the denial)
const REASSERTED_AFTER = /^[^.!?;]{0,60}?(?<![\p{L}])but\s+(?:(?:they|it|then|only|soon|later|eventually|subsequently)\s+){0,2}(?:(?:were|was)\s+(?:\p{L}+ly\s+)?(?:noted|seen|observed|found|present|visible|evident|apparent|recorded|documented|needed|required|given)|appeared|formed|developed|emerged|occurred|arose|began|started|set\s+in|did|followed)(?![\p{L}])|^[^.!?;]{0,60}?(?<![\p{L}])but\s+(?:\p{L}+\s+){1,3}?(?:received|were\s+given|was\s+given|got|needed|required)(?![\p{L}])/iu;
function laterReasserted(text: string, from: number): boolean {
  const after = text.slice(from, from + 160);
  return DELAY_AFTER_ABSENT.test(after) || REASSERTED_AFTER.test(after);
}
/** what turns a denial after the phrase into a delay: "not until", "only after" (clause ends at إلا, so read past it) */
const ONLY_AFTER = /^\s*(?:until|till|before|الا|حتي|حتى|قبل|до\s|только)/iu;
/** Session 12 (para): the absence may be said of everyone between the sign and the verb ("Судорог ни у кого не было",
 * "Слёз ни у кого не было": there were no seizures in anyone), or with the verb left out ("Кашля ни у кого, глаза нормальные"). */
/** Session 11 (review 1, item 4): the Russian active past denials ("утечки не обнаружили") take at most one word
 * between the noun and the denial, never a conjunction ("пахло хлором и спасатели не обнаружили ..." denies nothing). */
/** Session 12 (agprobe): RU postposed "нет" ("Кашля нет", "Миоза нет"), "отсутствует / отсутствуют" (every form, not only
 * the past), "исключён" (ruled out), and EN "was denied" join the absence predicates after a phrase (judgment of reading:
 * the genitive of negation and the clinical "ruled out / denied" state the sign absent). Session 12 (review): a postposed нет ends
 * its clause ("кашель и нет температуры" is 'there is no fever'), and отсутств- is the verb, not the noun ("кашель при отсутствии
 * температуры" tells the cough). */
/** Session 17 (agpara): the postposed determiner ending its clause ("Кашля никакого.", "Рвоты никакой, только кашель") denies as нет does. */
/** Session 16 (agpara): a part joined by или may stand between ("Жжения в глазах или в горле не было": neither). */
/** Session 17 (agru): the official register's postposed denial of a leak or release, with the genitive of negation ("Утечки вещества
 * не произошло", "утечки не допущено", "выброса в атмосферу не случилось": the МЧС's formula after a find or an accident); only for
 * the leak, read in finalPass (the same predicates after any sign, tried first, also turned other accounts' hits). */
/** Session 18 (agru): ringing ears are the blast's ear (cdc-blast-primer) only in an account that tells a blast: tinnitus is also a
 * sign of a poisoning told without one ("вдохнул пары ... в ушах зазвенело", the Soviet lab accident of a nerve agent; salicylate
 * and carbon monoxide poisoning ring the ears too). The torn eardrum stays a blast's whatever else is told. A blast is told by a
 * munition or blast feature read present or by a blast word anywhere in the account; judgment of reading */
/** Session 21 (agru): طرش as a noun (deafness), with its article or bare (finalPass); a list item's edges */
const AR_DEAF_NOUN = /^[وف]?(ال)?طرش$/u;
const AR_LIST_BEFORE = /(?:^|[،,:؛\u060C]\s*[وف]?|[،,:؛\u060C])$/u;
/** ... had by someone (عندي / عنده طرش, صار معه طرش) or of an ear (طرش بأذني, طرش في ودانه, طرش بدينتي): a noun */
const AR_DEAF_HAVE_BEFORE = /(?<![\p{L}])(?:عند\p{L}{0,3}|مع\p{L}{1,3}|فيه|فيها|فيني)\s+$/u;
const AR_DEAF_EAR_AFTER = /^\s+(?:ب|في\s+|ف)(?:ال)?(?:اذن|اذان|ادن|ودن|ودان|دين|دان|داني|دينة|دينت)\p{L}*/u;
const AR_LIST_AFTER = /^(?:\s*(?:[،,.؛!?؟\n\u060C]|$))/u;
/** (session 21, fixag2, review R10) ... and a list of a blast's effects: the item next to it is a noun of injury or debris (غبرة،
 * قزاز، جروح، طرش), not a predicate ("ابني دايخ، طرش، وما يقدر يتنفس": the Gulf verb, he vomited) */
const AR_INJURY_ITEM = String.raw`[وف]?(?:ال)?(?:غبرة|غبره|غبار|قزاز|زجاج|جروح|جرح|شظايا|شظية|شقف|دم|دماء|كسور|كسر|حروق|ردم|طنين|نزيف|رضوض)(?:ات)?`;
const AR_INJURY_ITEM_BEFORE = new RegExp(String.raw`(?:^|[،,:؛\u060C\s])${AR_INJURY_ITEM}\s*[،,\u060C]\s*[وف]?$`, 'u');
const AR_INJURY_ITEM_AFTER = new RegExp(String.raw`^\s*[،,\u060C]\s*${AR_INJURY_ITEM}(?=\s*(?:[،,.؛!?؟\n\u060C]|$))`, 'u');
/** (session 21, fixag2, review R23) a hit that opens with 'again' (رجع / عاد) and a noun of conflict in its clause */
const AGAIN_OPENER = /^[وف]?(?:رجع|عاد)/u;
const CONFLICT_BEFORE = new RegExp(String.raw`${AR_CONFLICT}[^.!?؟،,\n]*$`, 'u');
const CONFLICT_AFTER = new RegExp(String.raw`^[^.!?؟،,\n]*?${AR_CONFLICT}`, 'u');
const EAR_RINGING = /звон|звен|ring|طنين|تطن|تزن|بتزن/iu;
const BLAST_FEATURES = new Set(['delivery_shell_rocket', 'powerful_blast', 'airburst', 'dust_debris']);
// (session 18, fixrev2, review R15) with the protest blast words: a flash-bang, a detonation, a boom, an IED
const BLAST_WORD = /(?<![\p{L}])(?:blast\p{L}*|explo\p{L}*|bomb\p{L}*|shell(?:s|ed|ing)?|grenade\p{L}*|flash-?bangs?|detonat\p{L}*|booms?|ieds?|взрыв\p{L}*|взорв\p{L}*|снаряд\p{L}*|бомб\p{L}*|ракет\p{L}*|гранат\p{L}*|обстрел\p{L}*|разрыв\p{L}*|[وفب]?(?:ال)?(?:انفجار\p{L}*|تفجير\p{L}*|قذيف\p{L}*|قذائف|صاروخ\p{L}*|صواريخ|قنبل\p{L}*|غارة|غارات|برميل|براميل))(?![\p{L}])/iu;
function blastTold(lower: string, kept: readonly FeatureHit[]): boolean {
  for (const o of kept) if (o.present && BLAST_FEATURES.has(o.feature)) return true;
  return BLAST_WORD.test(lower);
}
/** Session 18 (agru): a general truth about smelling, told in the present with a generic subject ("Во сне человек не чувствует запаха
 * гари", "a sleeping person cannot smell smoke", "النائم لا يشم رائحة الدخان": the fire service's reminder about smoke alarms) is no
 * statement that this account's people smelled nothing; the denied odour is dropped. The perception verb in the present (чувствует,
 * ощущает, smell after can't / does not, يشم / يشعر after لا) right after the generic subject: a past tense ("не чувствовал") is the
 * account's own report. The denied odour, the 'no smell' and the 'no smoke' read from such a sentence are dropped alike. Judgment of
 * reading, closed class */
const GENERIC_SUBJECT_BEFORE = /(?<![\p{L}])(?:человек|спящий|спящие|люди|person|people|one|[وف]?(?:الانسان|المرء|النائم|النائمون|الناس))\s+$/iu;
const PRESENT_PERCEPTION_DENIED = /^(?:не\s+(?:чувству|ощуща|слыш)\p{L}*|(?:cannot|can't|can\s+not|does\s+not|doesn't|do\s+not|don't|will\s+not|won't)\s+(?:smell|sense|notice)|لا\s+(?:يشم|يشمون|يشعر|يشعرون|يحس|يحسون))(?![\p{L}])/iu;
/** Session 18 (agru): a negator, and a contrast after it, inside an odour hit's phrase (see the loop before the final filter) */
// (not غير, which after a negation is 'other than': "ما في ريحة غير ريحة الحطب", the odour that was there; nor "не то X, не то Y",
// 'either X or Y')
const ODOUR_INNER_NEG = /(?<![\p{L}])(?:not|не(?!\s+то(?![\p{L}]))|ليس|ليست|لم|لا)(?![\p{L}])/iu;
const ODOUR_INNER_CONTRAST = /(?<![\p{L}])(?:but|а|но|بل|انما|وانما|لكن|لكنها)(?![\p{L}])/iu;
/** Session 18 (fixrev, review R1): the words after a contrast's odour noun up to a clause word, and a verb among them (EN auxiliaries,
 * said, -ed; RU past tense and быть; AR كان and a few verbs of finding): the member is then a new clause, not the smell's object. */
const CONTRAST_MEMBER_VERB = /(?<![\p{L}])(?:was|were|is|are|had|has|have|did|said|says|\p{L}{2,}ed|\p{L}{2,}(?:л|ла|ло|ли)(?:сь|ся)?|был\p{L}?|стоит|лежит|[وف]?(?:كان|كانت|كانوا|يوجد|توجد|وجد|وجدت|تم))(?![\p{L}])/iu;
function contrastMemberRest(after: string): string {
  const words = after.split(/[\s,\u060C]+/u).filter(Boolean).slice(0, 5);
  const cut = words.findIndex((w) => /^(?:and|then|when|so|и|потом|когда|[وف]?(?:ثم|لما))$/iu.test(w));
  return (cut < 0 ? words : words.slice(0, cut)).join(' ');
}
const LEAK_NOT_HAPPENED_AFTER = /^\s*(?:[а-яё]+\s+){0,2}?не\s+(?:произош|допущ|случил)[а-яё]*(?![а-яё])/u;
/** Session 17 (agru): a verb of bringing people out, then "на" / "إلى" right before the fresh air: the rescue, not relief (finalPass). */
const RESCUED_TO_AIR_BEFORE = /(?:(?<![\p{L}])(?:вывел|вывод|выведен|вывест|вынес|вынос|вынош|эвакуир|доставл|доставил|вытащ|извлек|извлеч|спуст)\p{L}*(?:\s+\p{L}+){0,4}\s+на\s*$|(?<![\p{L}])[وفب]?(?:اخرج|نقل|سحب|اسعف|اخلاء|اخلي|اخلو|اخراج)\p{L}*(?:\s+\p{L}+){0,3}\s+(?:الى|الي|ل)\s*$)/u;
/** Session 20 (aginc): the clinical and official register's postposed absence, after a sign ("miosis was excluded", "fasciculations were
 * not elicited", "pulmonary oedema did not develop", "convulsions were never observed", "vomiting had not been reported", "miosis was
 * not a feature", "atropine was not required"): the case report's and the poison centre's ways of saying a sign was looked for and
 * not there (ConText's negated, Harkema et al. 2009, whose trigger list holds the postposed "was ruled out", "is negative", "unlikely";
 * these are the same closed class in the report words). Not a delay: "did not develop until / for hours / before the next day"
 * times the sign (the lookahead; ONLY_AFTER checks "until" after every predicate as well); not "did not appear" (also "seemed not"),
 * nor "not prominent / not severe" (a milder sign is still a sign). Judgment of reading, closed class. */
const CLINICAL_POST_ABSENT = String.raw`excluded(?!\s+(?:from|as|because|since))|(?:(?:had|has|have)\s+)?(?:not|never)\s+(?:been\s+)?(?:evident|apparent|elicited|documented|recorded|identified|demonstrated|witnessed|described|visible|seen|observed|noted|found|reported|detected|present|encountered|a\s+feature|(?:given|administered|required|needed|necessary)(?!\s+(?:until|before|after|for\s+(?:\p{L}+\s+)?(?:hours?|days?))))|(?:did\s+not|didn't|never)\s+(?:occur|develop|developed|occurred)(?!\s+(?:until|till|before|after|for|within|in\s+the\s+first|overnight))`;
/** Session 21 (agru): the spoken Arabic postposed 'was not there' after the sign or the smell ("حتى ريحة غريبة ما كانتش": not even a
 * strange smell was there; "الكحة ماكانش", "الريحة ما كانت." ): the Maghrebi and Egyptian circumfix ما...ش on كان in every person
 * (joined or apart, م- short), the Maghrebi ما كاينش (there is not), and the bare ما كان / ما كانت only at its clause's end (a
 * following word makes it the clause's verb: "ريحة ما كانت قوية" says the smell was not strong), and not after a word of
 * comparison (session 21, fixag2: "والكحة زي ما كانت" is 'the cough as it was'; متل/مثل/قد/كيف/حسب/أكثر/نفس ما). Judgment of reading, closed class. */
const AR_SPOKEN_POST_ABSENT = String.raw`(?:ما\s*|م)(?:كان|كانت|كانو|كانوا|كاين|كاينة|كاينا)ش|(?<!(?<![\p{L}])(?:زي|زى|متل|مثل|قد|كيف|كما|حسب|بعد|اكثر|أكثر|اشد|أشد|اقل|أقل|نفس)\s+)ما\s+(?:كان|كانت|كانوا)(?=\s*(?:[.;:!?\n\u060C\u061B\u061F،,]|$))`;
const POST_ABSENT = new RegExp(String.raw`^\s*(?:(?:(?!(?:и|а|но)\s)\p{L}+\s+)?не\s+(?:выявил|обнаружил|нашл|нашёл|нашел)\p{L}*(?![\p{L}])|ни\s+у\s+(?:кого|одного)(?=\s*(?:[,.;:!?\n\u2014-]|$))|(?:ни\s+у\s+(?:кого|одного)\s+(?:\p{L}+\s+)?|(?:или\s+(?:в\s+|на\s+)?\p{L}+\s+)?(?:\p{L}+\s+){0,2}?)(?:was|were|is|are|remained|appeared|seemed)?\s*(?:absent|normal|not\s+(?:seen|observed|present|noted|found|reported|detected|affected)|ruled out|denied|${CLINICAL_POST_ABSENT}|не\s+было|нет(?=\s*(?:[,.;:!?\n\u2014-]|$|у\s))|никак(?:ого|ой|их)(?=\s*(?:[,.;:!?\n\u2014-]|$))|отсутству\p{L}*|отсутствовал\p{L}*|исключ[её]н\p{L}*|не\s+(?:наблюдал|отмеча|отмечен|выявлен|обнаружен|зафиксирован|зарегистрирован)\p{L}*|طبيعي\p{L}*|غير\s+موجود\p{L}*|(?:لم|لا)\s+(?:يظهر|تظهر|تلاحظ|يلاحظ|تسجل|يسجل|توجد|يوجد)|معدوم\p{L}*|منعدم\p{L}*|${AR_SPOKEN_POST_ABSENT})(?![\p{L}]))`, 'iu');
const POST_ABSENT_T = twins(POST_ABSENT);

/** /\s/ (no u flag: one UTF-16 unit) as a table, tested once at load: lastWordsStart runs per hit. */
const SPACE_UNIT = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();
/**
 * Where the literal suffix of text[from, to) holding its last n words starts; a linear backward scan. It reads the
 * text itself rather than a slice of it: the slices' varying string representations made every charCodeAt here a
 * megamorphic property load, the largest single cost of the negation check (speed only).
 */
function lastWordsStart(text: string, from: number, to: number, n: number): number {
  let i = to;
  let words = 0;
  while (i > from && SPACE_UNIT[text.charCodeAt(i - 1)]) i--;
  while (i > from && words < n) {
    while (i > from && !SPACE_UNIT[text.charCodeAt(i - 1)]) i--;
    words++;
    if (words === NEAR_WORDS) nearWordsStart = i;
    if (words < n) while (i > from && SPACE_UNIT[text.charCodeAt(i - 1)]) i--;
  }
  if (words < NEAR_WORDS) nearWordsStart = i;
  return i;
}
/** The near window's word count, and where the last call of lastWordsStart with n >= NEAR_WORDS would have stopped
 * with n = NEAR_WORDS (the scan for fewer words is the first part of the scan for more: one scan gives both). */
const NEAR_WORDS = 6;
let nearWordsStart = 0;

/**
 * CLAUSE_END's matches over the whole text, found once per text (clauseStart and clauseEnd run per hit; each used to
 * rescan a 240-character window). A window's own scan gives the same matches as the whole text's, restricted to the
 * window, unless a window edge falls inside a word (a match can then straddle the edge, or a look-around at the edge
 * sees a different neighbour): those calls keep the window scan (speed only; docs/agent-differential.md §7.0.1).
 */
const LETTER_UNIT = (() => {
  const t = new Uint8Array(0x10000);
  const re = /\p{L}/u;
  // surrogate halves count as letters here, so an edge next to one always takes the exact window scan
  for (let c = 0; c < 0x10000; c++) t[c] = c >= 0xd800 && c <= 0xdfff ? 1 : re.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();
/**
 * The whole-text scan in one pass: CLAUSE_END (its source, sticky) is tried only at a unit that can begin one of its
 * matches, in order, resuming after each match, which gives the global search's matches (a case-insensitive scan with a
 * leading look-behind cannot skip ahead by itself and was most of the negation's cost). CLAUSE_FIRST: a punctuation
 * character of its class, a unit its own case folding matches to the first letter of one of its words (the class and
 * the words read from its source), or a high surrogate (left to the regex).
 */
const CLAUSE_END_AT = new RegExp(CLAUSE_END.source, 'yiu');
const CLAUSE_END_AT_T = twins(CLAUSE_END_AT);
/** 1: a punctuation character of CLAUSE_END's class; 2: a unit that can begin one of its words (tried only where the
 * unit before is not a BMP letter, as its look-behind requires) or a high surrogate; 0: neither. */
const CLAUSE_FIRST = (() => {
  const src = CLAUSE_END.source;
  const punct = new RegExp(`^${src.slice(0, src.indexOf(']') + 1)}$`, 'iu');
  const words = /\(\?:([^()]*)\)\(\?!/u.exec(src)![1].split('|');
  const first = new RegExp(`^[${[...new Set(words.map((w) => w[0]))].join('')}]`, 'iu');
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    t[c] = c >= 0xd800 && c <= 0xdbff ? 2 : c >= 0xdc00 && c <= 0xdfff ? 0 : punct.test(ch) ? 1 : first.test(ch) ? 2 : 0;
  }
  return t;
})();
/**
 * A word of CLAUSE_END needs its first two units to match the word's first two letters (under the regex's own case
 * folding: canonOf reads it from the engine, per unit met, memoised). A unit's class is the first of the letters it
 * matches, and matching is an equivalence, so a unit pair that can begin a word has the classes of one of the words'
 * letter pairs (CLAUSE_PAIRS). Most word starts that CLAUSE_FIRST lets through ("the", "to", "a") fail here, without a
 * regex test (speed only).
 */
const CLAUSE_WORDS = /\(\?:([^()]*)\)\(\?!/u.exec(CLAUSE_END.source)![1].split('|');
const CLAUSE_ALPHA = [...new Set(CLAUSE_WORDS.flatMap((w) => [w[0], w[1]]))].map((x) => new RegExp(`^${x.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`, 'iu'));
const clauseCanon = new Int16Array(0x10000).fill(-2);
function canonOf(u: number): number {
  let k = clauseCanon[u];
  if (k === -2) {
    const ch = String.fromCharCode(u);
    k = clauseCanon[u] = CLAUSE_ALPHA.findIndex((re) => re.test(ch));
  }
  return k;
}
const CLAUSE_PAIRS = (() => {
  const K = CLAUSE_ALPHA.length;
  const t = new Uint8Array(K * K);
  for (const w of CLAUSE_WORDS) {
    if (w.length < 2 || w.charCodeAt(0) >= 0xd800 || w.charCodeAt(1) >= 0xd800) return null; // no pair filter then
    t[canonOf(w.charCodeAt(0)) * K + canonOf(w.charCodeAt(1))] = 1;
  }
  return t;
})();
let clauseText: string | null = null;
let clauseStarts: number[] = [];
let clauseEnds: number[] = [];
function clauseMatches(text: string): void {
  if (text === clauseText) return;
  clauseText = text;
  clauseStarts = [];
  clauseEnds = [];
  const n = text.length;
  const isLetter = letters();
  const K = CLAUSE_ALPHA.length;
  const clauseAt = pick(CLAUSE_END_AT_T, text);
  for (let p = 0; p < n; p++) {
    const c0 = text.charCodeAt(p);
    const k = CLAUSE_FIRST[c0];
    if (k === 0 || (k === 2 && p > 0 && isLetter[text.charCodeAt(p - 1)] === 1)) continue;
    // (session 24, speed only) a unit of the punctuation class: CLAUSE_END's first alternative matches it alone, as the
    // sticky regex would answer, without the call
    if (k === 1) {
      clauseStarts.push(p);
      clauseEnds.push(p + 1);
      continue;
    }
    if (k === 2 && CLAUSE_PAIRS !== null && c0 < 0xd800) {
      // a word: two units at least, the pair of a word's first letters (a surrogate second unit is left to the regex)
      if (p + 1 >= n) continue;
      const c1 = text.charCodeAt(p + 1);
      if (c1 < 0xd800 || c1 > 0xdfff) {
        const a = canonOf(c0);
        const b = canonOf(c1);
        if (a < 0 || b < 0 || CLAUSE_PAIRS[a * K + b] === 0) continue;
      }
    }
    clauseAt.lastIndex = p;
    if (!clauseAt.test(text)) continue;
    const e = clauseAt.lastIndex;
    clauseStarts.push(p);
    clauseEnds.push(e);
    if (e > p) p = e - 1;
  }
}
/** The global CLAUSE_END scan clauseMatches replaces (for the test that keeps it exact). */
export function clauseMatchesReference(text: string): [number[], number[]] {
  const starts: number[] = [];
  const ends: number[] = [];
  CLAUSE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(text))) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    if (m[0].length === 0) CLAUSE_END.lastIndex++;
  }
  return [starts, ends];
}
/** clauseMatches' result for a text (for the same test). */
export function clauseMatchesFast(text: string): [number[], number[]] {
  clauseMatches(text);
  return [clauseStarts, clauseEnds];
}
/** A window edge at position e is inside a word: letters on both sides. Only then can a window's scan differ from the
 * whole text's (every word alternative starts and ends with a letter and carries a letter look-around; the single
 * punctuation characters have none). */
const midWord = (text: string, e: number) => e > 0 && e < text.length && LETTER_UNIT[text.charCodeAt(e - 1)] === 1 && LETTER_UNIT[text.charCodeAt(e)] === 1;

/**
 * A window edge inside a word (session 12, speed only): the window's scan differs from the whole text's only in the
 * word cut at each edge. The window is split into its head (the letter run from its start, when cut), its middle and
 * its tail (the letter run up to its end, when cut); a unit that ends the head or opens the tail is a BMP non-letter,
 * which no match crosses, and the middle's matches are the whole text's inside it (their look-arounds read the same
 * units). So the window scan's matches are the head's and the tail's, each scanned as a slice of one word (the same
 * look-arounds: nothing or a non-letter at each end), and the whole text's in the middle. A window that is one run
 * (head reaching the tail) keeps the window scan. The test keeps it exact at every position of every text
 * (clauseBoundaryMismatches).
 */
/** The end of the last CLAUSE_END match in text[a, b) scanned as a slice, or -1. */
function lastEndIn(text: string, a: number, b: number): number {
  const w = text.slice(a, b);
  CLAUSE_END.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(w))) last = a + m.index + m[0].length;
  return last;
}
/** The start of the first CLAUSE_END match in text[a, b) scanned as a slice, or -1. */
function firstStartIn(text: string, a: number, b: number): number {
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(text.slice(a, b));
  return m ? a + m.index : -1;
}

/** Start of the clause holding position i (NegEx scope). */
function clauseStart(text: string, i: number): number {
  const from = Math.max(0, i - 240);
  const headCut = midWord(text, from);
  const tailCut = midWord(text, i);
  if (!headCut && !tailCut) {
    clauseMatches(text);
    // the last match inside [from, i]
    let last = -1;
    for (let k = 0; k < clauseStarts.length && clauseEnds[k] <= i; k++) if (clauseStarts[k] >= from) last = clauseEnds[k];
    return last < 0 ? from : last;
  }
  let r = from;
  if (headCut) while (r < i && LETTER_UNIT[text.charCodeAt(r)] === 1) r++;
  let s = i;
  if (tailCut) while (s > from && LETTER_UNIT[text.charCodeAt(s - 1)] === 1) s--;
  if (r >= s) return clauseStartScan(text, i);
  if (tailCut) {
    const e = lastEndIn(text, s, i);
    if (e >= 0) return e;
  }
  clauseMatches(text);
  let last = -1;
  for (let k = 0; k < clauseStarts.length && clauseEnds[k] <= s; k++) if (clauseStarts[k] >= r) last = clauseEnds[k];
  if (last >= 0) return last;
  if (headCut) {
    const e = lastEndIn(text, from, r);
    if (e >= 0) return e;
  }
  return from;
}
function clauseStartScan(text: string, i: number): number {
  const from = Math.max(0, i - 240);
  const pre = text.slice(from, i);
  CLAUSE_END.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(pre))) last = m.index + m[0].length;
  return last < 0 ? from : from + last;
}

function clauseEnd(text: string, i: number): number {
  const to = Math.min(text.length, i + 240);
  const headCut = midWord(text, i);
  const tailCut = midWord(text, to);
  if (!headCut && !tailCut) {
    clauseMatches(text);
    // the first match inside [i, to]
    for (let k = 0; k < clauseStarts.length; k++) if (clauseStarts[k] >= i) return clauseEnds[k] <= to ? clauseStarts[k] : to;
    return to;
  }
  // (the window split as for clauseStart)
  let r = i;
  if (headCut) while (r < to && LETTER_UNIT[text.charCodeAt(r)] === 1) r++;
  let s = to;
  if (tailCut) while (s > i && LETTER_UNIT[text.charCodeAt(s - 1)] === 1) s--;
  if (r >= s) return clauseEndScan(text, i);
  if (headCut) {
    const f = firstStartIn(text, i, r);
    if (f >= 0) return f;
  }
  clauseMatches(text);
  // the first whole-text match from r on: inside the middle when it starts before s (no match crosses s)
  for (let k = 0; k < clauseStarts.length; k++)
    if (clauseStarts[k] >= r) {
      if (clauseStarts[k] < s) return clauseStarts[k];
      break;
    }
  if (tailCut) {
    const f = firstStartIn(text, s, to);
    if (f >= 0) return f;
  }
  return to;
}
function clauseEndScan(text: string, i: number): number {
  const post = text.slice(i, i + 240);
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(post);
  return m ? i + m.index : Math.min(text.length, i + 240);
}

/** Positions (0..length) where the whole-text clause boundaries differ from the window scans: for the test that
 * keeps the speed path exact (test/agents-speed-equivalence.test.ts). */
export function clauseBoundaryMismatches(raw: string): number[] {
  const text = normaliseWithMap(raw).text;
  const out: number[] = [];
  for (let i = 0; i <= text.length; i++)
    if (clauseStart(text, i) !== clauseStartScan(text, i) || clauseEnd(text, i) !== clauseEndScan(text, i)) out.push(i);
  return out;
}

const SENTENCE_END = /[.!?\n\u061F]/g;
function sentenceStart(text: string, i: number): number {
  let last = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  const pre = text.slice(0, i);
  while ((m = SENTENCE_END.exec(pre))) last = m.index + 1;
  return last;
}
function sentenceEnd(text: string, i: number): number {
  SENTENCE_END.lastIndex = i;
  const m = SENTENCE_END.exec(text);
  return m ? m.index : text.length;
}

/** heat words that themselves name the heat as the cause of illness (heatstroke, from the heat, от жары, ضربة شمس) */
const HEAT_CAUSE = /stroke|exhaust|illness|related|cramp|dehydrat|overheat|overcome|faint|collaps|from the|because|удар|перегре|обезвож|(?:^|\s)от\s|из-за|ضرب|إجهاد|جفاف|(?:^|\s)من\s|بسبب/iu;
/** before a heat word: dead bodies lying in it, or a film / report about it — the heat is no one's illness */
const HEAT_NOT_ILLNESS = /(?:bodies|corpses|dead|трупы|тела|جثث|الجثث|جثة)(?:\s+\p{L}+){0,3}\s*$|(?:film|movie|documentary|book|novel|series|report|article|story|фильм\p{L}*|книг\p{L}*|репортаж\p{L}*|сериал\p{L}*|فيلم|مسلسل|كتاب|تقرير)\s+(?:about|on|of|о|об|про|عن)(?:\s+\p{L}+){0,2}\s*$/iu;
/**
 * Session 13 (agram): a sign told of an animal is no sign of the people ("The dog was foaming at the mouth", "Собака дрожала и
 * пускала слюну", "الكلب كان يرتجف ويسيل لعابه"): a clinical feature (the clinical topic of knowledge/agents.yaml; a test
 * keeps the list equal to it) or a death whose clause, before it, names an animal and no person after the animal. An animal in
 * a simile ("coughing like a dog", "كالكلب") is no subject. Dead animals are their own feature (dead_animals). Judgment of
 * reading, closed classes.
 */
/**
 * The knowledge base's clinical features (topic clinical in knowledge/agents.yaml), the one list every rule of this file that
 * means "a clinical sign" derives from (session 15, fixtx: three copies had diverged when the KB gained hoarseness and
 * cholinesterase_depressed). test/agents-s15-fixtx.test.ts keeps it equal to the KB's clinical topic.
 */
export const KB_CLINICAL_FEATURES: readonly string[] = ['miosis', 'lacrimation', 'burning_eyes', 'blepharospasm', 'blurred_vision', 'cough', 'dyspnoea', 'chest_tightness', 'throat_burning', 'rhinorrhoea', 'frothy_sputum', 'delayed_pulmonary_oedema', 'hypersalivation', 'sweating', 'fasciculations', 'convulsions', 'loss_of_consciousness', 'vomiting', 'nausea', 'headache', 'dizziness', 'skin_burning', 'diarrhoea_cramps', 'skin_rash_itching', 'delayed_blisters', 'burns', 'trauma_injuries', 'hoarseness', 'cholinesterase_depressed', 'ptosis', 'dysphagia_dysarthria', 'dry_mouth', 'mydriasis', 'pain_beyond_skin', 'chemical_burn', 'paraesthesia'];
export const ANIMAL_SUBJECT_FEATURES = new Set([...KB_CLINICAL_FEATURES, 'deaths', 'deaths_without_injury']);
const ANIMAL_WORD = /(?<![\p{L}])(?:dogs?|puppy|puppies|cats?|kittens?|cows?|cattle|calf|calves|sheep|lambs?|goats?|horses?|donkeys?|mules?|camels?|pigs?|birds?|chickens?|hens?|roosters?|pigeons?|doves?|sparrows?|rabbits?|mice|rats?|livestock|animals?|собак\p{L}*|пс[аы]|пёс|пес|кошк\p{L}*|кот|кота|коты|котов|коров[аыуе]?|коровой|телят\p{L}*|овц\p{L}*|овец|коз[аыу]|коз|лошад\p{L}*|ос[её]л|осла|ослы|ослов|птиц\p{L}*|кур[аыу]?|кур|голуб\p{L}*|воробь\p{L}*|кролик\p{L}*|животн\p{L}*|скот\p{L}*|[وف]?(?:ال)?(?:كلب|كلاب|الكلب|قط|قطة|قطط|بقر|بقرة|ابقار|غنم|اغنام|خروف|خرفان|ماعز|حمار|حمير|خيل|حصان|جمل|جمال|دجاج|دجاجة|طير|طيور|عصافير|عصفور|حمام|ارانب|ارنب|حيوان|حيوانات|مواشي|الماشية))(?![\p{L}])/iu;
const ANIMAL_WORD_T = twins(ANIMAL_WORD);
/** the same, global, for animalSubject's scan (made once, not per call: speed only) */
const ANIMAL_WORD_G = new RegExp(ANIMAL_WORD.source, 'giu');
const ANIMAL_WORD_G_T = twins(ANIMAL_WORD_G);
/** whole-text tests gated once per text (cue-gate.ts; speed only): bit MAY_ANIMAL clear, ANIMAL_WORD has no match */
const TEXT_GATE = new CueGate([ANIMAL_WORD.source]);
const MAY_ANIMAL = 1;
const mayHaveAnimalSubject = (h: FeatureHit) => h.present && ANIMAL_SUBJECT_FEATURES.has(h.feature);
/** a person, or a pronoun or quantifier of people, after the animal: the subject changed */
const PERSON_WORD = /(?<![\p{L}])(?:i|we|us|he|him|she|her|they|them|you|my|our|his|their|people|person|persons|children|child|kids?|men|man|women|woman|boys?|girls?|babies|baby|everyone|everybody|all|family|neighbou?rs?|residents|villagers|patients?|victims|owners?|farmers?|shepherds?|workers?|son|daughter|wife|husband|mother|father|brother|sister|uncle|aunt|grandmother|grandfather|soldiers?|fighters?|я|мы|нас|он|она|они|их|его|её|ее|меня|мне|люди|людей|дети|детей|ребён\p{L}*|ребен\p{L}*|все|всех|мужчин\p{L}*|женщин\p{L}*|жител\p{L}*|хозя\p{L}*|сын\p{L}*|дочь|дочк\p{L}*|мам\p{L}*|пап\p{L}*|брат\p{L}*|сестр\p{L}*|[وف]?(?:انا|احنا|نحن|هو|هي|هم|الناس|ناس|الاطفال|اطفال|الولاد|ولاد|الكل|كلنا|العالم|الاهالي|السكان|اهل|ابني|بنتي|امي|ابوي|اخوي|اختي|الرجال|النساء|الجنود|المقاتلين|صاحب\p{L}*|الراعي))(?![\p{L}])/iu;
const SIMILE_BEFORE = /(?<![\p{L}])(?:like|as|как|словно|будто|[وف]?(?:مثل|متل|زي|كأن\p{L}*))\s+(?:\p{L}+\s+){0,3}$/iu;
/** what follows an animal that is the subject of the sign: nothing (the sign right after it: "the dog vomited"), a
 * possessive ("the dog's eyes"), or a verb within two words (was, had, started, -ed, -ing; RU past or present; AR كان / صار /
 * an imperfect): "chicken biryani", "как из коровника", "صندوق رمل القطط" name no subject */
const ANIMAL_THEN_VERB = /^\s*(?:$|['’]s(?![\p{L}])|(?:\p{L}+\s+)?(?:was|were|is|are|had|has|have|got|kept|began|started|seemed|looked|appeared|fell|lay|\p{L}{2,}ed|\p{L}{3,}ing|\p{L}{2,}(?:ал|ял|ел|ил|ыл|ул|ла|ли|ло|лась|лись|ет|ит|ют|ят|ут|ется|ются|ится|ятся)|[وف]?(?:كان|كانت|كانوا|صار|صارت|صاروا|عم|قعد\p{L}*|بلش\p{L}*|ظل\p{L}*|بدا\p{L}*|ي\p{L}{2,}|ت\p{L}{2,}|بي\p{L}{2,}|بت\p{L}{2,}))(?![\p{L}]))/iu;
function animalSubject(text: string, lower: string, start: number): boolean {
  const from = Math.max(clauseStart(text, start), start - 80);
  const before = lower.slice(from, start);
  const re = pick(ANIMAL_WORD_G_T, before);
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before))) if (!SIMILE_BEFORE.test(before.slice(0, m.index))) last = m;
  if (!last) return false;
  const after = before.slice(last.index + last[0].length);
  // (a Russian animal after у is the possessor of the sign: "у собаки пена изо рта")
  return !PERSON_WORD.test(after) && (ANIMAL_THEN_VERB.test(after) || /(?<![\p{L}])у\s+$/iu.test(before.slice(0, last.index)));
}
/** dehydration words of the heat terms (session 13) */
const DEHYDRATION = /dehydrat|обезвож|جفاف/iu;
/** what lies between a dehydration and the vomiting or diarrhoea that caused it: a causal or temporal word and a few words */
const GUT_CAUSE_BETWEEN = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:from|after|due\s+to|because\s+of|caused\s+by|owing\s+to|из-за|от|после|вследствие|[وف]?(?:بسبب|من|بعد|نتيجة))\s+(?:(?:the|all|his|her|their|severe|constant|repeated|сильной|постоянной|ال)\s+)?(?:\p{L}+\s+)?$/iu;
/** the sun named in a fire phrase (session 13: "the sun was blazing" met "the blaze" across the stem matcher's gap) */
const SUN_WORD = /(?<![\p{L}])(?:sun|солнц\p{L}*|[وفب]?(?:ال)?شمس)(?![\p{L}])/iu;
/** a burn word before "до мяса / до костей" (burnt to the flesh) */
const BURN_WORD = /ожог|обож|обгор|сгор|обугл|прожг|прожж|ошпар|обвар|жгл|жжен|жжён|горел|кислот/iu;
const SULPHURIC_ACID = /(?:серн\p{L}*|sulph?uric|sulfuric)\s+(?:кислот|acid)/iu;
/** Session 21 (aginc): a generator that makes a fog, mist, aerosol, smoke or foam (the pest controller's aerosol or cold-fog
 * generator, a theatre's fog machine, a foam generator) is a sprayer, not an engine burning fuel in a closed space
 * (combustion_appliance); the qualifier stands before the noun (аэрозольный генератор, fog generator) or, in Russian, after
 * it (генератор холодного тумана, генератор аэрозоля); judgment of reading. */
// (session 21, fixag1; review R27: agru wrote the same rule, FOG_GENERATOR, in 20c5f6b; the two are one here, with agru's Arabic
// مولد ضباب / دخان and 'generator of fog' and aginc's qualifiers. Review R4 / R26: after the noun only the genitive nouns, word-ended
// (генератор тумана / дыма / аэрозоля / пены), not the verb: "генератор дымил" is a power generator smoking, the carbon-monoxide
// account itself)
const GENERATOR_WORD = /генератор|generator|مولد/iu;
const SPRAY_GENERATOR_BEFORE = /(?:(?:аэрозольн|туманообразующ|дымов|пенн|fog|fogging|aerosol|smoke|mist|foam|haze|ulv)\p{L}*[\s-]+|дымо)$/iu;
const SPRAY_GENERATOR_AFTER = /^\p{L}*(?:\s+(?:(?:холодн|горяч)\p{L}*\s+)?(?:тумана|дыма|пены|аэрозол\p{L}*)|\s+of\s+(?:fog|aerosol|smoke|foam|mist|haze)|\s+(?:ال)?(?:ضباب|دخان|رذاذ|ايروسول|رغوة))(?![\p{L}])/iu;
/** Session 21 (fixag1; review R22): an everyday fire's cause is the fire's cause, not a thing that burned in it ("сгорела вся
 * проводка", "احترق التماس الكهربائي": wiring burned by whatever set the house alight) — a burning verb right before the cause
 * term; and not with a munition in its sentence (a candle that fell when the shell hit); judgment of reading. */
const FIRE_CAUSE_BURNT_BEFORE = /(?:сгорел\p{L}*|обгорел\p{L}*|выгорел\p{L}*|оплавил\p{L}*|[وف]?احترق\p{L}*|[وف]?ت?احترق\p{L}*|burn(?:ed|t)(?:\s+out)?|melted)\s+(?:(?:вся|весь|всё|все|the|all\s+the|all)\s+)?$/iu;
/** Session 21 (fixag1; review R17): the outbreak's panic or stress told as a circumstance of the time ("amid anxiety attacks
 * reported by officials", "وسط التوتر", "في ظل التوتر") is a climate, not the casualties' own state at onset; judgment of reading. */
const PANIC_AMID_BEFORE = /(?:(?<![\p{L}])amid(?:st)?|[وف]?وسط|في\s+ظل)\s+(?:(?:the|a|all|this|ال)\s+)?$/iu;
/** Session 21 (fixag1; review R15): pupils 'equal and reactive' deny miosis only where nothing in their sentence says they were
 * small (pinpoint, constricted, narrow, miotic, a size of 1-2 mm; узкие, суженные, точечные; ضيقة، متقلصة، صغيرة); judgment of reading. */
/** (s21 coord) the examination's pair that R15's filter is for — 'equal and reactive', PERRL(A), متساوية ومتفاعلة — and no other
 * denial of miosis: 'his pupils were big, not small' and 'توسع حدقة العين وضيق في التنفس' (ضيق of the breath) keep theirs */
const EQUAL_REACTIVE_PHRASE = /(?:equal|perrl|متساو)/iu;
const SMALL_PUPIL_WORD = /(?:pin[- ]?point|constrict|contracted|narrow|miotic|miosis|tiny|(?<![\p{L}])small|(?<![\d.,])(?:0?\.\d|[12](?:[.,]\d)?)\s*(?:mm|мм|ملم)(?![\p{L}])|узк|сужен|точечн|ضيق|متقلص|صغير)/iu;
/** Session 21 (fixag1; review R36): a spray at people is a hand's; an aircraft or a vehicle that sprayed (رشت طائرة مروحية مادة
 * مجهولة فوق البلدة), or a spray over a place (فوق البلدة / over the town), is no spray in anyone's face; judgment of reading. */
const SPRAY_NOT_HAND = /(?:طائر|طيار|مروحي|الطيران|حوام|(?<![\p{L}])(?:helicopter|plane|aircraft|jet|drone|самол[её]т|вертол[её]т|дрон)\p{L}*|(?<![\p{L}])(?:فوق|over\s+the\s+(?:town|village|city|area|fields?|neighbourhood|neighborhood))(?![\p{L}]))/iu;
/** whether a combustion_appliance hit's generator word is a sprayer's (SPRAY_GENERATOR_BEFORE / _AFTER, read at the generator word
 * itself, wherever it stands in the hit: "شغلوا مولد ضباب") */
function sprayGenerator(lower: string, start: number, end: number): boolean {
  const m = GENERATOR_WORD.exec(lower.slice(start, end));
  if (!m) return false;
  const at = start + m.index;
  return SPRAY_GENERATOR_BEFORE.test(lower.slice(Math.max(0, at - 24), at)) || SPRAY_GENERATOR_AFTER.test(lower.slice(at, at + 48));
}
/** (session 21, fixag2, review R31) the lay 'eyes were / went / gone tiny' and the lids' words after it in its clause */
const EYES_TINY = /^(?:eyes\s(?:\p{L}+\s){0,2}tiny|[وف]?عيون\p{L}*\s+(?:\p{L}+\s+)?(?:صغار|صغيرة|صغيره|زغار|زغيرة|زغيره))$/iu;
const EYES_LIDS_AFTER = /^[^.;!?؟]{0,30}?(?<![\p{L}])(?:swollen|swelled|puffy|puffed|slits?|closed|shut|squint\p{L}*|screwed|[وف]?(?:منفخ\p{L}*|منفوخ\p{L}*|منتفخ\p{L}*|وارم\p{L}*|مورم\p{L}*|مسكر\p{L}*|مغمض\p{L}*|مسكّر\p{L}*))(?![\p{L}])/iu;
/** (session 21, fixag2, review R31 LOW, agru 26b0b88 when it lands) 'всё (вокруг) кружилось' said of dust, smoke or leaves in the
 * air, and 'الدنيا دارت علينا' (fate turned on us): not the head's spinning */
const RU_ALL_SPUN = /^вс[её]\s+(?:вокруг\s+)?кружил\p{L}*$/iu;
const RU_SPUN_THINGS_BEFORE = /(?<![\p{L}])(?:пыль|пыли|дым|дыма|листья|листьев|снег|снега|пепел|пепла|мусор|бумаг\p{L}*|обломки|искры|сажа|песок)(?![\p{L}])[^.!?;]{0,40}$/iu;
const RU_SPUN_AIR_AFTER = /^\s+(?:в\s+воздухе|по\s+воздуху|на\s+ветру|по\s+ветру)/iu;
const AR_WORLD_TURNED = /^(?:ال)?دنيا\s+(?:\p{L}+\s+)?دار\p{L}*$/u;
const AR_TURNED_ON_AFTER = /^\s+(?:على|ع|عل)\p{L}*/u;
/** (session 21, fixag2, review R40, agru b59afd6 when it lands) 'не мог выговорить' of horror, or of a name or a word: not slurred
 * speech */
const RU_COULD_NOT_SAY = /выговор/iu;
const RU_SAY_OBJECT_AFTER = /^\s+(?:ни\s+слова|ни\s+звука|(?:его\s+|её\s+|ее\s+|этого\s+|это\s+)?(?:назван\p{L}*|им(?:я|ени)|фамили\p{L}*|слов\p{L}*))/iu;
const RU_SAY_FEAR_BEFORE = /(?<![\p{L}])от\s+(?:\p{L}+\s+)?(?:ужаса|страха|шока|испуга|волнения|потрясения|слёз|слез)(?![\p{L}])[^.!?;]{0,40}$/iu;
/** (session 21, fixag2, review R12) a Russian 'caught fire' whose subject is a light, windows lit, eyes, an idea or a signal */
const FIRE_LIT_NOT_FIRE = /^загорел\p{L}*\s+(?:свет|ламп|фонар|огон|огн|окн|окон|глаз|иде|желани|зел[её]н|красн|ж[её]лт|экран|табло|индикатор|звезд|надпис|вывеск|сигнал|щ[её]к|люстр|гирлянд|светофор)/iu;
/** Session 21 (aginc): 'a choking sensation / feeling', 'a choking, burning feeling in the throat': choking as the adjective of a
 * felt sensation is the throat's (throat_burning's label: burning nose or throat, choking sensation), not the breathlessness
 * of people choking (dyspnoea); judgment of reading. */
const CHOKING_ADJ_AFTER = /^[\s,]*(?:(?:and\s+)?(?:burning|stinging|tight|tightening|dry|raw|scratchy|acrid)[\s,]+(?:and\s+)?)?(?:sensations?|feelings?)(?![\p{L}])/iu;
/** Session 21 (aginc): the foam that firefighters lay (a foam blanket over a spill, foam on a burning tanker; пожарные покрыли
 * разлив пеной; غطى رجال الإطفاء التسرب بالرغوة) is no froth at anyone's mouth: a foam word in a sentence of fire crews, extinguishing,
 * a spill or a tanker, with no mouth, nose or lips within a few words, is not frothy_sputum; judgment of reading. */
const FOAM_WORD = /^(?:foam(?![\p{L}])|пен|(?:ب|و|ف)?(?:ال)?(?:رغو|رغاوي))/iu;
const FIRE_FOAM_CONTEXT = /(?:firefight|fire[\s-]*fighters?|fire\s+(?:crews?|brigades?|services?|department|engines?|officers?)|extinguish|foam\s+blanket|spill|tanker|smother|suppress|пожарн|туш(?:ил|ат|ени)|потуш|разлив|пенообразоват|[إا]طفاء|تسرب)/iu;
/** (session 21, fixag1; review R28) the body near the foam includes the people who had it (victims, the injured, children; у
 * пострадавших, у них; المصابين, أطفال, منهم, عليهم): the victims' foam told by the civil defence or by firefighters is theirs. The
 * civil defence (الدفاع المدني, the Syrian rescuers who report most attacks) left the fire-crew context */
const FOAM_BODY_NEAR = /(?:mouth|nose|lips|airway|sputum|victims?|casualt|injured|wounded|patients?|children|child|people|рта|рот|носа|губ|пострадавш|раненых|раненым|детей|у\s+(?:них|него|неё|нее|людей)|الفم|فم|فمه|فمها|[أا]فواه|[أا]نف|الشفاه|المصاب|مصاب|الجرحى|[أا]طفال|الأهالي|الاهالي|منهم|عليهم|منها|عليها|منه|عليه)/iu;
/** Session 21 (aginc): a burn qualified as chemical, acid, alkali or caustic (chemical burns, acid burns, burns from the acid;
 * химический ожог, ожог кислотой; حروق كيميائية، حروق بالأسيد; burns on contact with the skin or with the fluid, ожоги при контакте с
 * жидкостью) is a corrosive's burn of the skin or eye: read as chemical_burn
 * (knowledge/agents.yaml), not as the deep burns of a fire or an incendiary (burns); judgment of reading. */
const CHEMICAL_BURN_BEFORE = /(?:chemical|acid|alkali(?:ne)?|caustic|corrosive|химическ\p{L}*|кислотн\p{L}*|щелочн\p{L}*)[\s-]+$/iu;
const CHEMICAL_BURN_IN = /(?:^|[\s-])(?:chemical|acid|alkali(?:ne)?|caustic|corrosive|химическ\p{L}*|кислотн\p{L}*|щелочн\p{L}*)[\s-]+\S+$/iu;
/** (session 21, fixag1; review R6) not the chemicals of a weapon: 'burns from the chemicals dropped by the helicopters' */
/** (session 28, agdev) a burn caused by a substance, a liquid or a fluid not told as hot ("burns from an unidentified substance",
 * "ожоги от неустановленного вещества", "حروق بمادة مجهولة") is a corrosive's too (added to CHEMICAL_BURN_AFTER); the fire words of a
 * sentence where a bare burn may be a thermal one (the coreference below). Judgment of reading */
const CHEMICAL_BURN_FIRE = /(?<![\p{L}])(?:fire|fires|flames?|blaze|burning\s+building|explosion|blast|heat|scald\p{L}*|boiling|пожар\p{L}*|огн\p{L}*|огон\p{L}*|плам\p{L}*|взрыв\p{L}*|кипят\p{L}*|[وف]?(?:ال)?(?:حريق|حرائق|نار|نيران|لهب|انفجار))(?![\p{L}])/iu;
const CHEMICAL_BURN_AFTER = /^\p{L}*\s+(?:(?:on|from|after|through)\s+(?:coming\s+into\s+|direct\s+|skin\s+)?contact\s+with\s+(?:the\s+|a\s+)?(?:skin|fluid|liquid|sludge|slurry|mud|substance|chemical|solution)(?![\p{L}])|(?:при|от)\s+контакт\p{L}*\s+с\s+(?:жидкост|веществ|раствор|шлам)|(?:from|by|of|with)\s+(?:the\s+|an?\s+|some\s+)?(?:acid|alkali|caustic|lye|chemicals?\b(?!\s+(?:fire|blaze|plant|factory|works|(?:that\s+(?:were|was)\s+)?(?:dropped|fired|launched|thrown|delivered|released|used)\b|(?:in|from)\s+the\s+(?:bombs?|shells?|barrels?|rockets?|missiles?|attack))))|(?:от\s+)?(?:кислот|щелоч)\p{L}*|(?:ال)?(?:كيميائي|كيماوي)|ب(?:ال)?(?:أسيد|اسيد|حمض|أحماض|ماء\s+النار)|(?:from|by|with)\s+(?:the\s+|an?\s+|some\s+)?(?:(?!hot|boiling|scalding)\p{L}+\s+){0,2}?(?:substance|liquid|fluid)s?(?![\p{L}])|от\s+(?:(?!кипят|горяч)\p{L}+\s+){0,2}?(?:веществ|жидкост|раствор)\p{L}*|(?:ب|من\s+)(?:ال)?(?:مادة|مواد|سائل)(?![\p{L}])(?!\s+(?:ساخن|مغلي)))/iu;
/** (s15 agnone, review s14 item 18) Russian сера (sulphur) and серый (grey) share the Snowball stem сер: a sulphur smell's сер-word
 * that is the grey adjective ("пахло серым дымом", "запах серого дыма") or серой agreeing with a noun after it ("серой пылью",
 * "серой дымкой") is the colour of what smelled, not sulphur; (s15 fixan, review R7) a word between them is an agreeing
 * adjective (-ой/-ей), never a preposition ("пахло серой от дыма" is sulphur). Judgment of reading, closed class. */
const SER_WORD = /(?<![а-яё])сер[а-яё]*/u;
const GREY_NOT_SULPHUR = /^сер(?:ый|ая|ое|ые|ого|ому|ым|ую|ых|ыми|оват[а-яё]*|еньк[а-яё]*)(?![а-яё])|^сер(?:ой|ою)\s+(?:[а-яё]+(?:ой|ей|ою|ею)\s+)?(?:пыл|дым|мгл|пелен|гар|жиж|вод|масс|кашиц|пен|слиз|плесен|краск|туч|завес|окраск|цвет|взвес|копот)/u;
const HUNDRED_TIMES = /ميت[\u0621-\u064a]*\s+(?:مرة|مره|مرات)(?![\u0621-\u064a])/u;
const RU_REFLEXIVE_TEAR = /(?<![а-яё])(?:вы|по|про|разо?|на)?рв[а-яё]*(?:ся|сь)(?![а-яё])/u;
function greyNotSulphur(lower: string, start: number, end: number): boolean {
  const m = SER_WORD.exec(lower.slice(start, end));
  return m !== null && GREY_NOT_SULPHUR.test(lower.slice(start + m.index, end + 40));
}
/** (session 19, agparen) water, a shower, a bath or a wash as the occasion after a flare-up ("flared up again in the shower", "when I
 * washed"); its cause before ("the shower made it flare up") is agpara's WATER_BEFORE (session 19 fixag1: the two rooms' readings
 * folded into waterReflare, review-s19's duplicated mechanisms) */
const WATER_OCCASION_AFTER = /^\s*(?:\p{L}+\s+){0,2}?(?:in|under|with|after|when|whenever|once|as\s+soon\s+as)\s+(?:(?:the|a|i|we|he|she|they|you|it)\s+)?(?:shower|bath|water|wash|rins)\p{L}*/iu;
/** Session 18 (agpara): the places of the body "that / where" one sweats, a relative clause of place (finalPass). */
// (session 18, fixrev2, review R10) the English filler holds no noun of people and no past or progressive auxiliary: "the areas
// where residents were sweating" are districts and the sweating the residents' ("where you sweat" stays a body place)
// (session 19, agparen) the free relative of place, "anywhere / wherever I was sweaty (burned)", names the place as the headed one does
const SWEAT_PLACE_BEFORE = /(?<![\p{L}])(?:(?:anywhere|wherever)\s+(?:i|you|we|he|she|they|one)\s+(?:(?:was|were|am|are|is|got|get|gets|had\s+been|have\s+been|had\s+got|tend\s+to|used\s+to)\s+)?|(?:areas?|places?|parts?|spots?|folds?|patches)\s+(?:that|which|where)\s+(?:(?!(?:people|persons?|residents?|patients?|children|kids|victims?|workers?|soldiers?|civilians?|villagers|families|men|women|survivors|casualties|was|were|had|began|started)(?![\p{L}]))\p{L}+\s+){0,2}|(?:местах|места|участках|складках)\s*,?\s*(?:где|которые)\s+(?:\p{L}+\s+)?|[وفب]?(?:ال)?(?:مناطق|اماكن|محلات|ثنايا)\s+(?:اللي|التي|الي|يلي|الذي)\s+(?:\p{L}+\s+)?)$/iu;
const GENERIC_ODOUR = new Set(['odour_pungent', 'odour_unusual']);
/** (session 17, aginc) a hit that ends on the noun fire after a determiner or possessive ("... the fire", "... their fires") */
/** (session 17, aginc) what swallows a place figuratively: a cloud, smoke, fog, dust, fire, flames, the dark, water; not after a
 * preposition (session 17 fixrev, review R6: "dissolved the powder in water then swallowed it" is drunk) */
const ENGULFING_SUBJECT = /(?<![\p{L}])(?<!(?:off|into|in|on|onto|from|with|of|under|over|to|at|across|through|up|down)\s+(?:(?:the|a|some|this|that)\s+)?)(?:cloud|clouds|smoke|fog|mist|haze|dust|fire|fires|flames?|blaze|darkness|dark|water|waters|sea|waves?|sand)(?:\s+(?:had|has|then|quickly|soon|just|slowly|completely|almost))?\s+$/iu;
const FIRE_NOUN_END = /(?<![\p{L}])(?:the|a|an|its|their|his|her|this|that|these|those|our|my)\s+fires?$/iu;
/** matches and sulphur in an odour phrase (EN/RU/AR; Arabic كبريت is both; Levantine شخاط / شحاطة are matches) */
const MATCH_ODOUR = /match|спич|сер[аоуыe]|серн|كبريت|شخاط|شحاط|وقيد/iu;

/** (session 23, agnew) the words of consciousness regained (the loss_of_consciousness terms and lexicon pattern that tell a loss by
 * its end): negated, they tell the loss went on */
const REGAINED_CONSCIOUSNESS = /regain|recover\p{L}*\s+consciousness|(?:came|come|comes|coming)\s+(?:round|around|to)(?![\p{L}])|очну|в\s+сознание|в\s+чувство|[يت]?ستع(?:ا)?د\p{L}*\s+(?:ال)?وعي|استعاد|رجع\p{L}*\s+(?:له|لو|لها|لهم)?\s*(?:ال)?وعي/iu;
/** A death in a simile, a fear or a near miss is no death ("I felt like I was choking to death", "I thought I would
 * die", "almost died", "думал, что умру", "чуть не погиб", "كدت أموت", "شعرت كأنني أموت"): a cue among the few words
 * before the death word, inside its clause. Judgment: closed class of irrealis cues. */
/* (session 14, agram) hovering between life and death, near or close to death, on the brink: no death ("Больше недели был между
 * жизнью и смертью", "he was close to death", "بين الحياة والموت") */
const DEATH_IRREALIS = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:felt|feel|feels|feeling|thought|think|as if|as though|almost|nearly|like i|like we|going to|between\s+life\s+and|near\s*$|close\s+to\s*$|brink\s+of|verge\s+of|между\s+жизнью\s+и|на\s+грани(?:\s+жизни\s+и)?\s*$|на\s+волоске\s+от|[وف]?بين\s+الحياة|[وف]?(?:على\s+)?(?:حافة|شفا)\s*$|думал[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|думала|казалось|как будто|будто|чуть|едва не|ظننت|ظننا|اعتقدت|كدت|كدنا|كاد)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])|(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])[وف]?كان(?:ن|ه|ها|هم|نا|ني)[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])[وف]?كأن[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*/iu;
function deathIrrealis(text: string, start: number): boolean {
  const from = Math.max(clauseStart(text, start), lastWordsStart(text, 0, start, 6));
  return DEATH_IRREALIS.test(text.slice(from, start));
}
/**
 * Session 28 (agdev): a thing that "dies" is no one's death: the wind, a breeze or the rain dying (down), an engine, a battery or a
 * phone dying or going dead, the noise or the talk dying away ("When the wind dies, the haze settles", "my phone was dead",
 * "the shouting died down"; RU a device that сдох / умер: "аккумулятор сдох", "телефон умер"; AR a battery or a phone that ماتت /
 * مات: "البطارية ماتت"). The death word's subject is the noun right before it (with its determiner and up to two auxiliaries);
 * a noun after a preposition is a place, not the subject ("three men trapped in the fire died"). Also "died down / away" and
 * "dead" before silence, calm, quiet, end, tired, battery, air or zone. Judgment of reading (English usage), closed classes.
 */
const THING_SUBJECT_BEFORE = /(?<![\p{L}])(?<!(?:in|at|on|of|from|by|under|near|inside|into|during|after|before|with|through|to|в|на|от|при|во|у)\s+(?:the\s+|a\s+|an\s+)?)(?:the\s+|a\s+|an\s+|my\s+|our\s+|his\s+|her\s+|their\s+|its\s+|your\s+)?(?:wind|winds|breeze|gale|storm|rain|engine|engines|motor|battery|batteries|phone|phones|cellphone|radio|torch|flashlight|generator|signal|noise|music|conversation|talk|chatter|laughter|sound|sounds|applause|shouting|trades|trade\s+winds|аккумулятор|телефон|мобильник|батарейка|батарея|двигатель|мотор|ветер|[وف]?(?:ال)?(?:بطارية|بطاريه|موبايل|تلفون|تليفون|جوال|موتور|محرك))\s+(?:(?:was|were|is|are|has|had|have|just|finally|already|completely|totally|went|would|will|у\s+меня|уже|совсем|окончательно|كان|كانت|خلص|خلصت)\s+){0,2}$/iu;
const THING_DEATH_AFTER = /^\s+(?:down|away)(?![\p{L}])/iu;
const DEAD_THING_AFTER = /^\s+(?:silence|silent|calm|quiet|end|ends|tired|serious|battery|batteries|phone|air|zone|centre|center|weight|heat|of\s+(?:night|winter))(?![\p{L}])/iu;
/**
 * Session 28 (agdev): dead animals named as what a smell or taste was like are the smell's simile, not animals that died ("a smell
 * like garlic and dead fish", "it stank of dead rats", "пахло дохлой рыбой", "воняло как дохлятиной"): a smell or taste word
 * before the hit in its clause, with at most five words (the simile's other items) between. Judgment of reading, closed class.
 */
const SMELL_SIMILE_BEFORE = /(?<![\p{L}])(?:(?:smell\p{L}*|smelt|odou?rs?|stench|stink\p{L}*|stank|stunk|reek\p{L}*|whiff|scent|taste\p{L}*|tasting)\s+(?:like|of|as\s+if\s+of)|(?:запах\p{L}*|пахл\p{L}*|пахн\p{L}*|пах|воня\p{L}*|вонь\p{L}*|несло|разило|смрад\p{L}*|привкус\p{L}*)(?:\s+(?:как|будто|словно|чем-то))?|[وف]?(?:ال)?(?:ريحة|رائحة|ريحته|ريحتها|رائحته|رائحتها|طعم)(?:\s+(?:زي|مثل|متل))?)(?:[\s,]+(?!(?:saw|see|seen|found|lay|lying|were|was|is|are|we|they|i|he|she|there|it|видел\p{L}*|увидел\p{L}*|нашл\p{L}*|лежал\p{L}*|был\p{L}*|мы|они|я|он|она|شفنا|شفت|لقينا|كان\p{L}*)(?![\p{L}]))[\p{L}-]+){0,4}?\s+$/iu;
/** (session 28, agdev) the simile's words run to the dead animal without ', and' (a new clause: "it smelled of bleach, and dead
 * birds were everywhere" tells the birds) */
function smellSimileAnimal(text: string, lower: string, h: FeatureHit): boolean {
  const m = SMELL_SIMILE_BEFORE.exec(lower.slice(clauseStart(text, h.start), h.start));
  return m !== null && !/[,\u060C]\s*(?:and|и|а|و)(?![\p{L}])/iu.test(m[0]);
}
/** (session 28, agdev) a smell, a scent or the air as the subject of a mixing verb ("it was the smell mixing with the cleaning
 * products", "запах смешался с моющим средством"): no product mixed with another; the scene grammar's NOT_BEFORE of 'mix' for
 * the term path. Judgment of reading */
const SMELL_SUBJECT_BEFORE = /(?:smells?|odou?rs?|scents?|stench|air|fumes|запах\p{L}*|воздух|(?:ال)?(?:ريحة|رائحة|روائح|هوا|هواء))\s+(?:(?:was|were|is|are|had|has|been|got|just|all)\s+){0,2}$/iu;
const MIX_WORD = /^(?:mix|combin|смеша|смешива|смешен|خلط|اختلط)/iu;
function thingDied(text: string, lower: string, h: FeatureHit): boolean {
  if (THING_SUBJECT_BEFORE.test(lower.slice(Math.max(clauseStart(text, h.start), h.start - 48), h.start))) return true;
  if (/(?:^|\s)(?:die|dies|died|dying)$/iu.test(h.phrase) && THING_DEATH_AFTER.test(lower.slice(h.end, h.end + 12))) return true;
  return /(?:^|\s)dead$/iu.test(h.phrase) && DEAD_THING_AFTER.test(lower.slice(h.end, h.end + 16));
}
/** Fixed expressions whose words are not the features they look like: Arabic ما زال / لا يزال (still), whose زال is not
 * "it passed" (recovery). */
/** onset and course features, and the features that do not anchor them (extractFeatures; module constants rather than
 * regex literals evaluated per call: speed only) */
const ANCHORED = /^(?:onset_|recovery_|full_recovery)/;
const NOT_ANCHOR_ONSET = /^(?:odour_|cloud_|deaths|dead_animals)/;
const NOT_ANCHOR_COURSE = /^(?:odour_|cloud_)/;
/** (session 15, agtox) what times an onset: a clinical sign (the KB's clinical topic) or a rescuer falling ill; a scene, a
 * place or a means (a factory, a leak, a school, a spraying) is no sign. Judgment of reading. */
const SIGN_ANCHORS = new Set([...KB_CLINICAL_FEATURES, 'medics_affected']);
/** an illness told without a sign ("fell ill that night", "symptoms began the next day", "заболели на следующий день", "ظهرت
 * الأعراض في اليوم التالي"): it times the onset as a sign does (session 15, agtox; judgment of reading, closed class) */
const ILLNESS_WORD = /(?<![\p{L}])(?:ill|sick|unwell|symptoms?|poisoned|заболе\p{L}*|плохо|симптом\p{L}*|недомогани\p{L}*|отравил\p{L}*|[وف]?(?:ال)?(?:اعراض|أعراض|مرض\p{L}*|تسمم\p{L}*))(?![\p{L}])/iu;
/** (module functions rather than closures made per call: under tsx each named closure is also given its name per call) */
const overlaps = (h: FeatureHit, o: FeatureHit) => o.start < h.end && h.start < o.end;
/**
 * (session 30, aginc) a water-works hit (delivery_pool_pump) that is part of a sewage works' name: it overlaps a
 * setting_wastewater_plant hit, or a wastewater qualifier follows it at once (AR المبتذلة / العادمة / المستعملة / الآسنة, the
 * Lebanese, Jordanian-Palestinian and Maghrebi official names of wastewater, and الصرف / المجاري; RU канализации / сточных).
 * Judgment of reading (the qualifiers are the words of those countries' water ministries' plant names)
 */
const WASTEWATER_QUALIFIER_AFTER = /^\s*(?:(?:ال)?(?:مبتذل|عادم|مستعمل|اسن)[هة]|(?:لل|ال)?صرف|(?:ال)?مجاري|канализац\p{L}*|сточн\p{L}*)(?![\p{L}])/u;
const wastewaterWorks = (c: { kept: FeatureHit[]; lower: string }, h: FeatureHit): boolean =>
  c.kept.some((o) => o.feature === 'setting_wastewater_plant' && o.present && overlaps(h, o)) || WASTEWATER_QUALIFIER_AFTER.test(c.lower.slice(h.end, h.end + 24));
/**
 * (review s30) English 'pupils' read as the eye's by the term file ('pupils contracted', 'pupils small', words between) that are
 * schoolchildren: a verb of contracting or narrowing with an object after it ('three pupils contracted a rash / pneumonia',
 * 'pupils narrowed the gap'), or a size adjective where the sentence names a school or teacher and no eye, light or
 * pinpoint ('teachers said their pupils were small and frightened'). A school incident is where a mass illness and a
 * poisoning are told apart, and a read miosis is a nerve agent's sign. Judgment of reading (the ordinary senses of
 * 'contract' an illness and 'narrow' a gap)
 */
const PUPIL_WORD_EN = /(?<![\p{L}])pupils?(?![\p{L}])/u;
const PUPIL_VERB_OBJECT = /(?:contract|narrow)\p{L}*\s+(?:(?:a|an|the|some|it|them|covid\p{L}*|pneumonia|measles|flu|influenza|tuberculosis|\p{L}+itis|\p{L}+osis|scabies|lice|chickenpox|mumps|rash\p{L}*|infections?|the\s+gap|gaps?|viruses?|diseases?|illness\p{L}*)(?![\p{L}]))/u;
const PUPIL_SCHOOL = /(?<![\p{L}])(?:schools?|schoolchildren|teachers?|headteachers?|headmaster|headmistress|principal|class(?:es|rooms?|mates?)|lessons?|kindergartens?|students?|academy)(?![\p{L}])/u;
const PUPIL_EYE = /(?<![\p{L}])(?:eyes?|eyeballs?|pinpoint\p{L}*|pin-?point\p{L}*|pinhead\p{L}*|pinprick\p{L}*|light|torch|vision|miosis|dilat\p{L}*|constrict\p{L}*)(?![\p{L}])/u;
function schoolPupils(text: string, lower: string, h: FeatureHit): boolean {
  const from = sentenceStart(text, h.start), to = sentenceEnd(text, h.end);
  const sent = lower.slice(from, to);
  if (!PUPIL_WORD_EN.test(sent)) return false;
  // (the verb inside the hit's words or ending them, its object after)
  const v = PUPIL_VERB_OBJECT.exec(lower.slice(h.start, Math.min(to, h.end + 40)));
  if (v && v.index < h.end - h.start) return true;
  return PUPIL_SCHOOL.test(sent) && !PUPIL_EYE.test(sent);
}
const inside = (h: FeatureHit, from: number, to: number) => h.start >= from && h.end <= to;
/** a specific odour stated absent: what an exception word can turn present */
const deniedOdour = (h: FeatureHit) => h.feature.startsWith('odour_') && h.feature !== 'odour_none' && !h.present;
/** Features whose phrases state an absence themselves (the lexicon's selfNegating entries): their term hits skip the
 * negation check. */
// (session 14, agram) with the 'none' features of the whole account: "no fever and no toxic cause", "no cough and no casualties" state both
const SELF_STATED_ABSENCE = new Set(['odour_none', 'cloud_none', 'no_poisoning_signs', 'no_casualties']);
/** Session 14 (agram): the signs told as an inability ("could not see", "could not open them", "не вдохнуть", "ما قدر يتنفس"):
 * a term of these that opens with the verb of the ability, right after a negated modal of ability (or Russian не before the
 * infinitive), states the sign present. Judgment of reading, closed classes. */
const INABILITY_FEATURES = new Set(['dyspnoea', 'blurred_vision', 'blepharospasm']);
/** the signs a term may state through its own negation (the clinical topic: "couldn't see", "не мог дышать", "нечем дышать") */
const OWN_NEGATION_FEATURES = INABILITY_FEATURES;
/** (review s14) a sign told through its own negation still yields to an outer denial of its subject or clause: "No one complained
 * that they could not breathe", "Nobody said they couldn't breathe" (a determiner subject or a verb of denying earlier in the
 * sentence, at most 60 characters before) with a verb of its own between ("Никто не мог дышать" is the sign
 * told of everyone). Judgment of reading, closed class. */
const OUTER_DENIAL = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:no\s*-?\s*one|nobody|none\s+of|never|denied|denies|deny|никто|ни\s+один|[وف]?(?:لا\s+[اأ]حد|ما\s+حدا|نفى|نفوا))(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?=[\s,]+[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/iu;
function outerDenial(text: string, start: number): boolean {
  const seg = text.slice(Math.max(sentenceStart(text, start), start - 60), start).toLowerCase();
  return /no|nob|never|den|ни|حد|نف/u.test(seg) && OUTER_DENIAL.test(seg);
}
/** whether a term's own words hold a negation, per term phrase (cached: the terms are few, their hits many) */
const termNegation = new Map<string, boolean>();
function termHoldsNegation(phrase: string): boolean {
  let v = termNegation.get(phrase);
  if (v === undefined) termNegation.set(phrase, (v = testIn(GAP_NEGATION_T, normaliseText(phrase).toLowerCase())));
  return v;
}
const OWN_NEG_OPEN = /^(?:could\s+not|couldn't|can\s+not|cannot|can't|unable|не|нечем|[وف]?(?:لا|لم|ما|مش|مو|عدم))(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/u;
const ABILITY_VERB = /^(?:see|breathe|open|keep|вдохнуть|вздохнуть|продохнуть|дышать|видеть|открыть|разлепить)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/u;
const INABILITY_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3'])(?:could\s+not|couldn't|can\s+not|cannot|can't|unable\s+to|not\s+able\s+to|не(?:\s+(?:мог|могла|могли|могу|можем|смог|смогла|смогли|было\s+можно|можно))?)\s+$/u;
/** ... when the phrase opens with its own negation ("ни дыма", "no smoke", "ولا غيمة", "ما في ريحة"); a phrase whose
 * negation could sit in its gap ("smoke was not ...") keeps the check. */
const OPENS_WITH_NEGATION = /^(?:no|not|never|without|none|nobody|nothing|ни|нет|не|без|никак\p{L}*|[وف]?(?:لا|ما|بلا|بدون|مافي|مش|مو))(?![\p{L}])/u;
/** (session 16, agpara) the text is folded (ى to ي) before these are read, so سوى is matched as سو[ىي]; before, it never matched.
 * An exception after a denial (session 10): except, but, apart from, other than; кроме, только; غير, إلا, سوى. */
/** A shell word that is a crowd-control grenade when the police delivery is in the account (session 11, riot). */
const GRENADE_SHELL = /(?:(?:gas|smoke|tear-?gas)[\s-]+(?:shells?|bombs?)|(?<![\p{L}])[وفبل]?(?:ال)?(?:قنابل|قنبلة|قنبله))$/iu;
const EXCEPT = /(?<![\p{L}])(?:except|apart\s+from|other\s+than|кроме|[وف]?(?:غير|الا|سو[ىي]))(?![\p{L}])/u;
const EXCEPT_G = new RegExp(EXCEPT.source, 'giu');
/** a comma and 'only' inside a denied odour's phrase (session 12 review): what follows is what was smelled */
const ODOUR_ONLY = /[,\u060C]\s*(?:only|just|только|лишь|فقط)(?![\p{L}])/u;
/** (session 17 fixrev) "let alone" and its Russian and Arabic equivalents right before a sign; judgment of reading, closed class */
/** Session 21 (agru): Russian elliptical 'too / either' right after a sign, ending its clause */
const RU_ALSO_AFTER = /^\s+(?:тоже|также)(?:\s+нет)?\s*(?:[,.;:!?\n\u2014-]|$)/u;
const LET_ALONE_PRE = /тем\s+более|говоря|let\s+alone|much\s+less|still\s+less|ناهيك|فضلا/u;
const LET_ALONE_BEFORE = /(?:(?<![\p{L}])[аи]\s+(?:уж\s+)?тем\s+более|(?<![\p{L}])не\s+говоря\s+(?:уже\s+)?(?:о|об|про)|(?<![\p{L}])(?:let\s+alone|much\s+less|still\s+less)|(?<![\p{L}])(?:ناهيك|فضلا)\s+عن)\s+(?:\p{L}+\s+)?$/u;
/** (session 17 fixrev) the verb of denying with its complement ("denied that", "deny reports that"); judgment of reading */
const DENIED_THAT_PRE = /deni|deny/;
const DENIED_THAT_PRE_T = plainTest(DENIED_THAT_PRE);
const DENIED_THAT = /(?<![\p{L}])(?:denied|denies|deny|denying)\s+(?:(?:claims|reports|allegations)\s+)?that(?![\p{L}])/u;
/** (session 17 fixrev) "anything but" / "nothing but" after a denied smell: what follows is the one thing smelled */
const ODOUR_ANYTHING_BUT = /(?<![\p{L}])(?:anything|nothing)\s+but(?![\p{L}])/u;
/** a letter string every EXCEPT match holds, tested first without a look-behind (speed only) */
const EXCEPT_PRE = /except|apart|other|кроме|غير|الا|سو[ىي]/;
const EXCEPT_AFTER = /^[\s,]*(?:except|apart\s+from|other\s+than|but(?!\s+(?:everyone|everybody|all|we|they|he|she|i|people|then|soon|later|after|within|the\s+(?:people|children|kids|men|women|others|workers|pupils|students))(?![\p{L}]))|кроме|[وف]?(?:غير|الا|سو[ىي]))(?![\p{L}])/u;
/** Session 12 (para): "no gas smell, only a smell of petrol", "ما كان في ريحة غاز، بس ريحة بنزين", "запаха газа не было, только
 * запах гари": a denied smell (with at most its one named noun) followed by but / only and another smell is the denial of that
 * smell, not of every smell (as an exception, EXCEPT_AFTER); and 'no smell, but everyone coughed' opens a new clause, no
 * exception: EXCEPT_AFTER's 'but' does not take a subject after it */
/** (session 16, agpara) гарь, itself the smell of burning, is a smell word here ('Запаха химии не было, только гарь') */
const BUT_ONLY_SMELL_AFTER = /^(?:\s+\p{L}+)?\s*(?:[,\u060C]\s*)?(?:but|only|just|а|но|только|лишь|[وف]?(?:بس|لكن|فقط))\s+(?:(?:a|the|of|there\s+was|it|был|была|было|كان|كانت|في)\s+)*(?:\p{L}+\s+)?(?:smell\p{L}*|odou?rs?|stench|whiff|reek\p{L}*|запах\p{L}*|пахл\p{L}*|воня\p{L}*|гар(?:ь|и|ью)|ريحة|رائحة|ريحه|رائحه|ريحته|رائحته)(?![\p{L}])/iu;
/** Session 22 (agnew): 'tear' / 'tears' as a rip: a singular 'a (small) tear', or 'tear(s) in / on' a thing that is not the eyes or
 * a face ('a tear in my glove', 'tears in the suit'; 'tears in her eyes' stays lacrimation). Judgment of reading, closed class. */
/** (s22 fix2, second review R22) a rip only in a thing of a closed class of materials and gear ('a tear in my glove', 'a small
 * tear in the suit'); 'a tear ran down her cheek', 'a small tear in the corner of her eye', 'through his tears on the phone' stay
 * lacrimation, and a flowing or wiping verb or the eye within a few words after keeps it so; judgment of reading */
const TEAR_RIP_MATERIAL_AFTER = /^\s+(?:in|on|along|across|at)\s+(?:(?:my|his|her|their|our|the|a|an|its|your|one|this|that)\s+)?(?:(?:protective|rubber|plastic|left|right|outer|inner|hazmat|chemical|gas)\s+)?(?:gloves?|suits?|masks?|sleeves?|tents?|fabric|cloth|clothing|clothes|coats?|jackets?|shirts?|trousers|pants|boots?|gowns?|aprons?|hoods?|visors?|filters?|seals?|membranes?|material|bags?|tarp\p{L}*|canvas|lining|hoses?|seams?|sheets?|covers?|uniforms?|overalls?|coveralls?|skin|rubber|plastic|film|wrapping|container|drum|tank|cylinder|pipe|valve)(?![\p{L}])/u;
const TEAR_FLOW_AFTER = /^(?:\s+\p{L}+){0,4}?\s+(?:ran|run|runs|running|rolled|rolls|rolling|down|cheeks?|wiped|wipes|wiping|eyes?|streamed|fell|trickled|welled)(?![\p{L}])/u;
function ripTear(lower: string, start: number, end: number): boolean {
  const w = lower.slice(start, end);
  if (w !== 'tear' && w !== 'tears') return false;
  const after = lower.slice(end, end + 40);
  return TEAR_RIP_MATERIAL_AFTER.test(after) && !TEAR_FLOW_AFTER.test(after);
}
/** Session 22 (agnew): just / only / but and smoke, fire or flames after a denied cloud in its sentence (the exception is what was
 * seen; 'no cloud, no smoke' stays a denial); EN, RU, AR */
// (s22 fix2, second review R23) after 'but' the smoke or fire noun must end the exception phrase (at most 'from/of' and one noun
// after it, then the clause ends): 'no cloud, but smoke' or 'but the smoke of the fire.' is the exception; 'but the fire in the next
// building spread' is a clause of its own
const SMOKE_AFTER_NO_CLOUD = /(?<![\p{L}])(?:(?:just|only|только|лишь|[وف]?(?:بس|فقط|غير))\s+(?:\p{L}+\s+){0,2}?(?:smoke|fire|flames|дым|огонь|пламя|[وب]?(?:ال)?(?:دخان|نار))(?![\p{L}])|but\s+(?:\p{L}+\s+){0,2}?(?:smoke|fire|flames)(?:\s+(?:from|of)\s+(?:the\s+|a\s+)?(?:\p{L}+\s+)?\p{L}+)?\s*(?:[,.;!?)\n]|$))/iu;
/** Session 11: a yellow or green joined to another colour ("yellowish-grey smog", "желтовато-серый туман", "yellow-brown haze")
 * names that other hue, not chlorine's yellow-green (smelter smog is yellowish-grey, nitrogen dioxide brown). A bare
 * hyphen only (review 1 #10): "yellow - grey smoke came later" is a sentence dash between two colours. */
/** Session 29 (agdev): also an English -ish hue before another with a space ("yellowish brown smoke") and an Arabic yellow or green
 * juxtaposed with another hue, the way Arabic joins two colour adjectives into one ("دخان أصفر بني", yellow-brown smoke; "غيمة
 * خضراء رمادية"), brown (بني) among them; "أصفر وبني" (coordinated) is session 14's many-coloured cloud. Judgment of reading. */
const MIXED_HUE = /(?:yellow|green|ж[её]лт|зел[её]н)\p{L}*-(?:grey|gray|brown|black|white|blue|сер|бур|коричн|ч[её]рн|бел|син|голуб)|(?:yellowish|greenish)\s+(?:grey|gray|brown|black|white|blue)|(?<![\p{L}])[وف]?(?:ال)?(?:اصفر|صفرا[ءه]?|صفر[هة]|اخضر|خضرا[ءه]?|خضر[هة])\s+(?:ال)?(?:(?:بني|رمادي|برتقالي)[هةا]?|اسود|سودا[ءه]?|ابيض|بيضا[ءه]?|ازرق|زرقا[ءه]?|احمر|حمرا[ءه]?)(?![\p{L}])/iu;
/** A war gas named beside a gas word ('chlorine gas', 'غاز الكلور', 'газ хлор'): judgment of reading (session 11 fixag). */
const WAR_GAS_NAMED = /(?<![\p{L}])(?:(?:chlorine|sarin|mustard)\s+gas|غاز\s+(?:ال)?(?:كلور|سارين|خردل)|(?:газ\p{L}*\s+)?(?:хлор|зарин|иприт)(?:ом|а|у)?\s+газ\p{L}*|газ\p{L}*\s+(?:хлор|зарин|иприт)\p{L}*)(?![\p{L}])/iu;
/** Session 14 (agram): a yellow or green coordinated with a colour of another hue ("a cloud of pink and green smoke", "розового
 * и зелёного дыма", "دخان أحمر وأخضر") is a many-coloured cloud (fireworks, a coloured smoke grenade), not chlorine's
 * yellow-green; "yellow and green smoke" stays. Judgment of reading: coordination of colour adjectives, closed class. */
/* (s15 agnone, review s14 item 18) a Russian hue is a colour adjective with its ending: the bare short stems read серы, серой
 * ('sulphur'), сердце, синяк, буря, белок as colours; серой (grey, or sulphur's instrumental) is no colour after a smell word
 * ("пахло серой и зелёным дымом" smelled of sulphur). Judgment of reading, closed class. */
const RU_ADJ_END = String.raw`(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими|ей|оват[а-яё]*|еньк[а-яё]*)(?![а-яё])`;
const RU_HUE = String.raw`(?:(?:розов|красн|фиолетов|син|голуб|оранжев|ч[её]рн|бел|бур|коричнев)${RU_ADJ_END}|сер(?!(?:ой|ою)(?![а-яё]))${RU_ADJ_END}|(?<!(?:пах|вон|тянул|несл|разил|отдавал)[а-яё]*\s+)сер(?:ой|ою)(?![а-яё]))`;
const OTHER_HUE = String.raw`(?:pink|red|purple|violet|blue|orange|black|white|grey|gray|brown|${RU_HUE}|[وف]?(?:ال)?(?:وردي|احمر|حمراء|بنفسجي|ازرق|زرقاء|برتقالي|اسود|سوداء|ابيض|بيضاء|رمادي|بني|بني[هة]))`;
const OTHER_HUE_AND_BEFORE = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])${OTHER_HUE}[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*\s*(?:,\s*|\s(?:and|и)\s+|\sو)$`, 'u');
const AND_OTHER_HUE_AFTER = new RegExp(String.raw`^[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*\s*(?:,\s*|\s(?:and|и)\s+|\sو)${OTHER_HUE}`, 'u');
const OTHER_HUE_BEFORE_AR = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])${OTHER_HUE}\s+$`, 'u');
const HUE_WORD = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])[وف]?(?:ال)?(?:yellow|green|ж[её]лт|зел[её]н|اصفر|صفراء|اخضر|خضراء)/u;
/** a simile's word right before a smoke phrase (session 14, agram) */
const SMOKE_SIMILE_BEFORE = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:like|as\s+if|as\s+though|resembl[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|(?<![,\u2014-]\s{0,2})(?<!(?:видел|видела|видели|видно|рассказал|рассказала|рассказали|рассказывали|рассказывает|слышал|слышали|смотрел|смотрели|помню|помнит|вспоминает|описал|описали|наблюдал|наблюдали|заметил|заметили|сказал|сказали|говорит|говорили|снял|сняли|показал|показали)\s+)как|словно|будто|похож[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*\s+на|[وف]?(?:مثل|متل|زي|كأن[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|كانه|كانها))\s+(?:(?:a|an|some)\s+)?$/u;
/** a noun then a verbal smell word ("smoke smelled", "smoke smelling"), with "of" or "like" after it (session 14, agram) */
const SOURCE_SMELLED = /^[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]+\s+(?:smelled|smelling|smelt|smells)$/iu;
// (session 24, fixag: review s24 R11) тянуть is 'pull', 'ache' and 'be drawn to' ("тянет сердце", "потянуло серьёзно поговорить",
// "тянет лук с грядки", "тянуло к лукавству"); only the impersonal тянет / тянуло / потянуло with what it smells of in the
// instrumental ("тянуло серой", "потянуло хлоркой", "тянет чем-то сладким", "тянуло запахом гари") is a smell: a '{SMELL} X' hit
// opening with the verb needs an instrumental word after it inside the hit. Judgment of reading (Russian case government).
const TUG_SMELL_VERB = /^(?:по)?тян(?:ет|уло)(?![\p{L}])/u;
const TUG_INSTRUMENTAL = /(?<![\p{L}])(?:\p{L}{2,}(?:ой|ей|ою|ею|ом|ем|ами|ями|ью|ым|им|ыми|ими)|чем|чём)(?![\p{L}])/u;
const tugNotSmell = (hit: string) => TUG_SMELL_VERB.test(hit) && !TUG_INSTRUMENTAL.test(hit.replace(TUG_SMELL_VERB, ''));
/**
 * (session 24, fixag: review s24 R4) a household product named by its pest or its target (ant, fly, flea, wasp, roach, bug or insect
 * spray, ant killer, dog spray, dog repellent; RU дихлофос, средство / спрей / аэрозоль / баллончик от муравьёв, мух, блох,
 * тараканов, собак; AR بخاخ الحشرات, بف باف) is a thing, not an event: bought, carried, empty or ruled out, it exposed no one.
 * Its reading needs an application frame in its sentence (or the next: named, then used): a verb of using it (spray, use, apply, treat, spritz; брызнуть
 * and its perfectives with по-, на-, об-, за- (побрызгала, попшикал, обрызгал, session 30 aginc),
 * распылить, пшикнуть, обработать, травить, морить, использовать; رش، بخ، استعمل), not negated right before (never used, не
 * пользовались, ما رشينا), or an exposure link straight before the product (after, from, by; после, из, от, из-за; بعد، من);
 * and a denial after it in its clause («ни при чём», 'не виноват', 'had nothing to do with', 'was not the cause') takes it out.
 * Judgment of reading
 */
const PRODUCT_NOUN = /(?:(?:ant|fly|flea|wasp|roach|cockroach|bug|insect|dog)[\s-]+(?:repellent[\s-]+)?sprays?|ant[\s-]+killer|dog[\s-]+repellent|дихлофос\p{L}*|(?:средств|спре|аэрозол|баллончик)\p{L}*\s+от\s+(?:муравь|мух|блох|тарака|клоп|комар|ос|собак)\p{L}*|بخاخ\s+(?:ال)?حشرات|بف\s*باف)/u;
const PRODUCT_USE = /(?<![\p{L}])(?<!(?:never|not|n't|не|ни|لم|ما)\s+(?:\p{L}+\s+)?)(?:spray(?:ed|ing|s)?|used?|using|appl(?:y|ied|ying|ication\p{L}*)|treat(?:ed|ing|s)?|spritz\p{L}*|squirt\p{L}*|doused?|misted|fogged|(?:по|на|об|за)?(?:бры?зн\p{L}*|брызга\p{L}*|прыс\p{L}*|пшикн\p{L}*|пшика\p{L}*)|распыл\p{L}*|обработ\p{L}*|обрабат\p{L}*|трав(?:ил|ят|или|ить)\p{L}*|мори\p{L}*|использ\p{L}*|пользова\p{L}*|[وف]?(?:[يتن]?(?:رش|بخ)(?:وا|و|ون|ت|ينا|يت|ه|ها)?|استعمل\p{L}*|استخدم\p{L}*))(?![\p{L}])/u;
const PRODUCT_LINK_BEFORE = /(?<![\p{L}])(?:after|from|by|после|от|из-за|بعد|من)\s+(?:(?:the|a|an|some|this|that|his|her|their|our|этого|этой|их)\s+)?(?:\p{L}+\s+)?$/u;
const PRODUCT_DENIED_AFTER = /^[^.!?;\n,]*?(?:ни\s+при\s+ч[её]м|не\s+винова\p{L}*|не\s+причем|nothing\s+to\s+do|not\s+(?:the\s+)?(?:cause|culprit|source|reason)|(?:was|were|is)\s+empty|пуст\p{L}*|لا\s+علاقة)/u;
const productUnapplied = (text: string, lower: string, start: number, end: number): boolean => {
  const hit = lower.slice(start, end);
  const m = PRODUCT_NOUN.exec(hit);
  if (!m || m.index > 2) return false;
  if (PRODUCT_DENIED_AFTER.test(lower.slice(end, sentenceEnd(text, end)))) return true;
  // the use may come in the next sentence: the product named, then used ('I carry a dog spray when I run. A dog came at me, I sprayed')
  const from = sentenceStart(text, start), to0 = sentenceEnd(text, end), to = to0 < text.length ? sentenceEnd(text, to0 + 1) : to0;
  if (PRODUCT_LINK_BEFORE.test(lower.slice(Math.max(from, start - 24), start))) return false;
  return !PRODUCT_USE.test(lower.slice(from, start)) && !PRODUCT_USE.test(lower.slice(end, to)) && !PRODUCT_USE.test(hit.replace(m[0], ' '));
};
/** (session 24, fixag: review s24 R15) a bare dip tank is sheep dipping only in an account of livestock (sheep, flock, ewes, lambs,
 * овцы, отара, غنم) and with no industrial qualifier next to it (paint, plating, acid, anodising, degreasing, galvanising, solvent):
 * those are process tanks (HSE AIS41, the term's source, covers sheep dipping only). Judgment of reading */
const DIP_TANK = /^dip(?:ping)?\s+tanks?$/u;
const DIP_TANK_LIVESTOCK = /(?<![\p{L}])(?:sheep|flocks?|ewes?|lambs?|rams?|cattle|livestock|goats?|farm\p{L}*|shepherd\p{L}*|овц\p{L}*|овец|отар\p{L}*|ягн\p{L}*|غنم|الغنم|اغنام|الاغنام|خراف)(?![\p{L}])/u;
const DIP_TANK_INDUSTRIAL = /(?<![\p{L}])(?:paint\p{L}*|plating|electroplat\p{L}*|acid|anodi[sz]\p{L}*|degreas\p{L}*|galvani[sz]\p{L}*|solvent\p{L}*|pickling|chrome|coating|lacquer|factory|plant|line)(?![\p{L}])/u;
const dipTankNotSheep = (text: string, lower: string, start: number, end: number): boolean =>
  (DIP_TANK.test(lower.slice(start, end)) && !DIP_TANK_LIVESTOCK.test(lower)) ||
  (/^dip/u.test(lower.slice(start, end)) && DIP_TANK_INDUSTRIAL.test(lower.slice(Math.max(sentenceStart(text, start), start - 40), start)));
/** the Russian 'gas poisoning' with no gas named (feature-lexicon.ts, session 24 agdev), by its hit */
const GAS_POISONING_DEFAULT = /^(?:отравлени|отравил|отравлен)\p{L}*\s+(?:бытовым\s+|природным\s+)?газом$/u;
const OF_LIKE_AFTER = /^\s+(?:of|like)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/u;
/** whether a MIXED_HUE colour word starts inside the hit, or its colour word is coordinated with another hue */
function mixedHue(lower: string, start: number, end: number): boolean {
  const m = MIXED_HUE.exec(lower.slice(start, end + 16));
  if (m !== null && m.index < end - start) return true;
  const hue = HUE_WORD.exec(lower.slice(start, end));
  if (!hue) return false;
  const h = start + hue.index;
  const before = lower.slice(Math.max(0, h - 28), h);
  // (Arabic writes "and" on the colour itself: "أحمر وأخضر")
  return OTHER_HUE_AND_BEFORE.test(before) || (/^و/u.test(hue[0].trimStart()) && OTHER_HUE_BEFORE_AR.test(before)) || AND_OTHER_HUE_AFTER.test(lower.slice(h + hue[0].length, h + hue[0].length + 24));
}
/** Session 15 (agnone; review s14 item 17): a denial of a proposition ("it is not true that", "it is false that", "неправда,
 * что", "ليس صحيحا أن") reverses what its clause says: a sign or setting told there is denied, and an absence told there
 * ("no casualties", "nobody vomited", the self-stated absences, which no earlier cue negates again) is not asserted, its
 * contrary is. A hit negated by the cue's own "not" is already denied and is left. Judgment of reading, closed class.
 * (s15 fixan, review R5) the subject of "was false" is "it/this/that" ("the alarm was false that night" is no denial), a
 * "that" before a time noun is a determiner, and "ложь" is predicative (at the clause start or after "это", "всё это" or
 * a dash), not a noun with a relative clause ("вся ложь, что говорили по телевизору"). */
const NOT_TRUE_PRE = /true|false|the case|a lie|правд|верно|ложь|вран|صحيح/u;
const NOT_TRUE_PRE_T = plainTest(NOT_TRUE_PRE);
const NOT_TRUE_THAT = /(?<![\p{L}])(?:(?:(?:it|that|this)\s+(?:is|was)|it's|that's)\s+(?:simply\s+|just\s+)?(?:not\s+true|untrue|false|not\s+the\s+case|a\s+lie)|not\s+true|untrue)\s+that(?![\p{L}])(?!\s+(?:night|day|morning|evening|afternoon|time|week|month|year|moment|summer|winter|spring|autumn)(?![\p{L}]))|(?<![\p{L}])(?:неправда|не\s+правда|неверно|не\s+верно|(?<=(?:^|[.!?;:\n\u2014\u2013-]|(?:^|\s)(?:это|всё\s+это|все\s+это))\s*)(?:ложь|враньё|вранье))\s*,?\s*(?:что|будто)(?![\p{L}])|(?<![\p{L}])(?:من\s+)?(?:ليس|غير)\s+(?:ال)?(?:صحيح|صحيحا|صحيحة)\s+(?:ما\s+(?:قيل|يقال)\s+(?:من\s+)?)?(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\p{L}])/giu;
const INNER_NEGATION = /(?<![\p{L}])(?:no|not|never|nobody|none|no\s+one|никто|ни|не|нет|[وف]?(?:لم|لا|ليس|مش|مو))(?![\p{L}])|n't(?![\p{L}])/u;
function notTrueThat(text: string, lower: string, norm: ReturnType<typeof normaliseWithMap>, hits: FeatureHit[], statedAbsent: FeatureHit[]): void {
  NOT_TRUE_THAT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOT_TRUE_THAT.exec(lower))) {
    const from = m.index + m[0].length;
    const to = clauseEnd(text, from);
    const cue = quoteOriginal(norm, m.index, from);
    for (const h of hits) {
      if (h.start >= to || h.end <= from || statedAbsent.includes(h)) continue;
      // denied by the cue's own "not": a second negation inside the clause ("not true that nobody vomited") asserts it (a
      // present hit reaching over the cue took the cue's words into its own phrase, and is reversed as the clause's are)
      // a self-stated absence ("no casualties", "لم يصب أحد") holds its own negation: under the cue it is not asserted
      if (SELF_STATED_ABSENCE.has(h.feature)) {
        if (h.present) h.phrase = `${cue} … ${h.phrase}`;
        h.present = false;
        continue;
      }
      if (h.start < from && !h.present) {
        if (INNER_NEGATION.test(lower.slice(from, h.end))) h.present = true;
        continue;
      }
      h.present = !h.present;
      h.phrase = `${cue} … ${h.phrase}`;
    }
  }
}
/** Session 11: verbs of taking the casualties to care (taken, rushed, evacuated, admitted; доставили, госпитализировали;
 * نقل, أسعف), checked within three words either side of an onset word in its clause (respondedAt). */
const RESPONSE_VERB = /(?<![\p{L}])(?:taken(?!\s+ill)|rushed|transferred|transported|evacuated|brought|admitted|hospitali[sz]ed|flown|ferried|sent|доставил\p{L}*|доставлен\p{L}*|доставля\p{L}*|госпитализир\p{L}*|отвез\p{L}*|отвоз\p{L}*|увез\p{L}*|эвакуир\p{L}*|перевез\p{L}*|[وف]?(?:نقل|نقلت|نقلوا|تم\s+نقل|أسعف|أسعفوا|اسعف|اسعفوا|أدخل|أدخلوا|ادخل)\p{L}*)(?![\p{L}])/iu;
function respondedAt(text: string, lower: string, start: number, end: number): boolean {
  const from = Math.max(clauseStart(text, start), lastWordsStart(text, 0, start, 3));
  let to = end;
  const stop = clauseEnd(text, end);
  for (let n = 0; n < 3 && to < stop; n++) {
    const m = /^\s*\S+/.exec(lower.slice(to, stop));
    if (!m) break;
    to += m[0].length;
  }
  return responseVerbIn(lower.slice(from, start)) || responseVerbIn(lower.slice(end, to));
}
/** RESPONSE_VERB.test, tried only where a response verb's opening occurs at a word start (cue-gate.ts; speed only) */
const RESPONSE_GATE = new CueGate([RESPONSE_VERB.source]);
const responseVerbIn = (s: string) => RESPONSE_GATE.scan(s) !== 0 && RESPONSE_VERB.test(s);
/** A negation word inside a matched term (session 10): English not / n't / never, Russian не / ни, Arabic لا / لم / ما / مش / مو. */
const TERM_OWN_MA = /(?<![\p{L}])[وف]?ما(?![\p{L}])/u;
// (session 18, agpara) ما before the past of كان in a term's gap ("عيوني ما كانت تحرق": my eyes were not burning) is the spoken
// past negation; ما alone stays out (a relative, an exclamation, a free relative)
const GAP_NEGATION = /(?:(?<![\p{L}])(?:not|never|не(?!\s+то(?![\p{L}])(?!\s+(?:что|чтобы)))|ни|[وف]?(?:لا|لم|مش|مو|ما\s+(?:كان|كانت|كانوا|كنا|كنت)))(?![\p{L}])|n't(?![\p{L}]))/u;
const GAP_NEGATION_T = twins(GAP_NEGATION);
// (session 24, agdev) ما straight before the last word of a term whose first words stand before it ("الجلد ما تقشر", "صوته ما انبح":
// the subject, then ما and the verb) is the spoken negation of that verb: a relative ما does not follow a definite subject, and the
// exclamation (ما أحمر الجلد) puts ما before the term, not inside it. Not after a word that takes ما as its relative or its
// conjunction (زي ما, مثل ما, بعد ما, قبل ما, كل ما, عن ما, من ما ...: 'as', 'after', 'whenever')
const GAP_MA_VERB = /(?<=\p{L}[^.!?؟،,]*\s)(?<!(?<![\p{L}])(?:زي|مثل|متل|كيف|قد|بعد|قبل|حتى|كل|اول|أول|عند|لين|طول|عن|من|على)\s+)[وف]?ما\s+\p{L}+\s*$/u;
const GAP_MA_VERB_T = twins(GAP_MA_VERB);
// (session 24, fixag: review s24 R12) the restrictive ما V إلا / غير ... ("الجلد ما تقشر الا بعد يومين": the skin peeled only two
// days later; "صوته ما انبح الا تاني يوم") affirms the verb with a limit, it does not negate it: إلا / الا / غير, or لحد / لغاية / لين
// ('until') or بس ('only') before a time word, after the verb in its clause (at most two words between), takes the ما out of
// GAP_MA_VERB; so does a question mark closing the clause ("الجلد ما تقشر؟": asked, not denied). Not حتى: "ما تقشر حتى بعد يومين"
// is 'not even after two days', the negation. Judgment of reading (Arabic exceptive; Levantine and Gulf speech)
const MA_EXCEPTIVE_AFTER = /^\s*(?:\p{L}+\s+){0,2}?(?:[وف]?(?:إلا|الا|غير)|(?:لحد|لغاية|لين|بس)\s+(?:ما\s+)?(?:بعد|تاني|ثاني|التاني|الثاني|تالت|ثالث|اليوم|يوم|بكرة|بكره|الليل|بالليل|الصبح|بالصبح|المسا|الظهر|العصر|ساعة|ساعه|ساعات|يومين|ايام|أيام))(?![\p{L}])/u;
const MA_QUESTION_AFTER = /^[^.!?؟،,\n]{0,40}[?؟]/u;
const maExceptiveAfter = (lower: string, end: number) => MA_EXCEPTIVE_AFTER.test(lower.slice(end, end + 60)) || MA_QUESTION_AFTER.test(lower.slice(end, end + 42));
/** the runs of letters of s (its match of /\p{L}+/gu), by the regex's script-narrowed twin where s is narrow-safe (session 25,
 * speed only: script-narrow.ts; match with the g flag starts from 0 and leaves lastIndex at 0, so one object serves every call) */
const LETTER_RUN_T = twins(/\p{L}+/gu);
function letterRuns(s: string): string[] {
  return s.match(pick(LETTER_RUN_T, s)) ?? [];
}
/** A determiner negation inside a matched term: no, without, nothing, нет, без, بدون, بلا (session 12). */
const GAP_DETERMINER = /(?<![\p{L}])(?:no|without|nothing|нет|без|[وف]?(?:بدون|بلا))(?![\p{L}])/u;
const GAP_DETERMINER_T = twins(GAP_DETERMINER);
/** Arabic 'still' (ما زال / لا يزال and their forms), shared by STILL and PERSISTS_AFTER (review s8 E10). */
const AR_STILL_SRC = String.raw`[وف]?(?:ما|لا)\s*(?:زال|يزال|تزال|زالت|زالوا|يزالون)`;
const STILL = [new RegExp(String.raw`(?<![\p{L}])${AR_STILL_SRC}(?![\p{L}])`, 'gu')];
/**
 * Session 8: a time phrase followed in its clause by "still" tells how long a sign lasted, not when it began ("an hour
 * later their skin still stung", "two days later my throat still felt dry"; dev: ows-2011, philadelphia-2020): such an
 * onset_delayed reading is dropped. RU всё ещё / до сих пор / по-прежнему, AR ما زال / لا يزال.
 */
// (40 characters after the time phrase and 60 read: a judgement, the rest of one clause)
const PERSISTS_AFTER = new RegExp(String.raw`^[^.;!?\n\u061F\u061B]{0,40}?(?<![\p{L}])(?:still|всё\s+ещё|все\s+еще|всё\s+еще|до\s+сих\s+пор|по-прежнему|${AR_STILL_SRC})(?![\p{L}])`, 'iu');
/**
 * Session 8: a leak only suspected or reported to the emergency services ("calls about a possible gas leak", "responding to
 * reports of a gas leak", "a suspected gas leak") is what the callers thought, not what happened (dev-v10
 * scarborough-maine, worcester-mosque): such a delivery_industrial_leak reading is dropped.
 */
const HEDGED_BEFORE = /(?<![\p{L}])(?:possible|suspected|reported|reports?\s+of|calls?\s+about|thought\s+to\s+be|believed\s+to\s+be)\s+(?:(?:a|an|the)\s+)?(?:\p{L}+\s+)?$/iu;
function hedgedBefore(text: string, start: number): boolean {
  return HEDGED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
/**
 * Session 10: a time phrase followed in its clause by a recovery ("an hour later everyone was fine", "через час все в
 * норме", "через час всем полегчало", "بعد ساعة صاروا منيحين") tells when the signs ended, not when they began: such an
 * onset_delayed reading is dropped, as after "still" (lay paraphrase, judgment; dev ru-d3-26, ru-d3-47). Session 12 (para): a
 * verb of passing that ends its clause ("after half an hour in the air it went away", "через час прошло", "وبعد نص ساعة
 * بالهوا راحت"; راح alone is also 'went' and the future marker, so only at the clause end) and the spoken 'well again'
 * (طيبين, زينين, كويسين, مزيان). Session 15 (agtox): the clipped telling without a verb that ends its clause ("Next day all
 * right.", "by evening everyone fine"). Session 19 (agparen): a clause that says the episode ended, "it was over", "it was all gone",
 * "the sting had been gone" (at its clause end: "it was over the wall" goes on), as "it went away" does.
 * Session 19 (fixag1, review-s19 R11): not an event that ended ('the shelling was over') nor a death ('it was over, he was dead').
 * Session 23 (agnew): the spoken 'all fine' of Russian (всё ок / окей / норм / хорошо / в порядке) and the other spoken Arabic
 * words of being well the relief-time pattern already reads (مناح, كويس, تمام, زين, باهي, مليح), so that 'через час всё ок' and
 * 'بعد ساعة صرنا مناح' time the relief, not a delayed onset; lay paraphrase, judgment.
 */
const RECOVERED_AFTER = new RegExp(
  String.raw`^[^.;!?\n\u061F\u061B,]{0,30}?(?<![\p{L}])(?:(?:was|were|felt|seemed)\s+(?:fine|ok|okay|better|normal|all\s+right)|(?:(?:everyone|everybody|all|we|they)\s+)?(?:fine|ok|okay|better|all\s+right)(?=\s*(?:[.,;!?\n]|$))|back\s+to\s+normal|recovered|(?:it|that|everything|all\s+of\s+it|the\s+(?!(?:shelling|attack|attacks|bombing|bombardment|raid|raids|strike|strikes|air\s+raid|airstrike|explosion|blast|fire|fighting|battle|siege|war|assault|barrage|storm|alarm|alert|curfew|evacuation|match|game)(?![\p{L}]))\p{L}+)\s+(?:was|were|had\s+been|'s)\s+(?:all\s+)?(?:over|gone)(?=\s*(?:[.,;!?\n]|$))(?![^.!?\n]{0,60}?(?<![\p{L}])(?:dead|died|dying|death|killed|passed\s+away|no\s+pulse|(?:then|after\s+that)\s+(?:\p{L}+\s+){0,3}(?:began|started)))|(?:had\s+)?cleared\s+up|в\s+норме|пришл\p{L}*\s+в\s+сознание|пришел\s+в\s+сознание|пришёл\s+в\s+сознание|очнул\p{L}*|came\s+(?:round|around|to)(?=\s*(?:[.,;!?\n]|$))|regained\s+consciousness|[وف]?استعاد\p{L}*\s+(?:ال)?وعي\p{L}*|нормально|(?:всё|все)\s+(?:ок|окей|о'кей|норм|хорошо|в\s+порядке)(?=\s*(?:[.,;!?\n)]|$))|полегчал\p{L}*|оклемал\p{L}*|пришл\p{L}*\s+в\s+себя|(?:всё|все)\s+прошло|отпустило|منيح\p{L}*|بخير|تحسن\p{L}*|تعافو?ا?|طبيعي\p{L}*|went\s+away|wore\s+off|passed(?=\s*(?:[.,;!?\n]|$))|прош(?:ло|ла|ли|[её]л)(?=\s*(?:[.,;!?\n]|$))|[وف]?(?:راح|راحت|راحوا|راحو|خف|خفت|زال|زالت|اختفى|اختفت)(?=\s*(?:[.,\u060C;!?\n]|$))|طيبين|زينين|كويسين|مزيان\p{L}*|مناح|كويس|كويسة|تمام|زين|باهي\p{L}*|مليح\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Session 12 (review): a burnt thing is no burn injury. The bare Arabic verbs of being burnt (انحرق، اتحرق، احترق) of a
 * car, a house, a shop or a field, or in the idiom of grief (اتحرق قلبي 'my heart burned'); the English "badly / severely
 * burnt" of a house, a car or a building. Judgment of reading, closed classes. */
const BURN_VERB_AR = /^[وف]?(?:انحرق|اتحرق|احترق)(?:ت|وا|و)?$/u;
const BURNT_THING_AR = String.raw`(?:ال)?(?:سيار\p{L}*|بيت|بيوت|البيت|منزل|منازل|محل|محلات|خيم\p{L}*|سوق|اسواق|ارض|حقل|حقول|زرع|محصول|محاصيل|مبني|مباني|بناي\p{L}*|عمار\p{L}*|شق\p{L}*|غرف\p{L}*|مطبخ|اثاث|مستودع|مخزن|دكان|باص|شاحن\p{L}*|قلب\p{L}*|اكل|طبخ\p{L}*|الشجر|شجر\p{L}*)`;
const BURNT_THING_AR_AFTER = new RegExp(String.raw`^\s+${BURNT_THING_AR}(?![\p{L}])`, 'u');
const BURNT_THING_AR_BEFORE = new RegExp(String.raw`(?<![\p{L}])[وف]?${BURNT_THING_AR}\s+$`, 'u');
const BURNT_EN = /^(?:badly|severely)\s+burn(?:t|ed)$/u;
const BURNT_THING_EN_BEFORE = /(?<![\p{L}])(?:house|home|building|car|vehicle|truck|bus|shop|market|tent|school|mosque|hospital|flat|apartment|warehouse|field)s?\s+(?:was|were|had\s+been|has\s+been|got|is|are)\s+$/u;
function burntThing(lower: string, start: number, end: number): boolean {
  const w = lower.slice(start, end);
  if (BURN_VERB_AR.test(w)) return BURNT_THING_AR_AFTER.test(lower.slice(end, end + 24)) || BURNT_THING_AR_BEFORE.test(lower.slice(Math.max(0, start - 24), start));
  if (BURNT_EN.test(w)) return BURNT_THING_EN_BEFORE.test(lower.slice(Math.max(0, start - 40), start));
  if (BURN_VERB_RU.test(w)) return BURNT_THING_RU_BEFORE.test(lower.slice(Math.max(0, start - 40), start)) || BURNT_THING_RU_AFTER.test(lower.slice(end, end + 32));
  return false;
}
/** (session 16, aginc) a thing charred or burnt out ("обстановка обгорела", "квартира полностью выгорела", "сгорел автомобиль")
 * is no burn injury; a person's "сильно обгорел" stays (judgment of reading) */
const BURN_VERB_RU = /^(?:обгорел|сгорел|выгорел)\p{L}*$/u;
const RU_THING = String.raw`(?:обстановк|мебел|квартир|комнат|кухн|имуществ|крыш|здани|помещени|балкон|автомобил|машин|сара|дач|вещ|дом(?![\p{L}])|дома(?![\p{L}]))\p{L}*`;
const BURNT_THING_RU_BEFORE = new RegExp(String.raw`(?<![\p{L}])${RU_THING}\s+(?:\p{L}+\s+)?$`, 'u');
const BURNT_THING_RU_AFTER = new RegExp(String.raw`^\s+(?:\p{L}+\s+)?${RU_THING}`, 'u');
/** "the smell matches what witnesses said", "the odour matches chlorine": the verb, not matches that were smelled (session 12 review) */
const SMELL_MATCHES_VERB = /^(?:smell|odou?r|stench|scent|whiff|stink|reek|pong)\s+match(?:es)?$/u;
/** half a day, half a night (نص يوم، نص الليل): a delay of hours, which PART_OF_HOUR's "half" does not shorten (session 12 review) */
const PART_OF_DAY = /(?<![\p{L}])(?:half\s+(?:a\s+)?(?:day|night)|[وف]?(?:نص|نصف)\s+(?:ال)?(?:يوم|ليل|ليله|ليلة|نهار))(?![\p{L}])/iu;
/** Session 12 (review): a comparison between a "no smell" and a smell named after it ("no smell at first, unlike the chlorine
 * smell in Douma", "ما في ريحة، مش متل ريحة الكلور بدوما"): the other smell is elsewhere, the "no smell" stands */
const COMPARED = /(?<![\p{L}])(?:unlike|like\s+in|as\s+in|compared|в\s+отличие|как\s+в|не\s+как|على\s+عكس|بعكس|بخلاف|مثل|متل|زي)(?![\p{L}])/iu;
/** Session 12 (review): the spoken 'has not' (ما عنده، معندوش) names what someone lacked; a verb of becoming or starting after
 * it opens the predicate ("اللي ما عنده كمامة صار يسعل", whoever had no mask started coughing), which it does not deny */
const AR_HAVE_NOT = /(?:عند\p{L}*|معند\p{L}*)$/u;
const AR_BECAME = /(?<![\p{L}])[وف]?(?:صار|صارت|صاروا|صرنا|بلش|بلشت|بلشوا|بلشنا|بدا|بدات|بداوا|قعد|قعدت|قعدوا|اخذ|اخذت|اخذوا|كان|كانت|كانوا)(?![\p{L}])/u;
/** Session 12 (review): the Iran-Iraq war recalled as a yardstick ("the deadliest since the Iran-Iraq war", "reminded older men
 * of the Iran-Iraq war", "как в ирано-иракскую войну", "منذ الحرب العراقية الإيرانية") is no circumstance of this incident;
 * "during" and "veterans of" stay (judgment of reading) */
const WAR_RECALLED = /(?<![\p{L}])(?:since|reminded|reminding|recalled|recalling|like|as\s+in|unlike|compared|со\s+времён|со\s+времен|напомин\p{L}*|как\s+в|منذ|مثل|متل|كما\s+في|ذكرت?\p{L}*|تذكر\p{L}*|يذكر\p{L}*)(?![\p{L}])[^.!?\n\u061F]*$/iu;
/** (review s14) what a speaker avoids or fears in front of them, not a prevented sign: a cloud, smell, smoke or the place ("ran
 * upstairs to avoid the yellow cloud", "afraid of the green cloud drifting toward the school"). A munition feared ("hid for fear of
 * air strikes") is still to come and stays irrealis (judgment of reading). */
const PERCEIVED_NOT_SIGN = /^(?:cloud_|odour_|fire_smoke|setting_)/u;
/** the knowledge base's clinical features (topic clinical): what a treatment given "to prevent the X" may be prophylaxis of (s15) */
const CLINICAL_SIGNS = new Set(KB_CLINICAL_FEATURES);
/** (s15 fixan) "الغاز المسيل للدموع" (the gas that draws tears) names tear gas, as "tear gas" does in English */
/** (session 17, agpara) the Arabic bomb / grenade word and a launcher grenade's calibre right after it (عيار 40 ملم, 37 مم, 40مم) */
const AR_BOMB_WORD = /^[وفبل]?(?:ال)?(?:قنبلة|قنبله|قنابل)$/u;
/** (session 19, agru) a smoke, stink, water or paint bomb in Russian and Arabic, as the English rule of session 12 reads it: the
 * Russian adjective before the noun, the Arabic adjective after it (closed classes; judgment of reading) */
const RU_TOY_BOMB_BEFORE = /(?:дымов|вонюч|водян|красящ|цветн|праздничн)[а-яё]*\s+$/u;
const AR_TOY_BOMB_AFTER = /^\s+(?:ال)?(?:دخانيه|دخانية|دخان|مائيه|مائية|ملونه|ملونة|كريهه|كريهة|نتنه|نتنة|الوان|ماء)(?![\p{L}])/u;
/** (session 19, agru) the airways in Arabic: المجاري / مجاري before التنفسية, الهوائية (the respiratory passages); a burn word (حروق/حرق)
 * and, after it, the respiratory system, passages, bronchi, larynx, pharynx or gullet (closed classes; judgment of reading). The
 * Russian ожог дыхательных путей was tried and withdrawn (a development hold part fell) */
const AR_SEWER_WORD = /^[وفبل]?(?:ال)?مجاري$/u;
const AR_AIRWAY_ADJ_AFTER = /^\s+(?:ال)?(?:تنفسيه|تنفسية|هوائيه|هوائية)(?![\p{L}])/u;
const AIRWAY_BURN_WORD = /^[وفبل]?(?:ال)?(?:حروق|حرق)/u;
const AIRWAY_BURN_AFTER = /^\s+(?:في\s+)?(?:ال)?(?:جهاز\s+(?:ال)?تنفسي|مجاري\s+(?:ال)?تنفسي|مسالك\s+(?:ال)?(?:تنفسي|هوائي)|قصبات|حنجر|بلعوم|مريء|مري(?![\p{L}])|مجرى\s+(?:ال)?هواء)/u;
function toyBomb(lower: string, start: number, end: number): boolean {
  const w = lower.slice(start, end);
  if (AR_BOMB_WORD.test(w)) return AR_TOY_BOMB_AFTER.test(lower.slice(end, end + 16));
  if (!w.startsWith('бомб')) return false;
  return RU_TOY_BOMB_BEFORE.test(lower.slice(Math.max(0, start - 16), start));
}
const AR_GRENADE_CALIBRE = /^\s+(?:من\s+)?(?:عيار\s+)?(?:37|38|40|٣٧|٣٨|٤٠)\s*(?:ملم|مم|ملي|mm)(?![\p{L}])/u;
/** (session 17, agpara) what engulfs rather than eats: a cloud, smoke, dust, fog or fire as the subject of "swallow" (up to two words
 * between: "a huge grey cloud swallowed"), or a place or everything as its object. Judgment of reading, closed classes. Not a noun
 * after a preposition (session 17 fixrev, review R6: "picked the berries off the ground then swallowed them", "crushed the pills
 * into dust then swallowed them": the place or the medium, not the swallower); and "them" is no engulfed place after it (what
 * was picked or crushed is swallowed; a cloud that swallowed them is read by its subject). */
const SWALLOW_SUBJECT_BEFORE = /(?<![\p{L}])(?<!(?:off|into|in|on|onto|from|with|of|under|over|to|at|across|through|up|down)\s+(?:(?:the|a|some|this|that)\s+)?)(?:cloud|clouds|smoke|dust|fog|mist|haze|plume|fire|fires|flames?|blaze|darkness|sea|waves?|earth|ground)\s+(?:(?:had|has|have|then|just|quickly|soon|completely)\s+){0,2}$/u;
/** (session 19, agparen) an inability or difficulty right before "swallow": the sign of swallowing, not the act of eating */
const SWALLOW_INABILITY_BEFORE = /(?<![\p{L}'])(?:couldn't|could\s+not|couldnae|can't|cannot|can\s+not|unable\s+to|not\s+able\s+to|hard\s+to|trouble|difficult(?:y|ies)?(?:\s+in)?|struggl(?:ed|ing|es)?\s+to|pain(?:ful)?\s+to|pain\s+on|problems?(?:\s+with)?|impossible\s+to|barely)\s+(?:(?:even|properly|to|at\s+all)\s+)?$/iu;
/** (session 19, fixag1: review-s19's duplicated mechanisms) one reading of an inability to swallow: agpara's CANNOT_SWALLOW in the
 * hit's phrase (EN/RU/AR, of a denied ingestion) or agparen's English difficulty right before 'swallow' */
function swallowInability(lower: string, h: { present: boolean; phrase: string; start: number; end: number }): boolean {
  if (!h.present && CANNOT_SWALLOW.test(h.phrase)) return true;
  const k = lower.indexOf('swallow', h.start);
  return k >= 0 && k < h.end && SWALLOW_INABILITY_BEFORE.test(lower.slice(Math.max(0, k - 40), k));
}
const SWALLOW_PLACE_AFTER = /^\s+(?:up\s+)?(?:(?:the|our|their|a|whole|entire|half\s+the)\s+){0,2}(?:street|streets|road|house|houses|home|building|buildings|village|town|city|neighbou?rhood|block|square|yard|market|car|cars|camp|field|fields|everything|everyone|us|the\s+sky)(?![\p{L}])/u;
/** (session 17, agpara) ... also inside a denied hit, whose span opens at its cue ("ما كان غاز مسيل للدموع", "وليس غاز مسيل للدموع") */
const TEAR_GAS_AR_IN = /(?:^|[^\p{L}])[وف]?(?:ال)?مسيل(?:ة)?\s+[^\s]+$/u;
const TEAR_GAS_AR_BEFORE = /(?:^|[^\p{L}])[وف]?(?:ال)?مسيل(?:ة)?\s+$/u;
/** Session 26 (agnew): a barrel word (the delivery_cylinder hit) and then water or sand held in it ('бочку с водой', 'barrel of / full
 * of water', 'برميل مي / ماء / رمل'), or water, rain or sand before it ('a water barrel', 'rain barrel'): a household or fire-watch
 * store, not the barrel bomb dropped from a helicopter. Only the barrel words: a gas cylinder 'with water' is not read here.
 * Judgment of reading. */
const BARREL_WORD = /^(?:barrels?|casks?|drums?|бочк\p{L}*|бочонк\p{L}*|бочон\p{L}*|[وفبل]?(?:ال)?(?:برميل|براميل)\p{L}{0,3})$/u;
const WATER_BARREL_AFTER = /^\s+(?:(?:с|со)\s+(?:\p{L}+\s+)?(?:вод|песк|песок|дождев)\p{L}*|для\s+(?:\p{L}+\s+)?(?:вод|песк|дождев)\p{L}*|(?:of|full\s+of|filled\s+with)\s+(?:\p{L}+\s+)?(?:water|sand|rain(?:water)?)(?![\p{L}])|(?:ال)?(?:ماء|مياه|مي|مية|ميه|رمل)(?![\p{L}]))/u;
const WATER_BARREL_BEFORE = /(?:water|rain|sand|fire)[\s-]+$/u;
function waterBarrel(lower: string, start: number, end: number): boolean {
  if (!BARREL_WORD.test(lower.slice(start, end))) return false;
  return WATER_BARREL_AFTER.test(lower.slice(end, end + 40)) || WATER_BARREL_BEFORE.test(lower.slice(Math.max(0, start - 8), start));
}
/** Session 27 (agdev): a barrel word (the delivery_cylinder hit) told as a store that wore through, rusted through or leaked in its
 * sentence ('у старой бочки прохудился шов', 'a rusted drum was leaking', 'برميل مصدي بيسرب'), with no aircraft, drop or fall word
 * there: a stored drum's release (the drum-leak pattern of feature-lexicon.ts), not the barrel bomb. A barrel dropped from a
 * helicopter that leaked gas keeps its reading. Judgment of reading (dev-v20 ru-d20-12, a leaking store's barrel read as chlorine's) */
const BARREL_LEAK = /(?<![\p{L}])(?:прохуди\p{L}*|проржав\p{L}*|протек\p{L}*|протёк\p{L}*|подтек\p{L}*|подтёк\p{L}*|потек\p{L}*|потёк\p{L}*|вытек\p{L}*|сочил\p{L}*|течь|leak(?:ed|ing|s)?|seep(?:ed|ing|s)?|rusted\s+through|corroded|[وف]?(?:تسرب\p{L}*|بيسرب|يسرب|بتسرب|مخروم\p{L}*|مصدي\p{L}*|مهتري\p{L}*|نزت|بينز|ينز))(?![\p{L}])/u;
const BARREL_DROPPED = /(?<![\p{L}])(?:сброс\p{L}*|сбросил\p{L}*|вертол\p{L}*|самол\p{L}*|упал\p{L}*|падал\p{L}*|dropped|helicopters?|aircraft|planes?|fell|falling|bombs?|бомб\p{L}*|[وف]?(?:ال)?(?:مروحي\p{L}*|طيار\p{L}*|طائر\p{L}*|رمت|رموا|القت|سقط\p{L}*|نزل\p{L}*|متفجر\p{L}*))(?![\p{L}])/u;
function leakingStoreBarrel(text: string, lower: string, start: number, end: number): boolean {
  if (!BARREL_WORD.test(lower.slice(start, end))) return false;
  const sentence = lower.slice(sentenceStart(text, start), sentenceEnd(text, end));
  return BARREL_LEAK.test(sentence) && !BARREL_DROPPED.test(sentence);
}
/** Session 28 (agdev): a gas cylinder in a fire (the delivery_cylinder hit on a cylinder word whose sentence tells a fire burning or
 * being fought: 'a fire broke out in a lorry of cylinders', 'пожар на складе баллонов', 'إخماد حريق اندلع بسيارة أسطوانات') with no
 * leak, no drop or aircraft and no chlorine, cloud or yellow word there: the cylinders are the fire's fuel or its place (bottled
 * fuel gas burns), not a toxic gas let out of them; the fire is read by its own words. A cylinder dropped from a helicopter, or one
 * that leaked, keeps its reading. Judgment of reading */
const CYLINDER_WORD = /(?<![\p{L}])(?:cylinders?|баллон\p{L}*|[وف]?(?:ب|ل)?(?:ال)?(?:اسطوان\p{L}*|جرة|جرات|جرار))(?![\p{L}])/u;
const CYLINDER_FIRE = /(?<![\p{L}])(?:fire|fires|blaze|flames|caught\s+fire|on\s+fire|пожар\p{L}*|горел\p{L}*|загорел\p{L}*|возгоран\p{L}*|пламя|пламен\p{L}*|[وف]?(?:ب|ل)?(?:ال)?(?:حريق|حرائق|نيران|اشتعل\p{L}*|احترق\p{L}*|ولعت))(?![\p{L}])/u;
const CYLINDER_TOXIC = /(?<![\p{L}])(?:chlorine|yellow|green|cloud|clouds|хлор\p{L}*|жёлт\p{L}*|желт\p{L}*|зелен\p{L}*|зелён\p{L}*|облак\p{L}*|[وف]?(?:ب|ل)?(?:ال)?(?:كلور|اصفر|صفرا|صفراء|اخضر|سحاب\p{L}*|غيم\p{L}*))(?![\p{L}])/u;
function burningCylinder(text: string, lower: string, start: number, end: number): boolean {
  if (!CYLINDER_WORD.test(lower.slice(start, end))) return false;
  const sentence = lower.slice(sentenceStart(text, start), sentenceEnd(text, end));
  return CYLINDER_FIRE.test(sentence) && !BARREL_LEAK.test(sentence) && !BARREL_DROPPED.test(sentence) && !CYLINDER_TOXIC.test(sentence);
}
/** Session 29 (agctx): the helicopter words of delivery_cylinder ('helicopter dropped', 'вертолёт сбросил', 'الطوافة', الهليكوبتر ...)
 * in a sentence that tells water, aid, leaflets, a fire retardant, a fire being fought or the injured carried, with no gas, chemical,
 * barrel, cylinder or bomb word there ('a helicopter dropped water on the burning forest', 'вертолёт МЧС сбросил воду на горящий
 * склад'): a fire-fighting, relief or rescue flight, not the barrel dropped in an attack. knowledge/agents.yaml delivery_helicopter reads
 * the attacking helicopter with the same guard. Judgment of reading */
const HELI_WORD = /(?:helicopter|вертол|مروحي|طواف|هليكوبتر)/u;
const HELI_RELIEF = /(?<![\p{L}])(?:water|aid|supplies|leaflets|retardant|firefight\p{L}*|fire-fight\p{L}*|evacuat\p{L}*|airlift\p{L}*|medevac|rescu\p{L}*|вод[аыуе]|гуманитар\p{L}*|листовк\p{L}*|эвакуир\p{L}*|эвакуац\p{L}*|санавиац\p{L}*|спасател\p{L}*|мчс|тушени\p{L}*|туш[иа]т\p{L}*|[وف]?(?:ال)?(?:مياه|ماء|مساعدات|اخلاء|اسعاف|مناشير|منشورات|اطفاء|الدفاع\s+المدني))(?![\p{L}])/u;
const HELI_WEAPON = /(?<![\p{L}])(?:gas|gases|chemicals?|toxic|chlorine|barrels?|cylinders?|bombs?|газ\p{L}*|хим\p{L}*|ядовит\p{L}*|хлор\p{L}*|бочк\p{L}*|баллон\p{L}*|бомб\p{L}*|[وفب]?(?:ال)?(?:غاز\p{L}*|كيم\p{L}*|سام|سام[ةه]|كلور|برميل|براميل|اسطوان\p{L}*|متفجر\p{L}*))(?![\p{L}])/u;
function reliefHelicopter(text: string, lower: string, start: number, end: number): boolean {
  if (!HELI_WORD.test(lower.slice(start, end))) return false;
  const sentence = lower.slice(sentenceStart(text, start), sentenceEnd(text, end));
  return HELI_RELIEF.test(sentence) && !HELI_WEAPON.test(sentence);
}
/** Session 27 (agdev): a pipe that burst or cracked (the industrial-leak term 'pipe burst', 'burst pipe') told with steam, water, a
 * scald or the heating in its sentence and no gas, chemical, smell or fumes word there ('Pipe burst in the basement; steam, minor
 * scalds', 'a burst water pipe flooded the hall'): the plumbing or the heating, not a stored chemical's line. Judgment of reading
 * (dev-v20 en-d20-30, a school's burst steam pipe read as a chemical leak, choking .43) */
const PIPE_WORD = /(?<![\p{L}])(?:pipes?|pipework|main|mains|труб\p{L}*|[وف]?(?:ال)?(?:ماسور\p{L}*|مواسير|انبوب\p{L}*|انابيب))(?![\p{L}])/u;
const PIPE_WATER = /(?<![\p{L}])(?:steam|water|scalds?|scalded|scalding|boiling|heating|radiators?|plumb\p{L}*|flood\p{L}*|пар|пара|паром|кипят\p{L}*|отоплен\p{L}*|горяч\p{L}*\s+вод\p{L}*|вод[аыуе]|затопил\p{L}*|ошпар\p{L}*|[وف]?(?:ال)?(?:بخار|مية|ميه|مياه|ماء|سخان\p{L}*|تدفئة|شوفاج))(?![\p{L}])/u;
const PIPE_CHEMICAL = /(?<![\p{L}])(?:gas|gases|chemicals?|fumes?|smell\p{L}*|odou?r\p{L}*|ammonia|chlorine|acid|vapou?rs?|газ\p{L}*|хими\p{L}*|аммиак\p{L}*|хлор\p{L}*|запах\p{L}*|пахл\p{L}*|кислот\p{L}*|[وف]?(?:ال)?(?:غاز\p{L}*|كيم\p{L}*|امونيا|كلور|ريح\p{L}*|رائح\p{L}*|حمض|اسيد))(?![\p{L}])/u;
function plumbingPipe(text: string, lower: string, start: number, end: number): boolean {
  if (!PIPE_WORD.test(lower.slice(start, end))) return false;
  const sentence = lower.slice(sentenceStart(text, start), sentenceEnd(text, end));
  return PIPE_WATER.test(sentence) && !PIPE_CHEMICAL.test(sentence);
}
/** Session 32 (agnonmed): a named illness (named_medical_cause) told in the sentence of a gas, a fume, a smoke, a smell, a cloud, a leak or a
 * chemical is that chemical's consequence or its casualty's frailty ('the chlorine set off her asthma attack', «после выброса газа у него
 * случился инфаркт», «اصيب بنوبة قلبية بعد استنشاق الغاز»), not the cause in place of one: the reading drops it. A chemical word that a
 * denial governs ('a heart attack, not gas', «не отравление, а инфаркт», «جلطة وليس تسمم», 'ruled out poisoning') leaves it. Closed
 * classes, judgment of reading */
const MEDICAL_CHEMICAL_WORD = /(?<![\p{L}])(?:gas(?:es|sed)?|fumes?|chemicals?|chlorine|smoke|smell\p{L}*|stench|odou?rs?|vapou?rs?|toxic|toxins?|poison\p{L}*|ammonia|sarin|pesticides?|sprayed|cloud|leak\p{L}*|газ\p{L}*|хлор\p{L}*|дым\p{L}*|запах\p{L}*|пахл\p{L}*|химич\p{L}*|химикат\p{L}*|токсич\p{L}*|отравл\p{L}*|ядовит\p{L}*|испарени\p{L}*|выброс\p{L}*|утечк\p{L}*|аммиак\p{L}*|зарин\p{L}*|облак\p{L}*|[وفبل]?(?:ال)?(?:غاز\p{L}*|كلور\p{L}*|دخان|رائح\p{L}*|ريحه|ريحة|كيما?وي\p{L}*|كيميائي\p{L}*|سام|سامة|سامه|تسمم\p{L}*|ابخر\p{L}*|تسرب\p{L}*|امونيا|سارين|مبيد\p{L}*))(?![\p{L}])/giu;
const MEDICAL_CHEMICAL_DENIED = /(?<![\p{L}])(?:not|no|never|nothing|without|rather\s+than|instead\s+of|ruled\s+out|excluded|не|ни|нет|без|исключил\p{L}*|لا|ليس|وليس|مش|مو|ما|بدون|غير|استبعد\p{L}*|نفى|نفت|نفي)\s+(?:[\p{L}'-]+\s+){0,2}$/iu;
/** Session 32 (agnonmed): 'nobody else was hurt', «больше никто не заболел», «кроме него никто не пострадал», 'لم يصب أحد غيرها': the
 * denial excludes a casualty the account has told (one person fell ill), so it is no statement that nobody was hurt (no_casualties):
 * 'else' / 'больше' / 'более' in or right before the denial, 'кроме X' / 'except (for) X' / 'apart from X' before it in its clause, or a
 * pronoun-bearing غير / سوى right after it (غيره, غيرها, غيرهم, سواه). Judgment of reading, closed classes */
const NOBODY_ELSE_IN = /(?<![\p{L}])(?:else|больше|более)(?![\p{L}])/iu;
const NOBODY_ELSE_BEFORE = /(?:(?<![\p{L}])(?:больше|более|кроме\s+(?:\p{L}+\s*){1,3}[,\u2014-]?|except(?:\s+for)?\s+(?:\p{L}+\s*){1,3},|apart\s+from\s+(?:\p{L}+\s*){1,3},|besides\s+(?:\p{L}+\s*){1,3},|[وف]?(?:باستثناء|عدا|ما\s+عدا)\s+(?:\p{L}+\s*){1,3}[,\u060C]?))\s*$/iu;
const NOBODY_ELSE_AFTER = /^\s*(?:[\p{L}]+\s+){0,2}?(?:else(?![\p{L}])|[وف]?(?:غير|سو[يى])(?:ه|ها|هم|هن|هما|ي|نا)(?![\p{L}]))/iu;
function nobodyElse(text: string, lower: string, start: number, end: number): boolean {
  if (NOBODY_ELSE_IN.test(lower.slice(start, end))) return true;
  if (NOBODY_ELSE_AFTER.test(lower.slice(end, end + 24))) return true;
  return NOBODY_ELSE_BEFORE.test(lower.slice(Math.max(sentenceStart(text, start), start - 48), start));
}
/** Session 32 (agnonmed): the Arabic نوبة / نوبات (a fit, an attack) read as convulsions is a heart, asthma or panic attack when its
 * illness follows it ('نوبة قلبية', 'نوبة ربو', 'نوبات هلع'): no seizure. Judgment of reading */
const AR_ATTACK_OF_AFTER = /^\s+(?:من\s+)?(?:ال)?(?:قلبي\p{L}*|ربو|هلع|ذعر|فزع|سعال|عطس|بكاء|غضب|ضحك)(?![\p{L}])/u;
function arAttackNotFit(lower: string, start: number, end: number): boolean {
  return /^[وفبل]?(?:ال|لل)?نوب/u.test(lower.slice(start, end)) && AR_ATTACK_OF_AFTER.test(lower.slice(end, end + 24));
}
function medicalCauseAttributed(text: string, lower: string, start: number, end: number): boolean {
  const s = sentenceStart(text, start);
  const sentence = lower.slice(s, sentenceEnd(text, end));
  MEDICAL_CHEMICAL_WORD.lastIndex = 0;
  for (let m = MEDICAL_CHEMICAL_WORD.exec(sentence); m; m = MEDICAL_CHEMICAL_WORD.exec(sentence)) {
    if (s + m.index >= start && s + m.index < end) continue;
    if (!MEDICAL_CHEMICAL_DENIED.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}
/** Session 26 (agnew): a thing as the subject before Russian 'попадали' (substances, shells, splinters, drops, rockets), with no
 * person word or conjunction after it in the gap ('снаряды рвались, и люди попадали' keeps the collapse): попадать (to land on, get
 * into), not попадать (to fall down, of people); judgment of reading */
const RU_LANDED_THING_BEFORE = /(?<![\p{L}])(?:веществ|снаряд|осколк|капл|капел|брызг|мин(?=[аыу](?![\p{L}]))|ракет|пул(?=[ия](?![\p{L}]))|бомб|химикат|отход|частиц|обломк|камн|куск|предмет|боеприпас|газ(?=[ыа]?(?![\p{L}]))|средств)\p{L}*(?:\s+(?!(?:и|а|но|люди|все|всё|дети|мы|они|он|она|взрослые|женщины|мужчины|солдаты|бойцы|жители|пассажиры|рабочие|школьники|ученики)(?![\p{L}]))\p{L}+){0,3}\s+$/u;
const MUNITION_FEATURES = new Set(['delivery_shell_rocket', 'delivery_cylinder', 'airburst', 'delivery_incendiary']);
/** "burning (feeling / sensation / pain) on / in ..." at a burn hit's start (session 15, agtox): the sensation, not the injury;
 * "burning flesh" (no preposition) stays a burn. Judgment of reading. */
const BURNING_ON_PART = /^burning\s+(?:(?:feeling|sensation|pain)s?\s+)?(?:on|in|of|over|across)\s/iu;
/** (session 15, agtox) a helper or the medical staff falling ill: sick, ill, collapsed, overcome, fainted, lost consciousness, died,
 * affected, poisoned; RU заболел, слёг, отравился, потерял сознание, упал, плохо, погиб, умер; AR مرض, أصيب, أغمي, سقط, وقع, اختنق,
 * توفي, مات, تسمم; unwell, symptoms, недомогание, симптомы, أعراض. Judgment of reading, closed class. (session 15, fixtx: also / too / as well / тоже / также / كمان / أيضا moved
 * to HELPER_ALSO: "the staff also helped carry the children" says nothing of illness) */
const FELL_ILL = /(?<![\p{L}])(?:sick|ill|illness|collapsed?|collapsing|overcome|fainted|faint|unconscious|consciousness|died|dead|affected|poisoned|hospitali[sz]ed|unwell|symptoms?|заболе\p{L}*|недомогани\p{L}*|симптом\p{L}*|сл[её]г\p{L}*|слегл\p{L}*|отрав\p{L}*|сознани\p{L}*|упал\p{L}*|плохо|погиб\p{L}*|умер\p{L}*|скончал\p{L}*|госпитализ\p{L}*|пострадал\p{L}*|надышал\p{L}*|[وف]?(?:مرض\p{L}*|اص[يا]ب\p{L}*|أص[يا]ب\p{L}*|اغمي|أغمي|اغم\p{L}*|سقط\p{L}*|وقع\p{L}*|اختنق\p{L}*|توف\p{L}*|مات\p{L}*|تسمم\p{L}*|(?:ال)?(?:اعراض|أعراض)))(?![\p{L}])/giu;
/** (session 15, fixtx) an illness word that names the casualties the helper cares for, not the helper: after the / these / those
 * ("treated the affected", "carried the dead") or before a person noun ("the affected people", "sick children"); RU a participle
 * or an adjective-declined form, the patients as object ("помогал отравившимся", "пострадавших", "заболевшим", "отравленных");
 * AR the bare plural noun of the patients or the injured (مرضى, مصابين). Judgment of reading, closed classes. */
const CASUALTY_DETERMINER_BEFORE = /(?<![\p{L}])(?:the|these|those)\s+$/iu;
const CASUALTY_NOUN_AFTER = /^\s+(?:people|patients?|persons?|victims?|children|kids|residents|civilians|ones|men|women|villagers|workers|famil\p{L}*|individuals|students|pupils)(?![\p{L}])/iu;
const CASUALTY_FORM = /^(?:(?:отрав|пострада|заболе)\p{L}*вш\p{L}*|отравленн\p{L}+|[وف]?(?:مرضى|مصابين|مصابون))$/u;
/** (session 15, fixtx) also / too / as well / тоже / также / كمان / أيضا count as the helper falling ill only with a word of harm in the
 * same stretch ("two paramedics were also exposed", "a nurse was treated too", "медик тоже получил отравление"); judgment of reading */
const HELPER_ALSO = /(?<![\p{L}])(?:also|too|as\s+well|тоже|также|[وف]?(?:كمان|ايضا|أيضا))(?![\p{L}])/iu;
const HELPER_HARM = /(?<![\p{L}])(?:exposed|injured|hurt|treated|hospital\p{L}*|получил\p{L}*|ранен\p{L}*|[وف]?(?:عولج\p{L}*|نقل\p{L}*|اسعف\p{L}*|أسعف\p{L}*))(?![\p{L}])/iu;
/** (session 15, fixtx) a relative pronoun between a helper and a sign: the sign is told of the people helped ("treated the children
 * who were vomiting", "помогали детям, которых рвало", "عالجوا الأطفال اللي عم يستفرغوا") */
const RELATIVE_BETWEEN = /(?<![\p{L}])(?:who|whom|whose|which|that|котор\p{L}*|кто|[وف]?(?:الذين|اللذين|اللي|الذي|التي|يلي))(?![\p{L}])/iu;
/** (session 15, fixtx) a clinical sign read present after the helper in the same sentence, not inside a relative clause about others */
const helperSignAfter = (text: string, h: FeatureHit, kept: FeatureHit[]) => {
  const end = sentenceEnd(text, h.end);
  return kept.some((o) => o !== h && o.present && o.start >= h.end && o.start < end && CLINICAL_SIGNS.has(o.feature) && !RELATIVE_BETWEEN.test(text.slice(h.end, o.start)));
};
/** (session 15, fixtx) the helper of a medics_affected hit fell ill: an illness word predicated of someone in the stretch (not one
 * naming the casualties), or also / too with a word of harm */
function helperFellIll(stretch: string): boolean {
  FELL_ILL.lastIndex = 0;
  for (let m = FELL_ILL.exec(stretch); m; m = FELL_ILL.exec(stretch)) {
    const word = m[0].toLowerCase();
    if (CASUALTY_FORM.test(word)) continue;
    if (/^[a-z]/.test(word) && (CASUALTY_DETERMINER_BEFORE.test(stretch.slice(Math.max(0, m.index - 8), m.index)) || CASUALTY_NOUN_AFTER.test(stretch.slice(m.index + m[0].length, m.index + m[0].length + 16)))) continue;
    return true;
  }
  return HELPER_ALSO.test(stretch) && HELPER_HARM.test(stretch);
}
/** Session 15 (fixbl, review R27): a voice worn out by shouting, screaming, crying, calling or singing, the cause told in the
 * hoarseness's sentence ("hoarse from shouting for help", "lost her voice after screaming", "я охрип от крика", "голос сел,
 * потому что мы кричали", "بحة في الصوت من كثرة الصراخ"), is the panic of any scene, not the vesicant's or the smoke's hoarseness:
 * a causal word, at most a few function words, then the strain word, or the strain verb with a reflexive ("shouted himself
 * hoarse"). Judgment of reading, closed classes. */
const VOICE_STRAIN = /(?<![\p{L}])(?:shout|scream|yell|cried|cry|sang|sung|sing|cheer|call|talk)\p{L}*\s+(?:him|her|them|my|our|your)sel(?:f|ves)\s+(?:hoarse|raw)|(?<![\p{L}])(?:(?:from|after|by|through|because\s+of|with)\s+(?:(?:all|the|that|this|so|much|too|their|his|her|my|our|constant|loud|long|hours\s+of|days\s+of|a\s+night\s+of)\s+){0,3}|because\s+(?:i|we|they|he|she|everyone)\s+(?:had\s+(?:been\s+)?|were\s+|was\s+|kept\s+|just\s+)?)(?:shout|scream|yell|cry|cried|cheer|chant|sing|sang|call|howl|wail|shriek)|(?:от|из-за|после|потому\s+что|так\s+как|оттого\s+что)\s+(?:(?:мы|я|они|он|она|все|постоянн\p{L}*|долг\p{L}*|сильн\p{L}*|громк\p{L}*|бесконечн\p{L}*|всю\s+ночь)\s+){0,2}(?:крик|крича|накрича|прокрича|плач|плака|рыда|вопл|вопи|пени[яе]|пел[аи]?(?![\p{L}])|песн|орал)|(?:من|بسبب|بعد)\s+(?:كثرة\s+|كثر\s+|شدة\s+|طول\s+)?(?:ال)?(?:صراخ|صريخ|صياح|بكاء|بكا|غناء|هتاف|عياط|زعيق)|(?:لانن?ا|لأنن?ا|لانه|لأنه|لانهم|لأنهم)\s+(?:كنا\s+|كانوا\s+|كان\s+)?(?:نصرخ|صرخنا|صرخوا|صرخ|يصرخون|يصرخوا|بكينا|بكوا|نبكي|صحنا|عيطنا)/iu;
/** the noun a smoke compound ends in, with an "or fire" between (session 15, agtox; judgment of reading, closed class) */
const SMOKE_COMPOUND_AFTER = /^(?:\s+(?:or|and)\s+(?:fire|water|heat))?\s+(?:damage|damaged|detectors?|alarms?|inhalation|stains?|staining|odou?r\s+damage)(?![\p{L}])/iu;
/** a burning that is felt (session 15, agtox): "felt burning", "feel a burning" */
const FELT_BURNING = /(?<![\p{L}])(?:felt|feel|feels|feeling)\s+(?:a\s+)?burning(?![\p{L}])/iu;
/** A sentence's end, between two hits (session 12). */
const SENTENCE_BREAK = /[.!?\n\u061F]/u;
/** Half or a quarter (of an hour), in a time phrase (session 12): minutes, not the hours of a delayed onset. */
const PART_OF_HOUR = /(?<![\p{L}])(?:half|quarter|пол|полчаса|четверть|[وف]?(?:نص|نصف|ربع))(?![\p{L}])/iu;
/** Crying words of the lacrimation terms (session 12): weeping, which fear or laughter also bring. */
/** (session 15, fixtx) tears with their ordinary cause told after them in the clause ("eyes watery from the onions", "teary from
 * laughing", "watering in the cold wind", "слезились от ветра / из-за лука", "دمعت عيونه من البصل / من الضحك"), or that cause as the
 * subject that made them ("the onions made my eyes water"): no tearing sign. Judgment of reading, closed class; smoke, gas and the
 * smell stay causes of the sign. */
const TEARS_CAUSE_AFTER = /^[^.!?\n;\u061F]{0,24}?(?<![\p{L}])(?:from|because\s+of|due\s+to|with|in|of|от|из-за|[وف]?(?:من|بسبب))\s+(?:(?:the|all\s+the|so\s+much|a|this|that|his|her|my|their|our|cold|strong|icy|bitter|freezing|chopping|cutting|peeling|сильного|холодного|ال)\s*)*(?:onions?|laugh\p{L}*|wind|winds|cold|frost|freezing|allerg\p{L}*|hay\s+fever|pollen|yawn\p{L}*|shampoo|soap|tiredness|fatigue|glare|лук\p{L}*|смех\p{L}*|ветр\p{L}*|ветер|холод\p{L}*|мороз\p{L}*|аллерги\p{L}*|усталост\p{L}*|зевот\p{L}*|البصل|بصل|الضحك|ضحك|الهوا|الهواء|الريح|الرياح|البرد|برد|الحساسية|حساسية|التعب|النعس)(?![\p{L}])/iu;
const TEARS_CAUSE_BEFORE = /(?<![\p{L}])(?:onions?|the\s+wind|the\s+cold|laughter|pollen|лук|ветер|холод|البصل|الهوا|الهواء|البرد)\s+(?:made|makes|making|brought|вызвал\p{L}*|خلى|خلت)\s+(?:\p{L}+\s+){0,2}$/iu;
const CRYING = /(?<![\p{L}])(?:cry\p{L}*|cried|weep\p{L}*|wept|плак\p{L}*|плач\p{L}*|[وف]?(?:نبكي|يبكي|يبكون|يبكوا|تبكي|بكاء|بكى|بكوا|بكينا|بيبكوا|بتبكي))(?![\p{L}])/iu;
const EMOTION = /(?<![\p{L}])(?:laugh\p{L}*|fear\p{L}*|afraid|frighten\p{L}*|scared|terrified|scream\p{L}*|shout\p{L}*|panic\p{L}*|hysteri\p{L}*|смех\p{L}*|смея\p{L}*|смеял\p{L}*|страх\p{L}*|испуг\p{L}*|испуга\p{L}*|крич\p{L}*|крик\p{L}*|истери\p{L}*|паник\p{L}*|[وفب]?(?:ال)?(?:خوف|رعب|هلع|ذعر|صراخ|يصرخ\p{L}*|تصرخ\p{L}*|يضحك\p{L}*|تضحك\p{L}*|ضحك\p{L}*|خايف\p{L}*|خايفين))(?![\p{L}])/iu;
/** Whether an emotion word sits in the same clause as a crying word, 40 characters either side (a judgement). */
function emotionNear(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 40), start).split(/[.;!?\n\u061F\u061B]/u).pop() ?? '';
  const after = lower.slice(end, end + 40).split(/[.;!?\n\u061F\u061B]/u)[0] ?? '';
  return EMOTION.test(before) || EMOTION.test(after);
}
/** A transitive 'discharged' (a spray, a weapon, a canister: fired) rather than a patient discharged (session 12). */
const DISCHARGED_OBJECT = /^\s+(?:a|an|the|his|her|their|its|some|several|two|three)\s+(?:\p{L}+\s+)?(?:spray|pepper|canister|can|extinguisher|weapon|firearm|gun|pistol|rifle|round|shot|device|irritant|chemical|gas)/iu;
function persistsAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  return PERSISTS_AFTER.test(after) || RECOVERED_AFTER.test(after);
}
function insideMatch(r: RegExp, s: string, start: number, end: number): boolean {
  r.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = r.exec(s))) {
    if (m.index > end) return false;
    if (m.index <= start && end <= m.index + m[0].length) return true;
  }
  return false;
}

/** Cues of a generic or hypothetical statement (what an agent can do, not what was seen): modal "can / may / could /
 * might cause", generic present "causes", "symptoms of ... include", "is known to", "exposure to ... leads to"; RU
 * "может вызвать", "вызывает", "симптомы ... включают"; AR "قد يسبب", "يمكن أن يسبب", "قد يؤدي". Judgment: closed
 * patterns; past tense ("caused", "included") is a report and is no cue. (session 19, agru) The Russian вызывает of an evaluation
 * ("состояние (не) вызывает опасений / тревоги / сомнений", the official formula of a patient's condition: 'gives (no) cause for
 * concern') causes no sign: no cue, so the signs told after it in the sentence stay (judgment of reading, closed class). */
const GENERIC_SRC = String.raw`(?<![\p{L}])(?:(?:can|may|could|might|will|would)\s+(?:also\s+)?(?:cause|produce|lead to|result in|trigger|induce)|causes|leads to|is known to|are known to|(?:symptoms|signs|effects)\s+(?:of\s+(?:\p{L}+\s+){0,3})?include|может\s+(?:вызвать|вызывать|привести|приводить)|могут\s+(?:вызвать|вызывать|привести)|вызывает(?!\s+(?:(?:у|со\s+стороны)\s+\p{L}+\s+)?(?:опасени|тревог|беспокойств|сомнени|вопрос|нарекани|подозрени|интерес|опасений)\p{L}*)|приводит\s+к|симптомы\s+(?:\p{L}+\s+){0,3}включают|قد\s+(?:يسبب|تسبب|يؤدي|تؤدي)|يمكن\s+ان\s+(?:يسبب|تسبب|يؤدي|تؤدي))(?![\p{L}])`;
const GENERIC_CUE = new RegExp(GENERIC_SRC, 'u');
/** a letter string every GENERIC_CUE match holds, tested first without a look-behind (speed only; session 8: 'вызы' added,
 * without it the cues вызывает / вызывать / может вызывать never reached GENERIC_CUE) */
const GENERIC_PRE = /cause|lead to|leads to|produce|result in|trigger|induce|known to|include|вызв|вызы|привод|приве|включают|يسبب|تسبب|يؤدي|تؤدي/;
const GENERIC_PRE_T = plainTest(GENERIC_PRE);
const GENERIC_CUE_G = new RegExp(GENERIC_SRC, 'gu');

/**
 * Session 8: Arabic غير negates the one word after it, as an English un-/non- ("غير قادرين" unable, "غير مرئي"
 * invisible), not the predicates that follow: "غير قادرين على التنفس يفركون أعينهم" (unable to breathe, rubbing their
 * eyes) rubs the eyes (dev-v10b toulouse-montpellier-2022). A غير cue more than two words before the phrase is out of reach.
 */
function wordNegatorOutOfReach(cue: string, text: string, cueEnd: number, start: number): boolean {
  if (!/^[وف]?غير$/.test(cue.trim())) return false;
  const between = text.slice(cueEnd, start).trim();
  return between !== '' && between.split(/\s+/).length > 2;
}

/** Session 16 (agpara, review R33): a dispersal of a crowd by the police (dispersed, broke up; разогнал-, разгон-; فرّقت، تفريق، فضّوا;
 * not bare فرق or فض, which are also nouns: teams, difference),
 * with the police or a crowd named in its sentence, and the irritant signs that tell a gas was used. Judgment of reading. */
const DISPERSAL_PRE = /dispers|broke up|break up|breaking up|разогна|разгон|فرقت|فرقوا|يفرق|تفريق|فضوا|فضت|لفض|بفض/;
const DISPERSAL_PRE_T = plainTest(DISPERSAL_PRE);
const DISPERSAL = /(?<![\p{L}])(?:dispers(?:e|ed|es|ing)|broke\s+up|break(?:s|ing)?\s+up|разогна\p{L}*|разгоня\p{L}*|разгон(?:а|е|ом)?|[وف]?(?:فرقت|فرقوا|يفرق|يفرقوا|تفريق|لتفريق|بتفريق|فضوا|فضت|لفض|بفض))(?![\p{L}])/giu;
const DISPERSAL_ACTOR = /(?<![\p{L}])(?:police\p{L}*|officers?|cops|riot\s+squad|security\s+forces|troops|soldiers|полиц\p{L}*|омон\p{L}*|силовик\p{L}*|росгвард\p{L}*|[وفبل]?(?:ال)?(?:شرطة|امن|قوات|عساكر|جنود|بوليس)|[وفبل]?(?:ال)?(?:متظاهر|مظاهر|تظاهر|محتج|احتجاج|حشود|تجمع|اعتصام|معتصم)\p{L}*|crowds?|protest\p{L}*|demonstrat\p{L}*|rall(?:y|ies)|marchers|митинг\p{L}*|протест\p{L}*|демонстра\p{L}*|толп\p{L}*|акци\p{L}*|шестви\p{L}*)(?![\p{L}])/iu;
/** the irritant signs of a crowd-control gas (eyes, tears, a burning throat or skin, coughing, a running nose) */
const DISPERSAL_SIGNS = new Set(['burning_eyes', 'lacrimation', 'blepharospasm', 'throat_burning', 'cough', 'skin_burning', 'rhinorrhoea']);
function policeDispersal(text: string, norm: { text: string; original: string; map: Int32Array | null }, hits: FeatureHit[]): void {
  DISPERSAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DISPERSAL.exec(text))) {
    const s0 = sentenceStart(text, m.index);
    const s1 = sentenceEnd(text, m.index);
    const sentence = text.slice(s0, s1);
    // a crowd that dispersed itself ("the crowd dispersed when the cloud came") has no actor: an actor or a crowd other than the
    // verb's own subject is needed, and an English intransitive "X dispersed" with no object is left alone
    if (!DISPERSAL_ACTOR.test(sentence)) continue;
    if (/^dispers(?:ed|es)$/iu.test(m[0]) && !/^\s+(?:the\s+|a\s+|them|us|people|hundreds|thousands)/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !/(?:police|officers?|cops|troops|soldiers|forces)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(s0, m.index))) continue;
    if (WAR_GAS_NAMED.test(sentence)) continue;
    if (negationAt(text, m.index, m.index + m[0].length) !== -1) continue;
    const next = sentenceEnd(text, Math.min(text.length, s1 + 1));
    const sign = hits.find((h) => h.present && DISPERSAL_SIGNS.has(h.feature) && h.start >= s0 && h.start < next);
    if (!sign) continue;
    hits.push({ feature: 'delivery_police_canister', present: true, phrase: `${quoteOriginal(norm, m.index, m.index + m[0].length)} … ${sign.phrase}`, start: m.index, end: m.index + m[0].length });
    return;
  }
}

/** (session 32, agctx) The protest in its people and event words (protesters, demonstrators, marchers, a sit-in; протестующие,
 * демонстранты, митингующие, участники акции, шествие; المتظاهرين، المحتجين، مظاهرة، اعتصام) left the term list of
 * delivery_police_canister: a protest alone is a topic, not a delivery (real news: 'the war began in 2011 with anti-government
 * protests', 'a crackdown on pro-democracy protests' read a canister in 129 of 804 FA-KES articles and 153 EUvsDisinfo texts). A
 * protest is the crowd-control scene only where an exposure is told at it: a gas, spray or grenade (scene-grammar.ts, crowd x
 * gas), or, as the police dispersal above, an irritant's sign in its sentence or the next ("We were at the protest and our eyes
 * burned", "На митинге у всех слезились глаза", "في المظاهرة صرنا نسعل"; cdc-riot; haar-2017). Not demonstrate as showing
 * (demonstratesAsShowing: 'patients demonstrating pinpoint pupils'); the Arabic nouns with their own endings only (not المحتجزين,
 * the trapped or detained, nor مظاهر, appearances); judgment of reading, none taken from an evaluation item. */
const PROTEST_PRE = /protest|demonstrat|marchers|sit-in|протест|демонстрант|митингующ|участник|шестви|متظاهر|محتج|مظاهر|تظاهر|معتصم|اعتصام/u;
const PROTEST_PRE_T = plainTest(PROTEST_PRE);
/** the dispersal's irritant signs and the shortness of breath a gas at a protest gives (أصيب المعتصمون بحالات اختناق) */
const PROTEST_SIGNS = new Set([...DISPERSAL_SIGNS, 'dyspnoea']);
const PROTEST_WORD = /(?<![\p{L}])(?:protest(?:s|ers?|ors?|ing)?|demonstrat\p{L}*|marchers|sit-ins?|протест\p{L}*|демонстрант\p{L}*|митингующ\p{L}*|участник\p{L}*\s+(?:митинг|акци)\p{L}*|шестви\p{L}*|[وفبل]?(?:ال)?(?:متظاهر(?:ين|ون|ة|ات)?|محتج(?:ين|ون)?|مظاهر(?:ة|ات)|تظاهر(?:ة|ات)?|معتصم(?:ين|ون)?|اعتصام(?:ات)?))(?![\p{L}])/giu;
function protestWithIrritantSigns(text: string, norm: { text: string; original: string; map: Int32Array | null }, hits: FeatureHit[]): void {
  PROTEST_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROTEST_WORD.exec(text))) {
    const s0 = sentenceStart(text, m.index);
    const s1 = sentenceEnd(text, m.index);
    if (WAR_GAS_NAMED.test(text.slice(s0, s1))) continue;
    if (negationAt(text, m.index, m.index + m[0].length) !== -1) continue;
    if (/^demonstrat/iu.test(m[0]) && demonstratesAsShowing(text, m.index, m.index + m[0].length)) continue;
    const next = sentenceEnd(text, Math.min(text.length, s1 + 1));
    const sign = hits.find((h) => h.present && PROTEST_SIGNS.has(h.feature) && h.start >= s0 && h.start < next);
    if (!sign) continue;
    hits.push({ feature: 'delivery_police_canister', present: true, phrase: `${quoteOriginal(norm, m.index, m.index + m[0].length)} … ${sign.phrase}`, start: m.index, end: m.index + m[0].length });
    return;
  }
}

/** (session 16, agpara) the words of a release itself (a leak, spill, burst; утечка, выброс, разлив; تسرب، انسكاب) */
const LEAK_WORD = /leak|spill|burst|crack|releas|escap|утечк|утёк|утек|выброс|разлив|разгерметиз|трещин|تسرب|تسريب|انسكاب|انكسر|تهريب/u;
/** (session 16, fixag; review R5) a locative of proximity or residence right before a place word (next to, near, opposite,
 * across from; рядом с, около, напротив, возле; قرب، بجانب، مقابل، بجوار), at most three words between: the place is a landmark */
const NEAR_PLACE_BEFORE = /(?:(?:^|[^\p{L}])(?:next\s+(?:door\s+)?to|near|nearby|close\s+to|opposite|across\s+from|across\s+the\s+(?:street|road)\s+from|beside|not\s+far\s+from|рядом\s+с|около|напротив|возле|вблизи|близ|недалеко\s+от|неподал[её]ку\s+от|по\s+соседству\s+с)|(?:^|\s)[وف]?(?:ب?قرب|بالقرب\s+من|قريب(?:ة|ين)?\s+من|ب?جانب|مقابل|ب?جوار|على\s+مقربة\s+من))\s+(?:[^\s.!?;\u061F]+\s+){0,3}$/iu;
/** (session 16, fixag; review R5) a release at a place or work there: a leak or its parts (pipe, tank, valve, cylinder), workers */
const RELEASE_OR_WORK = /leak|spill|burst|ruptur|crack|releas|escap|pipe|tank|valve|cylinder|worker|employee|staff|утечк|утёк|утек|выброс|разлив|прорыв|разгерметиз|трещин|труб|ёмкост|емкост|цистерн|баллон|вентил|задвижк|рабоч|сотрудник|работник|персонал|تسرب|تسريب|انسكاب|انكسر|انفجر|أنبوب|انبوب|خزان|صمام|اسطوان|أسطوان|عمال|عامل|موظف/iu;
/** (session 16, fixag) a cloud of smoke or dust (a smoke or dust cloud; облако (чёрного) дыма / пыли, дымовое облако; سحابة دخان / غبار):
 * what rose is a fire's or a blast's plume, no buoyant gas */
const SMOKE_CLOUD = /(?:smoke|dust)[\s-]+clouds?|clouds?\s+(?:of\s+|thick\s+with\s+|full\s+of\s+)(?:[^\s.!?;]+\s+){0,3}?(?:smoke|dust)|(?:smoke|dust)\s+(?:and\s+\p{L}+\s+)?rose|rose\s*,?\s+thick\s+with\s+(?:smoke|dust)|облак\p{L}*\s+(?:[^\s.!?;]+\s+){0,4}?(?:дым|пыл)|(?:дымов|пылев)\p{L}*\s+облак|(?:سحاب|غيم|سحب)\p{L}*\s+(?:من\s+)?(?:ال)?(?:دخان|غبار)/iu;
/** (session 16, fixag) the water utility's words older than session 16 (waterworks, water treatment; водоканал ...) were left
 * unguarded, since a development event tells a chlorine leak at a waterworks by the residents living near it who were hospitalised.
 * (session 17, agpara) They are now guarded as the other place settings are, and that event is kept by NEAR_CASUALTY below. */
/** (session 17, agpara) the casualty words of a sentence that names the people near a place as struck (hospital, hospitalised, fell ill,
 * evacuated, treated; RU госпитализ-, больниц-, отравил-, эвакуир-; AR مستشفى، نقل، اسعاف، اصيب، تسمم، اخلاء). Judgment of reading. */
const NEAR_CASUALTY = /hospital|fell\s+ill|taken\s+ill|were\s+ill|sick|evacuat|treated|poisoned|complain|госпитализ|больниц|отравил|эвакуир|пострадал|[وف]?(?:ال)?(?:مستشف|اسعاف|اصيب|تسمم|اخلاء|اخلو|نقل)/iu;
/** (session 16, fixag; review R7) the Arabic exceptives EXCEPT_RIGHT_AFTER lacks, right after "nobody was hurt" (باستثناء، ما عدا،
 * عدا، بخلاف): someone was. Not 'but' ("No one was hurt, but many were evacuated" opens another clause) */
const AR_EXCEPT_AFTER = /^[\s,\u060C]*[وف]?(?:باستثناء|ما\s+عدا|عدا|بخلاف)(?![\p{L}])/u;
/** (session 16, fixag) the settings whose place word alone was read as the source */
const PLACE_SETTINGS = new Set(['refrigeration_plant', 'delivery_pool_pump']);
/** (session 16, agpara) a bare tank word and water after it (the household water tank) */
const AR_TANK = /^[وفبل]?(?:ال)?خزان$/u;
const AR_WATER_AFTER = /^\s+(?:ال)?(?:مي|ماء|مياه|ميه|مية|موية|ميا)(?![\p{L}])/u;
/** Returns the cue start when the phrase at [start,end) is negated, else -1 (-2: an absence after it). Session 12
 * (agprobe): an exception between the cue and the phrase leaves the phrase asserted ("felt nothing except a sore throat",
 * "ничего, кроме кашля", "ما حسّ بشي غير حكّة"), as an odour's exception already did. */
/** Session 16 (agpara, review R6): an exception right after a denied phrase restricts the denial to everyone else, so the phrase
 * itself happened ("Nobody coughed except the guards", "Никто не кашлял, кроме стариков", "لم يسعل إلا الحراس", "ما حدا سعل غير
 * الختيار", "ما في سعال إلا عند طفل"); Arabic غير before an adjective is its negating prefix ("تنفس غير طبيعي"), no exception. */
const EXCEPT_RIGHT_AFTER = /^\s*[,\u060C]?\s*(?:except|apart\s+from|other\s+than|кроме|[وف]?(?:الا|سو[ىي]|غير(?!\s+(?:ال)?(?:طبيعي|عادي|واضح|مالوف|معروف|ظاهر|مرئي|معتاد|مسبوق|شديد|قوي|مفهوم|مبرر|معقول|كاف)\p{L}*)))(?![\p{L}])/iu;
/** (session 24, fixag: review s24 R5) "Все целы, но двое в реанимации", "Nobody was hurt, but three were taken to hospital", "ما حدا
 * تأذى، بس اتنين بالمستشفى": a contrastive continuation in the same sentence that tells a casualty (a hurt, a death, a hospital or
 * an intensive care) is the exception again, told with but / но / بس instead of except / кроме; the no-casualty statement is
 * cancelled by it, as by EXCEPT_RIGHT_AFTER. Judgment of reading */
const BUT_CASUALTY_AFTER = /^[^.!?;\n]*?(?<![\p{L}])(?:but|yet|though|но|однако|а|зато|[وف]?(?:لكن|بس))(?![\p{L}])[^.!?;\n]*?(?<![\p{L}])(?:hospital\p{L}*|icu|intensive\s+care|injur\p{L}*|hurt|wounded|killed|died|dead|реанимаци\p{L}*|больниц\p{L}*|госпитал\p{L}*|стационар\p{L}*|ранен\p{L}*|ранили|пострадал\p{L}*|погиб\p{L}*|умер\p{L}*|скончал\p{L}*|травм\p{L}*|[وفب]?(?:ال)?(?:مستشف\p{L}*|مشف\p{L}*|انعاش|إنعاش|عناي\p{L}*|جريح|جرحى|انجرح\p{L}*|اصيب\p{L}*|أصيب\p{L}*|مات|ماتو|ماتوا|توفي\p{L}*|قتل\p{L}*))(?![\p{L}])/iu;
/** ... unless the exception tells its own case with a sign of its own ("No cough, no vomiting, except for one child who had
 * seizures", "кроме ребёнка, у которого были судороги", "إلا طفل اللي صار عنده اختلاج"): then the denial stands */
const EXCEPT_OWN_SIGN = /(?<![\p{L}])(?:who|which|whose|with|had|has|having|showed|developed|которы\p{L}*|котор\p{L}*|с|со|اللي|الذي|التي|الذين|يلي|مع)(?![\p{L}])/iu;
/** Session 16 (agpara, review R6): the Russian exceptive before the negated verb: "Никто, кроме двух стариков, не кашлял",
 * "Никого, кроме водителя, не тошнило": someone did. */
const RU_NOBODY_EXCEPT_BEFORE = /(?:никто|никого|ни\s+у\s+кого|ни\s+один\p{L}*|ни\s+одна)\s*,?\s*кроме\s+[^.;!?\n]{1,48}?,?\s*$/iu;
function negationAt(text: string, start: number, end: number): number {
  const n = negationCore(text, start, end);
  if (n >= 0 && EXCEPT_PRE.test(text.slice(end, end + 24)) && EXCEPT_RIGHT_AFTER.test(text.slice(end, end + 40)) && !EXCEPT_OWN_SIGN.test(text.slice(end, Math.min(clauseEnd(text, end + 12), end + 80)))) return -1;
  if (n >= 0 && n < start && text.startsWith('не', n) && RU_NOBODY_EXCEPT_BEFORE.test(text.slice(Math.max(0, n - 64), n))) return -1;
  if (n >= 0 && n < start) {
    EXCEPT_G.lastIndex = 0;
    const between = text.slice(n, start);
    let m: RegExpExecArray | null;
    while ((m = EXCEPT_G.exec(between))) if (m.index > 0) return -1;
    if (outOfCueScope(between)) return -1;
    // (session 17, agpara) the contrast inside a phrase read across it ("did not smell chlorine but garlic": the smell word and
    // the odour after the contrast): what follows the contrast was there
    if (CONTRAST_BUT.test(text.slice(start, end)) && !NOTHING_BUT.test(text.slice(n, end))) return -1;
    // (session 14) an afterthought inside a phrase the matcher read across a comma ("didn't smell of much, maybe like horseradish")
    if (hasCommaIn(text, start, end) && AFTERTHOUGHT.test(text.slice(start, end))) return -1;
  }
  return n;
}
/**
 * Session 12 (agprobe): what ends a cue's reach before the phrase, found by probing with sentences of our own:
 *  - an adverbial subordinator or a wh-complement opens another clause ("No ambulances came while people were convulsing",
 *    "Nobody knew why they were vomiting", "There was no smell before people started coughing", "لن أنسى كيف كان الأطفال
 *    يختنقون", "не было воды, пока все кашляли"); relative pronouns do not ("no one who was there coughed" denies);
 *  - a purpose clause of helping or treating ("There were no doctors to treat the vomiting children", "не было врачей,
 *    чтобы помочь задыхающимся", "لم يكن هناك أطباء لعلاج الأطفال المختنقين");
 *  - a verb of stopping or escaping turns the denial into an assertion ("No one could stop coughing", "Not a single person
 *    escaped the coughing", "لم ينج أحد من الاختناق");
 *  - "without / без / بدون" governs its own noun phrase: a predicate after it, or three words with no list joiner, is out
 *    of its reach ("Without a mask, I started coughing", "Без противогаза я сразу закашлялся", "بدون كمامة بدأت أسعل").
 * Judgment of reading, closed classes.
 */
const SCOPE_BREAK = /(?<![\p{L}])(?:while|when|whenever|because|since|as\s+soon\s+as|after|before|why|how|what|where|пока|когда|потому|так\s+как|после|перед\s+тем|почему|зачем|чтобы|[وف]?(?:عندما|بينما|حين|حينما|لما|لان|بعدما|قبلما|كيف|لماذا|ليش|ليه)|to\s+(?:treat|help|wash|save|rescue|carry|take|evacuate|protect|care\s+for|deal\s+with)|[وف]?(?:لعلاج|لاسعاف|لمساعدة|لانقاذ|لنقل|لمعالجة))(?![\p{L}])/iu;
// Session 16 (room aginc): the verbs of getting out of a place too ("could not get out of the sewer", "не смогли выбраться из
// выгребной ямы", "لم يتمكنوا من الخروج من البئر"): the place is where they were, not something denied; judgment of reading,
// closed class (not 'leave', said of smells and symptoms that stayed)
const STOP_ESCAPE = /(?<![\p{L}])(?:stop|stopped|stops|quit|escape[ds]?|avoid(?:ed)?|spared|get\s+out|got\s+out|getting\s+out|climb(?:ed)?\s+out|crawl(?:ed)?\s+out|make\s+it\s+out|made\s+it\s+out|flee|fled|переста\p{L}*|прекрати\p{L}*|избежа\p{L}*|выбра(?:ться|лся|лась|лись|ть)|выйти|вылезти|вылез\p{L}*|покинуть|спасти\p{L}*|спаслись|спасся|вырваться|выбежать|[وف]?(?:\p{L}*توقف\p{L}*|ينج|ينجو|نجا|نجي|يسلم|سلم|الخروج|يخرج|يخرجوا|يخرجون|الهروب|يهرب|يهربوا|الفرار|الافلات|مغادرة))(?![\p{L}])/iu;
const WITHOUT_CUE = /^(?:without|без|[وف]?(?:بدون|دون|بلا))(?![\p{L}])/iu;
const LIST_JOINER = /[,\u060C]|(?<![\p{L}])(?:or|nor|and|или|ни|и|او|ولا)(?![\p{L}])|(?<![\p{L}])و/iu;
/** determiners and degree words inside the noun phrase of "without" ("without any real eye irritation") */
const WITHOUT_MODIFIER = /^(?:any|a|an|the|much|more|further|visible|obvious|serious|real|significant|major|severe|любого|какого-либо|никакого|особого|сильного|اي|أي)$/iu;
/** (session 14, agram) an afterthought after a comma opens a hedged or restrictive assertion of its own: "didn't smell of much,
 * maybe like horseradish", "nobody's twitching or drooling, just coughing", "запаха не было, вроде бы только ...", "ما في شي،
 * بس كحة" (judgment of reading, closed class) */
function hasCommaIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x60c) return true;
  }
  return false;
}
const AFTERTHOUGHT = /[,\u060C]\s*(?:maybe|perhaps|possibly|probably|rather|more\s+like|just|only|может|возможно|скорее|вроде|только|лишь|[وف]?(?:ربما|يمكن|فقط|بس))(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/iu;
/** Session 17 (agpara): a contrast after the denied word ("not chlorine but garlic", "не хлор, а чеснок", "ليس كلور بل ثوم", "no cough,
 * but his eyes streamed") names what was there: the denial ends at the contrastive conjunction (but, rather, instead; RU а, но; AR
 * بل، انما، لكن). Not the additive "а также", "а (уж) тем более" (and also; "уж" session 17 fixrev), nor "but" as "except" after nothing / nobody / no one / all
 * (EXCEPT handles that). Judgment of reading, closed class. */
const CONTRAST_BUT = /(?<![\p{L}])(?:but(?!\s+(?:also|not)(?![\p{L}]))|rather|instead|а(?!\s+(?:уж\s+)?(?:также|тем\s+более|то\s+и))|но(?!\s+и(?![\p{L}]))|[وف]?(?:بل|انما|لكن|لكنه|لكنها|لكنهم|بس))(?![\p{L}])/iu;
const NOTHING_BUT = /(?<![\p{L}])(?:nothing|nobody|no\s+one|none|anything|anyone|all)\s+but(?![\p{L}])/iu;
/** Session 29 (agdev): a concessive continuation ends a denial's reach: what follows it happened in spite of what was denied ("did not
 * eat anything and still vomited", "ничего не ел и всё равно его вырвало", "ما أكل شي ومع ذلك استفرغ"). "and still" / "but still" (not
 * a bare "still": "nobody was still coughing by noon" denies), "even so", "nevertheless", "nonetheless", "all the same"; RU (и) всё
 * равно, и всё же, тем не менее, несмотря на это; AR (و)مع ذلك / هيك / كذا / كده, (و)رغم ذلك / هيك, وبالرغم من ذلك (not برضو, also
 * 'too'). ("yet", "but", но, لكن, بس already end the clause.) Judgment of reading, closed class. */
const CONCESSIVE = /(?<![\p{L}])(?:(?:and|but)\s+still|even\s+so|nevertheless|nonetheless|all\s+the\s+same|(?:и\s+)?вс[её]\s+равно|и\s+вс[её]\s+же|тем\s+не\s+менее|несмотря\s+на\s+это|[وف]?(?:ب?ال)?(?:مع|رغم)\s+(?:من\s+)?(?:ذلك|هيك|كذا|كده|هذا))(?![\p{L}])/iu;
function outOfCueScope(between: string): boolean {
  const b = between.replace(/^\S+/, '');
  if (CONTRAST_BUT.test(b) && !NOTHING_BUT.test(between)) return true;
  if (CONCESSIVE.test(b)) return true;
  if (SCOPE_BREAK.test(b) || STOP_ESCAPE.test(b) || ((b.includes(',') || b.includes('\u060c')) && AFTERTHOUGHT.test(b))) return true;
  if (WITHOUT_CUE.test(between)) {
    const words = b.trim() ? b.trim().split(/\s+/).filter((w) => !WITHOUT_MODIFIER.test(w)) : [];
    if (LIST_PREDICATE.test(b) || (words.length >= 2 && !LIST_JOINER.test(b))) return true;
  }
  return false;
}
/** Session 23 (agfix): the Russian existential negation (нет, не было, не отмечалось, не наблюдалось ...) takes its subject in the
 * genitive, and a comma list of genitives after it is all denied ("Нет кашля, рвоты, судорог", "Не было кашля, сильной рвоты,
 * судорог", "Не отмечалось кашля, слезотечения"), joined or not by и / или / ни. A list item is a short noun phrase (listItemsAfterFirst);
 * an item that is a nominative subject with a verb of its own ends the list ("Не было кашля, рвота была", "Не было воды, кашель мучил
 * всех", "Не было кашля, судороги начались через час"): a finite verb (past -л/-ла/-ло/-ли, present -ет/-ит/-ут/-ят, reflexives)
 * among the items, in the phrase ("Не было масок, кашляли все") or after it in its clause, the phrase ending as a nominative
 * soft noun (кашель; the genitive is кашля) or -ие noun (слезотечение; the genitive is -ия), or opening with a noun in -а
 * (RU_NOMINATIVE_A). Judgment of reading (the genitive of negation), closed class of verbs. */
const RU_EXIST_NEG = /(?<![\p{L}])(?:нет|не\s+(?:было|бывало|отмечалось|отмечено|наблюдалось|выявлено|обнаружено|зафиксировано|зарегистрировано|выявлялось|возникало))(?![\p{L}])/iu;
const RU_FINITE_VERB = /(?<![\p{L}])[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ёт|ит|ут|ют|ат|ят|ется|ются|ится|ятся|ется)(?![\p{L}])/iu;
const RU_NOMINATIVE_HEAD = /(?:[ьй]|ие)$/iu;
/** the phrase opening with a noun in -а, the feminine nominative (пена, рвота, тошнота) as often as the masculine genitive
 * (насморка): a telegraphic list ("Не было крови, пена изо рта") names what was there, so such an item is not taken */
const RU_NOMINATIVE_A = /^[а-яё]+а(?![а-яё])/iu;
function ruExistentialList(text: string, wideAt: number, start: number, end: number): number {
  // (speed only) a Russian phrase: its first unit is Cyrillic
  const c0 = text.charCodeAt(start);
  if (c0 < 0x400 || c0 > 0x4ff || !RU_EXIST_NEG_PRE.test(text.slice(wideAt, start))) return -1;
  const m = RU_EXIST_NEG_G.exec(text.slice(wideAt, start));
  if (!m) return -1;
  // the last such cue before the phrase
  let last = m;
  RU_EXIST_NEG_G.lastIndex = m.index + m[0].length;
  for (let k; (k = RU_EXIST_NEG_G.exec(text.slice(wideAt, start))); ) last = k;
  RU_EXIST_NEG_G.lastIndex = 0;
  const cueAbs = wideAt + last.index;
  const between = text.slice(cueAbs + last[0].length, start);
  const phrase = text.slice(start, end);
  // the cue opens its list: its first item right after it (not "Нет, ...", the answer, nor "Запаха не было, ...", a clause closed)
  if (!RU_FIRST_ITEM.test(between) || !/[,\u060C]/.test(between) || NEW_CLAUSE.test(between) || RU_FINITE_VERB.test(between) || RU_NOMINATIVE_HEAD.test(phrase) || RU_NOMINATIVE_A.test(phrase) || VERB_FORM_HEAD.test(phrase) || RU_FINITE_VERB.test(phrase)) return -1;
  if (!listItemsAfterFirst(text.slice(cueAbs, start), phrase, false)) return -1;
  if (RU_FINITE_VERB.test(text.slice(end, clauseEnd(text, end)))) return -1;
  return cueAbs;
}
const RU_EXIST_NEG_PRE = /не/iu;
const RU_FIRST_ITEM = /^\s+(?:ни\s+)?[а-яё]{3,}(?![а-яё])\s*(?:[,\u060C]|\s+[а-яё])/iu;
const RU_EXIST_NEG_G = new RegExp(RU_EXIST_NEG.source, 'giu');
function negationCore(text: string, start: number, end: number): number {
  // the clause before the phrase is text[cs, start); its segment after the last comma is text[seg, start); the
  // windows of the last 6 and 12 words are found by index and cut once (offsets into a window w map back as w + index)
  const cs = clauseStart(text, start);
  if (cueSkip) cueWordsIn(text);
  // no cue word between the clause's start and the phrase: none of the window checks below can find a cue
  if (cueWordBetween(cs, start)) {
  let comma = start - 1;
  while (comma >= cs && text.charCodeAt(comma) !== 44 && text.charCodeAt(comma) !== 0x60c) comma--;
  const hasComma = comma >= cs;
  const seg = hasComma ? comma + 1 : cs;
  // one backward scan of 12 words gives the 6-word window too
  const farAt = lastWordsStart(text, seg, start, 12);
  const nearAt = nearWordsStart;
  if (nearAt < start) {
    const near = text.slice(nearAt, start);
    const verbal = verbCueIn(text, nearAt, start);
    const v = verbal ?? execFrom(DET_CUE_2, near, 0);
    // "no fever and was vomiting", "no contamination was found and all recovered": a coordinated new predicate ends
    // the cue's scope (its subject may open the phrase itself, so the test runs on the cue's span up to the phrase's end)
    if (v && !(DENY_WORD.test(v[0]) || DET_OBJECT_CUE.test(v[0]) ? AND_PREDICATE_OBJ : AND_PREDICATE).test(text.slice(nearAt + v.index, end)) && !AND_NEW_SUBJECT.test(text.slice(nearAt + v.index, end)) && !AND_PEOPLE_BEFORE.test(text.slice(nearAt + v.index, start)) && !((verbal || DET_OBJECT_CUE.test(v[0])) && andPastAfter(text, nearAt + v.index + v[0].length, start, end) && (verbal || detObject(text, nearAt + v.index, v[0]))) && !(verbal && arAndPerfect(v[0], text, nearAt + v.index + v[0].length, start)) && !(verbal && relativeOutOfReach(text, cs, nearAt + v.index, nearAt + v.index + v[0].length, start)) && !wordNegatorOutOfReach(v[0], text, nearAt + v.index + v[0].length, start) && !ruleOutOutOfReach(text, nearAt + v.index, start) && !(AR_HAVE_NOT.test(v[0]) && AR_BECAME.test(text.slice(nearAt + v.index + v[0].length, start)))) return nearAt + v.index;
  }
  // "no signs of X such as Y", "no evidence of ...": a scoped cue that reaches 12 words inside the segment
  const scoped = execIn(SCOPED_CUE_T, text.slice(farAt, start));
  if (scoped) return farAt + scoped.index;
  // A determiner cue scopes over a coordinated list ("none of the patients had pinpoint pupils or convulsions",
  // "no cough, vomiting or seizures", "ни судорог, ни слюнотечения", "لا تشنجات ولا لعاب"): within 12 words, when
  // the list is joined by or/nor (RU или/ни, AR أو/ولا) and no ", and <new clause>" comes between.
  {
    const wideAt = hasComma ? lastWordsStart(text, cs, start, 12) : farAt;
    // (session 23, agfix) the Russian existential negation before a comma list of genitives ("Не было кашля, сильной рвоты, судорог")
    if (hasComma) {
      const ex = ruExistentialList(text, wideAt, start, end);
      if (ex >= 0) return ex;
    }
    const d = execFrom(DET_CUE_2, text.slice(wideAt, start), 0);
    if (d) {
      const cueAbs = wideAt + d.index;
      const between = text.slice(cueAbs, start);
      const rest = text.slice(cueAbs, clauseEnd(text, end));
      if (!NEW_CLAUSE.test(between) && !AR_COPULA_CLAUSE.test(text.slice(cueAbs, end)) && testIn(LIST_OR_T, rest) && (hasComma || testIn(LIST_OR_T, between) || testIn(LIST_OR_T, text.slice(end, end + 12)))) return cueAbs;
      // the clinical determiners ("negative for", "absence of", "free of") scope over a list joined by "and" too, as
      // "denied" does ("negative for miosis, fasciculations and hypersalivation"; session 12)
      if (hasComma && CLINICAL_DET.test(d[0]) && listItemsAfterFirst(between, text.slice(start, end), true) && !predicateAfter(text, end)) return cueAbs;
    }
    // A verbal cue scopes over a list of its object too ("did not have miosis, fasciculations, or seizures", "не
    // жаловались на кашель, тошноту или рвоту", "لم يعان المصابون من السعال، أو الغثيان، أو التشنجات"; "denied cough,
    // vomiting, and headache"), when the list is joined by or/nor ("and" after denied / negative for) and every item
    // after the cue's own is a short noun phrase: at most three words, none a verb that opens a new predicate.
    else if (hasComma && listWordInText() && (testIn(LIST_OR_T, text.slice(wideAt, clauseEnd(text, end))) || testIn(DENIED_T, text.slice(wideAt, start)))) {
      // (a list joined by or/nor in the window, or a 'denied' before the phrase: tested first, speed only)
      const v = verbCueIn(text, wideAt, start);
      if (v) {
        const cueAbs = wideAt + v.index;
        const between = text.slice(cueAbs, start);
        // the joiner after the cue (Arabic ولا is a cue and a joiner: "ولا نستطيع فتحها، والسعال" lists nothing)
        const rest = text.slice(cueAbs + v[0].length, clauseEnd(text, end));
        const deny = DENY_WORD.test(v[0]);
        const joiner = deny ? LIST_OR_AND : LIST_OR;
        // (", and" is the last item's serial comma after denied, not a new clause: the items are checked instead)
        // (a denial lists without a joiner too: "отрицал кашель, рвоту, слезотечение"; its items are checked all the same)
        if ((deny || !NEW_CLAUSE.test(between)) && !AR_COPULA_CLAUSE.test(text.slice(cueAbs, end)) && (deny || joiner.test(rest)) && listItemsAfterFirst(between, text.slice(start, end), deny) && !(deny && predicateAfter(text, end)) && !ruleOutOutOfReach(text, cueAbs, start)) return cueAbs;
      }
    }
    // ... and over a list joined by or/nor without commas beyond its six words ("لم يعان الطفل من السعال أو القيء أو
    // التشنجات", "he did not complain of any cough or vomiting or seizures"): each item between is a short noun phrase
    // and the phrase follows its joiner at once (session 12)
    else if (!hasComma && listWordInText() && testIn(LIST_OR_T, text.slice(wideAt, start))) {
      const v = verbCueIn(text, wideAt, start);
      if (v && orListBetween(text.slice(wideAt + v.index + v[0].length, start)) && !ruleOutOutOfReach(text, wideAt + v.index, start)) return wideAt + v.index;
    }
  }
  }
  const post = text.slice(end, Math.min(clauseEnd(text, end), end + 60));
  const pm = execIn(POST_ABSENT_T, post);
  // "did not appear until / except after" ("لم يظهر إلا بعد ساعات", "не отмечалось до утра") delays, it does not deny
  // (session 20, aginc) a singular predicate after a coordinated item has that item alone for its subject ("everyone was coughing and
  // vomiting was never reported" denies the vomiting, as chainPostNegation's SINGULAR_PREDICATE already reads a list)
  // (session 20, fixag1, review R3) "not visible initially / at first / on arrival", "did not develop immediately" times the sign, and a
  // clause after "but" or "later" that says it came ("but appeared the next day", "but were noted six hours later", "but the victims
  // received large doses") takes the denial back
  // (session 20, fixag1, review R4) the singular predicate splits a coordination only after a clause ("everyone was coughing and
  // vomiting was not reported"), not a bare noun list ("nausea and vomiting was not reported" denies both)
  if (pm && !ONLY_AFTER.test(text.slice(end + pm[0].length, end + pm[0].length + 16)) && !(COORDINATED_SINGULAR_SUBJECT.test(pm[0]) && clauseBeforeCoordination(text, start, end)) && !laterReasserted(text, end + pm[0].length)) return -2;
  return -1;
}

/** Each entry's matches as [start, end, start, end ...], or null: the reference scan of the whole text per entry
 * (used when lower-casing changed the text's length, and by the test that checks the dispatched scan against it). */
function scannedMatches(entries: Compiled[], subject: string, sameLength: boolean, usable: (c: Compiled) => boolean): (number[] | null)[] {
  const out: (number[] | null)[] = new Array(entries.length).fill(null);
  entries.forEach((c, ei) => {
    if (!usable(c)) return;
    const re = sameLength ? c.re : c.ci;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = execFrom(re, subject, from))) {
      if (m[0].length === 0) {
        from = m.index + 1;
        continue;
      }
      (out[ei] ??= []).push(m.index, m.index + m[0].length);
      from = m.index + m[0].length;
    }
  });
  return out;
}

/**
 * The per-text arrays of dispatchedMatches, reused from text to text (speed only: allocating and filling four arrays
 * per text was a fifth of the dispatch). `out` is handed to the caller, who reads it before the next text; the
 * entries given a list last time (`touched`) are reset to null here, the typed arrays are refilled. extractFeatures is
 * synchronous and never re-entered.
 */
let scratchDm: { out: (number[] | null)[]; nextFrom: Int32Array; state: Uint8Array; lit: Uint8Array } | null = null;
const touched: number[] = [];
function dispatchScratch(size: number) {
  if (!scratchDm || scratchDm.out.length !== size) {
    scratchDm = { out: Array.from({ length: size }, () => null), nextFrom: new Int32Array(size), state: new Uint8Array(size), lit: new Uint8Array(size) };
    touched.length = 0;
  } else {
    for (const ei of touched) scratchDm.out[ei] = null;
    touched.length = 0;
    scratchDm.nextFrom.fill(0);
    scratchDm.state.fill(0); // 0 not yet checked, 1 usable, 2 not
    scratchDm.lit.fill(0); // 0 not yet checked, 1 one of the entry's required literals is in the text, 2 none is
  }
  return scratchDm;
}

/**
 * The same matches as scannedMatches, found in one pass over the text: at each word start (every pattern starts with a
 * letter look-behind, so a match starts after a non-letter) one walk down the combined trie (buildTrie) names the
 * entries whose matches can start there, and each entry's sticky regex is tried there. Positions are visited in order
 * and an entry is not tried again before the end of its last match, so each entry gets the leftmost, non-overlapping
 * matches the global scan gives (test/agents-speed-equivalence.test.ts; docs/agent-differential.md §7.0.1).
 */
// the state of the running dispatchedMatches, at module level so that tryOne and walk are not closures allocated (and,
// under tsx, named) per text (speed only; extractFeatures is synchronous and never re-entered)
let dmEntries: Compiled[] = [];
let dmLower = '';
/** (session 25, speed only) whether dmLower is narrow-safe (script-narrow.ts textNarrowSafe): its tries use the units' twins */
let dmNarrow = false;
let dmUsable: (c: Compiled, from?: number) => boolean = () => false;
let dmOut: (number[] | null)[] = [];
let dmNextFrom: Int32Array = new Int32Array(0);
let dmState: Uint8Array = new Uint8Array(0);
let dmLit: Uint8Array = new Uint8Array(0);
/** at the position being tried: whether the left boundary of the entries holds there (LB_HOLDS), fails (LB_FAILS) or is
 * left to the regex (LB_REGEX: the character before is a surrogate), for the boundary that excludes letters
 * (Arabic) and the one that excludes letters and digits (English, Russian) */
const LB_REGEX = 0;
const LB_HOLDS = 1;
const LB_FAILS = 2;
let dmLbLetter = LB_REGEX;
let dmLbLetterDigit = LB_REGEX;
/** 1 for a BMP code unit outside the surrogates that is a letter or a digit (\p{L} or \p{N}) */
let letterDigitTable: Uint8Array | null = null;
function lettersDigits(): Uint8Array {
  if (letterDigitTable) return letterDigitTable;
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) t[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return (letterDigitTable = t);
}
/**
 * (session 18, speed only) The text's trigrams, hashed into a set of 2^14 bits: made once per text, at the first
 * literal gate tested in it. A required literal one of whose trigrams is not in the set is not in the text, told without
 * searching the text for it (most of the gated entries tried in a text hold none of their literals: `includes` on the
 * text, per literal, was a fifth of tryOne's time); one whose trigrams are all in the set is searched for as before, so
 * the gate's answer is `includes`' answer.
 */
const TRI_SHIFT = 18;
const triSet = new Int32Array(1 << (32 - TRI_SHIFT - 5));
/** the lower-cased text the lexicon pass reads, and whether triSet holds its trigrams yet (both set by lexiconPass) */
let triSource = '';
let triReady = false;
function triHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> TRI_SHIFT;
}
function trigramsOf(lit: string): Int32Array | null {
  if (lit.length < 3) return null;
  const out = new Int32Array(lit.length - 2);
  for (let k = 0; k + 2 < lit.length; k++) out[k] = triHash(lit.charCodeAt(k), lit.charCodeAt(k + 1), lit.charCodeAt(k + 2));
  return out;
}
function fillTrigrams(): void {
  const s = triSource;
  triSet.fill(0);
  // (session 20, speed only: each unit read once, the two before it carried)
  let a = s.charCodeAt(0);
  let b = s.charCodeAt(1);
  for (let k = 2; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const h = triHash(a, b, c);
    triSet[h >>> 5] |= 1 << (h & 31);
    a = b;
    b = c;
  }
  triReady = true;
}
function litInText(lit: string, tris: Int32Array | null): boolean {
  if (tris !== null) {
    if (!triReady) fillTrigrams();
    for (let k = 0; k < tris.length; k++) {
      const h = tris[k];
      if ((triSet[h >>> 5] & (1 << (h & 31))) === 0) return false;
    }
  }
  return triSource.includes(lit);
}
/** Whether the literal gate finds `lit` in `text` (the trigram set, then `includes`), for the test that keeps it exact
 * (test/agents-speed-s18.test.ts); the extraction does not call it (dispatchedMatches sets the text's state afresh). */
export function literalGateHolds(text: string, lit: string): boolean {
  triSource = text;
  triReady = false;
  return litInText(lit, trigramsOf(lit));
}
function tryOne(ei: number, p: number, from: number, to: number): void {
  if (p < dmNextFrom[ei]) return;
  if (dmState[ei] === 2) return;
  if (dmState[ei] === 0 && dmEntries[ei].reqFirst) dmState[ei] = dmUsable(dmEntries[ei]) ? 1 : 2;
  if (dmState[ei] === 2) return;
  // (session 17, speed only) every top-level alternative of the entry's sticky regex opens with the same left boundary
  // (LEFT[lang]); where the character before p is known to pass it, the regex without it (`open`: the same alternatives
  // in the same order) gives the same match, and V8 need not test the look-behind per alternative; where it is known to
  // fail, the entry cannot match at p; otherwise (an astral character before p) the whole regex is tried
  const ce = dmEntries[ei];
  // (session 17, speed only) an entry whose every match holds one of its required literals (ce.lits) cannot match in a
  // text that holds none of them: tested once per text, at its first try, it records nothing there, as its tries would
  const lits = ce.lits;
  if (lits !== null) {
    let ls = dmLit[ei];
    if (ls === 0) {
      ls = 2;
      const tris = ce.litTris!;
      for (let k = 0; k < lits.length; k++)
        if (litInText(lits[k], tris[k])) {
          ls = 1;
          break;
        }
      dmLit[ei] = ls;
    }
    if (ls === 2) return;
  }
  const lb = ce.lbLettersOnly ? dmLbLetter : dmLbLetterDigit;
  if (lb === LB_FAILS) return;
  let at: RegExp;
  // (session 25, speed only) a narrow-safe text is read with the units' script-narrowed twins (script-narrow.ts: on such a
  // text each twin gives its original's every answer)
  const narrow = dmNarrow;
  if (to - from === 1) {
    const u = cand[from];
    if (narrow) {
      if (lb === LB_HOLDS) at = unitOpenN[u] ?? (unitOpenN[u] = subsetSources(ce, cand, from, to, true).open);
      else at = unitAtN[u] ?? (unitAtN[u] = subsetSources(ce, cand, from, to, true).at);
    } else if (lb === LB_HOLDS) at = unitOpen[u] ?? (unitOpen[u] = subsetSources(ce, cand, from, to, false).open);
    else at = unitAt[u] ?? (unitAt[u] = subsetSources(ce, cand, from, to, false).at);
  } else {
    let key = String(cand[from]);
    for (let k = from + 1; k < to; k++) key += ',' + cand[k];
    const cache = narrow ? subsetRegexesN : subsetRegexes;
    let rs = cache.get(key);
    if (rs === undefined) cache.set(key, (rs = subsetSources(ce, cand, from, to, narrow)));
    at = lb === LB_HOLDS ? rs.open : rs.at;
  }
  at.lastIndex = p;
  if (at.test(dmLower) && at.lastIndex > p) {
    // the entry's script and prefilter (a regex over the whole text) are checked only once the entry has a match:
    // most entries never match, and an entry that fails them records nothing, whichever is tested first
    let st = dmState[ei];
    if (st === 0) st = dmState[ei] = dmUsable(dmEntries[ei], p) ? 1 : 2;
    if (st === 2) return;
    const found = dmOut[ei];
    if (found === null) (dmOut[ei] = [p, at.lastIndex]), touched.push(ei);
    else found.push(p, at.lastIndex);
    dmNextFrom[ei] = at.lastIndex;
  }
}
/** the entries keyed on the characters from q0 on, tried at p */
function walk(t: LexTrie, p: number, q0: number): void {
  const lower = dmLower;
  const n = lower.length;
  const { root, childFrom, childChar, childNode, atFrom, atList } = t;
  let c = lower.charCodeAt(q0);
  let node = root[SPACE_UNIT[c] ? 32 : c];
  let q = q0 + 1;
  while (node !== 0) {
    for (let k = atFrom[node], e = atFrom[node + 1]; k < e; k++) addUnit(atList[k]);
    let lo = childFrom[node];
    const end = childFrom[node + 1];
    if (lo === end || q >= n) break;
    c = lower.charCodeAt(q++);
    if (SPACE_UNIT[c]) c = 32;
    // the node's children are sorted by character (lex-trie.ts)
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (childChar[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    node = lo < end && childChar[lo] === c ? childNode[lo] : 0;
  }
}
function dispatchedMatches(entries: Compiled[], lower: string, usable: (c: Compiled, from?: number) => boolean): (number[] | null)[] {
  const { out, nextFrom, state, lit } = dispatchScratch(entries.length);
  const t = trie!;
  const isLetter = letters();
  const isLetterDigit = lettersDigits();
  const n = lower.length;
  dmEntries = entries;
  dmLower = lower;
  dmNarrow = textNarrowSafe(lower);
  dmUsable = usable;
  dmOut = out;
  dmNextFrom = nextFrom;
  dmState = state;
  dmLit = lit;
  const { always, heads } = t;
  if (++textStamp === 0x40000000) {
    setLitStamp.fill(0);
    unitDead.fill(0);
    textStamp = 1;
  }
  for (let p = 0; p < n; p++) {
    const c0 = lower.charCodeAt(p);
    if (p > 0) {
      const prev = lower.charCodeAt(p - 1);
      if (isLetter[prev]) continue;
      if (c0 >= 0xdc00 && c0 <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) continue; // inside a surrogate pair
      // (the character before is no BMP letter here: the letter boundary holds unless it ends an astral character)
      if (prev >= 0xd800 && prev <= 0xdfff) dmLbLetter = dmLbLetterDigit = LB_REGEX;
      else {
        dmLbLetter = LB_HOLDS;
        dmLbLetterDigit = isLetterDigit[prev] ? LB_FAILS : LB_HOLDS;
      }
    } else dmLbLetter = dmLbLetterDigit = LB_HOLDS;
    if (++unitStamp === 0x40000000) {
      unitSeen.fill(0);
      unitStamp = 1;
    }
    candN = 0;
    for (let k = 0; k < always.length; k++) addUnit(always[k]);
    walk(t, p, p);
    // an Arabic word may carry a proclitic and an article before the body its entries are keyed on
    const hs = c0 >= 0x600 && c0 <= 0x6ff ? heads.get(c0) : undefined;
    if (hs) for (const h of hs) if (p + h.length < n && lower.startsWith(h, p)) walk(t, p, p + h.length);
    if (candN === 0) continue;
    // the units that cannot match from here on (a set of their literals with no string at p or after) are left out
    let kept = 0;
    for (let i = 0; i < candN; i++) {
      const u = cand[i];
      if (unitMayAt(u, p)) cand[kept++] = u;
    }
    candN = kept;
    if (candN === 0) continue;
    // the units in number order: an entry's units together, in its alternatives' order
    for (let i = 1; i < candN; i++) {
      const u = cand[i];
      let j = i - 1;
      while (j >= 0 && cand[j] > u) {
        cand[j + 1] = cand[j];
        j--;
      }
      cand[j + 1] = u;
    }
    for (let i = 0; i < candN; ) {
      const ei = unitEntry[cand[i]];
      let j = i + 1;
      while (j < candN && unitEntry[cand[j]] === ei) j++;
      tryOne(ei, p, i, j);
      i = j;
    }
  }
  return out;
}

/** Whether an entry applies to the text being read: its script is present and its prefilter (if any, and if
 * prefiltering) passes; the text's state is set by extractFeatures before the lexicon pass. A nested call (the fields'
 * sub-extraction) runs after the pass has read it. */
let reqState = new Uint8Array(0);
let usableScripts: Record<Lang, boolean> = { en: false, ru: false, ar: false };
let usableLower = '';
let usablePrefilter = true;
function usable(c: Compiled, from = 0): boolean {
  if (!usableScripts[c.lang]) return false;
  if (usablePrefilter && c.requires >= 0) {
    let st = reqState[c.requires];
    if (st === 0) st = reqState[c.requires] = requirementIn(c.requires, from) ? 1 : 2;
    if (st === 2) return false;
  }
  return true;
}

/** (session 19) For the test that keeps the prefilters' literal answer exact (test/agents-speed-s19.test.ts): the
 * prefilters (by number) whose literal answer on `lower` differs from their regex's, and how many have a literal answer. */
export function prefilterLiteralMismatches(lower: string): { mismatches: number[]; literal: number } {
  compile();
  triSource = lower;
  triReady = false;
  const mismatches: number[] = [];
  let literal = 0;
  for (let i = 0; i < requirements.length; i++) {
    if (requirementLits[i] === null) continue;
    literal++;
    if (requirementIn(i, 0) !== requirements[i].test(lower)) mismatches.push(i);
  }
  return { mismatches, literal };
}
/** (session 19) For the same test: by dispatch unit, its pattern's source as tried (left boundary aside) and its
 * required literals (null: none tested). */
export function lexiconUnitLiterals(): { source: string; lits: string[] | null }[] {
  const entries = compile();
  return unitPat.map((pat, u) => {
    const source = entries[unitEntry[u]].lang === 'ar' ? `(?:${pat})` : String.raw`(?:${pat})(?![\p{L}])`;
    return { source, lits: requiredLiterals(source) };
  });
}
/** (session 20) For test/agents-speed-s20.test.ts: by dispatch unit, its pattern's source as tried (left boundary aside)
 * and the literal sets the dispatch reads its reach from (unitLitSets). */
export function lexiconUnitSets(): { source: string; sets: string[][] }[] {
  const entries = compile();
  return unitPat.map((pat, u) => ({ source: entries[unitEntry[u]].lang === 'ar' ? `(?:${pat})` : String.raw`(?:${pat})(?![\p{L}])`, sets: unitLitSets[u].map((set) => Array.from(set, (id) => setLits[id])) }));
}
/** Whether prefilter i matches anywhere in the text (session 13, speed only): after an entry's match at `from`, searched
 * first from there (the match mostly holds what the entry requires: found at once, not after a scan of the text before
 * it), then, when nothing is found from there, in the whole text. A match found from `from` is a match in the text, so
 * the answer is the whole-text test's. (An entry whose prefilter is tested before it is tried, reqFirst, is tested on
 * the whole text at once: what it requires is mostly not in the text at all.) */
/**
 * (session 24, speed only) A whole-text test of a regex that is one or more plain strings joined by | (PLAIN_ALTERNATION;
 * no flag but `u`): such a regex matches a string exactly when one of its strings is in it, so the test is answered by the
 * literal gate (litInText: the text's trigram set, the one the lexicon pass fills for the same lower-cased text, then
 * `includes`), as the lexicon's plain prefilters are (requirementIn), rather than by one more scan of the whole text per
 * test. A regex of any other shape is tested as before. Built at its first use (the trigram hashing is defined below the
 * regexes).
 */
interface PlainTest {
  readonly re: RegExp;
  lits: string[] | null;
  tris: (Int32Array | null)[] | null;
}
function plainTest(re: RegExp): PlainTest {
  return { re, lits: null, tris: null };
}
function plainIn(t: PlainTest, lower: string): boolean {
  if (t.tris === null) {
    const plain = (t.re.flags === '' || t.re.flags === 'u') && PLAIN_ALTERNATION.test(t.re.source);
    t.lits = plain ? t.re.source.split('|') : null;
    t.tris = plain ? t.lits!.map(trigramsOf) : [];
  }
  const lits = t.lits;
  if (lits === null) return t.re.test(lower);
  // the gate's set is of the text it was filled for: another text (a nested extraction's, or none yet) fills it afresh
  if (triSource !== lower) {
    triSource = lower;
    triReady = false;
  }
  const tris = t.tris;
  for (let k = 0; k < lits.length; k++) if (litInText(lits[k], tris[k])) return true;
  return false;
}
/** (for the test that keeps plainIn exact, test/agents-speed-s24.test.ts) the whole-text tests plainIn answers, by name */
export function plainTestsForCheck(): Record<string, { re: RegExp; holds: (lower: string) => boolean; literal: boolean }> {
  const out: Record<string, { re: RegExp; holds: (lower: string) => boolean; literal: boolean }> = {};
  const tests: Record<string, PlainTest> = { GENERIC_PRE: GENERIC_PRE_T, CLASS_NAME_PRE: CLASS_NAME_PRE_T, DISPERSAL_PRE: DISPERSAL_PRE_T, NOT_TRUE_PRE: NOT_TRUE_PRE_T, FUEL_GAS_PRE: FUEL_GAS_PRE_T, TYRE_PRE: TYRE_PRE_T, DENIED_THAT_PRE: DENIED_THAT_PRE_T, HOUSEHOLD_BLAST_PRE: HOUSEHOLD_BLAST_PRE_T };
  for (const [name, t] of Object.entries(tests)) {
    plainIn(t, '');
    out[name] = { re: t.re, holds: (lower) => plainIn(t, lower), literal: t.lits !== null };
  }
  return out;
}
function requirementIn(i: number, from: number): boolean {
  const lits = requirementLits[i];
  if (lits !== null) {
    const tris = requirementTris[i];
    for (let k = 0; k < lits.length; k++) if (litInText(lits[k], tris[k])) return true;
    return false;
  }
  if (from > 0) {
    const g = requirementsFrom[i];
    g.lastIndex = from;
    if (g.test(usableLower)) return true;
  }
  return requirements[i].test(usableLower);
}

/** What may join two items of a list closed by a postposed absence: a comma (with and/or/и/или/ни/و after it) or a bare
 * and/or/и/или/ни; Arabic writes و onto the next item, so a bare space does when the next item opens with و. */
/** Session 23 (agfix): the next item may open with its own modifiers, at most two, before the word the lexicon read ("Кашля,
 * сильной рвоты, судорог нет", "Кашля и обильного слюнотечения не было", "Cough, severe vomiting and seizures were absent"):
 * a Russian adjective (by its long-form ending, every case: the genitive of negation's -ой / -ого / -ых and the dash topic's
 * nominative) or degree adverb, an English adjective of degree or kind (closed class). Judgment of reading: a modifier belongs
 * to the item after it, so it does not end the list. */
const LIST_ITEM_MOD = String.raw`(?:[а-яё]{2,}(?:ой|ей|ого|его|ых|их|ая|яя|ое|ее|ые|ие|ый|ий|ую|юю)|очень|особо|сильно|слишком|severe|mild|heavy|strong|excessive|profuse|marked|significant|obvious|any|much|persistent|slight|intense|acute|prolonged|repeated|uncontrolled|uncontrollable|violent|frequent|visible|notable|abnormal|excess|constant|extreme|serious)\s+`;
const LIST_SEP = new RegExp(String.raw`^(?:\s*[,\u060C]\s*(?:(?:and|or|nor|и|или|ни|либо|او|أو)\s+)?|\s+(?:and|or|nor|и|или|ни|либо|او|أو)\s+)(?:${LIST_ITEM_MOD}){0,2}$`, 'iu');
const LIST_SEP_COMMA_AND = /^\s*[,\u060C]\s*(?:and|и|و)\s+$/iu;
function chainPostNegation(text: string, hits: FeatureHit[], denied: Set<FeatureHit>): void {
  const order = hits.filter((h) => h.present || denied.has(h)).sort((a, b) => b.start - a.start || b.end - a.end);
  for (const h of order) {
    if (!h.present) continue;
    // the nearest later hit denied by the absence (or by this chain), joined by a list separator
    // (session 13, agram: or the next word of the same phrase — "судорожные припадки — нет" read as two hits of one feature)
    const next = order.find((o) => !o.present && denied.has(o) && o.start >= h.end && o.start - h.end <= 24 && (joins(text, h.end, o.start) || (o.feature === h.feature && /^\s+$/u.test(text.slice(h.end, o.start)))));
    if (!next) continue;
    // a Russian nominative list set off by a dash before its нет is the topic of that нет ("Кашель и рвота — нет": neither;
    // session 12, fix2ag): the soft noun is then an item, not the predicate of a clause of its own
    // (session 13, agram) nor after "на", the object of a complaint ("Жалоб на кашель, одышку нет": кашель is accusative)
    if (VERB_FORM_HEAD.test(h.phrase) && !(SOFT_NOUN_HEAD.test(h.phrase) && (DASH_TOPIC_NET.test(text.slice(next.end, next.end + 24)) || OBJECT_OF_NA.test(text.slice(Math.max(0, h.start - 8), h.start))))) continue;
    // (session 22, agnew) nor a Russian noun with its full adjective after it ("зрачки точечные", "губы синие", "кожа влажная"): the
    // adjective in the nominative is the predicate of a clause of its own ("the pupils are pinpoint"), not an item of the genitive
    // list that нет closes ("пот, слюни, зрачки точечные, ожогов нет" denies the burns only); a dash topic stays a list
    if (RU_PREDICATE_ADJ.test(h.phrase) && !DASH_TOPIC_NET.test(text.slice(next.end, next.end + 24))) continue;
    // a singular predicate has one subject ("everyone coughed, vomiting was not seen" denies the vomiting only)
    if (SINGULAR_PREDICATE.test(text.slice(next.end, next.end + 40))) continue;
    // ", and" is a serial comma only inside a list of three or more ("A, B, and C were absent"): the item before it must
    // itself follow a comma ("the air smelled of bleach, and cough and vomiting were absent" denies no smell)
    if (LIST_SEP_COMMA_AND.test(text.slice(h.end, next.start)) && !hits.some((p) => p !== h && p.end <= h.start && h.start - p.end <= 24 && /^\s*[,\u060C]\s*$/.test(text.slice(p.end, h.start)))) continue;
    h.present = false;
    h.phrase = `${h.phrase} … ${next.phrase}`;
    denied.add(h);
  }
}
/** A list item is a noun: a hit ending in a finite verb (EN past "coughed", RU past "кашляли" or present "слезятся") or in
 * a Russian nominative soft noun ("кашель": the genitive of negation would be "кашля") is the predicate of its own
 * clause, not an item of the denied list (judgment of reading). */
const VERB_FORM_HEAD = /(?:(?<![\p{L}])[a-z]+ed|[а-яё]*(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ют|ит|ят|ется|ются|ится|ятся|ь|й))$/iu;
const SOFT_NOUN_HEAD = /[а-яё]*[ьй]$/iu;
/** Session 22 (agnew): a Russian hit ending in a full adjective after a word of its own ("зрачки точечные"): a nominal predicate.
 * Nominative endings only (the genitive of negation's adjective ends in -ых / -ого / -ой). */
const RU_PREDICATE_ADJ = /[а-яё]\s+[а-яё]{2,}(?:ые|ие|ый|ий|ая|яя|ое|ее)$/iu;
/** "на" right before a list item: the item is a preposition's object (accusative), not a nominative subject */
const OBJECT_OF_NA = /(?<![\p{L}])на\s+$/iu;
/** a dash, then нет / не было (the comment on a topic list) */
const DASH_TOPIC_NET = /^\s*[\u2013\u2014-]\s*(?:нет|не\s+было)(?![\p{L}])/iu;
/** EN singular copula after the denied item: "vomiting was not seen" has one subject. */
const SINGULAR_PREDICATE = /^\s*(?:\p{L}+\s+){0,2}?(?:was|is|has)(?![\p{L}])/iu;
function joins(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (LIST_SEP.test(between)) return true;
  return /^\s+$/.test(between) && text.charCodeAt(to) === 0x648; // Arabic و on the next item
}
/** Clinical shorthand of an absent sign: "Miosis: none", "seizures - nil", "cough: negative / -ve", "Судороги: нет",
 * "التشنجات: لا يوجد" (a colon or dash, then a word of absence that ends the field). */
const FIELD_NONE_PRE = /[:\-\u2013\u2014]/;
/* (session 14, agram) "nothing / nobody" closes a field or a dashed list as "none" does: "Кашля, слёз, рвоты — ничего", "Cough,
 * tears, vomiting - nothing", "السعال والدموع — لا شيء" (judgment of reading, closed class) */
const FIELD_NONE = /^\s*[:\-\u2013\u2014]\s*(?:none|nil|nothing|nobody|no\s+one|ничего|никого|ни\s+у\s+кого|لا\s+شيء|ولا\s+شي|لا\s+شي|ماكو|مافي|ما\s+في|no|negative|neg|-ve|absent|not\s+(?:seen|present|observed|noted|found|reported)|нет|отсутств\p{L}*|отриц\p{L}*|не\s+было|не\s+(?:отмеча|отмечен|наблюдал|выявлен|обнаружен|зафиксирован)\p{L}*|لم\s+(?:تلاحظ|يلاحظ|تسجل|يسجل|تظهر|يظهر)|لا\s+يوجد|لا\s+توجد|لا|لايوجد|سلبي\p{L}*|غير\s+موجود\p{L}*)(?=\s*(?:[.,;\n\u060C\u061B]|$))/iu;
const FIELD_NONE_T = twins(FIELD_NONE);
/** (session 27, agdev) a dashed list whose last item is no sign the lexicon reads (a smell, a temperature) closes the signs before it
 * as well: "Кашля, жжения в глазах, запаха — ничего такого", "Cough, sore eyes, any smell - nothing like that": after the sign, up to
 * two more items (each at most three words, a comma or and/или/ни before it), a dash, a word of absence and at most 'like that' /
 * 'такого' / 'подобного' before the sentence goes on. The colon field stays one item. Judgment of reading, closed class. */
const DASH_LIST_NONE = /^(?:\s*[,\u060C]\s*(?:(?:and|or|nor|и|или|ни|و)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+){1,2}\s*[\-\u2013\u2014]\s*(?:none|nothing|нет|ничего|не\s+было|никакого|никаких|لا\s+شيء|ولا\s+شي|مافي|ما\s+في|مفيش)(?:\s+(?:такого|подобного|этого|такого\s+не\s+было|like\s+that|of\s+the\s+(?:sort|kind)|at\s+all))?(?=\s*(?:[.,;!\n\u060C\u061B]|$))/iu;
/** an item that is a clause (a past verb in it) ends the list: 'coughing, his eyes burned, the doctors - nothing' */
const DASH_LIST_VERB = /(?<![\p{L}])(?:[a-z]+ed|[а-яё]+(?:л|ла|ли|ло|лся|лась|лись))(?![\p{L}])/iu;
/** whether a text may hold such a list (a dash and a word of absence; speed) */
const DASH_LIST_NONE_PRE = /[\-\u2013\u2014]\s*(?:none|nothing|нет|ничего|не\s+было|никак|لا\s+شيء|ولا\s+شي|مافي|ما\s+في|مفيش)/iu;

/**
 * Extracts features from one account. Method: lexicon match + NegEx-style scope (see the module comment).
 * Overlapping matches of the same feature count once.
 */
export function extractFeatures(raw: string, opts: { prefilter?: boolean; terms?: TermIndex; dispatch?: boolean; fields?: boolean; scene?: boolean } = {}): Extraction {
  return extractWith(raw, opts.prefilter ?? true, opts.terms, opts.dispatch !== false, opts.fields !== false, opts.scene !== false);
}
/**
 * extractFeatures with its options as arguments, read in passes compiled apart (speed only, session 16). V8 optimises a
 * function whole: in one function of some 400 lines, the first text that took a path not yet taken (the first with terms,
 * an options object of another shape, a span of another shape) threw the whole optimised code away and recompiled it,
 * 0.3-1.4 s of compile on the bench's first pass while the text ran unoptimised. Each pass is now compiled, and thrown
 * away, by itself; the statements are those of the single function, in the same order.
 */
// (session 26, speed only) regexes the extraction tested as literals inside its functions, once per text or per hit (each
// evaluation of a literal makes a RegExp object), as module constants: the same patterns and flags, none global or sticky
const SCRIPT_EN = /[a-z]/;
const SCRIPT_RU = /[\u0400-\u04FF]/;
const SCRIPT_AR = /[\u0600-\u06FF]/;
const CW_SENTENCE_STOP = /[.!?\n\u061F;]/u;
const CHOK_WORD = /^chok\p{L}*$/iu;
const BOMB_WORD = /^bombs?$/i;
const RU_POZHAR_VERB = /^пожар(?:ил|ив|ить|енн|ьте)/u;
const TYRE_WORD_IN = /tyre|tire|покрышк|اطار/iu;
const RU_LEAK_WORD = /^(?:утечк|выброс)/u;
const SPACE_U = /\s/u;
function extractWith(raw: string, prefilter: boolean, terms: TermIndex | undefined, dispatch: boolean, withFields: boolean, withScene: boolean): Extraction {
  const norm = normaliseWithMap(raw);
  const text = norm.text;
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const scripts: Record<Lang, boolean> = {
    en: SCRIPT_EN.test(lower),
    ru: SCRIPT_RU.test(lower),
    ar: SCRIPT_AR.test(lower),
  };
  listWordState = 0;
  listWordLower = lower;
  const hits: FeatureHit[] = [];
  /** hits of phrases that themselves state the sign's absence or its contrary ("pupils dilated", "توسع الحدقة") */
  const statedAbsent: FeatureHit[] = [];
  /** hits denied by an absence after them ("... were absent", "... не было"): a list before them shares the denial */
  const postNegated = new Set<FeatureHit>();
  lexiconPass(prefilter, dispatch, sameLength, norm, text, lower, scripts, hits, statedAbsent, postNegated);
  termPass(terms, sameLength, norm, text, lower, scripts, hits, statedAbsent, postNegated);
  absencePass(norm, text, hits, postNegated);
  scenePass(withScene, sameLength, norm, text, lower, scripts, hits);
  denialPass(norm, text, lower, hits, statedAbsent);
  irrealisPass(norm, text, lower, hits);
  const final = finalPass(sameLength, norm, text, lower, hits, statedAbsent);
  if (final.length && sameLength) odourGrammarPass(terms, norm, text, lower, final);
  if (final.length && sameLength) onsetGrammarPass(text, lower, final);
  fieldsPass(withFields, sameLength, terms, norm, text, lower, final);
  harmlessBlastPass(text, final);
  wildfirePass(text, final);
  cwStockpileScenePass(text, final);
  return featuresOf(text, final);
}
/**
 * Session 25 (agdev): a wildfire, forest, bush, grass or peat fire named (лесной пожар, горели торфяники; حرائق الغابات) is a fire
 * no weapon set, as an everyday cause named is (fire_cause_ordinary): its smoke is the fire-smoke agent's. Not in an account that
 * names a munition, an attack, an arson or a thing thrown anywhere or reads an incendiary (shelling, incendiary weapons and thrown petrol bombs set forests
 * and fields alight: hrw-incendiary-2020), nor a wildfire denied. Judgment of reading, closed classes
 */
const WILDFIRE = /(?<![\p{L}])(?:wild\s*fires?|bush\s*fires?|forest\s+fires?|peat\s+fires?|grass\s+fires?|brush\s+fires?|лесн\p{L}*\s+пожар\p{L}*|пожар\p{L}*\s+в\s+лесу|торфяник\p{L}*|(?:ال)?حرائق\s+(?:ال)?غابات|حريق\s+(?:ال)?غاب\p{L}*|حرائق\s+(?:ال)?أحراش|حريق\s+(?:ال)?أحراش)(?![\p{L}])/iu;
const WILDFIRE_WAR = /(?<![\p{L}])(?:shell\p{L}*|bomb\p{L}*|rockets?|missiles?|mortars?|drones?|incendiar\p{L}*|phosphorus|napalm|thermite|air\s*strikes?|attack\p{L}*|arson\p{L}*|threw|thrown|tossed|hurled|снаряд\p{L}*|обстрел\p{L}*|бомб\p{L}*|ракет\p{L}*|мин(?:а|ы|ой|ами)|дрон\p{L}*|беспилотник\p{L}*|зажигательн\p{L}*|фосфор\p{L}*|напалм\p{L}*|удар\p{L}*|подж[её]г\p{L}*|поджог\p{L}*|подожг\p{L}*|бросил\p{L}*|кинул\p{L}*|[وفبل]?(?:ال)?(?:أضرم\p{L}*|اضرم\p{L}*|رمى|رموا|قصف\p{L}*|قذيف\p{L}*|قذائف|صاروخ\p{L}*|صواريخ|غار\p{L}*|مسير\p{L}*|حارق\p{L}*|فوسفور\p{L}*|نابالم|طيار\p{L}*))(?![\p{L}])/iu;
// a fire a weapon set, read already: an incendiary (a thrown bottle too), a munition, burning pieces falling, an airburst
const WEAPON_FIRE = new Set(['delivery_incendiary', 'delivery_shell_rocket', 'burning_particles', 'airburst']);
const WILDFIRE_PRE = /fire|пожар|торф|حري|حرائق/iu;
function wildfirePass(text: string, final: FeatureHit[]): void {
  // (speed) the whole-text pattern only where one of its nouns is there
  if (!WILDFIRE_PRE.test(text)) return;
  const m = WILDFIRE.exec(text);
  if (!m || final.some((h) => h.feature === 'fire_cause_ordinary' || (h.present && WEAPON_FIRE.has(h.feature))) || WILDFIRE_WAR.test(text)) return;
  if (/(?<![\p{L}])(?:no|not|never|без|не|нет|لا|ما|مش)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
  final.push({ feature: 'fire_cause_ordinary', present: true, phrase: m[0], start: m.index, end: m.index + m[0].length });
}
/**
 * Session 25 (fixag): a chemical weapons depot, plant or site is the scene (cw_stockpile, which supersedes the industrial leak)
 * only when its own sentence tells something met there: a leak, a release, vapour detected, an alarm, people exposed, a store
 * found or seized. A site named as background ('workers at the chemical weapons destruction plant struck for pay', a plant's
 * history) is not where the account's release happened. Judgment of reading, closed classes
 */
const CW_SCENE_CUE = /(?<![\p{L}])(?:leak\p{L}*|releas\p{L}*|vapou?rs?|detect\p{L}*|alarms?|expos\p{L}*|spill\p{L}*|escap\p{L}*|seep\p{L}*|contamin\p{L}*|fumes|found|find|finds|discover\p{L}*|seiz\p{L}*|uncover\p{L}*|captured|raid\p{L}*|accident\p{L}*|incident|hospitali[sz]\p{L}*|fell\s+ill|sick|утечк\p{L}*|утек\p{L}*|выброс\p{L}*|авари\p{L}*|обнаруж\p{L}*|нашли|найден\p{L}*|отравил\p{L}*|отравлени\p{L}*|пострада\p{L}*|ЧП|[وف]?(?:ال)?(?:تسرب\p{L}*|تسريب\p{L}*|انبعاث\p{L}*|عثر\p{L}*|عثور|اكتشا?ف\p{L}*|ضبط\p{L}*|حادث\p{L}*|تسمم\p{L}*|اختناق\p{L}*))(?![\p{L}])/iu;
function cwStockpileScenePass(text: string, final: FeatureHit[]): void {
  const stop = CW_SENTENCE_STOP;
  for (let i = final.length - 1; i >= 0; i--) {
    const h = final[i];
    if (!h.present || h.feature !== 'cw_stockpile') continue;
    let a = h.start;
    while (a > 0 && !stop.test(text[a - 1])) a--;
    let z = h.end;
    while (z < text.length && !stop.test(text[z])) z++;
    if (!CW_SCENE_CUE.test(text.slice(a, z))) final.splice(i, 1);
  }
}
/**
 * Session 25 (agdev): a bang told with nobody hurt in its sentence or the next (a firework, a tyre, a transformer, a blast beyond
 * the village: 'бахнул салют, все целы', 'انفجر إطار شاحنة ... لم يصب أحد', 'a loud bang, nobody was hurt') is
 * harmless_blast. A bare explosion is not read (a chemical munition's small burster is heard too: powerful_blast's note); an
 * explosion that hurt nobody is a different fact, told of blasts and seldom of a release that reached people. Not a bang
 * denied ('no explosion', 'без взрыва', 'ما في انفجار'). Judgment of reading, closed classes
 */
const BANG_WORD = /(?<![\p{L}])(?:bangs?|booms?|blasts?|explosions?|exploded|explodes?|blew\s+up|blown\s+up|бах(?:нул\p{L}*|нет|ает|ало)?|бабах\p{L}*|грохн\p{L}*|грохот(?:а|ом|е)?|взорва(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|н|на|но|ны)|взорв(?:ёт|ет|ут|ётся|ется|утся)|взрыв(?:а|е|у|ом|ы|ов|ам|ами|ах)?|рванул\p{L}*|рвануло|хлоп(?:ок|нул\p{L}*|ки)|[وف]?(?:انفجر\p{L}*|انفجار\p{L}*|تفجير\p{L}*|فرقع\p{L}*|دوي))(?![\p{L}])/giu;
const BANG_DENIED_BEFORE = /(?<![\p{L}])(?:no|not|without|never|никакого|никаких|без|не\s+было|ни|нет|لا|بدون|بلا|ما\s+في|مافي|ما\s+صار|ولا)\s+(?:\p{L}+\s+)?$/iu;
const BANG_DENIED_AFTER = /^\s*(?:не\s+было|не\s+слыша\p{L}*|нет(?![\p{L}])|was\s+not|wasn't|were\s+not|weren't|did\s+not|didn't|never|ما\s+صار|لم\s+يحدث|ما\s+كان)/iu;
const NC_BY_BLAST_AFTER = /^\s*(?:(?:by|from|in)\s+(?:the\s+|that\s+|this\s+)?(?:blast|explosion|bang|impact)|(?:от|при)\s+(?:самого\s+|этого\s+)?взрыв\p{L}*|(?:بال|من\s+ال|جراء\s+ال|بسبب\s+ال|في\s+ال)انفجار)/iu;
const NC_CONTRAST_AFTER = /(?<![\p{L}])(?:but|yet|however|except|но|однако|зато|кроме|а\s+(?:потом|затем|вот|после)|لكن|ولكن|بس|إلا|الا|غير\s+أن)(?![\p{L}])/iu;
const BANG_UNPERCEIVED_BEFORE = /(?<![\p{L}])(?:no\s+one|nobody|none\s+of\s+us|did\s+not|didn't|never|никто(?:\s+не)?|не|ما\s+حدا|محدش|لا\s+أحد|لم|ما)\s+(?:\p{L}+\s+)?(?:heard|hear|saw|see|seen|noticed|notice|felt|reported|слышал\p{L}*|слыша\p{L}*|услышал\p{L}*|видел\p{L}*|заметил\p{L}*|[نتيا]?سمع\p{L}*|شاف\p{L}*|شفنا|نشوف|[نتي]?لاحظ\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const BLAST_HEAD_AFTER = /^(?:\s*$|\s*[^\p{L}\s]|\s+(?:of|from|at|in|near|on|outside|inside|behind|nearby|was|were|is|are|had|has|have|that|which|and|or|but|then|shook|hit|rocked|tore|went|blew|broke|threw|knocked|struck|rang|woke|sent|came|could|did|echoed|\p{L}+ed)(?![\p{L}]))/iu;
function harmlessBlastPass(text: string, final: FeatureHit[]): void {
  let nc: FeatureHit | undefined;
  for (const h of final) if (h.present && h.feature === 'no_casualties') { nc = h; break; }
  if (!nc) return;
  // the no-casualty statement's sentence, and the sentence before it
  const stop = /[.!?\n\u061F]/u;
  let a = nc.start;
  while (a > 0 && !stop.test(text[a - 1])) a--;
  let b = a > 0 ? a - 1 : 0;
  while (b > 0 && !stop.test(text[b - 1])) b--;
  let z = nc.end;
  while (z < text.length && !stop.test(text[z])) z++;
  const span = text.slice(b, z);
  BANG_WORD.lastIndex = 0;
  // (session 25, fixag) a no-casualty statement bounded to the blast ('nobody was hurt by the blast', «от взрыва», «بالانفجار»)
  // or followed in its sentence by a contrast ('no one was injured, but workers coughed', «но двое кашляли», «بس بعدها») says
  // the blast itself hurt nobody, not that nobody was hurt: a small burster before a chemical cloud is told so
  const ncAfter = text.slice(nc.end, z);
  if (NC_BY_BLAST_AFTER.test(ncAfter) || NC_CONTRAST_AFTER.test(ncAfter)) return;
  for (let m = BANG_WORD.exec(span); m; m = BANG_WORD.exec(span)) {
    if (BANG_DENIED_BEFORE.test(span.slice(Math.max(0, m.index - 24), m.index)) || BANG_DENIED_AFTER.test(span.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    // (session 25, fixag) a bang denied by a perceiver ('no one heard an explosion', «никто не слышал взрыва», «ما حدا سمع انفجار»)
    if (BANG_UNPERCEIVED_BEFORE.test(span.slice(Math.max(0, m.index - 60), m.index))) continue;
    // (session 25, fixag) 'blast' and 'boom' as a noun modifier name no bang (a blast furnace, a blast door, a boom gate): read as
    // the head noun only, before punctuation, a preposition, a conjunction or a verb
    if (/^(?:blasts?|booms?)$/iu.test(m[0]) && !BLAST_HEAD_AFTER.test(span.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    final.push({ feature: 'harmless_blast', present: true, phrase: `${m[0]} … ${nc.phrase}`, start: b + m.index, end: nc.end });
    return;
  }
}
type Norm = ReturnType<typeof normaliseWithMap>;
/** the regex lexicon's hits, each with its negation scope */
function lexiconPass(prefilter: boolean, dispatch: boolean, sameLength: boolean, norm: Norm, text: string, lower: string, scripts: Record<Lang, boolean>, hits: FeatureHit[], statedAbsent: FeatureHit[], postNegated: Set<FeatureHit>): void {
  const entries = compile();
  // prefilter results, tested once per distinct prefilter: 1 passes, 2 fails, 0 not yet tested (the state of `usable`,
  // at module level: no closure and no typed array allocated per text, speed only)
  if (reqState.length !== requirements.length) reqState = new Uint8Array(requirements.length);
  else reqState.fill(0);
  usableScripts = scripts;
  usableLower = lower;
  usablePrefilter = prefilter;
  triSource = lower;
  triReady = false;
  const matches = sameLength && dispatch ? dispatchedMatches(entries, lower, usable) : scannedMatches(entries, sameLength ? lower : text, sameLength, usable);
  for (let ei = 0; ei < entries.length; ei++) {
    const found = matches[ei];
    if (!found) continue;
    const c = entries[ei];
    for (let k = 0; k < found.length; k += 2) {
      const start = found[k];
      const end = found[k + 1];
      const phrase = quoteOriginal(norm, start, end);
      if (c.absent) {
        hits.push({ feature: c.feature, present: false, phrase, start, end });
        statedAbsent.push(hits[hits.length - 1]);
        continue;
      }
      // (session 14, agram) a sign told through the pattern's own opening negation ("couldn't see", "не могли открыть глаза")
      const own = OWN_NEGATION_FEATURES.has(c.feature) && OWN_NEG_OPEN.test(text.slice(start, end).toLowerCase());
      const neg = own && outerDenial(text, start) ? start : c.selfNegating || own ? -1 : negationAt(text, start, end);
      if (neg === -1) hits.push({ feature: c.feature, present: true, phrase, start, end });
      else if (neg === -2) {
        const postEnd = Math.min(clauseEnd(text, end), end + 60);
        const tail = execIn(POST_ABSENT_T, text.slice(end, postEnd));
        hits.push({ feature: c.feature, present: false, phrase: quoteOriginal(norm, start, end + (tail ? tail[0].length : 0)).trim(), start, end });
        postNegated.add(hits[hits.length - 1]);
      } else hits.push({ feature: c.feature, present: false, phrase: quoteOriginal(norm, neg, end).trim(), start: neg, end });
    }
  }
}
/** (session 20, agru) the signs easing or what was left, right after a time phrase (at most one word between) */
// (session 31, review2) خلاص is also the spoken 'that's it, then' before the next clause ('بعد ساعة خلاص بلشت العيون تحرق'): it ends the
// signs only before a pause, the end, الحمد لله or what eased, as راح; 'راح كل شي' not before من ('راح كل شي من ايدينا', all was lost)
// (session 20, fixag2, review R24) прошли / راح are also 'went': прош* not before a preposition or a place word ('прошли к врачу'), and
// راح / راحوا only before a sign, a pause or the end ('راح السعال'), not before a verb or a place ('راحوا عالمستشفى')
const EASED_AFTER = /^[\s,\u060C]*(?:[\p{L}]+\s+)?(?:[وف]?(?:ما\s+(?:بقى|بقي|ضل|ظل|عاد)\s+(?:غير|الا|إلا|فيه|في)|خف|خفت|خفو|خفوا|(?:خلاص|راح|راحت|راحو|راحوا)(?=\s*(?:[.،,؛!?؟\n]|$|الحمد(?![\p{L}])|كل\s*(?:شي|شيء|اشي|حاجه|حاجة)(?![\p{L}])(?!\s*(?:من|منا|مني)(?![\p{L}]))|[وف]?(?:ال)?(?:سعال|سعله|سعلة|كحه|كحة|حرقه|حرقة|حرقان|وجع|الم|ألم|احمرار|دمع|دموع|ضيق|حكه|حكة|دوخه|دوخة|غثيان|صداع|ريحه|ريحة|رائحة|اعراض|أعراض|تعب|نفس)(?![\p{L}])))|اختفى|اختفت|اختفت|زال|زالت|تحسن|تحسنت|تحسنو|تحسنوا|هدي|هدا|هديت|هدات)|остал\p{L}*\s+(?:только|лишь)|стал[оа]?\s+(?:\p{L}+\s+)?(?:лучше|легче)|прош(?:ёл|ел|ла|ло|ли)(?!\s+(?:к|ко|в|во|на|до|по|через|мимо|домой|обратно|внутрь|туда|сюда|пешком)(?![\p{L}]))|отпустил\p{L}*|полегчал\p{L}*|стихл\p{L}*|стих|утихл\p{L}*|утих)(?![\p{L}])/u;
/** (session 29, agclass) a denial of symptoms that a time bounds: the words of 'at first', 'initially', 'at the time', 'until', 'right
 * away', 'for the first hours' (RU сначала, поначалу, вначале, сперва, первое время, в первые часы, сразу, в момент, до утра, лишь / только
 * через, не сразу; AR في البداية, بالبداية, في البدء, أول الأمر, حينها, وقتها, فورا, مباشرة, إلا بعد, حتى الصباح / المساء) in the hit's
 * clause, with no contrast (but, но, لكن, بس) between them. Only a denial of symptoms, signs or feeling ill: tests or an examination
 * that found nothing keep their reading. Judgment of reading; the latent periods are the sources' (cdc-mustard, cdc-phosgene) */
const LATENT_LIMIT = /(?<![\p{L}])(?:at\s+first|initially|in\s+the\s+beginning|at\s+the\s+(?:time|moment)(?!\s+of\s+(?:writing|publication|reporting|going\s+to\s+press|(?:the\s+|an?\s+)?(?:examination|check|inspection|tests?)))|right\s+away|straight\s+away|immediately|(?<!(?:observ\p{L}*|monitor\p{L}*|watch\p{L}*|kept|held|hospital)\s+(?:\p{L}+\s+){0,2})for\s+(?:the\s+first\s+)?(?:a\s+few\s+|several\s+|some\s+|\d+\s+|\p{L}+\s+)?(?:hours?|minutes?)|in\s+the\s+first\s+(?:\p{L}+\s+)?(?:hours?|minutes?)|(?:(?:not\s+)?until|till)(?!\s+(?:now|today|recently|yet|this\s+\p{L}+|the\s+time\s+of))|сначала|поначалу|вначале|сперва|первое\s+время|в\s+первые\s+(?:\p{L}+\s+)?(?:часы|минуты)|сразу|в\s+момент(?!\s+(?:осмотра|обследования|проверки|публикации|написания|подготовки))|до\s+(?:утра|вечера|ночи|следующего)|(?:лишь|только)\s+через|[وف]?(?:في|ب)\s*(?:ال)?بداي[هة]|[وف]?في\s+البدء|[وف]?اول\s+الامر|[وف]?(?:حينها|وقتها|فورا|مباشر[هة])|(?:الا|إلا)\s+بعد|حت[يى]\s+(?:ال)?(?:صباح|مساء|ليل|يوم\s+التالي))(?![\p{L}])/iu;
const LATENT_CONTRAST = /(?<![\p{L}])(?:but|however|yet|но|однако|[وف]?(?:لكن|لكنه|بس))(?![\p{L}])/iu;
// (review s29) a verb of saying or finding between the time word and the denial takes the time word ('the ministry immediately said there
// were no signs of poisoning', 'врачи сразу заявили, что признаков нет'), and 'at once' words anywhere before the denial with such a verb
// (the Arabic verb first: 'أكدت وزارة الصحة فورا عدم وجود أعراض'); the denial is then the report's, not a latent period. The time words
// above no longer read 'until now', 'at the time of writing / of the examination', 'в момент осмотра', nor a duration of observation
// ('observed for several hours and showed no signs'). Judgment of reading, closed classes (ؤ is not folded in this module's text)
const LATENT_REPORT = /(?<![\p{L}])(?:said|says|say|told|tell|reported|reports|announced|confirmed|confirms|stated|declared|added|found|showed|заявил\p{L}*|сообщил\p{L}*|сказал\p{L}*|подтвердил\p{L}*|объявил\p{L}*|отметил\p{L}*|констатировал\p{L}*|[وف]?(?:قال|قالت|اكد|اكدت|ي[ؤو]كد|ت[ؤو]كد|اعلن|اعلنت|صرح|صرحت|افاد|افادت|ذكر|ذكرت|نفى|نفت|نفي))(?![\p{L}])/iu;
const LATENT_AT_ONCE = /^(?:right\s+away|straight\s+away|immediately|сразу|[وف]?(?:فورا|مباشر[هة]))$/iu;
const SYMPTOM_DENIAL = /symptom|sign|(?<![\p{L}])ill(?![\p{L}])|sick|unwell|felt|feel|симптом|признак|плохо|почувств|заболел|اعراض|أعراض|علامات|تعب|شعر|حس/iu;
function latentDenial(text: string, lower: string, h: FeatureHit): boolean {
  if (!SYMPTOM_DENIAL.test(h.phrase)) return false;
  const s = sentenceStart(text, h.start);
  const e = sentenceEnd(text, h.end);
  const before = lower.slice(Math.max(s, h.start - 60), h.start);
  const after = lower.slice(h.end, Math.min(e, h.end + 60));
  const b = before.split(/[;:]/u).pop() ?? '';
  const a = after.split(/[;:]/u)[0];
  const lb = LATENT_LIMIT.exec(b);
  if (lb && !LATENT_CONTRAST.test(b.slice(lb.index)) && !LATENT_REPORT.test(b.slice(lb.index)) && !(LATENT_AT_ONCE.test(lb[0]) && LATENT_REPORT.test(b))) return true;
  const la = LATENT_LIMIT.exec(a);
  return !!la && !LATENT_CONTRAST.test(a.slice(0, la.index)) && !LATENT_REPORT.test(a.slice(0, la.index));
}
/** (session 20, agru) a noun of preserving, embalming or washing the dead right before the bodies (a fluid's or a morgue's name) */
// (session 20, fixag2, review R22) preserving (حفظ, консервирования, хранения) only after a fluid word (محلول / سائل / مادة حفظ الجثث,
// раствор для консервирования): ثلاجات حفظ الجثث and камера хранения трупов are the morgue's fridges, and تغسيل الجثث (washing the
// dead before burial) is said of the incident's own dead; embalming (تحنيط, бальзамирования) stays
const PRESERVED_BODIES_BEFORE = /(?<![\p{L}])(?:[وفبل]?(?:ال)?تحنيط|(?:محلول|محاليل|سائل|سوائل|مادة|ماده|مواد)\s+(?:ل|لل|ال)?(?:حفظ|تحنيط)|(?:для\s+)?бальзамировани[а-яё]*|(?:раствор|жидкост|средств|состав)[а-яё]*\s+(?:для\s+)?(?:консервировани|хранени)[а-яё]*)\s+$/u;
/** (session 20, agru) the Russian fogging of glass (запотеть, запотевать) and what fogs: glasses, glass, windows, a mask, a visor */
const RU_FOGGED = /запот/u;
const RU_FOG_THING = /(?<![\p{L}])(?:очк|стекл|стёкл|окн|окош|противогаз|маск|зеркал|линз|визир|забрал|экран|шлем|фар|бутыл|стакан|бокал)\p{L}*/u;
// (session 20, fixag2, review R22) the fogging thing as the verb's subject: before it in its sentence, or right after it with at most one
// word that is no preposition ('запотели очки'); not a thing after a preposition ('Я весь запотел в противогазе': a person sweated)
const RU_FOG_THING_AFTER = /^\s*(?:(?!(?:в|во|под|из|от|на|с|со|без|у)\s)[а-яё]+\s+)?(?:очк|стекл|стёкл|окн|окош|противогаз|маск|зеркал|линз|визир|забрал|экран|шлем|фар|бутыл|стакан|бокал)\p{L}*/u;
/** (session 20, agru) ما (or مما) before a verb of causing or resulting: the relative 'which' of AR_MA_NEG's exceptions, no negation */
const TERM_OPENS_MA = /^[وف]?ما\s/u;
const AR_MA_RELATIVE = /^[وف]?م?ما\s+(?:اسفر|ادى|ادي|تسبب|نتج|خلف|اوقع|يؤدي|تؤدي|دفع|استدعى|استدعي|تطلب)(?![\p{L}])/u;
const AR_MA_RELATIVE_T = twins(AR_MA_RELATIVE);
// (session 20, fixag2, review R11) bare ما before a verb is also the negation ('الغاز ما تسبب في أي دخان': the gas caused no smoke): not the
// relative when a bare topic word alone opens its clause before it (not هو / هي / هذا / ذلك / الأمر, the formula's 'which is what'), nor
// before أي (any) after the verb and its preposition; مما is always the relative
const AR_MA_TOPIC_BEFORE = /(?:^|[.!?؟،,؛:\n])\s*(?!(?:[وف]?(?:هو|هي|هذا|هذه|ذلك|الامر|الأمر))\s+$)[\p{L}]+\s+$/u;
const AR_MA_ANY_AFTER = /^[وف]?ما\s+\p{L}+\s+(?:\p{L}+\s+)?(?:[اأإ]ي|[اأ]ية)(?![\p{L}])/u;
/**
 * Session 29 (agdev): a smell word, a comma, then a simile ("a smell, like freshly cut grass", "почуял запах, как свежескошенной травы",
 * "ريحة، زي الخل"): the comma opens an appositive simile that names what the smell was like, not a new clause, so the term matcher
 * (whose terms stop at a comma) is given the text with that comma as a space (one unit for one: the offsets stay). Judgment of
 * reading (apposition), closed classes of smell and simile words.
 */
const SMELL_COMMA_SIMILE = /(?<=(?<![\p{L}])(?:smell|smells|smelled|smelt|odou?rs?|stench|stink|reek|scent|whiff|запах\p{L}*|пахл\p{L}*|пахнет|пахнуло|воня\p{L}*|вонь|несло|разило|[وفب]?(?:ال)?(?:ريح[هة]|رايح[هة]|رائح[هة])(?:\p{L}{1,2})?))\s*[,\u060C](?=\s*(?:like|как|будто|словно|вроде|[وف]?(?:زي|مثل|متل|كان\p{L}*|كأن\p{L}*))(?![\p{L}]))/giu;
/** (session 29, agdev) the same for a gas or fumes and an adjective of pungency after the comma ("выбросило газ, едкий, кислый", "the gas,
 * acrid and sour"): a post-positive adjective in apposition, which the term file's 'газ* едк*' then reads */
const GAS_COMMA_PUNGENT = /(?<=(?<![\p{L}])(?:gas|fumes|vapou?rs?|газ\p{L}*|пар(?:ы|ов)?|[وفب]?(?:ال)?غاز))\s*[,\u060C](?=\s*(?:acrid|pungent|едк\p{L}*|[وف]?(?:لاذع|نفاذ)\p{L}*)(?![\p{L}]))/giu;
// (session 30, agspeed) the same replacements, tried only at the commas (comma-replace.ts; speed only)
const termText = (lower: string): string => (lower.includes(',') || lower.includes('\u060C') ? replaceCommaMatches(replaceCommaMatches(lower, SMELL_COMMA_SIMILE), GAS_COMMA_PUNGENT) : lower);
function termPass(terms: TermIndex | undefined, sameLength: boolean, norm: Norm, text: string, lower: string, scripts: Record<Lang, boolean>, hits: FeatureHit[], statedAbsent: FeatureHit[], postNegated: Set<FeatureHit>): void {
  // Second pass: stemmed terms (term-matcher.ts), where the regex lexicon found nothing for the same feature there.
  if (terms && sameLength) {
    const regexHits = hits.length;
    for (const t of matchTerms(terms, termText(lower), scripts)) {
      if (hits.some((h, i) => i < regexHits && h.feature === t.feature && h.start < t.end && t.start < h.end)) continue;
      if (hits.some((h, i) => i >= regexHits && h.feature === t.feature && h.start <= t.start && t.end <= h.end)) continue;
      const phrase = quoteOriginal(norm, t.start, t.end);
      // (s22 fix2) a vocabulary term whose sentence gives it another sense (an outlook, a language, drowsiness, a grief, an
      // engine, a drink, exercise, an everyday tablet): no sign; only terms of the few families below are tested
      if (TERM_SENSE_FEATURES.has(t.feature) && termOtherSense(t.feature, normaliseText(t.phrase).toLowerCase(), lower.slice(sentenceStart(lower, t.start), sentenceEnd(lower, t.end)), lower, t.start - sentenceStart(lower, t.start), t.end - sentenceStart(lower, t.start))) continue;
      // (session 20, agru) a term opening with its ما ("ما في دخان", a statement of absence) is none where ما is the relative of
      // the news formula 'which caused / led to' ("ما تسبب في انبعاث دخان كثيف": which caused thick smoke), as AR_MA_NEG reads it
      if (
        scripts.ar && testIn(AR_MA_RELATIVE_T, lower.slice(t.start, t.end)) && TERM_OPENS_MA.test(t.phrase) &&
        !(AR_MA_ANY_AFTER.test(lower.slice(t.start, t.end + 20)) || AR_MA_TOPIC_BEFORE.test(lower.slice(Math.max(0, t.start - 40), t.start)))
      )
        continue;
      if (t.absent) {
        hits.push({ feature: t.feature, present: false, phrase, start: t.start, end: t.end });
        statedAbsent.push(hits[hits.length - 1]);
        continue;
      }
      // a statement of absence ("ни облака", "لا غيمة") is not negated again by the list's earlier cue (as the lexicon's
      // selfNegating entries: "ни запаха, ни облака" states both absences; session 10)
      // (session 14, agram) a sign told through the term's own negation ("couldn't see", "не мог дышать", "ما قدر يتنفس") is
      // stated by it: a cue before it is the same or a coordinated negation ("couldn't breathe and couldn't see")
      const termNeg0 = !t.absent && OWN_NEGATION_FEATURES.has(t.feature) && termHoldsNegation(t.phrase) && testIn(GAP_NEGATION_T, lower.slice(t.start, t.end));
      if (termNeg0 && outerDenial(text, t.start)) {
        hits.push({ feature: t.feature, present: false, phrase, start: t.start, end: t.end });
        continue;
      }
      const termNeg = termNeg0;
      const selfStated = termNeg || (SELF_STATED_ABSENCE.has(t.feature) && OPENS_WITH_NEGATION.test(lower.slice(t.start, t.end)));
      // a negation inside the term's span that the term does not itself hold ("pupils weren't small", "зрачки были не
      // узкие") states the sign absent, as the odour phrase's gap does (session 10)
      // a determiner negation inside the span opens a phrase of its own ("eyes burning - no smell" is no burning smell; the
      // "no smell" after it is read by itself; session 12)
      if (testIn(GAP_DETERMINER_T, lower.slice(t.start, t.end)) && !testIn(GAP_DETERMINER_T, normaliseText(t.phrase).toLowerCase())) continue;
      // a verb in the spoken negative circumfix ("ماستفرغوش", "ماكحتش", "مشمتش ريحة كلور") states its sign absent (session 12)
      // (session 16, agpara) unless the term is itself a stated absence opening with its negation ("ما شمينا ريحة" met by "ما
      // شميتش ريحة"): the circumfix is that same negation, not a second one, and the absence is stated
      if (scripts.ar && letterRuns(lower.slice(t.start, t.end)).some((w) => arabicNegatedVerb(w) !== null)) {
        // (session 18, agpara) nor when the term's own words hold the circumfix of an inability ("ما عرفتش أتنفس", "مكنتش قادر أتنفس":
        // I could not breathe): the sign is stated by it, as by "ما قدرت أتنفس", unless a denial before it governs it
        // (session 19, agpara) or its own ما before the participle the circumfix closes ("ما قادر يتنفس" met by "ما قادرينش يتنفسو")
        const ownCircumfix = OWN_NEGATION_FEATURES.has(t.feature) && (letterRuns(normaliseText(t.phrase)).some((w) => arabicNegatedVerb(w) !== null) || TERM_OWN_MA.test(normaliseText(t.phrase)));
        hits.push({ feature: t.feature, present: selfStated || (ownCircumfix && !outerDenial(text, t.start)), phrase, start: t.start, end: t.end });
        continue;
      }
      // (session 18, agpara) a term that holds its own ما ("المي ما يطفيه") keeps it when the account adds كان ("المي ما كانت تطفيه")
      if (!selfStated && (testIn(GAP_NEGATION_T, lower.slice(t.start, t.end)) || (scripts.ar && testIn(GAP_MA_VERB_T, lower.slice(t.start, t.end)) && !maExceptiveAfter(lower, t.end))) && !testIn(GAP_NEGATION_T, normaliseText(t.phrase).toLowerCase()) && !(scripts.ar && TERM_OWN_MA.test(normaliseText(t.phrase)))) {
        hits.push({ feature: t.feature, present: false, phrase, start: t.start, end: t.end });
        continue;
      }
      // (session 14, agram) a negated ability before a verb of seeing, breathing or opening the eyes is the sign itself: "we could
      // not open them", "couldn't breathe and couldn't see", "режет так, что не вдохнуть"
      if (INABILITY_FEATURES.has(t.feature) && ABILITY_VERB.test(lower.slice(t.start, t.end)) && INABILITY_BEFORE.test(lower.slice(Math.max(0, t.start - 24), t.start))) {
        hits.push({ feature: t.feature, present: !outerDenial(text, t.start), phrase: quoteOriginal(norm, t.start, t.end), start: t.start, end: t.end });
        continue;
      }
      const neg = selfStated ? -1 : negationAt(text, t.start, t.end);
      if (neg === -1) hits.push({ feature: t.feature, present: true, phrase, start: t.start, end: t.end });
      else if (neg === -2) {
        const tail = execIn(POST_ABSENT_T, text.slice(t.end, Math.min(clauseEnd(text, t.end), t.end + 60)));
        hits.push({ feature: t.feature, present: false, phrase: quoteOriginal(norm, t.start, t.end + (tail ? tail[0].length : 0)).trim(), start: t.start, end: t.end });
        postNegated.add(hits[hits.length - 1]);
      } else hits.push({ feature: t.feature, present: false, phrase: quoteOriginal(norm, neg, t.end).trim(), start: neg, end: t.end });
    }
    // onset and course words count only beside a sign in the same sentence ("three hours later the first tweets")
    const anchored = ANCHORED;
    for (let i = hits.length - 1; i >= regexHits; i--) {
      const h = hits[i];
      if (!anchored.test(h.feature)) continue;
      const from = sentenceStart(text, h.start);
      const to = sentenceEnd(text, h.end);
      // a death does not anchor an onset ("she died the next morning" times the death, not the first signs)
      const notAnchor = h.feature.startsWith('onset_') ? NOT_ANCHOR_ONSET : NOT_ANCHOR_COURSE;
      // (session 15, agtox) an onset is timed by a sign or an illness word, not by the scene: "the effects were contained that night;
      // the factory has been closed" reads no delayed onset from the factory
      const onset = h.feature.startsWith('onset_');
      if (!hits.some((o) => o !== h && !anchored.test(o.feature) && !notAnchor.test(o.feature) && (!onset || SIGN_ANCHORS.has(o.feature)) && o.start >= from && o.end <= to) && !(onset && ILLNESS_WORD.test(text.slice(from, to)))) hits.splice(i, 1);
      // session 11: a speed word beside a verb of taking to hospital times the response, not the first signs ("the wounded
      // were immediately taken to hospital", "сразу доставили в больницу", "نقل الجرحى فوراً")
      else if (h.feature === 'onset_fast' && respondedAt(text, lower, h.start, h.end)) hits.splice(i, 1);
    }
  }
}
/** (session 24, agnew) cold or fever given as the cause of a shaking: hypothermia, from / with the cold, frozen or chilled through,
 * chills, a fever or a temperature; RU переохлаждение, от / с холода, замёрз, продрог, озноб, знобило, лихорадка, с температурой;
 * AR من البرد, بردان, الحمى, السخونة, انخفاض حرارة الجسم. Closed class; judgment of reading. */
const SHIVER_CAUSE = String.raw`(?:hypotherm\p{L}*|(?:from|with)\s+(?:the\s+)?cold(?![\p{L}])|(?<![\p{L}])chills(?![\p{L}])|(?:with|from)\s+(?:a\s+|the\s+|high\s+)?fever|feverish|переохлажд\p{L}*|(?:от|с)\s+холода|(?<![\p{L}])(?:замёрз|замерз|продрог|озноб|зноби|лихорад)\p{L}*|(?:от|с)\s+(?:высокой\s+)?температур\p{L}*|(?<![\p{L}])من\s+(?:شد[ةه]\s+)?(?:ال)?برد(?![\p{L}])|(?<![\p{L}])بردان\p{L}*|(?<![\p{L}])(?:ال)?(?:حمى|حمي|سخون[ةه])(?![\p{L}])|انخفاض\s+(?:في\s+)?(?:درج[ةه]\s+)?(?:ال)?حرار[ةه])`;
/** (s22 fix2, second review R1-R13, R19-R20) terms of the session's vocabulary that another sense of their sentence takes
 * away: [feature, the term (normalised, lower case), the sentence's word of the other sense, or (keep) a word it needs].
 * Judgment of reading, each from a reviewer's sentence: the outlook or the visibility (الرؤية) needs an eye or a person;
 * speaking with difficulty a language or from weeping; eyes closing from tiredness; eyelids dropping from sleepiness;
 * sight failing with age; speech broken on air; a dry mouth from fear or fasting; a soul sick of news; the disgust idiom;
 * a sputtering engine; a drink's fuzziness; muscles twitching after exercise; calcium as a tablet, for the bones, in
 * pregnancy or for potassium. */
const TERM_SENSE: readonly (readonly [feature: string, term: RegExp, refuse: RegExp | null, need?: RegExp | null, local?: boolean])[] = [
  ['blurred_vision', /(?:وضوح|واضح)/u, /(?<![\p{L}])(?:بشان|حول|حتي|حتى|الان|مستقبل|المفاوضات|السياسي\p{L}*|بسبب|العاصف\p{L}*|عاصف\p{L}*|الغبار|غبار|الضباب|ضباب|الطقس|المطر)(?![\p{L}])/u, /(?:عين|عيون|نظر|بصر|عنده|عندي|عندها|عندهم|لديه|لدي|لديها|لديهم|المصاب|مصاب|الجرحي|الجرحى|اشتك|يشتك|شكا|شكوي|شكوى|الجنود|الاطفال|المرضي|المرضى|الناس|السكان)/u],
  ['dysphagia_dysarthria', /بصعوب/u, /(?:العربي|الانجليزي|الانكليزي|الروسي|الفرنسي|التركي|الكردي|الالماني|اللغ|لغ[ةه]|من\s+شد[ةه]|من\s+البكاء|من\s+الخوف|من\s+الحزن|من\s+القهر|من\s+التعب)/u],
  ['blepharospasm', /(?:сами\s+закрыва|разлепить)/u, /(?<![\p{L}])(?:устал\p{L}*|усталост\p{L}*|спать|сон|сна|сонн\p{L}*|смен\p{L}*|утром|недосып\p{L}*|выспал\p{L}*|ночь\p{L}*)(?![\p{L}])/u],
  ['ptosis', /جفون/u, /(?:نعاس|النعاس|نوم|النوم|تعب|التعب|نعسان|سهر)/u],
  ['blurred_vision', /(?:снижени|ухудшени)\p{L}*\s+зрени/u, /(?:с\s+возрастом|с\s+годами|у\s+детей|пенсионер|пожил|хроническ|гаджет|возраст|очк[иов])/u],
  ['dysphagia_dysarthria', /нарушени\p{L}*\s+речи/u, /(?:в\s+эфире|эфир|сбо[йяю]|трансляц|микрофон|связ[иь])/u],
  ['dry_mouth', /(?:во\s+рту\s+сухо|ناشف)/u, /(?:от\s+страха|от\s+волнени|от\s+жажды|пост[ауе]?(?![\p{L}])|صايم|صيام|الصيام|رمضان|العطش|عطش|خوف|الخوف)/u],
  ['nausea', /(?:لاعت|غام[ةه])/u, /(?:من\s+(?:كثر[ةه]\s+)?(?:ال)?(?:خبر|اخبار|كلام|حكي)|سمعت|خبر|وفا[ةه])/u],
  ['nausea', /thr(?:ow|ew)/u, /(?<![\p{L}])(?:made|makes|make|making)\s+(?:me|us|him|her|them|you)\s+(?:\p{L}+\s+)?(?:want|wanna)/u],
  ['vomiting', /thr(?:ow|ew)/u, /(?<![\p{L}])(?:made|makes|make|making)\s+(?:me|us|him|her|them|you)\s+(?:\p{L}+\s+)?(?:want|wanna)/u],
  ['cough', /يكحكح|كحكح/u, /(?:موتور|محرك|السيار[ةه]|سيار[ةه]|الماكين[ةه]|ماكين[ةه]|الباص|المولد[ةه]?)/u],
  ['blurred_vision', /fuzzy/u, /(?<![\p{L}])(?:vodka|drinks?|drinking|drank|drunk|beers?|alcohol|wine|whisk(?:e)?y|pills?|shots?|booze)(?![\p{L}])/u],
  ['fasciculations', /подрагива/u, /(?:тренировк|нагрузк|от\s+холода|от\s+усталости|холод|спортзал|пробежк)/u],
  // (session 23, agnone) a tremor or a shaking of a thing, not of a body: the earth's tremor, windows, glass, walls or a house that
  // shook or trembled at a blast ('an earth tremor', 'الشبابيك ترجفت', 'ارتجف البيت'); the thing next to the verb (before it, or
  // after it as its subject), so a sentence with both ('the windows shook and his hands were trembling') keeps the body's.
  // Judgment of reading (development: a quarry blast's windows that trembled read as nerve-agent twitching)
  // (s23 fixrev, review-s23 R16) the thing's refusal holds only for the term it touches (local: a span check, not the sentence), so
  // 'ارتجف البيت ... وصار الولد يرتجف' keeps the boy's tremor in Arabic as in English
  ['fasciculations', /(?:tremor|quiver)/u, /(?<![\p{L}])(?:(?:earth|ground|seismic)\s+tremors?|(?:windows?|glass|panes?|ground|earth|walls?|house|building|floor|doors?)\s+(?:(?:was|were|began|started|kept)\s+)?(?:quiver\p{L}*|tremor))/u, null, true],
  ['fasciculations', /(?:رجف|رتجف|رتعش|رعش)/u, /(?:(?<![\p{L}])[وف]?(?:ال)?(?:شبابيك|شباك|نوافذ|نافذ[ةه]|زجاج|قزاز|بيت|بيوت|ارض|حيطان|حيط|جدران|جدار|ابواب|باب|مبني|عمار[ةه]|بناي[ةه]|سقف|بلور)(?![\p{L}])\s+(?:\p{L}+\s+)?[وف]?(?:ت|ي|ا)?(?:رجف|رتجف|رتعش|رعش)\p{L}*|(?:رجف|رتجف|رتعش|رعش)\p{L}*\s+(?:\p{L}+\s+)?(?:ال)?(?:شبابيك|شباك|نوافذ|نافذ[ةه]|زجاج|قزاز|بيت|بيوت|ارض|حيطان|جدران|ابواب|مبني|عمار[ةه]|بناي[ةه]|سقف|بلور)(?![\p{L}]))/u, null, true],
  // (session 24, agnew) shaking or trembling in a sentence that gives cold or fever as its cause (hypothermia, 'от холода', a chill
  // or fever, 'من البرد', الحمى) is shivering, the body making heat (the chills of a fever or of a cold soaking), not the
  // twitching of muscle fibres a nerve agent causes: the Russian and Arabic shake and tremble terms of the term file (тряс-, дрож-,
  // رجف, رتعش). The cause must be told as one ('from the cold', 'переохлаждение', 'с температурой', 'بردان'): a cold night or a
  // cold room named beside the tremor is not. Judgment of reading (development: a man pulled from under river ice, shaking all
  // over, read as a nerve agent)
  ['fasciculations', /(?:тряс|трясл|дрож|رجف|رتجف|رتعش|رعش)/u, new RegExp(SHIVER_CAUSE, 'u')],
  // (s23 fixrev, review-s23 R4/R5) the term file's peeling skin with another cause in its sentence (the sun, the beach, the cold,
  // a detergent, a graft: feature-lexicon.ts PEEL_CAUSE) is desquamation, no blister
  ['delayed_blisters', /(?:peel|slough|came\s+away|coming\s+off|تقشر|يتقشر|انسلخ|انسلاخ|تقلع|تسلخ)/u, new RegExp(PEEL_CAUSE, 'u')],
  // (s23 fixrev, review-s23 R17) the term file's fractures in a sentence of resuscitation (CPR, chest compressions, реанимация,
  // إنعاش): the ribs broken by compressions, an iatrogenic finding, not a blast or a fall
  ['trauma_injuries', /(?:fractur|broke|crack|перелом|слом|كسر|كسور)/u, /(?:(?<![\p{L}])cpr|chest\s+compressions?|resuscitat\p{L}*|реанимац\p{L}*|реанимир\p{L}*|непрям\p{L}*\s+массаж\p{L}*|массаж\p{L}*\s+сердца|انعاش)/u],
  // (s23 fixrev, review-s23 R7) the term file's 'trawlermen hauled' needs a munition, container or agent word in its sentence: trawlermen
  // who hauled up their nets, with nothing dumped in them, found no old materiel
  ['old_munition_found', /trawlermen\s+hauled/u, null, /(?:shell|bomb|munition|ordnance|barrel|drum|canister|container|cylinder|mine(?:s)?(?![\p{L}])|projectile|mustard|yperite|lump|chemical|gas|weapon|rust|corrod)/u],
  // (session 30, agdev) the term file's 'прошло' (it passed: relief) where it tells time that passed ('прошло часа четыре, и глаза
  // заболели', 'прошли сутки'): a time unit right after it, not followed by через / спустя ('прошло часа через два' is relief after a
  // time); local to the term's span. Judgment of reading
  ['recovery_fresh_air', /прош/u, /(?<![\p{L}])(?:прошл[оиа]?|прош[её]л)\s+(?:(?:уже|ещё|еще|почти|около|несколько|пара|пару|два|две|три|четыре|пять|шесть|\d+)\s+){0,2}(?:час(?:а|ов)?|сутки|суток|полдня|полсуток|день|дня|дней|минут\p{L}*|недел\p{L}*)(?![\p{L}])(?!\s+(?:\p{L}+\s+)?(?:через|спустя))/u, null, true],
  ['antidote_calcium', /./u, /(?<![\p{L}])(?:таблет\p{L}*|пил|пила|пили|выпил\p{L}*|аллерги\p{L}*|витамин\p{L}*|кост\p{L}*|беремен\p{L}*|bones?|osteopor\p{L}*|pregnan\p{L}*|potassium|hyperkal\p{L}*|tablets?|pills?|supplements?|vitamins?|الحامل|حامل|الحمل|حمل|عظام|العظام|هشاش\p{L}*|البوتاسيوم|بوتاسيوم|حبوب|فيتامين\p{L}*)(?![\p{L}])/u],
];
const TERM_SENSE_FEATURES = new Set(TERM_SENSE.map((e) => e[0]));
/** (s22 fix2, second review R20) calcium injections are the antidote only in an account of a burn, an acid, the skin, a
 * finger or a hand (a gel or the clinical name is read as before) */
const CALCIUM_INJECTION = /(?:inject|shot|укол|инъекц|колол|обкалыва|ابر|حقن)/u;
const CALCIUM_BURN_ACCOUNT = /(?:burn|acid|hydrofluor|skin|finger|hand|ожог|обожж|кислот|плавик|кож|палец|пальц|рук|кист|حرق|حروق|حمض|جلد|اصبع|اصابع|فلور|ايد|يد)/u;
const TERM_SENSE_LOCAL = new Map(TERM_SENSE.filter((e) => e[4] && e[2]).map((e) => [e[2]!, new RegExp(e[2]!.source, 'gu')]));
/** (s23 fixrev) whether a refusal's match overlaps the term's span [a, b) in its sentence */
function refusedAt(refuse: RegExp, sentence: string, a: number, b: number): boolean {
  const g = TERM_SENSE_LOCAL.get(refuse)!;
  g.lastIndex = 0;
  for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
    if (m.index < b && a < m.index + m[0].length) return true;
    if (m[0].length === 0) g.lastIndex++;
  }
  return false;
}
function termOtherSense(feature: string, term: string, sentence: string, account: string, termAt = 0, termEnd = sentence.length): boolean {
  for (const [f, t, refuse, need, local] of TERM_SENSE) {
    if (f !== feature || !t.test(term)) continue;
    if (refuse && (local ? refusedAt(refuse, sentence, termAt, termEnd) : refuse.test(sentence))) return true;
    if (need && !need.test(sentence)) return true;
  }
  return feature === 'antidote_calcium' && CALCIUM_INJECTION.test(term) && !CALCIUM_BURN_ACCOUNT.test(account);
}
/** Session 19 (agpara): an inability to swallow (a modal of ability denied before the verb). */
const CANNOT_SWALLOW = /(?:could\s*n[o']?t|couldn't|can't|cannot|can\s+not|unable\s+to|не\s+(?:мог|могл|может|могу|в\s+силах)\p{L}*|[وف]?(?:ما|مش|مو)\s+(?:\p{L}+\s+)?(?:قدر|قادر|يقدر|قدرت|بقدر)\p{L}*)\s+(?:\p{L}+\s+)?(?:swallow|глот|проглот|[يتن]?بلع|ابلع)/iu;
/** Session 21 (agnew): a solid thing's noun (a lump, piece, chunk, stone, crystal, pellet, wax; кусок, комок, камень; قطعة, حجر,
 * كتلة) inside a cloud colour's span: the colour is the thing's. Not powder or dust, which make clouds of their own. */
const SOLID_IN_CLOUD = /(?<![\p{L}])(?:lumps?|pieces?|chunks?|stones?|rocks?|crystals?|pellets?|granules?|tablets?|blocks?|bricks?|wax|waxy|кус(?:ок|ка|ки|ком|очек|очки|очка)|комо?к(?:и|а|ом)?|камн\p{L}*|камень|кристалл\p{L}*|таблет\p{L}*|гранул\p{L}*|[وفب]?(?:ال)?(?:قطعة|قطع|حجر|حجارة|كتلة|كتل|حبة|حبات))(?![\p{L}])/iu;
/** Session 19 (agpara): a re-flaring burning (burning_particles' re-ignition terms) and water, a shower or washing before it in its
 * sentence. */
const REFLARE = /(?:flare|re-?ignit|again|снова|опять|вновь|من\s+جديد|رجع|عاد)/iu;
const WATER_BEFORE = /(?<![\p{L}])(?:showers?|showered|showering|bath|bathed|washed|washing|wash|rinsed|rinsing|water|wet|душ\p{L}*|ванн\p{L}*|вод[аыуеой]|водой|мыл\p{L}*|помыл\p{L}*|умыл\p{L}*|умыва\p{L}*|промыва\p{L}*|промыл\p{L}*|[وفب]?(?:ال)?(?:دوش|حمام|مي|مية|ماء|مياه)|[وف]?(?:غسل\p{L}*|تحمم\p{L}*|استحم\p{L}*|اتحمم\p{L}*))(?![\p{L}])/iu;
/** ... unless a dressing, drying or the air comes between (the wet dressing taken off, the water dried: white phosphorus's own
 * re-ignition in air) */
const AIR_BETWEEN = /(?:dressing|bandage|gauze|dried|dry|drying|air|off|removed|повязк|бинт|марл|высох|высых|сух|воздух|снял|сняли|ضماد|شاش|نشف|جف|هوا|شال|شلنا|فك)/iu;
/** (session 20, agru) a re-flare told as the part came out of the water (white phosphorus burning again in air: the lexicon's
 * out-of-water entry) is no washing's re-flare, whatever water stands before it */
const OUT_OF_WATER = /(?:из\s+воды|out\s+of\s+(?:the\s+)?water|من\s+(?:ال)?(?:مي|مية|ميه|ماء|مياه|موية)(?![\p{L}]))/iu;
/** (session 22, agnew) the re-flare told as the part was taken out ("smoked again when I pulled it out", "снова задымилось, когда
 * вынул руку", "رجعت دخنت لما طلعت ايدي"): out of the water into the air, white phosphorus's re-ignition (nrc-smokes-1999), as
 * OUT_OF_WATER says it with the water named; a verb of taking out (EN with its 'out') in the clause after the re-flare */
const TAKEN_OUT_AFTER = /^[^.!?;\n]{0,24}?(?<![\p{L}])(?:(?:pulled|pull|took|take|lifted|lift|drew|draw|brought|fished)\s+(?:\p{L}+\s+){0,2}?out(?![\p{L}])|(?:вынул|вынула|вынули|вытащил|вытащила|вытащили|достал|достала|достали|вынимал\p{L}*|вытаскивал\p{L}*)(?![\p{L}])|(?:طلعت|طلعنا|طلعها|طلعتها|طلعناها|شلت|شلتها|شلنا|سحبت|سحبتها|سحبنا)(?![\p{L}]))/iu;
function waterReflare(before: string, after: string): boolean {
  if (TAKEN_OUT_AFTER.test(after)) return false;
  const m = WATER_BEFORE.exec(before);
  return (m !== null && !AIR_BETWEEN.test(before.slice(m.index))) || WATER_OCCASION_AFTER.test(after);
}
/** Session 19 (agpara): the Russian topic of a denied telling: a sign in the list after про / о / об that the clause's own verb of
 * telling, denied, closes ("Про газ, глаза или кашель никто не говорил", "О кашле он не жаловался", "про рвоту и речи не было"): nobody
 * told it, as the English "nobody mentioned coughing" and the Arabic "ما حدا حكى عن كحة" already read. The list runs from the
 * preposition to the verb without a clause mark (. ; ! ? dash) and the verb's negation stands after it; judgment of reading. */
const RU_TOPIC_DENIED_PRE = /(?:никто|не\s+(?:говор|упомина|упомяну|жалова|рассказ|сообща|вспомина|писа|заика)|речи\s+не)/iu;
const RU_TOPIC_BEFORE = /(?<![\p{L}])(?:про|о|об|обо)\s+[^.;!?\u2014\n]{0,60}$/iu;
const RU_TOPIC_DENIED_AFTER = /^[^.;!?\u2014\n]{0,60}?(?<![\p{L}])(?:(?:никто|никого|никому|мы|они|он|она|врачи|медики|люди|мне|нам|им)\s+(?:\p{L}+\s+)?)?(?:даже\s+)?(?:не\s+(?:говор|упомина|упомяну|жалова|рассказ|сообща|вспомина|писа|заика)\p{L}*|(?:и\s+)?речи\s+не\s+(?:было|шло))/iu;
/** (session 19, fixag1: review-s19 R26) an affirmed verb of telling right before the preposition (no не before it), and the clause
 * stop of the after-window; judgment of reading */
const RU_TOPIC_TOLD_BEFORE = /(?<![\p{L}])(?<!не\s)(?:сообщ|рассказ|говор|жалова|писа|упомя|упомина|расска|доложи|предупрежда|предупреди|заяви)\p{L}*(?:ся)?\s+(?:\p{L}+\s+){0,2}$/iu;
const RU_TOPIC_CLAUSE_STOP = /,\s*(?:но|хотя|а|однако|зато|пусть|когда|потому|так\s+как|поскольку|если|где|что|который|которая|которые|которого)(?![\p{L}])/iu;
/** Session 23 (agfix): a secretion told as less than usual ("reduced salivation", "decreased sweating", "absent tearing", "сниженное
 * слюноотделение", "قلة اللعاب", "نقص التعرق") is not the excess the feature means (hypersalivation, lacrimation, sweating, rhinorrhoea:
 * the cholinergic and irritant excess); the reduced secretion is the anticholinergic picture (HPO Xerostomia's synonym "Reduced
 * salivation", HP:0000217), so the excess is read absent. A modifier of decrease right before the sign (with of / the / in); not when
 * a treatment or a later time follows in its clause ("reduced salivation after atropine", "уменьшение слюнотечения на фоне
 * атропина": the excess was there and was treated), and not a predicate after the sign ("salivation was reduced" is as often the
 * treated excess). Closed classes, judgment of reading. */
const SECRETION_FEATURES = new Set(['hypersalivation', 'lacrimation', 'sweating', 'rhinorrhoea']);
const isPresentSecretion = (h: FeatureHit) => h.present && SECRETION_FEATURES.has(h.feature);
const DECREASE_PRE = /reduc|decreas|diminish|less|little|low|absent|lack|minimal|scant|уменьш|сниж|пониж|слаб|قل|نقص|انخفاض|ضعف/iu;
const DECREASE_BEFORE = /(?<![\p{L}])(?:reduced|decreased|diminished|less|(?<!(?<![\p{L}])a\s)little|lowered|low|absent|lack\s+of|lacking|minimal|scant|scanty|уменьшени\p{L}*|уменьшенн\p{L}*|снижени\p{L}*|сниженн\p{L}*|понижени\p{L}*|пониженн\p{L}*|[وب]?(?:ال)?(?:قلة|قله|نقص|انخفاض|ضعف))\s+(?:(?:of|the|in)\s+)?$/iu;
const DECREASE_TREATED_AFTER = /^[^.;!?\n]{0,48}?(?<![\p{L}])(?:after|following|once|atropine|treat\p{L}*|therap\p{L}*|antidote\p{L}*|после|на\s+фоне|атропин\p{L}*|лечени\p{L}*|[وف]?(?:بعد|اتروبين|الاتروبين|علاج|العلاج))(?![\p{L}])/iu;
function absencePass(norm: Norm, text: string, hits: FeatureHit[], postNegated: Set<FeatureHit>): void {
  if (hits.some(isPresentSecretion) && DECREASE_PRE.test(text))
    for (const h of hits) {
      if (!h.present || !SECRETION_FEATURES.has(h.feature)) continue;
      const b = DECREASE_BEFORE.exec(text.slice(Math.max(0, h.start - 32), h.start));
      if (!b || DECREASE_TREATED_AFTER.test(text.slice(h.end, h.end + 64))) continue;
      h.present = false;
      h.phrase = quoteOriginal(norm, h.start - b[0].length, h.end).trim();
    }
  if (RU_TOPIC_DENIED_PRE.test(text) && /[\u0400-\u04FF]/u.test(text))
    for (const h of hits) {
      if (!h.present || !CLINICAL_SIGNS.has(h.feature)) continue;
      const bm = RU_TOPIC_BEFORE.exec(text.slice(Math.max(0, h.start - 60), h.start));
      // the list before the sign holds no verb of its own (a past tense in -л), so the preposition governs it
      if (!bm || /(?<![\p{L}])\p{L}{2,}(?:л|ла|ло|ли)(?![\p{L}])/iu.test(bm[0])) continue;
      // (session 19, fixag1: review-s19 R26) the preposition governed by an affirmed verb of telling ('Медики сообщили о сужении
      // зрачков ...') is that verb's topic, told; and the denied telling must be the list's own clause: the window stops at a comma
      // before a conjunction or a subordinator (', хотя никто не говорил о газе', ', но никто не говорил о запахе')
      const pre = text.slice(Math.max(0, h.start - 60 - 40), Math.max(0, h.start - 60) + bm.index);
      if (RU_TOPIC_TOLD_BEFORE.test(pre)) continue;
      const after = text.slice(h.end, h.end + 60);
      const stop = RU_TOPIC_CLAUSE_STOP.exec(after);
      if (RU_TOPIC_DENIED_AFTER.test(stop ? after.slice(0, stop.index) : after)) h.present = false;
    }
  // A postposed absence reaches back over the list it closes ("Miosis, sweating and fasciculations were absent", "Тошноты,
  // рвоты, судорог не было", "Cough, vomiting, and seizures were not observed"): a present hit joined only by a list
  // separator to a hit the absence after it denied is denied too (session 12, agprobe).
  if (postNegated.size) chainPostNegation(text, hits, postNegated);
  // "Miosis: none", "Seizures - nil", "Судороги: нет", "التشنجات: لا": a sign with a dash or colon and a word of absence
  if (FIELD_NONE_PRE.test(text)) {
    const dashTopic = new Set<FeatureHit>();
    const dashList = DASH_LIST_NONE_PRE.test(text);
    for (const h of hits) {
      let m = h.present ? execIn(FIELD_NONE_T, text.slice(h.end, h.end + 24)) : null;
      // (a sign told by a finite verb is a clause of its own, not an item: 'his eyes burned, the doctors - nothing')
      if (!m && h.present && dashList && !(VERB_FORM_HEAD.test(h.phrase) && !SOFT_NOUN_HEAD.test(h.phrase))) {
        m = DASH_LIST_NONE.exec(text.slice(h.end, h.end + 90));
        if (m && DASH_LIST_VERB.test(m[0])) m = null;
      }
      if (!m) continue;
      h.present = false;
      h.phrase = quoteOriginal(norm, h.start, h.end + m[0].length).trim();
      // (session 13, agram) any word of absence after a dash closes the list before it, as нет does: "Nausea and seizures — none",
      // "الغثيان والتشنجات — لا", "Слезотечение, насморк — не отмечались" (a colon field is one item: "Cough: yes; vomiting: no")
      if (DASH_TOPIC_NET.test(m[0]) || /^\s*[\-\u2013\u2014]/u.test(m[0])) dashTopic.add(h);
    }
    // the Russian "A и B — нет" comments on the whole list before its dash (session 12, fix2ag)
    if (dashTopic.size) chainPostNegation(text, hits, dashTopic);
  }
}
/** Session 17 (agpara): what people shouted ("кричали, что газ пустили", "people were shouting that gas had been let off", "صاروا
 * يصرخوا إنو في غاز") is their cry, not what the speaker saw: a scene whose vector lies inside the content of a verb of shouting,
 * and whose actor or setting lies before that verb, outside it ("Полицейские стояли у входа, люди кричали, что газ пустили"), joins
 * two clauses no one tied together. An actor inside the content ("shouted that the police had fired gas") keeps the scene.
 * Judgment of reading, closed class. */
const SHOUT_THAT = /(?<![\p{L}])(?:shout\p{L}*|scream\p{L}*|yell\p{L}*|cried\s+out|crying\s+out|кричал\p{L}*|кричат|крикнул\p{L}*|закричал\p{L}*|орал\p{L}*|орут|вопил\p{L}*|[وف]?(?:صرخ\p{L}*|يصرخ\p{L}*|صاح\p{L}*|يصيح\p{L}*|يصيحوا|ينادي\p{L}*|نادى|نادوا))\s*[,\u060C:]?\s*(?:that|что|будто|[وف]?(?:ان|انو|انه|بان))(?![\p{L}])/giu;
/** a smoke alarm or detector (fire_smoke's term, knowledge/agent-terms.yaml): its denial is the alarm's (session 19, aginc) */
const SMOKE_ALARM = /smoke\s+(?:alarm|detector)/;
/** (session 19, fixag2; review R20) what sets a smoke alarm off without a fire: a spray, an aerosol, a deodorant, steam, vaping,
 * a gas; and the words of a fire itself, which keep the alarm's reading (judgment of reading, closed class) */
const ALARM_NOT_FIRE = /(?<![\p{L}])(?:spray\p{L}*|aerosols?|deodorants?|hairspray|air\s+fresheners?|perfume|steam|vap(?:e|es|ing)|gas|fumes|dust|insecticide|fogger|bug\s+bomb)(?![\p{L}])/u;
const FIRE_WORD = /(?<![\p{L}])(?:fires?|blaze|flames?|burning|burnt|burned|ablaze|caught\s+fire|on\s+fire)(?![\p{L}])/u;
/** (session 19, fixag2; review R29) the official 'within the limits' formula (ниже ПДК, в пределах ПДК/нормы, ضمن الحدود المسموح):
 * after a fall told before it in its sentence (опустилась, снизилась, к вечеру; عادت, انخفضت, بعد ساعات) it is a leak that has
 * passed, and beside an exceedance told as a fact in the account (превышала ПДК, تجاوزت الحدود) it is another site: neither is
 * nothing detected. Judgment of reading, closed class */
/** (session 22, fixag: review-s22 R14, R15) the Arabic 'take a breath' term ending in نفس before a definite noun is 'the same' ('ما قدر
 * ياخذ نفس الطريق': could not take the same road; a time of day after it, الصبح, الليل, is no such noun); 'breath short' (نفسي قصير) is also 'impatient' ('أنا نفسي قصير ما بقدر استنى'):
 * read only with a breathing or illness word in its sentence, or a 'since' phrase of time with no word of waiting or patience */
const AR_SAME_NOUN_AFTER = /^\s+(?!(?:الصبح|الصباح|الليل|المسا|المساء|الظهر|الضهر|اليوم|العصر|الفجر)(?![\p{L}]))(?:ال|هال)\p{L}/u;
const AR_SHORT_BREATH = /نفس\p{L}{0,3}\s+قصير/u;
const AR_BREATH_ILL = /(?<![\p{L}])[وفبل]?(?:ال)?(?:تنفس\p{L}*|يتنفس\p{L}*|صدر\p{L}*|سعال|كح\p{L}*|يكح\p{L}*|اختناق|ربو|اكسجين|اوكسجين|غاز|ريحة|رائحة|دخان|تعب\p{L}*|مرض\p{L}*|مريض\p{L}*|دكتور|طبيب|مستشفى|مشفى|قصف|ضربة|الضربة|انفجار|وجع|الم)(?![\p{L}])/u;
const AR_SINCE_TIME = /(?<![\p{L}])من\s+(?:\p{L}+\s+)?(?:ليلة|ليله|امس|مبارح|البارحة|يوم|ايام|ساعة|ساعه|ساعات|الصبح|الصباح|اسبوع|جمعة|القصف|الضربة|الانفجار)(?![\p{L}])/u;
const AR_PATIENCE = /(?<![\p{L}])[وفبل]?(?:استنى|استنا|نستنى|يستنى|انتظر\p{L}*|ينتظر\p{L}*|اصبر|صبر\p{L}*|طابور|بالطابور|الطابور|دور|بتحمل|اتحمل|يتحمل|تحمل|زهق\p{L}*|بزهق|ملل|عصبي\p{L}*|اعصاب\p{L}*)(?![\p{L}])/u;
/** (session 22, fixag: review-s22 R16, R17) the Arabic meal told by its time (بعد الفطور / بعد الفطار) times anything, the shelling too
 * ('سقطت القذائف بعد الفطور مباشرة'): read only with a word of falling ill from food in its sentence (تعب, مرض, بطن, استفرغ, اسهال,
 * صار معنا); انطبخ ('was cooked', also 'was cooked up', a plan) only with a food noun within two words */
const AR_MEAL_TIME = /^(?:بعد\s+(?:ال)?(?:فطور|فطار))/u;
const AR_FOOD_ILL = /(?<![\p{L}])[وفبل]?(?:ال)?(?:تعب\p{L}*|مرض\p{L}*|مريض\p{L}*|بطن\p{L}*|بطون\p{L}*|معد\p{L}*|استفرغ\p{L}*|استفراغ|تقيؤ|تقيا\p{L}*|قيء|اسهال|غثيان|دوخة|دوار|تسمم\p{L}*|مغص|وجع\p{L}*|صار\s+مع\p{L}*|بلش\p{L}*\s+(?:\p{L}+\s+)?(?:يستفرغ|يتقيا|وجع|مغص|اسهال))(?![\p{L}])/u;
const AR_COOKED = /^انطبخ/u;
const AR_FOOD_NOUN = String.raw`[وفبل]?(?:ال)?(?:اكل|اكله|اكلة|طعام|رز|ارز|لحم|لحمة|مرق|مرقة|شوربة|شوربه|طبيخ|طبخة|طبخه|دجاج|جاج|فروج|فول|عدس|خضار|خضرة|فاصوليا|ملوخية|كبسة|مقلوبة|برغل|سمك|حليب|بيض|غدا|غداء|عشا|عشاء|فطور|فطار|وجبة|وجبه|محشي|فطر|كبة|مجدرة|منسف)`;
const AR_FOOD_BEFORE = new RegExp(String.raw`(?<![\p{L}])${AR_FOOD_NOUN}\s+(?:\p{L}+\s+)?$`, 'u');
const AR_FOOD_AFTER = new RegExp(String.raw`^\s+(?:\p{L}+\s+)?${AR_FOOD_NOUN}(?![\p{L}])`, 'u');
/** (session 22, fixag: review-s22 R4) a later test or an expert body that confirmed, identified or found the agent after a contrast in
 * the sentence of a first measurement's 'no toxic chemicals' ('Initial samples showed no toxic chemicals, but OPCW tests a week later
 * confirmed sarin'): the first finding was superseded; a contrast word, then a test, sample, laboratory or 'later' word, then a verb of
 * confirming or finding in its sentence (not 'but residents were evacuated', 'but doctors found burns': no test word) */
const NO_AGENT_SUPERSEDED = /(?<![\p{L}])(?:but|however|yet|although|though|whereas|но|однако|а\s+позже|لكن|لكنه|لكنها|غير\s+ان|الا\s+ان)(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:later|subsequent\p{L}*|further|second|tests?|samples?|analys[ie]s|laborator\p{L}*|lab|labs|opcw|experts?|investigators?|позже|позднее|впоследствии|повторн\p{L}*|анализ\p{L}*|проб\p{L}*|лаборатор\p{L}*|экспертиз\p{L}*|لاحقا|فحوص\p{L}*|تحاليل|تحليل|عينات|مختبر\p{L}*)(?![\p{L}])[^.;!?]{0,60}?(?<![\p{L}])(?:confirmed|confirm|identified|detected|found|revealed|showed|established|tested\s+positive|подтвердил\p{L}*|подтверди\p{L}*|обнаружил\p{L}*|выявил\p{L}*|установил\p{L}*|показал\p{L}*|[وف]?(?:اكدت|اكد|اثبتت|اثبت|كشفت|عثر\p{L}*|رصدت|رصد|اظهرت|بينت))(?![\p{L}])/u;
/** (session 22, fixag: review-s22 R7) a party's claim, not the measurement register: a verb of claiming or insisting, or a state party
 * that 'said', before the phrase in its clause ('Russia claimed no chemical agents were found in Douma'); an official 'said' of a fire
 * brigade or a health office is the register itself and stays */
const NO_AGENT_CLAIMED = /(?<![\p{L}])(?:claim(?:ed|s|ing)?|insist(?:ed|s|ing)?|alleg(?:ed|es|ing)|assert(?:ed|s|ing)|maintain(?:ed|s)|contend(?:ed|s)|(?:russia|russian\s+(?:officials?|authorities|military|government|ministry)|moscow|the\s+kremlin|syria|syrian\s+(?:officials?|authorities|government|state\s+media)|damascus|the\s+regime|state\s+media)\s+(?:has\s+|had\s+)?(?:said|says|stated|told)|утвержда\p{L}*|настаива\p{L}*|заверя\p{L}*|[وف]?(?:زعم\p{L}*|ادع\p{L}*|تزعم|يزعم))(?![\p{L}])[^.;!?]{0,80}$/u;
const LIMIT_FORMULA = /ниже\s+пдк|в\s+пределах|ضمن\s+(?:ال)?(?:حدود|معدلات|مستويات|نسب)/u;
const FELL_BEFORE = /(?<![\p{L}])(?:опустил\p{L}*|снизил\p{L}*|снизи\p{L}*|понизил\p{L}*|вернул\p{L}*|упал\p{L}*|нормализ\p{L}*|к\s+(?:вечеру|утру|ночи|обеду)|спустя|через\s+(?:\p{L}+\s+)?(?:час|часа|часов|минут)|[وف]?(?:عاد|عادت|انخفض|انخفضت|تراجع|تراجعت|هبط|هبطت)|بعد\s+(?:ساع|ساعة|ساعات|ساعتين))(?![\p{L}])/u;
const EXCEEDED = /(?<![\p{L}])(?<!(?:не|ни|لم|لا|ما)\s+)(?:превыша(?:л|ла|ли|ло|ет|ют|ющ\p{L}*)|превысил\p{L}*|превысила|[وف]?(?:تجاوز|تجاوزت|تتجاوز|يتجاوز|فاق|فاقت|تخطت|تخطى))(?![\p{L}])/u;
function smokeAlarmNotFire(text: string, lower: string, start: number, end: number): boolean {
  const sentence = lower.slice(sentenceStart(text, start), sentenceEnd(text, end));
  return ALARM_NOT_FIRE.test(sentence) && !FIRE_WORD.test(sentence);
}
function shoutedApart(lower: string, vStart: number, otherStart: number): boolean {
  if (otherStart > vStart) return false;
  const s0 = Math.max(0, otherStart);
  SHOUT_THAT.lastIndex = s0;
  let m: RegExpExecArray | null;
  while ((m = SHOUT_THAT.exec(lower)) && m.index < vStart) if (m.index > otherStart && !/[.!?\n\u061F]/u.test(lower.slice(m.index, vStart))) return true;
  return false;
}
function scenePass(withScene: boolean, sameLength: boolean, norm: Norm, text: string, lower: string, scripts: Record<Lang, boolean>, hits: FeatureHit[]): void {
  // Scene grammar (scene-grammar.ts): a setting, actor and vector that meet name a context feature the lexicon did not
  // read in this account ("tear gas at the rally" is read above; "police ... a strange gas" and "workers weeding in the
  // field ... clothes wet" here). The vector word takes the negation check.
  // (opts.scene false skips it: to measure its cost beside the rest, speed work only)
  if (sameLength && withScene) {
    for (const s of sceneHits(lower, scripts)) {
      if (hits.some((h) => h.feature === s.feature)) continue;
      // a spray at the crowd already read as a spray is one delivery, told once
      if (s.feature === 'delivery_police_canister' && hits.some((h) => h.feature === 'delivery_spray_face' && h.present)) continue;
      const from = Math.min(s.start, s.otherStart);
      const to = Math.max(s.end, s.otherEnd);
      const phrase = s.otherStart < s.start ? `${quoteOriginal(norm, s.otherStart, s.otherEnd)} … ${quoteOriginal(norm, s.start, s.end)}` : `${quoteOriginal(norm, s.start, s.end)} … ${quoteOriginal(norm, s.otherStart, s.otherEnd)}`;
      if (negationAt(text, s.start, s.end) !== -1) continue;
      if (shoutedApart(lower, s.start, s.otherStart)) continue;
      hits.push({ feature: s.feature, present: true, phrase, start: from, end: to });
    }
  }
  // (session 16, agpara, review R33) a police dispersal told with an irritant's sign in its sentence or the next ("The police
  // dispersed the crowd and our eyes were burning", "Полиция разогнала митинг, у всех слезились глаза", "فرّقت الشرطة التجمع
  // وصرنا نسعل") is the crowd-control gas: session 15 (agnone) took the dispersal alone off the term list (batons, arrests and
  // water also disperse), but eyes, tears, coughing or a burning throat beside it are the irritant's (cdc-riot; haar-2017).
  if (hits.length && plainIn(DISPERSAL_PRE_T, lower) && !hits.some((h) => h.feature === 'delivery_police_canister' || h.feature === 'delivery_spray_face'))
    policeDispersal(text, norm, hits);
  if (hits.length && plainIn(PROTEST_PRE_T, lower) && !hits.some((h) => h.feature === 'delivery_police_canister' || h.feature === 'delivery_spray_face'))
    protestWithIrritantSigns(text, norm, hits);
  // A household gas cylinder that exploded (household-blast.ts): no chlorine cylinder in its sentence, and a powerful blast
  // where none was read (session 12, para)
  if (sameLength) {
    // (session 24, speed only: its opening test, answered by the literal gate; householdGasBlasts repeats it)
    if (plainIn(HOUSEHOLD_BLAST_PRE_T, lower))
    for (const b of householdGasBlasts(lower)) {
      for (let i = hits.length - 1; i >= 0; i--)
        if ((hits[i].feature === 'delivery_cylinder' || (hits[i].feature === 'delivery_industrial_leak' && BARE_LEAK.test(lower.slice(hits[i].start, hits[i].end)))) && hits[i].start >= b.sentenceStart && hits[i].end <= b.sentenceEnd) hits.splice(i, 1);
      if (!hits.some((h) => h.feature === 'powerful_blast' && h.present) && negationAt(text, b.start, b.end) === -1)
        hits.push({ feature: 'powerful_blast', present: true, phrase: quoteOriginal(norm, b.start, b.end), start: b.start, end: b.end });
    }
    // (session 22, aginc) a leak of the household's or the mains' fuel gas ("утечка бытового газа", "a natural gas leak", "تسرب غاز
    // الطهي") is no toxic industrial release: a bare leak word in a sentence naming the fuel gas is no delivery_industrial_leak (a
    // plant, pipeline or well named beside it keeps its own reading)
    if (plainIn(FUEL_GAS_PRE_T, lower))
      for (let i = hits.length - 1; i >= 0; i--) {
        const h = hits[i];
        if (h.feature !== 'delivery_industrial_leak' || !BARE_LEAK.test(lower.slice(h.start, h.end))) continue;
        if (FUEL_GAS.test(lower.slice(sentenceStart(text, h.start), sentenceEnd(text, h.end)))) hits.splice(i, 1);
      }
  }
}
/** (session 22, aginc) the fuel gas of a home or a mains pipe: household, domestic, natural, cooking or mains gas, a gas stove or
 * cooker, and RU бытовой / природный газ, AR غاز الطهي / الطبخ / المنزلي / الطبيعي, بوتاجاز (closed classes; judgment of reading) */
const FUEL_GAS_PRE = /gas|газ|غاز|بوتاجاز/u;
const FUEL_GAS_PRE_T = plainTest(FUEL_GAS_PRE);
const HOUSEHOLD_BLAST_PRE_T = plainTest(HOUSEHOLD_BLAST_PRE);
const FUEL_GAS = /(?<![\p{L}])(?:(?:household|domestic|natural|cooking|mains)[\s-]+gas|gas\s+(?:stove|cooker|main|meter|boiler)|бытов\p{L}*\s+газ\p{L}*|природн\p{L}*\s+газ\p{L}*|газ\p{L}*\s+(?:плит|колонк)\p{L}*|(?:ال)?غاز\s+(?:ال)?(?:طهي|طبخ|منزلي|طبيعي)|(?:ال)?بوتاجاز)(?![\p{L}])/u;
/** the leak words of delivery_industrial_leak that name no place or plant: a leak, a gas leak, утечка, تسرب */
const BARE_LEAK = /^(?:(?:a|the)\s+)?(?:gas\s+)?(?:leak|leaking|leaked)$|^утечк\p{L}*$|^[وفب]?(?:ال)?(?:تسرب|تسريب)(?:\s+(?:ال)?غاز)?$|^gas leak$/u;
function denialPass(norm: Norm, text: string, lower: string, hits: FeatureHit[], statedAbsent: FeatureHit[]): void {
  // (s15 agnone) "It is not true that there were no casualties", "Неправда, что людей рвало", "ليس صحيحا أن أحدا لم يصب": the
  // clause after a denial of the proposition has the opposite polarity (notTrueThat)
  if (hits.length && plainIn(NOT_TRUE_PRE_T, lower)) notTrueThat(text, lower, norm, hits, statedAbsent);
  // What an agent does in general is not what was seen ("Sarin can cause pinpoint pupils and convulsions", "симптомы
  // отравления зарином включают ...", "قد يسبب الكلور ..."): a hypothetical or generic cue (ConText's hypothetical
  // modifier: Harkema et al. 2009, J Biomed Inform 42:839-51) drops every feature after it in its sentence.
  if (hits.length && plainIn(GENERIC_PRE_T, lower) && GENERIC_CUE.test(lower)) {
    GENERIC_CUE_G.lastIndex = 0;
    const cues: number[] = [];
    let m: RegExpExecArray | null;
    while ((m = GENERIC_CUE_G.exec(lower))) cues.push(m.index);
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      if (cues.some((c) => c <= h.start && genericScopeEnd(text, lower, c) >= h.end)) hits.splice(i, 1);
    }
  }
}
/**
 * (session 30, aginc) where a generic cue's scope ends: its sentence's end, but the closing comma of a non-restrictive relative
 * clause that holds it (', which can cause burns on contact with skin, flooded out when the dam burst'; ', который может вызвать
 * ожоги,'; '، التي قد تسبب حروقا،'): the clause tells what the thing does in general, the main clause after it what happened
 * (a parenthetical's scope ends with it: ConText's termination of a modifier's scope at a clause boundary, Harkema et al. 2009).
 * Judgment of reading, closed class of relative pronouns
 */
const RELATIVE_BEFORE_CUE = /[,\u060C]\s*(?:which|who|that|котор\p{L}+|[وف]?(?:التي|الذي|اللتي|الذين))\s+(?:(?:also|itself|тоже|также|بدورها|بدوره)\s+)?$/u;
function genericScopeEnd(text: string, lower: string, cue: number): number {
  const end = sentenceEnd(text, cue);
  if (!RELATIVE_BEFORE_CUE.test(lower.slice(Math.max(0, cue - 24), cue))) return end;
  const comma = lower.slice(cue, end).search(/[,\u060C]/u);
  return comma < 0 ? end : cue + comma;
}
function irrealisPass(norm: Norm, text: string, lower: string, hits: FeatureHit[]): void {
  // A yes/no question or a condition asserts nothing that happened ("Was there a smell of bleach?", "If you smell bleach,
  // leave"): its features are dropped; a question answered at once takes the answer ("Did the children vomit? No."). See
  // irrealis-scope.ts (session 12, agprobe).
  // (speed only: the spans of the hits' sentences are read first, cue-gated and mostly none; the whole-text prefilter is
  // tested only when there are some, which gives the same result as testing it first)
  if (hits.length) {
    const starts: number[] = [];
    for (let i = 0; i < hits.length; i++) starts.push(hits[i].start);
    const spans = irrealisSpans(text, starts);
    if (spans.length && IRREALIS_PRE.test(lower))
      for (let i = hits.length - 1; i >= 0; i--) {
        const h = hits[i];
        // (session 18, aginc) the watch itself ("observed for 48 hours") is what was done, not a sign looked for: the
        // expectation cue "observed / monitored for" is its own phrase (knowledge/agents.yaml observation_day)
        if (h.feature === 'observation_day') continue;
        const sp = spans.find((x) => x.from <= h.start && h.start < x.to && !(x.belief && (h.feature.startsWith('delivery_') || MUNITION_FEATURES.has(h.feature))) && !(x.signsOnly && PERCEIVED_NOT_SIGN.test(h.feature)) && !(x.clinicalOnly && !CLINICAL_SIGNS.has(h.feature)) && !(x.deliveryOnly && (CLINICAL_SIGNS.has(h.feature) || PERCEIVED_NOT_SIGN.test(h.feature))));
        if (!sp || sp.answer === 'yes') continue;
        if (sp.answer === 'no' && h.present) {
          h.present = false;
          h.phrase = sp.outcome
            ? `${h.phrase} … ${quoteOriginal(norm, sp.outcome[0], sp.outcome[1])}`
            : `${h.phrase} … ${quoteOriginal(norm, sp.to, Math.min(text.length, sp.to + 1 + (/^\s*\S+/.exec(text.slice(sp.to + 1))?.[0].length ?? 0)))}`;
        } else if (!(sp.answer === 'no' && sp.keepAbsent)) hits.splice(i, 1);
      }
  }
}
const TOXIC_GAS_QUALIFIED = /(?:غاز\p{L}*\s+(?:ال)?(?:سام|ساما|سامة|سامه|السام|كيميائي\p{L}*|كيماوي\p{L}*|خانق\p{L}*|حربي\p{L}*|الاعصاب|اعصاب)(?![\p{L}])|(?<![\p{L}])محرم\p{L}*\s+دولي\p{L}*|(?<![\p{L}])(?:toxic|poison|poisonous|chemical|nerve|choking|lethal|deadly|internationally\s+banned|banned)\s+gas(?:es)?(?![\p{L}])|(?<![\p{L}])(?:ядовит|отравляющ|боев|удушающ|удушлив|токсичн|нервно-паралитическ)\p{L}*\s+(?:газ|веществ)\p{L}*)/iu;
const TEAR_GAS_WORD = /مسيل|للدموع|فلفل|tear|pepper|слезоточив|перц/iu;
/** (session 25, agnew) a police-canister hit whose gas is told as toxic, poisonous, a war gas or internationally banned in the hit or
 * just around it, with no tear gas or pepper in the sentence: a chemical munition (judgment of reading, closed class) */
function toxicGasMunition(text: string, lower: string, start: number, end: number): boolean {
  if (!TOXIC_GAS_QUALIFIED.test(lower.slice(Math.max(0, start - 24), Math.min(lower.length, end + 40)))) return false;
  return !TEAR_GAS_WORD.test(lower.slice(sentenceStart(text, start), sentenceEnd(text, end)));
}
/** (session 20, aginc) the signs whose word also names a class of war gas before "agent", "weapon", "munition" (and "vesicant" before a
 * chemical, a substance, a compound or as the plural noun): the class's name, not the sign. Judgment of reading, closed class */
const CLASS_NAME_PRE = /agent|weapon|munition|vesicant|choking gas|удушающ|خانق|sneezing/;
const CLASS_NAME_PRE_T = plainTest(CLASS_NAME_PRE);
const CLASS_NAME_FEATURES = new Set(['dyspnoea', 'throat_burning', 'delayed_blisters', 'skin_rash_itching', 'burns', 'rhinorrhoea']);
/** (session 25, agnew) 'sneezing' before gas, shell(s), smoke, candles or a sort / kind of shell, alone or coordinated with another
 * kind ('the sneezing and the lung-injuring sort', 'sneezing gas shells'): the First World War's name for the arsenical sternutators
 * (Blue Cross), a kind of munition, not the sign (judgment of reading, closed class) */
const SNEEZING_WORD = /(?<![\p{L}])sneezing$/iu;
const SNEEZING_CLASS_AFTER = /^(?:\s+(?:and|or)\s+(?:the\s+)?[\p{L}-]+)?(?:\s+|\s*-\s*)(?:gas(?:es)?|shells?|smoke|candles?|sorts?|kinds?|types?)(?![\p{L}])/iu;
const CLASS_SIGN_WORD = /(?<![\p{L}])(?:choking|blister|blistering|vesicant|vesicants)$/iu;
const CLASS_NOUN_AFTER = /^(?:\s+|\s*-\s*)(?:agents?|weapons?|munitions?|warfare)(?![\p{L}])/iu;
const VESICANT_NOUN_AFTER = /^(?:\s+|\s*-\s*)(?:chemicals?|substances?|compounds?|gas(?:es)?)(?![\p{L}])/iu;
/** (session 20, fixag1, review R6) the class name "choking gas" (RU удушающий газ / удушающие вещества, AR غاز خانق) after a verb of
 * using, dropping or firing or "of / with" ("used a choking gas", "barrels of choking gas", "применили удушающий газ", "استخدم النظام
 * غازا خانقا"); not "a choking gas filled the room", whose gas is said to choke */
const CHOKING_GAS_USED_BEFORE = /(?<![\p{L}])(?:used|uses|using|use|dropped|dropping|drops|fired|firing|deployed|deploying|released|releasing|launched|of|with|containing|filled\s+with)\s+(?:(?:a|an|the|some)\s+)?$/iu;
const RU_CHOKING_CLASS = /(?<![\p{L}])удушающ\p{L}*$/iu;
const RU_GAS_AFTER = /^\s+(?:газ\p{L}*|веществ\p{L}*|ов|отравляющ\p{L}*)(?![\p{L}])/iu;
const RU_USED_BEFORE = /(?<![\p{L}])(?:примен\p{L}*|использ\p{L}*|сброс\p{L}*|сбрас\p{L}*|бомб\p{L}*|снаряд\p{L}*|с)\s+(?:\p{L}+\s+){0,2}$/iu;
const AR_CHOKING_CLASS = /(?<![\p{L}])(?:ال)?خانق\p{L}*$/u;
const AR_GAS_USED_BEFORE = /(?:(?<![\p{L}])(?:استخدم|استعمل|القى|ألقى|اطلق|أطلق|قصف|رمى|رمت|القت|ألقت|استخدمت|استعملت)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:ال)?غاز(?:ا|ات)?|(?<![\p{L}])ب(?:ال)?غاز(?:ات)?)\s+$/u;
function namesChokingClass(text: string, start: number, end: number): boolean {
  const hit = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 60), start);
  if (/(?<![\p{L}])choking$/iu.test(hit)) return /^\s+gas(?:es)?(?![\p{L}])/iu.test(text.slice(end, end + 8)) && CHOKING_GAS_USED_BEFORE.test(before);
  if (RU_CHOKING_CLASS.test(hit)) return RU_GAS_AFTER.test(text.slice(end, end + 16)) && RU_USED_BEFORE.test(before);
  if (AR_CHOKING_CLASS.test(hit)) return AR_GAS_USED_BEFORE.test(before);
  return false;
}
function namesAgentClass(text: string, start: number, end: number): boolean {
  if (namesChokingClass(text, start, end)) return true;
  if (SNEEZING_WORD.test(text.slice(start, end))) return SNEEZING_CLASS_AFTER.test(text.slice(end, end + 48));
  const w = CLASS_SIGN_WORD.exec(text.slice(start, end));
  if (!w) return false;
  const after = text.slice(end, end + 16);
  if (CLASS_NOUN_AFTER.test(after)) return true;
  if (!/^vesicant/iu.test(w[0])) return false;
  // "vesicants such as mustard" (the plural noun), "a vesicant substance"; not "vesicant lesions / burns / injuries"
  return /s$/iu.test(w[0]) || VESICANT_NOUN_AFTER.test(after);
}
/** (session 20, aginc) a protest-term hit that is only a verb form of "demonstrate" used as "show": passive ("was demonstrated"; a protest
 * is intransitive, never passive) or with an object after it rather than a protest's place, cause or manner ("demonstrated outside
 * the parliament / against the law / peacefully", or the clause's end). Judgment of reading, closed class */
const DEMONSTRATE_VERB = /(?<![\p{L}])demonstrat(?:e|es|ed|ing)$/iu;
const PASSIVE_AUX_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$/iu;
const PROTEST_AFTER = /^\s*(?:$|[,.;:!?\n]|(?:against|over|outside|in|at|for|near|on|through|along|across|peacefully|again|outside|before|when|while|and|until)(?![\p{L}]))/iu;
/** (session 25, agdev) the noun "demonstration" as a showing, not a protest: one given or put on ("gave us a demonstration"), one
 * "of how" or of a thing shown ("a demonstration of the extinguisher"), or named by what was shown in a closed class of showing
 * compounds ("a cooking / safety / sheep-dip / firefighting demonstration"); not one against, outside or in a place, which a
 * protest is. Judgment of reading, closed classes */
const DEMONSTRATION_NOUN = /(?<![\p{L}])demonstrations?$/iu;
// (session 25, fixag) one given is 'a / an' demonstration, with an optional person given it before the article; 'gave the
// demonstration ten minutes / a warning' is ditransitive (the protest is given a deadline)
const SHOW_GIVEN_BEFORE = /(?<![\p{L}])(?:gave|give|gives|giving|given|put\s+on|puts\s+on|putting\s+on|offered|offers|did|does|do)\s+(?:(?:us|them|him|her|me|you|everyone|everybody|the\s+(?:class|students|pupils|children|visitors|crowd|audience|group|team|trainees|recruits))\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const GIVEN_DEADLINE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:minutes?|hours?|seconds?|days?|warnings?|ultimatum|deadline|orders?|until|time\s+to)(?![\p{L}])/iu;
const SHOW_COMPOUND_BEFORE = /(?<![\p{L}])(?:cooking|safety|product|fire|firefighting|fire-fighting|first[\s-]aid|training|teaching|sheep[\s-]dip|dip|dipping|shearing|craft|crafts|science|chemistry|lab|laboratory|experiment|magic|practical|hands-on|museum|equipment|extinguisher|spraying|machine|machinery|sales|cpr|rescue|drill)\s+$/iu;
// (session 25, fixag) 'of how / what', or of a thing shown: a positive class of equipment and technique nouns after the
// determiner (two free words allowed: 'of the new fire extinguisher'), not a negative list of people ('of the Kurdish community',
// 'of the unemployed in the square' are protests)
const SHOW_OF_AFTER = /^\s+of\s+(?:how|what|(?:the|a|an|its|their|his|her|our|this|that|these|those|some)\s+(?:[\p{L}-]+\s+){0,2}?(?:extinguishers?|equipment|techniques?|methods?|products?|machines?|machinery|devices?|systems?|procedures?|skills?|kits?|masks?|gas\s+masks?|respirators?|tools?|process|use|usage|dip|dipping|shearing|recipes?|sprayers?|spraying|pumps?|apparatus|gear|suits?|vehicles?|drones?|robots?|software|prototypes?|experiments?|reactions?))(?![\p{L}])/iu;
// (session 25, fixag) a crowd dispersed or gassed in the clause is a protest, whatever the phrase around the noun
const PROTEST_CLAUSE = /(?<![\p{L}])(?:dispers\p{L}*|tear[\s-]?gas|riot\s+police|water\s+cannon|broke\s+up|break\s+up|crack(?:ed|ing)?\s+down|fired\s+(?:\p{L}+\s+){0,2}(?:at|on|into))(?![\p{L}])/iu;
const PROTEST_NOUN_AFTER = /^\s*(?:against|outside|over|in\s+(?:the\s+)?(?:square|street|centre|center|capital|city|town|front)|near|at\s+the\s+(?:embassy|parliament|ministry|square|gate)|turned|was\s+dispersed|were\s+dispersed|broke\s+up)(?![\p{L}])/iu;
function demonstrationAsShowing(text: string, start: number, end: number): boolean {
  const n = DEMONSTRATION_NOUN.exec(text.slice(start, end));
  if (!n) return false;
  const at = start + n.index;
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(end, end + 40);
  if (PROTEST_NOUN_AFTER.test(after) || PROTEST_CLAUSE.test(before) || PROTEST_CLAUSE.test(after)) return false;
  return SHOW_COMPOUND_BEFORE.test(before) || (SHOW_GIVEN_BEFORE.test(before) && !GIVEN_DEADLINE_AFTER.test(after)) || SHOW_OF_AFTER.test(after);
}
function demonstratesAsShowing(text: string, start: number, end: number): boolean {
  if (demonstrationAsShowing(text, start, end)) return true;
  // (a denied hit starts at its cue: "was not demonstrated"; the verb is the hit's last word)
  const v = DEMONSTRATE_VERB.exec(text.slice(start, end));
  if (!v) return false;
  const at = start + v.index;
  if (/ed$/iu.test(v[0]) && PASSIVE_AUX_BEFORE.test(text.slice(Math.max(0, at - 24), at).replace(/(?<![\p{L}])(?:not|never)\s+$/iu, ''))) return true;
  // (session 20, fixag1, review R2) the test inverted: "show" only with an object noun phrase after the verb (a determiner, a
  // possessive, a number, a finding's word: "demonstrated miosis / the presence / its strength / bilateral oedema") or a clinical or
  // instrument subject before it ("the X-ray demonstrated", "patients demonstrated"); a time word, "today / yesterday / nationwide /
  // throughout / despite / with", a weekday or a relative's predicate ("the crowd that demonstrated was dispersed") are the protest's
  const after = text.slice(end, end + 40);
  if (PROTEST_AFTER.test(after) || PROTEST_TIME_AFTER.test(after)) return false;
  if (SHOW_OBJECT_AFTER.test(after)) return true;
  return SHOW_SUBJECT_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}
const PROTEST_TIME_AFTER = /^\s*(?:(?:the|this|that|every|all|each|last|next|on|one|a)\s+(?:\p{L}+\s+)?)?(?:days?|nights?|weeks?|weekends?|mornings?|afternoons?|evenings?|months?|years?|hours?|times?|today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?![\p{L}])/iu;
const SHOW_OBJECT_AFTER = /^\s+(?:(?:the|a|an|its|his|her|their|our|my|your|this|these|those|some|no|any|both|that|how|what|signs?|evidence|features?|findings?|symptoms?|presence|absence|improvement|marked|bilateral|significant|mild|severe|moderate|clear|classic|typical|characteristic|cholinergic|muscarinic|nicotinic|pinpoint|constricted|reduced|decreased|increased|elevated|depressed|low|high|abnormal|normal|miosis|wheez\p{L}*|o?edema|edema|fasciculations?|tachycardia|bradycardia|hypoxi\p{L}*|hypoxaemia|cyanosis|infiltrates?|opacit\p{L}*|consolidation|lesions?|blisters?|erythema|burns?|inhibition|\d+)(?![\p{L}]))/iu;
const SHOW_SUBJECT_BEFORE = /(?<![\p{L}])(?:patients?|case|cases|casualt(?:y|ies)|scans?|x-?rays?|ct|mri|imaging|radiographs?|radiography|films?|tests?|study|studies|analys[ie]s|examination|exam|autopsy|autopsies|biops(?:y|ies)|samples?|results?|findings?|assays?|ecg|eeg|bronchoscopy|chemists?|experiments?|trials?)(?:\s+\p{L}+){0,2}\s+(?:(?:had|has|have|also|clearly|further|again)\s+)?$/iu;
/** (session 21, speed only) whether crying or trembling may be told as fear in the text finalPass reads (mayHoldEmotionalSign),
 * asked for a hit emotionalSign can turn and read once per text at the first such hit: 0 not yet read, 1 true, 2 false (or the
 * text's lower case changed its length) */
let fearfulState = 0;
let fearfulLower = '';
function fearfulFor(h: FeatureHit): boolean {
  if (fearfulState === 2 || !h.present || (h.feature !== 'lacrimation' && h.feature !== 'fasciculations')) return false;
  if (fearfulState === 0) fearfulState = mayHoldEmotionalSign(fearfulLower) ? 1 : 2;
  return fearfulState === 1;
}
/** (session 22, aginc) tyres as an ordinary fire's fuel: a tyre word with a store, dump, plant, shop or fire word after it (EN, RU
 * genitive before: склад покрышек) or a place word before it (AR مستودع إطارات, RU склад/свалка шин) (closed classes; judgment) */
const TYRE_PRE = /tyre|tire|покрыш|шин|اطار/u;
const TYRE_PRE_T = plainTest(TYRE_PRE);
const TYRE_WORD = /tyre|tire|покрыш|шин|اطار/u;
// (s22 fix2, second review R18) the one free word is no preposition ('tyres near stores'): the place noun heads the tyre's compound
const TYRE_PLACE_AFTER = /^[\s-]*(?:(?!on\s|in\s|ablaze|alight|near\s|outside\s|by\s|at\s|beside\s|behind\s|next\s|across\s|along\s|opposite\s|to\s|from\s|into\s|around\s|towards?\s|and\s|at\s)\p{L}+\s+)?(?:dump|depot|warehouse|store|shop|yard|stockpile|recycl\p{L}*|plant|factory|landfill|fire|blaze|storage|pile|facility)/u;
const TYRE_PLACE_BEFORE = /(?:склад\p{L}*|свалк\p{L}*|полигон\p{L}*|завод\p{L}*|шиномонтаж\p{L}*|магазин\p{L}*|хранилищ\p{L}*|пожар\p{L}*\s+(?:на|в)\s+\p{L}+|مستودع|مستودعات|مخزن|مخازن|مكب|مصنع|محل|محلات|حريق\s+(?:في\s+)?(?:\p{L}+\s+)?)\s+(?:\p{L}+\s+)?$/u;
function arDyspnoeaNotBreath(text: string, lower: string, h: FeatureHit): boolean {
  const phrase = lower.slice(h.start, h.end);
  if (phrase.endsWith('نفس') && AR_SAME_NOUN_AFTER.test(lower.slice(h.end, h.end + 12))) return true;
  if (!AR_SHORT_BREATH.test(phrase)) return false;
  const sentence = lower.slice(sentenceStart(text, h.start), sentenceEnd(text, h.end));
  const outside = sentence.replace(phrase, ' ');
  return !AR_BREATH_ILL.test(outside) && (!AR_SINCE_TIME.test(outside) || AR_PATIENCE.test(outside));
}
function arMealNotFood(text: string, lower: string, h: FeatureHit): boolean {
  const phrase = lower.slice(h.start, h.end);
  if (AR_MEAL_TIME.test(phrase)) return !AR_FOOD_ILL.test(lower.slice(sentenceStart(text, h.start), sentenceEnd(text, h.end)));
  if (AR_COOKED.test(phrase)) return !AR_FOOD_BEFORE.test(lower.slice(Math.max(0, h.start - 40), h.start)) && !AR_FOOD_AFTER.test(lower.slice(h.end, h.end + 40));
  return false;
}
const isNoAgentFound = (h: FeatureHit) => h.feature === 'no_agent_detected' && h.present;
/** Session 23 (agfix): an Arabic sign noun in the construct state names another sign than the noun alone: "تشنج الجفن" / "تشنج
 * الأجفان" (a spasm of the eyelids) is blepharospasm, not the convulsions تشنج names alone. A one-word sign hit that opens a longer
 * hit of another sign, the next word of which is the definite genitive (ال-) that completes it, with no comma or coordinator
 * inside the longer, is the compound's head and is dropped (present hits; a denied one keeps its cue in its span). Only
 * the idafa: in English and Russian a longer phrase holding a sign word is as often two signs told together ("red watering eyes"
 * is red and watering, "химические ожоги" burns). Judgment of reading (Arabic grammar). */
const COMPOUND_BREAK = /[,\u060C;:.]|(?<![\p{L}])(?:and|or|nor|и|или|ни|او|أو|ولا)(?![\p{L}])/iu;
const AR_IDAFA_HEAD = /^[\u0620-\u064A]+\s+[وفب]?ال[\u0620-\u064A]/u;
function dropHeadsOfCompounds(text: string, hits: FeatureHit[]): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    const c0 = text.charCodeAt(h.start);
    if (c0 < 0x600 || c0 > 0x6ff || !h.present || !CLINICAL_SIGNS.has(h.feature) || !AR_ONE_WORD.test(text.slice(h.start, h.end))) continue;
    for (const o of hits) {
      if (o === h || !o.present || o.feature === h.feature || o.start !== h.start || o.end <= h.end || !CLINICAL_SIGNS.has(o.feature)) continue;
      const long = text.slice(o.start, o.end);
      if (COMPOUND_BREAK.test(long) || !AR_IDAFA_HEAD.test(long)) continue;
      hits.splice(i, 1);
      break;
    }
  }
}
const AR_ONE_WORD = /^[\u0620-\u064A]+$/u;
/** (session 26, agdev) a class of war gas named by its class word (class_named_*: 'nerve gas', 'удушающий газ', 'غاز مسبب للبثور') is the
 * account's claim of the kind, and its word is read once: a sign read from inside it ('choking' of 'a choking gas was used', 'blister'
 * of 'a blister gas', удушливые of удушливые газы) is dropped, as the session-20 rule drops it after a verb of using. A claim the
 * account disputes in its sentence (false, fake, fabricated, staged, a hoax, a rumour, baseless, no evidence, turned out, debunked;
 * RU ложн, фейк, инсценир, фальсифи, опроверг, слух, без доказательств, не подтвердил; AR كاذب, مفبرك, ملفق, فبرك, شائعة, لا أساس, لا
 * دليل, عار عن الصحة) is not read: what it names is what the account says was not so. A party's denial told by the account ('the regime
 * denied using nerve gas') is no dispute by the account and stays; a plain denial ('no nerve gas was used') reads the feature absent,
 * which present_only drops. Judgment of reading, closed class */
const CLASS_NAMED_DISPUTE = /(?<![\p{L}])(?:false(?:ly)?|fake|faked|fabricat\p{L}*|staged\s+(?:attacks?|incidents?|provocations?|events?|scenes?|videos?|footage)|(?:was|were|been|being)\s+staged|hoax(?:es)?|rumou?rs?|baseless|unfounded|no\s+(?:evidence|proof|trace)|no\s+signs?\s+of\s+(?:a\s+|an\s+|any\s+)?(?:chemical|gas|agent|nerve|blister|choking|toxic|poison)|turned\s+out|debunk\p{L}*|untrue|not\s+true|ложн\p{L}*|фейк\p{L}*|инсценир\p{L}*|фальсифи\p{L}*|опроверг\p{L}*|слух(?:и|ов|ам|ами|ах)|слух\s+о|без\s+доказательств|не\s+подтверди\p{L}*|вымыс\p{L}*|выдумк\p{L}*|[وب]?(?:ال)?(?:كاذب\p{L}*|مفبرك\p{L}*|ملفق\p{L}*|فبرك\p{L}*|تلفيق|شائعة|شائعات|[إا]شاعة|[إا]شاعات|مزيف\p{L}*|تمثيلي\p{L}*)|لا\s+[اأ]ساس|لا\s+دليل|عار\p{L}*\s+عن\s+الصحة|غير\s+صحيح\p{L}*)(?![\p{L}])/giu;
/** (session 26, fixag) a speech verb before the verdict in its clause: the account reports a party's verdict ('Russia says the reports
 * of a nerve gas attack are false', «ووصفها بأنها كاذبة»), it does not dispute the claim itself. Judgment of reading, closed class */
const CLASS_NAMED_SPEECH = /(?<![\p{L}])(?:says?|said|claims|claimed|insists?|insisted|den(?:y|ies|ied)|calls|called|dismiss(?:es|ed)?|заяв\p{L}*|сказал\p{L}*|утвержда\p{L}*|назвал\p{L}*|назыв\p{L}*|отверг\p{L}*|[وف]?(?:قال\p{L}*|يقول|تقول|وصف\p{L}*|نفى|ينفي|تنفي|زعم\p{L}*|اعتبر\p{L}*))(?![\p{L}])/iu;
/** ... and the choking class word in a crowd-control scene: police or security forces as the agent of the gas (police word then a verb
 * of firing or using, or a target word in the clause: 'police fired choking gas', «أطلقت الشرطة الغاز الخانق على المتظاهرين», «ОМОН
 * применил удушающий газ против митингующих»), not police as a report's source ('police said', «полицейские рассказали») and not
 * the UN Security Council (مجلس الأمن). Judgment of reading, closed class */
const CROWD_POLICE = /(?<![\p{L}])(?:riot\s+police|police(?:men)?|security\s+forces|полиц\p{L}*|омон\p{L}*|росгвард\p{L}*|силовик\p{L}*|[وب]?(?:ال)?شرط[ةه]|قوات\s+(?:ال)?[اأ]من|عناصر\s+(?:ال)?[اأ]من|(?:ال)?[اأ]من\s+العام|مكافح[ةه]\s+الشغب)(?![\p{L}])(?!\s+(?:\p{L}+\s+)?(?:said|says|told|reported|stated|confirmed|сообщил\p{L}*|рассказал\p{L}*|заявил\p{L}*|сказал\p{L}*|قال\p{L}*|[اأ]فاد\p{L}*|[اأ]علن\p{L}*)(?![\p{L}]))/iu;
const CROWD_ACT = /(?<![\p{L}])(?:fired|fire|fires|firing|used|threw|lobbed|sprayed|released|shot|deployed|dispers\p{L}*|применил\p{L}*|применя\p{L}*|использовал\p{L}*|распылил\p{L}*|бросил\p{L}*|забросал\p{L}*|разогна\p{L}*|протестующ\p{L}*|демонстрант\p{L}*|митинг\p{L}*|protesters?|protestors?|demonstrators?|demonstrations?|rall(?:y|ies)|marchers|[وف]?(?:[اأ]طلق\p{L}*|استخدم\p{L}*|رش\p{L}*|[اأ]لق\p{L}*|لتفريق|تفريق|(?:ال)?متظاهر\p{L}*|(?:ال)?محتج\p{L}*|مظاهر[ةه]|مظاهرات|(?:ال)?احتجاج\p{L}*))(?![\p{L}])/iu;
/** ... and a class a clinician suspected, tested for or could not rule out ('suspected a nerve agent and checked for pinpoint pupils',
 * 'a nerve agent could not be ruled out', 'подозревали нервно-паралитическое вещество', 'لم يستبعد الأطباء غاز الأعصاب'): a hypothesis,
 * not what the account tells; 'a suspected nerve agent attack' (the adjective after its article) stays a claim, and so does an
 * investigator's suspicion ('Police suspect a nerve agent was used', fixag A8): 'suspect' is read as a hedge only with a clinician in its
 * clause. RU исключ by its verb forms (not исключительно, A9) */
const CLASS_NAMED_HEDGE_BEFORE = /(?<![\p{L}])(?<!(?:a|an|the)\s+)(?:(?:tested|testing|screened|screening|checked|checking|looked|looking)\s+for|rul(?:e|ed|ing)\s+out|exclud(?:e|ed|ing)|исключ(?:ить|или|ил|ила|ило|ено|ена|ены|ён|ен|ают|ает|ая|аем|ат|ив)|يستبعد|استبعاد)\s+(?:(?:a|an|the|possible|possibly)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const CLASS_NAMED_SUSPECT_BEFORE = /(?<![\p{L}])(?<!(?:a|an|the)\s+)(?:suspected|suspect|suspects|suspecting|подозрева\p{L}*|подозрени\p{L}*\s+на|يشتبه|اشتبه\p{L}*|الاشتباه)\s+(?:(?:a|an|the|possible|possibly)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const CLINICIAN = /(?<![\p{L}])(?:doctors?|clinicians?|medics?|physicians?|nurses?|paramedics?|toxicologists?|врач\p{L}*|медик\p{L}*|фельдшер\p{L}*|[وف]?(?:ال)?[اأ]طباء|[وف]?(?:ال)?طبيب\p{L}*|[وف]?(?:ال)?مسعف\p{L}*)(?![\p{L}])/iu;
const CLASS_NAMED_HEDGE_AFTER = /^\s+(?:\p{L}+\s+){0,2}?(?:could|can|cannot|can't|would|was|were|is|are)(?:\s+not)?(?:\s+be)?\s+(?:ruled\s+out|excluded|suspected)(?![\p{L}])/iu;
/** (session 26, fixag A7) the class word as the premodifier of a thing that is no agent ('nerve agent antidotes', 'blister agent
 * training kits', 'a nerve gas detector'), or after such a thing ('antidotes to nerve agents', «антидот от нервно-паралитических
 * веществ», «ترياق غاز الأعصاب»): the account names the class as a kind of kit, not as what was used */
const CLASS_NAMED_MODIFIER_AFTER = /^[\s-]+(?:antidotes?|detectors?|detection|alarms?|kits?|training|suits?|protection|protective|programm?e?s?|stockpiles?|conventions?|treat(?:y|ies)|sensors?|research|defen[cs]es?|masks?|filters?|vaccines?|injectors?|autoinjectors?)(?![\p{L}])/iu;
const CLASS_NAMED_MODIFIER_BEFORE = /(?<![\p{L}])(?:antidotes?|detectors?|protection|suits?|training|(?:detect|protect)(?:s|ed|ing)?|антидот\p{L}*|противояди\p{L}*|детектор\p{L}*|датчик\p{L}*|защит\p{L}*|[وف]?(?:ال)?(?:ترياق|كاشف|كواشف|مضاد\p{L}*|الحماي[ةه]\s+من|[اأ]جهز[ةه]\s+كشف))\s+(?:(?:to|for|against|from|of|от|для|против|ل|لل|من)\s+)?(?:(?:a|an|the|any)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** ... a generic statement of what the class does ('Nerve agents like sarin cause pinpoint pupils'): textbook, not the account's claim */
const CLASS_NAMED_GENERIC_AFTER = /^\s*,?\s+(?:like|such\s+as|including)\s+[\p{L}-]+(?:\s+(?:and|or)\s+[\p{L}-]+)?,?\s+(?:cause|produce|lead\s+to|inhibit|act\s+on|typically|usually|generally|are\s+known)(?![\p{L}])/iu;
/** ... a class first feared and then corrected ('Witnesses initially feared nerve gas, but doctors found only chlorine exposure') */
const CLASS_NAMED_FEARED_BEFORE = /(?<![\p{L}])(?:feared|fearing|first\s+thought|initially\s+thought|at\s+first\s+thought|опасались|сначала\s+подумали|думали|خشي\p{L}*|ظن\p{L}*|اعتقد\p{L}*\s+في\s+البداي[ةه])\s+(?:(?:it\s+was\s+)?(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const CLASS_NAMED_CORRECTION = /(?<![\p{L}])(?:but|however|turned\s+out|но|однако|оказал\p{L}*|لكن|[وف]?لكن|تبين|اتضح)(?![\p{L}])/iu;
/** (fixag A10) the class word of a fire's gas ('Choking gas from the burning tyres', «Удушливый газ от горящего пластика», «غازات خانقة
 * من حريق الإطارات»): the smoke of combustion, as FUEL_GAS reads gas words, not a lung agent */
const CLASS_NAMED_FIRE_AFTER = /^\s+(?:\p{L}+\s+)?(?:from|of|от|من)\s+(?:the\s+|a\s+)?(?:burning|burnt|fires?|blazes?|smoulder\p{L}*|smolder\p{L}*|горящ\p{L}*|горевш\p{L}*|пожар\p{L}*|горени\p{L}*|сгоревш\p{L}*|(?:ال)?حريق\p{L}*|(?:ال)?حرائق|(?:ال)?احتراق|(?:ال)?نار|(?:ال)?نيران)(?![\p{L}])/iu;
/** the clause of a class-word hit, bounded (fixag A4/A6): back to the last full stop, semicolon, colon, line break, Arabic comma before
 * و, or a 'but / но / لكن', and forward to the next, never more than CLAUSE_SPAN characters either way, so the pass is linear in the text */
const CLAUSE_SPAN = 200;
const CLAUSE_BREAK = /[.;:!?\n]|،\s*(?=[وف])|(?<![\p{L}])(?:but|however|whereas|но|однако|а\s+(?=[а-яё])|لكن|[وف]لكن)(?![\p{L}])/giu;
function clauseOf(text: string, start: number, end: number): [number, number] {
  const lo = Math.max(0, start - CLAUSE_SPAN);
  const hi = Math.min(text.length, end + CLAUSE_SPAN);
  // the window is sliced so that a text without a break is not scanned to its end on every hit
  const win = text.slice(lo, hi);
  let from = lo;
  let to = hi;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(win))) {
    const at = lo + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) { to = at; break; }
  }
  return [from, to];
}
function classNamedDisputed(clause: string): boolean {
  CLASS_NAMED_DISPUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLASS_NAMED_DISPUTE.exec(clause))) if (!CLASS_NAMED_SPEECH.test(clause.slice(0, m.index))) return true;
  return false;
}
function classNamedPass(text: string, hits: FeatureHit[]): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (!h.feature.startsWith('class_named_') || !h.present) continue;
    const [from, to] = clauseOf(text, h.start, h.end);
    const clause = text.slice(from, to);
    const before = text.slice(from, h.start);
    const left = text.slice(Math.max(from, h.start - 40), h.start);
    const right = text.slice(h.end, Math.min(to, h.end + 80));
    const drop =
      classNamedDisputed(clause) ||
      (h.feature === 'class_named_choking' && CROWD_POLICE.test(clause) && CROWD_ACT.test(clause)) ||
      CLASS_NAMED_HEDGE_BEFORE.test(left) ||
      (CLASS_NAMED_SUSPECT_BEFORE.test(left) && CLINICIAN.test(before)) ||
      CLASS_NAMED_HEDGE_AFTER.test(text.slice(h.end, h.end + 60)) ||
      CLASS_NAMED_MODIFIER_AFTER.test(right) ||
      CLASS_NAMED_MODIFIER_BEFORE.test(left) ||
      CLASS_NAMED_GENERIC_AFTER.test(right) ||
      (CLASS_NAMED_FEARED_BEFORE.test(left) && CLASS_NAMED_CORRECTION.test(text.slice(h.end, Math.min(text.length, h.end + 160)))) ||
      CLASS_NAMED_FIRE_AFTER.test(right);
    if (drop) hits.splice(i, 1);
  }
}
/** (session 26, agdev) burns on the body told beside clothing that was not burnt ('their clothing is not burned at all, but they have
 * bad burns on their bodies', «одежда цела, а на теле ожоги», «ملابسهم لم تحترق لكن أجسادهم محروقة»), in the burns' sentence or the
 * one before: the agent went through the cloth without fire, as a vesicant's liquid or vapour does (cdc-mustard: skin exposure through
 * clothing, redness and blisters hours later), not a fire's or an incendiary's burn, which takes the clothing first
 * (hrw-incendiary-2020), nor an acid's, which eats the cloth: the burns hit is read as the vesicant's lesion, delayed_blisters (whatever word
 * the report gives it, as session 15's burns that appeared hours later). Judgment of reading, closed class */
const CLOTHING_UNBURNT = /(?<![\p{L}])(?:cloth(?:es|ing)|uniforms?|shirts?|garments?)\s+(?:\p{L}+\s+){0,3}?(?:(?:was|were|is|are)\s+)?(?:not|never|un)(?:\s+(?:even|at\s+all))?\s*(?:burn(?:ed|t)|singed|scorched|charred|damaged|touched|marked)(?![\p{L}])|(?<![\p{L}])unburn(?:ed|t)\s+(?:cloth(?:es|ing)|uniforms?|shirts?)|(?<![а-яё])(?:одежд|обмундировани|гимнаст[её]рк|рубах)[а-яё]*\s+(?:[а-яё]+\s+){0,2}?(?:не\s+(?:обгорел|сгорел|горел|тронут|повреждён|поврежден|опален|опалён|прожжен|прожжён)[а-яё]*|(?:осталась\s+|остались\s+|была\s+|были\s+)?цел(?:а|ая|ые|ой|ы)?)(?![а-яё])|(?<![\p{L}])[وف]?(?:ال)?(?:ملابس|ثياب|لباس)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:لم\s+(?:تحترق|يحترق|تتضرر|يتضرر|تمس|يمس)|سليم\p{L}*)/iu;
const CLOTHING_WORD = /cloth|uniform|shirt|garment|одежд|обмундир|гимнаст|рубах|ملابس|ثياب|لباس/iu;
function clothingUnburntPass(text: string, hits: FeatureHit[]): void {
  for (const h of hits) {
    if (h.feature !== 'burns' || !h.present) continue;
    const from = sentenceStart(text, Math.max(0, sentenceStart(text, h.start) - 2));
    if (CLOTHING_UNBURNT.test(text.slice(from, sentenceEnd(text, h.end)))) h.feature = 'delayed_blisters';
  }
}
/** (session 26, agdev) a thrown incendiary named by its noun (Molotov, a Molotov cocktail, a petrol or gasoline bomb, a firebomb; RU коктейль
 * Молотова, бутылка с зажигательной смесью / бензином; AR مولوتوف, زجاجات / قناني / عبوات حارقة) in a sentence with no police gas in it
 * (tear gas, a gas, a canister, pepper, CS; слезоточивый газ, газ, перцовый; مسيل للدموع, غاز, فلفل): the protesters or rioters who
 * threw it, and the police it was thrown at, are the fire's scene, not the police's tear gas. The crowd-control reading of the
 * sentence's people (delivery_police_canister from 'protesters', 'riot police', «протестующие», «المتظاهرون») is dropped;
 * delivery_incendiary stays (and the munition read from a 'bomb' stays: an aircraft's firebombs are munitions, and dropping it
 * cost the incendiary weapon its munition hallmark on development, §7.00052-agdev). Read from the
 * noun, not from a verb of throwing: the Arabic ألقى / قذف / رمى are also an aircraft's drop and shelling (session 25 held a verb
 * reading back for that). Judgment of reading, closed class */
const THROWN_INCENDIARY_NOUN = /(?<![\p{L}])(?:molotovs?(?:\s+cocktails?)?|petrol[\s-]+bombs?|gasoline[\s-]+bombs?|fire[\s-]?bombs?|коктейл\p{L}*\s+молотова|бутылк\p{L}*\s+с\s+(?:зажигательн\p{L}*\s+смесью|бензином|горючей\s+смесью))(?![\p{L}])|(?:مولوتوف|(?:زجاج|قنان|قناني|عبوات|عبوة)\p{L}*\s+(?:ال)?حارق\p{L}*)/iu;
const POLICE_GAS_WORD = /(?<![\p{L}])(?:tear|gas|gases|canisters?|pepper|cs|spray|слезоточив\p{L}*|газ\p{L}*|перцов\p{L}*|баллончик\p{L}*)(?![\p{L}])|(?:مسيل|غاز|فلفل|الفلفل)/iu;
function thrownIncendiaryScenePass(text: string, hits: FeatureHit[]): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (!h.present || h.feature !== 'delivery_police_canister') continue;
    const sentence = text.slice(sentenceStart(text, h.start), sentenceEnd(text, h.end));
    if (THROWN_INCENDIARY_NOUN.test(sentence) && !POLICE_GAS_WORD.test(sentence)) hits.splice(i, 1);
  }
}
/**
 * (session 28, agspeed; speed only) finalPass in three parts compiled apart (as extractWith's passes are, session 16): the
 * hits' pruning, the kept hits and what the final filter reads of them, and the filter with the relabelling after it; the
 * statements are finalPass's, in the same order. V8 compiles a function whole: finalPass's first hit that took a branch not
 * yet taken threw the whole optimised code away and compiled it again, the largest compile of the bench's first pass.
 */
function finalPass(sameLength: boolean, norm: Norm, text: string, lower: string, hits: FeatureHit[], statedAbsent: FeatureHit[]): FeatureHit[] {
  finalPrune(text, lower, hits);
  return finalFiltered(finalKept(sameLength, text, lower, hits, statedAbsent));
}
function finalPrune(text: string, lower: string, hits: FeatureHit[]): void {
  if (hits.some((h) => h.feature === 'delivery_incendiary') && hits.some((h) => h.feature === 'delivery_police_canister')) thrownIncendiaryScenePass(text, hits);
  if (CLOTHING_WORD.test(lower) && hits.some((h) => h.feature === 'burns')) clothingUnburntPass(text, hits);
  if (hits.some((h) => h.feature.startsWith('class_named_'))) classNamedPass(text, hits);
  // (session 20, aginc) a class of war gas named ("a choking agent", "a blister agent", "blistering agents", "a vesicant weapon") names
  // an agent as "tear gas" does; it is no sign (agents named are never evidence, docs/agent-differential.md 3), and "denied using a
  // choking agent" denies no breathlessness
  if (plainIn(CLASS_NAME_PRE_T, lower))
    for (let i = hits.length - 1; i >= 0; i--) if (CLASS_NAME_FEATURES.has(hits[i].feature) && namesAgentClass(text, hits[i].start, hits[i].end)) hits.splice(i, 1);
  // (session 20, aginc) "demonstrate" is the clinician's and the radiologist's verb of showing ("the patients demonstrated miosis",
  // "pulmonary oedema was demonstrated on the X-ray"), which the protest term's stem (demonstrators, demonstrating) also reads
  if (lower.includes('demonstrat'))
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i].feature === 'delivery_police_canister' && demonstratesAsShowing(text, hits[i].start, hits[i].end)) hits.splice(i, 1);
  // "tear gas" names an agent; it is not tearing
  for (let i = hits.length - 1; i >= 0; i--)
    if (hits[i].feature === 'lacrimation' && (/^\s*-?\s*gas/i.test(text.slice(hits[i].end, hits[i].end + 8)) || TEAR_GAS_AR_BEFORE.test(text.slice(Math.max(0, hits[i].start - 12), hits[i].start)) || TEAR_GAS_AR_IN.test(text.slice(hits[i].start, hits[i].end)))) hits.splice(i, 1);
  // (session 22, aginc) the protesters' burning tyres are the crowd-control scene, but tyres in a store, a dump, a plant or a fire of
  // their own ("a fire at a tyre warehouse", "the burning tyre dump", "пожар на складе покрышек", "حريق في مستودع إطارات") are an
  // ordinary fire's fuel: the police-canister reading of a tyre word next to such a place or fire word is dropped
  if (plainIn(TYRE_PRE_T, lower))
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      if (h.feature === 'delivery_police_canister' && TYRE_WORD.test(lower.slice(h.start, h.end)) && (TYRE_PLACE_AFTER.test(lower.slice(h.end, h.end + 40)) || TYRE_PLACE_BEFORE.test(lower.slice(Math.max(0, h.start - 40), h.start)))) hits.splice(i, 1);
    }
  // (session 22, aginc) a chemical or toxic substance a measurement found none of ("خلو العينات من أي مواد كيميائية", "no toxic
  // gases were detected") is not what the account alleges: toxic_gas_alleged inside a no_agent_detected phrase is dropped
  if (hits.some(isNoAgentFound)) {
    const found = hits.filter(isNoAgentFound);
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i].feature === 'toxic_gas_alleged' && found.some((o) => overlaps(hits[i], o))) hits.splice(i, 1);
  }
  // (session 23, agfix) the more specific compound wins over its head word (SPECIFIC_COMPOUND)
  if (hits.length > 1) dropHeadsOfCompounds(text, hits);
}
function finalKept(sameLength: boolean, text: string, lower: string, hits: FeatureHit[], statedAbsent: FeatureHit[]): FinalCtx {
  // A generic odour word overlapping a specific odour phrase ("strong smell of bleach") adds nothing.
  const specific = hits.filter((h) => h.feature.startsWith('odour_') && !GENERIC_ODOUR.has(h.feature));
  const kept = hits.filter(
    (h) => !GENERIC_ODOUR.has(h.feature) || !specific.some((o) => o.start < h.end && h.start < o.end),
  );
  // An animal's death is not a human death: a `deaths` hit inside a dead_animals phrase ("the birds ... were dead")
  // adds nothing. "No smell of chlorine" denies chlorine, not every smell: an odour_none hit overlapping a specific
  // odour phrase is dropped (the English "no bleach smell" already gives only -odour_bleach).
  // (session 13, agram) a death told of an animal is a dead animal ("Cattle were dying in the fields", "الحيوانات تموت")
  // (speed only: the whole-text test runs only where the cue gate finds an animal word's opening: the same value)
  // (session 15, speed only: read only where a present hit has a feature an animal can be the subject of; the relabel and
  // the filter below read it for such hits only, and no step between adds one: the same value wherever it is read)
  const mayHoldAnimal = kept.some(mayHaveAnimalSubject) && (TEXT_GATE.scan(lower) & MAY_ANIMAL) !== 0 && testIn(ANIMAL_WORD_T, lower);
  if (mayHoldAnimal)
    for (const h of kept) if (h.present && (h.feature === 'deaths' || h.feature === 'deaths_without_injury') && animalSubject(text, lower, h.start)) h.feature = 'dead_animals';
  const animals = kept.filter((h) => h.feature === 'dead_animals');
  // (session 28, agdev) a fire's soot told in the nose or the sputum ('black snot', 'black phlegm', 'сажа в носу'): a sign read inside
  // the words of a fire_smoke term is that soot, not a runny nose or a cough of its own (one phrase read once)
  const smokeTerms = kept.filter((h) => h.feature === 'fire_smoke' && h.present);
  const fireBefore = kept.filter((h) => (h.feature === 'fire_smoke' || h.feature === 'burning_particles') && h.present);
  const odours = kept.filter((h) => h.feature.startsWith('odour_') && h.feature !== 'odour_none');
  // (session 25, agnew) a bomb or grenade whose gas the account calls toxic, poisonous, chemical, a war gas or internationally banned
  // ("قصفت الحي بقنابل تحوي غازاً ساماً محرماً دولياً", "poison gas grenades", "гранаты с отравляющим газом") is a chemical munition,
  // not the police's tear-gas grenade: the canister reading is dropped (the bomb stays a munition) unless the sentence names tear
  // gas or pepper. The Arabic قنابل is bombs and grenades alike, so the gas's own qualifier decides. Judgment of reading, closed class
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i];
    if (h.feature === 'delivery_police_canister' && h.present && toxicGasMunition(text, lower, h.start, h.end)) kept.splice(i, 1);
  }
  // A gas grenade or canister named as such ("قنابل الغاز", "gas grenades") is the police delivery, not a shell or bomb.
  const canisters = kept.filter((h) => h.feature === 'delivery_police_canister' && h.present);
  // A barrel or bomb of fire ('براميل نار', 'burning barrels') is the incendiary's delivery, not a chlorine cylinder (session 12, para).
  const incendiaries = kept.filter((h) => h.feature === 'delivery_incendiary' && h.present);
  // session 21 (aginc): a spraying that is a pesticide's (the farmer sprayed a pesticide on the field) is no spray at people
  const pesticideHits = kept.filter((h) => (h.feature === 'pesticide_application' || h.feature === 'fumigant_application') && h.present);
  // (session 12 review) a munition's impact, a dropped barrel or an airburst in the same sentence as the heat ("It was a hot day in
  // Ghouta when rockets fell"): the heat is the day's weather beside an attack, not the circumstance of a heat illness
  const releases = kept.filter((h) => h.present && ((h.feature.startsWith('odour_') && h.feature !== 'odour_none') || (h.feature.startsWith('cloud_') && h.feature !== 'cloud_none')));
  const munitions = kept.filter((h) => MUNITION_FEATURES.has(h.feature) && h.present);
  // (session 16, fixag; review R5) a place setting named only after a locative of proximity or residence ('we live next to the
  // brewery', 'рядом с пивзаводом', 'قرب محطة تحلية المياه') is a landmark, no source: kept only if the account tells a release or
  // work (a leak, a pipe, a tank, workers) anywhere
  const landmarkOnly = kept.some((h) => h.present && PLACE_SETTINGS.has(h.feature)) && !RELEASE_OR_WORK.test(lower);
  const leakDenied = kept.some((h) => h.feature === 'delivery_industrial_leak' && !h.present && LEAK_WORD.test(lower.slice(h.start, h.end)));
  const sensations = kept.filter((h) => h.present && (h.feature === 'burning_eyes' || h.feature === 'throat_burning' || h.feature === 'skin_burning'));
  // (session 21, agru) the Levantine noun طرش is deafness (أطرش, deaf), the Gulf and Iraqi verb طرش / يطرش is to vomit: with the
  // article (الطرش: no verb takes it) it is never vomiting, and it is the blast's ear (cdc-blast-primer: the ear is the organ most
  // often hurt by a blast) when the account tells a blast; the bare word is the noun in a list of a blast's effects ("غبرة، قزاز، جروح،
  // طرش"), a list item between commas, in an account that tells a blast. The verb in its persons (يطرش, طرشت, بطرش) is untouched.
  if (lower.includes('طرش'))
    for (let i = kept.length - 1; i >= 0; i--) {
      const h = kept[i];
      if (h.feature !== 'vomiting' || !h.present) continue;
      const m = AR_DEAF_NOUN.exec(lower.slice(h.start, h.end));
      if (!m) continue;
      const blast = blastTold(lower, kept);
      const listItem = (AR_LIST_BEFORE.test(lower.slice(Math.max(0, h.start - 4), h.start)) && AR_LIST_AFTER.test(lower.slice(h.end, h.end + 4)) && (AR_INJURY_ITEM_BEFORE.test(lower.slice(Math.max(0, h.start - 16), h.start)) || AR_INJURY_ITEM_AFTER.test(lower.slice(h.end, h.end + 16)))) || AR_DEAF_HAVE_BEFORE.test(lower.slice(Math.max(0, h.start - 12), h.start)) || AR_DEAF_EAR_AFTER.test(lower.slice(h.end, h.end + 16));
      if (m[1] && !blast) kept.splice(i, 1);
      else if (blast && (m[1] || listItem)) h.feature = 'trauma_injuries';
    }
  // (session 21, fixag2, review R23) 'رجع / عاد' + 'ولع / اشتعل' (flared up again: the lexicon's and the term file's re-igniting
  // fragment) said of fighting, a war, the front or the situation, a noun of conflict in its clause, before or after
  if (lower.includes('رجع') || lower.includes('عاد'))
    for (let i = kept.length - 1; i >= 0; i--) {
      const h = kept[i];
      if (h.feature !== 'burning_particles' || !h.present || !AGAIN_OPENER.test(lower.slice(h.start, h.end))) continue;
      const before = lower.slice(Math.max(0, h.start - 30), h.start);
      const after = lower.slice(h.end, h.end + 30);
      if (CONFLICT_BEFORE.test(before) || CONFLICT_AFTER.test(after)) kept.splice(i, 1);
    }
  const gutSigns = kept.filter((h) => (h.feature === 'vomiting' || h.feature === 'diarrhoea_cramps') && h.present);
  // (session 15, agtox) the stemmer gives "burns" (the injury) and "burning" (the sensation) one stem, so the burn terms ("burns
  // on faces", "burned his face") also read "felt burning on their faces" and "a burning feeling in his face": a burn hit that
  // opens with the -ing form and a preposition is the skin's burning sensation, not a burn
  for (const h of kept) if (h.feature === 'burns' && h.present && BURNING_ON_PART.test(h.phrase)) h.feature = 'skin_burning';
  // A burn told as a lesion ("had burns on his skin") is the lesion, not a burning sensation of the skin.
  const lesions = kept.filter((h) => h.feature === 'burns' && h.present);
  const hasStill = lower.includes('زال');
  // sweating in an account that names great heat as the circumstance (heat_or_crowding) is the heat's sweating (statpearls-heat:
  // heat exhaustion), not a cholinergic sign (session 12, para; judgment of reading)
  const heat = kept.some((h) => h.feature === 'heat_or_crowding' && h.present);
  // crying and trembling told together as fear (emotional-signs.ts; session 12, para) are no tearing and no twitching
  // (session 21, speed only: read at the first present lacrimation or fasciculations hit, the only hits emotionalSign can turn,
  // not once per text: the same value wherever it is read; see fearfulFor)
  fearfulState = sameLength ? 0 : 2;
  fearfulLower = lower;
  // the struck or burnt match is the sulphur smell (session 12, para: "a smell like burnt matches", "الكبريت المحروق"), not a
  // smell of burning: an odour_burning hit overlapping a match or sulphur odour phrase adds nothing
  const matchOdours = kept.filter((h) => h.feature === 'odour_rotten_eggs' && h.present && MATCH_ODOUR.test(h.phrase) && !greyNotSulphur(lower, h.start, h.end));
  // "no smell except burning wood", "ни запаха, кроме гари", "ما في ريحة غير ريحة الحطب": the exception is what was smelled
  // (session 10): an odour denied only across an exception word is present, and the "no smell" before it is dropped
  // (the whole-text tests only when a denied odour is there to change: speed only, the tests change nothing themselves)
  // (session 12 review) "only" after a comma is such an exception too: "no smell of gas, only petrol and burning" smelled burning
  // (session 17 fixrev, review R11) "let alone" / "а (уж) тем более" / "не говоря уже о" after a denied sign carries the denial
  // to the sign after it ("Не было ни кашля, ни рвоты, а уж тем более судорог", "no cough, let alone seizures")
  // (session 21, speed only: the loop turns a present clinical sign only after one stated absent, so with none of either the
  // whole-text test is not run: the same hits)
  if (kept.some((h) => !h.present && CLINICAL_SIGNS.has(h.feature)) && kept.some((h) => h.present && CLINICAL_SIGNS.has(h.feature)) && LET_ALONE_PRE.test(lower))
    for (const h of kept) {
      if (!h.present || !CLINICAL_SIGNS.has(h.feature)) continue;
      const ss = sentenceStart(text, h.start);
      if (!LET_ALONE_BEFORE.test(lower.slice(Math.max(ss, h.start - 40), h.start))) continue;
      if (kept.some((o) => !o.present && CLINICAL_SIGNS.has(o.feature) && o.end <= h.start && o.start >= ss)) h.present = false;
    }
  // (session 23, agnew) consciousness not regained is consciousness lost: "he never regained consciousness", "так и не пришёл в
  // сознание", "لم يستعد وعيه" state the sign, not its absence (the regaining terms of loss_of_consciousness; judgment of reading)
  for (const h of kept) if (h.feature === 'loss_of_consciousness' && !h.present && REGAINED_CONSCIOUSNESS.test(lower.slice(h.start, h.end))) h.present = true;
  // (session 21, agru) Russian elliptical тоже / также ('too', 'either') after a sign closing its clause copies the clause before it,
  // its negation with it: "Кашля не было, рвоты тоже" (no vomiting either), while "Кашель был, рвота тоже" keeps the vomiting. The
  // nearest clinical sign before it in the same sentence gives the polarity
  if (lower.includes('тоже') || lower.includes('также'))
    for (const h of kept) {
      if (!h.present || !CLINICAL_SIGNS.has(h.feature) || !RU_ALSO_AFTER.test(lower.slice(h.end, h.end + 16))) continue;
      // (a sentence of its own, "Судорог не было. Рвоты тоже.", looks back into the sentence before)
      const s0 = sentenceStart(text, h.start);
      const ss = h.start - s0 <= 2 && s0 > 1 ? sentenceStart(text, s0 - 2) : s0;
      let prev: FeatureHit | null = null;
      for (const o of kept) if (o !== h && CLINICAL_SIGNS.has(o.feature) && o.end <= h.start && o.start >= ss && (!prev || o.end > prev.end)) prev = o;
      if (prev && !prev.present) h.present = false;
    }
  // (session 17 fixrev, review R11) a sign inside what was denied ("Officials denied that the patients vomited and the children
  // had seizures"): the complement of "denied that" runs to the sentence's end, whatever subjects it coordinates, unless a
  // contrast or a semicolon ends it first; the sign is stated absent, as the first one is
  if (plainIn(DENIED_THAT_PRE_T, lower))
    for (const h of kept) {
      if (!h.present || !CLINICAL_SIGNS.has(h.feature)) continue;
      const before = lower.slice(sentenceStart(text, h.start), h.start);
      const m = DENIED_THAT.exec(before);
      if (m && !/[;:]/.test(before.slice(m.index)) && !CONTRAST_BUT.test(before.slice(m.index + m[0].length))) h.present = false;
    }
  // (session 17 fixrev, review R11) and "anything / nothing but" inside the denied phrase: "We did not smell anything but garlic"
  if (kept.some(deniedOdour) && ((EXCEPT_PRE.test(lower) && EXCEPT.test(lower)) || ODOUR_ONLY.test(lower) || ODOUR_ANYTHING_BUT.test(lower)))
    for (const h of kept)
      if (h.feature.startsWith('odour_') && h.feature !== 'odour_none' && !h.present && (EXCEPT.test(lower.slice(h.start, h.end)) || ODOUR_ONLY.test(lower.slice(h.start, h.end)) || ODOUR_ANYTHING_BUT.test(lower.slice(h.start, h.end)))) h.present = true;
  // (session 18, agru) a negator inside an odour's own phrase, in the gap the term matcher allows between the smell word and the odour
  // ("الرائحة ليست رائحة الكلور", "the smell was not chlorine") denies that odour, unless a contrast follows it inside the phrase:
  // then the odour the contrast names is read by contrastOdourPhrase (odour-contrast.ts)
  for (const h of kept) {
    if (!h.present || !h.feature.startsWith('odour_') || h.feature === 'odour_none') continue;
    const inner = lower.slice(h.start, h.end);
    const sp = inner.search(SPACE_U);
    if (sp < 0) continue;
    const m = ODOUR_INNER_NEG.exec(inner.slice(sp));
    // (coordinator) a denial whose object is "such" / "like it" ("Никогда не чувствовал такого запаха") is agpara's strange smell
    // (odour-contrast.ts), not a denied odour
    if (m && SUCH_PRE.test(inner) && suchSmell(lower, h.start, h.end, clauseStart(text, h.start), clauseEnd(text, h.end))) continue;
    if (m && !ODOUR_INNER_CONTRAST.test(inner.slice(sp + m.index + m[0].length))) h.present = false;
  }
  // (session 18 fixrev, review R1) the contrast's second member is the smell's object only when it has no verb of its own: "The smell
  // was not strong, but garlic farmers nearby said ...", "Запаха чеснока не было, а хлорка стояла в ведре", "لكن الكلور كان موجودا"
  // start a new clause whose subject merely begins with an odour noun; that reading is dropped
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i];
    if (!h.present || !h.feature.startsWith('odour_') || h.feature === 'odour_none') continue;
    const inner = lower.slice(h.start, h.end);
    const neg = ODOUR_INNER_NEG.exec(inner);
    if (!neg || !ODOUR_INNER_CONTRAST.test(inner.slice(neg.index + neg[0].length))) continue;
    if (CONTRAST_MEMBER_VERB.test(contrastMemberRest(lower.slice(h.end, clauseEnd(text, h.end))))) kept.splice(i, 1);
  }
  // (session 28, agspeed; speed only) what the final filter's tests read (FINAL_DROPS)
  return { text, lower, kept, statedAbsent, lesions, animals, smokeTerms, fireBefore, odours, canisters, incendiaries, pesticideHits, releases, munitions, sensations, gutSigns, hasStill, heat, matchOdours, landmarkOnly, leakDenied, mayHoldAnimal };
}
/**
 * A copy of hit `h` read as `feature` (session 29, agspeed; speed only): the literal every hit is made by, its five keys in
 * the interface's order, so that the copy has the map (hidden class) of every other hit. `{ ...h, feature }`, which it
 * replaces, gave the same keys and values but a map of its own at each of its three sites, and the passes after the filter
 * (odourGrammarPass, featuresOf ...) then met a hit map the bench's earlier hits had not shown them and were deoptimised.
 */
function relabelled(h: FeatureHit, feature: string): FeatureHit {
  return { feature, present: h.present, phrase: h.phrase, start: h.start, end: h.end };
}
function finalFiltered(ctx: FinalCtx): FeatureHit[] {
  const { text, lower, kept } = ctx;
  // (session 28, agspeed; speed only) the tests of the filter below, each with the features it can drop (FINAL_DROPS, in their order
  // of old): a hit is read by its feature's tests only
  const final = kept.filter((h) => keepFinal(h, ctx));
  // A fumigant is a pesticide (review 1 #16): the fumigant and rodenticide words are kept once, in fumigant_application
  // (agent-terms.yaml, the tablet+pest scene rule, the Arabic context pattern), and each of its hits is read as a
  // pesticide_application hit too, as the pesticide list used to read them itself.
  // session 21 (aginc): a burn told as chemical, acid, alkali or caustic is a corrosive's (CHEMICAL_BURN_*)
  for (let i = 0, n = final.length; i < n; i++) {
    const h = final[i];
    if (h.feature === 'burns' && (CHEMICAL_BURN_IN.test(lower.slice(h.start, h.end)) || CHEMICAL_BURN_BEFORE.test(lower.slice(Math.max(0, h.start - 24), h.start)) || CHEMICAL_BURN_AFTER.test(lower.slice(h.end, h.end + 56))))
      final[i] = relabelled(h, 'chemical_burn');
    // session 21 (aginc): a choking sensation is the throat's, not breathlessness (CHOKING_ADJ_AFTER); (fixag1, review R34) the hit is
    // relabelled throat_burning, not dropped, so the sign stays where no throat word is told ("described a choking feeling")
    else if (h.feature === 'dyspnoea' && h.present && CHOK_WORD.test(lower.slice(h.start, h.end)) && CHOKING_ADJ_AFTER.test(lower.slice(h.end, h.end + 40)) && /(?:^|[\s(])(?:a|an|the|of|and|with)\s+$/iu.test(lower.slice(Math.max(0, h.start - 8), h.start)))
      final[i] = relabelled(h, 'throat_burning');
  }
  // (session 28, agdev) the burns an account has told as a corrosive's are the burns it names again ("twelve got burns from an
  // unidentified substance ... taken to hospital with minor burns"): a later or earlier bare burn is the same burn (coreference),
  // unless its own sentence tells a fire, flames, an explosion or heat (CHEMICAL_BURN_FIRE), where it may be a thermal one
  if (final.some((h) => h.feature === 'chemical_burn' && h.present))
    for (let i = 0, n = final.length; i < n; i++) {
      const h = final[i];
      if (h.feature === 'burns' && h.present && !CHEMICAL_BURN_FIRE.test(lower.slice(sentenceStart(text, h.start), sentenceEnd(text, h.end))))
        final[i] = relabelled(h, 'chemical_burn');
    }
  for (let i = 0, n = final.length; i < n; i++) {
    const h = final[i];
    if (h.feature === 'fumigant_application' && !final.some((o) => o.feature === 'pesticide_application' && o.start === h.start && o.end === h.end))
      final.push(relabelled(h, 'pesticide_application'));
  }
  return final;
}
/**
 * (session 28, agspeed; speed only) The final filter's tests (finalPass), one function each, in the order the filter read them
 * when they were one expression (a hit was kept when none held), each with the features it can hold for: every test opens
 * with its feature's comparison (or a set, or a prefix, of features) and tells nothing of a hit of another feature, so a hit
 * is read by the tests of its feature (finalDropsFor), in the same order, and gets the same answer. Each test is compiled by
 * itself: the one expression was some 100 tests in one function, compiled and, at the first hit that took a test's later
 * branch, thrown away and compiled again whole (0.4-0.9 s of the compiler's thread in the bench's first pass), and it compared
 * the hit's feature with every test's before the one that applies.
 */
interface FinalCtx {
  text: string;
  lower: string;
  kept: FeatureHit[];
  statedAbsent: FeatureHit[];
  lesions: FeatureHit[];
  animals: FeatureHit[];
  /** (session 28, agdev) the fire_smoke terms read present (a rhinorrhoea inside one is the fire's soot) */
  smokeTerms: FeatureHit[];
  /** (session 28, agdev) the fire_smoke and burning_particles hits read present (a fire told before a cloud's denial) */
  fireBefore: FeatureHit[];
  odours: FeatureHit[];
  canisters: FeatureHit[];
  incendiaries: FeatureHit[];
  pesticideHits: FeatureHit[];
  releases: FeatureHit[];
  munitions: FeatureHit[];
  sensations: FeatureHit[];
  gutSigns: FeatureHit[];
  matchOdours: FeatureHit[];
  hasStill: boolean;
  heat: boolean;
  landmarkOnly: boolean;
  leakDenied: boolean;
  mayHoldAnimal: boolean;
}
/** a test of the final filter: true drops the hit */
type FinalDrop = (h: FeatureHit, c: FinalCtx) => boolean;
const FINAL_ALL = (_f: string): boolean => true;
const FINAL_DROPS: [(feature: string) => boolean, FinalDrop][] = [
  // (session 21, agnew) a colour told of a solid thing inside a cloud term's gap ('a yellowish waxy lump smoking', 'белый кусок
  // дымился', 'قطعة صفراء تدخن'): the lump's colour, not the cloud's
  [(f) => f.startsWith('cloud_'), (h, c) => h.present && h.feature.startsWith('cloud_') && h.feature !== 'cloud_none' && SOLID_IN_CLOUD.test(c.lower.slice(h.start, h.end))],
  // (session 19, aginc) "no working smoke alarms", "the smoke detector did not sound": the denial is the alarm's, not
  // the fire's (a home fire report tells the missing alarm), so a denied smoke alarm states nothing about a fire
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && !h.present && SMOKE_ALARM.test(c.lower.slice(h.start, h.end))],
  // (session 19, fixag2; review R20) a smoke alarm that a spray, an aerosol or steam set off, with no fire word in its sentence
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && SMOKE_ALARM.test(c.lower.slice(h.start, h.end)) && smokeAlarmNotFire(c.text, c.lower, h.start, h.end)],
  // (session 19, fixag2; review R29) 'within the limits' after a fall, or beside an exceedance told as a fact
  [(f) => f === 'no_agent_detected', (h, c) => h.feature === 'no_agent_detected' && h.present && LIMIT_FORMULA.test(c.lower.slice(h.start, h.end)) && (FELL_BEFORE.test(c.lower.slice(sentenceStart(c.text, h.start), h.start)) || EXCEEDED.test(c.lower))],
  // (session 22, fixag: review-s22 R14, R15) نفس before a definite noun is 'the same'; 'نفسي قصير' read with a breathing word or a since-phrase
  [(f) => f === 'dyspnoea', (h, c) => h.feature === 'dyspnoea' && h.present && arDyspnoeaNotBreath(c.text, c.lower, h)],
  // (session 22, fixag: review-s22 R16, R17) the meal's time with no food illness in its sentence; انطبخ with no food noun
  [(f) => f === 'ingestion', (h, c) => h.feature === 'ingestion' && h.present && arMealNotFood(c.text, c.lower, h)],
  // (session 22, fixag: review-s22 R4, R7) a first measurement a later test superseded in its sentence, or a party's claim
  [(f) => f === 'no_agent_detected', (h, c) => h.feature === 'no_agent_detected' && h.present && (NO_AGENT_SUPERSEDED.test(c.lower.slice(h.end, sentenceEnd(c.text, h.end))) || NO_AGENT_CLAIMED.test(c.lower.slice(clauseStart(c.text, h.start), h.start)))],
  [(f) => f === 'skin_burning', (h, c) => h.feature === 'skin_burning' && h.present && c.lesions.some((o) => overlaps(h, o))],
  // (session 20, agru) Russian запотеть is what glass does (fogging up: 'очки запотели', 'стёкла противогаза запотели'), read as
  // sweating through the bare verb потеть: not with a thing that fogs in its sentence
  [(f) => f === 'sweating', (h, c) => h.feature === 'sweating' && h.present && RU_FOGGED.test(c.lower.slice(h.start, h.end)) && (RU_FOG_THING.test(c.lower.slice(sentenceStart(c.text, h.start), h.start)) || RU_FOG_THING_AFTER.test(c.lower.slice(h.end, sentenceEnd(c.text, h.end))))],
  // a phrase stating the contrary ("بتوسع حدقة العين", dilated pupils) overrides a looser reading of the same words
  [FINAL_ALL, (h, c) => h.present && c.statedAbsent.some((o) => o.feature === h.feature && overlaps(h, o))],
  [(f) => f === 'deaths', (h, c) => h.feature === 'deaths' && h.present && deathIrrealis(c.text, h.start)],
  // (session 29, agclass) a denial of symptoms bounded by a time ('no symptoms at first', 'nobody felt ill at the time of the attack',
  // 'none had symptoms until the evening', 'сначала никаких симптомов не было', 'لم تظهر أعراض التسمم إلا بعد عدة ساعات') is the latent
  // period of a delayed agent (cdc-mustard: signs 'usually ... do not occur immediately', up to 24 hours; cdc-phosgene: hours later),
  // not the absence of poisoning (latentDenial)
  [(f) => f === 'no_poisoning_signs', (h, c) => h.feature === 'no_poisoning_signs' && h.present && latentDenial(c.text, c.lower, h)],
  // (session 28, agdev) a thing that dies (the wind, a battery, the noise) is no death (thingDied)
  [(f) => f === 'deaths' || f === 'dead_animals', (h, c) => (h.feature === 'deaths' || h.feature === 'dead_animals') && h.present && thingDied(c.text, c.lower, h)],
  // (review s30) English 'pupils' that are schoolchildren (schoolPupils)
  [(f) => f === 'miosis' || f === 'mydriasis', (h, c) => (h.feature === 'miosis' || h.feature === 'mydriasis') && h.present && schoolPupils(c.text, c.lower, h)],
  // (session 28, agdev) a runny nose read inside the words of a fire_smoke term is the fire's soot (smokeTerms)
  [(f) => f === 'rhinorrhoea', (h, c) => h.feature === 'rhinorrhoea' && h.present && c.smokeTerms.some((o) => o.start <= h.start && h.end <= o.end)],
  // (session 30, aginc) a sewage works told with the words of a water works ('waste water treatment plant', 'очистные сооружения
  // канализации', 'محطة تكرير المياه المبتذلة'): the water-works term read inside or right before the wastewater phrase is that
  // works, whose hazard in a pit, basin or well is hydrogen sulphide (atsdr-h2s-toxfaqs), not a drinking-water chlorination
  // (wastewaterWorks); judgment of reading
  [(f) => f === 'delivery_pool_pump', (h, c) => h.feature === 'delivery_pool_pump' && h.present && wastewaterWorks(c, h)],
  // (session 28, agdev) a smell that mixes with a product (SMELL_SUBJECT_BEFORE)
  [(f) => f === 'delivery_pool_pump', (h, c) => h.feature === 'delivery_pool_pump' && h.present && MIX_WORD.test(h.phrase) && SMELL_SUBJECT_BEFORE.test(c.lower.slice(Math.max(clauseStart(c.text, h.start), h.start - 40), h.start))],
  // (session 28, agdev) dead animals as a smell's simile (SMELL_SIMILE_BEFORE)
  [(f) => f === 'dead_animals', (h, c) => h.feature === 'dead_animals' && h.present && smellSimileAnimal(c.text, c.lower, h)],
  // (session 20, agru) a Russian or Arabic time phrase whose clause tells the signs easing or what was left ('وبعد ساعة خف السعال',
  // 'وبعد ساعة ما بقى غير احمرار خفيف', 'через час остались только красные глаза') times the course, not a delayed onset
  // (session 29, agclass) and a fast onset's time likewise ('а на воздухе через двадцать минут стало легче': the relief's time, not the
  // onset's); 'стало лучше / легче' (it got better, easier) joins the Russian words of easing
  [(f) => f === 'onset_delayed' || f === 'onset_fast', (h, c) => (h.feature === 'onset_delayed' || h.feature === 'onset_fast') && h.present && EASED_AFTER.test(c.lower.slice(h.end, h.end + 60))],
  // (session 20, agru) the bodies a fluid or a room preserves or embalms ('محلول حفظ الجثث', 'تحنيط الجثث', 'раствор для
  // бальзамирования трупов': embalming fluid, a morgue's) are no one's death in the incident
  [(f) => f === 'deaths', (h, c) => h.feature === 'deaths' && h.present && PRESERVED_BODIES_BEFORE.test(c.lower.slice(Math.max(0, h.start - 30), h.start))],
  // (session 19, agpara) 'he couldn't swallow', 'не мог глотать', 'ما قدر يبلع': an inability to swallow is the sign (dysphagia,
  // read by its own entry), not a denial that anything was eaten or drunk
  // (session 19, fixag1) with agparen's difficulty right before 'swallow' ('had trouble swallowing'): one reading (swallowInability)
  [(f) => f === 'ingestion', (h, c) => h.feature === 'ingestion' && swallowInability(c.lower, h)],
  // (session 19, agpara) a burning that flares again after water ('the shower that night made it flare up again', 'после душа
  // снова вспыхнуло'): the sensation revived by washing, as an irritant's burning returns in water (medscape-rca), not a fill
  // that re-ignites, which air does (nrc-smokes-1999: white phosphorus re-ignites as its dressing dries: a dressing, drying or the air between keeps the reading);
  // (session 19, fixag1) with agparen's water as the occasion after ('it flared up again in the shower'): one reading, not two
  // (session 21, agnew) nor with the drying told in the re-flare itself ('it flared again when it dried': the term file's drying terms)
  [(f) => f === 'burning_particles', (h, c) => h.feature === 'burning_particles' && h.present && REFLARE.test(h.phrase) && !OUT_OF_WATER.test(h.phrase) && !AIR_BETWEEN.test(h.phrase) && waterReflare(c.lower.slice(sentenceStart(c.text, h.start), h.start), c.lower.slice(h.end, h.end + 40))],
  // "no smell except burning wood": the exception is what was smelled (the odour it names is turned present above)
  [(f) => f === 'odour_none', (h, c) => h.feature === 'odour_none' && h.present && EXCEPT_AFTER.test(c.lower.slice(h.end, h.end + 16))],
  // (session 16, fixag; review R7) "No one was hurt except the guards", "Никто не пострадал, кроме охранников", "لم يصب أحد باستثناء
  // الحراس": the exception tells a casualty, so the denial is no statement that nobody was harmed
  // (session 24, fixag: review s24 R5) or with but / но / بس and a casualty after it in its sentence (BUT_CASUALTY_AFTER)
  [(f) => f === 'no_casualties', (h, c) => h.feature === 'no_casualties' && h.present && (EXCEPT_RIGHT_AFTER.test(c.lower.slice(h.end, h.end + 40)) || AR_EXCEPT_AFTER.test(c.lower.slice(h.end, h.end + 16)) || BUT_CASUALTY_AFTER.test(c.lower.slice(h.end, sentenceEnd(c.text, h.end))))],
  // "a faint smell", "a faint whiff": the adjective is no fainting; (session 23, agfix) nor "felt faint", "went faint", the sensation
  // before a faint (HPO Presyncope), which the lexicon reads as dizziness, nor "the smell was faint": the adjective never is
  [(f) => f === 'loss_of_consciousness', (h, c) => h.feature === 'loss_of_consciousness' && /(?:^|\s)faint$/i.test(h.phrase)],
  [(f) => f === 'onset_delayed', (h, c) => h.feature === 'onset_delayed' && h.present && persistsAfter(c.text, h.end)],
  // (session 17, agru) "Утечки вещества не произошло": the leak denied by the official postposed formula (LEAK_NOT_HAPPENED_AFTER)
  [(f) => f === 'delivery_industrial_leak', (h, c) => h.feature === 'delivery_industrial_leak' && h.present && RU_LEAK_WORD.test(c.lower.slice(h.start, h.end)) && LEAK_NOT_HAPPENED_AFTER.test(c.lower.slice(h.end, h.end + 60))],
  // (session 18, agru) a general truth about smelling (GENERIC_SUBJECT_BEFORE, PRESENT_PERCEPTION_DENIED)
  [(f) => f.startsWith('odour_') || f === 'cloud_none', (h, c) => (h.feature.startsWith('odour_') || h.feature === 'cloud_none') && PRESENT_PERCEPTION_DENIED.test(c.lower.slice(h.start, h.end)) && GENERIC_SUBJECT_BEFORE.test(c.lower.slice(Math.max(0, h.start - 24), h.start))],
  // (session 18, agru) ringing ears without a blast told (EAR_RINGING, blastTold)
  [(f) => f === 'trauma_injuries', (h, c) => h.feature === 'trauma_injuries' && h.present && EAR_RINGING.test(h.phrase) && !blastTold(c.lower, c.kept)],
  // (session 17, agru) people brought out into the fresh air ("звено ГДЗС вывело жителей на свежий воздух", "спасатели вынесли
  // пострадавшего на свежий воздух", "أخرجوهم إلى الهواء الطلق") is the rescue, the fire service's and the civil defence's formula,
  // not the quick relief in fresh air the feature is (which the account would tell by its own words: прошло, полегчало, تحسنوا)
  [(f) => f === 'recovery_fresh_air', (h, c) => h.feature === 'recovery_fresh_air' && h.present && RESCUED_TO_AIR_BEFORE.test(c.lower.slice(Math.max(sentenceStart(c.text, h.start), h.start - 60), h.start))],
  [(f) => f === 'delivery_industrial_leak', (h, c) => h.feature === 'delivery_industrial_leak' && h.present && hedgedBefore(c.text, h.start)],
  // (session 16, fixag) a cloud of smoke or dust that rose ('Поднялось облако розового и зелёного дыма', 'a smoke cloud rose', 'ارتفعت سحابة
  // دخان') is a fire's or a blast's plume, no buoyant gas: the hit's sentence names smoke or dust as what the cloud is of
  [(f) => f === 'rising_gas', (h, c) => h.feature === 'rising_gas' && h.present && SMOKE_CLOUD.test(c.text.slice(Math.max(sentenceStart(c.text, h.start), h.start - 40), Math.min(sentenceEnd(c.text, h.end), h.end + 60)))],
  // (session 17, agpara) ... unless the people near it are the casualties in that sentence ("labourers living near the waterworks were
  // brought to hospital"): a group struck by its nearness to a place marks the place as the source, where "we live next to the
  // waterworks" told apart from the signs is where the speaker lives
  [(f) => PLACE_SETTINGS.has(f), (h, c) => c.landmarkOnly && h.present && PLACE_SETTINGS.has(h.feature) && NEAR_PLACE_BEFORE.test(c.text.slice(Math.max(sentenceStart(c.text, h.start), h.start - 60), h.start)) && !NEAR_CASUALTY.test(c.text.slice(sentenceStart(c.text, h.start), sentenceEnd(c.text, h.end)))],
  // (session 16, agpara) a leak denied in so many words ("no leak was found", "ни утечки", "لا تسرب") leaves the workplace named
  // elsewhere (factory, цех, مصنع) the setting, not a release: the named workplace is kept only with a leak word of its own
  [(f) => f === 'delivery_industrial_leak', (h, c) => h.feature === 'delivery_industrial_leak' && h.present && c.leakDenied && !LEAK_WORD.test(c.lower.slice(h.start, h.end))],
  // (session 16, agpara) a household water tank (خزان المي / الماء / المياه: the roof or yard tank) is no chemical tank
  [(f) => f === 'delivery_industrial_leak', (h, c) => h.feature === 'delivery_industrial_leak' && h.present && AR_TANK.test(c.lower.slice(h.start, h.end)) && AR_WATER_AFTER.test(c.lower.slice(h.end, h.end + 12))],
  [(f) => f === 'cloud_yellow_green', (h, c) => h.feature === 'cloud_yellow_green' && h.present && mixedHue(c.lower, h.start, h.end)],
  // a gas named as chlorine, sarin or mustard inside the hit is no crowd-control gas (session 11 fixag, riot review: "Police said
  // chlorine gas was released when a barrel fell", "استخدمت قوات النظام غاز الكلور" across the term's two-word gap)
  [(f) => f === 'delivery_police_canister', (h, c) => h.feature === 'delivery_police_canister' && h.present && WAR_GAS_NAMED.test(c.lower.slice(h.start, h.end + 12))],
  // (session 17, aginc) the Snowball stem of "fired" is that of the noun "fire(s)", so "police fired" read "Police said the fire
  // started", "Officers linked the fires", "security forces fought the fire": a police or canister term that ends on the noun,
  // a determiner before it, tells a fire, not a firing
  [(f) => f === 'delivery_police_canister', (h, c) => h.feature === 'delivery_police_canister' && h.present && FIRE_NOUN_END.test(h.phrase)],
  // (session 17, aginc) "a huge grey cloud swallowed the street", "the flames swallowed the roof": a cloud, smoke, fire or the dark
  // that swallowed a place engulfed it; nothing was eaten or drunk
  [(f) => f === 'ingestion', (h, c) => h.feature === 'ingestion' && h.present && /^swallow/i.test(h.phrase) && ENGULFING_SUBJECT.test(c.lower.slice(Math.max(clauseStart(c.text, h.start), h.start - 40), h.start))],
  // (session 14, agram) smoke in a simile is what a cloud looked like, not a fire ("what looked like thick smoke or fog", "как
  // дым", "متل الدخان")
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && SMOKE_SIMILE_BEFORE.test(c.lower.slice(Math.max(0, h.start - 20), h.start))],
  // (session 15, agtox) "employees in the building felt burning on their faces": a burning that is felt is a sensation, and the
  // stem matcher's "building ... burning" across it is no fire
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && FELT_BURNING.test(h.phrase)],
  // (session 16, agpara and aginc, found apart) a verb of burning read as the eyes', throat's or skin's burning ("عيوننا ولّعت", "ولعت عيونا": the eyes
  // caught fire, a spoken burning of the eyes) is that sensation, no fire
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && c.sensations.some((o) => o.start <= h.start && h.start < o.end)],
  // (session 15, agtox) the attempt to help (rushed to help, went to help, the medical staff) is no rescuer falling ill: kept only
  // with an illness word in the hit, after it in its sentence, or right before it (verb-first Arabic: أصيب الكادر الطبي);
  // (session 15, fixtx) or with any clinical sign read present after it in its sentence ("the rescuers who went to help started
  // vomiting", "began foaming at the mouth"): a helper's sign is the secondary casualty the feature is for
  [(f) => f === 'medics_affected', (h, c) => h.feature === 'medics_affected' && h.present && !helperFellIll(c.text.slice(Math.max(sentenceStart(c.text, h.start), h.start - 24), sentenceEnd(c.text, h.end))) && !helperSignAfter(c.text, h, c.kept)],
  // (session 15, agtox) smoke as the first word of a compound ("no smoke or fire damage", "no smoke detectors", "no working smoke
  // alarms", "no smoke inhalation") names the damage, the device or the injury, not a cloud that was not seen
  [(f) => f === 'cloud_none', (h, c) => h.feature === 'cloud_none' && h.present && /smoke$/iu.test(h.phrase) && SMOKE_COMPOUND_AFTER.test(c.lower.slice(h.end, h.end + 40))],
  // (session 15, fixbl) a voice worn out by shouting or crying, the cause told in its sentence (VOICE_STRAIN)
  [(f) => f === 'hoarseness', (h, c) => h.feature === 'hoarseness' && h.present && VOICE_STRAIN.test(c.text.slice(Math.max(sentenceStart(c.text, h.start), h.start - 60), Math.min(sentenceEnd(c.text, h.end), h.end + 60)))],
  // (session 18, agru) the verb of frying (пожарить: пожарила, пожарили, пожаренный) shares the Snowball stem пожар of the fire: a
  // fried meal is no fire
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && RU_POZHAR_VERB.test(c.lower.slice(h.start, h.end))],
  // burning tyres are the protesters' barricade, not the fire that exposed anyone (session 8; dev-v10 kibera-2016)
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && TYRE_WORD_IN.test(h.phrase)],
  [FINAL_ALL, (h, c) => c.hasStill && STILL.some((r) => insideMatch(r, c.lower, h.start, h.end))],
  [(f) => f === 'deaths', (h, c) => h.feature === 'deaths' && c.animals.some((o) => overlaps(h, o))],
  [(f) => f === 'odour_none', (h, c) => h.feature === 'odour_none' && c.odours.some((o) => overlaps(h, o))],
  // "no smell of gas, only petrol and burning", "ما كان في ريحة غاز، بس ريحة بنزين", "запаха газа не было, только запах гари":
  // another smell told after the "no smell" says there was a smell, and the "no smell" denies only what it names. One rule
  // (session 13, agram: session 12's two rules for it, fixag's and para's, merged with the same output): a smell word right
  // after but / only (BUT_ONLY_SMELL_AFTER, read or not: "only the smell of the sea"), or an odour read present later in
  // the same sentence and not in a comparison ("unlike the chlorine smell in Douma")
  [(f) => f === 'odour_none', (h, c) => h.feature === 'odour_none' && h.present && (BUT_ONLY_SMELL_AFTER.test(c.lower.slice(h.end, h.end + 48)) || c.odours.some((o) => o.present && o.start >= h.end && !SENTENCE_BREAK.test(c.text.slice(h.end, o.start)) && !COMPARED.test(c.text.slice(h.end, o.start))))],
  // (session 22, agnew) a tear in a glove, a suit or a bag is a rip (HPO Epiphora's 'Tearing' stems to 'tear'): not the eyes' tears
  [(f) => f === 'lacrimation', (h, c) => h.feature === 'lacrimation' && h.present && ripTear(c.lower, h.start, h.end)],
  // (session 22, agnew) "No gas, no strange cloud, just fire and black smoke", "никакого облака, только огонь и дым", "ولا غيمة
  // غريبة، بس نار ودخان أسود": a fire's smoke told after just / only following the denied cloud in its sentence says what was seen;
  // the denial is of a gas cloud, not of every cloud (as a smell after 'no smell, only ...' above)
  [(f) => f === 'cloud_none', (h, c) => h.feature === 'cloud_none' && h.present && SMOKE_AFTER_NO_CLOUD.test(c.text.slice(h.end, sentenceEnd(c.text, h.end)).toLowerCase())],
  // (session 28, agdev) and a fire told before the denial in its sentence ('fire came down from the sky, the tents caught fire, no cloud
  // and no gas smell', 'نزلت من السما شرارات نار، الخيام ولّعوا، ولا غيمة ولا ريحة غاز'): the fire's smoke was there to see, so the
  // denial is of a gas cloud, as with a fire told after it (the burning particles or the fire read present in the same sentence)
  [(f) => f === 'cloud_none', (h, c) => h.feature === 'cloud_none' && h.present && c.fireBefore.some((o) => o.end <= h.start && o.start >= sentenceStart(c.text, h.start))],
  // session 12 (fixag): half or a quarter of an hour ("بعد نص ساعة", the stem matcher's gap in "بعد ساعات") is no delayed onset
  [(f) => f === 'onset_delayed', (h, c) => h.feature === 'onset_delayed' && h.present && PART_OF_HOUR.test(h.phrase) && !PART_OF_DAY.test(h.phrase)],
  [(f) => f === 'odour_burning', (h, c) => h.feature === 'odour_burning' && h.present && c.matchOdours.some((o) => overlaps(h, o))],
  // (session 14, agram) "the smoke smelled of garlic", "a smoke smelling of rotten apples": the noun before a verbal smell
  // word is the smell's source, its subject; what it smelled of is the odour (the stem matcher reads "smoke smelled" as the
  // compound "smoke smell")
  // (session 24, fixag) тянуть is a smell verb only before an instrumental (tugNotSmell)
  [(f) => f.startsWith('odour_'), (h, c) => h.present && h.feature.startsWith('odour_') && tugNotSmell(c.lower.slice(h.start, h.end))],
  [(f) => f.startsWith('odour_'), (h, c) => h.present && h.feature.startsWith('odour_') && h.phrase.includes(' smel') && SOURCE_SMELLED.test(h.phrase) && OF_LIKE_AFTER.test(c.lower.slice(h.end, h.end + 8))],
  // (session 17, agpara) "swallow" said of a cloud, smoke, dust or fire, or with a place as its object ("a grey cloud swallowed the
  // street", "the flames swallowed the house") engulfs; only a person swallows what is eaten or drunk
  // (session 19, agparen) "could not swallow", "had trouble swallowing", "unable to swallow" is the sign (dysphagia, read by its own
  // feature), neither a meal nor its denial: folded into agpara's CANNOT_SWALLOW check above (fixag1)
  [(f) => f === 'ingestion', (h, c) => h.feature === 'ingestion' && h.present && /^swallow/i.test(h.phrase) && (SWALLOW_SUBJECT_BEFORE.test(c.lower.slice(Math.max(sentenceStart(c.text, h.start), h.start - 40), h.start)) || SWALLOW_PLACE_AFTER.test(c.lower.slice(h.end, h.end + 40)))],
  // (session 17, agpara) قنبلة / قنابل of a launcher's calibre (عيار 37، 38، 40 ملم) is the launched grenade that English "a 40 mm
  // grenade" and Russian "40-мм граната" tell, which read no shell or bomb there: not a shell or rocket in Arabic either
  [(f) => f === 'delivery_shell_rocket', (h, c) => h.feature === 'delivery_shell_rocket' && h.present && AR_BOMB_WORD.test(c.lower.slice(h.start, h.end)) && AR_GRENADE_CALIBRE.test(c.lower.slice(h.end, h.end + 24))],
  // session 12 (fixag): "discharged a pepper spray / the weapon" fires it; only a patient is discharged
  [(f) => f === 'full_recovery', (h, c) => h.feature === 'full_recovery' && h.present && /^discharg/i.test(h.phrase) && DISCHARGED_OBJECT.test(c.lower.slice(h.end, h.end + 30))],
  // session 12 (fixag): a stink, smoke, paint or bath bomb is no munition
  [(f) => f === 'delivery_shell_rocket', (h, c) => h.feature === 'delivery_shell_rocket' && h.present && BOMB_WORD.test(h.phrase) && /(?:stink|smoke|paint|bath|glitter|water|cherry)[\s-]*$/i.test(c.lower.slice(Math.max(0, h.start - 12), h.start))],
  // (session 19, agru) the same in Russian and Arabic: the adjective before the Russian noun (дымовая, вонючая, водяная бомба),
  // the adjective after the Arabic one (قنبلة دخانية / الدخان / مائية / ملونة); not the diminutive бомбочки alone, which is also
  // a cluster munition's bomblets
  [(f) => f === 'delivery_shell_rocket', (h, c) => h.feature === 'delivery_shell_rocket' && h.present && toyBomb(c.lower, h.start, h.end)],
  // (session 19, agru) the airways are no sewer and their burn no skin burn: Arabic المجاري (sewers) before التنفسية / الهوائية is
  // the respiratory passages (تهيج المجاري التنفسية), and an Arabic burn of the airways, larynx or gullet (حروق في الجهاز
  // التنفسي) is read by throat_burning's terms, not as the burns of the skin
  [(f) => f === 'delivery_industrial_leak' || f === 'confined_space', (h, c) => h.present && (h.feature === 'delivery_industrial_leak' || h.feature === 'confined_space') && AR_SEWER_WORD.test(c.lower.slice(h.start, h.end)) && AR_AIRWAY_ADJ_AFTER.test(c.lower.slice(h.end, h.end + 16))],
  [(f) => f === 'burns', (h, c) => h.feature === 'burns' && h.present && AIRWAY_BURN_AFTER.test(c.lower.slice(h.end, h.end + 64)) && AIRWAY_BURN_WORD.test(c.lower.slice(h.start, h.end))],
  // session 12 (fixag): crying told with laughter, fear, screaming or panic in its clause is weeping, not an irritant's tearing
  // ("attacks of laughing and crying", "crying and screaming", "плакали от страха", "يبكوا من الخوف")
  [(f) => f === 'lacrimation', (h, c) => h.feature === 'lacrimation' && h.present && CRYING.test(h.phrase) && emotionNear(c.lower, h.start, h.end)],
  // (session 15, fixtx) tears whose ordinary cause is told: onions, laughing, the wind, the cold, an allergy
  [(f) => f === 'lacrimation', (h, c) => h.feature === 'lacrimation' && h.present && (TEARS_CAUSE_AFTER.test(c.lower.slice(h.end, h.end + 72)) || TEARS_CAUSE_BEFORE.test(c.lower.slice(Math.max(0, h.start - 40), h.start)))],
  // a stove's fuel named in a smell ('ريحة الحطب المحروق', the smell of burnt firewood) is the smell, not a stove (session 12, para)
  [(f) => f === 'combustion_appliance', (h, c) => h.feature === 'combustion_appliance' && h.present && c.odours.some((o) => o.present && overlaps(h, o))],
  // session 21 (aginc): a spray told as a pesticide's in the same words is the pesticide application, not a spray at people
  [(f) => f === 'delivery_spray_face', (h, c) => h.feature === 'delivery_spray_face' && h.present && c.pesticideHits.some((o) => overlaps(h, o))],
  // session 21 (fixag1; review R36): sprayed by an aircraft or over a place, not at people (SPRAY_NOT_HAND)
  [(f) => f === 'delivery_spray_face', (h, c) => h.feature === 'delivery_spray_face' && h.present && SPRAY_NOT_HAND.test(c.lower.slice(Math.max(sentenceStart(c.text, h.start), h.start - 48), Math.min(sentenceEnd(c.text, h.end), h.end + 48)))],
  // session 21 (fixag1; review R22): wiring that burned, a cause with a munition in its sentence (FIRE_CAUSE_BURNT_BEFORE)
  [(f) => f === 'fire_cause_ordinary', (h, c) => h.feature === 'fire_cause_ordinary' && h.present && (FIRE_CAUSE_BURNT_BEFORE.test(c.lower.slice(Math.max(0, h.start - 32), h.start)) || c.munitions.some((o) => !SENTENCE_BREAK.test(c.text.slice(Math.min(h.end, o.end), Math.max(h.start, o.start)))))],
  // session 21 (fixag1; review R17): panic or stress as the time's climate ('amid', وسط, في ظل) (PANIC_AMID_BEFORE)
  [(f) => f === 'panic', (h, c) => h.feature === 'panic' && h.present && PANIC_AMID_BEFORE.test(c.lower.slice(Math.max(0, h.start - 16), h.start))],
  // session 21 (fixag1; review R15): pupils 'equal and reactive' beside a small-pupil word or size (SMALL_PUPIL_WORD)
  [(f) => f === 'miosis', (h, c) => h.feature === 'miosis' && !h.present && EQUAL_REACTIVE_PHRASE.test(c.lower.slice(h.start, h.end)) && !SMALL_PUPIL_WORD.test(c.lower.slice(h.start, h.end)) && (SMALL_PUPIL_WORD.test(c.lower.slice(sentenceStart(c.text, h.start), h.start)) || SMALL_PUPIL_WORD.test(c.lower.slice(h.end, sentenceEnd(c.text, h.end))))],
  // session 21 (aginc): firefighters' foam is no froth at the mouth (FIRE_FOAM_CONTEXT)
  [(f) => f === 'frothy_sputum', (h, c) => h.feature === 'frothy_sputum' && h.present && FOAM_WORD.test(c.lower.slice(h.start, h.end)) && FIRE_FOAM_CONTEXT.test(c.lower.slice(sentenceStart(c.text, h.start), sentenceEnd(c.text, h.end))) && !FOAM_BODY_NEAR.test(c.lower.slice(Math.max(0, h.start - 40), h.end + 40))],
  // session 21 (aginc): an aerosol, fog, smoke or foam generator sprays; it burns no fuel in the room (SPRAY_GENERATOR_BEFORE)
  // (session 21, agru, the same rule: аэрозольный генератор, генератор холодного тумана, дымогенератор; a fogging machine of
  // disinsection, a stage smoke machine; مولد ضباب / دخان; one rule since fixag1, review R27)
  [(f) => f === 'combustion_appliance', (h, c) => h.feature === 'combustion_appliance' && h.present && sprayGenerator(c.lower, h.start, h.end)],
  // (session 24, fixag: review s24 R15) a bare dip tank outside an account of livestock, or a process line's (dipTankNotSheep)
  [(f) => f === 'pesticide_application', (h, c) => h.feature === 'pesticide_application' && h.present && dipTankNotSheep(c.text, c.lower, h.start, h.end)],
  // (session 24, fixag: review s24 R4) a household product that nothing in its sentence applies (productUnapplied)
  [(f) => f === 'pesticide_application' || f === 'delivery_irritant_spray', (h, c) => (h.feature === 'pesticide_application' || h.feature === 'delivery_irritant_spray') && h.present && productUnapplied(c.text, c.lower, h.start, h.end)],
  // (session 24, fixag: review s24 R9) the Russian 'gas poisoning' with no gas named is a household's only where the account tells
  // no release and no setting outside a dwelling: a delivery read present (a spray, a canister, a munition, a leak) or a setting
  // read present (a school, a plant, a rail tank car; not the ice arena, whose resurfacer is itself a combustion appliance) takes
  // the default away ("Школьники отравились газом, в классе распылили баллончик"). By the features read, not by topic words
  [(f) => f === 'combustion_appliance', (h, c) => h.feature === 'combustion_appliance' && h.present && GAS_POISONING_DEFAULT.test(c.lower.slice(h.start, h.end)) && c.kept.some((o) => o.present && o !== h && (o.feature.startsWith('delivery_') || (o.feature.startsWith('setting_') && o.feature !== 'setting_ice_arena')))],
  // (session 21, fixag2, review R31) eyes that were tiny and swollen, slits, screwed up or closed are lids closed on the eye
  // (tear gas's blepharospasm), not the pupils: the lay 'eyes were tiny' / 'عيونهم صغار' reads miosis only without such a word
  // after it; the dust that spun, fate that turned on us, and words one could not say from horror (agru's later terms)
  [(f) => f === 'miosis', (h, c) => h.feature === 'miosis' && h.present && EYES_TINY.test(c.lower.slice(h.start, h.end)) && EYES_LIDS_AFTER.test(c.lower.slice(h.end, h.end + 48))],
  [(f) => f === 'dizziness', (h, c) => h.feature === 'dizziness' && h.present && ((RU_ALL_SPUN.test(c.lower.slice(h.start, h.end)) && (RU_SPUN_THINGS_BEFORE.test(c.lower.slice(Math.max(0, h.start - 60), h.start)) || RU_SPUN_AIR_AFTER.test(c.lower.slice(h.end, h.end + 20)))) || (AR_WORLD_TURNED.test(c.lower.slice(h.start, h.end)) && AR_TURNED_ON_AFTER.test(c.lower.slice(h.end, h.end + 12))))],
  [(f) => f === 'dysphagia_dysarthria', (h, c) => h.feature === 'dysphagia_dysarthria' && h.present && RU_COULD_NOT_SAY.test(c.lower.slice(h.start, h.end)) && (RU_SAY_OBJECT_AFTER.test(c.lower.slice(h.end, h.end + 30)) || RU_SAY_FEAR_BEFORE.test(c.lower.slice(Math.max(0, h.start - 60), h.start)))],
  // (session 21, fixag2, review R12) 'загорелся / загорелись' + a light, a lamp, windows, eyes, an idea or a signal, then a place
  // word in the gap ("загорелся свет в доме напротив", "загорелись окна в домах", "загорелся идеей купить дом"): lit, not on fire
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && FIRE_LIT_NOT_FIRE.test(c.lower.slice(h.start, h.end))],
  [(f) => f === 'lacrimation' || f === 'fasciculations', (h, c) => fearfulFor(h) && emotionalSign(c.lower, h)],
  [(f) => f === 'sweating', (h, c) => c.heat && h.feature === 'sweating' && h.present],
  // (session 18, agpara) sweating in a relative clause of place names where on the body another sign is ("the skin burned in
  // the places that sweat", "в местах, где потеешь", "جلدنا يحرق بالمناطق اللي تعرق"): the folds mustard reaches (cdc-mustard:
  // warm, moist areas), no sweating told
  [(f) => f === 'sweating', (h, c) => h.feature === 'sweating' && h.present && SWEAT_PLACE_BEFORE.test(c.lower.slice(Math.max(0, h.start - 40), h.start))],
  [(f) => f === 'delivery_shell_rocket', (h, c) => h.feature === 'delivery_shell_rocket' && c.canisters.some((o) => overlaps(h, o))],
  [(f) => f === 'delivery_cylinder', (h, c) => h.feature === 'delivery_cylinder' && c.incendiaries.some((o) => overlaps(h, o))],
  // session 26 (agnew): a barrel or cask of water or sand is a store against fire or for the house, not the barrel bomb
  // ("бросали в ящик с песком или в бочку с водой", "a rain barrel", "برميل مي") (WATER_BARREL_*)
  [(f) => f === 'delivery_cylinder', (h, c) => h.feature === 'delivery_cylinder' && h.present && waterBarrel(c.lower, h.start, h.end)],
  // session 27 (agdev): a burst pipe told with steam or water and no chemical (plumbingPipe)
  [(f) => f === 'delivery_industrial_leak', (h, c) => h.feature === 'delivery_industrial_leak' && h.present && plumbingPipe(c.text, c.lower, h.start, h.end)],
  // session 27 (agdev): a store's barrel that wore through or leaked (leakingStoreBarrel)
  [(f) => f === 'delivery_cylinder', (h, c) => h.feature === 'delivery_cylinder' && h.present && leakingStoreBarrel(c.text, c.lower, h.start, h.end)],
  // (session 29, agctx) a helicopter's water, aid or rescue flight (reliefHelicopter)
  [(f) => f === 'delivery_cylinder', (h, c) => h.feature === 'delivery_cylinder' && h.present && reliefHelicopter(c.text, c.lower, h.start, h.end)],
  // (session 28, agdev) a gas cylinder in a fire (burningCylinder)
  [(f) => f === 'delivery_cylinder', (h, c) => h.feature === 'delivery_cylinder' && h.present && burningCylinder(c.text, c.lower, h.start, h.end)],
  // session 26 (agnew): Russian попадали (fell down, of people) with a thing as its subject is попадать, to land on or get into
  // ("опасные вещества попадали на эти территории", "осколки попадали в дома") (RU_LANDED_THING_BEFORE)
  [(f) => f === 'loss_of_consciousness', (h, c) => h.feature === 'loss_of_consciousness' && h.present && /^попадали$/u.test(c.lower.slice(h.start, h.end)) && RU_LANDED_THING_BEFORE.test(c.lower.slice(Math.max(sentenceStart(c.text, h.start), h.start - 60), h.start))],
  [(f) => f === 'burns', (h, c) => h.feature === 'burns' && h.present && burntThing(c.lower, h.start, h.end)],
  // session 32 (agnonmed): nobody else was hurt (nobodyElse): one was
  [(f) => f === 'no_casualties', (h, c) => h.feature === 'no_casualties' && h.present && nobodyElse(c.text, c.lower, h.start, h.end)],
  // session 32 (agnonmed): an Arabic heart, asthma or panic attack is no seizure (arAttackNotFit)
  [(f) => f === 'convulsions', (h, c) => h.feature === 'convulsions' && h.present && arAttackNotFit(c.lower, h.start, h.end)],
  // session 32 (agnonmed): a named illness told in the sentence of a gas or a chemical (medicalCauseAttributed)
  [(f) => f === 'named_medical_cause', (h, c) => h.feature === 'named_medical_cause' && h.present && medicalCauseAttributed(c.text, c.lower, h.start, h.end)],
  [(f) => f === 'heat_or_crowding', (h, c) => h.feature === 'heat_or_crowding' && h.present && c.munitions.some((o) => !SENTENCE_BREAK.test(c.text.slice(Math.min(h.end, o.end), Math.max(h.start, o.start))))],
  // session 12 (fix2ag): the heat counts only as the circumstance of the people's illness. A heat word that names no
  // cause (a hot day, standing for hours, under the sun) is dropped where a release cue (a smell, a cloud) is told in
  // the same sentence, where it is the setting of dead bodies, or where it is the topic of a film or report
  [(f) => f === 'heat_or_crowding', (h, c) => h.feature === 'heat_or_crowding' && h.present && !HEAT_CAUSE.test(h.phrase) && (c.releases.some((o) => !SENTENCE_BREAK.test(c.text.slice(Math.min(h.end, o.end), Math.max(h.start, o.start)))) || HEAT_NOT_ILLNESS.test(c.lower.slice(Math.max(sentenceStart(c.text, h.start), h.start - 60), h.start)))],
  // session 13 (agram): dehydration told as the effect of vomiting or diarrhoea is theirs, not the heat's ("given fluids for
  // dehydration after vomiting all night", "dehydrated from the diarrhoea", "обезвоживание из-за рвоты", "جفاف بسبب الإسهال"):
  // a causal word between them, the dehydration first (dehydration beside vomiting alone is also the heat's: heat exhaustion)
  [(f) => f === 'heat_or_crowding', (h, c) => h.feature === 'heat_or_crowding' && h.present && DEHYDRATION.test(h.phrase) && c.gutSigns.some((o) => o.start >= h.end && o.start - h.end <= 40 && GUT_CAUSE_BETWEEN.test(c.text.slice(h.end, o.start)))],
  // session 13 (agram): a sign or a death told of an animal (ANIMAL_SUBJECT_FEATURES)
  [(f) => ANIMAL_SUBJECT_FEATURES.has(f), (h, c) => h.present && c.mayHoldAnimal && ANIMAL_SUBJECT_FEATURES.has(h.feature) && animalSubject(c.text, c.lower, h.start)],
  // session 13 (agram): the sun is no fire ("the sun was blazing", "солнце палило", "الشمس حارقة")
  [(f) => f === 'fire_smoke', (h, c) => h.feature === 'fire_smoke' && h.present && SUN_WORD.test(h.phrase)],
  // session 12 (fix2ag): "to the flesh / bone" is a burn only told with a burn word (промок до мяса: soaked through)
  [(f) => f === 'burns', (h, c) => h.feature === 'burns' && h.present && /^до\s/u.test(h.phrase) && !BURN_WORD.test(c.lower.slice(Math.max(0, h.start - 40), h.start))],
  // session 12 (fix2ag): sulphuric acid is an acid, not the sulphur (rotten eggs / matches) smell
  [(f) => f === 'odour_rotten_eggs', (h, c) => h.feature === 'odour_rotten_eggs' && h.present && SULPHURIC_ACID.test(c.lower.slice(h.start, h.end + 24))],
  [(f) => f === 'odour_rotten_eggs', (h, c) => h.feature === 'odour_rotten_eggs' && h.present && greyNotSulphur(c.lower, h.start, h.end)],
  // (s15 agnone) the reflexive рваться is to burst, tear or strive, not to vomit ("рвались снаряды", "никто и не рвётся туда")
  [(f) => f === 'vomiting', (h, c) => h.feature === 'vomiting' && RU_REFLEXIVE_TEAR.test(c.lower.slice(h.start, h.end))],
  // (s15 agnone) spoken ميت مرة is 'a hundred times', no dead animal ("شفنا الطيور ميت مرة")
  [(f) => f === 'dead_animals', (h, c) => h.feature === 'dead_animals' && h.present && HUNDRED_TIMES.test(c.lower.slice(Math.max(h.start, h.end - 6), h.end + 8))],
  [(f) => f === 'iran_iraq_war', (h, c) => h.feature === 'iran_iraq_war' && h.present && WAR_RECALLED.test(c.lower.slice(Math.max(0, h.start - 48), h.start))],
  [(f) => f === 'odour_rotten_eggs', (h, c) => h.feature === 'odour_rotten_eggs' && h.present && SMELL_MATCHES_VERB.test(c.lower.slice(h.start, h.end))],
  // session 11 (riot): where the police delivery is read in the same sentence, "gas shells" / "tear-gas shells" (Indian English for
  // the canisters), "smoke shells" and the Arabic قنابل / قنبلة (bombs and grenades alike) are that delivery's
  // grenades, not a shell or bomb (dev: police lobbing gas shells into a jail read incendiary); judgment of reading
  [(f) => f === 'delivery_shell_rocket', (h, c) => h.feature === 'delivery_shell_rocket' && c.canisters.length > 0 && GRENADE_SHELL.test(c.lower.slice(Math.max(0, h.start - 12), h.end)) && c.canisters.some((o) => o.end >= sentenceStart(c.text, h.start) && o.start <= sentenceEnd(c.text, h.end))],
];
const finalDropsByFeature = new Map<string, FinalDrop[]>();
/** the tests that can drop a hit of this feature, in FINAL_DROPS' order (made at the feature's first hit) */
function finalDropsFor(feature: string): FinalDrop[] {
  let drops = finalDropsByFeature.get(feature);
  if (drops === undefined) finalDropsByFeature.set(feature, (drops = FINAL_DROPS.filter(([holds]) => holds(feature)).map(([, drop]) => drop)));
  return drops;
}
function keepFinal(h: FeatureHit, c: FinalCtx): boolean {
  const drops = finalDropsFor(h.feature);
  for (let k = 0; k < drops.length; k++) if (drops[k](h, c)) return false;
  return true;
}
/** Session 18 (agpara): the member after "not X but Y" read as the smell verb's object, and a denied smell of "such" read as a
 * strange smell (odour-contrast.ts). Only where a denied specific odour or a stated absence of smell is there to read (speed). */
function odourGrammarPass(terms: TermIndex | undefined, norm: Norm, text: string, lower: string, final: FeatureHit[]): void {
  const n = final.length;
  for (let i = 0; i < n; i++) {
    const h = final[i];
    if (h.feature === 'odour_none' && h.present && SUCH_PRE.test(lower) && suchSmell(lower, h.start, h.end, clauseStart(text, h.start), clauseEnd(text, h.end))) {
      h.feature = 'odour_unusual';
      continue;
    }
    if (h.present || !h.feature.startsWith('odour_') || h.feature === 'odour_none' || !CONTRAST_ODOUR_PRE.test(lower)) continue;
    const ph = contrastOdourPhrase(lower, h.end);
    if (!ph) continue;
    // (fields and scene off: only the odour phrases of the member are read from it)
    const sub = extractWith(ph.text, true, terms, true, false, false);
    for (const o of sub.hits) {
      if (!o.present || !o.feature.startsWith('odour_') || o.feature === 'odour_none' || o.feature === h.feature || o.end <= ph.offset) continue;
      if (final.some((x) => x.feature === o.feature && x.present && x.start < ph.end && ph.start < x.end)) continue;
      final.push({ feature: o.feature, present: true, phrase: quoteOriginal(norm, ph.start, ph.end), start: ph.start, end: ph.end });
    }
  }
}
/** "Not five minutes later": fewer than five minutes, the litotes of a fast onset, no denial (session 18, agpara). */
const LITOTES_FEW_MINUTES = /^not\s+(?:even\s+)?(?:a|one|two|three|four|five|ten|fifteen|twenty|\d+|a\s+few|several)\s+(?:minutes?|seconds?|moments?)\s+(?:later|after|had\s+passed|passed)/iu;
/** Session 18 (agpara): an onset timed by a verb of stopping, half an hour, and a sign denied as "no longer" (onset-grammar.ts).
 * Each whole-text gate first (speed): most texts hold none of the words. */
const NEXT_DAY_EN = /^(?:next|following)\s+day$/iu;
function signInSentence(text: string, final: FeatureHit[], h: FeatureHit): boolean {
  const a = sentenceStart(text, h.start);
  const b = sentenceEnd(text, h.end);
  for (const o of final) if (o !== h && o.present && CLINICAL_SIGNS.has(o.feature) && o.start >= a && o.end <= b) return true;
  return false;
}
/** (session 22, aginc) the words of being taken ill, with or without a sign the lexicon names, in Russian and Arabic: symptoms, signs
 * of poisoning, feeling unwell or worse, a complaint, pain, and the stems of the signs and the parts they show on (eyes, skin,
 * lungs, breath, cough, vomit, blisters, pupils, sweat, fits); a death is no onset ("توفي في اليوم التالي متأثراً بجروحه" times a
 * death of wounds). Closed classes; judgment of reading */
const RU_AR_SCRIPT = /[\u0400-\u04FF\u0600-\u06FF]/u;
// (the source folded as the text is: أ إ آ are read as ا)
// (session 22, fixag: review-s22 R8) the generic words (плохо, ухудш, бывает, началось, чувствовал, شعر, تعب, يحدث, يصير, ساءت, يظهر)
// time any event ('Через два часа ситуация ухудшилась', 'وفي اليوم التالي شعر السكان بالارتياح'): they count only with a body word
// (у него, ему, людям, عليه, عنده, معهم) or a second one of them in the sentence; the rest read alone
const ILLNESS_WORD_RU_AR = new RegExp(
  normaliseText(
    String.raw`(?<![\p{L}])(?:` +
    String.raw`(?:симптом|признак|самочувстви|заболе|недомог|жалоб|пожаловал|жаловал|отравл|слабост|` +
    String.raw`кашл|закашл|задых|дыша|дыхан|хрип|охрип|сип|слез|глаз|век[иа]|зрач|рвал|рвот|вырвал|стошн|тошн|жгл|жж|жг[лу]|щипал|резал|жечь|` +
    String.raw`кож|пузыр|волдыр|покрасн|опух|отёк|отек|зуд|чеса|голов|судорог|сознан|обморок|осел|упал|падал|пот[аеу]?(?![\p{L}])|потел|потеет|слюн|` +
    String.raw`мышц|дёрга|дерга|живот|понос|лёгк|легк|пен[аоуы]|температур|проявл|проявит)\p{L}*|бол(?:ь|и|ей|ями?|ях|ит|ят|ьно|ел\p{L}*|езн\p{L}*)` +
    String.raw`|стал[оиа]?\s+(?:очень\s+|совсем\s+|ещё\s+|еще\s+)?(?:плохо|хуже)` +
    String.raw`|(?:[وفب]|عال|ع)?(?:ال|لل)?(?:أعراض|اعراض|عوارض|تسمم|آلام|ألم|وجع|مرض|سعال|كحة|كحه|ضيق|تنفس|اختناق|لهاث|عيون|عيني|عينا|دموع|حرقة|حرقان|حكة|حكه|فقاعات|بثور|رغوة|رغوه|رئة|رئتي|رئتا|ري[هة]|تقيؤ|قيء|استفراغ|غثيان|صداع|دوخة|دوار|إغماء|اغماء|تشنج|تشنجات|زبد|جلد)\p{L}{0,3}` +
    String.raw`|[وف]?(?:يكح|يسعل|كح|يلهث|تقيأ|استفرغ|دمعت|حرقت|انتفخ|تورم|نفط)\p{L}{0,3}` +
    String.raw`)(?![\p{L}])`),
  'u',
);
const GENERIC_ILL_RU_AR = new RegExp(
  normaliseText(
    String.raw`(?<![\p{L}])(?:(?:плохо|почувствова|чувствова|ухудш|бывает|началось|начался|началась|начались)\p{L}*` +
    String.raw`|(?:[وفب]|عال|ع)?(?:ال|لل)?تعب\p{L}{0,3}` +
    String.raw`|[وف]?(?:شعر|شعرت|شعروا|شعرو|أحس|احس|حسيت|حس|ساءت|تدهورت|يصير|بيصير|يظهر|تظهر|بتظهر|بيظهر|يحدث|بيحدث)\p{L}{0,3})(?![\p{L}])`),
  'gu',
);
const ILL_BODY_RU_AR = new RegExp(
  normaliseText(
    String.raw`(?<![\p{L}])(?:у\s+(?:него|неё|нее|них|меня|нас|вас|тебя|людей|детей|жителей|\p{L}+(?:ых|их))|ему|ей|им|мне|нам|людям|детям|жителям|рабочим|многим|\p{L}+(?:ым|им)\s+(?:стало|становилось)` +
    String.raw`|[وف]?(?:عليه|عليها|عليهم|عليهن|علي|عنده|عندها|عندهم|عندي|عندنا|معه|معها|معهم|معي|معنا|فيه|فيها|فيهم|فيني|فينا))(?![\p{L}])`),
  'u',
);
function illnessInSentence(text: string, lower: string, h: FeatureHit): boolean {
  const sentence = lower.slice(sentenceStart(text, h.start), sentenceEnd(text, h.end));
  if (ILLNESS_WORD_RU_AR.test(sentence)) return true;
  GENERIC_ILL_RU_AR.lastIndex = 0;
  let n = 0;
  while (GENERIC_ILL_RU_AR.exec(sentence)) if (++n >= 2) return true;
  return n === 1 && ILL_BODY_RU_AR.test(sentence);
}
function onsetGrammarPass(text: string, lower: string, final: FeatureHit[]): void {
  // (speed) nothing to read unless an onset or a denied sign is there; the whole-text gates only then
  let any = false;
  for (const h of final) if (h.feature.startsWith('onset_') || h.feature === 'recovery_fresh_air' || (!h.present && CLINICAL_SIGNS.has(h.feature))) any = true;
  if (!any) return;
  const cessation = CESSATION_PRE.test(lower);
  const longer = NO_LONGER_PRE.test(lower);
  for (let i = final.length - 1; i >= 0; i--) {
    const h = final[i];
    if (h.present && h.feature.startsWith('onset_')) {
      if ((cessation && cessationTime(lower, clauseStart(text, h.start), h.start)) || (h.feature === 'onset_delayed' && halfHour(lower, h.start))) final.splice(i, 1);
      // (session 19, agparen) "the next / following day" times a sign only with one in its sentence, as the other onset phrases are
      // anchored: "The funeral the next day was packed" times the funeral
      else if (h.feature === 'onset_delayed' && NEXT_DAY_EN.test(h.phrase) && !signInSentence(text, final, h)) final.splice(i, 1);
      // (session 22, aginc) the Russian and Arabic hours ("через четыре часа", "спустя несколько часов", "بعد ساعات", "في اليوم التالي")
      // are anchored likewise: they time a sign, or an illness word, in their sentence; an official chronicle's "через четыре часа
      // к зданию подошёл мужчина" or "спустя несколько часов после первой попытки" times the event, not an onset
      else if (h.feature === 'onset_delayed' && RU_AR_SCRIPT.test(h.phrase) && !signInSentence(text, final, h) && !illnessInSentence(text, lower, h)) final.splice(i, 1);
    } else if (!h.present && h.feature === 'onset_fast' && LITOTES_FEW_MINUTES.test(lower.slice(h.start, h.end))) h.present = true;
    // a course word inside a fast onset's litotes ("Не прошло и пяти минут": прошло is no recovery) is part of the time phrase
    else if (h.feature === 'recovery_fresh_air' && final.some((o) => o.feature === 'onset_fast' && o.start <= h.start && h.end <= o.end)) final.splice(i, 1);
    else if (!h.present && longer && CLINICAL_SIGNS.has(h.feature) && noLonger(lower, h.start, h.end)) h.present = true;
  }
}
function fieldsPass(withFields: boolean, sameLength: boolean, terms: TermIndex | undefined, norm: Norm, text: string, lower: string, final: FeatureHit[]): void {
  // Structured summaries (structured-fields.ts): "Smell: none reported", "Deaths: 0", "Запах: не сообщается", "الرائحة: كلور".
  if (sameLength && withFields) {
    const fields = fieldsIn(lower);
    for (const f of fields) {
      const whole = quoteOriginal(norm, f.labelStart, f.valueEnd).trim();
      // the label is not a finding ("Deaths:" is no death) unless its value gives one
      for (let i = final.length - 1; i >= 0; i--) {
        const h = final[i];
        const inLabel = h.start < f.labelEnd && h.end > f.labelStart;
        const inValue = inside(h, f.valueStart, f.valueEnd);
        if (f.value === 'unknown' && (inLabel || inValue)) final.splice(i, 1);
        else if (f.value === 'none' && (inLabel || inValue)) final.splice(i, 1);
        else if (f.value === 'given' && inLabel && f.kind !== 'deaths') final.splice(i, 1);
      }
      if (f.value === 'none') {
        const absent: Record<string, [string, boolean] | undefined> = { smell: ['odour_none', true], cloud: ['cloud_none', true], deaths: ['deaths', false], signs: ['no_poisoning_signs', true], onset: undefined };
        const a = absent[f.kind];
        if (a) final.push({ feature: a[0], present: a[1], phrase: whole, start: f.labelStart, end: f.valueEnd });
      } else if (f.value === 'given') {
        const value = text.slice(f.valueStart, f.valueEnd).trim();
        if (f.kind === 'deaths' && !final.some((h) => h.feature === 'deaths' && h.start < f.valueEnd && h.end > f.labelStart))
          final.push({ feature: 'deaths', present: true, phrase: whole, start: f.labelStart, end: f.valueEnd });
        const ph = fieldPhrase(f, value);
        if (!ph) continue;
        const prefix = f.kind === 'smell' ? 'odour_' : f.kind === 'cloud' ? 'cloud_' : 'onset_';
        // (scene: false, speed: the scene's features are no odour, cloud or onset, the prefixes read from it)
        const sub = extractWith(ph.text, true, terms, true, false, false);
        for (const h of sub.hits) {
          if (!h.feature.startsWith(prefix) || h.end <= ph.offset) continue;
          if (final.some((o) => o.feature === h.feature && o.start >= f.valueStart && o.end <= f.valueEnd)) continue;
          final.push({ feature: h.feature, present: h.present, phrase: whole, start: f.valueStart, end: f.valueEnd });
        }
      }
    }
  }
}
function featuresOf(text: string, final: FeatureHit[]): Extraction {
  const features = new Map<string, { present: boolean; phrases: string[] }>();
  const named = namedIn(text);
  for (const h of final) {
    // (session 25, agnew) the Syrian war's base rate of agents (knowledge/agents.yaml syrian_war) stands in for an agent the account
    // does not name: where it names one ('قنبلتين محملتين بغاز السارين', 'chlorine barrels'), what it alleges is told and is the
    // assessment's to weigh (named_agents), and the setting is not read (a judgment, measured on the Syrian Archive floor)
    if (h.feature === 'syrian_war' && named.length) continue;
    const f = features.get(h.feature);
    if (!f) features.set(h.feature, { present: h.present, phrases: [h.phrase] });
    else {
      if (h.present && !f.present) {
        f.present = true;
        f.phrases.unshift(h.phrase);
      } else if (!f.phrases.includes(h.phrase)) f.phrases.push(h.phrase);
    }
  }
  return { features, hits: final, named };
}
