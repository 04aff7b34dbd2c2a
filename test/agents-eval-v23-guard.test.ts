/**
 * The frozen incident test split v23 (eval/agents/incidents-test-v23.yaml): session 22's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v23 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12); blister has two items, both English and weak (dumped rounds at a Delaware clam
 * plant), nerve two, both weak, toxic-industrial is over-represented (9) and every incendiary item is one party's
 * wartime statement (see the file's header). No test prints its misses, and this one does not score it (no floor yet: the coordinator adds it).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 2, blister: 2, 'riot-control': 5, 'toxic-industrial': 9, incendiary: 6, none: 7 };

describeFrozenIncidentSplit({
  split: 'test-v23',
  sha256: '29c6658932e6032abf038ab160d13f6f88412ee3e72a113202d4c88b70493ddb',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (174ee7e + this split), before any session-22 rule
  // landed: 28/36 = 77.8% (EN 9/12, RU 10/12, AR 9/12), Brier 0.383 (calibrated 0.379). A floor against regressions,
  // never a target.
  floor: { classTop1: 0.777, brierBelow: 0.383 },
});
