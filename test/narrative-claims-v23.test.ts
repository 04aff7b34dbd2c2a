// Frozen test split v23 of the labelled claims set (eval/claims/README.md, "Test split v23 and development split dev-v23"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v23 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there). This file checks the split's integrity only (hash, counts, ids, event partition, labels, disjointness, FROZEN
// in score.ts); it never runs the claim reader on the items. The scored floor is the coordinator's to add.
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V23 } from './helpers/claims-v23.js';

describeEventSplit(V23, {
  file: 'test-v23.jsonl',
  sha256: '06c0104e6d25aea37f4b60fafb509d55891a1fd0a6c0d10106402092ee3b51ec',
  items: 87,
  perLanguage: { ar: 31, ru: 25, en: 31 },
  perSource: { web: 87 },
  blamed: { null: 28, other: 25, opposition: 16, russia: 11, ukraine: 6, west: 1 },
  blamedPerLanguage: {
    ar: { opposition: 16, other: 10, null: 5 },
    ru: { null: 10, russia: 6, ukraine: 5, other: 3, west: 1 },
    en: { null: 13, other: 12, russia: 5, ukraine: 1 },
  },
  voice: { reports: 59, asserts: 23, none: 5 },
  staged: 6,
  prepared: 12,
  agents: { chemical: 23, novichok: 5, chlorine: 2, 'sulfur-mustard': 1, 'hydrogen-sulfide': 1 },
  events: 22,
  hold: 27,
});
