/**
 * The frozen incident test split v12 (eval/agents/incidents-test-v12.yaml): session 11's frozen split, written by a hand
 * that does not tune the engine (room wrinc), in parallel with the development split dev-v12 from different events,
 * without running the engine on the items. This guard scores it only in aggregate, against the floor set at its first
 * scoring (below); it records the hash (any edit fails), the
 * counts per class and per language, and the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts:
 * well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive code shared with
 * any other evaluation file), plus that no account names an agent, its class or a product
 * (test/helpers/incident-account-names.ts). 36 incidents (en 16, ru 10, ar 10); nerve and blister have one item each (see
 * the file's header). No test prints its misses.
 */
import { describe, expect, it } from 'vitest';
import { loadIncidents } from '../eval/agents/load.js';
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';
import { ACCOUNT_NAMES } from './helpers/incident-account-names.js';

const SHA256 = 'b496b9bd7dfd296f1dd2a651a78ca283145f14b04c9e97371acf88cd9f2f6530';
const PER_CLASS: Record<string, number> = { choking: 4, nerve: 1, blister: 1, 'riot-control': 5, 'toxic-industrial': 7, incendiary: 6, none: 12 };
const PER_LANG: Record<string, number> = { en: 16, ru: 10, ar: 10 };

describeFrozenIncidentSplit({
  split: 'test-v12',
  sha256: SHA256,
  minIncidents: 36,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.44, ru: 0.27, ar: 0.27 },
  sourcesHaveUrls: true,
  // first scored by the coordinator on the engine of 971a1ca (main 2e1d36f + this split), before any session-11 tuning
  // landed: 23/36 = 63.9% (EN 8/16, RU 8/10, AR 7/10), Brier 0.488. A floor against regressions, never a target.
  floor: { classTop1: 0.638, brierBelow: 0.489 },
});

describe('frozen incident test split v12: recorded counts', () => {
  const items = loadIncidents('test-v12');
  const count = (key: (i: (typeof items)[number]) => string) => {
    const c: Record<string, number> = {};
    for (const i of items) c[key(i)] = (c[key(i)] ?? 0) + 1;
    return c;
  };

  it('has the recorded counts per class and per language', () => {
    expect(items.length).toBe(36);
    expect(count((i) => i.class)).toEqual(PER_CLASS);
    expect(count((i) => i.lang ?? '')).toEqual(PER_LANG);
  });

  it('names no agent, class or product in any account', () => {
    for (const i of items) for (const a of i.accounts) expect(ACCOUNT_NAMES.test(a.text ?? ''), `${i.id} names an agent, class or product`).toBe(false);
  });
});
