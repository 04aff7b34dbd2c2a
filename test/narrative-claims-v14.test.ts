// Frozen test split v14 of the labelled claims set (eval/claims/README.md, "Development set v14 and test split v14"),
// written by the same hand as the development set dev-v14 from other events (an event's sha1 starts with 0-5 here, 6-f
// there), weighted to English. This file checks the split's integrity only (hash, counts, ids, event partition, shared-
// data excerpts, disjointness, FROZEN in score.ts); it never runs the claim reader on the items. The coordinator adds the
// scored floor.
import { describeV14Split } from './helpers/claims-v14.js';

describeV14Split({
  file: 'test-v14.jsonl',
  sha256: '29a81c2dbe5c427736602407df9eda0e90facb6cb136ab19ca86480e40cc0c23',
  items: 100,
  perLanguage: { ar: 28, ru: 19, en: 53 },
  perSource: { web: 70, fakes: 27, euvsdisinfo: 3 },
  blamed: { other: 31, opposition: 20, russia: 13, null: 12, ukraine: 11, government: 8, west: 5 },
  blamedPerLanguage: {
    ar: { opposition: 12, other: 7, russia: 4, null: 4, west: 1 },
    ru: { other: 11, ukraine: 5, russia: 3 },
    en: { other: 13, null: 8, opposition: 8, government: 8, russia: 6, ukraine: 6, west: 4 },
  },
  voice: { reports: 59, asserts: 40, none: 1 },
  staged: 4,
  prepared: 5,
  agents: { vx: 3 },
  events: 85,
  hold: 27,
});
