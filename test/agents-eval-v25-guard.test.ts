/**
 * The frozen incident test split v25 (eval/agents/incidents-test-v25.yaml): session 24's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v25 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12); blister has one item, weak (a gunner officer's 1917 diary), nerve one, by the
 * convention for an unnamed cholinesterase-inhibiting pesticide, and none is the largest class (10) (see the file's
 * header). No test prints its misses, and its floor is the coordinator's first score.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 4, nerve: 1, blister: 1, 'riot-control': 7, 'toxic-industrial': 8, incendiary: 5, none: 10 };

describeFrozenIncidentSplit({
  split: 'test-v25',
  sha256: 'ecad649d76fa270b2817d5539d7802689c7383d2f300fd70029ba4a36e56db4b',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (4874c26 + this split), before any session-24 rule
  // landed: 35/36 = 97.2% (EN 11/12, RU 12/12, AR 12/12), Brier 0.249 (calibrated 0.194). A floor against regressions,
  // never a target (Brier limit: the first score plus .005). The split is light in the hard classes (blister 1, nerve 1,
  // choking 4): its figure is no estimate of the engine on unseen incidents; the pooled unseen figure is.
  floor: { classTop1: 0.972, brierBelow: 0.254 },
});
