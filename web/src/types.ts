/** The shapes the UI reads (a subset of src/core/case/schemas.ts and the engines' JSON contracts). */
import type { Rating } from '../../src/core/hypotheses/ratings';
import type { RatingChangeRecord } from '../../src/core/hypotheses/rating-change';

export type { Rating };
export interface CaseSummary {
  id: string;
  title: string;
  occurred_at: string;
}
export interface Affiliation {
  type: string;
  country?: string;
}
export interface Source {
  id: string;
  name: string;
  kind: string;
  affiliation: Affiliation;
  reliability: string;
  aliases: string[];
  notes?: string;
  citations?: string[];
  documents?: { url: string; title: string; published_at?: string; symbol?: string; archive_url?: string }[];
}
export interface Testimony {
  id: string;
  who: string;
  role: string;
  recorded_at?: string;
  text: string;
  credibility?: number;
  reliability?: number;
  features?: Record<string, boolean>;
  source_id?: string;
  citations?: string[];
}
export interface Munition {
  id: string;
  description: string;
  delivery?: string;
  calibre_mm?: number;
  burster: string;
  fill_container: string;
  markings?: string;
  citations?: string[];
}
export interface Hypothesis {
  id: string;
  label: string;
  prior?: number;
  agent: string;
  actor: string;
  story: string;
  description?: string;
}
export interface MatrixItem {
  id: string;
  label: string;
  credibility: 'low' | 'medium' | 'high';
  relevance: 'low' | 'medium' | 'high';
  reliability?: number;
  source_group?: string;
  ratings: Record<string, Rating>;
  citations: string[];
}
export interface EvidenceFile {
  sha256: string;
  file?: string;
  title?: string;
  media_type: string;
  size: number;
  captured_at?: string;
  collector?: string;
  source_url?: string;
  parent_sha256?: string;
}
export interface CaseView {
  case: {
    id: string;
    title: string;
    summary?: string;
    when: { at: string; note?: string };
    place: { name: string; admin?: string; country?: string; lat?: number; lon?: number };
    claims: { claimant: string; claimed_at: string; agent?: string; perpetrator?: string; text?: string }[];
    conclusions: { by: string; published_at: string; agent?: string; text: string }[];
    casualties?: { affected_min?: number; affected_max?: number; deaths_min?: number; deaths_max?: number; setting: string };
  };
  sources: Source[];
  testimonies: Testimony[];
  munitions: Munition[];
  samples: { id: string; kind: string; collected_at?: string; collected_by?: string; chain: { at: string; from: string; to: string; party?: string }[] }[];
  siteControl: { party: string; place?: string; from: string; to?: string }[];
  consequences?: { id: string; at: string; actor: string; action: string; cites_incident: boolean; kind: string; place?: string; sources: { title: string; url: string }[]; notes?: string }[];
  hypotheses: Hypothesis[];
  matrix: MatrixItem[];
  evidence: EvidenceFile[];
  reports: { total: number };
}
export interface Report {
  id: string;
  published_at: string;
  outlet: string;
  title: string;
  text: string;
  url?: string;
}
export interface TimelineEvent {
  at: string;
  kind: string;
  title: string;
  detail?: string;
  ref?: string;
  /** "day": the source gave only a date */
  precision?: 'time' | 'day';
}
/** a cell's logged change as GET /api/cases/:id/matrix/history lists it (the case id is the route's) */
export type RatingChange = Omit<RatingChangeRecord, 'case_id'>;
export interface KeyJudgment {
  id: string;
  kind: string;
  text: string;
  evidence: string[];
}
