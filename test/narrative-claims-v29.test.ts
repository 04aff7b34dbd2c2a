// Frozen test split v29 of the labelled claims set (eval/claims/README.md, "Test split v29 and development split dev-v29"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v29 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there), and disjoint in events from every earlier split. This file checks the split's integrity only (hash, counts,
// ids, event partition, labels, disjointness, FROZEN in score.ts); it never runs the claim reader on the items. The scored
// floor is the coordinator's to add.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V29 } from './helpers/claims-v29.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V29, {
  file: 'test-v29.jsonl',
  sha256: '08804bbe1da282ebdc5363d0139457088793826297e5ee1b1bcec057cd8d0d14',
  items: 101,
  perLanguage: { ar: 32, en: 38, ru: 31 },
  perSource: { web: 101 },
  blamed: { other: 35, null: 22, opposition: 21, west: 7, russia: 7, ukraine: 5, government: 4 },
  blamedPerLanguage: {
    ar: { other: 15, opposition: 5, null: 5, west: 4, ukraine: 2, government: 1 },
    ru: { null: 10, other: 9, opposition: 7, ukraine: 3, russia: 2 },
    en: { other: 11, opposition: 9, null: 7, russia: 5, west: 3, government: 3 },
  },
  voice: { reports: 64, asserts: 35, none: 2 },
  staged: 0,
  prepared: 17,
  agents: {},
  events: 14,
  hold: 23,
});

it(`claims test-v29: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v29.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
