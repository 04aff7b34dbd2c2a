/**
 * Session 30 (room review): defects found in the session's agent-reading rules, each with the reading it must keep and the
 * near miss it made. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

describe('English pupils that are schoolchildren are no pupil size (pupil-size.ts EN_VERB_END, EN_OWNED; feature-extraction.ts schoolPupils)', () => {
  misses([
    ['Several pupils contracted a rash after the chlorine leak at the school.', 'miosis'],
    ['Three pupils later contracted pneumonia and were taken to hospital.', 'miosis'],
    ['Pupils at the school narrowed the gap in maths this year.', 'miosis'],
    ['The pupils were blown away by the fire drill.', 'mydriasis'],
    ['Teachers said their pupils were small and frightened after the gas leak.', 'miosis'],
    ["The school's pupils were tiny, most under six.", 'miosis'],
  ]);
  reads([
    ['Her pupils had gone really small.', 'miosis'],
    ['His pupils constricted and he began drooling.', 'miosis'],
    ['Her pupils had shrunk to pinpoints.', 'miosis'],
    ["At the school, the nurse saw that the boy's eyes had tiny pupils.", 'miosis'],
    ['His pupils were huge and black.', 'mydriasis'],
  ]);
  it('a later illness after small pupils does not drop them', () => {
    expect(feats('His pupils were tiny, and a week later he contracted pneumonia.').miosis).toBe(true);
  });
});

describe('epilepsy as a treatment or a history is no cause of this collapse (feature-lexicon.ts ordinary_accident)', () => {
  misses([
    ['Diazepam, a drug used to treat epilepsy, was given to the victims.', 'ordinary_accident'],
    ['He had a history of epilepsy but doctors said it was the gas.', 'ordinary_accident'],
  ]);
  reads([['He had an epileptic fit and collapsed in the kitchen.', 'ordinary_accident']]);
});
