/**
 * The incident development split dev-v22 (eval/agents/incidents-dev-v22.yaml), written in session 21 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v22 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister has one item and
 * nerve two, all weak (a leaking barrel in a Kerch trawl; a crop duster's drift over a school bus and an Altai village's
 * complaint about aerial spraying), incendiary one (Zaitseve, one party's statement), see the file's header. 25
 * incidents (en 7, ru 10, ar 8); the hold part is only 3 items.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 4, nerve: 2, blister: 1, 'riot-control': 4, 'toxic-industrial': 3, incendiary: 1, none: 10 };

describeFrozenIncidentSplit({
  split: 'dev-v22',
  sha256: 'b37877d12a8a4f66005a658c9f540a7ca5f2a3f3244a4d5a8fb0bf250b43b84b',
  minIncidents: 25,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.28, ru: 0.4, ar: 0.32 },
  sourcesHaveUrls: true,
  exact: { incidents: 25, perClass: PER_CLASS, perLang: { en: 7, ru: 10, ar: 8 }, parts: { look: 22, hold: 3 } },
});
