/**
 * The incident development split dev-v14 (eval/agents/incidents-dev-v14.yaml), written in session 13 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v14 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR), weighted to choking against
 * toxic-industrial, riot-control, single-sign accounts, none and incendiary. It is DEVELOPMENT data — tuners may read the
 * misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and its counts per
 * class, per language and per part are recorded here so it cannot change or shrink silently. This test does NOT score
 * the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts: recorded
 * sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive code
 * shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a product
 * (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 6, nerve: 1, blister: 1, 'riot-control': 7, 'toxic-industrial': 13, incendiary: 8, none: 8 };

describeFrozenIncidentSplit({
  split: 'dev-v14',
  sha256: '28601522306c1d75c1fe424e262f35b399b8be6232e87b753afb3d5e57836cb3',
  minIncidents: 44,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.38, ru: 0.36, ar: 0.25 },
  sourcesHaveUrls: true,
  exact: { incidents: 44, perClass: PER_CLASS, perLang: { en: 17, ru: 16, ar: 11 }, parts: { look: 38, hold: 6 } },
});
