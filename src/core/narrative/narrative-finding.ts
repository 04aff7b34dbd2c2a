/**
 * The narrative finding rule (docs/narrative.md, "The finding"): which story is the focal one, how it compares
 * with past events, and what that says about "organic" vs "pre-scripted" on the assessment's `story`
 * attribute, with the reliability of that comparison and the report items behind it. Pure: the app runs the
 * analysis and loads the baseline table.
 *
 * Focal narrative: the story that clears the Syrian government: it blames the opposition / White Helmets, or
 * calls the incident staged (naming no one, or naming the West or another party as the stager), carried by the
 * most state-affiliated outlets (ties: more outlets). A real strike by the West ("the US bombed ...") is not an
 * exonerating story and is not focal. The same rule picks the focal story in past events.
 *
 * Reliability: how far the ratio can be trusted, from its own interval: 1 / (1 + ln(hi / lo) / 2), capped at 0.8
 * (a narrative line never outweighs physical evidence on its own) and 0 when no ratio is given. A ratio whose
 * 90% interval spans a factor e^2 (7.4) gets 0.5.
 */
import type { Finding, FindingItem } from '../case/schemas.js';
import { compareWithBaseline, type BaselineComparison, type BaselineTable } from './narrative-baseline.js';
import type { NarrativeResult } from './narrative-analyser.js';

type Narrative = NarrativeResult['narratives'][number];

const EXONERATING_STAGERS = new Set(['west', 'ukraine', 'other']);

/** The focal narrative of an analysis (null when no story clears the Syrian government). */
export function focalNarrative(r: Pick<NarrativeResult, 'narratives'>): Narrative | null {
  let best: Narrative | null = null;
  let bestScore = -1;
  for (const n of r.narratives) {
    const side = n.id.replace(/^n-/, '');
    const clears = side === 'opposition' || side === 'staged' || (EXONERATING_STAGERS.has(side) && n.claims.staged);
    if (!clears || !n.outlets.length) continue;
    const score = Math.round(n.state_affiliated_share * n.outlets.length) * 1e6 + n.outlets.length;
    if (score > bestScore) [best, bestScore] = [n, score];
  }
  return best;
}

const DAY = 86_400_000;
const H = 3_600_000;

/** Calendar days (UTC) from the event's day to the day a narrative reached k outlets (the earliest day its data allow). */
export function daysToOutlets(n: Narrative, k: 2 | 5 | 10, eventTime: string): number | null {
  const key = String(k) as '2' | '5' | '10';
  const lo = n.intervals?.hours_to_outlets[key]?.[0] ?? n.hours_to_outlets[key];
  if (lo === null || lo === undefined) return null;
  const ev = Date.parse(eventTime);
  return Math.floor((ev + lo * H) / DAY) - Math.floor(ev / DAY);
}

export interface BaselineView extends BaselineComparison {
  focal_narrative: string | null;
}

/** The focal narrative compared with the baseline table. */
export function compareFocal(r: Pick<NarrativeResult, 'narratives' | 'event_time'>, table: BaselineTable): BaselineView {
  const focal = focalNarrative(r);
  const days = focal ? daysToOutlets(focal, table.outlets_k, r.event_time) : null;
  return { ...compareWithBaseline(days, table, r.event_time), focal_narrative: focal?.id ?? null };
}

export function reliabilityOf(b: Pick<BaselineComparison, 'likelihood_ratio' | 'interval'>): number {
  if (b.likelihood_ratio === null || !b.interval) return 0;
  const [lo, hi] = b.interval;
  if (!(lo > 0) || !(hi >= lo)) return 0;
  return Math.round(Math.min(0.8, 1 / (1 + Math.log(hi / lo) / 2)) * 100) / 100;
}

/**
 * The finding: P(observed convergence | organic) and P(... | pre-scripted) from the baseline comparison, with
 * the focal story's asserting items as its trail (one per outlet: the item that made the outlet adopt it).
 */
export function narrativeFinding(rep: { items: number; event_time: string; narratives: Narrative[]; detail: Pick<NarrativeResult['detail'], 'narratives'>; baseline: BaselineView }): Finding {
  const b = rep.baseline;
  const focal = rep.narratives.find((n) => n.id === b.focal_narrative);
  const fd = rep.detail.narratives.find((n) => n.id === b.focal_narrative);
  const lr = b.likelihood_ratio;
  const reportingNote = fd?.reporting_outlets.length ? `; ${fd.reporting_outlets.length} more outlet(s) only reported it and are not counted` : '';
  const h = focal?.hours_to_outlets;
  const iv = focal?.intervals;
  const fmt = (x: number | null | undefined, i: [number, number] | null | undefined) => (x === null || x === undefined ? '-' : i ? `${x} [${i[0]}, ${i[1]}]` : `${x}`);
  const story = focal
    ? `Focal narrative "${focal.label}": ${focal.items} items from ${focal.outlets.length} outlets asserting it${reportingNote} (state-affiliated share ${focal.state_affiliated_share}); first seen ${focal.first_seen}, lead ${fmt(focal.lead_hours, iv?.lead_hours)} h (${focal.lead_days} day(s) after the event's day); 2/5/10 outlets at ${fmt(h?.['2'], iv?.hours_to_outlets['2'])}/${fmt(h?.['5'], iv?.hours_to_outlets['5'])}/${fmt(h?.['10'], iv?.hours_to_outlets['10'])} h (resolution: ${focal.resolution}${focal.resolution === 'day' ? ', intervals in brackets' : ''}).`
    : `No narrative clearing the Syrian government was found among ${rep.items} reports.`;
  const reliability = reliabilityOf(b);
  const items: FindingItem[] = (fd?.items ?? []).map((it) => ({
    record: it.id,
    ...(it.quote ? { quote: it.quote } : {}),
    weight: Math.floor((1 / Math.max(1, fd!.items.length)) * 1e4) / 1e4,
    ...(it.url ? { url: it.url } : {}),
  }));
  return {
    engine: 'narrative',
    attribute: 'story',
    likelihoods: lr === null ? { organic: 1, 'pre-scripted': 1 } : { organic: 1, 'pre-scripted': lr },
    reliability,
    evidence: [],
    explanation: `${story} Baseline: ${b.statement}.${lr === null ? '' : ` Reliability ${reliability} from the ratio's interval.`}`,
    label: lr === null ? `narrative convergence: no likelihood ratio (${b.events} usable past events, ${b.min_events} needed)` : `narrative convergence: LR pre-scripted/organic ${lr} [${b.interval![0]}, ${b.interval![1]}]`,
    ...(items.length ? { items } : {}),
  };
}
