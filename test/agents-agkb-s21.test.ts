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
