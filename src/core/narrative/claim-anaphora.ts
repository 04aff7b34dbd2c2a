/**
 * A deed told by reference (session 25, room clparse): a clause that names its deed only by a pronoun or by a noun of its
 * doers, whose antecedent is the incident of the sentence before ("Five civilians were killed in a chemical attack. It was
 * carried out by government helicopters."; "A car bomb exploded in the market. Islamic State militants carried it out.";
 * «Взрыв в кафе унёс жизни военкора. Его организовали украинские спецслужбы.»; "وقع هجوم على دوما. ونفذته قوات النظام").
 * The reader pairs a party with a deed cue only in a clause that holds an incident; this module tells the caller that such
 * a clause resumes the incident of the clause before it, so the reader's own grammar (subject, "by", denial, speech,
 * question) then reads who did it. It only finds the reference; it names no party.
 *
 * The reference is structural, not a word list of events:
 * - English: the subject pronoun of a passive deed ("it was carried out by", "they were fired by"), the object pronoun of a
 *   deed verb ("carried it out", "staged it", "ordered them"), a pronoun after "behind" or "responsible for" ("were
 *   behind it", "is responsible for this"), and a definite noun of the deed's doers as the subject of a copula ("the
 *   perpetrators were", "the attackers were"); the pronoun must not be followed by a noun of its own ("it was carried out
 *   by" but not "this report was ...").
 * - Russian: an object pronoun before the deed verb («его организовали», «их совершили»), a pronoun after «за» with a
 *   verb of standing behind («за ним стоят», «за этим стоит»), responsibility for it («ответственность за него»), and the
 *   doers of it («его исполнители», «исполнителями его»).
 * - Arabic: a verb with an object suffix (the caller's AR_OBJECT_PRONOUN_VERB: «نفذته», «تبنته»), «وراءه / وراءها» (behind
 *   it), «المسؤول عنه / عنها» (responsible for it).
 *
 * Pure: `clause` is the reader's lower-cased (for Arabic, folded) text of the clause.
 */

// (the verbs of doing a deed whose pronoun object or passive subject is the deed itself)
const EN_DEED_VERB = String.raw`(?:carried\s+out|perpetrated|committed|staged|organi[sz]ed|orchestrated|launched|conducted|planned|masterminded|ordered|executed|mounted|fired|dropped|planted|detonated|set\s+off|faked|fabricated|engineered|instigated|plotted|claimed)`;
const EN_PASSIVE_IT = new RegExp(String.raw`(?:^|[\s,;:(])(?:it|they|this|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:(?:apparently|allegedly|reportedly|probably|likely|in\s+fact|actually|also|most\s+likely)\s+)?${EN_DEED_VERB}(?![\p{L}])`, 'u');
// (s25 fixcl) "order" takes a person object with a direction, place or state ("ordered them out of the town", "ordered them
// home", "ordered them arrested", "ordered them to leave"): 'them' is then people, not the deed; the deed as object takes
// none of these.
const EN_OBJECT_IT = /(?<![\p{L}])(?:carried|carry|carries|carrying|set|sets|setting)\s+(?:it|them)\s+(?:out|off)(?![\p{L}])|(?<![\p{L}])(?:perpetrated|committed|staged|organi[sz]ed|orchestrated|launched|conducted|planned|masterminded|mounted|faked|fabricated|engineered|instigated|plotted|stage|organi[sz]e|orchestrate|commit)\s+(?:it|them)(?![\p{L}])(?!\s+(?:to|that|as)\s)|(?<![\p{L}])(?:ordered|order|orders)\s+(?:it|them)(?![\p{L}])(?!\s+(?:to|that|as|out|away|back|home|off|inside|outside|in|into|onto|on|down|up|from|across|through|towards?|\p{L}+ed)(?![\p{L}]))/u;
// (s25 fixcl) Only the bare pronoun is the anaphor: "this" / "that" followed by a noun is a noun phrase of its own ("stood
// behind this finding": endorsed a finding), so a demonstrative resumes the deed only before punctuation, the end or a
// function word that closes the phrase; and between the copula and "behind" only an adverb of stance or a negator
// ("were allegedly behind it", "was not behind it"), not a verb of posture or motion ("were standing behind it",
// "were hiding behind it", "was parked behind it": behind a thing in space).
const EN_BEHIND_ADVERB = String.raw`(?:\p{L}+ly|also|not|never|indeed|all|both|really|likely)`;
const EN_BEHIND_IT = new RegExp(String.raw`(?<![\p{L}])(?:(?:is|are|was|were|be|been|stood|stands|stand)\s+(?:${EN_BEHIND_ADVERB}\s+)?behind|responsible\s+for|to\s+blame\s+for|culprits?\s+of|perpetrators?\s+of)\s+(?:(?:it|them)(?![\p{L}])|(?:this|that)(?=\s*(?:[,.;:!?)"”\n]|$)|\s+(?:and|but|or|in|on|at|as|after|before|because|since|according|too|either|again|all|both|last|yesterday|now|then)(?![\p{L}])))`, 'u');
// (a bare predicate of guilt closing its clause, "The Syrian government was responsible, activists said": responsible for the
// deed told before)
const EN_BARE_GUILT = /(?<![\p{L}])(?:was|were|is|are|be|been)\s+(?:(?:solely|fully|directly|ultimately|probably|likely|clearly|also)\s+)?(?:responsible|to\s+blame|culpable|guilty)\s*(?:[,.;!?)\n]|$)/u;
// (s25 fixcl, review C5: not "the organisers" alone, a rally's or a march's as often as a deed's)
const EN_DOERS_WERE = /(?:^|[\s,;:(])the\s+(?:perpetrators|culprits|attackers|assailants|masterminds?|bombers|killers|shooters|gunmen)\s+(?:were|was|are|is)\s+(?!(?:not|never|still|unknown|unidentified|killed|arrested|detained|caught|found|identified|seen|believed|thought|said|reported|described)\b)/u;

// (s32 clmix) and a definite singular noun of the deed's doer as the subject of a copula of membership ("A truck rammed into a
// crowd. The driver was a supporter of ISIS."; «Грузовик въехал в толпу. Водитель был сторонником ИГИЛ»): the membership names
// the group the doer acted for (claim-copular.ts membershipCopulas), so the clause resumes the incident before it; only with
// the membership, not any predicate ("The driver was a 31-year-old man", "the attacker was arrested"), and not a pronoun ("He
// was a member of ..." is as often a victim)
const EN_DOER_MEMBER = /(?:^|[\s,;:(])the\s+(?:[\p{L}\-]+\s+)?(?:attacker|assailant|gunman|shooter|bomber|suicide\s+bomber|perpetrator|killer|driver|stabber|hijacker)\s+(?:[^.;!?\n]{0,60}?\s)?(?:(?:was|is|had\s+been|turned\s+out\s+to\s+be)\s+(?:(?:a|an|also|reportedly|allegedly)\s+)*(?:member|supporter|follower|operative|adherent)\s+of|(?:had\s+)?(?:pledged|sworn|swore)\s+(?:allegiance|loyalty)\s+to)(?![\p{L}])/u;
const RU_DOER_MEMBER = /(?<![\p{L}])(?:напавш|нападавш|стрелявш|наехавш|стрел[оk]к|смертник|водител|исполнител|убийц|злоумышленник)\p{L}*\s+(?:[^.;!?\n]{0,60}?\s)?(?:был[аи]?|являл(?:ся|ась|ись)|оказал(?:ся|ась|ись))\s+(?:(?:также|якобы|предположительно)\s+)?(?:членом|сторонником|последователем|боевиком)(?![\p{L}])/u;

const RU_DEED_VERB = String.raw`(?:организова|соверши|соверша|устрои|устраива|осуществи|осуществля|провели|провел|провела|провело|подготови|спланирова|заказа|инсцениров|сфабрикова|нанесли|нанес|нанесла|запусти|выпусти|сбросил|сбросили|взорва|подорва)`;
const RU_OBJECT_IT = new RegExp(String.raw`(?<![\p{L}])(?:его|её|ее|их)\s+(?:\p{L}+\s+)?${RU_DEED_VERB}\p{L}*`, 'u');
// (s26 cldev: and «за всем этим», and a culpability predicate of the pronoun «это», «Вероятно, это дело рук X», «Это работа X»,
// as the copular dash «Взрыв — дело рук X» reads it with its subject)
const RU_BEHIND_IT = /(?<![\p{L}])(?:это|это\s+—|—\s+это)\s+(?:(?:дело|делом)\s+рук|работа|на\s+совести)(?![\p{L}])|(?<![\p{L}])за\s+(?:всем\s+этим|этим\s+всем|ним|ней|нею|ними|этим|этой)\s+(?:\p{L}+\s+)?сто(?:ят|ит|ял|яла|яли|ять)(?![\p{L}])|(?<![\p{L}])сто(?:ят|ит|ял|яла|яли)\s+за\s+(?:ним|ней|нею|ними|этим)(?![\p{L}])|(?<![\p{L}])ответственност\p{L}*\s+за\s+(?:него|неё|нее|них|это)(?![\p{L}])|(?<![\p{L}])(?:исполнител|организатор|заказчик)\p{L}*\s+(?:его|её|ее|их)(?![\p{L}])|(?<![\p{L}])(?:его|её|ее|их)\s+(?:исполнител|организатор|заказчик)\p{L}*/u;

const AR_BEHIND_IT = /(?<![\p{L}])[وف]?(?:وراءه|وراءها|ورايه|وراءهم|وراها|وراه|خلفه|خلفها|خلفهم)(?![\p{L}])|(?<![\p{L}])(?:ال)?مسوول\p{L}*\s+(?:عنه|عنها|عنهما)(?![\p{L}])/u;

/** Whether a clause names its deed by reference to an earlier one, in English, Russian or Arabic (`objectVerb` is the
 * caller's test of an Arabic verb with an object suffix, applied to the clause's words). */
export function anaphoricDeed(clause: string, lang: 'en' | 'ru' | 'ar', objectVerb?: (word: string) => boolean): string | null {
  if (lang === 'en') {
    const m = EN_PASSIVE_IT.exec(clause) ?? EN_OBJECT_IT.exec(clause) ?? EN_BEHIND_IT.exec(clause) ?? EN_DOERS_WERE.exec(clause) ?? EN_DOER_MEMBER.exec(clause) ?? EN_BARE_GUILT.exec(clause);
    return m ? m[0].trim() : null;
  }
  if (lang === 'ru') {
    const m = RU_OBJECT_IT.exec(clause) ?? RU_BEHIND_IT.exec(clause) ?? RU_DOER_MEMBER.exec(clause);
    return m ? m[0].trim() : null;
  }
  const m = AR_BEHIND_IT.exec(clause);
  if (m) return m[0].trim();
  if (objectVerb) for (const w of clause.split(/[\s،,.:؛!?؟«»"()]+/u)) if (w && objectVerb(w)) return w;
  return null;
}

/**
 * Subject pronouns that open a sentence (session 25, room clparse): "They killed 30 civilians", "Its helicopters dropped
 * chlorine", «Они расстреляли», «Их вертолёты сбросили». A sentence's opening subject pronoun most often continues the
 * subject of the sentence before (the preferred centre of centering theory: Grosz, Joshi & Weinstein 1995, "Centering: a
 * framework for modeling the local coherence of discourse", Computational Linguistics 21(2)); the caller resolves it to
 * that sentence's party when the sentence names one side only, so the reader's own subject grammar reads it as the
 * deed's doer. Only a pronoun of a group ("they", «они») or a possessive before a noun of armed forces: "it" is as often
 * the deed itself, and "he" / "she" a speaker or a victim. A pronoun after a speech verb, a complementizer or a relative
 * word of its own sentence ("Witnesses said they saw ...") is that clause's, not the sentence's opening subject.
 */
export interface SubjectPronoun {
  at: number;
  end: number;
  word: string;
  /** the start of its sentence in `s` */
  sentenceAt: number;
}
const EN_FORCE_NOUN = String.raw`(?:helicopters?|jets?|warplanes?|aircraft|planes?|bombers?|troops|forces|soldiers|artillery|fighters|militants|drones?|gunmen|units?|pilots?|navy|army|air\s+force|militias?|snipers?|tanks?|warships?|missiles?|rockets?)`;
// (and a definite noun of an organised group, "The group", "The organisation": a description standing for the group named
// before, Halliday & Hasan 1976 ch. 6, general nouns as cohesive reference)
const EN_SUBJECT_PRONOUN_G = new RegExp(String.raw`(?<![\p{L}])(?:they|(?:its|their)\s+(?:[\p{L}\-]+\s+)?${EN_FORCE_NOUN}|the\s+(?:group|organi[sz]ation|movement|faction|network|cell)(?!\s+of\s))(?![\p{L}])`, 'gu');
const RU_FORCE_NOUN = String.raw`(?:вертол[её]т|самол[её]т|войск|боевик|солдат|военн|артиллери|истребител|бомбардировщик|беспилотник|дрон|подразделени|снайпер|танк|ракет)`;
const RU_SUBJECT_PRONOUN_G = new RegExp(String.raw`(?<![\p{L}])(?:они|их\s+(?:[\p{L}\-]+\s+)?${RU_FORCE_NOUN}\p{L}*|группировка|организация|движение)(?![\p{L}])`, 'gu');
// (a speech verb, a complementizer or a relative word before the pronoun in its sentence: the pronoun is that clause's)
const EN_EMBEDDING = /(?<![\p{L}])(?:said|says|say|saying|told|tell|tells|claim|claims|claimed|reported|reports|believe|believes|believed|think|thinks|thought|added|stated|states|that|who|whom|which|whether|if|because|as)(?![\p{L}])|["“”«»:]/u;
const RU_EMBEDDING = /(?<![\p{L}])(?:что|чтобы|котор\p{L}*|если|ли|заяв\p{L}*|сказал\p{L}*|сообщ\p{L}*|говор\p{L}*|считает|считают|словам|версии|мнению|утвержда\p{L}*|пишет|пишут)(?![\p{L}])|["“”«»:—]/u;

export function subjectPronouns(s: string, lang: 'en' | 'ru' | 'ar'): SubjectPronoun[] {
  if (lang === 'ar') return [];
  const re = lang === 'en' ? EN_SUBJECT_PRONOUN_G : RU_SUBJECT_PRONOUN_G;
  const embedding = lang === 'en' ? EN_EMBEDDING : RU_EMBEDDING;
  const out: SubjectPronoun[] = [];
  // (linear in the text: the sentence start is carried forward from one candidate to the next, and only the last seven
  // words before a candidate are looked at, since a prefix of more than six words is refused; scanning back to the
  // sentence start and testing the whole prefix made a long text with few full stops quadratic)
  let a = 0;
  let scanned = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    for (; scanned < m.index; scanned++) if (SENTENCE_BREAK.test(s[scanned])) a = scanned + 1;
    if (a === 0) continue; // (the first sentence has no sentence before it)
    if (wordsBefore(s, a, m.index) > 6) continue;
    const prefix = s.slice(a, m.index);
    if (embedding.test(prefix)) continue;
    out.push({ at: m.index, end: m.index + m[0].length, word: m[0], sentenceAt: a });
  }
  return out;
}

const SENTENCE_BREAK = /[.!?\n]/;
const SPACE = /\s/;
/** The number of whitespace-separated words in s[from, to), counted back from `to` and stopping at seven. */
function wordsBefore(s: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = to - 1; i >= from; i--) {
    if (SPACE.test(s[i])) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n > 6) return n;
    }
  }
  return n;
}
