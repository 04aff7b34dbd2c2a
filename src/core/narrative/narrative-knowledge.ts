/**
 * The narrative engine's knowledge files, as schemas (docs/narrative.md, "Outlets" and "Baseline"): the outlet
 * registry (knowledge/outlets.yaml), the past events of the baseline (knowledge/narrative-baseline-events.yaml)
 * and the table derived from them (knowledge/narrative-baselines.json). Pure: the knowledge adapter reads and
 * validates the files; outlet-registry.ts checks what a schema cannot (duplicate ids, a state-affiliated
 * outlet's state).
 */
import { z } from 'zod';
import type { BaselineTable } from './narrative-baseline.js';

const Affiliation = z.enum(['state-affiliated', 'independent', 'opposition', 'international-body', 'unknown']);

export const OutletsFile = z.object({
  outlets: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      aliases: z.array(z.coerce.string()).default([]),
      domains: z.array(z.string()).default([]),
      country: z.string().optional(),
      affiliation: z.object({ type: Affiliation, state: z.string().optional(), note: z.string().optional() }),
      /** URL or document symbol backing the affiliation */
      source: z.string().min(1, 'every affiliation carries its source'),
    }),
  ),
});
export type OutletsFile = z.infer<typeof OutletsFile>;

const EventStatus = z.enum(['real', 'unresolved', 'disputed']);
const IsoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/, 'must be a UTC date-time, e.g. 2013-08-20T23:00:00Z');

export const BaselineEventsFile = z.object({
  version: z.literal(1),
  /** a regular expression: an item must name a chemical term to count */
  chemical: z.string().min(1),
  events: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        event_time: IsoInstant,
        time_source: z.string().min(3),
        status: EventStatus,
        status_source: z.string().min(3),
        sources: z
          .array(z.union([z.strictObject({ data: z.string().min(1), place: z.string().min(1), map: z.record(z.string(), z.string()).optional() }), z.strictObject({ bundle: z.string().min(1), place: z.string().min(1).optional() })]))
          .min(1),
      }),
    )
    .min(1, 'no events listed'),
});
export type BaselineEventsFile = z.infer<typeof BaselineEventsFile>;
export type BaselineEventSpec = BaselineEventsFile['events'][number];

// loose objects: a field the rebuild adds later is kept, not stripped (the comparison may read it)
const BaselineEvent = z.looseObject({
  id: z.string(),
  name: z.string(),
  event_time: z.string(),
  time_source: z.string(),
  status: EventStatus,
  status_source: z.string(),
  sources: z.array(z.string()),
  source_items: z.record(z.string(), z.number().int().nonnegative()).optional(),
  items: z.number().int().nonnegative(),
  outlets: z.number().int().nonnegative(),
  focal_narrative: z.string().nullable(),
  focal_outlets: z.array(z.string()),
  resolution: z.enum(['exact', 'day']),
  days_to_k: z.number().nullable(),
  hours_to_k: z.number().nullable(),
  hours_to_k_interval: z.tuple([z.number(), z.number()]).nullable(),
  coverage_ok: z.boolean(),
});

/** The derived baseline table; a hand edit that breaks its shape is refused by file, line and field. */
export const BaselineTableFile = z.looseObject({
  metric: z.string(),
  outlets_k: z.union([z.literal(2), z.literal(5), z.literal(10)]),
  window_days: z.number().positive(),
  bins: z.array(z.number().nonnegative()).min(1),
  min_events: z.number().int().positive(),
  min_items: z.number().int().nonnegative(),
  prescripted_prior: z.object({ p: z.array(z.number().min(0).max(1)), judgment: z.literal(true), why: z.string().min(5) }),
  dirichlet_alpha: z.number().positive(),
  derivation: z.string(),
  events: z.array(BaselineEvent),
}).refine((t) => t.prescripted_prior.p.length === t.bins.length + 1, { message: 'needs one probability per bin and one for "never within the window"', path: ['prescripted_prior', 'p'] });

// the schema yields exactly the table the baseline comparison reads
const sameShape = (t: z.infer<typeof BaselineTableFile>): BaselineTable => t;
void sameShape;
