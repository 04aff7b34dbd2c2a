/**
 * The narrative baseline table, derived (docs/narrative.md, "Baseline"): `assay narrative baselines --rebuild`
 * runs the narrative engine over each past event listed in knowledge/narrative-baseline-events.yaml (its
 * sources in ../shared/data and the example bundles, filtered to items naming a chemical term and a place of
 * the event) and writes knowledge/narrative-baselines.json: per event the focal narrative, who carried it and
 * when, at the resolution the data have, and whether the event was real or disputed, with the table's method.
 */
import path from 'node:path';
import type { StoredReport } from '../core/case/schemas.js';
import type { BaselineEvent, BaselineTable } from '../core/narrative/narrative-baseline.js';
import { daysToOutlets, focalNarrative } from '../core/narrative/narrative-finding.js';
import { analyseReports, outletResolver, type NarrativeCaps } from './narrative.js';
import { examplesDir, sharedDataDir } from './paths.js';
import type { Capabilities } from './workspace.js';

/** Column maps of the shared files whose headers are not assay's own names (a source may give its own `map`). */
const DEFAULT_MAPS: [RegExp, Record<string, string>][] = [[/fakes/, { outlet: 'source', title: 'article_title', text: 'article_content' }]];

const K = 2 as const;
const WINDOW_DAYS = 14;
const MIN_ITEMS = 8;
const BINS = [0, 1, 3, 7, 14];

/** Re-derives the table; `missing` lists sources that were absent (their events are derived from what is there). */
export async function rebuildBaselines(
  caps: NarrativeCaps & Pick<Capabilities, 'readers'>,
  opts: { eventsFile?: string; out?: string } = {},
): Promise<{ table: BaselineTable; missing: string[] }> {
  const file = opts.eventsFile ?? caps.knowledge.path('narrative-baseline-events.yaml');
  const doc = caps.knowledge.read('narrative-baseline-events.yaml', file);
  const chem = new RegExp(doc.chemical, 'iu');
  const resolver = outletResolver(caps.knowledge);
  const missing: string[] = [];
  const events: BaselineEvent[] = [];
  for (const e of doc.events) {
    const used: string[] = [];
    const per: Record<string, number> = {};
    // the engine's own window (1 day before to WINDOW_DAYS after), so that the per-source counts are what it reads
    const t0 = Date.parse(e.event_time) - 86_400_000;
    const t1 = Date.parse(e.event_time) + WINDOW_DAYS * 86_400_000;
    const inWindow = (at: string) => {
      const t = Date.parse(at.length === 10 ? at + 'T12:00:00Z' : at);
      return t >= t0 - 43_200_000 && t <= t1 + 43_200_000;
    };
    async function* batches(): AsyncGenerator<StoredReport[]> {
      for (const src of e.sources) {
        const isBundle = 'bundle' in src;
        const f = isBundle ? path.join(examplesDir, src.bundle, 'reports.jsonl') : path.join(sharedDataDir, src.data);
        if (caps.readers.fileSize(f) === undefined) {
          missing.push(f);
          continue;
        }
        used.push(isBundle ? `examples/${src.bundle}/reports.jsonl` : src.data);
        const place = src.place ? new RegExp(src.place, 'iu') : null;
        const map = isBundle ? undefined : (src.map ?? DEFAULT_MAPS.find(([re]) => re.test(src.data))?.[1]);
        let n = 0;
        for await (const b of caps.readers.readReports(f, { map }))
          yield b.filter((r) => {
            const x = r.title === r.text ? r.title : r.title + ' ' + r.text;
            const keep = !(r as { paraphrase?: boolean }).paraphrase && chem.test(x) && (!place || place.test(x)) && inWindow(r.published_at);
            if (keep) n++;
            return keep;
          });
        per[used[used.length - 1]] = n;
      }
    }
    const res = await analyseReports(caps, batches(), { eventTime: e.event_time, actor: 'outlet', beforeMs: 86_400_000, windowMs: WINDOW_DAYS * 86_400_000 }, resolver);
    const focal = focalNarrative(res);
    const outlets = new Set<string>();
    for (const d of res.detail.narratives) for (const o of [...d.outlets, ...d.reporting_outlets]) outlets.add(o.id);
    const key = String(K) as '2';
    events.push({
      id: e.id,
      name: e.name,
      event_time: e.event_time,
      time_source: e.time_source,
      status: e.status,
      status_source: e.status_source,
      sources: used,
      source_items: per,
      items: res.items,
      outlets: outlets.size,
      focal_narrative: focal?.id ?? null,
      focal_outlets: focal?.outlets ?? [],
      resolution: focal?.resolution ?? 'day',
      days_to_k: focal ? daysToOutlets(focal, K, res.event_time) : null,
      hours_to_k: focal?.hours_to_outlets[key] ?? null,
      hours_to_k_interval: focal?.intervals?.hours_to_outlets[key] ?? null,
      coverage_ok: res.items >= MIN_ITEMS,
    });
  }
  const table: BaselineTable = {
    metric: `calendar days (UTC) from the event's day to the day the focal narrative reached ${K} distinct outlets`,
    outlets_k: K,
    window_days: WINDOW_DAYS,
    bins: BINS,
    min_events: 5,
    min_items: MIN_ITEMS,
    prescripted_prior: {
      p: [0.6, 0.2, 0.1, 0.05, 0.03, 0.02],
      judgment: true,
      why:
        'a story prepared in advance is out on the day: in the Aleppo 2018 timeline (domain/aleppo-2018-facts.md) Al-Mayadeen/news.ru, SANA, Sputnik and RT carried the chlorine attribution on the evening of the event and the MoD within ~12 h, and the Russian MoD had announced a White Helmets provocation in Aleppo province on 29-30 Oct 2018; BuzzFeed (2018-08-31, domain/coordination.md) shows such claims can lead the event. So 0.6 on the event day, 0.2 the next, 0.2 spread over later bins.',
    },
    dirichlet_alpha: 0.5,
    derivation:
      `assay narrative baselines --rebuild (src/app/narrative-baselines.ts): for each event of knowledge/narrative-baseline-events.yaml, the narrative engine over its sources (items naming a chemical term AND a place of the event; paraphrases left out), window 1 day before to ${WINDOW_DAYS} days after the event time, outlets resolved with knowledge/outlets.yaml; focal narrative by the rule of src/core/narrative/narrative-finding.ts; days_to_k from the earliest day the k-th outlet's item can carry (a date-only item counts on its date). ` +
      `Events with fewer than ${MIN_ITEMS} items cannot tell a slow story from missing coverage (coverage_ok false). The organic model uses the events with status real and coverage_ok.`,
    events,
  };
  caps.knowledge.writeJson('narrative-baselines.json', table, opts.out);
  return { table, missing };
}
