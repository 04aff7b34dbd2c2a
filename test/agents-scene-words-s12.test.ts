/**
 * Session 12 (room fixag): scene words read by exact noun or by the act: refrigeration as a noun (not food to be
 * refrigerated), a spray used indoors, a bottle lit and thrown, the weather in degrees and the sun, a meal served, a
 * gastro-enteritis. Every sentence is the engineer's own; none is taken from an evaluation item.
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
const lead = (text: string) => runDifferential(kb, [{ text, role: 'official' }]).top.class;

describe('refrigeration as a noun', () => {
  it('reads a refrigeration system, not food to be refrigerated or a fridge', () => {
    expect(feats('An ammonia leak in the refrigeration system of the cold store sent six workers to hospital.')).toMatchObject({ refrigeration_plant: true, delivery_industrial_leak: true });
    const food = 'Too much meat had been bought to be refrigerated, so it stood on ice; all who fell ill had eaten it.';
    expect(feats(food)).not.toHaveProperty('refrigeration_plant');
    expect(feats(food)).not.toHaveProperty('delivery_industrial_leak');
    expect(lead(food)).toBe('none');
    expect(feats('The old refrigerator in the kitchen was humming.')).not.toHaveProperty('refrigeration_plant');
  });
});

describe('deliveries told by the act', () => {
  it('reads a spray used indoors as a hand-held irritant spray', () => {
    const t = 'A school was evacuated after a spray was used in a hallway, and four pupils were taken to hospital.';
    expect(feats(t)).toMatchObject({ delivery_spray_face: true });
    expect(lead(t)).toBe('riot-control');
  });
  it('reads a bottle lit and thrown as a petrol bomb', () => {
    const t = 'A masked man lit a bottle and threw it at the shop window before running off.';
    expect(feats(t)).toMatchObject({ delivery_incendiary: true });
    expect(lead(t)).toBe('incendiary');
  });
});

describe('heat and meals', () => {
  it('reads the weather in degrees and the sun', () => {
    expect(feats('By noon it was over 40 degrees C and several spectators collapsed.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('They waited for hours in the blazing sun and some fainted.')).toMatchObject({ heat_or_crowding: true });
  });
  it('reads a meal served and a gastro-enteritis as ingestion', () => {
    expect(feats('Guests were vomiting and had diarrhoea after the food was served.')).toMatchObject({ ingestion: true });
    expect(feats('В больницу поступили 12 человек с диагнозом гастроэнтероколит.')).toMatchObject({ ingestion: true });
    expect(feats('نقل عشرة أطفال إلى المستشفى بسبب نزلة معوية.')).toMatchObject({ ingestion: true });
  });
});
