/**
 * The narrative view's numbers in words, from the same fields its chart and table draw: the baseline band
 * counts the usable past events the comparison counted (GET /narrative baseline.past_events, as many as
 * baseline.events), and the case's own time to k outlets is the focal narrative's hours_to_outlets, the table's
 * column. So the band, the legend, the table and the sentence cannot disagree.
 */
export interface BaselineIn {
  events: number;
  percentile: number | null;
  likelihood_ratio: number | null;
  k?: number;
  past_hours_to_k?: number[];
  past_events?: { id: string; hours_to_k: number | null }[];
  focal_narrative?: string | null;
  left_out?: number;
}
export interface NarrativeIn {
  id: string;
  label: string;
  outlets: unknown[];
  hours_to_outlets: Record<string, number | null>;
}

const h1 = (h: number) => `${h < 0 ? '−' : ''}${Math.abs(h).toFixed(1)} h`;
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export function baselineWords(b: BaselineIn, narratives: NarrativeIn[]): { band: { label: string; lo: number; hi: number } | null; text: string; k: number } {
  const k = b.k ?? 5;
  const past = b.past_events ?? (b.past_hours_to_k ?? []).map((h, i) => ({ id: `event ${i + 1}`, hours_to_k: h }));
  const usable = b.past_events ? past.length : b.events;
  const reached = past.filter((e) => e.hours_to_k !== null).map((e) => e.hours_to_k as number);
  const never = past.filter((e) => e.hours_to_k === null).map((e) => e.id);
  const lo = reached.length ? Math.min(...reached) : 0;
  const hi = reached.length ? Math.max(...reached, lo + 0.5) : 0;
  const band = reached.length ? { label: `${reached.length} of the ${plural(usable, 'usable past event')} reached ${k} outlets, after ${lo.toFixed(1)}–${Math.max(...reached).toFixed(1)} h`, lo, hi } : null;
  const parts: string[] = [];
  parts.push(`Baseline: ${plural(usable, 'usable past event')}${b.left_out ? ` (${b.left_out} left out)` : ''}`);
  if (usable) parts.push(`${reached.length} of them reached ${k} outlets${reached.length ? `, after ${lo.toFixed(1)}–${Math.max(...reached).toFixed(1)} h` : ''}${never.length ? `; ${never.join(', ')} never did within the window` : ''}`);
  const focal = narratives.find((n) => n.id === b.focal_narrative);
  if (focal) {
    const hk = focal.hours_to_outlets[String(k)];
    parts.push(
      hk === null || hk === undefined
        ? `this case's focal narrative “${focal.label}” has ${plural(focal.outlets.length, 'outlet')} and never reached ${k}`
        : `this case's focal narrative “${focal.label}” reached ${k} outlets at ${h1(hk)}${hk < 0 ? ' (before the event)' : ''}, and ${plural(focal.outlets.length, 'outlet')} in all`,
    );
  }
  let text = parts.join('; ') + '.';
  if (b.percentile !== null) text += ` Percentile ${Math.round(b.percentile)} among the usable events.`;
  text += b.likelihood_ratio !== null ? ` Likelihood ratio pre-scripted:organic ${b.likelihood_ratio.toFixed(2)}.` : ' Too few usable events for a likelihood ratio.';
  return { band, text, k };
}
