/**
 * Normalising and tokenising multilingual news text (English, Russian, Arabic, and anything else) into
 * 32-bit token hashes, the input of the MinHash sketch.
 *
 * Method: a single pass over UTF-16 code units that treats runs of letters and digits as words, folds case
 * (ASCII and Cyrillic by arithmetic, others through toLowerCase on the run), drops Arabic diacritics
 * (tashkeel U+064B..U+0652, tatweel U+0640) and unifies alef/yeh/teh-marbuta variants, so "الكلور" and
 * "الكلوْر" hash alike. Scripts written without spaces (CJK, Thai, Lao, Khmer, Myanmar) go through
 * `Intl.Segmenter` (ECMA-402 word segmentation), which is correct for them but about 10x slower, so the
 * space-delimited scripts (all of this project's real data) take the fast path. Why our own scanner:
 * Intl.Segmenter on every item cost ~25 us per tweet here, more than the whole sketch budget (20 us).
 *
 * Hash: FNV-1a over the folded code units, finished with the murmur3 fmix32 avalanche (Appleby,
 * MurmurHash3, public domain) so every bit of the 32-bit result depends on every input bit; the MinHash
 * permutations below rely on that. Non-cryptographic on purpose: collisions only cost a little precision.
 */

/** murmur3 finaliser: full avalanche of a 32-bit value. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes into one (order matters): the shingle hash of a word pair. */
export function combine32(a: number, b: number): number {
  return fmix32((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

const NO_SPACE_SCRIPT = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** true for code units that belong to a word: letters and digits of any script we fold (BMP). */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0400 && c <= 0x04ff) return true; // Cyrillic
  if (c >= 0x0620 && c <= 0x064a) return true; // Arabic letters
  if (c >= 0x0660 && c <= 0x0669) return true; // Arabic-Indic digits
  if (c >= 0x0671 && c <= 0x06d3) return true; // extended Arabic letters (Persian, Urdu)
  if (c >= 0x00c0 && c <= 0x024f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Extended-A/B letters
  if (c >= 0x0370 && c <= 0x03ff) return true; // Greek
  if (c >= 0x0590 && c <= 0x05ff) return c >= 0x05d0; // Hebrew letters
  return c >= 0x3040 || (c >= 0x0900 && c <= 0x0dff); // CJK etc. and Indic: kept whole
}

/** Folds one code unit: case, Arabic letter variants, Latin diacritics for the common accented letters. */
function fold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0x0410 && c <= 0x042f) return c + 32; // Cyrillic А..Я
  if (c >= 0x0400 && c <= 0x040f) return c === 0x0401 ? 0x0435 : c + 80; // Ё -> е, other capitals
  if (c === 0x0451) return 0x0435; // ё -> е
  if (c >= 0x0622 && c <= 0x0625) return c === 0x0624 ? 0x0648 : 0x0627; // آ أ إ -> ا ; ؤ -> و
  if (c === 0x0649) return 0x064a; // alef maksura -> yeh
  if (c === 0x0629) return 0x0647; // teh marbuta -> heh
  if (c === 0x0626) return 0x064a; // yeh with hamza -> yeh
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30; // Arabic-Indic digits -> ASCII
  if (c >= 0x00c0 && c <= 0x00ff) return LATIN1_FOLD.charCodeAt(c - 0xc0);
  return c;
}
const LATIN1_FOLD = 'aaaaaaaceeeeiiiidnooooo×ouuuuytsaaaaaaaceeeeiiiidnooooo÷ouuuuyty';

const isArabicMark = (c: number) => (c >= 0x064b && c <= 0x0652) || c === 0x0640 || c === 0x0670;

/**
 * Token hashes of a text, appended to `out` (a reusable buffer); returns how many were written.
 * Digits count as words (casualty figures and times are what translations keep).
 */
export function tokenHashes(text: string, out: Uint32Array): number {
  if (NO_SPACE_SCRIPT.test(text)) return segmenterHashes(text, out);
  let n = 0;
  let h = 0x811c9dc5;
  let len = 0;
  const cap = out.length;
  for (let i = 0, L = text.length; i < L; i++) {
    const c = text.charCodeAt(i);
    if (isWordUnit(c)) {
      h = Math.imul(h ^ fold(c), 0x01000193);
      len++;
    } else if (isArabicMark(c) || c === 0x0301 || c === 0x00ad || c === 0x2019 || c === 0x27) {
      // inside-word marks (tashkeel, stress accent, soft hyphen, apostrophe): skip without breaking the word
      continue;
    } else if (len) {
      if (n < cap) out[n++] = fmix32(h);
      h = 0x811c9dc5;
      len = 0;
    }
  }
  if (len && n < cap) out[n++] = fmix32(h);
  return n;
}

let segmenter: Intl.Segmenter | null = null;
function segmenterHashes(text: string, out: Uint32Array): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    if (n >= out.length) break;
    let h = 0x811c9dc5;
    const w = s.segment;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!isArabicMark(c)) h = Math.imul(h ^ fold(c), 0x01000193);
    }
    out[n++] = fmix32(h);
  }
  return n;
}

/** The folded words of a text, as strings (for claims, labels and tests; the hot path uses hashes). */
export function tokenise(text: string): string[] {
  if (NO_SPACE_SCRIPT.test(text)) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => foldString(s.segment));
  }
  const words: string[] = [];
  let cur: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordUnit(c)) cur.push(fold(c));
    else if (isArabicMark(c) || c === 0x0301 || c === 0x00ad || c === 0x2019 || c === 0x27) continue;
    else if (cur.length) {
      words.push(String.fromCharCode(...cur));
      cur = [];
    }
  }
  if (cur.length) words.push(String.fromCharCode(...cur));
  return words;
}

/** Folds a string the way the tokeniser does (lower case, Arabic variants, diacritics dropped). */
export function foldString(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isArabicMark(c) && c !== 0x0301) r += String.fromCharCode(fold(c));
  }
  return r;
}

