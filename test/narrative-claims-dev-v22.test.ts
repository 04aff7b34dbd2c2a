// Development split v22 of the labelled claims set (eval/claims/README.md, "Test split v22 and development split dev-v22"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v22 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v22.test.ts). This file checks the split's integrity only; it never runs the claim
// reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed file: development data
// may be appended to in later landings (then update the hash and the recorded counts with it).
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V22 } from './helpers/claims-v22.js';

describeEventSplit(V22, {
  file: 'dev-v22.jsonl',
  sha256: '0f903cd348298b98fc57a63164f87f8080ac2ae1f27a8da45f9550f95afceccd',
  items: 108,
  perLanguage: { ar: 41, ru: 38, en: 29 },
  perSource: { web: 108 },
  blamed: { null: 66, russia: 16, opposition: 12, government: 7, other: 4, west: 1, 'white-helmets': 1, ukraine: 1 },
  blamedPerLanguage: {
    ar: { null: 20, russia: 8, government: 6, opposition: 6, other: 1 },
    ru: { null: 33, other: 2, 'white-helmets': 1, ukraine: 1, opposition: 1 },
    en: { null: 13, russia: 8, opposition: 5, other: 1, west: 1, government: 1 },
  },
  voice: { reports: 73, asserts: 21, none: 14 },
  staged: 10,
  prepared: 9,
  agents: { chemical: 44, novichok: 13, 'white-phosphorus': 4, sarin: 3, none: 2, chlorine: 2 },
  events: 20,
  hold: 21,
});
