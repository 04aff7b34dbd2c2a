/**
 * The incident development split dev-v20 (eval/agents/incidents-dev-v20.yaml), written in session 19 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v20 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister and nerve have one
 * item each and both are weak (a depot bunker leak nobody was exposed to; sappers poisoned by a wartime shell whose
 * filling the authorities described in conflicting ways), see the file's header. 32 incidents (en 9, ru 14, ar 9).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 2, nerve: 1, blister: 1, 'riot-control': 7, 'toxic-industrial': 8, incendiary: 4, none: 9 };

describeFrozenIncidentSplit({
  split: 'dev-v20',
  sha256: '877657be5f8d56d4cc20c8eb90669a755019f34e25d3ca5da1812bad00c19bcb',
  minIncidents: 32,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.28, ru: 0.43, ar: 0.28 },
  sourcesHaveUrls: true,
  exact: { incidents: 32, perClass: PER_CLASS, perLang: { en: 9, ru: 14, ar: 9 }, parts: { look: 20, hold: 12 } },
});
