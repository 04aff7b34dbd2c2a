/**
 * The frozen incident test split v13 (eval/agents/incidents-test-v13.yaml): session 12's frozen split, written by a hand
 * that does not tune the engine (room wrinc), before and apart from the development split dev-v13 (different events),
 * without running the engine on the items; half of it is English clinical and incident accounts. This guard does NOT
 * score it beyond its aggregate floor, set by the coordinator after its first score on the session-start engine. It records the
 * hash (any edit fails), the counts per class and per language, and the checks every frozen incident split gets
 * (test/helpers/frozen-incident-split.ts: well-formed items over every class, agents of the labelled class, no id,
 * source, URL or Syrian Archive code shared with any other evaluation file), plus that no account names an agent, its
 * class or a product (test/helpers/incident-account-names.ts). 43 incidents (en 24, ru 10, ar 9); blister has three
 * items and nerve five (see the file's header). No test prints its misses.
 */
import { describe, expect, it } from 'vitest';
import { loadIncidents } from '../eval/agents/load.js';
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';
import { ACCOUNT_NAMES } from './helpers/incident-account-names.js';

const SHA256 = 'ed73b1c825b27fb19d6b74529a6204c63f7fa4c99efefe8ef93f44248ecd5e04';
const PER_CLASS: Record<string, number> = { choking: 4, nerve: 5, blister: 3, 'riot-control': 9, 'toxic-industrial': 5, incendiary: 6, none: 11 };
const PER_LANG: Record<string, number> = { en: 24, ru: 10, ar: 9 };

describeFrozenIncidentSplit({
  split: 'test-v13',
  sha256: SHA256,
  minIncidents: 43,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.55, ru: 0.23, ar: 0.2 },
  sourcesHaveUrls: true,
  // first scored by the coordinator on the engine of e7c82f9 (main 29225ae + this split), before any session-12 tuning
  // landed: 37/43 = 86.0% (EN 19/24, RU 9/10, AR 9/9), Brier 0.241. A floor against regressions, never a target.
  floor: { classTop1: 0.86, brierBelow: 0.242 },
});

describe('frozen incident test split v13: recorded counts', () => {
  const items = loadIncidents('test-v13');
  const count = (key: (i: (typeof items)[number]) => string) => {
    const c: Record<string, number> = {};
    for (const i of items) c[key(i)] = (c[key(i)] ?? 0) + 1;
    return c;
  };

  it('has the recorded counts per class and per language', () => {
    expect(items.length).toBe(43);
    expect(count((i) => i.class)).toEqual(PER_CLASS);
    expect(count((i) => i.lang ?? '')).toEqual(PER_LANG);
  });

  it('names no agent, class or product in any account', () => {
    for (const i of items) for (const a of i.accounts) expect(ACCOUNT_NAMES.test(a.text ?? ''), `${i.id} names an agent, class or product`).toBe(false);
  });
});
