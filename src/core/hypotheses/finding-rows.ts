/**
 * Engine findings as matrix rows. Each finding speaks to one attribute; every hypothesis names a value of it
 * (Hypothesis.agent for 'agent' and 'agent-class' findings, Hypothesis.story for 'story'). The cell takes the
 * finding's likelihood of that value; a value the finding does not list, or 'unknown', takes the finding's
 * uninformative mean (the mean of all its likelihoods: the evidence neither favours nor disfavours it).
 * Likelihoods are divided by the finding's largest (only ratios matter; max becomes 1), and the finding's
 * reliability is rho. Heuer's rating of the cell is read from the ratio to the mean over the matrix's
 * hypotheses (ratings.ts RATIO_THRESHOLDS).
 *
 * 'delivery' findings map to no hypothesis attribute yet: they become rows with equal cells (no diagnostic
 * weight) so they stay visible. 'item-integrity' findings are not rows: their reliability becomes the custody
 * integrity of the items in `evidence`, multiplied into the rho of every row resting on those items.
 * All findings of one engine form one source group (they rest on one pool of the case's evidence), so an
 * engine that speaks several times is not counted as several independent sources.
 */
import type { Finding, Hypothesis } from '../case/schemas.js';
import type { MatrixCell, MatrixItem } from './matrix.js';
import { levelFromReliability, ratingFromRatio } from './ratings.js';

export type HypothesisAttrs = Pick<Hypothesis, 'id' | 'agent' | 'story'>;

export function hypothesisValue(f: Finding, h: HypothesisAttrs): string | null {
  if (f.attribute === 'agent' || f.attribute === 'agent-class') return h.agent;
  if (f.attribute === 'story') return h.story;
  return null;
}

/** Custody integrity per evidence id: the lowest reliability any item-integrity finding gives it. */
export function integrityMap(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) {
    if (f.attribute !== 'item-integrity') continue;
    for (const id of f.evidence) m.set(id, Math.min(m.get(id) ?? 1, f.reliability));
  }
  return m;
}

/** The lowest integrity among the ids an item rests on (1 when none is assessed). */
export function integrityOf(ids: Iterable<string>, integrity: Map<string, number>): number {
  let v = 1;
  for (const id of ids) {
    const x = integrity.get(id);
    if (x !== undefined && x < v) v = x;
  }
  return v;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'finding';
}

export function findingRows(findings: Finding[], hypotheses: HypothesisAttrs[], integrity = integrityMap(findings)): MatrixItem[] {
  const rows: MatrixItem[] = [];
  const used = new Set<string>();
  for (const f of findings) {
    if (f.attribute === 'item-integrity') continue;
    const values = Object.values(f.likelihoods);
    const max = values.length ? Math.max(...values) : 0;
    const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    let base = `${f.engine}:${slug(f.label)}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    const raw = hypotheses.map((h) => {
      const v = hypothesisValue(f, h);
      if (max <= 0) return 1;
      const l = v !== null && v !== 'unknown' && f.likelihoods[v] !== undefined ? f.likelihoods[v] : mean;
      return l / max;
    });
    const ref = raw.reduce((a, b) => a + b, 0) / (raw.length || 1);
    const cells: Record<string, MatrixCell> = {};
    hypotheses.forEach((h, j) => {
      cells[h.id] = { rating: ref > 0 ? ratingFromRatio(raw[j] / ref) : 'N', likelihood: raw[j], ratio: ref > 0 ? raw[j] / ref : 1, origin: 'engine' };
    });
    const rho = f.reliability * integrityOf(f.evidence, integrity);
    rows.push({
      id,
      label: f.label,
      credibility: levelFromReliability(rho),
      relevance: 'medium',
      reliability: rho,
      source_group: `engine:${f.engine}`,
      kind: 'engine',
      cells,
      evidence: [...f.evidence],
      explanation: f.explanation,
      ...(f.items?.length ? { items: f.items.map((x) => ({ ...x })) } : {}),
    });
  }
  return rows;
}
