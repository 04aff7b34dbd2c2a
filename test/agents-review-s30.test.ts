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

describe('a time phrase that times an arrival or a return is no latent interval (feature-lexicon.ts *_SIGN_NO_RESPONSE)', () => {
  misses([
    ['Прошло два часа, и мы вернулись домой, глаза у всех были в порядке.', 'onset_delayed'],
    ['Только вечером приехала полиция, люди кашляли.', 'onset_delayed'],
    ['It wasn’t until the evening that the police arrived and people were coughing.', 'onset_delayed'],
    ['وصلنا عالبيت ومرت ساعة لحتى اجت الاسعاف والناس عم تسعل', 'onset_delayed'],
  ]);
  reads([
    ['Прошло часа четыре, и глаза заболели.', 'onset_delayed'],
    ["It wasn't until the evening that I started coughing.", 'onset_delayed'],
    ['مرت كم ساعة وبعدين صرنا نسعل', 'onset_delayed'],
  ]);
});

describe('a gas injected to purify is a water works only when water is purified (feature-lexicon.ts delivery_pool_pump)', () => {
  misses([['Gas was injected into the furnace to purify the metal.', 'delivery_pool_pump']]);
  reads([
    ['The gas is dosed to purify the water.', 'delivery_pool_pump'],
    ['The chlorine gas is injected automatically for disinfection of the drinking water.', 'delivery_pool_pump'],
  ]);
});
