/** What the report renderers take: the assessment, the case it is about, extra charts, and the matrix layout. */
import type { Case } from '../case/schemas.js';
import type { Assessment } from '../hypotheses/case-assessment.js';

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
}

export const fmtP = (p: number) => (p < 0.001 ? '<0.1%' : p > 0.999 ? '>99.9%' : `${(p * 100).toFixed(p < 0.1 || p > 0.9 ? 1 : 0)}%`);
export const fmt2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : String(x));

/** Matrix cells in the chosen layout: header labels and rows of [label, ...ratings]. */
export function matrixTable(r: ReportInput): { corner: string; head: string[]; rows: string[][] } {
  const a = r.assessment;
  const eCol = a.evidence.map((_, i) => `E${i + 1}`);
  const cell = (e: (typeof a.evidence)[number], h: string) => (e.ratings[h] ?? 'NA') + (e.overridden.includes(h) ? '*' : '');
  if ((r.layout ?? 'hypotheses-as-rows') === 'hypotheses-as-rows')
    return { corner: 'hypothesis', head: eCol, rows: a.hypotheses.map((h) => [h.id, ...a.evidence.map((e) => cell(e, h.id))]) };
  return { corner: 'item', head: a.hypotheses.map((h) => h.id), rows: a.evidence.map((e, i) => [`${eCol[i]} ${e.id}`, ...a.hypotheses.map((h) => cell(e, h.id))]) };
}
