/**
 * The development incident split dev-v10 (eval/agents/incidents-dev-v10.yaml, 76 incidents, English accounts only):
 * written in session 8 by a hand that does not tune the engine and never ran it on these items (a parallel file,
 * incidents-dev-v10b.yaml, takes the Russian and Arabic accounts). It is DEVELOPMENT data — tuners may read its misses —
 * but it gets the checks every frozen split gets (test/helpers/frozen-incident-split.ts): the sha256 keeps it from
 * changing silently, the counts keep it from shrinking, and it shares no id, source, URL or Syrian Archive code with any
 * other evaluation file. Its per-class minimums are its recorded counts (blister is short and nerve is thin; see the file's
 * header). No floor: it is not a frozen test split, and this test does not score it.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

describeFrozenIncidentSplit({
  split: 'dev-v10',
  sha256: '5729090b1c508cfb45fea0571b1ccdce3a6c96d6768a275a22f7cb7fb808926f',
  minIncidents: 76,
  minPerClass: { choking: 12, nerve: 8, blister: 5, 'riot-control': 13, 'toxic-industrial': 13, incendiary: 9, none: 16 },
  minLanguageShare: { en: 1, ru: 0, ar: 0 },
  sourcesHaveUrls: true,
});
