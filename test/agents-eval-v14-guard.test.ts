/**
 * The frozen incident test split v14 (eval/agents/incidents-test-v14.yaml): session 13's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v14 (different events),
 * without running the engine on the items. It is scored in aggregate only, against the floor the coordinator set after its first score.
 * It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 43 incidents (en 17, ru 13, ar 13); blister has one item and nerve two (see the file's header). No test prints its
 * misses.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 9, nerve: 2, blister: 1, 'riot-control': 7, 'toxic-industrial': 7, incendiary: 7, none: 10 };

describeFrozenIncidentSplit({
  split: 'test-v14',
  sha256: '23a704e5d740e5dffb41ba2ecb92d4a18e70790328dfbffdf545158f4d7ec08f',
  minIncidents: 43,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.39, ru: 0.3, ar: 0.3 },
  sourcesHaveUrls: true,
  exact: { incidents: 43, perClass: PER_CLASS, perLang: { en: 17, ru: 13, ar: 13 } },
  // first scored by the coordinator on the engine of fbba9e2 (session 13's start + this split), before any session-13
  // tuning landed: 36/43 = 83.7% (EN 16/17, RU 9/13, AR 11/13), Brier 0.268. A floor against regressions, never a target.
  floor: { classTop1: 0.837, brierBelow: 0.269 },
});
