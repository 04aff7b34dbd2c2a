/**
 * Session 9 inference and knowledge-base changes of the agent differential (docs/agent-differential.md §4 and §7.00013):
 * statements of absence in an exclusive group, carbon monoxide's lack of smell, and the phosphide fumigant agent. The
 * sentences are written for these tests, not taken from any evaluation split.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const run = (text: string) => runDifferential(kb, [{ text, role: 'witness' }]);
const cls = (r: ReturnType<typeof runDifferential>, id: string) => r.classes.find((c) => c.id === id)!.probability;
const agent = (r: ReturnType<typeof runDifferential>, id: string) => r.agents.find((a) => a.id === id)!.probability;
const silentOdours = (r: ReturnType<typeof runDifferential>) => r.contributions.filter((c) => c.observation === 'silent' && c.feature.startsWith('odour_')).map((c) => c.feature);
/** P'(feature | agent) as compiled (after the leak), read from the KB's table */
const p = (feature: string, agentId: string) => kb.p[kb.featureIndex.get(feature)!][kb.agents.findIndex((a) => a.id === agentId)];

describe('a statement of absence in an exclusive group', () => {
  it('"no smell" does not charge the silence of every odour again', () => {
    const r = run('There was no smell; people were coughing and their eyes watered.');
    expect(r.features.find((f) => f.id === 'odour_none')?.present).toBe(true);
    expect(silentOdours(r)).toEqual([]);
  });

  it('a smell that is named opens the group, but "no smell" is never one of its silences', () => {
    const r = run('It smelled of burning and people were coughing.');
    const silent = silentOdours(r);
    expect(silent.length).toBeGreaterThan(0);
    expect(silent).not.toContain('odour_none');
  });
});

describe('carbon monoxide cannot be smelt (the fire-smoke agent)', () => {
  it('the KB holds it: no smell is occasional, nausea and dizziness common for fire smoke (cdc-co-basics, cdc-co)', () => {
    expect(p('odour_none', 'fire-smoke')).toBeCloseTo(0.01 + 0.99 * 0.3, 9);
    expect(p('nausea', 'fire-smoke')).toBeCloseTo(0.01 + 0.99 * 0.6, 9);
    expect(p('dizziness', 'fire-smoke')).toBeCloseTo(0.01 + 0.99 * 0.6, 9);
  });

  it('a generator in a shut basement with "no smell" reads as no toxic chemical, more so than without it', () => {
    const base = 'They ran a petrol generator in the basement with the door shut. By morning the whole family had headaches and were dizzy.';
    const without = run(base);
    const withNoSmell = run(`${base} There was no smell.`);
    expect(withNoSmell.top).toEqual({ class: 'none', agent: 'fire-smoke' });
    expect(cls(withNoSmell, 'none')).toBeGreaterThan(cls(without, 'none'));
    expect(cls(withNoSmell, 'none')).toBeGreaterThan(0.6);
    expect(cls(withNoSmell, 'nerve')).toBeLessThan(0.1);
  });
});

describe('the phosphide fumigant agent (phosphine)', () => {
  it('is a toxic-industrial agent with its cited signs: garlic or fish odour, vomiting, deaths, pesticide use', () => {
    const a = kb.agents.find((x) => x.id === 'phosphine')!;
    expect(a.class).toBe('toxic-industrial');
    expect(p('pesticide_application', 'phosphine')).toBeCloseTo(0.01 + 0.99 * 0.9, 9);
    expect(p('vomiting', 'phosphine')).toBeCloseTo(0.01 + 0.99 * 0.9, 9);
    expect(p('odour_garlic', 'phosphine')).toBeCloseTo(0.01 + 0.99 * 0.6, 9);
    expect(p('deaths', 'phosphine')).toBeCloseTo(0.01 + 0.99 * 0.6, 9);
    // no cholinergic sign: a fumigant is not a cholinesterase inhibitor
    expect(p('miosis', 'phosphine')).toBeCloseTo(0.01 + 0.99 * 0.03, 9);
  });

  it('tablets against bed bugs, vomiting and a death read as the fumigant, not a nerve agent', () => {
    const r = run('After the pest control man put tablets under the floor against bed bugs, the children vomited all night and the baby died.');
    expect(r.top).toEqual({ class: 'toxic-industrial', agent: 'phosphine' });
    expect(cls(r, 'toxic-industrial')).toBeGreaterThan(0.7);
    expect(cls(r, 'nerve')).toBeLessThan(0.1);
  });

  it('without any pesticide told, breathing and deaths after an attack do not make the fumigant the leader', () => {
    const r = run('Many people suffocated and several died after the attack.');
    expect(r.top.agent).not.toBe('phosphine');
    expect(agent(r, 'phosphine')).toBeLessThan(agent(r, 'sarin'));
    // an undescribed pesticide counts once, as a context nobody described
    expect(r.contributions.filter((c) => c.feature === 'pesticide_application' && c.observation === 'undescribed')).toHaveLength(1);
  });

  it('phosphide and fumigant products by name are a pesticide told (EN, AR, RU), and with vomiting and a death lead to it', () => {
    for (const text of [
      'Aluminium phosphide tablets were put in the grain store; the family vomited and a child died.',
      'وضعوا حبة الغلة في المخزن، فتقيأ الأطفال وتوفي أحدهم.',
      'В квартире провели дератизацию, у детей рвота, ребёнок умер.',
    ]) {
      const r = run(text);
      expect(r.features.find((f) => f.id === 'pesticide_application')?.present, text).toBe(true);
      expect(r.top, text).toEqual({ class: 'toxic-industrial', agent: 'phosphine' });
    }
  });
});
