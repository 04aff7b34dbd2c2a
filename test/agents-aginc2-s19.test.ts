/**
 * Session 19 (room aginc2): reading rules of English incident reports, continuing room aginc, each with near misses it
 * must not read. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

describe("a structure fire in the fire service's words (fire_smoke)", () => {
  it('reads heavy smoke, smoke and flames, and people displaced by the fire', () => {
    for (const t of [
      'Crews arrived to heavy smoke showing from the roof.',
      'Neighbours saw smoke and flames coming from the second floor.',
      'Flames and smoke poured from the windows of the flat.',
      'Twelve residents were displaced by the fire.',
    ]) expect(feats(t), t).toHaveProperty('fire_smoke', true);
  });
  it('leads none for an apartment fire in which nobody was hurt', () => {
    expect(run('Firefighters found heavy smoke and flames in a block of flats; everyone got out and no injuries were reported.').top.class).toBe('none');
  });
  it('does not read a heavy smoker, heavy rain, or flames alone', () => {
    for (const t of ['He was a heavy smoker and had a cough for years.', 'Heavy rain fell all day.', 'The candle flames flickered.'])
      expect(feats(t), t).not.toHaveProperty('fire_smoke');
  });
});

describe('chemicals mixed by accident (delivery_pool_pump, mmwr-bleach-1991)', () => {
  it('reads chemicals mixed, in either order, and an accidental mixing', () => {
    for (const t of [
      'Kitchen staff accidentally mixed chemicals and a cloud formed.',
      'A cleaner was mixing two chemicals in a bucket when the fumes rose.',
      'Two chemicals were mixed in the storeroom by mistake.',
    ]) expect(feats(t), t).toHaveProperty('delivery_pool_pump', true);
    expect(run('Workers in a restaurant kitchen mixed chemicals; three were coughing and short of breath.').top.class).toBe('choking');
  });
  it('does not read a mixing denied or mixed results', () => {
    expect(feats('No chemicals were mixed; the smell came from the drains.').delivery_pool_pump).not.toBe(true);
    expect(feats('The results of the survey were mixed.')).not.toHaveProperty('delivery_pool_pump');
  });
});
