/**
 * Session 16 (room agcov): reading defects of general words (docs/agent-differential.md §7.00037-agcov). Every sentence is
 * the engineer's own; none is taken from an evaluation item. Each rule is probed with variants that must fire and variants
 * that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';
import { stemsOf } from '../src/core/agents/term-matcher.js';

describe('"ate" is the past of eat, not the preposition "at"', () => {
  it('stems ate as eat, and leaves at alone', () => {
    expect(stemsOf('ate', 'en')).toEqual(['eat']);
    expect(stemsOf('at', 'en')).toEqual(['at']);
  });
  it('reads no meal in "at lunch" or "after they arrived at"', () => {
    for (const t of ['The fumes reached the office at lunch and staff began coughing.', 'After they arrived at the depot the drivers felt their eyes burn.'])
      expect(feats(t), t).not.toHaveProperty('ingestion');
  });
  it('still reads a meal eaten', () => {
    for (const t of ['Forty guests fell ill after they ate at the wedding.', 'The pupils were sick an hour after they had eaten the school meal.'])
      expect(feats(t), t).toMatchObject({ ingestion: true });
  });
});

describe('spoken Arabic "nobody" before a bare imperfect is a prohibition, not a report', () => {
  it('does not deny a meal in a warning "nobody eat of it"', () => {
    for (const t of ['الأكل كان ريحته غريبة وقالوا محدش ياكل منه، وبعد الغدا الناس تعبت', 'قالوا ما حدا ياكل من الوليمة وبعدين الكل صار يستفرغ'])
      expect(feats(t)?.ingestion, t).not.toBe(false);
  });
  it('still denies with a report in the perfect or with بـ', () => {
    expect(feats('محدش كح ولا حد تعب')).toMatchObject({ cough: false });
    expect(feats('ما حدا بيكح، الريحة خفيفة')).toMatchObject({ cough: false });
  });
});

describe('"eliminated" and "excluded" before their object rule it out', () => {
  it('denies what was eliminated or excluded', () => {
    expect(feats('The doctors excluded convulsions and the patients recovered quickly.')).toMatchObject({ convulsions: false });
    expect(feats('Investigators eliminated pinpoint pupils and seizures from the list of signs.')).toMatchObject({ miosis: false });
  });
  it('keeps a leak or fire that crews eliminated', () => {
    expect(feats('Crews eliminated the leak at the chemical plant after an hour; ten workers coughed.')).not.toMatchObject({ delivery_industrial_leak: false });
    expect(feats('Crews eliminated the leak at the chemical plant after an hour; ten workers coughed.')).toMatchObject({ cough: true });
  });
});

describe('a cloud that rose from its source is no buoyant gas (rising_gas)', () => {
  it('does not read "rose from" or "out of" a tank as rising gas', () => {
    for (const t of [
      'A greenish cloud rose from the ruptured tank and drifted into the street.',
      'Gas rose out of the damaged cylinder and people began to cough.',
      'Из повреждённой цистерны поднялось облако, люди закашляли.',
      'Белый пар поднимался от цистерны.',
      'ارتفعت سحابة من الخزان المتضرر وبدأ الناس بالسعال',
    ])
      expect(feats(t), t).not.toHaveProperty('rising_gas');
  });
  it('still reads a gas that rose', () => {
    for (const t of ['The gas rose quickly and the people on the roof began to choke.', 'Облако газа поднималось вверх.', 'الغاز ارتفع للأعلى بسرعة'])
      expect(feats(t), t).toMatchObject({ rising_gas: true });
  });
});

describe('cleaning products mixed are the mixed cleaners (delivery_pool_pump)', () => {
  it('reads cleaning products, agents or chemicals mixed in EN/RU/AR', () => {
    for (const t of [
      'A cleaner mixed two cleaning products in the toilets and three staff began coughing.',
      'Уборщица смешала чистящие средства, у двоих сотрудников начался кашель.',
      'عاملة النظافة خلطت مواد التنظيف في الحمام وبدأ الموظفون بالسعال',
    ])
      expect(feats(t), t).toMatchObject({ delivery_pool_pump: true });
  });
  it('does not read cleaning alone, or chemicals mixed at a plant', () => {
    for (const t of ['The cleaning crew found the workers coughing in the yard.', 'Workers mixed chemicals in a reactor at the plant and a cloud escaped.'])
      expect(feats(t), t).not.toHaveProperty('delivery_pool_pump');
  });
});
