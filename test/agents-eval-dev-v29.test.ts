/**
 * The incident development split dev-v29 (eval/agents/incidents-dev-v29.yaml), written in session 28 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v29 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN 7, RU 9, AR 8). It is
 * DEVELOPMENT data — tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) —
 * but its sha256 and its counts per class, per language and per part are recorded here so it cannot change or shrink
 * silently. This test does NOT score the engine. It gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: recorded sha256, well-formed items over every class, agents of the labelled
 * class, no id, source, URL or Syrian Archive code shared with any other evaluation file), the exact counts, and that no
 * account names an agent, its class or a product (test/helpers/incident-account-names.ts). No floor: it is not a frozen
 * test split. Nerve and blister have one item each (a historian's page on a 1982 chamber test; a veteran's memory of
 * Fao); two of the four choking items are Syrian Archive records of one side's claim. 24 incidents (en 7, ru 9, ar 8;
 * look 20, hold 4).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 4, nerve: 1, blister: 1, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 6 };

describeFrozenIncidentSplit({
  split: 'dev-v29',
  sha256: '05a316e5c404bcfb82d18f49baa39add025e24b3109e68dd1d0dc6c62c6e1591',
  minIncidents: 24,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.29, ru: 0.29, ar: 0.29 },
  sourcesHaveUrls: true,
  exact: { incidents: 24, perClass: PER_CLASS, perLang: { en: 7, ru: 9, ar: 8 }, parts: { look: 20, hold: 4 } },
});
