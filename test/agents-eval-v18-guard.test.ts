/**
 * The frozen incident test split v18 (eval/agents/incidents-test-v18.yaml): session 17's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v18 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 35 incidents (en 12, ru 11, ar 12); blister and nerve have one item each (see the file's header). No test prints its
 * misses, and this one does not score it.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 1, blister: 1, 'riot-control': 5, 'toxic-industrial': 10, incendiary: 4, none: 9 };

describeFrozenIncidentSplit({
  split: 'test-v18',
  sha256: '4adff1903ca6a78b58cbc9ce6dad0279c8f4962e21d51ae3e60d4dfe6ba259df',
  minIncidents: 35,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.34, ru: 0.31, ar: 0.34 },
  sourcesHaveUrls: true,
  exact: { incidents: 35, perClass: PER_CLASS, perLang: { en: 12, ru: 11, ar: 12 } },
  // first scored by the coordinator on the session-start engine (55d607f + this split), before any session-17 rule
  // landed: 29/35 = 82.9% (EN 9/12, RU 9/11, AR 11/12), Brier 0.340. A floor against regressions, never a target.
  floor: { classTop1: 0.828, brierBelow: 0.341 },
});
