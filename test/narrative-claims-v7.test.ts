// Frozen web split v7 of the labelled claims set (eval/claims/README.md, "Test split v7 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read, type WebItem } from './helpers/web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const EARLIER = ['dev.jsonl', 'test.jsonl', 'test-v2.jsonl', 'test-v3.jsonl', 'test-v4.jsonl', 'test-v5.jsonl', 'test-v6.jsonl', 'test-v6-announce.jsonl'];

describe('claims split v7 (web pages, EN/RU/AR)', () => {
  const test = read('test-v7.jsonl');
  const dev = read('dev-v7.jsonl');
  const web = read('web-v7.jsonl');

  it('test-v7 is the frozen one (sha256) and holds the recorded counts', () => {
    expect(sha256(fs.readFileSync(path.join(DIR, 'test-v7.jsonl')))).toBe('bc107460256ae676d069a9bfce101a2f485a7d926f0a0ef186accac8768270fb');
    expect(test.length).toBe(159);
    expect(dev.length).toBe(82);
    expect(web.length).toBe(241);
    const lang = (xs: WebItem[], l: string) => xs.filter((i) => i.language === l).length;
    expect([lang(test, 'en'), lang(test, 'ru'), lang(test, 'ar')]).toEqual([73, 46, 40]);
    expect(new Set(test.map((i) => i.language))).toEqual(new Set(['en', 'ru', 'ar']));
    expect(new Set(dev.map((i) => i.language))).toEqual(new Set(['en', 'ru', 'ar']));
    expect(test.filter((i) => i.labels.prepared).length).toBe(66);
    expect(test.filter((i) => i.labels.prepared).length).toBeGreaterThanOrEqual(35);
    for (const l of ['en', 'ru', 'ar']) expect(test.filter((i) => i.labels.prepared && i.language === l).length, l).toBeGreaterThanOrEqual(15);
  });

  it('ids are web7-sha1(url)[:10] (with -2 for a second item of a page), unique, and the split is decided by the URL alone', () => {
    const ids = web.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const it of web) {
      expect(it.source).toBe('web');
      expect(it.id.startsWith('web7-' + crypto.createHash('sha1').update(it.ref.url).digest('hex').slice(0, 10)), it.id).toBe(true);
    }
    const inTest = (url: string) => crypto.createHash('sha256').update(url).digest()[0] < 0xa6;
    for (const it of test) expect(inTest(it.ref.url), it.id).toBe(true);
    for (const it of dev) expect(inTest(it.ref.url), it.id).toBe(false);
    expect(new Set([...test, ...dev].map((i) => i.id))).toEqual(new Set(ids));
    expect(new Set(test.map((i) => i.ref.url)).size + new Set(dev.map((i) => i.ref.url)).size).toBe(new Set(web.map((i) => i.ref.url)).size);
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(web);
  });

  it('is disjoint from every earlier split by URL, id and headline', () => {
    expectDisjoint(web, EARLIER);
  });
});
