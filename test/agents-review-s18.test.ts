/**
 * Session 18 (room fixrev): the over-reaches the session's review found in the session's agent rules (/work/notes/review-s18.md,
 * docs/agent-differential.md §7.00040-fixrev). Each finding: the reviewer's sentence with the reading it should have, and the rule's
 * own intended sentence, which must keep its reading. Sentences are the reviewer's or the engineer's own; none is an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('R1: the contrast member after a denied smell is its object only without a verb of its own', () => {
  it('a new clause whose subject begins with an odour noun reads no odour', () => {
    expect(feats('The smell was not strong, but garlic farmers nearby said their crops wilted.').odour_garlic).toBeUndefined();
    expect(feats('The smell did not last, but chlorine cylinders were found on the roof.').odour_bleach).toBeUndefined();
    expect(feats('Запаха чеснока не было, а хлорка стояла в ведре у входа.').odour_bleach).toBeUndefined();
    expect(feats('الرائحة لم تكن قوية لكن الكلور كان موجودا في المستودع').odour_bleach).toBeUndefined();
  });
  it('the intended contrast still reads the odour it names', () => {
    for (const t of ['Пахло не хлором, а чесноком.', 'It smelled not of chlorine but of garlic.', 'The smell was not chlorine, but garlic.', 'كانت الرائحة ليست رائحة الكلور بل رائحة الثوم.'])
      expect(feats(t)).toMatchObject({ odour_garlic: true, odour_bleach: false });
  });
});

describe('R2: what sticks to skin or clothes is the incendiary gel only when it is the fire', () => {
  it('a burning sensation, горло, жгло, تحرق and a powder that sticks are no incendiary', () => {
    for (const t of ['Our eyes were burning and the white powder stuck to our skin and clothes for hours.', 'В горле першило, а порошок лип к коже и одежде.', 'Глаза жгло, порошок прилипал к одежде и к коже.', 'عيوني تحرقني والبودرة لازقة بالجلد والهدوم'])
      expect(feats(t)).not.toHaveProperty('delivery_incendiary');
  });
  it('the fire that sticks still reads the incendiary gel', () => {
    for (const t of ['The fire came down from the sky and it stuck to the tents and people and kept burning.', 'Огонь падал с неба, липли к палаткам и не гасли.', 'النار نزلت من السما ولصقت في الخيم وفي الناس', 'The burning gel stuck to their skin.'])
      expect(feats(t)).toMatchObject({ delivery_incendiary: true });
  });
});

describe('R3: a valve shut is the stored chemical released only when it is no household or medical valve', () => {
  it('a stove\'s or an oxygen bottle\'s valve turned off reads no industrial leak', () => {
    expect(feats('She smelled gas in the kitchen, turned off the valve on the stove and opened the windows; the family had headaches and nausea.')).not.toHaveProperty('delivery_industrial_leak');
    expect(feats('The nurse turned off the oxygen valve.')).not.toHaveProperty('delivery_industrial_leak');
  });
  it('a crew that shut or tightened the valve still reads the release', () => {
    for (const t of ['Two firefighters in breathing apparatus went in and tightened the valve.', 'The crew turned off the valve about an hour later.', 'Hazmat crews shut off the valve at the wastewater treatment plant after a cloud drifted over the road.'])
      expect(feats(t)).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('R4: a sensation or a body part after the contrast is a sign, not the smell\'s object', () => {
  it('"no smell of bleach, but a burning sensation in the throat" reads the throat and no odour', () => {
    expect(feats('There was no smell of bleach, but a burning sensation in the throat.')).toMatchObject({ throat_burning: true, odour_bleach: false });
    expect(feats('There was no smell of bleach, but a burning sensation in the throat.')).not.toHaveProperty('odour_burning');
    expect(feats('ما في ريحة كلور، بس حرقة بالزور')).not.toHaveProperty('odour_burning');
  });
  it('an odour after the contrast is still read', () => {
    expect(feats('It smelled not of chlorine but of burning.')).toMatchObject({ odour_burning: true, odour_bleach: false });
    expect(feats('It smelled not of chlorine but of garlic.')).toMatchObject({ odour_garlic: true, odour_bleach: false });
  });
});

describe('R5: the simile of sharp things in the eyes needs a word of comparison that is one', () => {
  it('Arabic كان (was), Russian как (how) and English like (such as) read no sensation', () => {
    expect(feats('كان في زجاج بعيونه بعد الانفجار')).not.toHaveProperty('burning_eyes');
    expect(feats('Взрывом выбило окна, и я почувствовал, как стекло попало в глаза.')).not.toHaveProperty('burning_eyes');
    expect(feats('Injuries like glass in the eyes and cuts to the face are common after the blast.')).not.toHaveProperty('burning_eyes');
  });
  it('the simile still reads the sensation', () => {
    for (const t of ['It felt like needles in my eyes.', 'Было ощущение, как песок в глазах.', 'Как будто песок насыпали в глаза.', 'حسيت كأنه في ابر بعيوني', 'زي الابر بعيوني'])
      expect(feats(t)).toMatchObject({ burning_eyes: true });
    expect(feats('It was like broken glass in my throat.')).toMatchObject({ throat_burning: true });
  });
});

describe('R6: a day\'s observation is of the people kept, not of the air or an observation post', () => {
  it('the air monitored and an observation post read no observation_day', () => {
    expect(feats('Workers said the air was monitored for 24 hours after the leak.')).not.toHaveProperty('observation_day');
    expect(feats('Soldiers at the 24-hour observation post reported a grey cloud and a smell of garlic.')).not.toHaveProperty('observation_day');
  });
  it('the people kept or observed still read it', () => {
    for (const t of ['The others were kept 24 hours for observation.', 'Patients were observed for 48 hours.', 'The workers were monitored for 24 hours in hospital.'])
      expect(feats(t)).toMatchObject({ observation_day: true });
  });
});

describe('R7: a canister sprayed is the hand-held riot spray only when it is called by a riot word or nothing', () => {
  it('a disinfectant canister sprayed in a classroom reads no riot spray', () => {
    expect(feats('Workers were spraying a disinfectant canister in the classroom when the children fainted.')).not.toHaveProperty('delivery_spray_face');
    expect(feats('Workers were spraying a canister of disinfectant in the classroom.')).not.toHaveProperty('delivery_spray_face');
  });
  it('a canister sprayed with no kind, or a pepper canister, still reads it', () => {
    expect(feats('A juvenile was spraying a canister on a school bus and students coughed.')).toMatchObject({ delivery_spray_face: true });
    expect(feats('He was spraying a pepper canister at the crowd.')).toMatchObject({ delivery_spray_face: true });
  });
});

describe('R8: a stated absence of smell stays none when "such" is another noun\'s or "like that" points back to a named smell', () => {
  it('an odourless agent and "nothing like that" after garlic read odour_none', () => {
    for (const t of ['Нам сказали, что зарин — такой газ без запаха.', 'Врач сказал, что такой яд без запаха и вкуса.', 'They asked if we smelled garlic. We smelled nothing like that.'])
      expect(feats(t)).toEqual({ odour_none: true });
  });
  it('a smell never met before is still a strange smell', () => {
    for (const t of ['I had never smelled anything like it.', 'Никогда не чувствовал такого запаха.', 'Такого запаха я никогда не чувствовал.', 'عمري ما شميت ريحة متلها.'])
      expect(feats(t)).toEqual({ odour_unusual: true });
  });
});
