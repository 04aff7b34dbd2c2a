/**
 * Session 32 (room agclass): 'no smell' for the incendiary weapons read per incident (occasional), as the blast agent's
 * denial is (docs/agent-differential.md §7.00059-agclass). The room's three other values (deaths for sulfur mustard and
 * for food poisoning occasional, an old munition found common for mustard) were withdrawn by the coordinator: each alone
 * broke a frozen split's floor (§7.00059 coordinator), so they stay as they were. Every sentence is the engineer's own;
 * none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { kb, p, run } from './helpers/agent-probe.js';

/** P(feature | agent) as the engine reads it (the leak applied), from the KB's agent table */
const P = (feature: string, agent: string) => kb.p[kb.featureIndex.get(feature)!][kb.agentIndex.get(agent)!];
const LEAK = (v: number) => 0.01 + 0.99 * v;

describe('session 32 (agclass): the values, per incident', () => {
  it('withdrawn: deaths stay uncommon for sulfur mustard and food poisoning, an old munition a hallmark of mustard', () => {
    expect(P('deaths', 'sulfur-mustard')).toBeCloseTo(LEAK(0.1), 6);
    expect(P('deaths', 'food-poisoning')).toBeCloseTo(LEAK(0.1), 6);
    expect(P('old_munition_found', 'sulfur-mustard')).toBeCloseTo(LEAK(0.9), 6);
  });
  it("'no smell' for the incendiary weapons occasional; white phosphorus keeps rare", () => {
    expect(P('odour_none', 'incendiary-weapon')).toBeCloseTo(LEAK(0.3), 6);
    expect(P('odour_none', 'white-phosphorus')).toBeCloseTo(LEAK(0.03), 6);
  });
});

describe('session 32 (agclass): the readings they change, in English, Russian and Arabic', () => {
  const fireRaid = [
    'Burning particles fell from the sky, the tents caught fire, people had deep burns. There was no smell of gas.',
    'С неба падали горящие частицы, палатки загорелись, у людей глубокие ожоги. Запаха газа не было.',
    'سقطت من السماء شظايا مشتعلة واحترقت الخيام، وأصيب الناس بحروق عميقة. لم تكن هناك رائحة غاز.',
  ];
  for (const t of fireRaid)
    it(`burning particles and deep burns with 'no gas smell' read incendiary: ${t.slice(0, 40)}`, () => {
      expect(run(t).top.class).toBe('incendiary');
      expect(p(t, 'incendiary')).toBeGreaterThan(0.5);
    });
  const mustard = [
    'Shells fell on the town at night. Hours later people had sore eyes, hoarse voices and coughs; three of them died.',
    'Ночью на город упали снаряды. Через несколько часов у людей болели глаза, осип голос, был кашель; трое умерли.',
    'سقطت قذائف على البلدة ليلا. بعد ساعات أصيب الناس بألم في العيون وبحة في الصوت وسعال، وتوفي ثلاثة منهم.',
  ];
  for (const t of mustard)
    it(`a delayed eye and airway injury after shelling, with deaths, stays blister: ${t.slice(0, 40)}`, () => {
      expect(run(t).top.class).toBe('blister');
      expect(p(t, 'blister')).toBeGreaterThan(0.75);
    });
});
