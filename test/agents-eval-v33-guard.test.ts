/**
 * Guard of the frozen incident test split test-v33 (eval/agents/incidents-test-v33.yaml), written in session 32 (room
 * wrinc) by a hand that does not tune the engine and never ran it on these items: real, cited incidents with accounts
 * in EN 7, RU 4, AR 3, each carrying at least one usable observation (a sign, smell, onset or delivery). It records the
 * split's sha256 (any edit fails), its exact counts per class and language, that it shares no id, source, URL or Syrian
 * Archive code with any other evaluation file, and that no account names an agent, its class or a product
 * (test/helpers/frozen-incident-split.ts). Floor: the coordinator's first scoring (below).
 * Thin: 14 items, not 30 (reachable sources are nearly all held by earlier splits); choking, blister and incendiary have
 * one item each; three accounts are rendered from other languages.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 1, nerve: 2, blister: 1, 'riot-control': 4, 'toxic-industrial': 2, incendiary: 1, none: 3 };

describeFrozenIncidentSplit({
  split: 'test-v33',
  sha256: 'b4b2e6fec909b9fa499cef3abb484a9604c00188f433a831c3834ea8dc180862',
  minIncidents: 14,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.45, ru: 0.25, ar: 0.2 },
  sourcesHaveUrls: true,
  exact: { incidents: 14, perClass: PER_CLASS, perLang: { en: 7, ru: 4, ar: 3 } },
  // First score (session 32 coordinator, engine b328514b + this split, before any session-32 engine change had
  // landed): 13/14 = 92.9% (EN 6/7, RU 4/4, AR 3/3), Brier 0.283 (calibrated 0.220). A floor against regressions.
  floor: { classTop1: 0.928, brierBelow: 0.288 },
});
