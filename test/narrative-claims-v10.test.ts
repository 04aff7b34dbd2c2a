// Frozen web split v10 of the labelled claims set (eval/claims/README.md, "Test split v10 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read, expectNotInExamples, scoreSplitLists } from './helpers/web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
const OTHERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== 'test-v10.jsonl');

describe('claims test split v10 (web pages, AR/RU/EN)', () => {
  const test = read('test-v10.jsonl');

  it('is the frozen file (sha256) and holds the recorded counts', () => {
    expect(sha256(fs.readFileSync(path.join(DIR, 'test-v10.jsonl')))).toBe('2ff2a438d5690ddce968d95ceea688a9b4dc8289b06efd1a06e27fea2f11d736');
    expect(test.length).toBe(150);
    const lang = (l: string) => test.filter((i) => i.language === l).length;
    expect([lang('ar'), lang('ru'), lang('en')]).toEqual([53, 52, 45]);
    expect(new Set(test.map((i) => i.language))).toEqual(new Set(['ar', 'ru', 'en']));
    expect(lang('ar')).toBeGreaterThanOrEqual(45);
    expect(lang('ru')).toBeGreaterThanOrEqual(45);
    expect(lang('en')).toBeGreaterThanOrEqual(40);
    const prepared = test.filter((i) => i.labels.prepared);
    expect(prepared.length).toBe(39);
    expect(prepared.length).toBeGreaterThanOrEqual(35);
    expect(['ar', 'ru', 'en'].map((l) => prepared.filter((i) => i.language === l).length)).toEqual([12, 11, 16]);
    expect(test.filter((i) => i.labels.blamed !== null).length).toBe(117);
  });

  it('ids are web10-sha1(url)[:10], unique, one item per page, all in the 0-7 half of sha1(url)', () => {
    expect(new Set(test.map((i) => i.id)).size).toBe(test.length);
    expect(new Set(test.map((i) => i.ref.url)).size).toBe(test.length);
    for (const it of test) {
      expect(it.source).toBe('web');
      expect(it.id, it.ref.url).toBe('web10-' + sha1(it.ref.url).slice(0, 10));
      // the other labeller of session 7 took the pages whose sha1(url) starts with 8-f (dev-v10)
      expect('01234567', it.id).toContain(sha1(it.ref.url)[0]);
    }
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(test);
  });

  it('is disjoint from every other split by URL, id and headline, and from the bundled examples by URL', () => {
    expect(OTHERS.length).toBeGreaterThanOrEqual(13);
    expectDisjoint(test, OTHERS);
    expectNotInExamples(test);
  });

  it('is frozen in score.ts (its misses are refused)', () => {
    const lists = scoreSplitLists();
    const frozen = lists.frozen;
    expect(frozen).toContain("'test-v10'");
    expect(lists.development).not.toContain('test-v10');
  });
});
