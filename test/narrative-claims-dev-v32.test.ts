// Development split v32 of the labelled claims set (docs/narrative.md, "Session 30 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand, from other events than
// its frozen sibling test-v32 (sha1 of an item's event key starts with a-f here, 0-9 there; guarded by
// test/narrative-claims-eval-v32.test.ts) and from every earlier split. This file checks the split's integrity only; it
// never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V32 } from './helpers/claims-v32.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V32, {
  file: 'dev-v32.jsonl',
  sha256: '0af2e90f4fdd5b552903384fc8c08b03c0f33d8edc215078e47582d66f6b99dc',
  items: 61,
  perLanguage: { ar: 20, en: 20, ru: 21 },
  perSource: { web: 61 },
  blamed: { other: 31, null: 10, west: 8, ukraine: 7, russia: 5 },
  blamedPerLanguage: {
    ar: { other: 15, null: 3, ukraine: 1, west: 1 },
    ru: { other: 7, ukraine: 5, null: 4, west: 3, russia: 2 },
    en: { other: 9, west: 4, null: 3, russia: 3, ukraine: 1 },
  },
  voice: { asserts: 32, reports: 29 },
  staged: 3,
  prepared: 11,
  agents: {},
  events: 8,
  hold: 16,
});

it(`claims dev-v32: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v32.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
