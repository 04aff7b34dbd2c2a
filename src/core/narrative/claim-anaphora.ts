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
const EN_OBJECT_IT = /(?<![\p{L}])(?:carried|carry|carries|carrying|set|sets|setting)\s+(?:it|them)\s+(?:out|off)(?![\p{L}])|(?<![\p{L}])(?:perpetrated|committed|staged|organi[sz]ed|orchestrated|launched|conducted|planned|masterminded|ordered|mounted|faked|fabricated|engineered|instigated|plotted|stage|organi[sz]e|orchestrate|commit|order)\s+(?:it|them)(?![\p{L}])(?!\s+(?:to|that|as)\s)/u;
const EN_BEHIND_IT = /(?<![\p{L}])(?:(?:is|are|was|were|be|been|stood|stands|stand)\s+(?:\p{L}+\s+)?behind|responsible\s+for|to\s+blame\s+for|culprits?\s+of|perpetrators?\s+of)\s+(?:it|this|that|them)(?![\p{L}])(?!\s+\p{L}+(?:s|ion|ment)\b)/u;
const EN_DOERS_WERE = /(?:^|[\s,;:(])the\s+(?:perpetrators|culprits|attackers|assailants|organi[sz]ers|masterminds?|bombers|killers|shooters|gunmen)\s+(?:were|was|are|is)\s+(?!(?:not|never|still|unknown|unidentified|killed|arrested|detained|caught|found|identified|seen|believed|thought|said|reported|described)\b)/u;

const RU_DEED_VERB = String.raw`(?:организова|соверши|соверша|устрои|устраива|осуществи|осуществля|провели|провел|провела|провело|подготови|спланирова|заказа|инсцениров|сфабрикова|нанесли|нанес|нанесла|запусти|выпусти|сбросил|сбросили|взорва|подорва)`;
const RU_OBJECT_IT = new RegExp(String.raw`(?<![\p{L}])(?:его|её|ее|их)\s+(?:\p{L}+\s+)?${RU_DEED_VERB}\p{L}*`, 'u');
const RU_BEHIND_IT = /(?<![\p{L}])за\s+(?:ним|ней|нею|ними|этим|этой)\s+(?:\p{L}+\s+)?сто(?:ят|ит|ял|яла|яли|ять)(?![\p{L}])|(?<![\p{L}])сто(?:ят|ит|ял|яла|яли)\s+за\s+(?:ним|ней|нею|ними|этим)(?![\p{L}])|(?<![\p{L}])ответственност\p{L}*\s+за\s+(?:него|неё|нее|них|это)(?![\p{L}])|(?<![\p{L}])(?:исполнител|организатор|заказчик)\p{L}*\s+(?:его|её|ее|их)(?![\p{L}])|(?<![\p{L}])(?:его|её|ее|их)\s+(?:исполнител|организатор|заказчик)\p{L}*/u;

const AR_BEHIND_IT = /(?<![\p{L}])[وف]?(?:وراءه|وراءها|ورايه|وراءهم|وراها|وراه)(?![\p{L}])|(?<![\p{L}])(?:ال)?مسوول\p{L}*\s+(?:عنه|عنها|عنهما)(?![\p{L}])/u;

/** Whether a clause names its deed by reference to an earlier one, in English, Russian or Arabic (`objectVerb` is the
 * caller's test of an Arabic verb with an object suffix, applied to the clause's words). */
export function anaphoricDeed(clause: string, lang: 'en' | 'ru' | 'ar', objectVerb?: (word: string) => boolean): string | null {
  if (lang === 'en') {
    const m = EN_PASSIVE_IT.exec(clause) ?? EN_OBJECT_IT.exec(clause) ?? EN_BEHIND_IT.exec(clause) ?? EN_DOERS_WERE.exec(clause);
    return m ? m[0].trim() : null;
  }
  if (lang === 'ru') {
    const m = RU_OBJECT_IT.exec(clause) ?? RU_BEHIND_IT.exec(clause);
    return m ? m[0].trim() : null;
  }
  const m = AR_BEHIND_IT.exec(clause);
  if (m) return m[0].trim();
  if (objectVerb) for (const w of clause.split(/[\s،,.:؛!?؟«»"()]+/u)) if (w && objectVerb(w)) return w;
  return null;
}
