/**
 * Session 16 (room fixag): review R5 and a regression of the rising-gas rule (docs/agent-differential.md §7.00037-aginc,
 * 'Review fixes (fixag)'). Every sentence is the engineer's own or the review's; none is taken from a frozen item (the waterworks probe follows the shape of
 * a development event, whose misses may be read).
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a plant or pool named as a landmark or where people live is no setting (review s16 R5)', () => {
  it('does not read the refrigeration plant, the water works or the pool after a locative of proximity (EN/RU/AR)', () => {
    for (const t of [
      'We live next to the brewery. At night people started coughing and their eyes burned.',
      'Мы живём рядом с пивзаводом. Ночью все кашляли, глаза слезились.',
      'The school is opposite the water filtration plant. The children coughed and felt sick.',
      'نسكن قرب محطة تحلية المياه. في الليل بدأ الناس يسعلون وعيونهم تدمع.',
      'Our house is across from the old ice plant. My daughter woke up coughing.',
      'Школа стоит напротив молокозавода. Дети кашляли.',
      'Мы живём возле бассейна. Ночью все кашляли.',
      'نسكن بجانب المسبح. في الليل بدأ الناس يسعلون.',
      'بيتنا مقابل معمل الألبان. صار الأولاد يسعلون.',
      'We live near the swimming pool. At night people started coughing.',
    ]) {
      const f = feats(t);
      expect(f, t).not.toHaveProperty('refrigeration_plant');
      expect(f, t).not.toHaveProperty('delivery_pool_pump');
    }
  });
  it('still reads the place with a release or work there, or when the people were at it (EN/RU/AR)', () => {
    for (const [t, k] of [
      ['We live next to the brewery. That night a pipe burst and people started coughing.', 'refrigeration_plant'],
      ['Workers at the brewery started coughing after a valve failed.', 'refrigeration_plant'],
      ['Мы живём рядом с пивзаводом. Ночью там произошла утечка, все кашляли.', 'refrigeration_plant'],
      ['На пивзаводе произошла утечка газа.', 'refrigeration_plant'],
      ['The school is opposite the water filtration plant, where a chlorine tank leaked.', 'delivery_pool_pump'],
      ['A leak at the municipal water purification plant left nine people coughing.', 'delivery_pool_pump'],
      ['نسكن قرب محطة تحلية المياه. حدث تسرب غاز من المحطة وبدأ الناس يسعلون.', 'delivery_pool_pump'],
      ['بدأ السباحون يسعلون في المسبح.', 'delivery_pool_pump'],
    ] as const)
      expect(feats(t), t).toMatchObject({ [k]: true });
  });
});

describe('a cloud of smoke or dust that rose is no buoyant gas (EN/RU/AR)', () => {
  it('does not read rising_gas of smoke or dust', () => {
    for (const t of [
      'Поднялось облако розового и зелёного дыма.',
      'Поднялось облако пыли.',
      'Облако чёрного дыма поднялось вверх.',
      'A smoke cloud rose over the street and people ran.',
      'A rising cloud of dust covered the houses.',
      'A cloud rose, thick with smoke and dust.',
      'ارتفعت سحابة دخان كثيفة.',
      'ارتفعت سحابة غبار كبيرة.',
    ])
      expect(feats(t), t).not.toHaveProperty('rising_gas');
  });
  it('still reads a gas or a cloud of gas that rose', () => {
    for (const t of ['Поднялось облако газа.', 'The gas rose and hung over the roofs.', 'ارتفعت سحابة الغاز.', 'Газ поднимался вверх.'])
      expect(feats(t), t).toMatchObject({ rising_gas: true });
  });
});

describe('the older water-utility words keep their reading after a locative (a development event is told so)', () => {
  it('reads residents near the waterworks, a chlorine leak at it untold, as the water works', () => {
    expect(feats('Forty residents living near the waterworks were taken to hospital with nausea and burning eyes.')).toMatchObject({ delivery_pool_pump: true });
  });
});

describe('an exception to "nobody was hurt" tells a casualty (review s16 R7)', () => {
  it('drops no_casualties with an exception after it or inside it (EN/RU/AR)', () => {
    for (const t of [
      'No one was hurt except the guards.',
      'Nobody was injured apart from two guards.',
      'Никто не пострадал, кроме охранников.',
      'Никто, кроме охранников, не пострадал.',
      'لم يصب أحد باستثناء الحراس.',
      'لم يصب أحد سوى الحراس.',
      'ما حدا انصاب غير الحارس.',
    ])
      expect(feats(t), t).not.toHaveProperty('no_casualties');
  });
  it('keeps a plain denial, and one followed by another clause', () => {
    for (const t of ['No one was hurt.', 'Никто не пострадал.', 'لم يصب أحد.', 'No one was hurt, but the workers were evacuated.'])
      expect(feats(t), t).toMatchObject({ no_casualties: true });
  });
});
