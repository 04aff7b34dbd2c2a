/**
 * Date parsing for messy real files. Every value is read by an explicit, named format and normalised to
 * ISO 8601 (UTC "YYYY-MM-DDTHH:MM:SSZ", or "YYYY-MM-DD" when only a day is given). Slash dates such as
 * 04/05/17 are ambiguous between day-first and month-first: the order is inferred from the whole column
 * (a value with a first part > 12 proves day-first) and, when nothing proves it, the caller must say.
 */

export type DateOrder = 'DMY' | 'MDY';

export interface ParsedDate {
  iso: string;
  /** the format used, stated so an import can report it */
  format: string;
  /** true when the value had a time but no zone, and was read as UTC */
  zoneAssumed: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (the POSIX strptime %y pivot). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function build(
  y: number, mo: number, d: number, time: [number, number, number] | null, offsetMin: number | null,
): string | null {
  if (!validDay(y, mo, d)) return null;
  if (!time) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  const [h, mi, s] = time;
  if (h > 23 || mi > 59 || s > 60) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - (offsetMin ?? 0) * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function parseOffset(z: string | undefined): number | null {
  if (!z) return null;
  if (z === 'Z' || z === 'UTC' || z === 'GMT' || z === 'UT') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return null;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

function clock(h: string, mi: string, s: string | undefined, ampm: string | undefined): [number, number, number] {
  let hh = Number(h);
  if (ampm) {
    const pm = ampm.toUpperCase() === 'PM';
    if (hh === 12) hh = pm ? 12 : 0;
    else if (pm) hh += 12;
  }
  return [hh, Number(mi), s ? Number(s) : 0];
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const DOTTED_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// Twitter API: "Sat May 12 13:04:50 +0000 2007"
const TWITTER_RE = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;
// RFC 2822 / RSS: "Wed, 05 Apr 2017 10:00:00 GMT" or "+0300"
const RFC2822_RE =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/;
// "April 5, 2017", "Apr 5 2017 10:00"
const NAMED_MDY_RE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/** The order a slash date's value proves, if any: "DMY" when the first part > 12, "MDY" when the second is. */
export function slashEvidence(value: string): DateOrder | 'either' | null {
  const m = SLASH_RE.exec(value.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  return 'either';
}

export function isSlashDate(value: string): boolean {
  return SLASH_RE.test(value.trim());
}

/**
 * Parses one value. `order` is needed only for slash dates; without it a slash date is an error
 * ("ambiguous"), so nothing is guessed silently.
 */
export function parseDate(raw: string, order?: DateOrder): ParsedDate | { error: string } {
  const s = raw.trim();
  if (!s) return { error: 'is empty' };
  let m = ISO_RE.exec(s);
  if (m) {
    const time = m[4] ? clock(m[4], m[5], m[6], undefined) : null;
    const off = parseOffset(m[7]);
    const iso = build(Number(m[1]), Number(m[2]), Number(m[3]), time, off);
    if (!iso) return { error: `"${raw}" is not a real date` };
    return { iso, format: time ? 'ISO 8601 date-time' : 'ISO 8601 date', zoneAssumed: !!time && off === null };
  }
  m = SLASH_RE.exec(s);
  if (m) {
    if (!order) return { error: `"${raw}" is ambiguous (day/month or month/day); give the date order` };
    const [d, mo] = order === 'DMY' ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    const time = m[4] ? clock(m[4], m[5], m[6], m[7]) : null;
    const iso = build(fullYear(m[3]), mo, d, time, null);
    if (!iso) return { error: `"${raw}" is not a real date when read as ${order === 'DMY' ? 'DD/MM/YY' : 'MM/DD/YY'}` };
    const yy = m[3].length === 2 ? 'YY' : 'YYYY';
    const fmt = order === 'DMY' ? `DD/MM/${yy}` : `MM/DD/${yy}`;
    return { iso, format: time ? `${fmt} hh:mm${m[7] ? ' AM/PM' : ''}` : fmt, zoneAssumed: !!time };
  }
  m = DOTTED_RE.exec(s);
  if (m) {
    // dotted dates are day-first wherever they are used (de, ru, fr conventions)
    const time = m[4] ? clock(m[4], m[5], m[6], undefined) : null;
    const iso = build(fullYear(m[3]), Number(m[2]), Number(m[1]), time, null);
    if (!iso) return { error: `"${raw}" is not a real date when read as DD.MM.YYYY` };
    return { iso, format: time ? 'DD.MM.YYYY hh:mm' : 'DD.MM.YYYY', zoneAssumed: !!time };
  }
  m = TWITTER_RE.exec(s);
  if (m) {
    const mo = MONTHS[m[1].toLowerCase()];
    const iso = mo ? build(Number(m[7]), mo, Number(m[2]), clock(m[3], m[4], m[5], undefined), parseOffset(m[6])) : null;
    if (!iso) return { error: `"${raw}" is not a real date` };
    return { iso, format: 'Twitter (EEE MMM dd HH:mm:ss Z yyyy)', zoneAssumed: false };
  }
  m = RFC2822_RE.exec(s);
  if (m) {
    const mo = MONTHS[m[2].toLowerCase()];
    const time = m[4] ? clock(m[4], m[5], m[6], undefined) : null;
    const off = parseOffset(m[7]);
    const iso = mo ? build(fullYear(m[3]), mo, Number(m[1]), time, off) : null;
    if (!iso) return { error: `"${raw}" is not a real date` };
    return { iso, format: 'RFC 2822', zoneAssumed: !!time && off === null };
  }
  m = NAMED_MDY_RE.exec(s);
  if (m) {
    const mo = MONTHS[m[1].toLowerCase()];
    const time = m[4] ? clock(m[4], m[5], m[6], m[7]) : null;
    const iso = mo ? build(Number(m[3]), mo, Number(m[2]), time, null) : null;
    if (!iso) return { error: `"${raw}" is not a real date` };
    return { iso, format: 'Month D, YYYY', zoneAssumed: !!time };
  }
  return { error: `"${raw.length > 40 ? raw.slice(0, 40) + '…' : raw}" is not a date in a known format` };
}

/**
 * Decides the order of slash dates from a column's values: the first value that proves an order wins, and a
 * later value that proves the other order is a conflict.
 */
export function inferDateOrder(values: Iterable<string>): DateOrder | 'ambiguous' | { conflict: string } {
  let found: DateOrder | null = null;
  for (const v of values) {
    const e = slashEvidence(v);
    if (e === 'DMY' || e === 'MDY') {
      if (found && found !== e) return { conflict: v };
      found = e;
    }
  }
  return found ?? 'ambiguous';
}
