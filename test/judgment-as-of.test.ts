/**
 * Assessing a case as of a past moment (docs/assessment.md "Judgment over time"): only the records available
 * by then, only the ratings logged by then, the engines on the same cut, and every format says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { examplesDir } from '../src/app/paths.js';
import { assessTarget, renderAssessment } from '../src/app/assess.js';
import { setRating } from '../src/app/ratings.js';
import { availabilityOf, caseAsOf, isoMs } from '../src/core/case/availability.js';
import { matrixAsOf, overridesAsOf } from '../src/core/hypotheses/ratings-as-of.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';

const aleppo = path.join(examplesDir, 'aleppo-2018-11-24');
const dir = tempDir();
let ws: Workspace;
const saved = process.env.ASSAY_NOW;
beforeAll(async () => {
  // the workspace's clock: the analyst's rating below is logged at 10 Dec 2018 00:00 UTC
  process.env.ASSAY_NOW = '2018-12-10T00:00:00Z';
  ws = await openWorkspace({ db: path.join(dir, 'ws.db') });
  await importBundle(ws, aleppo);
});
afterAll(async () => {
  await ws.close();
  if (saved === undefined) delete process.env.ASSAY_NOW;
  else process.env.ASSAY_NOW = saved;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('available_at defaults', () => {
  const ev = '2018-11-24T18:50:00Z';
  it('takes the record\'s own date, else the event time; a bare date on the event day counts from the event', () => {
    expect(availabilityOf('testimony', { recorded_at: '2018-11-25T10:00:00Z' }, ev)).toEqual({ ms: isoMs('2018-11-25T10:00:00Z'), basis: 'own-date' });
    expect(availabilityOf('testimony', { available_at: '2018-12-01', recorded_at: '2018-11-25' }, ev)).toEqual({ ms: isoMs('2018-12-01'), basis: 'given' });
    expect(availabilityOf('matrix-item', {}, ev)).toEqual({ ms: isoMs(ev), basis: 'event-time' });
    expect(availabilityOf('report', { published_at: '2018-11-24' }, ev).ms).toBe(isoMs(ev));
    expect(availabilityOf('report', { published_at: '2018-11-23' }, ev).ms).toBe(isoMs('2018-11-23T00:00:00Z'));
    // a sample result without a date of its own is known when its sample is
    const sample = availabilityOf('sample', { collected_at: '2018-11-25' }, ev);
    expect(availabilityOf('sample-result', {}, ev, sample).ms).toBe(isoMs('2018-11-25'));
  });
});

describe('ratings as of a moment (from the rating log)', () => {
  const item = { id: 'e-1', label: 'x', credibility: 'medium' as const, relevance: 'medium' as const, ratings: { h1: 'CC' as const }, citations: [] };
  const log = [
    { item_id: 'e-1', hypothesis_id: 'h1', seq: 1, old_rating: 'C', new_rating: 'I', by: 'a', why: 'w', at: '2018-12-01T00:00:00Z' },
    { item_id: 'e-1', hypothesis_id: 'h1', seq: 2, old_rating: 'I', new_rating: 'CC', by: 'a', why: 'w', at: '2018-12-05T00:00:00Z' },
    { item_id: 'eng:x', hypothesis_id: 'h1', seq: 1, old_rating: null, new_rating: 'II', by: 'a', why: 'w', at: '2018-12-03T00:00:00Z' },
  ];
  it('undoes changes made after the moment', () => {
    expect(matrixAsOf([item], log, isoMs('2018-11-30'))[0].ratings.h1).toBe('C');
    expect(matrixAsOf([item], log, isoMs('2018-12-02'))[0].ratings.h1).toBe('I');
    expect(matrixAsOf([item], log, isoMs('2018-12-06'))[0].ratings.h1).toBe('CC');
    expect(overridesAsOf(log, new Set(['e-1']), isoMs('2018-12-02'))).toEqual([]);
    expect(overridesAsOf(log, new Set(['e-1']), isoMs('2018-12-04')).map((o) => o.rating)).toEqual(['II']);
  });
});

describe('assay assess --as-of (Aleppo 24 Nov 2018)', () => {
  it('before the first report: no evidence, and says so', async () => {
    const r = await assessTarget(ws, 'aleppo-2018-11-24', { asOf: new Date('2018-11-24T12:00:00Z') });
    const a = r.assessment;
    expect(a.as_of?.no_evidence).toBe(true);
    expect(a.as_of?.statement).toMatch(/^as of 24 Nov 2018 12:00 UTC: \d+ of \d+ items; none bears on the hypotheses yet/);
    expect(a.evidence).toEqual([]);
    expect(a.findings).toEqual([]);
    for (const h of a.hypotheses) expect(h.posterior).toBeCloseTo(1 / a.hypotheses.length, 9);
  });

  it('weighs only what was available then, the engines on the same cut, and every format says so', async () => {
    const asOf = new Date('2018-11-25T12:00:00Z');
    const r = await assessTarget(ws, 'aleppo-2018-11-24', { asOf });
    const a = r.assessment;
    const whole = await assessTarget(ws, 'aleppo-2018-11-24');
    const cut = caseAsOf(whole.view, asOf.getTime());
    expect(a.as_of!.statement).toMatch(/^as of 25 Nov 2018 12:00 UTC: (\d+) of (\d+) items/);
    expect(a.as_of!.items).toBeLessThan(a.as_of!.of);
    expect(a.as_of!.by_kind['analyst items']).toEqual([cut.matrix.length, whole.view.matrix.length]);
    // analyst rows: only the items available by then (the U.S. and OPCW items came later)
    const analyst = a.evidence.filter((e) => e.origin === 'analyst').map((e) => e.id);
    expect(analyst.sort()).toEqual(cut.matrix.map((m) => m.id).sort());
    expect(analyst).not.toContain('e-state-dept-teargas');
    expect(analyst).not.toContain('e-opcw-not-established');
    // the agent differential read only the testimonies known by then
    const agent = a.findings.find((f) => f.engine === 'agent-differential');
    const known = new Set(cut.testimonies.map((t) => t.id));
    for (const id of agent?.evidence ?? []) expect(known.has(id)).toBe(true);
    // the narrative engine saw only the reports published by then
    const reportsThen = a.as_of!.by_kind.reports;
    expect(reportsThen[0]).toBeLessThan(reportsThen[1]);
    expect(r.outlets.reduce((n, o) => n + o.count, 0)).toBe(reportsThen[0]);
    const md = String(await renderAssessment(ws, r, 'md'));
    expect(md).toContain(a.as_of!.statement);
    const html = String(await renderAssessment(ws, r, 'html'));
    expect(html).toContain('As of</th>');
    const stix = JSON.parse(String(await renderAssessment(ws, r, 'stix')));
    const report = stix.objects.find((o: { type: string }) => o.type === 'report');
    expect(report.description.startsWith('As of 25 Nov 2018 12:00 UTC')).toBe(true);
    expect(report.x_assay_as_of).toBe('2018-11-25T12:00:00.000Z');
    // without --as-of nothing says "as of"
    expect(whole.assessment.as_of).toBeUndefined();
  });

  it('a rating made after the moment is ignored by --as-of before it, weighed after it', async () => {
    const item = 'e-afp-photographer';
    const before = (await assessTarget(ws, 'aleppo-2018-11-24', { asOf: new Date('2018-12-09T00:00:00Z') })).assessment;
    const rowBefore = before.evidence.find((e) => e.id === item)!;
    const oldRating = rowBefore.ratings?.['h-staged-no-chemical'] ?? null;
    expect(oldRating).not.toBe('II');
    // logged at the workspace clock, 10 Dec 2018 00:00 UTC
    const ch = await setRating(ws, 'aleppo-2018-11-24', item, 'h-staged-no-chemical', 'II', { actor: 'analyst-1', why: 'the AFP photographer saw the patients himself' });
    expect(ch.at).toBe('2018-12-10T00:00:00.000Z');
    const ignored = (await assessTarget(ws, 'aleppo-2018-11-24', { asOf: new Date('2018-12-09T00:00:00Z') })).assessment;
    expect(ignored.evidence.find((e) => e.id === item)!.ratings?.['h-staged-no-chemical'] ?? null).toBe(oldRating);
    expect(ignored.hypotheses.map((h) => h.posterior)).toEqual(before.hypotheses.map((h) => h.posterior));
    expect(ignored.as_of!.ratings_ignored).toBe(1);
    expect(ignored.as_of!.statement).toContain('1 later rating change not weighed');
    const weighed = (await assessTarget(ws, 'aleppo-2018-11-24', { asOf: new Date('2018-12-11T00:00:00Z') })).assessment;
    expect(weighed.evidence.find((e) => e.id === item)!.ratings?.['h-staged-no-chemical']).toBe('II');
    expect(weighed.as_of!.ratings_ignored).toBe(0);
  });

  it('the CLI takes --as-of and refuses a bad time with exit 2', async () => {
    const ok = await runCli(['assess', aleppo, '--as-of', '2018-11-25T12:00Z']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/as of 25 Nov 2018 12:00 UTC: \d+ of \d+ items/);
    const bad = await runCli(['assess', aleppo, '--as-of', '25/11/2018']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of');
  });
});
