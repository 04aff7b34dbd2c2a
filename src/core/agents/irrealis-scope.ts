/**
 * Session 12 (room agprobe): the spans of an account that assert nothing about what happened — a yes/no question ("Was
 * there a smell of bleach?", "Был ли запах хлора?", "هل كانت هناك رائحة كلور؟") and a conditional or a piece of advice
 * ("If you smell bleach, leave", "Если глаза жжёт, промойте водой", "إذا شممت رائحة الكلور، غادر المبنى"). A feature read
 * inside such a span is dropped; a yes/no question answered at once ("Did the children vomit? No.") takes the answer's
 * polarity. ConText's hypothetical modifier (Harkema et al. 2009, J Biomed Inform 42:839-51) extended to questions;
 * judgment of reading, closed word classes.
 *
 * What stays: a wh-question presupposes what it asks about ("Why was everyone coughing?", "شو هالريحة؟": somebody
 * coughed, there was a smell), so it is no span; "as if" is a simile; a conditional whose condition is told in the past
 * tense in English or Russian ("If anyone went outside, their eyes burned", "если кто-то выходил, начинал кашлять") is what
 * happened each time, so it is no span either (a counterfactual "had ... would", "если бы" is). A rumour is a span from
 * its cue to the clause end.
 */

import { CueGate } from './cue-gate.js';

export interface IrrealisSpan {
  from: number;
  to: number;
  /** a yes/no question answered in the next few characters: 'no' turns what it asked about absent, 'yes' keeps it */
  answer: 'yes' | 'no' | null;
  /** where the answer is told (quoted with a feature it turns absent), when not right after the span */
  outcome?: [number, number];
  /** a feature already stated absent inside the span stays absent when the answer is 'no' (a search or an indirect
   * question: "asked about vomiting and denied it"); a yes/no question drops it (a negated question is ambiguous) */
  keepAbsent?: boolean;
  /** a mistaken belief corrected by a contrast ("Doctors first thought it was heatstroke, but ..."): the munition told in
   * it stays ("we thought it was ordinary shelling, but it was gas": the shells fell) */
  belief?: boolean;
  /** (review s14) a prevented, avoided or feared thing: a clinical sign, a death or a munition is irrealis there; a cloud,
   * smell, smoke or setting avoided or feared is in front of the speaker ("ran upstairs to avoid the yellow cloud") */
  signsOnly?: boolean;
  /** (s15 agnone) a prevented or feared thing named with "the" or a possessive: only a clinical sign is irrealis there ("to
   * prevent the convulsions" is a prophylaxis); a munition or death so named is presupposed ("to avoid the shelling") */
  clinicalOnly?: boolean;
  /** (s15 fixan) the standard of a comparative ("worse than tear gas", "хуже, чем", "أسوأ من"): only what names an agent, a
   * delivery or a munition is no exposure there; a clinical sign, smell or cloud compared with another is itself told ("the
   * coughing was worse than the vomiting": both happened). Judgment of reading. */
  deliveryOnly?: boolean;
}

/** whether the text can hold a span at all (speed only) */
export const IRREALIS_PRE = /[?\u061F]|than|чем|اسوا|اقوى|اشد|اصعب|اخف|اضعف|العن|اقسى|if|in case|in the event|unless|rumo|hearsay|put it|put about|word went|word got|word was|gossip|поговарива|судачи|разговоры|будто|حكي|بيقول|يقولوا|يحكوا|если|в случае|слух|اذا|لو|حال|شائع|اشاع|يشاع|thought|believ|assum|presum|suspect|mistook|took it|sure|kept|insist|claim|swore|blamed|convinced|твердил|уверял|утверждал|настаивал|кричал|клял|уверен|يقول|تقول|يصر|اصر|حلف|unlike|nothing like|different from|compared|this time|не так|в отличие|этот раз|متل|مثل|زي|كما|عكس|بخلاف|المرة|المره|думал|решил|считал|казалось|принял|ظن|اعتقد|حسب|فكر|توهم|expect|anticipat|for|warn|fear|worried|lookout|asked|whether|спрашива|не знаю|не знал|не помн|не уверен|ожида|искал|предмет|предупред|опасал|готов|спрос|вопрос|توقع|بحث|فحص|للكشف|الكشف|حذر|prevent|avoid|afraid|профилакт|предотвра|избежа|допуст|لمنع|لتجنب|تجنبا|للوقاية|تحسب|خشي|خوف|سئل|سال|سؤال/iu;
/**
 * Session 13 (agram): what clinicians and responders expected, searched for or were warned about is no finding ("Doctors
 * expected pinpoint pupils", "Staff checked for miosis", "Paramedics were warned that victims might have convulsions",
 * "Врачи ожидали увидеть узкие зрачки", "حذر الأطباء من احتمال حدوث تشنجات"): a span from the cue to its clause end. The
 * search's outcome told after it in the sentence answers it: "... and found none", "none was found", "which were absent",
 * "all were negative", "но зрачки были нормальные", "لكن الحدقات كانت طبيعية" turn it absent; "and found them", "as
 * expected" keep it; no outcome drops it. "As expected" and "than expected" assert. Judgment of reading, closed classes.
 */
const EXPECT_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<!(?:as|than)\s+)(?:expected|expecting|anticipated|anticipating)|(?:watch|watched|watching|look|looked|looking|search|searched|searching|check|checked|checking|screen|screened|screening|test|tested|testing|examine|examined|examining|monitor|monitored|monitoring|assess|assessed|observed|evaluated)\s+(?:(?!(?:negative|positive)\s)\p{L}+\s+)?for(?!\s+(?:my|our|his|her|their|your|help|shelter|cover|a\s+way|survivors|people|children|kids|family|relatives|victims|bodies|someone|anyone|water|masks?|this|that|these|those|its|the(?!\s+(?:signs?|symptoms?|development|onset|appearance)(?![\p{L}])))(?![\p{L}]))|(?:warned|warning|warn|warns)(?:\s+\p{L}+)?\s+(?:that|of|about)|braced\s+for|(?:to|so\s+as\s+to|in\s+order\s+to)\s+(?:prevent|avoid)|for\s+fear\s+of|afraid\s+of|для\s+(?:профилактики|предотвращения)|чтобы\s+(?:предотвратить|избежать|не\s+допустить)|во\s+избежание|[وف]?(?:لمنع|لتجنب|تجنبا|للوقاية\s+من)|feared\s+(?:that|it|a|an)|fearing\s+(?:that|it|a|an)|worried\s+(?:that|about)|on\s+the\s+lookout\s+for|in\s+anticipation\s+of|ожидал\p{L}*\s+(?:увидеть|найти|обнаружить)|ожидал\p{L}*,?\s+что|искали\s+(?:признаки|следы|симптомы)|на\s+предмет|предупредил\p{L}*,?\s+(?:что|о|об)|опасал\p{L}*,?\s+что|[وف]?(?:توقع\p{L}*|يتوقع\p{L}*|نتوقع|(?:(?:بحث|بحثوا|يبحث\p{L}*|فحص|فحصوا)(?:\s+(?:ال)\p{L}+)?|بحثا|للكشف|بهدف\s+الكشف)\s+عن|(?:حذر|حذروا|حذرت|يحذر\p{L}*|تحذير\p{L}*)(?:\s+\p{L}+)?\s+من|تحسبا\s+(?:ل|من)|خشية|خوفا\s+من))(?![\p{L}])`,
  'giu',
);
/* (a search for people, shelter or a way out is no clinical search, and a definite object is presupposed: "while they looked
 * for the leak" tells a leak) */
/* Session 14 (agram, review of s13): Arabic كشف عن is 'revealed, showed' ("كشف الفحص عن تضيق الحدقة": the examination showed
 * miosis), a finding verb, not a search; a search is told by its purpose (للكشف عن, بهدف الكشف عن 'to detect') or by بحثاً عن
 * 'in search of'. Judgment of reading (MSA usage), closed class. */
/**
 * Session 14 (agram, review of s13): a warning with a complement clause is a span only when what it warns of is still to come.
 * "The doctor warned that several patients were already foaming at the mouth", "Врач предупредил, что у нескольких пациентов
 * уже начались судороги", "حذر الطبيب من أن عدداً من المرضى أصيبوا بتشنجات" report what happened (an indicative verb: EN past or
 * present of be/have or a past in -ed, RU л-past, AR كان/أصيب/بدأ/ظهر/صار or قد with a perfect); "might have convulsions",
 * "могут быть судороги", "قد يصابون" (a modal or future) and a nominal object ("warned of convulsions") stay irrealis, as does a
 * complement with neither (a generic "warned that chlorine causes coughing"). Judgment of reading, closed classes.
 */
const WARN_THAT = /(?:that|что)$/iu;
const WARN_AR = /(?:حذر|تحذير|يحذر)[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*(?:\s+[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]+)?\s+من$/u;
const AR_THAT = /^\s+[اأ]ن(?:ه|ها|هم)?(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/u;
const WARN_MODAL = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:might|may|could|would|will|shall|can|should|must|going\s+to|likely|risk|possibl[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|potential[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|мог[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|может|могут|будет|будут|бы|возможн[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|вероятн[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|риск[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|грозит|[وف]?(?:سوف|يمكن|ممكن|احتمال[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|ربما|خطر[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|قد\s+[يتن][A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]+|س[يتن][A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]{2,}))(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])|'ll(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/iu;
const WARN_INDICATIVE = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])(?:was|were|had|has|have|is|are|already|began|fell|got|went|came|[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]{3,}ed|уже|[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)|[وف]?(?:كان|كانت|كانوا|اصيب[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|بدا[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|بدات|ظهر[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|صار[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]*|بالفعل|قد\s+(?![يتن])[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3]+))(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])/iu;
/**
 * Session 14 (agram): what a treatment or a precaution was to prevent or avoid, and what people were afraid of, asserts nothing
 * ("They gave atropine to prevent convulsions", "We wet cloths to avoid choking", "Для профилактики судорог ввели атропин",
 * "أعطوه الأتروبين لمنع التشنجات", "We were afraid of choking"); "to stop the seizures" presupposes them and stays. A span of the
 * EXPECT kind over the cue's object, to its comma. Judgment of reading (ConText's hypothetical), closed class.
 */
const PREVENT_CUE = /prevent|avoid|fear|afraid|профилакт|предотвра|избежа|допуст|لمنع|لتجنب|تجنبا|للوقاية/iu;
const DEFINITE_OBJECT = /^\s+(?:the|that|this|these|those|its|their|his|her|our|my)(?![A-Za-z])/iu;
/** (s15 agnone, review s14) a demonstrative object is presupposed ("to stop these seizures"); "the" or a possessive before a
 * clinical sign is not ("gave atropine to prevent the convulsions" is a prophylaxis) */
/** (s15 fixan, review R3) the Russian main verb after a prevented object: an л-past whose stem ends in a vowel (дали, ввели,
 * сделали, раздели), or one of the closed class of consonant stems (шли, несли, везли, могли, легли, умерли); nouns in
 * -ла/-ло/-ли after a consonant (горла, масла, стекла, земли) are no verb, and the common nouns in a vowel + -ла/-ли (тела,
 * дела, села, цели, соли, боли) are listed. Judgment of morphology, closed classes. */
const PREVENT_RU_VERB = /(?<![а-яё])(?!(?:боли|мысли|или|пыли|были|тела|дела|села|цели|недели|постели|соли|воли|доли|роли|пола|стола|мыла|шила|мили|крыла|тыла|ила|пчелы|пилы|скулы|иглы|стрелы|ели)(?![а-яё]))(?:[а-яё]*[аеёиоуыэюя](?:л|ла|ло|ли|лся|лась|лось|лись)|[а-яё]*(?:шл|несл|нёсл|везл|вёзл|могл|легл|жгл|пекл|умерл|заперл|терл|тёрл)(?:а|о|и|ась|ось|ись)?)(?![а-яё])/iu;
/** (s15 fixan, review R4) a prevention that failed asserts what it did not prevent: "failed to prevent the seizures", "не смогли
 * предотвратить судороги" (judgment of reading, closed class) */
const FAILED_PREVENTION = /(?<![\p{L}])(?:fail(?:ed|s)?(?:\s+to)?|could\s*n[o'’]t|can\s*n[o'’]t|cannot|unable(?:\s+to)?|(?:were|was)\s+not\s+able(?:\s+to)?|did\s*n[o'’]t(?:\s+manage\s+to)?|не\s+(?:смогл\p{L}*|смог|удалось|сумел\p{L}*|успел\p{L}*)|не)\s+$/iu;
const DEMONSTRATIVE_OBJECT = /^\s+(?:that|this|these|those)(?![A-Za-z])/iu;
/** (s15 agnone) what is prevented from coming back was there: "to prevent further seizures", "the convulsions from recurring",
 * "для профилактики повторных судорог", "لمنع تكرار التشنجات" (judgment of reading, closed class) */
const RECURRENCE = /^[\s,]*(?:(?:the|their|his|her|its|any|of)\s+)*(?:further|more|another|repeated|repeat|recurrent|recurring|renewed|new|additional|subsequent|second|повторн[а-яё]*|нов[а-яё]*|дальнейш[а-яё]*|рецидив[а-яё]*|[وف]?(?:تكرار|تكرر|عودة|المزيد|مزيد))(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u0620-\u064A\u066E-\u06D3])|(?<![A-Za-z])(?:(?:from\s+)?(?:recurring|returning|coming\s+back|happening\s+again|getting\s+worse|worsening|spreading)|again|any\s+more|anymore)(?![A-Za-z])/iu;
/** what ends a search's span before the clause does: its outcome told as a new predicate or a relative ("... and found
 * none", ", which were absent", ", none was found") */
/* Session 13 (agfix, review item 3): the span also ends at "and (then)" with a finite verb, its subject told or not ("checked for
 * injuries and had pinpoint pupils", "monitored for seizures overnight and had two seizures", "warned about the gas and then we
 * smelled chlorine"), and at a comma with a finite verb ("who had been tested for exposure, had pinpoint pupils"); "tested
 * negative / positive for" tells a result, it is no search. Judgment of reading, closed classes.
 * (session 14, agram) Arabic writes the outcome on with و/ف: "بحث الأطباء عن تضيق الحدقة ولم يجدوا شيئا" ends the search at
 * ولم / فما / فوجدوا. */
const EXPECT_SPAN_END = /\s+and\s+(?:then\s+)?(?:found|saw|noted|observed|confirmed|detected|\p{L}+ed\s+(?:none|nothing|no|them|it))(?![\p{L}])|[,\u060C]\s*(?:which|but|none|nothing|all|they|it)(?![\p{L}])|,?\s+and\s+(?:then\s+)?(?:(?:i|we|he|she|they|it|you)\s+)?(?:had|has|was|were|is|are|began|felt|went|got|became|fell|ran|kept|came|threw|saw|woke|lost|lay|took|\p{L}{2,}ed)(?![\p{L}])|[,\u060C]\s*(?:had|has|was|were|is|are)(?![\p{L}])|\s+[وف](?:لم|ما|وجد\p{L}*|تبين|اتضح)(?![\p{L}])/iu;
const OUTCOME_NO = new RegExp(
  String.raw`(?<![\p{L}])(?:found\s+(?:none|nothing|no)|(?:none|nothing)\s+(?:was|were|arrived|appeared|came|developed|occurred|showed)|(?:was|were|came\s+back|proved|turned\s+out)\s+(?:\p{L}+\s+)?(?:absent|normal|negative|unremarkable)|all\s+(?:were\s+|tested\s+)?negative|not\s+(?:seen|found|observed|present|detected|noted)|did\s+not\s+(?:find|see|occur|appear|develop|materiali[sz]e)|never\s+(?:came|appeared|developed|materiali[sz]ed)|нормальн\p{L}*|обычн\p{L}*|не\s+(?:было|нашли|обнаружил\p{L}*|выявил\p{L}*|наблюдал\p{L}*|оказалось)|нет|отсутств\p{L}*|[وف]?(?:طبيعي\p{L}*|سلبي\p{L}*|لم\s+(?:يظهر|تظهر|يجدوا|نجد|يجد|نلاحظ|يلاحظوا|تحدث|يحدث|يكن|تكن|تسجل|يسجل)|لا\s+(?:يوجد|توجد)|ما\s+(?:في|لقوا|لقينا|شفنا)|غير\s+موجود\p{L}*))(?![\p{L}])`,
  'iu',
);
/** Session 13 (agfix, review item 4): the outcome's clause: after its opening connector, up to the next comma, clause mark or
 * coordinating conjunction; an asserting relative or predicate there ("which was present", "were found") answers yes
 * (judgment of reading) */
const OUTCOME_LEAD = /^[\s,;:\u060C\u061B]*(?:(?:and|but|then|и|но|а|однако|[وف]?(?:لكن|ولكن))\s+)?/iu;
const OUTCOME_CLAUSE_END = /[,;:\u060C\u061B]|\s(?:and|but|и|но|а|однако|لكن|ولكن)\s/iu;
const OUTCOME_PRESENT = /(?<![\p{L}])(?:was|were|is|are)\s+(?:(?!not|never|absent)\p{L}+\s+)?(?:present|found|seen|noted)(?![\p{L}])/iu;
/** an outcome that opens the next sentence ("Miosis was looked for. None was found.") */
const NEXT_SENTENCE_NO = /^\s*(?:none|nothing|no\s+\p{L}+\s+(?:was|were)|\p{L}+\s+(?:was|were)\s+(?:absent|normal|negative)|нет|не\s+было|لا\s+يوجد|لم\s+\p{L}+)(?![\p{L}])/iu;
/** a passive auxiliary right before a search verb: the search is about the clause's subject */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|is|are|been|being)\s+(?:\p{L}+ly\s+)?$/iu;
/** a search cue that opens with a past participle ("looked for", "checked for"): only these can be passive */
const PARTICIPLE = /^\p{L}+ed(?![\p{L}])/iu;
/** the end of the n-th word after `from` (not past `to`) */
function wordsEnd(text: string, from: number, to: number, n: number): number {
  const re = /\s*\S+/gu;
  re.lastIndex = from;
  let end = from;
  for (let k = 0; k < n; k++) {
    const m = re.exec(text);
    if (!m || m.index >= to) break;
    end = Math.min(to, m.index + m[0].length);
  }
  return Math.max(end, from);
}
/**
 * Session 13 (agram): a belief corrected in the same sentence ("Doctors first thought it was heatstroke, but the pupils were
 * pinpoint", "Сначала думали, что это тепловой удар, но ...", "ظنوا أنها ضربة شمس لكن ...") tells what the account says it was
 * not: from the belief verb to the contrast word that ends its clause. Without a contrast the belief is left alone (what
 * doctors thought is a reading of the signs). Judgment of reading, closed class.
 */
/* (session 28, agdev) a claim corrected in the same sentence is read as a belief so corrected: another's insistence or claim
 * ("My uncle kept saying the neighbour sprayed weed killer, but those of us who skipped the dish were fine", "insisted it was
 * gas, but", "Вахтёрша твердила, что это газ, но ...", "ظل يقول إنه غاز، بس ...") tells what the account says it was not, as
 * 'thought ... but' does: kept saying / insisting / claiming, insisted, claimed, swore, blamed, was / were convinced; RU твердил,
 * уверял, утверждал, настаивал, кричал (что), клялся, был уверен; AR ظل / ضل يقول (and the feminine and plural), يصر / أصر, حلف.
 * Only with the contrast (the belief rule's CONTRAST); without it a claim is left alone. Attribution (ConText's 'other
 * experiencer' and hypothetical), judgment of reading, closed class. */
const BELIEF_CUE = /(?<![\p{L}])(?:thought|believed|assumed|presumed|suspected|mistook|took\s+it\s+for|were\s+sure|was\s+sure|kept\s+(?:saying|insisting|claiming)|insisted|claimed|swore|blamed|(?:was|were)\s+convinced|думал\p{L}*|подумал\p{L}*|принял\p{L}*\s+за|твердил\p{L}*|уверял\p{L}*|утверждал\p{L}*|настаивал\p{L}*|кричал\p{L}*(?=\s*,?\s*что)|клял\p{L}*|(?:был|была|были)\s+уверен\p{L}*|[وف]?(?:ظن\p{L}*|اعتقد\p{L}*|حسب(?:نا|وا|ت|ناها|وها|ناه)|فكرنا|فكروا|افتكرنا|افتكروا|توهم\p{L}*|(?:ظل|ضل|ظلت|ضلت|ظلوا|ضلوا)\s+(?:يقول|تقول|يقولوا|يقولو|يحكي|تحكي)|يصر|اصر|اصرت|اصروا|حلف\p{L}*))(?![\p{L}])/giu;
/** the contrast that corrects the belief (the clause break it ends at) */
const CONTRAST = /^(?:but|however|though|но|однако|а|[وف]?(?:لكن|ولكن|بل|بس|وبس))$/iu;
/**
 * Session 13 (agfix, review item 2): the belief is its own complement clause, up to the first comma that does not open that
 * complement (", что", ", that", ", будто") or "and" with a new subject or a finite past verb: "I thought the building would
 * collapse, my eyes were burning and I vomited, but ..." tells the burning eyes and the vomiting. A contrast that doubts the
 * believer, not the belief ("but nobody believed me", "но нам никто не поверил", "لكن ما حدا صدقنا"), corrects nothing.
 * (решил 'decided', считал 'counted', казалось 'it felt' are no beliefs: dropped from BELIEF_CUE.) Judgment of reading.
 */
const BELIEF_END = /[,\u060C](?!\s*(?:что|чтобы|будто|that|как|[بف]?(?:ان|أن|إن|انه|انها|إنه|إنها))(?![\p{L}]))|\s(?:and|и)\s+(?:then\s+|потом\s+)?(?:i|we|he|she|they|my|our|his|her|their|я|мы|он|она|они|\p{L}{2,}ed|\p{L}+(?:ли|ла|лся|лась|лись))(?![\p{L}])/iu;
const DOUBTED_BELIEVER = /^\s*(?:nobody|no\s+one|no-one|none\s+of\s+them|they\s+did\s*n[o']t|никто|нам\s+не|мне\s+не|им\s+не|[وف]?(?:ما\s+حدا|لم\s+يصدق|محدا|ما\s+صدق))/iu;
const BELIEVE_WORD = /believ|listen|повер|верил|صدق/iu;
/**
 * Session 13 (agram): another event told for comparison is not this one. A comparison ("unlike in Ghouta", "nothing like the
 * sarin attack, where people had pinpoint pupils", "не так, как в Гуте, где ...", "مش متل الغوطة، وقتها ...") is a span to its
 * comma, and on through a relative or time clause that follows it (where, когда, где, حيث, وقتها); an earlier event set against
 * "this time" in the same sentence ("In 2013 we saw people foaming at the mouth, but this time only coughing", "в прошлый раз
 * ..., в этот раз ...", "المرة الماضية ... هالمرة ...") is a span from its time marker to that marker. Judgment, closed classes.
 */
const COMPARE_CUE = /(?<![\p{L}])(?:unlike|nothing\s+like|different\s+from|compared\s+(?:to|with)|(?:worse|stronger|weaker|harsher|milder|heavier|sharper|(?:more|less)\s+(?:painful|intense|irritating|toxic|powerful|severe|dangerous|potent|pungent|acrid|choking))\s+than|(?:хуже|сильнее|слабее|злее|страшнее|крепче|острее|едче|тяжелее|мягче)\s*,?\s*чем|[وف]?(?:اسوا|اقوى|اشد|اصعب|اخف|اضعف|العن|اقسى)\s+من|не\s+так,?\s+как|в\s+отличие\s+от|[وف]?(?:(?:مش|مو|ليس|مب)\s+(?:متل|مثل|زي|كما)|على\s+عكس|بعكس|بخلاف))(?![\p{L}])/giu;
/** (s15 agnone) "worse than", "хуже, чем", "أسوأ من": a comparison with something is no exposure to it (judgment of reading) */
const COMPARATIVE_THAN = /than|чем|من$/u;
const RELATIVE_NEXT = /^[\s,\u060C]*(?:where|when|in\s+which|at\s+which|где|когда|тогда|[وف]?(?:حيث|وقتها|وقتيها|لما|يومها))(?![\p{L}])/iu;
const THIS_TIME = /(?<![\p{L}])(?:this\s+time|в\s+этот\s+раз|на\s+этот\s+раз|[وف]?(?:هالمرة|هالمره|هذه\s+المرة|هاي\s+المرة|هذي\s+المرة))(?![\p{L}])/iu;
const PAST_MARKER = /(?<![\p{L}\p{N}])(?:in\s+(?:19|20)\d\d|last\s+(?:year|time|month)|years\s+ago|back\s+then|the\s+last\s+time|в\s+(?:19|20)\d\d(?:\s+году)?|в\s+прошлый\s+раз|в\s+прошлом\s+году|в\s+ту\s+войну|много\s+лет\s+назад|[وف]?(?:المرة\s+الماضية|المرة\s+اللي\s+فاتت|السنة\s+الماضية|(?:عام|سنة)\s+\d{4}|بال\d{4}))(?![\p{L}\p{N}])/iu;
const OUTCOME_YES = /(?<![\p{L}])(?:found\s+(?:them|it|that|signs?)|confirmed|positive|as\s+expected|indeed|подтверд\p{L}*|[وف]?(?:تاكد\p{L}*|ثبت\p{L}*|وجدوه|وجدوها|وجدناه|وجدناها|لاحظوه|لاحظوها))(?![\p{L}])/iu;
/**
 * An indirect question about a sign ("He was asked whether he had vomited", "When asked about seizures", "Врач спросил,
 * была ли рвота", "سئل المريض عن القيء") asserts nothing; its answer told after it in the sentence decides ("and said no",
 * "denied any", "ответил, что нет", "فنفى ذلك": absent; "said yes", "confirmed": present). Unanswered, it is no span: a
 * witness who "asked friends whether they could smell burning" tells what he himself smelled. Session 13 (agram).
 */
// (session 23, agfix) with any embedded yes/no question: "whether" after any verb ("wondered / checked / did not know whether he had
// vomited"), the Russian imperfective спрашивал and a not-knowing before ли ("не знаю, были ли судороги")
const ASK_CUE = /(?<![\p{L}])(?:asked(?:\s+\p{L}+)?\s+(?:whether|if|about)|asking\s+(?:whether|if|about)|whether|(?:спросил|спрашивал|спрашива)\p{L}*(?:\s+\p{L}+)?,?\s+(?:(?:был|была|было|были)\s+ли|о|об|про)|(?:не\s+(?:знаю|знал\p{L}*|помню|помнил\p{L}*|уверен\p{L}*))\s*,?\s+(?:был|была|было|были)\s+ли|на\s+вопрос\s+(?:о|об|про)|[وف]?(?:سئل\p{L}*|سال\p{L}*|سالنا\p{L}*|سالوه|سالوها|سؤال\p{L}*)(?:\s+\p{L}+)?\s+(?:عن|اذا|هل|ان\s+كان))(?![\p{L}])/giu;
/**
 * (session 23, fix2) An unanswered question hides its clinical signs only when it asks whether the sign is there: a yes/no
 * question ("asked whether / if", "ли", "هل / اذا / ان كان"), not a topic ("asked about the blisters", "спросил о волдырях",
 * "سأل عن الفقاعات": a sign asked about is there).
 */
const ASK_YESNO = /(?:whether|if|ли|هل|اذا|ان\s+كان)$/u;
/**
 * (session 23, fix2) a question about a sign's cause, time or course presupposes the sign ("whether the vomiting was caused by
 * the gas", "были ли судороги от газа", "هل كانت التشنجات بسبب الغاز", "была ли рвота сразу или через час", "whether the
 * vomiting and the seizures started at the same time", "whether the blisters would leave scars"): no span
 */
const ASK_PRESUPPOSED = /(?<![\p{L}])(?:caused\s+by|due\s+to|because\s+of|came\s+from|(?:was|were)\s+from|result(?:ed)?\s+from|(?:started|began|begun)\s+(?:at|when|before|after|together|simultaneously|immediately|right|first)|at\s+the\s+same\s+time|(?:would|will|could|might)\s+(?:ever\s+)?(?:leave|heal|last|go\s+away|disappear|fade|spread|worsen|get\s+worse|recur|come\s+back|return|be\s+permanent)|от|из-за|вызван\p{L}*|одновременно|пройд\p{L}*|заживут|останутся|بسبب|جراء|نتيجة)(?![\p{L}])/iu;
/** an alternative question over times ("сразу или через час", "до укола или после", "before or after"): asks when */
const ASK_ALT_TIME = /(?<![\p{L}])(?:or|или|او|ام)\s+(?:before|after|later|at\s+once|сразу|через|до|после|потом|позже|قبل|بعد|فورا)(?![\p{L}])/iu;
/**
 * (session 23, fix2) where the question's own clause ends: a modifier or relative clause of its subject ("whether the patients
 * with pinpoint pupils had been given atropine", "the children who were foaming"), a reason or time clause ("whether it was gas
 * because my eyes were burning", "when he started vomiting"): the sign told there is outside the question
 */
const ASK_CLAUSE_CUT = /\s(?:with|who|which|that|whose|because|since|when|while|until|as\s+soon\s+as|у\s+которых|котор\p{L}*|потому\s+что|так\s+как|когда|الذي|التي|الذين|اللي|لان|لانه|لانها|عندما|لما)(?![\p{L}])/iu;
/** (session 23, fix2) an " and " that joins two nouns of the question's subject ("the vomiting and the seizures") is no cut */
const AND_NOUN_NEXT = /^\s+and\s+(?:the|his|her|their|its|some|other)\s/iu;
const ASK_MORE_CUT = /[,\u060C]|\s+and\s/u;
const ANSWER_NO_AFTER = /(?<![\p{L}])(?:said\s+no|answered\s+no|replied\s+no|denied|denies|ответил\p{L}*,?\s+(?:что\s+)?нет|ответил\p{L}*\s+отрицательно|отрицал\p{L}*|[وف]?(?:نفي|نفت|نفوا|ينفي|انكر\p{L}*|قال\s+لا|قالت\s+لا|اجاب\s+بالنفي|اجابت\s+بالنفي))(?![\p{L}])/iu;
/** what opens the answer's clause: punctuation and a connector ("; the patient", ", and said", "فأكد" is the verb itself) */
const ANSWER_LEAD = /^[\s,;:\u060C\u061B\u2014-]*(?:(?:and|but|then|so|и|но|а|однако|[وف]?(?:لكن|ولكن))\s+)?/iu;
const ANSWER_YES_AFTER = /(?<![\p{L}])(?:said\s+yes|answered\s+yes|replied\s+yes|confirmed|admitted|ответил\p{L}*,?\s+(?:что\s+)?да|подтвердил\p{L}*|[وف]?(?:اكد\p{L}*|قال\s+نعم|قالت\s+نعم|اجاب\s+بنعم))(?![\p{L}])/iu;
/** A rumour is what people say, not what anyone saw ("Rumours spread that people had died", "Ходили слухи, что многих
 * рвало", "انتشرت شائعات أن أشخاصاً ماتوا"): from the cue to the clause end (session 12; judgment: closed class). */
const RUMOUR_CONTENT = /^(?:\s+\p{L}+){0,2}?[\s,\u060C]+(?:that|of|about|что|о|об|будто|[بف]?(?:ان|أن|انو|إنو|انه)|عن)(?![\p{L}])/iu;
/* (s15 agnone) spoken Arabic hearsay: صار / في حكي (there was talk), بيقولوا / عم يحكوا (they say), with its content after إنو */
/* (s17 agpara) the lay idioms of talk going round: EN put it about / around, word went / got round, gossip; RU поговаривали,
 * судачили, пошли / ходили разговоры, говорили будто (будто marks the speaker's doubt). Judgment of reading, closed class. */
const RUMOUR_CUE = /(?<![\p{L}])(?:rumou?rs?|rumou?red|hearsay|put\s+it\s+(?:about|around|round)|put\s+about|word\s+(?:went|got|was\s+going)\s+(?:a?round)|gossip(?:ed)?|поговарива\p{L}*|судачи\p{L}*|(?:пошли|ходили)\s+разговоры|говорил\p{L}*(?=\s*,?\s*будто)|слух(?:и|ов|ам|ами)?|[وف]?(?:شائعات|شائعة|اشاعات|اشاعة|يشاع|اشيع|(?:صار|في|فيه|كان\s+في)\s+حكي|بيقولوا|بيقولو|عم\s+يقولوا|بيحكوا|عم\s+يحكوا))(?![\p{L}])/giu;

/** (s15 fixan) the verb forms among the rumour cues, and a speaker named before them in the clause: a word other than a
 * conjunction or discourse filler (judgment of reading, closed class of fillers) */
const SAY_VERB = /يقول|يحكوا/u;
const NAMED_SPEAKER = /(?:^|[\s,\u060C])(?!(?:و|ف|بس|هلق|هلأ|يعني|كمان|وكمان|ويعني|وهلق|اليوم|امبارح|هلا)(?![\p{L}]))[\u0621-\u064a]{2,}/u;

const SENT_END = /[.!?\n\u061F]/g;
/** a clause boundary inside a sentence (as the extraction's CLAUSE_END, less the sentence ends) */
const CLAUSE_BREAK = /[;:\u061B]|(?<![\p{L}])(?:but|however|although|though|whereas|но|однако|хотя|لكن|ولكن|بل|بس|وبس)(?![\p{L}])/giu;
/** what may open a comma segment before its first real word */
const LEAD = String.raw`^[\s,\u060C"'«“(-]*(?:(?:and|so|then|и|а|ну|или)\s+)?`;
const WH_EN_RU = new RegExp(
  LEAD + String.raw`(?:what|which|who|whom|whose|why|how|where|when|что|чем|чего|какой|какая|какое|какие|каким|какую|кто|кого|как|почему|зачем|откуда|где|когда|сколько)(?![\p{L}])`,
  'iu',
);
/** Arabic wh-words (MSA and spoken), with و/ف; ما only before a demonstrative or relative ("ما هذه الرائحة"), since ما
 * before a verb or في is the negation ("ما كان في ريحة؟" asks yes or no) */
const WH_AR = new RegExp(
  LEAD + String.raw`[وف]?(?:ماذا|شو|ايش|شنو|وش|وين|اين|ليش|لماذا|ليه|كيف|شلون|كيفاش|متي|امتي|كم|مين|من|فين|منين|ما\s+(?:هذا|هذه|هذي|هاد|هاي|هو|هي|اللي|الذي|التي))(?![\p{L}])`,
  'u',
);
/** what opens a yes/no question: an English auxiliary (negative contractions too, so a tag question "weren't they" is a
 * segment of its own), elliptical any-words; Russian ли (second word), разве, неужели; Arabic هل / أ- is left to the
 * sentence: a question with no wh-word is yes/no by intonation */
const YES_NO = new RegExp(
  LEAD +
    String.raw`(?:(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|may|might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|can't|couldn't|won't|wouldn't|any|anyone|anybody|anything)(?![\p{L}'])|\p{L}+\s+ли(?![\p{L}])|разве|неужели|[وف]?هل(?![\p{L}]))`,
  'iu',
);
/** a dash between words (group 1: the segment opens after it) or a yes/no particle within a clause (it opens the segment) */
const SEG_OPEN = /(\s[-\u2013\u2014]\s?|[\u2013\u2014])|(?<![\p{L}])(?:[وف]هل|неужели|разве)(?![\p{L}])/giu;
const ANSWER_NO = /^\s*(?:no|nope|нет|неа|لا|كلا|ابدا|مافي|ما\s+في)(?![\p{L}])/iu;
const ANSWER_YES = /^\s*(?:yes|yeah|yep|да|ага|نعم|اي|ايه|ايوه|ايوا|اجل|طبعا|اكيد)(?![\p{L}])/iu;

/** conditional cues: "as if / as though" are similes, not conditions */
/** (session 12 review: the Arabic إذا of surprise, "فإذا بالأطفال يختنقون" 'and there were the children, choking', is narrative,
 * not a condition: إذا followed by بـ and a noun or by a pronoun; the verbs of a condition that open with ب — بدأ، بقي، بلغ،
 * بان — stay conditions) */
const COND_CUE = /(?<![\p{L}])(?:(?<!as\s)if|in\s+case(?:\s+of)?|in\s+the\s+event(?:\s+of)?|unless|should\s+you|если|в\s+случае|[وف]?(?:اذا(?!\s+(?:ب(?!(?:دا|دات|داوا|قي|قيت|لغ|لغت|ان|انت)(?![\p{L}]))\p{L}+|هم|هو|هي|نحن|انا)(?![\p{L}]))|لو)|في\s+حال)(?![\p{L}])/giu;
/** a verb of knowing, asking or checking right before if / إذا: "I don't know if it was chlorine", "ما بعرف إذا كان كلور" is an
 * indirect question whose scope ends at its comma, not a condition over the sentence (session 12 review) */
const KNOW_BEFORE = /(?<![\p{L}])(?:know|knew|sure|ask|asked|asking|wonder|wondered|wondering|tell|check|checked|see|اعرف|بعرف|نعرف|منعرف|يعرف|بيعرف|تعرف|ادري|بدري|ندري|يدري|متاكد|متاكدين|سال\p{L}*|نشوف|شوف)\s+$/iu;
/** a condition told in the past (EN simple past, RU л-past) is what happened each time; "had" and "бы" are counterfactual */
const PAST_EN = /(?<![\p{L}])(?:was|were|went|got|came|felt|saw|ran|took|began|started|\p{L}{3,}ed)(?![\p{L}])/iu;
const PASSIVE_EN = /(?<![\p{L}])(?:is|are|be|been|being|get|gets|getting)\s+\p{L}+ed(?![\p{L}])/iu;
/** (s15 agnone; s15 fixan, review R2/R30) a main clause in which the speaker disclaims witnessing the condition: a first-person
 * or "nobody" subject, a negated verb of seeing, noticing, knowing, hearing or being told, and as its object only the condition
 * itself (it, this, anything, about it, whether ...) or nothing ("If anyone vomited, I did not see it", "nobody told me about
 * it", "я этого не видел"). Not a main clause that tells another sign or what others did ("they vomited and could not see",
 * "the nurses did not know what to do", "врачи не знали, что делать"): "could not see" is itself blurred vision, so can/could
 * is no auxiliary here. The Russian concessive "если кто-то и ..., то только дети" restricts who, it does not doubt that, so
 * it is no trigger on its own. Judgment of reading, closed classes. */
const UNWITNESSED_EN = /^[\s,]*(?:then\s+)?(?:(?:nobody|no\s+one|none\s+of\s+us)(?:\s+(?:ever|really|actually))?|(?:i|we)\s+(?:(?:did|do|does|was|were|have|had|am)(?:n['’]t|\s+not|\s+never)|never)(?:\s+(?:really|actually|personally|even))?)\s+(?:see|saw|seen|notice|noticed|know|knew|remember|recall|hear|heard|tell|told|say|said|aware)(?:\s+(?:(?:whether|if)\s+(?:they|anyone|anybody|someone|he|she|it)\s+(?:did|had|was|were)|(?:me|us)(?:\s+about\s+(?:it|this|that|any\p{L}*))?|it|this|that|anything|so|any\s+of\s+(?:it|this|that)|about\s+(?:it|this|that|any\p{L}*)|of\s+(?:it|this|that|any\p{L}*))(?:\s+(?:happen|happening|myself|personally|then|there|at\s+all))?)?\s*(?:[.,;!?]|$)/iu;
const UNWITNESSED_RU = /^[\s,]*(?:(?:то|я|мы|ничего|этого|это|такого|того|мне|нам|лично|сам|сама|сами|об\s+этом)\s+)*(?:никто\s+(?:(?:мне|нам|ничего|этого|такого|об\s+этом)\s+)*(?:не\s+)?|не\s+)(?:видел\p{L}*|видал\p{L}*|замеча\p{L}*|заметил\p{L}*|знал\p{L}*|знаю|помн\p{L}*|слышал\p{L}*|сказал\p{L}*|говорил\p{L}*)(?:\s+(?:этого|это|такого|ничего|об\s+этом|никому|мне|нам|сам|сама|лично))*\s*(?:[.,;!?]|$)/iu;
const COUNTERFACTUAL = /(?<![\p{L}])(?:had|would|'d|бы)(?![\p{L}])|'d(?![\p{L}])/iu;
const PAST_RU = /(?<![\p{L}])(?!или(?![\p{L}]))[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/iu;

function clauseBounds(text: string, from: number, to: number, at: number): [number, number] {
  let s = from;
  let e = to;
  CLAUSE_BREAK.lastIndex = 0;
  const part = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(part))) {
    const p = from + m.index;
    if (p < at) s = p + m[0].length;
    else if (p >= at) {
      e = Math.min(e, p);
      break;
    }
  }
  return [s, e];
}

/** The cue expressions read per sentence, gated once per text (cue-gate.ts; speed only): bit i for the i-th. A cue whose
 * bit is clear has no match in the text, so its loop finds nothing in any sentence. */
const CUES = new CueGate(
  [EXPECT_CUE, ASK_CUE, COMPARE_CUE, THIS_TIME, BELIEF_CUE, RUMOUR_CUE, COND_CUE].map((r) => r.source),
  8,
);
const MAY_EXPECT = 1;
const MAY_ASK = 2;
const MAY_COMPARE = 4;
const MAY_THIS_TIME = 8;
const MAY_BELIEF = 16;
const MAY_RUMOUR = 32;
const MAY_COND = 64;

/** whether some position of `at` lies in [s, e) */
function anyIn(at: readonly number[], s: number, e: number): boolean {
  for (let i = 0; i < at.length; i++) if (at[i] >= s && at[i] < e) return true;
  return false;
}

/**
 * The spans of `text`. `at` (speed only): the positions the caller will look up (its hits' starts); a sentence holding none
 * of them is not read, since every span lies inside its own sentence [start, end) and so covers no position outside it.
 */
export function irrealisSpans(text: string, at?: readonly number[]): IrrealisSpan[] {
  const spans: IrrealisSpan[] = [];
  // sentences: [start, end) with the char that ends each
  SENT_END.lastIndex = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  const sentences: [number, number, string][] = [];
  while ((m = SENT_END.exec(text))) {
    sentences.push([start, m.index, m[0]]);
    start = m.index + 1;
  }
  if (start < text.length) sentences.push([start, text.length, '']);
  const may = CUES.scan(text);
  for (const [s, e, end] of sentences) {
    if (at !== undefined && !anyIn(at, s, e)) continue;
    if (end === '?' || end === '\u061F') {
      const [cs] = clauseBounds(text, s, e, e);
      // the comma segments of the question's clause, from the last: the last that opens with a wh-word or a yes/no opener
      // decides; none opening either, the clause is a yes/no question by intonation
      const segs: number[] = [cs];
      for (let i = cs; i < e; i++) if (text[i] === ',' || text[i] === '\u060C') segs.push(i + 1);
      // (session 12 review) a dash, and a yes/no particle inside the clause (فهل، وهل، неужели, разве), open a segment too:
      // "everyone was coughing - was it chlorine?", "الناس كانت تسعل فهل هذا كلور؟" ask only about what follows them
      SEG_OPEN.lastIndex = 0;
      const clause = text.slice(cs, e);
      let so: RegExpExecArray | null;
      while ((so = SEG_OPEN.exec(clause))) if (so.index > 0) segs.push(cs + so.index + (so[1] ? so[0].length : 0));
      segs.sort((x, y) => x - y);
      let from = cs;
      let wh = false;
      for (let k = segs.length - 1; k >= 0; k--) {
        const seg = text.slice(segs[k], e);
        if (WH_EN_RU.test(seg) || WH_AR.test(seg)) {
          wh = true;
          break;
        }
        if (YES_NO.test(seg)) {
          from = segs[k];
          break;
        }
      }
      if (wh) continue;
      const after = text.slice(e + 1, e + 24);
      spans.push({ from, to: e, answer: ANSWER_NO.test(after) ? 'no' : ANSWER_YES.test(after) ? 'yes' : null });
      continue;
    }
    const sent = text.slice(s, e);
    // the sentence after this one, for an outcome told at once ("Miosis was looked for. None was found.")
    const next = text.slice(e + 1, e + 1 + 60);
    EXPECT_CUE.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((may & MAY_EXPECT) !== 0 && (x = EXPECT_CUE.exec(sent))) {
      const at = s + x.index;
      const from = at + x[0].length;
      const [cs, ce] = clauseBounds(text, s, e, at);
      // (session 14) a warning whose complement clause is indicative reports what happened
      if (WARN_THAT.test(x[0]) || (WARN_AR.test(x[0]) && AR_THAT.test(text.slice(from, from + 8)))) {
        const comp = text.slice(from, ce);
        if (!WARN_MODAL.test(comp) && WARN_INDICATIVE.test(comp)) continue;
      }
      const stop = EXPECT_SPAN_END.exec(text.slice(from, ce));
      // the expected thing is the cue's object: at most six words on
      let to = Math.min(stop ? from + stop.index : ce, wordsEnd(text, from, ce, 6));
      // (session 14) what is prevented or feared is a noun phrase: up to its comma ("Despite efforts to prevent it, he vomited")
      const prevent = PREVENT_CUE.test(x[0]);
      if (prevent) {
        // (review s14) a demonstrative object is presupposed: "to avoid that smell", "to stop these seizures"; (s15) so is what
        // is kept from coming back ("to prevent further seizures", "the convulsions from recurring")
        if (DEMONSTRATIVE_OBJECT.test(text.slice(from, from + 8))) continue;
        if (FAILED_PREVENTION.test(text.slice(Math.max(cs, at - 40), at))) continue;
        const k = text.slice(from, to).search(/[,\u060C]/u);
        if (k >= 0) to = from + k;
        if (RECURRENCE.test(text.slice(from, to))) continue;
        // (s15) the Russian object ends at the main verb after it: "Для профилактики судорог ввели атропин" gave the atropine
        const v = PREVENT_RU_VERB.exec(text.slice(from, to));
        if (v) to = from + v.index;
        // (s15) "the" or a possessive: irrealis for a clinical sign only ("afraid of the green cloud", "to avoid the shelling"
        // tell what was there)
        if (DEFINITE_OBJECT.test(text.slice(from, from + 8))) {
          spans.push({ from: at, to, answer: null, keepAbsent: true, signsOnly: true, clinicalOnly: true });
          continue;
        }
      }
      const rest = text.slice(to, e);
      // (review item 4) the outcome is told in the clause right after the span, not anywhere later in the sentence: "checked
      // for miosis, which was present, and the chest X-ray was normal" answers yes
      const lead = OUTCOME_LEAD.exec(rest)?.[0].length ?? 0;
      const brk = rest.slice(lead).search(OUTCOME_CLAUSE_END);
      const region = brk >= 0 ? rest.slice(0, lead + brk) : rest;
      const no = OUTCOME_NO.exec(region);
      const nextNo = !no && !rest.trim() ? NEXT_SENTENCE_NO.exec(next) : null;
      const answer = no || nextNo ? 'no' : OUTCOME_YES.test(rest) || OUTCOME_PRESENT.test(region) ? 'yes' : null;
      // a passive search ("Miosis was looked for", "Pupils were checked for constriction") is about its subject too
      const passive = PARTICIPLE.test(x[0]) && PASSIVE_BEFORE.test(text.slice(Math.max(cs, at - 24), at));
      const outcome: [number, number] | undefined = no ? [to + no.index, to + no.index + no[0].length] : nextNo ? [e + 1 + nextNo.index, e + 1 + nextNo.index + nextNo[0].length] : undefined;
      spans.push(prevent ? { from: passive ? cs : at, to, answer, outcome, keepAbsent: true, signsOnly: true } : { from: passive ? cs : at, to, answer, outcome, keepAbsent: true });
    }
    ASK_CUE.lastIndex = 0;
    while ((may & MAY_ASK) !== 0 && (x = ASK_CUE.exec(sent))) {
      const at = s + x.index;
      const [, ce] = clauseBounds(text, s, e, at);
      const scope = text.slice(at + x[0].length, ce);
      // the question ends at a comma, at "and", or where its answer starts (Arabic writes it on with ف / و: "فنفى ذلك")
      const cut = [scope.search(/[,\u060C]|\s+and\s/u), scope.search(ANSWER_NO_AFTER), scope.search(ANSWER_YES_AFTER)].filter((k) => k >= 0);
      const to = cut.length ? at + x[0].length + Math.min(...cut) : ce;
      // (session 14, review of s13) the answer is told in the clause right after the question, not anywhere later in the
      // sentence: "He was asked whether he had vomited and said yes; he denied seizures" answers yes. The answer opens in that
      // clause (after its connector, before the next comma, clause mark or "and"); its words may run on ("ответил, что нет").
      const rest = text.slice(to, e);
      const lead = ANSWER_LEAD.exec(rest)?.[0].length ?? 0;
      const brk = rest.slice(lead).search(OUTCOME_CLAUSE_END);
      const within = lead + (brk >= 0 ? brk : rest.length - lead);
      const no = ANSWER_NO_AFTER.exec(rest);
      const yes = ANSWER_YES_AFTER.exec(rest);
      const noIn = no && no.index <= within ? no : null;
      const yesIn = yes && yes.index <= within ? yes : null;
      // unanswered, it is left alone: a witness asking others "whether they could smell burning" tells what he smelled; (session 23,
      // agfix) but a clinical sign asked about is not told ("The doctors asked whether anyone had seizures", "Врачи спрашивали,
      // были ли судороги"): only the clinical signs are irrealis there
      if (!noIn && !yesIn) {
        // (session 23, fix2) only a yes/no question (S1), over its own clause (S4, S6), and not one about the sign's cause,
        // time or course (S2, S3, S5); the tests read the question as far as its comma or answer, past a noun's " and " (S7)
        if (!ASK_YESNO.test(x[0])) continue;
        let qTo = to;
        if (AND_NOUN_NEXT.test(text.slice(to, to + 12))) {
          const more = text.slice(to + 5, ce).search(ASK_MORE_CUT);
          qTo = more >= 0 ? to + 5 + more : ce;
        }
        const whole = text.slice(at + x[0].length, qTo);
        const k = whole.search(ASK_CLAUSE_CUT);
        // a relative word right after the cue is the question's own subject ("whether that was vomiting")
        const own = k >= 0 && whole.slice(0, k).trim() ? whole.slice(0, k) : whole;
        if (ASK_PRESUPPOSED.test(own) || ASK_ALT_TIME.test(own)) continue;
        spans.push({ from: at, to: at + x[0].length + own.length, answer: null, keepAbsent: true, clinicalOnly: true });
        continue;
      }
      const isNo = !!noIn && (!yesIn || noIn.index < yesIn.index);
      spans.push({ from: at, to, answer: isNo ? 'no' : 'yes', outcome: isNo ? [to + noIn!.index, to + noIn!.index + noIn![0].length] : undefined, keepAbsent: true });
    }
    COMPARE_CUE.lastIndex = 0;
    while ((may & MAY_COMPARE) !== 0 && (x = COMPARE_CUE.exec(sent))) {
      const at = s + x.index;
      const [, ce] = clauseBounds(text, s, e, at);
      const stopAt = (from: number, to: number) => {
        const k = text.slice(from, to).search(/[,\u060C;]/u);
        return k >= 0 ? from + k : to;
      };
      let to = stopAt(at + x[0].length, ce);
      const comparative = COMPARATIVE_THAN.test(x[0]);
      // (s15 agnone) a comparative's standard is a noun phrase: "worse than tear gas and we all coughed" tells the coughing
      if (comparative) {
        const from = at + x[0].length;
        const k = text.slice(from, to).search(/\s(?:and|и|но|but)\s|\sو/u);
        to = Math.min(to, wordsEnd(text, from, ce, 4), k >= 0 ? from + k : to);
      }
      if (RELATIVE_NEXT.test(text.slice(to, to + 16))) {
        const th = THIS_TIME.exec(text.slice(to + 1, e));
        const lim = th ? to + 1 + th.index : e;
        to = stopAt(to + 1 + (/^[\s,\u060C]*/u.exec(text.slice(to + 1))?.[0].length ?? 0), lim);
      }
      spans.push(comparative ? { from: at, to, answer: null, deliveryOnly: true } : { from: at, to, answer: null });
    }
    {
      const th = (may & MAY_THIS_TIME) !== 0 ? THIS_TIME.exec(sent) : null;
      const past = th ? PAST_MARKER.exec(sent) : null;
      if (th && past) {
        const p0 = s + past.index;
        const t0 = s + th.index;
        spans.push(p0 < t0 ? { from: p0, to: t0, answer: null } : { from: p0, to: e, answer: null });
      }
    }
    BELIEF_CUE.lastIndex = 0;
    while ((may & MAY_BELIEF) !== 0 && (x = BELIEF_CUE.exec(sent))) {
      const at = s + x.index;
      const [, ce] = clauseBounds(text, s, e, at);
      const brk = /^\s*(\p{L}+)/u.exec(text.slice(ce, ce + 12));
      if (!(ce < e && brk && CONTRAST.test(brk[1]))) continue;
      const afterContrast = text.slice(ce + brk[0].length, ce + brk[0].length + 40);
      if (DOUBTED_BELIEVER.test(afterContrast) && BELIEVE_WORD.test(afterContrast)) continue;
      const stop = BELIEF_END.exec(text.slice(at + x[0].length, ce));
      spans.push({ from: at, to: stop ? at + x[0].length + stop.index : ce, answer: null, belief: true });
    }
    RUMOUR_CUE.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((may & MAY_RUMOUR) !== 0 && (r = RUMOUR_CUE.exec(sent))) {
      const at = s + r.index;
      // only a rumour with its content ("rumours that ...", "слухи, что ...", "شائعات أن ..."): "despite the rumours, people
      // were coughing" tells what was seen
      if (!RUMOUR_CONTENT.test(text.slice(at + r[0].length, at + r[0].length + 40))) continue;
      const [cs, ce] = clauseBounds(text, s, e, at);
      // (s15 fixan, review R36) "they say" is impersonal talk only with no speaker before it: "المصابين بيقولوا إنو ..." (the
      // injured say that ...) is their own report, as "The injured say that ..." is in English
      if (SAY_VERB.test(r[0]) && NAMED_SPEAKER.test(text.slice(cs, at))) continue;
      spans.push({ from: at, to: ce, answer: null });
    }
    COND_CUE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((may & MAY_COND) !== 0 && (c = COND_CUE.exec(sent))) {
      const at = s + c.index;
      const [, ce] = clauseBounds(text, s, e, at);
      const scope = text.slice(at, ce);
      // the condition itself: up to its comma (or the clause end)
      const comma = scope.search(/[,\u060C]/);
      const condition = (comma > 0 ? scope.slice(0, comma) : scope).slice(c[0].length);
      if (KNOW_BEFORE.test(text.slice(Math.max(s, at - 24), at))) {
        spans.push({ from: at, to: comma > 0 ? at + comma : ce, answer: null });
        continue;
      }
      const russian = /[а-яё]/iu.test(c[0]);
      const arabic = /[\u0600-\u06ff]/u.test(c[0]);
      // (s15 agnone) a past condition is what happened each time, unless its main clause says the speaker did not see or know
      // it ("If anyone vomited, I did not see it", "Если кого-то и рвало, я этого не видел") or is the concessive "кто-то и"
      const epistemic = comma > 0 && (russian ? UNWITNESSED_RU : UNWITNESSED_EN).test(scope.slice(comma));
      if (!arabic && !epistemic && !COUNTERFACTUAL.test(text.slice(at, ce))) {
        if (!russian && PAST_EN.test(condition) && !PASSIVE_EN.test(condition)) continue;
        if (russian && PAST_RU.test(condition)) continue;
      }
      // (s15 fixan) the disclaimer itself tells nothing to drop: the span is the condition
      spans.push({ from: at, to: epistemic ? at + comma : ce, answer: null });
    }
  }
  return spans;
}
