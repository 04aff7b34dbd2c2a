/**
 * Session 12 (room fixag): a household gas explosion is a blast with no toxic chemical, and a household gas cylinder is no
 * chlorine cylinder. Every sentence is the engineer's own; none is taken from an evaluation item.
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

describe('a household gas explosion', () => {
  it('reads a blast and leads with no toxic chemical in three languages', () => {
    const en = 'A gas explosion in a five-storey block destroyed two flats; three residents were killed.';
    const ru = 'В жилом доме произошёл взрыв бытового газа, погибли трое.';
    const ar = 'انفجار أسطوانة غاز منزلي في شقة أدى إلى وفاة شخصين.';
    for (const t of [en, ru, ar]) {
      expect(feats(t)).toMatchObject({ powerful_blast: true });
      expect(feats(t)).not.toHaveProperty('delivery_cylinder');
      expect(lead(t)).toBe('none');
    }
  });
  it('keeps a chlorine cylinder dropped from a helicopter', () => {
    expect(feats('سقطت أسطوانة من المروحية وانتشر غاز أصفر واختنق الناس.')).toMatchObject({ delivery_cylinder: true });
    expect(feats('The valve of the gas cylinder leaked while the water tank was treated.')).toMatchObject({ delivery_cylinder: true });
  });
});
