/**
 * The incident development split dev-v26 (eval/agents/incidents-dev-v26.yaml), written in session 25 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v26 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/AR; no Russian item). It is
 * DEVELOPMENT data — tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) —
 * but its sha256 and its counts per class, per language and per part are recorded here so it cannot change or shrink
 * silently. This test does NOT score the engine. It gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: recorded sha256, well-formed items over every class, agents of the labelled
 * class, no id, source, URL or Syrian Archive code shared with any other evaluation file), the exact counts, and that no
 * account names an agent, its class or a product (test/helpers/incident-account-names.ts). No floor: it is not a frozen
 * test split. Blister has three items, nerve two (neither names the chemical), choking thirteen, nine of them Syrian
 * Archive records of one side's claim (see the file's header). 24 incidents (en 15, ar 9).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 13, nerve: 2, blister: 3, 'riot-control': 1, 'toxic-industrial': 2, incendiary: 1, none: 2 };

describeFrozenIncidentSplit({
  split: 'dev-v26',
  sha256: 'c426a9d16a277b1349dea1fdfe8e8cfd0ebfebdebf47e2de3407c9c2aea12880',
  minIncidents: 24,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.62, ru: 0, ar: 0.37 },
  sourcesHaveUrls: true,
  exact: { incidents: 24, perClass: PER_CLASS, perLang: { en: 15, ar: 9 }, parts: { look: 20, hold: 4 } },
});
