/**
 * The narrative view's numbers agree with each other (docs/narrative.md "Baseline"): the band of past events
 * drawn on the chart counts the usable past events the comparison counted, not every event of the table, and the
 * sentence under the chart takes the case's own time to k outlets from the table's column. A focal narrative
 * that reached k outlets before the event's day is said to, not "on day 0".
 */
import { packageKnowledge } from './helpers/knowledge.js';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle, importReports } from '../src/app/cases.js';
import { createApp } from '../src/http/app.js';
import type { Env } from '../src/http/registry.js';
import { packageRoot } from '../src/app/paths.js';
import { loadBaselines } from '../src/app/narrative.js';
import { compareWithBaseline, usableEvents } from '../src/core/narrative/narrative-baseline.js';
import { baselineWords } from '../web/src/narrative-counts.js';
import fs from 'node:fs';

let t: TestWorkspace;
let app: Hono<Env>;
let caseId: string;

beforeAll(async () => {
  t = await sqliteWorkspace();
  caseId = (await importBundle(t.ws, path.join(packageRoot, 'examples', 'aleppo-2018-11-24'))).case_id;
  // an opposition story carried by twelve outlets from three days before the event (a pre-positioned story)
  const t0 = Date.parse('2018-11-24T18:50:00Z');
  const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `pre-${i}`, outlet: `Early Outlet ${i}`, published_at: new Date(t0 - (72 - i) * 3600_000).toISOString(), title: 'Terrorists prepare a chemical provocation in Aleppo to blame the army', text: 'Militants of the armed groups are preparing a staged chemical attack with chlorine in Aleppo to accuse the Syrian army.' }));
  const file = path.join(path.dirname(t.ws.location), 'pre.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  await importReports(t.ws, file, caseId);
  app = createApp(t.ws, { anonymousRead: true, webDir: null });
});
afterAll(async () => t?.dispose());

describe('the narrative view counts', () => {
  it('draws and writes the same usable past events the comparison counted', async () => {
    const out = (await (await app.request(`/api/cases/${caseId}/narrative`)).json()) as any;
    const table = loadBaselines(packageKnowledge);
    const { usable } = usableEvents(table, out.event_time);
    expect(out.baseline.events).toBe(usable.length);
    expect(out.baseline.past_events.map((e: any) => e.id)).toEqual(usable.map((e) => e.id));
    // the table has more events with a time to k than the comparison may use
    expect(table.events.filter((e) => e.hours_to_k !== null).length).toBeGreaterThan(out.baseline.past_hours_to_k.length);
    expect(out.baseline.past_hours_to_k).toEqual(usable.filter((e) => e.hours_to_k !== null).map((e) => e.hours_to_k));

    const w = baselineWords(out.baseline, out.narratives);
    const reached = usable.filter((e) => e.hours_to_k !== null).length;
    expect(w.band?.label).toMatch(new RegExp(`^${reached} of the ${usable.length} usable past events reached ${table.outlets_k} outlets`));
    expect(w.text).toMatch(new RegExp(`^Baseline: ${usable.length} usable past events \\(\\d+ left out\\); ${reached} of them reached ${table.outlets_k} outlets`));
    for (const e of usable.filter((x) => x.hours_to_k === null)) expect(w.text).toContain(e.id);
    // the case's own time to k is the table's column of the focal narrative, before the event here
    const focal = out.narratives.find((n: any) => n.id === out.baseline.focal_narrative);
    const hk = focal.hours_to_outlets[String(table.outlets_k)];
    expect(hk).toBeLessThan(0);
    expect(w.text).toContain(`reached ${table.outlets_k} outlets at −${Math.abs(hk).toFixed(1)} h (before the event), and ${focal.outlets.length} outlets in all`);
    // and the engine's own statement says so too, instead of "on day 0"
    expect(out.baseline.statement).toMatch(/^reaching 2 outlets 3 day\(s\) before the event's day \(counted with day 0\)/);
  });

  it('says a focal narrative with one outlet never reached k, with its outlet count', () => {
    const w = baselineWords({ events: 2, percentile: 100, likelihood_ratio: null, k: 2, past_events: [{ id: 'a', hours_to_k: 5 }, { id: 'b', hours_to_k: null }], focal_narrative: 'n-x' }, [{ id: 'n-x', label: 'X', outlets: ['o'], hours_to_outlets: { '2': null } }]);
    expect(w.band?.label).toBe('1 of the 2 usable past events reached 2 outlets, after 5.0–5.0 h');
    expect(w.text).toBe('Baseline: 2 usable past events; 1 of them reached 2 outlets, after 5.0–5.0 h; b never did within the window; this case\'s focal narrative “X” has 1 outlet and never reached 2. Percentile 100 among the usable events. Too few usable events for a likelihood ratio.');
    expect(compareWithBaseline(2, loadBaselines(packageKnowledge)).statement).toMatch(/^reaching 2 outlets on days 2-3 after the event's day/);
  });
});
