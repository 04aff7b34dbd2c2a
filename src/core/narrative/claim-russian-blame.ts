/**
 * Russian blame grammar added in session 12 (room claimsar): where the one blamed stands in constructions the reader
 * did not parse. Pure patterns over the lower-cased text (`s` of claim-slots.ts); claim-slots.ts applies them.
 *
 * - A lay verb with its object after it ("Москва возложила на Вашингтон ответственность за провокацию"): the bare verb
 *   lays blame when "на X ... ответственность / вину" follows, as it does when its noun stands before it.
 * - A country after "на" governed by a lay verb ("вина ... возлагается на Израиль") is the one blamed, not a place.
 * - A copular dash before a blame predicate ("Обстрел больницы — дело рук ВСУ", "... — на совести Киева") joins the
 *   subject and its predicate in one clause.
 * - A passive participle of a deed right before an abbreviated party ("Подготовленная СБУ провокация", "устроенный ВСУ
 *   обстрел"): the abbreviation, whose case cannot be read, is the participle's agent, as an instrumental would be.
 */

/** after a bare lay verb: "на X ... ответственность / вину" (the noun after its object) */
export const RU_LAID_NOUN_AFTER = /^\s+на\s+(?:[\p{L}\-«»"„“]+\s+){1,5}(?:(?:всю|полную|прямую)\s+)?(?:ответственност\p{L}*|вин[уы])(?![\p{L}])/u;

/** before a party: "на" governed by a lay verb or its noun within a few words ("возлагается на", "лежит на") */
export const RU_LAID_ON_BEFORE = /(?<![\p{L}])(?:возлож\p{L}*|возлага\p{L}*|лежит|лежат|лежал\p{L}*)\s+(?:[\p{L}\-]+\s+){0,3}?на\s+$/u;

/** after a dash: a predicate that names the culprit ("дело рук X", "на совести X", "работа X", "почерк X") */
// (s26 cldev: a hedge may open the predicate, «Взрыв — возможно, дело рук X», «— скорее всего, работа X»: the hedge stays
// in the item's voice, README guide)
// (s32 clblame: and «вина X», the guilt of X, «Обстрел школы — вина киевского режима»)
export const RU_BLAME_PREDICATE_AFTER_DASH = /^(?:(?:возможно|вероятно|скорее\s+всего|по\s+всей\s+видимости|видимо|очевидно|судя\s+по\s+всему|похоже|наверняка|несомненно|безусловно|явно|предположительно)\s*,?\s+)?(?:это\s+)?(?:(?:дело|делом|дела)\s+рук|на\s+совести|работа|почерк|вина)(?![\p{L}])/u;

/** before a party: a passive participle of a deed ("подготовленная", "устроенный", "организованные", "нанесённый") */
export const RU_DEED_PARTICIPLE_BEFORE = /(?<![\p{L}])(?:подготовлен|устроен|организован|спланирован|осуществл[её]н|соверш[её]н|нан[её]с[её]н|инсценирован|проведен|проведён|запланирован|сфабрикован|примен[её]н|выпущен|сброшен)н\p{L}+\s+[«"„“]?$/u;

/** a party written as an abbreviation in the original text (ВСУ, СБУ, ЦРУ, ИГИЛ, ХТШ): its case cannot be read */
export const RU_ABBREVIATION = /^[\u0410-\u042F\u0401]{2,6}$/u;

/**
 * A finite verb of carrying on, starting or stepping up ("усилили", "продолжают", "возобновили", "ведут", "провели",
 * "начали", "активизировали") with a deed noun as its object ("ВСУ усилили обстрелы мирных жителей", "боевики
 * возобновили атаки"): the verb is the deed of its subject, as "обстреляли" would be. Only an adjective may stand
 * between ("усилили артиллерийские обстрелы"), not another noun ("провели расследование атаки"). Returns [at, end,
 * word] of each such verb in `s`.
 */
const RU_CARRY_ON_DEED = /(?<![\p{L}])((?:усилил|усилива|продолжил|продолжа|продолж|возобновил|возобновля|активизировал|активизиру|наращива|нарастил|провел|провёл|провод|начал|начина|вел|вёл|вед)\p{L}*)\s+(?:(?:\p{L}*(?:ые|ую|ый|ой|ых)|\p{L}*(?<![нт])(?:ие|ий|их))\s+)?(?:атак|химатак|удар|авиаудар|ракетн\p{L}*\s+удар|обстрел|артобстрел|бомбардир|бомбёжк|бомбежк|нападени|налет|налёт|авианалет|авианалёт)\p{L}*/gu;
const RU_CARRY_ON_WORD = /(?:л|ла|ло|ли|ют|ят|ет|ит|ут|ат|ёт)$/u;
export function ruCarryOnDeeds(s: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  RU_CARRY_ON_DEED.lastIndex = 0;
  for (let m = RU_CARRY_ON_DEED.exec(s); m; m = RU_CARRY_ON_DEED.exec(s)) {
    // (finite forms only: "ведение обстрелов", "продолжение атак" are nouns; "начала атаки" may be a genitive noun)
    if (!RU_CARRY_ON_WORD.test(m[1]) || /^начала$/u.test(m[1])) continue;
    out.push([m.index, m.index + m[1].length, m[1]]);
  }
  // (session 13, room claimsra) the object first, the light verb after it, its subject last: "Обстрел жилых кварталов
  // вели боевики", "Химическую атаку осуществили сирийские ВВС", "Обстрел Горловки провели украинские силовики" (the deed
  // noun in the nominative or accusative, not after a preposition: "После атаки боевики провели перегруппировку")
  RU_DEED_THEN_LIGHT_VERB.lastIndex = 0;
  for (let m = RU_DEED_THEN_LIGHT_VERB.exec(s); m; m = RU_DEED_THEN_LIGHT_VERB.exec(s)) {
    const at = m.index + m[0].length - m[1].length;
    if (!out.some((o) => o[0] === at)) out.push([at, at + m[1].length, m[1]]);
  }
  // (s16 claims) or the relative pronoun that stands for the deed noun: "При обстреле, который вели ВСУ", "удары, которые
  // наносят ВСУ" (the pronoun is the verb's object, so the verb's subject follows it)
  RU_DEED_RELATIVE_LIGHT_VERB.lastIndex = 0;
  if (s.includes('котор'))
  for (let m = RU_DEED_RELATIVE_LIGHT_VERB.exec(s); m; m = RU_DEED_RELATIVE_LIGHT_VERB.exec(s)) {
    const at = m.index + m[0].length - m[1].length;
    if (!out.some((o) => o[0] === at)) out.push([at, at + m[1].length, m[1]]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
const RU_DEED_RELATIVE_LIGHT_VERB = /(?<![\p{L}])(?:обстрел|артобстрел|удар|авиаудар|атак|химатак|нападени|бомбардировк|нал[её]т)\p{L}*,\s+(?:котор(?:ый|ые|ую|ое|ого|ых))\s+(?:[\p{L}\-]+\s+){0,2}?(вели|вел|вела|ведут|ведет|ведёт|провели|провел|провёл|провела|проводят|осуществили|осуществил|осуществила|осуществляли|осуществляют|производили|предприняли|предпринял|предприняла|нанесли|нанес|нанёс|нанесла|наносят|наносили|совершили|совершил|совершила)(?=\s)/gu;
const RU_DEED_THEN_LIGHT_VERB = /(?<![\p{L}])(?<!(?:после|во время|в результате|вследствие|из-за|при|до|для|от|о|об|про|на|по|за|против|в|с|к)\s)(?:[\p{L}\-]+(?:ую|ый|ой|ые|ий|ие)\s+)?(?:обстрел|обстрелы|артобстрел|артобстрелы|удар|удары|авиаудар|авиаудары|атаку|атаки|химатаку|химатаки|нападение|нападения|бомбардировку|бомбардировки|налет|налёт|налеты|налёты)(?:\s+[^\s.,;:!?()«»"]+){0,6}?\s+(вели|вел|вела|ведут|провели|провел|провёл|провела|осуществили|осуществил|осуществила|осуществляли|осуществляют|производили|предприняли|предпринял|предприняла)(?=\s)/gu;

/**
 * "В результате авиаудара (возглавляемой США международной) коалиции погибли ...", "после атаки боевиков": the party
 * in the genitive after a deed noun that is the cause of a result ("в результате", "вследствие", "из-за", "после") is
 * its doer (a target would take "по" / "на" / "против"); a leading participle phrase ("возглавляемой США") and
 * adjectives may stand between. Tested on the text right before the party; group 1 is the preposition (after one of
 * time, "после атаки боевики отступили", a nominative is the clause's subject, not the genitive).
 */
export const RU_RESULT_OF_DEED_BEFORE = /(?<![\p{L}])(в результате|вследствие|из-за|после|во время|при)\s+(?:[\p{L}\-]+(?:ого|его|ой|ей|ых|их)\s+)?(?:атак|химатак|удар|авиаудар|обстрел|артобстрел|нападени|бомбардировк|налет|налёт|авианалет|авианалёт|ракетн\p{L}*\s+удар)\p{L}*\s+(?:(?:возглавляем|поддерживаем|руководим)\p{L}*\s+(?:[\p{L}\-]+\s+)?)?(?:[\p{L}\-]+(?:ого|его|ой|ей|ых|их|ских|ской|ского)\s+){0,2}[«"„“]?$/u;

/**
 * A reflexive passive of a deed ("Химическое оружие применялось украинскими военными", "Хлор применялся боевиками",
 * "обстрел велся ..."): like the participle "применено", the instrumental after it is the agent. Global, for the last
 * match before the party.
 */
export const RU_REFLEXIVE_DEED_G = /(?<![\p{L}])(?:(?:применял|использовал|осуществлял|наносил|обстреливал|атаковал|совершал|готовил|организовывал|устраивал|сбрасывал|выпускал|производил)(?:ся|ась|ось|ись)|(?:готовящ|подготавливаем|планируем|готовим)\p{L}*)(?![\p{L}])/gu;

/**
 * Russian lexicon for blame (claim-slots.ts appends it to its lexicon): the Syrian state named by its abbreviation or
 * the country in the genitive ("армия САР", "ВС САР", "военные Сирии", "сирийская арабская армия"), beside the
 * built-in "армия Сирии", "ВВС Сирии"; participation as an agentive cue ("возможное участие в этом британских служб"),
 * beside the built-in "при участии", "с участием".
 */
export const RU_BLAME_LEXICON: readonly (readonly string[])[] = [
  ['party', 'government', 'арми* сар', 'вс сар', 'ввс сар', 'войск* сар', 'правительств* сар', 'власт* сар', 'военн* сар', 'военн* сирии', 'сирийск* арабск* арми*', 'президент* сар',
    // (session 14, claimsra) the state by its name's second part, "правительство арабской республики" (the Syrian Arab
    // Republic): read only in a Syrian story (ruNotAParty), not Egypt's
    'правительств* арабской республики'],
  ['cue-after', 'by', 'участие', 'участия', 'участии'],
  // the Islamic State by its Russian abbreviation "ИГ" (beside "ИГИЛ"; the English "IS" is read apart), `opposition`
  // as the guide has IS
  ['party', 'opposition', 'иг'],
  // bombs dropped or planted are an incident, as "bomb", "bombs" are in English ("сбросили бомбы на деревню")
  ['incident', 'incident', 'бомбы', 'бомбу', 'бомбами', 'бомб'],
  // (session 14, claimsra) shooting people dead, a mass execution ("массовые расстрелы мирных людей", "были расстреляны"),
  // is an incident (the README guide lists executions), as "massacre" is in English
  ['incident', 'incident', 'расстрел', 'расстрела', 'расстрелу', 'расстрелом', 'расстреле', 'расстрелы', 'расстрелов', 'расстрелами', 'расстреляны', 'расстреляли', 'расстрелял', 'расстреляла'],
  // chemical weapons named with a coordinated adjective ("химическое и бактериологическое оружие"), the chemical agent
  // as "химическое оружие" is
  ['agent', 'chemical', 'химическ* и биологическ* оруж*', 'химическ* и бактериологическ* оруж*', 'биологическ* и химическ* оруж*', 'бактериологическ* и химическ* оруж*', 'химическ* или биологическ* оруж*'],
  // the adverbial participles of dispersing a crowd ("разогнав протестующих"), beside the built-in "разогнал*"
  ['cue-before', 'did', 'разогнав', 'разгоняя'],
  // Hezbollah in Russian spellings (README guide: Hezbollah is `other`, v10 and v13; its English and Arabic names are built in)
  ['party', 'other', 'хезболл*', 'хизбалл*'],
  // (session 13) the past of planning names its subject, before or after it, as "готовили" and "спланировали" do ("взрыв,
  // который планировали украинские спецслужбы"; English "planned" is in the built-in list)
  ['cue-before', 'did', 'планировал', 'планировала', 'планировали'],
  // (session 13) Russia by its abbreviation "РФ" ("РФ готовит провокацию", "ВС РФ нанесли удар", "Минобороны РФ"), as the
  // genitive "России" is in the built-in list (the abbreviation of Российская Федерация in RIA and TASS style)
  ['party', 'russia', 'рф', 'вс рф', 'вооруженн* сил* рф', 'вооружённ* сил* рф'],
  // (session 13) radical, terrorist and jihadist groupings, beside the built-in "вооруженн* группир*" (README guide:
  // terrorists and armed groups are `opposition`)
  ['party', 'opposition', 'радикальн* группир*', 'террористическ* группир*', 'экстремистск* группир*', 'джихадистск* группир*', 'исламистск* группир*'],
  // (s27 cldev) shooting a person dead and an attempt on a life are incidents, as English "shot dead", "shooting*",
  // "opened fire" and "assassinat*" are: «застрелить» in every form (its stem; «застрелился», shot himself, is a death as
  // «погиб» is), «стрельба» (shooting), «открыл(и) огонь», «выстрелил», «стрелял» (fired, and by its lexeme «стрелявший», the shooter), «покушение» (Ozhegov: "покушение" 2, an attempt
  // on a life), and the past passive participle of the listed «взорвал*» and «обстрел*» («был взорван автомобиль»,
  // «обстрелянный»), which the morphology layer refuses for deeds (claim-morph.ts) but which tells that the incident
  // happened as «убит», «ранен» and «сбит» do; dev-v29 Karlov, Buzina, Prilepin, Khangoshvili
  // (s30 clblame) and the finite verbs of shooting and stabbing a person are deed verbs of their subject, in either word
  // order ("Боевики застрелили журналиста", «Журналиста застрелили боевики»: ruSubjectAfter reads the subject after the
  // verb), as «убил*», «расстрелял*» are in claim-slots.ts's list; the incident row keeps their incident reading
  // (the transitive forms only: «застрелился», shot himself, is a death and no deed on another)
  ['cue-before', 'did', 'застрелил', 'застрелила', 'застрелили', 'застрелило', 'застреливают', 'зарезал', 'зарезала', 'зарезали', 'открыл огонь', 'открыла огонь', 'открыли огонь'],
  ['incident', 'incident', 'застрелил', 'застрелила', 'застрелили', 'застрелило', 'зарезал', 'зарезала', 'зарезали', 'открыл огонь', 'открыла огонь', 'открыли огонь', 'застрел*', 'стрельб*', 'открыл* огонь', 'открыл* стрельбу', 'выстрелил*', 'стрелял*', 'покушени*', 'взорван*', 'обстрелян*'],
  // (s27 cldev) arson is an incident, as English (this session) "arson*", "set fire" are: «поджог» (the noun and the past
  // of «поджечь»), «подожгли», «подожжён» (dev-v24, the Reichstag fire). Not «крушение» (a crash): dev-v28's writer reads a
  // plane's crash told alone as no incident (voice none) and one with a missile suspected as an incident, so a crash
  // is an incident only with its cause, which the reader reads apart (tried and dropped: dev-v26 and dev-v28 look voice
  // -1 item each)
  ['incident', 'incident', 'поджог*', 'поджег', 'поджегл*', 'подожгл*', 'подожжен*'],
  // (s27 cldev) hedged blame by a link, the Russian of English "linked to" / "connected with" (cue-after: the party after
  // it is the one blamed): «связан(о) с ГРУ», «связывают с ГРУ», «имевший связь с террористами»; not «в связи с» (a
  // compound preposition, "in connection with, because of"), which has the oblique «связи»
  // (s30 clblame) dying or wounded "under the fire of" / "from the fire of" X («погибли под огнем украинских военных», «ранен
  // от огня снайпера»): X fired, as «со стороны X» and «от рук X» name the doer (an incident is still asked of the item:
  // "под огнем критики" tells none)
  ['cue-after', 'by', 'под огнем', 'от огня'],
  ['cue-after', 'by', 'связан* с', 'связыва* с', 'связь с'],
];

/** right before a deed verb: an object pronoun ("его применила армия", "их устроили боевики") */
export const RU_OBJECT_PRONOUN_BEFORE = /(?<![\p{L}])(?:его|её|ее|их)\s+$/u;

/**
 * "Ответственность за взрыв в мечети взяло на себя ИГ", "... несут на себя ...": a claim of responsibility with its
 * noun first and its subject after the verb (the order "ИГ взяло на себя ответственность" is read by the cue
 * "ответственность"). Tested on the text right before the party.
 */
// (s23 clnew) and without "на себя": «Ответственность за теракт взяло ИГИЛ» (the bare verb with the noun before it)
export const RU_TOOK_RESPONSIBILITY_BEFORE = /(?<![\p{L}])ответственност\p{L}*\s+за\s+(?:[^.!?\n]{0,100}?\s)?(?:взял\p{L}*|взяли|бер[её]т|берут)(?:\s+на\s+себя)?\s+(?:[\p{L}\-]+\s+)?[«"„“]?$/u;

/**
 * After an abbreviation that a deed's passive participle governs: the participle's noun must be a deed, a staging or a
 * weapon ("Подготовленная СБУ провокация", "устроенный ВСУ обстрел", "выпущенный ВСУ снаряд"), not a meeting or a report
 * ("Организованная США конференция по химическому оружию", "проведенное ООН расследование"; review 2, session 12)
 */
export const RU_PARTICIPLE_DEED_NOUN_AFTER = /^\s+[«"„“]?(?:[\p{L}\-]+(?:ая|ый|ое|ые|ую|ой|ий|ие)\s+)?(?:провокаци|инсценировк|постановк|фальсификаци|атак|химатак|обстрел|артобстрел|удар|авиаудар|ракетн|теракт|нападени|диверси|бомбардировк|налет|взрыв|подрыв|убийств|отравлени|снаряд|ракет|мин[аыу]|бомб|боеприпас|хлор|зарин|газ|химическ|отравляющ|вброс|фейк)/u;

/**
 * A country after a deed noun of the result pattern, with an agent's instrumental after it ("После обстрела Израиля
 * ракетами из Газы"): the country is the place shelled (an objective genitive), not the shelling's doer; a target after
 * it ("после атаки Ирана на Израиль", "удара России по Украине") keeps it the doer (review 2, session 12)
 */
export const RU_COUNTRY_GENITIVE = /^(?:израиля|сирии|украины|россии|ирана|ирака|турции|ливана|грузии|армении|азербайджана|йемена|ливии|белоруссии|беларуси)$/u;
export const RU_TARGET_AFTER = /^\s+(?:на|по|против)\s/u;

/**
 * After "участие / при участии / с участием X": a part in an inquiry, talks or a clean-up ("участие России в
 * расследовании химической атаки", "с участием ОЗХО в уничтожении запасов") names no doer (review 2, session 12)
 */
export const RU_PARTICIPATION_IN_NON_DEED = /^[^.!?;]{0,60}?(?<![\p{L}])во?\s+(?:\p{L}+(?:ом|ем|ой|ей|ых|их)\s+)?(?:расследовани|переговор|работ|конференци|заседани|миссии|миссия|обсуждени|уничтожени|вывоз|ликвидаци|урегулировани|саммит|учени|спасени|эвакуаци|гуманитарн|мониторинг|инспекци|проверк|выборах|голосовани|форум|встреч|процесс)/u;

/**
 * Session 13 (room claimsra). The genitive of an agent noun after an assault noun is the assault's doer, with no target
 * after it: "подверглась атаке боевиков", "осудить химическую атаку сирийских властей", "нападение террористов на
 * блокпост" (a subjective genitive: Wade 2011, "A Comprehensive Russian Grammar" §94, the genitive of the agent with
 * verbal nouns of action). The party must name people or forces in the genitive (боевиков, террористов, властей,
 * войск, армии, режима, сил, военных, коалиции), not a country or a city, whose genitive after a deed noun is far
 * more often the place hit ("обстрел Донецка", "атака Израиля" is read apart); and the noun must be an assault, not a
 * bombardment or a strike, which take their object in the genitive ("бомбардировки террористов", "удары возмездия").
 */
export const RU_ASSAULT_NOUN = /^(?:атак|химатак|нападени|обстрел|артобстрел|провокаци)/u;
export const RU_AGENT_GENITIVE = /^(?:[\p{L}\-]+(?:ого|его|ой|ей|ых|их)\s+){0,2}(?:боевик|террорист|экстремист|бандит|бандформировани|формировани|джихадист|исламист|наемник|наёмник|радикал|повстанц|оппозиционер|войск|арми|режим|власт|правительств|сил|коалици|спецслужб|спецназ|ввс|всу|зсу|сбу|ксир)\p{L}*$/u;
/**
 * A frame that makes the assault real and its genitive its doer (without one, "Жители вспоминают атаки боевиков" is left
 * unread, session 8's rule: the genitive may be read as the object): the target suffers it ("подверглась атаке
 * боевиков", "стали жертвами обстрела", "пострадали от обстрела"), or a verb of judging takes it as its object
 * ("осудить химическую атаку сирийских властей", "осуждение нападения террористов"). Tested on the text before the deed
 * noun (adjectives of the noun may stand between).
 */
export const RU_ASSAULT_FRAME_BEFORE = /(?<![\p{L}])(?:подверг\p{L}*|осуд\p{L}*|осужда\p{L}*|осуждени\p{L}*|жертв(?:ами|ой|а|ы)|от|при|в ходе)\s+(?:[\p{L}\-]+(?:ую|ой|ей|ых|их|ые|ие|ая|ого|его|ому|ему)\s+){0,2}$/u;
/** "подверглась атаке боевиков", "осудить атаку сирийских властей": the genitive agent of an assault noun in its frame */
export function ruAssaultDoer(noun: string, partyWords: string, before: string): boolean {
  return RU_ASSAULT_NOUN.test(noun) && ruAgentGenitive(partyWords) && RU_ASSAULT_FRAME_BEFORE.test(before);
}
/** the party's words are an agent noun in the genitive (plural -ов/-ей/-ых/-их or singular -и/-а of a force) */
export function ruAgentGenitive(partyWords: string): boolean {
  if (!RU_AGENT_GENITIVE.test(partyWords)) return false;
  const last = partyWords.split(/\s+/).pop()!;
  // (s21 claims: and the genitive plural of "войска", which has no ending: "сирийских войск")
  return /(?:ов|ев|ей|ых|их|ий|и|а|я|ы)$/u.test(last) || last === 'войск' || /^[\u0430-\u044f]{2,4}$/u.test(last) && /^(?:ввс|всу|зсу|сбу|ксир)$/u.test(last);
}
/**
 * "Жертвами авиаудара коалиции во главе с США стали ...", "удар коалиции во главе с Саудовской Аравией": a coalition
 * led by a party after a deed noun; the leader is the doer (as "возглавляемой США коалиции" in RU_RESULT_OF_DEED_BEFORE)
 */
export const RU_LED_COALITION_DEED_BEFORE = /(?<![\p{L}])((?:атак|авиаудар|удар|обстрел|бомбардировк|налет|налёт|авианалет|авианалёт|ракетн\p{L}*\s+удар)\p{L}*)\s+(?:[\p{L}\-]+(?:ой|ей)\s+)?коалици\p{L}*\s+(?:во\s+главе\s+со?|под\s+руководством|под\s+командованием)\s+$/u;

/**
 * "режим" is a government only as a regime ("режим Асада", "сирийский режим", "киевский режим"), not as a mode or a set
 * of rules: "режим прекращения огня", "режим тишины", "санкционный режим", "в штатном режиме" (session 13, room
 * claimsra: "Члены радикальных группировок, не соблюдающих режим прекращения огня, обстреляли ..." blamed the
 * government). claim-slots.ts drops such a mention from the parties (ruNotAParty).
 */
const RU_MODE_AFTER = /^\s+(?:прекращени|тишин|перемири|санкци|контртеррористическ|кто(?![\p{L}])|чс(?![\p{L}])|чрезвычайн|нераспространени|контрол|безопасност|пол[её]т|работ|военного положения|изоляци|самоизоляци|деэскалаци|огня|онлайн|реального|ожидани|экономи|нон-стоп|повышенн|полной боевой)/u;
const RU_MODE_BEFORE = /(?<![\p{L}])(?:визов|безвизов|санкционн|особ|облегч[её]нн|усиленн|карантинн|пропускн|налогов|таможенн|правов|контрольн|штатн|обычн|ручн|тестов|автоматическ|круглосуточн|онлайн|аварийн|экономическ|политическ|торгов|двусторонн|международн|договорн)\p{L}*\s+$/u;
/** a mention of a party that names none in its context (the words `s`, the mention's span) */
const RU_SYRIAN_STORY = /сири|асад|дамаск|алеппо|идлиб|гут[аеуы](?![\p{L}])|дум[аеуы](?![\p{L}])|хомс|хам[аеуы](?![\p{L}])|саракиб|хан[ -]шейхун|дараа|латамн/u;
const RU_DEED_NOUN_BEFORE_RF = /(?<![\p{L}])(?:удар|авиаудар|атак|обстрел|нападени|бомбардировк|налет|нал[её]т|авианал[её]т)\p{L}*\s+$/u;
export function ruNotAParty(s: string, at: number, end: number): boolean {
  // (a side's country in the accusative after "в / во" is where to: "вторжение в Украину", "поставки оружия в Россию",
  // as the locative "на Украине", "в России" is where: claim-slots.ts SIDE_COUNTRY)
  if (/^(?:украину|россию)$/u.test(s.slice(at, end)) && /(?<![\p{L}])во?\s+$/u.test(s.slice(Math.max(0, at - 4), at))) return true;
  // ("РФ" alone is the subject only at a clause's start, "РФ готовит провокацию"; after a noun it qualifies an office or
  // a place, "Минобороны РФ", "постпред РФ при ООН", "запрещенная в РФ", whose case the abbreviation does not show)
  // (s32 clblame: nor right after a deed noun, whose genitive of the subject it is: «в результате ракетного удара РФ по
  // Краматорску», «атаки РФ на Киев», as «удара России по» reads)
  if (s.slice(at, end) === 'рф') return !/(?:^|[.!?;:,—–\-\n(«"]|(?<![\p{L}])(?:и|что|а|но))\s*$/u.test(s.slice(Math.max(0, at - 12), at)) && !RU_DEED_NOUN_BEFORE_RF.test(s.slice(Math.max(0, at - 24), at));
  // (session 14) "правительство арабской республики" names the Syrian Arab Republic only in a Syrian story
  if (/арабской республики$/u.test(s.slice(at, end))) return !RU_SYRIAN_STORY.test(s);
  if (!/^режим(?:а|е|у|ом|ы|ов|ами|ах)?$/u.test(s.slice(at, end))) return false;
  return RU_MODE_AFTER.test(s.slice(end, end + 30)) || RU_MODE_BEFORE.test(s.slice(Math.max(0, at - 30), at));
}

/**
 * Dispersing a crowd is an incident (README v12: police dispersing protesters act for the state they serve: `other` for
 * Georgia, Armenia, Serbia, Turkey), with or without a named gas, as "dispersed protesters" is in English: a verb of
 * dispersing ("разогнал", "разгоняют", "разогнав") with a crowd as its object within a few words. claim-slots.ts reads
 * it in its incident gate beside the violent deed verbs.
 */
const RU_DISPERSE_VERB = /^(?:разогнал|разгоня|разогнав|разогнат)/u;
const RU_CROWD_AFTER = /^\s+(?:[\p{L}\-]+\s+){0,2}?(?:протестующ|митинг|митингующ|демонстрант|демонстраци|акци|толп|манифестант|участник|собравш|протестн|шестви|пикет|оппозиционер|сторонник)\p{L}*/u;
export function ruDispersal(word: string, after: string): boolean {
  return RU_DISPERSE_VERB.test(word) && RU_CROWD_AFTER.test(after);
}

/**
 * Session 14 (room claimsra): wanting to stage is a plan, as intending is ("Украина хочет инсценировать российский удар",
 * "хотят сфабриковать"): a preparation marker, and still the staging and its deed (claim-slots.ts lists these in its
 * prepare, staged and deed rows, since the longest match takes one pattern for all three). Only with the verbs of
 * staging: "хочет" alone wants anything.
 */
export const RU_WANT_TO_STAGE: readonly string[] = ['хочет инсценирова*', 'хотят инсценирова*', 'хотел* инсценирова*', 'хочет сфабрикова*', 'хотят сфабрикова*'];
