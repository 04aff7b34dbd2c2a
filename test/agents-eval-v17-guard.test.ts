/**
 * The frozen incident test split v17 (eval/agents/incidents-test-v17.yaml): session 16's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v17 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 46 incidents (en 16, ru 15, ar 15); blister has one item and nerve three (see the file's header). No test prints its
 * misses, and this one does not score it.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 3, blister: 1, 'riot-control': 7, 'toxic-industrial': 11, incendiary: 7, none: 12 };

describeFrozenIncidentSplit({
  split: 'test-v17',
  sha256: '5b216ae71ae8cee7a7b72051c59429c029af49a4ff222d6ead62af6b23fc26f8',
  minIncidents: 46,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.34, ru: 0.32, ar: 0.32 },
  sourcesHaveUrls: true,
  exact: { incidents: 46, perClass: PER_CLASS, perLang: { en: 16, ru: 15, ar: 15 } },
  // first scored by the coordinator on the session-start engine (da744cf + this split), before any session-16 rule
  // landed: 39/46 = 84.8% (EN 14/16, RU 13/15, AR 12/15), Brier 0.312. A floor against regressions, never a target.
  floor: { classTop1: 0.847, brierBelow: 0.313 },
});
