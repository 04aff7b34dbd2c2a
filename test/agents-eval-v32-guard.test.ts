/**
 * Guard of the frozen incident test split test-v32 (eval/agents/incidents-test-v32.yaml), written in session 31 (room
 * wrinc) by a hand that does not tune the engine and never ran it on these items: real, cited incidents with accounts
 * in EN 8, RU 8, AR 6. It records the split's sha256 (any edit fails), its exact counts per class and language, that
 * it shares no id, source, URL or Syrian Archive code with any other evaluation file, and that no account names an
 * agent, its class or a product (test/helpers/frozen-incident-split.ts). It does NOT score the engine: no floor until
 * the coordinator's first scoring. Thin: 22 items, not 30 (reachable sources are nearly all held by earlier splits);
 * ten are Syrian Archive records with few or no signs described; nerve and blister have one item each, both teaching cases.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 9, nerve: 1, blister: 1, 'riot-control': 2, 'toxic-industrial': 2, incendiary: 3, none: 4 };

describeFrozenIncidentSplit({
  split: 'test-v32',
  sha256: '92a55f3f24e6ae924ec35f66fd01a3f71eeb1e55f00fa4a4cd8ddcf87ffabc4d',
  minIncidents: 22,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.25, ru: 0.25, ar: 0.25 },
  sourcesHaveUrls: true,
  exact: { incidents: 22, perClass: PER_CLASS, perLang: { en: 8, ru: 8, ar: 6 } },
  // first scored by the coordinator on the session-start engine (0fe00c8d + this split), before any session-31 rule
  // landed: 15/22 = 68.2% [47.3-83.6] (EN 8/8, RU 3/8, AR 4/6), Brier 0.547 (calibrated 0.472). A floor against
  // regressions, never a target (Brier limit: the first score plus .005).
  floor: { classTop1: 0.681, brierBelow: 0.552 },
});
