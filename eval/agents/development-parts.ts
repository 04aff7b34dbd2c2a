/**
 * The development splits the fitting scripts read, written once (eval/agents/fit-calibration.ts, correlated-fit.ts,
 * kb-variants.ts each kept their own copy, and one of them fell behind the session's new splits): the splits with
 * look/hold parts (eval/split-parts.ts; run.ts scores them as -look / -hold and in development-hold-all) and the older
 * development splits, tuned on for many sessions, that have no parts. A new development split is added here once.
 * Frozen splits are never listed (test-v2..v5 are retired test splits, development since, as load.ts says).
 */
import type { LabelledCase } from '../../src/core/agents/agent-evaluation.js';
import type { AgentKb } from '../../src/core/agents/agent-kb.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { loadIncidents, loadParaphrases, type IncidentSplit, type Split } from './load.js';
import { splitPart } from '../split-parts.js';

export const PARTED_INCIDENT_SPLITS: IncidentSplit[] = ['dev-v9', 'dev-v10', 'dev-v10b', 'dev-v11', 'dev-v12', 'dev-v13', 'dev-v14', 'dev-v15', 'dev-v16', 'dev-v17', 'dev-v18', 'dev-v19', 'dev-v20', 'dev-v21', 'dev-v22', 'dev-v23', 'dev-v24', 'dev-v25', 'dev-v26', 'dev-v27', 'dev-v28', 'dev-v29'];
export const PARTED_PARAPHRASE_SPLITS: Split[] = ['dev-v3', 'dev-v4', 'dev-v5', 'dev-v6', 'dev-v7', 'dev-v8', 'dev-v9', 'dev-v10', 'dev-v11', 'dev-v12', 'dev-v13', 'dev-v14', 'dev-v15', 'dev-v16', 'dev-v17', 'dev-v18', 'dev-v19', 'dev-v20', 'dev-v21', 'dev-v22', 'dev-v23', 'dev-v24'];
export const OLDER_INCIDENT_SPLITS: IncidentSplit[] = ['dev', 'seen', 'test-v2', 'test-v3', 'test-v4', 'test-v5', 'dev-v8'];
export const OLDER_PARAPHRASE_SPLITS: Split[] = ['dev'];

/** (review s28) every hold part of the parted splits, incidents then paraphrases: run.ts's development-hold-all, the figure a
 * change that generalises should move (aggregate only) */
export function developmentHoldCases(): LabelledCase[] {
  return [...PARTED_INCIDENT_SPLITS.flatMap((s) => splitPart(loadIncidents(s), 'hold')), ...PARTED_PARAPHRASE_SPLITS.flatMap((s) => splitPart(loadParaphrases(s), 'hold'))];
}
/** (review s28) every case of every development split, both parts: run.ts's development-total, the figure tuning watches */
export function developmentCases(): LabelledCase[] {
  return [
    ...[...OLDER_INCIDENT_SPLITS, ...PARTED_INCIDENT_SPLITS].flatMap((s) => loadIncidents(s)),
    ...[...OLDER_PARAPHRASE_SPLITS, ...PARTED_PARAPHRASE_SPLITS].flatMap((s) => loadParaphrases(s)),
  ];
}
/** (review s28) whether run.ts's `--misses` may print the misses of an entry: the older development splits (`-dev`,
 * `-seen`, dev-v8) and the look parts of the parted splits; never a hold part, a pooled entry or a test split */
export function mayPrintMisses(name: string): boolean {
  return (
    name.endsWith('-dev') ||
    name.endsWith('-seen') ||
    name === 'incidents-dev-v8' ||
    PARTED_INCIDENT_SPLITS.some((s) => name === `incidents-${s}-look`) ||
    PARTED_PARAPHRASE_SPLITS.some((s) => name === `paraphrases-${s}-look`)
  );
}

export interface DevelopmentItem { group: string; part: 'look' | 'hold'; c: LabelledCase }

/** every development case with its group ('inc:dev-v21', 'par:dev-v13' ...) and part; the older splits count as look */
export function developmentItems(): DevelopmentItem[] {
  const items: DevelopmentItem[] = [];
  for (const s of PARTED_INCIDENT_SPLITS) for (const part of ['look', 'hold'] as const) for (const c of splitPart(loadIncidents(s), part)) items.push({ group: `inc:${s}`, part, c });
  for (const s of PARTED_PARAPHRASE_SPLITS) for (const part of ['look', 'hold'] as const) for (const c of splitPart(loadParaphrases(s), part)) items.push({ group: `par:${s}`, part, c });
  for (const s of OLDER_INCIDENT_SPLITS) for (const c of loadIncidents(s)) items.push({ group: `inc:${s}`, part: 'look', c });
  for (const s of OLDER_PARAPHRASE_SPLITS) for (const c of loadParaphrases(s)) items.push({ group: `par:${s}`, part: 'look', c });
  return items;
}

/** counts per part: [items, top-1 right, Brier sum] for all items, the look parts and the hold parts */
export type PartCounts = Record<'all' | 'look' | 'hold', [number, number, number]>;
/** one knowledge base over the development items (kb-variants.ts, kb-file-score.ts): each item's top class, whether it is
 * right (its class or one it accepts) and its Brier score over the classes, summed per part; `each` sees every item */
export function scoreItems(kb: AgentKb, items: DevelopmentItem[], each?: (it: DevelopmentItem, pred: string | null, ok: 0 | 1) => void): PartCounts {
  const agg: PartCounts = { all: [0, 0, 0], look: [0, 0, 0], hold: [0, 0, 0] };
  for (const it of items) {
    const r = runDifferential(kb, it.c.accounts);
    const pred = r.top.class;
    const ok = pred !== null && (it.c.accept ?? [it.c.class]).includes(pred) ? 1 : 0;
    let b = 0;
    for (const k of r.classes) b += (k.probability - (k.id === it.c.class ? 1 : 0)) ** 2;
    for (const key of ['all', it.part] as const) { agg[key][0]++; agg[key][1] += ok; agg[key][2] += b; }
    each?.(it, pred, ok);
  }
  return agg;
}
