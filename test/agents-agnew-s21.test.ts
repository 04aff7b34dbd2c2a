/**
 * Session 21 (room agnew): the agent differential on the session's fresh development material (incidents dev-v22,
 * paraphrases dev-v14; docs/agent-differential.md §7.00043-agnew). Each rule with the sentences it must read and the near
 * misses it must not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a martyr in the name of a place or an institution is a name, not a death', () => {
  it.each([
    'سقط ثلاثة شهداء في القصف على الحي.',
    'ارتفع عدد الشهداء إلى عشرة بعد الهجوم.',
    'استشهد طفلان ووصل الشهيد الثالث إلى المشفى.',
    'وصلت جثة الشهيد إلى أهله مساء اليوم.',
  ])('a death told: %s', (text) => {
    expect(feats(text).deaths).toBe(true);
  });
  it.each([
    'أصيبت طالبة بإغماء في لجنة مدرسة الشهيد أحمد علي الثانوية.',
    'تجمع الأهالي في ساحة الشهداء وسط المدينة.',
    'نقل المصابون إلى مستشفى الشهيد محمد الدرة.',
    'وقع الحادث قرب دوار الشهداء صباح اليوم.',
    'يقع المصنع في شارع الشهيد عبد الله.',
  ])('near miss, a name: %s', (text) => {
    expect(feats(text).deaths).toBeFalsy();
  });
});

describe("the fishers' haul of an old munition in Russian and Arabic (old_munition_found), as the English list reads it", () => {
  it.each([
    'Трал поднял на борт ржавый цилиндр, из которого сочилась жидкость.',
    'Рыбаки вытащили корпус снаряда вместе с уловом.',
    'В рыболовных сетях оказалась старая бомба.',
    'Ныряльщики подняли со дна моря ящик с боеприпасами.',
    'В старой военной бочке, по словам капитана, было отравляющее вещество.',
    'علقت قذيفة صدئة في شباك الصيادين قرب الشاطئ.',
    'انتشل الغواصون برميلاً من قاع البحر.',
  ])('%s', (text) => {
    expect(feats(text).old_munition_found).toBe(true);
  });
  it.each([
    'В сети появились слухи о газовой атаке.',
    'Рыбаки вернулись домой и продали рыбу на рынке.',
    'فتحنا الشباك لأن الرائحة كانت قوية.',
    'Во дворе стояла бочка с дождевой водой.',
  ])('near miss: %s', (text) => {
    expect(feats(text).old_munition_found).toBeFalsy();
  });
});

describe('no one fell ill, in plain words (no_casualties)', () => {
  it.each([
    'Ночью что-то взорвалось, но никому плохо не было.',
    'Хлопок был сильный, все живы-здоровы.',
    'The tank hissed for an hour but nobody was hurt.',
    'صار الانفجار بس ما حدا تأذى.',
  ])('%s', (text) => {
    expect(feats(text).no_casualties).toBe(true);
  });
  // (s21 coord) the English 'nobody got sick' is session 19's no_poisoning_signs, one observation, not also no_casualties
  it('The tank hissed for an hour but nobody got sick. -> no_poisoning_signs only', () => {
    expect(feats('The tank hissed for an hour but nobody got sick.')).toMatchObject({ no_poisoning_signs: true });
    expect(feats('The tank hissed for an hour but nobody got sick.').no_casualties).toBeFalsy();
  });
  it.each([
    'Мне было плохо всю ночь.',
    'Все были живы, но у троих сильный кашель.',
    'Everybody got sick after the spraying.',
    'حدا من الجيران تأذى من الدخان.',
  ])('near miss: %s', (text) => {
    expect(feats(text).no_casualties).toBeFalsy();
  });
});

describe("a fuel-burning appliance's failed exhaust (combustion_appliance)", () => {
  it.each([
    'Причиной отравления стала неисправность вытяжной вентиляции в доме.',
    'Дымоход был забит, и угарный газ пошёл в комнату.',
    'В печи не было тяги, и семья отравилась.',
    'The family was overcome because the flue was blocked.',
    'Firefighters found a blocked chimney above the boiler.',
    'سبب الاختناق انسداد المدخنة في البيت.',
  ])('%s', (text) => {
    expect(feats(text).combustion_appliance).toBe(true);
  });
  it.each([
    'Вентиляция в цехе работала исправно.',
    'The smoke rose from the factory chimney all day.',
    'شاهدنا الدخان يخرج من مدخنة المصنع.',
  ])('near miss: %s', (text) => {
    expect(feats(text).combustion_appliance).toBeFalsy();
  });
});

describe('the tests told normal in everyday words (no_poisoning_signs)', () => {
  it.each([
    'The doctors took blood from every pupil and the tests came back fine.',
    'The results of the urine tests are fine, the hospital said.',
    'Анализы у всех хорошие, детей отпустили домой.',
    'Врачи сказали, что анализы в порядке.',
    'قال الطبيب إن نتائج التحاليل جيدة.',
  ])('%s', (text) => {
    expect(feats(text).no_poisoning_signs).toBe(true);
  });
  it.each([
    'The exam results were fine, the school said.',
    'Анализы были плохие, его перевели в реанимацию.',
    'Анализы взяли, результаты ждут.',
    'نتائج الامتحانات جيدة هذا العام.',
  ])('near miss: %s', (text) => {
    expect(feats(text).no_poisoning_signs).toBeFalsy();
  });
});

describe('a fill that flares, burns or smokes again as it dries (burning_particles), also after water put on it', () => {
  it.each([
    'They poured water on the burn and it stopped, then it flared again when it dried.',
    'The lump started smoking again once it dried out.',
    'The fragment caught fire when it dried on the pavement.',
  ])('%s', (text) => {
    expect(feats(text).burning_particles).toBe(true);
  });
  it.each([
    // a quarrel or a fighting that flares again; a burning revived by washing (an irritant's, session 19)
    'The fighting flared again after the ceasefire.',
    'The argument flared again when they met.',
    'After the shower the burning flared up again.',
    'The paint dried and the fire burned all night.',
  ])('near miss: %s', (text) => {
    expect(feats(text).burning_particles).toBeFalsy();
  });
});

describe('ground spraying from a tractor told by its mist, spray, fog or white clouds (pesticide_application)', () => {
  it.each([
    'They saw a tractor surrounded by white clouds near the bus stop.',
    'The mist from the tractor drifted over the road and into the yard.',
    'A tractor was spraying between the rows when we walked past.',
    'Трактор ехал вдоль дороги в белом тумане распылителя.',
    'كان الجرار يرش رذاذا أبيض على الكروم.',
  ])('%s', (text) => {
    expect(feats(text).pesticide_application).toBe(true);
  });
  it.each([
    'The tractor raised clouds of dust in the field.',
    'Black smoke poured from the old tractor.',
    'The tractor was parked by the barn all day.',
    'Трактор поднял облако пыли.',
    'الجرار أثار الغبار في الحقل.',
  ])('near miss: %s', (text) => {
    expect(feats(text).pesticide_application).toBeFalsy();
  });
});

describe("a colour told of a solid thing inside a cloud term's gap is the thing's, not the cloud's", () => {
  it.each(['a yellowish waxy lump smoking on the roof', 'a white waxy piece smoking in the yard', 'белый кусок дымился на земле'])('%s', (text) => {
    const f = feats(text);
    expect(f.cloud_yellow_green).toBeFalsy();
    expect(f.cloud_white).toBeFalsy();
  });
  it.each([
    ['yellowish thick smoke rose over the houses', 'cloud_yellow_green'],
    ['greenish yellow smoke came from the shell', 'cloud_yellow_green'],
    ['a yellow cloud drifted down the street', 'cloud_yellow_green'],
    ['желтоватый дым стелился по земле', 'cloud_yellow_green'],
  ])('near miss, a cloud: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
});
