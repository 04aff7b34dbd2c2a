// Development split v27 of the labelled claims set (eval/claims/README.md, "Test split v27 and development split dev-v27"):
// real web pages (Arabic, Russian, English) found with the library's search tool, quoted as published and labelled by
// hand, from other events than its frozen sibling test-v27 (sha1 of an item's event key starts with a-f here, 0-9 there;
// guarded by test/narrative-claims-v27.test.ts) and from every earlier split. This file checks the split's integrity only;
// it never runs the claim reader on the items (no scoring: the coordinator adds a floor, if any). The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and the recorded counts with it).
import { expect, it } from 'vitest';
import { describeEventSplit } from './helpers/claims-web-split.js';
import { MAX_PER_EVENT, V27 } from './helpers/claims-v27.js';
import { readClaims } from './helpers/web-claims.js';

describeEventSplit(V27, {
  file: 'dev-v27.jsonl',
  sha256: '029e8b2e90f4725d238e102355fd2fa3fd18a5b7b40f1d2e82bc94e424af178d', // s27 clprep: 7 blamed labels relabelled by the README's label conventions (Hamas other, an unnamed suicide bomber null); s28 clprep: 4 conditional threats prepared -> false (README, label conventions)
  items: 80,
  perLanguage: { ar: 26, ru: 30, en: 24 },
  perSource: { web: 80 },
  blamed: { other: 22, west: 15, null: 12, opposition: 10, ukraine: 9, russia: 5, government: 4, 'white-helmets': 3 },
  blamedPerLanguage: {
    ar: { other: 12, west: 4, government: 3, 'white-helmets': 2, null: 2, opposition: 2, russia: 1 },
    ru: { ukraine: 9, opposition: 5, null: 5, russia: 4, west: 4, other: 2, government: 1 },
    en: { other: 8, west: 7, null: 5, opposition: 3, 'white-helmets': 1 },
  },
  voice: { asserts: 49, reports: 27, none: 4 },
  staged: 4,
  prepared: 5,
  agents: { chemical: 21 },
  events: 18,
  hold: 20,
});

it(`claims dev-v27: no event holds more than ${MAX_PER_EVENT} items`, () => {
  const per = new Map<string, number>();
  for (const i of readClaims('dev-v27.jsonl')) {
    const e = (i.ref as unknown as { event: string }).event;
    per.set(e, (per.get(e) ?? 0) + 1);
  }
  expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_PER_EVENT);
});
