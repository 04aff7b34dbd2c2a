/**
 * Word senses that are no attack (session 16, room claims2). The claim reader's lexicon (claim-slots.ts) counts an
 * incident when a word of armed violence or of its toll appears ("attack", "kill", "bomb", "dead", "crash") and a
 * staged story when a word of fabrication appears ("fake", "fabricated"). Each of those words has other senses that
 * political clickbait, news of accidents and opinion pieces use every day: a senator "attacks" a bill, a candidate
 * "kills it" in a poll, a "truth bomb", deaths in a bus crash, overdose deaths, a year's bombing total, a "fake
 * emergency". The labelling guide (eval/claims/README.md, "How the items were labelled" and the v17/v18 judgement
 * calls: road and plane crashes, a virus, opioid deaths, a war's bombing total, verbal attacks and threats are "none")
 * counts none of them as an incident.
 *
 * This file is the data: one entry per sense and language, the context that selects it (the words right before the
 * word, right after it, or anywhere in its sentence) and a note on why that context means no attack. The reader asks
 * `senseOf` for each incident, violent-deed, staged or mass-violence word before it lets the word open an incident
 * (the gate `notIncidentAround` in claim-slots.ts), so blame, staged, prepared and voice all follow from one decision.
 * A chemical agent named in the clause always keeps the attack reading (the reader's existing rule).
 *
 * Every entry is a judgment of word sense, from general English, Russian and Arabic usage (Merriam-Webster "attack"
 * 2b "to criticize strongly", "kill it" (slang) "to perform very well", "bomb" (noun, informal) "a failure",
 * "bombshell"; Ozhegov "атаковать" 2 "to assail with demands, criticism", "взорвать" (figurative, "взорвать
 * интернет"); Almaany "هاجم" "to criticise sharply", "فجّر مفاجأة" "to spring a surprise"), not a fact about an event;
 * none is a phrase copied from an evaluation split.
 *
 * Contexts are regular-expression sources over the reader's lower-cased, folded text (Arabic folded as claim-slots.ts
 * folds it: alef, teh marbuta, yeh variants), compiled once with the `u` flag:
 * - `before`: must match the end of the sentence text before the word (`$`-anchored by the compiler);
 * - `after`: must match the start of the sentence text after the word (`^`-anchored);
 * - `sentence`: must occur somewhere in the word's sentence;
 * - `notPassive`: the entry does not read a past participle after a form of "be" ("was attacked": the subject is the
 *   victim, and the sense of the attack is not told by who is named before it);
 * - `unless`: when it occurs in the sentence, the attack reading stands (a crash "caused by a missile");
 * - `notDoer`: when it occurs in the text before the word (and, with `doerAfter`, in the first words after it: Arabic
 *   puts its subject after the verb), the entry does not apply: an armed doer (troops, gunmen, jets, قوات, боевики)
 *   attacks whatever its object is called (review s16 R1, R2, R4, fixc2).
 */

export type Sense = 'verbal' | 'idiom' | 'metaphor' | 'accident' | 'statistic' | 'not-an-event' | 'rhetoric' | 'cyber';
export interface WordSense {
  sense: Sense;
  lang: 'en' | 'ru' | 'ar';
  /** the reader's word this entry reads (regex source, whole word) */
  word: string;
  before?: string;
  after?: string;
  sentence?: string;
  notPassive?: true;
  unless?: string;
  notDoer?: string;
  doerAfter?: true;
  /** why this context selects a sense that is no attack (a judgment of word sense) */
  why: string;
}

// ---- shared context vocabularies (English) ----
// people and bodies whose "attacks" are speech: the press, commentators, legislators, parties, clergy (none of them
// commands armed force; heads of state and armies are left out on purpose: "Trump attacks Syria" is a strike)
const SPEECH_ROLE_EN = '(?:writer|writers|columnist|columnists|journalist|journalists|commentator|pundit|pundits|anchor|talk-show host|blogger|editor|critic|critics|comedian|celebrity|actor|actress|newspaper|tabloid|senator|senators|congressman|congresswoman|lawmaker|lawmakers|legislator|democrats?|republicans?|gop|liberals?|conservatives?|leftists?|progressives|pope|vatican|cardinal|bishop|archbishop|professor|ambassador|spokes(?:man|woman|person)|opposition leader|candidate|governor|mayor|coach|manager|economist|analyst)';
// (review s16 R4(c), fixc3) "media", "press", "host" name a doer whose attack is words only when it is aimed at words or at
// people by their politics ("the liberal media is attacking the president"): a "host" nation, "the press" of a crowd
// and a mislabelled "pro-government media attacked the convoy" stay attacks on a physical target
const MEDIA_ROLE_EN = '(?:media|msm|press|host)';
const POLITICAL_PERSON_EN = '(?:president|prime\\s+minister|premier|ministers?|leaders?|government|administration|officials|politicians?|opposition|party|parties|candidates?|governor|mayor|senators?|lawmakers|congress|parliament|king|queen|pope|first\\s+lady|white\\s+house|kremlin|him|her|them)';
const PHYSICAL_HEAD_AFTER_EN = '(?!\\s+(?:positions?|convoys?|forces|troops|bases?|headquarters|buildings?|offices?|checkpoints?|vehicles?|cars?|areas?|camps?|compounds?|residences?|palace|motorcade)(?![\\p{L}]))';
// what a verbal attack is aimed at: people by their politics, and texts, laws and decisions
// (review s16 R4, fixc2: "officials" and "judge" dropped, armed groups attack both; the entries that read these targets
// also stand aside when an armed doer is named, ARMED_EN)
const VERBAL_TARGET_EN = '(?:supporters|voters|critics|fans|followers|media|press|bill|bills|law|plan|policy|policies|budget|decision|ruling|remarks|comments|record|speech|statement|proposal|reform|tweets?|report|article|book|film|views|stance|agenda|rhetoric|referee)';
// doers that command armed force: with one of them before the word, an attack is an attack whatever its object or its
// reported channel (review s16 R1, R4, fixc2); whole words
const ARMED_EN = '(?:troops?|soldiers?|fighters?|gunm[ae]n|militants?|militias?|militiamen|rebels?|insurgents?|jihadists?|terrorists?|forces|army|armies|jets?|warplanes?|planes?|aircraft|helicopters?|drones?|snipers?|assailants?|attackers?|islamic\\s+state|isis|isil|daesh|al-?qaeda|al-?nusra|hezbollah|hamas|taliban|pkk|ypg|sdf)(?![\\p{L}])';
// a reporting verb or a comma between an attack word and a channel of speech: the channel belongs to the attribution
// ("..., the army said in a statement"), not to the attack (review s16 R1, fixc2)
const REPORT_EN = '(?:,|(?<![\\p{L}])(?:said|says|say|saying|told|tells|telling|according|reported|reports|reporting|stated|states|announced|announces|claimed|claims|added|adds|wrote|writes|posted|quoted|cited|confirmed|confirms|tweeted)(?![\\p{L}]))';
// the channels of speech
const CHANNEL_EN = '(?:on|in|via|during)\\s+(?:(?:a|an|his|her|their|the|its)\\s+)?(?:twitter|tweets?|facebook|instagram|social media|air|tv|television|(?:\\p{L}+\\s+)?interview|op-?ed|column|editorial|speech|podcast|blog(?:\\s+post)?|radio|show|press conference|statement|letter|debate|hearing)(?![\\p{L}])';
// what keeps the attack reading of a crash, a death or a total: a weapon, a culprit's deed, a downing, a blame, a drone,
// a chemical or toxic release (a toxic incident is an incident whatever its cause: the agent slot)
// ("MH17": the Dutch Safety Board's report of 13 Oct 2015 found flight MH17 brought down by a Buk missile warhead,
// https://www.onderzoeksraad.nl/en/page/3546/crash-mh17-17-july-2014; so its "crash" is the downing)
const ATTACK_KEPT_EN = '(?:gas(?:es|sed|sing)?(?![\\p{L}])|sniper|militant|militia|rebels|insurgent|shot\\s+down|shoot\\s+down|downed|downing|missile|rocket|bomb|terror|blame|planned|plotted|orchestrat|sabotag|hijack|behind|responsible|deliberate|caused by|mh-?\\s?17|buk|air\\s?strike|shell|airstrike|war(?:plane|time)?\\b|combat|military|jet|fighter|raid|gunm[ae]n|stabb|shoot|explosi|blast|drones?\\b|strike|chemical|toxic|poison)';
// accidents, illness and other causes of death that are no attack
// (review s16 R3, fixc2: every word closed by a word end and its inflections listed: "flu" is no "fluid", "storm" no
// "stormed", "flood" no "flooded with gas", "stroke" no "strokes of a machete")
const ACCIDENT_EN = '(?:crash(?:es|ed)?|accidents?|collisions?|pile-?ups?|derail(?:ed|ment|ments)?|overdos(?:e|es|ed)|opioids?|fentanyl|heroin|virus|viruses|flu|influenza|epidemics?|outbreaks?|diseases?|cancer|illness|illnesses|heart attacks?|stroke|earthquakes?|quakes?|hurricanes?|tornado(?:es)?|storm|storms|floods?|flooding|avalanches?|landslides?|heat\\s?waves?|wildfires?|drowned|drowning|drownings|inattention|negligen(?:ce|t)|careless(?:ly|ness)?|drunk(?:en)?[\\s\\-]driv(?:er|ers|ing)|reckless\\s+driv(?:er|ers|ing)|distracted\\s+driv(?:er|ers|ing)|wrong-way)(?![\\p{L}])';

// ---- Russian ----
const ARMED_RU = '(?:арми(?:я|и|ю|ей)|войск\\p{L}*|военн\\p{L}*|боевик\\p{L}*|сил(?:ы|ами)|ополчен\\p{L}*|террорист\\p{L}*|джихадист\\p{L}*|самол[её]т\\p{L}*|авиаци\\p{L}*|вертол[её]т\\p{L}*|беспилотник\\p{L}*|дрон\\p{L}*|снайпер\\p{L}*|танк\\p{L}*|артиллери\\p{L}*|всу|вкс|игил|боевики|повстанц\\p{L}*|бандформировани\\p{L}*)(?![\\p{L}])';
const REPORT_RU = '(?:,|(?<![\\p{L}])(?:сообщ\\p{L}*|говорит\\p{L}*|заяв\\p{L}*|рассказал\\p{L}*|написал\\p{L}*|пишет|переда[её]т|по\\s+данным|по\\s+словам|отметил\\p{L}*|уточнил\\p{L}*|подтвердил\\p{L}*|цитиру\\p{L}*|согласно)(?![\\p{L}]))';
const SPEECH_ROLE_RU = '(?:депутат\\p{L}*|журналист\\p{L}*|блогер\\p{L}*|телеведущ\\p{L}*|критик\\p{L}*|сенатор\\p{L}*|оппозиц\\p{L}*|политик\\p{L}*|публицист\\p{L}*|колумнист\\p{L}*)';
// (review s16 R4(c), fixc3) the media, the press and a "ведущий" (also "leading": "ведущие державы") attack with words
// only when the attack is aimed at words or at people by their politics
const MEDIA_ROLE_RU = '(?:сми|пресс\\p{L}*|ведущ\\p{L}*)';
const POLITICAL_PERSON_RU = '(?:президент\\p{L}*|премьер\\p{L}*|министр\\p{L}*|правительств\\p{L}*|власт\\p{L}*|депутат\\p{L}*|оппозици\\p{L}*|лидер\\p{L}*|губернатор\\p{L}*|мэр\\p{L}*|чиновник\\p{L}*|кремл\\p{L}*|его|её|ее|их)(?![\\p{L}])';
const CHANNEL_RU = '(?:в|во|на)\\s+(?:(?:сво\\p{L}*|личн\\p{L}*)\\s+)?(?:твиттер\\p{L}*|телеграм\\p{L}*|соцсет\\p{L}*|социальн\\p{L}*\\s+сет\\p{L}*|фейсбук\\p{L}*|блог\\p{L}*|эфир\\p{L}*|интервью|стать\\p{L}*|колонк\\p{L}*|выступлени\\p{L}*|речи|ток-шоу|шоу|программ\\p{L}*|пресс-конференци\\p{L}*|дебат\\p{L}*)';
const VERBAL_TARGET_RU = '(?:закон\\p{L}*|законопроект\\p{L}*|реформ\\p{L}*|решени\\p{L}*|заявлени\\p{L}*|политик\\p{L}*|бюджет\\p{L}*|критик\\p{L}*|сторонник\\p{L}*|избирател\\p{L}*|инициатив\\p{L}*|поправк\\p{L}*)';
// (review s16 R3, fixc2: whole words with their case forms listed: "рак" is no "Ракка"; "пожар" dropped, shelling sets
// fires)
const ACCIDENT_RU = '(?:дтп|авари(?:я|и|ю|ей|ям|ях|ями|й)|столкновени\\p{L}*\\s+(?:автомобил|поезд|машин|автобус)\\p{L}*|крушени\\p{L}*\\s+поезд\\p{L}*|передозировк(?:а|и|у|ой|е)|вирус(?:а|ом|у|ы|ов|е)?|грипп(?:а|ом|у|е)?|эпидеми(?:я|и|ю|ей)|болезн(?:ь|и|ью|ей|ям|ями|ях)|рак(?:а|ом|у|е)?|землетрясени(?:е|я|ю|ем|и|й)|наводнени(?:е|я|ю|ем|и|й)|утонул(?:и|а|о)?|утонуть|утонувш\\p{L}*)(?![\\p{L}])';
// (review s16 R3, fixc2: the attack words of compounds listed whole, the unless-list is matched word-initially: авиаудар,
// авианалёт, налёт/налет, a coalition's raid, aircraft, snipers; soldiers and troops are not in it: they die of
// illness and in road accidents too)
const ATTACK_KEPT_RU = '(?:авиаудар\\p{L}*|авианал[её]т\\p{L}*|нал[её]т\\p{L}*|коалиц\\p{L}*|авиаци\\p{L}*|самол[её]т\\p{L}*|снайпер\\p{L}*|газ(?:а|ом|у|ов|ы)?(?![\\p{L}])|сбит\\p{L}*|сбил\\p{L}*|ракет\\p{L}*|бомб\\p{L}*|теракт\\p{L}*|террор\\p{L}*|диверс\\p{L}*|обстрел\\p{L}*|удар\\p{L}*|атак\\p{L}*|вин\\p{L}*|спланир\\p{L}*|подстро\\p{L}*|mh-?\\s?17|мн-?\\s?17|бук\\b|боевик\\p{L}*|военн\\p{L}*|беспилотник\\p{L}*|дрон\\p{L}*|хими\\p{L}*|химзавод\\p{L}*|токсич\\p{L}*|отравл\\p{L}*)';

// ---- Arabic (folded: ة -> ه, أ/إ/آ -> ا, ى -> ي) ----
const CHANNEL_AR = '(?:في|عبر|على)\\s+(?:(?:ال)?تغريد\\p{L}*|تويتر|حساب\\p{L}*|(?:ال)?مقابل\\p{L}*|(?:ال)?مؤتمر\\s+(?:ال)?صحفي|(?:ال)?خطاب|(?:ال)?كلم\\p{L}*|(?:ال)?مقال\\p{L}*|(?:ال)?برنامج|(?:ال)?بيان|فيسبوك|(?:ال)?جلس\\p{L}*)';
// (review s16 R2, fixc2: words, texts and policies only; no party or body, "المعارضين" are armed in Syrian coverage, the
// press and the government are attacked by arms too)
const VERBAL_TARGET_AR = '(?:(?:ال)?تصريح\\p{L}*|(?:ال)?سياس(?:ه|ات)\\p{L}*|(?:ال)?قرار(?:ات)?\\p{L}*|(?:ال)?موقف\\p{L}*|(?:ال)?مواقف\\p{L}*|(?:ال)?خطاب\\p{L}*|(?:ال)?مقال(?:ه|ات)?\\p{L}*|(?:ال)?قانون\\p{L}*|مشروع\\s+(?:ال)?قانون)(?![\\p{L}])';
const ARMED_AR = '(?:[وفل]?(?:ال)?(?:قوات|طائرات|طائره|طيران|جيش|مسلح\\p{L}*|ميليشي\\p{L}*|مليشي\\p{L}*|فصائل|فصيل|مقاتل\\p{L}*|ارهابي\\p{L}*|تنظيم|داعش|دبابات|مروحي\\p{L}*|قناص\\p{L}*|عناصر|كتائب))(?![\\p{L}])';
const REPORT_AR = '(?:[,،]|(?<![\\p{L}])[وف]?(?:قال|قالت|يقول|تقول|اكد\\p{L}*|ذكر\\p{L}*|افاد\\p{L}*|بحسب|حسب|وفق\\p{L}*|اعلن\\p{L}*|صرح\\p{L}*|اضاف\\p{L}*|نقل\\p{L}*|نشر\\p{L}*)(?![\\p{L}]))';
const ACCIDENT_AR = '(?:حادث\\s+(?:سير|مروري|مرور|سياره|طريق)|حوادث\\s+(?:ال)?سير|تصادم|انقلاب\\s+(?:حافله|سياره|شاحنه)|غرق|غرقا|غرقي|جرعه\\s+زائده|زلزال|فيضان|فيضانات|سيول|وباء|فيروس|فيروسات|كورونا)(?![\\p{L}])';
const ATTACK_KEPT_AR = '(?:قناص\\p{L}*|قصف|غاره|غارات|صاروخ\\p{L}*|صواريخ|قذيف\\p{L}*|قذائف|هجوم|تفجير\\p{L}*|ارهاب\\p{L}*|مسلح\\p{L}*|اسقاط|اسقط\\p{L}*|عبوه|مفخخ\\p{L}*|مسيره|طائره مسيره|كيميا\\p{L}*|سام\\p{L}*|غاز\\p{L}*)';

// the words of attack each entry reads
const ATTACK_VERB_EN = '(?:attack|attacks|attacked|attacking)';
const BLAST_VERB_EN = '(?:blasts|blasted|blasting|slams|slammed|torches|torched)';
const DEATH_EN = '(?:dead|died|deaths|death toll|killed|kills|kill|killing|victims|injured|injuring|wounded|casualties|hit|hits|crash\\p{L}*|incident)';
const MONTH_EN = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const RATE_EN = '(?:per\\s+year|each\\s+year|every\\s+year|a\\s+year|annually|yearly)(?![\\p{L}])';
const PASSIVE = /$(?<=(?<![\p{L}])(?:was|were|been|being|is|are|gets?|got|be)\s+(?:\p{L}+ly\s+)?)/u;

export const WORD_SENSES: readonly WordSense[] = [
  // ---------- English: verbal attacks ----------
  { sense: 'verbal', lang: 'en', word: ATTACK_VERB_EN, after: `(?:(?!${REPORT_EN})[^.!?]){0,70}${CHANNEL_EN}`, notPassive: true, notDoer: ARMED_EN,
    why: 'an attack made on Twitter, on air, in an interview or a speech is criticism (Merriam-Webster "attack" 2b: to criticize strongly); the guide labels verbal attacks none' },
  { sense: 'verbal', lang: 'en', word: ATTACK_VERB_EN, before: `${SPEECH_ROLE_EN}\\s+(?:(?:who|that|just|has|have|had|is|are|again|actually|now|also|openly|publicly|repeatedly|viciously|savagely|brutally|reportedly)\\s+){0,3}`, notPassive: true,
    why: 'the press, commentators, legislators, parties and clergy attack with words: they command no armed force (heads of state and armies are not in the list, so a president attacking a country stays a strike)' },
  { sense: 'verbal', lang: 'en', word: ATTACK_VERB_EN, before: `${MEDIA_ROLE_EN}\\s+(?:(?:who|that|just|has|have|had|is|are|again|actually|now|also|openly|publicly|repeatedly|viciously|savagely|brutally|reportedly)\\s+){0,3}`, after: `\\s+(?:(?:the|his|her|their|its|our|a|an|new)\\s+)?(?:[\\p{L}'’\\-]+\\s+){0,2}(?:${VERBAL_TARGET_EN}|${POLITICAL_PERSON_EN})(?![\\p{L}'’])${PHYSICAL_HEAD_AFTER_EN}`, notPassive: true, notDoer: ARMED_EN,
    why: 'the media, the press and a host attack with words when the attack is aimed at words or at people by their politics (review s16 R4(c): a "host" nation or a mislabelled doer with a convoy, a village or positions as its object is left to the attack reading)' },
  { sense: 'verbal', lang: 'en', word: ATTACK_VERB_EN, after: `\\s+(?:(?:the|his|her|their|its|our|a|an|new)\\s+)?(?:[\\p{L}'’\\-]+\\s+){0,2}${VERBAL_TARGET_EN}(?![\\p{L}])`, notPassive: true, notDoer: ARMED_EN,
    why: 'an attack aimed at supporters, voters, a bill, a budget, remarks or a ruling is criticism: armed attacks aim at places, people and forces, not at texts or at people by their politics' },
  { sense: 'verbal', lang: 'en', word: ATTACK_VERB_EN, after: `\\s+(?:[\\p{L}'’\\-]+\\s+){1,3}for\\s+\\p{L}+ing(?![\\p{L}])`, notPassive: true, notDoer: ARMED_EN,
    why: '"attacks X for doing Y" gives a reason of conduct: the pattern of criticism ("attacked the governor for cutting funds"); a passive "was attacked for being" is left to the attack reading' },
  { sense: 'verbal', lang: 'en', word: BLAST_VERB_EN, before: `(?:[\\p{L}'’\\-]+)\\s+(?:(?:who|just|has|have|again|now|also|publicly)\\s+){0,2}`, after: `\\s+(?:(?:the|his|her|their|a|an)\\s+)?(?:[\\p{L}'’\\-]+\\s+){0,3}(?:over|for|as|after|on)\\s`,
    why: 'a finite "blasts / slams X over Y" after its subject is the headline verb of criticism; an explosion is a noun ("blasts kill 18", "a blast"), never followed by "X over Y"' },
  // (session 17, claims2) "hit X with tariffs / sanctions / a fine" is economic or legal pressure
  { sense: 'idiom', lang: 'en', word: 'hit|hits', after: '\\s+(?:[\\p{L}&,\\-\\s]{1,60}?\\s)?with\\s+(?:[\\p{L}\\p{N}%&\\-]+\\s+){0,4}(?:tariffs?|sanctions|duties|tax(?:es)?|fines?|penalt(?:y|ies)|lawsuits?|subpoenas?|charges|indictments?|bans?|levies|levy)(?![\\p{L}])', notDoer: ARMED_EN,
    why: 'to hit a country or a firm with tariffs, sanctions or a fine is economic or legal pressure, not a strike' },
  { sense: 'verbal', lang: 'en', word: 'hit|hits', after: '\\s+(?:out\\s+at|back\\s+at|back(?![\\p{L}]))',
    why: '"hit out at", "hits back" are retorts in words (phrasal verbs of criticism)' },
  { sense: 'verbal', lang: 'en', word: '(?:shoot|shoots|shot)\\s+down', after: `\\s+(?:(?:the|his|her|their|a|an)\\s+)?(?:[\\p{L}'’\\-]+\\s+){0,2}(?:idea|proposal|rumou?rs?|claims?|plan|bill|request|suggestion|report|theory|question)s?(?![\\p{L}])`,
    why: 'to shoot down an idea, a proposal or a rumour is to reject it; a downing is of aircraft and drones' },
  { sense: 'verbal', lang: 'en', word: ATTACK_VERB_EN, after: '\\s+(?:on\\s+)?(?:the\\s+)?(?:pound|dollar|euro|rouble|ruble|currency|markets?|stocks?|shares)(?![\\p{L}])',
    why: 'a speculative attack on a currency or a market is finance (the economists\' term), not violence' },

  // (session 17, claims2) an attack on rights, freedoms, values or truth is an assault on an idea (Merriam-Webster "attack"
  // 2b); the guide's abstract targets ("attack on democracy", "on free speech") are no incident
  { sense: 'metaphor', lang: 'en', word: ATTACK_VERB_EN, after: "\\s+(?:on\\s+|against\\s+)?(?:(?:the|our|their|his|her|its|basic|fundamental|universal|civil|constitutional|democratic|religious|press|free)\\s+){0,2}(?:(?:human|civil|voting|women['’]?s?|workers['’]?|gay|lgbtq?|minority|property|gun|reproductive|abortion)\\s+)?(?:rights|liberties|liberty|freedoms?|constitution|rule\\s+of\\s+law|free\\s+press|free\\s+speech|first\\s+amendment|second\\s+amendment|dignity|values|science|reason|facts|journalism|judiciary|institutions)(?![\\p{L}])", notPassive: true, notDoer: ARMED_EN,
    why: 'an attack on human rights, liberties, the constitution or science is an assault on an idea or an institution, not on people or places (the guide: abstract targets are no incident)' },
  // (session 17, claims2) an attack on computers: no one is struck (the guide: "Vulnerable to Hack Attack" is no incident)
  { sense: 'cyber', lang: 'en', word: 'attack|attacks|attacked|attacking|attackers|strike|strikes', before: '(?:ransomware|malware|cyber|hack(?:er|ers|ing)?|ddos|denial[\\s\\-]of[\\s\\-]service|phishing|computer|online|digital|network|data|virus|spyware|crypto|email|bot|botnet|troll)[\\s\\-]+',
    why: 'a ransomware, DDoS, phishing or hacking attack strikes computers and data, not people or places (the guide: a hack attack is no incident; NOT_INCIDENT already reads "cyberattack" and "cyber attacks")' },
  { sense: 'cyber', lang: 'en', word: 'attack|attacks|attacked|attacking', after: '\\s+(?:(?:the|a|an|its|their)\\s+)?(?:computers?|servers?|networks?|websites?|email\\s+accounts?|accounts|databases?|systems?\\s+with\\s+(?:ransomware|malware))(?![\\p{L}])', notDoer: ARMED_EN,
    why: 'an attack on computers, servers, websites or accounts is a cyberattack' },
  // (session 17, claims2) an attack said not to be coming ("will not attack Guam", "won't strike") is no event told and
  // no attack announced (the guide, v19 (8): "will not attack Guam" is none)
  { sense: 'not-an-event', lang: 'en', word: 'attack|strike|bomb|invade|shoot|kill|use', before: "(?:(?:will|would|shall|can|could)(?:\\s+not|n['’]t|\\s+never)|won['’]t|shan['’]t|can['’]t|cannot)\\s+(?:(?:ever|again|now|directly|first)\\s+)?",
    why: 'a deed said not to be coming ("will not attack", "would never strike") tells no event and announces none; a denial of the past ("did not attack") is left to the reader\'s denial rules' },

  // ---------- English: idioms and metaphors ----------
  { sense: 'idiom', lang: 'en', word: 'kill|kills|killed|killing', after: '\\s+it(?![\\p{L}])(?!\\s+(?:with|by)\\s)',
    why: '"kill it" is slang for a fine performance (Merriam-Webster "kill it": to perform very well); a creature killed is "killed it with/by" and is left to the attack reading' },
  { sense: 'idiom', lang: 'en', word: 'kill|kills|killed|killing', after: '\\s+(?:(?:the|this|a|his|her|their|any)\\s+)?(?:[\\p{L}\\-]+\\s+)?(?:bill|deal|plan|proposal|vote|project|story|mood|buzz|momentum|idea|measure|amendment|merger|talks)s?(?![\\p{L}])',
    why: 'to kill a bill, a deal or a plan is to stop it (legislative and business usage)' },
  // (session 17, claims2) a law named in full ("Kill The Born-Alive Abortion Survivors Protection Act"), a programme
  // ("kill healthcare", "kill Obamacare") and an abstract object ("an attempt to kill our modesty", "kills the economy")
  { sense: 'idiom', lang: 'en', word: 'kill|kills|killed|killing', after: `\\s+(?:(?:the|this|a|his|her|their|its|our|any)\\s+)?(?:(?!(?:in|at|on|of|by|with|for|to|who|that|which|and|as|after|during)\\s)[\\p{L}\\-'’]+\\s+){0,5}(?:act|bill|law|legislation|resolution|treaty|agreement|accord|healthcare|health\\s+care|obamacare|trumpcare|medicare|medicaid|program|programme|reform|budget|tax|taxes|jobs|economy|industry|business|businesses|competition|innovation|growth|recovery|deal|mood|spirit|joy|hope|hopes|dreams?|modesty|dignity|creativity|conversation|debate|momentum|chances?|career|brand|relationship|romance|vibe)(?![\\p{L}])`, notPassive: true, notDoer: ARMED_EN,
    why: 'to kill an act, a programme, the economy or a hope is to stop or spoil it (legislative, business and everyday usage); no one dies. An armed doer before the word keeps the killing' },
  { sense: 'idiom', lang: 'en', word: 'shoot|shoots|shooting|shot', after: '\\s+(?:(?:a|an|his|her|their|the|its)\\s+)?(?:[\\p{L}\\-]+\\s+){0,2}(?:score|round|par|under par|birdie|eagle|hoops|baskets?|video|film|movie|scene|commercial|documentary|photos?|pictures?|footage|music video|pilot|episode|selfie)s?(?![\\p{L}])',
    why: 'one shoots a golf score, hoops, a film or photos: sport and filming, not gunfire' },
  // (session 17, claims2) "a shot at" a chance, and the shots that are no gunfire ("long shot", "mug shot", "flu shot")
  { sense: 'idiom', lang: 'en', word: 'shot|shots', before: '(?:(?:a|an|another|his|her|their|its|our|my|your|the|one|good|real|fair|decent|better|best|last|second|big|legit|legitimate|serious|strong|first)\\s+)', after: '\\s+at\\s+(?:(?:the|a|an|his|her|their)\\s+)?(?:\\p{L}+ing|title|presidency|nomination|championship|crown|seat|job|majority|re-?election|glory|redemption|playoffs?)(?![\\p{L}])', notDoer: ARMED_EN,
    why: '"a shot at flipping the state", "a shot at the title" is a chance (Merriam-Webster "shot" 4: an attempt, a chance); a shot fired is told with a weapon or a shooter' },
  { sense: 'idiom', lang: 'en', word: 'shot|shots', before: '(?:long|big|mug|flu|booster|vaccine|measles|hot|cheap|parting|jump|slap|screen|snap|moon|trick|chip|drop|tee|money|glamou?r|head)[\\s\\-]?',
    why: 'a long shot, a big shot, a mug shot, a flu shot, a cheap or parting shot, a jump shot or a screen shot is no gunfire (Merriam-Webster compounds of "shot")' },
  { sense: 'metaphor', lang: 'en', word: 'bomb|bombs', before: '(?:truth|f|photo|love|knowledge|fact|logic|red-?pill|money|cherry|smoke|stink|sex|bath|gas-?free|calorie)[\\s\\-]+',
    why: 'a "truth bomb", an "F-bomb", a "photo bomb" or a "love bomb" is a startling statement or act, not a device (Merriam-Webster "truth bomb", "F-bomb")' },
  { sense: 'metaphor', lang: 'en', word: 'bomb|bombs|bombed', after: '\\s+(?:at|in)\\s+(?:the\\s+)?(?:box\\s*office|ratings|polls?|charts|exam|test|interview|audition|theaters|theatres|cinemas)',
    why: 'a film or a show that "bombed at the box office" failed (Merriam-Webster "bomb" (noun, informal): a failure)' },
  { sense: 'metaphor', lang: 'en', word: 'explosion\\p{L}*|blast\\p{L}*', after: '\\s+(?:of|in)\\s+(?:(?:the|a|an)\\s+)?(?:popularity|interest|growth|demand|colou?r|laughter|joy|energy|sales|prices|traffic|views|creativity|nostalgia|fun)(?![\\p{L}])',
    why: 'an explosion of popularity, colour or sales is growth; a "blast" of fun is a good time' },

  // (s28 clinc) a verb of burning with "bridges" after it (claim-artifact-object.ts reads a bridge burned as a deed)
  { sense: 'idiom', lang: 'en', word: 'burn|burns|burned|burnt|burning', after: "\\s+(?:(?:all|his|her|their|its|our|my|your|the|any|one['’]s)\\s+)?(?:[\\p{L}\\-]+\\s+)?bridges(?![\\p{L}])",
    why: '"burn (one\'s) bridges" is to make retreat impossible (Merriam-Webster "burn one\'s bridges"), no fire' },
  { sense: 'metaphor', lang: 'en', word: 'stabbed|stabbing|stabs', after: '\\s+(?:(?:\\p{L}+|him|her|them|us|me)\\s+)?in\\s+the\\s+back(?![\\p{L}])',
    why: '"stabbed in the back" is betrayal (Merriam-Webster "stab in the back"), not a knife attack' },

  // ---------- English: accidents, illness, totals ----------
  { sense: 'accident', lang: 'en', word: DEATH_EN, sentence: ACCIDENT_EN, unless: ATTACK_KEPT_EN,
    why: 'deaths and injuries in a crash, an accident, an overdose, an outbreak or a disaster have no attacker; the guide labels road and plane crashes, a virus and opioid deaths none. A crash blamed, planned, shot down or told beside a weapon (MH17, a jet on a bombing run) keeps the attack reading' },
  { sense: 'statistic', lang: 'en', word: '(?:bomb|bombs|bombing|bombings|strikes|airstrikes|air strikes|killed|deaths|dead|victims)', sentence: '(?:than\\s+in\\s+any\\s+(?:other\\s+|previous\\s+|single\\s+)?year|since\\s+(?:\\p{L}+\\s+){0,2}records\\s+(?:began|started)|year[\\s\\-]on[\\s\\-]year)',
    why: 'a count compared over years ("more bombs than in any year since records began") is a statistic of a war or a policy, not one event told; the guide labels a war\'s bombing total none' },
  // (review s16 R4, fixc2: a rate "per year / every year / annually" must be said of the death word's own clause, after it
  // or before it with no clause break between, and no armed doer named in the sentence: "killed every year by snipers"
  // tells a culprit's deeds)
  { sense: 'statistic', lang: 'en', word: '(?:killed|deaths|dead|victims|die|died)', after: `[^,;:.!?]{0,60}?(?<![\\p{L}])${RATE_EN}`, unless: ARMED_EN,
    why: 'deaths counted per year ("deaths per year", "killed every year") are a rate of a cause, not one event told' },
  // (session 17, claims2) a toll counted since a date or so far ("27 soldiers killed on the border since May 10", "killed
  // so far this year") is a war's or a cause's running total, not one event told (the guide, v18 (6), v19 (8): a
  // cumulative war toll is none)
  { sense: 'statistic', lang: 'en', word: '(?:killed|deaths|dead|victims|died|wounded|injured|casualties)', after: `[^,;:.!?]{0,60}?(?<![\\p{L}])(?:since\\s+(?:(?:early|mid|late|the\\s+(?:start|beginning|end|outbreak)\\s+of)\\s+)?(?:${MONTH_EN}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_EN}|(?:19|20)\\d\\d|the\\s+(?:start|beginning|outbreak)|last\\s+(?:year|month|spring|summer|autumn|fall|winter))|so\\s+far\\s+(?:this|in)|to\\s+date|this\\s+year\\s+alone)(?![\\p{L}])`, unless: `by\\s+(?:[\\p{L}\\-]+\\s+){0,3}${ARMED_EN}`,
    why: 'a toll counted since a date or so far is a running total of a war or a cause, not one event told (the guide: a cumulative war toll is none); one told with its armed culprit ("killed since 2012 by regime snipers") tells the culprit\'s deeds' },
  { sense: 'statistic', lang: 'en', word: '(?:killed|deaths|dead|victims|die|died)', before: `${RATE_EN}[^;:.!?]{0,60}?`, unless: ARMED_EN,
    why: 'deaths counted per year ("each year, 3,000 people die") are a rate of a cause, not one event told' },

  // ---------- English: a fake that is no event ----------
  { sense: 'not-an-event', lang: 'en', word: 'fake|fakes|faked|fabricated|falsified|invented|bogus', after: '\\s+(?:[\\p{L}\\-]+\\s+){0,3}(?:news|emails?|accounts?|stories|information|quotes?|profiles?|websites?|emergency|emergencies|polls?|elections?|votes?|ballots?|referendums?|census|results|project|projects|ideology|identity|nation|nationality|language|history|science|degrees?|diplomas?|followers|likes|reviews|passports?|money|currency|president|presidency|patriots?|christians|conservatives|liberals|outrage|tan|smile|charity|university)(?![\\p{L}])',
    why: 'staged (the slot) is about an attack or event being staged; a fake emergency, fake news, fake accounts or a "fabricated project" of a nation is disinformation or a political claim, not a staged incident (the guide: wars, politics and "fake news" are no incidents)' },

  // ---------- English: rhetoric of mass violence ----------
  { sense: 'rhetoric', lang: 'en', word: 'genocide\\p{L}*|ethnic cleansing\\p{L}*|bloodbath\\p{L}*|blood bath|pogrom\\p{L}*', before: '(?:threat\\p{L}*|call\\p{L}*\\s+for|wish\\p{L}*\\s+for|chant\\p{L}*|demand\\p{L}*)\\s+(?:(?:a|an|the|of)\\s+)?',
    why: 'a threat, call, chant or wish for genocide is speech (the guide: death threats, calls and wishes for an assassination are none); a plan or preparation of it stays an announced attack' },

  // ---------- Russian ----------
  { sense: 'verbal', lang: 'ru', word: 'атак\\p{L}*|атаковал\\p{L}*|атакова\\p{L}*|атакуют|атакует', after: `(?:(?!${REPORT_RU})[^.!?]){0,70}${CHANNEL_RU}`, notDoer: ARMED_RU,
    why: '"атаковал в Твиттере / в эфире / в интервью" is criticism (Ozhegov "атаковать" 2: to assail with demands or criticism)' },
  { sense: 'verbal', lang: 'ru', word: 'атаковал\\p{L}*|атакова\\p{L}*|атакуют|атакует', before: `${SPEECH_ROLE_RU}\\s+(?:(?:снова|вновь|опять|резко|публично|также)\\s+){0,2}`,
    why: 'deputies, journalists, bloggers and the opposition attack with words' },
  { sense: 'verbal', lang: 'ru', word: 'атаковал\\p{L}*|атакова\\p{L}*|атакуют|атакует', before: `${MEDIA_ROLE_RU}\\s+(?:(?:снова|вновь|опять|резко|публично|также)\\s+){0,2}`, after: `\\s+(?:\\p{L}+\\s+)?(?:${VERBAL_TARGET_RU}|${POLITICAL_PERSON_RU})`, notDoer: ARMED_RU,
    why: 'the media and the press attack with words when the attack is aimed at words or at people by their politics (review s16 R4(c))' },
  { sense: 'verbal', lang: 'ru', word: 'атаковал\\p{L}*|атакова\\p{L}*|атакуют|атакует', after: `\\s+(?:\\p{L}+\\s+)?${VERBAL_TARGET_RU}`, notDoer: ARMED_RU,
    why: 'to attack a law, a bill, a reform, a decision or voters (the direct object) is criticism' },
  { sense: 'verbal', lang: 'ru', word: 'атак\\p{L}*', after: `\\s+на\\s+(?:\\p{L}+\\s+){0,2}${VERBAL_TARGET_RU}`,
    why: 'an attack on a law, a bill, a reform or a decision ("атака на законопроект") is criticism' },
  { sense: 'verbal', lang: 'ru', word: 'атак\\p{L}*', after: '\\s+на\\s+(?:рубл\\p{L}*|валют\\p{L}*|рын\\p{L}*|бирж\\p{L}*|экономик\\p{L}*)',
    why: 'a speculative attack on the rouble or a market is finance' },
  { sense: 'metaphor', lang: 'ru', word: 'взорвал\\p{L}*|взорвет|взорвёт|взрыва\\p{L}*', after: '\\s+(?:\\p{L}+\\s+)?(?:интернет\\p{L}*|сет\\p{L}*|соцсет\\p{L}*|рунет\\p{L}*|твиттер\\p{L}*|зал\\p{L}*|чарт\\p{L}*|рейтинг\\p{L}*|танцпол\\p{L}*)',
    why: '"взорвал интернет / соцсети / зал" means went viral or thrilled an audience (figurative "взорвать")' },
  // (review s27) «покушение на свободу слова / демократию / суверенитет»: the usual figure of an assault on a value, as the
  // English "attack on free speech" (NOT_INCIDENT); s27 cldev made «покушени*» an incident word (an attempt on a life)
  { sense: 'metaphor', lang: 'ru', word: 'покушени\\p{L}*', after: '\\s+на\\s+(?:[\\p{L}\\-]+\\s+)?(?:свобод\\p{L}*|демократи\\p{L}*|суверенитет\\p{L}*|права|право|правам|конституц\\p{L}*|чест\\p{L}*|репутаци\\p{L}*|ценност\\p{L}*|традици\\p{L}*|памят\\p{L}*|истори\\p{L}*|независимост\\p{L}*|достоинств\\p{L}*|собственност\\p{L}*|святын\\p{L}*)(?![\\p{L}])',
    why: '"покушение на свободу / демократию / права" is an assault on a value, not an attempt on a life' },
  { sense: 'metaphor', lang: 'ru', word: 'бомб\\p{L}*', sentence: '(?:новост\\p{L}*|сенсаци\\p{L}*|информационн\\p{L}*|рын\\p{L}*|недел\\p{L}*|скандал\\p{L}*)', unless: ATTACK_KEPT_RU.replace('бомб\\p{L}*|', ''),
    why: '"бомба" of news, a week or a market is a sensation (figurative "бомба"); with a weapon, an attack or a strike in the sentence it stays a device' },
  { sense: 'accident', lang: 'ru', word: '(?:погиб\\p{L}*|гибел\\p{L}*|пострада\\p{L}*|жертв\\p{L}*|ранен\\p{L}*|убит\\p{L}*|инцидент\\p{L}*)', sentence: ACCIDENT_RU, unless: ATTACK_KEPT_RU,
    why: 'deaths and injuries in a road accident (ДТП, авария), an overdose, a disease or a disaster have no attacker (the guide: crashes and a virus are none)' },
  // (s24 clnew) «сбит / сбиты с толку» is confused and «сбил с толку» confused someone (Ozhegov, "сбить": "сбить с толку"),
  // no aircraft shot down
  { sense: 'idiom', lang: 'ru', word: 'сбил|сбила|сбило|сбили|сбит|сбита|сбито|сбиты|сбитый|сбитая|сбитые|сбитого|сбитых', after: '\\s+(?:\\p{L}+\\s+){0,2}с\\s+(?:толку|панталыку)',
    why: '"сбить с толку" is to confuse (Ozhegov, "сбить"): no shooting down' },
  // (s24 clnew) «ликвидировать» a thing, a state of affairs or a body is to remove or dissolve it (Ozhegov, "ликвидировать"
  // 1), no killing: consequences, a fire, a spill, a debt, a firm, a gap, a threat, a stockpile
  { sense: 'not-an-event', lang: 'ru', word: 'ликвидировал|ликвидировала|ликвидировали|ликвидировало|ликвидирован|ликвидирована|ликвидированы', after: '\\s+(?:\\p{L}+\\s+){0,3}?(?:последстви|пожар|возгоран|авари|разлив|утечк|задолженност|долг|компани|предприяти|фирм|организаци|филиал|очаг|неграмотност|дефицит|отставани|пробел|недостат|бедност|безработиц|коррупци|нарушени|угроз|выброс|свалк|оруж|арсенал|запас|боеприпас|склад|производств|завод|лаборатори|программ|министерств|ведомств|должност|институт|монополи)\\p{L}*',
    why: 'to "ликвидировать" consequences, a fire, a debt, a firm, a threat or a stockpile is to remove or dissolve it (Ozhegov, "ликвидировать" 1), no killing' },
  { sense: 'not-an-event', lang: 'ru', word: 'фейк\\p{L}*|фальши\\p{L}*|поддельн\\p{L}*', after: '\\s+(?:\\p{L}+\\s+)?(?:новост\\p{L}*|аккаунт\\p{L}*|страниц\\p{L}*|сайт\\p{L}*|опрос\\p{L}*|диплом\\p{L}*|паспорт\\p{L}*|подписчик\\p{L}*)',
    why: 'fake news, accounts, polls or diplomas are disinformation or fraud, not a staged incident' },

  // ---------- Arabic ----------
  { sense: 'verbal', lang: 'ar', word: '[وف]?(?:هاجم|يهاجم|تهاجم|هاجمت|هاجموا)\\p{L}*|(?:ال)?هجوم', after: `(?:(?!${REPORT_AR})[^.!?؟]){0,70}${CHANNEL_AR}`, notDoer: ARMED_AR, doerAfter: true,
    why: '"هاجم ... في تغريدة / في مقابلة / في مؤتمر صحفي" is criticism (Almaany "هاجم": to criticise sharply)' },
  { sense: 'verbal', lang: 'ar', word: '[وف]?(?:هاجم|يهاجم|تهاجم|هاجمت|هاجموا)\\p{L}*', after: `\\s+(?:\\p{L}+\\s+){0,3}${VERBAL_TARGET_AR}`, notDoer: ARMED_AR, doerAfter: true,
    why: 'an attack on statements, a policy, a decision or the press is criticism' },
  // (s21 claims3) "انفجر / انفجرت" (read as an incident since this session) with a situation, an anger, a crisis or a
  // dispute as its subject, or laughing and weeping after it, is a figurative outburst
  { sense: 'metaphor', lang: 'ar', word: '[وف]?(?:انفجر|انفجرت|انفجرا)', after: '\\s+(?:(?:ال)?(?:وضع|اوضاع|غضب|ازمه|ازمات|خلاف|خلافات|صراع|نزاع|احتجاج|احتجاجات|شارع|جدل|نقاش|موقف|مشاعر|ضحك|بكاء)|ضاحك\\p{L}*|بالضحك|بالبكاء|باكي\\p{L}*|غضبا|غاضب\\p{L}*)(?![\\p{L}])',
    why: 'an outburst of a situation, anger, a crisis or a dispute, or of laughing and weeping, is figurative (Hans Wehr, "انفجر": to burst out, to break out), no blast' },
  { sense: 'metaphor', lang: 'ar', word: '[وف]?(?:فجر|يفجر|تفجر|فجرت)', after: '\\s+(?:\\p{L}+\\s+){0,2}(?:مفاجاه|مفاجات|فضيحه|جدلا|غضبا|ازمه|قنبله\\s+(?:اعلاميه|سياسيه|مدويه))',
    why: '"فجّر مفاجأة / فضيحة / جدلاً" is to spring a surprise, a scandal or a controversy (figurative "فجّر")' },
  { sense: 'accident', lang: 'ar', word: '(?:[وفبل]?(?:ال)?(?:مقتل|قتلي|قتل\\p{L}*|وفاه|مصرع|مصاب\\p{L}*|اصاب\\p{L}*|ضحايا|الحادثه|حادثه))', sentence: ACCIDENT_AR, unless: ATTACK_KEPT_AR,
    why: 'deaths and injuries in a road accident, a drowning, an overdose or a disaster have no attacker' },
  { sense: 'not-an-event', lang: 'ar', word: '(?:ال)?مزيف\\p{L}*|(?:ال)?مفبرك\\p{L}*', before: '(?:ال)?(?:اخبار|خبر|حسابات|حساب|صفحات|صفحه|مواقع|موقع)\\s+',
    why: 'fake news, accounts or pages are disinformation, not a staged incident' },
];

interface Compiled { e: WordSense; before?: RegExp; after?: RegExp; sentence?: RegExp; unless?: RegExp; notDoer?: RegExp }
const COMPILED: (Compiled & { word: RegExp })[] = WORD_SENSES.map((e) => ({
  e,
  word: new RegExp(`^(?:${e.word})$`, 'u'),
  // "$" first, then the context as a lookbehind (matched backwards from the end): one attempt instead of one per start
  before: e.before ? new RegExp(`$(?<=(?:^|[^\\p{L}])${e.before})`, 'u') : undefined,
  after: e.after ? new RegExp(`^${e.after}`, 'u') : undefined,
  sentence: e.sentence ? new RegExp(e.sentence, 'gu') : undefined,
  unless: e.unless ? new RegExp(e.unless, 'gu') : undefined,
  notDoer: e.notDoer ? new RegExp(e.notDoer, 'gu') : undefined,
}));
// a word-initial match anywhere in a text (the start checked by hand, not by a lookbehind: a pattern that opens with
// letters lets the regex engine skip ahead to its first letters)
const LETTER = /\p{L}/u;
const occurs = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || !LETTER.test(text[m.index - 1])) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
};
// a quick test before the entries: could this word have a sense here at all
const ANY_WORD = new RegExp(`^(?:${[...new Set(WORD_SENSES.map((e) => e.word))].join('|')})$`, 'u');
// the entries that read a word, per word (the reader's words repeat: one look-up each after the first)
const byWord = new Map<string, Compiled[]>();
const entriesOf = (word: string): Compiled[] => {
  let v = byWord.get(word);
  if (!v) {
    v = ANY_WORD.test(word) ? COMPILED.filter((c) => c.word.test(word)) : [];
    if (byWord.size < 50_000) byWord.set(word, v);
  }
  return v;
};

/**
 * The sense that reads `word` (the reader's matched word, lower case) in its context, or null when the attack reading
 * stands: `before` and `after` are the text of its sentence before and after it, `sentence` the whole sentence.
 */
export function senseOf(word: string, before: string, after: string, sentence: string): WordSense | null {
  const cs = entriesOf(word);
  if (!cs.length) return null;
  for (const c of cs) {
    if (c.before && !c.before.test(before)) continue;
    if (c.e.notPassive && /ed$/.test(word) && PASSIVE.test(before)) continue;
    if (c.after && !c.after.test(after)) continue;
    if (c.sentence && !occurs(c.sentence, sentence)) continue;
    if (c.unless && occurs(c.unless, sentence)) continue;
    // (an armed doer before the word, or right after an Arabic verb, attacks with arms: review s16 R1, R2, R4)
    if (c.notDoer && (occurs(c.notDoer, before) || (c.e.doerAfter && occurs(c.notDoer, after.slice(0, 40))))) continue;
    return c.e;
  }
  return null;
}
