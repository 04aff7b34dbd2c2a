/**
 * The incident development split dev-v19 (eval/agents/incidents-dev-v19.yaml), written in session 18 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v19 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister and nerve have one
 * item each (a war agent found in an ISIS workshop in Mosul; a child's organophosphate poisoning at a school), see the
 * file's header. 42 incidents (en 16, ru 13, ar 13).
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 4, nerve: 1, blister: 1, 'riot-control': 8, 'toxic-industrial': 5, incendiary: 5, none: 18 };

describeFrozenIncidentSplit({
  split: 'dev-v19',
  sha256: '9e28e7384d8b05de35937a891ad1cec12a25c370d2423e44b8a76ad96056af5b',
  minIncidents: 42,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.38, ru: 0.3, ar: 0.3 },
  sourcesHaveUrls: true,
  exact: { incidents: 42, perClass: PER_CLASS, perLang: { en: 16, ru: 13, ar: 13 }, parts: { look: 34, hold: 8 } },
});
