// Development split v24 of the labelled claims set (eval/claims/README.md, "Test split v24 and development split dev-v24"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v24 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v24.test.ts). This file checks the split's integrity only; it never runs the claim
// reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed file: development data
// may be appended to in later landings (then update the hash and the recorded counts with it).
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V24 } from './helpers/claims-v24.js';

describeEventSplit(V24, {
  file: 'dev-v24.jsonl',
  sha256: '35472ad8ce9b816f6c044ba78c7e552ab0528749350e6c21862070717be808ca',
  items: 97,
  perLanguage: { ar: 40, ru: 26, en: 31 },
  perSource: { web: 97 },
  blamed: { other: 42, null: 23, government: 16, russia: 14, west: 1, ukraine: 1 },
  blamedPerLanguage: {
    ar: { other: 20, government: 12, null: 4, russia: 4 },
    ru: { null: 15, other: 4, russia: 4, west: 1, ukraine: 1, government: 1 },
    en: { other: 18, russia: 6, null: 4, government: 3 },
  },
  voice: { asserts: 50, reports: 43, none: 4 },
  staged: 25,
  prepared: 14,
  agents: { chemical: 34, sarin: 6, 'sulfur-mustard': 3, chlorine: 1, novichok: 1 },
  events: 17,
  hold: 24,
});
