// Frozen test split v24 of the labelled claims set (eval/claims/README.md, "Test split v24 and development split dev-v24"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v24 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there). This file checks the split's integrity only (hash, counts, ids, event partition, labels, disjointness, FROZEN
// in score.ts); it never runs the claim reader on the items. The scored floor is the coordinator's to add.
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V24 } from './helpers/claims-v24.js';

describeEventSplit(V24, {
  file: 'test-v24.jsonl',
  sha256: 'beb67fd34f71135fbd82b45ca2f14e0219ed763133e3bedcd4ef05aa3ea17014',
  items: 115,
  perLanguage: { ar: 43, ru: 41, en: 31 },
  perSource: { web: 115 },
  blamed: { other: 39, null: 33, ukraine: 18, west: 11, government: 8, russia: 6 },
  blamedPerLanguage: {
    ar: { other: 15, null: 11, ukraine: 6, government: 5, west: 4, russia: 2 },
    ru: { null: 17, other: 11, ukraine: 5, russia: 4, government: 2, west: 2 },
    en: { other: 13, ukraine: 7, null: 5, west: 5, government: 1 },
  },
  voice: { asserts: 65, reports: 45, none: 5 },
  staged: 39,
  prepared: 21,
  agents: { chemical: 17, sarin: 12, vx: 4, chlorine: 3, 'white-phosphorus': 2, novichok: 1, 'sulfur-mustard': 1 },
  events: 16,
  hold: 30,
});
