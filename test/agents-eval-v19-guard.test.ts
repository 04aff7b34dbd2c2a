/**
 * The frozen incident test split v19 (eval/agents/incidents-test-v19.yaml): session 18's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v19 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12); blister and nerve have one item each (see the file's header). No test prints its
 * misses, and this one scores it only for its floor (the coordinator's first score, aggregate only).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 6, nerve: 1, blister: 1, 'riot-control': 7, 'toxic-industrial': 8, incendiary: 4, none: 9 };

describeFrozenIncidentSplit({
  split: 'test-v19',
  sha256: '9d4e989b7afd0bc0f5bfc3ee1603b8b310913e7dd54da05b1b8fbdea28502430',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (d69bd9d + this split), before any session-18 rule
  // landed: 26/36 = 72.2% (EN 10/12, RU 7/12, AR 9/12), Brier 0.441. A floor against regressions, never a target.
  floor: { classTop1: 0.722, brierBelow: 0.442 },
});
