/**
 * Session 24 (room evalx): the claim reader's figures with their 95% intervals (eval/claims/figures.ts): Wilson for
 * every accuracy and prepared's recall and precision, and where items carry an event a bootstrap that resamples whole
 * events. The items are made up here (no evaluation item is read); scoreClaims's per-item readings (correct, got) are
 * checked against its own counts.
 */
import { describe, expect, it } from 'vitest';
import { scoreClaims, type LabelledItem } from '../src/core/narrative/claim-eval.js';
import { claimFigures, MIN_CLUSTERS, short } from '../eval/claims/figures.js';
import { wilson } from '../eval/intervals.js';
import path from 'node:path';
import { runTsxScript } from './helpers/tsx-script.js';

const SCORE = path.resolve(__dirname, '../eval/claims/score.ts');

const labels = (o: Partial<LabelledItem['labels']> = {}): LabelledItem['labels'] => ({ blamed: null, agent: null, staged: null, prepared: false, voice: 'none', ...o });
const item = (id: string, text: string, l: Partial<LabelledItem['labels']>, event?: string): LabelledItem =>
  ({ id, language: 'en', text, labels: labels(l), ...(event ? { ref: { event } } : {}) }) as LabelledItem;

describe('scoreClaims per item', () => {
  const items = [
    item('a', 'The rebels are preparing a chemical provocation with chlorine, the ministry said.', { blamed: 'opposition', prepared: true, agent: 'chlorine', voice: 'reports' }),
    item('b', 'The weather was fine in the city on Tuesday.', {}),
    item('c', 'The government dropped sarin on the town, witnesses said.', { blamed: 'government', agent: 'sarin', voice: 'reports' }),
  ];
  it('gives each item its reading and whether it is right, adding up to the accuracy and the misses', () => {
    const r = scoreClaims(items);
    for (const slot of ['blamed', 'staged', 'prepared', 'agent', 'voice'] as const) {
      expect(r.correct[slot]).toHaveLength(3);
      expect(r.got[slot]).toHaveLength(3);
      expect(r.correct[slot].filter((x) => !x).length).toBe(r.misses[slot].length);
      expect(Math.round((r.correct[slot].filter(Boolean).length / 3) * 1000) / 1000).toBe(r.slots[slot].accuracy);
    }
    expect(r.got.prepared.every((g) => g === 'true' || g === 'false' || g === 'null')).toBe(true);
  });
});

describe('claimFigures', () => {
  // 24 items over 12 events (two each), the second item of every third event read wrong on blamed
  const right = (i: number) => !(i % 2 === 1 && Math.floor(i / 2) % 3 === 0);
  const items = Array.from({ length: 24 }, (_, i) => item(`x${i}`, '', { prepared: i < 8 }, `ev${Math.floor(i / 2)}`));
  const fake = {
    correct: { blamed: items.map((_, i) => right(i)), staged: items.map(() => true), prepared: items.map((_, i) => i !== 3), agent: items.map(() => true), voice: items.map((_, i) => i % 4 !== 0) },
    got: { blamed: [], staged: [], agent: [], voice: [], prepared: items.map((_, i) => (i < 8 ? (i !== 3 ? 'true' : 'false') : 'false')) },
  } as unknown as ReturnType<typeof scoreClaims>;
  it('gives Wilson intervals of the right counts, and prepared recall and precision over the items labelled and read so', () => {
    const f = claimFigures(items, fake);
    expect(f.events).toBe(12);
    expect(f.accuracy.blamed).toMatchObject({ k: 20, n: 24, wilson: wilson(20, 24) });
    expect(f.preparedRecall).toMatchObject({ k: 7, n: 8, wilson: wilson(7, 8) });
    expect(f.preparedPrecision).toMatchObject({ k: 7, n: 7 });
  });
  it('resamples events where they span enough clusters and the share is neither none nor all (near misses: all right, too few events)', () => {
    const f = claimFigures(items, fake);
    expect(f.accuracy.blamed.byEvent).toBeDefined();
    expect(f.accuracy.blamed.byEvent!.lo).toBeLessThan(20 / 24);
    expect(f.accuracy.staged.byEvent).toBeUndefined(); // 24/24: a bootstrap of an all-right share is a point
    expect(f.preparedRecall.byEvent).toBeUndefined(); // 8 items over 4 events, fewer than MIN_CLUSTERS
    expect(MIN_CLUSTERS).toBe(10);
    // the same items without events: no interval by event at all
    const plain = items.map((it) => ({ ...it, ref: undefined }));
    const g = claimFigures(plain, fake);
    expect(g.events).toBe(0);
    expect(g.accuracy.blamed.byEvent).toBeUndefined();
    expect(g.accuracy.blamed.wilson).toEqual(f.accuracy.blamed.wilson);
  });
  it('prints the brief line style', () => {
    expect(short({ lo: 0.887, hi: 0.9124 })).toBe('.887-.912');
    expect(short({ lo: 0.7, hi: 1 })).toBe('.700-1.000');
  });
});

describe('score.ts --json', () => {
  it('prints the aggregate figures of a development look part as JSON, with Wilson and by-event intervals; never with --misses', async () => {
    const [r, refused] = await Promise.all([runTsxScript([SCORE, 'dev-v25:look', '--json']), runTsxScript([SCORE, 'dev-v25:look', '--json', '--misses', 'blamed'])]);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.split).toBe('dev-v25:look');
    expect(j.bootstrap).toEqual({ resamples: 2000, seed: 1 });
    const all = j.groups['dev-v25:look, all'];
    expect(all.events).toBeGreaterThan(0);
    for (const slot of ['blamed', 'staged', 'prepared', 'agent', 'voice']) {
      const a = all.intervals.accuracy[slot];
      expect(a.n).toBe(all.items);
      expect(Math.round((a.k / a.n) * 1000) / 1000).toBe(all.slots[slot].accuracy);
      expect(a.wilson).toEqual(wilson(a.k, a.n));
    }
    // aggregate only: no item id in the output
    expect(r.stdout).not.toMatch(/web25d-/);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/--json prints aggregate figures only/);
  });
});
