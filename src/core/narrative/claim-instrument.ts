/**
 * The instrument frame (session 24, room clgram): a verb whose instrument is a weapon or a chemical agent is a deed,
 * whatever the verb. The reader's deed cues are a list of verbs ("attacked", "shelled", "used", «обстреляли», "قصف"); the
 * writers of new pages keep finding others ("Germany showered the Allied armies with poison gas", "Russian troops flooded
 * the trenches with chlorine", «травят боевыми газами», «забросали фосфорными снарядами», "أمطرت ألمانيا جيوش التحالف
 * بالغازات السامة"). What these share is not the verb but its argument structure: an instrument phrase whose head is a
 * weapon or an agent (English "with" / "using" + NP, the Russian bare instrumental case, the Arabic instrumental "بـ" +
 * NP; Quirk et al. 1985 §9.45 on the instrument adjunct, Wade 2011 §167 on the Russian instrumental of means, Ryding 2005
 * §16.3 on "bi-" of instrument). The verb of such a frame is read as a deed (and its clause as an incident); its subject
 * is then found by the reader's own subject grammar, with its refusals (speakers, accusers, denials, questions).
 *
 * Not a deed: a verb of equipping, loading, supplying, storing, finding, treating, threatening or accusing whose "with"
 * is no instrument of harm ("armed with rockets", "a truck loaded with shells", "supplied the rebels with chemical
 * weapons", "threatened Syria with missile strikes", "treated with atropine"); a passive ("the village was showered with
 * chlorine": the reader has its passive grammar); a noun phrase ("a man with a gas canister").
 *
 * Pure: offsets in the reader's lower-cased (Arabic: folded) text `s`.
 */

/** a weapon or agent as the head of an instrument phrase (English); adjectives before it are skipped */
const EN_WEAPON = String.raw`(?:(?:poison(?:ous)?|toxic|chemical|nerve|chlorine|sarin|mustard|tear|cluster|incendiary|phosphorus|white\s+phosphorus|barrel|artillery|mortar|rocket|missile|napalm|thermobaric|deadly|lethal|banned|noxious)\s+)*(?:gas(?:es|ses)?|chlorine|sarin|mustard\s+gas|phosgene|novichok|vx|nerve\s+agents?|chemical\s+(?:weapons?|agents?|munitions?|substances?)|chemicals|toxic\s+(?:substances?|agents?|chemicals?)|poison(?:s)?|white\s+phosphorus|phosphorus\s+(?:bombs?|shells?|munitions?)|napalm|barrel\s+bombs?|bombs?|shells?|rockets?|missiles?|mortars?|mortar\s+(?:shells?|rounds?|fire)|artillery(?:\s+fire)?|grenades?|cluster\s+(?:bombs?|munitions?)|incendiary\s+(?:bombs?|munitions?)|munitions?|drones?|airstrikes?|air\s+strikes?|gunfire|live\s+(?:fire|ammunition|rounds)|bullets?|rubber\s+bullets?|machine[\s\-]guns?|rifles?|explosives?|sarin\s+gas|chlorine\s+gas)`;
const EN_INSTRUMENT_G = new RegExp(String.raw`(?<![\p{L}])(?:with|using)\s+(?:(?:a|an|the|some|more|its|their|his|her|what\s+(?:was|were)|large\s+amounts\s+of|canisters\s+of|cylinders\s+of|clouds\s+of|barrels\s+of|dozens\s+of|hundreds\s+of)\s+)*${EN_WEAPON}(?![\p{L}])`, 'gu');
const EN_GATE = /(?<![\p{L}])(?:with|using)\s/u;
// a finite past or third-person verb: "-ed", "-es"/"-s", or an irregular past of the frame ("threw", "hit", "struck")
const EN_IRREGULAR = /^(?:hit|hits|struck|strikes|shot|shoots|threw|throws|beat|beats|blew|burnt|fought|drove|rained|rains|bombarded)$/u;
const EN_FINITE = /^\p{L}{3,}(?:ed|es|s)$/u;
// verbs whose "with" is no instrument of harm, or whose deed is no incident: equipping, loading, supplying, storing,
// finding, treating, threatening, accusing, comparing, covering (a report), coping, meeting, cooperating; "killed" and
// the like are the reader's own cues already
const EN_NOT_DEED = /^(?:armed|arms|equipped|equips|loaded|loads|filled|fills|stocked|stocks|stored|stores|supplied|supplies|provided|provides|furnished|delivered|delivers|shipped|ships|smuggled|smuggles|transported|transports|sent|sends|found|finds|discovered|caught|seized|seizes|confiscated|intercepted|treated|treats|tested|tests|experimented|experiments|threatened|threatens|accused|accuses|charged|charges|compared|compares|associated|connected|linked|covered|covers|coped|copes|dealt|deals|met|meets|helped|helps|assisted|cooperated|cooperates|replaced|replaces|protected|protects|defended|defends|trained|trains|fed|feeds|reinforced|reinforces|replenished|resupplied|contaminated|blamed|blames|declared|declares|called|calls|named|names|termed|terms|dubbed|dubs|described|describes|labelled|labeled|branded|brands|presented|presents|said|says|reported|reports|claimed|claims|alleged|alleges|announced|announces|stated|states|confirmed|confirms|denied|denies|warned|warns|concerned|concerns|obsessed|familiar|satisfied|pleased|faced|faces|confronted|confronts|struggled|struggles|dealing|experimenting|fascinated|tampered|played|plays)$/u;
// plural nouns and other "-s" words that are no verbs: passed over
const EN_NOT_VERB = /^(?:does|goes|comes|was|has|is|es|yes|news|series|species|gas|gases|chemicals|weapons|forces|troops|groups|rebels|militants|terrorists|jets|planes|helicopters|drones|ones|times|cities|towns|villages|areas|positions|armies|civilians|people|children|residents|protesters|demonstrators|soldiers|fighters|officials|authorities|nations|countries|allegations|videos|images|photos|crimes|attacks|strikes|airstrikes|bombs|shells|rockets|missiles|mortars|munitions|sides|parties|lines|trenches|streets|homes|houses|hospitals|schools|markets|buildings|regions|districts|provinces|its|this|his|us|as|thus|always|perhaps|whereas|less|unless|across|towards|afterwards|besides|various|numerous|dangerous|poisonous|previous|serious|obvious|enormous|famous|tremendous|hazardous)$/u;
// a deed or staging noun right before the instrument: the phrase is the noun's ("a provocation with chemical weapons",
// "an attack using chlorine"), whose reading is the reader's own
const EN_DEED_NOUN_BEFORE = /(?<![\p{L}])(?:provocations?|attacks?|strikes?|airstrikes?|incidents?|assaults?|raids?|bombings?|shelling|massacres?|operations?|false\s+flags?|stagings?|hoax|fakes?|threats?|war|warfare|terrorism)\s+$/u;
// the word before the verb when it is a finite verb of a subject (not after an article, a preposition or a passive
// auxiliary: "the villages", "was showered", "of shells")
const EN_NOT_SUBJECT_END = /^(?:the|a|an|of|to|with|by|in|on|at|from|for|into|onto|and|or|was|were|is|are|be|been|being|get|gets|got|getting|this|these|those|its|their|his|her|our|my|your|no|not|never|any|some|many|more|most|such|very|so|as|than|if|whether)$/u;
const EN_USING_NOT_INSTRUMENT = /(?<![\p{L}])(?:is|are|was|were|be|been|being|am|of|for|to|from|by|about|on|against|in|after|before|without|while|stop|stopped|keep|kept|continue|continues|continued|started|start|began|begin|avoid|denied|denies|deny|admitted|admits|acknowledged|accused|blamed)\s+$/u;
// a preposition or a particle right after the verb: it takes no object, a participle ("people injured in attacks")
const EN_NO_OBJECT_AFTER = /^(?:in|on|at|by|from|during|into|after|before|over|under|near|since|for|to|as|and|or|but|that|which|who|when|while|up|out|off|down|back|away)$/u;
const EN_ADVERB = /^(?:has|have|had|then|also|reportedly|allegedly|apparently|deliberately|later|first|again|repeatedly|once|just|recently|previously|secretly|brutally|indiscriminately|systematically|heavily|regularly|routinely|still)$/u;

// (s24 fixcl, review R13) the object of a frame of use is what the weapon is used on (a place, people, a target); a party
// or an institution as the direct object is the recipient of a verb of giving or entrusting ("entrusted Russia with the
// sarin stockpile", "trusted the Syrian army with chemical weapons security"; Levin 1993 §13.4.2 "verbs of fulfilling":
// "X with Y" = giving Y to X), whatever the verb
const EN_INSTITUTION_OBJECT = /^\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}\-'’]+\s+){0,2}?(?:army|armies|government|governments|regime|ministry|military|police|authorities|council|organi[sz]ation|inspectors|allies|partners|agency|commission|mission|experts|officials|state|states|country|countries|side|command|leadership)\s+$/u;

const EN_TARGET_PEOPLE = /(?<![\p{L}])(?:rebels|militants|terrorists|fighters|insurgents|jihadists|gunmen|troops|soldiers|forces|positions|protesters|demonstrators|civilians|villagers|residents|people|trenches|lines|units)(?![\p{L}])/u;

/** [at, end, word] of each English verb whose instrument is a weapon or an agent */
function english(s: string, subjectBefore: (at: number) => boolean, objectParty: (from: number, to: number) => boolean = () => false): [number, number, string][] {
  const out: [number, number, string][] = [];
  EN_INSTRUMENT_G.lastIndex = 0;
  for (let m = EN_INSTRUMENT_G.exec(s); m; m = EN_INSTRUMENT_G.exec(s)) {
    if (EN_DEED_NOUN_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    // ("is using chemical weapons", "accused of using", "for using": "using" is then the verb or a gerund, the reader's
    // own cue, not an instrument)
    if (m[0].startsWith('using') && EN_USING_NOT_INSTRUMENT.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
    // the clause before the instrument: up to 90 characters, not across a clause end or a comma
    const from = Math.max(0, m.index - 90);
    const pre = s.slice(from, m.index);
    const cut = Math.max(pre.lastIndexOf('.'), pre.lastIndexOf(';'), pre.lastIndexOf(':'), pre.lastIndexOf('!'), pre.lastIndexOf('?'), pre.lastIndexOf('\n'), pre.lastIndexOf(','), pre.lastIndexOf('/'), pre.lastIndexOf('('), pre.lastIndexOf(')'));
    const clauseAt = from + cut + 1;
    const toks = [...s.slice(clauseAt, m.index).matchAll(/[\p{L}\-'’]+/gu)].map((t) => ({ w: t[0], at: clauseAt + t.index! }));
    // the verb: the last finite-looking word of the clause that has a subject word before it, at most six words (its
    // object) before the instrument
    for (let i = toks.length - 1; i >= Math.max(1, toks.length - 7); i--) {
      const w = toks[i].w;
      if (!(EN_FINITE.test(w) || EN_IRREGULAR.test(w)) || EN_NOT_VERB.test(w)) continue;
      // (the instrument of a verb of equipping, finding or telling: "projectiles filled with a toxic agent")
      if (EN_NOT_DEED.test(w)) break;
      let j = i - 1;
      while (j >= 0 && EN_ADVERB.test(toks[j].w)) j--;
      if (j < 0 || EN_NOT_SUBJECT_END.test(toks[j].w)) break;
      // (a transitive deed has its object between verb and instrument, "flooded the trenches with"; a participle after a
      // noun has none or a preposition, "munitions stuffed with chlorine", "people injured in attacks including with")
      if (i === toks.length - 1 || EN_NO_OBJECT_AFTER.test(toks[i + 1].w)) break;
      // (a present "-s" form is a verb only right after a party or state, its subject: "Russia showers Kharkiv with cluster
      // bombs"; "-s" words elsewhere are plural nouns, "rights watch", "allies provide")
      if (!/ed$/u.test(w) && !EN_IRREGULAR.test(w) && !subjectBefore(toks[i].at)) break;
      const verbEnd = toks[i].at + w.length;
      if (objectParty(verbEnd, m.index) || EN_INSTITUTION_OBJECT.test(s.slice(verbEnd, m.index))) break;
      out.push([toks[i].at, toks[i].at + w.length, w]);
      break;
    }
  }
  return out;
}

// ---- Russian: the bare instrumental of a weapon or an agent («газами», «хлором», «фосфорными снарядами») ----
const RU_WEAPON_INSTR_G = /(?<![\p{L}])(?<!(?:^|\s)(?:с|со|под|над|за|перед|между)\s(?:[\p{L}\-]+\s){0,2})(?:[\p{L}\-]+(?:ыми|ими|ым|им|ой|ей)\s+){0,2}(?:газ(?:ом|ами)|хлором|зарином|ипритом|фосфором|напалмом|(?:отравляющ|ядовит|токсичн)\p{L}*\s+веществ(?:ом|ами)|химическ\p{L}*\s+оружием|химикат(?:ом|ами)|(?:авиа)?бомбами|снарядами|ракетами|минами|боеприпасами|гранатами|кассетн\p{L}*\s+(?:бомбами|боеприпасами|снарядами))(?![\p{L}])/gu;
const RU_GATE = /(?:газ(?:ом|ами)|хлором|зарином|ипритом|фосфором|напалмом|веществ(?:ом|ами)|оружием|химикат(?:ом|ами)|бомбами|снарядами|ракетами|минами|боеприпасами|гранатами)(?![\p{L}])/u;
// a finite verb (past or present) of the clause
const RU_FINITE_VERB = /^[\u0400-\u04FF]{3,}(?:ли|ла|ло|ил|ал|ял|ел|ют|ят|ут|ат|ет|ит)$/u;
// verbs whose instrument is no harm done: equipping, supplying, possessing, threatening, accusing, trading, treating;
// and nouns and adjectives that look finite («совет», «ракет»)
const RU_NOT_DEED = /^(?:обстрел|расстрел|отстрел|налет|нал[её]т|посел|пепел|котел|угол|стол|орел|осел|дел[аоу]?$|попал|оказал|умер|скончал|расслед|изуча|провер|снабд|снабжа|вооруж|оснащ|оснаст|заполн|наполн|загруз|начин|начини|обладa|облада|владе|располага|распоряжа|торгу|торгова|угрож|угрожа|пугал|пуга|шантажир|обвин|лечи|лечат|занима|интересу|гордит|гордил|хвастал|хвастает|обменя|поделил|делит|снабжает|обеспеч|помог|помога|поставля|поставил|грузил|перевоз|провез|провоз|контрабанд|работа|управля|командова|руковод|торговал|совет|ракет|планет|бюджет|объект|предмет|кабинет|пакет|запрет|ответ|пакет|интернет|билет|портрет|отчет|отч[её]т|секрет|факт|контакт|акт|результат|кандидат|депутат|солдат|автомат|аппарат|штат|мандат|комитет|приоритет|авторитет|иммунитет|суверенитет|паритет|нейтралит|быт|щит|транзит|визит|кредит|лимит|сайт|флот|пилот|расчет|расч[её]т|счет|сч[её]т|учет|уч[её]т|полет|пол[её]т|вертолет|вертол[её]т|самолет|самол[её]т)/u;

function russian(s: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  RU_WEAPON_INSTR_G.lastIndex = 0;
  for (let m = RU_WEAPON_INSTR_G.exec(s); m; m = RU_WEAPON_INSTR_G.exec(s)) {
    const from = Math.max(0, m.index - 80);
    const pre = s.slice(from, m.index);
    const cut = Math.max(pre.lastIndexOf('.'), pre.lastIndexOf(';'), pre.lastIndexOf(':'), pre.lastIndexOf('!'), pre.lastIndexOf('?'), pre.lastIndexOf('\n'), pre.lastIndexOf(','), pre.lastIndexOf('/'), pre.lastIndexOf('('), pre.lastIndexOf(')'));
    const clauseAt = from + cut + 1;
    const toks = [...s.slice(clauseAt, m.index).matchAll(/[\p{L}\-]+/gu)].map((t) => ({ w: t[0], at: clauseAt + t.index! }));
    // the finite verb before its instrument, at most four words (object, place) between
    for (let i = toks.length - 1; i >= Math.max(0, toks.length - 5); i--) {
      const w = toks[i].w;
      if (!RU_FINITE_VERB.test(w) || RU_NOT_DEED.test(w)) continue;
      // (a reflexive or a passive participle is no active deed: «отравились газом», «были обстреляны»)
      if (/(?:ся|сь)$/u.test(w)) break;
      out.push([toks[i].at, toks[i].at + w.length, w]);
      break;
    }
  }
  return out;
}

// ---- Arabic: the instrumental "بـ" on a weapon or an agent ("بالغازات السامة", "بغاز الكلور", "بالبراميل المتفجرة") ----
const AR_WEAPON_INSTR_G = /(?<![\p{L}])[وف]?ب(?:ال)?(?:غاز|غازات|قنابل|قنبله|براميل|برميل|صواريخ|صاروخ|قذايف|قذيفه|كلور|سارين|خردل|فوسفور|اسلحه|سلاح|مواد\s+(?:ال)?(?:كيمياييه|سامه)|ذخاير|الغام|نابالم)(?![\p{L}])/gu;
const AR_GATE = /(?<![\p{L}])[وف]?ب(?:ال)?(?:غاز|قناب|قنبل|براميل|برميل|صواريخ|صاروخ|قذاي|قذيف|كلور|سارين|خردل|فوسفور|اسلح|سلاح|مواد|ذخاير|الغام|نابالم)/u;
// an Arabic perfect or imperfect verb of the frame: no article, no preposition, a short stem with its subject markers
// (أمطرت, قصفت, رشّوا, يقصف, تمطر); nouns with the article and particles are left out below
const AR_VERB = /^[وف]?(?:[يت]\p{L}{2,5}|\p{L}{3,5}(?:ت|وا)?)(?<!ه)$/u;
const AR_NOT_VERB = /^(?:[وفبلك]?ال\p{L}+|في|من|علي|عن|الي|مع|بعد|قبل|خلال|ضد|التي|الذي|الذين|ان|انه|انها|قد|لقد|كما|حيث|منذ|عند|هذه|هذا|ذلك|تلك|كل|بين|غير|عبر|نحو|اليوم|امس|يوم|مساء|صباح|ليله|فجر|ظهر|حين|حتي|ثم|او|ام|لم|لن|لا|ما|هو|هي|هم|وقد|فقد|كان|كانت|يكون|تكون|وكان|وكانت|\p{L}+(?:يه|ين|ون|ات)|مدينه|بلده|قريه|منطقه|مناطق|احياء|حي|مدنيين|سكان|اهالي)$/u;
// verbs whose "بـ" is no instrument of harm: accusing, threatening, supplying, equipping, demanding, warning, finding
const AR_NOT_DEED = /^[وف]?(?:نفت|نفي|ينفي|تنفي|سلح|يسلح|تسلح|سلحت|اتهم|يتهم|تتهم|هدد|يهدد|تهدد|زود|يزود|تزود|امد|يمد|تمد|طالب|يطالب|تطالب|حذر|يحذر|تحذر|عثر|يعثر|ضبط|يضبط|اعترف|يعترف|تعترف|سمح|يسمح|تسمح|احتفظ|يحتفظ|تحتفظ|يمتلك|تمتلك|امتلك|تتعلق|يتعلق|تعلق|شحن|يشحن|نقل|ينقل|تنقل|قام|يقوم|تقوم|قامت)/u;

const AR_PREPOSITION = /^[وف]?(?:بعد|قبل|من|في|علي|عن|الي|مع|خلال|اثر|جراء|عقب|اثناء|بسبب|ضد|حول|منذ)$/u;

function arabic(s: string, subjectBefore: (at: number) => boolean, subjectAfter: (end: number) => boolean): [number, number, string][] {
  const out: [number, number, string][] = [];
  AR_WEAPON_INSTR_G.lastIndex = 0;
  for (let m = AR_WEAPON_INSTR_G.exec(s); m; m = AR_WEAPON_INSTR_G.exec(s)) {
    const from = Math.max(0, m.index - 70);
    const pre = s.slice(from, m.index);
    const cut = Math.max(pre.lastIndexOf('.'), pre.lastIndexOf('؛'), pre.lastIndexOf(':'), pre.lastIndexOf('!'), pre.lastIndexOf('؟'), pre.lastIndexOf('\n'), pre.lastIndexOf('،'), pre.lastIndexOf(','), pre.lastIndexOf('/'));
    const clauseAt = from + cut + 1;
    const toks = [...s.slice(clauseAt, m.index).matchAll(/[\p{L}]+/gu)].map((t) => ({ w: t[0], at: clauseAt + t.index! }));
    // the verb: the first verb-looking word of the clause's last five words (verb-first order, "أمطرت ألمانيا جيوش
    // التحالف بالغازات"), or right after its subject ("القوات الإسرائيلية أمطرت غزة بالقنابل")
    for (let i = Math.max(0, toks.length - 5); i < toks.length; i++) {
      const w = toks[i].w;
      if (!AR_VERB.test(w) || AR_NOT_VERB.test(w)) continue;
      // (a word right after a preposition is a noun in the genitive, a verbal noun: "بعد تسممها بغاز"; and one with an
      // object pronoun is left alone, as the verbal noun takes them as often: "تسممها", "استهدافهم")
      if ((i > 0 && AR_PREPOSITION.test(toks[i - 1].w)) || /(?:ها|هم|هن|كم)$/u.test(w)) continue;
      if (AR_NOT_DEED.test(w)) break;
      // (a verb by its morphology, the feminine "-ت" or plural "-وا" of the perfect or the prefix of the imperfect, not the
      // taf'il verbal noun "تحضير", "تنظيم"; and with its subject a party right before or right after it)
      if (!/(?:ت|وا)$|^[وف]?[يت]/u.test(w) || /^[وف]?ت\p{L}\p{L}ي\p{L}$/u.test(w)) continue;
      if (!subjectBefore(toks[i].at) && !subjectAfter(toks[i].at + w.length)) continue;
      out.push([toks[i].at, toks[i].at + w.length, w]);
      break;
    }
  }
  return out;
}

/**
 * The verbs of `s` whose instrument is a weapon or a chemical agent: [at, end, word] in `s` (lower-cased; Arabic
 * folded), for the reader to read as deeds. `lang` as the reader's script test; `partySpans` the spans of the parties and
 * states the reader found (a present-tense English verb and an Arabic verb need one as the subject next to them).
 */
export function instrumentDeeds(s: string, lang: 'en' | 'ru' | 'ar', partySpans: readonly [number, number][]): [number, number, string][] {
  // a party or state of the reader's lexicon ending right before `at` (a space between) or starting right after `end`
  const subjectBefore = (at: number): boolean => partySpans.some(([, b]) => b <= at && at - b <= 2 && /^\s*$/u.test(s.slice(b, at)));
  const subjectAfter = (end: number): boolean => partySpans.some(([a]) => a >= end && a - end <= 2 && /^\s*$/u.test(s.slice(end, a)));
  // (the direct object a party: right after the verb, past a determiner, "entrusted Russia with", "trusted the Syrian army with")
  // (not fighters, troops or people of a party: "drenched the rebels / the Ukrainian troops with gas" are targets)
  const objectParty = (from: number, to: number): boolean => partySpans.some(([a, b]) => a >= from && b <= to && /^\s+(?:(?:the|its|their)\s+)?$/u.test(s.slice(from, a)) && !EN_TARGET_PEOPLE.test(s.slice(a, to)));
  if (lang === 'en') return EN_GATE.test(s) ? english(s, subjectBefore, objectParty) : [];
  if (lang === 'ru') return RU_GATE.test(s) ? russian(s) : [];
  return AR_GATE.test(s) ? arabic(s, subjectBefore, subjectAfter) : [];
}
