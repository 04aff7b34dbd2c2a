/**
 * Session 20 (room aginc): English incident reports and clinical case series read in their own register
 * (docs/agent-differential.md §7.00042-aginc). Each rule with the sentences it must read and the near misses it must not.
 * Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('the clinical register states a sign absent after it (postposed absence)', () => {
  it.each([
    ['Miosis was excluded.', 'miosis'],
    ['Pulmonary oedema was excluded on the chest X-ray.', 'delayed_pulmonary_oedema'],
    ['Fasciculations were not elicited.', 'fasciculations'],
    ['Miosis was not evident in any of the casualties.', 'miosis'],
    ['Convulsions were not recorded.', 'convulsions'],
    ['Miosis had not been observed.', 'miosis'],
    ['Convulsions were never observed.', 'convulsions'],
    ['Pulmonary oedema did not develop.', 'delayed_pulmonary_oedema'],
    ['Blisters never developed.', 'delayed_blisters'],
    ['Convulsions did not occur.', 'convulsions'],
    ['Miosis was not a feature in any patient.', 'miosis'],
    ['Vomiting was not described.', 'vomiting'],
    ['Atropine was not required.', 'antidote_atropine'],
    ['Atropine was not given.', 'antidote_atropine'],
  ])('%s', (text, feature) => {
    expect(feats(text)[feature]).toBe(false);
  });
  it('denies every item of a list before a plural predicate', () => {
    const f = feats('Miosis, fasciculations and seizures were not documented.');
    expect(f.miosis).toBe(false);
    expect(f.fasciculations).toBe(false);
    expect(f.convulsions).toBe(false);
  });
  it('leaves the sign of another clause present', () => {
    const f = feats('He had miosis; convulsions were not recorded.');
    expect(f.miosis).toBe(true);
    expect(f.convulsions).toBe(false);
  });
  it.each([
    // a delay, not a denial
    ['Blisters did not develop until the second day.', 'delayed_blisters'],
    ['Blisters did not develop for twelve hours.', 'delayed_blisters'],
    ['Pulmonary oedema did not develop within the first day.', 'delayed_pulmonary_oedema'],
    ['Vomiting did not occur until evening.', 'vomiting'],
    ['Atropine was not given until the second hour.', 'antidote_atropine'],
    // a study's exclusion is no finding
    ['Two patients with miosis were excluded from the analysis.', 'miosis'],
    // a sign that would not end, a milder sign
    ['Convulsions did not stop.', 'convulsions'],
    ['The cough was not severe.', 'cough'],
    ['Vomiting was not prominent.', 'vomiting'],
    // not the negation's word at all
    ['Vomiting had been reported by several.', 'vomiting'],
    ['Atropine was given to the worst affected.', 'antidote_atropine'],
  ])('near miss: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
});

describe('a singular predicate after "and" has the last item for its subject', () => {
  it('"everyone was coughing and vomiting was never reported" denies the vomiting only', () => {
    const f = feats('Everyone was coughing and vomiting was never reported.');
    expect(f.cough).toBe(true);
    expect(f.vomiting).toBe(false);
  });
  it('the old predicate alike ("was not reported")', () => {
    const f = feats('Everyone was coughing and vomiting was not reported.');
    expect(f.cough).toBe(true);
    expect(f.vomiting).toBe(false);
  });
  it.each([
    'Cough and vomiting were not reported.',
    'Cough and vomiting were absent.',
    'Cough or vomiting was not reported.',
  ])('near miss, both denied: %s', (text) => {
    const f = feats(text);
    expect(f.cough).toBe(false);
    expect(f.vomiting).toBe(false);
  });
});

describe('"demonstrate" as the verb of showing is no protest', () => {
  it.each([
    'The patients demonstrated miosis.',
    'The child demonstrated wheezing.',
    'Pulmonary oedema was demonstrated in both lungs.',
    'Pulmonary oedema was not demonstrated on imaging.',
    'The X-ray demonstrated bilateral oedema in both lungs.',
    'Miosis was clearly demonstrated.',
  ])('%s', (text) => {
    expect(feats(text).delivery_police_canister).toBeUndefined();
  });
  it.each([
    // (session 32, agctx) with an irritant's sign told at the protest: a protest alone reads no delivery
    'Hundreds demonstrated outside the ministry. Their eyes were burning.',
    'Students were demonstrating against the fees. Their eyes were burning.',
    'People demonstrated peacefully for an hour. Their eyes were burning.',
    'Crowds demonstrated. Their eyes were burning.',
    'Protesters demonstrating over the shooting were tear-gassed.',
  ])('near miss, the protest: %s', (text) => {
    expect(feats(text).delivery_police_canister).toBe(true);
  });
});

describe('a class of war gas named is no sign (as "tear gas" is no tearing)', () => {
  it.each([
    ['Doctors suspected a choking agent.', 'dyspnoea'],
    ['A blister agent such as mustard was suspected.', 'delayed_blisters'],
    ['The inspectors confirmed exposure to a blistering agent.', 'delayed_blisters'],
    ['The vesicant agent was found in the samples.', 'delayed_blisters'],
    ['Vesicants such as mustard were stored in the bunker.', 'delayed_blisters'],
    ['Shells filled with a blister-agent were found.', 'delayed_blisters'],
  ])('%s', (text, feature) => {
    expect(feats(text)[feature]).toBeUndefined();
  });
  it('a denied use of a choking agent denies no breathlessness', () => {
    expect(feats('The army denied using a choking agent.').dyspnoea).toBeUndefined();
  });
  it.each([
    ['The casualties had vesicant lesions on the neck.', 'delayed_blisters'],
    ['People in the room were choking and gasping.', 'dyspnoea'],
    ['A choking gas filled the room.', 'dyspnoea'],
    ['He had blisters on both arms; a blister agent was suspected.', 'delayed_blisters'],
  ])('near miss, the sign itself: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
});

describe('a sign that developed over the following hours or days is a delayed onset', () => {
  it.each([
    'He developed severe burns on his hands over the following two days.',
    'In the days that followed, the blisters spread.',
    'The rash spread over the next few hours.',
    'In the hours that followed, more victims developed breathing problems.',
    'Symptoms were delayed by several hours.',
  ])('%s', (text) => {
    expect(feats(text).onset_delayed).toBe(true);
  });
  it.each([
    // when people came, not when the sign began
    'In the following days 300 people sought care for coughing.',
    'Over the next days, doctors treated 200 people for coughing.',
    // no sign in the sentence
    'The plant was closed over the following two days.',
  ])('near miss: %s', (text) => {
    expect(feats(text).onset_delayed).toBeUndefined();
  });
});

describe('"and" with a noun of people opens a new subject that an earlier "no" does not govern', () => {
  it.each([
    ['Footage showed rows of bodies with no visible injuries and children convulsing.', 'convulsions'],
    ['There was no smell and people vomiting in the street.', 'vomiting'],
    ['They had no masks and children were coughing.', 'cough'],
  ])('%s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
  it.each([
    ['No cough and eye pain were reported.', 'burning_eyes'],
    ['There were no cough and vomiting.', 'vomiting'],
    ['No one vomited and children slept.', 'vomiting'],
  ])('near miss, still denied: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(false);
  });
});

describe('a treated-water venue and pool supplies in their other names', () => {
  it.each([
    'Twenty children at the aquatic center were treated for coughing.',
    'Children at a splash pad were taken to hospital with breathing problems.',
    'A cloud formed at the leisure center and people coughed.',
    'Water hit the pool supplies in the truck and a gas formed; the drivers coughed.',
    'Children in the wading pool began coughing.',
  ])('%s', (text) => {
    expect(feats(text).delivery_pool_pump).toBe(true);
  });
  it.each([
    'The children splashed in a garden paddling pool and one fell ill with a fever.',
    'A pool of blood lay by the door.',
    'The car pool supplied drivers to the plant.',
  ])('near miss: %s', (text) => {
    expect(feats(text).delivery_pool_pump).toBeUndefined();
  });
});

describe('the would-be rescuer overcome in turn is a rescuer who fell ill', () => {
  it.each([
    'The first worker collapsed in the tank; another went in to help him, but he too fell unconscious.',
    'When people went to help him, they too started to feel nauseous.',
    'Two more rushed in to help and were also overcome.',
    'The two who went in to rescue him also died.',
    'Three would-be rescuers collapsed in the pit.',
  ])('%s', (text) => {
    expect(feats(text).medics_affected).toBe(true);
  });
  it.each([
    'Neighbours tried to help but the fire was too strong.',
    'Police went in to rescue the hostages and also arrested two men.',
    'Rescuers went in to help and pulled out two survivors.',
  ])('near miss: %s', (text) => {
    expect(feats(text).medics_affected).toBeUndefined();
  });
});

describe('mosquito control is a pesticide application', () => {
  it.each([
    'The council had carried out fogging in the school the day before to prevent an outbreak of malaria.',
    'A mosquito killer was sprayed in the classrooms after school.',
    'Workers were spraying against dengue in the neighbourhood when the children fell ill.',
    'An anti-dengue fogging drive was under way in the district.',
  ])('%s', (text) => {
    expect(feats(text).pesticide_application).toBe(true);
  });
  it.each([
    'He had dengue fever and was vomiting.',
    'She rubbed mosquito repellent on her arms.',
    'The fog machine at the party made people cough.',
    'Malaria cases rose after the floods.',
  ])('near miss: %s', (text) => {
    expect(feats(text).pesticide_application).toBeUndefined();
  });
});

describe('a list ruled out keeps its later items when a coordinated verb follows', () => {
  it('"eliminated A, B and C and narrowed it down to combustion exhaust" denies every item and reads the exhaust', () => {
    const f = feats('We eliminated mixed mop-bucket chemicals, refrigerant, septic gases and propane leaks and narrowed it down to combustion exhaust.');
    expect(f.refrigeration_plant).toBe(false);
    expect(f.combustion_appliance).toBe(true);
  });
  it('"ruled out a gas leak, refrigerant and pool chemicals and traced the fumes to a generator"', () => {
    const f = feats('Firefighters ruled out a gas leak, refrigerant and pool chemicals and traced the fumes to a generator.');
    expect(f.refrigeration_plant).toBe(false);
    expect(f.delivery_pool_pump).toBe(false);
  });
  it.each([
    ['In the absence of a clear smell, miosis, vomiting and seizures pointed to a nerve agent.', 'convulsions', true],
    ['Tests ruled out a gas leak, and vomiting and headache were reported.', 'headache', true],
    ['The patient was negative for miosis, fasciculations and hypersalivation and was discharged.', 'hypersalivation', false],
  ])('near miss, a new clause still ends the list: %s', (text, feature, present) => {
    expect(feats(text)[feature]).toBe(present);
  });
  it.each(['Spontaneous combustion started the fire.', 'The combustion engine was invented in the nineteenth century.'])(
    'near miss, combustion without its gases: %s',
    (text) => {
      expect(feats(text).combustion_appliance).toBeUndefined();
    },
  );
});
