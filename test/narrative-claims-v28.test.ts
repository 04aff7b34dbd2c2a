// Frozen test split v28 of the labelled claims set (eval/claims/README.md, "Test split v28 and development split dev-v28"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v28 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there), and disjoint in events from every earlier split. This file checks the split's integrity only (hash, counts,
// ids, event partition, labels, disjointness, FROZEN in score.ts); it never runs the claim reader on the items. The scored
// floor is the coordinator's to add.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V28 } from './helpers/claims-v28.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V28, {
  file: 'test-v28.jsonl',
  sha256: '75531f9331cc85544d8cabeaa0e7b1632dc8331707deae4fa9dc39a766c9807a',
  items: 117,
  perLanguage: { ar: 44, en: 40, ru: 33 },
  perSource: { web: 117 },
  blamed: { other: 30, null: 20, opposition: 20, government: 19, russia: 12, west: 8, ukraine: 7, 'white-helmets': 1 },
  blamedPerLanguage: {
    ar: { government: 16, opposition: 11, other: 10, null: 5, west: 2 },
    ru: { other: 11, null: 7, ukraine: 6, russia: 4, west: 3, opposition: 2 },
    en: { other: 9, null: 8, russia: 8, opposition: 7, government: 3, west: 3, ukraine: 1, 'white-helmets': 1 },
  },
  voice: { reports: 67, asserts: 42, none: 8 },
  staged: 4,
  prepared: 5,
  agents: { chemical: 2, 'sulfur-mustard': 1 },
  events: 19,
  hold: 24,
});

it(`claims test-v28: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v28.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
