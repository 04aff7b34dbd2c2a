/**
 * One entry of a case's timeline as the API lists it (GET /api/cases/:id/timeline, docs/http-api.md): what
 * happened when, from the case's claims, conclusions, testimonies, samples, site control, evidence and reports.
 * The web UI imports the type instead of copying it.
 */
import { z } from 'zod';

export const TimelineEvent = z.object({
  at: z.string(),
  kind: z.enum(['claim', 'conclusion', 'report', 'testimony', 'sample-collected', 'sample-transfer', 'sample-result', 'site-control', 'evidence']),
  title: z.string(),
  detail: z.string().optional(),
  ref: z.string().optional(),
  /** "day" when the source gives only a date (YYYY-MM-DD): the UI shows the day, never an hour offset */
  precision: z.enum(['time', 'day']),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;
