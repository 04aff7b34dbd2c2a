/**
 * Session 21 (fix room fixag1): the review's findings against room aginc (docs/review: R1-R6, R15-R17, R22, R25, R28, R33, R34,
 * R36, R39), the two rooms' one generator rule (R27) and the crowd x gas reading behind agkb's floor-test sentence (R19). Each
 * finding's failing sentence is a now-passing case here, beside a case that keeps the rule's intended positive
 * (docs/agent-differential.md §7.00043-fixag1). The sentences are the reviewer's and the engineer's own; none is an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

const top = (text: string) => run(text).top.class;

describe('R4, R26, R27: one rule for a generator of fog, aerosol, smoke or foam; a generator that smoked is a power generator', () => {
  it.each([
    'Старый генератор дымил на кухне, у всех болела голова.',
    'Генератор дымил в подвале всю ночь, дети потеряли сознание.',
    'Старый генератор сильно дымил на кухне, у всех болела голова и тошнило.',
  ])('combustion appliance kept: %s', (text) => {
    expect(feats(text).combustion_appliance).toBe(true);
    expect(top(text)).toBe('none');
  });
  it.each([
    'Рабочие запустили генератор аэрозоля в складе.',
    'Дезинфектор включил генератор холодного тумана в подвале.',
    'Включили дымогенератор на сцене.',
    'شغلوا مولد ضباب للتعقيم بالقبو.',
    'The crew used a generator of fog in the hall.',
    'The pest controller ran a fogging generator in the basement.',
  ])('a sprayer, no combustion appliance: %s', (text) => {
    expect(feats(text).combustion_appliance).toBeFalsy();
  });
});
