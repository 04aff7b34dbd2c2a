/**
 * The integrity checks shared by the labelled web splits of the claims set (eval/claims/*-v7, dev-v8, test-v9):
 * reading a split, well-formed labels with no repeated headline, and disjointness from other splits by URL, id and
 * headline; and, for the frozen splits of session 8 on, the whole guard (`describeFrozenWebSplit`). They never run the
 * claim reader on the items.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LabelledItem } from '../../src/core/narrative/claim-eval.js';

export interface WebItem extends LabelledItem {
  source: string;
  ref: { url: string; date: string; outlet: string };
}

export const CLAIMS_DIR = path.resolve(__dirname, '../../eval/claims');

export const readClaims = (file: string): WebItem[] =>
  fs.readFileSync(path.join(CLAIMS_DIR, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** the first line of an item's text, compared case-blind: two items with one headline are one story */
export const headline = (text: string) => text.split('\n')[0].trim().toLowerCase();

const BLAMED = new Set([null, 'opposition', 'white-helmets', 'government', 'russia', 'west', 'ukraine', 'other']);

/** every label is a value of the guide, an item about nothing has every slot empty, and no headline repeats */
export function expectWellFormedLabels(items: WebItem[]): void {
  for (const it of items) {
    expect(BLAMED.has(it.labels.blamed), it.id).toBe(true);
    expect(['asserts', 'reports', 'none']).toContain(it.labels.voice);
    expect(typeof it.labels.prepared, it.id).toBe('boolean');
    if (it.labels.voice === 'none') expect([it.labels.blamed, it.labels.agent, it.labels.staged, it.labels.prepared], it.id).toEqual([null, null, null, false]);
    else expect(it.labels.staged === null, it.id).toBe(false);
    expect(it.text.length, it.id).toBeLessThanOrEqual(700);
  }
  expect(new Set(items.map((i) => headline(i.text))).size).toBe(items.length);
}

/** no item shares a URL, an id or a headline with any item of the other split files */
export function expectDisjoint(items: WebItem[], otherFiles: string[]): void {
  const others = otherFiles.flatMap(readClaims);
  const urls = new Set(others.map((i) => i.ref?.url).filter(Boolean));
  const ids = new Set(others.map((i) => i.id));
  const heads = new Set(others.map((i) => headline(i.text)));
  for (const it of items) {
    expect(urls.has(it.ref.url), it.id).toBe(false);
    expect(ids.has(it.id), it.id).toBe(false);
    expect(heads.has(headline(it.text)), it.id).toBe(false);
  }
}

/** no item repeats a row (its id after the source prefix), a text (spaces and case aside) or a headline of the other split files */
export function expectNoSharedRowOrText(items: WebItem[], otherFiles: string[]): void {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const row = (id: string) => id.slice(id.indexOf('-') + 1);
  const others = otherFiles.flatMap(readClaims);
  const rows = new Set(others.map((i) => row(i.id)));
  const texts = new Set(others.map((i) => norm(i.text)));
  const heads = new Set(others.map((i) => headline(i.text)));
  for (const it of items) {
    expect(rows.has(row(it.id)), it.id).toBe(false);
    expect(texts.has(norm(it.text)), it.id).toBe(false);
    expect(heads.has(headline(it.text)), it.id).toBe(false);
  }
}

/** no item's URL occurs in the bundled examples (examples/**): a labelled item must not be an input of a bundled case */
export function expectNotInExamples(items: WebItem[]): void {
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const examples = walk(path.resolve(__dirname, '../../examples')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  for (const it of items) expect(examples.includes(it.ref.url), it.id).toBe(false);
}

/** the split lists of eval/claims/score.ts (the text between the brackets of DEVELOPMENT, HELD and FROZEN) */
export function scoreSplitLists(): { development: string; held: string; frozen: string } {
  const score = fs.readFileSync(path.join(CLAIMS_DIR, 'score.ts'), 'utf8');
  const list = (name: string) => new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(score)?.[1] ?? '';
  return { development: list('DEVELOPMENT'), held: list('HELD'), frozen: list('FROZEN') };
}

/** What a frozen web test split recorded when it was frozen (session 8 on): its hash, counts and sha1(url) half. */
export interface FrozenWebSplit {
  file: string; // e.g. 'test-v11.jsonl'
  sha256: string;
  items: number;
  perLanguage: { ar: number; ru: number; en: number };
  minPerLanguage: { ar: number; ru: number; en: number };
  prepared: number;
  minPrepared: number;
  preparedPerLanguage: { ar: number; ru: number; en: number };
  blamed: number; // items with a culprit
  idPrefix: string; // ids are idPrefix + sha1(url)[:10]
  sha1Half: string; // the hex digits sha1(url) may start with (the other labeller took the rest)
  minOtherFiles: number;
}

/** The integrity checks of a frozen web test split: hash and counts, ids and partition, labels, disjointness, FROZEN in score.ts. */
export function describeFrozenWebSplit(s: FrozenWebSplit): void {
  const name = s.file.replace(/\.jsonl$/, '');
  const sha1 = (t: string) => crypto.createHash('sha1').update(t).digest('hex');
  const langs = ['ar', 'ru', 'en'] as const;
  describe(`claims ${name} (web pages, AR/RU/EN)`, () => {
    const test = readClaims(s.file);

    it('is the frozen file (sha256) and holds the recorded counts', () => {
      expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(CLAIMS_DIR, s.file))).digest('hex')).toBe(s.sha256);
      expect(test.length).toBe(s.items);
      const lang = (l: string) => test.filter((i) => i.language === l).length;
      expect(langs.map(lang)).toEqual(langs.map((l) => s.perLanguage[l]));
      expect(new Set(test.map((i) => i.language))).toEqual(new Set(langs));
      for (const l of langs) expect(lang(l)).toBeGreaterThanOrEqual(s.minPerLanguage[l]);
      const prepared = test.filter((i) => i.labels.prepared);
      expect(prepared.length).toBe(s.prepared);
      expect(prepared.length).toBeGreaterThanOrEqual(s.minPrepared);
      expect(langs.map((l) => prepared.filter((i) => i.language === l).length)).toEqual(langs.map((l) => s.preparedPerLanguage[l]));
      expect(test.filter((i) => i.labels.blamed !== null).length).toBe(s.blamed);
    });

    it(`ids are ${s.idPrefix}sha1(url)[:10], unique, one item per page, all in the ${s.sha1Half[0]}-${s.sha1Half.at(-1)} half of sha1(url)`, () => {
      expect(new Set(test.map((i) => i.id)).size).toBe(test.length);
      expect(new Set(test.map((i) => i.ref.url)).size).toBe(test.length);
      for (const it of test) {
        expect(it.source).toBe('web');
        expect(it.id, it.ref.url).toBe(s.idPrefix + sha1(it.ref.url).slice(0, 10));
        expect(s.sha1Half, it.id).toContain(sha1(it.ref.url)[0]);
      }
    });

    it('labels are well formed and no headline repeats', () => {
      expectWellFormedLabels(test);
    });

    it('is disjoint from every other split by URL, id and headline, and from the bundled examples by URL', () => {
      const others = fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.jsonl') && f !== s.file);
      expect(others.length).toBeGreaterThanOrEqual(s.minOtherFiles);
      expectDisjoint(test, others);
      expectNotInExamples(test);
    });

    it('is frozen in score.ts (its misses are refused)', () => {
      const lists = scoreSplitLists();
      expect(lists.frozen).toContain(`'${name}'`);
      expect(lists.development).not.toContain(`'${name}'`);
    });
  });
}
