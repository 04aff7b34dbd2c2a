// Frozen test split v25 of the labelled claims set (eval/claims/README.md, "Test split v25 and development split dev-v25"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v25 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there). This file checks the split's integrity only (hash, counts, ids, event partition, labels, disjointness, FROZEN
// in score.ts); it never runs the claim reader on the items. The scored floor is the coordinator's to add.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V25 } from './helpers/claims-v25.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V25, {
  file: 'test-v25.jsonl',
  sha256: '33fef49c4482400c864454bcf6616a07b8ba6adb2d76e1f9cbd087dfe5134e67',
  items: 114,
  perLanguage: { ar: 47, ru: 32, en: 35 },
  perSource: { web: 114 },
  blamed: { other: 31, null: 21, west: 17, russia: 15, ukraine: 10, government: 9, opposition: 8, 'white-helmets': 3 },
  blamedPerLanguage: {
    ar: { other: 19, west: 9, null: 7, government: 4, russia: 3, opposition: 3, ukraine: 2 },
    ru: { null: 8, ukraine: 8, russia: 5, government: 3, opposition: 3, other: 2, 'white-helmets': 2, west: 1 },
    en: { other: 10, west: 7, russia: 7, null: 6, government: 2, opposition: 2, 'white-helmets': 1 },
  },
  voice: { asserts: 64, reports: 46, none: 4 },
  staged: 21,
  prepared: 10,
  agents: { chemical: 26, chlorine: 5, 'sulfur-mustard': 4 },
  events: 36,
  hold: 28,
});

it(`claims test-v25: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v25.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
