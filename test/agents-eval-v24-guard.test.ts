/**
 * The frozen incident test split v24 (eval/agents/incidents-test-v24.yaml): session 23's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v24 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12); blister has two items, both weak (a munitions excavation with over-exposure
 * incidents and no named casualty; one party's wartime claim), nerve two, both by the convention for an unnamed
 * cholinesterase-inhibiting pesticide, and none is the largest class (8) (see the file's header). No test prints its
 * misses, and this one does not score it (its floor is the coordinator's first score).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 7, nerve: 2, blister: 2, 'riot-control': 6, 'toxic-industrial': 5, incendiary: 6, none: 8 };

describeFrozenIncidentSplit({
  split: 'test-v24',
  sha256: '353854be9738d65443045fc360571fd24c7bfa1ed8f57bf513c10bd0103af6eb',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (bb831ae + this split), before any session-23 rule
  // landed: 31/36 = 86.1% (EN 9/12, RU 11/12, AR 11/12), Brier 0.309 (calibrated 0.272). A floor against regressions,
  // never a target (Brier limit: the first score plus .005, about one item's swing on 36).
  floor: { classTop1: 0.861, brierBelow: 0.314 },
});
