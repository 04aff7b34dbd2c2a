// Development split v23 of the labelled claims set (eval/claims/README.md, "Test split v23 and development split dev-v23"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v23 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v23.test.ts). This file checks the split's integrity only; it never runs the claim
// reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed file: development data
// may be appended to in later landings (then update the hash and the recorded counts with it).
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V23 } from './helpers/claims-v23.js';

describeEventSplit(V23, {
  file: 'dev-v23.jsonl',
  sha256: '997d2cbdf7b378d1672ded79c57bec427eee33c80783c24307b024c6512aac22',
  items: 102,
  perLanguage: { ar: 33, ru: 33, en: 36 },
  perSource: { web: 102 },
  blamed: { null: 30, russia: 23, other: 22, government: 13, ukraine: 11, opposition: 3 },
  blamedPerLanguage: {
    ar: { null: 12, other: 9, government: 7, russia: 3, opposition: 2 },
    ru: { null: 11, russia: 9, ukraine: 7, other: 5, government: 1 },
    en: { russia: 11, other: 8, null: 7, government: 5, ukraine: 4, opposition: 1 },
  },
  voice: { reports: 62, asserts: 27, none: 13 },
  staged: 17,
  prepared: 10,
  agents: { chemical: 17, chlorine: 9, ammonia: 7 },
  events: 18,
  hold: 25,
});
