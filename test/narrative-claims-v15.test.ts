// Frozen test split v15 of the labelled claims set (eval/claims/README.md, "Development set v15 and test split v15"),
// written by the same hand as the development set dev-v15 from other events (an event's sha1 starts with 0-5 here, 6-f
// there). This file checks the split's integrity only (hash, counts, ids, event partition, FA-KES excerpts,
// disjointness); it never runs the claim reader on the items. The coordinator adds the scored floor.
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V15 } from './helpers/claims-v15.js';

describeEventSplit(V15, {
  file: 'test-v15.jsonl',
  sha256: '87f977ff581eaeb3adf709b0f40d5d2f73724363312ad11878073a7ff776c8d2',
  items: 29,
  perLanguage: { ar: 6, ru: 4, en: 19 },
  perSource: { web: 18, fakes: 11 },
  blamed: { government: 6, null: 6, ukraine: 5, opposition: 4, west: 3, russia: 3, other: 2 },
  blamedPerLanguage: {
    ar: { ukraine: 3, russia: 2, west: 1 },
    ru: { opposition: 3, ukraine: 1 },
    en: { government: 6, null: 6, west: 2, other: 2, russia: 1, ukraine: 1, opposition: 1 },
  },
  voice: { reports: 23, asserts: 6 },
  staged: 3,
  prepared: 4,
  agents: { chlorine: 1, chemical: 1 },
  events: 28,
  hold: 5,
});
