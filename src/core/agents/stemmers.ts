/**
 * The English and Russian stemmers of @orama/stemmers 3.1.18, rewritten for speed (session 22, speed only): the same
 * algorithms, step by step, giving the same stem for every input (test/agents-speed-s22.test.ts compares them with the
 * package's on every word of the bench's and the dump's texts, every term word, and a million generated words). The
 * package's Arabic stemmer is used as it is.
 *
 * Why: the term pass stems every distinct word of the accounts once (term-matcher.ts stemsOf caches the result), and the
 * target line of `npm run bench -- agents` meets some 16,000 distinct words in its first cycle of texts. The package's
 * English stemmer (a port of Porter's 1980 algorithm, not Snowball's English) builds five to eight RegExp objects per
 * call; its Russian stemmer is Snowball's generated program (Porter 2001, "Snowball: a language for stemming
 * algorithms"), whose runtime compares every suffix through a string slice and builds its routines' closures per call.
 * Both ran at 3-30 us a word while V8 warmed them up.
 */
import { stemmer as oramaArabic } from '@orama/stemmers/arabic';

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

export const stemArabic: (word: string) => string = oramaArabic;
