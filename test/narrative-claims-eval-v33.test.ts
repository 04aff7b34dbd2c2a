// Frozen test split v33 of the labelled claims set (docs/narrative.md, "Session 31 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand before any reader ran
// on them, from events no earlier split used (sha1 of an item's event key starts with 0-9 here, a-f in its development
// sibling dev-v33, guarded by test/narrative-claims-dev-v33.test.ts). This file checks the split's integrity only; it never
// runs the claim reader on the items (no scoring: the coordinator adds a floor after the first score). The file is frozen:
// its hash may never change.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V33 } from './helpers/claims-v33.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V33, {
  file: 'test-v33.jsonl',
  sha256: '72af7e4bb1d063ac7610b8a132333218d64e2d041d0d55d9bc57fe8df7af2cd7',
  items: 101,
  perLanguage: { ar: 36, en: 28, ru: 37 },
  perSource: { web: 101 },
  blamed: { other: 27, null: 26, russia: 17, west: 10, ukraine: 8, opposition: 7, government: 6 },
  blamedPerLanguage: {
    ar: { null: 10, other: 10, government: 4, west: 4, russia: 3, opposition: 3, ukraine: 2 },
    ru: { null: 12, russia: 9, other: 9, ukraine: 2, west: 2, opposition: 2, government: 1 },
    en: { other: 8, russia: 5, west: 4, ukraine: 4, null: 4, opposition: 2, government: 1 },
  },
  voice: { reports: 60, asserts: 41 },
  staged: 4,
  prepared: 12,
  agents: {},
  events: 14,
  hold: 27,
});

const IDS = [
  'web33-05697ebaa4', 'web33-09fa7247b1', 'web33-0a6427f116', 'web33-0b1a7a1f88', 'web33-0c4e2098e2', 'web33-0e18bf00fd',
  'web33-112c0b6891', 'web33-1282f7a9da', 'web33-13d458b6d4', 'web33-149218166d', 'web33-18de4b461a', 'web33-1a974433da',
  'web33-1b2931e59b', 'web33-1b59a22db3', 'web33-1e7edcb1d8', 'web33-203c1191a6', 'web33-26a3b34345', 'web33-278edf816c',
  'web33-27cbc807e7', 'web33-27d818655f', 'web33-2e2cf5320a', 'web33-33cef52ea1', 'web33-379192e7dc', 'web33-39971b6694',
  'web33-3e165c09a3', 'web33-4822a0f120', 'web33-4df25caf5e', 'web33-53075e832a', 'web33-573ea42c53', 'web33-5a62c929a5',
  'web33-5e860a946e', 'web33-5e956c1024', 'web33-63c946d7c4', 'web33-64c856298b', 'web33-672dcdd7c8', 'web33-673af67af1',
  'web33-6947076f61', 'web33-69e2abbb26', 'web33-6c085853ae', 'web33-725a9a4814', 'web33-79effe6245', 'web33-7a4be0c129',
  'web33-7b1c09c6ed', 'web33-7ea716005c', 'web33-7eadc6f272', 'web33-7ffbc95a56', 'web33-81ef5f5a4a', 'web33-82fcaa2de3',
  'web33-8e8aacc94f', 'web33-8f4678a41b', 'web33-8ff57fc022', 'web33-94cb4a1e5c', 'web33-94e08cf65e', 'web33-95729e0a94',
  'web33-95e8235fe2', 'web33-97951426a3', 'web33-9aacec0189', 'web33-9be0f1b0b8', 'web33-a213c9e18e', 'web33-a778f0d761',
  'web33-aa18ea0a90', 'web33-ac47661d2f', 'web33-adecbf9737', 'web33-aeb50ce27e', 'web33-b118a5c5bd', 'web33-b12c92c270',
  'web33-b583af37fd', 'web33-b70bdbd1bc', 'web33-b85d708140', 'web33-bc034d073a', 'web33-bd0c2b7855', 'web33-bd0cba5e33',
  'web33-bda809360e', 'web33-beb3c5e6ce', 'web33-bee69ec87d', 'web33-bf8da18010', 'web33-c228e663c3', 'web33-c36e19adda',
  'web33-c9f64ca0c8', 'web33-ce74cc6b0d', 'web33-d3ffa105b6', 'web33-da2228fdda', 'web33-db73cb2f92', 'web33-e0820fe154',
  'web33-e3806d3c7d', 'web33-e67b2d2c48', 'web33-e71206b1ac', 'web33-e838fa57a2', 'web33-eb91ab8fc7', 'web33-ecac0f9840',
  'web33-ee551b9d1d', 'web33-ee66a3be99', 'web33-f1e66c6761', 'web33-f21b829daf', 'web33-f22e08c89a', 'web33-f41f2846a4',
  'web33-f88eab0975', 'web33-fa7a904ca2', 'web33-fb5a5342b1', 'web33-fc003c364f', 'web33-fc1a5dbdb1',
];

it('claims test-v33: holds exactly the recorded ids, in file order', () => {
  expect(readClaims('test-v33.jsonl').map((i) => i.id)).toEqual(IDS);
});

it(`claims test-v33: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v33.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
