/**
 * The incident development split dev-v15 (eval/agents/incidents-dev-v15.yaml), written in session 14 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v15 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR), weighted to choking against
 * toxic-industrial, riot-control, single-sign accounts, none and incendiary. It is DEVELOPMENT data — tuners may read the
 * misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and its counts per
 * class, per language and per part are recorded here so it cannot change or shrink silently. This test does NOT score
 * the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts: recorded
 * sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive code
 * shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a product
 * (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 4, nerve: 1, blister: 1, 'riot-control': 5, 'toxic-industrial': 5, incendiary: 7, none: 17 };

describeFrozenIncidentSplit({
  split: 'dev-v15',
  sha256: '65a0c976b6e37adbb8c228050ea873b3cc32518464ac46a0ef789540e79e1199',
  minIncidents: 40,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.32, ru: 0.32, ar: 0.35 },
  sourcesHaveUrls: true,
  exact: { incidents: 40, perClass: PER_CLASS, perLang: { en: 13, ru: 13, ar: 14 }, parts: { look: 35, hold: 5 } },
});
