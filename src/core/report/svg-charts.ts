/**
 * Charts drawn as plain SVG strings (no library, deterministic bytes): the posterior of each hypothesis with
 * its ICD 203 band, and Heuer's inconsistency beside it so readers see where the two methods disagree.
 */
import type { Assessment } from '../hypotheses/case-assessment.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
/** One font size for every chart assay draws (titles in bold, not larger). */
export const CHART_FONT_SIZE = 12;

/** A label wrapped at word boundaries onto at most two lines of `n` characters (the second cut with … if need be). */
export function wrapLabel(s: string, n = 46): string[] {
  if (s.length <= n) return [s];
  let k = s.lastIndexOf(' ', n);
  if (k <= 0) k = n;
  const first = s.slice(0, k).trimEnd();
  const rest = s.slice(k).trimStart();
  return rest ? [first, cut(rest, n)] : [first];
}

/** A right-aligned label of one or two lines centred on y. */
function labelText(x: number, y: number, label: string): string {
  const lines = wrapLabel(label);
  if (lines.length === 1) return `<text x="${x}" y="${y}" text-anchor="end" fill="#222">${esc(lines[0])}</text>`;
  return `<text x="${x}" y="${y - 7}" text-anchor="end" fill="#222"><tspan x="${x}">${esc(lines[0])}</tspan><tspan x="${x}" dy="14">${esc(lines[1])}</tspan></text>`;
}
const num = (x: number) => (Math.round(x * 10) / 10).toString();

/** Horizontal bars of the posterior (0-100%), ICD 203 band boundaries as faint rules. */
export function posteriorChart(a: Assessment): string {
  const rowH = 34;
  const left = 300;
  const barW = 360;
  const top = 28;
  const h = top + a.hypotheses.length * rowH + 30;
  const w = left + barW + 260;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Posterior probability of each hypothesis" font-family="Helvetica, Arial, sans-serif" font-size="${CHART_FONT_SIZE}">`);
  parts.push(`<text x="${left}" y="16" fill="#333" font-weight="bold">Posterior probability (Bayesian weighing)</text>`);
  // the ICD 203 band edges as dashed rules, each labelled on the axis below (the axis ticks are the edges)
  for (const edge of [0.05, 0.2, 0.45, 0.55, 0.8, 0.95]) {
    const x = num(left + edge * barW);
    parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${h - 26}" stroke="#ccc" stroke-dasharray="2,2"/>`);
  }
  a.hypotheses.forEach((hy, i) => {
    const y = top + i * rowH;
    const bw = num(Math.max(1, hy.posterior * barW));
    const lead = hy.id === a.leading;
    parts.push(labelText(left - 8, y + 18, hy.label));
    parts.push(`<rect x="${left}" y="${y + 6}" width="${barW}" height="18" fill="#f2f2f2"/>`);
    parts.push(`<rect x="${left}" y="${y + 6}" width="${bw}" height="18" fill="${lead ? '#1f5f8b' : '#7fa7c4'}"/>`);
    parts.push(`<text x="${left + barW + 8}" y="${y + 19}" fill="#222">${esc(`${(hy.posterior * 100).toFixed(1)}% ${hy.words}`)}</text>`);
  });
  const axisY = h - 12;
  for (const t of [0, 0.05, 0.2, 0.45, 0.55, 0.8, 0.95, 1]) parts.push(`<text x="${num(left + t * barW)}" y="${axisY}" text-anchor="middle" fill="#666">${Math.round(t * 100)}</text>`);
  parts.push(`<text x="${num(left + barW + 14)}" y="${axisY}" fill="#666">% (ICD 203 band edges)</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** Bars of Heuer's inconsistency (lower is better) and the weighted score. */
export function inconsistencyChart(a: Assessment): string {
  const rowH = 30;
  const left = 300;
  const barW = 300;
  const top = 28;
  const h = top + a.hypotheses.length * rowH + 12;
  const w = left + barW + 120;
  const max = Math.max(1, ...a.hypotheses.map((x) => Math.max(x.inconsistency, x.weighted_inconsistency)));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Heuer inconsistency of each hypothesis" font-family="Helvetica, Arial, sans-serif" font-size="${CHART_FONT_SIZE}">`);
  parts.push(`<text x="${left}" y="16" fill="#333" font-weight="bold">Heuer inconsistency (lower is better): plain / weighted</text>`);
  a.hypotheses.forEach((hy, i) => {
    const y = top + i * rowH;
    const lead = a.heuer_leading.includes(hy.id);
    parts.push(labelText(left - 8, y + 16, hy.label));
    parts.push(`<rect x="${left}" y="${y + 4}" width="${num(Math.max(1, (hy.inconsistency / max) * barW))}" height="9" fill="${lead ? '#8b4a1f' : '#c49a7f'}"/>`);
    parts.push(`<rect x="${left}" y="${y + 14}" width="${num(Math.max(1, (hy.weighted_inconsistency / max) * barW))}" height="9" fill="#d9c3b3"/>`);
    parts.push(`<text x="${left + barW + 8}" y="${y + 17}" fill="#222">${esc(`${hy.inconsistency} / ${hy.weighted_inconsistency.toFixed(2)}`)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
