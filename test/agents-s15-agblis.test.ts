/**
 * Session 15 (room agblis): the registers of blister and nerve reports (official, historical, clinical and news wording of
 * mustard and nerve-agent and organophosphate poisonings) in English, Russian and Arabic (docs/agent-differential.md
 * §7.00036-agblis). Every sentence is the engineer's own; none is taken from an evaluation item. Each rule is tested with
 * variants that must fire and with ones that must not.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('bodies that are where a lesion sits, and the death of skin, are no deaths', () => {
  it('does not read a death in "on their bodies", "over his body", "parts of their bodies", "death of the epidermis"', () => {
    for (const t of [
      'They have bad burns on their bodies.',
      'By morning there were large blisters on faces and bodies.',
      'A rash spread across their bodies.',
      'Blisters covered parts of their bodies.',
      'Large bullae with full-thickness death of the epidermis.',
      'Biopsy showed tissue death under the blister.',
    ])
      expect(feats(t).deaths, t).toBeUndefined();
  });
  it('still reads corpses and deaths', () => {
    for (const t of ['Bodies lay in the street.', 'Dozens of bodies were recovered.', 'They found bodies on the floor.', 'The bodies of the victims lay in the cellar.', 'The death of the children shocked the town.', 'Blisters covered parts of their bodies, and three died.'])
      expect(feats(t), t).toMatchObject({ deaths: true });
  });
});
