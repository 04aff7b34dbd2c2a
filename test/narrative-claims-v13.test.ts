// Frozen test split v13 of the labelled claims set (eval/claims/README.md, "Test split v13 (web)"), written by the same
// hand as the development set dev-v13 from other events (an event's sha1 starts with 0-5 here, 6-f there).
// This file checks the split's integrity only (hash, counts, ids, event partition, disjointness, FROZEN in score.ts);
// it never runs the claim reader on the items. The coordinator adds the scored floor.
import { describeV13Split } from './helpers/claims-v13.js';

describeV13Split({
  file: 'test-v13.jsonl',
  sha256: '3579acf40a4eb80a11862c67fd80d272b5b379eb0ccccd22d663fd3b613f3cc9',
  items: 69,
  perLanguage: { ar: 39, ru: 15, en: 15 },
  perSource: { web: 65, fakes: 4 },
  blamed: { other: 40, opposition: 9, null: 9, west: 6, government: 5 },
  blamedPerLanguage: {
    ar: { other: 22, opposition: 6, null: 6, government: 5 },
    ru: { other: 8, west: 3, opposition: 2, null: 2 },
    en: { other: 10, west: 3, null: 1, opposition: 1 },
  },
  voice: { reports: 42, asserts: 24, none: 3 },
  prepared: 0,
  hold: 17,
});
