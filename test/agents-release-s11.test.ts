/**
 * Session 11 (room release): the choking / toxic-industrial / nerve confusions (docs/agent-differential.md §7.00019).
 * Invented sentences, EN/RU/AR; no sentence is taken from an evaluation item.
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
const top = (text: string) => runDifferential(kb, [{ text }]).top.class;

describe('extraction: colours, airway burns and fluid in the lungs', () => {
  it('reads a yellow or green joined to another colour as that other hue, not chlorine yellow-green', () => {
    expect(feats('The town sank into a yellowish-grey fog from the smelter.')).not.toHaveProperty('cloud_yellow_green');
    expect(feats('Город утонул в желтовато-сером тумане, слезились глаза.')).not.toHaveProperty('cloud_yellow_green');
    expect(feats('A yellow-brown haze hung over the works.')).not.toHaveProperty('cloud_yellow_green');
    // yellow-green itself, and a yellow gas beside a later grey smoke, still read
    expect(feats('A yellow-green cloud drifted over the houses.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('Над домами стояло жёлто-зелёное облако.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('A yellow gas came first, and later a black-grey smoke.')).toMatchObject({ cloud_yellow_green: true });
  });
  it('reads burns in the throat as the airway burning, not a skin burn', () => {
    expect(feats('One man had burns in his throat after the pool chemicals reacted.')).toMatchObject({ throat_burning: true });
    expect(feats('One man had burns in his throat after the pool chemicals reacted.')).not.toHaveProperty('burns');
    expect(feats('Two workers had burns to the mouth and throat.')).not.toHaveProperty('burns');
    // a burn of the skin still reads
    expect(feats('Two workers had burns on their hands and faces.')).toMatchObject({ burns: true });
    expect(feats('He was treated for burns after the fire.')).toMatchObject({ burns: true });
  });
  it('reads the lay telling of pulmonary oedema: fluid building up in the lungs, lungs filling with fluid', () => {
    expect(feats('A day later fluid was building up in his lungs and he needed a ventilator.')).toMatchObject({ delayed_pulmonary_oedema: true });
    expect(feats('By the evening water had collected in their lungs.')).toMatchObject({ delayed_pulmonary_oedema: true });
    expect(feats('Her lungs filled with fluid overnight.')).toMatchObject({ delayed_pulmonary_oedema: true });
    expect(feats('The workers were fine at first; the next morning their lungs were filling up with fluid.')).toMatchObject({ delayed_pulmonary_oedema: true });
    // fluid elsewhere is not the lungs
    expect(feats('Fluid was building up in his knee after the fall.')).not.toHaveProperty('delayed_pulmonary_oedema');
  });
  it('reads spots or circles before the eyes as a visual disturbance (blurred_vision), EN and RU', () => {
    expect(feats('Almost at once there were spots before my eyes and a ringing in my ears.')).toMatchObject({ blurred_vision: true });
    expect(feats('He kept seeing spots and had to sit down.')).toMatchObject({ blurred_vision: true });
    expect(feats('Почти сразу перед глазами появились круги, зазвенело в ушах.')).toMatchObject({ blurred_vision: true });
    expect(feats('У неё были мушки перед глазами и тошнота.')).toMatchObject({ blurred_vision: true });
    // circles on water, spots on the skin are no eyes
    expect(feats('По воде пошли круги.')).not.toHaveProperty('blurred_vision');
    expect(feats('Red spots appeared on his arms.')).not.toHaveProperty('blurred_vision');
  });
  it('moves a delayed lung injury after a plant release to the choking class', () => {
    expect(top('Workers at the plant felt only a sore throat after the leak, but a day later fluid was building up in their lungs and two died.')).toBe('choking');
  });
});

describe('pesticides: a fumigant or rodenticide told apart from a sprayed insecticide, and the insecticide as an agent of the nerve class', () => {
  const run = (text: string) => runDifferential(kb, [{ text }]);
  it('reads fumigants and rodenticides as fumigant_application beside pesticide_application, and spraying without it', () => {
    expect(feats('He had scattered crushed tablets around the flat the night before to get rid of the rats.')).toMatchObject({ pesticide_application: true, fumigant_application: true });
    expect(feats('The flat below had been fumigated against bed bugs.')).toMatchObject({ pesticide_application: true, fumigant_application: true });
    expect(feats('Соседи обработали квартиру от клопов таблетками.')).toMatchObject({ fumigant_application: true });
    expect(feats('اشترت العائلة سم الفئران من السوق')).toMatchObject({ fumigant_application: true });
    expect(feats('A crop duster sprayed the field next to the school.')).toMatchObject({ pesticide_application: true });
    expect(feats('A crop duster sprayed the field next to the school.')).not.toHaveProperty('fumigant_application');
    expect(feats('Самолёт опрыскивал поля рядом с деревней.')).not.toHaveProperty('fumigant_application');
  });
  it('gives the insecticide agent the cholinergic picture after spraying, in EN and AR', () => {
    const en = run('After spraying the cotton field the farmer had pinpoint pupils, drooling, sweating and muscle twitching; he was given atropine.');
    expect(en.top).toEqual({ class: 'nerve', agent: 'organophosphate-pesticide' });
    const ar = run('رش المزارع مبيدا حشريا في الحقل، فأصيب العمال بتعرق غزير وسيلان اللعاب وتضيق الحدقات.');
    expect(ar.top).toEqual({ class: 'nerve', agent: 'organophosphate-pesticide' });
  });
  it('keeps fatal fumigant-tablet poisonings with the phosphide fumigant, and rockets with pinpoint pupils with sarin', () => {
    const tablets = run('The family put tablets in the grain store against rats; overnight two children vomited and died.');
    expect(tablets.top).toEqual({ class: 'toxic-industrial', agent: 'phosphine' });
    expect(tablets.classes.find((c) => c.id === 'toxic-industrial')!.probability).toBeGreaterThan(0.7);
    const fumigated = run('The flat below had been fumigated against bed bugs; the neighbours vomited and one died.');
    expect(fumigated.top.agent).toBe('phosphine');
    const rockets = run('Rockets hit the town at dawn; people had pinpoint pupils, foamed at the mouth and convulsed; dozens died.');
    expect(rockets.top).toEqual({ class: 'nerve', agent: 'sarin' });
  });
  it('holds the knowledge values as cited: spraying the insecticide hallmark, the phosphide fumigant hallmark of fumigant_application', () => {
    const p = (f: string, a: string) => {
      const fi = kb.featureIndex.get(f)!;
      const ai = kb.agents.findIndex((x) => x.id === a);
      return kb.p[fi][ai];
    };
    expect(p('pesticide_application', 'organophosphate-pesticide')).toBeCloseTo(0.01 + 0.99 * 0.9, 9);
    expect(p('fumigant_application', 'phosphine')).toBeCloseTo(0.01 + 0.99 * 0.9, 9);
    expect(p('fumigant_application', 'organophosphate-pesticide')).toBeCloseTo(0.01 + 0.99 * 0.3, 9);
    expect(p('miosis', 'organophosphate-pesticide')).toBeCloseTo(0.01 + 0.99 * 0.9, 9);
    expect(kb.agents.find((a) => a.id === 'organophosphate-pesticide')?.class).toBe('nerve');
  });
});
