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
