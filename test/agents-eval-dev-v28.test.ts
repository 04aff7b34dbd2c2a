/**
 * The incident development split dev-v28 (eval/agents/incidents-dev-v28.yaml), written in session 27 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v28 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN 9, RU 7, AR 8). It is
 * DEVELOPMENT data — tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) —
 * but its sha256 and its counts per class, per language and per part are recorded here so it cannot change or shrink
 * silently. This test does NOT score the engine. It gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: recorded sha256, well-formed items over every class, agents of the labelled
 * class, no id, source, URL or Syrian Archive code shared with any other evaluation file), the exact counts, and that no
 * account names an agent, its class or a product (test/helpers/incident-account-names.ts). No floor: it is not a frozen
 * test split. Nerve and blister have one item each (neither adjudicated by a named agent); four of the five choking
 * items are Syrian Archive records of one side's claim; the blister item and the three incendiary items fall in the hold
 * part (see the file's header). 24 incidents (en 9, ru 7, ar 8; look 14, hold 10).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 1, blister: 1, 'riot-control': 6, 'toxic-industrial': 5, incendiary: 3, none: 3 };

describeFrozenIncidentSplit({
  split: 'dev-v28',
  sha256: 'b20805d2f9d899ee77e91d43cc66a2ebdfd5970625dc7201af63503f5f459eb8',
  minIncidents: 24,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.29, ru: 0.29, ar: 0.29 },
  sourcesHaveUrls: true,
  exact: { incidents: 24, perClass: PER_CLASS, perLang: { en: 9, ru: 7, ar: 8 }, parts: { look: 14, hold: 10 } },
});
