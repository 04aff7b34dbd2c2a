/**
 * Parsing and validating the JSON input of `assay munitions` (and its HTTP equivalent): precise bad_input
 * errors with the JSON path. Lives with the munitions engine; the agents engine never imports it.
 */
import { z } from 'zod';
import { badInput, type ErrorData } from '../errors.js';
import { failWithIssues as fail, unknownKeyWarnings } from '../agents/agents-input.js';
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
    incendiary_signs: Tri.optional(),
    markings: z.string().optional(),
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
    .refine((c) => c.affected_min === undefined || c.affected_max === undefined || c.affected_min <= c.affected_max, {
      message: 'affected_min is greater than affected_max',
      path: ['affected_min'],
    })
    .refine((c) => c.deaths_min === undefined || c.deaths_max === undefined || c.deaths_min <= c.deaths_max, {
      message: 'deaths_min is greater than deaths_max',
      path: ['deaths_min'],
    })
    .refine((c) => c.deaths_min === undefined || c.affected_max === undefined || c.deaths_min <= c.affected_max, {
      message: 'deaths_min is greater than affected_max (the dead are counted among the affected)',
      path: ['deaths_min'],
    })
    .optional(),
  context: z.looseObject({ density_per_km2: z.number().positive().optional(), munitions_count: z.number().int().positive().optional() }).optional(),
});

const TOP_KEYS = ['munitions', 'casualties', 'context'];
const MUNITION_KEYS = ['id', 'description', 'delivery', 'calibre_mm', 'burster', 'fill_container', 'reliability', 'count', 'incendiary_signs', 'markings'];
const CASUALTY_KEYS = ['affected_min', 'affected_max', 'deaths_min', 'deaths_max', 'setting', 'area_km2'];
const CONTEXT_KEYS = ['density_per_km2', 'munitions_count'];

/**
 * Validates `assay munitions` input; delivery ids are checked against the munitions knowledge base. Unknown keys
 * come back as warnings (as for `assay agents`); no munition observation at all is bad input (nothing to assess).
 */
export function parseMunitionsInput(raw: unknown, file: string, deliveries: string[]): MunitionInput & { warnings: string[] } {
  const value = Array.isArray(raw) ? { munitions: raw } : raw;
  const v = value as { munitions?: unknown; casualties?: unknown; context?: unknown };
  const warnings = [
    ...unknownKeyWarnings(value, TOP_KEYS, ''),
    ...(Array.isArray(v?.munitions) ? v.munitions.flatMap((m, i) => unknownKeyWarnings(m, MUNITION_KEYS, `munitions.${i}`)) : []),
    ...unknownKeyWarnings(v?.casualties, CASUALTY_KEYS, 'casualties'),
    ...unknownKeyWarnings(v?.context, CONTEXT_KEYS, 'context'),
  ];
  const r = MunitionsIn.safeParse(value);
  if (!r.success) fail(r.error.issues, file);
  if (r.data.munitions.length === 0)
    throw badInput('munitions: nothing to assess: give at least one munition observation ({"description": ...} or {"delivery": ...})', file);
  const problems: ErrorData[] = [];
  r.data.munitions.forEach((m, i) => {
    if (m.delivery && !deliveries.includes(m.delivery))
      problems.push({ code: 'bad_input', path: `munitions.${i}.delivery`, message: `unknown delivery "${m.delivery}" (one of ${deliveries.join(', ')})` });
  });
  if (problems.length) throw badInput(`${problems[0].path}: ${problems[0].message}`, file, problems.length > 1 ? problems : []);
  return { munitions: r.data.munitions, casualties: r.data.casualties, context: r.data.context, warnings };
}
