// Frozen test split v27 of the labelled claims set (eval/claims/README.md, "Test split v27 and development split dev-v27"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v27 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there), and disjoint in events from every earlier split. This file checks the split's integrity only (hash, counts,
// ids, event partition, labels, disjointness, FROZEN in score.ts); it never runs the claim reader on the items. The scored
// floor is the coordinator's to add.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V27 } from './helpers/claims-v27.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V27, {
  file: 'test-v27.jsonl',
  sha256: 'c885e479a8f46b48ca1a9e4ca5669cf14119801f59e152376c3a6c3e3bc9ffac',
  items: 123,
  perLanguage: { ar: 41, ru: 43, en: 39 },
  perSource: { web: 123 },
  blamed: { null: 32, other: 23, west: 17, opposition: 16, government: 13, russia: 13, ukraine: 8, 'white-helmets': 1 },
  blamedPerLanguage: {
    ar: { other: 11, null: 9, opposition: 7, government: 6, west: 4, russia: 4 },
    ru: { null: 10, opposition: 9, ukraine: 8, west: 6, other: 5, government: 3, russia: 2 },
    en: { null: 13, other: 7, west: 7, russia: 7, government: 4, 'white-helmets': 1 },
  },
  voice: { asserts: 70, reports: 46, none: 7 },
  staged: 13,
  prepared: 12,
  agents: { chemical: 9 },
  events: 31,
  hold: 29,
});

it(`claims test-v27: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v27.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
