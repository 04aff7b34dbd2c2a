/**
 * Session 10 (room agt-inc): 'nobody was hurt' is its own observation (no_casualties), not the absence of signs of
 * poisoning in people who were exposed (no_poisoning_signs). Invented sentences, EN/RU/AR.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));

describe('nobody was hurt (no_casualties) is not the absence of signs of poisoning', () => {
  it('reads "nobody was hurt" as no casualties in EN/RU/AR, and "tests found nothing" still as no signs of poisoning', () => {
    for (const text of ['A tank car leaked after the derailment and 300 homes were evacuated; no one was injured.', 'Цистерна дала течь, жителей эвакуировали, никто не пострадал.', 'تسرب الغاز من الصهريج وتم إخلاء السكان، ولم يصب أحد.']) {
      const f = feats(text);
      expect(f, text).toMatchObject({ no_casualties: true });
      expect(f, text).not.toHaveProperty('no_poisoning_signs');
    }
    expect(feats('The pupils fainted one after another, but the tests found nothing.')).toMatchObject({ no_poisoning_signs: true });
  });
  it('it does not make a contained leak "no toxic chemical", and counts against a psychogenic outbreak', () => {
    const r = runDifferential(kb, [{ text: 'A tank car leaked after the derailment and 300 homes were evacuated; no one was injured.', role: 'official' }]);
    expect(r.top.class).not.toBe('none');
    const row = kb.features.find((f) => f.id === 'no_casualties')!;
    expect(row.statesAbsence).toBe(false);
  });
});
