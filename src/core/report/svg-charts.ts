/**
 * Charts drawn as plain SVG strings (no library, deterministic bytes): the posterior of each hypothesis with
 * its ICD 203 band, and Heuer's inconsistency beside it so readers see where the two methods disagree.
 */
import type { Assessment } from '../hypotheses/case-assessment.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
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
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Posterior probability of each hypothesis" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  parts.push(`<text x="${left}" y="16" fill="#333" font-weight="bold">Posterior probability (Bayesian weighing)</text>`);
  for (const edge of [0.05, 0.2, 0.45, 0.55, 0.8, 0.95]) {
    const x = num(left + edge * barW);
    parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${h - 26}" stroke="#ddd" stroke-dasharray="2,2"/>`);
  }
  a.hypotheses.forEach((hy, i) => {
    const y = top + i * rowH;
    const bw = num(Math.max(1, hy.posterior * barW));
    const lead = hy.id === a.leading;
    parts.push(`<text x="${left - 8}" y="${y + 18}" text-anchor="end" fill="#222">${esc(cut(hy.label, 46))}</text>`);
    parts.push(`<rect x="${left}" y="${y + 6}" width="${barW}" height="18" fill="#f2f2f2"/>`);
    parts.push(`<rect x="${left}" y="${y + 6}" width="${bw}" height="18" fill="${lead ? '#1f5f8b' : '#7fa7c4'}"/>`);
    parts.push(`<text x="${left + barW + 8}" y="${y + 19}" fill="#222">${esc(`${(hy.posterior * 100).toFixed(1)}% ${hy.words}`)}</text>`);
  });
  const axisY = h - 12;
  for (const t of [0, 0.25, 0.5, 0.75, 1]) parts.push(`<text x="${num(left + t * barW)}" y="${axisY}" text-anchor="middle" fill="#666">${t * 100}%</text>`);
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
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Heuer inconsistency of each hypothesis" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  parts.push(`<text x="${left}" y="16" fill="#333" font-weight="bold">Heuer inconsistency (lower is better): plain / weighted</text>`);
  a.hypotheses.forEach((hy, i) => {
    const y = top + i * rowH;
    const lead = a.heuer_leading.includes(hy.id);
    parts.push(`<text x="${left - 8}" y="${y + 16}" text-anchor="end" fill="#222">${esc(cut(hy.label, 46))}</text>`);
    parts.push(`<rect x="${left}" y="${y + 4}" width="${num(Math.max(1, (hy.inconsistency / max) * barW))}" height="9" fill="${lead ? '#8b4a1f' : '#c49a7f'}"/>`);
    parts.push(`<rect x="${left}" y="${y + 14}" width="${num(Math.max(1, (hy.weighted_inconsistency / max) * barW))}" height="9" fill="#d9c3b3"/>`);
    parts.push(`<text x="${left + barW + 8}" y="${y + 17}" fill="#222">${esc(`${hy.inconsistency} / ${hy.weighted_inconsistency.toFixed(2)}`)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
