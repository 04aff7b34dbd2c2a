// Frozen test split v26 of the labelled claims set (eval/claims/README.md, "Test split v26 and development split dev-v26"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, written by the same hand as dev-v26 from other events (sha1 of an item's event key starts with 0-9 here, a-f
// there), and disjoint in events from every earlier split. This file checks the split's integrity only (hash, counts,
// ids, event partition, labels, disjointness, FROZEN in score.ts); it never runs the claim reader on the items. The scored
// floor is the coordinator's to add.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V26 } from './helpers/claims-v26.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V26, {
  file: 'test-v26.jsonl',
  sha256: '752bf5453d203d1e1384283f38d2e29acdf465812280b1c572b70fb28205bf93',
  items: 116,
  perLanguage: { ar: 42, ru: 36, en: 38 },
  perSource: { web: 116 },
  blamed: { null: 30, other: 20, opposition: 20, ukraine: 14, russia: 14, government: 8, west: 7, 'white-helmets': 3 },
  blamedPerLanguage: {
    ar: { null: 12, other: 10, government: 8, opposition: 8, west: 4 },
    ru: { ukraine: 11, null: 11, russia: 5, west: 3, other: 3, opposition: 2, 'white-helmets': 1 },
    en: { opposition: 10, russia: 9, other: 7, null: 7, ukraine: 3, 'white-helmets': 2 },
  },
  voice: { reports: 65, asserts: 44, none: 7 },
  staged: 8,
  prepared: 10,
  agents: { chemical: 12, 'sulfur-mustard': 3 },
  events: 31,
  hold: 28,
});

it(`claims test-v26: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v26.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
