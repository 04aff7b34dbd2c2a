// Development web split v11 of the labelled claims set (eval/claims/README.md, "Development set v11 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items. The hash pins the landed
// file: development data may be appended to in later landings (then update the hash and raise the floors with it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read, expectNotInExamples, scoreSplitLists } from './helpers/web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
// every other split in eval/claims, frozen or not (including test-v11 and test-v11b, landed in the same session)
const OTHERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== 'dev-v11.jsonl');

describe('claims development split v11 (web pages, AR/RU/EN)', () => {
  const dev = read('dev-v11.jsonl');
  const lang = (l: string) => dev.filter((i) => i.language === l).length;

  it('is the landed file (sha256) and holds the landed counts per language and per announced attack', () => {
    expect(sha256(fs.readFileSync(path.join(DIR, 'dev-v11.jsonl')))).toBe('49733faa830b1dd56ed98a45e2d0719153a3ac9fa51228a3c53ca5bd76b91b89');
    expect(dev.length).toBeGreaterThanOrEqual(123);
    expect(new Set(dev.map((i) => i.language))).toEqual(new Set(['ar', 'ru', 'en']));
    expect(lang('ar')).toBeGreaterThanOrEqual(38);
    expect(lang('ru')).toBeGreaterThanOrEqual(37);
    expect(lang('en')).toBeGreaterThanOrEqual(48);
    // s28 clprep: 7 foiled or uncovered plots prepared -> false (README, label conventions; v12 call 1 had settled dev-v11's call 3)
    expect(dev.filter((i) => i.labels.prepared).length).toBeGreaterThanOrEqual(22);
    expect(dev.filter((i) => i.labels.blamed !== null).length).toBeGreaterThanOrEqual(98);
    // every blamed value of the guide occurs
    expect(new Set(dev.map((i) => i.labels.blamed))).toEqual(new Set([null, 'opposition', 'white-helmets', 'government', 'russia', 'west', 'ukraine', 'other']));
  });

  it('ids are web11d-sha1(url)[:10], unique, one item per page (any sha1 half: no partition)', () => {
    expect(new Set(dev.map((i) => i.id)).size).toBe(dev.length);
    expect(new Set(dev.map((i) => i.ref.url)).size).toBe(dev.length);
    for (const it of dev) {
      expect(it.source).toBe('web');
      expect(it.id, it.ref.url).toBe('web11d-' + sha1(it.ref.url).slice(0, 10));
    }
  });

  it('has a held-out quarter by sha256(id) (first hex digit 0-3), as dev-v10', () => {
    const held = dev.filter((i) => parseInt(sha256(i.id)[0], 16) < 4);
    expect(held.length).toBeGreaterThanOrEqual(20);
    expect(dev.length - held.length).toBeGreaterThanOrEqual(80);
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(dev);
  });

  it('is disjoint from every other split by URL, id and headline, and from the bundled examples by URL', () => {
    expect(OTHERS.length).toBeGreaterThanOrEqual(16);
    expect(OTHERS).toContain('test-v11.jsonl');
    expect(OTHERS).toContain('test-v11b.jsonl');
    expectDisjoint(dev, OTHERS);
    expectNotInExamples(dev);
  });

  it('is listed as development in score.ts with look/hold parts (its look misses may be shown), not as frozen', () => {
    const lists = scoreSplitLists();
    const development = lists.development;
    expect(development).toContain("'dev-v11'");
    expect(development).toContain("'dev-v11:look'");
    expect(lists.held).toContain("'dev-v11:hold'");
    expect(lists.frozen).not.toContain('dev-v11');
  });
});
