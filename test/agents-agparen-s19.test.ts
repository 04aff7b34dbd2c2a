/**
 * Session 19 (room agparen): English lay accounts read by their grammar and their lay words — a time phrase whose clause says the
 * episode ended, eyes that pour, a munition's burning pellets (and no grain fumigant beside a rocket), big pupils, an inability to
 * swallow, nobody sick, people hurt by fragments (docs/agent-differential.md §7.00041-agparen). Every sentence here was written for
 * this test; none is taken from an evaluation file. Each group has variants that must fire and near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a time phrase whose clause says the episode ended times the end, not the onset', () => {
  it('reads the relief, not a delayed onset', () => {
    expect(feats('Our eyes ran and we coughed; an hour later it was over.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('Our eyes ran and we coughed; an hour later it was over.')).not.toHaveProperty('onset_delayed');
    expect(feats('We coughed a lot. Twenty minutes later we were fine.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('The throat burned, and half an hour later it was all gone.')).toMatchObject({ recovery_fresh_air: true });
  });
  it('near-misses: "over" that goes on, and a sign after the time phrase', () => {
    expect(feats('An hour later it was over the wall and my skin blistered.')).toMatchObject({ onset_delayed: true, delayed_blisters: true });
    expect(feats('An hour later it was over the wall and my skin blistered.')).not.toHaveProperty('recovery_fresh_air');
    expect(feats('Hours later the blisters came up; by then the shelling was over.')).toMatchObject({ onset_delayed: true });
  });
});

describe('eyes that pour are watering eyes (HPO Epiphora, lay)', () => {
  it('reads lacrimation, with the causative bare infinitive too', () => {
    expect(feats('My eyes were pouring.')).toEqual({ lacrimation: true });
    expect(feats('The stuff made our eyes pour.')).toMatchObject({ lacrimation: true });
  });
  it('near-misses: water poured over or into the eyes', () => {
    expect(feats('The water poured over my eyes.')).not.toHaveProperty('lacrimation');
    expect(feats('He poured water into his eyes to rinse them.')).not.toHaveProperty('lacrimation');
  });
});

describe("a munition's burning pellets are burning particles, no grain fumigant", () => {
  it('reads burning_particles, and no fumigant beside a rocket', () => {
    const f = feats('They fired rockets into the barley and each one scattered burning pellets over the field.');
    expect(f).toMatchObject({ burning_particles: true, delivery_shell_rocket: true });
    expect(f).not.toHaveProperty('fumigant_application');
    expect(feats('Flaming pellets fell on the roofs.')).toMatchObject({ burning_particles: true });
  });
  it('near-misses: pellets put against pests stay the fumigant', () => {
    expect(feats('The farmer scattered pellets over the wheat against mice.')).toMatchObject({ fumigant_application: true });
    expect(feats('We put phosphide pellets in the grain store against rats.')).toMatchObject({ fumigant_application: true });
    expect(feats('The farmer scattered pellets over the wheat against mice.')).not.toHaveProperty('burning_particles');
  });
});

describe('big pupils as the copula\'s predicate are dilated pupils (HPO Mydriasis, lay)', () => {
  it('reads mydriasis and miosis absent', () => {
    expect(feats('His pupils were big, not small.')).toMatchObject({ mydriasis: true, miosis: false });
    expect(feats('Her pupils had gone huge.')).toMatchObject({ mydriasis: true, miosis: false });
  });
  it('near-misses: pupils who are schoolchildren', () => {
    expect(feats('The big pupils helped the little ones.')).toEqual({});
    expect(feats('The pupils were large in number.')).toEqual({});
    expect(feats('The pupils were big and noisy.')).toEqual({});
  });
});

describe('an inability to swallow is the sign, not a denied meal', () => {
  it('reads dysphagia only', () => {
    expect(feats("He couldn't swallow.")).toEqual({ dysphagia_dysarthria: true });
    expect(feats('She had trouble swallowing.')).toEqual({ dysphagia_dysarthria: true });
  });
  it('near-misses: swallowing told or denied as an act', () => {
    expect(feats('He swallowed the pills.')).toEqual({ ingestion: true });
    expect(feats("He didn't swallow any of it.")).toEqual({ ingestion: false });
  });
});

describe('nobody sick; people hurt by fragments', () => {
  it('reads no_poisoning_signs and trauma', () => {
    expect(feats('The shell hit the yard, two hurt by fragments, nobody sick.')).toMatchObject({ no_poisoning_signs: true, trauma_injuries: true });
    expect(feats('Nobody got sick.')).toEqual({ no_poisoning_signs: true });
    expect(feats('No one fell ill.')).toEqual({ no_poisoning_signs: true });
  });
  it('near-misses: an exception, a time, "else", and British "was sick" (vomited)', () => {
    expect(feats('Nobody got sick except the driver.')).not.toHaveProperty('no_poisoning_signs');
    expect(feats('No one fell ill at first.')).not.toHaveProperty('no_poisoning_signs');
    expect(feats('Nobody else got sick.')).not.toHaveProperty('no_poisoning_signs');
    expect(feats('Nobody was sick.')).not.toHaveProperty('no_poisoning_signs');
  });
});

describe('one cleaning product poured into another is mixed cleaners (two different products)', () => {
  it('reads the mixing', () => {
    expect(feats('The janitor poured the descaler into the mop bucket with the floor sanitiser.')).toMatchObject({ delivery_pool_pump: true });
    expect(feats('She tipped the toilet cleaner into the bleach.')).toMatchObject({ delivery_pool_pump: true });
  });
  it('near-misses: one product named twice, one product poured', () => {
    expect(feats('She poured bleach on the floor and then more bleach.')).not.toHaveProperty('delivery_pool_pump');
    expect(feats('He poured the descaler down the sink.')).not.toHaveProperty('delivery_pool_pump');
  });
});

describe('people burnt told with the verb: who they are, and only an adverb between', () => {
  it('reads burns', () => {
    expect(feats('The tractor driver was burned trying to save his machine.')).toMatchObject({ burns: true });
    expect(feats('The farmer was badly burnt.')).toMatchObject({ burns: true });
  });
  it('near-misses: an adjective between, a burnt-out worker', () => {
    expect(feats('Anywhere I was sweaty burned like a sunburn.')).not.toHaveProperty('burns');
    expect(feats('The driver was burned out after the long shift.')).not.toHaveProperty('burns');
  });
});

describe('"anywhere / wherever I was sweaty" is a place of the body, not sweating', () => {
  it('reads no sweating', () => {
    expect(feats('Anywhere I was sweaty stung for hours.')).not.toHaveProperty('sweating');
    expect(feats('Wherever you sweat it itched.')).not.toHaveProperty('sweating');
  });
  it('near-misses: sweating told as a sign', () => {
    expect(feats('I was sweaty and shaking.')).toMatchObject({ sweating: true });
    expect(feats('Everywhere I looked people were sweating.')).toMatchObject({ sweating: true });
  });
});

describe('a flare-up that water brings on is the skin, no burning particle', () => {
  it('drops the burning particle', () => {
    expect(feats('The shower that night made it flare up again.')).not.toHaveProperty('burning_particles');
    expect(feats('The stinging flared up again in the shower.')).not.toHaveProperty('burning_particles');
  });
  it('near-misses: a fill that flares when the dressing comes off', () => {
    expect(feats('The bits in the wound flared up again when the dressing came off.')).toMatchObject({ burning_particles: true });
  });
});

describe('flames pouring from the sky; people on fire', () => {
  it('reads the incendiary fall and burns', () => {
    expect(feats('Flames poured down from the sky onto the market.')).toMatchObject({ delivery_incendiary: true });
    expect(feats('People came out burning.')).toEqual({ burns: true });
    expect(feats('A child ran out on fire.')).toEqual({ burns: true });
  });
  it('near-misses: a sensation on fire, a house on fire, a figure of speech', () => {
    expect(feats('My eyes were on fire.')).not.toHaveProperty('burns');
    expect(feats('A child ran out of the house on fire.')).not.toHaveProperty('burns');
    expect(feats('The children were in flames of excitement.')).not.toHaveProperty('burns');
    expect(feats('People with eyes on fire ran out.')).not.toHaveProperty('burns');
  });
});

describe('a sign that would not end: "not stop" between the part and its participle affirms the sign', () => {
  it('reads the sign', () => {
    expect(feats("My eyes wouldn't stop watering.")).toEqual({ lacrimation: true });
    expect(feats('Her eyes would not stop streaming.')).toEqual({ lacrimation: true });
    expect(feats("My eyes won't stop burning.")).toEqual({ burning_eyes: true });
    expect(feats("His nose wouldn't stop running.")).toEqual({ rhinorrhoea: true });
    expect(feats('Her eyes kept on stinging.')).toEqual({ burning_eyes: true });
  });
  it('near-misses: a plain denial stays a denial', () => {
    expect(feats("My eyes weren't watering.")).toEqual({ lacrimation: false });
    expect(feats('My eyes did not water.')).toEqual({ lacrimation: false });
  });
});

describe('"the next day" times a sign only with one in its sentence', () => {
  it('keeps the delayed onset of a sign', () => {
    expect(feats('The next day he was seeing double.')).toMatchObject({ onset_delayed: true, blurred_vision: true });
    expect(feats("Next day he couldn't breathe.")).toMatchObject({ onset_delayed: true, dyspnoea: true });
  });
  it('near-misses: the next day of another event', () => {
    expect(feats('We coughed a lot. The funeral the next day was packed.')).toEqual({ cough: true });
    expect(feats('The next day she was admitted.')).toEqual({});
  });
});

describe('blisters in lay words: the skin of a named part that lifted, sacs of fluid; eyes that swelled', () => {
  it('reads them', () => {
    expect(feats('The skin of his wrist and elbow lifted.')).toEqual({ delayed_blisters: true });
    expect(feats('There were sacs of fluid on her legs.')).toEqual({ delayed_blisters: true });
    expect(feats('His eyes swelled.')).toEqual({ burning_eyes: true });
  });
  it('near-misses: a thing lifted, a skin on water', () => {
    expect(feats('He lifted the skin of the drum.')).toEqual({});
    expect(feats('The skin of the water rose.')).toEqual({});
  });
});
