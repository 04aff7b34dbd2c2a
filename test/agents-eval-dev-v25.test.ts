/**
 * The incident development split dev-v25 (eval/agents/incidents-dev-v25.yaml), written in session 24 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v25 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister has one item (a
 * chaplain's 1918 memoir), nerve one (a school's ant-spray applications known from a book's chronology), see the file's
 * header. 24 incidents (en 7, ru 9, ar 8).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 1, blister: 1, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 3, none: 6 };

describeFrozenIncidentSplit({
  split: 'dev-v25',
  sha256: '0d0e911d75beca39a811cb24493fc5749c37dd485bd7baef25603a6b57dda893',
  minIncidents: 24,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.29, ru: 0.37, ar: 0.33 },
  sourcesHaveUrls: true,
  exact: { incidents: 24, perClass: PER_CLASS, perLang: { en: 7, ru: 9, ar: 8 }, parts: { look: 16, hold: 8 } },
});
