/**
 * Ratings by several analysts, read from the matrix's rating log (each change names its actor, src/app/assess.ts
 * setRating). Every analyst's latest rating of a cell is their own layer, kept apart from the others'; the
 * consensus of a cell is the median of those layers on the ordinal scale II < I < N < C < CC (NA counts only when
 * most say NA), the ordinal middle that one outlier cannot drag (Heuer 1999 ch. 8 asks analysts to argue out
 * such cells, not average them away). The stored matrix, which the assessment scores, holds each cell's latest
 * change whoever made it: `used` says whose ratings those are, per analyst and for the cells still as the case
 * bundle gave them. See docs/http-api.md "Ratings by several analysts".
 */
import type { Rating } from '../core/case/schemas.js';
import type { RatingChangeRecord } from '../core/hypotheses/rating-change.js';
import type { RatingsUsed } from '../core/hypotheses/case-assessment.js';
import type { RatingChange } from '../ports/case-store.js';

const SCALE: Rating[] = ['II', 'I', 'N', 'C', 'CC'];

export interface AnalystCell {
  item_id: string;
  hypothesis_id: string;
  /** each analyst's latest rating of the cell (null: they cleared it) */
  by: Record<string, Rating | null>;
  /** median of the analysts' ratings; null when none rates it */
  consensus: Rating | null;
  /** the spread between the lowest and highest rating on the five-step scale (0 = all agree) */
  spread: number;
  /** who made the change the stored matrix holds now */
  current_by: string;
  current: Rating | null;
}

export interface AnalystLayers {
  analysts: { name: string; cells: number }[];
  cells: AnalystCell[];
  /** whose ratings the stored matrix (and so the assessment) uses, in cells changed through the log */
  used: { by: string; cells: number }[];
}

/** The median of ratings on the ordinal scale (lower middle for an even count, so ties lean to "inconsistent"). */
export function consensusOf(rs: (Rating | null)[]): Rating | null {
  const xs = rs.filter((r): r is Rating => r !== null);
  if (!xs.length) return null;
  const na = xs.filter((r) => r === 'NA').length;
  if (na * 2 > xs.length) return 'NA';
  const idx = xs.filter((r) => r !== 'NA').map((r) => SCALE.indexOf(r)).sort((a, b) => a - b);
  if (!idx.length) return 'NA';
  return SCALE[idx[Math.floor((idx.length - 1) / 2)]];
}

export function spreadOf(rs: (Rating | null)[]): number {
  const idx = rs.filter((r): r is Rating => r !== null && r !== 'NA').map((r) => SCALE.indexOf(r));
  return idx.length < 2 ? 0 : Math.max(...idx) - Math.min(...idx);
}

/** Layers from the log, oldest change first (as ratingHistory returns it). */
export function analystLayers(changes: RatingChangeRecord[]): AnalystLayers {
  const cells = new Map<string, { item_id: string; hypothesis_id: string; by: Map<string, Rating | null>; last: RatingChangeRecord }>();
  for (const ch of changes) {
    const k = `${ch.item_id}\u0000${ch.hypothesis_id}`;
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { item_id: ch.item_id, hypothesis_id: ch.hypothesis_id, by: new Map(), last: ch }));
    c.by.set(ch.by, ch.new_rating);
    if (ch.at > c.last.at || (ch.at === c.last.at && ch.seq > c.last.seq)) c.last = ch;
  }
  const perAnalyst = new Map<string, number>();
  const used = new Map<string, number>();
  const out: AnalystCell[] = [];
  for (const c of cells.values()) {
    for (const name of c.by.keys()) perAnalyst.set(name, (perAnalyst.get(name) ?? 0) + 1);
    used.set(c.last.by, (used.get(c.last.by) ?? 0) + 1);
    const rs = [...c.by.values()];
    out.push({
      item_id: c.item_id,
      hypothesis_id: c.hypothesis_id,
      by: Object.fromEntries(c.by),
      consensus: consensusOf(rs),
      spread: spreadOf(rs),
      current_by: c.last.by,
      current: c.last.new_rating,
    });
  }
  return {
    analysts: [...perAnalyst].map(([name, n]) => ({ name, cells: n })).sort((a, b) => b.cells - a.cells || a.name.localeCompare(b.name)),
    cells: out.sort((a, b) => b.spread - a.spread || a.item_id.localeCompare(b.item_id) || a.hypothesis_id.localeCompare(b.hypothesis_id)),
    used: [...used].map(([by, n]) => ({ by, cells: n })).sort((a, b) => b.cells - a.cells || a.by.localeCompare(b.by)),
  };
}

/** Whose ratings the scored matrix holds (src/app/analyst-ratings.ts): the latest change of each cell. */
export function ratingsUsed(changes: RatingChange[], totalCells: number): RatingsUsed {
  const l = analystLayers(changes as unknown as RatingChangeRecord[]);
  return {
    rule: 'latest-change',
    rule_text:
      l.cells.length === 0
        ? 'No analyst has changed a cell: every rating is as the case bundle and the engines gave it.'
        : "Each cell holds its latest logged change, whoever made it; the cells no analyst changed are as the case bundle and the engines gave them. Each analyst's own ratings and their consensus (the median on II < I < N < C < CC) are kept beside it (GET /api/cases/{id}/matrix/analysts), not averaged into the score.",
    used: l.used.map((u) => ({ analyst: u.by, cells: u.cells })),
    analysts: l.analysts.map((a) => ({ analyst: a.name, cells: a.cells })),
    changed_cells: l.cells.length,
    total_cells: totalCells,
    consensus_differs: l.cells.filter((c) => Object.keys(c.by).length > 1 && c.consensus !== c.current).map((c) => ({ item_id: c.item_id, hypothesis_id: c.hypothesis_id, scored: c.current, consensus: c.consensus, by: c.by })),
  };
}
