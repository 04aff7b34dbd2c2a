// Development split v13 of the labelled claims set (eval/claims/README.md, "Development set v13 (web)").
// This file checks the split's integrity only; it never runs the claim reader on the items (no scoring: the coordinator
// adds a floor, if any). The hash pins the landed file: development data may be appended to in later landings (then
// update the hash and the recorded counts with it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../eval/split-parts.js';
import { CLAIMS_DIR as DIR, expectDisjoint, expectWellFormedLabels, readClaims as read } from './helpers/web-claims.js';

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
const FILE = 'dev-v13.jsonl';
// every other split in eval/claims, frozen or not (test-v13, written by the same hand from other events, included)
const OTHERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE);

// what the landed file holds (recorded when it was written; update with the hash when items are appended)
const RECORDED = {
  sha256: 'e4ee7b965615c3a9873c57819f10722bdf10b43394ae191a5b2a8eee077d1fb5',
  items: 58,
  perLanguage: { ar: 24, ru: 21, en: 13 },
  blamed: { other: 48, null: 6, opposition: 4, government: 0, west: 0, russia: 0, ukraine: 0, 'white-helmets': 0 },
  blamedPerLanguage: {
    ar: { other: 20, opposition: 2, null: 2 },
    ru: { other: 18, opposition: 2, null: 1 },
    en: { other: 10, null: 3 },
  },
  prepared: 3,
  hold: 16,
};

const count = <T>(xs: T[]) => xs.reduce<Record<string, number>>((m, x) => ((m[String(x)] = (m[String(x)] ?? 0) + 1), m), {});
const nonZero = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([, n]) => n > 0));

describe('claims development split v13 (web pages, AR/RU/EN; weighted to blamed other, Arabic and hard west/government cases)', () => {
  const dev = read(FILE);

  it('is the landed file (sha256) and holds the recorded counts per language, blamed value and announced attack', () => {
    expect(sha256(fs.readFileSync(path.join(DIR, FILE)))).toBe(RECORDED.sha256);
    expect(dev.length).toBe(RECORDED.items);
    expect(count(dev.map((i) => i.language))).toEqual(RECORDED.perLanguage);
    expect(count(dev.map((i) => i.labels.blamed))).toEqual(nonZero(RECORDED.blamed));
    for (const l of ['ar', 'ru', 'en'] as const)
      expect(count(dev.filter((i) => i.language === l).map((i) => i.labels.blamed)), l).toEqual(RECORDED.blamedPerLanguage[l]);
    expect(dev.filter((i) => i.labels.prepared).length).toBe(RECORDED.prepared);
    // the weighting the brief asked for: culprit `other` is the largest class, Arabic the largest language
    expect(RECORDED.blamed.other).toBeGreaterThan(dev.length / 2);
    expect(RECORDED.perLanguage.ar).toBeGreaterThanOrEqual(RECORDED.perLanguage.ru);
  });

  it('ids are web13d-sha1(url)[:10], unique, one item per page; every event key is in the 6-f half of sha1(event) (test-v13 takes 0-5)', () => {
    expect(new Set(dev.map((i) => i.id)).size).toBe(dev.length);
    expect(new Set(dev.map((i) => i.ref.url)).size).toBe(dev.length);
    for (const it of dev) {
      expect(it.source).toBe('web');
      expect(it.id, it.ref.url).toBe('web13d-' + sha1(it.ref.url).slice(0, 10));
      const event = (it.ref as { event?: string }).event ?? '';
      expect(event, it.id).toMatch(/^[a-z0-9-]+$/);
      expect('6789abcdef', it.id).toContain(sha1(event)[0]);
    }
  });

  it('has a held-out part by sha256(id) (first hex digit 0-3, eval/split-parts.ts), as dev-v10 to dev-v12', () => {
    const held = dev.filter((i) => isHeldOut(i.id));
    expect(held.length).toBe(RECORDED.hold);
    expect(held.every((i) => parseInt(sha256(i.id)[0], 16) < 4)).toBe(true);
    expect(dev.length - held.length).toBe(RECORDED.items - RECORDED.hold);
  });

  it('labels are well formed and no headline repeats', () => {
    expectWellFormedLabels(dev);
  });

  it('is disjoint from every other split by URL, id, headline and text, and from the bundled examples by URL', () => {
    expect(OTHERS.length).toBeGreaterThanOrEqual(20);
    expect(OTHERS).toContain('dev-v12.jsonl');
    expect(OTHERS).toContain('test-v12.jsonl');
    expectDisjoint(dev, OTHERS);
    const texts = new Set(OTHERS.flatMap(read).map((i) => i.text.trim()));
    for (const it of dev) expect(texts.has(it.text.trim()), it.id).toBe(false);
    const exDir = path.resolve(__dirname, '../examples');
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    const examples = walk(exDir).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const it of dev) expect(examples.includes(it.ref.url), it.id).toBe(false);
  });

  it('is listed as development in score.ts with look/hold parts (its look misses may be shown), not as frozen', () => {
    const score = fs.readFileSync(path.join(DIR, 'score.ts'), 'utf8');
    const development = /const DEVELOPMENT = \[([^\]]*)\]/.exec(score)?.[1] ?? '';
    expect(development).toContain("'dev-v13'");
    expect(development).toContain("'dev-v13:look'");
    expect(/const HELD = \[([^\]]*)\]/.exec(score)?.[1] ?? '').toContain("'dev-v13:hold'");
    expect(/const FROZEN = \[([^\]]*)\]/.exec(score)?.[1] ?? '').not.toContain('dev-v13');
  });
});
