/**
 * The frozen incident test split v20 (eval/agents/incidents-test-v20.yaml): session 19's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v20 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12); blister and nerve have one item each and choking three (see the file's header).
 * No test prints its misses, and this one scores it only for its floor (the coordinator's first score, aggregate only).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 3, nerve: 1, blister: 1, 'riot-control': 7, 'toxic-industrial': 8, incendiary: 5, none: 11 };

describeFrozenIncidentSplit({
  split: 'test-v20',
  sha256: 'ddb5b1613c5d08260aaa325b93c5059a059acc8c2390f042e9bc6452951d74b3',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (6ee8200 + this split), before any session-19 rule
  // landed: 31/36 = 86.1% (EN 10/12, RU 11/12, AR 10/12), Brier 0.427. A floor against regressions, never a target.
  floor: { classTop1: 0.861, brierBelow: 0.428 },
});
