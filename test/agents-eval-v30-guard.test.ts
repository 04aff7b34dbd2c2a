/**
 * Guard of the frozen incident test split test-v30 (eval/agents/incidents-test-v30.yaml), written in session 29 (room
 * wrinc) by a hand that does not tune the engine and never ran it on these items: real, cited incidents with accounts
 * in EN 8, RU 7, AR 8. It records the split's sha256 (any edit fails), its exact counts per class and language, that
 * it shares no id, source, URL or Syrian Archive code with any other evaluation file, and that no account names an
 * agent, its class or a product (test/helpers/frozen-incident-split.ts). Its floor is its first score, set by the
 * coordinator. Thin: 23 items, not 36 (reachable sources are nearly all held by earlier splits);
 * nerve and blister have one item each (a Syrian Archive record resting on one report; a historian's account of a
 * laboratory accident).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 3, nerve: 1, blister: 1, 'riot-control': 8, 'toxic-industrial': 3, incendiary: 2, none: 5 };

describeFrozenIncidentSplit({
  split: 'test-v30',
  sha256: '60d11e32c0fe3c223cc8f8b70c39e01c8041eddae3015b1ebcc57cf3cf5d2771',
  minIncidents: 23,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.3, ru: 0.3, ar: 0.3 },
  sourcesHaveUrls: true,
  exact: { incidents: 23, perClass: PER_CLASS, perLang: { en: 8, ru: 7, ar: 8 } },
  // first scored by the coordinator on the session-start engine (561b11ce + this split), before any session-29 rule
  // landed: 19/23 = 82.6% [62.9-93.0] (EN 6/8, RU 6/7, AR 7/8), Brier 0.423 (calibrated 0.362). A floor against
  // regressions, never a target (Brier limit: the first score plus .005).
  floor: { classTop1: 0.826, brierBelow: 0.428 },
});
