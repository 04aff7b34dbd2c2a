/**
 * Editing one cell of a case's ACH matrix: the item's rating for one hypothesis. The record is rewritten and
 * the change (who, when, why, old and new value) appended to `rating_changes` in the same transaction, so
 * every cell carries its history. (Issue 6 asks for the custody log too once it exists: see the report.)
 */
import type { Workspace } from '../app/workspace.js';
import { MatrixItem, Rating, type Hypothesis } from '../core/case/schemas.js';
import { canonicalJson } from '../core/canonical-json.js';
import { badInput, notFound } from '../core/errors.js';

export interface RatingChange {
  item_id: string;
  hypothesis_id: string;
  seq: number;
  old_rating: Rating | null;
  new_rating: Rating | null;
  by: string;
  why: string;
  at: string;
}

export async function setRating(
  ws: Workspace,
  input: { caseId: string; itemId: string; hypothesisId: string; rating: string | null; by: string; why: string },
): Promise<{ item: MatrixItem; change: RatingChange | null }> {
  const rating = input.rating === null ? null : Rating.safeParse(input.rating).success ? (input.rating as Rating) : null;
  if (input.rating !== null && rating === null) throw badInput(`must be one of CC, C, N, I, II, NA or null, got ${JSON.stringify(input.rating)}`, 'body.rating');
  const why = (input.why ?? '').trim();
  if (why.length > 2000) throw badInput('must be at most 2000 characters', 'body.why');
  return ws.store.db.transaction().execute(async (trx) => {
    const hyp = await trx
      .selectFrom('records')
      .select('data')
      .where('case_id', '=', input.caseId)
      .where('kind', '=', 'hypothesis')
      .where('id', '=', input.hypothesisId)
      .executeTakeFirst();
    const row = await trx
      .selectFrom('records')
      .select('data')
      .where('case_id', '=', input.caseId)
      .where('kind', '=', 'matrix-item')
      .where('id', '=', input.itemId)
      .executeTakeFirst();
    if (!row) throw notFound(`no matrix item "${input.itemId}" in case "${input.caseId}"`, 'item');
    if (!hyp) throw notFound(`no hypothesis "${input.hypothesisId}" in case "${input.caseId}"`, 'hypothesis');
    const item = MatrixItem.parse(JSON.parse(row.data));
    const old = (item.ratings[input.hypothesisId] as Rating | undefined) ?? null;
    if (old === rating) return { item, change: null };
    if (rating === null) delete item.ratings[input.hypothesisId];
    else item.ratings[input.hypothesisId] = rating;
    await trx
      .updateTable('records')
      .set({ data: canonicalJson(item) })
      .where('case_id', '=', input.caseId)
      .where('kind', '=', 'matrix-item')
      .where('id', '=', input.itemId)
      .execute();
    const last = await trx
      .selectFrom('rating_changes')
      .select((eb) => eb.fn.max('seq').as('m'))
      .where('case_id', '=', input.caseId)
      .where('item_id', '=', input.itemId)
      .where('hypothesis_id', '=', input.hypothesisId)
      .executeTakeFirst();
    const change: RatingChange = {
      item_id: input.itemId,
      hypothesis_id: input.hypothesisId,
      seq: Number(last?.m ?? 0) + 1,
      old_rating: old,
      new_rating: rating,
      by: input.by,
      why,
      at: ws.now().toISOString(),
    };
    await trx.insertInto('rating_changes').values({ case_id: input.caseId, ...change }).execute();
    return { item, change };
  });
}

/** Change history of one case's matrix, newest first; optionally one cell. */
export async function ratingHistory(ws: Workspace, caseId: string, cell?: { itemId: string; hypothesisId: string }): Promise<RatingChange[]> {
  let q = ws.store.db.selectFrom('rating_changes').selectAll().where('case_id', '=', caseId);
  if (cell) q = q.where('item_id', '=', cell.itemId).where('hypothesis_id', '=', cell.hypothesisId);
  const rows = await q.orderBy('at', 'desc').orderBy('seq', 'desc').execute();
  return rows.map(({ case_id: _c, ...r }) => ({ ...r, old_rating: r.old_rating as Rating | null, new_rating: r.new_rating as Rating | null }));
}

export type { Hypothesis };
