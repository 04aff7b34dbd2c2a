// Development split v25 of the labelled claims set (eval/claims/README.md, "Test split v25 and development split dev-v25"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v25 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v25.test.ts). This file checks the split's integrity only; it never runs the claim
// reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed file: development data
// may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V25 } from './helpers/claims-v25.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V25, {
  file: 'dev-v25.jsonl',
  sha256: 'e42d03921bad30b184a35b9c74431b57a36820b4aa02bfa545784c465d6dace1',
  items: 82,
  perLanguage: { ar: 25, ru: 29, en: 28 },
  perSource: { web: 82 },
  blamed: { other: 21, null: 20, opposition: 16, west: 10, ukraine: 9, government: 3, 'white-helmets': 2, russia: 1 },
  blamedPerLanguage: {
    ar: { other: 8, west: 7, opposition: 4, government: 3, null: 2, 'white-helmets': 1 },
    ru: { ukraine: 9, opposition: 7, other: 6, null: 4, west: 2, russia: 1 },
    en: { null: 14, other: 7, opposition: 5, 'white-helmets': 1, west: 1 },
  },
  voice: { asserts: 41, reports: 36, none: 5 },
  staged: 25,
  prepared: 14,
  agents: { chlorine: 9, chemical: 9, 'sulfur-mustard': 6, novichok: 3 },
  events: 21,
  hold: 23,
});

it(`claims dev-v25: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v25.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
