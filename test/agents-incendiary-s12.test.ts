/**
 * Session 12 (room fixag): fire weapons told in lay words (people burnt, barrels of fire, sticky fire, a particle that
 * smokes again when the dressing comes off, threads of fire from an airburst), and Arabic 'still' (لا تزال) is no
 * negation. Every sentence is the engineer's own; none is taken from an evaluation item.
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

describe('people burnt, told with the verb', () => {
  it('reads burnt people in three languages', () => {
    expect(feats('Two passengers were burnt when the bus caught fire.')).toMatchObject({ burns: true });
    expect(feats('Something fell on the market and people were badly burnt.')).toMatchObject({ burns: true });
    expect(feats('Парень обжёгся сильно, до мяса.')).toMatchObject({ burns: true });
    expect(feats('وقع شي عالسوق والناس انحرقت.')).toMatchObject({ burns: true });
  });
  it('does not read organs burnt by a gas or a house burnt down as a burn wound', () => {
    expect(feats('One soldier died; his lungs and other organs were completely burnt.')).not.toHaveProperty('burns');
    expect(feats('The family were burned out of their home last year and now live in a tent.')).not.toHaveProperty('burns');
  });
});

describe('fire weapons in lay words', () => {
  it('reads barrels of fire and sticky fire as an incendiary delivery', () => {
    const ar = 'الطيارة رمت علينا براميل نار، والنار علقت بالخيم والبيوت.';
    const ru = 'С самолёта сбросили бочки, и всё облило липким огнём.';
    expect(feats(ar)).toMatchObject({ delivery_incendiary: true });
    expect(feats(ru)).toMatchObject({ delivery_incendiary: true });
    expect(lead(ar)).toBe('incendiary');
    expect(lead(ru)).toBe('incendiary');
    // a barrel of chlorine stays a cylinder
    expect(feats('The helicopter dropped barrels of chlorine and people choked.')).not.toHaveProperty('delivery_incendiary');
  });
  it('reads a fragment that smokes again and threads of fire after an airburst as burning particles', () => {
    expect(feats('A fragment in his arm kept burning; when the dressing was removed it started smoking again.')).toMatchObject({ burning_particles: true });
    const ru = 'В воздухе разорвалось, и вниз белые нити огненные. Кусочек в ногу попал, как повязку сняли, опять задымился.';
    expect(feats(ru)).toMatchObject({ airburst: true, burning_particles: true });
    expect(lead(ru)).toBe('incendiary');
  });
});

describe('Arabic لا تزال (still) is no negation', () => {
  it('keeps a particle that is still smoking and flares again', () => {
    expect(feats('جزيئات لا تزال تدخن داخل الجروح وتشتعل من جديد عند تعرضها للهواء.')).toMatchObject({ burning_particles: true });
  });
  it('still denies with لم', () => {
    expect(feats('لم يعد الجرح يدخن ولم يشتعل من جديد.')).toMatchObject({ burning_particles: false });
  });
});
