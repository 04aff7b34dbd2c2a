/**
 * The case model: zod schemas and their types. Pure data, no IO. Every record that states a fact carries
 * `citations` (a URL or a document symbol such as "OPCW S/1902/2020") so any number can be traced back.
 *
 * Timestamps are ISO 8601 strings. A date alone ("2018-11-24") is accepted where precision is a day.
 */
import { z } from 'zod';
import { parseDate } from '../ingest/dates.js';

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "_" or "-"')
  .max(120);

/** ISO 8601 date or date-time, with optional zone; checked by Date.parse as well as by shape. */
export const IsoTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO 8601 date or date-time, e.g. 2018-11-24 or 2018-11-24T19:02:00Z',
  )
  // the calendar check: Date.parse would roll 2018-11-31 over to 1 December
  .refine((s) => !('error' in parseDate(s)), { message: 'is not a real calendar date or time' });

/** When a record became known: published, recorded or reported (docs/case-bundle.md "When each record became known"). */
export const AvailableAt = IsoTime;

export const Citations = z.array(z.string().min(1)).default([]);

/** Admiralty (NATO) source reliability A-F and information credibility 1-6. */
export const SourceGrade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export const Credibility = z.number().int().min(1).max(6);

export const Affiliation = z.strictObject({
  type: z.enum([
    'state-affiliated',
    'government',
    'independent',
    'opposition',
    'international-body',
    'ngo',
    'unknown',
  ]),
  /** ISO 3166 alpha-2 or a name, for state affiliation */
  country: z.string().optional(),
  note: z.string().optional(),
});
export type Affiliation = z.infer<typeof Affiliation>;

export const Place = z.strictObject({
  name: z.string().min(1),
  admin: z.string().optional(),
  country: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** radius in metres within which the place is known */
  uncertainty_m: z.number().nonnegative().optional(),
});

export const When = z.strictObject({
  at: IsoTime,
  earliest: IsoTime.optional(),
  latest: IsoTime.optional(),
  note: z.string().optional(),
});

export const PublicClaim = z.strictObject({
  claimant: z.string().min(1),
  claimant_affiliation: Affiliation.optional(),
  claimed_at: IsoTime,
  /** agent or agent class named by the claimant, e.g. "chlorine"; "none" for a denial that any chemical was used */
  agent: z.string().optional(),
  perpetrator: z.string().optional(),
  text: z.string().optional(),
  notes: z.string().optional(),
  citations: Citations,
});

export const Conclusion = z.strictObject({
  by: z.string().min(1),
  published_at: IsoTime,
  /** agent or class the body concluded, "none", or "undetermined" */
  agent: z.string().optional(),
  perpetrator: z.string().optional(),
  text: z.string().min(1),
  /** the body's own standard of proof, e.g. "reasonable grounds", "confident" */
  standard: z.string().optional(),
  citations: Citations,
});

export const CasualtyPattern = z.strictObject({
  affected_min: z.number().int().nonnegative().optional(),
  affected_max: z.number().int().nonnegative().optional(),
  deaths_min: z.number().int().nonnegative().optional(),
  deaths_max: z.number().int().nonnegative().optional(),
  setting: z.enum(['indoor', 'outdoor', 'mixed', 'unknown']).default('unknown'),
  area_km2: z.number().nonnegative().optional(),
  note: z.string().optional(),
  citations: Citations,
});

export const Case = z.strictObject({
  id: Slug,
  title: z.string().min(1),
  summary: z.string().optional(),
  when: When,
  place: Place,
  claims: z.array(PublicClaim).default([]),
  conclusions: z.array(Conclusion).default([]),
  casualties: CasualtyPattern.optional(),
  tags: z.array(z.string()).default([]),
  citations: Citations,
});
export type Case = z.infer<typeof Case>;

/**
 * A document a source published (an article, a statement, a report), so a citation of its URL or symbol can be
 * listed in a report's Sources with title, publisher (the source), date and archive copy.
 */
export const SourceDocument = z.strictObject({
  url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL'),
  title: z.string().min(1),
  /** a document symbol cited in place of the URL, e.g. "OPCW S/1902/2020" */
  symbol: z.string().min(1).optional(),
  published_at: IsoTime.optional(),
  /** an archived copy (web.archive.org, archive.today) */
  archive_url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL').optional(),
  language: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

export const Source = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  kind: z.enum(['outlet', 'person', 'organisation', 'government', 'international-body', 'other']),
  affiliation: Affiliation.default({ type: 'unknown' }),
  reliability: SourceGrade.default('F'),
  aliases: z.array(z.string()).default([]),
  /** why this grade and affiliation */
  notes: z.string().optional(),
  citations: Citations,
  /** documents this source published that the case cites (titles and dates for the report's Sources) */
  documents: z.array(SourceDocument).optional(),
});
export type Source = z.infer<typeof Source>;

export const Report = z.object({
  /** derived from the content when absent, so re-importing adds nothing twice */
  id: z.string().min(1).optional(),
  published_at: IsoTime,
  outlet: z.string().min(1),
  title: z.string().default(''),
  text: z.string().default(''),
  url: z.string().optional(),
  language: z.string().optional(),
  /** the posting account, for social media */
  account: z.string().optional(),
  /** when this became known (published or recorded); defaults from the record's own date (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
  /**
   * true when `text` is the bundle author's paraphrase of the outlet, not the outlet's words: kept out of the
   * stored reports and of the narrative engine's input (docs/case-bundle.md, "Paraphrases")
   */
  paraphrase: z.boolean().optional(),
});
export type Report = z.infer<typeof Report>;
export type StoredReport = Report & { id: string };

export const Testimony = z.strictObject({
  id: Slug,
  who: z.string().min(1),
  role: z.enum(['witness', 'medic', 'official', 'journalist', 'other']),
  recorded_at: IsoTime.optional(),
  /** when this became known (published or recorded); defaults from the record's own date (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
  text: z.string().default(''),
  language: z.string().optional(),
  /** Admiralty information credibility 1 (confirmed) .. 6 (cannot be judged) */
  credibility: Credibility.optional(),
  /** explicit 0-1 reliability; wins over credibility when both are given */
  reliability: z.number().min(0).max(1).optional(),
  source_id: z.string().optional(),
  /** coded features, e.g. {miosis: true, odour_bleach: false}; ids as in the agent knowledge base */
  features: z.record(z.string(), z.boolean()).optional(),
  notes: z.string().optional(),
  citations: Citations,
});
export type Testimony = z.infer<typeof Testimony>;

export const MunitionObservation = z.strictObject({
  id: Slug,
  observed_at: IsoTime.optional(),
  /** when this became known (published or recorded); defaults from the record's own date (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
  /** what it was called, as reported */
  description: z.string().min(1),
  /** delivery id from the munitions knowledge base when it can be identified */
  delivery: z.string().optional(),
  calibre_mm: z.number().positive().optional(),
  markings: z.string().optional(),
  /** was an explosive burster (HE charge) seen or reported */
  burster: z.enum(['yes', 'no', 'unknown']).default('unknown'),
  /** was a container able to hold a liquid or liquefied-gas fill seen */
  fill_container: z.enum(['yes', 'no', 'unknown']).default('unknown'),
  reported_by: z.string().optional(),
  /** explicit 0-1; wins over credibility when both are given */
  reliability: z.number().min(0).max(1).optional(),
  /** Admiralty information credibility 1 (confirmed) .. 6 (cannot be judged): scales the default reliability (src/core/case/record-weight.ts) */
  credibility: Credibility.optional(),
  notes: z.string().optional(),
  citations: Citations,
});
export type MunitionObservation = z.infer<typeof MunitionObservation>;

export const CustodyTransfer = z.strictObject({
  at: IsoTime,
  from: z.string().min(1),
  to: z.string().min(1),
  /** party affiliation of the receiver, e.g. "government", "opposition", "opcw" */
  party: z.string().optional(),
  sealed: z.boolean().optional(),
  note: z.string().optional(),
  citations: Citations,
});

export const SampleResult = z.strictObject({
  lab: z.string().min(1),
  reported_at: IsoTime.optional(),
  /** when this became known (published or recorded); defaults from the record's own date (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
  detected: z.array(z.string()).default([]),
  text: z.string().min(1),
  citations: Citations,
});

export const Sample = z.strictObject({
  id: Slug,
  kind: z.string().min(1),
  description: z.string().default(''),
  collected_at: IsoTime.optional(),
  collected_by: z.string().optional(),
  /** when this became known (published or recorded); defaults from the record's own date (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
  collector_party: z.string().optional(),
  collected_where: z.string().optional(),
  chain: z.array(CustodyTransfer).default([]),
  results: z.array(SampleResult).default([]),
  notes: z.string().optional(),
  citations: Citations,
});
export type Sample = z.infer<typeof Sample>;

export const SiteControl = z
  .strictObject({
    party: z.string().min(1),
    place: z.string().optional(),
    from: IsoTime,
    to: IsoTime.optional(),
  /** when this became known (published or recorded); defaults from the record's own date (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
    /** Admiralty information credibility 1 (confirmed) .. 6 (cannot be judged): how far the record is weighed (src/core/case/record-weight.ts) */
    credibility: Credibility.optional(),
    notes: z.string().optional(),
    citations: Citations,
  })
  .refine((s) => !s.to || (parseDate(s.to) as { iso: string }).iso >= (parseDate(s.from) as { iso: string }).iso, {
    message: 'ends before it starts',
    path: ['to'],
  });
export type SiteControl = z.infer<typeof SiteControl>;

export const EvidenceFile = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  /** path inside the bundle's evidence/ folder */
  file: z.string().optional(),
  title: z.string().optional(),
  media_type: z.string().min(1),
  size: z.number().int().nonnegative(),
  captured_at: IsoTime.optional(),
  collector: z.string().optional(),
  source_url: z.string().optional(),
  capture_tool: z.string().optional(),
  persona: z.string().optional(),
  notes: z.string().optional(),
  /** hash of the original this one was derived from (a frame, a crop, a transcript) */
  parent_sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  citations: Citations,
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** What a bundle's evidence.yaml may say of a file in evidence/ before it is hashed. */
export const EvidenceCapture = EvidenceFile.extend({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits').optional(),
  media_type: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
});

export const StoryOrigin = z.enum(['organic', 'pre-scripted', 'unknown']);

export const Hypothesis = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  description: z.string().optional(),
  prior: z.number().positive().optional(),
  /** why this prior, and where it comes from (a base rate, a reference class, a source's title or URL) */
  prior_basis: z.string().min(1).optional(),
  /** agent id, agent class id, "none" (no toxic chemical) or "unknown" */
  agent: z.string().default('unknown'),
  /** who used it: e.g. "opposition", "government", "unknown", "none" */
  actor: z.string().default('unknown'),
  story: StoryOrigin.default('unknown'),
});
export type Hypothesis = z.infer<typeof Hypothesis>;

export const Rating = z.enum(['CC', 'C', 'N', 'I', 'II', 'NA']);
export type Rating = z.infer<typeof Rating>;
export const Level = z.enum(['low', 'medium', 'high']);

/** An analyst-rated evidence item of the ACH matrix. */
export const MatrixItem = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  credibility: Level.default('medium'),
  relevance: Level.default('medium'),
  reliability: z.number().min(0).max(1).optional(),
  source_group: z.string().optional(),
  /** when this became known (published or recorded); defaults from the record's own date (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
  /**
   * what this item restates: matrix item ids, record ids an engine finding rests on, or source ids. Items that
   * restate one source share its weight instead of adding to it (docs/assessment.md "Honest weighting").
   */
  derived_from: z.array(z.string().min(1)).optional(),
  ratings: z.record(z.string(), Rating).default({}),
  notes: z.string().optional(),
  citations: Citations,
});
export type MatrixItem = z.infer<typeof MatrixItem>;

/**
 * One change of an ACH matrix cell, as `assay export` writes the case's rating log to ratings.yaml (oldest first):
 * an analyst item's rating or an override of an engine's cell, with who, when and why. An import adds the
 * changes the workspace does not hold yet, so an analyst's ratings survive an export and a re-import.
 */
export const RatingLogEntry = z.strictObject({
  /** a matrix item id of hypotheses.yaml, or an engine finding's row id (e.g. "agent-differential:...") */
  item_id: z.string().min(1),
  hypothesis_id: z.string().min(1),
  /** the cell's value before the change; null when it had none */
  old_rating: Rating.nullable(),
  /** the value set; null clears the override (the cell reverts to the bundle's or the engine's value) */
  new_rating: Rating.nullable(),
  by: z.string().min(1),
  why: z.string().min(1),
  at: IsoTime,
});
export type RatingLogEntry = z.infer<typeof RatingLogEntry>;

export const HypothesesFile = z.union([
  z.array(Hypothesis),
  z.strictObject({ hypotheses: z.array(Hypothesis), evidence: z.array(MatrixItem).default([]) }),
]);

/**
 * One step of a finding's trail: a record the engine read, what in it counted, and how much it counted
 * (docs/assessment.md "Finding trail"). The report turns the trail into numbered references, so a reader can
 * go from a judgment to the testimony, sample result or article it rests on.
 */
export const FindingItem = z.strictObject({
  /**
   * id of the record read: a testimony, munition observation, sample or matrix-item id, a report id, or an
   * evidence file's sha256. Resolved against the case's records; an id that resolves to nothing is shown as-is.
   */
  record: z.string().min(1),
  /** the words of the record that counted, verbatim (a phrase or sentence, not the whole text) */
  quote: z.string().max(2000).optional(),
  /**
   * the record's share of the finding: non-negative, and the weights of one finding's items sum to at most 1
   * (engines compute it; absent when an engine does not apportion, then the items count equally)
   */
  weight: z.number().min(0).max(1).optional(),
  /** id of the source (sources.yaml) the record comes from, when known: items with one source are not independent */
  source: z.string().min(1).optional(),
  /** where the record can be read: a URL or a document symbol such as "OPCW S/1731/2019" */
  url: z.string().min(1).optional(),
});
export type FindingItem = z.infer<typeof FindingItem>;

/**
 * A finding: what one engine says about one attribute, as a likelihood for each value. The hypothesis layer
 * consumes findings without knowing which engine made them.
 */
export const Finding = z.object({
  engine: z.string(),
  attribute: z.enum(['agent', 'agent-class', 'delivery', 'story', 'item-integrity']),
  /** P(this evidence | attribute = value), for each value the engine can speak to */
  likelihoods: z.record(z.string(), z.number().min(0)),
  reliability: z.number().min(0).max(1).default(1),
  evidence: z.array(z.string()).default([]),
  explanation: z.string(),
  label: z.string(),
  /** the trail: which records counted and how much (optional; engines fill it as they can) */
  items: z.array(FindingItem).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What followed the incident and was justified by it or reacted to it (seed row 7; docs/assessment.md "Consequences"). */
export const ConsequenceKind = z.enum(['strike', 'statement', 'sanction', 'diplomatic', 'ceasefire', 'investigation', 'other']);
export const Consequence = z.strictObject({
  id: Slug,
  at: IsoTime,
  /** when this became known (published or recorded); defaults from `at` (docs/case-bundle.md "When each record became known") */
  available_at: AvailableAt.optional(),
  /** who acted: a state, a ministry, a body */
  actor: z.string().min(1),
  /** what they did, in one sentence */
  action: z.string().min(1),
  /** did the actor cite the incident as the reason (true), or only act after it / react to it (false) */
  cites_incident: z.boolean(),
  kind: ConsequenceKind,
  place: z.string().min(1).optional(),
  /** where it is documented: every entry cites at least one */
  sources: z
    .array(z.strictObject({ title: z.string().min(1), url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL') }))
    .min(1, 'cite at least one source'),
  /** Admiralty information credibility 1 (confirmed) .. 6 (cannot be judged): how far the entry is weighed (src/core/case/record-weight.ts) */
  credibility: Credibility.optional(),
  notes: z.string().optional(),
});
export type Consequence = z.infer<typeof Consequence>;

/** A case with everything in it, as a bundle holds it (reports are streamed separately). */
export interface CaseBundle {
  case: Case;
  sources: Source[];
  testimonies: Testimony[];
  munitions: MunitionObservation[];
  samples: Sample[];
  siteControl: SiteControl[];
  hypotheses: Hypothesis[];
  matrix: MatrixItem[];
  evidence: EvidenceFile[];
  /** consequences.yaml; absent in bundles written before it existed */
  consequences?: Consequence[];
  /** ratings.yaml: the case's rating log (analysts' changes of matrix cells), oldest first; absent when none */
  ratings?: RatingLogEntry[];
}

/** The record kinds other than the case and its reports, with their schemas, as stored and exported. */
export const RecordKinds = {
  source: Source,
  testimony: Testimony,
  munition: MunitionObservation,
  sample: Sample,
  'site-control': SiteControl,
  hypothesis: Hypothesis,
  'matrix-item': MatrixItem,
  evidence: EvidenceFile,
  consequence: Consequence,
} as const;
export type RecordKind = keyof typeof RecordKinds;
