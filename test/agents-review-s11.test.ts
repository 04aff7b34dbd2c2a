/**
 * Session 11 (room fixag): review 1 findings 9, 10 and 16 on the agents extraction, each asserted on the reviewer's own
 * input (or the engineer's own sentence where the review gave none); none is taken from an evaluation item.
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
const lead = (text: string) => runDifferential(kb, [{ text, role: 'witness' }]).top.class;

describe('review 1 #9: تبخير and حبة القمح are the fumigant only with a pest, pesticide or store word in the clause', () => {
  it('does not read evaporation in the heat as a fumigation (reviewer: toxic-industrial .70 before)', () => {
    const t = 'تبخير المياه في الحر، ثم شعر العمال بغثيان وصداع.';
    expect(feats(t)).not.toHaveProperty('fumigant_application');
    expect(feats(t)).not.toHaveProperty('pesticide_application');
    expect(lead(t)).not.toBe('toxic-industrial');
  });
  it('does not read a grain of wheat as the phosphide tablet', () => {
    expect(feats('أكل حبة القمح ثم شعر بغثيان.')).not.toHaveProperty('fumigant_application');
  });
  it('still reads them with a pest, pesticide or store word in the clause', () => {
    expect(feats('وضعوا حبة القمح في المخزن ضد السوس ثم شعر الأطفال بغثيان')).toMatchObject({ fumigant_application: true, pesticide_application: true });
    expect(feats('قاموا بتبخير البيت بمبيد الحشرات فشعر الاطفال بصداع')).toMatchObject({ fumigant_application: true, pesticide_application: true });
  });
});

describe('review 1 #10: a sentence dash is no colour join; a skin burn after a throat burn is a burn', () => {
  it('keeps the yellow cloud when a spaced dash follows it', () => {
    expect(feats('The cloud was yellow - grey smoke came only later, and people coughed.')).toMatchObject({ cloud_yellow_green: true });
    // a bare hyphen still joins the hues
    expect(feats('A yellowish-grey smog hung over the town.')).not.toHaveProperty('cloud_yellow_green');
  });
  it('reads skin burns listed after a throat burn, and not a throat burn alone', () => {
    expect(feats('Victims suffered burns in the throat and on their hands and arms after the attack.')).toMatchObject({ burns: true, throat_burning: true });
    expect(feats('He suffered burns in his throat.')).not.toHaveProperty('burns');
  });
});

describe('review 1 #16: the fumigant words are kept once and still read as a pesticide use', () => {
  it('reads a fumigant word, a phosphide product and tablets against rodents as both features', () => {
    expect(feats('The warehouse was fumigated overnight and two guards vomited in the morning.')).toMatchObject({ fumigant_application: true, pesticide_application: true });
    expect(feats('Соседи травили крыс фосфидом цинка, ночью дети стали задыхаться.')).toMatchObject({ fumigant_application: true, pesticide_application: true });
    expect(feats('وضعوا حبة الغلة في البيت ثم تقيأ الأطفال')).toMatchObject({ fumigant_application: true, pesticide_application: true });
    expect(feats('They left tablets against the rats in the grain store.')).toMatchObject({ fumigant_application: true, pesticide_application: true });
  });
  it('reads a sprayed insecticide as a pesticide use only, not a fumigant', () => {
    const t = feats('A plane sprayed insecticide over the fields and the workers fell ill.');
    expect(t).toMatchObject({ pesticide_application: true });
    expect(t).not.toHaveProperty('fumigant_application');
  });
});

describe('riot review (fixag): a gas named chlorine, sarin or mustard is no crowd-control gas', () => {
  it('does not read the police or regime forces with a named chlorine gas as the police delivery', () => {
    const en = feats('Police said chlorine gas was released when a barrel fell on the house, and dozens were choking.');
    expect(en).not.toHaveProperty('delivery_police_canister');
    expect(lead('Police said chlorine gas was released when a barrel fell on the house, and dozens were choking.')).not.toBe('riot-control');
    expect(feats('استخدمت قوات النظام غاز الكلور ضد المدنيين في دوما واختنق العشرات')).not.toHaveProperty('delivery_police_canister');
  });
  it('keeps tear gas fired by the police', () => {
    expect(feats('Police fired tear gas at the protesters and people were coughing.')).toMatchObject({ delivery_police_canister: true });
    expect(feats('أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين')).toMatchObject({ delivery_police_canister: true });
  });
});

describe('riot review (fixag): spoken "nobody" does not reach over "and the people ..."', () => {
  it('reads the cough after a new subject, and still denies what the cue governs', () => {
    expect(feats('ما في حدا بالشارع والناس بالبيوت عم تسعل وتختنق')).toMatchObject({ cough: true });
    expect(feats('ما في سعال والناس بخير')).toMatchObject({ cough: false });
  });
});
