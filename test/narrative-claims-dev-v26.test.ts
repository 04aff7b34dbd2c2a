// Development split v26 of the labelled claims set (eval/claims/README.md, "Test split v26 and development split dev-v26"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v26 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v26.test.ts) and from every earlier split. This file checks the split's integrity only;
// it never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V26 } from './helpers/claims-v26.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V26, {
  file: 'dev-v26.jsonl',
  sha256: '4f01964cfe59b05ea8b6966fcfff65fc177618fca7cc6d9989766d5d3814d31f',
  items: 82,
  perLanguage: { ar: 22, ru: 25, en: 35 },
  perSource: { web: 82 },
  blamed: { null: 21, other: 18, ukraine: 13, russia: 11, west: 8, government: 7, opposition: 4 },
  blamedPerLanguage: {
    ar: { west: 8, government: 7, opposition: 4, other: 2, null: 1 },
    ru: { null: 9, russia: 6, ukraine: 5, other: 5 },
    en: { null: 11, other: 11, ukraine: 8, russia: 5 },
  },
  voice: { asserts: 35, reports: 32, none: 15 },
  staged: 5,
  prepared: 14,
  agents: { 'sulfur-mustard': 3, chemical: 2, 'white-phosphorus': 1 },
  events: 18,
  hold: 18,
});

it(`claims dev-v26: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v26.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
