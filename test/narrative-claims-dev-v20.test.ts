// Development split v20 of the labelled claims set (eval/claims/README.md, "Test split v20 and development split dev-v20"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v20 (sha1 of an item's event key starts with 6-f here, 0-5 there;
// guarded by test/narrative-claims-v20.test.ts). This file checks the split's integrity only; it never runs the claim
// reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed file: development data
// may be appended to in later landings (then update the hash and the recorded counts with it).
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V20 } from './helpers/claims-v20.js';

describeEventSplit(V20, {
  file: 'dev-v20.jsonl',
  sha256: '065e3c831690be991a897cb20e99f7681aadd50687f7bb4d2cb5bc4c2667a902',
  items: 157,
  perLanguage: { ar: 55, ru: 60, en: 42 },
  perSource: { web: 157 },
  blamed: { null: 44, other: 29, russia: 25, ukraine: 22, opposition: 15, west: 12, government: 9, 'white-helmets': 1 },
  blamedPerLanguage: {
    ar: { null: 20, other: 13, government: 8, opposition: 6, west: 5, 'white-helmets': 1, russia: 1, ukraine: 1 },
    ru: { ukraine: 18, null: 18, russia: 10, other: 8, west: 3, opposition: 3 },
    en: { russia: 14, other: 8, null: 6, opposition: 6, west: 4, ukraine: 3, government: 1 },
  },
  voice: { reports: 101, asserts: 45, none: 11 },
  staged: 12,
  prepared: 14,
  agents: { chemical: 58, ammonia: 7, chlorine: 4, 'white-phosphorus': 4, novichok: 3 },
  events: 104,
  hold: 43,
});
