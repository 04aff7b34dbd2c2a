/**
 * The frozen incident test split v10b (eval/agents/incidents-test-v10b.yaml, 86 incidents: AR 45, RU 41): written in session 8 by a different hand
 * from the engineers tuning the engine, without running the engine on it, from Russian- and Arabic-language accounts only
 * (a frozen split written in parallel, test-v10, takes the English ones). The checks are the ones every frozen split gets
 * (test/helpers/frozen-incident-split.ts). nerve and blister are below the eight per class asked for (see the file's
 * header): the minimums are its recorded counts, so it cannot silently shrink. No floor yet: the coordinator adds it
 * after scoring; only the coordinator scores it and no test prints its misses.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'test-v10b',
  sha256: '405907176fb072438627b135075b1f649678bb1f557a8720dcab07146be02da8',
  minIncidents: 86,
  minPerClass: { choking: 20, nerve: 5, blister: 6, 'riot-control': 16, 'toxic-industrial': 11, incendiary: 9, none: 19 },
  minLanguageShare: { en: 0, ru: 0.47, ar: 0.52 },
  sourcesHaveUrls: true,
  // scored by the coordinator only: before session 8's tuning landed (cc86cfa) 50/86 = 58.1%, Brier 0.579; after
  // (43ad61a) 51/86 = 59.3%, Brier 0.572. The floor is a guard against regressions, never a target.
  // session 9 (9a34491): 50/86 = 58.1%, Brier 0.554 (one fewer, c1eb1bf; docs §7.00015).
  floor: { classTop1: 0.58, brierBelow: 0.56 },
});
