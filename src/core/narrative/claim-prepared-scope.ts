/**
 * (s27 clprep) The scope of an announcement: what a plan, a future or a time ahead has to govern before the item announces
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
function sentenceOf(s: string, at: number): [number, number] {
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
const RU_INFINITIVE_AFTER = /^\s+(?:[\p{L}\-«»"]+\s+){0,2}?\p{L}{2,}(?:ть|ти|чь)(?:ся|сь)?(?![\p{L}])/u;
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
