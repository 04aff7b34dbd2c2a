/**
 * Parsing and validating the JSON input of `assay agents` and `assay munitions` (and the HTTP equivalents):
 * precise bad_input errors with the JSON path, and for malformed JSON the line and column.
 */
import { z } from 'zod';
import { badInput, issuesToErrors, type ErrorData } from '../errors.js';
import type { Account, DifferentialContext } from './agent-differential.js';

/** JSON.parse with the error position turned into line:column. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    let where = file;
    // Node 20 gives no position for truncated input ("Unexpected end of JSON input"): the end of the text
    const pos = m ? Number(m[1]) : /end of JSON input/i.test(msg) ? text.replace(/\s+$/, '').length : -1;
    if (pos >= 0) {
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      where = `${file}:${line}:${col}`;
    }
    throw badInput(`invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '')}`, where);
  }
}

const Role = z.enum(['witness', 'medic', 'official', 'journalist', 'other']);

const ReportIn = z
  .object({
    id: z.string().optional(),
    text: z.string().optional(),
    role: Role.optional(),
    reliability: z.number().min(0).max(1).optional(),
    credibility: z.number().int().min(1).max(6).optional(),
    features: z.record(z.string(), z.boolean()).optional(),
  })
  .refine((r) => (r.text !== undefined && r.text.trim() !== '') || (r.features && Object.keys(r.features).length > 0), {
    message: 'a report needs "text" or "features"',
  });

const AgentsIn = z.object({
  reports: z.array(ReportIn).min(1, 'needs at least one report'),
  context: z
    .looseObject({
      threshold: z.number().gt(0).lt(1).optional(),
      priors: z.record(z.string(), z.number().nonnegative()).optional(),
    })
    .optional(),
});

/** Throws every zod issue as one bad_input error, each named by its JSON path. */
export function failWithIssues(issues: z.core.$ZodIssue[], file: string): never {
  const details = issuesToErrors(issues);
  throw badInput(`${details[0].path}: ${details[0].message}`, file, details.length > 1 ? details : []);
}

/**
 * Keys of `obj` outside `known`, as warnings "path: unknown key \"k\" (ignored)". Unknown keys are ignored, not
 * refused, so that files carrying notes still run; both `assay agents` and `assay munitions` print these on stderr.
 */
export function unknownKeyWarnings(obj: unknown, known: string[], where: string): string[] {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return [];
  return Object.keys(obj)
    .filter((k) => !known.includes(k))
    .map((k) => `${where ? `${where}.` : ''}${k}: unknown key (ignored; known: ${known.join(', ')})`);
}

export const AGENTS_TOP_KEYS = ['reports', 'context'];
export const AGENTS_CONTEXT_KEYS = ['threshold', 'priors'];
export const AGENTS_REPORT_KEYS = ['id', 'text', 'role', 'reliability', 'credibility', 'features'];

/** Validates `assay agents` input; feature ids and prior ids are checked against the knowledge base. */
export function parseAgentsInput(
  raw: unknown,
  file: string,
  known: { features: Set<string>; priorIds: Set<string> },
): { accounts: Account[]; context: DifferentialContext; warnings: string[] } {
  const value = Array.isArray(raw) ? { reports: raw } : raw;
  const v = value as { context?: unknown; reports?: unknown };
  const warnings = [
    ...unknownKeyWarnings(value, AGENTS_TOP_KEYS, ''),
    ...unknownKeyWarnings(v?.context, AGENTS_CONTEXT_KEYS, 'context'),
    ...(Array.isArray(v?.reports) ? v.reports.flatMap((r, i) => unknownKeyWarnings(r, AGENTS_REPORT_KEYS, `reports.${i}`)) : []),
  ];
  const r = AgentsIn.safeParse(value);
  if (!r.success) failWithIssues(r.error.issues, file);
  const problems: ErrorData[] = [];
  r.data.reports.forEach((rep, i) => {
    for (const k of Object.keys(rep.features ?? {}))
      if (!known.features.has(k))
        problems.push({ code: 'bad_input', path: `reports.${i}.features.${k}`, message: `unknown feature "${k}" (see \`assay agents --list-features\`)` });
  });
  for (const k of Object.keys(r.data.context?.priors ?? {}))
    if (!known.priorIds.has(k)) problems.push({ code: 'bad_input', path: `context.priors.${k}`, message: `unknown agent or class "${k}"` });
  if (problems.length) throw badInput(`${problems[0].path}: ${problems[0].message}`, file, problems.length > 1 ? problems : []);
  return {
    accounts: r.data.reports,
    context: { threshold: r.data.context?.threshold, priors: r.data.context?.priors },
    warnings,
  };
}
