// Development split v13 of the labelled claims set (eval/claims/README.md, "Development set v13 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items (no scoring: the coordinator
// adds a floor, if any). The hash pins the landed file: development data may be appended to in later landings (then
// update the hash and the recorded counts with it). Its frozen sibling test-v13 (other events) is guarded by
// test/narrative-claims-v13.test.ts.
import { describeV13Split } from './helpers/claims-v13.js';

describeV13Split({
  file: 'dev-v13.jsonl',
  sha256: 'e3ae39bda2876620200ea03dce077f233e199d91476a59ea7b52d1a0f695ce39',
  items: 135,
  perLanguage: { ar: 62, ru: 33, en: 40 },
  perSource: { web: 122, fakes: 13 },
  blamed: { other: 85, west: 17, null: 13, opposition: 12, government: 5, russia: 3 },
  blamedPerLanguage: {
    ar: { other: 42, opposition: 10, null: 5, government: 4, russia: 1 },
    ru: { other: 24, west: 5, opposition: 2, null: 2 },
    en: { other: 19, west: 12, null: 6, russia: 2, government: 1 },
  },
  voice: { reports: 91, asserts: 42, none: 2 },
  prepared: 3,
  hold: 34,
});
