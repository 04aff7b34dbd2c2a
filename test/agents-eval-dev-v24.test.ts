/**
 * The incident development split dev-v24 (eval/agents/incidents-dev-v24.yaml), written in session 23 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v24 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister has one item (a trace
 * vapour alarm in a storage igloo, nobody exposed), nerve one (an intensive-care unit's run of insecticide cases, not one
 * event), choking two (both English), see the file's header. 24 incidents (en 10, ru 7, ar 7).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 2, nerve: 1, blister: 1, 'riot-control': 6, 'toxic-industrial': 3, incendiary: 3, none: 8 };

describeFrozenIncidentSplit({
  split: 'dev-v24',
  sha256: 'e2b241e8773459841e3457f22e454e330610498959ea64f3efe78d9ccbae458a',
  minIncidents: 24,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.41, ru: 0.29, ar: 0.29 },
  sourcesHaveUrls: true,
  exact: { incidents: 24, perClass: PER_CLASS, perLang: { en: 10, ru: 7, ar: 7 }, parts: { look: 16, hold: 8 } },
});
