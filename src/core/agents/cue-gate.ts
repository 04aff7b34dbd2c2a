/**
 * Cue gates (session 14, speed only): one pass over a text tells which of a set of regular expressions can match in it at
 * all, so that a grammar pass whose cue word is absent pays nothing beyond that pass. Each expression's opening
 * characters are read from its source (regex-prefix.ts `openPrefixes`, as the lexicon trie's are: every match starts with
 * one of them, whitespace folded to one space) and put in one trie (lex-trie.ts); `scan` walks it from every position of
 * the text and returns a bit per expression whose prefix occurs somewhere. A bit that is clear means the expression has
 * no match anywhere in the text, nor in any slice of it (a slice's match starts with the same characters at the same
 * place), so a test or a scan of it may be skipped with the same result; a bit that is set means only that it may match.
 *
 * Case: the expressions are mostly case-insensitive and run on the text as written, so both the prefixes and the text are
 * read through one case-folding table (`caseCanon`: a character's lower case of its upper case, itself when either is not
 * one character), which puts together at least every pair of characters that the `i` flag matches to each other
 * (test/agents-speed-s14.test.ts checks it for every character of the Latin, Greek, Cyrillic and Arabic blocks whose upper
 * and lower case are one character each against every character; a source holding any other character is left open).
 * Folding more pairs than the flag does only sets a bit more often.
 */
import { openPrefixes } from './regex-prefix.js';
import { buildLexTrie, type LexTrie } from './lex-trie.js';
import { AssayError } from '../errors.js';

/** JS `\s` as the prefixes fold it: every whitespace character reads as one space */
const WS = /\s/u;
let canonTable: Uint16Array | null = null;
/** The case-folding table of the gates, by UTF-16 code unit (built once, 128 KiB). */
export function caseCanon(): Uint16Array {
  if (canonTable) return canonTable;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (c < 0xd800 || c > 0xdfff) {
      if (WS.test(ch)) {
        t[c] = 32;
        continue;
      }
      const up = ch.toUpperCase();
      const low = up.length === 1 ? up.toLowerCase() : ch.toLowerCase();
      t[c] = low.length === 1 ? low.charCodeAt(0) : c;
    } else t[c] = c;
  }
  return (canonTable = t);
}

let letterTable: Uint8Array | null = null;
/** 1 for a UTF-16 code unit that is a letter (\p{L}) on its own (a surrogate is not), built once (64 KiB); shared with
 * feature-extraction.ts's word-boundary scans. */
export function letters(): Uint8Array {
  if (letterTable) return letterTable;
  const t = new Uint8Array(0x10000);
  const L = /\p{L}/u;
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) t[c] = L.test(String.fromCharCode(c)) ? 1 : 0;
  return (letterTable = t);
}

/**
 * Whether every match of `source` starts after a non-letter: the source opens with a look-behind that excludes letters
 * ("(?<![\p{L}])", "(?<![\p{L}\p{N}])" ...) and has no alternative outside it (no "|" at the top level). Such an
 * expression can only match where the character before is no letter of the Basic Multilingual Plane (a surrogate counts
 * as no letter here, which only admits more places).
 */
export function opensAfterNonLetter(source: string): boolean {
  const m = /^\(\?<!\[([^\]]*)\]\)/.exec(source);
  if (!m || !m[1].includes('\\p{L}') || m[1].startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = m[0].length; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** The top-level alternatives of a regex source (split at each "|" outside groups and classes): a gate over them sets a
 * bit wherever the whole expression may match, and each alternative that opens with a letter look-behind is looked for at
 * word starts only. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** whether every character of `s` has a one-character upper case and lower case (what caseCanon folds exactly) */
export function simpleCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch.toUpperCase().length !== 1 || ch.toLowerCase().length !== 1) return false;
  }
  return true;
}

/** Longest prefix read per expression (judgment: four characters tell most cue words apart). */
const GATE_PREFIX = 4;

export class CueGate {
  private readonly trie: LexTrie;
  /** the bits of a node's expressions, by node */
  private readonly nodeBits: Int32Array;
  /** the bits of the expressions that may match anywhere (a prefix set holding the empty string) */
  private readonly always: number;
  /** the bits of the expressions that only match after a non-letter (opensAfterNonLetter), and whether all do */
  private readonly afterNonLetter: number;
  private readonly allAfterNonLetter: boolean;
  private readonly all: number;
  /** the canonical prefixes of each expression (for the test) */
  readonly prefixes: string[][];

  /** `sources`: at most 31 regex sources, bit i for sources[i] */
  constructor(sources: readonly string[], k = GATE_PREFIX) {
    if (sources.length > 31) throw new AssayError('internal', 'a cue gate holds at most 31 expressions');
    const canon = caseCanon();
    const fold = (s: string) => {
      let out = '';
      for (let i = 0; i < s.length; i++) out += String.fromCharCode(canon[s.charCodeAt(i)]);
      return out;
    };
    // (a source with a character whose upper or lower case is not one character, "ß" or "ΐ", is left open: the table's
    // folding is only checked for the others)
    this.prefixes = sources.map((src) => {
      const set = [...(openPrefixes(src, k) ?? new Set([''])).values()];
      return set.every(simpleCase) ? [...new Set(set.map(fold))] : [''];
    });
    this.trie = buildLexTrie(this.prefixes, []);
    const { atFrom, atList, always } = this.trie;
    this.nodeBits = new Int32Array(atFrom.length);
    for (let v = 0; v + 1 < atFrom.length; v++) for (let j = atFrom[v]; j < atFrom[v + 1]; j++) this.nodeBits[v] |= 1 << atList[j];
    let a = 0;
    for (const ei of always) a |= 1 << ei;
    this.always = a;
    this.all = sources.length === 31 ? 0x7fffffff : (1 << sources.length) - 1;
    let w = 0;
    sources.forEach((src, i) => {
      if (opensAfterNonLetter(src)) w |= 1 << i;
    });
    this.afterNonLetter = w;
    this.allAfterNonLetter = w === this.all;
    letters();
  }

  /** The bits of the expressions that may match somewhere in `text`. */
  scan(text: string): number {
    let got = this.always;
    const all = this.all;
    if (got === all) return got;
    const canon = canonTable!;
    const { root, childFrom, childChar, childNode } = this.trie;
    const bits = this.nodeBits;
    const n = text.length;
    const isLetter = letterTable!;
    const allAfter = this.allAfterNonLetter;
    const notAfterLetter = ~this.afterNonLetter;
    for (let p = 0; p < n; p++) {
      // (after a letter, only the expressions that need no non-letter before them)
      const afterLetter = p > 0 && isLetter[text.charCodeAt(p - 1)] === 1;
      if (afterLetter && allAfter) continue;
      const keep = afterLetter ? notAfterLetter : -1;
      let node = root[canon[text.charCodeAt(p)]];
      let q = p + 1;
      while (node !== 0) {
        got |= bits[node] & keep;
        if (got === all) return got;
        let lo = childFrom[node];
        const end = childFrom[node + 1];
        if (lo === end || q >= n) break;
        const c = canon[text.charCodeAt(q++)];
        let hi = end;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (childChar[mid] < c) lo = mid + 1;
          else hi = mid;
        }
        node = lo < end && childChar[lo] === c ? childNode[lo] : 0;
      }
    }
    return got;
  }
}
