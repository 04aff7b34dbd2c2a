/**
 * The engines are wired by the explicit list in src/app/engines.ts (docs/architecture.md): importing a
 * bundle through the use case alone, with nothing else loaded, logs the same custody entries as the CLI;
 * one assessment streams the case's reports once, and its HTML report reuses that run's narrative chart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
// only the use case and the workspace: no CLI, no engine module imported by hand
import { openWorkspace, type Workspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { examplesDir } from '../src/app/paths.js';
import { tempDir } from './helpers/workspaces.js';

const bundle = path.join(examplesDir, 'aleppo-2018-11-24');
const dir = tempDir();
const open: Workspace[] = [];
afterAll(async () => {
  for (const w of open) await w.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What a custody entry says about the case, without who, when and which key. */
function shape(e: Record<string, unknown>) {
  const { type, sha256, file, sample_id, transfer_key, records_changed, reports_added, evidence_logged, sample_transfers_logged } = e;
  return JSON.stringify({ type, sha256, file, sample_id, transfer_key, records_changed, reports_added, evidence_logged, sample_transfers_logged });
}

describe('the engine list', () => {
  it('importing a bundle through the use case alone writes the same custody entries as through the CLI', async () => {
    const ws = await openWorkspace({ db: path.join(dir, 'use-case.db') });
    open.push(ws);
    await importBundle(ws, bundle);
    const { caseHistory } = await import('../src/app/custody.js');
    const viaUseCase = (await caseHistory(ws, 'aleppo-2018-11-24')).map((h) => shape(h.entry));
    expect(viaUseCase.filter((s) => s.includes('"type":"import"'))).toHaveLength(1);
    expect(viaUseCase.filter((s) => s.includes('"type":"sample-transfer"')).length).toBeGreaterThan(0);

    const { runCli } = await import('./helpers/cli.js');
    const db = path.join(dir, 'cli.db');
    expect((await runCli(['--db', db, 'import', bundle, '--json'])).code).toBe(0);
    const cli = await openWorkspace({ db });
    open.push(cli);
    const viaCli = (await caseHistory(cli, 'aleppo-2018-11-24')).map((h) => shape(h.entry));
    expect(viaUseCase).toEqual(viaCli);
  });

  it('one assessment streams the reports once; its HTML report draws the narrative chart from that run and adds one pass for judgment over time', async () => {
    const ws = await openWorkspace({ db: path.join(dir, 'stream.db') });
    open.push(ws);
    await importBundle(ws, bundle);
    const { assessTarget, renderAssessment } = await import('../src/app/assess.js');
    const spy = vi.spyOn(ws.store, 'streamReports');
    const r = await assessTarget(ws, 'aleppo-2018-11-24');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(r.assessment.findings.map((f) => f.engine)).toContain('narrative');
    expect(r.outlets.reduce((n, o) => n + o.count, 0)).toBe(r.view.reports.total);
    const html = String(await renderAssessment(ws, r, 'html'));
    expect(html).toContain('Narrative convergence');
    expect(html).toContain(r.charts[0].svg);
    // the timeline reads the reports once more, in the order they became known (src/app/timeline.ts)
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('a bundle folder is read once too, its reports counted by that pass', async () => {
    const ws = await openWorkspace({ db: path.join(dir, 'bundle.db') });
    open.push(ws);
    const { assessTarget } = await import('../src/app/assess.js');
    const r = await assessTarget(ws, bundle);
    const lines = fs.readFileSync(path.join(bundle, 'reports.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).length;
    expect(r.view.reports.total).toBe(lines);
    expect(r.outlets.reduce((n, o) => n + o.count, 0)).toBe(lines);
  });
});
