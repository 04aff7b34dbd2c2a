/**
 * The frozen incident test split v21 (eval/agents/incidents-test-v21.yaml): session 20's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v21 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12); blister has one item, nerve two (both weak) and incendiary three (see the file's
 * header, which also says which nine items of the first commit were replaced, before any scoring, because their events
 * were already in other files). No test prints its misses, and this one does not score it (no floor yet: the coordinator adds it).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 8, nerve: 2, blister: 1, 'riot-control': 6, 'toxic-industrial': 5, incendiary: 3, none: 11 };

describeFrozenIncidentSplit({
  split: 'test-v21',
  sha256: '0670e064f736112c6eff176680353be002b99a93434171bed0dd8db9f4df989a',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (7d28da4 + this split), before any session-20 rule
  // landed: 31/36 = 86.1% (EN 9/12, RU 10/12, AR 12/12), Brier 0.343. A floor against regressions, never a target.
  floor: { classTop1: 0.861, brierBelow: 0.344 },
});
