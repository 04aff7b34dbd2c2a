// Development split v29 of the labelled claims set (eval/claims/README.md, "Test split v29 and development split dev-v29"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v29 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v29.test.ts) and from every earlier split. This file checks the split's integrity only;
// it never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V29 } from './helpers/claims-v29.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V29, {
  file: 'dev-v29.jsonl',
  sha256: 'b8639ad0d287efbe540eaf321fe9fcfe23e7714dc95fe9eb1476761131b7855f',
  items: 77,
  perLanguage: { ar: 25, en: 25, ru: 27 },
  perSource: { web: 77 },
  blamed: { other: 29, null: 18, west: 12, ukraine: 6, russia: 6, opposition: 6 },
  blamedPerLanguage: {
    ar: { other: 13, west: 6, null: 5, opposition: 1 },
    ru: { null: 8, other: 7, ukraine: 4, opposition: 3, russia: 3, west: 2 },
    en: { other: 9, null: 5, west: 4, russia: 3, ukraine: 2, opposition: 2 },
  },
  voice: { asserts: 37, reports: 37, none: 3 },
  staged: 2,
  prepared: 5,
  agents: {},
  events: 12,
  hold: 16,
});

it(`claims dev-v29: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v29.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
