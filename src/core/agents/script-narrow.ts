/**
 * (session 25, speedre; speed only) Script-narrowed twins of the extractor's regexes, and the per-text check that says
 * when a twin gives the same answers as its original.
 *
 * Why: V8 compiles a `\p{L}` class under the `u` flag to a search over its 684 ranges (377 in the BMP, the rest astral,
 * with the surrogate handling), in every regex that holds one, and compiles each regex again to machine code at its
 * second run. The texts the engine reads are English, Russian and Arabic: their letters lie in a few blocks. Inside the
 * covered repertoire C below, `\p{L}` has 40 ranges (`\p{N}` a handful), so the twin's code is a fraction of the
 * original's.
 *
 * What: `narrowSource(src)` rewrites every `\p{L}` and `\p{N}` of a regex source (standalone, inside a class, inside a
 * negated class) to the class's code points in C (N_L = \p{L} ∩ C, N_N = \p{N} ∩ C), computed from the engine's own
 * `\p{..}` at first use, not written by hand. A source holding a `\P{..}` escape is not rewritten (null).
 *
 * Exactness, by construction. The twin differs from its original only in those classes, and a regex engine reads the
 * text only through the tests of its atoms; so if every code point x of the text gets the same answer from each
 * rewritten class and from its original, under the regex's flags, both regexes take the same steps and give the same
 * result (matches, groups, lastIndex) on that text. A class's answer for x: without `i`, x is in [A ∪ \p{L}] iff x is
 * in A or in \p{L}; with `i` (u mode), iff some member has the same simple case folding as x (ES2024 22.2.2.9
 * CharacterSetMatcher; V8 adds the members' case equivalents to the class, and case closure distributes over a
 * union); a negated class answers the opposite. So the answer for x of every class holding \p{L} (or \p{N}) is the same
 * in twin and original when x gets the same answer from `\p{L}` and N_L alone, positive and negated, with and without
 * `i` (and likewise for \p{N}). `narrowSafe(x)` asks exactly that, of the engine itself (eight regex tests per class
 * name, once per code point and process), and `textNarrowSafe(s)` asks it of every code point of s: a text holding
 * any other (a letter outside C, or a character whose case folding reaches one, e.g. the Kelvin sign K, which folds to
 * k) is read with the original regexes. test/agents-speed-s25-narrow.test.ts checks twins against originals on every project
 * text and on generated strings, and the classes code point by code point.
 */

/** the covered repertoire C: Basic Latin to Latin Extended-B, IPA, modifiers, combining marks, Greek, Cyrillic and its
 * supplement; Arabic, its supplement and Extended-A; general punctuation; the Arabic presentation forms A and B */
const COVERED: readonly (readonly [number, number])[] = [
  [0x0000, 0x052f],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0x2000, 0x206f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

/** the property classes rewritten, by name: the original escape's class (for the checks) */
const NAMES = ['L', 'N'] as const;
type Name = (typeof NAMES)[number];

const hex = (c: number) => '\\u' + c.toString(16).toUpperCase().padStart(4, '0');

let bodies: Record<Name, string> | null = null;
/** by class name: the code points of C in \p{name}, as the ranges of a class body ("\u0041-\u005A\u0061-..."), from the engine's own \p{..} */
function narrowBodies(): Record<Name, string> {
  if (bodies) return bodies;
  const out = {} as Record<Name, string>;
  for (const name of NAMES) {
    const re = new RegExp(`^\\p{${name}}$`, 'u');
    const ranges: [number, number][] = [];
    for (const [a, b] of COVERED)
      for (let c = a; c <= b; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        if (!re.test(String.fromCharCode(c))) continue;
        const last = ranges[ranges.length - 1];
        if (last && last[1] === c - 1) last[1] = c;
        else ranges.push([c, c]);
      }
    out[name] = ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
  }
  return (bodies = out);
}

/**
 * The source with every `\p{L}` and `\p{N}` replaced by its narrow class (inside a class: its ranges; elsewhere: a class
 * of them), or null when it holds none or holds a `\P{..}` (not rewritten). Reads the source as the `u` flag does: an
 * escape is a backslash and what follows; `[` opens a class outside one, `]` closes it, and inside a class `[` is a
 * literal.
 */
export function narrowSource(src: string): string | null {
  const b = narrowBodies();
  let out = '';
  let last = 0;
  let inClass = false;
  let changed = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === 'P') return null;
      if (next === 'p' && src[i + 2] === '{') {
        const close = src.indexOf('}', i + 3);
        const name = src.slice(i + 3, close);
        if (name === 'L' || name === 'N') {
          out += src.slice(last, i) + (inClass ? b[name] : `[${b[name]}]`);
          last = close + 1;
          changed = true;
        }
        i = close;
        continue;
      }
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
  }
  return changed ? out + src.slice(last) : null;
}

/** The regex's twin (same flags, narrowed source), or the regex itself when narrowSource leaves its source alone. */
export function narrowTwin(re: RegExp): RegExp {
  const s = narrowSource(re.source);
  return s === null ? re : new RegExp(s, re.flags);
}

let checks: RegExp[][] | null = null;
/** by code unit of the BMP: 0 not yet asked, 1 safe, 2 not */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, boolean>();

/** Whether code point x gets the same answer from \p{L} and N_L, and from \p{N} and N_N: positive and negated, with and
 * without `i` (the engine's own answers). */
export function narrowSafe(x: number): boolean {
  if (x < 0x10000) {
    const v = bmp[x];
    if (v !== 0) return v === 1;
  } else {
    const v = astral.get(x);
    if (v !== undefined) return v;
  }
  if (!checks) {
    const b = narrowBodies();
    checks = [];
    for (const name of NAMES)
      for (const flags of ['u', 'iu'])
        checks.push(
          [new RegExp(`^\\p{${name}}$`, flags), new RegExp(`^[${b[name]}]$`, flags)],
          [new RegExp(`^[^\\p{${name}}]$`, flags), new RegExp(`^[^${b[name]}]$`, flags)],
        );
  }
  const s = String.fromCodePoint(x);
  let safe = true;
  for (const [orig, narrow] of checks)
    if (orig.test(s) !== narrow.test(s)) {
      safe = false;
      break;
    }
  // (a surrogate code unit's answer is not kept in the table, so that textNarrowSafe never passes over the first unit of a
  // pair as a lone surrogate: a lone one is asked afresh, a pair by its code point)
  if (x >= 0xd800 && x <= 0xdfff) return safe;
  if (x < 0x10000) bmp[x] = safe ? 1 : 2;
  else astral.set(x, safe);
  return safe;
}

/** Whether every code point of s is narrowSafe (a lone surrogate is a code point of its own, as the `u` flag reads it):
 * then every twin answers on s exactly as its original. */
export function textNarrowSafe(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = bmp[c];
    if (v === 1) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (!narrowSafe(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) return false;
        i++;
        continue;
      }
    }
    if (v === 2 || !narrowSafe(c)) return false;
  }
  return true;
}

/** the last string asked about by stringNarrowSafe, and its answer (a text's regexes ask about the same string in turn) */
let lastString: string | null = null;
let lastSafe = false;
/** textNarrowSafe(s), remembered for the last string asked about */
export function stringNarrowSafe(s: string): boolean {
  if (s === lastString) return lastSafe;
  lastSafe = textNarrowSafe(s);
  lastString = s;
  return lastSafe;
}

/** a regex and its script-narrowed twin (the regex itself when it holds no \p{L} or \p{N}) */
export interface Twins {
  re: RegExp;
  n: RegExp;
}
/** every pair made by twins (for the test that compares each twin with its original, test/agents-speed-s25-narrow.test.ts) */
const made: Twins[] = [];
export function twins(re: RegExp): Twins {
  const t = { re, n: narrowTwin(re) };
  if (t.n !== re) made.push(t);
  return t;
}
/** the pairs made so far whose twin differs from the original (for the test) */
export function twinsMade(): readonly Twins[] {
  return made;
}
/** The regex to run on s: the twin where s is narrow-safe (where it gives the original's every answer on s), else the
 * original. A caller that reads or sets lastIndex keeps the regex this returns for all its runs on s. */
export function pick(t: Twins, s: string): RegExp {
  return t.n !== t.re && stringNarrowSafe(s) ? t.n : t.re;
}
/** t's test on s, by the twin where s is narrow-safe (for a regex without the g and y flags: no lastIndex read) */
export function testIn(t: Twins, s: string): boolean {
  return pick(t, s).test(s);
}
/** t's exec on s, by the twin where s is narrow-safe (for a regex without the g and y flags) */
export function execIn(t: Twins, s: string): RegExpExecArray | null {
  return pick(t, s).exec(s);
}
