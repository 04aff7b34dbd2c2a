/**
 * The analyst's ratings as they stood at a moment, from the rating log (docs/assessment.md "Judgment over
 * time"): a change made after the moment is undone (the cell goes back to the change's old value), so an
 * assessment "as of" a time never weighs a judgment made later. Pure.
 */
import type { MatrixItem } from '../case/schemas.js';
import type { RatingOverride } from './case-assessment.js';
import type { Rating } from './ratings.js';
import type { LoggedRatingChange as RatingLogRow } from '../case/rating-log-row.js';

/** A rating-log row without its case: the as-of cut works on one case's log. */
export type LoggedRatingChange = Omit<RatingLogRow, 'case_id'>;

const cellKey = (c: { item_id: string; hypothesis_id: string }) => `${c.item_id}\u0000${c.hypothesis_id}`;

/** Each cell's changes, oldest first (by seq: the log's own order of a cell). */
function byCell(changes: LoggedRatingChange[]): Map<string, LoggedRatingChange[]> {
  const m = new Map<string, LoggedRatingChange[]>();
  for (const c of changes) (m.get(cellKey(c)) ?? m.set(cellKey(c), []).get(cellKey(c))!).push(c);
  for (const l of m.values()) l.sort((a, b) => a.seq - b.seq);
  return m;
}

/**
 * Analyst items with the ratings they had at `asOfMs`: a cell changed after then takes the old value of its
 * first later change (null: the cell was empty then). Items and cells never changed keep their record's rating.
 */
export function matrixAsOf(matrix: MatrixItem[], changes: LoggedRatingChange[], asOfMs: number): MatrixItem[] {
  const cells = byCell(changes);
  return matrix.map((item) => {
    let ratings: MatrixItem['ratings'] | null = null;
    for (const [key, list] of cells) {
      const [itemId, hyp] = key.split('\u0000');
      if (itemId !== item.id) continue;
      const later = list.find((c) => Date.parse(c.at) > asOfMs);
      if (!later) continue;
      ratings ??= { ...item.ratings };
      if (later.old_rating === null) delete ratings[hyp];
      else ratings[hyp] = later.old_rating as Rating;
    }
    return ratings ? { ...item, ratings } : item;
  });
}

/**
 * Overrides of engine-filled cells in force at `asOfMs` (every logged change when it is undefined): each
 * cell's latest change made by then, unless it cleared the override. Analyst items carry their rating in the
 * record and are left out.
 */
export function overridesAsOf(changes: LoggedRatingChange[], analystItems: Set<string>, asOfMs?: number): RatingOverride[] {
  const out: RatingOverride[] = [];
  for (const list of byCell(changes).values()) {
    const made = asOfMs === undefined ? list : list.filter((c) => Date.parse(c.at) <= asOfMs);
    const r = made[made.length - 1];
    if (!r || analystItems.has(r.item_id) || r.new_rating === null) continue;
    out.push({ item_id: r.item_id, hypothesis_id: r.hypothesis_id, rating: r.new_rating as Rating, previous: r.old_rating as Rating | null, actor: r.by, why: r.why, at: r.at });
  }
  return out;
}

/** How many logged changes were made after `asOfMs` (and so are not weighed in an as-of assessment). */
export const changesAfter = (changes: LoggedRatingChange[], asOfMs: number): number => changes.filter((c) => Date.parse(c.at) > asOfMs).length;
