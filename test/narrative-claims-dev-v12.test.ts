// Development web split v12 of the labelled claims set (eval/claims/README.md, "Development set v12 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items. The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and raise the floors with it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read, expectNotInExamples, scoreSplitLists } from './helpers/web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
// every other split in eval/claims, frozen or not (including test-v12 when it has landed in the same session)
const OTHERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== 'dev-v12.jsonl');

describe('claims development split v12 (web pages, AR/RU/EN)', () => {
  const dev = read('dev-v12.jsonl');
  const lang = (l: string) => dev.filter((i) => i.language === l).length;

  it('is the landed file (sha256) and holds the landed counts per language, announced attack and culprit', () => {
    expect(sha256(fs.readFileSync(path.join(DIR, 'dev-v12.jsonl')))).toBe('e4eda6222747894a4cb84ebaf3b1468cc4d585fdbb2474a740fd3801634e5bae');
    expect(dev.length).toBeGreaterThanOrEqual(112);
    expect(new Set(dev.map((i) => i.language))).toEqual(new Set(['ar', 'ru', 'en']));
    expect(lang('ar')).toBeGreaterThanOrEqual(40);
    expect(lang('ru')).toBeGreaterThanOrEqual(34);
    expect(lang('en')).toBeGreaterThanOrEqual(38);
    expect(dev.filter((i) => i.labels.prepared).length).toBeGreaterThanOrEqual(14);
    expect(dev.filter((i) => i.labels.blamed !== null).length).toBeGreaterThanOrEqual(85);
    // every blamed value of the guide occurs
    expect(new Set(dev.map((i) => i.labels.blamed))).toEqual(new Set([null, 'government', 'opposition', 'other', 'russia', 'ukraine', 'west', 'white-helmets']));
  });

  it('ids are web12d-sha1(url)[:10], unique, one item per page, from the a-f half of sha1(url) (test-v12 takes 0-9)', () => {
    expect(new Set(dev.map((i) => i.id)).size).toBe(dev.length);
    expect(new Set(dev.map((i) => i.ref.url)).size).toBe(dev.length);
    for (const it of dev) {
      expect(it.source).toBe('web');
      expect(it.id, it.ref.url).toBe('web12d-' + sha1(it.ref.url).slice(0, 10));
      expect('abcdef', it.ref.url).toContain(sha1(it.ref.url)[0]);
    }
  });

  it('has a held-out quarter by sha256(id) (first hex digit 0-3), as dev-v10 and dev-v11', () => {
    const held = dev.filter((i) => parseInt(sha256(i.id)[0], 16) < 4);
    expect(held.length).toBe(27);
    expect(dev.length - held.length).toBe(85);
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(dev);
  });

  it('is disjoint from every other split by URL, id and headline, and from the bundled examples by URL', () => {
    expect(OTHERS.length).toBeGreaterThanOrEqual(18);
    expect(OTHERS).toContain('dev-v11.jsonl');
    expect(OTHERS).toContain('test-v11b.jsonl');
    expectDisjoint(dev, OTHERS);
    expectNotInExamples(dev);
  });

  it('is listed as development in score.ts with look/hold parts (its look misses may be shown), not as frozen', () => {
    const lists = scoreSplitLists();
    const development = lists.development;
    expect(development).toContain("'dev-v12'");
    expect(development).toContain("'dev-v12:look'");
    expect(lists.held).toContain("'dev-v12:hold'");
    expect(lists.frozen).not.toContain('dev-v12');
  });
});
