/**
 * The frozen incident test split v28 (eval/agents/incidents-test-v28.yaml): session 27's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v28 (different events),
 * without running the engine on the items. It is scored in aggregate only, by the coordinator, who adds its floor after
 * the first score. It records the hash (any edit fails) and gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), with the exact counts per class and per
 * language and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * 36 incidents (en 12, ru 12, ar 12): choking 9 (five Arabic Syrian Archive records of one side's claim), nerve 1 and
 * blister 1 (weakly adjudicated: the library's nerve and blister events are nearly all held by earlier splits),
 * riot-control 8, toxic-industrial 6, incendiary 3, none 8 (see the file's header).
 * No test prints its misses; its floor is its first score, set by the coordinator.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 9, nerve: 1, blister: 1, 'riot-control': 8, 'toxic-industrial': 6, incendiary: 3, none: 8 };

describeFrozenIncidentSplit({
  split: 'test-v28',
  sha256: '48053f626db8505a0fd97765c461a5b84a11e1cf110cb51b181fa702d879034f',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (aa01028b + this split), before any session-27 rule
  // landed: 27/36 = 75.0% (EN 7/12, RU 10/12, AR 10/12), Brier 0.551 (calibrated 0.586). A floor against regressions,
  // never a target (Brier limit: the first score plus .005). Thin in nerve (1) and blister (1): see its header.
  floor: { classTop1: 0.75, brierBelow: 0.556 },
});
