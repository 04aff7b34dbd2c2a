/**
 * The frozen incident test split v11 (eval/agents/incidents-test-v11.yaml): session 9's frozen split, written by a
 * different hand from the engineers tuning the engine, without running the engine on the items, and chosen before any
 * tuning of session 9. The checks are the ones every frozen split gets (test/helpers/frozen-incident-split.ts): recorded
 * hash, format, per-class minimums at its recorded counts, language shares, and no shared id, source, Syrian Archive
 * code or URL with any other evaluation file. 77 incidents (en 68, ar 5, ru 4); the thinnest classes are incendiary (9,
 * largely party claims) and blister (10, four of them Suffield test-programme veterans): see the file's header for counts
 * and shortfalls. The minimums are its recorded counts, so it cannot silently shrink.
 *
 * Not yet scored: no floor (the coordinator adds it after scoring). Only the coordinator scores it; no test prints its misses.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'test-v11',
  sha256: '23aa7fbe5b7b58c969623aff6262f982fa9fc1aef90859eab4d3a3ad33e073f1',
  minIncidents: 77,
  minPerClass: { choking: 11, nerve: 10, blister: 10, 'riot-control': 12, 'toxic-industrial': 15, incendiary: 9, none: 10 },
  minLanguageShare: { en: 0.88, ru: 0.05, ar: 0.06 },
  sourcesHaveUrls: true,
});
