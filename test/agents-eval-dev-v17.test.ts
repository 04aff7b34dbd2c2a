/**
 * The incident development split dev-v17 (eval/agents/incidents-dev-v17.yaml), written in session 16 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v17 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister has two items, nerve
 * one and choking two (see the file's header).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 2, nerve: 1, blister: 2, 'riot-control': 7, 'toxic-industrial': 7, incendiary: 13, none: 14 };

describeFrozenIncidentSplit({
  split: 'dev-v17',
  sha256: '6372c9c8082ccd8117c2c5a6a2e6d5c32e8b53d8330040e84ca60ba4b1629cfe',
  minIncidents: 46,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.4, ru: 0.32, ar: 0.26 },
  sourcesHaveUrls: true,
  exact: { incidents: 46, perClass: PER_CLASS, perLang: { en: 19, ru: 15, ar: 12 }, parts: { look: 34, hold: 12 } },
});
