/**
 * Response (and documentation-only request) schemas of the routes whose answers are not a case-model record:
 * they feed the OpenAPI document only (the handlers build the values with the use cases' own types). Nested
 * engine detail that evolves with its engine (sensitivity, confidence factors, narrative internals) is typed
 * as an open object rather than guessed.
 */
import { z } from 'zod';
import { Case, Consequence, EvidenceFile, Finding, Hypothesis, MatrixItem, MunitionObservation, Rating, Report, Sample, SiteControl, Source, Testimony } from '../core/case/schemas.js';

const open = z.looseObject({});

export const HealthOut = z.object({ ok: z.literal(true), version: z.string(), store: z.enum(['sqlite', 'postgres']) });

export const MeOut = z.object({
  user: z.object({ name: z.string(), role: z.enum(['viewer', 'analyst', 'admin']) }).nullable(),
  anonymous_read: z.boolean(),
  limits: z.object({ json_bytes: z.number().int(), upload_bytes: z.number().int() }),
});

/** GET /api/cases/:id: the case as stored (reports counted, not listed) */
export const CaseViewOut = z.object({
  case: Case,
  sources: z.array(Source),
  testimonies: z.array(Testimony),
  munitions: z.array(MunitionObservation),
  samples: z.array(Sample),
  siteControl: z.array(SiteControl),
  hypotheses: z.array(Hypothesis),
  matrix: z.array(MatrixItem),
  evidence: z.array(EvidenceFile),
  consequences: z.array(Consequence).optional(),
  reports: z.object({ total: z.number().int() }),
});

/** GET /api/cases/:id/consequences: what followed the incident, in time order (the `assay consequences --json` contract) */
export const ConsequenceOut = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  kind: z.string(),
  cites_incident: z.boolean(),
  place: z.string().optional(),
  lag_hours: z.number(),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
  credibility: z.number().int().optional(),
  weight: z.number(),
  weighed: z.string().optional(),
});

const WriteCounts = z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export const ImportOut = z.object({
  case_id: z.string(),
  created: z.boolean(),
  records: z.record(z.string(), WriteCounts),
  reports: z.object({ read: z.number().int(), added: z.number().int() }),
  warnings: z.array(z.string()),
});
export const ReportsAddedOut = z.object({ case_id: z.string(), read: z.number().int(), added: z.number().int(), warnings: z.array(z.string()) });

/** POST /api/cases body as documented: each list typed with the case model (the handler parses leniently so
 * the bundle reader's precise file/field errors apply, mapped to body paths) */
export const BundleBodyDoc = z.object({
  case: Case,
  sources: z.array(Source).optional(),
  testimonies: z.array(Testimony).optional(),
  munitions: z.array(MunitionObservation).optional(),
  samples: z.array(Sample).optional(),
  site_control: z.array(SiteControl).optional(),
  hypotheses: z.array(Hypothesis).optional(),
  matrix: z.array(MatrixItem).optional(),
  consequences: z.array(Consequence).optional(),
  reports: z.array(Report).optional(),
});
export const ReportsBodyDoc = z.object({ reports: z.array(Report).min(1).max(100_000) });

const HypScore = z.object({
  id: z.string(),
  label: z.string(),
  prior: z.number(),
  inconsistency: z.number(),
  weighted_inconsistency: z.number(),
  posterior: z.number(),
  words: z.string(),
  term: z.string(),
  range: z.string(),
});

/** GET /api/cases/:id/assessment (src/core/hypotheses/case-assessment.ts Assessment) */
export const AssessmentOut = z.object({
  case_id: z.string(),
  title: z.string(),
  generated_at: z.string(),
  method: z.string(),
  hypotheses: z.array(HypScore.extend({ agent: z.string(), actor: z.string(), story: z.string() })),
  evidence: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['analyst', 'engine']),
      origin: z.enum(['analyst', 'engine']),
      diagnosticity: z.number(),
      pivotal: z.boolean(),
      leader_without: z.string().optional(),
      reliability: z.number(),
      source_group: z.string().nullable(),
      group_size: z.number(),
      ratings: z.record(z.string(), Rating),
      evidence: z.array(z.string()),
      overridden: z.array(z.string()),
      explanation: z.string().optional(),
    }),
  ),
  leading: z.string(),
  heuer_leading: z.array(z.string()),
  methods_agree: z.boolean(),
  confidence: z.string(),
  confidence_reasons: z.array(z.string()),
  confidence_factors: open,
  deception: z.object({ risk: z.string(), why: z.string() }),
  custody_integrity: z.number().nullable(),
  sensitivity: open,
  key_judgments: z.array(z.looseObject({ id: z.string(), kind: z.string(), text: z.string() })),
  findings: z.array(Finding),
  overrides: z.array(z.object({ item_id: z.string(), hypothesis_id: z.string(), rating: Rating, previous: Rating.nullable(), actor: z.string(), why: z.string(), at: z.string() })),
  warnings: z.array(z.string()),
  brief: z
    .looseObject({
      bottom_line: z.string(),
      judgments: z.array(z.looseObject({ id: z.string(), text: z.string(), refs: z.array(z.number().int()) })),
      what_would_change: z.array(z.string()),
      sources: z.array(z.looseObject({ n: z.number().int(), title: z.string(), url: z.string() })),
      consequences: z.array(z.looseObject({ id: z.string(), at: z.string(), lag_hours: z.number() })),
    })
    .optional()
    .describe('what a decision-maker reads first: bottom line, key judgments with [n] references, what would change the judgment, numbered sources, consequences'),
  ratings_used: z
    .object({
      rule: z.literal('latest-change'),
      rule_text: z.string(),
      used: z.array(z.object({ analyst: z.string(), cells: z.number().int() })),
      analysts: z.array(z.object({ analyst: z.string(), cells: z.number().int() })),
      changed_cells: z.number().int(),
      total_cells: z.number().int(),
      consensus_differs: z.array(z.object({ item_id: z.string(), hypothesis_id: z.string(), scored: z.string().nullable(), consensus: z.string().nullable(), by: z.record(z.string(), z.string().nullable()) })),
    })
    .optional()
    .describe("whose ratings the scored matrix holds (each cell's latest logged change), every analyst who rated, and the cells where the analysts' consensus differs from the scored rating"),
});

/** GET /api/cases/:id/narrative (the `assay narrative` contract, docs/narrative.md, plus adoption curves) */
export const NarrativeOut = z.looseObject({
  event_time: z.string(),
  items: z.number().int().describe('reports analysed'),
  narratives: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string(),
      items: z.number().int(),
      curve: z.array(z.object({ hours: z.number(), outlets: z.number().int(), outlet: z.string(), affiliation: z.string().optional() })),
    }),
  ),
  coordination: z.union([z.array(open), open]),
  baseline: z.looseObject({
    k: z.number().int().optional(),
    past_hours_to_k: z.array(z.number()).optional().describe('hours to k outlets of the usable past events that reached k (the events counted in `events`)'),
    past_events: z.array(z.object({ id: z.string(), hours_to_k: z.number().nullable() })).optional().describe('the usable past events, null when one never reached k outlets in the window'),
    left_out: z.number().int().optional().describe('past events of the table the comparison left out (the statement says why)'),
    focal_narrative: z.string().nullable().optional().describe('the narrative compared with the baseline'),
  }),
});

/** GET /api/cases/:id/agents (docs/agent-differential.md §6 "Command contract") and munition compatibility */
export const AgentsOut = z.object({
  agents: z.array(z.object({ id: z.string(), class: z.string(), probability: z.number() })),
  classes: z.array(z.object({ id: z.string(), probability: z.number() })),
  determination: z
    .object({ class: z.string().nullable(), agent: z.string().nullable(), probability: z.number(), words: z.string(), remaining: z.array(z.string()) })
    .nullable(),
  features: z.array(z.object({ id: z.string(), present: z.boolean(), evidence: z.string(), report: z.number() })),
  contributions: z.array(open),
  munitions: open.nullable().describe('munition compatibility (null without munition observations)'),
  labels: z
    .object({ features: z.record(z.string(), z.string()), agents: z.record(z.string(), z.string()), classes: z.record(z.string(), z.string()) })
    .describe("readable names of the knowledge base's feature, agent and class ids (knowledge/agents.yaml), for display"),
});
