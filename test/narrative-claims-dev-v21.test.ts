// Development split v21 of the labelled claims set (eval/claims/README.md, "Test split v21 and development split dev-v21"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v21 (sha1 of an item's event key starts with 6-f here, 0-5 there;
// guarded by test/narrative-claims-v21.test.ts). This file checks the split's integrity only; it never runs the claim
// reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed file: development data
// may be appended to in later landings (then update the hash and the recorded counts with it).
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V21 } from './helpers/claims-v21.js';

describeEventSplit(V21, {
  file: 'dev-v21.jsonl',
  sha256: '41a20c0af0e63f5863f8544fa636e7a31a28d9b675851b840556435415a4672e',
  items: 125,
  perLanguage: { ar: 40, ru: 58, en: 27 },
  perSource: { web: 125 },
  blamed: { other: 56, null: 33, opposition: 15, ukraine: 8, government: 5, russia: 4, west: 4 },
  blamedPerLanguage: {
    ar: { other: 23, opposition: 9, null: 5, government: 3 },
    ru: { other: 19, null: 19, ukraine: 8, west: 4, opposition: 4, russia: 2, government: 2 },
    en: { other: 14, null: 9, opposition: 2, russia: 2 },
  },
  voice: { asserts: 57, reports: 56, none: 12 },
  staged: 14,
  prepared: 14,
  agents: { chemical: 75, 'white-phosphorus': 9, chlorine: 8, sarin: 3, novichok: 3, 'sulfur-mustard': 1 },
  events: 92,
  hold: 35,
});
