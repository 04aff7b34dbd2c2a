/**
 * The morphology layer of the claim reader (session 24, room clmorph): every inflected form of a listed lexeme is read,
 * instead of each form being listed. Pure.
 *
 * - **Russian verbs and nouns of deeds, staging, incidents and plans** (`ruLexemeKey`): a word the lexicon's trie does
 *   not read is read as the lexicon word whose Snowball stem (Porter 2001, the Russian stemmer of @orama/stemmers, the
 *   one the agent engine uses) it shares: «наносит» is «наносят», «обстрелявшие» (the active participle) and
 *   «обстреляв» are «обстрелял*», «расстрела» is «расстрел». The stem removes case, number, gender, tense and person
 *   endings and the active participle's «вш», but it also removes what changes the role of the party beside the verb, so
 *   those forms are refused: the reflexive «-ся / -сь» (a passive or middle: «Израиль подвергся обстрелу» is the target,
 *   not the doer of «подвергли») and the past passive participle («обстрелянный», «обстреляны»: the shelled place).
 *   Keys shorter than four letters are too ambiguous to share («сто» of «стоят» is also "a hundred») and a few keys are
 *   also the stem of a common noun of another sense (RU_KEY_STOP).
 * - **Arabic suffixes** (`arabicSuffixForms`): a listed Arabic word is also read with the suffixes its class takes
 *   (Ryding 2005, A Reference Grammar of Modern Standard Arabic, ch. 7 and 12): the sound masculine plural's case pair
 *   «ـون / ـين» of participles and nisba adjectives (a listed «المتطرفين» reads «المتطرفون»), and the possessive and object pronouns «ـها ـهم ـهما ـهن ـكم»
 *   on nouns of deeds and forces and on deed verbs («قصفها», «هجماتهم», «قواتها»), a teh marbuta written «ت» before
 *   them («مجزرتها»). The bare «ـه» is left out: once the text is folded it is also the feminine ending «ة» («قتلة»,
 *   killers, folds to «قتله»). Proclitics and the article are the scanner's (claim-slots.ts `scan`, claim-arabic.ts
 *   `arabicStemStart`).
 */

/** Russian keys that are also the stem of a common word of another sense (the noun, not the verb). */
const RU_KEY_STOP = new Set([
  // «ответили» (met the crowd with gas) and «ответ» (an answer, «в ответ на»)
  'ответ',
  // «бомбил» and the noun «бомба», «бомбы» (a weapon, whose owner is no doer)
  'бомб',
  // «грозят» and «гроза» (a thunderstorm)
  'гроз',
  // «хранил» (stored) and «хранят молчание» (keep silent), no deed
  'хран',
  // «снять» (to film): the forms the stem gathers beside the listed active ones are the passive «снят», «снятый» (filmed
  // by someone: the party before it is what was filmed)
  'снят',
  // (s32 clblame) «след» (a party's trace in a deed) and «следующий», «следует» (next, follows)
  'след',
]);
const REFLEXIVE = /(?:ся|сь)$/;
// the rest of the word after its stem: a past passive participle («-нный», «-енный», the short «-н», «-ен», «-ена», «-ены»:
// «обстрелянный», «применены», «нанесен»)
const PASSIVE_REST = /^(?:[аяе]?нн|[аяе]?н(?:[аоы])?$)/;

/**
 * The lexeme key of a Russian word (its Snowball stem), or null when the word's form changes the role of a party beside
 * it (reflexive, past passive participle) or the key is too short or ambiguous. `stem` is the Snowball stemmer.
 */
export function ruLexemeKey(word: string, stem: (w: string) => string): string | null {
  if (word.length < 5 || REFLEXIVE.test(word)) return null;
  const key = stem(word);
  if (key.length < 4 || RU_KEY_STOP.has(key) || !word.startsWith(key)) return null;
  if (PASSIVE_REST.test(word.slice(key.length))) return null;
  return key;
}

/**
 * Russian aspect pairs of the listed deed verbs whose other aspect the lexicon lacks: the imperfective's lexeme is read as
 * the listed perfective («похищают», «расстреливали», «сбивают» as «похитил*», «расстрелял*», «сбил*»). Pairs as in
 * Wade, A Comprehensive Russian Grammar (3rd ed., 2011), the aspect pairs of §§ 224-226, and Wiktionary's entry of each
 * imperfective (https://en.wiktionary.org/wiki/похищать, .../расстреливать, .../сбивать, .../минировать,
 * .../доставлять, .../одобрять, .../приказывать). Not «отравлять» (its participle «отравляющие» is the agent's «отравляющие
 * вещества»), «подрывать» (also "to undermine") or «выпускать» (also "to publish, to produce").
 */
export const RU_ASPECT_PAIRS: readonly (readonly [string, string])[] = [
  ['похитил*', 'похищать'],
  ['расстрелял*', 'расстреливать'],
  ['сбил*', 'сбивать'],
  ['заминирова*', 'минировать'],
  ['доставил*', 'доставлять'],
  ['одобрил*', 'одобрять'],
  ['приказал*', 'приказывать'],
];

/**
 * (review s28) Whether the rest of a Russian word after its Snowball stem is the ending of a verb form: an infinitive
 * («-ить», «-ать»), a past («-ил», «-ала», «-ли»), a present or future («-ит», «-ешь», «-ем», «-ете», «-ут», «-ят»), a
 * perfective gerund or past active participle («-ив», «-ивший»), a present active participle («-ющий», «-ящий»), the
 * imperfective gerund «-я» or the first person «-ю» after a stem in «а/я» («убивая», «убиваю»), a present passive
 * participle («-емый»). A listed infinitive is read by its lexeme only in these: its stem is often a noun's of another
 * word too («утопить» and «утопия», «казнить» and «казна»), whose case endings («-ия», «-ию», «-ы», «-у», «-ой», «-е»,
 * «-ами», «-ов») are none of them (Wade 2011, §§ 213-260 for the verb's endings).
 */
const VERBAL_REST = /^(?:[аеиоуыяюё]?(?:ть|ти|чь)|[аеиоуыяюё]?л[аиоь]?|[аиыя]?в(?:ш\p{L}*)?|[аеиоуыяюё]?ш(?:ий|ая|ее|ие|его|ему|им|их|ими|ую|ей|ем)|[аяеиё]?(?:ешь|ишь|ёшь|ет|ит|ёт|ем|им|ём|ете|ите|ёте)|[аяуюеи]?(?:ут|ют|ат|ят)|[аеиуюя]{0,2}щ\p{L}*|[аяе]?ем\p{L}+|ю|я)$/u;
export const ruVerbalRest = (rest: string): boolean => VERBAL_REST.test(rest);
/** (review s28) a listed word that is a Russian infinitive (one word: «утопить», «похищать»), whose lexeme is read only in
 * verbal forms (ruVerbalRest) */
export const ruInfinitivePattern = (pat: string): boolean => /^[\u0400-\u04ff]+(?:ть|ти|чь)$/u.test(pat);

/** The key a lexicon word is filed under (its Snowball stem; a pattern's "*" stem is stemmed without it). */
export function ruPatternKey(pat: string, stem: (w: string) => string): string | null {
  const w = pat.endsWith('*') ? pat.slice(0, -1) : pat;
  if (!/^[\u0400-\u04ff]+$/.test(w)) return null;
  const key = stem(w);
  return key.length < 4 || RU_KEY_STOP.has(key) ? null : key;
}

/**
 * The form of a listed Arabic word with the article after the preposition «لـ» (folded, a pattern starting with «ال»):
 * the article's alif is not written after it, «ل + الجيش» is «للجيش» (Ryding 2005, ch. 5: the article after «li-»), so
 * the scanner's proclitic retry (which reads «بالجيش», «والجيش» at «الجيش») cannot reach it. Null for other words.
 */
export function arabicLamArticleForm(pat: string): string | null {
  if (!pat.startsWith('ال') || pat.length < 5 || pat.charCodeAt(2) === 0x0644 || !/^[\u0621-\u064a]+(?: [\u0621-\u064a*]+)*\*?$/.test(pat)) return null;
  return 'لل' + pat.slice(2);
}

const AR_PRONOUNS = ['ها', 'هم', 'هما', 'هن', 'كم'];
/**
 * The suffixed forms of a listed Arabic word (folded, one word, no "*"): the sound plural's other case for a plural in
 * «ين / ون» (at least three letters before it, the article not counted), and with `pronouns` the possessive or object
 * pronouns (a final teh marbuta, folded «ه», written «ت» before them). A word already ending in a pronoun-like letter
 * pair takes none.
 */
export function arabicSuffixForms(pat: string, pronouns: boolean): string[] {
  if (pat.includes(' ') || pat.includes('*') || !/^[\u0621-\u064a]+$/.test(pat)) return [];
  const out: string[] = [];
  const bare = pat.replace(/^(?:وال|فال|بال|لل|ال)/, '');
  // (the sound masculine plural of people is that of participles, «مـ», and of nisba adjectives, «ـيين»: Ryding 2005, ch. 7;
  // a name that ends in the same letters, «فلسطين», is no plural)
  if (bare.length >= 5 && /(?:ين|ون)$/.test(bare) && (bare.startsWith('م') || /ي(?:ين|ون)$/.test(bare))) out.push(pat.slice(0, -2) + (pat.endsWith('ين') ? 'ون' : 'ين'));
  if (pronouns && bare.length >= 3 && !/(?:ها|هم|هما|هن|كم|ا|ي|و)$/.test(bare)) {
    // a construct form drops the article: "قواتها", not "القواتها"; the plural's nun goes before a pronoun ("مسلحيهم")
    const base = pat.replace(/^ال/, '');
    const stem = base.endsWith('ه') ? base.slice(0, -1) + 'ت' : /(?:ين|ون)$/.test(base) ? base.slice(0, -1) : base;
    for (const p of AR_PRONOUNS) out.push(stem + p);
  }
  return out;
}
