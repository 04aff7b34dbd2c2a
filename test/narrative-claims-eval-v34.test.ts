// Frozen test split v34 of the labelled claims set (docs/narrative.md, "Session 32 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand before any reader ran
// on them, from events no earlier split used (sha1 of an item's event key starts with 0-9 here, a-f in its development
// sibling dev-v34, guarded by test/narrative-claims-dev-v34.test.ts). This file checks the split's integrity only; it never
// runs the claim reader on the items (no scoring: the coordinator adds a floor after the first score). The file is frozen:
// its hash may never change.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V34 } from './helpers/claims-v34.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V34, {
  file: 'test-v34.jsonl',
  sha256: 'e4e9f9c29b2c486ac3c4ea856df398ef9b8664c5cadfb029c7d7ced52c4d9943',
  items: 82,
  perLanguage: { ar: 30, en: 30, ru: 22 },
  perSource: { web: 82 },
  blamed: { null: 26, other: 26, opposition: 8, russia: 7, west: 7, ukraine: 6, government: 2 },
  blamedPerLanguage: {
    ar: { other: 15, null: 9, opposition: 3, west: 2, government: 1 },
    ru: { null: 9, ukraine: 6, russia: 3, opposition: 3, west: 1 },
    en: { other: 11, null: 8, russia: 4, west: 4, opposition: 2, government: 1 },
  },
  voice: { reports: 53, asserts: 29 },
  staged: 6,
  prepared: 13,
  agents: {},
  events: 14,
  hold: 23,
});

const IDS = [
  'web34-0380dbf0a4', 'web34-05cca9b3b1', 'web34-0c28f7520b', 'web34-0cebc3af25', 'web34-0e873bff34', 'web34-183c4250af',
  'web34-2080d8c32c', 'web34-2170912be5', 'web34-24e99ed713', 'web34-254f727e14', 'web34-27bc25be58', 'web34-2925805dc6',
  'web34-294a8a8a51', 'web34-2c3ebb8ba0', 'web34-2df5d36d76', 'web34-2e38374625', 'web34-2e60247d4c', 'web34-30b6793b3c',
  'web34-32aad109a6', 'web34-3723238967', 'web34-387d4987f0', 'web34-3c62837329', 'web34-3d90c5970c', 'web34-47dfcca90d',
  'web34-51a8c1316f', 'web34-5231e58ee6', 'web34-5a7e4d0681', 'web34-5ed0bef40c', 'web34-5f75760cfa', 'web34-631a77a48d',
  'web34-66b8c9bf98', 'web34-6e086067d3', 'web34-709dfade45', 'web34-7357c9930b', 'web34-76a7c2d0f9', 'web34-7cb810dac5',
  'web34-7db8e7488e', 'web34-7e876af650', 'web34-840be7eace', 'web34-84ad1d59e1', 'web34-867b4e6055', 'web34-873c64ee50',
  'web34-89f4d2352a', 'web34-8cef99e55d', 'web34-9360e4fc3b', 'web34-95a1e20fa4', 'web34-978a85c1be', 'web34-9ca12bffa9',
  'web34-9e49dab9e6', 'web34-9f09378e88', 'web34-a1ed9262f2', 'web34-a446375809', 'web34-a5b5c1dbdb', 'web34-ae82571d55',
  'web34-b330f6ba77', 'web34-b76da4fc85', 'web34-b80774c860', 'web34-b90bac089b', 'web34-ba76b9182e', 'web34-ba87fd8be3',
  'web34-bad322dd93', 'web34-bd0b30caaf', 'web34-bf04bd4fd4', 'web34-c55a9e1e74', 'web34-ca3cf9a35a', 'web34-cd73f86b2c',
  'web34-cf0e002d1c', 'web34-d30e59d241', 'web34-d45f678f9d', 'web34-d576c146f2', 'web34-d64a939005', 'web34-d6cfc2c5f2',
  'web34-df58f03673', 'web34-e113ebde1b', 'web34-e2dc740890', 'web34-e74113a3d9', 'web34-e8b5b7bcd2', 'web34-ed10982fd1',
  'web34-f7debf58df', 'web34-fb6d8d7c06', 'web34-fccc331619', 'web34-ff60e63b39',
];

it('claims test-v34: holds exactly the recorded ids, in file order', () => {
  expect(readClaims('test-v34.jsonl').map((i) => i.id)).toEqual(IDS);
});

it(`claims test-v34: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v34.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
