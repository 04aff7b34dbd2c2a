/**
 * Guard of the frozen incident test split test-v31 (eval/agents/incidents-test-v31.yaml), written in session 30 (room
 * wrinc) by a hand that does not tune the engine and never ran it on these items: real, cited incidents with accounts
 * in EN 10, RU 10, AR 11. It records the split's sha256 (any edit fails), its exact counts per class and language, that
 * it shares no id, source, URL or Syrian Archive code with any other evaluation file, and that no account names an
 * agent, its class or a product (test/helpers/frozen-incident-split.ts). It does NOT score the engine: no floor until
 * the coordinator's first scoring. Thin: 31 items, not 36 (reachable sources are nearly all held by earlier splits);
 * nerve has two items, both farm chemicals; six of the nine choking items are one side's claims in Syria.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 9, nerve: 2, blister: 3, 'riot-control': 5, 'toxic-industrial': 3, incendiary: 3, none: 6 };

describeFrozenIncidentSplit({
  split: 'test-v31',
  sha256: 'f693059d6593fd409ec98d356aac9fbcda966caf7f870879214742a078a687e6',
  minIncidents: 31,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.3, ru: 0.3, ar: 0.3 },
  sourcesHaveUrls: true,
  exact: { incidents: 31, perClass: PER_CLASS, perLang: { en: 10, ru: 10, ar: 11 } },
  // first scored by the coordinator on the session-start engine (571c91b4 + this split), before any session-30 rule
  // landed: 25/31 = 80.6% [63.7-90.8] (EN 6/10, RU 10/10, AR 9/11), Brier 0.391 (calibrated 0.369). A floor against
  // regressions, never a target (Brier limit: the first score plus .005).
  floor: { classTop1: 0.806, brierBelow: 0.396 },
});
