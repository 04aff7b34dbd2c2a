/**
 * The frozen incident test split v26 (eval/agents/incidents-test-v26.yaml): session 25's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v26 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12), balanced toward the classes the engine reads worst: blister 6 and nerve 6 (all
 * English; two nerve items are weapons-plant traces with nobody ill), choking 16 (ten Arabic, eight of them Syrian
 * Archive records of one side's claim), riot-control 2, toxic-industrial 1, incendiary 2, none 3 (see the file's header).
 * No test prints its misses, and this one does not score it (no floor yet: the coordinator adds it).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 16, nerve: 6, blister: 6, 'riot-control': 2, 'toxic-industrial': 1, incendiary: 2, none: 3 };

describeFrozenIncidentSplit({
  split: 'test-v26',
  sha256: 'b90b69abcba5f00549fcce651edf9d8b3a4c0e3451d00d06362c274af5447fec',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (2dd587d + this split), before any session-25 rule
  // landed: 12/36 = 33.3% (EN 3/12, RU 5/12, AR 4/12), Brier 0.742 (calibrated 0.882); 8 of 36 with no usable feature
  // (no leader). A floor against regressions, never a target (Brier limit: the first score plus .005). The split is heavy
  // in the hard classes (choking 16, nerve 6, blister 6) and holds accounts its writer marks as thin (see its header).
  floor: { classTop1: 0.333, brierBelow: 0.747 },
});
