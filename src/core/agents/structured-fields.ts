/**
 * Structured summaries (session 9): accounts written as labelled fields, the form users bring ("Reported signs and
 * symptoms: cough, shortness of breath; Smell: none reported; Onset: within minutes; Deaths: none"; "Запах: не
 * сообщается"; "الرائحة: لا توجد"). A field is a LABEL naming what it reports (the smell, the cloud, deaths, the onset,
 * the signs) followed by a colon or a dash and its VALUE up to the end of the line, sentence or semicolon. The label is
 * not a finding ("Deaths:" is not a death); a value that says none states the absence of what the label names
 * ("Smell: none" is no smell, "Deaths: 0" no death, "Symptoms: none reported" no sign of poisoning); a value that says
 * it is not known or not reported ("Smell: not reported", "неизвестно", "غير معروف") says nothing, so nothing in the
 * field is read; any other value is read as the label's phrase ("Smell: bleach" as a smell of bleach, "Cloud: yellow"
 * as a yellow cloud, "Deaths: 3" as deaths, "Onset: within minutes" as the signs' onset).
 *
 * "None reported" is read as none (the summary's author states that nobody reported one), "not reported" as unknown:
 * the usage of case summaries and surveillance forms, where "none reported" fills a field that was asked about and
 * "not reported" marks a field that was not (a judgment).
 */

export type FieldKind = 'smell' | 'cloud' | 'deaths' | 'onset' | 'signs';
export type FieldValue = 'none' | 'unknown' | 'given';

export interface Field {
  kind: FieldKind;
  lang: 'en' | 'ru' | 'ar';
  /** the label (without the colon) and the value, as offsets into the text */
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
  value: FieldValue;
}

const LABELS: Record<FieldKind, Record<'en' | 'ru' | 'ar', string>> = {
  smell: { en: String.raw`(?:smells?|odou?rs?|scent)(?:\s+(?:reported|described|noticed))?`, ru: String.raw`запахи?`, ar: String.raw`(?:ال)?(?:رائحة|روائح|الريحة|ريحة)` },
  cloud: { en: String.raw`(?:clouds?|smoke|vapou?r|colou?r(?:\s+of\s+(?:the\s+)?(?:cloud|smoke|gas))?|cloud\s+colou?r)`, ru: String.raw`(?:облако|дым|цвет(?:\s+(?:облака|дыма|газа))?)`, ar: String.raw`(?:ال)?(?:سحابة|دخان|لون(?:\s+(?:ال)?(?:سحابة|دخان|غاز))?)` },
  deaths: { en: String.raw`(?:deaths?|dead|fatalit(?:y|ies)|killed|deceased)`, ru: String.raw`(?:погибш\p{L}*|погибло|смерт\p{L}*|умерш\p{L}*|жертвы|летальн\p{L}*\s+исход\p{L}*)`, ar: String.raw`(?:ال)?(?:وفيات|قتلى|الوفيات|القتلى|ضحايا|شهداء)` },
  onset: { en: String.raw`(?:onset(?:\s+of\s+(?:symptoms|signs))?|time\s+to\s+(?:symptoms|onset)|symptom\s+onset)`, ru: String.raw`(?:начало(?:\s+симптомов)?|появление\s+симптомов)`, ar: String.raw`(?:(?:ال)?بداية(?:\s+(?:ال)?اعراض)?|ظهور\s+(?:ال)?اعراض)` },
  signs: {
    en: String.raw`(?:(?:reported\s+|observed\s+|clinical\s+)?(?:signs?(?:\s+and\s+symptoms?)?|symptoms?(?:\s+and\s+signs?)?|complaints))`,
    ru: String.raw`(?:симптомы|признаки(?:\s+отравления)?|жалобы|клиническ\p{L}*\s+картин\p{L}*)`,
    ar: String.raw`(?:(?:ال)?اعراض|(?:ال)?علامات)`,
  },
};

const NONE: Record<'en' | 'ru' | 'ar', RegExp> = {
  en: /^(?:none(?:\s+(?:reported|described|noted|observed|seen|recorded))?|no(?:ne)?|nil|zero|0|nobody|no\s+one|absent|not\s+present|nothing(?:\s+(?:reported|noticed|noted))?)\s*[.;,]?\s*$/iu,
  ru: /^(?:нет|не\s+было|отсутствова\p{L}*|отсутству\p{L}*|ноль|0|никаких|ничего|не\s+отмечал\p{L}*|не\s+отмечено|не\s+выявлено)\s*[.;,]?\s*$/iu,
  ar: /^(?:لا\s+(?:يوجد|توجد|شيء|شي)|لا|لم\s+(?:يكن|تكن)\s+هناك(?:\s+\p{L}+)?|لا\s+احد|صفر|0|معدوم\p{L}*|لم\s+تسجل|لم\s+يسجل|لا\s+يوجد\s+اي\p{L}*)\s*[.;,،]?\s*$/iu,
};
const UNKNOWN: Record<'en' | 'ru' | 'ar', RegExp> = {
  en: /^(?:not\s+(?:reported|stated|known|given|mentioned|described|recorded|available)|unknown|unclear|unreported|n\/?a|not\s+clear|\?+|-+)\s*[.;,]?\s*$/iu,
  ru: /^(?:не\s+(?:сообща\p{L}*|указан\p{L}*|известн\p{L}*|уточн\p{L}*)|неизвестн\p{L}*|нет\s+данных|данных\s+нет|н\/д|-+)\s*[.;,]?\s*$/iu,
  ar: /^(?:غير\s+(?:معروف\p{L}*|مذكور\p{L}*|متوفر\p{L}*|واضح\p{L}*|معلوم\p{L}*)|لم\s+(?:يبلغ|يذكر|تذكر|يحدد|تحدد)(?:\s+\p{L}+)?|مجهول\p{L}*|-+)\s*[.;,،]?\s*$/iu,
};

/** A label alone (anchored): the words between a field's start and its colon or dash. */
const LABEL_RE = (() => {
  const alts: string[] = [];
  for (const k of Object.keys(LABELS) as FieldKind[]) for (const l of ['en', 'ru', 'ar'] as const) alts.push(`(?<${k}_${l}>${LABELS[k][l]})`);
  return new RegExp(String.raw`^(?:${alts.join('|')})$`, 'iu');
})();
/** A field's separator: a colon, or a dash with spaces round it. */
const SEPARATOR = /[:：]|\s[-–—]\s/g;
/** Where a field may start: the text's start, or after a line end, a full stop, a semicolon, a bullet or a bar (the class
 * /[\n.;•|\u061B]/ tested by character code: speed only, session 29) */
function isFieldStart(c: number): boolean {
  return c === 10 || c === 46 || c === 59 || c === 0x2022 || c === 124 || c === 0x61b;
}
/** a bullet, dash or space before a field's label (session 26, speed only: a module constant, not a literal per character) */
const LABEL_LEAD = /[\s\-*•]/;
/** The value ends at a line end, a sentence end (a full stop not inside a number), a semicolon or a bar. */
const VALUE_END = /\n|;|\u061B|\.(?!\d)|\|/g;

/**
 * The fields of a normalised, lower-cased text. Speed: only the colons and spaced dashes are visited; the words before
 * each, back to the field's start, are tested against the labels (at most 40 characters: a label is short).
 */
export function fieldsIn(lower: string): Field[] {
  const out: Field[] = [];
  // no colon and no dash: no separator (speed: a few character searches instead of the regex's scan of every position)
  if (lower.indexOf(':') < 0 && lower.indexOf('：') < 0 && lower.indexOf('-') < 0 && lower.indexOf('–') < 0 && lower.indexOf('—') < 0) return out;
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  let after = 0;
  while ((m = SEPARATOR.exec(lower))) {
    if (m.index < after) continue;
    let i = m.index - 1;
    const stop = Math.max(0, m.index - 40);
    while (i >= stop && !isFieldStart(lower.charCodeAt(i))) i--;
    if (i >= stop || (i < 0 && m.index <= 40)) {
      // the label: the words from the field's start (a bullet or dash opening a line is no part of it)
      let from = i + 1;
      while (from < m.index && LABEL_LEAD.test(lower[from])) from++;
      const label = lower.slice(from, m.index).trimEnd();
      const lm = label ? LABEL_RE.exec(label) : null;
      if (lm) {
        const g = lm.groups!;
        const key = Object.keys(g).find((k) => g[k] !== undefined)!;
        const [kind, lang] = key.split('_') as [FieldKind, 'en' | 'ru' | 'ar'];
        let valueStart = m.index + m[0].length;
        while (valueStart < lower.length && /\s/.test(lower[valueStart])) valueStart++;
        VALUE_END.lastIndex = valueStart;
        const e = VALUE_END.exec(lower);
        const valueEnd = e ? e.index : lower.length;
        const v = lower.slice(valueStart, valueEnd).trim();
        const value: FieldValue = !v || UNKNOWN[lang].test(v) ? 'unknown' : NONE[lang].test(v) ? 'none' : 'given';
        out.push({ kind, lang, labelStart: from, labelEnd: from + label.length, valueStart, valueEnd, value });
        after = valueEnd;
      }
    }
  }
  return out;
}

/** The phrase a given value is read as, in the field's language ("Smell: bleach" -> "a smell of bleach"). */
export function fieldPhrase(f: Field, value: string): { text: string; offset: number } | null {
  const wrap: Record<FieldKind, Record<'en' | 'ru' | 'ar', [string, string]>> = {
    smell: { en: ['a smell of ', ''], ru: ['запах ', ''], ar: ['رائحة ', ''] },
    cloud: { en: ['', ' cloud'], ru: ['', ' облако'], ar: ['سحابة ', ''] },
    deaths: { en: ['', ''], ru: ['', ''], ar: ['', ''] },
    onset: { en: ['people fell ill with cough ', ''], ru: ['люди закашлялись ', ''], ar: ['بدأ السعال ', ''] },
    signs: { en: ['', ''], ru: ['', ''], ar: ['', ''] },
  };
  if (f.kind === 'deaths' || f.kind === 'signs') return null;
  // "Smell: like rotten eggs", "Запах: как у хлорки": the value's own comparison stays
  const [pre, post] = wrap[f.kind][f.lang];
  return { text: pre + value + post, offset: pre.length };
}
