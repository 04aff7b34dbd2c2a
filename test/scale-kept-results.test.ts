/**
 * Analysis results computed once per version of what they read and kept in the store: a second assessment
 * runs no engine; a new import of reports re-runs the engines that read reports and only those; the
 * narrative view is kept the same way; results equal a fresh computation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle, importReports } from '../src/app/cases.js';
import { assessTarget } from '../src/app/assess.js';
import { ENGINES, type Engine } from '../src/app/engines.js';
import { keptCaseNarrative } from '../src/app/kept-results.js';
import { analyseCase } from '../src/app/narrative.js';
import { examplesDir } from '../src/app/paths.js';
import { tempDir } from './helpers/workspaces.js';

const dir = tempDir('assay-kept-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('analysis results kept per data version', () => {
  it('computes each engine once per version of its input; a reports import re-runs only the report readers', async () => {
    const calls: Record<string, number> = {};
    const counted: Engine[] = ENGINES.map((e) => ({ ...e, findings: (i, c) => ((calls[e.name] = (calls[e.name] ?? 0) + 1), e.findings(i, c)) }));
    const db = path.join(dir, 'a.db');
    const ws = await openWorkspace({ db, engines: counted, workspaceDir: dir });
    const bundle = path.join(examplesDir, 'aleppo-2018-11-24');
    const { case_id: id } = await importBundle(ws, bundle);
    const first = await assessTarget(ws, id);
    expect(calls).toEqual({ custody: 1, narrative: 1, 'agent-differential': 1, 'munition-compatibility': 1 });
    const second = await assessTarget(ws, id);
    expect(calls).toEqual({ custody: 1, narrative: 1, 'agent-differential': 1, 'munition-compatibility': 1 });
    expect(second.assessment.findings ?? second.assessment).toEqual(first.assessment.findings ?? first.assessment);
    expect(second.outlets).toEqual(first.outlets);

    // another process (a fresh workspace on the same file) reads the kept results too
    const ws2 = await openWorkspace({ db, engines: counted, workspaceDir: dir });
    await assessTarget(ws2, id);
    expect(calls.narrative).toBe(1);
    await ws2.close();

    // new reports: the narrative engine (reads reports) runs again, the others keep their results
    const more = path.join(dir, 'more.jsonl');
    // five reports an outlet published (paraphrases are not imported as reports)
    const lines = fs.readFileSync(path.join(bundle, 'reports.jsonl'), 'utf8').trim().split('\n').filter((l) => !JSON.parse(l).paraphrase).slice(0, 5);
    fs.writeFileSync(more, lines.map((l) => JSON.stringify({ ...JSON.parse(l), id: undefined, url: undefined, title: `again: ${JSON.parse(l).title ?? ''}` })).join('\n') + '\n');
    const imp = await importReports(ws, more, id);
    expect(imp.reports.added).toBe(5);
    const third = await assessTarget(ws, id);
    expect(calls).toEqual({ custody: 1, narrative: 2, 'agent-differential': 1, 'munition-compatibility': 1 });
    expect(third.view.reports.total).toBe(first.view.reports.total + 5);
    expect(third.outlets.reduce((n, o) => n + o.count, 0)).toBe(first.outlets.reduce((n, o) => n + o.count, 0) + 5);

    // the narrative view: kept, equal to a fresh analysis, recomputed after an import
    const fresh = JSON.parse(JSON.stringify(await analyseCase(ws, id)));
    expect(await keptCaseNarrative(ws, id)).toEqual(fresh);
    const row = await ws.store.keptResult(id, 'narrative-report');
    expect(JSON.parse(row!.data)).toEqual(fresh);
    expect(await keptCaseNarrative(ws, id)).toEqual(fresh);
    await ws.close();
  });
});
