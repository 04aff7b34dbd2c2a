/**
 * The matrix's pure parts: the grid's rows, rating layers (the stored matrix, the analysts' consensus, one
 * analyst's own ratings), scoring a layer with the assessment's own function, and which analyst disagreements
 * would change the leading hypothesis (each analyst's rating put into the stored matrix in turn, everything else
 * left as it is: the disagreement matters for the conclusion when the leaders differ).
 */
import { assessCase, type Assessment, type RatingOverride } from '../../../src/core/hypotheses/case-assessment';
import type { Case, Finding, Hypothesis as CaseHypothesis, MatrixItem as CaseMatrixItem, Sample } from '../../../src/core/case/schemas';
import type { CaseView, MatrixItem, Rating } from '../types';

export const RATINGS: Rating[] = ['CC', 'C', 'N', 'I', 'II', 'NA'];
export const SCALE: Rating[] = ['II', 'I', 'N', 'C', 'CC'];
export const TITLE: Record<Rating, string> = { CC: 'very consistent', C: 'consistent', N: 'neutral', I: 'inconsistent', II: 'very inconsistent', NA: 'not applicable' };
/** digits only: one key, one rating, whatever the keyboard's case or layout */
export const KEYMAP: Record<string, Rating> = { '1': 'CC', '2': 'C', '3': 'N', '4': 'I', '5': 'II', '6': 'NA' };

export interface AnalystCell {
  item_id: string;
  hypothesis_id: string;
  by: Record<string, Rating | null>;
  consensus: Rating | null;
  spread: number;
  current_by: string;
  current: Rating | null;
}
export interface AnalystLayers {
  analysts: { name: string; cells: number }[];
  cells: AnalystCell[];
  used: { by: string; cells: number }[];
}

export interface EngineState {
  findings: Finding[];
  overrides: RatingOverride[];
}

/** A row of the grid: an analyst item, or an engine finding's row. */
export interface Row {
  id: string;
  label: string;
  kind: 'analyst' | 'engine';
  ratings: Record<string, Rating>;
  reliability?: number;
  source_group?: string;
  explanation?: string;
  item?: MatrixItem;
  /** the order it came in */
  order: number;
}

/** cell key */
export const ck = (item: string, hyp: string) => `${item}\u0000${hyp}`;

/** The stored matrix with some cells replaced (null: cleared / back to the engine). */
export function withCells(items: MatrixItem[], engines: EngineState | null, cells: Map<string, Rating | null>): { items: MatrixItem[]; engines: EngineState | null } {
  if (!cells.size) return { items, engines };
  const ids = new Set(items.map((i) => i.id));
  const nextItems = items.map((it) => {
    let ratings: Record<string, Rating> | null = null;
    for (const [k, r] of cells) {
      const [i, h] = k.split('\u0000');
      if (i !== it.id) continue;
      ratings ??= { ...it.ratings };
      if (r === null) delete ratings[h];
      else ratings[h] = r;
    }
    return ratings ? { ...it, ratings } : it;
  });
  let nextEngines = engines;
  if (engines) {
    let overrides = engines.overrides;
    for (const [k, r] of cells) {
      const [i, h] = k.split('\u0000');
      if (ids.has(i)) continue;
      overrides = overrides.filter((o) => !(o.item_id === i && o.hypothesis_id === h));
      if (r !== null) overrides = [...overrides, { item_id: i, hypothesis_id: h, rating: r, previous: null, actor: 'layer', why: 'layer', at: '1970-01-01T00:00:00Z' }];
    }
    nextEngines = { ...engines, overrides };
  }
  return { items: nextItems, engines: nextEngines };
}

export function score(view: CaseView, items: MatrixItem[], engines: EngineState): Assessment | null {
  try {
    return assessCase({
      case: view.case as unknown as Case,
      hypotheses: view.hypotheses as unknown as CaseHypothesis[],
      matrix: items as unknown as CaseMatrixItem[],
      findings: engines.findings,
      overrides: engines.overrides,
      samples: view.samples as unknown as Sample[],
      now: new Date(0),
    });
  } catch {
    return null;
  }
}

/** The cells a layer changes: the consensus of every cell analysts rated, or one analyst's own ratings. */
export function layerCells(layers: AnalystLayers | null, layer: string): Map<string, Rating | null> {
  const m = new Map<string, Rating | null>();
  if (!layers || layer === 'stored') return m;
  for (const c of layers.cells) {
    if (layer === 'consensus') m.set(ck(c.item_id, c.hypothesis_id), c.consensus);
    else if (layer.startsWith('analyst:') && layer.slice(8) in c.by) m.set(ck(c.item_id, c.hypothesis_id), c.by[layer.slice(8)]);
  }
  return m;
}

export interface Disagreement {
  cell: AnalystCell;
  /** the leader with each distinct rating of the cell, the rest of the stored matrix unchanged */
  leaders: { rating: Rating | null; analysts: string[]; leader: string }[];
  changesLeader: boolean;
}

/** Cells where analysts differ, those whose disagreement would change the leader first, then by spread. */
export function disagreements(view: CaseView, items: MatrixItem[], engines: EngineState | null, layers: AnalystLayers | null): Disagreement[] {
  if (!layers || !engines) return [];
  const out: Disagreement[] = [];
  for (const c of layers.cells) {
    const distinct = new Map<string, string[]>();
    for (const [name, r] of Object.entries(c.by)) distinct.set(String(r), [...(distinct.get(String(r)) ?? []), name]);
    if (distinct.size < 2) continue;
    const leaders = [...distinct].map(([r, analysts]) => {
      const rating = r === 'null' ? null : (r as Rating);
      const v = withCells(items, engines, new Map([[ck(c.item_id, c.hypothesis_id), rating]]));
      return { rating, analysts, leader: score(view, v.items, v.engines!)?.leading ?? '' };
    });
    out.push({ cell: c, leaders, changesLeader: new Set(leaders.map((l) => l.leader)).size > 1 });
  }
  return out.sort((a, b) => Number(b.changesLeader) - Number(a.changesLeader) || b.cell.spread - a.cell.spread);
}

export type SortKey = 'order' | 'diagnosticity' | 'date' | 'source';

/** Sorts rows: by diagnosticity (most first), by date (the record's available_at, undated last), by source. */
export function sortRows(rows: Row[], key: SortKey, diag: (id: string) => number): Row[] {
  const dateOf = (r: Row) => ((r.item as { available_at?: string } | undefined)?.available_at ?? '');
  const srcOf = (r: Row) => (r.source_group ?? (r.item?.citations?.[0] ? new URL(r.item.citations[0], 'http://x/').hostname : '') ?? '').toLowerCase();
  const cmp: Record<SortKey, (a: Row, b: Row) => number> = {
    order: (a, b) => a.order - b.order,
    diagnosticity: (a, b) => diag(b.id) - diag(a.id) || a.order - b.order,
    date: (a, b) => (dateOf(a) && dateOf(b) ? dateOf(a).localeCompare(dateOf(b)) : dateOf(a) ? -1 : dateOf(b) ? 1 : 0) || a.order - b.order,
    source: (a, b) => (srcOf(a) && srcOf(b) ? srcOf(a).localeCompare(srcOf(b)) : srcOf(a) ? -1 : srcOf(b) ? 1 : 0) || a.order - b.order,
  };
  return [...rows].sort(cmp[key]);
}
