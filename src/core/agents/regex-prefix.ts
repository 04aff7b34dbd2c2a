/**
 * The possible first characters of a regular expression's matches, read from its source: the set of strings of
 * length at most k that every match starts with (a string shorter than k is a whole match). `openPrefixes` builds
 * feature-extraction.ts's combined lexicon trie from them, so each lexicon pattern is tried only where a match could
 * start (speed only; the result is the same as a scan of the whole text: docs/agent-differential.md §7.0.1).
 *
 * Method: a small recursive-descent parser for the regex syntax the lexicon uses (literals, escapes, character
 * classes, groups, look-arounds, quantifiers) and the prefix language of each node, truncated to k characters
 * (concatenation of prefix sets, union for alternation, repetition unrolled up to k times past its minimum).
 * It is conservative: a construct it does not enumerate (\p{..}, ".", negated classes, back-references) or a set
 * larger than MAX_SET makes the whole answer `null` (try the pattern everywhere; in open mode such a construct only
 * ends the prefix where it stands, and a set too large is retried with a smaller k). Look-arounds are zero-width and
 * are read as the empty string, which only widens the set.
 */

/** Above this many prefixes the set is not worth a lookup table (judgment). */
const MAX_SET = 4000;

type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'unknown' }
  | { kind: 'zero' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; alts: Node[] }
  | { kind: 'rep'; node: Node; min: number; max: number };

class Unknown extends Error {}

/** JS `\s` (ECMA-262 WhiteSpace and LineTerminator). */
const WS = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', ...range(0x2000, 0x200a), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const DIGITS = range(0x30, 0x39);
const WORD = [...range(0x41, 0x5a), ...range(0x61, 0x7a), ...DIGITS, '_'];

function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
  return out;
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const n = this.alt();
    if (this.i < this.s.length) throw new Unknown(`unexpected ${this.s[this.i]}`);
    return n;
  }

  private alt(): Node {
    const alts = [this.seq()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0] : { kind: 'alt', alts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(node: Node): Node {
    const c = this.s[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Unknown('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy: the same set of matches
    return this.quantified({ kind: 'rep', node, min, max });
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i];
    if (c === '(') {
      let zero = false;
      if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i)) (this.i += 3), (zero = true);
      else if (s.startsWith('(?<=', this.i) || s.startsWith('(?<!', this.i)) (this.i += 4), (zero = true);
      else if (s.startsWith('(?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else if (s.startsWith('(?', this.i)) throw new Unknown('group flag');
      else this.i++;
      const inner = this.alt();
      if (s[this.i] !== ')') throw new Unknown('unclosed group');
      this.i++;
      return zero ? { kind: 'zero' } : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      this.i++;
      const r = this.escape(false);
      return r === 'zero' ? { kind: 'zero' } : r === 'unknown' ? { kind: 'unknown' } : { kind: 'chars', chars: r };
    }
    if (c === '.') {
      this.i++;
      return { kind: 'unknown' };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'zero' };
    }
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { kind: 'chars', chars: [ch] };
  }

  /** After a backslash: the characters it stands for, 'zero' for an assertion, 'unknown' for a class it does not
   * enumerate (\p{..}, \S, \D, \W). */
  private escape(inClass: boolean): string[] | 'zero' | 'unknown' {
    const s = this.s;
    const c = s[this.i++];
    switch (c) {
      case 's':
        return WS;
      case 'd':
        return DIGITS;
      case 'w':
        return WORD;
      case 'n':
        return ['\n'];
      case 't':
        return ['\t'];
      case 'r':
        return ['\r'];
      case 'f':
        return ['\f'];
      case 'v':
        return ['\v'];
      case 'b':
      case 'B':
        if (inClass) throw new Unknown('class \\b');
        return 'zero';
      case 'u': {
        const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(s.slice(this.i));
        if (!m) throw new Unknown('\\u');
        this.i += m[0].length;
        return [String.fromCodePoint(parseInt(m[1] ?? m[2], 16))];
      }
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(s.slice(this.i));
        if (!m) throw new Unknown('\\x');
        this.i += 2;
        return [String.fromCodePoint(parseInt(m[0], 16))];
      }
      case 'p':
      case 'P': {
        const m = /^\{[A-Za-z_=]+\}/.exec(s.slice(this.i));
        if (!m) throw new Unknown('\\p');
        this.i += m[0].length;
        return 'unknown';
      }
      case 'S':
      case 'D':
      case 'W':
        return 'unknown';
      default:
        if (/[A-Za-z0-9]/.test(c)) throw new Unknown(`\\${c}`); // back-references and the rest
        return [c];
    }
  }

  private charClass(): Node {
    const s = this.s;
    this.i++;
    let unknown = false;
    if (s[this.i] === '^') {
      unknown = true;
      this.i++;
    }
    const chars = new Set<string>();
    let prev: string | null = null;
    while (this.i < s.length && s[this.i] !== ']') {
      if (s[this.i] === '-' && prev !== null && s[this.i + 1] !== ']') {
        this.i++;
        let hi: string;
        if (s[this.i] === '\\') {
          this.i++;
          const e = this.escape(true);
          if (e === 'zero' || e === 'unknown' || e.length !== 1) throw new Unknown('range');
          hi = e[0];
        } else {
          hi = String.fromCodePoint(s.codePointAt(this.i)!);
          this.i += hi.length;
        }
        const lo = prev.codePointAt(0)!;
        const top = hi.codePointAt(0)!;
        if (top - lo > MAX_SET) throw new Unknown('wide range');
        for (const x of range(lo, top)) chars.add(x);
        prev = null;
        continue;
      }
      if (s[this.i] === '\\') {
        this.i++;
        const e = this.escape(true);
        if (e === 'zero') throw new Unknown('class assertion');
        if (e === 'unknown') {
          unknown = true;
          prev = null;
          continue;
        }
        for (const x of e) chars.add(x);
        prev = e.length === 1 ? e[0] : null;
        continue;
      }
      const ch = String.fromCodePoint(s.codePointAt(this.i)!);
      this.i += ch.length;
      chars.add(ch);
      prev = ch;
    }
    if (s[this.i] !== ']') throw new Unknown('unclosed class');
    this.i++;
    return unknown ? { kind: 'unknown' } : { kind: 'chars', chars: [...chars] };
  }
}

/** Options of the enumeration. `open`: a construct it does not enumerate ends the prefix there (the string is kept,
 * marked with STOP so nothing is appended after it) instead of giving up on the whole pattern; `foldSpace`: every
 * whitespace character is enumerated as one space (the text is folded the same way when it is looked up). */
interface Opts {
  open: boolean;
  foldSpace: boolean;
}
/** Marks a prefix that an unenumerated construct ended (open mode); never a character of a lexicon pattern. */
const STOP = '\uffff';
const WS_SET = new Set(WS);
const done = (x: string, k: number) => x.length >= k || x.endsWith(STOP);

function concat(a: Set<string>, b: Set<string>, k: number): Set<string> {
  const out = new Set<string>();
  for (const x of a) {
    if (done(x, k)) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, k));
    if (out.size > MAX_SET) throw new Unknown('too many prefixes');
  }
  return out;
}

function prefixes(n: Node, k: number, o: Opts): Set<string> {
  switch (n.kind) {
    case 'unknown':
      if (o.open) return new Set([STOP]);
      throw new Unknown('unknown');
    case 'zero':
      return new Set(['']);
    case 'chars': {
      const chars = o.foldSpace ? [...new Set(n.chars.map((c) => (WS_SET.has(c) ? ' ' : c)))] : n.chars;
      if (chars.length > MAX_SET) {
        if (o.open) return new Set([STOP]);
        throw new Unknown('too many chars');
      }
      return new Set(chars.map((c) => c.slice(0, k)));
    }
    case 'alt': {
      const out = new Set<string>();
      for (const a of n.alts) for (const x of prefixes(a, k, o)) out.add(x);
      if (out.size > MAX_SET) throw new Unknown('too many prefixes');
      return out;
    }
    case 'seq': {
      let acc = new Set(['']);
      for (const it of n.items) {
        let allLong = true;
        for (const x of acc) if (!done(x, k)) allLong = false;
        if (allLong) break;
        acc = concat(acc, prefixes(it, k, o), k);
      }
      return acc;
    }
    case 'rep': {
      // x{min,max}: the union over min .. min + k repetitions (more repetitions add no new k-prefix: docs in the
      // module comment)
      const one = prefixes(n.node, k, o);
      let acc = new Set(['']);
      for (let r = 0; r < n.min; r++) {
        acc = concat(acc, one, k);
        if ([...acc].every((x) => done(x, k))) return acc;
      }
      const out = new Set(acc);
      for (let r = n.min; r < Math.min(n.max, n.min + k); r++) {
        acc = concat(acc, one, k);
        for (const x of acc) out.add(x);
      }
      if (out.size > MAX_SET) throw new Unknown('too many prefixes');
      return out;
    }
  }
}

/**
 * The k-prefixes of every match of `source` (a regex source in the syntax above), or null when they cannot be
 * enumerated (then every position must be tried).
 */
export function matchPrefixes(source: string, k = 2): Set<string> | null {
  try {
    return prefixes(new Parser(source).parse(), k, { open: false, foldSpace: false });
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

/**
 * Open prefixes of every match of `source`, whitespace folded to one space: a set of strings such that every match,
 * with its whitespace folded, starts with one of them. A string ends at k characters, at the end of a match, or where
 * the pattern has a construct this module does not enumerate (\p{..}, ".", a negated class ...): from there on
 * anything may follow. The longest k (at most `kMax`) whose set stays within MAX_SET is used; null only when the
 * source cannot be parsed. Used by feature-extraction.ts to build one trie over every lexicon pattern.
 */
export function openPrefixes(source: string, kMax: number): Set<string> | null {
  let node: Node;
  try {
    node = new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
  for (let k = kMax; k >= 1; k--) {
    try {
      const set = prefixes(node, k, { open: true, foldSpace: true });
      // a string that extends another adds nothing (the shorter one already admits it)
      const sorted = [...new Set([...set].map((x) => (x.endsWith(STOP) ? x.slice(0, -1) : x)))].sort();
      const kept: string[] = [];
      for (const x of sorted) if (!kept.length || !x.startsWith(kept[kept.length - 1])) kept.push(x);
      return new Set(kept);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
    }
  }
  return new Set(['']);
}

/**
 * Literals one of which every match contains (session 17, speed only): a set of strings such that every match of
 * `source` holds at least one of them as a substring, or null when the source gives none worth testing (a string
 * shorter than `minLength`, more than `maxSet` strings, or a construct that may match without any: an optional part, a
 * class not enumerated). The dispatch (feature-extraction.ts) tests the set once per text before an entry's first try:
 * when the text holds none of the strings, the entry cannot match anywhere in it. Case is exact (the patterns are
 * matched without the `i` flag) and whitespace is not folded.
 *
 * Method, per node: `exact`, every string the node can match (when few), and `req`, a set one of which every match
 * contains. A run of consecutive exact items of a sequence gives the run's strings (their concatenations); each item's
 * own `req` is a candidate too; the best candidate (the longest shortest string, then the fewest strings) is kept. An
 * alternation's `req` is the union of its alternatives' (each must have one); a repetition of at least one keeps its
 * node's; an optional part, a look-around and an unknown class give none.
 */
export function requiredLiterals(source: string, minLength = 3, maxSet = 32): string[] | null {
  let node: Node;
  try {
    node = new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
  const r = literalsOf(node, maxSet).req;
  if (r === null || r.length === 0 || r.some((x) => x.length < minLength)) return null;
  // a string that contains another of the set adds nothing (the shorter one is found wherever it is)
  const sorted = [...new Set(r)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const x of sorted) if (!kept.some((k) => x.includes(k))) kept.push(x);
  return kept;
}

/**
 * (session 20, speed only) Every set of literals that every match of `source` must hold, not only the most selective
 * one (requiredLiterals): each item of a top-level sequence (through groups and repetitions of at least one) is in every
 * match, so each item's own set is a set of its own, as is the best set of the whole. Each set is reduced as
 * requiredLiterals reduces its one (a string holding a shorter one of the same set is dropped) and kept when its every
 * string has `minLength` units or more and it has at most `maxSet` strings; identical sets are listed once. The
 * dispatch (feature-extraction.ts) reads them by position: a match at p holds, from p on, one string of every set, so
 * a unit whose some set has no string starting at p or later in the text cannot match at p.
 */
export function requiredLiteralSets(source: string, minLength = 3, maxSet = 32): string[][] {
  let node: Node;
  try {
    node = new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unknown) return [];
    throw e;
  }
  const raw: (string[] | null)[] = [];
  const walk = (n: Node): void => {
    // (a sequence's every offer: each item's sets and each run of its exact items, the items in every match)
    raw.push(literalsOf(n, maxSet, n.kind === 'seq' ? raw : null).req);
    if (n.kind === 'seq') for (const it of n.items) walk(it);
    else if (n.kind === 'rep' && n.min >= 1) walk(n.node);
  };
  walk(node);
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (r === null || r.length === 0 || r.length > maxSet || r.some((x) => x.length < minLength)) continue;
    const sorted = [...new Set(r)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const kept: string[] = [];
    for (const x of sorted) if (!kept.some((k) => x.includes(k))) kept.push(x);
    const key = kept.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(kept);
  }
  return out;
}

interface Lits {
  exact: string[] | null;
  /** the most selective set found */
  req: string[] | null;
  /** the smallest set found (for a union) */
  small: string[] | null;
}
/** how selective a set is (0 for none: no use as a gate): its shortest string's length up to five characters, then the
 * fewer strings the better (a longer string adds little beyond five; more strings cost a search each, and a union of
 * alternatives' sets must stay small) */
function quality(set: string[] | null): number {
  if (set === null || set.length === 0) return 0;
  const shortest = Math.min(...set.map((x) => x.length));
  return shortest === 0 ? 0 : Math.min(shortest, 8) * 1000 - set.length;
}
/** the same for a set that must join a union (an alternation's): its shortest string's length up to six characters
 * (three at least), then the fewer strings the better */
function smallness(set: string[] | null): number {
  if (set === null || set.length === 0) return 0;
  const shortest = Math.min(...set.map((x) => x.length));
  return shortest < 3 ? 0 : Math.min(shortest, 6) * 1000 - set.length;
}
function better(a: string[] | null, b: string[] | null, q: (s: string[] | null) => number = quality): string[] | null {
  const qa = q(a);
  const qb = q(b);
  if (qa === 0 && qb === 0) return null;
  return qa >= qb ? a : b;
}
function cross(a: string[], b: string[], maxSet: number): string[] | null {
  if (a.length * b.length > maxSet) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}
function literalsOf(n: Node, maxSet: number, all: (string[] | null)[] | null = null): Lits {
  switch (n.kind) {
    case 'unknown':
      return { exact: null, req: null, small: null };
    case 'zero':
      return { exact: [''], req: null, small: null };
    case 'chars': {
      const exact = n.chars.length <= maxSet ? n.chars : null;
      return { exact, req: exact, small: exact };
    }
    case 'alt': {
      const parts = n.alts.map((a) => literalsOf(a, maxSet));
      let exact: string[] | null = [];
      for (const p of parts) exact = exact !== null && p.exact !== null ? [...exact, ...p.exact] : null;
      if (exact !== null) exact = [...new Set(exact)];
      if (exact !== null && exact.length > maxSet) exact = null;
      // the union of every alternative's set (each must have one): the most selective sets if the union stays within
      // maxSet, else the smallest ones (an alternative's own strings serve when better than what it requires)
      const union = (pick: (p: Lits) => string[] | null): string[] | null => {
        let out: string[] | null = [];
        for (const p of parts) {
          const r = pick(p);
          out = out !== null && r !== null ? [...out, ...r] : null;
        }
        if (out !== null) out = [...new Set(out)];
        return out !== null && out.length <= maxSet ? out : null;
      };
      const small = union((p) => better(better(p.small, p.req, smallness), p.exact, smallness));
      const req = better(union((p) => better(p.req, p.exact)), small);
      return { exact, req, small };
    }
    case 'seq': {
      let best: string[] | null = null;
      let small: string[] | null = null;
      const offer = (set: string[] | null) => {
        if (all !== null) all.push(set);
        best = better(best, set);
        small = better(small, set, smallness);
      };
      let run: string[] = [''];
      // the concatenation of the consecutive items with one string each (one literal, however wide the run's product)
      let single = '';
      let allExact = true;
      const close = () => {
        if (!(run.length === 1 && run[0] === '')) offer(run);
        run = [''];
      };
      for (const it of n.items) {
        const p = literalsOf(it, maxSet);
        offer(p.req);
        offer(p.small);
        if (p.exact !== null && p.exact.length === 1) single += p.exact[0];
        else {
          if (single) offer([single]);
          single = '';
        }
        if (p.exact === null) {
          allExact = false;
          close();
          continue;
        }
        const next = cross(run, p.exact, maxSet);
        if (next === null) {
          allExact = false;
          close();
          run = p.exact;
        } else run = next;
      }
      const exact = allExact ? run : null;
      close();
      if (single) offer([single]);
      return { exact, req: best, small };
    }
    case 'rep': {
      const p = literalsOf(n.node, maxSet);
      if (n.min === 0) return { exact: n.max === 1 && p.exact !== null ? [...new Set(['', ...p.exact])] : null, req: null, small: null };
      let exact: string[] | null = null;
      if (n.min === n.max && p.exact !== null) {
        exact = [''];
        for (let k = 0; k < n.min && exact !== null; k++) exact = cross(exact, p.exact, maxSet);
      }
      return { exact, req: better(p.req, exact), small: better(p.small, exact, smallness) };
    }
  }
}
