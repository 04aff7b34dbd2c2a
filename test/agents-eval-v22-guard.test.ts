/**
 * The frozen incident test split v22 (eval/agents/incidents-test-v22.yaml): session 21's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v22 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12); blister and nerve have one item each, both weak, and incendiary three, all in
 * Arabic (see the file's header). No test prints its misses, and this one does not score it (no floor yet: the
 * coordinator adds it).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 9, nerve: 1, blister: 1, 'riot-control': 7, 'toxic-industrial': 5, incendiary: 3, none: 10 };

describeFrozenIncidentSplit({
  split: 'test-v22',
  sha256: '9bec36cba4e2215b2f99d2e2416760a6bdd4d671c042d404495c529b8983d426',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (4d42de5 + this split), before any session-21 rule
  // landed: 27/36 = 75.0% (EN 9/12, RU 11/12, AR 7/12), Brier 0.488. A floor against regressions, never a target.
  floor: { classTop1: 0.75, brierBelow: 0.489 },
});
