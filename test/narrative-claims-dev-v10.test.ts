// Development web split v10 of the labelled claims set (eval/claims/README.md, "Development set v10 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items. The counts are floors:
// development data may be appended to in later landings (raise the floors with it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read, expectNotInExamples, scoreSplitLists } from './helpers/web-claims.js';

// every other split in eval/claims, frozen or not (test-v10, written in parallel, is included once it lands)
const OTHERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== 'dev-v10.jsonl');

describe('claims development split v10 (web pages, AR/RU/EN)', () => {
  const dev = read('dev-v10.jsonl');
  const lang = (l: string) => dev.filter((i) => i.language === l).length;

  it('holds at least the landed counts per language and per announced attack', () => {
    expect(dev.length).toBeGreaterThanOrEqual(246);
    expect(new Set(dev.map((i) => i.language))).toEqual(new Set(['ar', 'ru', 'en']));
    expect(lang('ar')).toBeGreaterThanOrEqual(86);
    expect(lang('ru')).toBeGreaterThanOrEqual(79);
    expect(lang('en')).toBeGreaterThanOrEqual(81);
    expect(dev.filter((i) => i.labels.prepared).length).toBeGreaterThanOrEqual(55);
  });

  it('ids are dev10-sha1(url)[:10], unique, one item per page, all in the development half of the sha1 partition', () => {
    expect(new Set(dev.map((i) => i.id)).size).toBe(dev.length);
    expect(new Set(dev.map((i) => i.ref.url)).size).toBe(dev.length);
    for (const it of dev) {
      expect(it.source).toBe('web');
      const h = crypto.createHash('sha1').update(it.ref.url).digest('hex');
      expect(it.id, it.ref.url).toBe('dev10-' + h.slice(0, 10));
      // the parallel frozen split test-v10 takes the pages whose sha1(url) starts with 0-7; this one takes 8-f
      expect('89abcdef'.includes(h[0]), it.ref.url).toBe(true);
    }
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(dev);
  });

  it('is disjoint from every other split by URL, id and headline, and from the bundled examples by URL', () => {
    expect(OTHERS.length).toBeGreaterThanOrEqual(13);
    expectDisjoint(dev, OTHERS);
    expectNotInExamples(dev);
  });

  it('is listed as development in score.ts (its misses may be shown), not as frozen', () => {
    const lists = scoreSplitLists();
    expect(lists.development).toContain("'dev-v10'");
    expect(lists.frozen).not.toContain('dev-v10');
  });
});
