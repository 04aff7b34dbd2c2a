/**
 * The incident development split dev-v13 (eval/agents/incidents-dev-v13.yaml), written in session 12 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items, after the frozen split test-v13 and from other
 * events: real, cited incidents with accounts in the source's language (EN/RU/AR, more than half English), weighted
 * towards the classes that fail on unseen material. It is DEVELOPMENT data — tuners may read the misses of its look part
 * (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and its counts per class, per language and per
 * part are recorded here so it cannot change or shrink silently. This test does NOT score the engine. It gives the checks
 * every frozen incident split gets (test/helpers/frozen-incident-split.ts: recorded sha256, well-formed items over every
 * class, agents of the labelled class, no id, source, URL or Syrian Archive code shared with any other evaluation file),
 * the exact counts, and that no account names an agent, its class or a product (test/helpers/incident-account-names.ts).
 * No floor: it is not a frozen test split.
 */
import { describe, expect, it } from 'vitest';
import { loadIncidents } from '../eval/agents/load.js';
import { isHeldOut } from '../eval/split-parts.js';
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';
import { ACCOUNT_NAMES } from './helpers/incident-account-names.js';

const SHA256 = '49e54ba8313aceb888429642e213d307658817bf50bd08aaab21a0e9690c092c';
const PER_CLASS: Record<string, number> = { choking: 2, nerve: 2, blister: 1, 'riot-control': 7, 'toxic-industrial': 5, incendiary: 12, none: 18 };
const PER_LANG: Record<string, number> = { en: 26, ru: 11, ar: 10 };
const PARTS = { look: 35, hold: 12 };

describeFrozenIncidentSplit({
  split: 'dev-v13',
  sha256: SHA256,
  minIncidents: 47,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.55, ru: 0.23, ar: 0.21 },
  sourcesHaveUrls: true,
});

describe('incident development split dev-v13 (not scored here)', () => {
  const items = loadIncidents('dev-v13');
  const count = (key: (i: (typeof items)[number]) => string) => {
    const c: Record<string, number> = {};
    for (const i of items) c[key(i)] = (c[key(i)] ?? 0) + 1;
    return c;
  };

  it('has the recorded counts per class, per language and per part (look, hold)', () => {
    expect(items.length).toBe(47);
    expect(count((i) => i.class)).toEqual(PER_CLASS);
    expect(count((i) => i.lang ?? '')).toEqual(PER_LANG);
    expect(count((i) => (isHeldOut(i.id) ? 'hold' : 'look'))).toEqual(PARTS);
  });

  it('names no agent, class or product in any account', () => {
    for (const i of items) for (const a of i.accounts) expect(ACCOUNT_NAMES.test(a.text ?? ''), `${i.id} names an agent, class or product`).toBe(false);
  });
});
