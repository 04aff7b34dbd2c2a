/**
 * Session 32 (room agnonmed): a known non-chemical illness named as the cause of the harm (knowledge/agents.yaml
 * named_medical_cause; feature-lexicon.ts, feature-extraction.ts medicalCauseAttributed and arAttackNotFit). Breathing-only
 * accounts of an asthma attack, a heart attack or a panic attack read as a nerve agent before it. Every sentence is the
 * engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, p, reads, run } from './helpers/agent-probe.js';

const leader = (text: string) => [...run(text).classes].sort((a, b) => b.probability - a.probability)[0].id;

describe('a named illness as the cause (named_medical_cause)', () => {
  reads([
    ['The old man collapsed in the queue and could not breathe; the doctors said he had suffered a heart attack.', 'named_medical_cause'],
    ['The girl was short of breath and fell in class. It turned out to be an asthma attack.', 'named_medical_cause'],
    ['She was gasping and shaking; the paramedics said it was a panic attack.', 'named_medical_cause'],
    ['His throat swelled and he struggled to breathe: anaphylaxis after a wasp sting.', 'named_medical_cause'],
    ['He went grey and sat down; it was just his blood pressure, the nurse said.', 'named_medical_cause'],
    ['He had a stroke at the market and fell, unable to speak.', 'named_medical_cause'],
    ['Мужчина упал на остановке и задыхался. Врачи сказали, что у него случился инфаркт.', 'named_medical_cause'],
    ['Девочке стало трудно дышать. Оказалось, у неё приступ астмы.', 'named_medical_cause'],
    ['У неё была паническая атака, она задыхалась и дрожала.', 'named_medical_cause'],
    ['Учительница упала, оказалось — скачок давления.', 'named_medical_cause'],
    ['سقط رجل في الشارع ولم يستطع التنفس. قال الأطباء إنه تعرض لنوبة قلبية.', 'named_medical_cause'],
    ['ضاق نفس الطالبة وسقطت في الصف، وتبين أنها نوبة ربو.', 'named_medical_cause'],
    ['قال المسعفون إنها نوبة هلع وليست شيئا آخر.', 'named_medical_cause'],
    ['جلطة دماغية أصابت الرجل في السوق فسقط.', 'named_medical_cause'],
    // a chemical word a denial governs leaves the illness its cause
    ['The teacher fainted; it was a heart attack, not gas, the doctors said.', 'named_medical_cause'],
    ['Это не отравление газом, а инфаркт, сказали врачи.', 'named_medical_cause'],
  ]);
  misses([
    // a likeness, a first suspicion, a denial, a risk or a history
    ['He was clutching his chest like a heart attack, and his pupils were pinpoint.', 'named_medical_cause'],
    ['Doctors first thought it was asthma, but everyone coughed and smelled bleach.', 'named_medical_cause'],
    ['It was not a heart attack: the men drooled and twitched.', 'named_medical_cause'],
    ['The risk of heart attack rises with age.', 'named_medical_cause'],
    ['Сначала подумали, что это инфаркт, но потом заболели соседи.', 'named_medical_cause'],
    ['كأنها نوبة قلبية، لكن الأطباء وجدوا حدقات دبوسية.', 'named_medical_cause'],
    // asthma and blood pressure told, not as the explanation
    ['My son has asthma and was wheezing badly.', 'named_medical_cause'],
    ['У соседки астма, она задыхалась.', 'named_medical_cause'],
    ['وآخر وصل بهبوط في الضغط ونقص حاد في الأكسجين.', 'named_medical_cause'],
    // the illness told in the sentence of a gas or a chemical is that chemical's
    ['The chlorine cloud set off her asthma attack and she was coughing hard.', 'named_medical_cause'],
    ['После выброса газа у пенсионерки случился инфаркт.', 'named_medical_cause'],
    ['أصيب الرجل بنوبة قلبية بعد استنشاق الغاز.', 'named_medical_cause'],
    // carbon monoxide is a poisoning, not a named illness
    ['The generator in the basement filled the house with carbon monoxide and the family collapsed.', 'named_medical_cause'],
  ]);
});

describe('an Arabic heart, asthma or panic attack is no seizure', () => {
  it('reads no convulsions', () => {
    expect(feats('تعرض الرجل لنوبة قلبية.').convulsions).toBeFalsy();
    expect(feats('أصيبت الطالبة بنوبة ربو.').convulsions).toBeFalsy();
    expect(feats('أصيب الطفل بنوبات تشنج.').convulsions).toBe(true);
  });
});

describe('nobody else was hurt: one was (no_casualties not read)', () => {
  misses([
    ['No one else was hurt.', 'no_casualties'],
    ['Оказалось, у неё приступ астмы, больше никто не заболел.', 'no_casualties'],
    ['Кроме него, никто не пострадал.', 'no_casualties'],
    ['ولم يصب أحد غيرها.', 'no_casualties'],
  ]);
  reads([
    ['Nobody was hurt.', 'no_casualties'],
    ['No one was hurt, the police said, and the road reopened.', 'no_casualties'],
    ['Никто не пострадал.', 'no_casualties'],
    ['لم يصب أحد.', 'no_casualties'],
  ]);
  it('the Russian asthma account with nobody else ill leads no toxic chemical', () => {
    expect(leader('Девочке стало трудно дышать, она упала. Оказалось, у неё приступ астмы, больше никто не заболел.')).toBe('none');
  });
});

describe('the differential', () => {
  it('a breathing-only account with a named illness leads no toxic chemical', () => {
    expect(leader('A man collapsed at the bus stop and could not breathe; there was no smell. Doctors said he had suffered a heart attack.')).toBe('none');
    expect(leader('Мужчина упал на остановке и задыхался, запаха не было. Врачи сказали, что у него случился инфаркт.')).toBe('none');
    expect(leader('سقط رجل في الشارع ولم يستطع التنفس ولم تكن هناك رائحة. قال الأطباء إنه تعرض لنوبة قلبية.')).toBe('none');
    expect(p('The girl was short of breath and collapsed in class. It turned out to be an asthma attack, and nobody else fell ill.', 'none')).toBeGreaterThan(0.5);
  });
  it('a chemical exposure in an asthmatic still reads chemical', () => {
    expect(leader('My son has asthma. The gas smelled of bleach and everyone coughed, eyes burning.')).toBe('choking');
    expect(leader('Doctors first thought it was asthma, but it was chlorine from the pool pump; everyone coughed and smelled bleach.')).toBe('choking');
    expect(leader('У мамы астма. Пахло хлоркой, все кашляли, глаза жгло.')).toBe('choking');
    expect(leader('عندي الربو. كانت الرائحة مثل الكلور وكان الجميع يسعلون وعيونهم تحرق.')).toBe('choking');
    // a named illness beside the cholinergic signs does not outweigh them
    expect(leader('One man had a heart attack. The others had pinpoint pupils, drooled, sweated and twitched.')).toBe('nerve');
  });
});
