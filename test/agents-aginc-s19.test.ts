/**
 * Session 19 (room aginc): the class calibration map (knowledge/agents.yaml model.class_calibration,
 * docs/agent-differential.md §4 step 7c and §7.00041-aginc), reported beside the posterior, deciding nothing: held to its
 * formula, to that, and to the KB's checks. Then the reading rules of English incident reports (a spray in the active voice
 * or people sprayed with an unnamed substance, a hot tub, a smoke alarm), each with near misses it must not read. Every
 * sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';
import { packageKnowledge } from './helpers/knowledge.js';
import { feats, kb, run } from './helpers/agent-probe.js';
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

describe('a hand-held spray told in the active voice, and people sprayed with a substance nobody named (delivery_spray_face)', () => {
  it('reads a person who used or discharged a spray, and people sprayed with an unknown substance', () => {
    for (const t of [
      'A pupil used a spray in the corridor during a fight and several classmates were taken to hospital.',
      'The man discharged a small spray inside the shop before running off.',
      'Several people had been sprayed with an unknown substance outside the station.',
      'Passengers were sprayed with a noxious liquid on the late train.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
    expect(run('Officers said a girl used a spray on the bus during an argument; a dozen pupils were checked by paramedics.').top.class).toBe('riot-control');
  });
  it('does not read a cleaning, nasal or garden spray, crops or a wall sprayed, or a worker sprayed by a burst hose', () => {
    for (const t of [
      'She used a spray to clean the oven.',
      'He used a nasal spray for his cold.',
      'The gardener used a spray on the roses.',
      'The crops were sprayed with an unknown chemical.',
      'The wall was sprayed with an unknown liquid.',
      'A worker was sprayed with an unknown liquid when a hose burst.',
    ])
      expect(feats(t), t).not.toMatchObject({ delivery_spray_face: true });
  });
});

describe('the hot tub as a treated-water venue (delivery_pool_pump)', () => {
  it('reads a hot tub, a spa pool and a jacuzzi', () => {
    // (session 19, fixag2, review R16: the venue alone no longer reads; its chemical or odour near it does)
    for (const t of ['Two guests in the hotel hot tub began to cough from the chlorine fumes.', 'A smell of chemicals came from the spa pool.', 'The jacuzzi was closed after a reaction.'])
      expect(feats(t), t).toMatchObject({ delivery_pool_pump: true });
    expect(run('Children in the hot tub said their eyes burned and they were coughing after a strong chemical smell.').top.class).toBe('choking');
  });
  it('does not read a tub of paint or a hot bath', () => {
    for (const t of ['He spilled a tub of hot paint.', 'She ran a hot bath for the baby.']) expect(feats(t), t).not.toHaveProperty('delivery_pool_pump');
  });
});

describe('the smoke alarm of a home-fire report (fire_smoke)', () => {
  it('reads smoke alarms that sounded or woke the family as the fire', () => {
    for (const t of ['Smoke alarms woke the family and they escaped through a window.', 'The smoke detector in the hall went off at 3 a.m.'])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
  it('reads a missing alarm as no statement about a fire, not as no fire', () => {
    for (const t of ['The house had no working smoke alarms.', 'There were no smoke detectors in the flat.']) expect(feats(t), t).not.toHaveProperty('fire_smoke');
    expect(feats('There was no fire and no smoke.')).not.toMatchObject({ fire_smoke: true });
  });
});
