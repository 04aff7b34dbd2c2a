// Development split v33 of the labelled claims set (docs/narrative.md, "Session 31 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand, from other events than
// its frozen sibling test-v33 (sha1 of an item's event key starts with a-f here, 0-9 there; guarded by
// test/narrative-claims-eval-v33.test.ts) and from every earlier split. This file checks the split's integrity only; it
// never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V33 } from './helpers/claims-v33.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V33, {
  file: 'dev-v33.jsonl',
  sha256: '9ffbe95c978d1ed6ad6e74dba65546edaccbb14e186263060652a165a7dc869e',
  items: 62,
  perLanguage: { ar: 19, en: 19, ru: 24 },
  perSource: { web: 62 },
  blamed: { null: 25, ukraine: 20, russia: 13, other: 3, opposition: 1 },
  blamedPerLanguage: {
    ar: { null: 8, russia: 6, ukraine: 4, other: 1 },
    ru: { null: 11, ukraine: 9, russia: 3, opposition: 1 },
    en: { ukraine: 7, null: 6, russia: 4, other: 2 },
  },
  voice: { reports: 36, asserts: 22, none: 4 },
  staged: 1,
  prepared: 5,
  agents: {},
  events: 8,
  hold: 13,
});

it(`claims dev-v33: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v33.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
