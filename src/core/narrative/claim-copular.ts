/**
 * The culprit named by a copula (session 24, room clgram). A specificational copular clause names who did a deed after
 * the copula: its subject is a description of the doer ("the group responsible for the attack", "those behind the
 * bombing", "the perpetrators of the massacre", «виновником теракта», «организаторами провокации», "المسؤول عن
 * الهجوم", "منفذو الهجوم"), its complement the doer ("... was Hamas", «... стали боевики», "... هو تنظيم داعش";
 * Quirk et al. 1985 §16.47 on specificational "be", Wade 2011 §128 on the instrumental complement of «быть», «стать»,
 * «являться», Ryding 2005 §23.1 on the equational sentence and its pronoun of separation "هو"). The reader read "it
 * was X" as an agentive cue; these descriptions it did not. The copula after such a subject is returned as an agentive
 * cue (the party right after it is the culprit); the reader's clause, incident, negation and voice grammar then decide.
 *
 * Not one: a description of a victim, a witness or an investigator ("the people affected by the attack were
 * civilians", "the body responsible for investigating the attack is the OPCW": a duty, not a deed), a negated copula
 * ("was not", «не был», "ليس").
 *
 * Pure: offsets in the reader's lower-cased (Arabic: folded) text `s`.
 */

const EN_DEED_NOUN = String.raw`(?:attacks?|bombings?|shelling|strikes?|airstrikes?|massacres?|killings?|murders?|assassinations?|poisonings?|explosions?|blasts?|shootings?|provocations?|false\s+flags?|incidents?|crimes?|atrocit(?:y|ies)|massacre|raids?|ambush|gassing)`;
// the description of the doer: a head noun with "responsible for" / "behind" / "who carried out" + the deed, or a doer
// noun with "of" + the deed
const EN_DOER_DESCRIPTION_G = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:group|organi[sz]ation|party|side|country|state|force|forces|unit|cell|network|people|ones?|those|men|man)\s+(?:(?:who|that)\s+(?:was|were|is|are)\s+)?(?:(?:really|ultimately|actually|directly)\s+)?(?:responsible\s+for|behind|(?:who|that)\s+(?:carried\s+out|staged|committed|perpetrated|organi[sz]ed|ordered|launched|planned))|(?:perpetrators?|culprits?|organi[sz]ers?|masterminds?|architects?|authors?)\s+(?:of|behind))\s+(?:(?:the|this|these|that|last\s+\p{L}+['’]s|yesterday['’]s)\s+)?(?:[\p{L}\-'’]+\s+){0,3}?${EN_DEED_NOUN}(?![\p{L}])[^.;!?\n]{0,60}?\s((?:was|were|is|are|turned\s+out\s+to\s+be|proved\s+to\s+be|have\s+been\s+identified\s+as|was\s+identified\s+as))(?!\s+(?:not|never|no|unknown|unclear|still|yet|under|being|also\s+(?:killed|injured|wounded)|(?:killed|injured|wounded|arrested|detained|caught)))(?=\s)`,
  'gu',
);
const EN_GATE = /responsible\s+for|behind|carried\s+out|perpetrator|culprit|organi[sz]er|mastermind|architect|author/u;
// (s25 clparse) the doers of a deed the sentence before told, named by a definite noun of doers alone ("A bus was bombed in
// the city. The perpetrators were HTS militants."): a cue as the full description is; the reader keeps it only in a clause
// that resumes an incident (claim-anaphora.ts), so with no deed before it names no one. (s25 fixcl, review C5: not "the
// organisers" alone, who are as often a rally's, a march's or a conference's: only with their deed, "the organisers of
// the attack", in the full description above)
const EN_BARE_DOERS_G = /(?:^|[\s,;:(])the\s+(?:perpetrators|culprits|masterminds?)\s+((?:were|was|are|is|turned\s+out\s+to\s+be|proved\s+to\s+be))(?!\s+(?:not|never|no|unknown|unclear|still|yet|under|being|also|(?:killed|injured|wounded|arrested|detained|caught|identified|believed|thought|said|reported|found|seen|shot|sentenced|jailed|convicted|charged|tried)))(?=\s)/gu;
// Russian: «виновник(ом)/исполнител(ями)/организатор(ами)/заказчик(ами) ... [теракта] был(и)/стал(и)/являются/оказались»
// (either order: «Исполнителями теракта стали боевики», «Виновником атаки оказались ...»)
// (s32 clblame: and «выступить» in its copular sense, «Заказчиком теракта выступили X», Ozhegov: выступить кем-чем, to act as)
const RU_DOER_DESCRIPTION_G = /(?<![\p{L}])(?:виновник\p{L}*|исполнител\p{L}*|организатор\p{L}*|заказчик\p{L}*|ответственн\p{L}*\s+за)\s+(?:[\p{L}\-«»"]+\s+){0,4}?((?:был[аио]?|стал[аио]?|являл\p{L}*|является|являются|оказал\p{L}*|выступил[аио]?|выступают|выступает)|—)(?=\s)/gu;
// a short passive participle (Wade 2011 §§368-369: -ан/-ян/-ен/-ён/-т with the short endings -а/-о/-ы), an adverb allowed
// before it («были позже задержаны»)
const RU_SHORT_PASSIVE_AFTER = /^\s+(?:(?:позже|затем|вскоре|уже|впоследствии|сразу|оперативно|также|тоже|быстро|оперативно)\s+)?[\p{L}]{3,}(?:ан|ян|ен|ён|нн|ит|ыт)[аоы]?(?![\p{L}])/u;
const RU_GATE = /виновник|исполнител|организатор|заказчик|ответственн/u;
const RU_DEED_IN = /(?:теракт|атак|химатак|удар|обстрел|взрыв|нападени|убийств|отравлени|провокаци|инсценировк|массов|расстрел|бомбардировк|преступлени|поджог|подрыв|диверси)/u;
// Arabic: "المسؤول عن الهجوم هو/كان ...", "منفذو الهجوم هم ...", "مرتكب المجزرة هو ..."
// (s26 cldev: and the pseudo-cleft "من يقف وراء الهجوم هم X", the one who stands behind the attack)
const AR_DOER_DESCRIPTION_G = /(?<![\p{L}])(?:(?:من|الذي|الذين|التي)\s+(?:يقف|يقفون|تقف|وقف|وقفت|وقفوا)\s+(?:وراء|خلف)|(?:ال)?مسوول(?:ه|ون|ين)?\s+عن|(?:ال)?(?:منفذ|منفذو|منفذي|مرتكب|مرتكبو|مرتكبي|مدبر|مدبرو|مدبري))\s+(?:[\p{L}]+\s+){0,4}?((?:هو|هي|هم|كان|كانت|كانوا))(?=\s)/gu;
const AR_GATE = /مسوول|منفذ|مرتكب|مدبر|يقف|تقف|وقف/u;
const AR_DEED_IN = /(?:هجوم|هجمات|قصف|مجزره|مذبحه|تفجير|اغتيال|تسميم|استفزاز|مسرحيه|جريمه|غاره|ضربه|اعتداء)/u;

// (s24 fixcl, review R2) an open question names no culprit: the description inside a "whether / if" complement or after
// "unclear", "not known", "unknown" in its clause (Quirk et al. 1985 §15.6 on interrogative subordinate clauses; Russian
// «ли», «неизвестно», «неясно»; Arabic "ما إذا", "هل", "غير معروف", "غير واضح")
const QUESTION_BEFORE = /(?:(?<![\p{L}])(?:whether|if|unclear|unknown|not\s+(?:yet\s+)?(?:known|clear|established|determined)|question\s+of|ли|неизвестно|неясно|не\s+известно|не\s+ясно|непонятно|не\s+установлено|هل|اذا|غير\s+معروف|غير\s+واضح|لم\s+يعرف|لم\s+يتضح|مجهول)(?![\p{L}]))/u;
// a negator fronted before the Arabic description denies the equation ("ليس المسؤول عن الهجوم هو الجيش السوري"), as one
// right after the copula does; Russian «не» right before the copula («Исполнителями теракта не стали боевики»)
const AR_NEG_BEFORE = /(?<![\p{L}])(?:ليس|ليست|لم\s+يكن|لم\s+تكن|ما\s+كان|ما)\s+(?:[\p{L}]+\s+)?$/u;
function clauseBefore(s: string, at: number): string {
  return s.slice(Math.max(0, at - 100), at).split(/[.;!?؟\n]/u).pop()!;
}

/** [at, end, word] of each copula that follows a description of a deed's doer, for the reader to read as an agentive cue */
export function culpritCopulas(s: string, lang: 'en' | 'ru' | 'ar'): [number, number, string][] {
  const out: [number, number, string][] = [];
  if (lang === 'en') {
    if (!EN_GATE.test(s)) return out;
    EN_DOER_DESCRIPTION_G.lastIndex = 0;
    for (let m = EN_DOER_DESCRIPTION_G.exec(s); m; m = EN_DOER_DESCRIPTION_G.exec(s)) {
      // (a duty is no deed: "the body responsible for investigating the attack")
      if (/responsible\s+for\s+(?:\p{L}+ing)(?![\p{L}])/u.test(m[0]) && !/responsible\s+for\s+(?:carrying|staging|committing|perpetrating|organi[sz]ing|ordering|launching|planning)/u.test(m[0])) continue;
      const at = m.index + m[0].length - m[1].length;
      if (QUESTION_BEFORE.test(clauseBefore(s, m.index)) || QUESTION_BEFORE.test(s.slice(m.index, at))) continue;
      out.push([at, at + m[1].length, m[1]]);
    }
    EN_BARE_DOERS_G.lastIndex = 0;
    for (let m = EN_BARE_DOERS_G.exec(s); m; m = EN_BARE_DOERS_G.exec(s)) {
      const at = m.index + m[0].length - m[1].length;
      if (out.some(([a]) => a === at) || QUESTION_BEFORE.test(clauseBefore(s, m.index))) continue;
      out.push([at, at + m[1].length, m[1]]);
    }
    return out;
  }
  const [re, gate, deed] = lang === 'ru' ? [RU_DOER_DESCRIPTION_G, RU_GATE, RU_DEED_IN] : [AR_DOER_DESCRIPTION_G, AR_GATE, AR_DEED_IN];
  if (!gate.test(s)) return out;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // the description must name the deed ("исполнителями теракта", "المسؤول عن الهجوم"), not a duty
    if (!deed.test(m[0])) continue;
    if (lang === 'ru' && /ответственн\p{L}*\s+за\s+(?:расследовани|безопасност|защит|охран)/u.test(m[0])) continue;
    if (lang === 'ar' && /مسوول\p{L}*\s+عن\s+(?:ال)?(?:تحقيق|امن|حمايه|سلامه|رد)/u.test(m[0])) continue;
    if (QUESTION_BEFORE.test(clauseBefore(s, m.index))) continue;
    if (lang === 'ar' && AR_NEG_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index))) continue;
    const at = m.index + m[0].length - m[1].length;
    // (a negation right after the copula: «не был», "ليس")
    if (/^\s+(?:не|ни|ليس|لم|غير)(?![\p{L}])/u.test(s.slice(at + m[1].length, at + m[1].length + 8))) continue;
    if (lang === 'ru' && /(?<![\p{L}])(?:не|ни)\s+$/u.test(s.slice(Math.max(0, at - 6), at))) continue;
    // (s26 cldev) «были» before a short passive participle is the passive's auxiliary, not the specificational copula:
    // «Исполнители теракта были задержаны российской полицией» (the instrumental is the arresting agent, Wade 2011 §368),
    // «Организаторы взрыва были арестованы ФСБ»; a copula's complement is a noun phrase («были украинские диверсанты»)
    if (lang === 'ru' && m[1] !== '—' && RU_SHORT_PASSIVE_AFTER.test(s.slice(at + m[1].length, at + m[1].length + 40))) continue;
    out.push([at, at + m[1].length, m[1]]);
  }
  return out;
}

/**
 * Session 30 (room clblame): the origin of the weapon or the force told as a predicate ("The drones that struck the city
 * were Russian", "Warplanes, believed to be Russian, bombed the market", "the attackers turned out to be Ukrainian"): an
 * ascriptive copula whose subject is a weapon, an aircraft or the attackers (with or without a relative clause of its deed) and
 * whose complement is a side's adjective says whose the deed was, as the attributive "Russian drones struck" does (Quirk
 * et al. 1985 §16.47 on ascriptive "be"; Russian «оказались российскими» and Arabic "كانت روسية" the reader reads already).
 * English only. Not soldiers or troops, who are as often the victims ("The soldiers who died in the strike were Ukrainian").
 * The caller keeps a copula only with a party's word right after it, not a maker ("were Russian-made",
 * "Iranian-built": the maker is no user) and not a passive ("were fired at Russian positions"). Offsets in `s`.
 */
const EN_WEAPON_HEAD = String.raw`(?:drones?|uavs?|missiles?|rockets?|shells?|projectiles?|jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|bombers?|bombs?|munitions?|attackers|assailants)`;
// (review s30) the weapon is the subject's head, not the object of a preposition inside it: "the victims of the drones were
// Ukrainian", "the people killed by the drones were Ukrainian", "the targets of the Russian drones were Ukrainian" tell whose
// the victims were, and read as the drones' origin they blamed the victims; a partitive ("most of the missiles were
// Iranian") is still the weapon
const EN_NOT_PP_HEAD = String.raw`(?<!(?<![\p{L}])(?:(?<!(?:some|most|all|many|several|both|each|one|two|three|four|five|half|part|\d+)\s+)of|by|from|with|against|at|on|to|for|about|over|under|among|after|near)\s+(?:(?:the|a|an|these|those|their|its|his|her|our|such)\s+)?(?:[\p{L}\-]+\s+){0,2})`;
const EN_WEAPON_COPULA_G = new RegExp(String.raw`(?<![\p{L}])${EN_NOT_PP_HEAD}${EN_WEAPON_HEAD}(?:\s+(?:that|which|who)\s+[^,.;:!?\n]{1,80}?|\s*,)?\s+((?:were|was|are|is)(?:\s+(?:all|both|likely|probably|apparently|reportedly))?|(?:(?:were|was|are|is)\s+)?(?:believed|thought|said|suspected|assessed|confirmed|understood)\s+to\s+(?:be|have\s+been)|turned\s+out\s+to\s+be|appeared\s+to\s+be|proved\s+to\s+be)(?=\s)`, 'gu');
export function weaponOriginCopulas(s: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  EN_WEAPON_COPULA_G.lastIndex = 0;
  for (let m = EN_WEAPON_COPULA_G.exec(s); m; m = EN_WEAPON_COPULA_G.exec(s)) {
    const at = m.index + m[0].length - m[1].length;
    if (QUESTION_BEFORE.test(clauseBefore(s, m.index))) continue;
    out.push([at, at + m[1].length, m[1]]);
  }
  return out;
}

/**
 * Session 32 (room clblame): the doer's membership told as a predicate ("The gunman who killed five people was a member of
 * the Islamic State group", "the attacker had pledged allegiance to ISIS", «Напавший на прохожих был членом ИГИЛ», "المهاجم
 * أعلن ولاءه لداعش"): an ascriptive copula with a noun of membership (or a vow of allegiance) whose subject is the doer of
 * the deed names the group the doer acted for, as the attributive "an IS gunman" does (Quirk et al. 1985 §16.47; Wade 2011
 * §128 on the instrumental complement «был членом»). The subject must be a noun of a deed's doer (attacker, gunman,
 * shooter, bomber, suspect; «напавший», «стрелок», «смертник», «подозреваемый»; "المهاجم", "المنفذ", "المشتبه به"), at most
 * about a dozen words before the copula in its sentence, so a victim's or a witness's membership ("one of the victims was a
 * member of the club") is not read. Returns [at, end, word] of the copula with its noun of membership and preposition,
 * for the reader to read as an agentive cue (the party right after it). Offsets in `s`.
 */
const EN_DOER_SUBJECT = String.raw`(?:attackers?|gunm[ae]n|shooters?|assailants?|bombers?|suicide\s+bombers?|perpetrators?|suspects?|killers?|driver|terrorists?|militants?|hijackers?|stabber)`;
const EN_MEMBERSHIP_G = new RegExp(String.raw`(?<![\p{L}])(?:the|a|an|one|two|three|both|all|\d+)\s+(?:[\p{L}\-]+\s+){0,2}?${EN_DOER_SUBJECT}(?![\p{L}])[^.;!?\n]{0,90}?\s((?:(?:was|were|is|are|had\s+been|has\s+been|turned\s+out\s+to\s+be|is\s+believed\s+to\s+have\s+been|was\s+believed\s+to\s+be)\s+(?:(?:a|an|all|also|reportedly|allegedly)\s+)?(?:members?|supporters?|followers?|operatives?|adherents?)\s+of|(?:had\s+|has\s+)?(?:pledged|swore|sworn)\s+(?:allegiance|loyalty)\s+to))(?=\s)`, 'gu');
const RU_DOER_SUBJECT = String.raw`(?:водител\p{L}*|напавш\p{L}*|нападавш\p{L}*|стрелявш\p{L}*|наехавш\p{L}*|взорвавш\p{L}*|стрел[оk]к\p{L}*|смертни\p{L}*|террорист\p{L}*|подозреваем\p{L}*|исполнител\p{L}*|убийц\p{L}*|злоумышленни\p{L}*)`;
const RU_MEMBERSHIP_G = new RegExp(String.raw`(?<![\p{L}])${RU_DOER_SUBJECT}(?![\p{L}])[^.;!?\n]{0,90}?\s((?:был[аи]?|являл(?:ся|ась|ись)|оказал(?:ся|ась|ись)|являются|является)\s+(?:(?:также|якобы|предположительно)\s+)?(?:член(?:ом|ами)|сторонник(?:ом|ами)|последовател(?:ем|ями)|боевик(?:ом|ами))|присягнул[аи]?\s+(?:на\s+верность\s+)?|состоял[аи]?\s+в)(?=\s)`, 'gu');
const AR_DOER_SUBJECT = String.raw`(?:[وف]?(?:ال)?(?:مهاجم|منفذ|انتحاري|مسلح|قاتل)(?:ين|ون)?|[وف]?المشتبه\s+به|[وف]?مطلق\s+النار)`;
const AR_MEMBERSHIP_G = new RegExp(String.raw`(?<![\p{L}])${AR_DOER_SUBJECT}(?![\p{L}])[^.;!?؟\n]{0,90}?\s((?:[وف]?(?:اعلن|اكد|قدم)\s+)?[وف]?(?:ولاءه|ولاءهم|مبايعته)\s+(?:ل|الي)|[وف]?(?:بايع|بايعوا))`, 'gu');

export function membershipCopulas(s: string, lang: 'en' | 'ru' | 'ar'): [number, number, string][] {
  const out: [number, number, string][] = [];
  const re = lang === 'en' ? EN_MEMBERSHIP_G : lang === 'ru' ? RU_MEMBERSHIP_G : AR_MEMBERSHIP_G;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index + m[0].length - m[1].length;
    if (QUESTION_BEFORE.test(clauseBefore(s, m.index))) continue;
    // (a negation before the copula: "was not a member of", «не был членом»)
    if (/(?<![\p{L}])(?:not|never|не|ни|لم|ليس)\s+$/u.test(s.slice(Math.max(0, at - 8), at)) || /^(?:was|were|is|are)\s+not\s/u.test(m[1])) continue;
    out.push([at, at + m[1].length, m[1].trimEnd()]);
  }
  return out;
}
