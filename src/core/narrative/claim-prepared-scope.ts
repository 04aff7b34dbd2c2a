/**
 * (s27 clprep) The scope of an announcement, and of a denial: what a plan, a future or a time ahead has to govern before the item announces
 * an attack (the `prepared` slot of claim-slots.ts). Three readings that hold in English, Russian and Arabic alike:
 *
 * - `routineUseOnly`: the only things the text could announce are a riot-control means in a police or crowd frame ("Police
 *   will use tear gas to disperse the protesters", «Полиция применит слезоточивый газ для разгона демонстрантов», «ستستخدم
 *   الشرطة الغاز المسيل للدموع لتفريق المتظاهرين») or an agent put to a routine purpose ("will use chlorine to disinfect the
 *   water", «для очистки воды», «لتعقيم المياه», an antidote "to treat" the victims). The guide's `prepared` is an attack, a
 *   provocation or a staging ahead (eval/claims/README.md); crowd control and routine use are neither, whoever announces
 *   them. A riot gas with no police or crowd in its sentence ("Russia will use tear gas against Ukrainian troops") is still
 *   a weapon's use and is kept.
 * - `ruIntentSense`: the Russian «собира(ть)ся» is a verb of intent only with an infinitive after it («собираются
 *   инсценировать», «собирается совершить»; Wade 2011 §§ 337-338: the reflexive with an infinitive is the intentional
 *   future); the same verb with no infinitive is gathering («начали собираться участники акции»), and the non-reflexive
 *   «собирают / собирает» is collecting («собирает доказательства применения химического оружия»): neither announces.
 * - `placeOfBefore`: an attack noun that is the complement of a noun of place or of a topic ("the site of the chemical
 *   attack", «место химической атаки», «موقع الهجوم الكيميائي», "the anniversary of the attack") is no deed of the
 *   sentence's verb: a time ahead in that sentence ("in the coming days", «в ближайшее время», «في الأيام المقبلة») dates the
 *   visit or the meeting, not an attack; nor does it date an offensive (`warNoun`: war by the guide).
 *
 * - `dismissedResponsibility` and `dismissalOfToldClaim` (English): a verdict of fabrication on a claim of responsibility
 *   ("Britain blamed Russia for the poisoning, a claim Moscow dismissed as fabricated", "Russia dismissed as fabricated the
 *   claims that it poisoned Navalny") stages nothing, and a dismissal in a relative clause or appositive of a claim the item
 *   tells in a clause of its own leaves that accusation its accused (README, label conventions, the denial rows).
 *
 * Judged, not sourced: the purpose phrases are the common news forms of routine use (water treatment, disinfection, medical
 * treatment, crowd dispersal) in each language, written to be general, not from any item. Pure: offsets in the reader's
 * lower-cased (Arabic: folded) text.
 */

export interface ScopeObject {
  at: number;
  end: number;
  word: string;
  /** the lexicon's kind: incident, staged, agent, violence */
  kind: string;
  /** the agent id for an agent (cs for riot gas) */
  value?: string;
}

const SENTENCE_END = /[.!?؟\n]/;
// a purpose or use of routine: water treatment, disinfection, cleaning, medical treatment, pest control, crowd dispersal
const ROUTINE_PURPOSE = /(?<![\p{L}])(?:to\s+(?:disinfect|purify|sanitize|sanitise|clean|chlorinate|treat|cure|disperse|break\s+up|control|fumigate)|for\s+(?:(?:water|the\s+water|pool)\s+)?(?:treatment|purification|disinfection|sanitation|cleaning|chlorination|crowd\s+control|riot\s+control|fumigation)|disinfect\p{L}*|water\s+treatment|drinking\s+water|swimming\s+pools?|pesticides?|pest\s+control|fumigat\p{L}*|для\s+(?:очистки|обеззараживания|дезинфекции|хлорирования|лечения|разгона|рассеивания|борьбы\s+с\s+вредителями)|с\s+целью\s+(?:очистки|обеззараживания|дезинфекции|лечения|разгона)|[وف]?ل(?:تعقيم|تنقيه|تطهير|علاج|تفريق|معالجه)\p{L}*|في\s+(?:تعقيم|تنقيه|تطهير|معالجه)\p{L}*)(?![\p{L}])/u;

// the police and security forces of a state, as users of riot gas (the same words as claim-slots.ts POLICE_WORD, in running text)
const POLICE = /(?<![\p{L}])(?:police\p{L}*|riot\s+squads?|security\s+forces|law\s+enforcement|gendarm\p{L}*|полици\p{L}*|полицейск\p{L}*|милици\p{L}*|силовик\p{L}*|омон\p{L}*|жандарм\p{L}*|правоохранител\p{L}*|росгварди\p{L}*|сил\p{L}*\s+(?:безопасности|правопорядка)|[وفبل]?(?:ال)?(?:شرطه|شرطي|قوات\s+(?:ال)?امن|(?:ال)?قوات\s+(?:ال)?امنيه|قوي\s+(?:ال)?امن|رجال\s+(?:ال)?امن|عناصر\s+(?:ال)?امن|مكافحه\s+(?:ال)?شغب))(?![\p{L}])/u;

/** The sentence span around `at`. */
/** the sentence around `at`: [start, end) between sentence ends (Arabic question mark included) */
export function sentenceOf(s: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !SENTENCE_END.test(s[a - 1])) a--;
  let b = at;
  while (b < s.length && !SENTENCE_END.test(s[b])) b++;
  return [a, b];
}

/**
 * Whether every attack, staging or agent the text names is crowd control or routine use, so that no plan or future in it
 * can announce an attack. `riot(o)` says whether an object is a riot-control means; `crowdOrPolice(sentence)` whether a
 * sentence names a crowd (the caller's lexicon: claim-slots.ts CROWD_FRAME); the police are read here (POLICE).
 */
export function routineUseOnly(s: string, objects: readonly ScopeObject[], riot: (o: ScopeObject) => boolean, crowdOrPolice: (sentence: string) => boolean): boolean {
  const agents = objects.filter((o) => o.kind === 'agent');
  let any = false;
  for (const o of objects) {
    if (o.kind !== 'agent' && o.kind !== 'incident' && o.kind !== 'staged' && o.kind !== 'violence') continue;
    any = true;
    if (o.kind === 'staged' || o.kind === 'violence') return false;
    // (an incident word that is the agent itself, or a riot means: "tear gas", «водомёты»)
    const self = o.kind === 'agent' ? o : agents.find((x) => x.at < o.end && o.at < x.end);
    if (!self && !(o.kind === 'incident' && riot(o))) return false;
    const [a, b] = sentenceOf(s, o.at);
    const sentence = s.slice(a, b);
    if (riot(self ?? o) && (crowdOrPolice(sentence) || POLICE.test(sentence))) continue;
    if (self && ROUTINE_PURPOSE.test(s.slice(self.end, b))) continue;
    return false;
  }
  return any;
}

// «собира(ть)ся» and its finite forms, and the infinitive (with its reflexive) within three words after it
const RU_GATHER = /^собира/u;
const RU_REFLEXIVE_INTENT = /^собира(?:ются|ется|юсь|емся|етесь|ешься|лся|лась|лось|лись|ться)$/u;
// (review s27) no preposition among the words skipped: an infinitive never stands in a prepositional phrase, and the oblique
// case of a noun in -ть ends as an infinitive does («собираются у здания власти», «в области», «возле части»)
const RU_INFINITIVE_AFTER = /^\s+(?:(?!(?:у|в|во|на|к|ко|с|со|из|от|до|для|при|возле|около|за|под|перед|по|о|об|обо|между|через|против|без|после|среди)\s)[\p{L}\-«»"]+\s+){0,2}?\p{L}{2,}(?:ть|ти|чь)(?:ся|сь)?(?![\p{L}])/u;
/** Whether a Russian plan word «собира…» at [at, end) is the verb of intent (reflexive, with an infinitive after it). */
export function ruIntentSense(s: string, at: number, end: number): boolean {
  const w = s.slice(at, end);
  if (!RU_GATHER.test(w)) return true;
  // the lexicon's word may stop short of the ending: read the whole word
  let e = end;
  while (e < s.length && /\p{L}/u.test(s[e])) e++;
  return RU_REFLEXIVE_INTENT.test(s.slice(at, e)) && RU_INFINITIVE_AFTER.test(s.slice(e, e + 60));
}

// a noun of place, occasion or topic whose complement the attack is
const PLACE_OF_BEFORE = /(?<![\p{L}])(?:(?:site|scene|place|location|area|anniversary|victims?|survivors?|memorial|museum|aftermath)\s+of\s+(?:(?:the|a|an|this|that|last\s+\p{L}+['’]s)\s+)?|(?:мест\p{L}*|годовщин\p{L}*|жертв\p{L}*|пострадавш\p{L}*|район\p{L}*|памят\p{L}*|последстви\p{L}*)\s+|[وفبل]?(?:ال)?(?:موقع|مكان|ذكري|ضحايا|منطقه|مسرح|اثار)\s+)(?:[\p{L}\-]+\s+){0,1}$/u;
/** Whether the attack noun at `at` is the complement of a noun of place, occasion or victims ("the site of the attack"). */
export function placeOfBefore(s: string, at: number): boolean {
  return PLACE_OF_BEFORE.test(s.slice(Math.max(0, at - 50), at));
}

// (s27 clprep) the nouns of a military offensive: war by the guide ("an army preparing an offensive is not" an announced attack,
// eval/claims/README.md), whatever time ahead its sentence gives
const WAR_NOUN = /^(?:(?:counter-?)?offensives?|(?:контр)?наступлени\p{L}*)$/u;
/** Whether an object word is a military offensive (war, not an incident). */
export function warNoun(word: string): boolean {
  return WAR_NOUN.test(word);
}

// ---- (s27 clprep) a verdict of fabrication on a claim of responsibility ----
// "Britain blamed Russia for the poisoning, a claim Moscow dismissed as fabricated", "Germany says Russia poisoned Navalny, which
// Moscow dismissed as fabricated", "Russia dismissed as fabricated the claims that it poisoned Navalny", "The Kremlin dismissed
// accusations of its involvement as fabricated": the verdict is the accused's, on who did it, not on whether the incident
// happened; by the README's label conventions (the denial rows) such a denial stages nothing (`staged` false) and leaves the
// accusation told in its own clause its accused. A verdict on the incident or its reports stays a staging claim ("Assad
// dismissed reports of the chemical attack as a fabrication": v21 call 3). Judgment of reading.
// the verb of dismissing with "as" right before the verdict (the dismisser as a by-phrase or subject; the object before "as")
const DISMISS_AS_BEFORE = /(?<![\p{L}])(?:dismiss\p{L}*|reject\p{L}*|brand\p{L}*|den(?:y|ies|ied|ying)|describ\p{L}*|call\p{L}*|labell?\p{L}*|decr(?:y|ies|ied))(?:\s+by\s+[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2})?(\s+[^.;!?\n]{0,90}?)?\s+as\s+(?:(?:a|an|the|complete|completely|absolutely|entirely|totally|pure|purely|utterly|100%|sheer|another|mere|a\s+complete)\s+)*$/u;
// the verb of dismissing after "as <verdict>" when the verdict comes first ("dismissed as fabricated the claims that ...")
const DISMISS_AS_VERDICT_BEFORE = /(?<![\p{L}])(?:dismiss\p{L}*|reject\p{L}*|brand\p{L}*|den(?:y|ies|ied|ying)|describ\p{L}*|labell?\p{L}*)\s+as\s+$/u;
// a claim of responsibility: a that-clause or an of-phrase of involvement, responsibility, complicity or role
const RESPONSIBILITY_CLAIM = /(?<![\p{L}])(?:claims?|accusations?|allegations?|charges?|suggestions?|assertions?|reports?)\s+(?:by\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?\s+)?(?:that\s+(?:it|they|he|she|moscow|russia|the\s+kremlin|damascus|kyiv|kiev|washington|the\s+\p{L}+|[\p{L}\-]+)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}+ed|was|were|had|is|are|did|ordered|used|poisoned|carried|stood|behind)|of\s+(?:its|his|her|their|the\s+\p{L}+['’]s|[\p{L}\-]+['’]s|\p{L}+)\s+(?:direct\s+|alleged\s+)?(?:involvement|responsibility|complicity|role|part|hand|guilt))(?![\p{L}])/u;
// an antecedent clause of accusation before a relative "which" or an appositive "a claim" (blamed, accused, says X did)
const ACCUSATION_BEFORE = /(?<![\p{L}])(?:blam\p{L}*|accus\p{L}*|held\s+\p{L}+\s+responsible|says?|said|claims?|claimed|alleg\p{L}*)(?![\p{L}])/u;
const RELATIVE_CLAIM_BEFORE = /(?:,\s*|\s+)(?:which|what|a\s+claim|an\s+accusation|a\s+charge|an\s+allegation|claims|accusations)(?:\s+(?:that|which))?\s*(?:[\p{L}\-]+\s+){0,3}$/u;
const APPOSITIVE_CLAIM_BEFORE = /(?:^|[.!?\n]\s*)(?:the|a|an|this|that)\s+(?:claim|accusation|allegation|charge|report)s?\s*,\s*$/u;
// (Arabic, folded) the relative «وهو ما / وهي ما» of a told claim with a verb of denying or describing before the verdict («قالت
// ألمانيا إن روسيا سممت نافالني، وهو ما نفته موسكو ووصفته بالمفبرك»), after a verb of saying or accusing in the sentence
const AR_TOLD_CLAIM_DENIED_BEFORE = /(?<![\p{L}])[وف]?(?:هو|هي)\s+ما\s+(?:[\p{L}]+\s+){0,4}?[وف]?(?:نفت\p{L}*|نفاه|نفته|رفضت\p{L}*|رفضه|وصفت\p{L}*|وصفه|اعتبرت\p{L}*|اعتبره)\s+(?:[\p{L}]+\s+){0,3}[بل]?$/u;
const AR_ACCUSATION = /(?<![\p{L}])[وف]?(?:قال\p{L}*|اتهم\p{L}*|حمل\p{L}*|اعلن\p{L}*|اكد\p{L}*|زعم\p{L}*)(?![\p{L}])/u;
/** Whether the staged word at [at, end) is the verdict of a dismissal of a claim of responsibility (English; Arabic «وهو ما نفته ... ووصفته بـ»). */
export function dismissedResponsibility(s: string, at: number, end: number): boolean {
  const [a, b] = sentenceOf(s, at);
  const before = s.slice(a, at);
  const ar = AR_TOLD_CLAIM_DENIED_BEFORE.exec(before);
  if (ar) return AR_ACCUSATION.test(before.slice(0, ar.index));
  const m = DISMISS_AS_BEFORE.exec(before);
  if (m) {
    const object = m[1] ?? '';
    // the object between the verb and "as" ("dismissed accusations of its involvement as")
    if (object.trim() && RESPONSIBILITY_CLAIM.test(object)) return true;
    if (object.trim()) return false;
    // a by-phrase or a subject: the claim is the antecedent ("a claim Moscow dismissed as", "which Moscow dismissed as", "the
    // claim, dismissed by Moscow as")
    const head = before.slice(0, m.index);
    const rel = RELATIVE_CLAIM_BEFORE.exec(head);
    if (rel && ACCUSATION_BEFORE.test(head.slice(0, rel.index))) return true;
    if (APPOSITIVE_CLAIM_BEFORE.test(head) && ACCUSATION_BEFORE.test(s.slice(end, b))) return true;
    // (no object before "as": the verdict may come first, "dismissed as fabricated the claims that it poisoned ...")
    if (!/(?:dismiss|reject|brand|den|describ|label)\p{L}*\s+as\s+$/u.test(before)) return false;
  }
  // "dismissed as fabricated the claims that it poisoned ..."
  if (DISMISS_AS_VERDICT_BEFORE.test(before)) return RESPONSIBILITY_CLAIM.test(s.slice(end, b));
  return false;
}

// a dismissal in a relative clause or an appositive of a claim ("..., which Moscow dismissed", "..., a claim Moscow dismissed",
// "..., a claim denied by the United States", "The claim, dismissed by Moscow as ...,"): it answers an accusation the item
// tells in a clause of its own, which is read as any other (README guide, the mutual-accusations bullet and the label
// conventions' denial rows)
const DISMISSAL_OF_TOLD_CLAIM_BEFORE = /(?:,\s*(?:which|what|a\s+claim|an\s+accusation|a\s+charge|an\s+allegation|claims|accusations|allegations|charges)(?:\s+(?:that|which))?(?:\s+(?:[\p{L}\-]+\s+){0,3}?(?:has\s+|have\s+|had\s+)?)?|(?:^|[.!?\n]\s*)(?:the|a|an|this|that)\s+(?:claim|accusation|allegation|charge|report)s?\s*,\s*)\s*$/u;
/** Whether the verb of dismissing at `at` stands in a relative clause or an appositive of a claim the item tells (English). */
export function dismissalOfToldClaim(s: string, at: number): boolean {
  const [a] = sentenceOf(s, at);
  const before = s.slice(a, at);
  const m = DISMISSAL_OF_TOLD_CLAIM_BEFORE.exec(before);
  if (!m) return false;
  // (a relative or appositive after a clause of accusation: blamed, accused, says X did)
  return /^(?:the|a|an|this|that)\s/u.test(m[0].trim()) || ACCUSATION_BEFORE.test(before.slice(0, m.index));
}
