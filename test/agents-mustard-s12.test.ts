/**
 * Session 12 (room fixag): mustard by setting: the Iran-Iraq war named (a base rate: most of its chemical casualties were
 * of mustard, khateri-2003, razavi-2012), abandoned or stored chemical munitions, and skin lesions in clinical wording.
 * Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};
const lead = (text: string) => runDifferential(kb, [{ text, role: 'medic' }]).top.class;

describe('the Iran-Iraq war as a setting', () => {
  it('reads the war and its veterans in three languages and leads with mustard', () => {
    const en = 'An Iranian veteran of the Iran-Iraq war came with skin lesions and a chronic cough.';
    const ru = 'Ветеран ирано-иракской войны жаловался на кашель и поражения кожи.';
    const ar = 'جندي من الحرب العراقية الإيرانية يعاني من آفات جلدية وسعال مزمن.';
    for (const t of [en, ru, ar]) {
      expect(feats(t)).toMatchObject({ iran_iraq_war: true, skin_rash_itching: true });
      expect(lead(t)).toBe('blister');
    }
  });
  it('leaves a cholinergic picture in that war to the nerve class', () => {
    expect(lead('During the Iran-Iraq war soldiers fell with pinpoint pupils, drooling, twitching and convulsions within minutes.')).toBe('nerve');
  });
  it('does not read another war or a bare mention of Iraq', () => {
    expect(feats('Veterans of the Gulf War in Iraq reported fatigue.')).not.toHaveProperty('iran_iraq_war');
  });
});

describe('abandoned and stored chemical munitions', () => {
  it('reads abandoned shells and storage igloos as old munitions', () => {
    expect(feats('Three people inhaled gas that leaked from abandoned shells on a river bank.')).toMatchObject({ old_munition_found: true });
    expect(feats('A vapour leak was found in a storage igloo that holds artillery shells.')).toMatchObject({ old_munition_found: true });
    expect(feats('Рабочие вскрыли брошенный снаряд, у них покраснела кожа.')).toMatchObject({ old_munition_found: true });
    expect(feats('عثر الأطفال على قذائف متروكة قرب النهر.')).toMatchObject({ old_munition_found: true });
  });
});
