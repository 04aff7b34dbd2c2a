/**
 * Session 21 (room agkb): the knowledge base and the inference behind the largest held-out confusions (choking read as
 * toxic-industrial, nerve read as toxic-industrial, riot-control read as none, incendiary read as none), checked on
 * development only (docs/agent-differential.md §7.00043-agkb). The sentences are written for these tests, not taken from
 * any evaluation split.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const classes = (text: string, k = kb) => Object.fromEntries(runDifferential(k, [{ text }]).classes.map((c) => [c.id, c.probability]));
const top = (text: string, k = kb) => runDifferential(k, [{ text }]).top.class;
/** the KB as it was before session 21 on the one knob changed here */
const before = { ...kb, contextNoise: 0.02 };

describe('context weighs a little more (model.context_noise 0.02 -> 0.01)', () => {
  it('the KB reads 0.01', () => {
    expect(kb.contextNoise).toBe(0.01);
  });
  it('police canisters now outweigh two or three nonspecific complaints (was read as no chemical)', () => {
    for (const text of [
      'Police fired canisters at the protesters. People had headaches and felt dizzy.',
      'The police threw gas grenades at the crowd; people felt dizzy and sick.',
    ]) {
      expect(top(text, before)).toBe('none');
      expect(top(text)).toBe('riot-control');
    }
    const t = 'Police fired canisters at the protesters. Many felt nauseous and had headaches.';
    expect(classes(t)['riot-control']).toBeGreaterThan(classes(t, before)['riot-control']);
  });
  it('a dropped cylinder now leads a nonspecific picture for chlorine (was toxic-industrial by a hair)', () => {
    const t = 'A cylinder was dropped by a helicopter. People felt dizzy, had headaches and vomited.';
    expect(top(t, before)).toBe('toxic-industrial');
    expect(top(t)).toBe('choking');
  });
  it('near misses: an account with no context feature reads exactly as before', () => {
    for (const text of ['People had headaches and felt dizzy.', 'Everyone was coughing and their eyes were burning.', 'Все кашляли, глаза слезились.']) {
      const a = classes(text);
      const b = classes(text, before);
      for (const c of Object.keys(a)) expect(a[c]).toBeCloseTo(b[c], 12);
    }
  });
  it('near miss: a context word alone still cannot decide (one account stays below the 0.8 threshold)', () => {
    const r = runDifferential(kb, [{ text: 'Police fired canisters at the protesters.' }]);
    expect(r.top.class).toBe('riot-control');
    expect(r.classes[0].probability).toBeLessThan(0.8);
    expect(r.determination.class).toBeNull();
  });
  it('near miss: an industrial leak with nonspecific complaints stays toxic-industrial', () => {
    expect(top('A tanker leaked at the depot. People had headaches and felt dizzy.')).toBe('toxic-industrial');
  });
});

describe('the blast agent (none) no longer cites the psychogenic outbreak of jones-2000', () => {
  const ai = kb.agentIndex.get('none')!;
  const psy = kb.agentIndex.get('psychogenic')!;
  const origin = (f: string, a: number) => kb.origin[kb.featureIndex.get(f)!][a];
  it('no value of the blast agent is sourced to jones-2000; the psychogenic agent keeps its citations', () => {
    for (const f of ['loss_of_consciousness', 'vomiting', 'nausea', 'headache', 'dizziness', 'recovery_fresh_air', 'full_recovery', 'medics_affected'])
      expect(origin(f, ai).sources).not.toContain('jones-2000');
    for (const f of ['headache', 'dizziness', 'nausea', 'recovery_fresh_air', 'medics_affected']) expect(origin(f, psy).sources).toContain('jones-2000');
  });
  it('recovery in fresh air is occasional and helpers falling ill uncommon for a blast (were common and occasional); the other values kept', () => {
    expect(origin('recovery_fresh_air', ai).p).toBe(0.3);
    expect(origin('medics_affected', ai).p).toBe(0.1);
    expect(origin('headache', ai).p).toBe(0.6);
    expect(origin('dizziness', ai).p).toBe(0.6);
    expect(origin('nausea', ai).p).toBe(0.6);
    expect(origin('full_recovery', ai).p).toBe(0.6);
  });
  it('a recovery in fresh air after police fire now leans further to riot-control, away from no chemical', () => {
    const t = 'Police fired at the crowd; people felt sick and dizzy but recovered in the fresh air.';
    expect(top(t)).toBe('riot-control');
    expect(classes(t)['riot-control']).toBeGreaterThan(0.56);
    expect(classes(t).none).toBeLessThan(0.23);
  });
  it('near miss: a blast told with wounds and headaches and no recovery or helpers reads as before', () => {
    const t = 'A loud explosion shook the street; people were thrown down and had headaches.';
    const r = runDifferential(kb, [{ text: t }]);
    expect(r.features.some((f) => f.id === 'recovery_fresh_air' || f.id === 'medics_affected')).toBe(false);
    // the KB with the blast agent's two former values
    const k = kb.modes!.colId.indexOf('none');
    const P = kb.modes!.p.map((row) => Float64Array.from(row));
    P[kb.featureIndex.get('recovery_fresh_air')!][k] = kb.leak + (1 - kb.leak) * 0.6;
    P[kb.featureIndex.get('medics_affected')!][k] = kb.leak + (1 - kb.leak) * 0.3;
    const old = { ...kb, modes: { ...kb.modes!, p: P } };
    const a = classes(t);
    const b = classes(t, old);
    for (const c of Object.keys(a)) expect(a[c]).toBeCloseTo(b[c], 12);
    // and the old values do move an account that tells a recovery (the comparison above is not vacuous)
    const u = 'Police fired at the crowd; people felt sick and dizzy but recovered in the fresh air.';
    expect(classes(u).none).toBeLessThan(classes(u, old).none);
  });
});
