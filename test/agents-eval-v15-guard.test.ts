/**
 * The frozen incident test split v15 (eval/agents/incidents-test-v15.yaml): session 14's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v15 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 41 incidents (en 13, ru 14, ar 14); blister has one item (see the file's header). No test prints its misses.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 3, blister: 1, 'riot-control': 8, 'toxic-industrial': 10, incendiary: 6, none: 8 };

describeFrozenIncidentSplit({
  split: 'test-v15',
  sha256: '978c54d24e943f43a5c178084c08c4160b83a2f122c5742c9df1065f83304ee8',
  minIncidents: 41,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.31, ru: 0.34, ar: 0.34 },
  sourcesHaveUrls: true,
  exact: { incidents: 41, perClass: PER_CLASS, perLang: { en: 13, ru: 14, ar: 14 } },
  // first scored by the coordinator on the session-start engine (4c2ee84 + this split), before any session-14 rule
  // landed: 29/41 = 70.7% (EN 8/13, RU 11/14, AR 10/14), Brier 0.398. A floor against regressions, never a target.
  floor: { classTop1: 0.707, brierBelow: 0.399 },
});
