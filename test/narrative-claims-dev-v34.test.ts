// Development split v34 of the labelled claims set (docs/narrative.md, "Session 32 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand, from other events than
// its frozen sibling test-v34 (sha1 of an item's event key starts with a-f here, 0-9 there; guarded by
// test/narrative-claims-eval-v34.test.ts) and from every earlier split. This file checks the split's integrity only; it
// never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V34 } from './helpers/claims-v34.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V34, {
  file: 'dev-v34.jsonl',
  sha256: '59e14dc8233ff6513d8bc26319e8ecdba59efe1250ce90bfbad392e30b74d3df',
  items: 23,
  perLanguage: { ar: 12, en: 5, ru: 6 },
  perSource: { web: 23 },
  blamed: { other: 9, null: 7, ukraine: 6, russia: 1 },
  blamedPerLanguage: {
    ar: { other: 9, null: 3 },
    ru: { null: 4, ukraine: 2 },
    en: { ukraine: 4, russia: 1 },
  },
  voice: { reports: 13, asserts: 6, none: 4 },
  staged: 0,
  prepared: 5,
  agents: {},
  events: 4,
  hold: 5,
});

it(`claims dev-v34: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v34.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
