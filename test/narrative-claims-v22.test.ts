// Frozen test split v22 of the labelled claims set (eval/claims/README.md, "Test split v22 and development split dev-v22"):
// real web pages (Russian, Arabic, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v22 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there). This file checks the split's integrity only (hash, counts, ids, event partition, labels, disjointness, FROZEN
// in score.ts); it never runs the claim reader on the items. The scored floor is the coordinator's to add.
import { describeEventSplit } from './helpers/claims-web-split.js';
import { V22 } from './helpers/claims-v22.js';

describeEventSplit(V22, {
  file: 'test-v22.jsonl',
  sha256: '54f6498e5f9089d3407e51c4743c95a2f4621e2d96c29007c8afe5673e212e57',
  items: 91,
  perLanguage: { ar: 26, ru: 33, en: 32 },
  perSource: { web: 91 },
  blamed: { other: 31, null: 20, russia: 14, west: 14, ukraine: 6, opposition: 5, government: 1 },
  blamedPerLanguage: {
    ar: { other: 14, null: 5, west: 4, government: 1, opposition: 1, russia: 1 },
    ru: { null: 10, west: 6, ukraine: 5, other: 5, russia: 5, opposition: 2 },
    en: { other: 12, russia: 8, null: 5, west: 4, opposition: 2, ukraine: 1 },
  },
  voice: { reports: 48, asserts: 36, none: 7 },
  staged: 7,
  prepared: 8,
  agents: { chemical: 31, 'white-phosphorus': 20, novichok: 5, sarin: 5, chlorine: 2, vx: 2, 'sulfur-mustard': 2 },
  events: 40,
  hold: 19,
});
