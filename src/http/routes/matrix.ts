/**
 * The ACH matrix of a case: read with scores, edit one cell, each cell's change history. Edits go through the
 * assessment's use case (src/app/assess.ts setRating), so an analyst item's record is rewritten, an
 * engine-filled cell is overridden, and the change (who, when, why, old and new value) lands in the cell's
 * history in one transaction. The actor is the token's user.
 */
import { z } from 'zod';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { loadCase } from '../../app/cases.js';
import { assessTarget } from '../../app/assess.js';
import { ratingHistory, setRating } from '../../app/ratings.js';
import { analystLayers } from '../../app/analyst-ratings.js';
import { Hypothesis, MatrixItem, Rating } from '../../core/case/schemas.js';
import { notFound } from '../../core/errors.js';
import { page, pageParams } from '../pagination.js';
import { zodToAssay } from '../http-errors.js';

export const RatingBody = z.object({
  rating: Rating.nullable(),
  why: z.string().trim().min(1, 'say why the rating changes (it is kept in the cell history)').max(2000),
});

const EngineRow = z.object({
  id: z.string(),
  label: z.string(),
  ratings: z.record(z.string(), Rating),
  reliability: z.number(),
  source_group: z.string().nullable(),
  /** hypotheses whose cell an analyst has overridden */
  overridden: z.array(z.string()),
  explanation: z.string().optional(),
});

const MatrixResponse = z.object({
  hypotheses: z.array(Hypothesis),
  /** the analyst's items as stored */
  items: z.array(MatrixItem),
  /** one row per engine finding (with any analyst overrides applied), as the assessment scores them */
  engine_items: z.array(EngineRow),
  /**
   * The assessment's scores (src/app/assess.ts assessTarget -> core assessCase) over analyst AND engine rows,
   * so they equal /assessment; null when the case has no hypotheses.
   */
  scores: z
    .object({
      method: z.string(),
      hypotheses: z.array(z.object({ id: z.string(), label: z.string(), prior: z.number(), inconsistency: z.number(), weighted_inconsistency: z.number(), posterior: z.number(), words: z.string() })),
      evidence: z.array(z.object({ id: z.string(), label: z.string(), origin: z.enum(['analyst', 'engine']), diagnosticity: z.number(), pivotal: z.boolean(), leader_without: z.string().optional() })),
      leading: z.string(),
      heuer_leading: z.array(z.string()),
      methods_agree: z.boolean(),
      confidence: z.string(),
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
  cell: z.enum(['analyst', 'engine']),
});

export function registerMatrixRoutes({ ws, table, busy, reads }: RouteContext): void {
  // the same scoring as /assessment (and the same cache, keyed by the case's data version)
  const matrixOf = async (id: string) => {
    const v = await loadCase(ws, id);
    if (v.hypotheses.length === 0) return { hypotheses: v.hypotheses, items: v.matrix, engine_items: [], scores: null };
    const a = (await reads.analysis('assessment', id, () => assessTarget(ws, id))).assessment;
    return {
      hypotheses: v.hypotheses,
      items: v.matrix,
      engine_items: a.evidence
        .filter((e) => e.origin === 'engine')
        .map((e) => ({ id: e.id, label: e.label, ratings: e.ratings, reliability: e.reliability, source_group: e.source_group, overridden: e.overridden, ...(e.explanation ? { explanation: e.explanation } : {}) })),
      scores: {
        method: a.method,
        hypotheses: a.hypotheses,
        evidence: a.evidence.map((e) => ({ id: e.id, origin: e.origin, label: e.label, diagnosticity: e.diagnosticity, pivotal: e.pivotal, ...(e.leader_without ? { leader_without: e.leader_without } : {}) })),
        leading: a.leading,
        heuer_leading: a.heuer_leading,
        methods_agree: a.methods_agree,
        confidence: a.confidence,
        sensitivity: a.sensitivity,
      },
    };
  };
  table.add(
    { method: 'get', path: '/api/cases/:id/matrix', role: 'viewer', tag: 'matrix', summary: 'hypotheses, analyst-rated items, engine rows and the assessment\'s scores over both (Heuer, weighted, Bayesian posterior, diagnosticity, pivotal): the same numbers as /assessment', response: MatrixResponse, notAList: 'one scored matrix: the posterior, Heuer scores and pivotal items depend on every row at once; the analyst items alone are paged at /matrix-items' },
    async (c) => (await busy(c, param(c, 'id'))) ?? c.json(await matrixOf(param(c, 'id'))),
  );

  table.add(
    {
      method: 'put',
      path: '/api/cases/:id/matrix/:item/:hypothesis',
      role: 'analyst',
      tag: 'matrix',
      summary: 'rate one cell (null clears it), an analyst item or an engine-filled cell; logged with who, when, why, old and new value',
      body: RatingBody,
      response: MatrixResponse.extend({ change: Change.extend({ reverted_to: z.enum(['bundle', 'engine']).optional() }).nullable() }),
    },
    async (c) => {
      const [id, item, hypothesis] = [param(c, 'id'), param(c, 'item'), param(c, 'hypothesis')];
      const parsed = RatingBody.safeParse(await c.req.json());
      if (!parsed.success) throw zodToAssay(parsed.error);
      if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
      const v = await loadCase(ws, id);
      const it = v.matrix.find((m) => m.id === item);
      if (it && (it.ratings[hypothesis] ?? null) === parsed.data.rating && v.hypotheses.some((h) => h.id === hypothesis)) return c.json({ change: null, ...(await matrixOf(id)) });
      const change = await setRating(ws, id, item, hypothesis, parsed.data.rating, { actor: c.get('user')!.name, why: parsed.data.why }).catch((e) => {
        if (e?.message) e.message = e.message.replace(/\s*\(see `assay[^)]*\)/, '');
        throw e;
      });
      const { case_id: _c, ...rest } = change;
      return c.json({ change: rest, ...(await matrixOf(id)) });
    },
  );

  const AnalystCellOut = z.object({
    item_id: z.string(),
    hypothesis_id: z.string(),
    by: z.record(z.string(), Rating.nullable()),
    consensus: Rating.nullable(),
    spread: z.number().int(),
    current_by: z.string(),
    current: Rating.nullable(),
  });
  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/matrix/analysts',
      role: 'viewer',
      tag: 'matrix',
      summary: "each analyst's own ratings from the rating log, the consensus (median) and spread of every cell they rated, and whose ratings the stored matrix (so the assessment) uses",
      response: z.object({ analysts: z.array(z.object({ name: z.string(), cells: z.number().int() })), cells: z.array(AnalystCellOut), used: z.array(z.object({ by: z.string(), cells: z.number().int() })) }),
      notAList: 'one summary of the rating log: analysts, cells and who set the stored ratings belong together',
    },
    async (c) => {
      const id = param(c, 'id');
      if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
      return c.json(analystLayers(await ratingHistory(ws, id)));
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/matrix/history',
      role: 'viewer',
      tag: 'matrix',
      summary: 'changes to the matrix, newest first; item (and hypothesis) narrow it to one row or cell',
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
      const list = (await ratingHistory(ws, id, c.req.query('item') || undefined, c.req.query('hypothesis') || undefined)).reverse();
      return c.json(page(list.map(({ case_id: _c, ...r }) => r), p));
    },
  );
}
