/**
 * Session 30 (room agdev): the size of the pupils told as a predicate with words between the pupil and its size, in English,
 * Russian and Arabic ("her pupils had gone really small", "зрачки у него были как булавочные головки", "حدقة العين ضاقت كتير",
 * "his pupils were huge and black", "зрачки огромные, во весь глаз", "البؤبؤ كان واسع كتير"). The term file
 * (knowledge/agent-terms.yaml) holds the pupil and the size word at most two words apart, and lists the predicates one by one;
 * this is the grammar of the predicate: a pupil word, up to four words of its clause (no negation, no contrast conjunction:
 * those end the predicate, and a denied size is left unread rather than guessed), then a size word of either pole. Small
 * pupils are miosis (HPO Miosis, HP:0000616: 'abnormally small pupil'; its lay synonyms 'small pupils', 'pinpoint pupils'),
 * large ones mydriasis (HPO Mydriasis, HP:0011499: 'dilated pupil'). Judgment of reading.
 *
 * English 'pupils' are also schoolchildren ("the pupils were tiny, only five"): the adjectives small / tiny / little / big /
 * huge ... are read only where the pupils are owned (his, her, their, the man's) or an eye word precedes them in the clause, and
 * only as the predicate that ends its phrase (not "the pupils were small children"), as PUPILS_BIG_EN does (feature-lexicon.ts);
 * the verbs of shrinking and widening (shrunk, constricted, dilated) need neither, but must end their phrase or take a degree
 * or a preposition (EN_VERB_END: not "pupils contracted a rash"), and an owner counts only with no school in the sentence. Russian зрачки and Arabic بؤبؤ / حدقة / نني
 * name only the eye's pupil.
 */

/** the owner or eye context before an English pupil word (PUPILS_BIG_EN's, session 19) */
const EN_OWNER = String.raw`(?<=(?<![\p{L}])(?:his|her|their|my|our|your|its|whose|both|the\s+(?:child|boy|girl|man|woman|patient|victim|baby)|\p{L}+['’]s|\p{L}+s['’])\s+(?:\p{L}+\s+)?)`;
const EN_EYE = String.raw`(?<=(?:eyes?|eyeballs?)(?![\p{L}])[^.;!?]{0,40}?)`;
/** (review s30) a school in the sentence: an owner makes the pupils a teacher's or a school's as often as a person's eyes ("Teachers
 * said their pupils were small and frightened", "the school's pupils were tiny"), so there only an eye word reads the size */
const EN_SCHOOL = String.raw`(?<![\p{L}])(?:schools?|schoolchildren|teachers?|headteachers?|headmaster|headmistress|principal|class(?:es|rooms?|mates?)|lessons?|kindergartens?|students?|academy)(?![\p{L}])`;
const EN_OWNED = String.raw`(?:${EN_EYE}|${EN_OWNER}(?<!${EN_SCHOOL}[^.;!?]{0,120})(?![^.;!?]{0,120}${EN_SCHOOL}))`;
/** (review s30) a verb of shrinking or widening used of the pupil ends its phrase or takes a degree, a preposition or a
 * conjunction: not a transitive or idiomatic sense of schoolchildren ("pupils contracted a rash / pneumonia", "pupils
 * narrowed the gap", "the pupils were blown away") */
const EN_VERB_END = String.raw`(?=\s*(?:[,.;:!?)\u2014\u2013-]|$|(?:to|down|into|and|but|like|as|in|on|after|when|until|further|sharply|quickly|rapidly|badly|severely|dramatically|markedly|even|almost|completely|right|so|very|noticeably|visibly|immediately|within|from|again|too|up|then|while)(?![\p{L}])))`;
/** not the schoolchildren counted ('the number of pupils has shrunk', 'fewer pupils', 'school pupils') */
const EN_NOT_COUNTED = String.raw`(?<!(?:of|many|few|more|fewer|number|school|class|new|\d+)\s+)`;
/** up to four words of one predicate: no negation, no contrast or clause conjunction */
// (s30 coord) a contracted negation ("weren't", "didn’t") is a negation too: "their pupils weren't small" is no miosis
const EN_GAP = String.raw`(?:(?!(?:not|never|no|nor|but|and|or|yet|though|although|normal|while|whereas)(?![\p{L}'])|[\p{L}]+n['’]t(?![\p{L}]))[\p{L}'’]+\s+){0,4}?`;
/** the predicate ends its phrase: punctuation, a conjunction, a comparison or the end */
const EN_END = String.raw`(?=\s*(?:[,.;:!?)\u2014\u2013-]|and\s|but\s|like\s|as\s|with\s|$))`;
const EN_SMALL_VERB = String.raw`(?:shrunk|shrank|shrunken|shrinking|shrivelled|contracted|constricted|narrowed|closed\s+down)`;
const EN_SMALL_ADJ = String.raw`(?:tiny|small|little|teeny|minute|narrow|specks?|dots?|pin[- ]?(?:pricks?|points?|heads?|holes?)|pins?|nothing)`;
const EN_NEEDLE = String.raw`(?:like|as)\s+(?:the\s+)?(?:points?|tips?|heads?|eyes?|pricks?)\s+of\s+(?:a\s+)?(?:needles?|pins?)`;
const EN_BIG_VERB = String.raw`(?:dilated|blown|widened|enlarged)`;
const EN_BIG_ADJ = String.raw`(?:big|huge|large|enormous|massive|wide|black\s+saucers|saucers|like\s+saucers)`;
/** the lay 'the black of the eye' for the pupil */
const EN_BLACK = String.raw`(?:the\s+)?black(?:\s+(?:part|bit|centre|center|dots?|middle))?\s+(?:of|in)\s+(?:his|her|their|my|our|the)\s+eyes?`;

export const PUPIL_SMALL_PRED = {
  en: [
    String.raw`${EN_NOT_COUNTED}pupils?\s+${EN_GAP}${EN_SMALL_VERB}${EN_VERB_END}`,
    String.raw`${EN_OWNED}pupils?\s+${EN_GAP}(?:${EN_SMALL_ADJ}|${EN_NEEDLE})${EN_END}`,
    String.raw`${EN_NOT_COUNTED}pupils?\s+${EN_GAP}${EN_NEEDLE}`,
    String.raw`${EN_BLACK}\s+${EN_GAP}(?:${EN_SMALL_VERB}|${EN_SMALL_ADJ}|${EN_NEEDLE})${EN_END}`,
  ],
  ru: [
    // зрачки, up to four words (no не / ни / но / а / однако), then a small size, a narrowing verb or a comparison with a pin, a dot
    // or a poppy seed (булавочная головка, игольное ушко, точка, маковое зёрнышко, бусинка)
    String.raw`зрачк~\s+(?:(?!(?:не|ни|но|а|однако|зато|нормальн~|обычн~)(?![\p{L}]))\p{L}+\s+){0,4}?(?:суз~|сужен~|сужив~|крошечн~|крохотн~|маленьк~|малюсеньк~|мелк~|узк~|узеньк~|точечн~|булавочн~|(?:как|словно|будто|точно|с|со|в|до|величиной\s+с)\s+(?:\p{L}+\s+)?(?:булавочн~|булавк~|игольн~|иголк~|точк~|точечк~|маков~|бусинк~|бисерин~))`,
  ],
  ar: [
    // بؤبؤ / حدقة / نني (Egyptian) / سواد العين, up to three words (no negation, no لكن / بس), then a small size, a narrowing verb or
    // a pin / needle (راس الدبوس, الابرة)
    String.raw`(?:ال)?(?:بؤبؤ|حدق|نني|ني\s+ني|سواد\s+(?:ال)?عين)\p{L}*\s+(?:(?!(?:ما|مش|مو|مب|لا|لم|ليس|ليست|مافي|ماكان|لكن|بس|طبيعي\p{L}*)(?![\p{L}]))\p{L}+\s+){0,3}?(?:صغير\p{L}*|زغير\p{L}*|صغار|زغار|ضيق\p{L}*|ضاق\p{L}*|تضيق\p{L}*|تضايق\p{L}*|متضيق\p{L}*|ضيّق\p{L}*|منكمش\p{L}*|انكمش\p{L}*|تقلص\p{L}*|متقلص\p{L}*|قلص\p{L}*|(?:[كب]|قد|متل|مثل|زي|بحجم|كأنه|كانه)?\s*(?:ال)?(?:راس|رأس)?\s*(?:ال)?(?:دبوس|ابرة|ابره))(?![\p{L}])`,
  ],
};

export const PUPIL_BIG_PRED = {
  en: [
    String.raw`${EN_NOT_COUNTED}pupils?\s+${EN_GAP}${EN_BIG_VERB}(?!\s+(?:to|with)\s)${EN_VERB_END}`,
    String.raw`${EN_OWNED}pupils?\s+${EN_GAP}(?:(?:really|very|so|all|huge\s+and|massive\s+and|wide\s+and)\s+)?${EN_BIG_ADJ}${EN_END}`,
  ],
  ru: [
    // зрачки, up to four words, then a large size, a widening verb or 'the whole eye' (во весь глаз, на всю радужку)
    String.raw`зрачк~\s+(?:(?!(?:не|ни|но|а|однако|зато|нормальн~|обычн~)(?![\p{L}]))\p{L}+\s+){0,4}?(?:огромн~|больш~|широк~|расшир~|(?:во|на)\s+(?:весь|всю)\s+(?:глаз|радужк~)|как\s+(?:\p{L}+\s+)?(?:блюдц~|пятак~|монет~))`,
  ],
  ar: [
    String.raw`(?:ال)?(?:بؤبؤ|حدق|نني|ني\s+ني|سواد\s+(?:ال)?عين)\p{L}*\s+(?:(?!(?:ما|مش|مو|مب|لا|لم|ليس|ليست|مافي|ماكان|لكن|بس|طبيعي\p{L}*)(?![\p{L}]))\p{L}+\s+){0,3}?(?:واسع\p{L}*|وسيع\p{L}*|كبير\p{L}*|كبار|توسع\p{L}*|متوسع\p{L}*|اتسع\p{L}*|متسع\p{L}*|وسعت|وسع|كبرت|كبر|مفتوح\p{L}*)(?![\p{L}])`,
  ],
};
