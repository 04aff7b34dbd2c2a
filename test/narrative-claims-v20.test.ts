// Frozen test split v20 of the labelled claims set (eval/claims/README.md, "Test split v20 and development split dev-v20"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v20 from other events (sha1 of an item's event key starts with 0-5 here, 6-f
// there). This file checks the split's integrity only (hash, counts, ids, event partition, labels, disjointness, FROZEN
// in score.ts); it never runs the claim reader on the items. The scored floor is the coordinator's to add.
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V20 } from './helpers/claims-v20.js';

describeEventSplit(V20, {
  file: 'test-v20.jsonl',
  sha256: '39b75dca10b81f58dd9a8781b0e5096aa35f9d4c0d1b8b92e71e71cce887b12c',
  items: 83,
  perLanguage: { ar: 32, ru: 34, en: 17 },
  perSource: { web: 83 },
  blamed: { ukraine: 20, other: 20, null: 17, opposition: 11, russia: 7, government: 4, 'white-helmets': 3, west: 1 },
  blamedPerLanguage: {
    ar: { other: 12, null: 10, government: 4, opposition: 4, russia: 1, west: 1 },
    ru: { ukraine: 16, null: 5, opposition: 5, other: 5, russia: 2, 'white-helmets': 1 },
    en: { ukraine: 4, russia: 4, other: 3, 'white-helmets': 2, null: 2, opposition: 2 },
  },
  voice: { reports: 53, asserts: 25, none: 5 },
  staged: 7,
  prepared: 6,
  agents: { chemical: 36, chlorine: 2 },
  events: 66,
  hold: 19,
});
