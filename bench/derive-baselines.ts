/**
 * Derives knowledge/narrative-baselines.json: the convergence profile of past chemical attacks from the real
 * data in ../shared/data, with the method recorded in the file itself.
 *
 *   npx tsx bench/derive-baselines.ts            (writes knowledge/narrative-baselines.json)
 *
 * For each event: the reports file, the event time (UTC, sourced), the keyword filter, a window of 14 days
 * after and 3 days before; the engine's narratives; the focal narrative (carried by the most
 * state-affiliated outlets among those that clear the Syrian government, as the assessment compares state-media convergence); its hours to 5 outlets,
 * t50, outlets and items. The pre-scripted prior is a judgment, stated as such.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyseReports, focalNarrative, outletResolver } from '../src/app/narrative.js';
import { readReports } from '../src/adapters/readers/report-reader.js';
import { knowledgeDir, sharedDataDir } from '../src/app/paths.js';
import type { BaselineEvent, BaselineTable } from '../src/core/narrative/narrative-baseline.js';

const KEYWORDS = ['chemical', 'sarin', 'chlorine', 'toxic', 'gas', 'white helmets', 'химическ', 'зарин', 'хлор', 'كيميائي', 'كيماوي', 'سارين', 'غاز'];
// k = 2: the day-resolution files rarely show a state narrative reaching 5 outlets (0 of 3 events did)
const OUTLETS_K = 2 as const;
const EVENTS = [
  {
    id: 'khan-shaykhun-2017-euvsdisinfo',
    name: 'Khan Shaykhun sarin attack, 4 Apr 2017 (EUvsDisinfo full text)',
    // OPCW FFM S/1510/2017 para 1.4 / 5.1: "between 06:30 and 07:00" local time (UTC+3)
    event_time: '2017-04-04T03:45:00Z',
    file: 'euvsdisinfo-2015-2017-fulltext/full_dataset_formatted.csv',
  },
  {
    id: 'khan-shaykhun-2017-fakes',
    name: 'Khan Shaykhun sarin attack, 4 Apr 2017 (FA-KES)',
    event_time: '2017-04-04T03:45:00Z',
    file: 'fakes-syria-news/fakes.csv',
  },
  {
    id: 'ghouta-2013-fakes',
    name: 'Ghouta sarin attack, 21 Aug 2013 (FA-KES)',
    // UN Mission report A/67/997-S/2013/553: rockets "in the early hours" of 21 Aug, ~02:00-05:00 local (UTC+3)
    event_time: '2013-08-20T23:00:00Z',
    file: 'fakes-syria-news/fakes.csv',
  },
];

const events: BaselineEvent[] = [];
for (const e of EVENTS) {
  const file = path.join(sharedDataDir, e.file);
  if (!fs.existsSync(file)) {
    console.error(`skipping ${e.id}: ${file} is absent`);
    continue;
  }
  const res = await analyseReports(readReports(file, { map: e.file.includes('fakes') ? { outlet: 'source', title: 'article_title', text: 'article_content' } : undefined }), {
    eventTime: e.event_time,
    keywords: KEYWORDS,
    actor: 'outlet',
  }, outletResolver());
  const focal = focalNarrative(res);
  console.log(e.id, res.items, 'items;', res.narratives.map((n) => `${n.id}:${n.outlets.length}`).join(' '));
  events.push({
    id: e.id,
    name: e.name,
    event_time: e.event_time,
    data: e.file,
    hours_to_k: focal?.hours_to_outlets[String(OUTLETS_K) as '2'] ?? null,
    t50_hours: focal?.t50_hours ?? null,
    outlets: focal?.outlets.length ?? 0,
    items: focal?.items ?? 0,
    ...({ focal_narrative: focal?.id ?? null, focal_outlets: focal?.outlets ?? [] } as object),
  });
}

const table: BaselineTable & Record<string, unknown> = {
  metric: `hours from the event until the focal narrative reached ${OUTLETS_K} distinct outlets`,
  outlets_k: OUTLETS_K,
  method:
    'bench/derive-baselines.ts: assay narrative engine over each file, keyword filter ' + JSON.stringify(KEYWORDS) +
    ', window 3 days before to 14 days after the event time, outlets resolved with knowledge/outlets.yaml; focal narrative = ' +
    'the one carried by the most state-affiliated outlets among narratives that do not blame the Syrian government. Dates in both files are days only, read as 00:00 UTC, so hours are ' +
    'lower bounds with a one-day resolution. Events whose focal narrative never reached k outlets carry null and do not count.',
  min_events: 5,
  prescripted_prior: {
    median_hours: 6,
    log_sd: 0.8,
    judgment: true,
    why: 'a story prepared in advance reaches several state outlets within the first news cycle: in the Aleppo 2018 timeline ' +
      '(domain/aleppo-2018-facts.md) Al-Mayadeen, SANA, Sputnik and RT carried the chlorine attribution on the evening of the event and ' +
      'the MoD within ~12 h; the BuzzFeed 2018-08-31 report shows the claims can even lead the event. Median 6 h, spread x/÷ 2.2.',
  },
  organic_log_sd_floor: 0.5,
  events,
};
const out = path.join(knowledgeDir, 'narrative-baselines.json');
fs.writeFileSync(out, JSON.stringify(table, null, 2) + '\n');
console.log(`wrote ${out}: ${events.length} events, ${events.filter((e) => e.hours_to_k !== null).length} with a convergence time`);
