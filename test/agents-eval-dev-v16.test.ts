/**
 * The incident development split dev-v16 (eval/agents/incidents-dev-v16.yaml), written in session 15 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v16 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR), with witness, medic and
 * official voices and short and long accounts. It is DEVELOPMENT data — tuners may read the misses of its look part
 * (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and its counts per class, per language and per
 * part are recorded here so it cannot change or shrink silently. This test does NOT score the engine. It gives the checks
 * every frozen incident split gets (test/helpers/frozen-incident-split.ts: recorded sha256, well-formed items over every
 * class, agents of the labelled class, no id, source, URL or Syrian Archive code shared with any other evaluation file),
 * the exact counts, and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * No floor: it is not a frozen test split. Blister and nerve have one item each (see the file's header).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 4, nerve: 1, blister: 1, 'riot-control': 11, 'toxic-industrial': 8, incendiary: 10, none: 11 };

describeFrozenIncidentSplit({
  split: 'dev-v16',
  sha256: '961f9668f0cef3dc8c28ca315091d1a0755ba7a6d2caec1a7e8d449ffa402b10',
  minIncidents: 46,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.3, ru: 0.36, ar: 0.32 },
  sourcesHaveUrls: true,
  exact: { incidents: 46, perClass: PER_CLASS, perLang: { en: 14, ru: 17, ar: 15 }, parts: { look: 35, hold: 11 } },
});
