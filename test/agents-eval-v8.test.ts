/**
 * The frozen incident test split v8 (eval/agents/incidents-test-v8.yaml, 56 incidents): written in session 6 by a
 * different hand from the engineer tuning the engine, without running the engine on them, and frozen on main (a0b761e)
 * before that session's second tuning round landed. The checks are the ones every frozen split gets
 * (test/helpers/frozen-incident-split.ts). It was written against a hard deadline and is smaller than asked (nerve 3,
 * blister 2, incendiary 8; English 39%; see the file's header): the minimums are its recorded counts, so it cannot
 * silently shrink.
 *
 * Scored before and after the second round (docs/agent-differential.md §7.00004): 32/56 = 57.1% both times, Brier
 * 0.520 -> 0.517 (uniform 0.857). The floor is a guard against regressions, never a target.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'test-v8',
  sha256: 'afb7ce63a10298ebbbc0303f871a461a90e75077874f59d2434d196ad1778276',
  minIncidents: 56,
  minPerClass: { choking: 10, nerve: 3, blister: 2, 'riot-control': 9, 'toxic-industrial': 10, incendiary: 8, none: 14 },
  minLanguageShare: { en: 0.35, ru: 0.2, ar: 0.2 },
  sourcesHaveUrls: true,
  floor: { classTop1: 0.71, brierBelow: 0.38 }, // session 8 (43ad61a): 40/56 = 71.4%, Brier 0.370 (session 7: 34/56 = 60.7%)
});
