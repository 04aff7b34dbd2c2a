/**
 * (s28 clprep) Announcements by a party's own word: vows of revenge, evacuation warnings, threats and plots, for the
 * `prepared` slot of claim-slots.ts, by the label conventions of eval/claims/README.md (the rows added in session 28):
 *
 * - `vowedAttacks`: a vow of revenge, retaliation or a response of force, unconditional ("Khamenei vows
 *   severe revenge", "Israeli officials ... vowing to inflict a heavy price on Hezbollah", "a harsh retaliation is waiting
 *   for the United States", «поклялся отомстить», «пообещал жестокую месть», «توعد بالانتقام», «الثار ... قادم»). The
 *   grammar: a verb of vowing, promising, swearing or threatening (and "warn of") with a noun of revenge as its object or
 *   an infinitive of avenging or retaliating; the noun of revenge as the subject of a verb of coming or waiting; the future
 *   of avenging or retaliating. Not under a negation, not on a condition anywhere in its sentence ("will pay a heavy price
 *   if ...", «если», «اذا»), not a revenge told as done ("fired ... in retaliation for", "retaliated", "fulfilling the vow",
 *   «в отместку»), not in a sentence of diplomacy, trade or invasion (`NOT_FORCE`: expulsions, sanctions, tariffs). The
 *   reader calls it only when the text holds some lexicon hit (it returns before its passes otherwise), which keeps a vow
 *   with no party, place or deed named unread. A revenge that is only a motive ("in an act of revenge", «из мести»,
 *   «انتقاما من») has no verb of vowing and is not read.
 * - `evacuationWarnings`: an order, warning or call to residents to evacuate or leave ("ordered residents to evacuate ahead
 *   of strikes", "residents were told to leave before the bombing", «призвала жителей покинуть дома», «انذرهم بضروره
 *   الاخلاء», «يطلب من اهالي صور الاخلاء»), and the Arabic noun of threat with a deed after «ب» («تهديدات الجيش بقصف»):
 *   the strike it announces is ahead. Only with a party named in the text (the army that warns), and only while the text
 *   tells no strike as done: every attack word must stand ahead of its deed ("ahead of", "before", «قبل», «перед», a threat
 *   of it, a future); told with the strikes that followed ("struck Tyre hours after the evacuation warnings") it is a past
 *   announcement (README v29 call 2).
 * - `arrestedPlotter`, `pluperfectPlan`: a plan whose plotter is arrested, detained or charged ("arrested a man accused of
 *   planning a ricin attack", «задержан ... по подозрению в подготовке») or a plan in the pluperfect ("had plans to",
 *   "had been planning") is a plot that will not happen (the foiled and past plot row).
 * - `THREAT_EVENT_CONDITION` (read by claim-slots.ts's `conditionalThreat`): "in the event of", "in case of" open a threat's
 *   condition, and a threat restated with its condition in another sentence of the item (a lead drops the condition the
 *   body restores: "threatened to bomb Haifa's chemical works ... in the event of a future conflict") is conditional.
 * - `FOILED_PLOT_AFTER`: the noun of a plot right after a verb of foiling ("foiled a terrorist plot to ...").
 * - `announcementActor`: the party a vow or warning blames (inside the announcement, else the nearest before it that is no
 *   verb's or preposition's object); claim-slots.ts uses it when the announcement is in the item's lead and no chemical
 *   attack is read, and then reports.
 *
 * Judged, not sourced: the word lists are the common news forms in each language, written to be general (the probes of
 * eval/claims/probes/clprep-s28-prepared.txt, written first). Pure: offsets in the reader's lower-cased (Arabic: folded)
 * text.
 */

import { sentenceOf } from './claim-prepared-scope.js';

export interface VowObject {
  at: number;
  end: number;
  word: string;
  /** the lexicon's kind: party, incident, violence, staged, agent ... */
  kind: string;
  /** a party's or a state's value (other, west, opposition, force ...) */
  value?: string;
}


const NEG_BEFORE = /(?<![\p{L}])(?:not|never|no|не|ни|لم|لا|لن|ليس)\s+(?:\p{L}+\s+)?$/u;
// a condition in the sentence: the conjunctions of claim-condition.ts, the inverted "should" of a threat, and "in the event
// (of)", "in case of", "any/every ... will be met" (a deterrent)
// (s31 review2) whether / هل a few words before a vow: it is asked, not vowed
const INTERROGATIVE_BEFORE = /(?<![\p{L}])(?:whether|[وف]?هل)\s+(?:[\p{L}'’\-]+\s+){0,3}$/u;
const VOW_CONDITION = /(?<![\p{L}])(?:if|unless|should\s+(?:it|they|he|she|israel|iran|the\s+\p{L}+|any\p{L}*)|in\s+the\s+event|in\s+case\s+of|если|в\s+случае(?!\s+со?\s)|при\s+условии|[وف]?اذا|[وف]?في\s+حال|لو|ان\s+لم|ما\s+لم)(?![\p{L}])/u;

// the deeds a response answers ("the response to the assassination", «ответить на убийство», «الرد على اغتيال»)
const EN_DEED_NOUN = String.raw`(?:killing|assassination|murder|attack|strike|aggression|bombing|raid)s?`;
// the nouns of revenge; "response" and "punishment" only with an adjective of force or with the deed they answer
// (s30 clnew) the adjectives of a response of force, and a coordinated or quoted pair ("a “firm and forceful” response");
// the weak ones (strong, firm, decisive, swift, resolute, befitting, robust, stern) also qualify a diplomatic or political
// response, so `vowedAttacks` reads them only with a word of force in the vow's sentence (`EN_FORCE_CONTEXT`)
const EN_RESPONSE_ADJ = String.raw`(?:harsh|severe|crushing|forceful|painful|military|devastating|heavy|bloody|strong|firm|decisive|swift|resolute|befitting|robust|stern)`;
const EN_WEAK_RESPONSE = /^(?:[\p{L}\-'‘’“”"«»]+\s+){0,3}?['‘’“”"]?(?:strong|firm|decisive|swift|resolute|befitting|robust|stern)(?:\s+and\s+|,\s*)?(?:strong|firm|decisive|swift|resolute|befitting|robust|stern)?['‘’“”"]?\s+(?:response|punishment|reply)/u;
const EN_FORCE_CONTEXT = /(?<![\p{L}])(?:attack\p{L}*|strikes?|struck|operations?|raids?|bomb\p{L}*|shell\p{L}*|kill\p{L}*|soldiers|troops|forces|border|missiles?|drones?|retaliat\p{L}*|aggression|clash\p{L}*|ambush\p{L}*|fir(?:ed|ing)\s+on)(?![\p{L}])/u;
const EN_REVENGE = String.raw`(?:revenge|retaliation|vengeance|retribution|reprisals?|retaliatory\s+(?:strikes?|attacks?|action|measures)|['‘’“”"]?(?:${EN_RESPONSE_ADJ}(?:\s+and\s+|,\s*))?${EN_RESPONSE_ADJ}['‘’“”"]?\s+(?:response|punishment|reply)|response\s+to\s+(?:the\s+|this\s+|that\s+|[\p{L}\-]+['’]s\s+)?(?:[\p{L}\-]+\s+)?${EN_DEED_NOUN})`;
const EN_VOW_VERB = String.raw`(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|sw(?:ore|ear|ears|earing)|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?\s+of)`;
const EN_AVENGE = String.raw`(?:take\s+(?:\p{L}+\s+)?revenge|avenge|retaliate|strike\s+back|hit\s+back|exact\s+(?:\p{L}+\s+)?(?:revenge|retribution|vengeance)|(?:inflict|exact)\s+(?:a\s+)?(?:heavy|high|painful|severe|steep)\s+price|make\s+(?:\p{L}+\s+){1,2}pay\s+(?:dearly|a\s+(?:heavy|high|steep)\s+price)|respond\s+(?:harshly|forcefully|strongly|decisively|militarily|firmly|severely)|respond\s+to\s+(?:the\s+|this\s+|that\s+|[\p{L}\-]+['’]s\s+)?(?:[\p{L}\-]+\s+)?${EN_DEED_NOUN})`;
const EN_VOW = new RegExp(String.raw`(?<![\p{L}])(?:${EN_VOW_VERB}\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}\-'‘’“”"«»]+\s+){0,2}?['‘’“”"«»]?${EN_REVENGE}|${EN_VOW_VERB}\s+to\s+${EN_AVENGE}|(?:will|would|shall|'ll|’ll)\s+(?:surely\s+|certainly\s+|definitely\s+)?(?:avenge|retaliate|strike\s+back|hit\s+back|take\s+(?:\p{L}+\s+)?revenge|pay\s+(?:dearly|a\s+(?:very\s+)?(?:heavy|high|steep)\s+price)|respond\s+to\s+(?:the\s+|this\s+|that\s+|[\p{L}\-]+['’]s\s+)?(?:[\p{L}\-]+\s+)?${EN_DEED_NOUN})|(?:${EN_REVENGE}|(?:a|the|our|its|their)\s+response)\s+['‘’“”"]?(?:will\s+come|is\s+coming|is\s+waiting|awaits|is\s+(?:['‘’“”"]\s*)?inevitable|will\s+be\s+(?:harsh|severe|crushing|painful|decisive)))(?![\p{L}])`, 'gu');
const RU_DEED_NOUN = String.raw`(?:убийств\p{L}*|гибел\p{L}*|ликвидаци\p{L}*|удар\p{L}*|атак\p{L}*|нападени\p{L}*|агресси\p{L}*|обстрел\p{L}*|теракт\p{L}*)`;
const RU_VOW = new RegExp(String.raw`(?<![\p{L}])(?:(?:поклял\p{L}*|клян\p{L}*|пообещал\p{L}*|обеща\p{L}*|пригрозил\p{L}*|грозит\p{L}*|грозят|угрожа\p{L}*|пообещав|пригрозив|поклявшись)\s+(?:\p{L}+\s+){0,3}?(?:отомстить|мест\p{L}*|возмезди\p{L}*|расплат\p{L}*|ответн\p{L}*\s+удар\p{L}*|ответить\s+на\s+(?:\p{L}+\s+)?${RU_DEED_NOUN}|(?:ж[её]стк|жесток|суров|сокрушительн|решительн|страшн)\p{L}*\s+(?:ответ\p{L}*|мест\p{L}*|возмезди\p{L}*|наказани\p{L}*))|отомстит|отомстим|отомстят|(?:ответит|ответим|ответят)\s+на\s+(?:\p{L}+\s+)?${RU_DEED_NOUN}|дорого\s+заплатит|заплатит\s+(?:высокую|дорогую|страшную)\s+цену|(?:месть|возмездие|расплата|ответ)\s+(?:на\s+(?:\p{L}+\s+)?${RU_DEED_NOUN}\s+(?:\p{L}+\s+)?)?(?:(?!на\s)\p{L}+\s+){0,2}?(?:неизбежн\p{L}*|последует|не\s+заставит\s+себя\s+ждать)|(?:месть|возмездие|ответ)\s+будет\s+(?:жестк|жесток|суров|сокрушительн|страшн|беспощадн)\p{L}*|(?:нанесет|нанесут|нанесем)\s+(?:\p{L}+\s+)?ответн\p{L}*\s+удар\p{L}*|жд(?:ет|ут)\s+(?:\p{L}+\s+)?(?:мест\p{L}*|возмезди\p{L}*|расплат\p{L}*|(?:суров|жесток|жестк|сокрушительн|страшн)\p{L}*\s+(?:ответ|наказани)\p{L}*))(?![\p{L}])`, 'gu');
// folded Arabic: a verb of vowing or threatening, then (up to four words: its subject and object) a noun of revenge; "الرد"
// bare after «توعد» (which is a threatening vow) or with the deed it answers («الرد على اغتيال»)
const AR_DEED_NOUN = String.raw`(?:ال)?(?:اغتيال|مقتل|قتل|استشهاد|هجوم|عدوان|جريمه|غاره|قصف|اعتداء|ضربه|ضرب|مجزره)`;
const AR_RESPONSE_TO = String.raw`[بل]?(?:ال)?رد\s+علي\s+(?:\p{L}+\s+)?${AR_DEED_NOUN}`;
// (s31 clprep) the active participles of vowing, the circumstantial accusative after a verb of condemning or describing
// («ندد بالهجوم، متوعدا بالرد», «متعهدة بالانتقام»: Ryding 2005 ch. 11 on the ḥāl); not «مهدد», which is also the passive
// "threatened with"
const AR_VOW_PARTICIPLE = String.raw`(?:متوعد|متعهد|مقسم)(?:ا|ه|ين|ون)?`;
// (s31 clprep) «حازم» (firm) is a weak adjective of response, as English "firm" (s30 clnew): read only with a word of force
// in the vow's sentence (`AR_FORCE_CONTEXT`), so that «رد حازم على الرسوم» stays unread
const AR_WEAK_RESPONSE = /(?:ال)?(?:رد|عقاب)\s+(?:ال)?حازم\p{L}*/u;
const AR_FORCE_CONTEXT = /(?<![\p{L}])[وفبل]?(?:ال)?(?:هجوم\p{L}*|هجمات|ضرب\p{L}*|غار\p{L}*|قصف|عدوان|اعتداء\p{L}*|عمليه|صاروخ\p{L}*|صواريخ|مسير\p{L}*|جنود|قوات|حدود\p{L}*|اغتيال|تفجير|كمين|مسلح\p{L}*|متسلل\p{L}*)(?![\p{L}])/u;
const AR_REVENGE = String.raw`(?:[بل]?["«“']?(?:ال)?(?:انتقام|ثار|قصاص)|[بل]?["«“']?(?:ال)?(?:رد|عقاب)\s+(?:ال)?(?:قاس\p{L}*|حازم\p{L}*|حاسم\p{L}*|مزلزل\p{L}*|قوي\p{L}*|مدمر\p{L}*|موجع\p{L}*|عنيف\p{L}*|ساحق\p{L}*|شديد\p{L}*|صارم\p{L}*|مولم\p{L}*)|${AR_RESPONSE_TO})`;
const AR_VOW = new RegExp(String.raw`(?<![\p{L}])(?:[وف]?(?:توعد|يتوعد|تتوعد|توعدت|توعدوا|يتوعدون|تعهد|تعهدت|يتعهد|تتعهد|اقسم|اقسمت|يقسم|هدد|هددت|يهدد|تهدد|وعد|وعدت|${AR_VOW_PARTICIPLE})\s+(?:\p{L}+\s+){0,4}?${AR_REVENGE}|[وف]?(?:توعد|يتوعد|تتوعد|توعدت|توعدوا|يتوعدون|متوعد(?:ا|ه|ين|ون)?)\s+(?:\p{L}+\s+){0,4}?بالرد|[وف]?(?:سننتقم|سينتقم|ستنتقم|سينتقمون|سنثار|سيثار)|[وف]?(?:سنرد|سيرد|سترد|سيردون)\s+(?:بقوه|بحزم|بقسوه|بكل\s+(?:قوه|حزم|قسوه)|علي\s+(?:\p{L}+\s+)?${AR_DEED_NOUN})|[وف]?(?:سيدفع|ستدفع|سيدفعون)\s+(?:ال)?(?:ثمن\p{L}*)(?:\s+(?:باهظ\p{L}*|غالي\p{L}*|غاليا))?|(?:ال)?(?:ثار|انتقام|رد)(?:نا|ه|ها|هم)?\s+(?:\p{L}+\s+){0,3}?(?:قادم|ات|سياتي|واجب|حتمي\p{L}*)(?:\s+لا\s+محاله)?|(?:[وف]?(?:سيكون|ستكون)\s+(?:ال)?(?:رد|انتقام|ثار|عقاب)(?:نا|ه|ها|هم)?|(?:ال)?(?:رد|انتقام|ثار|عقاب)(?:نا|ه|ها|هم)?\s+(?:سيكون|ستكون))\s+(?:\p{L}+\s+)?(?:قاسيا|مزلزلا|حاسما|موجعا|مدمرا|ساحقا|قويا|شديدا|مولما))(?![\p{L}])`, 'gu');
// (s31 clprep) the first person's vow to crush the attackers after an attack ("“We will crush them,” Putin declared", «Мы их
// уничтожим», «سنسحقهم»): the future of a verb of crushing or destroying, said in the first person, with the attackers as its
// object (a pronoun, or a noun of attackers): the "future of avenging or retaliating" of the vow row (README), read only
// when the text tells an attack (`vowedAttacks`), and not at a contest ("crush them in the election")
const EN_CRUSH = /(?<![\p{L}])(?:we|i)(?:\s+(?:will|shall)\s+|['’]ll\s+)(?:(?:surely|certainly|definitely)\s+)?(?:hunt\s+(?:them|the\s+\p{L}+)\s+down\s+and\s+)?(?:crush|destroy|annihilate|eliminate|wipe\s+out|obliterate|smash|hunt\s+down)\s+(?:them|the\s+(?:terrorists|attackers|perpetrators|killers|saboteurs|enemy|bandits|murderers))(?![\p{L}])|(?<![\p{L}])(?:we|i)(?:\s+(?:will|shall)\s+|['’]ll\s+)hunt\s+(?:them|the\s+(?:terrorists|attackers|perpetrators|killers|saboteurs|bandits|murderers))\s+down(?![\p{L}])/gu;
const RU_CRUSH = /(?<![\p{L}])(?:(?:мы\s+)?их\s+(?:уничтожим|раздавим|покараем|ликвидируем)|(?:уничтожим|раздавим|покараем)\s+(?:их|террористов|нападавших|диверсантов|убийц|бандитов|врага|нелюдей))(?![\p{L}])/gu;
const AR_CRUSH = /(?<![\p{L}])[وف]?(?:سن(?:سحق|دمر|بيد|محق)(?:هم)|سنقضي\s+عليهم|سن(?:سحق|دمر|بيد)\s+(?:ال)?(?:ارهابيين|مهاجمين|قتله|مجرمين))(?![\p{L}])/gu;
const CONTEST = /(?<![\p{L}])(?:elections?|vote|polls?|ballot|match|game|final|race|league|tournament|court|выбор\p{L}*|матч\p{L}*|[وفبل]?(?:ال)?(?:انتخابات|مباراه|نهايي))(?![\p{L}])/u;
// (s31 clprep) the vow of a response deferred to the responder's choice ("will respond at a time and place of our choosing",
// «ответим в удобное для нас время», «سترد في الزمان والمكان المناسبين»): the idiom announces a retaliation (the vow row) with no
// adjective of force and no deed named
const CHOSEN_TIME = new RegExp(String.raw`(?<![\p{L}])(?:(?:will|would|shall|['’]ll)\s+(?:respond|retaliate|react)|(?:vow\p{L}*|pledg\p{L}*|promis\p{L}*|swore|threaten\p{L}*)\s+to\s+(?:respond|retaliate))\s+(?:[\p{L}\-]+\s+){0,3}?at\s+(?:a|the)\s+(?:time\s+and\s+place|time|place)\s+(?:and\s+(?:in\s+the\s+)?(?:manner|place)\s+)?of\s+(?:its|our|their|his|her|tehran['’]s|moscow['’]s)\s+(?:own\s+)?choosing(?![\p{L}])|(?<![\p{L}])(?:ответит|ответим|ответят|пообещал\p{L}*\s+ответить)\s+(?:\p{L}+\s+){0,3}?в\s+(?:удобн|подходящ|выбранн)\p{L}*\s+(?:(?:для\s+(?:нас|себя|него|них)\s+)?(?:время|момент)|(?:время|момент)\s+и\s+(?:в\s+)?(?:удобн|подходящ)\p{L}*\s+мест\p{L}*)(?![\p{L}])|(?<![\p{L}])[وف]?(?:سترد|سنرد|سيرد|سيردون|(?:توعد|يتوعد|تتوعد|توعدت|تعهد|تعهدت|${AR_VOW_PARTICIPLE})\s+(?:\p{L}+\s+){0,3}?بالرد)\s+(?:\p{L}+\s+){0,3}?في\s+(?:ال)?(?:زمان|وقت)\s+و(?:ال)?مكان\s+(?:ال)?(?:مناسبين|مناسب)(?![\p{L}])`, 'gu');
// «не заставит себя ждать»: "will not keep one waiting", an idiom of promptness, no negation of the vow
const PROMPT_IDIOM = /не\s+заставит\s+себя\s+ждать/u;
// (s29 clprep) a clause boundary inside a sentence: a semicolon, a dash, or a comma before a coordinating conjunction
// ("..., and if ...", «..., а если ...», "...، لكن"); a condition scopes over its own clause, not over the one it is
// coordinated with (Quirk et al. 1985 §13.6: coordinated clauses are grammatically independent)
const CLAUSE_BOUNDARY = /;|\s[—–]\s|,\s*(?:and|but|while|whereas|yet|а|но|и|однако|тогда\s+как|و|لكن|بينما)\s|،\s*(?:و|لكن|بينما|غير\s+ان)/gu;
/** The clause of the sentence s[a, b) that holds s[at, end): cut at CLAUSE_BOUNDARY before `at` and after `end`. */
export function clauseAround(s: string, a: number, b: number, at: number, end: number): string {
  let from = a;
  let to = b;
  CLAUSE_BOUNDARY.lastIndex = 0;
  const sent = s.slice(a, b);
  for (let m = CLAUSE_BOUNDARY.exec(sent); m; m = CLAUSE_BOUNDARY.exec(sent)) {
    const x = a + m.index;
    if (x + m[0].length <= at) from = x + m[0].length;
    else if (x >= end) {
      to = x;
      break;
    }
  }
  return s.slice(from, to);
}
// a revenge told as done
const DONE_REVENGE = /(?<![\p{L}])(?:(?:fired|struck|launched|attacked|bombed|shelled|hit|killed|targeted|carried\s+out|executed)\s+(?:[^.!?\n]{0,80}?\s)?in\s+(?:revenge|retaliation|reprisal|response)\s+for|retaliated|avenged|took\s+(?:\p{L}+\s+)?revenge|fulfill?(?:s|ed|ing)?\s+(?:[\p{L}'’\-]+\s+){0,2}?(?:vow|pledge|promise)|в\s+отместку|отомстил\p{L}*|в\s+качестве\s+(?:ответа|мести))(?![\p{L}])/u;
// (s31 clprep) «مقاطعه» is also a province («في مقاطعه بريانسك»): after a preposition of place it is no boycott
const NOT_FORCE = /(?<![\p{L}])(?:sanction\p{L}*|tariffs?|duties|expul\p{L}*|expel\p{L}*|diplomat\p{L}*|embassy|embargo\p{L}*|boycott\p{L}*|visas?|trade|invasion|invad\p{L}*|санкци\p{L}*|пошлин\p{L}*|высыл\p{L}*|выдвор\p{L}*|дипломат\p{L}*|посольств\p{L}*|эмбарго|вторжени\p{L}*|[وفبل]?(?:ال)?(?:عقوبات|رسوم|طرد|دبلوماسي\p{L}*|سفاره|سفير|حظر|(?<!(?:في|من|الي|علي|داخل)\s)مقاطعه|غزو|اجتياح))(?![\p{L}])/u;

// cheap gates: a stem every vow form holds, and every evacuation form
const VOW_GATE = /crush|destroy|annihil|eliminat|wipe out|obliterat|smash|hunt|уничтожим|раздавим|покараем|ликвидируем|سن|reveng|retali|vengean|repris|retribut|respon|aveng|back|price|мест|мстит|мстим|мстят|возмезд|расплат|ответ|заплат|ثار|انتقام|رد|عقاب|قصاص|ثمن/u;
const EVAC_GATE = /evacuat|leave|flee|get out|покин|эваку|выех|уйти|اخلاء|مغادره|ابتعاد|تهديد/u;

/** Vows of revenge or of a response of force, unconditional, in a sentence that names a party: each vow's words. */
export function vowedAttacks(s: string, objects: VowObject[]): { at: number; end: number; word: string }[] {
  const out: { at: number; end: number; word: string }[] = [];
  if (!VOW_GATE.test(s) || DONE_REVENGE.test(s)) return out;
  for (const re of [EN_VOW, RU_VOW, AR_VOW, EN_CRUSH, RU_CRUSH, AR_CRUSH, CHOSEN_TIME]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const [a, b] = sentenceOf(s, m.index);
      // (s31 clprep) a vow to crush, or to respond at a chosen time, answers an attack told in the item, and is no contest's
      if ((re === EN_CRUSH || re === RU_CRUSH || re === AR_CRUSH || re === CHOSEN_TIME) && (!objects.some((o) => (o.kind === 'incident' || o.kind === 'violence') && (o.end <= m!.index || o.at >= m!.index + m![0].length)) || CONTEST.test(s.slice(a, b)))) continue;
      // (s29 clprep) a negation inside the vow ("pledged no retaliation"), but not the Russian idiom of promptness «ответ не
      // заставит себя ждать» ("will not be long in coming"), which affirms
      if (NEG_BEFORE.test(s.slice(Math.max(a, m.index - 14), m.index)) || /(?<![\p{L}])(?:not|no|не|لا(?!\s+محاله)|لن)\s/u.test(m[0].replace(PROMPT_IDIOM, ''))) continue;
      // (s31 review2) an indirect or direct yes-no question over the vow ("Analysts asked whether Israel will respond at a
      // time and place of its choosing", «гадают, ответит ли Иран в удобное время», «هل سترد ايران ...»): no one vows
      if (INTERROGATIVE_BEFORE.test(s.slice(Math.max(a, m.index - 60), m.index)) || /(?<![\p{L}])ли(?![\p{L}])/u.test(m[0])) continue;
      // (s29 clprep) a condition in the vow's own clause: "vowed revenge ..., and if Israel wants peace ..." keeps the vow
      if (VOW_CONDITION.test(clauseAround(s, a, b, m.index, m.index + m[0].length))) continue;
      // (a retaliation of diplomacy or trade: "vowed retaliation after the expulsion of its diplomats", «жёсткий ответ на санкции»)
      if (NOT_FORCE.test(s.slice(a, b))) continue;
      // (s30 clnew) a weak adjective of response ("vows a strong response") only with a word of force in its sentence
      // (s31 clprep) the Arabic weak adjective «حازم» likewise
      if (re === AR_VOW && AR_WEAK_RESPONSE.test(m[0]) && !/(?:قاس|مزلزل|مدمر|موجع|عنيف|ساحق|مولم)/u.test(m[0]) && !AR_FORCE_CONTEXT.test(s.slice(a, b).replace(m[0], ' '))) continue;
      if (re === EN_VOW && EN_WEAK_RESPONSE.test(m[0].replace(/^\S+\s+/u, '')) && !/(?:harsh|severe|crushing|forceful|painful|military|devastating|heavy|bloody)['‘’“”"]?\s+(?:response|punishment|reply)/u.test(m[0]) && !EN_FORCE_CONTEXT.test(s.slice(a, b).replace(m[0], ' '))) continue;
      out.push({ at: m.index, end: m.index + m[0].length, word: m[0].trim() });
    }
  }
  return out;
}

// an order, warning or call to residents to leave (the people in the span, or the Arabic pronoun of the addressee)
const EN_EVAC = /(?<![\p{L}])(?:order\p{L}*|warn\p{L}*|urg\p{L}*|call\p{L}*\s+on|told|tell\p{L}*|instruct\p{L}*|ask\p{L}*|direct\p{L}*)\s+(?:[\p{L}\-',]+\s+){0,6}?(?:residents|civilians|inhabitants|people|population|locals|families|those\s+(?:living|in|near))(?:\s+[\p{L}\-',]+){0,8}?\s+(?:to\s+)?(?:immediately\s+)?(?:evacuate|leave|flee|move\s+away|get\s+out)(?![\p{L}])|(?<![\p{L}])(?:residents|civilians|inhabitants|locals)\s+(?:\p{L}+\s+){0,3}?must\s+(?:immediately\s+)?(?:evacuate|leave)(?![\p{L}])|(?<![\p{L}])(?:residents|civilians|inhabitants|people|locals|families)\s+(?:were|have\s+been|had\s+been)\s+(?:ordered|told|warned|urged|instructed|asked)\s+to\s+(?:evacuate|leave|flee)(?![\p{L}])|(?<![\p{L}])(?:issu\p{L}*|order\p{L}*|call\p{L}*\s+for)\s+(?:(?:an?|the|new|urgent|immediate|fresh)\s+){0,2}evacuation(?:\s+(?:orders?|warnings?|notices?|calls?))?(?:\s+(?:of|for|to)\s+(?:residents|civilians|inhabitants|the\s+\p{L}+|\p{L}+))(?![\p{L}])/gu;
const RU_EVAC = /(?<![\p{L}])(?:призвал\p{L}*|призыва\p{L}*|потребовал\p{L}*|требу\p{L}*|предупредил\p{L}*|приказал\p{L}*|велел\p{L}*|предписал\p{L}*)\s+(?:\p{L}+\s+){0,6}?(?:покинуть|эвакуироваться|выехать|уйти\s+из)(?![\p{L}])|(?<![\p{L}])(?:объявил\p{L}*|призвал\p{L}*\s+к|потребовал\p{L}*)\s+(?:\p{L}+\s+)?эвакуаци\p{L}*/gu;
const AR_EVAC = /(?<![\p{L}])(?:[وف]?(?:انذار\p{L}*|انذر\p{L}*|حذر\p{L}*|محذر\p{L}*|تحذير\p{L}*|طالب\p{L}*|يطالب|تطالب|طلب\p{L}*|يطلب|تطلب|دعا|دعت|يدعو|تدعو|دعوه|امر\p{L}*|اوامر|يامر|تامر))[\s،,:]+(?:[\p{L}،,:"“”]+\s+){0,12}?(?:[بل]?ضروره\s+)?[بل]?(?:ال)?(?:اخلاء|مغادره|الابتعاد|ابتعاد)(?![\p{L}])|(?<![\p{L}])(?:علي\s+(?:ال)?(?:سكان|اهالي|الموجودين|المتواجدين|المواطنين|المدنيين)|عليكم)\s+(?:[\p{L}،,:]+\s+){0,6}?(?:ال)?(?:اخلاء|مغادره|الابتعاد)(?![\p{L}])|(?<![\p{L}])[وف]?(?:ال)?(?:تهديد\p{L}*)\s+(?:\p{L}+\s+){0,3}?ب(?:قصف|ضرب|استهداف|شن|تدمير)\p{L}*/gu;
// an attack word that stands ahead of its deed: "ahead of", "before", a threat of it, a future, a plan
const AHEAD_BEFORE = /(?<![\p{L}])(?:ahead\s+of|before|prior\s+to|in\s+anticipation\s+of|threat\p{L}*\s+(?:to|of)|will|would|to|перед|накануне|угроз\p{L}*|قبل|تهديد\p{L}*(?:\s+\p{L}+){0,3}\s+ب|سي|ست|سوف)\s+(?:(?:the|a|an|new|imminent|possible|planned|its|their)\s+)?(?:\p{L}+\s+)?$|(?<![\p{L}])(?:تهديد\p{L}*(?:\s+\p{L}+){0,3}\s+)?ب$/u;

// an army named without its state ("the army spokesman said")
const ARMED = /(?<![\p{L}])(?:army|military|idf|armed\s+forces|армия|армии|военн\p{L}*|[وفبل]?(?:ال)?(?:جيش|عسكري\p{L}*))(?![\p{L}])/u;

// a strike, raid or bombing word (its Arabic proclitic apart, so that "تهديدات ... بقصف" stands ahead by its threat)
const STRIKE_WORD = /(?<![\p{L}])(?:()(?:struck|strikes?|air\s*strikes?|airstrikes?|air\s+raids?|raids?|bomb(?:ed|ing|ings)|shell(?:ed|ing)|attacked|удар\p{L}*|нанес\p{L}*|обстрел\p{L}*|бомбардир\p{L}*|бомбил\p{L}*|атаковал\p{L}*)|([وفبل]?)(?:ال)?(?:ضربات|ضربه|غارات|غاره|قصف\p{L}*|هجمات|استهداف|استهدفت))(?![\p{L}])/gu;

/** Evacuation warnings (and Arabic threats of a strike by a noun) that announce a strike still ahead: their words. */
export function evacuationWarnings(s: string, objects: VowObject[]): { at: number; end: number; word: string }[] {
  const out: { at: number; end: number; word: string }[] = [];
  if (!EVAC_GATE.test(s) || (!objects.some((o) => o.kind === 'party') && !ARMED.test(s))) return out;
  // a strike told as done: an attack word not standing ahead of its deed
  const told = objects.some((o) => (o.kind === 'incident' || o.kind === 'violence') && !AHEAD_BEFORE.test(s.slice(Math.max(0, o.at - 48), o.at)));
  if (told) return out;
  // (and the strike words the lexicon leaves to context: "began carrying out strikes", «بدأت بتنفيذ ضربات»)
  STRIKE_WORD.lastIndex = 0;
  for (let m = STRIKE_WORD.exec(s); m; m = STRIKE_WORD.exec(s)) if (!AHEAD_BEFORE.test(s.slice(Math.max(0, m.index - 48), m.index + (m[2]?.length ?? 0)))) return out;
  for (const re of [EN_EVAC, RU_EVAC, AR_EVAC]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const [a, b] = sentenceOf(s, m.index);
      if (NEG_BEFORE.test(s.slice(Math.max(a, m.index - 14), m.index))) continue;
      if (VOW_CONDITION.test(s.slice(a, b))) continue;
      // (an evacuation the police order is crowd control or a bomb scare, not a strike ahead)
      if (POLICE_WORD.test(s.slice(a, b))) continue;
      out.push({ at: m.index, end: m.index + m[0].length, word: m[0].trim() });
    }
  }
  return out;
}
const POLICE_WORD = /(?<![\p{L}])(?:police\p{L}*|полици\p{L}*|[وفبل]?(?:ال)?شرطه)(?![\p{L}])/u;

// an arrest, detention or charge in the plan's sentence, and the plan as what the arrested is suspected of
const ARREST = /(?<![\p{L}])(?:arrest\p{L}*|detain\p{L}*|custody|charged|indicted|convicted|jailed|sentenced|on\s+trial|задержа\p{L}*|арестова\p{L}*|осужд\p{L}*|приговор\p{L}*|[وف]?(?:اعتقل\p{L}*|اعتقال|القبض|توقيف|احتجاز|اوقف\p{L}*))(?![\p{L}])/u;
const SUSPECTED_OF_BEFORE = /(?<![\p{L}])(?:accused|suspected|suspicion|charged|convicted|guilty|indicted|подозрени\p{L}*|подозрева\p{L}*|обвиня\p{L}*|بتهمه|للاشتباه|يشتبه|متهم\p{L}*)\s+(?:(?:of|with|that\s+(?:he|she|they)|в|ب)\s+)?(?:\p{L}+\s+)?$/u;

/** A plan marker at `at` whose plotter is arrested or charged in its sentence ("arrested ... accused of planning"). */
export function arrestedPlotter(s: string, at: number): boolean {
  const [a, b] = sentenceOf(s, at);
  if (SUSPECTED_OF_BEFORE.test(s.slice(Math.max(a, at - 40), at)) && ARREST.test(s.slice(a, b))) return true;
  // (or the plan in a relative clause of the arrested: "detained an agent who was going to commit a terrorist attack",
  // «задержание агента ..., который собирался совершить теракт», «اعتقال شخص كان يخطط»)
  const before = s.slice(Math.max(a, at - 120), at);
  const arrest = ARREST_G.exec(before) && lastMatch(ARREST_G, before);
  return !!arrest && RELATIVE.test(before.slice(arrest.index + arrest[0].length));
}
const ARREST_G = new RegExp(ARREST.source, 'gu');
const lastMatch = (re: RegExp, t: string): RegExpExecArray | null => {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(t); m; m = re.exec(t)) last = m;
  return last;
};
// a relative clause opened after the arrested (its pronoun, and for Arabic an indefinite noun then «كان»)
const RELATIVE = /(?<![\p{L}])(?:who|which|котор\p{L}*|الذي|التي|الذين|اللذين|كان|كانوا)(?![\p{L}])[^.!?\n]*$/u;

/** A plan marker at `at` in the English pluperfect ("had plans to", "had planned to", "had been planning"). */
export const pluperfectPlan = (s: string, at: number): boolean => /(?<![\p{L}])had\s+(?:been\s+|long\s+|already\s+)?$/u.test(s.slice(Math.max(0, at - 20), at));

/** "in the event of", "in case of": a threat's condition (besides the conjunctions of claim-condition.ts) */
export const THREAT_EVENT_CONDITION = /(?<![\p{L}])(?:in\s+the\s+event\s+(?:of|that)|in\s+case\s+of)(?![\p{L}])/u;

/** the noun of a plot right after a verb of foiling: "foiled a terrorist plot", «предотвратили заговор», «احبطت مخططا» */
export const FOILED_PLOT_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,3}?(?:plots?|conspirac\p{L}*|заговор\p{L}*|замысел|[وف]?(?:ال)?(?:مخطط\p{L}*|موامر\p{L}*))(?![\p{L}])/u;

/**
 * The actor of an announced revenge or strike (README, label conventions: a vow blames the vower's party, an evacuation
 * warning the army's): the party named inside the announcement (the Arabic verb-first subject, "تهديدات الجيش الاسرائيلي
 * بقصف"), else the nearest one before it in its sentence (the subject or the speaker: "Iran's supreme leader vows", "Tehran
 * warned that a harsh retaliation is waiting"). A party of fighters with no state read (`force`) is left to the caller.
 */
export function announcementActor(s: string, ann: { at: number; end: number }, objects: VowObject[]): VowObject | undefined {
  const [a] = sentenceOf(s, ann.at);
  const ok = (o: VowObject) => (o.kind === 'party' || o.kind === 'state') && !!o.value && o.value !== 'force';
  const inside = objects.filter((o) => ok(o) && o.at >= ann.at && o.end <= ann.end);
  if (inside.length) return inside[0];
  // (not a party that is the object of a verb or a preposition before it: "blaming Hezbollah militants and vowing ...")
  return objects.filter((o) => ok(o) && o.end <= ann.at && o.at >= a && !OBJECT_BEFORE.test(s.slice(Math.max(a, o.at - 40), o.at))).pop();
}
const OBJECT_BEFORE = /(?<![\p{L}])(?:blam\p{L}*|accus\p{L}*|against|on|at|for|of|to|with|by|from|after|kill\p{L}*|обвин\p{L}*|против|на|по|от|للـ|علي|ضد|من)\s+(?:the\s+)?(?:[\p{L}\-]+\s+)?$/u;
