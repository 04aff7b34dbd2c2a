/**
 * The English, Russian and Arabic stemmers of @orama/stemmers 3.1.18, rewritten for speed (session 22, speed only): the
 * same algorithms, step by step, giving the same stem for every input (test/agents-speed-s22.test.ts compares them with
 * the package's on every word of the dump's texts and the term files, and on generated words: the real words' pieces
 * with the algorithms' prefixes and endings, so that every step and condition is met, and random strings).
 *
 * Why: the term pass stems every distinct word of the accounts once (term-matcher.ts stemsOf caches the result), and the
 * target line of `npm run bench -- agents` meets some 16,500 distinct words in its first cycle of texts. The package's
 * English stemmer (a port of Porter's 1980 algorithm, not Snowball's English) builds five to eight RegExp objects per
 * call; its Russian and Arabic stemmers are Snowball's generated programs (Porter 2001, "Snowball: a language for
 * stemming algorithms"), whose runtime compares every ending through a string slice and builds its routines' closures
 * on every call. They ran at 3-9 us a word (cold) while V8 warmed them up; the rewrites at about half that or less.
 */

// ---------------------------------------------------------------------------------------------------------------------
// English: @orama/stemmers/english, its regular expressions built once (each is neither global nor sticky, so test,
// exec and replace read no state from it: one object serves every call), each test-then-exec made one exec, and its
// suffix tables as Maps. Every step, its order and its quirks are kept: a leading y is upper-cased while the word is
// stemmed; step 4's "(s|t)ion" leaves the stem without its s or t (the package reads `e?.[1] ?? "" + e?.[2] ?? ""`,
// which is e[1]) - a quirk of that port, kept so that every stem stays as it was.
const STEP2 = new Map([
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'], ['alli', 'al'],
  ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'],
  ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
]);
const STEP3 = new Map([['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']]);
const V = '[aeiouy]';
const C = '[^aeiou][^aeiouy]*';
const VV = V + '[aeiou]*';
const MGR0 = new RegExp('^(' + C + ')?' + VV + C);
const MEQ1 = new RegExp('^(' + C + ')?' + VV + C + '(' + VV + ')?$');
const MGR1 = new RegExp('^(' + C + ')?' + VV + C + VV + C);
const S_V = new RegExp('^(' + C + ')?' + V);
const CVC = new RegExp('^' + C + V + '[^aeiouwxy]$');
const DOUBLE = /([^aeiouylsz])\1$/;
const LAST = /.$/;
const SSES = /^(.+?)(ss|i)es$/;
const S = /^(.+?)([^s])s$/;
const EED = /^(.+?)eed$/;
const ED_ING = /^(.+?)(ed|ing)$/;
const AT_BL_IZ = /(at|bl|iz)$/;
const Y = /^(.+?)y$/;
const STEP2_RE = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3_RE = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_RE = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const STEP4_ION = /^(.+?)(s|t)(ion)$/;
const E = /^(.+?)e$/;
const LL = /ll$/;

/** @orama/stemmers/english's stem of `word`, the same for every input. */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length < 3) return w;
  const first = w.substring(0, 1);
  if (first === 'y') w = first.toUpperCase() + w.substring(1);
  // step 1a
  if (SSES.test(w)) w = w.replace(SSES, '$1$2');
  else if (S.test(w)) w = w.replace(S, '$1$2');
  // step 1b
  const eed = EED.exec(w);
  if (eed) {
    if (MGR0.test(eed[1])) w = w.replace(LAST, '');
  } else {
    const m = ED_ING.exec(w);
    if (m) {
      const stem = m[1];
      if (S_V.test(stem)) {
        w = stem;
        if (AT_BL_IZ.test(w)) w += 'e';
        else if (DOUBLE.test(w)) w = w.replace(LAST, '');
        else if (CVC.test(w)) w += 'e';
      }
    }
  }
  // step 1c
  const y = Y.exec(w);
  if (y) {
    const stem = y[1];
    if (stem && S_V.test(stem)) w = stem + 'i';
  }
  // step 2
  const s2 = STEP2_RE.exec(w);
  if (s2) {
    const stem = s2[1];
    if (stem && MGR0.test(stem)) w = stem + STEP2.get(s2[2]);
  }
  // step 3
  const s3 = STEP3_RE.exec(w);
  if (s3) {
    const stem = s3[1];
    if (stem && MGR0.test(stem)) w = stem + STEP3.get(s3[2]);
  }
  // step 4
  const s4 = STEP4_RE.exec(w);
  if (s4) {
    const stem = s4[1];
    if (stem && MGR1.test(stem)) w = stem;
  } else {
    const ion = STEP4_ION.exec(w);
    if (ion) {
      const stem = ion[1];
      if (MGR1.test(stem)) w = stem;
    }
  }
  // step 5
  const e = E.exec(w);
  if (e) {
    const stem = e[1];
    if (stem && (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem)))) w = stem;
  }
  if (LL.test(w) && MGR1.test(w)) w = w.replace(LAST, '');
  if (first === 'y') w = first.toLowerCase() + w.substring(1);
  return w;
}

// ---------------------------------------------------------------------------------------------------------------------
// Russian: Snowball's russian.sbl as @orama/stemmers/russian compiles it (ё read as е first; RV after the first vowel,
// R2 as Porter's; in RV a perfective gerund, or else a reflexive ending then an adjectival ending, a verb ending or a
// noun ending; then и; a derivational ость in R2; then the superlative ейш(е), a doubled н or a soft sign). Every
// deletion is at the end of the word, so the word is kept whole and its end moved. Snowball's `among` takes the longest
// ending of its list found in the region, and only that one: when its condition (an а or я before it) fails, the
// routine fails; it does not try a shorter ending.

/** a vowel of the Snowball program (а е и о у ы э ю я; ё is read as е before) */
function ruVowel(c: number): boolean {
  return c === 0x430 || c === 0x435 || c === 0x438 || c === 0x43e || c === 0x443 || c === 0x44b || c === 0x44d || c === 0x44e || c === 0x44f;
}
/** An ending list, by its last letter (а..я, the codes 0x430-0x44f; no ending ends in another): the endings ending in it,
 * longest first, as their codes and group (1: an а or я must precede it). */
type Endings = { codes: number[][]; groups: number[] }[];
function endings(groups: string[][]): Endings {
  const out: Endings = Array.from({ length: 32 }, () => ({ codes: [], groups: [] }));
  const all = groups.flatMap((g, i) => g.map((s) => ({ s, group: i + 1 })));
  all.sort((a, b) => b.s.length - a.s.length);
  for (const { s, group } of all) {
    const last = s.charCodeAt(s.length - 1) - 0x430;
    out[last].codes.push([...s].map((c) => c.charCodeAt(0)));
    out[last].groups.push(group);
  }
  return out;
}
const PERFECTIVE_GERUND = endings([['в', 'вши', 'вшись'], ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']]);
const ADJECTIVE = endings([['ее', 'ие', 'ое', 'ые', 'ими', 'ыми', 'ей', 'ий', 'ой', 'ый', 'ем', 'им', 'ом', 'ым', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею']]);
const PARTICIPLE = endings([['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ']]);
const REFLEXIVE = endings([['ся', 'сь']]);
const VERB = endings([
  ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'],
  ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'],
]);
// (every noun ending is deleted as it is: one group)
const NOUN = endings([['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я']]);
const DERIVATIONAL = endings([['ост', 'ость']]);
// (tidy_up: 1 the superlative, then a doubled н undoubled; 2 a doubled н undoubled; 3 the soft sign)
const TIDY = endings([['ейше', 'ейш'], ['н'], ['ь']]);

/** the longest ending of `list` that ends w[.., end) and starts at `limit` or after: its length and group (len << 2 | group), or 0 */
function longest(w: string, end: number, limit: number, list: Endings): number {
  if (end <= limit) return 0;
  const last = w.charCodeAt(end - 1) - 0x430;
  if (last < 0 || last >= 32) return 0;
  const { codes, groups } = list[last];
  for (let k = 0; k < codes.length; k++) {
    const e = codes[k];
    const len = e.length;
    if (len > end - limit) continue;
    let j = len - 2;
    while (j >= 0 && w.charCodeAt(end - len + j) === e[j]) j--;
    if (j < 0) return (len << 2) | groups[k];
  }
  return 0;
}
/** an а or я before position `at`, at `limit` or after */
function aYaBefore(w: string, at: number, limit: number): boolean {
  if (at - 1 < limit) return false;
  const c = w.charCodeAt(at - 1);
  return c === 0x430 || c === 0x44f;
}
/** an ending found by `longest` whose group-1 condition (а or я before it) holds: the new end, or -1 */
function cut(w: string, end: number, limit: number, found: number): number {
  if (found === 0) return -1;
  const len = found >> 2;
  if ((found & 3) === 1 && !aYaBefore(w, end - len, limit)) return -1;
  return end - len;
}

/** @orama/stemmers/russian's stem of `word` (Snowball's Russian), the same for every input. */
export function stemRussian(word: string): string {
  const w = word.includes('ё') ? word.replaceAll('ё', 'е') : word;
  const n = w.length;
  // mark_regions: pV after the first vowel, p2 after the first non-vowel after a vowel after a non-vowel after pV
  let pV = n;
  let p2 = n;
  let i = 0;
  while (i < n && !ruVowel(w.charCodeAt(i))) i++;
  if (i < n) {
    pV = i + 1;
    i = pV;
    while (i < n && ruVowel(w.charCodeAt(i))) i++;
    if (i < n) {
      i++;
      while (i < n && !ruVowel(w.charCodeAt(i))) i++;
      if (i < n) {
        i++;
        while (i < n && ruVowel(w.charCodeAt(i))) i++;
        if (i < n) p2 = i + 1;
      }
    }
  }
  const limit = pV;
  let end = n;
  // perfective gerund, or (try reflexive; adjectival or verb or noun)
  const g = cut(w, end, limit, longest(w, end, limit, PERFECTIVE_GERUND));
  if (g >= 0) end = g;
  else {
    const r = longest(w, end, limit, REFLEXIVE);
    if (r !== 0) end -= r >> 2;
    const adj = longest(w, end, limit, ADJECTIVE);
    if (adj !== 0) {
      end -= adj >> 2;
      const p = cut(w, end, limit, longest(w, end, limit, PARTICIPLE));
      if (p >= 0) end = p;
    } else {
      const v = cut(w, end, limit, longest(w, end, limit, VERB));
      if (v >= 0) end = v;
      else {
        const nn = longest(w, end, limit, NOUN);
        if (nn !== 0) end -= nn >> 2;
      }
    }
  }
  // и
  if (end - 1 >= limit && w.charCodeAt(end - 1) === 0x438) end--;
  // derivational, in R2
  const d = longest(w, end, limit, DERIVATIONAL);
  if (d !== 0 && end - (d >> 2) >= p2) end -= d >> 2;
  // tidy_up
  const t = longest(w, end, limit, TIDY);
  if (t !== 0) {
    const group = t & 3;
    if (group === 1) {
      end -= t >> 2;
      if (end - 2 >= limit && w.charCodeAt(end - 1) === 0x43d && w.charCodeAt(end - 2) === 0x43d) end--;
    } else if (group === 2) {
      if (end - 2 >= limit && w.charCodeAt(end - 2) === 0x43d) end--;
    } else end--;
  }
  return end === n ? w : w.slice(0, end);
}

// ---------------------------------------------------------------------------------------------------------------------
// Arabic: Snowball's arabic.sbl (Assem Chelli's) as @orama/stemmers/arabic compiles it, its control flow kept statement
// by statement (the same cursor, the same tests of the word's current length, the same order of routines; a routine
// that fails leaves what it deleted, as Snowball's do), on a plain runtime: the word, the cursor, the limit, the slice
// [bra, ket). `among` takes the longest entry of its list that matches at the cursor, and only that one (no routine in
// this program's lists has a condition of its own). Normalize_pre's list is of single characters whose replacements are
// none of its characters, so its loop is a character map (AR_PRE).
type Entry = { s: string; r: number };
/** an among list, longest entries first (the order among equal lengths does not matter: two entries of one length
 * cannot both match at one place) */
const among = (xs: [string, number][]): Entry[] => xs.map(([s, r]) => ({ s, r })).sort((a, b) => b.s.length - a.s.length);
const AR_CHECKS1 = among([['ال', 2], ['بال', 1], ['كال', 1], ['لل', 2]]);
const AR_POST_LAST = among([['آ', 1], ['أ', 1], ['ؤ', 1], ['إ', 1], ['ئ', 1]]);
const AR_POST = among([['آ', 1], ['أ', 1], ['ؤ', 2], ['إ', 1], ['ئ', 3]]);
const AR_PREFIX1 = among([['أآ', 2], ['أأ', 1], ['أؤ', 1], ['أإ', 4], ['أا', 3]]);
const AR_PREFIX2 = among([['ف', 1], ['و', 1]]);
const AR_PREFIX3A_NOUN = among([['ال', 2], ['بال', 1], ['كال', 1], ['لل', 2]]);
const AR_PREFIX3B_NOUN = among([['ب', 1], ['با', -1], ['بب', 2], ['كك', 3]]);
const AR_PREFIX3_VERB = among([['سأ', 4], ['ست', 2], ['سن', 3], ['سي', 1]]);
const AR_PREFIX4_VERB = among([['تست', 1], ['نست', 1], ['يست', 1]]);
const AR_NOUN1A = among([['كما', 3], ['هما', 3], ['نا', 2], ['ها', 2], ['ك', 1], ['كم', 2], ['هم', 2], ['هن', 2], ['ه', 1], ['ي', 1]]);
const AR_NOUN1B = among([['ن', 1]]);
const AR_NOUN2A = among([['ا', 1], ['و', 1], ['ي', 1]]);
const AR_NOUN2B = among([['ات', 1]]);
const AR_NOUN2C1 = among([['ت', 1]]);
const AR_NOUN2C2 = among([['ة', 1]]);
const AR_NOUN3 = among([['ي', 1]]);
const AR_VERB1 = among([['كما', 3], ['هما', 3], ['نا', 2], ['ها', 2], ['ك', 1], ['كم', 2], ['هم', 2], ['كن', 2], ['هن', 2], ['ه', 1], ['كمو', 3], ['ني', 2]]);
const AR_VERB2A = among([['ا', 1], ['تا', 2], ['تما', 4], ['نا', 2], ['ت', 1], ['ن', 1], ['ان', 3], ['تن', 2], ['ون', 3], ['ين', 3], ['ي', 1]]);
const AR_VERB2B = among([['وا', 1], ['تم', 1]]);
const AR_VERB2C = among([['و', 1], ['تمو', 2]]);
const AR_MAQSURA = among([['ى', 1]]);
/** Normalize_pre: tatweel and the harakat removed, Arabic-Indic digits as ASCII, presentation forms (U+FE80-U+FEFC) as letters */
const AR_PRE = new Map<number, string>([
  [0x640, ''], [0x64b, ''], [0x64c, ''], [0x64d, ''], [0x64e, ''], [0x64f, ''], [0x650, ''], [0x651, ''], [0x652, ''],
  ...Array.from({ length: 10 }, (_, k) => [0x660 + k, String(k)] as [number, string]),
  ...'ء|آ|آ|أ|أ|ؤ|ؤ|إ|إ|ئ|ئ|ئ|ئ|ا|ا|ب|ب|ب|ب|ة|ة|ت|ت|ت|ت|ث|ث|ث|ث|ج|ج|ج|ج|ح|ح|ح|ح|خ|خ|خ|خ|د|د|ذ|ذ|ر|ر|ز|ز|س|س|س|س|ش|ش|ش|ش|ص|ص|ص|ص|ض|ض|ض|ض|ط|ط|ط|ط|ظ|ظ|ظ|ظ|ع|ع|ع|ع|غ|غ|غ|غ|ف|ف|ف|ف|ق|ق|ق|ق|ك|ك|ك|ك|ل|ل|ل|ل|م|م|م|م|ن|ن|ن|ن|ه|ه|ه|ه|و|و|ى|ى|ي|ي|ي|ي|لآ|لآ|لأ|لأ|لإ|لإ|لا|لا'.split('|').map((r, k) => [0xfe80 + k, r] as [number, string]),
]);

/** the runtime's state: the word, the cursor, the backward limit, the slice */
let aw = '';
let cur = 0;
let lim = 0;
let bra = 0;
let ket = 0;
/** forward among at the cursor (within the word's end): the entry's result (non-zero; -1 for an entry without action),
 * the cursor after it; 0 and the cursor unmoved if none */
// (session 25, speedterm; speed only) the entries compared by character code rather than by startsWith: with
// cur + length <= the word's length, aw.startsWith(s, cur) holds exactly when every unit of s equals the word's unit at
// cur + j (and backward: from >= lim >= 0 and from + length = cur <= the word's length), so the result and the cursor are
// the same; Normalize_post calls amongF at every position of every stemmed word (a builtin call per entry, the largest
// share of an Arabic word's first stemming: test/agents-speed-s22 compares these stems with the package's)
function amongF(list: Entry[]): number {
  const n = aw.length;
  for (let k = 0; k < list.length; k++) {
    const e = list[k];
    const s = e.s;
    const len = s.length;
    if (cur + len > n) continue;
    let j = 0;
    while (j < len && aw.charCodeAt(cur + j) === s.charCodeAt(j)) j++;
    if (j === len) {
      cur += len;
      return e.r;
    }
  }
  return 0;
}
/** backward among ending at the cursor (not before the limit): the entry's result, the cursor before it; or 0 */
function amongB(list: Entry[]): number {
  for (let k = 0; k < list.length; k++) {
    const e = list[k];
    const s = e.s;
    const len = s.length;
    const from = cur - len;
    if (from < lim) continue;
    let j = 0;
    while (j < len && aw.charCodeAt(from + j) === s.charCodeAt(j)) j++;
    if (j === len) {
      cur = from;
      return e.r;
    }
  }
  return 0;
}
/** slice_from: [bra, ket) replaced by s, the cursor moved as Snowball's replace_s moves it */
function sliceFrom(s: string): true {
  const delta = s.length - (ket - bra);
  aw = aw.slice(0, bra) + s + aw.slice(ket);
  if (cur >= ket) cur += delta;
  else if (cur > bra) cur = bra;
  return true;
}
const sliceDel = (): true => sliceFrom('');

// the suffix routines (backward, at the cursor): [substring] among (...), a test of the length, delete
function arNoun2a(): boolean {
  ket = cur;
  if (amongB(AR_NOUN2A) === 0) return false;
  bra = cur;
  return aw.length > 4 && sliceDel();
}
function arNoun2b(): boolean {
  ket = cur;
  if (amongB(AR_NOUN2B) === 0) return false;
  bra = cur;
  return aw.length >= 5 && sliceDel();
}
function arNoun2c1(): boolean {
  ket = cur;
  if (amongB(AR_NOUN2C1) === 0) return false;
  bra = cur;
  return aw.length >= 4 && sliceDel();
}
function arVerb2a(): boolean {
  ket = cur;
  const r = amongB(AR_VERB2A);
  if (r === 0) return false;
  bra = cur;
  if (r === 1) return aw.length >= 4 && sliceDel();
  if (r === 2) return aw.length >= 5 && sliceDel();
  if (r === 3) return aw.length > 5 && sliceDel();
  return aw.length >= 6 && sliceDel();
}
function arVerb1(): boolean {
  ket = cur;
  const r = amongB(AR_VERB1);
  if (r === 0) return false;
  bra = cur;
  if (r === 1) return aw.length >= 4 && sliceDel();
  if (r === 2) return aw.length >= 5 && sliceDel();
  return aw.length >= 6 && sliceDel();
}
function arVerb2c(): boolean {
  ket = cur;
  const r = amongB(AR_VERB2C);
  if (r === 0) return false;
  bra = cur;
  if (r === 1) return aw.length >= 4 && sliceDel();
  return aw.length >= 6 && sliceDel();
}
function arNoun1a(): boolean {
  ket = cur;
  const r = amongB(AR_NOUN1A);
  if (r === 0) return false;
  bra = cur;
  if (r === 1) return aw.length >= 4 && sliceDel();
  if (r === 2) return aw.length >= 5 && sliceDel();
  return aw.length >= 6 && sliceDel();
}

/** @orama/stemmers/arabic's stem of `word` (Snowball's Arabic), the same for every input. */
export function stemArabic(word: string): string {
  aw = word;
  cur = 0;
  lim = 0;
  bra = 0;
  ket = word.length;
  let isVerb = true;
  let isNoun = true;
  let isDefined = false;
  // Checks1
  {
    bra = cur;
    const r = amongF(AR_CHECKS1);
    if (r !== 0) {
      ket = cur;
      if ((r === 1 && aw.length > 4) || (r === 2 && aw.length > 3)) {
        isNoun = true;
        isVerb = false;
        isDefined = true;
      }
    }
    cur = 0;
  }
  // Normalize_pre (a map of single characters; the cursor ends where it started)
  {
    let out: string | null = null;
    for (let i = 0; i < aw.length; i++) {
      const c = aw.charCodeAt(i);
      const rep = c === 0x640 || (c >= 0x64b && c <= 0x652) || (c >= 0x660 && c <= 0x669) || (c >= 0xfe80 && c <= 0xfefc) ? AR_PRE.get(c) : undefined;
      if (rep !== undefined) {
        if (out === null) out = aw.slice(0, i);
        out += rep;
      } else if (out !== null) out += aw[i];
    }
    if (out !== null) aw = out;
    cur = 0;
  }
  lim = cur;
  cur = aw.length;
  // the suffixes (backward); offsets are kept from the end, as the generated program keeps them
  r: {
    const r2 = aw.length - cur;
    e: if (isVerb) {
      s: {
        const w2 = aw.length - cur;
        t: {
          let count = 1;
          for (;;) {
            const x2 = aw.length - cur;
            if (arVerb1()) {
              count--;
              continue;
            }
            cur = aw.length - x2;
            break;
          }
          if (!(count > 0)) {
            c: {
              const a2 = aw.length - cur;
              if (arVerb2a()) break c;
              cur = aw.length - a2;
              if (arVerb2c()) break c;
              cur = aw.length - a2;
              if (cur <= lim) break t;
              cur--;
            }
            break s;
          }
        }
        cur = aw.length - w2;
        ket = cur;
        if (amongB(AR_VERB2B) !== 0) {
          bra = cur;
          if (aw.length >= 5 && sliceDel()) break s;
        }
        cur = aw.length - w2;
        if (!arVerb2a()) break e;
      }
      break r;
    }
    cur = aw.length - r2;
    if (isNoun) {
      const w2 = aw.length - cur;
      t: {
        const a2 = aw.length - cur;
        ket = cur;
        if (amongB(AR_NOUN2C2) !== 0) {
          bra = cur;
          if (aw.length >= 4 && sliceDel()) break t;
        }
        cur = aw.length - a2;
        c: if (!isDefined && arNoun1a()) {
          u: {
            const x2 = aw.length - cur;
            if (arNoun2a()) break u;
            cur = aw.length - x2;
            if (arNoun2b()) break u;
            cur = aw.length - x2;
            if (arNoun2c1()) break u;
            cur = aw.length - x2;
            if (cur <= lim) break c;
            cur--;
          }
          break t;
        }
        cur = aw.length - a2;
        c: {
          ket = cur;
          if (amongB(AR_NOUN1B) === 0) break c;
          bra = cur;
          if (!(aw.length > 5 && sliceDel())) break c;
          u: {
            const x2 = aw.length - cur;
            if (arNoun2a()) break u;
            cur = aw.length - x2;
            if (arNoun2b()) break u;
            cur = aw.length - x2;
            if (!arNoun2c1()) break c;
          }
          break t;
        }
        cur = aw.length - a2;
        if (!isDefined && arNoun2a()) break t;
        cur = aw.length - a2;
        if (!arNoun2b()) cur = aw.length - w2;
      }
      // Suffix_Noun_Step3
      ket = cur;
      if (amongB(AR_NOUN3) !== 0) {
        bra = cur;
        if (aw.length >= 3 && sliceDel()) break r;
      }
    }
    cur = aw.length - r2;
    ket = cur;
    if (amongB(AR_MAQSURA) !== 0) {
      bra = cur;
      sliceFrom('ي');
    }
  }
  // the prefixes (forward, from the limit)
  cur = lim;
  const v2 = cur;
  {
    // try Prefix_Step1
    let r2 = cur;
    bra = cur;
    const r1 = amongF(AR_PREFIX1);
    let ok = false;
    if (r1 !== 0) {
      ket = cur;
      if (aw.length > 3) ok = sliceFrom(r1 === 1 ? 'أ' : r1 === 2 ? 'آ' : r1 === 3 ? 'ا' : 'إ');
    }
    if (!ok) cur = r2;
    // try Prefix_Step2
    r2 = cur;
    ok = false;
    bra = cur;
    if (amongF(AR_PREFIX2) !== 0) {
      ket = cur;
      if (aw.length > 3) {
        const r3 = cur;
        if (aw.startsWith('ا', cur) && cur + 1 <= aw.length) cur++;
        else {
          cur = r3;
          ok = sliceDel();
        }
      }
    }
    if (!ok) cur = r2;
    r: {
      r2 = cur;
      // Prefix_Step3a_Noun
      bra = cur;
      const r3a = amongF(AR_PREFIX3A_NOUN);
      if (r3a !== 0) {
        ket = cur;
        if ((r3a === 1 && aw.length > 5) || (r3a === 2 && aw.length > 4)) {
          sliceDel();
          break r;
        }
      }
      cur = r2;
      // is_noun Prefix_Step3b_Noun
      if (isNoun) {
        bra = cur;
        const r3b = amongF(AR_PREFIX3B_NOUN);
        if (r3b !== 0) {
          ket = cur;
          if (r3b === -1) break r;
          if (aw.length > 3) {
            sliceFrom(r3b === 1 ? '' : r3b === 2 ? 'ب' : 'ك');
            break r;
          }
        }
      }
      cur = r2;
      // is_verb (try Prefix_Step3_Verb) Prefix_Step4_Verb
      if (isVerb) {
        r2 = cur;
        bra = cur;
        const r3v = amongF(AR_PREFIX3_VERB);
        let done = false;
        if (r3v !== 0) {
          ket = cur;
          if (aw.length > 4) done = sliceFrom(r3v === 1 ? 'ي' : r3v === 2 ? 'ت' : r3v === 3 ? 'ن' : 'أ');
        }
        if (!done) cur = r2;
        bra = cur;
        if (amongF(AR_PREFIX4_VERB) !== 0) {
          ket = cur;
          if (aw.length > 4) {
            isVerb = true;
            isNoun = false;
            sliceFrom('است');
          }
        }
      }
    }
  }
  // Normalize_post
  cur = v2;
  {
    const r3 = cur;
    lim = cur;
    cur = aw.length;
    ket = cur;
    if (amongB(AR_POST_LAST) !== 0) {
      bra = cur;
      sliceFrom('ء');
      cur = lim;
    }
    cur = r3;
    for (;;) {
      const s2 = cur;
      bra = cur;
      const r = amongF(AR_POST);
      if (r !== 0) {
        ket = cur;
        sliceFrom(r === 2 ? 'و' : r === 3 ? 'ي' : 'ا');
        continue;
      }
      cur = s2;
      if (cur >= aw.length) break;
      cur++;
    }
  }
  return aw;
}
