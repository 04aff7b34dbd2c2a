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
 * filling the authorities described in conflicting ways), see the file's header. 30 incidents (en 9, ru 14, ar 7).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 2, nerve: 1, blister: 1, 'riot-control': 7, 'toxic-industrial': 8, incendiary: 4, none: 7 };

describeFrozenIncidentSplit({
  split: 'dev-v20',
  sha256: '9b18fe44616ba6165528350d4ab3fdd92694c13f98773dfac8fcc7b1bf5fd5ca',
  minIncidents: 30,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.3, ru: 0.46, ar: 0.23 },
  sourcesHaveUrls: true,
  exact: { incidents: 30, perClass: PER_CLASS, perLang: { en: 9, ru: 14, ar: 7 }, parts: { look: 18, hold: 12 } },
});
