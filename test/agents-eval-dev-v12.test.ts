/**
 * The incident development split dev-v12 (eval/agents/incidents-dev-v12.yaml), written in session 11 (room wrinc) by a
 * hand that does not tune the engine and never ran it on these items: real, cited incidents with accounts in the source's
 * language (EN/RU/AR), weighted towards the classes that fail on unseen material. It is DEVELOPMENT data — tuners may
 * read the misses of its look part (sha256(id) first hex digit 4-f, eval/split-parts.ts) — but its sha256 and its counts
 * per class, per language and per part are recorded here so it cannot change or shrink silently. This test does NOT score
 * the engine. It gives the checks every frozen incident split gets (test/helpers/frozen-incident-split.ts: recorded
 * sha256, well-formed items over every class, agents of the labelled class, no id, source, URL or Syrian Archive code
 * shared with any other evaluation file), the exact counts, and that no account names an agent, its class or a product
 * (test/helpers/incident-account-names.ts). No floor: it is not a frozen test split.
 */
import { describe, expect, it } from 'vitest';
import { loadIncidents } from '../eval/agents/load.js';
import { isHeldOut } from '../eval/split-parts.js';
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';
import { ACCOUNT_NAMES } from './helpers/incident-account-names.js';

const SHA256 = '631a8eb811d80c0b33103f20a1b1efaace071afe9b07119a1977f29d0838cff7';
const PER_CLASS: Record<string, number> = { choking: 5, nerve: 1, blister: 1, 'riot-control': 6, 'toxic-industrial': 12, incendiary: 11, none: 18 };
const PER_LANG: Record<string, number> = { en: 20, ru: 16, ar: 18 };
const PARTS = { look: 39, hold: 15 };

describeFrozenIncidentSplit({
  split: 'dev-v12',
  sha256: SHA256,
  minIncidents: 54,
  minPerClass: PER_CLASS,
  minLanguageShare: { en: 0.25, ru: 0.25, ar: 0.25 },
  sourcesHaveUrls: true,
});

describe('incident development split dev-v12 (not scored here)', () => {
  const items = loadIncidents('dev-v12');
  const count = (key: (i: (typeof items)[number]) => string) => {
    const c: Record<string, number> = {};
    for (const i of items) c[key(i)] = (c[key(i)] ?? 0) + 1;
    return c;
  };

  it('has the recorded counts per class, per language and per part (look, hold)', () => {
    expect(count((i) => i.class)).toEqual(PER_CLASS);
    expect(count((i) => i.lang ?? '')).toEqual(PER_LANG);
    expect(count((i) => (isHeldOut(i.id) ? 'hold' : 'look'))).toEqual(PARTS);
  });

  it('names no agent, class or product in any account', () => {
    for (const i of items) for (const a of i.accounts) expect(ACCOUNT_NAMES.test(a.text ?? ''), `${i.id} names an agent, class or product`).toBe(false);
  });
});
