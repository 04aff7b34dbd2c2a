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

describe('R26: the Russian topic of a denied telling stays in its clause, and a told topic is told', () => {
  it('still reads the denied topic', () => {
    expect(feats('Про газ, глаза или кашель никто не говорил — убивал огонь.').cough).toBe(false);
    expect(feats('О рвоте он не жаловался.').vomiting).toBe(false);
    expect(feats('Про рвоту, кашель и глаза никто не говорил.')).toMatchObject({ cough: false, vomiting: false });
  });
  it('near-misses: the medics told the signs; the denial is another clause', () => {
    expect(feats('Медики сообщили о сужении зрачков и судорогах у пострадавших, хотя никто не говорил о газе.')).toMatchObject({ miosis: true, convulsions: true });
    expect(feats('Врачи рассказали о кашле, рвоте и судорогах у детей, но никто не говорил о запахе.')).toMatchObject({ cough: true, vomiting: true, convulsions: true });
  });
});

describe('R9: the Arabic spoken yellow صفر is not the number zero of a reading', () => {
  it('still reads the yellow smoke', () => {
    expect(feats('طلع واحد الدخان صفر تقيل').cloud_yellow_green).toBe(true);
    expect(feats('طلع دخان صفرا من القذيفة').cloud_yellow_green).toBe(true);
  });
  it('near-misses: a gas concentration of zero', () => {
    expect(feats('أظهرت أجهزة القياس أن تركيز الغاز صفر في المصنع. اشتكى العمال من الصداع والغثيان.')).not.toHaveProperty('cloud_yellow_green');
    expect(feats('كان الغاز صفر بالمية').cloud_yellow_green).toBeUndefined();
    expect(feats('صفر اصابات والدخان خفيف').cloud_yellow_green).toBeUndefined();
  });
});

describe('R10: a munition scatters burning pellets; the wind spreads a fire\'s embers', () => {
  it('still reads the scattered burning elements', () => {
    expect(feats('Each rocket scattered burning pellets over the roofs.').burning_particles).toBe(true);
    expect(feats('It showered flaming bits over the roofs.').burning_particles).toBe(true);
  });
  it('near-misses: the wind and a fire as the subject; embers', () => {
    expect(feats('The wind spread burning embers across the valley and three houses caught fire; residents were treated for smoke inhalation.')).not.toHaveProperty('burning_particles');
    expect(feats('The blaze threw flaming chunks onto the street.')).not.toHaveProperty('burning_particles');
  });
});

describe('R11: the episode was over, not the shelling, and not a death', () => {
  it('still reads the relief', () => {
    expect(feats('Our eyes ran and we coughed; an hour later it was over.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('The throat burned, and half an hour later the burning was gone.')).toMatchObject({ recovery_fresh_air: true });
  });
  it('near-misses: the shelling was over; it was over, he was dead', () => {
    expect(feats('Within ten minutes the shelling was over, and then people began choking and coughing, their eyes burning.')).not.toHaveProperty('recovery_fresh_air');
    expect(feats('He foamed at the mouth and convulsed on the floor. Twenty minutes later it was over, he was dead.')).not.toHaveProperty('recovery_fresh_air');
  });
});

describe('R12: the Arabic bags of water on the body, not in the market', () => {
  it('still reads the blisters', () => {
    expect(feats('بعد يومين، تحت إبطه طلعت أكياس مي صافية.')).toMatchObject({ delayed_blisters: true });
    expect(feats('ظهرت على إيده أكياس ماء.').delayed_blisters).toBe(true);
  });
  it('near-misses: water bags in the market', () => {
    expect(feats('ظهرت في السوق أكياس مياه ملوثة، واشتكى الأطفال من الإسهال والقيء.')).not.toHaveProperty('delayed_blisters');
    expect(feats('ظهرت أكياس مياه في السوق، واشتكى الأطفال من الإسهال.')).not.toHaveProperty('delayed_blisters');
  });
});
