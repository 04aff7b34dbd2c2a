// Frozen web split v11b of the labelled claims set (eval/claims/README.md, "Test split v11b (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read } from './helpers/web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
const OTHERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== 'test-v11b.jsonl');

describe('claims test split v11b (web pages, AR/RU/EN)', () => {
  const test = read('test-v11b.jsonl');

  it('is the frozen file (sha256) and holds the recorded counts', () => {
    expect(sha256(fs.readFileSync(path.join(DIR, 'test-v11b.jsonl')))).toBe('c033730b0d1143f5a5a00c88f9e395518355a98c4479b7c7da2c21656ada104d');
    expect(test.length).toBe(246);
    const lang = (l: string) => test.filter((i) => i.language === l).length;
    expect([lang('ar'), lang('ru'), lang('en')]).toEqual([101, 80, 65]);
    expect(new Set(test.map((i) => i.language))).toEqual(new Set(['ar', 'ru', 'en']));
    expect(lang('ar')).toBeGreaterThanOrEqual(40);
    expect(lang('ru')).toBeGreaterThanOrEqual(35);
    const prepared = test.filter((i) => i.labels.prepared);
    expect(prepared.length).toBe(58);
    expect(prepared.length).toBeGreaterThanOrEqual(25);
    expect(['ar', 'ru', 'en'].map((l) => prepared.filter((i) => i.language === l).length)).toEqual([17, 21, 20]);
    expect(test.filter((i) => i.labels.blamed !== null).length).toBe(189);
  });

  it('ids are web11b-sha1(url)[:10], unique, one item per page, all in the 8-f half of sha1(url)', () => {
    expect(new Set(test.map((i) => i.id)).size).toBe(test.length);
    expect(new Set(test.map((i) => i.ref.url)).size).toBe(test.length);
    for (const it of test) {
      expect(it.source).toBe('web');
      expect(it.id, it.ref.url).toBe('web11b-' + sha1(it.ref.url).slice(0, 10));
      // the other labeller of session 8 took the pages whose sha1(url) starts with 0-7 (test-v11)
      expect('89abcdef', it.id).toContain(sha1(it.ref.url)[0]);
    }
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(test);
  });

  it('is disjoint from every other split by URL, id and headline, and from the bundled examples by URL', () => {
    expect(OTHERS.length).toBeGreaterThanOrEqual(15);
    expectDisjoint(test, OTHERS);
    const exDir = path.resolve(__dirname, '../examples');
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    const examples = walk(exDir).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const it of test) expect(examples.includes(it.ref.url), it.id).toBe(false);
  });

  it('is frozen in score.ts (its misses are refused)', () => {
    const score = fs.readFileSync(path.join(DIR, 'score.ts'), 'utf8');
    const frozen = /const FROZEN = \[([^\]]*)\]/.exec(score)?.[1] ?? '';
    expect(frozen).toContain("'test-v11b'");
    expect(/const DEVELOPMENT = \[([^\]]*)\]/.exec(score)?.[1] ?? '').not.toContain('test-v11b');
  });
});
