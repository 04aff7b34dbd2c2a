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
const ACCUSING_PURPOSE =
  /(?<![\p{L}])(?:(?:(?:in order|so as|in a bid|in an attempt|trying|aiming|designed|intended)\s+)?to|and(?:\s+then|\s+later)?|then)\s+(?:later\s+|then\s+|falsely\s+)?(?:blame|accuse|frame|pin|implicate|incriminate|hold\s+(?:[\p{L}'’\-]+\s+){1,4}(?:responsible|accountable))(?![\p{L}])|(?<![\p{L}])(?:чтобы|с целью|для того,? чтобы|и затем|а затем|и потом|а потом|и)\s+(?:затем\s+|потом\s+|в дальнейшем\s+|впоследствии\s+)?(?:обвинить|возложить|свалить)(?![\p{L}])|(?<![\p{L}])(?:для|в целях|с целью)\s+обвинени\p{L}*/gu;
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
  if (!/blam|accus|frame|pin |implicat|incriminat|responsib|accountab|обвин|возлож|свал/.test(s)) return [];
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
  return out;
}
