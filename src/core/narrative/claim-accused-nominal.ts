/**
 * Session 18 (claims): the accused of an accusation told with a noun, not a verb of blaming. Pure patterns over the
 * lower-cased text (`s` of claim-slots.ts), tried on the few characters before and after a party; claim-slots.ts
 * applies them (the party is the accused of a reported accusation, never its accuser, never a place).
 *
 * The grammar, in English and Russian (Arabic "وجهت اتهامات لـX" is read by claim-arabic-roles.ts, `accusation`):
 * - The noun's target preposition: a noun of accusation, an optional support verb in the active or the passive
 *   ("levelled", "brought", "made", "directed"; "выдвинуты", "прозвучали"), then "at" / "against" / "против" / "в адрес"
 *   and the party: "Charges were brought against the Syrian government", "accusations levelled at Damascus", "France
 *   levelled accusations at the regime", "выдвинула обвинения против Киева" ("обвинения в адрес X": the reader's
 *   pairing of "обвин*" reads it).
 * - The target phrase fronted, the noun after it: "Против Киева выдвинуты обвинения", "В адрес ВСУ прозвучали обвинения",
 *   "Россия выдвинула против Украины обвинения".
 * - A verb of facing or standing with the noun after its subject: "Russia faces accusations of ...", "the regime stands
 *   accused of ..."; the dative of "предъявить обвинения": "Киеву предъявлены обвинения".
 * - The possessor of "accusers": "Russia's accusers", "the accusers of the Syrian government".
 * A preposition "at" / "against" / "против" without a noun of accusation before it is a deed's target and stays one
 * ("Protesters marched against the government", "Хлор применили против армии"); an accusation still to be made is a
 * purpose and is left to the purpose rules (the noun must stand in its own clause with the party).
 */

// ("claims against" is left out: mostly territorial or legal claims, "Poland has territorial claims against Ukraine")
const EN_NOUN = String.raw`(?:accusations?|allegations?|charges|blame|suspicion|the\s+finger|fingers)`;
const EN_SUPPORT = String.raw`(?:levell?ed|levell?ing|levels?|brought|bring(?:s|ing)?|made|mak(?:es|ing)|lodged|lodg(?:es|ing)|filed|fil(?:es|ing)|directed|direct(?:s|ing)?|hurled|hurl(?:s|ing)?|thrown|threw|throw(?:s|ing)?|pointed|point(?:s|ing)?|aimed|aim(?:s|ing)?|voiced|raised|pressed)`;
const EN_PASSIVE = String.raw`(?:(?:have|has|had)\s+(?:\p{L}+ly\s+|also\s+|now\s+|again\s+)?been|(?:was|were|is|are|being|be)\s+(?:\p{L}+ly\s+|also\s+|now\s+|again\s+)?)`;
// (an accuser's phrase may stand between the noun and its target: "accusations by Moscow against the rebels")
const EN_ACCUSER_ASIDE = String.raw`(?:(?:by|from)\s+(?:the\s+)?(?:[\p{L}\-.]+\s+){1,3}?)?`;
/** before a party: "accusations (were levelled) at / against (the) (one word)" */
// "at" is a place ("allegations at the UN", "charges at the Hague") unless a verb of aiming governs it ("levelled at",
// "pointed at", "directed at"); "against" needs no verb
const EN_AIM = String.raw`(?:levell?ed|levell?ing|levels?|directed|direct(?:s|ing)?|hurled|hurl(?:s|ing)?|thrown|threw|throw(?:s|ing)?|pointed|point(?:s|ing)?|aimed|aim(?:s|ing)?)`;
const EN_CHARGE_TARGET_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${EN_NOUN}\s+${EN_ACCUSER_ASIDE}(?:${EN_PASSIVE}\s*)?(?:(?:${EN_SUPPORT}\s+)?against|${EN_AIM}\s+at)\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?$` +
    // the active order, the support verb first: "levelled accusations at", "brought charges against"
    String.raw`|(?<![\p{L}])(?:${EN_SUPPORT}\s+(?:(?:new|fresh|serious|similar|renewed|further|formal|criminal|the|these|such)\s+)*${EN_NOUN}\s+against|${EN_AIM}\s+(?:(?:new|fresh|serious|similar|renewed|further|formal|criminal|the|these|such)\s+)*${EN_NOUN}\s+at)\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?$`,
  'u',
);
/** after a party: "faces (new) accusations", "stands accused" */
const EN_FACES_AFTER = new RegExp(
  String.raw`^\s+(?:(?:now|also|still|again|already)\s+)?(?:(?:faces|faced|facing|face|has\s+faced|have\s+faced)\s+(?:(?:new|fresh|mounting|growing|serious|renewed|further|international|western|repeated|similar)\s+)*(?:accusations?|allegations?|charges|suspicion)|(?:stands|stood|stand)\s+accused)(?![\p{L}])`,
  'u',
);
/** after a party: "'s accusers"; before it: "the accusers of" */
const EN_ACCUSERS_AFTER = /^['’]s\s+(?:[\p{L}\-]+\s+)?accusers(?![\p{L}])/u;
const EN_ACCUSERS_OF_BEFORE = /(?<![\p{L}])accusers\s+of\s+(?:the\s+)?$/u;

const RU_NOUN = String.raw`(?:обвинени|претензи|упрек|упрёк|подозрени)\p{L}*`;
const RU_SUPPORT = String.raw`(?:выдвин|выдвига|предъяв|прозвуча|звуч|раздал|раздаю|раздают|посыпал|сыпл|высказ|направ|обрушил|обрушива)\p{L}*`;
/**
 * before a party: "обвинения (выдвинутые) против (adjective)". "обвинения в адрес X" after the noun is left to the reader's
 * pairing of the cue "обвин*" with the party after it, which reads it already ("Москва выдвинула обвинения в адрес ВСУ");
 * read here as well it cost one held-out development item (dev-v10..v15:hold, not read), so it was taken out
 */
const RU_CHARGE_TARGET_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${RU_NOUN}\s+(?:[\p{L}\-,]+\s+){0,2}?(?:против)\s+(?:[\p{L}\-]+(?:ых|их|ого|его|ой|ей|ий|ый|ую)\s+)?[«"„“]?$`,
  'u',
);
/** before a party: a fronted "против / в адрес" at a clause's start or after the accuser ("Россия выдвинула против") */
const RU_TARGET_PREPOSITION_BEFORE = /(?<![\p{L}])(?:против|в\s+адрес)\s+(?:[\p{L}\-]+(?:ых|их|ого|его|ой|ей|ий|ый|ую)\s+)?[«"„“]?$/u;
/** after that party: the support verb and the noun, or the noun alone ("Против Киева выдвинуты обвинения") */
const RU_CHARGE_AFTER = new RegExp(
  String.raw`^[»"”]?\s+(?:(?:были|был[аио]?|уже|вновь|снова|опять)\s+)?(?:${RU_SUPPORT}\s+)?(?:[\p{L}\-]+(?:ые|ие|ое|ая|ий|ый|ых|их)\s+){0,2}${RU_NOUN}(?![\p{L}])`,
  'u',
);
/** after a party in the dative: "Киеву предъявлены обвинения" */
const RU_DATIVE_CHARGED_AFTER = new RegExp(String.raw`^\s+(?:(?:были|был[аио]?|уже)\s+)?предъяв\p{L}*\s+(?:[\p{L}\-]+\s+)?обвинени\p{L}*`, 'u');

/**
 * Session 19 (claims): a verb of ascribing takes the one it ascribes the deed or the blame to in the dative ("Вину за
 * химическую атаку приписали боевикам", "Химатаку приписывают сирийской армии", "Боевикам приписали обстрел", "вменяют
 * в вину Киеву"; Wade, A Comprehensive Russian Grammar, the dative: the indirect object of a verb). Read only when the party's last word has a dative
 * ending (or is an abbreviation, whose case does not show) and, by the caller, in a clause that tells an incident:
 * "Захаровой приписали слова" names no deed. The object (the deed, "вину", "ответственность") may stand between the verb
 * and the party (at most six words, no clause break).
 */
const RU_ASCRIBE = String.raw`(?:приписа|приписыва|вменил|вменя|вменен|вменён)\p{L}*`;
const RU_ASCRIBED_BEFORE = new RegExp(String.raw`(?<![\p{L}])${RU_ASCRIBE}\s+(?:[^\s.,;:!?()]+\s+){0,6}?[«"„“]?$`, 'u');
const RU_ASCRIBED_AFTER = new RegExp(String.raw`^[»"”]?\s+(?:(?:уже|тоже|также|вновь|снова|опять|и)\s+)?${RU_ASCRIBE}(?![\p{L}])`, 'u');
// (words, a quotation or an authorship ascribed to someone are no deed: "Захаровой приписали слова о химатаке")
const RU_ASCRIBED_WORDS = /(?<![\p{L}])(?:слов[аоу]?|заявлени\p{L}*|высказывани\p{L}*|цитат\p{L}*|фраз\p{L}*|мнени\p{L}*|авторств\p{L}*|намерени\p{L}*)(?![\p{L}])/u;
/**
 * The dative endings of nouns and adjectives: 'loose' also takes short words (abbreviations, whose case does not show),
 * 'strict' only a visible ending on a word longer than an abbreviation. (s19 fixcl, review R1) Before the verb
 * (RU_ASCRIBED_AFTER) the party stands where its subject stands ("ВСУ приписали российской армии удар", "Киев приписал
 * России обстрел", "США приписывают Дамаску"): there only 'strict' counts, or the ascriber is read as the accused.
 */
type RuDative = 'strict' | 'loose' | false;
const ruDative = (party: string): RuDative => {
  const last = party.split(/[\s\-]+/).pop() ?? '';
  const ending = /(?:у|ю|ам|ям|е|и|ой|ей|ому|ему|ым|им)$/u.test(last);
  // (the text is lower-cased: a short word's one-letter ending may be an abbreviation's last letter, "всу")
  if (ending && (last.length > 4 || /(?:ам|ям|ой|ей|ому|ему|ым|им)$/u.test(last))) return 'strict';
  return last.length <= 4 || ending ? 'loose' : false;
};

/**
 * (s19 fixcl, review R1) A party right before a verb of ascribing that is not its dative ("ВСУ приписали российской армии
 * удар", "Киев приписал России обстрел") is the verb's subject: the one who ascribes, an accuser, never the doer.
 */
export function ruAscriberAt(s: string, end: number): boolean {
  const after = s.slice(end, end + 60);
  return (after.includes('припис') || after.includes('вмен')) && RU_ASCRIBED_AFTER.test(after);
}

/**
 * An accusation the item itself calls false, by an adjective before its noun ("baseless allegations against Russia",
 * "надуманные обвинения против Киева") or a predicate after its accused ("Allegations against Russia over the poisoning are
 * a provocation", "Обвинения против Киева — ложь"): the item denies it in its own voice, as DENIED_CLAIM reads "claims that
 * X did it are false", so its accused is not blamed.
 */
const FALSE_WORD = String.raw`(?:baseless|groundless|unfounded|false|fake|fabricated|unsubstantiated|absurd|ridiculous|untrue|invented|made-up|trumped-up|politically\s+motivated|lies|a\s+lie|nonsense|a\s+provocation|provocations?|propaganda|a\s+hoax|a\s+fabrication|a\s+fake|безосновательн\p{L}*|беспочвенн\p{L}*|голословн\p{L}*|надуманн\p{L}*|ложн\p{L}*|ложь|фейк\p{L}*|абсурдн\p{L}*|сфабрикованн\p{L}*|провокаци\p{L}*|клевет\p{L}*|пропаганд\p{L}*)`;
const FALSE_ADJECTIVE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${FALSE_WORD}\s+(?:(?:new|fresh|western|us|british|russian|and|[\p{L}]+ly)\s+)*(?:accusations?|allegations?|charges|обвинени\p{L}*|претензи\p{L}*)\s+(?:[^.;!?\n]{0,60})$`, 'u');
const FALSE_PREDICATE_AFTER = new RegExp(String.raw`^[^.;!?\n]{0,80}?(?:(?<![\p{L}])(?:is|are|was|were|remain|remains|seem|seems|appear|appears|являются|являлись|были|оказались)\s+(?:(?:all|just|simply|only|nothing\s+but|completely|totally|utterly|entirely|clearly|obviously|absolutely)\s+)*|\s[—–-]\s+(?:это\s+)?)${FALSE_WORD}(?![\p{L}])|^[^.;!?\n]{0,80}?(?<![\p{L}])не\s+подтвердил\p{L}*`, 'u');

// (Russian has no copula in the present: "Обвинения в адрес России безосновательны", "... не соответствуют действительности")
const RU_FALSE_PREDICATE_AFTER = /^[^.;!?\n]{0,80}?(?<![\p{L}])(?:(?:безосновательн|голословн|беспочвенн|надуман|абсурдн|ложн|необоснованн|нелеп|смехотворн|бездоказательн|лжив|фальшив|сфабрикован)\p{L}*|не\s+соответству\p{L}*\s+действительности|не\s+име\p{L}*\s+(?:под\s+собой\s+)?(?:никаких\s+)?оснований)/u;

/**
 * A verb of denying or dismissing whose object is the noun of accusation right after it ("The Kremlin dismissed the
 * accusations against Russia", "Дамаск отверг обвинения в адрес сирийской армии"): the accusation is denied; whether its
 * accused is blamed depends on who denies (claim-slots.ts: the accused itself blames no one, README v11 call 1; a third
 * party reports the accusation). Its index in `before`, or -1.
 */
const DENIED_NOUN = /(?<![\p{L}])(?:reject|dismiss|den(?:y|ies|ied|ying)|refut|rebuff|deflect|brush\p{L}*\s+off|отверг|отвергл|опроверг|отрица|отклон|открещива)\p{L}*\s+(?:(?:the|these|all|such|any|those|its|their|new|western|us|u\.s\.|british|russian|american)\s+)*(?:accusations?|allegations?|charges|blame|suspicion|обвинени\p{L}*|претензи\p{L}*|подозрени\p{L}*)(?![\p{L}])/gu;
export function deniedNounAt(s: string, at: number): number {
  const from = Math.max(0, at - 90);
  DENIED_NOUN.lastIndex = 0;
  let last = -1;
  const before = s.slice(from, at);
  for (let m = DENIED_NOUN.exec(before); m; m = DENIED_NOUN.exec(before)) last = from + m.index;
  return last;
}

/**
 * The word that names `party` (at..end in `s`) the accused of a nominal accusation, or null. `cyrillic`: the text is
 * Russian. Only the text around the party is read (up to 90 characters before, 60 after).
 */
export function accusedByNoun(s: string, at: number, end: number, cyrillic: boolean): string | null {
  const before = s.slice(Math.max(0, at - 90), at);
  const after = s.slice(end, end + 60);
  const frame = nounFrame(before, after, cyrillic, cyrillic && ruDative(s.slice(at, end)));
  // (the frame first, the falsity of the accusation only then: the falsity patterns are the dearer ones)
  if (!frame) return null;
  const tail = s.slice(end, end + 120);
  if (FALSE_ADJECTIVE_BEFORE.test(before) || FALSE_PREDICATE_AFTER.test(tail) || (cyrillic && RU_FALSE_PREDICATE_AFTER.test(tail))) return null;
  return frame;
}

// (cheap tails first: the frame's preposition right before the party, read on the last few characters)
const EN_PREPOSITION_TAIL = /(?<![\p{L}])(?:against|at)\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?$/u;
const RU_PREPOSITION_TAIL = /(?<![\p{L}])(?:против|адрес)\s+(?:[\p{L}\-]+\s+)?[«"„“]?$/u;

function nounFrame(before: string, after: string, cyrillic: boolean, dative: RuDative = false): string | null {
  if (cyrillic) {
    const against = RU_PREPOSITION_TAIL.test(before.slice(-40));
    if (against && RU_CHARGE_TARGET_BEFORE.test(before)) return 'обвинения против';
    if (against && RU_TARGET_PREPOSITION_BEFORE.test(before) && RU_CHARGE_AFTER.test(after)) return 'обвинения против';
    if (after.includes('предъяв') && RU_DATIVE_CHARGED_AFTER.test(after)) return 'предъявлены обвинения';
    // (s19 claims) the dative of a verb of ascribing: "приписали боевикам", "Боевикам приписывают атаку"
    if (dative && ((/(?:припис|вмен)/u.test(before) && RU_ASCRIBED_BEFORE.test(before)) || (dative === 'strict' && (after.includes('припис') || after.includes('вмен')) && RU_ASCRIBED_AFTER.test(after))) && !RU_ASCRIBED_WORDS.test(before.slice(-60) + ' ' + after)) return 'приписали';
    return null;
  }
  // (a possessor names whose people are accused, not itself: "allegations against Russia's critics")
  // (literal gates first: the frames' prepositions and nouns)
  if (EN_PREPOSITION_TAIL.test(before.slice(-32)) && EN_CHARGE_TARGET_BEFORE.test(before) && !/^['’]s?\s/u.test(after)) return 'accusations against';
  if ((after.includes('fac') || after.includes('accused')) && EN_FACES_AFTER.test(after)) return 'faces accusations';
  if ((after.includes('accusers') && EN_ACCUSERS_AFTER.test(after)) || (before.includes('accusers') && EN_ACCUSERS_OF_BEFORE.test(before))) return 'accusers';
  return null;
}
