// Frozen test split v31 of the labelled claims set (docs/narrative.md, "Session 29 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand before any reader ran
// on them, from events no earlier split used (sha1 of an item's event key starts with 0-9 here, a-f in its development
// sibling dev-v31, guarded by test/narrative-claims-dev-v31.test.ts). This file checks the split's integrity only; it never
// runs the claim reader on the items (no scoring: the coordinator adds a floor after the first score). The file is frozen:
// its hash may never change.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V31 } from './helpers/claims-v31.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V31, {
  file: 'test-v31.jsonl',
  sha256: 'a71d1b485bd1200c0952d5d526bb9d5b959efb367476eaabf53e3b32dc9a3095',
  items: 110,
  perLanguage: { ar: 39, en: 41, ru: 30 },
  perSource: { web: 110 },
  blamed: { other: 48, null: 30, ukraine: 15, west: 8, russia: 5, opposition: 4 },
  blamedPerLanguage: {
    ar: { other: 17, null: 14, ukraine: 4, west: 2, russia: 1, opposition: 1 },
    ru: { other: 12, null: 8, ukraine: 5, west: 3, russia: 1, opposition: 1 },
    en: { other: 19, null: 8, ukraine: 6, west: 3, russia: 3, opposition: 2 },
  },
  voice: { asserts: 55, reports: 53, none: 2 },
  staged: 1,
  prepared: 7,
  agents: {},
  events: 14,
  hold: 25,
});

const IDS = [
  'web31-02d9b69a3e', 'web31-036de5a441', 'web31-0b262e4644', 'web31-0e7be5d77c', 'web31-0e8a3b81e0', 'web31-1016dac725',
  'web31-120f60247a', 'web31-147a64a62e', 'web31-189d0be00b', 'web31-1b4b9dd95f', 'web31-1d0ce38e7c', 'web31-1d59f373cc',
  'web31-20b9713107', 'web31-20fedfb9f2', 'web31-213e70f2d1', 'web31-22d562937b', 'web31-23f33445dc', 'web31-25d370d387',
  'web31-2671b66bf8', 'web31-26c550b408', 'web31-281b030789', 'web31-281c0f23d5', 'web31-286a14ead4', 'web31-2a0c17e9b5',
  'web31-2b2340a4c2', 'web31-3072be2069', 'web31-30c88e077a', 'web31-322e88c54e', 'web31-3331d7fbf7', 'web31-336c12e7b8',
  'web31-3d239a8801', 'web31-3ef2370c7b', 'web31-3effdd2414', 'web31-41952c2af0', 'web31-45c78925f0', 'web31-47014f9733',
  'web31-48c1da9474', 'web31-48f0335c5b', 'web31-4dee7a8ab4', 'web31-4ecbfb86af', 'web31-4f64108122', 'web31-5361bdaaae',
  'web31-540efbcc07', 'web31-5630e9cf89', 'web31-5661df1867', 'web31-57d8b0bf2c', 'web31-58b36a329e', 'web31-5ad4dc204b',
  'web31-5b7b9c00d7', 'web31-6075e284c7', 'web31-64819db554', 'web31-676926e5a4', 'web31-69d47ab042', 'web31-6a04539cc0',
  'web31-6a15a4c416', 'web31-6b434cec67', 'web31-6bbb8146ed', 'web31-6cccae4976', 'web31-70b250615a', 'web31-725ca67597',
  'web31-7a0819998c', 'web31-7a77d91897', 'web31-7f39775abe', 'web31-80f0149406', 'web31-81ee9976e6', 'web31-847f9808e2',
  'web31-883bed936b', 'web31-898999bea3', 'web31-8a45e030b5', 'web31-8c349c3a62', 'web31-8d673e4e95', 'web31-905abbdf7d',
  'web31-90a3bdb1e6', 'web31-9984efaf1e', 'web31-9e973e67c2', 'web31-a1a67aa5e3', 'web31-a2956ef4cf', 'web31-a3d438ef89',
  'web31-a76922ccb1', 'web31-aa9165b58e', 'web31-ae163664c6', 'web31-aeaa9fedb6', 'web31-b00f6e945c', 'web31-b0bdc2d4a8',
  'web31-b3c13845c5', 'web31-b42510f563', 'web31-b6028fa226', 'web31-b690099b4e', 'web31-b765ae0890', 'web31-bdbc8ea2ad',
  'web31-beaf5dc554', 'web31-cecd0a7ff9', 'web31-cf4ea3e5b1', 'web31-d384889c67', 'web31-d48b49d479', 'web31-d62713d3c3',
  'web31-d76327450a', 'web31-dcbb847301', 'web31-e10cf9a3e9', 'web31-e316dbe452', 'web31-e73807a615', 'web31-f09ec52519',
  'web31-f1d4422f6f', 'web31-f257db52e6', 'web31-f3d8f20b62', 'web31-f67e5d468a', 'web31-f6cfab8c6a', 'web31-f8eea3bb36',
  'web31-fca5f2cec7', 'web31-fe4a9475a7',
];

it('claims test-v31: holds exactly the recorded ids, in file order', () => {
  expect(readClaims('test-v31.jsonl').map((i) => i.id)).toEqual(IDS);
});

it(`claims test-v31: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v31.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
