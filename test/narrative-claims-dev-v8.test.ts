// Development web split v8 of the labelled claims set (eval/claims/README.md, "Development set v8 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectDisjoint, expectWellFormedLabels, readClaims as read } from './helpers/web-claims.js';

const FROZEN = ['test-v6.jsonl', 'test-v6-announce.jsonl', 'test-v7.jsonl'];
const OTHERS = ['dev.jsonl', 'test.jsonl', 'test-v2.jsonl', 'test-v3.jsonl', 'test-v4.jsonl', 'test-v5.jsonl', 'dev-v7.jsonl', 'web-v7.jsonl'];

describe('claims development split v8 (web pages, EN/RU/AR)', () => {
  const dev = read('dev-v8.jsonl');
  const lang = (l: string) => dev.filter((i) => i.language === l).length;

  it('holds the recorded counts per language and per announced attack', () => {
    expect(dev.length).toBe(209);
    expect([lang('en'), lang('ru'), lang('ar')]).toEqual([65, 73, 71]);
    expect(new Set(dev.map((i) => i.language))).toEqual(new Set(['en', 'ru', 'ar']));
    expect(lang('ru')).toBeGreaterThanOrEqual(70);
    expect(lang('ar')).toBeGreaterThanOrEqual(60);
    expect(lang('en')).toBeGreaterThanOrEqual(60);
    expect(dev.filter((i) => i.labels.prepared).length).toBe(74); // s28 clprep: web8-bb29a06ad9 (a party said to be preparing a chemical attack) relabelled true (README, label conventions)
  });

  it('ids are web8-sha1(url)[:10], unique, one item per page', () => {
    const ids = dev.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(dev.map((i) => i.ref.url)).size).toBe(dev.length);
    for (const it of dev) {
      expect(it.source).toBe('web');
      expect(it.id, it.ref.url).toBe('web8-' + crypto.createHash('sha1').update(it.ref.url).digest('hex').slice(0, 10));
    }
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(dev);
  });

  it('is disjoint from the frozen test splits (v6, v6 supplement, v7) and every other split by URL, id and headline', () => {
    expectDisjoint(dev, [...FROZEN, ...OTHERS]);
  });
});
