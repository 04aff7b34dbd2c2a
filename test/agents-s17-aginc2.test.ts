/**
 * Session 17 (room aginc2): cited settings on the choking / toxic-industrial line (docs/agent-differential.md
 * §7.00039-aginc2). Every sentence is the engineer's own; none is taken from an evaluation item. Each rule is probed with
 * variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

describe('the indoor ice arena (setting_ice_arena): its resurfacer exhaust and its refrigeration plant', () => {
  it('reads the arena by its machine or its game, in the three languages', () => {
    for (const t of [
      'After the hockey game several players were coughing and short of breath.',
      'The Zamboni had been running with a bad engine all evening.',
      'Skaters fell ill after the ice resurfacer made its rounds.',
      'Юные хоккеисты почувствовали себя плохо после тренировки.',
      'Дети отравились на катке во время тренировки.',
      'أصيب لاعبو الهوكي بالسعال بعد المباراة في حلبة التزلج.',
    ])
      expect(feats(t), t).toMatchObject({ setting_ice_arena: true });
  });
  it('does not read a road roller, field hockey words alone or ice on a road', () => {
    for (const t of [
      'The road roller (каток) stood by the fence.',
      'There was ice on the road and the car slid.',
      'Асфальтовый каток стоял у забора.',
    ])
      expect(feats(t), t).not.toHaveProperty('setting_ice_arena');
  });
  it('gives resurfacer exhaust with cough and chest pain to an industrial gas, not chlorine', () => {
    // the class, not the agent: without a smell or a machine room the refrigeration plant's ammonia stays beside the
    // exhaust's nitrogen dioxide (both common at the arena); delayed onset still reads phosgene (irritant-industrial's
    // onset_delayed was not raised: development agent top-1 one lower)
    const r = run('Hockey players came in with cough, chest pain and shortness of breath; the ice resurfacer had a faulty engine.');
    expect(r.top.class).toBe('toxic-industrial');
  });
  it('gives headache and dizziness at the arena to carbon monoxide (no released agent)', () => {
    expect(run('At the ice arena the young hockey players had headaches, dizziness and nausea; the resurfacing machine runs on propane.').top.class).toBe('none');
  });
  it('leaves an ammonia leak from the rink refrigeration plant to ammonia', () => {
    expect(run('An ammonia pipe in the ice rink refrigeration plant burst during hockey practice; a sharp smell, eyes streaming, coughing.').top.agent).toBe('ammonia');
  });
});

describe('the plants that hold chlorine itself (setting_chlorine_plant: a repackaging, bleach or chlor-alkali plant)', () => {
  it('reads the plant in the three languages', () => {
    for (const t of [
      'Gas escaped from a hose at the chemical repackaging plant and drifted over the houses.',
      'A valve failed at the bleach factory; workers were coughing.',
      'На хлорном заводе произошла утечка газа.',
      'تسرب غاز من مصنع الكلور وأصيب عمال بضيق في التنفس.',
    ])
      expect(feats(t), t).toMatchObject({ setting_chlorine_plant: true });
  });
  it('does not read bleach at home, a pool or chlorine named as the agent at another place', () => {
    for (const t of ['She mixed bleach with another cleaner in the bathroom.', 'The pool smelled of chlorine.', 'A chlorine cylinder leaked at the water works.'])
      expect(feats(t), t).not.toHaveProperty('setting_chlorine_plant');
  });
  it('gives an unnamed gas leak at a repackaging plant to chlorine', () => {
    const r = run('A transfer hose failed at the repackaging plant and a cloud drifted into the neighbourhood; residents had trouble breathing.');
    expect(r.top.class).toBe('choking');
    expect(r.top.agent).toBe('chlorine');
  });
});

describe('running eyes (lacrimation): the adjective before the eyes and eyes coordinated with a running nose', () => {
  it('reads tearing in these orders', () => {
    for (const t of ['Many had running eyes.', 'Soon they were suffering from running noses and eyes.', 'Runny nose and eyes, then vomiting.'])
      expect(feats(t), t).toMatchObject({ lacrimation: true });
  });
  it('does not read a running tap or closed eyes', () => {
    expect(feats('The tap was running; eyes closed, she slept.')).not.toHaveProperty('lacrimation');
  });
});
