/**
 * "Judgment over time" as an SVG chart (docs/assessment.md "Judgment over time"): each hypothesis's posterior
 * as a step line over time since the event (a log scale: the first hours and the later years both show), the
 * case's milestones as dated vertical marks, and when the final leader first reached, and stayed in, its band.
 * Pure: SVG text.
 */
import type { BandReach, Milestone, TimelinePoint } from '../hypotheses/judgment-timeline.js';

const W = 860;
const L = 56;
const R = 20;
const T = 24;
/** the plot's height; the legend (hypotheses, then numbered milestones) is listed below it */
const PH = 240;
const COLOURS = ['#1b6ca8', '#c0392b', '#7d3c98', '#2e8b57', '#d68910', '#566573', '#a04000', '#117a65'];
const HOUR = 3_600_000;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTH[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

export interface JudgmentChartInput {
  event_time: string;
  hypotheses: { id: string; label: string }[];
  points: TimelinePoint[];
  final_band: BandReach | null;
  milestones: Milestone[];
}

export function judgmentChart(t: JudgmentChartInput, title = 'Judgment over time'): string {
  const ev = Date.parse(t.event_time);
  const times = [...t.points.map((p) => Date.parse(p.at)), ...t.milestones.map((m) => Date.parse(m.at))];
  const maxH = Math.max(24, ...times.map((ms) => (ms - ev) / HOUR));
  // hours since the event on log10(1 + h); anything before the event sits at the left edge
  const fx = (ms: number) => L + (Math.log10(1 + Math.max(0, (ms - ev) / HOUR)) / Math.log10(1 + maxH)) * (W - L - R);
  const B = 40 + 15 * (t.hypotheses.length + t.milestones.length);
  const H = T + PH + B;
  const fy = (p: number) => T + (1 - p) * PH;
  const o: string[] = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11" role="img" aria-label="${esc(title)}">`);
  o.push(`<title>${esc(title)}</title>`);
  o.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#fff"/>`);
  // axes and grid
  for (const p of [0, 0.2, 0.45, 0.55, 0.8, 0.95, 1]) {
    o.push(`<line x1="${L}" x2="${W - R}" y1="${fy(p).toFixed(1)}" y2="${fy(p).toFixed(1)}" stroke="#ddd"/>`);
    o.push(`<text x="${L - 6}" y="${(fy(p) + 4).toFixed(1)}" text-anchor="end" fill="#555">${Math.round(p * 100)}%</text>`);
  }
  const ticks: [number, string][] = [[0, 'event'], [1, '1 h'], [6, '6 h'], [24, '1 d'], [168, '1 wk'], [720, '1 mo'], [8760, '1 yr'], [43800, '5 yr']];
  for (const [h, label] of ticks) {
    if (h > maxH) continue;
    const x = fx(ev + h * HOUR).toFixed(1);
    o.push(`<line x1="${x}" x2="${x}" y1="${T}" y2="${H - B}" stroke="#eee"/>`);
    o.push(`<text x="${x}" y="${H - B + 14}" text-anchor="middle" fill="#555">${label}</text>`);
  }
  o.push(`<line x1="${L}" x2="${L}" y1="${T}" y2="${H - B}" stroke="#333"/><line x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}" stroke="#333"/>`);
  o.push(`<text x="14" y="${((T + H - B) / 2).toFixed(1)}" transform="rotate(-90 14 ${((T + H - B) / 2).toFixed(1)})" text-anchor="middle" fill="#333">posterior</text>`);
  // milestones: dashed verticals numbered at the top, listed with their dates below the legend
  const listY = H - B + 32 + 15 * t.hypotheses.length;
  t.milestones.forEach((m, i) => {
    const x = fx(Date.parse(m.at));
    o.push(`<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${T}" y2="${H - B}" stroke="#999" stroke-dasharray="3,3"/>`);
    o.push(`<text x="${x.toFixed(1)}" y="${T - 4 - (i % 2) * 9}" text-anchor="middle" fill="#444" font-size="9">${i + 1}</text>`);
    const text = `${i + 1}. ${day(Date.parse(m.at))}, ${m.kind.replace(/-/g, ' ')}: ${m.label}`;
    o.push(`<text x="${L}" y="${listY + i * 15}" fill="#444" font-size="10">${esc(text.length > 140 ? text.slice(0, 139) + '…' : text)}</text>`);
  });
  // one step line per hypothesis
  t.hypotheses.forEach((h, i) => {
    const c = COLOURS[i % COLOURS.length];
    let d = '';
    let prevY: number | null = null;
    for (const p of t.points) {
      const x = fx(Date.parse(p.at));
      const y = fy(p.posteriors[h.id] ?? 0);
      d += prevY === null ? `M${x.toFixed(1)},${y.toFixed(1)}` : `H${x.toFixed(1)}V${y.toFixed(1)}`;
      prevY = y;
    }
    if (d) o.push(`<path d="${d}H${W - R}" fill="none" stroke="${c}" stroke-width="2"><title>${esc(h.label)}</title></path>`);
    const ly = H - B + 28 + i * 15;
    o.push(`<rect x="${L}" y="${ly - 4}" width="12" height="3" fill="${c}"/><text x="${L + 18}" y="${ly}" fill="#222">${esc(h.label.length > 120 ? h.label.slice(0, 119) + '…' : h.label)}</text>`);
  });
  // when the final leader first reached, and then stayed in, its final band
  const fb = t.final_band;
  if (fb?.first_reached) {
    const p = t.points.find((q) => q.at === fb.first_reached)!;
    const x = fx(Date.parse(fb.first_reached));
    o.push(`<circle cx="${x.toFixed(1)}" cy="${fy(p.posteriors[fb.hypothesis]).toFixed(1)}" r="5" fill="none" stroke="#000" stroke-width="1.5"><title>${esc(`first reached ${fb.words}: ${day(Date.parse(fb.first_reached))}`)}</title></circle>`);
    o.push(`<text x="${(x + 7).toFixed(1)}" y="${(fy(p.posteriors[fb.hypothesis]) - 7).toFixed(1)}" fill="#000">${esc(`first ${fb.words.replace(/ \(.*/, '')}: ${day(Date.parse(fb.first_reached))}`)}</text>`);
    if (fb.stayed_from && fb.stayed_from !== fb.first_reached) {
      const s = t.points.find((q) => q.at === fb.stayed_from)!;
      const xs = fx(Date.parse(fb.stayed_from));
      o.push(`<circle cx="${xs.toFixed(1)}" cy="${fy(s.posteriors[fb.hypothesis]).toFixed(1)}" r="5" fill="#000"><title>${esc(`stayed ${fb.words} from ${day(Date.parse(fb.stayed_from))}`)}</title></circle>`);
      o.push(`<text x="${(xs + 7).toFixed(1)}" y="${(fy(s.posteriors[fb.hypothesis]) + 14).toFixed(1)}" fill="#000">${esc(`stayed from ${day(Date.parse(fb.stayed_from))}`)}</text>`);
    }
  }
  o.push('</svg>');
  return o.join('\n');
}

/** One sentence for the report: when the leader first reached its final band, beside the milestones' dates. */
export function judgmentSummary(t: JudgmentChartInput): string {
  const fb = t.final_band;
  if (!fb) return 'Judgment over time: no moments.';
  const label = t.hypotheses.find((h) => h.id === fb.hypothesis)?.label ?? fb.hypothesis;
  const reached = fb.first_reached ? `first reached ${fb.words} on ${day(Date.parse(fb.first_reached))}` : `is ${fb.words}`;
  const stayed = fb.stayed_from && fb.stayed_from !== fb.first_reached ? ` and stayed there from ${day(Date.parse(fb.stayed_from))}` : '';
  const official = t.milestones.filter((m) => m.from === 'conclusions');
  const marks = official.map((m) => `${m.label} ${day(Date.parse(m.at))}`).join('; ');
  return `Judgment over time: with the material public at the time, "${label}" ${reached}${stayed}${marks ? `; for comparison: ${marks}` : ''}.`;
}
