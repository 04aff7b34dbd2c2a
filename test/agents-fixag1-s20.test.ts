/**
 * Session 20 (room fixag1): the review's over-reaches of room aginc's English rules (/work/notes/review-s20.md, "## aginc"),
 * each finding's sentences as tests: the over-read sentences must not read, the rule's intended positives still read
 * (docs/agent-differential.md §7.00042-fixag1). Sentences are the reviewer's and the engineer's own; none is an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, p } from './helpers/agent-probe.js';

describe('R1: "over the following days" is an onset only for a sign that develops', () => {
  it.each([
    'More details emerged over the following days.',
    'In the days that followed, more videos of the attack appeared online.',
    'The situation worsened over the following days as the siege tightened.',
    'Investigators developed a theory in the following days.',
    'Protests spread in the following days to other cities.',
    'The fire spread over the next few hours.',
    'The gas cloud spread over the next few hours across the neighbourhood.',
    'Victims coughed and had burning eyes. The opposition appeared on television in the following days to blame the government.',
  ])('no onset: %s', (text) => {
    expect(feats(text).onset_delayed).toBeUndefined();
  });
  it.each([
    'He developed severe burns on his hands over the following two days.',
    'In the days that followed, the blisters spread.',
    'The rash spread over the next few hours.',
    'In the hours that followed, more victims developed breathing problems.',
    'Blisters formed over the following hours.',
    'His skin blistered over the next two days.',
    'Symptoms emerged in the days that followed.',
    'He developed a cough over the next few days.',
  ])('onset: %s', (text) => {
    expect(feats(text).onset_delayed).toBe(true);
  });
});

describe('R2: "demonstrate" is "show" only with an object or a clinical subject', () => {
  it.each([
    'Thousands demonstrated Friday.',
    'Hundreds demonstrated yesterday in the capital.',
    'Students demonstrated today.',
    'Workers demonstrated nationwide.',
    'People demonstrated throughout the night.',
    'They demonstrated despite the ban.',
    'Farmers demonstrated with tractors.',
    'The crowd that demonstrated was dispersed with gas.',
    'Students demonstrating today were hit by gas.',
    'Thousands demonstrate every Friday.',
    'Workers demonstrating Friday outside the plant said their eyes burned.',
  ])('protest: %s', (text) => {
    // (session 32, agctx) a protest alone is a topic, not a delivery: each is told with an irritant's sign after it
    expect(feats(`${text} Their eyes were burning.`).delivery_police_canister).toBe(true);
  });
  it.each([
    'The patients demonstrated miosis.',
    'The child demonstrated wheezing.',
    'The X-ray demonstrated bilateral oedema in both lungs.',
    'The study demonstrated that chlorine causes oedema.',
    'The army demonstrated its strength.',
    'The chest film demonstrated diffuse infiltrates.',
    'Pulmonary oedema was demonstrated in both lungs.',
  ])('showing, no protest: %s', (text) => {
    expect(feats(text).delivery_police_canister).toBeUndefined();
  });
  it('a protest with tear-gas signs stays riot control', () => {
    expect(p('Young men demonstrated yesterday. Later their eyes were burning and they coughed after the gas.', 'riot-control')).toBeGreaterThan(0.6);
    expect(p('Students demonstrated today outside the university; many came home coughing with streaming eyes.', 'riot-control')).toBeGreaterThan(0.6);
  });
});

describe('R3: a postposed absence with a delay or a later coming is no denial', () => {
  it.each([
    ['Blisters were not visible initially but appeared the next day.', 'delayed_blisters'],
    ['Blisters were not evident at first, but formed hours later.', 'delayed_blisters'],
    ['Pulmonary oedema did not develop immediately.', 'delayed_pulmonary_oedema'],
    ['Pinpoint pupils were not identified on arrival but were noted six hours later.', 'miosis'],
    ['Atropine was not needed at first; later doctors gave large doses.', 'antidote_atropine'],
    ['Atropine was not required for the rescuers, but the victims received large doses.', 'antidote_atropine'],
  ])('present: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
  it('the mustard latent period stays blister', () => {
    expect(p('Patients had red skin after the shelling. Blisters were not visible initially but appeared the next day.', 'blister')).toBeGreaterThan(0.5);
  });
  it.each([
    ['Miosis was excluded.', 'miosis'],
    ['Pulmonary oedema did not develop.', 'delayed_pulmonary_oedema'],
    ['Atropine was not required.', 'antidote_atropine'],
    ['Convulsions were never observed.', 'convulsions'],
    // another sign's presence after "but" keeps the first sign's denial
    ['Convulsions were not observed, but vomiting was noted.', 'convulsions'],
    ['Miosis was not seen, but the patients developed vomiting.', 'miosis'],
  ])('still denied: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(false);
  });
});

describe('R15: the would-be rescuer falls ill from an exposure, not from a returning strike', () => {
  it.each([
    'Residents rushed to help the wounded after the airstrike, and many also died when the jets returned.',
    'He went to help his father, who also died later in hospital.',
    'Residents rushed in to help the wounded, and many also died when the jets returned.',
    'Residents rushed in to help the wounded after the airstrike, and many also died when the jets returned.',
    'Neighbours ran to help them, and several also died when the second strike hit.',
    'Rescuers who went to save the wounded also died in the second strike.',
  ])('no rescuers overcome: %s', (text) => {
    expect(feats(text).medics_affected).toBeUndefined();
  });
  it('the double-tap strike is not read as nerve', () => {
    expect(p('Jets struck the market with rockets. Residents rushed to help the wounded, and many also died when the jets returned.', 'nerve')).toBeLessThan(0.4);
    expect(p('Jets struck the market with rockets. Residents rushed in to help the wounded, and many also died when the jets returned.', 'nerve')).toBeLessThan(0.4);
  });
  it.each([
    'Two more rushed in to help and were also overcome.',
    'The two who went in to rescue him also died.',
    'The two who went in to rescue him also died in the tank.',
    'When people went to help him, they too started to feel nauseous.',
    'His brother went down to help him and also died from the fumes.',
    'Would-be rescuers collapsed.',
    'Neighbours tried to help but were also overcome by the fumes.',
  ])('rescuers overcome: %s', (text) => {
    expect(feats(text).medics_affected).toBe(true);
  });
});

describe('R4: a singular predicate after a bare noun list denies every item', () => {
  it.each([
    ['Nausea and vomiting was not reported.', ['nausea', 'vomiting']],
    ['Coughing and wheezing was not observed.', ['cough', 'dyspnoea']],
    ['Coughing and vomiting was not reported.', ['cough', 'vomiting']],
    ['Vomiting, coughing and miosis was not reported.', ['cough', 'miosis']],
  ])('%s', (text, features) => {
    const f = feats(text);
    for (const k of features) expect(f[k]).toBe(false);
  });
  it('after a clause, the singular predicate is the last item\'s alone', () => {
    const f = feats('Everyone was coughing and vomiting was not reported.');
    expect(f.cough).toBe(true);
    expect(f.vomiting).toBe(false);
  });
});

describe('R5: "not confirmed" is unverified, not absent', () => {
  it.each([
    ['Deaths have not been confirmed by officials.', 'deaths'],
    ['Convulsions were not confirmed by the ministry.', 'convulsions'],
    ['The smell of chlorine was not confirmed by the lab.', 'odour_bleach'],
    ['Miosis was not confirmed by the ministry, though doctors saw it in every patient.', 'miosis'],
  ])('%s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
  it.each([
    ['Convulsions were not documented.', 'convulsions'],
    ['Miosis was not evident in any of the casualties.', 'miosis'],
  ])('the clinical absences still deny: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(false);
  });
});

describe('R6: "choking gas" used or dropped is a class name, not a sign', () => {
  it.each([
    'Government forces used a choking gas.',
    'Regime forces dropped barrels of choking gas.',
    'Применили удушающий газ.',
    'Вертолёты сбросили бомбы с удушающим газом.',
    'استخدم النظام غازا خانقا.',
    'قصف النظام البلدة بغاز خانق.',
  ])('no breathlessness: %s', (text) => {
    expect(feats(text).dyspnoea).toBeUndefined();
  });
  it.each([
    'A choking gas filled the room.',
    'The children were choking on the gas.',
    'Дети задыхались, удушающий газ заполнил подвал.',
    'الأطفال يختنقون والغاز الخانق يملأ المكان.',
    'The regime used a choking agent and the children were choking.',
  ])('the sign: %s', (text) => {
    expect(feats(text).dyspnoea).toBe(true);
  });
});

describe('R7: pool supplies are a pool store\'s chemicals, not another pool\'s verb', () => {
  it.each([
    'The motor pool supplies the fuel trucks to the base.',
    'The labour pool supplies the mines with workers.',
    'The ambulance pool supplies the front.',
  ])('no pool chemicals: %s', (text) => {
    expect(feats(text).delivery_pool_pump).toBeUndefined();
  });
  it.each(['The truck was carrying pool supplies.', 'A fire at a pool supplies store released chlorine.'])('pool chemicals: %s', (text) => {
    expect(feats(text).delivery_pool_pump).toBe(true);
  });
});

describe('R16: mosquito control needs a purpose and an insecticide', () => {
  it.each([
    'Amid a dengue outbreak, police sprayed tear gas at protesters.',
    'He was spraying mosquito repellent on the children when the smell appeared.',
  ])('no pesticide application: %s', (text) => {
    expect(feats(text).pesticide_application).toBeUndefined();
  });
  it.each([
    'Fogging was carried out in the school to avoid an outbreak of malaria.',
    'A mosquito killer sprayed in the classrooms.',
    'Workers sprayed insecticide against mosquitoes in the school.',
  ])('pesticide application: %s', (text) => {
    expect(feats(text).pesticide_application).toBe(true);
  });
});

describe('R21: a munition\'s combustion products are no appliance', () => {
  it.each([
    'White phosphorus burns in air, and its combustion products irritate the eyes and lungs.',
    'The combustion products of white phosphorus formed a dense white smoke over the camp.',
    "The rocket motor's combustion gases left a trail over the town.",
  ])('no appliance: %s', (text) => {
    expect(feats(text).combustion_appliance).toBeUndefined();
  });
  it.each([
    'Firefighters narrowed it down to combustion exhaust from the boiler.',
    'Products of incomplete combustion built up in the closed garage.',
    'The family was overcome by combustion gases from a faulty heater.',
  ])('appliance: %s', (text) => {
    expect(feats(text).combustion_appliance).toBe(true);
  });
});
