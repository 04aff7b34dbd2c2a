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
 * item each, both found containers labelled with war agents, and choking three (see the file's header).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 3, nerve: 1, blister: 1, 'riot-control': 6, 'toxic-industrial': 7, incendiary: 3, none: 12 };

describeFrozenIncidentSplit({
  split: 'dev-v18',
  sha256: '5b0b75a5efbc6f15b1f1ab017d29c3084771a22793349e91d32dbf99a482f198',
  minIncidents: 33,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.33, ru: 0.36, ar: 0.3 },
  sourcesHaveUrls: true,
  exact: { incidents: 33, perClass: PER_CLASS, perLang: { en: 11, ru: 12, ar: 10 }, parts: { look: 26, hold: 7 } },
});
