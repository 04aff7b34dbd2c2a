/**
 * The incident development split dev-v21 (eval/agents/incidents-dev-v21.yaml), written in session 20 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v21 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister and nerve have one
 * item each and both are weak (a box of labelled ampoules nobody was exposed to; Cambodian factory faintings put down,
 * with a 'perhaps', to rice-field spraying), see the file's header. 22 incidents (en 10, ru 8, ar 4); the hold part is
 * only 2 items.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 2, nerve: 1, blister: 1, 'riot-control': 5, 'toxic-industrial': 5, incendiary: 2, none: 6 };

describeFrozenIncidentSplit({
  split: 'dev-v21',
  sha256: '99a7077cfeb978c981ba00b6fd19abf64b55a5355fe9f3dc58245cb19ef9a007',
  minIncidents: 22,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.45, ru: 0.36, ar: 0.18 },
  sourcesHaveUrls: true,
  exact: { incidents: 22, perClass: PER_CLASS, perLang: { en: 10, ru: 8, ar: 4 }, parts: { look: 20, hold: 2 } },
});
