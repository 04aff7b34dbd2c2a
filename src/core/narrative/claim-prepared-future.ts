/**
 * (s32 clprep) The future of a hostile event as its subject, for the `prepared` slot of claim-slots.ts: the grammar the
 * lexicon's plan markers leave unread because the event noun is the clause's subject and the future is its predicate
 * ("the strikes will continue", "more strikes are coming", "Iran's retaliation is imminent", «удары будут продолжены», «ответ
 * будет жёстким», «الضربات ستستمر», «الرد قادم»), an intent with a deed verb and a target of force ("Israel intends to hit
 * Hezbollah targets", "getting ready to shell the town"), a promise of new attacks by a noun («пообещал новые атаки», "vowed
 * a direct attack on"), a vow that an attack "will not go unanswered» («не останется без ответа», «لن يمر دون رد»), and the
 * Arabic expectation with a subjunctive deed («توقع ... ان تشن ايران هجوما»). By the label conventions of eval/claims/README.md
 * (the declared-future and vow rows: a party's announced strike or revenge is `prepared` true).
 *
 * The grammar, in each language:
 * - a hostile-event noun heading the subject (strikes, attacks, raids, bombings, shelling; a retaliation, revenge or response
 *   only in an item that tells an attack), up to six words of its modifiers, then a verb of continuing, following or coming in
 *   the future, or a predicate of imminence; the Russian and Arabic verb-first order too («продолжатся удары», «ستستمر
 *   الغارات»). The noun must head the subject: no preposition or noun of inquiry, aftermath or talk governs it ("the
 *   investigation into the strikes will continue", «расследование обстрела продолжится», «التحقيق في الغارات سيستمر»);
 * - an English verb of intending, planning or getting ready with "to" and a strike verb, and a target of force after it (the
 *   target nouns of claim-prepared-threat.ts);
 * - a Russian verb of promising with an adjective of renewal and an attack noun as its object; the English vow with an
 *   attack noun as its object;
 * - the vow that an attack will not go unanswered, in an item that tells an attack.
 *
 * Refused: a negation before the verb; a condition or a deterrent in the clause (claim-prepared-threat.ts `CONDITION`);
 * analysts' forecasts (`FORECASTER`); trade, sanctions or invasion in the clause (`NOT_FORCE`); a labour strike; a question.
 *
 * Judged, not sourced: the word lists are the common news forms of each language, written first as probes
 * (eval/claims/probes/clprep-s32-prepared.txt), not drawn from any item. Pure: offsets in the reader's lower-cased (Arabic:
 * folded) text.
 */

import { sentenceOf } from './claim-prepared-scope.js';
import { clauseAround, type VowObject } from './claim-prepared-vow.js';
import { CONDITION, EN_FORCE_TARGET, FORECASTER, LABOUR_STRIKE, NEG_BEFORE, NOT_FORCE } from './claim-prepared-threat.js';
import { figurativeObject } from './claim-prepared-figurative.js';

export interface FutureSpan {
  at: number;
  end: number;
  word: string;
}

// EN: the hostile-event noun heading a subject (a response or retaliation is checked against the item's attack below)
const EN_EVENT = String.raw`(?:strikes|attacks|airstrikes|air\s*strikes|air\s+raids|raids|bombings|bombardments?|shelling|missile\s+(?:strikes|attacks)|drone\s+(?:strikes|attacks)|retaliation|reprisals?|revenge|(?:retaliatory|military)\s+(?:response|action|strikes|attacks))`;
const EN_RESPONSE = String.raw`(?:response|retaliation|reprisals?|revenge)`;
// EN: the subject's continuation or coming ahead
const EN_CONTINUE = String.raw`(?:(?:will|would|shall)\s+(?:(?:surely|certainly|definitely|also|only|now)\s+)?(?:continue|persist|resume|go\s+on|intensify|follow|come|escalate|be\s+(?:continued|resumed|intensified|stepped\s+up|expanded))|(?:are|is)\s+(?:(?:still|now|also)\s+)?(?:coming|to\s+come|on\s+(?:the|its|their)\s+way|imminent|inevitable|forthcoming|set\s+to\s+(?:continue|resume|intensify))|to\s+come)`;
const EN_SUBJECT_CONTINUE = new RegExp(String.raw`(?<![\p{L}])(${EN_EVENT}|${EN_RESPONSE})\s+(?:[\p{L}\-'’]+\s+){0,6}?['‘’“”"]?${EN_CONTINUE}(?![\p{L}])`, 'gu');
// "more / further / new strikes are coming / will follow / to come"
const EN_MORE_COMING = new RegExp(String.raw`(?<![\p{L}])(?:more|further|new|additional|fresh)\s+(?:[\p{L}\-]+\s+)?(?:strikes|attacks|airstrikes|raids|bombings)\s+(?:(?:are|were)\s+)?(?:coming|to\s+come|will\s+(?:follow|come)|would\s+(?:follow|come)|are\s+on\s+the\s+way)(?![\p{L}])`, 'gu');
// "It will continue" after a sentence whose subject is a response or the strikes ("Our response began today. It will continue")
const EN_IT_CONTINUES = /(?<![\p{L}])(?:it|they)\s+will\s+(?:continue|go\s+on|resume)(?![\p{L}])/gu;
const EN_RESPONSE_SUBJECT_BEFORE = /(?:^|[.!?"“”]\s*)(?:["“]?\s*)(?:our|the|its|their|this)\s+(?:[\p{L}\-]+\s+)?(?:response|retaliation|strikes|attacks|operation)\s+(?:began|started|has\s+begun|is\s+under\s+way|begins)(?![\p{L}])[^.!?]*[.!?]\s*["“]?\s*$/u;
// EN: an intent with a strike verb ("intends to hit", "is getting ready to shell"); its target checked after it
const EN_INTENT_STRIKE = /(?<![\p{L}])(?:intends?|intending|plans?|planning|(?:is|are)\s+preparing|prepares|(?:is|are|getting|gets)\s+ready|(?:is|are)\s+(?:set|poised)|aims?|aiming|seeks?|seeking|(?:will|would)\s+(?:try|attempt)|(?:is|are)\s+(?:trying|attempting))\s+to\s+(?:(?:once\s+again|again|soon|also)\s+)?(?:strike|bomb|attack|hit|shell|raid|blow\s+up|(?:launch|fire|carry\s+out|mount)\s+(?:(?:new|more|further|fresh|massive|retaliatory|air|missile|drone|rocket)\s+){0,2}(?:strikes|attacks|airstrikes|raids|rockets|missiles|drones)\s+(?:at|on|against|into))(?![\p{L}])/gu;
// EN: a vow or promise with an attack noun as its object ("vowed a direct attack on Israel", "promised more strikes")
const EN_VOW_NOUN = /(?<![\p{L}])(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|threaten(?:s|ed)?)\s+(?:(?:a|an)\s+)?(?:(?:direct|new|more|further|fresh|massive|retaliatory|swift|imminent|major|large-scale|devastating)\s+){1,2}(?:military\s+)?(?:attacks?|strikes?|airstrikes?|raids?|bombings?)(?![\p{L}])/gu;
// EN: keeping up a strike deed ("would keep attacking ships", "will continue striking the militias")
const EN_KEEP = /(?<![\p{L}])(?:will|would|shall|['’]ll)\s+(?:keep(?:\s+on)?|continue|go\s+on)\s+(?:to\s+)?(?:attacking|striking|bombing|shelling|targeting|hitting|raiding|attack|strike|bomb|shell|target|hit)(?![\p{L}])/gu;
// RU: a warned modal of a strike verb («предупредило, что ВСУ могут атаковать Энергодар»)
const RU_WARNED_MODAL = /(?<![\p{L}])(?:могут|может|попытаются|попытается|собираются|собирается)\s+(?:\p{L}+\s+)?(?:атаковать|ударить\s+по|обстрелять|взорвать|подорвать|нанести\s+(?:\p{L}+\s+)?удар\p{L}*)(?![\p{L}])/gu;
const RU_WARN_BEFORE = /(?<![\p{L}])(?:предупре\p{L}*|предостер\p{L}*|заяв\p{L}*|сообщ\p{L}*|по\s+данным|располага\p{L}*\s+(?:\p{L}+\s+)?данными|есть\s+(?:\p{L}+\s+)?(?:данные|информация))(?![\p{L}])/u;
// AR: a warned modal of a strike verb («حذر الجيش من ان القوات قد تقصف المحطه»)
const AR_WARNED_MODAL = /(?<![\p{L}])(?:قد|يمكن\s+ان|من\s+المحتمل\s+ان|من\s+الممكن\s+ان)\s+(?:ت|ي)(?:قصف|ضرب|ستهدف|هاجم|شن|نفذ|فجر)\p{L}{0,3}(?![\p{L}])/gu;
const AR_WARN_BEFORE = /(?<![\p{L}])[وف]?(?:حذر\p{L}*|يحذر|تحذر|محذر\p{L}*|اكد\p{L}*|قال\p{L}*|افاد\p{L}*|كشف\p{L}*|معلومات|(?:ال)?استخبارات)(?![\p{L}])/u;
// EN: a decision or an approval of a strike ("has decided to retaliate", "approved plans for a strike on Iran", "authorised a
// retaliatory strike")
const EN_DECIDED = /(?<![\p{L}])(?:(?:has|have)\s+)?(?:decided|decides|resolved|agreed)\s+to\s+(?:retaliate|strike|attack|hit|bomb|launch\s+(?:(?:a|an)\s+)?(?:[\p{L}\-]+\s+)?(?:strikes?|attacks?|raids?))(?![\p{L}])/gu;
const EN_APPROVED = /(?<![\p{L}])(?:approved|approves|authori[sz]ed|authori[sz]es|greenlit|green-lit|signed\s+off\s+on|gave\s+the\s+green\s+light\s+(?:for|to))\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:operational|military|attack|strike)\s+)?(?:(?:plans?\s+(?:for|to)\s+(?:(?:a|an|the)\s+)?)?(?:(?:retaliatory|military|air|missile|drone|new|possible)\s+)?(?:strikes?|attacks?|retaliation|raids?|airstrikes?)|plans?\s+to\s+(?:strike|attack|hit|bomb))(?![\p{L}])/gu;
// EN: a prospective adjective before a retaliation or response ("the expected Iranian retaliation")
const EN_PROSPECTIVE_RESPONSE = /(?<![\p{L}])(?:expected|anticipated|impending|imminent|coming|looming|promised|upcoming|inevitable)\s+(?:[\p{L}\-]+\s+)?(?:retaliation|response|revenge|counter-?strike|retaliatory\s+(?:strike|attack)s?)(?![\p{L}])/gu;
// EN: seeking or making a pretext for a strike ("seeking a pretext to attack Moldova"; a pretext for an invasion is read by the
// lexicon's staging and NOT_INCIDENT's)
const EN_PRETEXT_STRIKE = /(?<![\p{L}])(?:seeks?|seeking|(?:is|are)\s+looking\s+for|looking\s+for|searching\s+for|trying\s+to\s+(?:create|find|fabricate|manufacture)|to\s+(?:create|find|fabricate|manufacture)|creating|fabricating|manufacturing|wants?|needs?)\s+(?:(?:a|an|the)\s+)?(?:new\s+)?(?:pretext|excuse|justification|casus\s+belli)\s+(?:to|for)\s+(?:(?:a|an|new)\s+)?(?:[\p{L}\-]+\s+)?(?:attack|attacks|strike|strikes|bomb|bombing|hit|shell|shelling)(?![\p{L}])/gu;
// RU: a decision or approval of a strike («приняло решение нанести ответный удар», «одобрили план удара»)
const RU_DECIDED = /(?<![\p{L}])(?:принял[аио]?\s+решение|решил[аио]?|одобрил[аио]?|утвердил[аио]?|санкционировал[аио]?|дал[аио]?\s+добро\s+на)\s+(?:\p{L}+\s+){0,2}?(?:нанести\s+(?:\p{L}+\s+)?удар\p{L}*|ударить|атаковать|нанесени\p{L}*\s+(?:\p{L}+\s+)?удар\p{L}*|план\p{L}*\s+(?:\p{L}+\s+)?(?:удар\p{L}*|атак\p{L}*|нападени\p{L}*)|(?:ответн\p{L}*\s+)?удар(?:а|ы|ов)?)(?![\p{L}])/gu;
// RU: seeking a pretext for a strike («ищет предлог для удара»)
const RU_PRETEXT_STRIKE = /(?<![\p{L}])(?:ищ(?:ет|ут)|пыта(?:ется|ются)\s+(?:найти|создать)|хоч(?:ет|ут)\s+(?:найти|создать|получить)|созда(?:ет|ют)|нужен)\s+(?:\p{L}+\s+)?(?:предлог|повод)\p{L}*\s+(?:для|к)\s+(?:\p{L}+\s+)?(?:удар\p{L}*|атак\p{L}*|нападени\p{L}*|обстрел\p{L}*)(?![\p{L}])/gu;
// RU: a prospective adjective before a retaliation («ожидаемый ответный удар»)
const RU_PROSPECTIVE_RESPONSE = /(?<![\p{L}])(?:ожидаем|предстоящ|неизбежн|неминуем|готовящ|обещанн)\p{L}*\s+(?:\p{L}+\s+)?(?:ответн\p{L}*\s+удар\p{L}*|возмезди\p{L}*|мест\p{L}*)(?![\p{L}])/gu;
// AR: a decision or approval of a strike («قررت اسرائيل الرد», «صادقت الحكومه علي خطط لضرب ايران»)
const AR_DECIDED = /(?<![\p{L}])[وف]?(?:قرر|قررت|قرروا|يقرر|تقرر|صادق|صادقت|يصادق|تصادق|وافق|وافقت|يوافق|توافق|اقر|اقرت)\s+(?:\p{L}+\s+){0,3}?(?:علي\s+)?(?:(?:ال)?(?:خطط|خطه)\s+)?(?:[لب]|[لب]?ال)?(?:رد|ضرب|قصف|مهاجمه|استهداف|شن\s+(?:\p{L}+\s+)?(?:هجوم\p{L}*|ضربات|ضربه|غارات|غاره))(?![\p{L}])/gu;
// AR: seeking a pretext for a strike («تبحث روسيا عن ذريعه لمهاجمه مولدوفا»)
const AR_PRETEXT_STRIKE = /(?<![\p{L}])[وف]?(?:يبحث|تبحث|يبحثون|يسعي|تسعي|يسعون|يحاول|تحاول|يحاولون|يريد|تريد)\s+(?:\p{L}+\s+){0,2}?(?:عن\s+|الي\s+|ل)?(?:خلق\s+|اختلاق\s+|ايجاد\s+|افتعال\s+)?(?:ذريعه|مبرر|حجه|ذرايع)\s+(?:من\s+اجل\s+)?(?:ل)?(?:مهاجمه|ضرب|قصف|استهداف|شن|الهجوم|هجوم)\p{L}*(?![\p{L}])/gu;
// AR: a prospective adjective after a retaliation («الرد الايراني المرتقب»)
const AR_PROSPECTIVE_RESPONSE = /(?<![\p{L}])[وف]?(?:ال)?(?:رد|انتقام|ضربه\s+(?:ال)?انتقاميه)\s+(?:\p{L}+\s+)?(?:ال)?(?:مرتقب|متوقع|وشيك|قادم)(?![\p{L}])/gu;
// EN: the headline's "to"-future of a party ("US to keep up strikes on ...", "Israel to retaliate against Iran"): the subject, a
// party, within three words before it at the start of its sentence (checked below)
const EN_HEADLINE_TO = /(?<![\p{L}])to\s+(?:(?:keep\s+up|continue|step\s+up|intensify|resume|launch|carry\s+out|expand)\s+(?:(?:more|new|further|its|their|fresh)\s+)?(?:[\p{L}\-]+\s+)?(?:strikes|attacks|airstrikes|air\s+strikes|raids|bombing|bombardment)|retaliate|strike\s+back|hit\s+back|strike|attack|bomb)(?![\p{L}])/gu;
// a nominal headline of strikes with a time ahead ("speaker: more strikes in the coming days", «ضربات اضافيه في الايام المقبله»,
// «новые удары в ближайшие дни»): the noun opening its sentence or right after a speaker's colon
const EN_NOMINAL_AHEAD = /(?<![\p{L}])(?:(?:more|new|further|additional|fresh)\s+)?(?:[\p{L}\-]+\s+)?(?:strikes|attacks|airstrikes|raids)\s+(?:[\p{L}\-]+\s+){0,2}?(?:in\s+the\s+(?:coming|next)\s+(?:days|hours|weeks)|within\s+(?:days|hours|the\s+next\s+\p{L}+)|soon)(?![\p{L}])/gu;
const RU_NOMINAL_AHEAD = /(?<![\p{L}])(?:(?:новые|дальнейшие|очередные|массированные)\s+)?(?:удары|атаки|авиаудары|обстрелы)\s+(?:\p{L}+\s+){0,2}?(?:в\s+ближайшие\s+(?:дни|часы|недели)|в\s+скором\s+времени|скоро)(?![\p{L}])/gu;
const AR_NOMINAL_AHEAD = /(?<![\p{L}])(?:ضربات|غارات|هجمات)\s+(?:\p{L}+\s+){0,2}?(?:في\s+(?:ال)?(?:ايام|ساعات|اسابيع)\s+(?:ال)?(?:مقبله|قادمه|مقبل)|خلال\s+(?:ال)?(?:ايام|ساعات)\s+(?:ال)?(?:مقبله|قادمه)|قريبا)(?![\p{L}])/gu;
const NOMINAL_START = /^\s*(?:[^:.!?\n]{1,60}:\s*)?["'«“]?\s*$/u;
// AR: a vow or threat of more attacks («يتوعدون بمزيد من الهجمات»)
const AR_VOW_MORE = /(?<![\p{L}])[وف]?(?:يتوعد|تتوعد|توعد|توعدت|يتوعدون|توعدوا|هدد|هددت|يهدد|تهدد|يهددون|تعهد|تعهدت|يتعهد|تتعهد)\s+(?:\p{L}+\s+){0,3}?ب(?:ال)?مزيد\s+من\s+(?:ال)?(?:هجمات|ضربات|غارات|عمليات)(?![\p{L}])/gu;
// EN: a vow that the attack will not go unanswered
const EN_UNANSWERED = /(?<![\p{L}])(?:will|shall|would)\s+not\s+(?:go|remain)\s+unanswered|won['’]t\s+(?:go|remain)\s+unanswered(?![\p{L}])/gu;

// RU: the subject's continuation (the noun in the nominative, then the future of continuing, following or being dealt)
const RU_EVENT = String.raw`(?:удары|удар|атаки|атака|обстрелы|бомбардировки|авиаудары|ракетные\s+удары|(?:ответный|ответные)\s+(?:удар|удары|меры)|ответ|месть|возмездие|расплата)`;
const RU_CONTINUE = String.raw`(?:будут\s+продолжен\p{L}*|будет\s+продолжен\p{L}*|продолжатся|продолжится|будут\s+продолжаться|будет\s+продолжаться|последуют|последует|будут\s+нанесены|будет\s+нанес[её]н|неизбеж\p{L}*|неминуем\p{L}*|неотвратим\p{L}*|не\s+заставит\s+себя\s+ждать|не\s+заставят\s+себя\s+ждать|будет\s+(?:(?:очень|крайне)\s+)?(?:ж[её]стк|жесток|беспощадн|сокрушительн|решительн|неотвратим|сильн|мощн|сурово?)\p{L}*|будут\s+(?:(?:очень|крайне)\s+)?(?:ж[её]стк|жесток|беспощадн|сокрушительн|мощн)\p{L}*)`;
const RU_SUBJECT_CONTINUE = new RegExp(String.raw`(?<![\p{L}])(${RU_EVENT})\s+(?:[\p{L}\-«»"]+\s+){0,6}?${RU_CONTINUE}(?![\p{L}])`, 'gu');
const RU_CONTINUE_SUBJECT = /(?<![\p{L}])(?:продолжатся|последуют|будут\s+продолжены|будут\s+нанесены)\s+(?:\p{L}+\s+){0,2}?(удары|атаки|обстрелы|бомбардировки|авиаудары)(?![\p{L}])/gu;
// RU: a promise of new attacks by a noun
const RU_PROMISE_NOUN = /(?<![\p{L}])(?:пообещал\p{L}*|обеща(?:ет|ют)|пригрозил\p{L}*|грозит|грозят|поклял\p{L}*|анонсировал\p{L}*)\s+(?:\p{L}+\s+)?(?:новые|новых|дальнейшие|массированные|массированный|мощные|мощный|ответные|ответный|сокрушительные|сокрушительный)\s+(?:\p{L}+\s+)?(?:удары|удар|атаки|обстрелы|теракты|бомбардировки|авиаудары)(?![\p{L}])/gu;
// RU: the vow that an attack will not go unanswered
const RU_UNANSWERED = /(?<![\p{L}])(?:не\s+останется|не\s+останутся|не\s+оставим|не\s+оставит|не\s+оставят)\s+(?:\p{L}+\s+)?без\s+ответа(?![\p{L}])/gu;

// AR: the subject's continuation (the noun, then the future of continuing, coming or being near), and the verb first
const AR_EVENT = String.raw`[وف]?(?:ال)?(?:ضربات|غارات|هجمات|قصف|الرد|رد(?:نا|ه|ها|هم)|انتقام|ثار)`;
const AR_CONTINUE = String.raw`(?:ستستمر|ستتواصل|ستتوالي|ستتصاعد|ستتكرر|سيستمر|سيتواصل|سوف\s+(?:تستمر|تتواصل|يستمر|يتواصل)|(?:قادم|قادمه|ات|اتيه|وشيك|وشيكه)(?:\s+لا\s+محاله)?|لن\s+(?:تتوقف|يتوقف))`;
const AR_SUBJECT_CONTINUE = new RegExp(String.raw`(?<![\p{L}])(${AR_EVENT})\s+(?:[\p{L}]+\s+){0,6}?${AR_CONTINUE}(?![\p{L}])`, 'gu');
const AR_CONTINUE_SUBJECT = /(?<![\p{L}])[وف]?(?:ستستمر|ستتواصل|ستتوالي|سيستمر|سيتواصل|سوف\s+(?:تستمر|تتواصل))\s+(?:\p{L}+\s+){0,1}?(?:ال)?(ضربات|غارات|هجمات|عمليات\s+(?:ال)?(?:قصف|استهداف))(?![\p{L}])/gu;
// AR: "more strikes" («مزيد من الضربات») with coming
const AR_MORE_COMING = /(?<![\p{L}])(?:ال)?مزيد(?:ا)?\s+من\s+(?:ال)?(?:ضربات|غارات|هجمات)\s+(?:\p{L}+\s+){0,2}?(?:قادم|قادمه|ات|في\s+الطريق|سياتي|ستاتي)(?![\p{L}])/gu;
// AR: an expectation with the subjunctive of a deed («توقع مسوولون ان تشن ايران هجوما»)
const AR_EXPECT = /(?<![\p{L}])[وف]?(?:توقع|توقعت|توقعوا|يتوقع|تتوقع|يتوقعون|رجح|رجحت|يرجح|ترجح)\s+(?:\p{L}+\s+){0,4}?ان\s+(?:ت|ي)(?:شن|نفذ|ضرب|قصف|ستهدف|هاجم)\p{L}{0,3}(?![\p{L}])/gu;
// AR: the vow that an attack will not go unanswered
const AR_UNANSWERED = /(?<![\p{L}])لن\s+(?:يمر|تمر|يبقي|تبقي)\s+(?:\p{L}+\s+)?(?:دون|بدون|من\s+دون|بلا)\s+رد(?![\p{L}])/gu;

// the noun must head the subject: not a complement of a preposition or of a noun of inquiry, aftermath or talk
const EN_GOVERNED_BEFORE = /(?<![\p{L}])(?:of|into|about|after|following|over|since|for|against|by|on|to|from|with|despite|amid|investigations?|inquir(?:y|ies)|probe|talks?|debate|criticism|reports?|coverage)\s+(?:(?:the|these|those|this|its|their|our|his|her|such|any|us|u\.s\.|american|israeli|russian|iranian|ukrainian|new|recent|latest|retaliatory|deadly|[\p{L}]+['’]s)\s+){0,3}$/u;
const RU_GOVERNED_BEFORE = /(?<![\p{L}])(?:о|об|после|из-за|на|за|против|от|по|в|при|\p{L}+(?:ние|ния|нию|тие|тия|ция|ции|ство|ства))\s+(?:\p{L}+\s+){0,2}$/u;
const AR_GOVERNED_BEFORE = /(?<![\p{L}])(?:في|عن|بعد|حول|من|علي|جراء|اثر|[وف]?(?:ال)?(?:تحقيق|تحقيقات|ادانه|تقرير|تقارير|اثار|ضحايا|محادثات|مفاوضات))\s+(?:\p{L}+\s+){0,1}$/u;
// a past time or a deed told done after a decision
const PAST_TIME = /(?<![\p{L}])(?:in\s+(?:19|20)\d\d|(?:19|20)\d\d\s+год\p{L}*|в\s+(?:19|20)\d\d|عام\s+(?:19|20)\d\d|ago|last\s+(?:year|month)|years\s+ago|назад|قبل\s+(?:سنوات|اعوام|عام))(?![\p{L}])/u;
const DONE_AFTER = /(?<![\p{L}])(?:and\s+(?:then\s+)?(?:struck|bombed|attacked|hit|launched|carried\s+out)|и\s+(?:нанесл\p{L}*|ударил\p{L}*|атаковал\p{L}*)|ثم\s+(?:قصف|ضرب|شن|هاجم)\p{L}*)(?![\p{L}])/u;
// a question over the announcement
const QUESTION_BEFORE = /(?<![\p{L}])(?:whether|if|ли|هل)(?![\p{L}])/u;
// an attack told in the item (a response or retaliation answers it)
const toldAttack = (objects: VowObject[]) => objects.some((o) => o.kind === 'incident' || o.kind === 'violence');
// a cheap gate
const GATE = /to |coming|next|soon|within|ближайш|скор|مقبل|قادم|قريبا|مزيد|decid|resolv|agree|approv|authori|green|pretext|excuse|justification|casus|expected|anticipat|impending|looming|решени|решил|одобрил|утвердил|санкцион|добро|предлог|повод|ожидаем|предстоящ|готовящ|обещанн|قرر|صادق|وافق|اقر|ذريع|مبرر|حجه|ذرايع|مرتقب|متوقع|will|keep|могут|может|попыта|قد|يمكن|المحتمل|الممكن|would|shall|coming|to come|imminent|inevitable|unanswered|intend|plan|prepar|ready|poised|set to|aim|seek|try|attempt|vow|pledg|promis|threat|продолж|последу|нанес|неизбеж|неминуем|неотвратим|заставит|будет|будут|обеща|грозит|грозят|поклял|анонсир|без ответа|ستستمر|ستتواصل|ستتوالي|ستتصاعد|ستتكرر|سيستمر|سيتواصل|سوف|قادم|ات|وشيك|مستمر|متواصل|تتوقف|يتوقف|مزيد|توقع|رجح|لن/u;

/** Each language's announcement patterns, in the order they are tried. */
const FUTURE_PATTERNS: Record<'en' | 'ru' | 'ar', RegExp[]> = {
  en: [EN_SUBJECT_CONTINUE, EN_MORE_COMING, EN_IT_CONTINUES, EN_INTENT_STRIKE, EN_KEEP, EN_VOW_NOUN, EN_UNANSWERED, EN_DECIDED, EN_APPROVED, EN_PROSPECTIVE_RESPONSE, EN_PRETEXT_STRIKE, EN_HEADLINE_TO, EN_NOMINAL_AHEAD],
  ru: [RU_SUBJECT_CONTINUE, RU_CONTINUE_SUBJECT, RU_PROMISE_NOUN, RU_WARNED_MODAL, RU_UNANSWERED, RU_DECIDED, RU_PRETEXT_STRIKE, RU_PROSPECTIVE_RESPONSE, RU_NOMINAL_AHEAD],
  ar: [AR_SUBJECT_CONTINUE, AR_CONTINUE_SUBJECT, AR_MORE_COMING, AR_EXPECT, AR_WARNED_MODAL, AR_UNANSWERED, AR_DECIDED, AR_PRETEXT_STRIKE, AR_PROSPECTIVE_RESPONSE, AR_NOMINAL_AHEAD, AR_VOW_MORE],
};

/** The announcements of a hostile event ahead by its subject's future, an intent with a strike verb, a promise of new attacks
 * or a vow that an attack will not go unanswered: each announcement's span. */
export function futureAttacks(s: string, objects: VowObject[], lang: 'en' | 'ru' | 'ar'): FutureSpan[] {
  const out: FutureSpan[] = [];
  if (!GATE.test(s)) return out;
  for (const re of FUTURE_PATTERNS[lang]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = m.index;
      const end = at + m[0].length;
      const [a, b] = sentenceOf(s, at);
      const clause = clauseAround(s, a, b, at, end);
      // (negated: before the span, or inside it before its verb — "the strikes will not continue", «не будут продолжены»;
      // the idioms of not going unanswered and «не заставит себя ждать» affirm)
      const inner = m[0].replace(/не\s+заставя?т\s+себя\s+ждать|not\s+(?:go|remain)\s+unanswered|won['’]t\s+(?:go|remain)\s+unanswered|не\s+остан\p{L}+|не\s+остав\p{L}+|لن\s+(?:يمر|تمر|يبقي|تبقي)|لا\s+محاله|لن\s+(?:تتوقف|يتوقف)/gu, ' ');
      if (NEG_BEFORE.test(s.slice(Math.max(a, at - 14), at)) || /(?<![\p{L}])(?:not|no|never|не|ни|لا|لن|لم)\s/u.test(inner) || /n['’]t\s/u.test(inner)) continue;
      if (CONDITION.test(clause) || NOT_FORCE.test(clause) || LABOUR_STRIKE.test(clause) || FORECASTER.test(s.slice(a, b))) continue;
      if (s[b] === '?' || QUESTION_BEFORE.test(s.slice(Math.max(a, at - 40), at))) continue;
      // (the subject's noun: heading the subject, and a response or revenge only in an item that tells an attack)
      if (m[1] !== undefined) {
        const nounAt = at + m[0].indexOf(m[1]);
        const before = s.slice(Math.max(a, nounAt - 50), nounAt);
        const governed = lang === 'en' ? EN_GOVERNED_BEFORE : lang === 'ru' ? RU_GOVERNED_BEFORE : AR_GOVERNED_BEFORE;
        if (re !== RU_CONTINUE_SUBJECT && re !== AR_CONTINUE_SUBJECT && governed.test(before)) continue;
        if (/^(?:response|ответ|[وف]?(?:ال)?رد\p{L}*)$/u.test(m[1]) && !toldAttack(objects)) continue;
        // (a response of diplomacy or aid: "the humanitarian response will continue")
        if (/(?:humanitarian|medical|emergency|international|public|official|written|diplomatic|legal)\s+(?:\p{L}+\s+)?$/u.test(before) && lang === 'en') continue;
      }
      if (re === EN_IT_CONTINUES && !EN_RESPONSE_SUBJECT_BEFORE.test(s.slice(Math.max(0, a - 160), a))) continue;
      // (a deed kept up or warned of: a target of force or a party after it, a warning or a source before the modal)
      if (re === EN_KEEP && !EN_FORCE_TARGET.test(s.slice(end, Math.min(b, end + 70))) && !/^\s+(?:the\s+)?(?:[\p{L}\-']+\s+)?(?:militias?|militants|armed\s+groups?|forces|troops|fighters)(?![\p{L}])/u.test(s.slice(end, end + 50)) && !objects.some((o) => (o.kind === 'party' || o.kind === 'state') && o.at >= end && o.at - end <= 30)) continue;
      if (re === RU_WARNED_MODAL && !RU_WARN_BEFORE.test(s.slice(a, at))) continue;
      if (re === AR_WARNED_MODAL && !AR_WARN_BEFORE.test(s.slice(a, at))) continue;
      if ((re === EN_KEEP || re === RU_WARNED_MODAL || re === AR_WARNED_MODAL) && figurativeObject(s, end, lang)) continue;
      // (a strike kept up on fighters is an offensive, as claim-prepared-threat.ts reads a threat on them)
      if (re === EN_KEEP) {
        const target = objects.find((o) => (o.kind === 'party' || o.kind === 'state') && o.at >= end && o.at - end <= 30);
        if (target && (target.value === 'opposition' || target.value === 'force')) continue;
      }
      if (re === EN_INTENT_STRIKE) {
        // (a target of force after it, not a figurative one: "aims to hit its sales targets", "plans to attack the problem")
        if (!EN_FORCE_TARGET.test(s.slice(end, Math.min(b, end + 70))) && !objects.some((o) => (o.kind === 'party' || o.kind === 'state') && o.at >= end && o.at - end <= 30)) continue;
        // (a plan told in the past: "was poised to strike ... in 2012", "were planning to")
        if (/(?<![\p{L}])(?:was|were|had)\s+(?:\p{L}+\s+)?$/u.test(s.slice(Math.max(a, at - 16), at))) continue;
        if (figurativeObject(s, end, 'en') || /(?<![\p{L}])(?:sales|growth|revenue|emissions?|inflation|budget|production|profit|quota|goals?|deficit|market)(?![\p{L}])/u.test(s.slice(end, Math.min(b, end + 50)))) continue;
        // (a strike on fighters is an offensive: the first party after the deed, within a few words)
        const target = objects.find((o) => (o.kind === 'party' || o.kind === 'state') && o.at >= end && o.at - end <= 30);
        if (target && (target.value === 'opposition' || target.value === 'force')) continue;
        // (a plan in the past, "had planned to", "were planning to" whose deed is told: left to the caller's past-plan rules)
        if (/(?<![\p{L}])had\s+(?:been\s+)?$/u.test(s.slice(Math.max(a, at - 12), at))) continue;
      }
      // (a strike at an abstraction: «пообещал нанести сокрушительный удар по бедности»; claim-prepared-figurative.ts)
      if ((re === RU_PROMISE_NOUN || re === EN_VOW_NOUN) && figurativeObject(s, end, lang)) continue;
      // (a decision or approval: a response answers an attack told in the item; a decision told with its strike done, or dated
      // in the past, is history: "In 2003 the cabinet decided to strike and bombed the site")
      if (re === EN_DECIDED || re === EN_APPROVED || re === RU_DECIDED || re === AR_DECIDED) {
        if (PAST_TIME.test(s.slice(a, b)) || DONE_AFTER.test(s.slice(end, b))) continue;
        if (re === AR_DECIDED && /(?:رد)$/u.test(m[0]) && !toldAttack(objects)) continue;
      }
      if ((re === EN_PROSPECTIVE_RESPONSE || re === AR_PROSPECTIVE_RESPONSE) && /(?:response|رد)$/u.test(m[0].split(/\s+/)[re === EN_PROSPECTIVE_RESPONSE ? m[0].split(/\s+/).length - 1 : 0]) && !toldAttack(objects)) continue;
      // (the headline's "to"-future: a party opening its sentence, at most three words before "to", no verb of its own)
      if (re === EN_HEADLINE_TO) {
        const head = s.slice(a, at);
        if (!/^\s*(?:[\p{L}\-'’.]+\s+){1,3}$/u.test(head) || !objects.some((o) => (o.kind === 'party' || o.kind === 'state') && o.at >= a && o.end <= at)) continue;
        // (the head is the party alone, or with its armed force: no verb of its own, "Hezbollah chief threatens to", "Washington
        // also chose to")
        let rest = head;
        for (const o of objects) if ((o.kind === 'party' || o.kind === 'state') && o.at >= a && o.end <= at) rest = rest.slice(0, o.at - a) + ' '.repeat(o.end - o.at) + rest.slice(o.end - a);
        if (!/^\s*(?:the\s+)?(?:(?:army|military|forces|navy|troops|government|jets|warplanes)\s+)?$/u.test(rest)) continue;
        const target = objects.find((o) => (o.kind === 'party' || o.kind === 'state') && o.at >= end && o.at - end <= 30);
        if (target && (target.value === 'opposition' || target.value === 'force') && !/strikes|attacks|airstrikes|raids|bomb/u.test(m[0])) continue;
      }
      if ((re === EN_NOMINAL_AHEAD || re === RU_NOMINAL_AHEAD || re === AR_NOMINAL_AHEAD) && !NOMINAL_START.test(s.slice(a, at))) continue;
      if ((re === EN_UNANSWERED || re === RU_UNANSWERED || re === AR_UNANSWERED) && !toldAttack(objects)) continue;
      out.push({ at, end, word: m[0].trim() });
    }
  }
  return out;
}

// the verbs a plan may take before its attack object: doing, staging, using, moving or making the means, striking, blaming
const EN_DEED_INF = /^(?:stage|carry|conduct|launch|commit|use|attack|strike|hit|bomb|shell|raid|organi[sz]e|arrange|fake|fabricate|falsify|mount|unleash|perpetrate|repeat|resume|continue|provoke|blame|accuse|frame|pin|film|shoot|record|plant|detonate|set|blow|create|orchestrate|simulate|make|deliver|drop|fire|target|kill|assassinate|murder|poison|spray|release|deploy|prepare|plan|attempt|try|produce|manufacture|bring|transport|move|smuggle|send|ship|hide|store|stockpile|acquire|obtain|get|develop|build|test|employ|resort|engage|inflict|wage|step|intensify|escalate|retaliate|respond|avenge|destroy|storm|seize|start|begin|initiate|trigger|spark|cause|stir|incite|instigate|gas|burn|torch|ram|stab|hijack|kidnap|abduct|take|put|turn|be|have|do|perform|execute|stir|expand|carry-out|pull|stage-manage|present|pass|spread|disseminate|publish|release|launch|equip|arm|load|fill|install|position|mass|gather|assemble|train|recruit|infiltrate|dispatch|direct|order|help|support|allow|let|pave|justify|hold|provide|flood|contaminate|infect|give|provide|supply|transfer|smear|discredit|open|cross|enter|approach|reach|land|lure)$/u;
// RU: an infinitive, and the stems of the deeds a plan may take before its attack object
const RU_INF = /^(?!(?:путь|ртуть|суть|сеть|плеть|нить|пять|опять|мать|кровать|печать|благодать|рать)$)\p{L}+(?:ать|ять|еть|ить|уть|ыть|оть|[сз]ти|йти|чь)(?:ся|сь)?$/u;
const RU_DEED_INF = /(?:верш|вест|вод|стро|ществ|организ|нест|нес|атак|удар|бомб|менит|менят|польз|сценир|фабрик|фальсиф|готов|винит|винят|взорв|рыв|стрел|ничтож|трав|брос|ставит|ставля|везт|возит|сня|сним|пуст|пуск|втор|долж|обнов|провоц|ликвид|хват|штурм|чат|чин|вяз|ложит|прави|пыл|мести|прят|хран|изготов|созд|иниц|бить|жечь|наступ|залит|зарази)/u;
// AR: the verbal nouns of restoring, compensating, helping or burying: a plan of them plans no attack
const AR_CIVIL_NOUN = /(?<![\p{L}])[وفبل]?(?:ال)?(?:اعاده|تعويض\p{L}*|اعمار|ترميم|بناء|مساعده|اغاثه|دفن|تشييع|تكريم|علاج|اسعاف|رعايه|دعم)(?![\p{L}])/u;

/**
 * (s32 clprep) Whether the words from a plan marker to its attack object (`text`, the marker included) hold a verb other than
 * a deed's, so that the attack is that verb's complement and not what is planned ("intends to compensate the victims of the
 * attack", "vowed to rebuild the market destroyed in the attack", «намерены допросить свидетелей теракта», «تعتزم الحكومة
 * اعاده اعمار المنازل التي دمرها القصف»): English "to" + a verb off the deed list, a Russian infinitive off the deed stems, an
 * Arabic verbal noun of restoring or helping. The lexicon's NOT_DEED_PLAN_GAP lists the inquiring and condemning verbs; this
 * is its general form for the plan path.
 */
export function otherVerbPlanned(text: string, lang: 'en' | 'ru' | 'ar'): boolean {
  if (lang === 'en') {
    // (and the attack inside a prepositional complement after it: "the victims of the attack", "destroyed in the attack")
    if (!/(?<![\p{L}])(?:of|in|at|for|from|by|after|during|about|on|over)\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:[\p{L}\-]+\s+){0,2}$/u.test(text)) return false;
    for (const m of text.matchAll(/(?<![\p{L}])to\s+(\p{L}+)/gu)) if (!EN_DEED_INF.test(m[1]) && !/ly$/u.test(m[1])) return true;
    return false;
  }
  if (lang === 'ru') {
    for (const w of text.split(/[^\p{L}\-]+/u).slice(1)) if (RU_INF.test(w) && !RU_DEED_INF.test(w)) return true;
    return false;
  }
  return AR_CIVIL_NOUN.test(text);
}

/** (s32 clprep) Whether the noun at `at` is governed by a preposition or a noun of inquiry, aftermath or talk before it in its
 * sentence ("investigations into the strikes", «расследование обстрела», «التحقيقات في الغارات»): no subject of a future. */
export function governedNoun(s: string, at: number, lang: 'en' | 'ru' | 'ar'): boolean {
  const [a] = sentenceOf(s, at);
  return (lang === 'en' ? EN_GOVERNED_BEFORE : lang === 'ru' ? RU_GOVERNED_BEFORE : AR_GOVERNED_BEFORE).test(s.slice(Math.max(a, at - 50), at));
}

// (s32 clprep2) The tense and aspect of the verb governing an English infinitive marker ("to carry out", "to commit", "to
// stage"): the purpose of a means already used ("the truck was apparently used to carry out the bombing"; not "will be
// used to"), a past request or order's content ("requested the pilots to carry out strikes", "were ordered to commit"),
// and an ongoing deed ("continues to commit massacres", "are continuing to shell"; not "will continue to", "vowed to
// continue to") tell no deed ahead.
const EN_USED_BEFORE = /(?<![\p{L}])used\s+$/u;
const EN_USED_AHEAD_BEFORE = /(?<![\p{L}])(?:will|would|could|may|might|can|shall|must|to)\s+(?:(?:also|then|later|again|only|not)\s+)?be\s+(?:(?:\p{L}+ly|also|then)\s+)?used\s+$/u;
const EN_PAST_REQUEST_BEFORE = /(?<![\p{L}])(?:requested|asked|ordered|instructed|told|urged|commanded|tasked|called\s+on|called\s+upon)\s+(?:[\p{L}\-'’]+\s+){0,4}?$/u;
const EN_REQUEST_AHEAD = /(?<![\p{L}])(?:will|would|shall|to)\s+be\s+(?:\p{L}+ly\s+)?(?:requested|asked|ordered|instructed|told|urged|commanded|tasked)(?![\p{L}])/u;
const EN_ONGOING_BEFORE = /(?<![\p{L}])(?:continues|continued|continuing|continue|keeps|kept|persists|persisted|persist)\s+$/u;
const EN_ONGOING_AHEAD_BEFORE = /(?<![\p{L}])(?:will|would|shall|['’]ll|to|must|going\s+to)\s+(?:(?:\p{L}+ly|also|not|only)\s+)?(?:be\s+)?(?:continue|continuing|keep|persist)\s+$/u;

/** True when the English infinitive marker at `at` (its "to") is governed by a past or an ongoing verb, not a plan. */
export function pastOrOngoingInfinitive(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 60), at);
  if (EN_USED_BEFORE.test(before)) return !EN_USED_AHEAD_BEFORE.test(before);
  if (EN_ONGOING_BEFORE.test(before)) return !EN_ONGOING_AHEAD_BEFORE.test(before);
  const clause = before.split(/[.;:!?,"“”]/u).pop()!;
  return EN_PAST_REQUEST_BEFORE.test(clause) && !EN_REQUEST_AHEAD.test(clause);
}

// (s32 clprep2) An indirect question holds the modal forecast ("you don't know when or where the jets might bomb", «неизвестно,
// где могут ударить», «لا نعرف متى قد تقصف»): a verb of knowing or asking, then a wh-word introducing the clause of the modal.
const EN_INDIRECT_QUESTION_BEFORE = /(?<![\p{L}])(?:know|knows|knew|known|knowing|wonder\p{L}*|ask\p{L}*|unclear|uncertain|sure|tell|idea|guess|predict|predicting)\s+(?:(?:when|where|how)\s+(?:or|and)\s+)?(?:when|where|whether|if|how|what|which|who|why)\s+(?:[\p{L}\-'’]+\s+){0,5}?$/u;
const RU_INDIRECT_QUESTION_BEFORE = /(?<![\p{L}])(?:знаю|знаем|знает|знают|знать|неизвестно|непонятно|неясно|гадают|гадать)\s*,?\s+(?:(?:когда|где|куда)\s+(?:и|или)\s+)?(?:когда|где|куда|кто|ли|зачем|как)\s+(?:[\p{L}\-]+\s+){0,4}?$/u;
const AR_INDIRECT_QUESTION_BEFORE = /(?<![\p{L}])(?:[نتيا]?عرف\p{L}*|يعلم|نعلم|تعلم|ندري|يدري|تدري|[وف]?لا\s+احد\s+يعرف)\s+(?:(?:متي|اين)\s+(?:او|و)\s*)?(?:متي|اين|اذا\s+كان\p{L}*|من|كيف)\s+(?:[\p{L}]+\s+){0,4}?$/u;

/** True when the modal forecast at `at` stands in an indirect question. */
export function indirectQuestion(s: string, at: number, lang: 'en' | 'ru' | 'ar'): boolean {
  const before = s.slice(Math.max(0, at - 80), at).split(/[.;!?"“”«»]/u).pop()!;
  return (lang === 'en' ? EN_INDIRECT_QUESTION_BEFORE : lang === 'ru' ? RU_INDIRECT_QUESTION_BEFORE : AR_INDIRECT_QUESTION_BEFORE).test(before);
}
