/**
 * Conditional scope for the claim reader: which words open a condition, in one place for every reader that asks
 * (claim-slots.ts: deeds inside an if-clause, threats on a condition, Russian forecasts whose object is conditional;
 * claim-arabic-roles.ts: a threat's condition). Before session 12 each asked with its own list (CONDITION, IF_MARK /
 * IF_ANY, RU_CONDITION, and the Arabic roles' CONDITIONAL), and the lists had drifted apart ("в случае с X" was excluded
 * in one and not the others, "في حال" was in one only). Pure; texts are lower-cased, Arabic folded (claim-arabic-text).
 *
 * A condition's deed is hypothetical: no one's deed and no announced attack ("if Assad uses chemical weapons", "если
 * Дамаск применит", "إذا استخدمت", "وإن استخدمت"). Grammar: English "if / unless" (and "should" inverted, only after a
 * threat: "will strike should Assad use"); Russian "если", "в случае" (not "в случае с X": "in the case of X" names a
 * topic), "при условии"; Arabic "إذا", "في حال", "لو", "إن لم", "ما لم" (not "وهو ما لم": "which ... not"), and "إن"
 * before a perfect verb or "لم" ("وإن استخدمت", "إن ثبت": the conditional "in" takes a verb, where the complementizer
 * "إنّ / أنّ", folded alike, takes a noun or a pronoun; Ryding 2005, "A Reference Grammar of Modern Standard Arabic",
 * ch. 19 on conditional sentences). "ما إذا / فيما إذا / عما إذا" is "whether" (an indirect question, as English
 * "asked if", "whether"), no condition: "تحقق المنظمة فيما إذا كانت قوات النظام استخدمت" reads the forces as English
 * "investigating whether government forces used" does.
 */

// Arabic perfect verbs the conditional "إن" meets in the news: the deeds and their light verbs, "proven / turned out"
// (not "وإن كان X قد فعل": the pluperfect after "كان" makes it concessive, "although X had done", a fact; review 2)
const AR_IN_VERB = String.raw`(?:لم|كان\p{L}*(?!(?:\s+\p{L}+){0,3}\s+قد\s)|ثبت\p{L}*|تبين|تاكد|صح|شن\p{L}*|نفذ\p{L}*|استخدم\p{L}*|استعمل\p{L}*|لجا\p{L}*|قصف\p{L}*|ارتكب\p{L}*|اطلق\p{L}*|القي\p{L}*|القت|هاجم\p{L}*|اقدم\p{L}*|عاد\p{L}*|تكرر\p{L}*)`;
const EN = String.raw`if|unless`;
const RU = String.raw`если|в случае(?!\s+со?\s)|при условии`;
const AR = String.raw`(?<!(?:ما|فيما|عما|بما)\s+)[وف]?اذا|[وف]?في حال|ان لم|(?<!(?:هو|هي|هذا|وهو|وهي|وهذا|ذلك|وذلك)\s+)ما لم|لو|[وف]ان(?=\s+${AR_IN_VERB}(?![\p{L}]))`;
const ANY = `(?<![\\p{L}])(?:${EN}|${RU}|${AR})(?![\\p{L}])`;
// (a condition that is an object of asking or knowing, or a comparison: "asked if", "as if", "even if" concedes; and
// an indirect question after a verb or adjective of finding out, "determine if", "unclear if", "investigate if", which
// is "whether", a question of fact; session 12, fix2cl)
const NOT_CONDITION_BEFORE = String.raw`(?<!(?:as|even|asked|ask|asks|asking|wonder\p{L}*|know|knows|see|check|whether|determin\p{L}*|unclear|investigat\p{L}*)\s+)`;

const CONDITION_ANY = new RegExp(ANY, 'u');
const CONDITION_MARK = new RegExp(`(?<![\\p{L}])${NOT_CONDITION_BEFORE}(?:${EN}|${RU}|${AR})(?![\\p{L}])`, 'gu');
// after a threat, an inverted "should" is a condition as well ("vowed to strike should the regime use gas again")
const THREAT_CONDITION = new RegExp(`(?<![\\p{L}])(?:should|${EN}|${RU}|${AR})(?![\\p{L}])`, 'u');

/** the text names a condition somewhere (a cheap test before the scoped ones) */
export const hasCondition = (s: string): boolean => CONDITION_ANY.test(s);

/**
 * the last conditional conjunction that starts in s[from, to) (its index in `s` and length), or null; read on the whole
 * text so that a conjunction known by the verb after it ("وإن استخدمت") is found right before that verb
 */
export function lastCondition(s: string, from: number, to: number, original?: string): { index: number; length: number } | null {
  CONDITION_MARK.lastIndex = from;
  let last: RegExpExecArray | null = null;
  for (let m = CONDITION_MARK.exec(s); m && m.index < to; m = CONDITION_MARK.exec(s)) if (!caseOfName(m, original)) last = m;
  return last ? { index: last.index, length: last[0].length } : null;
}

// "В случае Хан-Шейхуна зарин применили ...": "в случае" before a name (a capital letter in the original text) is "in
// the case of", a topic; the conditional "в случае" takes a common noun ("в случае применения", "в случае повторной
// атаки"). Only with the original text at hand (the lower-cased one cannot tell; same length, same offsets).
const caseOfName = (m: RegExpExecArray, original?: string): boolean =>
  !!original && /^в случае$/u.test(m[0]) && /^\s+[«"„“]?\p{Lu}/u.test(original.slice(m.index + m[0].length, m.index + m[0].length + 4));

/** `span` holds a conditional conjunction (not one that is asked about or compared: "asked if", "as if") */
export function conditionIn(span: string, original?: string): boolean {
  CONDITION_MARK.lastIndex = 0;
  for (let m = CONDITION_MARK.exec(span); m; m = CONDITION_MARK.exec(span)) if (!caseOfName(m, original)) return true;
  return false;
}

/** a threat's sentence after the threat verb names its condition (with the inverted "should") */
export const threatConditionIn = (span: string): boolean => THREAT_CONDITION.test(span);

/** a folded Arabic word (token) that opens a condition before a deed verb: "إذا", "لو", "وإن" (claim-arabic-roles) */
export const AR_CONDITION_TOKEN = /^(?:[وف])?(?:اذا|لو)$|^[وف]ان$/;
