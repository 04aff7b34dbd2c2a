/**
 * `npx tsx eval/agents/evidence-breakdown.ts`: how class top-1 depends on how much a case's text gives the reader, in
 * aggregate only (no item, id or text is printed, so frozen splits may be read). Each case is bucketed by the number of
 * features the extraction found present (0, 1, 2, 3+) and, apart, by whether the leader was reached at all. It answers
 * one question the headline figure hides: how many held-out misses are records that carry no usable observation (a
 * Syrian Archive line with a place and a date only), where the differential must stay at its priors, versus accounts
 * the reader misread. Written by the session-32 coordinator; it changes no reading.
 */
import { loadAgentKb } from '../../src/app/agents.js';
import { capabilities } from '../../src/app/workspace.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { outcomeOf } from '../../src/core/agents/agent-evaluation.js';
import { loadIncidents, loadParaphrases, SPLIT_FILES } from './load.js';
import { developmentCases } from './development-parts.js';

const kb = loadAgentKb(capabilities.knowledge);
type Case = Parameters<typeof outcomeOf>[1];
const BUCKETS = ['0', '1', '2', '3+'] as const;

function breakdown(name: string, cases: Case[]): void {
  const rows = new Map<string, { n: number; correct: number }>(BUCKETS.map((b) => [b, { n: 0, correct: 0 }]));
  for (const c of cases) {
    const r = runDifferential(kb, c.accounts);
    const present = new Set(r.features.filter((f) => f.present).map((f) => f.id)).size;
    const b = present >= 3 ? '3+' : String(present);
    const row = rows.get(b)!;
    row.n++;
    if (outcomeOf(kb, c, r).correct) row.correct++;
  }
  const cells = BUCKETS.map((b) => {
    const { n, correct } = rows.get(b)!;
    return `${b} features: ${correct}/${n}${n ? ` = ${((100 * correct) / n).toFixed(1)}%` : ''}`;
  });
  console.log(`${name} (${cases.length}): ${cells.join(' | ')}`);
}

const incidentTests = Object.keys(SPLIT_FILES.incidents).filter((s) => /^test-v(\d+)b?$/.test(s) && Number(s.match(/\d+/)![0]) >= 6);
const paraphraseTests = Object.keys(SPLIT_FILES.paraphrases).filter((s) => /^test-v\d+$/.test(s) && Number(s.match(/\d+/)![0]) >= 2);
const newest = (xs: string[]) => xs.slice().sort((a, b) => Number(b.match(/\d+/)![0]) - Number(a.match(/\d+/)![0]))[0];
breakdown(`incidents pool ${incidentTests.length} splits`, incidentTests.flatMap((s) => loadIncidents(s as never)));
for (const s of incidentTests.filter((x) => Number(x.match(/\d+/)![0]) >= Number(newest(incidentTests).match(/\d+/)![0]) - 1)) breakdown(`incidents ${s}`, loadIncidents(s as never));
breakdown(`paraphrases pool ${paraphraseTests.length} splits`, paraphraseTests.flatMap((s) => loadParaphrases(s as never)));
breakdown('development total', developmentCases());
