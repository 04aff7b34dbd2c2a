/**
 * The Aleppo bundle read as a new user would: from its real headlines and texts (paraphrases marked and left
 * out), the militants / White Helmets story is asserted by at least 3 outlets within a day of the event; the
 * State Department's statement is not "the West staged it"; the Bloomberg column stays Bloomberg's; a
 * provocation announced a month before shows up as pre-emptive; the finding either gives a ratio with an
 * interval or says exactly why not, and carries the report items behind it.
 */
import { capabilities } from '../src/app/workspace.js';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFiles, caseNarrative, narrativeFinding } from '../src/app/narrative.js';
import { importBundle } from '../src/app/cases.js';
import { examplesDir } from '../src/app/paths.js';
import { Finding } from '../src/core/case/schemas.js';
import { sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';
import { runCli } from './helpers/cli.js';

const BUNDLE = path.join(examplesDir, 'aleppo-2018-11-24');
const FILE = path.join(BUNDLE, 'reports.jsonl');

describe('Aleppo 2018 on its real reports', () => {
  let t: TestWorkspace;
  afterAll(async () => t?.dispose());
  it('militants / White Helmets: >= 3 asserting outlets, lead within a day; paraphrases never read', async () => {
    const rep = await analyseFiles(capabilities, [FILE], { eventTime: '2018-11-24T18:50:00Z' });
    expect(rep.detail.skipped_paraphrases).toBe(14);
    const n = rep.narratives.find((x) => x.id === 'n-opposition')!;
    expect(n.outlets.length).toBeGreaterThanOrEqual(3);
    expect(n.outlets).toEqual(expect.arrayContaining(['news.ru', 'Regnum', 'TASS', 'News Front', 'Life.ru']));
    expect(n.lead_days).toBe(0);
    expect(n.lead_hours).toBeLessThanOrEqual(24);
    expect(n.first_seen).toBe('2018-11-24T19:02:00.000Z');
    // Regnum's item has a date only: its window starts at the event (it tells the shelling), never snapped
    expect(n.intervals?.hours_to_outlets['2']).toEqual([0.2, 5.17]);
    // the wires that only report the accusation are listed apart
    const d = rep.detail.narratives.find((x) => x.id === 'n-opposition')!;
    expect(d.reporting_outlets.map((o) => o.name)).toEqual(expect.arrayContaining(['Associated Press', 'Reuters']));
    // the Bloomberg column is Bloomberg's (the data name it), not the site that reposted it; the State Department
    // statement is not "the West staged it"
    for (const x of rep.narratives) expect(x.outlets).not.toContain('Syrian Observatory for Human Rights');
    expect(rep.narratives.find((x) => x.id === 'n-government')?.outlets).toContain('Bloomberg');
    expect(rep.narratives.find((x) => x.id === 'n-west')?.outlets ?? []).not.toContain('U.S. Department of State');
  });

  it('assay claims shows the announced provocation of 30 Oct as pre-emptive', async () => {
    const r = await runCli(['claims', FILE, '--json']);
    expect(r.code).toBe(0);
    const first = r.json()[0];
    expect(first).toMatchObject({ line: 1, claims: { blamed: 'white-helmets', prepared: true, staged: true } });
  });

  it('the finding names why there is no ratio (or gives one with an interval) and carries the items behind the story', async () => {
    t = await sqliteWorkspace();
    const res = await importBundle(t.ws, BUNDLE);
    expect(res.warnings.join('\n')).toContain('14 report(s) marked "paraphrase": true kept out of the stored reports');
    const { report } = await caseNarrative(t.ws, 'aleppo-2018-11-24');
    const f = Finding.parse(narrativeFinding(report));
    if (f.likelihoods['pre-scripted'] === 1) {
      expect(f.reliability).toBe(0);
      expect(f.explanation).toMatch(/fewer than the \d+ a ratio needs/);
      expect(f.explanation).toContain('left out:');
    } else expect(f.label).toMatch(/\[\d/);
    expect(f.items!.length).toBeGreaterThanOrEqual(3);
    expect(f.items!.map((i) => i.quote)).toEqual(expect.arrayContaining(['Террористы обстреляли Алеппо ракетами с хлором', 'Aleppo Chemical Attack May Be Work of White Helmets – Russian MoD']));
    expect(f.items!.every((i) => i.record && (i.weight ?? 0) > 0)).toBe(true);
    expect(f.items!.some((i) => i.url?.startsWith('https://'))).toBe(true);
  });
});
