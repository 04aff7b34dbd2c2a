// Development split v28 of the labelled claims set (eval/claims/README.md, "Test split v28 and development split dev-v28"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v28 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v28.test.ts) and from every earlier split. This file checks the split's integrity only;
// it never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V28 } from './helpers/claims-v28.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V28, {
  file: 'dev-v28.jsonl',
  sha256: '978550584d5710059f8a16886504583996f6cfd81968b261a085514494f421b4',
  items: 79,
  perLanguage: { ar: 29, ru: 26, en: 24 },
  perSource: { web: 79 },
  blamed: { west: 23, null: 22, opposition: 11, ukraine: 7, other: 6, russia: 6, government: 4 },
  blamedPerLanguage: {
    ar: { west: 16, opposition: 6, government: 4, null: 3 },
    ru: { null: 15, ukraine: 6, russia: 3, opposition: 2 },
    en: { west: 7, other: 6, null: 4, opposition: 3, russia: 3, ukraine: 1 },
  },
  voice: { reports: 38, asserts: 33, none: 8 },
  staged: 1,
  prepared: 7,
  agents: {},
  events: 12,
  hold: 21,
});

it(`claims dev-v28: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v28.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
