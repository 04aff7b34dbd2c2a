// Development split v30 of the labelled claims set (eval/claims/README.md, "Test split v30 and development split dev-v30"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v30 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-eval-v30.test.ts) and from every earlier split. This file checks the split's integrity
// only; it never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the
// landed file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V30 } from './helpers/claims-v30.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V30, {
  file: 'dev-v30.jsonl',
  sha256: '332ea5a7665b98b11ec3fa33abf1054840450594a471b8f01e4ed5a135e273e2',
  items: 78,
  perLanguage: { ar: 25, en: 25, ru: 28 },
  perSource: { web: 78 },
  blamed: { other: 26, null: 16, russia: 15, opposition: 9, ukraine: 6, west: 5, government: 1 },
  blamedPerLanguage: {
    ar: { other: 9, russia: 6, null: 4, opposition: 3, west: 1, government: 1, ukraine: 1 },
    ru: { other: 10, null: 6, russia: 4, ukraine: 3, opposition: 3, west: 2 },
    en: { other: 7, null: 6, russia: 5, opposition: 3, ukraine: 2, west: 2 },
  },
  voice: { reports: 50, asserts: 26, none: 2 },
  staged: 1,
  prepared: 11,
  agents: {},
  events: 10,
  hold: 19,
});

it(`claims dev-v30: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v30.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
