/**
 * Session 15 (room fixtx): fixes of the session's review findings on the agent reading (docs/agent-differential.md
 * §7.00036-agtox, "Review fixes (fixtx)"). Every sentence is the engineer's own; none is taken from an evaluation item. Each
 * rule is probed with variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { KB_CLINICAL_FEATURES } from '../src/core/agents/feature-extraction.js';
import { feats, kb } from './helpers/agent-probe.js';

describe('one list of the clinical features, equal to the knowledge base', () => {
  it('KB_CLINICAL_FEATURES is exactly the clinical topic of knowledge/agents.yaml', () => {
    const clinical = kb.features.filter((f) => f.topic === 'clinical').map((f) => f.id);
    expect([...KB_CLINICAL_FEATURES].sort()).toEqual([...clinical].sort());
  });
  it('a clinical feature the KB gained (hoarseness) is an animal\'s sign and a prophylaxis object like the others', () => {
    expect(feats('The sheep were hoarse and coughing.')).not.toHaveProperty('hoarseness');
    expect(feats('The men were hoarse and coughing.')).toMatchObject({ hoarseness: true, cough: true });
  });
});

describe('a helper who shows a clinical sign is a helper falling ill (medics_affected)', () => {
  it('reads a sign told of the helper after it, not only an illness word (EN/RU/AR)', () => {
    for (const t of ['The rescuers who went to help started vomiting.', 'Rescuers who went in to help began foaming at the mouth.', 'The nurses who went to help were soon coughing and could not breathe.', 'Медперсонал начал кашлять.', 'Медперсонал через час начал задыхаться.', 'الكادر الطبي بدأ يسعل', 'الكادر الطبي صار يتقيأ'])
      expect(feats(t), t).toMatchObject({ medics_affected: true });
  });
  it('reads no helper falling ill when the sign is told of the people helped, in a relative clause', () => {
    for (const t of ['The rescuers who went to help the children who were vomiting carried them out.', 'Rescuers went in to help people who were coughing.'])
      expect(feats(t), t).not.toHaveProperty('medics_affected');
  });
});

describe('an illness word about the patients, or a bare also / too, is no helper falling ill', () => {
  it('reads no medics_affected from the casualties named as object, or from also / тоже without a word of harm', () => {
    for (const t of ['The medical staff treated the affected people at the clinic.', 'The medical staff cared for the sick children.', 'Медперсонал оказывал помощь отравившимся.', 'Медперсонал помогал пострадавшим детям.', 'Медперсонал тоже помогал выносить детей.', 'The medical staff also helped carry the children.', 'The medical staff carried the dead out too.'])
      expect(feats(t), t).not.toHaveProperty('medics_affected');
  });
  it('still reads the helper falling ill: predicated illness words, and also / too with a word of harm', () => {
    for (const t of ['The medical staff fell ill too.', 'Two paramedics who went to help were also exposed.', 'Rescuers who went to help collapsed.', 'Медперсонал тоже отравился.', 'Медики тоже потеряли сознание.', 'The medical staff were affected as well.'])
      expect(feats(t), t).toMatchObject({ medics_affected: true });
  });
});

describe('a burning felt in the chest, coordinated with the throat or eyes', () => {
  it('reads the chest and the part after it', () => {
    expect(feats('A burning sensation in the chest and throat.')).toMatchObject({ chest_tightness: true, throat_burning: true });
    expect(feats('A burning sensation in the chest (and throat).')).toMatchObject({ chest_tightness: true, throat_burning: true });
    expect(feats('Burning in my chest and eyes.')).toMatchObject({ chest_tightness: true, burning_eyes: true });
    expect(feats('He felt a burning feeling in his chest.')).toMatchObject({ chest_tightness: true });
  });
  it('reads nothing from a chest that is no body part or that was fine', () => {
    expect(feats('The chest and throat were fine.')).toEqual({});
    expect(feats('There was smoke in the chest of drawers.')).not.toHaveProperty('chest_tightness');
    expect(feats('No burning in the chest.')).toMatchObject({ chest_tightness: false });
  });
});

describe('watery eyes with their ordinary cause told are no tearing sign', () => {
  it('reads no tearing from onions, laughing, the wind, the cold, an allergy (EN/RU/AR)', () => {
    for (const t of ['My eyes went watery from the onions.', 'Eyes teary from laughing.', 'His eyes were watering in the cold wind.', 'Her eyes were watering because of her allergy.', 'The onions made my eyes water.', 'Глаза слезились от ветра.', 'Глаза слезились из-за лука.', 'دمعت عيونه من البصل'])
      expect(feats(t), t).not.toHaveProperty('lacrimation');
  });
  it('still reads tearing from the gas, the smoke, the smell, or with no cause told', () => {
    for (const t of ['My eyes were watering from the gas.', 'Eyes teary from the smoke, we ran.', 'Their eyes were watering and they were coughing.', 'Глаза слезились от газа.', 'دمعت عيوننا من الغاز', 'Eyes watery from the smell.'])
      expect(feats(t), t).toMatchObject({ lacrimation: true });
  });
});

describe('the felt burning on the skin in Russian and Arabic (the sensation, not the burn injury)', () => {
  it('reads skin_burning from жжение / жгло on the face or hands and بحرقة في وجوههم', () => {
    for (const t of ['Рабочие чувствовали жжение на лице.', 'Жгло руки и лицо.', 'شعروا بحرقة في وجوههم', 'حرقة في الجلد'])
      expect(feats(t), t).toMatchObject({ skin_burning: true });
  });
  it('reads the injury as burns, the denied sensation as absent, and the eyes as the eyes', () => {
    expect(feats('На лице был ожог.')).toEqual({ burns: true });
    expect(feats('Жжения на лице не было.')).toEqual({ skin_burning: false });
    expect(feats('لم يشعروا بحرقة في وجوههم')).toEqual({ skin_burning: false });
    expect(feats('Жжение в глазах.')).toEqual({ burning_eyes: true });
  });
});
