/**
 * A false flag told as a plan (English and Russian; Arabic has its own reading in claim-arabic.ts): an attack, or the
 * use of a chemical weapon, that a party plans, prepares or may carry out "to blame / to frame / and then blame it on"
 * another party is a staged event, whoever tells it (eval/claims/README.md, v7 judgement call: "use chemical weapons
 * ... and accuse the Russian army" and "set the stage to use a chemical weapon and then falsely blame Ukraine" are
 * staged). Without the purpose of accusing, a planned attack is a real one announced (staged false).
 *
 * Pure: positions in the reader's lower-cased text.
 */

/** a purpose or sequel of accusing another party: "to blame", "and then blame it on", "in a bid to frame", "to hold X
 * responsible", "чтобы (в дальнейшем) обвинить", "для обвинения", "а затем свалить" */
// (s24 clnew) the sequel may be a future or an attempt ("and will pin the blame on", "and will try to blame", «и попытаются
// свалить / переложить»), and shifting the blame or the responsibility is accusing ("shift the blame onto", "переложить /
// перевести ответственность на")
const ACCUSING_PURPOSE =
  /(?<![\p{L}])(?:(?:(?:in order|so as|in a bid|in an attempt|trying|aiming|designed|intended)\s+)?to|and(?:\s+then|\s+later)?(?:\s+(?:will|would|plan\s+to|plans\s+to|intend\s+to|intends\s+to))?(?:\s+(?:try|attempt|seek)\s+to)?|then)\s+(?:later\s+|then\s+|falsely\s+)?(?:blame|accuse|frame|pin|implicate|incriminate|shift\s+(?:the\s+)?(?:blame|responsibility)|hold\s+(?:[\p{L}'’\-]+\s+){1,4}(?:responsible|accountable))(?![\p{L}])|(?<![\p{L}])(?:чтобы|с целью|для того,? чтобы|и затем|а затем|и потом|а потом|и)\s+(?:затем\s+|потом\s+|в дальнейшем\s+|впоследствии\s+)?(?:(?:попытаются|попытается|будут|будет|хотят|хочет|намерены|намерен)\s+)?(?:обвинить|возложить|свалить|переложить|перевести\s+ответственность)(?![\p{L}])|(?<![\p{L}])(?:для|в целях|с целью)\s+обвинени\p{L}*/gu;
/** (s24 clnew) a relative clause of shifting the responsibility for the planned thing onto another party ("a disaster ...,
 * the responsibility for which the occupiers will try to shift to Ukraine", «катастрофы, ответственность за которую
 * оккупанты попытаются перевести на Украину»): the plan's object is whatever the relative hangs on, so a plan marker
 * before it in the sentence is enough */
const SHIFTED_RESPONSIBILITY_RELATIVE =
  /(?<![\p{L}])(?:(?:the\s+)?(?:responsibility|blame)\s+for\s+which\s+(?:[\p{L}'’\-]+\s+){0,4}?(?:will|would|plan\s+to|intend\s+to)\s+(?:(?:try|attempt|seek)\s+to\s+)?(?:shift|pin|lay|put|place|blame)|(?:ответственност\p{L}*|вин[уа])\s+за\s+котор\p{L}*\s+(?:[\p{L}\-]+\s+){0,4}?(?:(?:попытаются|попытается|будут|будет|хотят|хочет|намерены|намерен|планируют|планирует)\s+)?(?:переложить|переложат|переложит|перевести|переведут|свалить|свалят|возложить|возложат|списать|спишут))(?![\p{L}])/gu;
/** a modal forecast of carrying out: "may stage", "could use", "will launch" (the plan markers of the lexicon cover
 * "preparing", "plans to", "готовят") */
const MODAL_DEED = /(?<![\p{L}])(?:may|might|could|will|would)\s+(?:\p{L}+\s+)?(?:stage|use|carry out|launch|commit|conduct|organi[sz]e|fire|drop)(?![\p{L}])/gu;
const SENTENCE_END = /[.!?\n]/;
/** marker to object, object to purpose: the reach of one sentence's predicate (judgement) */
const OBJECT_REACH = 90;
const PURPOSE_REACH = 120;

export interface Span {
  at: number;
  end: number;
  word: string;
}

/**
 * The plans of `plans` (positions of plan markers) whose attack object (`objects`: attack nouns and agents) is followed
 * in the same sentence by a purpose of accusing: each gives the span of the purpose phrase, the words of the staged
 * slot. `negated` says whether a marker is negated (such a plan is nobody's).
 */
export function falseFlagPlans(s: string, plans: Span[], objects: Span[], negated: (at: number) => boolean): Span[] {
  if (!/blam|accus|frame|pin |implicat|incriminat|responsib|accountab|обвин|возлож|свал|перелож|ответственност/.test(s)) return [];
  const markers = [...plans];
  MODAL_DEED.lastIndex = 0;
  for (let m = MODAL_DEED.exec(s); m; m = MODAL_DEED.exec(s)) markers.push({ at: m.index, end: m.index + m[0].length, word: m[0] });
  const out: Span[] = [];
  ACCUSING_PURPOSE.lastIndex = 0;
  for (let m = ACCUSING_PURPOSE.exec(s); m; m = ACCUSING_PURPOSE.exec(s)) {
    const pAt = m.index;
    const obj = objects.filter((o) => o.end <= pAt && pAt - o.end <= PURPOSE_REACH && !SENTENCE_END.test(s.slice(o.end, pAt))).pop();
    if (!obj) continue;
    const marker = markers.some((k) => k.end <= obj.at && obj.at - k.end <= OBJECT_REACH && !SENTENCE_END.test(s.slice(k.end, obj.at)) && !negated(k.at));
    if (marker) out.push({ at: pAt, end: pAt + m[0].length, word: m[0].trim() });
  }
  SHIFTED_RESPONSIBILITY_RELATIVE.lastIndex = 0;
  for (let m = SHIFTED_RESPONSIBILITY_RELATIVE.exec(s); m; m = SHIFTED_RESPONSIBILITY_RELATIVE.exec(s)) {
    const pAt = m.index;
    if (out.some((o) => o.at === pAt)) continue;
    const marker = markers.some((k) => k.end <= pAt && pAt - k.end <= OBJECT_REACH + PURPOSE_REACH && !SENTENCE_END.test(s.slice(k.end, pAt)) && !negated(k.at));
    if (marker) out.push({ at: pAt, end: pAt + m[0].length, word: m[0].trim() });
  }
  return out;
}
