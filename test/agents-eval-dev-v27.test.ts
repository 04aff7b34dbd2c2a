/**
 * The incident development split dev-v27 (eval/agents/incidents-dev-v27.yaml), written in session 26 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v27 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR, 8 each). It is
 * DEVELOPMENT data — tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) —
 * but its sha256 and its counts per class, per language and per part are recorded here so it cannot change or shrink
 * silently. This test does NOT score the engine. It gives the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: recorded sha256, well-formed items over every class, agents of the labelled
 * class, no id, source, URL or Syrian Archive code shared with any other evaluation file), the exact counts, and that no
 * account names an agent, its class or a product (test/helpers/incident-account-names.ts). No floor: it is not a frozen
 * test split. Nerve and blister have one item each (neither adjudicated by a named agent), choking eleven (six Syrian
 * Archive records of one side's claim, five Russian sauna and pool releases); the one toxic-industrial item is in the
 * hold part (see the file's header). 24 incidents (en 8, ru 8, ar 8; look 16, hold 8).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 11, nerve: 1, blister: 1, 'riot-control': 4, 'toxic-industrial': 1, incendiary: 2, none: 4 };

describeFrozenIncidentSplit({
  split: 'dev-v27',
  sha256: 'b325a9e9bb44bccfc64ad66678660887e03608b2fee922ee7a157dd73359f71e',
  minIncidents: 24,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 24, perClass: PER_CLASS, perLang: { en: 8, ru: 8, ar: 8 }, parts: { look: 16, hold: 8 } },
});
