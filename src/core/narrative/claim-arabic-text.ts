/**
 * Words of a folded Arabic text for the claim reader's Arabic passes (claim-arabic*.ts): offsets, sentence numbers, and
 * a word's proclitics split off (conjunction و / ف, preposition ب / ل / ك, article ال: Ryding 2005, "A Reference Grammar
 * of Modern Standard Arabic", ch. 5). Pure.
 */

export interface Tok {
  w: string;
  at: number;
  end: number;
  /** the word without its proclitics (و ف, then ب ل ك, then ال) */
  b: string;
  /** the proclitic preposition (ب ل ك) or '' */
  prep: string;
  /** sentence number */
  sent: number;
  /** index of the party that starts in this token, or -1 */
  party: number;
}

// a letter or digit of the scripts the reader meets (Latin, Cyrillic, Arabic), decided per code unit without a regex
const isWordUnit = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x024f && c !== 0xd7 && c !== 0xf7) || (c >= 0x0400 && c <= 0x04ff);
/** the words of a folded text with their offsets and sentence numbers (stems filled in later, where needed) */
export function tokenise(s: string): Tok[] {
  const toks: Tok[] = [];
  let sent = 0;
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (isWordUnit(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      toks.push({ w: s.slice(start, i), at: start, end: i, b: '', prep: '', sent, party: -1 });
      start = -1;
    }
    // . ! ? ؟ ; ؛ and a line end close a sentence
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x3b || c === 0x061b || c === 0x0a) sent++;
  }
  return toks;
}
export const SENTENCE_END = /[.!?؟;؛\n]/;

// words whose first letter و / ف / ب / ل / ك is their own (folded): particles and function words ("بين", "لكن", "لم", "كان"),
// and names of places, states and people that start with one ("بيروت", "ليبيا", "لبنان", "لندن", "باريس", "بوتين"),
// each matched as a whole word. A list of prefixes (as before session 9) also kept "لاتهام" (ل + اتهام: "لا" was a
// prefix) and "لمحاولة" whole, and split the names it did not list (code review s8 A2)
const OWN_INITIAL = new Set([
  // particles, conjunctions, auxiliaries
  'بين', 'بينما', 'بينهم', 'بينها', 'بعد', 'بعدما', 'بل', 'بلا', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'لم', 'لما', 'لن', 'لا', 'لاسيما', 'ليس', 'ليست', 'ليسوا', 'لدي', 'لديه', 'لديها', 'لديهم', 'لقد', 'لعل', 'لو', 'لولا', 'كما', 'كان', 'كانت', 'كانوا', 'كل', 'كلا', 'كلها', 'كذلك', 'كيف', 'كي', 'كاد', 'كادت',
  // places and states
  'واشنطن', 'فرنسا', 'فنزويلا', 'فلسطين', 'فيينا', 'وارسو', 'بيروت', 'ليبيا', 'لبنان', 'لندن', 'باريس', 'بريطانيا', 'بغداد', 'برلين', 'بكين', 'بنغازي', 'بلجيكا', 'بولندا', 'بيلاروسيا', 'بيلاروس', 'بلغاريا', 'باكستان', 'بنغلاديش', 'كييف', 'كوريا', 'كندا', 'كردستان', 'كوبا', 'كازاخستان', 'لاتفيا', 'ليتوانيا', 'لاهاي', 'بانياس', 'بصري', 'باكو', 'بيونغ', 'بيونغيانغ', 'كابول', 'بقين', 'كفرزيتا', 'كفرنبل', 'كنصفره', 'كباني', 'كوباني', 'لطامنه', 'بابا',
  // people
  'بشار', 'بوتين', 'بيسكوف', 'بايدن', 'بلينكن', 'بومبيو', 'بولتون', 'بوش', 'بلير', 'كيري', 'كلينتون', 'لافروف', 'لوكاشينكو', 'بوريل', 'كيم',
]);
/** the word without its proclitics: conjunction, preposition, article */
export function strip(w: string): { b: string; prep: string } {
  let x = w;
  let prep = '';
  if (x.length > 3 && (x[0] === 'و' || x[0] === 'ف') && !OWN_INITIAL.has(x)) x = x.slice(1);
  if (x.length > 4 && x.startsWith('لل')) return { b: x.slice(2), prep: 'ل' };
  if (x.length > 3 && (x[0] === 'ب' || x[0] === 'ل' || x[0] === 'ك') && !OWN_INITIAL.has(x)) {
    prep = x[0];
    x = x.slice(1);
  }
  if (x.length > 4 && x.startsWith('ال')) x = x.slice(2);
  return { b: x, prep };
}

/**
 * The two readings of the root ن ق ل in news prose (folded, undiacritised, so the verb and the noun look alike): "to
 * relay" someone's words ("نقلت وكالة سانا عن مصدر", "نقل عن الوزير أن", "نقلاً عن") and "to move, transport"
 * ("نقل المسلحون مواد سامة", "تم نقل المصابين", "نقلهم إلى منشأة طبية"). Relaying names its source with "عن" or its
 * content with a complementizer within a few words; moving has neither (Badawi, Carter & Gully 2004, §2.7: verbs of
 * reporting take "عن" + source). `after` is the words that follow the verb in its clause.
 */
export const NAQL = /^[وف]?نقل\p{L}*$/u;
export function naqlRelays(w: string, after: readonly string[]): boolean {
  if (/^[وف]?نقلا$/.test(w)) return true;
  // ("بعد أن", "قبل أن", "منذ أن": a temporal conjunction, no complementizer of speech)
  for (let i = 0; i < after.length && i < 8; i++) if (/^(?:عن|ان|انه|انها|انهم|بان|بانه|بانها|قوله|قولها|قولهم)$/.test(after[i]) && !(i > 0 && /^(?:بعد|قبل|منذ|ريثما)$/.test(after[i - 1]))) return true;
  return false;
}
// the nouns of remembrance that the speech verb "ذكر" (to mention) shares its letters with: "ذكرى" (anniversary,
// folded "ذكري"), "ذكريات" (memories), "ذكراه / ذكراها" (his / her memory)
export const DHIKRA = /^[وف]?(?:ذكري|ذكريات|ذكراه|ذكراها|ذكراهم)$/;
