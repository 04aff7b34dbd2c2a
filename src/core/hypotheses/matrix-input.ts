/**
 * The standalone matrix file of `assay hypotheses score FILE` (JSON or YAML):
 * {hypotheses:[{id,label,prior}], evidence:[{id,label,credibility,relevance,reliability,source_group,ratings}],
 *  likelihoods:{CC..NA}} and its conversion to a Matrix. Validation issues come back as zod issues so the
 * caller can name file, line and field.
 */
import { z } from 'zod';
import type { Matrix, MatrixItem } from './matrix.js';
import { withDefaults } from './matrix.js';

const Rating = z.enum(['CC', 'C', 'N', 'I', 'II', 'NA']);
const Level = z.enum(['low', 'medium', 'high']);
const Prob = z.number().gt(0, 'must be > 0').lte(1, 'must be <= 1');

export const MatrixFile = z
  .object({
    hypotheses: z
      .array(z.object({ id: z.string().min(1), label: z.string().min(1), prior: z.number().positive().optional() }).strict())
      .min(1, 'needs at least one hypothesis'),
    evidence: z
      .array(
        z
          .object({
            id: z.string().min(1),
            label: z.string().min(1),
            credibility: Level.default('medium'),
            relevance: Level.default('medium'),
            reliability: z.number().min(0).max(1).default(1),
            source_group: z.string().min(1).optional(),
            ratings: z.record(z.string(), Rating).default({}),
            evidence: z.array(z.string()).default([]),
          })
          .strict(),
      )
      .default([]),
    likelihoods: z.object({ CC: Prob, C: Prob, N: Prob, I: Prob, II: Prob, NA: Prob }).partial().strict().optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = new Set<string>();
    m.hypotheses.forEach((h, i) => {
      if (ids.has(h.id)) ctx.addIssue({ code: 'custom', path: ['hypotheses', i, 'id'], message: `duplicate hypothesis id "${h.id}"` });
      ids.add(h.id);
    });
    const seen = new Set<string>();
    m.evidence.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'id'], message: `duplicate evidence id "${e.id}"` });
      seen.add(e.id);
      for (const h of Object.keys(e.ratings))
        if (!ids.has(h)) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'ratings', h], message: `no hypothesis has id "${h}"` });
    });
  });
export type MatrixFile = z.infer<typeof MatrixFile>;

export function matrixFromFile(f: MatrixFile): Matrix {
  const items: MatrixItem[] = f.evidence.map((e) => ({
    id: e.id,
    label: e.label,
    credibility: e.credibility,
    relevance: e.relevance,
    reliability: e.reliability,
    source_group: e.source_group,
    kind: 'analyst',
    cells: Object.fromEntries(Object.entries(e.ratings).map(([h, r]) => [h, { rating: r, origin: 'analyst' as const }])),
    evidence: e.evidence,
  }));
  return { hypotheses: f.hypotheses, items, likelihoods: withDefaults(f.likelihoods) };
}
