/**
 * JSON Schemas (draft 2020-12) of every case-bundle file, generated from the zod schemas so the document
 * and the validator can never disagree. `assay schema` prints them; docs/schema/ holds the committed copies
 * (a test fails when they are stale).
 */
import { AssayError } from '../errors.js';
import { z } from 'zod';
import {
  Case,
  Consequence,
  EvidenceCapture,
  HypothesesFile,
  MunitionObservation,
  RatingLogEntry,
  Report,
  Sample,
  SiteControl,
  Source,
  Testimony,
} from './schemas.js';

export const BUNDLE_FILES: Record<string, { schema: z.ZodType; description: string }> = {
  'case.yaml': { schema: Case, description: 'The case: what is alleged, when, where, who claimed what, and authoritative conclusions (required).' },
  'sources.yaml': { schema: z.array(Source), description: 'Outlets, people and organisations, with affiliation and Admiralty reliability grade.' },
  'reports.jsonl': { schema: Report, description: 'One media report per line (reports.csv takes the same fields as columns).' },
  'testimonies.yaml': { schema: z.array(Testimony), description: 'What witnesses, medics and officials said they saw, smelled and treated.' },
  'munitions.yaml': { schema: z.array(MunitionObservation), description: 'Munition remnants seen in photos or on site.' },
  'samples.yaml': { schema: z.array(Sample), description: 'Physical samples, their chain of custody and laboratory results.' },
  'site-control.yaml': { schema: z.array(SiteControl), description: 'Which party held the site, from when to when.' },
  'hypotheses.yaml': { schema: HypothesesFile, description: 'Competing hypotheses with structured attributes, and optionally the analyst-rated ACH matrix.' },
  'evidence.yaml': { schema: z.array(EvidenceCapture), description: 'Capture records (Berkeley Protocol) for files in evidence/.' },
  'ratings.yaml': { schema: z.array(RatingLogEntry), description: "The case's rating log as `assay export` writes it: every analyst change of a matrix cell (an analyst item or an engine's cell), with who, when and why, oldest first." },
  'consequences.yaml': { schema: z.array(Consequence), description: 'Actions that followed the incident and were justified by it or reacted to it (strikes, statements, sanctions, investigations), each cited.' },
};

export function bundleJsonSchema(file: string): Record<string, unknown> {
  const entry = BUNDLE_FILES[file];
  if (!entry) throw new AssayError('internal', `no schema for ${file}`) // a caller names a bundle file this table lacks: a bug;
  const schema = z.toJSONSchema(entry.schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: `https://assay.invalid/schema/${file.replace(/\.\w+$/, '')}.json`, title: file, description: entry.description, ...schema };
}
