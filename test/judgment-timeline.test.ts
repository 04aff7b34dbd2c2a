/**
 * Judgment over time (docs/assessment.md "Judgment over time") on the three bundled cases: a point at each
 * moment the evidence changed, posteriors summing to 1, item counts never decreasing, the last point equal
 * to the assessment of the case as it stands, and the report saying when the leader reached its final band
 * beside the dates of the official assessments and the investigations' reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { examplesDir } from '../src/app/paths.js';
import { assessTarget, renderAssessment } from '../src/app/assess.js';
import { setRating } from '../src/app/ratings.js';
import { caseTimeline } from '../src/app/timeline.js';
import { bandReach, caseMilestones, type TimelinePoint } from '../src/core/hypotheses/judgment-timeline.js';
import { judgmentChart } from '../src/core/report/judgment-chart.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';

const dir = tempDir();
let ws: Workspace;
beforeAll(async () => {
  ws = await openWorkspace({ db: path.join(dir, 'ws.db') });
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const point = (at: string, leading: string, words: string): TimelinePoint => ({ at, items: 1, posteriors: { [leading]: 1 }, leading, words, confidence: 'low' });

describe('band reach', () => {
  it('first reached, and the start of the last run in the final band', () => {
    const pts = [point('2018-01-01T00:00:00.000Z', 'a', 'likely'), point('2018-01-02T00:00:00.000Z', 'a', 'very likely'), point('2018-01-03T00:00:00.000Z', 'b', 'likely'), point('2018-01-04T00:00:00.000Z', 'a', 'very likely'), point('2018-01-05T00:00:00.000Z', 'a', 'very likely')];
    expect(bandReach(pts)).toEqual({ hypothesis: 'a', words: 'very likely', first_reached: '2018-01-02T00:00:00.000Z', stayed_from: '2018-01-04T00:00:00.000Z' });
    expect(bandReach([])).toBeNull();
  });
});

const CASES = [
  { id: 'aleppo-2018-11-24', official: ['4 Dec 2018', '7 Dec 2018', '1 Oct 2020'] },
  { id: 'douma-2018-04-07', official: ['6 Jul 2018', '1 Mar 2019', '27 Jan 2023'] },
  { id: 'khan-shaykhun-2017-04-04', official: ['29 Jun 2017', '26 Oct 2017'] },
];

describe.each(CASES)('timeline of $id', ({ id, official }) => {
  const bundle = path.join(examplesDir, id);
  it('points at each moment, posteriors sum to 1, items never decrease, the last equals the assessment now', async () => {
    const t = await caseTimeline(ws, bundle);
    expect(t.points.length).toBeGreaterThan(5);
    let prev = -Infinity;
    let items = 0;
    for (const p of t.points) {
      expect(Date.parse(p.at)).toBeGreaterThan(prev);
      prev = Date.parse(p.at);
      expect(p.items).toBeGreaterThanOrEqual(items);
      items = p.items;
      expect(Object.values(p.posteriors).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(Object.keys(p.posteriors).sort()).toEqual(t.hypotheses.map((h) => h.id).sort());
      expect(p.posteriors[p.leading]).toBe(Math.max(...Object.values(p.posteriors)));
    }
    const now = (await assessTarget(ws, bundle)).assessment;
    const last = t.points[t.points.length - 1];
    expect(last.leading).toBe(now.leading);
    for (const h of now.hypotheses) expect(last.posteriors[h.id]).toBeCloseTo(h.posterior, 9);
    expect(last.confidence).toBe(now.confidence);
    // every point is the as-of assessment of its moment (checked at three of them)
    for (const p of [t.points[1], t.points[Math.floor(t.points.length / 2)], last]) {
      const a = (await assessTarget(ws, bundle, { asOf: new Date(p.at) })).assessment;
      expect(a.leading).toBe(p.leading);
      expect(a.as_of!.items).toBe(p.items);
      for (const h of a.hypotheses) expect(p.posteriors[h.id]).toBeCloseTo(h.posterior, 6);
    }
    expect(t.final_band?.hypothesis).toBe(now.leading);
    expect(t.final_band?.first_reached).not.toBeNull();
    expect(Date.parse(t.final_band!.stayed_from!)).toBeGreaterThanOrEqual(Date.parse(t.final_band!.first_reached!));
    expect(t.milestones.some((m) => m.kind === 'first-claim')).toBe(true);
    expect(t.milestones.some((m) => m.kind === 'first-denial')).toBe(true);
  });

  it('the HTML report draws judgment over time and says when the leader reached its final band beside the official dates', async () => {
    const html = String(await renderAssessment(ws, await assessTarget(ws, bundle), 'html'));
    const m = /Judgment over time: with the material public at the time, [^<]*? first reached ([a-z ]+ \(\d+-\d+%\)) on (\d+ \w+ \d{4})/.exec(html.replace(/&quot;/g, '"'));
    expect(m, 'the summary sentence').not.toBeNull();
    for (const d of official) expect(html).toContain(d);
    expect(html).toContain('aria-label="Judgment over time"');
  });
});

describe('the Aleppo timeline, as its sources dated the evidence', () => {
  // with the witness accounts counted once (docs/assessment.md "Calibration audit"), open sources alone put the
  // leader at the edge of its final band within days (25 Nov until session 6; 27 Nov since session 7's agent round,
  // which reads the first-day accounts closer to even between choking and riot-control). Since session 8's refit of the
  // context saliences (knowledge/agents.yaml: an undescribed incendiary delivery 0.3 -> 0.2, pool 0.2 -> 0.3, fitted on
  // development) the 27 Nov point stands at 0.5499 against 0.5504 before, a hair under the 'likely' edge of 0.55, so the
  // band is first reached on 4 Dec 2018, the day of the first U.S. statement, never after it; the OPCW report did not
  // change the band. Since session 21 (the differential reads 'two were in critical condition' as casualties in
  // intensive care, which argues against mass psychogenic illness, boss-1997 / jones-2000, and weighs the same for tear
  // gas as for every poison, haar-2017) the first-day accounts put the leader at 0.554 on 25 Nov (13:46), 0.569 on 27 Nov,
  // under the edge again on 28 Nov (0.548) and in the band for good from 4 Dec: the band is first reached from open sources
  // on 25 Nov, again as until session 6, and stays from the first U.S. statement. Since session 28 (room agabs: the
  // signature nobody mentioned, docs/agent-differential.md §4 step 3d, §7.00055-agabs: three medics' accounts of the
  // casualties, none naming chlorine's bleach smell, count against chlorine, pooled) the first-day accounts put the leader at
  // 0.561 on 25 Nov (13:46), 0.574 on 27 Nov and 0.552 on 28 Nov, in the band throughout: it stays from 25 Nov, from open
  // sources, before either U.S. statement
  it('the leader reached its final band from open sources, by the U.S. statements; the OPCW report in 2020 did not change the band', async () => {
    const t = await caseTimeline(ws, path.join(examplesDir, 'aleppo-2018-11-24'));
    expect(t.final_band).toMatchObject({ hypothesis: 'h-regime-teargas-false-flag', words: 'likely (55-80%)' });
    const us = t.milestones.filter((m) => m.from === 'conclusions' && m.label.startsWith('U.S.')).map((m) => m.at);
    expect(us).toHaveLength(2);
    for (const at of us) expect(Date.parse(t.final_band!.first_reached!)).toBeLessThanOrEqual(Date.parse(at));
    expect(t.final_band!.first_reached!.slice(0, 10)).toBe('2018-11-25');
    expect(t.final_band!.stayed_from!.slice(0, 10)).toBe('2018-11-25');
    // the open sources of 27 Nov put the leader in the band (0.580 with the odour group's silence at 0.5; 0.574 at agabs's 0.6), still the leader
    const nov27 = t.points.filter((p) => p.at.startsWith('2018-11-27')).at(-1)!;
    expect(nov27.leading).toBe('h-regime-teargas-false-flag');
    expect(nov27.posteriors['h-regime-teargas-false-flag']).toBeCloseTo(0.580, 2);
    const opcw = t.milestones.find((m) => m.label === 'OPCW Fact-Finding Mission in Syria (report S/1902/2020)')!;
    expect(Date.parse(t.final_band!.stayed_from!)).toBeLessThan(Date.parse(opcw.at));
    const svg = judgmentChart(t);
    expect(svg).toMatch(/first likely: 25 Nov 2018/);
  });

  it('a rating made later is a moment of its own: points before it keep the old rating', async () => {
    await importBundle(ws, path.join(examplesDir, 'aleppo-2018-11-24'));
    const before = await caseTimeline(ws, 'aleppo-2018-11-24');
    const saved = ws.now;
    (ws as { now: () => Date }).now = () => new Date('2019-06-01T00:00:00Z');
    try {
      await setRating(ws, 'aleppo-2018-11-24', 'e-afp-photographer', 'h-staged-no-chemical', 'CC', { actor: 'analyst-1', why: 'test: a late re-rating' });
    } finally {
      (ws as { now: () => Date }).now = saved;
    }
    const after = await caseTimeline(ws, 'aleppo-2018-11-24');
    expect(after.points.length).toBe(before.points.length + 1);
    const at = after.points.findIndex((p) => p.at === '2019-06-01T00:00:00.000Z');
    expect(at).toBeGreaterThan(0);
    for (let i = 0; i < at; i++) expect(after.points[i].posteriors).toEqual(before.points[i].posteriors);
    expect(after.points[at].posteriors['h-staged-no-chemical']).toBeGreaterThan(after.points[at - 1].posteriors['h-staged-no-chemical']);
    expect(after.points[at].items).toBe(after.points[at - 1].items);
  });
});

describe('milestones and the CLI', () => {
  it('milestones come from claims, conclusions and consequences, in time order', () => {
    const m = caseMilestones(
      { id: 'x', title: 'x', when: { at: '2018-01-01T10:00:00Z' }, place: { name: 'p' }, claims: [{ claimant: 'B', claimed_at: '2018-01-02', agent: 'none', citations: [] }, { claimant: 'A', claimed_at: '2018-01-01', agent: 'chlorine', citations: [] }], conclusions: [{ by: 'OPCW Fact-Finding Mission', published_at: '2019-01-01', text: 't', citations: [] }, { by: 'U.S. Department of State', published_at: '2018-02-01', text: 't', citations: [] }], tags: [], citations: [] },
      [],
    );
    expect(m.map((x) => [x.kind, x.at])).toEqual([
      ['first-claim', '2018-01-01T10:00:00.000Z'],
      ['first-denial', '2018-01-02T00:00:00.000Z'],
      ['official-assessment', '2018-02-01T00:00:00.000Z'],
      ['investigation', '2019-01-01T00:00:00.000Z'],
    ]);
  });

  it('assay assess --timeline --json follows the contract', async () => {
    const r = await runCli(['assess', path.join(examplesDir, 'khan-shaykhun-2017-04-04'), '--timeline', '--json']);
    expect(r.code).toBe(0);
    const t = r.json();
    expect(Object.keys(t.points[0]).sort()).toEqual(['at', 'confidence', 'items', 'leading', 'posteriors', 'words']);
    expect(t.final_band.hypothesis).toBe(t.points[t.points.length - 1].leading);
    const text = await runCli(['assess', path.join(examplesDir, 'khan-shaykhun-2017-04-04'), '--timeline']);
    expect(text.stdout).toContain('Judgment over time: khan-shaykhun-2017-04-04');
    expect((await runCli(['assess', path.join(examplesDir, 'khan-shaykhun-2017-04-04'), '--timeline', '--as-of', '2017-05-01'])).code).toBe(2);
  });
});
