/**
 * (s23 clnew) A text told as history: its incident is of a past era, and the states it names are historical states.
 * eval/claims/README.md, dev-v24 judgement call 1: "Historical states and their services are `other` (Nazi Germany ...,
 * Finland), except the USSR (`russia`) and the US (`west`)"; v25's dev split tells the German chlorine attack at Ypres
 * (1915) as history in the three languages ("The Germans were the first to use gas", «немцы произвели газобаллонную
 * атаку», "أول استخدام جماعي للغاز السام من قبل ألمانيا"). A state of today's West named in such a text (Germany, Italy,
 * Spain, Austria ...: the reader's `west` state list, and Germany's Arabic names) is then the historical state, `other`.
 *
 * History is read from the years the text names: at least one year from 1800 to 1945 (the end of the Second World War,
 * after which the Federal Republic and NATO were founded) and none from 1946 on; or, with no year at all, a name of one
 * of the two world wars. A text that names a year after 1945 is of today, whatever history it recalls ("as in 1915,
 * Germany ... in 2015" keeps Germany `west`). Pure; regexes compiled at module load.
 */

// a year as a number of four digits alone ("1915", "1915г", "عام 1915"), not part of a longer number or a decimal
const YEAR = /(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)/gu;
const WORLD_WAR = /(?<![\p{L}])(?:(?:first|second|1st|2nd)\s+world\s+war|world\s+war\s+(?:i{1,2}|one|two|1|2)(?![\p{L}\d])|great\s+war|перв\p{L}*\s+миров\p{L}*|втор\p{L}*\s+миров\p{L}*|велик\p{L}*\s+отечественн\p{L}*|الحرب\s+العالميه\s+(?:الاولي|الثانيه))/u;
// the historical era ends with 1945
const LAST_HISTORIC_YEAR = 1945;

// (s23 fixrev, review-s23 R1, R3) a year or a world war that is the yardstick of a comparison, not the text's own time: governed
// by since / с (со времён) / منذ ("the first such use since World War II", "the worst since the 1930s", «впервые с 1945 года»,
// «со времён Второй мировой», "لأول مرة منذ الحرب العالمية الثانية"), or inside a clause that recalls a precedent ("as Spain had
// done ... in 1925", "as in 1915", «как в 1915 году», "كما فعلت ... عام 1925"). Such a span is left out before the years are read;
// the Russian «с 1915 по 1918» (a period, not a comparison) is kept. Judgment of reading (journalism's stock comparisons)
const YARDSTICK = new RegExp(
  String.raw`(?<![\p{L}])(?:since\s+(?:(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:(?:early|late|mid)[\s-]+)?(?:\d{4}s?|(?:first|second|1st|2nd)\s+world\s+war|world\s+war\s+(?:i{1,2}|one|two|1|2)|great\s+war|war))|(?:с|со)\s+(?:времен\p{L}*\s+|окончани\p{L}*\s+|конца\s+)?(?:\d{4}(?![\d])(?!\s*(?:г\.?|год\p{L}*)?\s*(?:по|до)\s)|перв\p{L}*\s+миров\p{L}*|втор\p{L}*\s+миров\p{L}*|велик\p{L}*\s+отечественн\p{L}*)|منذ\s+(?:عام\s+|سنه\s+)?(?:\d{4}|الحرب)|as\s+(?:in\s+\d{4}|(?:\p{L}+\s+){1,4}?(?:had|did|once|have)(?![\p{L}])[^.;!?]*)|как\s+(?:и\s+)?(?:в\s+\d{4}|(?:\p{L}+\s+){1,4}?(?:делал|сделал|поступил|применял|применил)\p{L}*[^.;!?]*)|كما\s+(?:في\s+\d{4}|(?:\p{L}+\s+){0,3}?(?:فعل|فعلت|فعلوا|استخدم|استخدمت)[^.;!?]*))`,
  'gu',
);
// (s23 fixrev, review-s23 R2) a four-digit number counts as a year only with a date cue before it (in, on, of, by, from, until,
// year, a month; в / году / г.; عام / سنة / في / a month), or with nothing but punctuation or a year word after it; a number
// before a counted noun ("1850 protesters", «1900 демонстрантов») is a head count. Judgment of reading
const DATE_CUE_BEFORE = /(?:(?<![\p{L}])(?:in|on|of|by|from|until|till|to|during|year|early|late|mid|summer|spring|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|в|во|к|до|по|году|год|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|عام|سنه|في|العام|حتي|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)|\d|[(,–—-])\s*$/u;
const YEAR_AFTER = /^(?:s?\s*(?:$|[^\s\p{L}\d])|\s*(?:г\.|г(?![\p{L}])|год\p{L}*|гг|ad|bc|م(?![\p{L}])|هـ))/u;
const isYear = (s: string, start: number, end: number): boolean =>
  DATE_CUE_BEFORE.test(s.slice(Math.max(0, start - 16), start)) || YEAR_AFTER.test(s.slice(end, end + 6));

/** Whether a (lower-cased, Arabic-folded) text is told as history: its years all before 1946, or no year and a world war. */
export function historicalText(s: string): boolean {
  if (!/\d{4}|war|войн|миров|отечествен|الحرب/u.test(s)) return false;
  s = s.replace(YARDSTICK, ' ');
  let old = false;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
    if (!isYear(s, m.index, m.index + m[0].length)) continue;
    if (Number(m[1]) > LAST_HISTORIC_YEAR) return false;
    old = true;
  }
  return old || WORLD_WAR.test(s);
}

// the words of the `west` state list that name the United States (the US of any era is `west`: call 1) and the
// capitals and cities, which name a place more often than a state in a history
const US_OR_CITY = /^(?:american|u\.s\.|united states|usa|new york|chicago|los angeles|london|paris|washington|berlin|rome|madrid|америк|сша|нью-йорк|берлин|мадрид)/u;
/** A `west` state word of a historical text that names the historical state (`other`), not the US. */
export const historicWestState = (word: string): boolean => !US_OR_CITY.test(word);
// Germany's Arabic names (folded), read as `west` parties: in a history they are the historical German state
const AR_GERMANY = /^[وفبل]?(?:ال)?(?:المانيا|الالمان|الماني|المانيه)$/u;
/** An Arabic party word naming Germany (the country, its people or its nisba). */
export const arabicGermany = (word: string): boolean => AR_GERMANY.test(word.split(/\s+/).pop() ?? word);
