/**
 * Golden files of every generated artifact (Markdown, HTML, STIX), deterministic with a fixed clock.
 * Regenerate after an intended change with UPDATE_GOLDEN=1 and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownReport } from '../src/core/report/markdown-report.js';
import { htmlReport } from '../src/core/report/html-report.js';
import { buildStixBundle } from '../src/core/stix/stix-bundle.js';
import { fixtureAssessment, goldenDir, NOW, sha1 } from './golden/fixtures.js';

function golden(name: string, actual: string) {
  const file = path.join(goldenDir, name);
  // a missing golden file fails: it is written only when asked (UPDATE_GOLDEN=1), then reviewed in the diff
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  expect(fs.existsSync(file), `${name} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('golden reports', async () => {
  const { bundle, assessment, outlets } = await fixtureAssessment();
  it('Markdown', () => golden('assessment.md', markdownReport({ assessment, case: bundle.case })));
  it('HTML (standalone, SVG charts)', () => {
    const html = htmlReport({ assessment, case: bundle.case });
    expect(html).not.toMatch(/<script|<link |src="http/);
    expect(html.match(/<svg /g)?.length).toBe(2);
    golden('assessment.html', html);
  });
  it('Markdown with evidence as rows', () => golden('assessment-evidence-rows.md', markdownReport({ assessment, case: bundle.case, layout: 'evidence-as-rows' })));
  it('STIX 2.1 bundle', () => {
    const b = buildStixBundle({ assessment, case: bundle.case, sources: bundle.sources, evidence: bundle.evidence, outlets, now: NOW, sha1 });
    golden('assessment.stix.json', JSON.stringify(b, null, 2) + '\n');
  });
  it('is deterministic: the same inputs give the same bytes', async () => {
    const again = await fixtureAssessment();
    expect(markdownReport({ assessment: again.assessment, case: again.bundle.case })).toBe(markdownReport({ assessment, case: bundle.case }));
  });
});
