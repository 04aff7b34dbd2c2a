/**
 * Session 32 (room agclass): four likelihoods of knowledge/agents.yaml read per incident rather than per casualty or per
 * munition (docs/agent-differential.md §7.00059-agclass): deaths for sulfur mustard and for food poisoning (occasional), 'no
 * smell' for the incendiary weapons (occasional), an old munition found for sulfur mustard (common). Every sentence is the
 * engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { kb, p, run } from './helpers/agent-probe.js';

/** P(feature | agent) as the engine reads it (the leak applied), from the KB's agent table */
const P = (feature: string, agent: string) => kb.p[kb.featureIndex.get(feature)!][kb.agentIndex.get(agent)!];
const LEAK = (v: number) => 0.01 + 0.99 * v;

describe('session 32 (agclass): the values, per incident', () => {
  it('deaths: sulfur mustard and food poisoning occasional (a casualty\'s chance of dying is not an incident\'s chance of a death)', () => {
    expect(P('deaths', 'sulfur-mustard')).toBeCloseTo(LEAK(0.3), 6);
    expect(P('deaths', 'food-poisoning')).toBeCloseTo(LEAK(0.3), 6);
    // unchanged beside them: sarin common, psychogenic rare
    expect(P('deaths', 'sarin')).toBeCloseTo(LEAK(0.6), 6);
    expect(P('deaths', 'psychogenic')).toBeCloseTo(LEAK(0.03), 6);
  });
  it("'no smell' for the incendiary weapons occasional; white phosphorus keeps rare", () => {
    expect(P('odour_none', 'incendiary-weapon')).toBeCloseTo(LEAK(0.3), 6);
    expect(P('odour_none', 'white-phosphorus')).toBeCloseTo(LEAK(0.03), 6);
  });
  it('an old munition found: sulfur mustard common (was hallmark), still the highest of the chemical agents', () => {
    expect(P('old_munition_found', 'sulfur-mustard')).toBeCloseTo(LEAK(0.6), 6);
    expect(P('old_munition_found', 'sulfur-mustard')).toBeGreaterThan(P('old_munition_found', 'phosgene'));
    expect(P('old_munition_found', 'sulfur-mustard')).toBeGreaterThan(P('old_munition_found', 'white-phosphorus'));
  });
});

describe('session 32 (agclass): the readings they change, in English, Russian and Arabic', () => {
  const meal = [
    'After the wedding dinner the guests had stomach cramps and vomiting; one elderly guest died.',
    'После свадебного ужина у гостей начались рвота и боли в животе; одна пожилая гостья умерла.',
    'بعد عشاء العرس أصيب الضيوف بالقيء ومغص في البطن، وتوفيت ضيفة مسنة.',
  ];
  for (const t of meal)
    it(`a meal that made guests ill and killed one reads no toxic chemical, not a nerve agent: ${t.slice(0, 40)}`, () => {
      expect(run(t).top.class).toBe('none');
      expect(p(t, 'none')).toBeGreaterThan(p(t, 'nerve'));
    });
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
  it('an old munition with blisters the next day stays blister; old shells that hurt nobody lean less on mustard', () => {
    expect(p('Workers digging a trench unearthed an old shell; a liquid leaked out and the next day they had blisters on their hands.', 'blister')).toBeGreaterThan(0.75);
    const t = 'Old wartime shells were dug up on a building site; the area was cordoned off and nobody was hurt.';
    expect(run(t).top.class).toBe('blister');
    expect(p(t, 'blister')).toBeLessThan(0.62);
    expect(p(t, 'none')).toBeGreaterThan(0.15);
  });
});
