/**
 * The integrity checks shared by the labelled web splits of the claims set (eval/claims/*-v7, dev-v8, test-v9):
 * reading a split, well-formed labels with no repeated headline, and disjointness from other splits by URL, id and
 * headline. They never run the claim reader on the items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
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
