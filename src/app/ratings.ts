/**
 * Analyst ratings of a stored case's matrix (docs/http-api.md "Ratings by several analysts"): set or clear one
 * cell (an analyst item's rating, or an override of an engine's cell), each change logged with who, when and why
 * in the same transaction as its custody entries; and the history of a cell. Whose ratings an
 * assessment scored: src/app/analyst-ratings.ts.
 */
import type { RatingChangeRecord } from '../core/hypotheses/rating-change.js';
import type { Rating } from '../core/hypotheses/ratings.js';
import { MatrixItem as CaseMatrixItem, Rating as RatingSchema } from '../core/case/schemas.js';
import { badInput, notFound } from '../core/errors.js';
import { findingRows } from '../core/hypotheses/finding-rows.js';
import { overridesAsOf } from '../core/hypotheses/ratings-as-of.js';
import { caseFindings } from './assess.js';
import { loadCase } from './cases.js';
import { recordEvent } from './case-content.js';
import { signCheckpoint } from './custody.js';
import type { Workspace } from './workspace.js';

export type { RatingChangeRecord };

/**
 * Sets one cell of a case's matrix. On an analyst item the record's rating is rewritten; on an engine-filled
 * cell (item id of an engine finding's row, e.g. "agent-differential:...") the rating overrides the engine's
 * likelihood in every later assessment. Either way the change (who, when, why, old and new value) is appended
 * to the cell's history in `rating_changes` (shared with the HTTP API's matrix edits), in one transaction.
 * `rating` null clears the override: an analyst cell reverts to its bundle's rating (the old value of its first
 * logged change), an engine cell to the engine's value; the reversion is logged like any change.
 */
export async function setRating(
  ws: Workspace,
  caseId: string,
  itemId: string,
  hypothesisId: string,
  rating: string | null,
  meta: { actor: string; why: string },
): Promise<RatingChangeRecord> {
  if (rating !== null && !RatingSchema.safeParse(rating).success) throw badInput(`must be one of CC, C, N, I, II, NA, got "${rating}"`, 'rating');
  const actor = meta.actor.trim();
  if (!actor) throw badInput('say who makes the change', 'actor');
  const why = meta.why.trim();
  if (!why) throw badInput('say why the rating changes (it is logged with the cell)', 'why');
  const view = await loadCase(ws, caseId);
  if (!view.hypotheses.some((h) => h.id === hypothesisId)) throw notFound(`no hypothesis "${hypothesisId}" in case "${caseId}"`, 'hypothesis');
  const item = view.matrix.find((m) => m.id === itemId);
  let old: Rating | null = (item?.ratings[hypothesisId] as Rating | undefined) ?? null;
  let cell: 'analyst' | 'engine' = 'analyst';
  if (!item) {
    const rows = findingRows(await caseFindings(ws, view), view.hypotheses);
    const row = rows.find((r) => r.id === itemId);
    if (!row) throw notFound(`no matrix item or engine finding "${itemId}" in case "${caseId}" (see \`assay assess ${caseId} --json\`, evidence[].id)`, 'item');
    cell = 'engine';
    const prev = overridesAsOf(await ws.store.ratingChanges(caseId), new Set());
    old = prev.find((o) => o.item_id === itemId && o.hypothesis_id === hypothesisId)?.rating ?? row.cells[hypothesisId].rating;
  }
  // clearing reverts: an analyst item to the rating its bundle gave (the `old` of the cell's first logged
  // change, or the record's rating when it was never changed), an engine cell to the engine's value (null)
  let next = rating as Rating | null;
  let reverted: 'bundle' | 'engine' | undefined;
  if (rating === null) {
    if (item) {
      const first = (await ws.store.ratingChanges(caseId, { itemId, hypothesisId })).sort((a, b) => a.seq - b.seq)[0];
      next = first ? (first.old_rating as Rating | null) : old;
      reverted = 'bundle';
    } else reverted = 'engine';
  }
  const at = ws.now().toISOString();
  // the cell's record, the rating log row and their custody entries (record-changed with the item's hash,
  // rating-changed) commit together: history and value never disagree (docs/custody.md, "Case content")
  // keys opened (a passphrase asked) and a checkpoint signed before the entry: nothing lands unsigned
  await signCheckpoint(ws);
  const rec = await ws.store.transaction(async (tx) => {
    const events: Record<string, unknown>[] = [];
    if (item) {
      const updated = CaseMatrixItem.parse({ ...item, ratings: { ...item.ratings } });
      if (next === null) delete updated.ratings[hypothesisId];
      else updated.ratings[hypothesisId] = next;
      await tx.putRecords(caseId, 'matrix-item', [{ id: itemId, data: updated }]);
      events.push(recordEvent(ws.crypto, { caseId, actor, at, via: 'rating', why }, 'matrix-item', itemId, item, updated));
    }
    const row = await tx.appendRatingChange({ case_id: caseId, item_id: itemId, hypothesis_id: hypothesisId, old_rating: old, new_rating: next, by: actor, why, at });
    events.push({
      type: 'rating-changed',
      case_id: caseId,
      actor,
      at,
      why,
      old: old,
      new: next,
      item_id: itemId,
      hypothesis_id: hypothesisId,
      cell,
      change_seq: row.seq,
      ...(reverted ? { reverted_to: reverted } : {}),
    });
    await tx.appendCustody(events as never);
    return row;
  });
  await signCheckpoint(ws);
  return { ...rec, old_rating: old, new_rating: next, cell, ...(reverted ? { reverted_to: reverted } : {}) };
}

/** A cell's (or the case's) rating history, oldest first. */
export async function ratingHistory(ws: Workspace, caseId: string, itemId?: string, hypothesisId?: string): Promise<RatingChangeRecord[]> {
  const items = new Set((await ws.store.getRecords(caseId, 'matrix-item')).map((r) => r.id));
  const rows = await ws.store.ratingChanges(caseId, { itemId, hypothesisId });
  return rows.map((r) => ({ ...r, old_rating: r.old_rating as Rating | null, new_rating: r.new_rating as Rating | null, cell: items.has(r.item_id) ? 'analyst' : 'engine' }));
}

