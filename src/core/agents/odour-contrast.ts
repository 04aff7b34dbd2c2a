/**
 * Session 18 (agpara): two grammatical readings of a denied smell, in English, Russian and Arabic lay speech.
 *
 * 1. Contrast: "It smelled not of chlorine but of garlic", "Пахло не хлором, а чесноком", "ريحتها مو كلور، متل التوم". The smell
 *    verb governs both members; the negation governs the first only. The second member has no smell word of its own, so no
 *    odour phrase reads it; it is read here as the smell verb's object ("smelled of garlic", "пахло чесноком", "ريحة متل التوم").
 *    The member after the contrast is short (at most four words, no clause punctuation): a new clause after "but" ("no smell of
 *    chlorine, but my eyes burned") gives no odour because its words are no odour of the smell verb.
 * 2. Comparison: "Такого запаха я никогда не чувствовал", "عمري ما شميت ريحة متلها", "I had never smelled anything like it": a denial
 *    of smelling whose object is "such" or "like it" says the smell was unlike any known, a strange smell (odour_unusual), not that
 *    there was none. Judgment of reading; closed classes of words.
 */

/** The contrast after a denied odour: a conjunction (but, rather, а, но, بل, لكن, بس, انما), or a comma before a word of
 * likeness (like, как, متل, زي, مثل) in spoken Russian and Arabic ("ريحتها مو كلور، متل التوم"). */
const CONTRAST_REST = /^\s*(?:[,\u060C]\s*)?(?:(?:but|rather|а|но|[وف]?(?:بل|انما|لكن|بس))(?![\p{L}])\s*(?:(?:rather|instead|скорее|بالعكس)\s+)?|[,\u060C]\s*(?=(?:like|как|[وف]?(?:متل|زي|مثل))\s))(?:(?:it\s+(?:was|smelled|smelt)|скорее|[وف]?(?:كانت|كان))\s+)?((?:[\p{L}'-]+)(?:\s+[\p{L}'-]+){0,3})/iu;
/** A verb in the member after the contrast: English auxiliaries, said, -ed; Russian past tense, быть, стоит, лежит; Arabic كان and a
 * few verbs of finding (session 18 fixrev, review R1's class, CONTRAST_MEMBER_VERB in feature-extraction.ts). */
const MEMBER_VERB_EN = /(?<![\p{L}])(?:was|were|is|are|had|has|have|did|said|says|\p{L}{2,}ed)(?![\p{L}])/iu;
const MEMBER_VERB_RU_AR = /(?<![\p{L}])(?:\p{L}{2,}(?:л|ла|ло|ли)(?:сь|ся)?|был\p{L}?|стоит|лежит|[وف]?(?:كان|كانت|كانوا|يوجد|توجد|وجد|وجدت|تم))(?![\p{L}])/iu;
/** Session 18 (fixrev, review R4): a sensation noun or a body part in the member after the contrast: a sign, not an odour. */
const CONTRAST_MEMBER_SIGN = /(?<![\p{L}])(?:sensations?|feelings?|pain|aches?|itch\p{L}*|sting\p{L}*|eyes?|throats?|nose|chest|lungs?|ощущени\p{L}*|чувств\p{L}*|жжени\p{L}*|бол[ьи]\p{L}*|резь|рези|глаз\p{L}*|горл\p{L}*|нос[ау]?|носоглотк\p{L}*|груд\p{L}*|л[её]гк\p{L}*|[وفب]?(?:حرقة|حرقان|الم|وجع|عيون|عيوني|العيون|عين|العين|زور|الزور|بالزور|حلق|الحلق|صدر|الصدر))(?![\p{L}])/iu;
/** The smell verb each language's odour phrases open with, for reading the member after the contrast. */
const SMELL_OF: Record<'en' | 'ru' | 'ar', (rest: string) => string> = {
  en: (rest) => (/^(?:of|like)\s/i.test(rest) ? `smelled ${rest}` : `smelled of ${rest}`),
  ru: (rest) => `пахло ${rest}`,
  ar: (rest) => `ريحة ${rest}`,
};
const CYR = /[\u0400-\u04FF]/;
const ARABIC = /[\u0600-\u06FF]/;

/** The member after a contrast that follows a denied odour ending at `end`, as a smell phrase to read, with its offset in it. */
export function contrastOdourPhrase(lower: string, end: number): { text: string; offset: number; start: number; end: number } | null {
  const tail = lower.slice(end, end + 80);
  const m = CONTRAST_REST.exec(tail);
  if (!m) return null;
  let rest = m[1];
  // the member stops at the first clause word or a second negation: "but of garlic and then we ran" reads "of garlic"
  const cut = /\s(?:and|then|when|so|и|потом|когда|[وف]?(?:ثم|لما|وبعدين))\s|\s(?:not|no|не|ни|ما|مش|مو)(?:\s|$)/iu.exec(` ${rest} `);
  if (cut) rest = ` ${rest} `.slice(0, cut.index).trim();
  if (!rest) return null;
  // a member with its own verb is a new clause ("no smell of chlorine, but my eyes burned", "не хлоркой, а глаза жгло"), not the
  // smell's object: an English member needs of / like before a verb-like word, a Russian one no past-tense verb
  // (session 19, agpara) with the verbs of session 18's review R1 (said, says; быть, стоит, лежит; the Arabic كان and verbs of
  // finding), which the regex copies of this reading in feature-lexicon.ts had: "The smell was not strong, but garlic farmers nearby
  // said ...", "لكن الكلور كان موجودا" start a new clause. The member stops at a comma: "а чесноком, все кашляли" keeps чесноком
  if (!/^(?:of|like)\s/i.test(rest) && MEMBER_VERB_EN.test(rest)) return null;
  if (MEMBER_VERB_RU_AR.test(rest)) return null;
  // (session 18 fixrev, review R4) a member that names a sensation or a body part ("but a burning sensation in the throat", "а
  // жжение в горле", "بس حرقة بالزور") is a sign, not the smell's object
  if (CONTRAST_MEMBER_SIGN.test(rest)) return null;
  const lang = CYR.test(rest) ? 'ru' : ARABIC.test(rest) ? 'ar' : 'en';
  const text = SMELL_OF[lang](rest);
  const start = end + m.index + m[0].length - m[1].length;
  return { text, offset: text.length - rest.length, start, end: start + rest.length };
}

/** A cheap gate: the text holds a contrast word or a comma (every contrast reading needs one). */
export const CONTRAST_ODOUR_PRE = /but|rather|(?<![\p{L}])(?:а|но)(?![\p{L}])|بل|انما|لكن|بس|[,\u060C]/iu;

/** "such" or "like it" beside a stated absence of smell: the smell was unlike any known. */
const SUCH_AFTER = /^\s*(?:[\p{L}]+\s+)?(?:like\s+(?:it|that|this)(?!\s+of)|подобн\p{L}*|[وف]?(?:متلها|مثلها|زيها|متله|مثله|زيه|متلو|زيو|هيك|كهذه|كهذا|(?:متل|مثل|زي)\s+(?:هيك|هاي|هاد|هذه|هذا|هاذي)))(?![\p{L}])/iu;
// (session 18 fixrev, review R8) the word between 'such' and the absence is the smell noun or nothing: "такой газ без запаха" (such
// a gas, odourless) has 'such' for the gas
const SUCH_BEFORE = /(?<![\p{L}])(?:such|такого|такой|подобного)\s+(?:(?:a\s+|an\s+)?(?:smell|odou?r|scent|stench|stink|запах\p{L}*|вон\p{L}*)\s+)?$/iu;
/** (session 18 fixrev, review R8) a smell named just before ("They asked if we smelled garlic. We smelled nothing like that."): 'like
 * that / this' then points back to it, and the absence denies that smell. */
const NAMED_SMELL_BEFORE = /(?:smell\p{L}*|scent|odou?r)\s+(?:of\s+|like\s+)?(?:a\s+|the\s+|an\s+)?(?!nothing|anything|something)\p{L}{3,}|garlic|chlorine|bleach|onion|mustard|almond|hay|rotten|sulph|sulf|ammonia/iu;
const SUCH_IN = /(?<![\p{L}])(?:such|такого|такой|подобного|подобное)(?![\p{L}])/iu;
export const SUCH_PRE = /such|like|таког|такой|подобн|متل|مثل|زي|هيك|كهذ/iu;

/** Whether the stated absence of smell at [start, end) has "such" or "like it" for its object. */
export function suchSmell(lower: string, start: number, end: number, clauseFrom: number, clauseTo: number): boolean {
  if (SUCH_IN.test(lower.slice(start, end))) return true;
  if (SUCH_BEFORE.test(lower.slice(Math.max(clauseFrom, start - 30), start))) return true;
  const m = SUCH_AFTER.exec(lower.slice(end, Math.min(clauseTo, end + 30)));
  if (!m) return false;
  return !(/like\s+(?:that|this)/iu.test(m[0]) && NAMED_SMELL_BEFORE.test(lower.slice(Math.max(0, start - 160), start)));
}
