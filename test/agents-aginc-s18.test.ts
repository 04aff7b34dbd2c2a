/**
 * Session 18 (room aginc): English incident reports — settings and deliveries as features (docs/agent-differential.md
 * §7.00040-aginc). Every sentence is the engineer's own; none is taken from an evaluation item. Each rule is probed with
 * sentences that must read it and near misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

describe('the school as the setting: the whole school, the examination hall', () => {
  it('reads a school cleared or evacuated as a whole, and an examination hall', () => {
    for (const t of [
      'Firefighters cleared the whole school after pupils complained of a smell.',
      'The entire school was evacuated to the playing field.',
      'Candidates in the examination hall began to cough.',
    ])
      expect(feats(t), t).toMatchObject({ setting_school: true });
  });
  it('does not read a whole school year or an examination elsewhere', () => {
    for (const t of ['He spent the whole school year abroad.', 'The doctor did an examination of his lungs.'])
      expect(feats(t), t).not.toHaveProperty('setting_school');
  });
});

describe('a canister a person sprayed (delivery_spray_face)', () => {
  it('reads a person spraying a canister at people', () => {
    for (const t of ['A teenager was seen spraying a canister inside the carriage.', 'The man sprayed a small canister at the doorman.'])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
    expect(run('Deputies said a boy was spraying a canister on the bus; the driver and the children were coughing with burning eyes.').top.class).toBe('riot-control');
  });
  it('does not read a paint, insect or weed-killer canister sprayed', () => {
    for (const t of [
      'He was spraying a paint canister on the wall.',
      'She sprayed an insect canister in the kitchen.',
      'Workers were spraying a weed canister along the fence.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_spray_face');
  });
});

describe('a valve (delivery_industrial_leak) and the sewage works (setting_wastewater_plant)', () => {
  it('reads a valve that leaked or that a crew shut as a stored chemical released', () => {
    for (const t of [
      'A valve let go on the storage line and workers ran.',
      'Two firefighters in breathing apparatus went in and tightened the valve.',
      'The crew turned off the valve about an hour later.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_industrial_leak: true });
  });
  it('does not read a heart valve or a valve named without a release', () => {
    for (const t of ['She had a heart valve replaced last year.', 'The trumpet has three valves.'])
      expect(feats(t), t).not.toHaveProperty('delivery_industrial_leak');
  });
  it('reads the wastewater or sewage treatment plant, not the water works nor a sewer alone', () => {
    for (const t of ['Hazmat crews were called to the city wastewater plant.', 'A leak at the sewage treatment works sent two operators to hospital.'])
      expect(feats(t), t).toMatchObject({ setting_wastewater_plant: true });
    for (const t of ['A chlorine cylinder leaked at the water treatment plant.', 'Workers collapsed in a sewer manhole.'])
      expect(feats(t), t).not.toHaveProperty('setting_wastewater_plant');
  });
  it('gives a cloud from a valve at the sewage works to chlorine, and a rotten-egg collapse there to hydrogen sulphide', () => {
    expect(run('Hazmat crews shut off the valve at the wastewater treatment plant after a cloud drifted over the road; two workers were coughing.').top.class).toBe('choking');
    expect(run('At the sewage treatment plant a worker collapsed in a pit; there was a smell of rotten eggs and his colleague who went down to help also collapsed.').top.agent).toBe('hydrogen-sulfide');
  });
});

describe('the exposed held a day or more for observation (observation_day)', () => {
  it('reads a stated observation of 24 to 72 hours', () => {
    for (const t of [
      'Most were treated and the rest were kept 24 hours for observation.',
      'Anyone exposed should stay in hospital and be observed for at least 48 hours.',
      'The workers were admitted for a 24-hour observation.',
      'Three were monitored for twenty-four hours.',
      'Doctors monitored them for 48 hours for signs of lung injury.',
    ])
      expect(feats(t), t).toMatchObject({ observation_day: true });
  });
  it('does not read an observation without its length, nor other hours', () => {
    for (const t of [
      'One student was taken to hospital for observation.',
      'The plant was closed for 24 hours while crews observed the tank.',
      'Air monitoring ran for 24 hours of the cleanup.',
      'The damaged tank was monitored for 24 hours.',
    ])
      expect(feats(t), t).not.toHaveProperty('observation_day');
  });
  it('leans an irritant exposure watched for a day toward the choking agents', () => {
    const watched = run('Workers at the plant had cough and shortness of breath after a gas escaped; all were kept 24 hours for observation.');
    const notWatched = run('Workers at the plant had cough and shortness of breath after a gas escaped.');
    const choking = (r: ReturnType<typeof run>) => r.classes.find((c) => c.id === 'choking')!.probability;
    expect(choking(watched)).toBeGreaterThan(choking(notWatched));
    expect(watched.top.class).toBe('choking');
  });
});

describe('an old munition met at a port or plant is no industrial release (delivery_industrial_leak superseded_by old_munition_found)', () => {
  it('gives a shell hauled up in the nets and handled by a port worker to the blister agent', () => {
    const t = 'Trawlermen hauled up a corroded shell in their nets and left it on the quay; a port worker who handled it was treated later.';
    expect(feats(t)).toMatchObject({ old_munition_found: true, delivery_industrial_leak: true });
    expect(run(t).top.class).toBe('blister');
  });
  it('leaves a leak at a plant with no munition to the industrial chemicals', () => {
    const r = run('A storage tank leaked at the chemical plant; workers had burning eyes, cough and a sharp smell.');
    expect(r.top.class).toBe('toxic-industrial');
  });
});

describe("a drinking-water tank treated or disinfected is a chlorination (delivery_pool_pump)", () => {
  it('reads the tank being treated or disinfected', () => {
    for (const t of [
      'While the drinking-water tank of the town was being treated, a cylinder began to hiss.',
      'Two men were disinfecting the village water tank when the gas escaped.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_pool_pump: true });
    expect(run('While the water tank of the village was being treated, the gas cylinder leaked and people had eye and throat irritation.').top.class).toBe('choking');
  });
  it('does not read a water tank without its treatment, nor people treated by it', () => {
    for (const t of ['The shell landed by the water tank and two people were treated in hospital.', 'The rooftop water tank was empty.'])
      expect(feats(t), t).not.toHaveProperty('delivery_pool_pump');
  });
});
