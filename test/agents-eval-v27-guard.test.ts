/**
 * The frozen incident test split v27 (eval/agents/incidents-test-v27.yaml): session 26's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v27 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12): choking 12 (seven Arabic Syrian Archive records of one side's claim), nerve 2 and
 * blister 1 (all English, weakly adjudicated: the library's nerve and blister events are nearly all held by earlier
 * splits), riot-control 5, toxic-industrial 6, incendiary 3, none 7 (see the file's header).
 * No test prints its misses, and this one does not score it (no floor yet: the coordinator adds it).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 12, nerve: 2, blister: 1, 'riot-control': 5, 'toxic-industrial': 6, incendiary: 3, none: 7 };

describeFrozenIncidentSplit({
  split: 'test-v27',
  sha256: 'd1ea5ad4f966286e349d19dcb491bd95a439d44e254332f35cc7a4ecd0706f5d',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (00fa99e + this split), before any session-26 rule
  // landed: 27/36 = 75.0% (EN 8/12, RU 10/12, AR 9/12), Brier 0.473 (calibrated 0.482). A floor against regressions,
  // never a target (Brier limit: the first score plus .005). Thin in nerve (2) and blister (1): see its header.
  floor: { classTop1: 0.75, brierBelow: 0.478 },
});
