/**
 * The frozen incident test split v9 (eval/agents/incidents-test-v9.yaml, 62 incidents): written in session 7 by a
 * different hand from the engineers tuning the engine, without running the engine on them, from events in odd years
 * only (a development split written in parallel takes the even years). The checks are the ones every frozen split gets
 * (test/helpers/frozen-incident-split.ts). It was written against a landing deadline and is smaller than asked
 * (nerve 1, blister 3, incendiary 6, choking 9; see the file's header): the minimums are its recorded counts, so it
 * cannot silently shrink.
 *
 * Scored by the coordinator before and after session 7's tuning (figures at the floor below); the floor is a guard, never a target. Only the coordinator scores it; no test prints its misses.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'test-v9',
  sha256: '480fe919823cf8a89c596a13fe1aeafef44b8540873f38e16b456c2b87c26821',
  minIncidents: 62,
  minPerClass: { choking: 9, nerve: 1, blister: 3, 'riot-control': 13, 'toxic-industrial': 16, incendiary: 6, none: 14 },
  minLanguageShare: { en: 0.35, ru: 0.25, ar: 0.3 },
  sourcesHaveUrls: true,
  floor: { classTop1: 0.74, brierBelow: 0.38 }, // session 9 (9a34491): 46/62 = 74.2%, Brier 0.372; session 8 (43ad61a): 42/62 = 67.7%, Brier 0.447; scored before the session's tuning landed (80c4f58): 35/62 = 56.5%, Brier 0.580; after (6c1c58e): 40/62 = 64.5%, Brier 0.483
});
