/**
 * Session 18 (claims): the voice of wire copy. A news agency's dateline opens its dispatch ("BEIRUT (Reuters) -",
 * "MOSCOW, April 7 (Reuters) -", "DEIR AL-BALAH, Gaza Strip (AP) —", "ДАМАСК, 7 апреля. /ТАСС/.", "МОСКВА, 25 фев — РИА
 * Новости.", "دمشق (رويترز) -", "حلب-سانا"): it says where and by whom the dispatch was filed, so it is no speaker of the
 * claim. The guide (eval/claims/README.md, v15: "A place name before the colon ... is a dateline and keeps the item's
 * voice") reads a dateline as part of the item's own voice; the reader took the city before a dash for a headline speaker
 * ("Moscow ... -") or the agency after a dash for a source ("— РИА Новости."), so a dateline at the start of a line is
 * blanked before the grammar reads the text (offsets kept). The dispatch's own attributions ("..., rescuers said",
 * "..., сообщили в Минобороны") are untouched and still report.
 *
 * A dateline needs its mark: an agency in parentheses or slashes, or a dash and a known agency after a date, or (English)
 * a city in capitals with a date. "US - Russia talks" or "Syria - rebels shell Aleppo" (no capitals city and date, no
 * agency) stay as written.
 */

const AGENCY_EN = String.raw`(?:Reuters|AP|AFP|UPI|Xinhua|TASS|Sputnik|Anadolu|AA|dpa|DPA|IANS|PTI|Bloomberg|SANA|IRNA|MNA|RIA\s+Novosti|Interfax|ANI|UNB|KUNA|WAFA)`;
const EN_CITY = String.raw`[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+)*`;
const EN_DATE = String.raw`(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)`;
const DASH = '[-–—]+';
// "BEIRUT (Reuters) -", "DEIR AL-BALAH, Gaza Strip (AP) —", "Sanaa, Yemen (AFP) -", "March 14 (Reuters) -": an agency in
// parentheses and a dash; "MOSCOW, July 13. /TASS/." an agency in slashes; "BEIRUT, March 17 -" a capitals city and a date
const EN_DATELINE = new RegExp(
  String.raw`^[ \t]*(?:(?:[A-Z][\p{L}.'’\-]+(?:[ ][\p{L}.'’\-]+){0,3}(?:,[ \t]*[A-Z][\p{L}.'’\- ]{1,30}?)?(?:,[ \t]*${EN_DATE}\.?)?|${EN_DATE})[ \t]*\(${AGENCY_EN}\)[ \t]*${DASH}[ \t]*` +
    String.raw`|${EN_CITY}(?:,[ \t]*[A-Z][\p{L}.'’\- ]{1,30}?)?,[ \t]*${EN_DATE}\.?[ \t]*(?:\/[ \t]*${AGENCY_EN}[ \t]*\/\.?|${DASH})[ \t]*)`,
  'u',
);
const AGENCY_RU = String.raw`(?:РИА[ \t]+Новости(?:[ \t]+Крым)?|ТАСС|Интерфакс|РБК|Sputnik|ПРАЙМ|REGNUM|ИА[ \t]+REGNUM|EADaily)`;
// "ДАМАСК, 7 апреля. /ТАСС/.", "МОСКВА, 25 фев — РИА Новости.", "САНА, 6 апр — РИА Новости, Евгений Орел." (a byline
// name after the agency is part of the dateline)
const RU_DATELINE = new RegExp(
  String.raw`^[ \t]*[А-ЯЁ][А-ЯЁ\-]+(?:[ \-][А-ЯЁ]+)*,[ \t]*\d{1,2}[ \t]+[а-яё]+\.?(?:[ \t]+\d{4}(?:[ \t]*г\.)?)?[ \t]*(?:\.?[ \t]*\/[ \t]*(?:Корр\.[ \t]*)?${AGENCY_RU}[ \t]*\/\.?|${DASH}[ \t]*${AGENCY_RU}(?:,[ \t]*[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+)?\.?)[ \t]*`,
  'u',
);
// (matched on the raw text, before the reader folds it: the agencies are written folded, in quotes, and each alef takes
// its hamza seats back, so "أ ف ب" and "ا ف ب" both match)
const AR_AGENCIES = ['رويترز', 'ا ف ب', 'ا.ف.ب', 'فرانس برس', 'الاناضول', 'سانا', 'د ب ا', 'واس', 'قنا', 'وام', 'كونا', 'وفا'];
const alefSeats = (w: string) => w.replace(/\./g, '\\.').replace(/\u0627/g, '[\u0627\u0623\u0625\u0622]');
const AGENCY_AR = `(?:${AR_AGENCIES.map(alefSeats).join('|')})`;
// "دمشق (رويترز) -", "حلب-سانا", "دمشق - سانا:" (the agency's own dispatch; its colon is no speaker's)
const AR_DATELINE = new RegExp(
  String.raw`^[ \t]*[\u0621-\u064A]{2,}(?:[ \t][\u0621-\u064A]{2,}){0,2}[ \t]*(?:\(${AGENCY_AR}\)[ \t]*[-–—:]|[-–][ \t]*${alefSeats('سانا')}[ \t]*:?)(?=[ \t\n]|$)[ \t]*`,
  'u',
);
// a cheap gate: the marks every dateline above holds
const GATE = new RegExp(String.raw`\((?:Reuters|AP|AFP|UPI|Xinhua|TASS|Sputnik|Anadolu|AA|dpa|DPA|IANS|PTI|Bloomberg|SANA|IRNA|MNA|RIA|Interfax|ANI|UNB|KUNA|WAFA)|\/[ \t]*(?:Корр\.[ \t]*)?(?:TASS|ТАСС|РИА|Интерфакс)|[-–—][ \t]*(?:РИА|ТАСС|Интерфакс|РБК|Sputnik|ПРАЙМ|REGNUM|ИА|EADaily)|\(${AGENCY_AR}\)|[-–][ \t]*${alefSeats('سانا')}|^[ \t]*[A-Z]{3,}[A-Z .'’\-]*(?:,[^,\n]{1,30})?,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d`, 'mu');


const MARK = /[(/\-–—]/;

/** `text` with a wire dateline at the start of any line replaced by spaces (same length), or `text` itself. */
export function blankDatelines(text: string): string {
  // (each line's head only: a dateline opens its line, and most texts have a line or three)
  let out = text;
  for (let i = 0; i >= 0 && i < text.length; i = text.indexOf('\n', i) < 0 ? -1 : text.indexOf('\n', i) + 1) {
    const head = text.slice(i, i + 90);
    // (every dateline holds a parenthesis, a slash or a dash within its first 60 characters)
    const mark = MARK.exec(head);
    if (!mark || mark.index > 60 || !GATE.test(head)) continue;
    const m = EN_DATELINE.exec(head) ?? RU_DATELINE.exec(head) ?? AR_DATELINE.exec(head);
    if (m) out = out.slice(0, i) + ' '.repeat(m[0].length) + out.slice(i + m[0].length);
  }
  return out;
}
