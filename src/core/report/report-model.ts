/** What the report renderers take: the assessment, the case it is about, extra charts, and the matrix layout. */
import type { Case } from '../case/schemas.js';
import type { Assessment, RatingsUsed } from '../hypotheses/case-assessment.js';
import { buildBrief, type Brief } from './brief.js';

export interface ReportChart {
  title: string;
  /** a standalone <svg> element */
  svg: string;
}

export interface ReportInput {
  assessment: Assessment;
  case: Case;
  charts?: ReportChart[];
  /**
   * 'hypotheses-as-rows' (default: Dhami et al. 2024, Cogn. Res. 9:37, found it reduces confirmation bias) or
   * 'evidence-as-rows' (the classic ACH layout).
   */
  layout?: 'hypotheses-as-rows' | 'evidence-as-rows';
  /** title block: who wrote it (default "assay") */
  author?: string;
}

/** The brief the assessment carries, or one built from the assessment alone (no records: fewer titles). */
export function briefOf(r: ReportInput): Brief {
  return r.assessment.brief ?? buildBrief(r.assessment, r.case);
}

/**
 * The report's version: a short FNV-1a digest of what the judgment rests on (posteriors, items, ratings), so two
 * copies with the same version say the same thing. Not a security hash: it only tells versions apart.
 */
export function reportVersion(a: Assessment): string {
  const text = JSON.stringify([a.method, a.hypotheses.map((h) => [h.id, h.posterior.toFixed(6)]), a.evidence.map((e) => [e.id, e.ratings, e.reliability.toFixed(6)])]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${a.method}, ${h.toString(16).padStart(8, '0')}`;
}

/** Short human date of an ISO time: "24 November 2018" (UTC), the time kept when there is one. */
export function humanDate(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  const d = new Date(t);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const day = `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return /T\d{2}:\d{2}/.test(iso) ? `${day}, ${iso.slice(11, 16)} UTC` : day;
}

/** "+25.1 h" / "-3 h" */
export const lagText = (h: number) => `${h >= 0 ? '+' : '-'}${Math.abs(h) >= 48 ? `${(Math.abs(h) / 24).toFixed(1)} days` : `${Math.abs(h).toFixed(1)} h`}`;

export const fmtP = (p: number) => (p < 0.001 ? '<0.1%' : p > 0.999 ? '>99.9%' : `${(p * 100).toFixed(p < 0.1 || p > 0.9 ? 1 : 0)}%`);
export const fmt2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : String(x));

/** The legend of the matrix table's marks. */
export const MATRIX_LEGEND =
  "* = analyst override; ~ = an engine cell: the rating is only converted from the engine's likelihood, and the number in brackets is that likelihood relative to the row's mean, which the score uses";

/** The method, in words (both report formats). */
export const METHOD_TEXT =
  "Heuer's inconsistency counts I as 1 and II as 2 (lowest is best); the weighted score multiplies by credibility and relevance (low 1/sqrt 2, medium 1, high sqrt 2). The posterior multiplies the prior by each item's likelihood L = rho l(r) + (1 - rho) 0.5, raised to 1/n for n items sharing a source. Engine findings enter with their own likelihoods (divided by the finding's largest) in place of l(r): a hypothesis whose agent or story is 'unknown', or names a value the finding does not list, gets the mean of the finding's likelihoods; the rating shown in an engine cell is converted from the likelihood's ratio to the row mean for Heuer's count only. An analyst override of an engine cell replaces the engine likelihood with l(rating). Words follow ICD 203 with the range beside them; confidence is rated separately from the quantity, quality and independence of the evidence, custody integrity, deception risk and robustness.";

/** Matrix cells in the chosen layout: header labels and rows of [label, ...ratings]. */
export function matrixTable(r: ReportInput): { corner: string; head: string[]; rows: string[][] } {
  const a = r.assessment;
  const eCol = a.evidence.map((_, i) => `E${i + 1}`);
  // an engine cell shows its converted rating marked ~ and, in brackets, the engine likelihood relative to the
  // row's mean, which is what the score uses
  const cell = (e: (typeof a.evidence)[number], h: string) => {
    const r = e.engine_ratios?.[h];
    if (r !== undefined && !e.overridden.includes(h)) return `~${e.ratings[h]} (${r.toFixed(2)})`;
    return (e.ratings[h] ?? 'NA') + (e.overridden.includes(h) ? '*' : '');
  };
  if ((r.layout ?? 'hypotheses-as-rows') === 'hypotheses-as-rows')
    return { corner: 'hypothesis', head: eCol, rows: a.hypotheses.map((h) => [h.id, ...a.evidence.map((e) => cell(e, h.id))]) };
  return { corner: 'item', head: a.hypotheses.map((h) => h.id), rows: a.evidence.map((e, i) => [`${eCol[i]} ${e.id}`, ...a.hypotheses.map((h) => cell(e, h.id))]) };
}

/** Whose ratings the scored matrix holds, in one paragraph (the assessment's ratings_used). */
export function ratingsUsedText(u: RatingsUsed): string {
  if (!u.changed_cells) return u.rule_text;
  const names = u.used.map((x) => `${x.analyst} (${x.cells} cell${x.cells === 1 ? '' : 's'})`).join(', ');
  const others = u.analysts.filter((a) => !u.used.some((x) => x.analyst === a.analyst)).map((a) => a.analyst);
  const differ = u.consensus_differs.length
    ? ` In ${u.consensus_differs.length} cell${u.consensus_differs.length === 1 ? '' : 's'} the analysts' consensus differs from the scored rating: ${u.consensus_differs.slice(0, 5).map((c) => `${c.item_id} on ${c.hypothesis_id} scored ${c.scored ?? 'blank'}, consensus ${c.consensus ?? 'blank'} (${Object.entries(c.by).map(([k, v]) => `${k} ${v ?? 'cleared'}`).join(', ')})`).join('; ')}.`
    : '';
  return `Ratings used: ${names}; the other ${Math.max(0, u.total_cells - u.changed_cells)} of ${u.total_cells} cells as the case bundle and the engines gave them.${others.length ? ` Also rated, since changed by others: ${others.join(', ')}.` : ''} ${u.rule_text}${differ}`;
}

/** A confidence factor's name in words, for the report body (the JSON keeps the key). */
export const FACTOR_TITLE: Readonly<Record<string, string>> = Object.freeze({
  quantity: 'Quantity of evidence',
  quality: 'Source quality',
  independence: 'Independence of sources',
  custody: 'Chain of custody',
  'site-access': 'Site access',
  consistency: 'Consistency of the lines of evidence',
  deception: 'Deception risk',
  robustness: 'Robustness',
});
export const factorTitle = (f: string) => FACTOR_TITLE[f] ?? f;
