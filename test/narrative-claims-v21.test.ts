// Frozen test split v21 of the labelled claims set (eval/claims/README.md, "Test split v21 and development split dev-v21"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v21 from other events (sha1 of an item's event key starts with 0-5 here, 6-f
// there). This file checks the split's integrity only (hash, counts, ids, event partition, labels, disjointness, FROZEN
// in score.ts); it never runs the claim reader on the items. The scored floor is the coordinator's to add.
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V21 } from './helpers/claims-v21.js';

describeEventSplit(V21, {
  file: 'test-v21.jsonl',
  sha256: 'ad57a03669b856b7ce3826d06b0dcad52ec3407ab6d565c06669530a7b1162db',
  items: 82,
  perLanguage: { ar: 26, ru: 39, en: 17 },
  perSource: { web: 82 },
  blamed: { null: 31, other: 21, ukraine: 11, opposition: 9, russia: 8, west: 2 },
  blamedPerLanguage: {
    ar: { other: 9, opposition: 8, null: 7, west: 1, ukraine: 1 },
    ru: { null: 18, ukraine: 10, russia: 8, other: 2, opposition: 1 },
    en: { other: 10, null: 6, west: 1 },
  },
  voice: { reports: 49, asserts: 26, none: 7 },
  staged: 9,
  prepared: 10,
  agents: { chemical: 38, 'white-phosphorus': 6, 'sulfur-mustard': 2, chlorine: 1, novichok: 1 },
  events: 41,
  hold: 22,
});
