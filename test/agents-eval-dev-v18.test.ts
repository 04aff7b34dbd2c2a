/**
 * The incident development split dev-v18 (eval/agents/incidents-dev-v18.yaml), written in session 17 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v18 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister and nerve have one
 * item each, both found containers labelled with war agents (see the file's header). 42 incidents.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 1, blister: 1, 'riot-control': 8, 'toxic-industrial': 7, incendiary: 6, none: 14 };

describeFrozenIncidentSplit({
  split: 'dev-v18',
  sha256: '22f46c932d608207470cbd41f8c4d750201838955f03114242c655b19d2185e4',
  minIncidents: 42,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.33, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 42, perClass: PER_CLASS, perLang: { en: 14, ru: 14, ar: 14 }, parts: { look: 33, hold: 9 } },
});
