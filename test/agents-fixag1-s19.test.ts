/**
 * Session 19 (room fixag1): the review's over-reaches of rooms agpara and agparen (/work/notes/review-s19.md R8 ... R32), each
 * with the reviewer's sentence (the wrong reading must be gone) and the sentence the rule was written for (it must still read)
 * (docs/agent-differential.md §7.00041-fixag1).
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('people on fire: one reading (agpara terms folded into agparen pattern; R32) and flames only from above (R8)', () => {
  it('still reads people on fire and the flame that falls', () => {
    expect(feats('Flames poured down from the sky onto the roofs and people came out burning.')).toMatchObject({ burning_particles: true, burns: true });
    expect(feats('С неба лилось пламя на крыши, люди выбегали горящими.')).toMatchObject({ burning_particles: true, burns: true });
    expect(feats('A child ran out on fire.')).toEqual({ burns: true });
    expect(feats('His clothes caught fire and he ran.')).toMatchObject({ burns: true });
  });
  it('near-misses: eyes on fire, tap water burning hot, the burning building, flames from the windows', () => {
    expect(feats('People with eyes on fire ran out.')).not.toHaveProperty('burns');
    expect(feats('The water from the tap came out burning hot and smelled strongly of chlorine; the children complained of itchy skin and red eyes.')).not.toHaveProperty('burns');
    expect(feats('People ran out of the burning building, coughing from the smoke.')).not.toHaveProperty('burns');
    expect(feats('Люди выбегали из горящих домов, многие кашляли от дыма.')).not.toHaveProperty('burns');
    expect(feats('Flames poured from the windows of the third-floor apartment; two residents were treated for smoke inhalation.')).not.toHaveProperty('burning_particles');
    expect(feats('The clothes on the line caught fire.')).not.toHaveProperty('burns');
  });
});
