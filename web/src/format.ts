/** Display helpers: UTC times, percentages, sizes, affiliation colours. */
export function toMs(s: string | null | undefined): number {
  // a narrative whose items carry no date has first_seen null (narrative-convergence.ts): no time, NaN, filtered by callers
  if (!s) return NaN;
  return Date.parse(s.length === 10 ? s + 'T00:00:00Z' : s.replace(' ', 'T'));
}
export function fmtTime(s: string | null | undefined): string {
  if (!s) return '';
  if (s.length === 10) return s;
  const t = toMs(s);
  if (Number.isNaN(t)) return s;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ') + 'Z';
}
export const fmtDate = (s: string | undefined) => (s ? fmtTime(s).slice(0, 10) : '');
export function pct(p: number): string {
  if (p < 0.001) return '<0.1%';
  if (p > 0.999) return '>99.9%';
  return `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`;
}
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1048576) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1073741824) return `${(n / 1048576).toFixed(1)} MiB`;
  return `${(n / 1073741824).toFixed(2)} GiB`;
}
/**
 * Affiliation colours: Okabe-Ito hues darkened so each marker stands at 3:1 or more against the white chart
 * (WCAG 2.1 SC 1.4.11 non-text contrast); the legend and the data table name them, so colour is never alone.
 */
export const AFFILIATION_COLOURS: Record<string, string> = {
  'state-affiliated': '#C0531A',
  government: '#A8509A',
  independent: '#0072B2',
  opposition: '#008060',
  'international-body': '#5E60CE',
  ngo: '#AD6800',
  unknown: '#767b84',
};
export const colourOf = (type: string | undefined) => AFFILIATION_COLOURS[type ?? 'unknown'] ?? AFFILIATION_COLOURS.unknown;
