/**
 * Guard of the frozen incident test split test-v29 (eval/agents/incidents-test-v29.yaml), written in session 28 (room
 * wrinc) by a hand that does not tune the engine and never ran it on these items, before dev-v29 and from other events:
 * real, cited incidents with accounts in the source's language (EN 12, RU 12, AR 12). Its sha256 and its counts per
 * class and per language are recorded here so it cannot change or shrink silently. This test does NOT score the engine
 * and prints no item. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian
 * Archive code shared with any other evaluation file), the exact counts, and that no account names an agent, its class
 * or a product (test/helpers/incident-account-names.ts). Its floor is its first score, set by the coordinator.
 * 36 incidents: choking 7, nerve 2, blister 3, riot-control 7, toxic-industrial 5, incendiary 5, none 7.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 7, nerve: 2, blister: 3, 'riot-control': 7, 'toxic-industrial': 5, incendiary: 5, none: 7 };

describeFrozenIncidentSplit({
  split: 'test-v29',
  sha256: '6e0464fa780705273c070c78a6f7706203c49d19240e216577f82a39402a1e99',
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 36, perClass: PER_CLASS, perLang: { en: 12, ru: 12, ar: 12 } },
  // first scored by the coordinator on the session-start engine (0a4c4f42 + this split), before any session-28 rule
  // landed: 30/36 = 83.3% [68.1-92.1] (EN 11/12, RU 12/12, AR 7/12), Brier 0.519 (calibrated 0.521). A floor against
  // regressions, never a target (Brier limit: the first score plus .005). Nerve (2) and blister (3) rest on thin adjudication: see §7.00055-wrinc.
  floor: { classTop1: 0.833, brierBelow: 0.524 },
});
