/**
 * The frozen munition-reading split eval/munitions/munitions-test-v1.yaml (session 14, room wrmun: written by a hand that
 * never ran the reader nor read its keyword lists) scored in aggregate against the floor the coordinator set from its
 * first score on the session-start reader (4c2ee84 + the scorer fd2454a, before any session-14 munitions rule landed):
 * delivery top-1 45/68 = 66.2% (EN 24/28, RU 10/19, AR 11/21), calibre 8/9. A floor against regressions, never a
 * target; no test prints its misses (the hash and counts are test/munitions-eval-v1-guard.test.ts's).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadMunitionKb } from '../src/app/agents.js';
import { loadMunitionSplit, MUNITIONS_EVAL_DIR } from '../eval/munitions/load.js';
import { scoreMunitions } from '../eval/munitions/score.js';

describe('munitions-test-v1 (frozen) floor', () => {
  it('reads at least as many deliveries right as its first score (45/68; EN 24, RU 10, AR 11; calibre 8/9)', () => {
    const kb = loadMunitionKb(packageKnowledge);
    const split = loadMunitionSplit(path.join(MUNITIONS_EVAL_DIR, 'munitions-test-v1.yaml'), kb.deliveries.map((d) => d.id));
    const s = scoreMunitions(kb, split.items);
    expect(s.n).toBe(68);
    expect(s.correct).toBeGreaterThanOrEqual(45);
    expect(s.perLang.en.correct).toBeGreaterThanOrEqual(24);
    expect(s.perLang.ru.correct).toBeGreaterThanOrEqual(10);
    expect(s.perLang.ar.correct).toBeGreaterThanOrEqual(11);
    expect(s.calibre.correct).toBeGreaterThanOrEqual(8);
  });
});
