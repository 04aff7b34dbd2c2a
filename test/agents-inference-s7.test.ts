/**
 * Session 7 inference rules of the agent differential (docs/agent-differential.md §4 and §7.00006): an ungraded
 * medic's or official's account counts at reliability 0.8 (still below the threshold alone); a food or drink
 * poisoning is a no-chemical agent read through the `ingestion` context; the fire-smoke agent stands for fires that no
 * weapon set; incendiary weapons other than white phosphorus are an agent of the incendiary class. The sentences are written for these tests, not taken from any evaluation split.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { accountReliability, runDifferential } from '../src/core/agents/agent-differential.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('reliability by role', () => {
  it('an ungraded medic or official counts at 0.8, anyone else at the default (0.8 since session 8, fitted; 0.7 before); a grade or an explicit value wins', () => {
    expect(accountReliability(kb, { role: 'medic' })).toBe(0.8);
    expect(accountReliability(kb, { role: 'official' })).toBe(0.8);
    expect(accountReliability(kb, { role: 'witness' })).toBe(0.8);
    expect(accountReliability(kb, { role: 'journalist' })).toBe(0.8);
    expect(accountReliability(kb, {})).toBe(0.8);
    // the role map holds whatever the default
    expect(accountReliability({ ...kb, defaultReliability: 0.7 }, { role: 'medic' })).toBe(0.8);
    expect(accountReliability({ ...kb, defaultReliability: 0.7 }, { role: 'witness' })).toBe(0.7);
    expect(accountReliability(kb, { role: 'medic', credibility: 3 })).toBe(0.6);
    expect(accountReliability(kb, { role: 'medic', reliability: 0.5 })).toBe(0.5);
  });
  it('one medic account still cannot reach the 0.8 threshold by itself, and says so', () => {
    const text = 'Pinpoint pupils, drooling, sweating, twitching muscles and convulsions; no smell.';
    const r = runDifferential(kb, [{ text, role: 'medic' }]);
    expect(r.top.class).toBe('nerve');
    expect(r.classes[0].probability).toBeLessThan(0.8);
    expect(r.classes[0].probability).toBeGreaterThan(0.72);
    expect(r.determination.note).toMatch(/one account at reliability 0\.8 cannot by itself reach 80% \(at most 79% for nerve\)/);
  });
});

describe('food or drink poisoning', () => {
  it('an illness after a meal with vomiting and cramps reads as no chemical (food poisoning), in EN, RU and AR', () => {
    for (const text of [
      'After the wedding dinner dozens of guests had vomiting, diarrhoea and stomach cramps.',
      'После обеда в школе у детей началась рвота и боли в животе.',
      'بعد تناول وجبة الغداء في المدرسة أصيب التلاميذ بالقيء والإسهال وآلام في البطن.',
    ]) {
      const r = runDifferential(kb, [{ text, role: 'witness' }]);
      expect(r.top.class, text).toBe('none');
      expect(r.top.agent, text).toBe('food-poisoning');
    }
  });
  it('cholinergic signs after a meal still read as nerve (a pesticide in food)', () => {
    const r = runDifferential(kb, [{ text: 'After eating lunch the workers had pinpoint pupils, drooling, heavy sweating, muscle twitching and vomiting.', role: 'medic' }]);
    expect(r.top.class).toBe('nerve');
  });
  it('a place where people eat is not a meal, and drinking water is not a drink taken', () => {
    expect(feats('Police fired tear gas into the school canteen; the children coughed and their eyes streamed.').ingestion).toBeUndefined();
    expect(feats('В школьной столовой распылили газ, дети кашляли.').ingestion).toBeUndefined();
    expect(feats('تسرب الغاز في محطة مياه الشرب وأصيب العمال بالاختناق.').ingestion).toBeUndefined();
  });
});

describe('fires no weapon set', () => {
  it('a building fire with smoke casualties is no chemical (fire smoke)', () => {
    const r = runDifferential(kb, [{ text: 'A fire broke out in the nightclub; thick black smoke filled the room and many died of smoke inhalation.', role: 'witness' }]);
    expect(r.top).toEqual({ class: 'none', agent: 'fire-smoke' });
  });
  it('a shelling that set houses ablaze is not read as a fire no weapon set', () => {
    const r = runDifferential(kb, [{ text: 'Shells fell on the village and set the houses ablaze; several people suffered severe burns.', role: 'witness' }]);
    expect(r.agents[0].id).not.toBe('fire-smoke');
  });
});

describe('incendiary weapons other than white phosphorus', () => {
  it('a fire raid that names no incendiary reads as incendiary, in EN, RU and AR', () => {
    for (const text of [
      'Aircraft dropped bombs on the town at night; whole streets were on fire and many people were burned to death.',
      'Снаряды падали на село, начался пожар, люди получили сильные ожоги.',
      'ألقت الطائرات قنابل على الحي فاشتعلت النيران في المنازل وأصيب كثيرون بحروق',
    ]) expect(runDifferential(kb, [{ text, role: 'witness' }]).top.class, text).toBe('incendiary');
  });
  it('shelling with shrapnel wounds that set buildings burning stays no chemical (high explosive)', () => {
    const r = runDifferential(kb, [{ text: 'An airstrike destroyed the building; people were killed by shrapnel and rubble, and a fire broke out.', role: 'witness' }]);
    expect(r.top.class).toBe('none');
  });
});

describe('modes of one agent (chlorine as a weapon or released by accident)', () => {
  it('the modes are columns inside the differential only: agents, probabilities and likelihoods are per agent', () => {
    expect(kb.modes?.colId).toContain('chlorine/weapon');
    expect(kb.modes?.colId).toContain('chlorine/release');
    const r = runDifferential(kb, [{ text: 'Shells carrying gas fell at night; dozens suffered suffocation and coughing.', role: 'witness' }]);
    expect(new Set(r.agents.map((a) => a.id))).toEqual(new Set(kb.agents.map((a) => a.id)));
    expect(r.agents).toHaveLength(kb.agents.length);
    expect(r.agents.some((a) => a.id.includes('/'))).toBe(false);
    expect(r.agents.reduce((s, a) => s + a.probability, 0)).toBeCloseTo(1, 9);
    expect(r.classes.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 9);
    expect(Math.max(...kb.agents.map((a) => r.likelihoods[a.id]))).toBeCloseTo(1, 9);
  });
  it('a chlorine release at a water works reads as choking, chlorine', () => {
    const r = runDifferential(kb, [{ text: 'At the water treatment plant a chlorinator line broke; workers coughed and their eyes burned.', role: 'official' }]);
    expect(r.top).toEqual({ class: 'choking', agent: 'chlorine' });
  });
  it("an agent's row is the weighted mean of its modes' rows", () => {
    const fi = kb.featureIndex.get('delivery_shell_rocket')!;
    const ai = kb.agentIndex.get('chlorine')!;
    const cols = kb.modes!.colId.map((id, k) => [id, k] as const).filter(([id]) => id.startsWith('chlorine/'));
    const mean = cols.reduce((s, [, k]) => s + kb.modes!.weight[k] * kb.modes!.p[fi][k], 0);
    expect(kb.p[fi][ai]).toBeCloseTo(mean, 12);
  });
});

describe('a denied statement of absence is no evidence', () => {
  it('"no smell and the air was tested normal" does not count as signs of poisoning denied', () => {
    const r = runDifferential(kb, [{ text: 'Students in several classrooms felt dizzy and nauseous after one girl collapsed; there was no smell and the air was tested normal.', role: 'witness' }]);
    expect(r.features.some((f) => f.id === 'no_poisoning_signs' && !f.present)).toBe(false);
    expect(r.top.class).toBe('none');
  });
  it('the statements of absence are marked in the knowledge base', () => {
    // session 11 (room nonspec): no_agent_detected ("measurements found nothing") is a fourth
    expect(kb.features.filter((f) => f.statesAbsence).map((f) => f.id).sort()).toEqual(['cloud_none', 'no_agent_detected', 'no_poisoning_signs', 'odour_none']);
  });
});

