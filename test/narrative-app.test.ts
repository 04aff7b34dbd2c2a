/**
 * The narrative use case as the CLI, the assessment and the report meet it: bad input exits 2 with a
 * precise message; a stored case gives a "story" finding (equal likelihoods while the baseline is too
 * thin, said plainly) and a chart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { sqliteWorkspace, tempDir, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle } from '../src/app/cases.js';
import { caseNarrative, narrativeFinding } from '../src/app/narrative.js';
import { engineInput, narrativeEngine } from '../src/app/engines.js';
import { examplesDir } from '../src/app/paths.js';
import { Finding } from '../src/core/case/schemas.js';

describe('assay narrative (CLI)', () => {
  const dir = tempDir();
  it('exit 2 without --event-time, with a bad duration, and for a bad line naming file:line: field', async () => {
    const f = path.join(dir, 'r.jsonl');
    fs.writeFileSync(f, '{"published_at":"2018-11-24T20:00:00Z","outlet":"SANA","title":"t","text":"chlorine"}\n{"published_at":"yesterday","outlet":"RT","text":"x"}\n');
    let r = await runCli(['narrative', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--event-time is required');
    r = await runCli(['narrative', f, '--event-time', '2018-11-24T19:00:00Z', '--window', '2 weeks']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--window: expected a duration');
    r = await runCli(['narrative', f, '--event-time', '2018-11-24T19:00:00Z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/r\.jsonl:2: published_at/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    r = await runCli(['narrative', path.join(dir, 'missing.jsonl'), '--event-time', '2018-11-24T19:00:00Z']);
    expect(r.code).toBe(2);
  });

  it('rejects an impossible --event-time, a zero --coord-window and a --chart in a missing folder (exit 2); warns on a zone-less time', async () => {
    const f = path.join(dir, 'ok.jsonl');
    fs.writeFileSync(f, '{"published_at":"2017-03-01T20:00:00Z","outlet":"SANA","title":"t","text":"chlorine"}\n');
    let r = await runCli(['narrative', f, '--event-time', '2017-02-30T00:00:00Z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--event-time');
    expect(r.stderr).toContain('not a real date');
    r = await runCli(['narrative', f, '--event-time', '2017-03-01T00:00:00Z', '--coord-window', '0s']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--coord-window');
    r = await runCli(['narrative', f, '--event-time', '2017-03-01T00:00:00Z', '--chart', '/nonexistent/dir/c.svg']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--chart');
    expect(r.stderr).not.toContain('ENOENT');
    r = await runCli(['narrative', f, '--event-time', '2017-03-01T00:00:00', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('read as UTC');
    expect(r.json().event_time).toBe('2017-03-01T00:00:00.000Z');
  });

  it('negative lead time for a story that appears before the event; --full adds detail; --chart writes SVG', async () => {
    const f = path.join(dir, 'pre.jsonl');
    const rows = [
      ['2018-11-24T12:00:00Z', 'Russian Ministry of Defence', 'Terrorists are preparing a staged chemical provocation in Aleppo'],
      ['2018-11-24T20:00:00Z', 'SANA', 'Terrorists fired shells with chlorine at Aleppo, a provocation by the terrorists'],
      ['2018-11-24T21:00:00Z', 'Sputnik', 'A provocation by terrorists: shells with chlorine hit Aleppo'],
      ['2018-11-25T01:00:00Z', 'RT', 'Chlorine shells fired by terrorists on Aleppo, a provocation'],
    ].map(([t, o, x]) => JSON.stringify({ published_at: t, outlet: o, title: '', text: x }));
    fs.writeFileSync(f, rows.join('\n') + '\n');
    const svg = path.join(dir, 'c.svg');
    const r = await runCli(['narrative', f, '--event-time', '2018-11-24T19:00:00Z', '--json', '--full', '--chart', svg]);
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j.narratives[0]).toMatchObject({
      id: 'n-opposition',
      items: 4,
      lead_hours: -7,
      lead_days: 0,
      resolution: 'exact',
      intervals: null,
      hours_to_outlets: { '2': 1, '5': null, '10': null },
      state_affiliated_share: 1,
      claims: { agent: 'chlorine', blamed: 'opposition', staged: true, munition: 'shell' },
    });
    expect(j.detail.narratives[0].outlets[0]).toMatchObject({ name: 'Russian Ministry of Defence', hours: -7, affiliation: 'state-affiliated' });
    expect(j.detail.sensitivity).toHaveLength(6);
    expect(fs.readFileSync(svg, 'utf8')).toContain('<svg');
  });
});

describe('narrative engine', () => {
  let t: TestWorkspace;
  afterAll(async () => t?.dispose());
  it('is listed, and gives an equal-likelihood story finding that says the baseline is too thin', async () => {
    t = await sqliteWorkspace();
    expect(t.ws.engines).toContain(narrativeEngine);
    const bundle = path.join(examplesDir, 'aleppo-2018-11-24');
    await importBundle(t.ws, bundle);
    const { report, svg } = await caseNarrative(t.ws, 'aleppo-2018-11-24');
    expect(report.event_time).toBe('2018-11-24T18:50:00.000Z');
    expect(report.items).toBeGreaterThan(10);
    expect(svg).toContain('<svg');
    const f = Finding.parse(narrativeFinding(report));
    expect(f).toMatchObject({ engine: 'narrative', attribute: 'story', likelihoods: { organic: 1, 'pre-scripted': 1 } });
    expect(f.explanation).toContain('fewer than the 5 a ratio needs');
    expect(f.explanation).toContain('ltamenah-2017 (4 item(s) in the window, fewer than 8');
    expect(f.reliability).toBe(0);
    // wires reporting the accusation (AP, Reuters, Ynetnews (AP), Manila Bulletin (AP)) are not asserting outlets
    const opp = report.narratives.find((n) => n.id === 'n-opposition')!;
    for (const w of ['Associated Press', 'Reuters', 'Ynetnews (AP)', 'Manila Bulletin (AP)']) expect(opp.outlets).not.toContain(w);
    expect(opp.outlets).toEqual(expect.arrayContaining(['TASS', 'Regnum']));
    const oppDetail = report.detail.narratives.find((n) => n.id === 'n-opposition')!;
    expect(oppDetail.reporting_outlets.map((o) => o.name)).toEqual(expect.arrayContaining(['Associated Press', 'Reuters', 'Ynetnews (AP)', 'Manila Bulletin (AP)']));
    expect(report.baseline.focal_narrative).toBe('n-opposition');
    expect(f.explanation).toContain(`${opp.outlets.length} outlets`);
    // the same through the CLI, over the stored case
    const db = path.join(tempDir(), 'w.db');
    expect((await runCli(['--db', db, 'import', bundle, '--json'])).code).toBe(0);
    const cli = await runCli(['--db', db, 'narrative', '--case', 'aleppo-2018-11-24', '--json']);
    expect(cli.code).toBe(0);
    expect(cli.json()).toMatchObject({ event_time: '2018-11-24T18:50:00.000Z', items: report.items, baseline: { events: 4, likelihood_ratio: null, interval: null } });
    expect(cli.json().narratives).toEqual(report.narratives);
    const { loadCase } = await import('../src/app/cases.js');
    const view = await loadCase(t.ws, 'aleppo-2018-11-24');
    async function* stored() {
      const all = [];
      for await (const r of t.ws.store.streamReports(view.case.id)) all.push(r);
      yield all;
    }
    const { findings: found, charts } = await narrativeEngine.findings(engineInput(narrativeEngine, view, stored), t.ws);
    expect(found).toHaveLength(1);
    expect(charts?.[0].svg).toContain('<svg');
    expect(found[0].likelihoods).toEqual({ organic: 1, 'pre-scripted': 1 });
  });
});
