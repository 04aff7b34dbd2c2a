// Development split v31 of the labelled claims set (docs/narrative.md, "Session 29 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand, from other events than
// its frozen sibling test-v31 (sha1 of an item's event key starts with a-f here, 0-9 there; guarded by
// test/narrative-claims-eval-v31.test.ts) and from every earlier split. This file checks the split's integrity only; it
// never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V31 } from './helpers/claims-v31.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V31, {
  file: 'dev-v31.jsonl',
  sha256: 'fe6b021f282350fe0d9e21d62504235f1e4415229b9367d6c2ef62eefa9ff8d5',
  items: 73,
  perLanguage: { ar: 28, en: 26, ru: 19 },
  perSource: { web: 73 },
  blamed: { null: 27, other: 19, russia: 16, opposition: 10, ukraine: 1 },
  blamedPerLanguage: {
    ar: { null: 14, other: 9, russia: 4, opposition: 1 },
    ru: { null: 11, russia: 5, other: 2, opposition: 1 },
    en: { other: 8, opposition: 8, russia: 7, null: 2, ukraine: 1 },
  },
  voice: { reports: 38, asserts: 35 },
  staged: 1,
  prepared: 2,
  agents: {},
  events: 10,
  hold: 26,
});

it(`claims dev-v31: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v31.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
