// Frozen web split v9 of the labelled claims set (eval/claims/README.md, "Test split v9 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read, expectNotInExamples, scoreSplitLists } from './helpers/web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const OTHERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== 'test-v9.jsonl');

describe('claims test split v9 (web pages, AR/RU/EN)', () => {
  const test = read('test-v9.jsonl');

  it('is the frozen file (sha256) and holds the recorded counts', () => {
    expect(sha256(fs.readFileSync(path.join(DIR, 'test-v9.jsonl')))).toBe('d76b36d5961b7bdc1c9eac1dcb95c0ebd25d5ad0cb78017320af87f56fe339d5');
    expect(test.length).toBe(131);
    const lang = (l: string) => test.filter((i) => i.language === l).length;
    expect([lang('ar'), lang('ru'), lang('en')]).toEqual([57, 37, 37]);
    expect(new Set(test.map((i) => i.language))).toEqual(new Set(['ar', 'ru', 'en']));
    expect(lang('ar')).toBeGreaterThanOrEqual(50);
    expect(lang('ru')).toBeGreaterThanOrEqual(35);
    expect(lang('en')).toBeGreaterThanOrEqual(30);
    const prepared = test.filter((i) => i.labels.prepared);
    expect(prepared.length).toBe(45);
    expect(prepared.length).toBeGreaterThanOrEqual(30);
    expect(['ar', 'ru', 'en'].map((l) => prepared.filter((i) => i.language === l).length)).toEqual([16, 13, 16]);
    expect(test.filter((i) => i.labels.blamed !== null).length).toBe(105);
  });

  it('ids are web9-sha1(url)[:10], unique, one item per page', () => {
    expect(new Set(test.map((i) => i.id)).size).toBe(test.length);
    expect(new Set(test.map((i) => i.ref.url)).size).toBe(test.length);
    for (const it of test) {
      expect(it.source).toBe('web');
      expect(it.id, it.ref.url).toBe('web9-' + crypto.createHash('sha1').update(it.ref.url).digest('hex').slice(0, 10));
    }
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(test);
  });

  it('is disjoint from every other split by URL, id and headline, and from the bundled examples by URL', () => {
    expect(OTHERS.length).toBeGreaterThanOrEqual(12);
    expectDisjoint(test, OTHERS);
    expectNotInExamples(test);
  });

  it('is frozen in score.ts (its misses are refused)', () => {
    const lists = scoreSplitLists();
    const frozen = lists.frozen;
    expect(frozen).toContain("'test-v9'");
    expect(lists.development).not.toContain('test-v9');
  });
});
