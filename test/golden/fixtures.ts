/** Shared inputs of the assessment tests: the golden fixture bundle and hand-made engine findings. */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/core/case/schemas.js';
import { readBundle } from '../../src/adapters/readers/bundle-reader.js';
import { readReports } from '../../src/adapters/readers/report-reader.js';
import { assessCase, type Assessment } from '../../src/core/hypotheses/case-assessment.js';
import { buildBrief } from '../../src/core/report/brief.js';
import type { OutletSummary } from '../../src/core/stix/stix-bundle.js';

export const goldenDir = path.dirname(fileURLToPath(import.meta.url));
export const fixtureDir = path.join(goldenDir, 'fixture-case');
export const NOW = new Date('2026-11-25T09:00:00.000Z');
export const sha1 = (b: Uint8Array) => new Uint8Array(createHash('sha1').update(b).digest());

export const FINDINGS: Finding[] = [
  {
    engine: 'agent-differential',
    attribute: 'agent',
    likelihoods: { chlorine: 0.5, cs: 0.1, none: 0.02, sarin: 0.01 },
    reliability: 0.8,
    evidence: ['t-1', 't-2'],
    explanation: 'Bleach odour and breathing difficulty without miosis fit chlorine best.',
    label: 'Signs and odour fit chlorine',
  },
  {
    engine: 'narrative',
    attribute: 'story',
    likelihoods: { organic: 0.3, 'pre-scripted': 0.6 },
    reliability: 0.7,
    evidence: ['r1', 'r2'],
    explanation: 'State outlets converged on one account within an hour.',
    label: 'Fast convergence of state outlets',
  },
  {
    engine: 'custody',
    attribute: 'item-integrity',
    likelihoods: {},
    reliability: 0.6,
    evidence: ['s-1'],
    explanation: 'Sample s-1 was held by a party to the conflict for two days before sealing.',
    label: 'Sample s-1 custody',
  },
];

export async function fixtureAssessment(findings = FINDINGS) {
  const { bundle, reportFiles } = readBundle(fixtureDir);
  const assessment: Assessment = assessCase({ case: bundle.case, hypotheses: bundle.hypotheses, matrix: bundle.matrix, findings, samples: bundle.samples, now: NOW });
  // as the app does (src/app/assess.ts): the brief resolves citations through the bundle's records
  assessment.brief = buildBrief(assessment, bundle.case, bundle);
  const byOutlet = new Map<string, OutletSummary>();
  for (const f of reportFiles)
    for await (const batch of readReports(f))
      for (const r of batch) {
        const o = byOutlet.get(r.outlet) ?? { outlet: r.outlet, count: 0, first: r.published_at, last: r.published_at };
        o.count++;
        if (r.published_at < o.first) o.first = r.published_at;
        if (r.published_at > o.last) o.last = r.published_at;
        byOutlet.set(r.outlet, o);
      }
  return { bundle, assessment, outlets: [...byOutlet.values()] };
}
