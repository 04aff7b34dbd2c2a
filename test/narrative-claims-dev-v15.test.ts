// Development split v15 of the labelled claims set (eval/claims/README.md, "Development set v15 and test split v15").
// This file checks the split's integrity only; it never runs the claim reader on the items (no scoring: the coordinator
// adds a floor, if any). The hash pins the landed file: development data may be appended to in later landings (then
// update the hash and the recorded counts with it). Its frozen sibling test-v15 (other events) is guarded by
// test/narrative-claims-v15.test.ts.
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V15 } from './helpers/claims-v15.js';

describeEventSplit(V15, {
  file: 'dev-v15.jsonl',
  sha256: '341fccc82fbe7c304e184bfc5af7b98ec1d8648e23c65eb49fb9fcb54def7381',
  items: 47,
  perLanguage: { ar: 6, ru: 10, en: 31 },
  perSource: { web: 30, fakes: 17 },
  blamed: { opposition: 12, ukraine: 8, government: 7, other: 7, russia: 6, null: 6, west: 1 },
  blamedPerLanguage: {
    ar: { opposition: 5, ukraine: 1 },
    ru: { ukraine: 5, opposition: 4, russia: 1 },
    en: { government: 7, other: 7, null: 6, russia: 5, opposition: 3, ukraine: 2, west: 1 },
  },
  voice: { reports: 36, asserts: 11 },
  staged: 7,
  prepared: 13,
  agents: { chlorine: 1 },
  events: 45,
  hold: 11,
});
