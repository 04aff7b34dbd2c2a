// Frozen test split v32 of the labelled claims set (docs/narrative.md, "Session 30 (wrclaims)"): real web pages (Arabic,
// Russian, English) found with the library's search tool, quoted as published and labelled by hand before any reader ran
// on them, from events no earlier split used (sha1 of an item's event key starts with 0-9 here, a-f in its development
// sibling dev-v32, guarded by test/narrative-claims-dev-v32.test.ts). This file checks the split's integrity only; it never
// runs the claim reader on the items (no scoring: the coordinator adds a floor after the first score). The file is frozen:
// its hash may never change.
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V32 } from './helpers/claims-v32.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V32, {
  file: 'test-v32.jsonl',
  sha256: '71c233f69a9c7917a6a6a96b61398930ca4133d85d5c095193dab9a1738abf3f',
  items: 113,
  perLanguage: { ar: 34, en: 39, ru: 40 },
  perSource: { web: 113 },
  blamed: { null: 31, other: 25, west: 24, ukraine: 15, opposition: 7, government: 6, russia: 5 },
  blamedPerLanguage: {
    ar: { null: 13, west: 11, ukraine: 4, opposition: 2, other: 2, government: 2 },
    ru: { null: 12, other: 11, ukraine: 6, west: 6, russia: 3, opposition: 2 },
    en: { other: 12, west: 7, null: 6, ukraine: 5, government: 4, opposition: 3, russia: 2 },
  },
  voice: { reports: 61, asserts: 51, none: 1 },
  staged: 6,
  prepared: 17,
  agents: {},
  events: 15,
  hold: 30,
});

const IDS = [
  'web32-017732a556', 'web32-06852f361c', 'web32-0858af281c', 'web32-0ad2fdbbe5', 'web32-0c5085205b', 'web32-0d169b1b1a',
  'web32-0dc6e90f63', 'web32-0fa0b7ec60', 'web32-110045296c', 'web32-1148532ed7', 'web32-15040f86bd', 'web32-1b5a328b45',
  'web32-1e5573223e', 'web32-1f01dbef33', 'web32-1ffb07c84c', 'web32-20549d1344', 'web32-22fb5b5aa7', 'web32-25882be433',
  'web32-2589be9a58', 'web32-28e3e14bb0', 'web32-2da6e32056', 'web32-30ab87b673', 'web32-30d2fdd77d', 'web32-31ad3c4cf3',
  'web32-3547011b62', 'web32-3c718afd7b', 'web32-3f7e8bb963', 'web32-402b175e67', 'web32-4491024778', 'web32-45f0d4cbda',
  'web32-46bd44d6bd', 'web32-4786b24cb2', 'web32-48afa51d7e', 'web32-49d90af175', 'web32-4b91c39ee9', 'web32-4cc58f41c0',
  'web32-4ff3205799', 'web32-50402bde21', 'web32-51d4af5abd', 'web32-55eb1d39cc', 'web32-563316b9e5', 'web32-5637079478',
  'web32-5687a43be6', 'web32-5858ab137a', 'web32-5b3f29194b', 'web32-5c2f5915d8', 'web32-5d80cfa94e', 'web32-5de568db81',
  'web32-60d1b7649c', 'web32-61afe8574e', 'web32-67f86c42e1', 'web32-6a1b0d300f', 'web32-6ec9688fbb', 'web32-6f49576f1c',
  'web32-6f541e7cf9', 'web32-72cda1a117', 'web32-73dc362c7b', 'web32-73f271b3e8', 'web32-75b40c165d', 'web32-7a5939f2f9',
  'web32-81307b06a4', 'web32-81f9c296f9', 'web32-82ee262b8f', 'web32-8409b9faa5', 'web32-843fa2820b', 'web32-85292ccc32',
  'web32-880682abf2', 'web32-8bc19c0e90', 'web32-938f6db17f', 'web32-93b67d8ed9', 'web32-95a45c6c8e', 'web32-97796f966d',
  'web32-9a1a4a3395', 'web32-9bf73fbbc1', 'web32-9d21245f45', 'web32-9d8f65bd00', 'web32-9e2b6b08ea', 'web32-a459e5ca44',
  'web32-a52096d6f2', 'web32-a56ea4f3d3', 'web32-aabbc22c1e', 'web32-ac0154ef6d', 'web32-ac0b709b84', 'web32-b3c9dc6a88',
  'web32-b506076efc', 'web32-b5542aaa74', 'web32-b8332c332a', 'web32-ba87a95d96', 'web32-bc2956d963', 'web32-be4e514f68',
  'web32-c3925ca43a', 'web32-c949295fb4', 'web32-c9631ba05c', 'web32-d4408c414f', 'web32-d4b022e38a', 'web32-dfb83e31bb',
  'web32-e2de08f43c', 'web32-e5288528fe', 'web32-e564b8bc33', 'web32-e80e757f6e', 'web32-e835cda8ad', 'web32-e880ba4381',
  'web32-ebfc4e8f14', 'web32-ec1671baa0', 'web32-ec465844cd', 'web32-eda4fc8ef1', 'web32-f0a003ee3b', 'web32-f0bce1c068',
  'web32-f3d3182b15', 'web32-f4ea1257ab', 'web32-f5dc6ed241', 'web32-f8599daa4b', 'web32-f8fd9076a0',
];

it('claims test-v32: holds exactly the recorded ids, in file order', () => {
  expect(readClaims('test-v32.jsonl').map((i) => i.id)).toEqual(IDS);
});

it(`claims test-v32: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('test-v32.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
