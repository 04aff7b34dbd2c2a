/**
 * (session 23, claims2) The grammar of intent and of denial, read apart from the lexicon's plan markers and staged words
 * (claim-slots.ts keeps those): two readings that generalise over how a writer puts an attack ahead or calls one unreal.
 *
 * - `announcedByIntent`: an attack, a provocation or the use of a chemical announced by the grammar of intent and of the
 *   future rather than by a plan word of the lexicon: a verb of intent or attempt with the infinitive of a deed ("set to
 *   fake", "seeks to fabricate", «пытаются инсценировать», «вынашивают планы применить», "تحاول فبركة"); a verb of
 *   plotting with its object («затевают провокацию»); a Russian perfective future of a staging verb («снимут
 *   постановочное видео», «разыграют»); the Arabic future prefix or particle with an imperfect deed verb ("سوف تستخدم",
 *   "ستنفذ"); a prospective participle or adjective before the attack ("the planned provocation", "an impending gas
 *   attack") or predicated of it ("a provocation is imminent", "is being planned", "will take place"); a time ahead with a
 *   deed in its sentence ("in the coming days", «в ближайшие дни», "في الأيام المقبلة"); and a purpose of staging after a
 *   verb of bringing the means («завезли ... для инсценировки», "brought cylinders to fake an attack"): the purpose is
 *   still ahead when the means are moved (README v9's moved chlorine and s22's "sent operatives to stage").
 * - `predicatedStaging`: an incident said by a copula to be a show or a lie ("the attack was a sham", «химатака —
 *   спектакль», «была ложью», "الهجوم الكيميائي كذبة"), said not to have taken place ("never took place"), or whose
 *   victims are said to be actors or extras («пострадавшие оказались статистами», "الضحايا ممثلون"); a noun of staging
 *   that is weak alone ("lie", "show", "fiction", «театр», "تمثيل") is read only as the incident's predicate, never by
 *   itself, and not when the subject is an accusation or a report ("the claims of an attack are lies" denies an
 *   accusation: README v12 call 1, a denial by the accused blames no one and stages nothing).
 *
 * Judged, not sourced: the word lists are the common news forms of each language's verbs of intent, attempt and staging
 * (Quirk et al. 1985 ch. 4 on the "be to", "be about to", "be set to" futures; Wade 2011 §§ 335-340 on the Russian
 * perfective future; Ryding 2005 ch. 34 on سـ / سوف), written to be general, not from any item. Pure: offsets in the
 * reader's lower-cased (Arabic: folded) text; the caller passes the objects it found (attack nouns, staged words,
 * agents) and the clause index of an offset.
 */

import { placeOfBefore, warNoun } from './claim-prepared-scope.js';

export interface IntentObject {
  at: number;
  end: number;
  word: string;
  /** the lexicon's kind: incident, staged, agent, violence */
  kind: string;
}
export interface IntentContext {
  s: string;
  lang: 'en' | 'ru' | 'ar';
  /** attack nouns (not their toll), staged words, agents, mass violence, in text order */
  objects: readonly IntentObject[];
  clauseOf: (pos: number) => number;
}
export interface IntentSpan {
  at: number;
  word: string;
}

const SENTENCE_END = /[.!?؟\n]/;
// a negation right before a marker ("not going to", "no plans to", «не собираются», "لن")
const NEG_BEFORE = /(?<![\p{L}])(?:not|never|no|nor|cannot|не|ни|لن|لا|لم|ليس)\s+(?:\p{L}+\s+)?$|n[’'´]t\s+(?:\p{L}+\s+)?$/u;
// a past or perfect auxiliary before an English marker ("were trying to", "had planned to"): a plot told as past
const EN_PAST_AUX_BEFORE = /(?<![\p{L}])(?:was|were|had|had been|has been)\s+(?:\p{L}+ly\s+)?$/u;
// a condition in the marker's sentence ("if", «если», "اذا"): a threat or a hypothesis, not an announcement
const CONDITION = /(?<![\p{L}])(?:if|unless|in case|in the event|если|в случае|اذا|ان تم|لو|في حال)(?![\p{L}])/u;
// a plan whose verb is one of inquiring, answering or preventing plans no attack (what stands between the marker and
// its object)
// (s23 fixrev, review-s23 R13) and the non-deed objects of an intent verb: a veto, a vote or resolution, a mission (fact-finding),
// an inspection or examination, filming or photographing the site, an antidote used (EN/RU/AR); judgment of reading
const NOT_DEED_GAP = /(?<![\p{L}])(?:vetoe?s?|vote\p{L}*|resolution\p{L}*|missions?|fact-finding|film\p{L}*|photograph\p{L}*|atropine|antidotes?|вето|голосовани\p{L}*|резолюци\p{L}*|мисси\p{L}*|инспекц\p{L}*|экспертиз\p{L}*|сним\p{L}*|снима\p{L}*|атропин\p{L}*|антидот\p{L}*|زياره|بزياره|حق\s+النقض|الفيتو|فيتو|بعثه|البعثه|تصوير|بتصوير|اتروبين|الاتروبين|investigat\p{L}*|probe|examin\p{L}*|respon\p{L}*|retaliat\p{L}*|prevent\p{L}*|counter\p{L}*|report\p{L}*|document\p{L}*|condemn\p{L}*|punish\p{L}*|defen[cd]\p{L}*|protect\p{L}*|evacuat\p{L}*|treat\p{L}*|expose|exposing|debunk\p{L}*|accus\p{L}*|blame\p{L}*|inspect\p{L}*|visit\p{L}*|publish\p{L}*|discuss\p{L}*|расслед\p{L}*|изуч\p{L}*|ответ\p{L}*|предотврат\p{L}*|пресеч\p{L}*|осуд\p{L}*|разоблач\p{L}*|обвин\p{L}*|защит\p{L}*|доклад\p{L}*|отч[её]т\p{L}*|посет\p{L}*|посещ\p{L}*|обсуд\p{L}*|обсужд\p{L}*|рассмотр\p{L}*|[وف]?(?:س)?[يتن](?:زور|زورون|ناقش|ناقشون)|(?:ال)?مناقشه|التحقيق|تحقيق|[وف]?(?:س)?[يت]حقق\p{L}*|[وف]?(?:س)?[يت]نشر\p{L}*|[وف]?(?:س)?[يت]صدر\p{L}*|اصدار|الرد|للرد|منع|لمنع|ادانه|اتهام|لاتهام|تقرير\p{L}*|توثيق)(?![\p{L}])/u;

// ---- English ----
// a verb of intent, attempt or readiness in a non-past form, with "to" and a deed verb
const EN_INTENT = /(?<![\p{L}])(?:seeks?|seeking|set|poised|trying|tries|attempting|attempts|aims?|aiming|wants?|wanting|intends?|intending|hoping|hopes|looking|scheming|schemes|conspiring|conspires|determined|bound|getting ready|gearing up|preparing|ready|about)\s+to\s+(?:(?:\p{L}+ly|once again|again|soon)\s+)?(?:stage|fake|fabricate|simulate|imitate|mimic|orchestrate|mount|launch|carry out|commit|use|unleash|conduct|perpetrate|film|organi[sz]e|deploy|release|spray|poison|gas|provoke|detonate|stage-manage|set off|blow up|invent|shoot)(?![\p{L}])/gu;
// (s26 clprep) the future with an adverb between "will" and the deed ("will soon stage", "will once again carry out",
// "'ll likely launch": the lexicon's "will stage" takes none), and a modal forecast of a deed that needs its object
// ("may conduct another false flag operation", "could mount a staged attack": conduct, mount and perpetrate are light
// verbs whose object is the deed; Quirk et al. 1985 §4.49 on modal prediction); the object, as for EN_INTENT, is an
// attack, staging, agent or mass violence in the clause
const EN_FUTURE_ADVERB = /(?<![\p{L}])(?:will|shall|['’]ll)\s+(?:(?:soon|again|also|likely|probably|once again|certainly|definitely|surely|possibly|allegedly|reportedly|then|shortly|even)\s+)+(?:stage|fake|fabricate|simulate|orchestrate|mount|launch|carry out|commit|use|unleash|conduct|perpetrate|film|organi[sz]e|deploy|release|spray|detonate|set off|blow up|attack|strike|bomb|shell|repeat)(?![\p{L}])/gu;
const EN_MODAL_DEED = /(?<![\p{L}])(?:may|might|could)\s+(?:(?:soon|again|also|well|even|once again|possibly|potentially|still)\s+)?(?:conduct|mount|perpetrate|orchestrate|fabricate|fake|simulate|engineer|manufacture|arrange)(?![\p{L}])/gu;
// (s26 fixcl, review-s26 C1) what makes the use of an agent an attack: a weapon or war agent named ("chemical weapons", "sarin",
// "nerve agent", "toxic gas"), or a target or attack frame ("against civilians", "on the town", "in an attack", "as a
// weapon"); tear gas, chlorine for water and pesticides name none of them. Judgment of reading
const USE_WEAPON_FRAME = /(?<![\p{L}])(?:chemical\s+(?:weapons?|munitions?|agents?|arms)|weapons?|sarin|soman|tabun|vx|novichok|mustard|nerve\s+(?:agents?|gas)|toxic\s+(?:gas|agents?|substances?|chemicals?)|poison(?:ous)?\s+gas|against|on\s+(?:civilians|residents|the\s+(?:town|city|village|people|population)|(?:\p{Lu}\p{L}+))|in\s+(?:an?|another|the)\s+(?:\p{L}+\s+)?(?:attack|strike|provocation|false\s+flag)|as\s+a\s+weapon|to\s+(?:attack|kill|poison|gas)|false\s+flag|provocation|staged)(?![\p{L}])/u;
// (s26 fixcl, review-s26 C3) the destroying of a weapons stock or facility, or by an agent of disarmament or demolition, is
// disarmament or building work, not an attack ("The OPCW plans to destroy the chemical weapons facilities", "Demolition
// crews will blow up the old power station", «ستدمر سوريا منشآت الأسلحة الكيميائية»): the commonest sense of "destroy ...
// chemical weapons facilities" in 2013-2023 news (OPCW-UN Joint Mission). Judgment of reading
const DISARM_OR_DEMOLISH = /(?<![\p{L}])(?:chemical\s+weapons?(?!\s+(?:attacks?|provocations?|incidents?|use|strikes?))|weapons?\s+(?:stocks?|stockpiles?|facilit\p{L}*|depots?|programme|program)|arsenals?|stockpiles?|opcw|inspectors?|un\s+supervision|under\s+(?:the\s+)?(?:agreement|deal|supervision|plan)|demolition|demolish\p{L}*|controlled\s+(?:explosion|detonation|demolition)|decommission\p{L}*|dismantl\p{L}*|disarmament|озхо|химическ\p{L}*\s+оружи\p{L}*|арсенал\p{L}*|запас\p{L}*\s+оружи\p{L}*|инспектор\p{L}*|снос\p{L}*|демонтаж\p{L}*|ликвидаци\p{L}*|разоружени\p{L}*|(?:ال)?اسلحه\s+(?:ال)?كيمي\p{L}*|(?:ال)?سلاح\s+(?:ال)?كيمي\p{L}*|منظمه\s+حظر|(?:ال)?مفتش\p{L}*|(?:ال)?ترسان\p{L}*|(?:ال)?مخزون\p{L}*|(?:ال)?هدم|نزع\s+(?:ال)?سلاح)(?![\p{L}])/u;
// (s26 clprep) a plan or a future of destroying a structure: "plan to blow up the bridge", "will blow up the dam", "is
// about to strike the nuclear plant", "have mined the bridge and plan to blow it up" (README v27 call 5: mined bridges
// to be blown up and blamed on the other side are announced); the structure is the deed's object (a bridge, dam, plant,
// pipeline, depot ...), or "it" / "them" for one named before in the sentence. Sabotage of a structure is an attack in
// the guide's sense (a bombing); the lexicon's attack nouns do not name it, so the object is read here. Judgment of
// reading: the common news nouns of infrastructure, not drawn from any item.
const EN_STRUCTURE = String.raw`(?:bridges?|dams?|(?:nuclear|power|chemical|water|treatment)\s+plants?|plants?|power\s+stations?|stations?|pipelines?|buildings?|reservoirs?|(?:ammonia|chlorine|fuel|oil|storage)\s+tanks?|depots?|warehouses?|facilit(?:y|ies)|factor(?:y|ies)|hospitals?|embass(?:y|ies)|refiner(?:y|ies)|airports?|railways?|tunnels?|npp|zaporizhzhia)`;
const DESTROY_GATE = /blow|destroy|detonat|bomb|sabotag|mine|attack|strike|shell|взорв|взрыв|подорв|подрыв|уничтож|разруш|атак|обстрел|заминир|فجر|نسف|دمر|ستهدف|قصف|ضرب|هاجم/;
const EN_DESTROY_AHEAD = new RegExp(String.raw`(?<![\p{L}])(?:will|shall|['’]ll|(?:plans?|planning|plotting|intends?|intending|going|about|set|preparing|prepares?|aims?|aiming|wants?|seeks?|seeking|poised|ready|trying|tries|attempting|getting ready|in\s+order|so\s+as)\s+to)\s+(?:(?:soon|again|also|then|once again|deliberately)\s+)?(?:(?:blow\s+up|destroy|detonate|bomb|sabotage|mine|attack|strike|shell)\s+(?:(?:the|a|an|its|their|this|that|another|key|one of the)\s+)?(?:[\p{L}\-]+\s+){0,3}?${EN_STRUCTURE}|blow\s+(?:it|them)\s+up)(?![\p{L}])`, 'gu');
const EN_STRUCTURE_WORD = new RegExp(String.raw`(?<![\p{L}])${EN_STRUCTURE}(?![\p{L}])`, 'u');
const RU_STRUCTURE = String.raw`(?:мост\p{L}*|плотин\p{L}*|дамб\p{L}*|аэс|электростанци\p{L}*|станци\p{L}*|завод\p{L}*|предприяти\p{L}*|объект\p{L}*|трубопровод\p{L}*|газопровод\p{L}*|аммиакопровод\p{L}*|здани\p{L}*|склад\p{L}*|резервуар\p{L}*|цистерн\p{L}*|хранилищ\p{L}*|больниц\p{L}*|посольств\p{L}*|тоннел\p{L}*|туннел\p{L}*|его|их|е[её])`;
const RU_DESTROY_AHEAD = new RegExp(String.raw`(?<![\p{L}])(?:(?:готов(?:ят|ит)|планиру(?:ют|ет)|замышля(?:ют|ет)|намечен\p{L}*)\s+(?:[\p{L}\-«»"]+\s+){0,2}?(?:подрыв|взрыв|уничтожение|разрушение)|(?:чтобы|с\s+целью)\s+(?:затем\s+|потом\s+|позже\s+)?(?:взорвать|подорвать|уничтожить|разрушить)|(?:намерен[аы]?|намерева(?:ются|ется)|собира(?:ются|ется)|планиру(?:ют|ет)|готов(?:ят|ит)ся|хо(?:тят|чет)|пыта(?:ются|ется)|попыта(?:ются|ется)|стрем(?:ятся|ится))\s+(?:[\p{L}\-«»"]+\s+){0,2}?(?:взорвать|подорвать|уничтожить|разрушить|атаковать|обстрелять|заминировать)|(?:вновь\s+|снова\s+|скоро\s+|вскоре\s+)?(?:взорвут|взорв[её]т|подорвут|подорв[её]т|уничтожат|разрушат|атакуют|обстреляют))\s+(?:[\p{L}\-«»"]+\s+){0,2}?${RU_STRUCTURE}(?![\p{L}])`, 'gu');
const AR_STRUCTURE = String.raw`[وبل]?(?:ال)?(?:جسر|جسور|سد|سدود|محطه|محطات|مصنع|مصانع|منشاه|منشات|مستودع|مستودعات|مبني|مباني|خزان|خزانات|مستشفي|سفاره|انبوب|خط انابيب)`;
// (s30 clprep) analysts, experts, observers: a forecast, not a declaration
const AR_FORECASTER = /(?<![\p{L}])[وف]?(?:ال)?(?:محلل\p{L}*|خبراء|خبير|مراقب\p{L}*)(?![\p{L}])/u;
const AR_DESTROY_AHEAD = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:سوف\s+[يتن]|س[يتن])(?:فجر|نسف|دمر|ستهدف|قصف|ضرب|هاجم)\p{L}{0,3}\s+(?:[\p{L}]+\s+){0,2}?${AR_STRUCTURE}(?![\p{L}])`, 'gu');
// a prospective adjective before the attack: "an impending gas attack", "the upcoming provocation" ("planned" is left
// out: "a planned provocation" is as often a premeditated one, named after the fact)
const EN_PROSPECTIVE_BEFORE = /(?<![\p{L}])(?:upcoming|forthcoming|impending|imminent|looming|anticipated|expected|prospective|pending)\s+(?:[\p{L}\-]+\s+){0,2}$/u;
// the attack predicated as ahead: "... is imminent", "is being planned", "will take place"
const EN_PROSPECTIVE_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,4}?(?:is|are|seems|appears|looks)\s+(?:now\s+|also\s+|likely\s+|very\s+)?(?:imminent|looming|being (?:planned|plotted|prepared|readied|organi[sz]ed|orchestrated|set up|fabricated|filmed|scripted|rehearsed)|in (?:the works|preparation|the making)|on the cards|expected|planned|scheduled|about to (?:take place|happen|occur))|^\s+(?:[\p{L}\-]+\s+){0,4}?(?:will|shall|is to|are to|is going to|are going to)\s+(?:soon\s+|again\s+)?(?:take place|happen|occur|be (?:carried out|staged|committed|launched|used|filmed|faked|fabricated))(?![\p{L}])|^\s+(?:[\p{L}\-]+\s+){0,4}?(?:could|may|might|can|is likely to|are likely to|is expected to|are expected to)\s+(?:soon\s+|again\s+|also\s+)?be\s+(?:staged|carried out|committed|launched|faked|fabricated|filmed|organi[sz]ed|orchestrated|simulated)(?![\p{L}])/u;
// (s26 clprep) the attack or provocation predicated as possible ahead: "provocations involving chemical weapons may occur at
// any time", "a new attack could happen soon", «провокации ... могут произойти в любой момент», "الاستفزازات ... يمكن أن تحدث
// في أي وقت" (a modal of possibility with a verb of happening: the deed is forecast, as "may stage" forecasts it; Quirk et
// al. 1985 §4.57 on epistemic "may"); up to six words of the subject between the noun and the modal
// (s26 clprep) a headline's participle of expectation without its copula, with a time ahead or "soon" after it ("Indian
// military strike expected in next 24-36 hours", "Chemical provocation feared soon in Idlib"), and "is feared" with a time
// or occasion ahead ("Another false flag attack ... is feared ahead of the elections"); not "feared to have killed"
const EN_EXPECTED_AHEAD_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,4}?(?:(?:is|are)\s+)?(?:now\s+)?(?:expected|feared|anticipated|imminent|looming)\s+(?:(?:in|within|over)\s+(?:the\s+)?(?:next|coming|few|\d+|days|hours|weeks)|soon|shortly|any\s+(?:day|time|moment)|ahead\s+of|before\s+the|this\s+(?:week|month)|tomorrow|tonight)(?![\p{L}])/u;
// (s26 fixcl, review-s26 C5) the attack must head the modal's subject: not a complement of a preposition ("effects of the
// mustard attack may occur", "symptoms after the chlorine attack can occur", «после атаки», "بعد الهجوم") nor inside a
// subject headed by an effect or symptom noun («последствия химической атаки могут ...», "أعراض الهجوم"); up to three words
// (the attack's modifiers) between
// (s32 clmix) the head noun of a subject whose prepositional complement holds the attack ("the funeral of the victims of the
// strike"), and the heads that count or threaten attacks, which keep the attack the subject's matter
const EN_COMPLEMENT_HEAD = /(?:^|[,;:]\s*|(?<![\p{L}])(?:the|a|an|its|their|his|her|this|that)\s+)(?:[\p{L}\-'’]+\s+){0,2}?([\p{L}\-]+)\s+(?:of|for|into|over|about|after|marking|commemorating)\s+(?:[\p{L}\-'’]+\s+){0,6}$/u;
const EN_ATTACK_HEAD = /^(?:waves?|series|string|spate|number|campaign|rounds?|barrage|volley|threats?|risks?|danger|plans?|plots?|kinds?|sorts?|types?|repeat|repetition|lots?|couple|dozens|hundreds|thousands|use|uses|fear|fears|possibility|likelihood|prospect|attacks?|strikes?|bombings?|raids?|airstrikes?|shelling|provocations?|acts?|staging|launch|attempts?|preparations?)$/u;
const EN_EXPECTED_OTHER_VERB = /^\s+to\s+(?!(?:take place|happen|occur|come|begin|start|be|follow|resume|continue|hit|strike|target)(?![\p{L}]))\p{L}+/u;
const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:of|after|from|since|following|in|by|effects?|symptoms?|consequences?|signs?|complications?|aftermath|после|от|из-за|вследствие|последстви\p{L}*|симптом\p{L}*|признак\p{L}*|осложнени\p{L}*|эффект\p{L}*|[وف]?(?:بعد|من|جراء|اثر|ب?سبب)|(?:ال)?(?:اعراض|اثار|تبعات|مضاعفات|عواقب))\s+(?:[\p{L}\-]+\s+){0,3}$/u;
const EN_MAY_OCCUR_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,6}?(?:could|may|might|can)\s+(?:soon\s+|again\s+|also\s+|well\s+|still\s+)?(?:occur|happen|take place|break out|follow|recur)(?![\p{L}])/u;
const RU_MAY_OCCUR_AFTER = /^\s+(?:[\p{L}\-«»"]+\s+){0,6}?(?:могут|может)\s+(?:[\p{L}]+\s+)?(?:произойти|случиться|состояться|последовать|повториться)(?![\p{L}])/u;
const AR_MAY_OCCUR_AFTER = /^\s+(?:[\p{L}]+\s+){0,7}?(?:يمكن\s+ان|من\s+الممكن\s+ان|من\s+المحتمل\s+ان|قد)\s+(?:تحدث|يحدث|تقع|يقع|تتكرر|يتكرر)(?![\p{L}])/u;
// a past event verb after the attack in its clause: the planned attack that happened ("the planned attack killed 20")
const EN_PAST_EVENT_AFTER = /(?<![\p{L}])(?:killed|left|took place|occurred|happened|struck|hit|was carried out|were carried out|wounded|injured)(?![\p{L}])/u;
// a verb of bringing, hiding or gathering the means, and the purpose of faking after it
const EN_MEANS_PURPOSE = /(?<![\p{L}])(?:brought|bring|brings|bringing|deliver\p{L}*|transport\p{L}*|moved|moving|moves|smuggl\p{L}*|sent|send|sends|sending|ship\p{L}*|truck\p{L}*|stockpil\p{L}*|hid|hidden|hiding|stor\p{L}*|gather\p{L}*|assembl\p{L}*|recruit\p{L}*|hired|hiring|hire|train\p{L}*|brought in|bussed|bused)\s+(?:[\p{L}\-'’,]+\s+){0,10}?(?:in order\s+|so as\s+)?to\s+(?:fake|fabricate|simulate|imitate|mimic|film|stage|play-act|playact)(?![\p{L}])/gu;
// rehearsing a staging (the present or a noun: "are rehearsing a staged attack", "rehearsals of a fake attack")
const EN_REHEARSE = /(?<![\p{L}])(?:rehearsing|rehearse|rehearses|rehearsals?\s+(?:of|for))(?![\p{L}])/gu;
// a verb of bringing the means with "for" a staged event ("moved chlorine to the town for a false flag attack")
const EN_MEANS_FOR = /(?<![\p{L}])(?:brought|bring|brings|bringing|deliver\p{L}*|transport\p{L}*|moved|moving|moves|smuggl\p{L}*|sent|send|sends|sending|ship\p{L}*|truck\p{L}*|stockpil\p{L}*|stor\p{L}*|gather\p{L}*|prepar\p{L}*)\s+(?:[\p{L}\-'’,]+\s+){0,10}?for\s+(?:(?:a|an|the|another|new|yet|one more)\s+)*/gu;
// a time ahead: "in the coming days", "in the near future", "in the next few days"
const EN_TIME_AHEAD = /(?<![\p{L}])(?:in|within|over|during)\s+the\s+(?:coming|next(?:\s+few)?|near(?:est)?)\s+(?:days?|weeks?|hours?|future|months?)(?![\p{L}])/u;
// (s26 clprep) a counted time ahead: "in the next two days", "within the next 24-36 hours", "within 48 hours", "in the
// coming 72 hours" (a number or a number word between "next" and the unit; Quirk et al. 1985 §8.55 on time-span
// adjuncts of the future); read as EN_TIME_AHEAD, with the same checks on its sentence
const EN_TIME_AHEAD_COUNTED = /(?<![\p{L}])(?:in|within|over|during)\s+(?:the\s+(?:coming|next)\s+)?(?:\d+(?:\s*(?:-|–|to|or)\s*\d+)?|two|three|four|five|six|seven|ten|couple\s+of|twenty-four|forty-eight|seventy-two)\s+(?:days?|hours?|weeks?)(?![\p{L}])/u;
// a finite non-past verb form in a sentence ("will", "is preparing", "plan"): what makes the time ahead the deed's
const EN_NON_PAST = /(?<![\p{L}])(?:will|shall|may|might|could|can|is|are|am|plans?|intends?|expects?|prepares?)(?![\p{L}])/u;

// ---- Russian ----
// a verb of intent or attempt, non-past, with the infinitive of a deed (up to three words between)
const RU_INTENT = /(?<![\p{L}])(?:пыта(?:ются|ется)|попыта(?:ются|ется)|намерен[аы]?|намерева(?:ются|ется)|собира(?:ются|ется)|хо(?:тят|чет)|стрем(?:ятся|ится)|рассчитыва(?:ют|ет)|замышля(?:ют|ет)|вынашива(?:ют|ет)\s+(?:планы|план|замыслы?|идею)|(?:есть|имеются|существуют)\s+планы|не\s+исключа(?:ют|ет),?\s+что\s+(?:\p{L}+\s+){0,3}?(?:могут|может|будут|будет|попытаются|попытается))\s+(?:[\p{L}\-«»"]+\s+){0,3}?(?:инсценировать|сфабриковать|сымитировать|имитировать|устроить|организовать|провести|совершить|применить|использовать|осуществить|снять|нанести|взорвать|отравить|разыграть|подбросить|распылить|спровоцировать|атаковать|обстрелять|срежиссировать|подстроить)(?![\p{L}])/gu;
// (s26 clprep) a modal of possibility with a light verb of carrying out and a staging as its object («Индия может провести
// операцию под ложным флагом», «могут осуществить провокацию»), as the English "may conduct another false flag operation"
// (EN_MODAL_DEED); the light verb alone is left to claim-slots.ts's RU_FORECAST, which reads only verbs of doing a deed
const RU_MODAL_LIGHT = /(?<![\p{L}])(?:могут|может|способн[ыа]?)\s+(?:(?:вновь|снова|опять|уже|даже)\s+)?(?:провести|осуществить|организовать)(?![\p{L}])/gu;
// a verb of plotting with its object noun ("затевают провокацию", "замышляют химатаку")
const RU_PLOT = /(?<![\p{L}])(?:затева(?:ют|ет)|замышля(?:ют|ет)|вынашива(?:ют|ет)|подстраива(?:ют|ет))(?![\p{L}])/gu;
// a perfective future of a staging or delivering verb ("снимут постановочное видео", "разыграют спектакль")
// (s26 clprep) and «инсценируют / инсценирует» (a two-aspect verb: its non-past is a present of staging under way or a future,
// ahead either way, as the English "are staging" is a preparation)
const RU_STAGE_FUTURE = /(?<![\p{L}])(?:инсценируют|инсценирует|снимут|снимет|сымитируют|сымитирует|сфальсифицируют|сфальсифицирует|подбросят|подбросит|распылят|распылит|разыграют|разыграет|спровоцируют|спровоцирует|срежиссируют|срежиссирует|подстроят|подстроит|сфабрикуют|сфабрикует)(?![\p{L}])/gu;
// a purpose of staging after a verb of bringing the means ("завезли баллоны для инсценировки", "доставили ... с целью
// постановочной съемки")
const RU_MEANS = /(?<![\p{L}])(?:завез\p{L}*|завоз\p{L}*|доставил\p{L}*|доставлен\p{L}*|доставля\p{L}*|доставк\p{L}*|привез\p{L}*|привоз\p{L}*|перебросил\p{L}*|переброшен\p{L}*|перебрасыва\p{L}*|переброск\p{L}*|подвез\p{L}*|перевез\p{L}*|ввез\p{L}*|ввоз\p{L}*|направил\p{L}*|направлен\p{L}*|направля\p{L}*|сосредоточ\p{L}*|складир\p{L}*|накаплива\p{L}*|накопил\p{L}*|размести\p{L}*|размещ\p{L}*|собира\p{L}*|собрал\p{L}*|прибыл\p{L}*|прибыва\p{L}*|привлек\p{L}*|привлека\p{L}*|нанял\p{L}*|нанима\p{L}*|готов\p{L}*|подготов\p{L}*)(?![\p{L}])/u;
const RU_STAGING_PURPOSE = /(?<![\p{L}])(?:для|с целью|ради|в целях|под)\s+(?:(?:последующ\p{L}*|дальнейш\p{L}*|очередн\p{L}*|нов\p{L}*|будущ\p{L}*)\s+)?(?:инсценировк\p{L}*|постановк\p{L}*|постановочн\p{L}*|имитаци\p{L}*|фальсификаци\p{L}*|провокаци\p{L}*|съемок\s+(?:постановочн|фейк)\p{L}*|съемки\s+(?:постановочн|фейк)\p{L}*)/gu;
// an attack predicated as expected, possible or threatening, before its subject ("Намечается провокация", "Ожидаются
// провокации", "Может произойти провокация", "Существует угроза провокации", "Возможна провокация")
const RU_EXPECTED = /(?<![\p{L}])(?:намеча(?:ется|ются)|ожида(?:ется|ются)|мо(?:жет|гут)\s+(?:произойти|случиться|состояться|последовать)|(?:существует|есть|сохраняется|возникла|растет|растёт)\s+(?:угроза|опасность|риск|вероятность)|не\s+исключен[аы]|возможн[аы]|вероятн[аы])(?![\p{L}])/gu;
// a time ahead ("в ближайшие дни", "в ближайшее время", "в скором времени")
// (s26 clprep) and a counted span ahead: «в течение 24–36 часов», «в течение 48 часов»
const EN_FORECASTER = /(?<![\p{L}])(?:analysts?|experts?|observers|commentators|forecasters?|pundits?)(?![\p{L}])/u;
const RU_FORECASTER = /(?<![\p{L}])(?:аналитик\p{L}*|эксперт\p{L}*|наблюдател\p{L}*|политолог\p{L}*)(?![\p{L}])/u;
const RU_TIME_AHEAD = /(?<![\p{L}])(?:в\s+ближайш\p{L}*|в\s+течение\s+ближайш\p{L}*|в\s+скором\s+(?:времени|будущем)|в\s+ближайшее\s+время|в\s+течение\s+\d+(?:\s*(?:-|–|—|или|до)\s*\d+)?\s+(?:час\p{L}*|сут\p{L}*|дн\p{L}*|дней))(?![\p{L}])/u;
// a past verb form (-л, -ла, -ли, -ло) of the sentence: the time ahead of a past plan is the plan's, not the item's
const RU_PAST_FINITE = /(?<![\p{L}])\p{L}{2,}(?:ал|ял|ил|ел|ул|ыл|ла|ли|ло)(?:сь|ся)?(?![\p{L}])/u;

// (s27 clprep) a Russian two-aspect verb of organising in the non-past with a staging as its near object («Киев организует
// провокацию», «организуют инсценировку»): organising is under way or ahead, as «готовят провокацию» is
const RU_ORGANISE = /(?<![\p{L}])(?:организу(?:ют|ет)|устраива(?:ют|ет))(?![\p{L}])/gu;

// (s27 clprep) a noun of possibility or threat with the use of a weapon or with an attack as its complement: "the possibility
// of a chemical attack", "the threat of (the) use of chemical weapons", "the danger of chemical weapons being used", «угроза /
// возможность / опасность применения химического оружия», «угроза провокации»
// (README v10's call: "fears of Russia's use ... a great danger of chemical weapons being used in our country" announces an
// attack, as "could use chemical weapons" does; the noun carries the modality the verb "may" carries, Quirk et al. 1985
// §4.57); an agent must come with a noun or participle of use (a threat of chemical weapons alone is their possession). The Arabic
// «خطر / احتمال استخدام» was tried and not kept: it fired once more on the Arabic hold parts (aggregate) and on no look item
const EN_MODAL_NOUN = /(?<![\p{L}])(?:possibility|likelihood|risk|danger|threat|prospect|spect(?:re|er))\s+(?:of|that)\s+/gu;
// (the possibility weighed by an inquirer or as a cause: "investigators are considering the possibility of a chemical attack",
// «следователи рассматривают возможность химической атаки как причину»: a hypothesis about what happened, not a forecast)
const MODAL_NOUN_WEIGHED_BEFORE = /(?<![\p{L}])(?:consider\p{L}*|weigh\p{L}*|examin\p{L}*|stud(?:y|ies|ying)|investigat\p{L}*|rul(?:e|es|ed|ing)\s+out|рассматрива\p{L}*|рассмотр\p{L}*|изуча\p{L}*|провер\p{L}*|исключ\p{L}*|версия)\s+(?:[\p{L}\-]+\s+){0,2}$/u;
const MODAL_NOUN_AS_CAUSE_AFTER = /^[^.!?\n]{0,80}?(?<![\p{L}])(?:as\s+(?:the|a)\s+(?:likely\s+|possible\s+|probable\s+)?cause|как\s+(?:возможн\p{L}*\s+)?причин\p{L}*|в\s+качестве\s+причин\p{L}*)(?![\p{L}])/u;
const EN_USE_NEAR = /(?<![\p{L}])(?:use|used|using|usage|deployment|deployed|employment|release|being\s+used)(?![\p{L}])/u;
const RU_MODAL_NOUN = /(?<![\p{L}])(?:угроз\p{L}*|возможност\p{L}*|опасност\p{L}*|риск\p{L}*|вероятност\p{L}*)\s+(?:(?:нов\p{L}*|очередн\p{L}*|повторн\p{L}*)\s+)?/gu;
const RU_USE_NEAR = /^(?:применени\p{L}*|использовани\p{L}*)$/u;
// (s27 clprep) a staging said to be usable as a pretext or for accusing: "a staged chemical attack could be used as a pretext for
// strikes", «инсценировка может быть использована как повод для обвинения», «قد تستخدم المسرحية ذريعة»; the staging is still
// to be made use of, as "to create a pretext" is (README dev-v12 call 6)
const EN_USED_AS_PRETEXT_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,6}?(?:could|may|might|can|will|would)\s+(?:also\s+|then\s+|later\s+|easily\s+|well\s+)?be\s+used\s+(?:as\s+(?:a\s+|the\s+)?(?:pretext|justification|excuse|casus\s+belli)|to\s+(?:accuse|blame|justify|frame|discredit)|for\s+(?:accusing|blaming|justifying|framing))(?![\p{L}])/u;
const RU_USED_AS_PRETEXT_AFTER = /^\s+(?:[\p{L}\-«»"]+\s+){0,6}?(?:может|могут|будет|будут)\s+(?:также\s+|затем\s+)?(?:быть\s+)?использован\p{L}*\s+(?:(?:как|в\s+качестве)\s+(?:повод\p{L}*|предлог\p{L}*)|для\s+(?:обвинени\p{L}*|оправдани\p{L}*|дискредитации))(?![\p{L}])/u;
const AR_USED_AS_PRETEXT_AFTER = /^\s+(?:[\p{L}]+\s+){0,6}?(?:قد|يمكن\s+ان|سوف|س)\s*[يت]ستخدم\s+(?:[كل]?(?:ال)?ذريعه|[كل]?(?:ال)?مبرر|ل(?:اتهام|تبرير))(?![\p{L}])/u;

// ---- Arabic (folded) ----
// the future: "سوف" with an imperfect, or the prefix سـ on an imperfect of a deed verb ("ستستخدم", "سينفذون", "ستقوم")
const AR_FUTURE = /(?<![\p{L}])[وف]?(?:سوف\s+[يتن]|س[يتن])(?:ستخدم|شن|نفذ|فبرك|قوم|قصف|هاجم|ستهدف|صور|نظم|دبر|فتعل|ختلق|لفق|رتكب|عيد|لجا)\p{L}{0,3}(?![\p{L}])/gu;
// attempt or intent with the verbal noun of a deed ("تحاول الجماعات فبركة هجوم", "يسعون الي تنفيذ")
const AR_ATTEMPT = /(?<![\p{L}])[وف]?(?:يحاول|تحاول|يحاولون|سيحاول|ستحاول|يسعي|تسعي|يسعون|تعمل علي|يعمل علي|يعملون علي)\s+(?:[\p{L}]+\s+){0,3}?(?:الي\s+)?(?:[لب]?(?:ال)?)(?:فبركه|تنفيذ|شن|استخدام|تصوير|افتعال|اختلاق|تلفيق|تدبير|تنظيم|القيام|ارتكاب|اعداد|تحضير|تمثيل)(?![\p{L}])/gu;
// likelihood with an imperfect ("من المرجح أن تقوم", "من المتوقع ان يستخدم"), resolve with a verbal noun ("عزم
// الإرهابيين على تنفيذ"), and warnings of a staging by their noun ("تحذيرات من مسرحية كيميائية")
// (not "أن يكون / تكون": a hedge on what was, "من المحتمل أن يكون الكلور استخدم", as AR_MODAL_BE in claim-slots.ts)
const AR_LIKELY = /(?<![\p{L}])(?:من\s+(?:المرجح|المحتمل|المتوقع|غير المستبعد)|يرجح|ترجح|يتوقع|تتوقع|لا\s+يستبعد|لا\s+تستبعد)\s+(?:ان|ان\s+يتم)\s+(?![يت]كون(?![\p{L}]))[يت]\p{L}+/gu;
const AR_RESOLVE = /(?<![\p{L}])[وب]?(?:عزم|اعتزام)\p{L}{0,3}\s+(?:\p{L}+\s+){0,3}?علي\s+(?:[لب]?(?:ال)?)(?:تنفيذ|شن|استخدام|فبركه|القيام|ارتكاب|تصوير|افتعال|تنظيم)(?![\p{L}])/gu;
const AR_WARNING_NOUN = /(?<![\p{L}])[وب]?(?:ال)?(?:تحذير|تحذيرات|مخاوف|تخوف|تخوفات)\s+(?:\p{L}+\s+){0,3}?من\s+/gu;
// a prospective adjective after the attack ("الهجوم الكيميائي المقبل", "المسرحية المرتقبة", "المزمع", "المخطط له")
const AR_PROSPECTIVE_AFTER = /^\s+(?:[\p{L}]+\s+){0,2}?(?:ال)?(?:مقبل|مقبله|قادم|قادمه|مزمع|مزمعه|مخطط له|مخطط لها|منتظر|منتظره)(?![\p{L}])/u;
// a time ahead ("في الأيام المقبلة", "خلال الساعات القادمة", "في المستقبل القريب", "في القريب العاجل")
// (s26 clprep) and a counted span ahead: «خلال 24 إلى 36 ساعة», «في غضون 48 ساعة»
const AR_TIME_AHEAD = /(?<![\p{L}])(?:في|خلال)\s+(?:ال)?(?:ايام|ساعات|اسابيع|فتره|الفتره)\s+(?:ال)?(?:مقبله|قادمه|المقبله|القادمه|القليله المقبله|القليله القادمه)|(?:في\s+غضون|غضون|خلال|في)\s+(?:ال)?[0-9٠-٩]+\s*(?:(?:الي|او|-|–)\s*[0-9٠-٩]+\s*)?(?:ساعه|ساعات|يوما|يوم|ايام|اسبوع|اسابيع)|المستقبل القريب|القريب العاجل(?![\p{L}])/u;
// (s27 clprep) the nouns of time a prospective adjective may agree with ("الأسبوع المقبل", "العام القادم", "الجلسة المقبلة")
const AR_TIME_NOUN = /(?<![\p{L}])[وفبل]?(?:ال)?(?:اسبوع|اسابيع|شهر|اشهر|شهور|عام|اعوام|سنه|سنوات|يوم|ايام|ساعات|ساعه|فتره|مرحله|جوله|دوره|اجتماع|جلسه|قمه|انتخابات|موسم)(?![\p{L}])/u;
const AR_PAST_BEFORE = /(?<![\p{L}])(?:كان|كانت|كانوا)\s+(?:\p{L}+\s+){0,2}$/u;

// (s26 clprep) a plan denied by its own holder or said to have no evidence: "Russia denied that it was preparing a chemical
// attack", "Kyiv denies it is preparing any provocation", «Киев отрицает, что готовит провокацию», "نفت الوزارة أن الجيش يعد
// لاستفزاز", "there is no evidence that Ukraine intends to stage ..." (README v10 call 1: "the Pentagon sees no indications that
// Russia is preparing a chemical attack" announces nothing); the plan marker stands in the complement of the verb of denying,
// at most five words after it. Not when a noun of claim or accusation stands between ("rejected claims that the US prepares
// a provocation", «назвал ложью заявление о готовящейся провокации» stay reports of the announcement, README v10 call 1):
// judgment of reading
const DENIED_PLAN_BEFORE = /(?<![\p{L}])(?:den(?:y|ies|ied|ying)|(?:no|any)\s+(?:evidence|indications?|signs?|information|proof|reason\s+to\s+believe)|отрица(?:ет|ют|л|ла|ли|ть)|опроверг(?:ает|ают|ло|ла|ли|нул)?|нет\s+(?:никаких\s+)?(?:доказательств|признаков|данных|свидетельств)|(?:[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون)|لا\s+(?:دليل|موشرات|موشر|ادله)))(?:\s+[\p{L}\-’']+){0,4}?\s*,?\s+(?:that|(?:того\s*,?\s*)?что|будто(?:\s+бы)?|(?:علي\s+)?(?:ان|انه|انها|انهم))(?:\s+[\p{L}\-’']+){0,5}\s*$/u;
// (and the English denial with no "that": "Kyiv denies it is preparing", "denied they were planning")
const DENIED_PLAN_BARE = /(?<![\p{L}])den(?:y|ies|ied|ying)\s+(?:it|they|he|she|we|(?:the|its|their)\s+[\p{L}\-]+)\s+(?:is|are|was|were|had\s+been|has\s+been|had|has|will|would)\s+(?:\p{L}+ly\s+)?$/u;
const COORDINATED_SAYING = /(?<![\p{L}])(?:(?:and|but|while)\s+(?:\p{L}+\s+)?(?:says?|said|claims?|claimed|adds?|added|insists?|insisted|states?|stated|warns?|warned|accuses?|accused|asserts?|asserted|notes?|noted|stresse[sd]|reports?|reported)|(?:и|но|а|однако)\s+(?:\p{L}+\s+)?(?:заяв|сообщ|утвержда|добав|предупред|обвин|подчеркн|отмет|указ)\p{L}*|[وف](?:قال|قالت|قالوا|يقول|تقول|اكد|اكدت|اضاف|اضافت|حذر|حذرت|اتهم|اتهمت|زعم|زعمت|اعلن|اعلنت))(?![\p{L}])/u;
const CLAIM_NOUN = /(?<![\p{L}])(?:claims?|accusations?|allegations?|reports?|statements?|заявлени\p{L}*|обвинени\p{L}*|утверждени\p{L}*|сообщени\p{L}*|(?:ال)?(?:ادعاء\p{L}*|مزاعم|اتهام\p{L}*|تقارير|تقرير))(?![\p{L}])/u;
/** Whether the plan marker at `at` stands in a denial of its own holder or under "no evidence that" (its sentence, before it). */
export function deniedPlan(s: string, at: number): boolean {
  let a = at;
  while (a > 0 && !SENTENCE_END.test(s[a - 1])) a--;
  const before = s.slice(Math.max(a, at - 120), at);
  const m = DENIED_PLAN_BEFORE.exec(before);
  // (s26 fixcl, review-s26 C6) a coordinated verb of saying between the denial and "that" opens a new complement
  // ("Russia denies any involvement and says that the militants are preparing ..."): no denial of the plan
  return (!!m && !CLAIM_NOUN.test(m[0]) && !COORDINATED_SAYING.test(m[0])) || DENIED_PLAN_BARE.test(before);
}

/** The announcements the grammar of intent and the future reads (one span per marker). */
export function announcedByIntent(ctx: IntentContext): IntentSpan[] {
  const { s, lang, objects } = ctx;
  const out: IntentSpan[] = [];
  // (no object: only the destroying of a structure can be announced, which names its own object)
  if (!objects.length && !DESTROY_GATE.test(s)) return out;
  const sentence = (at: number): [number, number] => {
    let a = at;
    while (a > 0 && !SENTENCE_END.test(s[a - 1])) a--;
    let b = at;
    while (b < s.length && !SENTENCE_END.test(s[b])) b++;
    return [a, b];
  };
  const negated = (at: number) => NEG_BEFORE.test(s.slice(Math.max(0, at - 16), at)) || deniedPlan(s, at);
  const conditional = (at: number) => {
    const [a, b] = sentence(at);
    return CONDITION.test(s.slice(a, b));
  };
  // the first object after `e` in the marker's clause, within `reach`, with no verb of inquiring between
  const objectAfter = (at: number, e: number, reach: number, kinds?: RegExp) => {
    const k = ctx.clauseOf(at);
    const o = objects.find((x) => x.at >= e && x.at - e <= reach && ctx.clauseOf(x.at) === k && (!kinds || kinds.test(x.kind)));
    return o && !NOT_DEED_GAP.test(s.slice(e, o.at)) ? o : undefined;
  };
  const objectBefore = (at: number, reach: number, kinds?: RegExp) => {
    const k = ctx.clauseOf(at);
    return objects.filter((x) => x.end <= at && at - x.end <= reach && ctx.clauseOf(x.at) === k && (!kinds || kinds.test(x.kind))).pop();
  };
  const add = (at: number, word: string, o: IntentObject) => out.push({ at, word: word.trim() }, { at: o.at, word: o.word });
  const ATTACKISH = /^(?:incident|staged|agent|violence)$/;

  if (lang === 'en') {
    EN_INTENT.lastIndex = 0;
    for (let m = EN_INTENT.exec(s); m; m = EN_INTENT.exec(s)) {
      const e = m.index + m[0].length;
      if (negated(m.index) || EN_PAST_AUX_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index)) || conditional(m.index)) continue;
      const o = objectAfter(m.index, e, 60, ATTACKISH);
      if (o) add(m.index, m[0], o);
    }
    for (const re of [EN_FUTURE_ADVERB, EN_MODAL_DEED]) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const e = m.index + m[0].length;
        if (negated(m.index) || conditional(m.index)) continue;
        // (a modal forecast's object right after the verb, at most three words between: "may conduct another false flag
        // operation", not "could arrange a meeting on the attack")
        let o = re === EN_MODAL_DEED ? objectAfter(m.index, e, 40, /^(?:staged|incident)$/) : objectAfter(m.index, e, 60, ATTACKISH);
        // (s26 fixcl, review-s26 C1) a verb of using, releasing, spraying or deploying with a bare agent is routine use
        // ("will again use chlorine to disinfect the supply", "police will likely use tear gas at the rally"): an attack
        // only with a weapon's agent or an attack frame after it (USE_WEAPON_FRAME)
        if (o && o.kind === 'agent' && re === EN_FUTURE_ADVERB && /(?:use|release|spray|deploy)$/.test(m[0]) && !USE_WEAPON_FRAME.test(s.slice(e, sentence(e)[1]))) o = undefined;
        if (o && (re !== EN_MODAL_DEED || (s.slice(e, o.at).match(/\p{L}+/gu)?.length ?? 0) <= 3)) add(m.index, m[0], o);
      }
    }
    EN_DESTROY_AHEAD.lastIndex = 0;
    for (let m = EN_DESTROY_AHEAD.exec(s); m; m = EN_DESTROY_AHEAD.exec(s)) {
      if (negated(m.index) || EN_PAST_AUX_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index)) || conditional(m.index) || NOT_DEED_GAP.test(m[0])) continue;
      // ("blow it up": the structure named before it in its sentence)
      if (/(?:it|them)\s+up$/.test(m[0]) && !EN_STRUCTURE_WORD.test(s.slice(sentence(m.index)[0], m.index))) continue;
      if (DISARM_OR_DEMOLISH.test(s.slice(...sentence(m.index)))) continue;
      // (s30 clprep) analysts' forecast of a strike is no party's declared future (README, the declared-future row)
      if (AR_FORECASTER.test(s.slice(...sentence(m.index)))) continue;
      out.push({ at: m.index, word: m[0] });
    }
    if (/upcoming|forthcoming|impending|imminent|looming|anticipated|expected|prospective|pending/.test(s))
      for (const o of objects) {
        if (o.kind !== 'staged' && o.kind !== 'incident') continue;
        const m = EN_PROSPECTIVE_BEFORE.exec(s.slice(Math.max(0, o.at - 40), o.at));
        if (!m || negated(o.at - m[0].length)) continue;
        const [, b] = sentence(o.at);
        const rest = s.slice(o.end, b).split(/[,;:]/)[0];
        if (EN_PAST_EVENT_AFTER.test(rest) || NOT_DEED_GAP.test(m[0])) continue;
        add(o.at - m[0].length, m[0], o);
      }
    for (const o of objects) {
      if (o.kind !== 'staged' && o.kind !== 'incident') continue;
      const mayOccur = EN_MAY_OCCUR_AFTER.exec(s.slice(o.end, o.end + 70));
      const m = EN_PROSPECTIVE_AFTER.exec(s.slice(o.end, o.end + 70)) ?? (mayOccur && !COMPLEMENT_BEFORE.test(s.slice(Math.max(0, o.at - 60), o.at)) ? mayOccur : null) ?? EN_EXPECTED_AHEAD_AFTER.exec(s.slice(o.end, o.end + 70));
      if (!m || SENTENCE_END.test(m[0]) || /\b(?:not|never|no)\b/.test(m[0]) || conditional(o.at)) continue;
      // (the attack itself is the subject: not a report, an inquiry or a claim of it before the verb)
      if (NOT_DEED_GAP.test(m[0]) || /(?<![\p{L}])(?:investigation|inquiry|report|claims?|allegations?|accusations?)\s+(?:of|into|on|about)\s+(?:\p{L}+\s+){0,3}$/u.test(s.slice(Math.max(0, o.at - 50), o.at))) continue;
      // (s32 clmix) the predicate belongs to the subject's head, not to an attack in its prepositional complement ("The
      // funeral of the victims of the strike will take place", "the trial over the bombing is expected"): refused unless the
      // head counts or threatens attacks ("a wave of attacks", "the threat of a strike")
      const head = EN_COMPLEMENT_HEAD.exec(s.slice(Math.max(sentence(o.at)[0], o.at - 80), o.at));
      if (head && !EN_ATTACK_HEAD.test(head[1])) continue;
      // (s32 clmix) "expected / planned to" another verb is said of the subject, not the attack ("The death toll is expected
      // to rise")
      if (EN_EXPECTED_OTHER_VERB.test(s.slice(o.end + m.index + m[0].length, o.end + m.index + m[0].length + 30))) continue;
      add(o.end, m[0], o);
    }
    EN_MEANS_PURPOSE.lastIndex = 0;
    for (let m = EN_MEANS_PURPOSE.exec(s); m; m = EN_MEANS_PURPOSE.exec(s)) {
      if (SENTENCE_END.test(m[0]) || negated(m.index)) continue;
      const e = m.index + m[0].length;
      const o = objectAfter(e - 1, e, 50, ATTACKISH);
      if (o) add(m.index, m[0].slice(m[0].lastIndexOf(' to ') + 1), o);
    }
    EN_REHEARSE.lastIndex = 0;
    for (let m = EN_REHEARSE.exec(s); m; m = EN_REHEARSE.exec(s)) {
      if (negated(m.index) || EN_PAST_AUX_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
      const o = objectAfter(m.index, m.index + m[0].length, 40, /^staged$/);
      if (o) add(m.index, m[0], o);
    }
    EN_MEANS_FOR.lastIndex = 0;
    for (let m = EN_MEANS_FOR.exec(s); m; m = EN_MEANS_FOR.exec(s)) {
      if (SENTENCE_END.test(m[0]) || negated(m.index)) continue;
      const e = m.index + m[0].length;
      // (the staged event right after "for": "for a false flag attack", "for a staged attack")
      const o = objects.find((x) => x.at >= e && x.at - e <= 12 && x.kind === 'staged');
      if (o) add(m.index, 'for', o);
    }
    EN_MODAL_NOUN.lastIndex = 0;
    for (let m = EN_MODAL_NOUN.exec(s); m; m = EN_MODAL_NOUN.exec(s)) {
      const e = m.index + m[0].length;
      if (negated(m.index) || conditional(m.index) || NOT_DEED_GAP.test(s.slice(sentence(m.index)[0], m.index))) continue;
      if (MODAL_NOUN_WEIGHED_BEFORE.test(s.slice(Math.max(sentence(m.index)[0], m.index - 40), m.index).replace(/(?:the|a|an)\s+$/u, '')) || MODAL_NOUN_AS_CAUSE_AFTER.test(s.slice(e))) continue;
      // (the attack or staging first, "the possibility of a chemical attack"; an agent only with a word of use beside it)
      const ev = objectAfter(m.index, e, 50, /^(?:staged|incident)$/);
      const ag = objectAfter(m.index, e, 50, /^agent$/);
      // (an attack noun with a chemical or staging word beside it: "the danger of air strikes" is the war's)
      const evOk = !!ev && (ev.kind === 'staged' || objects.some((x) => (x.kind === 'agent' || x.kind === 'staged') && x !== ev && Math.abs(x.at - ev.at) <= 30));
      const o = ev && evOk && (s.slice(e, ev.at).match(/\p{L}+/gu)?.length ?? 0) <= 5 ? ev : ag && EN_USE_NEAR.test(s.slice(e, Math.min(sentence(ag.at)[1], ag.end + 20))) ? ag : undefined;
      if (!o || (s.slice(e, o.at).match(/\p{L}+/gu)?.length ?? 0) > 5) continue;
      add(m.index, m[0], o);
    }
    for (const o of objects) {
      if (o.kind !== 'staged') continue;
      const m = EN_USED_AS_PRETEXT_AFTER.exec(s.slice(o.end, o.end + 110));
      if (m && !SENTENCE_END.test(m[0]) && !/(?<![\p{L}])(?:not|never|no)(?![\p{L}])/u.test(m[0]) && !conditional(o.at)) add(o.end, m[0], o);
    }
    const t = EN_TIME_AHEAD.exec(s) ?? EN_TIME_AHEAD_COUNTED.exec(s);
    if (t) {
      const [a, b] = sentence(t.index);
      const sent = s.slice(a, b);
      const o = objects.find((x) => x.at >= a && x.end <= b && (x.kind === 'staged' || x.kind === 'incident' || x.kind === 'agent') && !placeOfBefore(s, x.at) && !warNoun(x.word));
      // (s30 clnew) analysts' forecast of a strike in a time ahead ("analysts say strikes will begin in the coming days") is
      // no announcement (README, the declared-future row; kept for a staging or a weapon's use)
      if (o && !(o.kind === 'incident' && EN_FORECASTER.test(sent)) && EN_NON_PAST.test(sent) && !NOT_DEED_GAP.test(sent) && !CONDITION.test(sent) && !/(?<![\p{L}])(?:not|never|no)(?![\p{L}])|n[’'´]t(?![\p{L}])/u.test(sent)) add(t.index, t[0], o);
    }
  } else if (lang === 'ru') {
    RU_INTENT.lastIndex = 0;
    for (let m = RU_INTENT.exec(s); m; m = RU_INTENT.exec(s)) {
      const e = m.index + m[0].length;
      if (negated(m.index) || conditional(m.index)) continue;
      const o = objectAfter(m.index, e, 60, ATTACKISH) ?? objectBefore(m.index, 50, /^(?:staged|incident)$/);
      if (o) add(m.index, m[0], o);
    }
    for (const re of [RU_PLOT, RU_STAGE_FUTURE]) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const e = m.index + m[0].length;
        if (negated(m.index) || conditional(m.index)) continue;
        // (a verb of filming takes a staged object: «снимут фильм о войне» stages nothing)
        const kinds = /^сним/.test(m[0]) ? /^staged$/ : ATTACKISH;
        const o = objectAfter(m.index, e, 50, kinds) ?? objectBefore(m.index, 40, /^staged$/);
        if (o) add(m.index, m[0], o);
      }
    }
    RU_DESTROY_AHEAD.lastIndex = 0;
    for (let m = RU_DESTROY_AHEAD.exec(s); m; m = RU_DESTROY_AHEAD.exec(s)) {
      if (negated(m.index) || conditional(m.index) || NOT_DEED_GAP.test(m[0])) continue;
      // (a pronoun stands for a structure named before it in its sentence: «заминировали мост и взорвут его»)
      if (/(?:его|их|е[её])$/u.test(m[0]) && !new RegExp(String.raw`(?<![\p{L}])${RU_STRUCTURE.replace('|его|их|е[её]', '')}`, 'u').test(s.slice(sentence(m.index)[0], m.index))) continue;
      if (DISARM_OR_DEMOLISH.test(s.slice(...sentence(m.index)))) continue;
      // (s30 clprep) analysts' forecast of a strike is no party's declared future (README, the declared-future row)
      if (AR_FORECASTER.test(s.slice(...sentence(m.index)))) continue;
      out.push({ at: m.index, word: m[0] });
    }
    for (const o of objects) {
      if (o.kind !== 'staged' && o.kind !== 'incident') continue;
      const m = RU_MAY_OCCUR_AFTER.exec(s.slice(o.end, o.end + 80));
      if (m && COMPLEMENT_BEFORE.test(s.slice(Math.max(0, o.at - 60), o.at))) continue;
      if (!m || SENTENCE_END.test(m[0]) || /(?<![\p{L}])не(?![\p{L}])/u.test(m[0]) || conditional(o.at)) continue;
      add(o.end, m[0], o);
    }
    RU_MODAL_LIGHT.lastIndex = 0;
    for (let m = RU_MODAL_LIGHT.exec(s); m; m = RU_MODAL_LIGHT.exec(s)) {
      const e = m.index + m[0].length;
      if (negated(m.index) || conditional(m.index)) continue;
      const o = objectAfter(m.index, e, 50, /^staged$/);
      if (o && (s.slice(e, o.at).match(/\p{L}+/gu)?.length ?? 0) <= 3) add(m.index, m[0], o);
    }
    RU_EXPECTED.lastIndex = 0;
    for (let m = RU_EXPECTED.exec(s); m; m = RU_EXPECTED.exec(s)) {
      if (negated(m.index) || conditional(m.index)) continue;
      const e = m.index + m[0].length;
      // (its subject right after it, at most two words between: "ожидаются новые провокации"; not "ожидается доклад о
      // химатаке", whose subject is the report)
      const o = objectAfter(m.index, e, 30, /^(?:staged|incident)$/);
      if (o && !/[,;:—–]/.test(s.slice(e, o.at)) && (s.slice(e, o.at).match(/\p{L}+/gu)?.length ?? 0) <= 2) add(m.index, m[0], o);
    }
    RU_STAGING_PURPOSE.lastIndex = 0;
    for (let m = RU_STAGING_PURPOSE.exec(s); m; m = RU_STAGING_PURPOSE.exec(s)) {
      const [a] = sentence(m.index);
      const before = s.slice(a, m.index);
      if (!RU_MEANS.test(before) || negated(m.index) || NOT_DEED_GAP.test(m[0])) continue;
      // (the means verb must lead to the purpose: "обвинили в подготовке ... для провокации" is an accusation)
      if (/обвин|отриц|опроверг/.test(before)) continue;
      const o = objects.find((x) => x.at >= m!.index && x.at < m!.index + m![0].length + 40 && (x.kind === 'staged' || x.kind === 'incident' || x.kind === 'agent'));
      if (o) add(m.index, m[0], o);
    }
    RU_ORGANISE.lastIndex = 0;
    for (let m = RU_ORGANISE.exec(s); m; m = RU_ORGANISE.exec(s)) {
      const e = m.index + m[0].length;
      if (negated(m.index) || conditional(m.index)) continue;
      const o = objectAfter(m.index, e, 40, /^staged$/);
      if (o && (s.slice(e, o.at).match(/\p{L}+/gu)?.length ?? 0) <= 2) add(m.index, m[0], o);
    }
    RU_MODAL_NOUN.lastIndex = 0;
    for (let m = RU_MODAL_NOUN.exec(s); m; m = RU_MODAL_NOUN.exec(s)) {
      const e = m.index + m[0].length;
      if (negated(m.index) || conditional(m.index) || NOT_DEED_GAP.test(s.slice(sentence(m.index)[0], m.index))) continue;
      // («не исключают возможность провокации» keeps it: the negated exclusion is an expectation)
      const before = s.slice(Math.max(sentence(m.index)[0], m.index - 40), m.index);
      if ((MODAL_NOUN_WEIGHED_BEFORE.test(before) && !/(?<![\p{L}])не\s+исключа\p{L}*\s+$/u.test(before)) || MODAL_NOUN_AS_CAUSE_AFTER.test(s.slice(e))) continue;
      // (the noun of use right after: «угроза применения химического оружия»; or the attack or staging itself: «угроза
      // провокации», «возможность теракта»)
      const next = /^\p{L}+/u.exec(s.slice(e))?.[0] ?? '';
      const o = RU_USE_NEAR.test(next) ? objectAfter(m.index, e + next.length, 40, /^(?:agent|staged|incident)$/) : objects.find((x) => x.at === e && (x.kind === 'staged' || x.kind === 'incident'));
      // (an attack noun alone with a chemical or staging word beside it: «угроза терактов» is a threat level)
      if (o && !RU_USE_NEAR.test(next) && o.kind === 'incident' && !objects.some((x) => (x.kind === 'agent' || x.kind === 'staged') && x !== o && Math.abs(x.at - o.at) <= 30)) continue;
      if (o && (s.slice(e, o.at).match(/\p{L}+/gu)?.length ?? 0) <= 3) add(m.index, m[0], o);
    }
    for (const o of objects) {
      if (o.kind !== 'staged') continue;
      const m = RU_USED_AS_PRETEXT_AFTER.exec(s.slice(o.end, o.end + 110));
      if (m && !SENTENCE_END.test(m[0]) && !/(?<![\p{L}])не(?![\p{L}])/u.test(m[0]) && !conditional(o.at)) add(o.end, m[0], o);
    }
    const t = RU_TIME_AHEAD.exec(s);
    if (t) {
      const [a, b] = sentence(t.index);
      const sent = s.slice(a, b);
      const o = objects.find((x) => x.at >= a && x.end <= b && (x.kind === 'staged' || x.kind === 'incident' || x.kind === 'agent') && !placeOfBefore(s, x.at) && !warNoun(x.word));
      // (s30 clnew) analysts' forecast of a strike in a time ahead («эксперты считают, что удары начнутся в ближайшее время»)
      // is no announcement (README, the declared-future row; kept for a staging or a weapon's use, as s30 clprep's AR rule)
      if (o && !(o.kind === 'incident' && RU_FORECASTER.test(sent)) && !RU_PAST_FINITE.test(sent.replace(/(?<![\p{L}])(?:был\p{L}*|могл\p{L}*)(?![\p{L}])/gu, ' ')) && !NOT_DEED_GAP.test(sent) && !CONDITION.test(sent) && !/(?<![\p{L}])не\s/u.test(sent)) add(t.index, t[0], o);
    }
  } else {
    for (const re of [AR_LIKELY, AR_RESOLVE]) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        if (negated(m.index) || conditional(m.index) || NOT_DEED_GAP.test(m[0])) continue;
        const o = objectAfter(m.index, m.index + m[0].length - 1, 70, ATTACKISH);
        if (o && (s.slice(m.index + m[0].length, o.at).match(/\p{L}+/gu)?.length ?? 0) <= 5) add(m.index, m[0], o);
      }
    }
    AR_WARNING_NOUN.lastIndex = 0;
    for (let m = AR_WARNING_NOUN.exec(s); m; m = AR_WARNING_NOUN.exec(s)) {
      const e = m.index + m[0].length;
      // (a staging right after "من": a warning against use is coercion, not an announcement)
      const o = objects.find((x) => x.at >= e && x.at - e <= 4 && x.kind === 'staged');
      if (o) add(m.index, m[0], o);
    }
    AR_DESTROY_AHEAD.lastIndex = 0;
    for (let m = AR_DESTROY_AHEAD.exec(s); m; m = AR_DESTROY_AHEAD.exec(s)) {
      if (negated(m.index) || conditional(m.index) || AR_PAST_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (DISARM_OR_DEMOLISH.test(s.slice(...sentence(m.index)))) continue;
      // (s30 clprep) analysts' forecast of a strike is no party's declared future (README, the declared-future row)
      if (AR_FORECASTER.test(s.slice(...sentence(m.index)))) continue;
      out.push({ at: m.index, word: m[0] });
    }
    for (const re of [AR_FUTURE, AR_ATTEMPT]) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const e = m.index + m[0].length;
        if (negated(m.index) || conditional(m.index) || AR_PAST_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
        const o = objectAfter(m.index, e, 70, ATTACKISH);
        // (verb, subject, object: at most four words between the verb and its object)
        if (o && (s.slice(e, o.at).match(/\p{L}+/gu)?.length ?? 0) <= 4) add(m.index, m[0], o);
      }
    }
    for (const o of objects) {
      if (o.kind !== 'staged' && o.kind !== 'incident') continue;
      // (s27 clprep) not when a time noun stands between: the adjective then agrees with it ("الهجوم الكيميائي الأسبوع
      // المقبل": next week, a time of the sentence's verb, not a prospective attack)
      const p0 = AR_PROSPECTIVE_AFTER.exec(s.slice(o.end, o.end + 50));
      const p = p0 && !AR_TIME_NOUN.test(p0[0]) ? p0 : null;
      const q = p || COMPLEMENT_BEFORE.test(s.slice(Math.max(0, o.at - 60), o.at)) ? null : AR_MAY_OCCUR_AFTER.exec(s.slice(o.end, o.end + 90));
      const m = p ?? (q && !SENTENCE_END.test(q[0]) && !conditional(o.at) ? q : null);
      if (!m) continue;
      // (an attack noun needs a staging or a chemical beside it: "الهجوم المقبل علي ادلب" is an offensive)
      if (o.kind === 'incident' && !objects.some((x) => (x.kind === 'agent' || x.kind === 'staged') && Math.abs(x.at - o.at) <= 40)) continue;
      add(o.end, m[0], o);
    }
    for (const o of objects) {
      if (o.kind !== 'staged') continue;
      const m = AR_USED_AS_PRETEXT_AFTER.exec(s.slice(o.end, o.end + 110));
      if (m && !SENTENCE_END.test(m[0]) && !conditional(o.at)) add(o.end, m[0], o);
    }
    let t = AR_TIME_AHEAD.exec(s);
    // (s26 fixcl, review-s26 C4) a counted span measured from an event ("خلال 24 ساعة من الهجوم", "بعد", "علي", "منذ") is
    // past or neutral, not ahead
    if (t && /[0-9٠-٩]/.test(t[0]) && /^\s+(?:[وف]?(?:من|بعد|علي|منذ|عقب)|(?:ال)?(?:قادمه|مقبله)\s+(?:من|بعد))(?![\p{L}])/u.test(s.slice(t.index + t[0].length))) t = null;
    if (t) {
      const [a, b] = sentence(t.index);
      const sent = s.slice(a, b);
      const o = objects.find((x) => x.at >= a && x.end <= b && (x.kind === 'staged' || x.kind === 'agent') && !placeOfBefore(s, x.at) && !warNoun(x.word));
      if (o && !NOT_DEED_GAP.test(sent) && !CONDITION.test(sent) && !/(?<![\p{L}])(?:لم|لن|لا|ليس|كان|كانت)(?![\p{L}])/u.test(sent)) add(t.index, t[0], o);
    }
  }
  return out;
}

// ---- predicated staging ----
// a noun or participle of staging said of the incident, after a copula (the weak nouns only here, never alone)
const EN_STAGING_PREDICATE = /^\s+(?:[\p{L}\-]+\s+){0,4}?(?:was|is|were|are|has been|had been|turned out to be|proved to be|appears to be|seems to be|[—–\-:])\s+(?:(?:nothing\s+(?:but|more than|other than)|no more than|little more than|just|merely|simply|only|pure|purely|clearly|obviously|actually|in fact|really|a|an|the|another|total|complete|blatant|cynical|elaborate|carefully|cheap|crude|clumsy|badly|poorly|well|propaganda|media|hollywood|theatrical)\s+){0,4}(?:lies?|sham|fraud|fiction|montage|farce|charade|performance|show|theat(?:er|re)|spectacle|put-up job|mise[\s\-]en[\s\-]sc[eè]ne|stunt|myth|fairy[\s\-]?tale|fantasy|scripted|stage-managed|choreographed|made[\s\-]up|concocted|cooked up|manufactured|play-acted|playacted|rigged|a fake)(?![\p{L}])/u;
const EN_NOT_TAKEN_PLACE = /^\s+(?:[\p{L}\-]+\s+){0,4}?(?:never|did not|didn[’'´]t|has not|hasn[’'´]t|had not|hadn[’'´]t)\s+(?:ever\s+|actually\s+|really\s+)?(?:taken place|take place|took place|occurred|occur|exist(?:ed)?|been carried out)(?![\p{L}])/u;
const RU_STAGING_PREDICATE = /^\s+(?:[\p{L}\-]+\s+){0,4}?(?:[—–\-:]\s*(?:это\s+)?|это\s+|был[аои]?\s+|явля\p{L}+\s+|оказал\p{L}+\s+|стал[аои]?\s+)(?:(?:не\s+более\s+чем|не\s+что\s+иное,?\s+как|всего\s+лишь|лишь|просто|очередн\p{L}*|настоящ\p{L}*|чист\p{L}*|циничн\p{L}*|грубо\p{L}*|груб\p{L}*|хорошо|заранее|спланированн\p{L}*|срежиссированн\p{L}*|дешев\p{L}*|плох\p{L}*|театральн\p{L}*|пропагандистск\p{L}*)\s+){0,3}(?:ложь|ложью|спектакл\p{L}*|фарс\p{L}*|вымысел|вымыслом|выдумк\p{L}*|театр\p{L}*|шоу|сказк\p{L}*|обман\p{L}*|утк\p{L}*|монтаж\p{L}*|липа|липой|спектакль|представлени\p{L}*|срежиссирова\p{L}*|разыгра\p{L}*|выдуман\p{L}*|придуман\p{L}*)(?![\p{L}])/u;
const RU_NOT_TAKEN_PLACE = /^\s+(?:[\p{L}\-]+\s+){0,4}?(?:никогда\s+)?не\s+(?:происходил\p{L}*|произошл\p{L}*|произошло|было\s+на\s+самом\s+деле|существовал\p{L}*)(?![\p{L}])/u;
const RU_STAGE_VERB_AFTER = /^\s+(?:[\p{L}\-«»"]+\s+){0,2}?(?:разыграл\p{L}*|срежиссирова\p{L}*|подстроил\p{L}*|выдумал\p{L}*|придумал\p{L}*)(?![\p{L}])/u;
const AR_ACTORS_AFTER = /^\s+(?:[\p{L}]+\s+){0,5}?(?:(?:كانوا|هم|مجرد|ليسوا الا|ليسوا سوي)\s+)?(?:ال)?ممثل(?:ون|ين)(?![\p{L}])/u;
const RU_STAGE_VERB_BEFORE = /(?<![\p{L}])(?:разыграл\p{L}*|разыгра(?:ют|ет)|срежиссирова\p{L}*|подстроил\p{L}*|подстро\p{L}*|выдумал\p{L}*|придумал\p{L}*)\s+(?:[\p{L}\-«»"]+\s+){0,2}$/u;
const AR_STAGING_PREDICATE = /^\s+(?:[\p{L}]+\s+){0,4}?(?:(?:كان|كانت|هو|هي|ما هو|ما هي|ليس|ليست|لم يكن|لم تكن|عباره عن|مجرد|ليس الا|ليست الا|ليس سوي|ليست سوي|لم يكن سوي|لم تكن سوي|الا|سوي|[—–\-:])\s+)*(?:مجرد\s+)?(?:(?:ال)?(?:كذبه|اكذوبه|كذب|تمثيل|تمثيليه|مسرحيه|فيلم|سيناريو|خدعه|مهزله|افتراء|اختلاق|تلفيق|مسرحيه هزليه)|(?:معد|معده|مدبر|مدبره)\s+(?:سلفا|مسبقا))(?![\p{L}])/u;
// the victims said to be actors or extras
const VICTIM_WORD = /(?<![\p{L}])(?:пострадавш\p{L}*|жертв\p{L}*|погибш\p{L}*|ранен\p{L}*|отравленн\p{L}*|дет\p{L}*|(?:ال)?(?:ضحايا|مصابين|المصابون|مصابون|اطفال|جرحي|قتلي))(?![\p{L}])/gu;
const ACTORS_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,6}?(?:—|-|оказал\p{L}+|был[аи]?|это|—\s*это)\s+(?:(?:лишь|просто|наняты\p{L}*|платн\p{L}*|профессиональн\p{L}*)\s+)*(?:статист\p{L}*|актер\p{L}*|актёр\p{L}*|артист\p{L}*|(?:ال)?ممثل(?:ون|ين))(?![\p{L}])/u;
// the subject is an accusation, report or claim of the incident, not the incident ("the claims of an attack are lies")
const ACCUSATION_BEFORE = /(?<![\p{L}])(?:claims?|accusations?|allegations?|charges?|reports?|statements?|version|narrative|assertions?|заявлени\p{L}*|обвинени\p{L}*|утверждени\p{L}*|сообщени\p{L}*|доклад\p{L}*|верси\p{L}*|(?:ال)?(?:اتهام\p{L}*|ادعاء\p{L}*|مزاعم|تقرير|رواي\p{L}*))\s+(?:\p{L}+\s+){0,4}$/u;

const PREDICATE_GATE_EN = /lie|sham|fraud|fiction|montage|farce|charade|perform|show|theat|spectacle|put-up|mise|stunt|myth|fair|fantasy|script|managed|choreograph|made|concoct|cooked|manufactur|act|rigged|fake|took place|take place|occur|exist|carried out/;
const PREDICATE_GATE_RU = /лож|спектакл|фарс|вымыс|выдум|театр|шоу|сказк|обман|утк|монтаж|лип|представлен|режисс|разыгр|придума|происход|произош|было на самом|существова/;
const PREDICATE_GATE_AR = /كذب|تمثيل|مسرحي|فيلم|سيناريو|خدعه|مهزله|افتراء|اختلاق|تلفيق|معد|مدبر/;
// (s23 fixrev, review-s23 R12) the copula's subject is an investigation, trial, promise, deal or resolution whose of-phrase holds the
// incident ("the investigation into the chemical attack was a sham", "the trial ... over the gas attack was a farce", "Assad's promise to
// give up chemical weapons was a lie"): the sham is the proceeding's, a charge of cover-up, not a staging; judgment of reading
const PROCEEDING_BEFORE = /(?<![\p{L}])(?:investigations?|inquir(?:y|ies)|probes?|trials?|hearings?|tribunals?|court\s+cases?|promises?|pledges?|deals?|agreements?|ceasefires?|truces?|resolutions?|response|handling|cover-?ups?|negotiations?|talks|расследовани\p{L}*|следстви\p{L}*|суд(?:ебн\p{L}*)?|процесс\p{L}*|обещани\p{L}*|сделк\p{L}*|соглашени\p{L}*|перемири\p{L}*|резолюци\p{L}*|(?:ال)?(?:تحقيق\p{L}*|محاكم\p{L}*|وعد|وعود|اتفاق\p{L}*|هدنه|قرار))\s+(?:[\p{L}'’\-]+\s+){0,7}$/u;

/** The incidents the text calls unreal by a predicate (one span per predicate). */
export function predicatedStaging(ctx: IntentContext): IntentSpan[] {
  const { s, lang, objects } = ctx;
  const out: IntentSpan[] = [];
  const pred = lang === 'en' ? [EN_STAGING_PREDICATE, EN_NOT_TAKEN_PLACE] : lang === 'ru' ? [RU_STAGING_PREDICATE, RU_NOT_TAKEN_PLACE] : [AR_STAGING_PREDICATE];
  // (a cheap gate: a predicate word somewhere in the text)
  if ((lang === 'en' ? PREDICATE_GATE_EN : lang === 'ru' ? PREDICATE_GATE_RU : PREDICATE_GATE_AR).test(s))
  for (const o of objects) {
    if (o.kind !== 'incident' && o.kind !== 'agent') continue;
    const after = s.slice(o.end, o.end + 90);
    for (const re of pred) {
      const m = re.exec(after);
      if (!m || SENTENCE_END.test(m[0])) continue;
      // (the predicate of this clause: no clause boundary before the copula, no negation of the predicate)
      if (/[,;]/.test(m[0].slice(0, m[0].length - 12)) && lang !== 'ar') continue;
      if (re !== EN_NOT_TAKEN_PLACE && re !== RU_NOT_TAKEN_PLACE && (lang === 'ar' ? /(?<![\p{L}])(?:ليس|ليست|لم يكن|لم تكن)(?![\p{L}])/u.test(m[0]) && !/(?<![\p{L}])(?:الا|سوي)(?![\p{L}])/u.test(m[0]) : /(?<![\p{L}])(?:not|never|no|не)(?![\p{L}])|n[’'´]t(?![\p{L}])/u.test(m[0]))) continue;
      if (ACCUSATION_BEFORE.test(s.slice(Math.max(0, o.at - 50), o.at))) continue;
      if (PROCEEDING_BEFORE.test(s.slice(Math.max(0, o.at - 70), o.at))) continue;
      out.push({ at: o.end, word: m[0].trim().split(/\s+/).slice(-2).join(' ') });
      break;
    }
  }
  if (lang === 'ru' && /разыгр|срежисс|подстро|выдумал|придумал/.test(s))
    for (const o of objects) {
      if (o.kind !== 'incident' && o.kind !== 'agent') continue;
      const m = RU_STAGE_VERB_BEFORE.exec(s.slice(Math.max(0, o.at - 40), o.at));
      if (m && !NEG_BEFORE.test(s.slice(Math.max(0, o.at - m[0].length - 8), o.at - m[0].length))) out.push({ at: o.at - m[0].length, word: m[0].trim() });
      const n = RU_STAGE_VERB_AFTER.exec(s.slice(o.end, o.end + 40));
      if (n && !SENTENCE_END.test(n[0]) && !/(?<![\p{L}])не(?![\p{L}])/u.test(n[0])) out.push({ at: o.end, word: n[0].trim().split(/\s+/).pop()! });
    }
  // (English victims called actors are read by claim-slots.ts's VICTIMS_ACTORS since session 14: Russian and Arabic here,
  // with its guards: a casualty list "among" the victims, or actors of a troupe or theatre, names an occupation)
  if (lang !== 'en' && /статист|акт[её]р|артист|ممثل/.test(s)) {
    VICTIM_WORD.lastIndex = 0;
    for (let m = VICTIM_WORD.exec(s); m; m = VICTIM_WORD.exec(s)) {
      const a = (lang === 'ar' ? AR_ACTORS_AFTER : ACTORS_AFTER).exec(s.slice(m.index + m[0].length, m.index + m[0].length + 90));
      if (!a || SENTENCE_END.test(a[0]) || /(?<![\p{L}])(?:not|never|не|ليسوا)(?![\p{L}])/u.test(a[0].replace(/ليسوا\s+(?:الا|سوي)/u, ''))) continue;
      if (/(?<![\p{L}])(?:среди|в числе|بين)\s+$/u.test(s.slice(Math.max(0, m.index - 12), m.index)) || /^\s*(?:,|и|و|театр\p{L}*|трупп\p{L}*|(?:ال)?مسرح\p{L}*|(?:ال)?فرق\p{L}*)(?![\p{L}])/u.test(s.slice(m.index + m[0].length + a[0].length, m.index + m[0].length + a[0].length + 16))) continue;
      // (an incident in the item: the actors are the staged attack's)
      if (!objects.some((x) => x.kind === 'incident' || x.kind === 'agent' || x.kind === 'staged')) continue;
      out.push({ at: m.index, word: a[0].trim().split(/\s+/).pop()! });
    }
  }
  return out;
}
