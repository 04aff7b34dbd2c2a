/**
 * The frozen incident test split v16 (eval/agents/incidents-test-v16.yaml): session 15's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v16 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 46 incidents (en 17, ru 14, ar 15); nerve has one item and blister two (see the file's header). No test prints its
 * misses, and this one does not score it.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 6, nerve: 1, blister: 2, 'riot-control': 6, 'toxic-industrial': 11, incendiary: 9, none: 11 };

describeFrozenIncidentSplit({
  split: 'test-v16',
  sha256: '9acf08b557c58e5704f7cd246d5b203dfbd62aa84bfd996b3850a897dec2287b',
  minIncidents: 46,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.36, ru: 0.3, ar: 0.32 },
  sourcesHaveUrls: true,
  exact: { incidents: 46, perClass: PER_CLASS, perLang: { en: 17, ru: 14, ar: 15 } },
  // first scored by the coordinator on the session-start engine (165fe02 + this split), before any session-15 rule
  // landed: 34/46 = 73.9% (EN 11/17, RU 10/14, AR 13/15), Brier 0.340. A floor against regressions, never a target.
  floor: { classTop1: 0.739, brierBelow: 0.341 },
});
