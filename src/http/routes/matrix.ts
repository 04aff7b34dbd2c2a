/** The ACH matrix of a case: read with scores, edit one cell, each cell's change history. */
import { z } from 'zod';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { loadCase } from '../../app/cases.js';
import { Hypothesis, MatrixItem, Rating } from '../../core/case/schemas.js';
import { notFound } from '../../core/errors.js';
import { ratingHistory, setRating } from '../ratings.js';
import { scoreAnalystMatrix } from '../matrix-adapter.js';
import { page, pageParams } from '../pagination.js';

export const RatingBody = z.object({
  rating: Rating.nullable(),
  why: z.string().max(2000).default(''),
});

const MatrixResponse = z.object({
  hypotheses: z.array(Hypothesis),
  items: z.array(MatrixItem),
  /** src/core/hypotheses MatrixScore of the analyst matrix (null without hypotheses) */
  scores: z
    .object({
      method: z.string(),
      hypotheses: z.array(z.object({ id: z.string(), label: z.string(), prior: z.number(), inconsistency: z.number(), weighted_inconsistency: z.number(), posterior: z.number(), words: z.string() })),
      evidence: z.array(z.object({ id: z.string(), diagnosticity: z.number(), pivotal: z.boolean(), leader_without: z.string().optional() })),
      leading: z.string(),
      heuer_leading: z.array(z.string()),
      methods_agree: z.boolean(),
      sensitivity: z.unknown(),
    })
    .nullable(),
});

const Change = z.object({
  item_id: z.string(),
  hypothesis_id: z.string(),
  seq: z.number().int(),
  old_rating: Rating.nullable(),
  new_rating: Rating.nullable(),
  by: z.string(),
  why: z.string(),
  at: z.string(),
});

export function registerMatrixRoutes({ ws, table }: RouteContext): void {
  const matrixOf = async (id: string) => {
    const v = await loadCase(ws, id);
    return { hypotheses: v.hypotheses, items: v.matrix, scores: scoreAnalystMatrix(v.hypotheses, v.matrix) };
  };
  table.add({ method: 'get', path: '/api/cases/:id/matrix', role: 'viewer', tag: 'matrix', summary: 'hypotheses, rated items and their scores (Heuer, weighted, Bayesian posterior, diagnosticity, pivotal)', response: MatrixResponse }, async (c) =>
    c.json(await matrixOf(param(c, 'id'))),
  );

  table.add(
    { method: 'put', path: '/api/cases/:id/matrix/:item/:hypothesis', role: 'analyst', tag: 'matrix', summary: 'rate one cell (null clears it); logged with who, when, why, old and new value', body: RatingBody },
    async (c) => {
      const [id, item, hypothesis] = [param(c, 'id'), param(c, 'item'), param(c, 'hypothesis')];
      const body = RatingBody.parse(await c.req.json());
      if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
      const r = await setRating(ws, { caseId: id, itemId: item, hypothesisId: hypothesis, rating: body.rating, why: body.why, by: c.get('user')!.name });
      return c.json({ change: r.change, ...(await matrixOf(id)) });
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/matrix/history',
      role: 'viewer',
      tag: 'matrix',
      summary: 'changes to the matrix, newest first; item and hypothesis narrow it to one cell',
      paginated: true,
      response: Change,
      query: [
        { name: 'item', description: 'matrix item id' },
        { name: 'hypothesis', description: 'hypothesis id' },
      ],
    },
    async (c) => {
      const id = param(c, 'id');
      const p = pageParams((k) => c.req.query(k));
      if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
      const item = c.req.query('item');
      const hypothesis = c.req.query('hypothesis');
      const list = await ratingHistory(ws, id, item && hypothesis ? { itemId: item, hypothesisId: hypothesis } : undefined);
      return c.json(page(item && !hypothesis ? list.filter((x) => x.item_id === item) : list, p));
    },
  );
}
