/**
 * Session 19 (room fixag2): the review's over-reaches of rooms aginc and agru (notes review-s19 R5, R6, R7, R15, R16, R19,
 * R20, R21, R29; docs/agent-differential.md §7.00041-fixag2). Each test holds the reviewer's sentences (the wrong reading must
 * be gone) and the sentences the rule was written for (they must still read). Every sentence is the reviewer's or the
 * engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

describe('R5: a spray told in the active voice or people sprayed with an unknown substance (delivery_spray_face)', () => {
  it('does not read a firefighters\' water spray, a spray of water, a spray gun, or people sprayed from a plane', () => {
    for (const t of [
      'An ammonia line ruptured at the cold store. Firefighters used a water spray to knock down the vapour cloud. Workers nearby had burning eyes and coughing.',
      'He used a spray of water to rinse his eyes, which were burning after the gas.',
      'The painter used a spray gun in a closed room and felt dizzy with a headache.',
      'Villagers said they were sprayed with an unknown chemical by a plane flying low over their fields; many had headaches, nausea and itchy skin.',
    ])
      expect(feats(t), t).not.toMatchObject({ delivery_spray_face: true });
    expect(run('An ammonia line ruptured at the cold store. Firefighters used a water spray to knock down the vapour cloud. Workers nearby had burning eyes and coughing.').top.class).toBe('toxic-industrial');
  });
  it('still reads the hand-held spray the rule was written for', () => {
    for (const t of [
      'A pupil used a spray in the corridor during a fight and several classmates were taken to hospital.',
      'The man discharged a small spray inside the shop before running off.',
      'Several people had been sprayed with an unknown substance outside the station.',
      'Passengers were sprayed with a noxious liquid on the late train.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
  });
});

describe('R16: the hot tub (delivery_pool_pump)', () => {
  it('does not read the venue alone', () => {
    for (const t of [
      'She felt dizzy and fainted after sitting too long in the hot tub at the hotel.',
      'Weeks after using the indoor hot tub every day, he developed a cough and shortness of breath.',
      'The guests used the hotel hot tub and later developed an itchy red rash on their skin.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_pool_pump');
    expect(run('She felt dizzy and fainted after sitting too long in the hot tub at the hotel.').top.class).not.toBe('choking');
  });
  it('reads a hot tub, spa pool or jacuzzi with its chemicals, odour or reaction near it', () => {
    for (const t of [
      'A smell of chemicals came from the spa pool.',
      'The jacuzzi was closed after a reaction.',
      'Moments after we stepped out of the hotel hot tub everything changed. We all started coughing. The smell of the pool disinfectant was strong.',
      'Two children may have been exposed to a chemical reaction in the hotel hot tub.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_pool_pump: true });
  });
});

describe('R20: the smoke alarm (fire_smoke)', () => {
  it('does not read an alarm set off by a spray as a fire', () => {
    for (const t of [
      'Students sprayed deodorant in the classroom, setting off the smoke alarm; several felt dizzy and had headaches.',
      'Someone discharged a pepper spray in the hallway, which set off the smoke alarm. People coughed.',
    ])
      expect(feats(t), t).not.toHaveProperty('fire_smoke');
  });
  it('still reads the alarm of a home fire', () => {
    for (const t of ['Smoke alarms woke the family and they escaped through a window.', 'The smoke detector in the hall went off at 3 a.m.', 'A faulty spray heater caught fire and set off the smoke alarm.'])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
});
