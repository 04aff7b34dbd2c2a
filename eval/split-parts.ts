/**
 * The look/hold cut of the development splits that have parts (agents: incidents dev-v9, dev-v10, dev-v10b, dev-v11 and
 * paraphrases dev-v3, eval/agents/run.ts; claims: dev-v10, dev-v11 and dev-v12, eval/claims/score.ts). An item is held out
 * when the first hex digit of sha256(its id) is 0-3 (about a quarter): the 'hold' part is scored in aggregate only, to
 * check that a change tuned on the 'look' part (whose misses may be read) generalises. One rule for every split and
 * tool, so the parts never drift apart.
 */
import { createHash } from 'node:crypto';

export type SplitPart = 'look' | 'hold';

/** Whether an item is in the held-out part: sha256(id) starts with the hex digit 0, 1, 2 or 3. */
export function isHeldOut(id: string): boolean {
  return /^[0-3]/.test(createHash('sha256').update(id).digest('hex'));
}

/** The items of one part, in their order. */
export function splitPart<T extends { id: string }>(items: T[], part: SplitPart): T[] {
  return items.filter((it) => isHeldOut(it.id) === (part === 'hold'));
}
