/**
 * The incident development split dev-v23 (eval/agents/incidents-dev-v23.yaml), written in session 22 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v23 was committed and
 * from other events: real, cited incidents with accounts in the source's language (EN/RU/AR). It is DEVELOPMENT data —
 * tuners may read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and
 * its counts per class, per language and per part are recorded here so it cannot change or shrink silently. This test
 * does NOT score the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * recorded sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive
 * code shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a
 * product (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split. Blister has one item (a
 * trace vapour leak in a storage igloo, nobody exposed), nerve two (an unnamed warehouse fogger release and a toddler's
 * household insect killer), riot-control one, and ten items are none, see the file's header. 23 incidents (en 11, ru 6,
 * ar 6); the hold part is only 3 items.
 */
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PER_CLASS: Record<string, number> = { choking: 4, nerve: 2, blister: 1, 'riot-control': 1, 'toxic-industrial': 3, incendiary: 2, none: 10 };

describeFrozenIncidentSplit({
  split: 'dev-v23',
  sha256: '2810aed147f99249f721529e4037d1ca7417435a7a0cf79b2c3acbe6153a4927',
  minIncidents: 23,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.47, ru: 0.26, ar: 0.26 },
  sourcesHaveUrls: true,
  exact: { incidents: 23, perClass: PER_CLASS, perLang: { en: 11, ru: 6, ar: 6 }, parts: { look: 20, hold: 3 } },
});
