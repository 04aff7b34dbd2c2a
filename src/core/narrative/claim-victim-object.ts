/**
 * The victims as object (session 24, room clgram): a verb whose direct object is a count of people is a deed of harm,
 * whatever the verb. Writers name what was done to people with verbs the reader's cue list lacks ("Syrian forces
 * destroy over 60 terrorists", "Israeli soldiers gunned down three Palestinians", "Ukrainian forces mowed down 20
 * civilians", «Сирийская армия ликвидировала 60 боевиков», "قوات النظام أعدمت 20 مدنيا"); what these share is the
 * patient: a numeral or a quantity word with a noun of persons as the verb's object (Quirk et al. 1985 §10.6 on the
 * direct object; Wade 2011 §200 on the genitive after numerals; Ryding 2005 §15.4 on the accusative of specification
 * after numbers, "عشرين مدنياً"). The verb is read as a deed (and its clause as an incident); the reader's subject
 * grammar then finds who did it.
 *
 * (s24 fixcl, review R1) and only a verb of harm, or one followed by a harm complement ("left 30 civilians dead"): the
 * open class of benign verbs with people as object (pardon, escort, honour, bury, feed, cure) cannot be listed.
 *
 * Not a deed: verbs that move, save, hold, count or tell of people ("evacuated 300 civilians", "arrested 20
 * protesters", "lost 30 soldiers", "treated 40 patients", "reported 12 dead"); "left" only with "dead" or "wounded"
 * after its object ("left 30 civilians dead"). The English "-s" present and the Arabic verb need a party next to them
 * as the subject (as in claim-instrument.ts).
 *
 * Pure: offsets in the reader's lower-cased (Arabic: folded) text `s`.
 */

const EN_QUANTITY = String.raw`(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozens\s+of|scores\s+of|hundreds\s+of|thousands\s+of|a\s+dozen|several|many)`;
const EN_PERSONS = String.raw`(?:people|persons|civilians|children|kids|women|men|residents|villagers|inhabitants|protesters|protestors|demonstrators|worshippers|students|pupils|patients|refugees|migrants|prisoners|detainees|soldiers|troops|servicemen|fighters|militants|rebels|terrorists|insurgents|jihadists|gunmen|policemen|officers|palestinians|israelis|syrians|ukrainians|russians|kurds|yazidis|muslims|christians|bosniaks|iraqis|yemenis|afghans)`;
// the object first (a quantity and a noun of persons), then the verb before it: one pass that starts only at numerals
const EN_VICTIMS_G = new RegExp(String.raw`(?<![\p{L}])${EN_QUANTITY}\s+(?:[\p{L}\-]+\s+){0,2}?${EN_PERSONS}(?![\p{L}])`, 'gu');
const EN_VERB_BEFORE = /([\p{L}\-]+)(\s+(?:down|out|off)\s+|\s+)$/u;
const EN_GATE = /(?:\d|dozens|scores|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s/u;
const EN_FINITE = /^\p{L}{3,}(?:ed|es|s)$/u;
const EN_IRREGULAR = /^(?:shot|hit|struck|slew|slain|beat|burnt|blew|left|leaves)$/u;
// verbs of moving, saving, holding, counting or telling people; "-s" nouns and function words
const EN_NOT_DEED = /^(?:charged|charges|sentenced|sentences|convicted|convicts|jailed|jails|indicted|indicts|expelled|expels|deported|deports|banned|bans|sanctioned|sanctions|evacuated|evacuates|rescued|rescues|saved|saves|treated|treats|arrested|arrests|detained|detains|released|releases|freed|frees|exchanged|exchanges|recruited|recruits|trained|trains|hired|hires|sent|sends|deployed|deploys|lost|loses|counted|counts|reported|reports|registered|registers|interviewed|interviews|housed|houses|fed|feeds|hosted|hosts|employed|employs|captured|captures|displaced|displaces|relocated|relocates|transferred|transfers|moved|moves|brought|brings|welcomed|welcomes|admitted|admits|received|receives|identified|identifies|named|names|included|includes|numbered|numbers|totalled|totaled|totals|reached|reaches|exceeded|exceeds|claimed|claims|said|says|stated|states|added|adds|confirmed|confirms|estimated|estimates|listed|lists|recorded|records|documented|documents|examined|examines|vaccinated|helped|helps|fielded|fields|mobilised|mobilized|mobilises|mobilizes|conscripted|drafted|gathered|gathers|assembled|organised|organized|organises|organizes|involved|involves|killed|is|was|has|does|es|its|this|his|us|as|thus|always|news|series|forces|troops|soldiers|jets|planes|drones|groups|rebels|militants|terrorists|officials|authorities|reports|claims|sources|attacks|strikes|airstrikes|shells|rockets|missiles|bombs|villages|towns|cities|areas|parts|regions|provinces|years|months|weeks|days|hours|minutes|times|ones|others|dozens|hundreds|thousands|scores|numbers|figures|estimates|least|less|plus|minus|versus|whereas|towards|across|various|numerous|previous|serious|famous|enormous)$/u;
const EN_NOT_SUBJECT_END = /^(?:the|a|an|of|to|with|by|in|on|at|from|for|into|onto|and|or|was|were|is|are|be|been|being|get|gets|got|this|these|those|its|their|his|her|our|my|your|no|not|never|any|some|many|more|most|such|very|so|as|than|if|whether|there|here|where|when|which|who|that|about|among|including|between|killing|leaving)$/u;
const EN_ADVERB = /^(?:has|have|had|then|also|reportedly|allegedly|apparently|deliberately|later|first|again|repeatedly|once|just|recently|previously|secretly|brutally|indiscriminately|systematically|summarily|reportedly)$/u;
// words that follow a noun phrase and are no verbs ("American among 18 jihadists", "Russia with 30 soldiers")
const EN_FUNCTION = /^(?:border|borders|monitor|monitors|while|whilst|ngo|source|sources|report|media|agency|group|office|ministry|official|officials|spokesman|statement|data|toll|tally|figure|figures|among|amongst|with|from|into|onto|like|near|over|than|upon|after|before|during|including|against|toward|towards|about|across|between|within|without|beyond|under|since|until|unlike|plus|versus|amid|amidst|outside|inside|through|along|around|behind|below|above|beside|besides|except|only|even|just|also|both|each|every|were|have|will|would|could|should|might|must|shall|said|says|told|claim|claims|say|reported|believe|believes|think|thinks|hope|hopes|fear|fears|expect|expects|want|wants|need|needs|plan|plans|seek|seeks|have|keep|keeps|count|counts|number|numbers|total|totals|include|includes|lose|loses|lost|evacuate|rescue|save|treat|arrest|detain|release|free|exchange|recruit|train|hire|send|deploy|host|house|field|mobilise|mobilize|gather|bring|move|welcome|receive|admit|register|report|record|document|estimate|confirm|deny|denies|list|name|identify)$/u;
const EN_DEAD_AFTER = /^\s+(?:dead|wounded|injured|maimed|crippled)(?![\p{L}])/u;
// (s24 fixcl, review R1) positive evidence of harm, not a denylist: the verb is one of harm (killing, wounding, executing,
// destroying, poisoning, abducting; Levin 1993 §42 "verbs of killing", §18 "verbs of contact by impact"), a particle verb
// of killing ("gunned down", "mowed down", "wiped out", "picked off"), or a harm complement follows the object ("left 30
// civilians dead", "... 20 civilians in a chemical attack"); a benign verb with people as its object ("pardoned",
// "escorted", "honoured", "buried", "pulled 20 children from the rubble") is no deed, whatever it is. The denylist above
// stays as a second guard.
const EN_HARM_VERB = /^(?:slew|slain|shot|hit|struck|beat|burnt|blew|(?:kill|murder|massacr|slaughter|execut|wound|injur|maim|tortur|poison|gass|gas|bomb|shell|behead|crucifi|crucifie|hang|burn|destroy|eliminat|neutralis|neutraliz|liquidat|annihilat|exterminat|abduct|kidnap|assassinat|strik|target|attack|ambush|butcher|stabb|stab|suffocat|asphyxiat|drown|lynch|mutilat|decimat|bombard|strafe|strafed|rap|shoot|snip|fire|shoots)(?:e|ed|es|s|d|ted|ied|ies)?)$/u;
const EN_HARM_PARTICLE_VERB = /^(?:gunned|guns|mowed|mows|wiped|wipes|picked|picks|cut|cuts|took|takes|knocked|rubbed|shot|struck)$/u;
const EN_HARM_AFTER = /^\s+(?:dead|wounded|injured|maimed|crippled|in\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}(?:attack|strike|airstrike|massacre|bombing|shelling|raid|ambush))(?![\p{L}])/u;

function english(s: string, subjectBefore: (at: number) => boolean): [number, number, string][] {
  const out: [number, number, string][] = [];
  EN_VICTIMS_G.lastIndex = 0;
  for (let q = EN_VICTIMS_G.exec(s); q; q = EN_VICTIMS_G.exec(s)) {
    const v = EN_VERB_BEFORE.exec(s.slice(Math.max(0, q.index - 40), q.index));
    if (!v) continue;
    const w = v[1];
    const at = q.index - v[0].length;
    const objectEnd = q.index + q[0].length;
    if (!(EN_FINITE.test(w) || EN_IRREGULAR.test(w)) || EN_NOT_DEED.test(w) || EN_FUNCTION.test(w)) continue;
    if (/^(?:left|leaves)$/u.test(w) && !EN_DEAD_AFTER.test(s.slice(objectEnd, objectEnd + 12))) continue;
    const particle = /\S/u.test(v[2]);
    if (!(EN_HARM_VERB.test(w) || (particle && EN_HARM_PARTICLE_VERB.test(w)) || EN_HARM_AFTER.test(s.slice(objectEnd, objectEnd + 60)))) continue;
    // its subject before it: a word that ends a noun phrase, past adverbs and auxiliaries (not "the", "of", "was")
    const pre = s.slice(Math.max(0, at - 60), at);
    const toks = pre.split(/[^\p{L}\-'’]+/u).filter(Boolean);
    let j = toks.length - 1;
    while (j >= 0 && EN_ADVERB.test(toks[j])) j--;
    if (j < 0 || EN_NOT_SUBJECT_END.test(toks[j]) || /[.;:!?\n,(/]\s*$/u.test(pre)) continue;
    // (the "-s" present needs a party as its subject right before it, "Syrian army eliminates over 75 militants"; "-s"
    // words elsewhere are plural nouns)
    if (!/ed$/u.test(w) && !EN_IRREGULAR.test(w) && !subjectBefore(at)) continue;
    // (a gerund or participle in "-ing" is no finite verb: "killing 30 civilians" is the reader's own)
    if (/ing$/u.test(w)) continue;
    out.push([at, at + w.length, w]);
  }
  return out;
}

// Russian: a finite verb before a numeral with a noun of persons in the genitive («ликвидировала 60 боевиков»)
// (s25 clnew) officers, prisoners and inmates are persons, and a count may be in thousands or millions written short
// («уничтожили свыше 14 тыс. польских офицеров», «расстреляли 2 тыс. заключённых»), and a place may stand between the
// verb and its count («уничтожили в Катыни свыше ...», «расстреляли под Харьковом 40 пленных»)
const RU_PERSONS = String.raw`(?:офицер\p{L}*|заключ[её]нн\p{L}*|узник\p{L}*|человек|мирн\p{L}*\s+жител\p{L}*|жител\p{L}*|граждан\p{L}*|мирн\p{L}*|детей|женщин|военн\p{L}*|солдат|бойц\p{L}*|боевик\p{L}*|террорист\p{L}*|боевиков|пленн\p{L}*|демонстрант\p{L}*|протестующ\p{L}*|палестинц\p{L}*|украинц\p{L}*|мусульман)`;
const RU_VICTIMS_G = new RegExp(String.raw`(?<![\p{L}])([\u0400-\u04FF]{4,})\s+(?:(?:в|во|на|под|у|близ|около)\s+[\p{L}\-]+\s+)?(?:(?:не\s+менее|более|около|свыше|почти|порядка|до)\s+)?(?:\d[\d\s]*(?:(?:тыс|млн)\.?)?|десятк\p{L}*|сотн\p{L}*|тысяч\p{L}*|двух|трех|трёх|пят\p{L}*|нескольк\p{L}*)\s+(?:[\p{L}\-]+\s+){0,1}?${RU_PERSONS}(?![\p{L}])`, 'gu');
const RU_GATE = /\d|десятк|сотн|тысяч/u;
const RU_FINITE_VERB = /^[\u0400-\u04FF]{3,}(?:ли|ла|ло|ил|ал|ял|ел|ют|ят|ут|ат|ет|ит)$/u;
const RU_NOT_DEED = /^(?:обстрел|расстрел|отстрел|налет|посел|пепел|котел|угол|стол|орел|осел|дел[аоу]?$|возрос|выросл|вырос|увелич|сократил|снизил|умер|скончал|попал|оказал|насчитал|эвакуир|спас|лечи|лечат|задерж|арест|освобод|освобожд|обмен|вербов|завербова|обуч|нанял|нанима|отправ|направ|перебро|потерял|потеря|насчит|сообщ|заяв|зарегистр|разместил|размеща|принял|принима|вывез|вывоз|перевез|перевоз|мобилиз|призвал|призыва|собрал|собира|пострадал|погиб|составил|составля|достиг|превыс|превыша|включа|насчитыва|было|были|стал|стали|ранил|убил|объект|ракет|совет|бюджет|пакет|запрет|ответ|результат|солдат|автомат|комитет|кабинет|билет|факт|депутат|кандидат|акт|штат)/u;

// (s24 fixcl, review R1) the verb must be one of harm (killing, executing, wounding, destroying, poisoning, burning,
// abducting; Ozhegov "ликвидировать" 2, "уничтожить", "расстрелять"): «накормили 300 жителей», «вылечили 30 детей»,
// «наградила 20 военнослужащих» are no deeds, whatever the verb
const RU_HARM_VERB = /^(?:ликвидир|уничтож|расстрел|казнил|казнят|казнит|застрел|подстрел|перестрел|перебил|убива|убьют|вырезал|истреб|отрав|сжег|сожгл|сожгл|замучил|запытал|пытал|обезглав|похитил|похища|взорвал|подорвал|покалечил|изувечил|ранил|ранят|нейтрализ|зачистил|задушил|утопил|повесил|растерзал|перерезал|выкосил|положил|накрыл|обстрелял|разбомбил|атаковал|ударил)/u;
const RU_HARM_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,2}?(?:в\s+результате\s+(?:\p{L}+\s+){0,2}?(?:атак|удар|обстрел|налет|нал[её]т)|убит\p{L}*|ранен\p{L}*|погибш\p{L}*)/u;

function russian(s: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  RU_VICTIMS_G.lastIndex = 0;
  for (let m = RU_VICTIMS_G.exec(s); m; m = RU_VICTIMS_G.exec(s)) {
    const w = m[1];
    RU_VICTIMS_G.lastIndex = m.index + w.length;
    if (!RU_FINITE_VERB.test(w) || RU_NOT_DEED.test(w) || /(?:ся|сь)$/u.test(w)) continue;
    if (!RU_HARM_VERB.test(w) && !RU_HARM_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    out.push([m.index, m.index + w.length, w]);
  }
  return out;
}

// Arabic: a verb before a number and the accusative of specification of persons ("أعدمت 20 مدنيا")
const AR_VICTIMS_G = /(?<![\p{L}])([\p{L}]{3,7})\s+(?:(?:اكثر\s+من|نحو|حوالي|قرابه|ما\s+لا\s+يقل\s+عن)\s+)?(?:\d+|عشرات|ميات|الاف)\s+(?:من\s+)?(?:ال)?(?:مدنيا|مدنيين|شخصا|اشخاص|طفلا|اطفال|امراه|نساء|مواطنا|مواطنين|عنصرا|عناصر|مسلحا|مسلحين|جنديا|جنود|مقاتلا|مقاتلين|ارهابيا|ارهابيين|متظاهرا|متظاهرين|مصليا|مصلين)(?![\p{L}])/gu;
const AR_GATE = /\d|عشرات|ميات|الاف/u;
const AR_NOT_DEED = /^[وف]?(?:نفت|نفي|ينفي|تنفي|اجلت|اجلي|انقذ|انقذت|عالج|عالجت|اعتقل|اعتقلت|احتجز|احتجزت|اطلق|اطلقت|افرج|افرجت|جند|جندت|درب|دربت|ارسل|ارسلت|نقل|نقلت|فقد|فقدت|سجل|سجلت|وثق|وثقت|احصي|احصت|استقبل|استقبلت|اسعف|اسعفت|اصيب|اصيبت|قتل|قتلت|مقتل|اصابه|حوالي|نحو|قرابه|اكثر|مقتل|وفاه|سقوط|استشهاد|بلغ|بلغت|تجاوز|تجاوزت|وصل|وصلت|ارتفع|ارتفعت|اسفر|اسفرت|ادي|ادت|يضم|تضم|ضم|ضمت)$/u;
const AR_VERB = /^[وف]?(?:[يت]\p{L}{2,5}|\p{L}{2,5}(?:ت|وا))$/u;

// (s24 fixcl, review R1) the verb must be one of harm by its root (أعدم executed, ذبح slaughtered, اغتال assassinated,
// استهدف targeted, قصف shelled, خطف/اختطف abducted, سمم poisoned, أحرق burned, صفّى liquidated, دمر destroyed, أباد
// exterminated, جرح wounded, قنص sniped; Hans Wehr): «كرمت 20 جنديا» (honoured) is no deed
const AR_HARM_STEM = /^(?:اعدم|عدم|ذبح|اغتال|غتال|استهدف|ستهدف|قصف|خطف|اختطف|ختطف|سمم|احرق|حرق|صفي|صفو|دمر|اباد|بيد|جرح|قنص|عذب|شنق|حاصر|هاجم|صاب|اصاب)$/u;
function arHarm(w: string): boolean {
  const x = w.replace(/^[وف]/u, '');
  for (const y of [x, x.replace(/^[يت]/u, '')]) for (const z of [y, y.replace(/(?:ت|وا|ون|ن)$/u, '')]) if (AR_HARM_STEM.test(z)) return true;
  return false;
}

function arabic(s: string, subjectBefore: (at: number) => boolean, subjectAfter: (end: number) => boolean): [number, number, string][] {
  const out: [number, number, string][] = [];
  AR_VICTIMS_G.lastIndex = 0;
  for (let m = AR_VICTIMS_G.exec(s); m; m = AR_VICTIMS_G.exec(s)) {
    const w = m[1];
    AR_VICTIMS_G.lastIndex = m.index + w.length;
    if (!AR_VERB.test(w) || AR_NOT_DEED.test(w) || /^[وفبلك]?ال/u.test(w)) continue;
    if (/^[وف]?ت\p{L}\p{L}ي\p{L}$/u.test(w)) continue;
    if (!arHarm(w)) continue;
    if (!subjectBefore(m.index) && !subjectAfter(m.index + w.length)) continue;
    out.push([m.index, m.index + w.length, w]);
  }
  return out;
}

/**
 * The verbs of `s` whose object is a count of people: [at, end, word] in `s`, for the reader to read as deeds.
 * `partySpans`: the spans of the parties and states the reader found (some forms need one as the subject next to them).
 */
export function victimObjectDeeds(s: string, lang: 'en' | 'ru' | 'ar', partySpans: readonly [number, number][]): [number, number, string][] {
  const subjectBefore = (at: number): boolean => partySpans.some(([, b]) => b <= at && at - b <= 2 && /^\s*$/u.test(s.slice(b, at)));
  const subjectAfter = (end: number): boolean => partySpans.some(([a]) => a >= end && a - end <= 2 && /^\s*$/u.test(s.slice(end, a)));
  if (lang === 'en') return EN_GATE.test(s) ? english(s, subjectBefore) : [];
  if (lang === 'ru') return RU_GATE.test(s) ? russian(s) : [];
  return AR_GATE.test(s) ? arabic(s, subjectBefore, subjectAfter) : [];
}
