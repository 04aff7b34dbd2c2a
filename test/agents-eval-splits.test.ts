/**
 * The agent-differential evaluation sets (docs/agent-differential.md §7). The test splits are FROZEN: their
 * sha256 is recorded here, so any edit (a phrase added to make a miss pass, a label changed) fails this test.
 * The frozen incident test split is v6 (incidents-test-v6.yaml, written in session 5 by another hand; its own test,
 * agents-eval-v6.test.ts, records its hash). The earlier test splits v2, v3, v4 and v5 were scored and reported, then
 * moved into development (v5 in session 6, after its one scoring at the end of session 5, docs §7.0002); v1 was
 * looked at (its misses diagnosed) and is retired into development as `seen` (incidents-seen-v1.yaml). Each is kept
 * byte for byte (its hash) as the record of what was measured on it. The figures asserted are floors, not targets:
 * they keep a regression from landing unnoticed.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadAgentKb } from '../src/app/agents.js';
import { scoreCases } from '../src/core/agents/agent-evaluation.js';
import { evalDir, loadIncidents, loadParaphrases, SPLIT_FILES } from '../eval/agents/load.js';

const FROZEN: Record<string, string> = {
  [SPLIT_FILES.incidents['test-v5']]: '3386da003af6bead7936b27ed8f3358c3612eea165eb2c633e3674304fbc12bb',
  [SPLIT_FILES.incidents['test-v3']]: '6a1f43cfb86f211aee3c8828607f91ba3ec6f4d2211aa9513bbd8f1c3676c5ee',
  [SPLIT_FILES.incidents['test-v4']]: 'ebf5ea913a883c37bf29585fef2657315838e57c118a1fc59e5b98e0fa00e4b5',
  [SPLIT_FILES.incidents['test-v2']]: '361049eb3896751bba1d9048b76678810f2429bbdeaa452d86960ff88ab99fd1',
  [SPLIT_FILES.incidents.seen]: '3429b8e733652ee92b7d87411029944a868c2b3bdc09a36f54fb9d4d5971e514',
  [SPLIT_FILES.paraphrases.test]: 'faf3122cb9cd96e9e0988e62bdc93b54e8b80f278cb7a07ccaead7900ab275d1',
};

const kb = loadAgentKb(packageKnowledge);
const classes = kb.classes.map((c) => c.id).sort();

describe('agent evaluation splits', () => {
  it('the test splits are frozen (sha256 recorded)', () => {
    for (const [file, sha] of Object.entries(FROZEN)) {
      const got = crypto.createHash('sha256').update(fs.readFileSync(path.join(evalDir, file))).digest('hex');
      expect(got, `${file} changed: the test split is frozen`).toBe(sha);
    }
  });

  // The issue asks for 30% of the incidents in the test split. Once v2-v5 had been scored they could no longer count
  // as unseen; since session 6 the unseen splits are v6 (90) and v7 (111, written in session 6 by another hand; its own
  // test, agents-eval-v7.test.ts, checks it), 201 of 667 = 30.1% with the development split dev-v8 (docs §7.0003). Asserted here: v6 has at least 50
  // incidents over every class, and no id is in two splits.
  it('at least 150 cited incidents over every class, an unseen test split of at least 50, no id in two splits', () => {
    const dev = [...loadIncidents('dev'), ...loadIncidents('seen'), ...loadIncidents('test-v2'), ...loadIncidents('test-v3'), ...loadIncidents('test-v4'), ...loadIncidents('test-v5')];
    const test = loadIncidents('test-v6');
    expect(test.length).toBeGreaterThanOrEqual(50);
    expect(dev.length + test.length).toBeGreaterThanOrEqual(150);
    expect(new Set(dev.map((i) => i.id)).size).toBe(dev.length);
    for (const split of [dev, test]) {
      expect([...new Set(split.map((i) => i.class))].sort()).toEqual(classes);
      for (const i of split) {
        expect(i.source.length, i.id).toBeGreaterThan(20);
        expect(i.accounts.length, i.id).toBeGreaterThan(0);
        if (i.agent) expect(kb.agents.find((a) => a.id === i.agent)?.class, i.id).toBe(i.class);
        for (const c of i.accept ?? []) expect(classes, i.id).toContain(c);
      }
    }
    const ids = new Set(dev.map((i) => i.id));
    for (const i of test) expect(ids.has(i.id), i.id).toBe(false);
    expect(new Set(test.map((i) => i.id)).size).toBe(test.length);
  });

  it('at least 40 lay paraphrases per language (EN, RU, AR), split dev/test, every class in each', () => {
    const all = [...loadParaphrases('dev'), ...loadParaphrases('test')];
    for (const lang of ['en', 'ru', 'ar']) {
      const mine = all.filter((p) => p.lang === lang);
      expect(mine.length, lang).toBeGreaterThanOrEqual(40);
      expect([...new Set(mine.map((p) => p.class))].sort(), lang).toEqual(classes);
    }
    expect(loadParaphrases('test').length).toBeGreaterThanOrEqual(0.3 * all.length);
  });

  it('figures stay at or above their recorded floors (docs/agent-differential.md §7)', () => {
    const inc = scoreCases(kb, loadIncidents('test-v3'));
    const v4 = scoreCases(kb, loadIncidents('test-v4'));
    expect(v4.classTop1).toBeGreaterThanOrEqual(FLOORS.incidentsV4);
    expect(v4.brier).toBeLessThan(v4.brierUniform);
    // v5, a development split since session 6 (scored once at the end of session 5, docs §7.0002)
    const v5 = scoreCases(kb, loadIncidents('test-v5'));
    expect(v5.classTop1).toBeGreaterThanOrEqual(FLOORS.incidentsV5);
    expect(v5.brier).toBeLessThan(v5.brierUniform);
    const par = scoreCases(kb, loadParaphrases('test'));
    console.log(`agents eval (v3, v4, v5 now development; paraphrase test): incidents v3 ${inc.classCorrect}/${inc.n}, v4 ${v4.classCorrect}/${v4.n}, v5 ${v5.classCorrect}/${v5.n}, paraphrases ${par.classCorrect}/${par.n} (${Object.entries(par.perLang).map(([k, v]) => `${k} ${v.correct}/${v.n}`).join(', ')}), Brier ${inc.brier.toFixed(3)} / ${par.brier.toFixed(3)}`);
    expect(inc.classTop1).toBeGreaterThanOrEqual(FLOORS.incidents);
    for (const v of Object.values(par.perLang)) expect(v.correct / v.n).toBeGreaterThanOrEqual(FLOORS.paraphrasesPerLang);
    expect(inc.brier).toBeLessThan(inc.brierUniform);
    expect(par.brier).toBeLessThan(par.brierUniform);
  });
});

/**
 * Floors from the last measured figures (rounded down); raise them when the engine improves. v3 and v4 are development
 * splits since session 5 (86.5%, 87.0% there); v5 was scored once at the end of session 5 (70.0%, Brier 0.493) and is
 * a development split since session 6. Session 6 (docs §7.0003): context nobody described counts (dev total 374 -> 383
 * of 423), v3 45 -> 43 of 52 (Tokyo 1945 and Lac-Megantic lost, no munition or fire named), so its floor is 0.82.
 */
const FLOORS = { incidents: 0.82, incidentsV4: 0.86, incidentsV5: 0.7, paraphrasesPerLang: 0.85 };
