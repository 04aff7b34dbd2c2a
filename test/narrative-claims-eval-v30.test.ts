// Frozen test split v30 of the labelled claims set (eval/claims/README.md, "Test split v30 and development split dev-v30"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by hand
// before any reader ran on them, from events no earlier split used (sha1 of an item's event key starts with 0-9 here, a-f
// in its development sibling dev-v30, guarded by test/narrative-claims-dev-v30.test.ts). This file checks the split's
// integrity only; it never runs the claim reader on the items (no scoring: the coordinator adds a floor after the first
// score). The file is frozen: its hash may never change.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V30 } from './helpers/claims-v30.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V30, {
  file: 'test-v30.jsonl',
  sha256: 'a0f9aeb6d5452a0bb738296f9c2bbd3c61306c63f8b0bd89e5176b79f2ed7df2',
  items: 110,
  perLanguage: { ar: 37, en: 38, ru: 35 },
  perSource: { web: 110 },
  blamed: { other: 34, null: 31, russia: 18, ukraine: 12, opposition: 7, west: 5, government: 3 },
  blamedPerLanguage: {
    ar: { other: 14, null: 7, ukraine: 5, russia: 4, opposition: 3, government: 2, west: 2 },
    ru: { null: 13, other: 10, russia: 6, ukraine: 2, opposition: 2, government: 1, west: 1 },
    en: { null: 11, other: 10, russia: 8, ukraine: 5, opposition: 2, west: 2 },
  },
  voice: { reports: 70, asserts: 38, none: 2 },
  staged: 9,
  prepared: 16,
  agents: {},
  events: 14,
  hold: 24,
});

const IDS = [
  'web30-0298c53da1', 'web30-02c906e4aa', 'web30-04f17f7164', 'web30-07898fc014', 'web30-078a8dee54', 'web30-07c70916b8',
  'web30-09e9ab242d', 'web30-0a8aead83a', 'web30-0b26479bab', 'web30-0c5de5ac07', 'web30-0c6d7b85b7', 'web30-0dd5434df0',
  'web30-0f9db2a623', 'web30-106c5028f1', 'web30-10956da3d5', 'web30-1098d4c26f', 'web30-120c697630', 'web30-1a0c31ae53',
  'web30-1a9f710338', 'web30-1b27262f55', 'web30-1c34d0e2e1', 'web30-21bf1501f3', 'web30-239efd4141', 'web30-2a696d6e32',
  'web30-2ad612c97b', 'web30-2b800b78e6', 'web30-2d715f7aa2', 'web30-306357268e', 'web30-30856e1dd5', 'web30-31bed80325',
  'web30-32cf326781', 'web30-3583431de4', 'web30-393d351b35', 'web30-3b0cccc48a', 'web30-3b5aabb413', 'web30-3f67ddcf7c',
  'web30-42cefc4cce', 'web30-438211b730', 'web30-454d97a9e5', 'web30-48ee65751d', 'web30-4da4bea2dc', 'web30-4e43599b66',
  'web30-4e86c2a647', 'web30-4f7e14a08c', 'web30-4f94e6ce9c', 'web30-503b014a0e', 'web30-5152635205', 'web30-53ece0a7ff',
  'web30-5a738b6744', 'web30-5b5a95fffb', 'web30-5f991ac607', 'web30-5fe1b271d6', 'web30-6087e32dad', 'web30-618246d22d',
  'web30-666b3d0932', 'web30-6b156cc067', 'web30-6b35a8dc79', 'web30-6b4a27e154', 'web30-6b55357225', 'web30-73d9a0950f',
  'web30-763f3f4254', 'web30-783ae23240', 'web30-78b472397a', 'web30-7b3d9fa8a0', 'web30-7c8807ac78', 'web30-7fc2f73139',
  'web30-810066082f', 'web30-8492e8a4c2', 'web30-84d237e371', 'web30-85e3e188a9', 'web30-8b694a4114', 'web30-8d9774d04e',
  'web30-8efa221dc8', 'web30-962ac31f83', 'web30-97b8232d6b', 'web30-9f332f5e14', 'web30-9fbf9187bd', 'web30-a02b3b68af',
  'web30-a15b72286b', 'web30-a3ed144f25', 'web30-a6e02f0e9e', 'web30-a811cb1baa', 'web30-a83b4016b5', 'web30-ad475cf98e',
  'web30-ae4ae21c92', 'web30-afe14e39f0', 'web30-b2cbf862b9', 'web30-b817548f6f', 'web30-b9fb4f095b', 'web30-c13c8acd3d',
  'web30-c142c53947', 'web30-c3cc1f06e7', 'web30-c617a36709', 'web30-c669710b57', 'web30-ca2bce928f', 'web30-cdd08f4f19',
  'web30-d46323c995', 'web30-d55ed0afc2', 'web30-d85e6bcbfc', 'web30-d90fde07ce', 'web30-da510a1d6d', 'web30-e3c2282ff9',
  'web30-e8afe96b22', 'web30-ebb2c70c5e', 'web30-eec612dcea', 'web30-f76eda5331', 'web30-f8d2f38a8c', 'web30-f9770e1ea3',
  'web30-fa8e58ac24', 'web30-fb86ed0ff8',
];

it('claims test-v30: holds exactly the recorded ids, in file order', () => {
  expect(readClaims('test-v30.jsonl').map((i) => i.id)).toEqual(IDS);
});

it(`claims test-v30: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v30.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
