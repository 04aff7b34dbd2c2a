/**
 * Judgment over time (docs/assessment.md "Judgment over time"): the timeline of a stored case with 100
 * analyst items and 10,000 reports. Target: < 5 s. The case is the Aleppo example with its reports replaced by
 * a seeded synthetic stream (bench/gen-stream.ts: organic posting over 3 days before to 14 days after the
 * event, planted coordinated groups) and its 18 analyst items joined by 82 seeded ones (random ratings,
 * available_at spread over the two years after the event). Import time is not counted.
 *
 *   npm run bench -- timeline
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse, stringify } from 'yaml';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { examplesDir } from '../src/app/paths.js';
import { caseTimeline } from '../src/app/timeline.js';
import { assessTarget } from '../src/app/assess.js';
import { mulberry32 } from '../src/core/narrative/narrative-coordination.js';
import { generateStream } from './gen-stream.js';

const REPORTS = 10_000;
const ITEMS = 100;
const src = path.join(examplesDir, 'aleppo-2018-11-24');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-timeline-'));
const bundle = path.join(dir, 'bundle');
fs.mkdirSync(bundle);
for (const f of fs.readdirSync(src)) if (f !== 'reports.jsonl') fs.copyFileSync(path.join(src, f), path.join(bundle, f));
const eventTime = parse(fs.readFileSync(path.join(src, 'case.yaml'), 'utf8')).when.at as string;

// reports: the synthetic stream, timed around the Aleppo event
const lines: string[] = [];
generateStream({ items: REPORTS, seed: 11, eventTime }, (it) => lines.push(JSON.stringify({ id: it.id, published_at: it.published_at, outlet: it.outlet, account: it.account, language: it.language, title: it.title, text: it.text })));
fs.writeFileSync(path.join(bundle, 'reports.jsonl'), lines.join('\n') + '\n');

// analyst items: the case's own, then seeded ones up to ITEMS
const hyp = parse(fs.readFileSync(path.join(src, 'hypotheses.yaml'), 'utf8')) as { hypotheses: { id: string }[]; evidence: Record<string, unknown>[] };
const rnd = mulberry32(5);
const RATINGS = ['CC', 'C', 'N', 'I', 'II'];
const LEVELS = ['low', 'medium', 'high'];
const ev = Date.parse(eventTime);
for (let i = hyp.evidence.length; i < ITEMS; i++)
  hyp.evidence.push({
    id: `e-bench-${i}`,
    label: `bench item ${i}`,
    available_at: new Date(ev + Math.floor(rnd() * 730 * 864e5)).toISOString(),
    credibility: LEVELS[Math.floor(rnd() * 3)],
    relevance: LEVELS[Math.floor(rnd() * 3)],
    reliability: Math.round((0.3 + 0.6 * rnd()) * 100) / 100,
    ratings: Object.fromEntries(hyp.hypotheses.map((h) => [h.id, RATINGS[Math.floor(rnd() * RATINGS.length)]])),
    citations: ['bench'],
  });
fs.writeFileSync(path.join(bundle, 'hypotheses.yaml'), stringify(hyp));

const ws = await openWorkspace({ db: path.join(dir, 'bench.db') });
const imported = await importBundle(ws, bundle);
const id = imported.case_id;
const runs = 3;
const times: number[] = [];
let summary = '';
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const t = await caseTimeline(ws, id);
  times.push(performance.now() - t0);
  summary = `${t.points.length} points, last ${t.points[t.points.length - 1].items} items; ${t.notes.slice(0, 2).join('; ')}`;
}
// for comparison: one assessment of the case as it stands (every engine once, the reports read once; nothing kept)
const t1 = performance.now();
await assessTarget(ws, id, { asOf: new Date('2100-01-01T00:00:00Z') });
const once = performance.now() - t1;
await ws.close();
fs.rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(runs / 2)];
console.log(`timeline: stored case with ${ITEMS} analyst items and ${imported.reports.added} reports, ${runs} runs`);
console.log(`  median ${(median / 1000).toFixed(2)} s, min ${(times[0] / 1000).toFixed(2)} s, max ${(times[runs - 1] / 1000).toFixed(2)} s (target < 5 s) ${times[runs - 1] < 5000 ? 'OK' : 'SLOW'}`);
console.log(`  ${summary}`);
console.log(`  for comparison, one assessment of the same case (every engine once): ${(once / 1000).toFixed(2)} s`);
