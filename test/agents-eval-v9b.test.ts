/**
 * The supplementary frozen incident test split v9b (eval/agents/incidents-test-v9b.yaml, 25 incidents): written in
 * session 7 by a different hand from the engineers tuning the engine, without running the engine on them, from events
 * in odd years only (a development split written in parallel takes the even years), to fill the classes the fifth
 * frozen split v9 left thin. It is scored together with v9 ('incidents-test-v9+v9b' in eval/agents/run.ts). The
 * checks are the ones every frozen split gets (test/helpers/frozen-incident-split.ts). It was written against a
 * landing time and is far smaller than asked (48; nerve 4, blister 1; see the file's header): the minimums are its
 * recorded counts, so it cannot silently shrink; riot-control (3) and toxic-industrial (1) were not a target (every
 * class must be present).
 *
 * Scored by the coordinator before and after session 7's tuning (figures at the floor below); the floor is a guard, never a target. Only the coordinator scores it; no test prints its misses.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'test-v9b',
  sha256: '3ea37234936f25d0d1f20c54845a2c9575ea9af2ebec0d6b6a16b77a35905e15',
  minIncidents: 25,
  minPerClass: { choking: 4, nerve: 4, blister: 1, 'riot-control': 3, 'toxic-industrial': 1, incendiary: 8, none: 4 },
  minLanguageShare: { en: 0.35, ru: 0.3, ar: 0.3 },
  sourcesHaveUrls: true,
  floor: { classTop1: 0.56, brierBelow: 0.70 }, // session 9 (9a34491): 14/25 = 56.0%, Brier 0.690 (Brier up from 0.677); session 8 (43ad61a): 13/25 = 52.0%, Brier 0.677; scored before the session's tuning landed (96f000d): 9/25 = 36.0%, Brier 0.749; after (6c1c58e): 10/25 = 40.0%, Brier 0.688
});
