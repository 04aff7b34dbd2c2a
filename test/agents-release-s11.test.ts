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
  it('moves a delayed lung injury after a plant release to the choking class', () => {
    expect(top('Workers at the plant felt only a sore throat after the leak, but a day later fluid was building up in their lungs and two died.')).toBe('choking');
  });
});
