/**
 * Session 19 (room aginc): the class calibration map (knowledge/agents.yaml model.class_calibration,
 * docs/agent-differential.md §4 step 7c and §7.00041-aginc). The map is reported beside the posterior and decides
 * nothing; these tests hold it to its formula, to that, and to the KB's checks. Every sentence is the engineer's own.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';
import { packageKnowledge } from './helpers/knowledge.js';
import { kb, run } from './helpers/agent-probe.js';
import { calibrate, runDifferential } from '../src/core/agents/agent-differential.js';
import { compileAgentKb } from '../src/core/agents/agent-kb.js';
import { outcomeOf, summarise } from '../src/core/agents/agent-evaluation.js';

const CHLORINE = 'A yellow-green cloud drifted over the street; people coughed, could not breathe and said it smelled of bleach.';
const raw = { ...kb, classCalibration: undefined };

describe('the class calibration map', () => {
  it('is p^power x exp(bias), normalised, in KB class order', () => {
    const cal = kb.classCalibration!;
    expect(cal.power).toBeGreaterThan(1);
    const p = kb.classes.map((_, i) => (i + 1) / 28);
    const q = calibrate(kb, cal, p);
    const w = kb.classes.map((c, i) => p[i] ** cal.power * Math.exp(cal.bias[i]));
    const s = w.reduce((a, b) => a + b, 0);
    kb.classes.forEach((c, i) => expect(q[c.id]).toBeCloseTo(w[i] / s, 12));
    expect(Object.keys(q)).toEqual(kb.classes.map((c) => c.id));
  });
  it('is the identity at power 1 and no bias, and keeps a class at 0 at 0', () => {
    const id = { power: 1, bias: new Float64Array(kb.classes.length) };
    const p = [0.5, 0.2, 0.1, 0.1, 0.05, 0.05, 0];
    const q = calibrate(kb, id, p);
    kb.classes.forEach((c, i) => expect(q[c.id]).toBeCloseTo(p[i], 12));
    expect(calibrate(kb, kb.classCalibration!, p)[kb.classes[6].id]).toBe(0);
  });
  it('moves no leader, no class probability and no determination (near miss: the KB without the map)', () => {
    for (const text of [CHLORINE, 'Nothing happened at the market today.', 'Police fired tear gas canisters at the marchers; eyes streamed.']) {
      const a = runDifferential(kb, [{ text, role: 'official' }]);
      const b = runDifferential(raw, [{ text, role: 'official' }]);
      expect(b.calibrated).toBeUndefined();
      expect(a.calibrated).toBeDefined();
      expect({ ...a, calibrated: undefined }).toEqual({ ...b, calibrated: undefined });
    }
  });
  it("lifts one account's capped lead toward the chance it is right, still below the determination of one account", () => {
    const r = run(CHLORINE);
    expect(r.top.class).toBe('choking');
    const capped = r.classes[0].probability;
    expect(capped).toBeLessThan(0.8);
    expect(r.determination.class).toBeNull();
    expect(r.calibrated!.choking).toBeGreaterThan(capped);
    const s = Object.values(r.calibrated!).reduce((x, y) => x + y, 0);
    expect(s).toBeCloseTo(1, 12);
  });
  it('is scored beside the raw Brier score by the evaluation', () => {
    const c = { id: 'probe', class: 'choking', accounts: [{ text: CHLORINE, role: 'official' as const }] };
    const o = outcomeOf(kb, c, run(CHLORINE));
    expect(o.brierCalibrated).toBeLessThan(o.brier);
    expect(summarise(kb, [o]).brierCalibrated).toBeCloseTo(o.brierCalibrated!, 12);
    const oRaw = outcomeOf(raw, c, runDifferential(raw, c.accounts));
    expect(oRaw.brierCalibrated).toBeUndefined();
    expect(summarise(raw, [oRaw]).brierCalibrated).toBeUndefined();
    expect(oRaw.brier).toBeCloseTo(o.brier, 12);
  });
  it('refuses a bias for a class the KB does not have', () => {
    const data = parse(fs.readFileSync(packageKnowledge.path('agents.yaml'), 'utf8'));
    data.model.class_calibration.bias.mustard = 0.3;
    expect(() => compileAgentKb(data)).toThrow(/class_calibration\.bias\.mustard/);
    delete data.model.class_calibration;
    expect(compileAgentKb(data).classCalibration).toBeUndefined();
  });
});
