/**
 * Parsing and validating the JSON input of `assay munitions` (and its HTTP equivalent): precise bad_input
 * errors with the JSON path. Lives with the munitions engine; the agents engine never imports it.
 */
import { z } from 'zod';
import { badInput, type ErrorData } from '../errors.js';
import { failWithIssues as fail } from '../agents/agents-input.js';
import type { MunitionInput } from './munition-compatibility.js';

const Tri = z.enum(['yes', 'no', 'unknown']);
const MunitionIn = z
  .object({
    id: z.string().optional(),
    description: z.string().optional(),
    delivery: z.string().optional(),
    calibre_mm: z.number().positive().optional(),
    burster: Tri.optional(),
    fill_container: Tri.optional(),
    reliability: z.number().min(0).max(1).optional(),
    count: z.number().int().positive().optional(),
  })
  .refine((m) => (m.description && m.description.trim()) || m.delivery, { message: 'a munition needs "description" or "delivery"' });

const MunitionsIn = z.object({
  munitions: z.array(MunitionIn).default([]),
  casualties: z
    .object({
      affected_min: z.number().int().nonnegative().optional(),
      affected_max: z.number().int().nonnegative().optional(),
      deaths_min: z.number().int().nonnegative().optional(),
      deaths_max: z.number().int().nonnegative().optional(),
      setting: z.enum(['indoor', 'outdoor', 'mixed', 'unknown']).optional(),
      area_km2: z.number().nonnegative().optional(),
    })
    .optional(),
  context: z.looseObject({ density_per_km2: z.number().positive().optional(), munitions_count: z.number().int().positive().optional() }).optional(),
});

/** Validates `assay munitions` input; delivery ids are checked against the munitions knowledge base. */
export function parseMunitionsInput(raw: unknown, file: string, deliveries: string[]): MunitionInput {
  const value = Array.isArray(raw) ? { munitions: raw } : raw;
  const r = MunitionsIn.safeParse(value);
  if (!r.success) fail(r.error.issues, file);
  const problems: ErrorData[] = [];
  r.data.munitions.forEach((m, i) => {
    if (m.delivery && !deliveries.includes(m.delivery))
      problems.push({ code: 'bad_input', path: `munitions.${i}.delivery`, message: `unknown delivery "${m.delivery}" (one of ${deliveries.join(', ')})` });
  });
  if (problems.length) throw badInput(`${problems[0].path}: ${problems[0].message}`, file, problems.length > 1 ? problems : []);
  return { munitions: r.data.munitions, casualties: r.data.casualties, context: r.data.context };
}
