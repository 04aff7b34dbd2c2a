/**
 * The narrative baseline as data with its derivation: at least 8 past events (2013-2018), each with its sources,
 * the focal story, who carried it and when, its resolution and whether it was real or disputed; re-deriving it
 * with the command reproduces the committed table exactly.
 */
import { capabilities } from '../src/app/workspace.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { rebuildBaselines } from '../src/app/narrative-baselines.js';
import { analyseReports, loadBaselines, narrativeChart, narrativeFinding, withBaseline } from '../src/app/narrative.js';
import { examplesDir, sharedDataDir } from '../src/app/paths.js';
import { ENGINES, narrativeEngine, type Engine } from '../src/app/engines.js';
import { openWorkspace } from '../src/app/workspace.js';
import { assessTarget } from '../src/app/assess.js';
import { buildBrief } from '../src/core/report/brief.js';
import type { BaselineTable } from '../src/core/narrative/narrative-baseline.js';

describe('narrative baselines', () => {
  it('assay narrative baselines --json lists >= 8 events with status, sources, focal story and resolution', async () => {
    const r = await runCli(['narrative', 'baselines', '--json']);
    expect(r.code).toBe(0);
    const t = r.json();
    expect(t.events.length).toBeGreaterThanOrEqual(8);
    for (const e of t.events) {
      expect(['real', 'unresolved', 'disputed']).toContain(e.status);
      expect(e.status_source).toBeTruthy();
      expect(e.time_source).toBeTruthy();
    }
    expect(t.events.find((e: { id: string }) => e.id === 'ghouta-2013')).toMatchObject({ status: 'real', focal_outlets: ['Sputnik', 'Al-Alam'], days_to_k: 11 });
    expect(t.events.find((e: { id: string }) => e.id === 'khan-shaykhun-2017')).toMatchObject({ status: 'real', focal_narrative: 'n-opposition' });
    // the tweets (minute timestamps) are read for every event; per-source counts say what each file gave
    const douma = t.events.find((e: { id: string }) => e.id === 'douma-2018');
    expect(douma.sources).toContain('state-troll-tweets/iranian_unseen.csv');
    expect(douma.source_items['state-troll-tweets/iranian_unseen.csv']).toBeGreaterThanOrEqual(1);
    expect(douma.source_items['examples/douma-2018-04-07/reports.jsonl']).toBe(9);
    expect(t.prescripted_prior.judgment).toBe(true);
    expect(t.derivation).toContain('assay narrative baselines --rebuild');
  });

  it.skipIf(!fs.existsSync(path.join(sharedDataDir, 'fakes-syria-news/fakes.csv')))('re-deriving with the command reproduces the committed table', async () => {
    const out = path.join(tempDir(), 'b.json');
    await rebuildBaselines(capabilities, { out });
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(capabilities.knowledge.path('narrative-baselines.json'), 'utf8'));
  }, 120_000);
});

describe('the narrative line in the assessment and the report', () => {
  const aleppo = path.join(examplesDir, 'aleppo-2018-11-24');
  const briefOf = async (engines: readonly Engine[]) => {
    const r = await assessTarget(await openWorkspace({ db: ':memory:', engines }), aleppo);
    const row = r.assessment.evidence.find((e) => e.origin === 'engine' && e.id.startsWith('narrative:'))!;
    return { row, weights: buildBrief(r.assessment, r.view.case).weights };
  };

  it('without a ratio: the finding says why in its label, weighs nothing, and the brief says it does not move the result', async () => {
    const { row, weights } = await briefOf(ENGINES);
    expect(row.reliability).toBe(0);
    expect(row.label).toMatch(/^narrative convergence: no likelihood ratio \(\d usable past events, 5 needed\)$/);
    expect(row.explanation).toContain('fewer than the 5 a ratio needs; left out: kafr-zita-2014');
    const w = weights.find((x) => x.items.includes(row.id))!;
    expect(w.text).toBe(`The engine finding "${row.label}" does not move the result: its reliability is 0.`);
  }, 120_000);

  it('with a ratio (a baseline of 6 usable events slower than Aleppo): the finding enters with its ratio and reliability, and the brief shows how far it moved the leader', async () => {
    // the committed table's usable events plus two more that took 8 and 10 days: a table that supports a ratio
    const real = loadBaselines(capabilities.knowledge);
    const usable = real.events.filter((e) => e.status === 'real' && e.coverage_ok);
    const table: BaselineTable = {
      ...real,
      events: [...usable, { ...usable[0], id: 'extra-1', event_time: '2014-01-01T00:00:00Z', days_to_k: 8 }, { ...usable[0], id: 'extra-2', event_time: '2015-01-01T00:00:00Z', days_to_k: 10 }],
    };
    const withTable: Engine = {
      ...narrativeEngine,
      stepper: undefined,
      async findings(input) {
        const rep = withBaseline(await analyseReports(capabilities, input.reports(), { eventTime: input.case.when.at }), table);
        return { findings: [narrativeFinding(rep)], charts: [{ title: 'narrative', svg: narrativeChart(rep) }] };
      },
    };
    const { row, weights } = await briefOf(ENGINES.map((e) => (e.name === 'narrative' ? withTable : e)));
    expect(row.label).toMatch(/^narrative convergence: LR pre-scripted\/organic [\d.]+ \[[\d.]+, [\d.]+\]$/);
    expect(row.reliability).toBeGreaterThan(0);
    const lr = Number(row.label.match(/organic ([\d.]+)/)![1]);
    expect(lr).toBeGreaterThan(1); // Aleppo's story reached 2 outlets on the event's day; 5 of 6 past events took days
    const w = weights.find((x) => x.items.includes(row.id))!;
    expect(Math.abs(w.shift)).toBeGreaterThan(0.0005);
    expect(w.text).toMatch(/^(?:Without "narrative convergence: LR|The engine finding "narrative convergence: LR .* moves ")/);
  }, 120_000);
});
