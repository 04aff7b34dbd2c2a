/**
 * The narrative baseline as data with its derivation: at least 8 past events (2013-2018), each with its sources,
 * the focal story, who carried it and when, its resolution and whether it was real or disputed; re-deriving it
 * with the command reproduces the committed table exactly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { rebuildBaselines } from '../src/app/narrative-baselines.js';
import { BASELINES_FILE } from '../src/app/narrative.js';
import { sharedDataDir } from '../src/app/paths.js';

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
    expect(t.prescripted_prior.judgment).toBe(true);
    expect(t.derivation).toContain('assay narrative baselines --rebuild');
  });

  it.skipIf(!fs.existsSync(path.join(sharedDataDir, 'fakes-syria-news/fakes.csv')))('re-deriving with the command reproduces the committed table', async () => {
    const out = path.join(tempDir(), 'b.json');
    await rebuildBaselines({ out });
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(BASELINES_FILE, 'utf8'));
  }, 120_000);
});
