// Development split v14 of the labelled claims set (eval/claims/README.md, "Development set v14 and test split v14"),
// weighted to English. This file checks the split's integrity only; it never runs the claim reader on the items (no
// scoring: the coordinator adds a floor, if any). The hash pins the landed file: development data may be appended to in
// later landings (then update the hash and the recorded counts with it). Its frozen sibling test-v14 (other events) is
// guarded by test/narrative-claims-v14.test.ts.
import { describeV14Split } from './helpers/claims-v14.js';

describeV14Split({
  file: 'dev-v14.jsonl',
  sha256: '26032415e9526e204b4a22bd3fc42602a841e287042b6549aa8e04e28dc6d8e4',
  items: 121,
  perLanguage: { ar: 27, ru: 33, en: 61 },
  perSource: { web: 93, fakes: 22, euvsdisinfo: 6 },
  blamed: { other: 36, ukraine: 18, null: 17, opposition: 17, russia: 14, west: 11, government: 8 },
  blamedPerLanguage: {
    ar: { other: 13, null: 4, russia: 4, west: 3, opposition: 3 },
    ru: { other: 13, ukraine: 12, opposition: 6, null: 1, west: 1 },
    en: { null: 12, other: 10, russia: 10, opposition: 8, government: 8, west: 7, ukraine: 6 },
  },
  voice: { reports: 76, asserts: 44, none: 1 },
  staged: 13,
  prepared: 8,
  agents: { chemical: 3 },
  events: 105,
  hold: 25,
});
