/**
 * Session 18 (agpara): what a time phrase and a "no longer" attach to, in English, Russian and Arabic lay speech.
 *
 * 1. A time phrase after a verb of stopping times the end of a sign, not its onset: "the cough stopped after an hour", "перестал
 *    кашлять через час", "بطّل يكح بعد ساعة", "the burning went away within minutes". The onset read from it is dropped.
 * 2. Half an hour is no delay of hours: "half an hour later" read "hour later" as a delayed onset.
 * 3. "No longer" presupposes the sign ("Глаза больше не жгло", "my eyes didn't burn any more", "he was no longer coughing"): the sign
 *    was there before; a denial by "больше / уже не", "no longer", "not ... any more" states it present.
 * Judgment of reading (closed classes of words); the onset and the sign keep their other readings.
 */

/** A verb of stopping or passing, ending the clause's run up to the time phrase (at most five words between). */
const CESSATION_BEFORE = /(?<![\p{L}])(?:stopped|ceased|went\s+away|wore\s+off|cleared\s+up|eased|subsided|calmed\s+down|faded|disappeared|перестал\p{L}*|переста\p{L}*|прекратил\p{L}*|прош(?:ло|ла|ел|ёл|ли)|отпустил\p{L}*|отпустило|стихл\p{L}*|утих\p{L}*|исчез\p{L}*|[وف]?(?:بطل\p{L}*|وقف\p{L}*|راح|راحت|راحو|راحوا|خف|خفت|خفو|زال|زالت|اختف\p{L}*|هدي|هديت))(?:\s+[\p{L}'-]+){0,5}\s+$/iu;
export const CESSATION_PRE = /stop|ceas|away|wore|clear|eas|subsid|calm|fad|disappear|перест|прекрат|прош|отпуст|стих|утих|исчез|بطل|وقف|راح|خف|زال|اختف|هدي/iu;

/** Whether the onset phrase at `start` is the time of a verb of stopping before it in its clause. */
export function cessationTime(lower: string, clauseFrom: number, start: number): boolean {
  return CESSATION_BEFORE.test(lower.slice(Math.max(clauseFrom, start - 60), start));
}

const HALF_HOUR = /(?:half\s+an?\s*|half-an-)$/iu;
/** Whether a delayed onset read from "hour" is half an hour. */
export function halfHour(lower: string, start: number): boolean {
  return HALF_HOUR.test(lower.slice(Math.max(0, start - 10), start));
}

const NO_LONGER_IN = /(?<![\p{L}])(?:(?:больше|уже)\s+не|no\s+longer)(?![\p{L}])/iu;
const NO_LONGER_BEFORE = /(?<![\p{L}])(?:больше|уже|no)\s*$/iu;
// not the comparative "any more than" ("nobody coughed any more than smoke makes you")
const ANY_MORE_AFTER = /^\s*(?:any\s*more|any\s+longer)(?![\p{L}])(?!\s+than(?![\p{L}]))/iu;
export const NO_LONGER_PRE = /больше|уже|longer|any\s*more/iu;
/** Whether a sign denied at [start, end) was denied as "no longer" (so it was there before). */
export function noLonger(lower: string, start: number, end: number): boolean {
  const span = lower.slice(start, end);
  if (NO_LONGER_IN.test(span)) return true;
  if (/^(?:не|longer)(?![\p{L}])/u.test(span) && NO_LONGER_BEFORE.test(lower.slice(Math.max(0, start - 8), start))) return true;
  return ANY_MORE_AFTER.test(lower.slice(end, end + 16));
}
