/**
 * The frozen incident test split v7 (eval/agents/incidents-test-v7.yaml, 111 incidents): written in session 6 by a
 * different hand from the engineer tuning the engine, without running the engine on them, and frozen on main (655a42c)
 * before the first tuning commit of that session landed. The checks are the ones every frozen split gets
 * (test/helpers/frozen-incident-split.ts); at least 12 incidents per class, about half English.
 *
 * No test scored it while the engine was tuned. The coordinator scored it before session 6's changes (655a42c:
 * 51/111 = 45.9%) and after each tuning round (docs/agent-differential.md §7.00004): 70/111 = 63.1% (df38d55, Brier
 * 0.549), then 69/111 = 62.2% (Brier 0.552). The floor is the last: a guard against regressions, never a target.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'test-v7',
  sha256: '3c6acdca25a58cfe39df9d9517e0efbe5f8d25b9a0dd9b058c32e6f3ba5ce94e',
  minIncidents: 100,
  minPerClass: 12,
  minLanguageShare: { en: 0.4, ru: 0.2, ar: 0.2 },
  floor: { classTop1: 0.65, brierBelow: 0.495 } // session 10 (coordinator, after the review): 74 -> 73/111 = 65.8%, Brier 0.486 -> 0.494 (no_casualties split from no_poisoning_signs with its value for `none` chosen on development, and the lay-vocabulary round); floors lowered from 0.66 / 0.49, said here, not tuned back; session 9 (9a34491): 74/111 = 66.7%, Brier 0.486 (two fewer than session 8: the absence and phosphine inference of c1eb1bf, kept for its cited knowledge; docs §7.00015); session 8 (43ad61a): 76/111 = 68.5%, Brier 0.497; session 7 (6c1c58e): 71/111 = 64.0%, Brier 0.514,
});
