/**
 * The frozen incident test split v6 (eval/agents/incidents-test-v6.yaml, 90 incidents): written in session 5 by a
 * different hand from the engineer tuning the engine, without running the engine on them. The checks are the ones
 * every frozen split gets (test/helpers/frozen-incident-split.ts); the minimums are its recorded counts.
 *
 * Scored once at the end of session 5 (main 1630a50, docs/agent-differential.md §7.00000): 56/90 = 62.2%, Brier 0.484
 * against a uniform 0.857; then after each tuning round of session 6 (§7.00004): 63/90 = 70.0% (df38d55, Brier
 * 0.413) and 62/90 = 68.9% (Brier 0.422). The floor is the last of these: a guard against regressions, never a target.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'test-v6',
  sha256: '0e06d64c821d411e3486c2a40d05d12a11413becdb81f39161b60857355c9cbb',
  minIncidents: 90,
  minPerClass: { choking: 14, nerve: 9, blister: 10, 'riot-control': 16, 'toxic-industrial': 15, incendiary: 10, none: 16 },
  minLanguageShare: { en: 0.45, ru: 0.2, ar: 0.2 },
  floor: { classTop1: 0.72, brierBelow: 0.36 } // session 9 (9a34491): 65/90 = 72.2%, Brier 0.352; session 8 (43ad61a): 65/90 = 72.2%, Brier 0.366; session 7 (6c1c58e): 65/90 = 72.2%, Brier 0.393,
});
