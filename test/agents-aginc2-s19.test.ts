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
  it('reads an accidental mixing and two chemicals mixed', () => {
    for (const t of [
      'Kitchen staff accidentally mixed chemicals and a cloud formed.',
      'A cleaner was mixing two chemicals in a bucket when the fumes rose.',
      'Someone inadvertently mixed the products in the storeroom.',
    ]) expect(feats(t), t).toHaveProperty('delivery_pool_pump', true);
    expect(run('Workers in a restaurant kitchen accidentally mixed chemicals; three were coughing and short of breath.').top.class).toBe('choking');
  });
  it('does not read chemicals mixed at a plant, a mixing denied, or mixed results', () => {
    expect(feats('Workers mixed chemicals in a reactor at the plant and a cloud escaped.')).not.toHaveProperty('delivery_pool_pump');
    expect(feats('Nobody accidentally mixed anything; the smell came from the drains.').delivery_pool_pump).not.toBe(true);
    expect(feats('The results of the survey were mixed.')).not.toHaveProperty('delivery_pool_pump');
  });
});

describe("an improvised bomb's shrapnel told by its packing (trauma_injuries)", () => {
  it('reads people injured by nails or bolts, a bomb packed with nails, a nail bomb', () => {
    for (const t of [
      'Dozens were injured by nails and bolts from the device.',
      'The bomb was packed with nails and ball bearings.',
      'A nail bomb went off outside the pub.',
    ]) expect(feats(t), t).toHaveProperty('trauma_injuries', true);
    expect(run('A bomb exploded at the station; people were wounded by nails and two died of their injuries.').top.class).toBe('none');
  });
  it('does not read the nuts and bolts of a plan, or nails and bolts sold', () => {
    for (const t of ['We discussed the nuts and bolts of the evacuation plan.', 'The hardware shop sold nails and bolts.'])
      expect(feats(t), t).not.toHaveProperty('trauma_injuries');
  });
});

describe("the investigator's 'eliminated' / 'excluded' over a list (feature-extraction.ts LIST_WORD_PRE)", () => {
  it('denies every item of the list, as "ruled out" does', () => {
    const f = feats('We eliminated a gas leak, refrigerant and pool chemicals.');
    expect(f.delivery_pool_pump).toBe(false);
    expect(f.refrigeration_plant).toBe(false);
    expect(feats('Tests excluded a gas leak, refrigerant and pool chemicals.').delivery_pool_pump).toBe(false);
  });
  it('does not deny a leak that crews eliminated, nor the signs of a new clause', () => {
    const f = feats('Crews eliminated the leak, and workers coughed and vomited.');
    expect(f.delivery_industrial_leak).toBe(true);
    expect(f.cough).toBe(true);
    expect(f.vomiting).toBe(true);
  });
});
