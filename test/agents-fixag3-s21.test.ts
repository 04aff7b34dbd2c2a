/**
 * Session 21 (room fixag3): the second review's findings against room agnew's rules (/work/notes/review2-s21.md S1, S2, S3,
 * S5, S7; docs/agent-differential.md §7.00043-fixag3). Each finding's sentences as near misses that are no longer read, and
 * the rule's intended positive kept. Every sentence is the reviewer's or the engineer's own; none is from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('S1: a tractor in weather fog, a vehicle that drifted, a tractor sprayed with bullets are no pesticide spraying', () => {
  it.each([
    'A tractor drove through the morning fog past the village; then a shell fell and people started choking and coughing.',
    'Трактор ехал в густом тумане мимо деревни, потом упал снаряд и люди начали кашлять и задыхаться.',
    'كان الجرار يسير في الضباب الصباحي، ثم سقطت قذيفة وبدأ الناس يسعلون ويختنقون.',
    'The tractor was sprayed with bullets, then the shell released a cloud and people were choking.',
    "The farmer's tractor drifted off the road after the strike; the family was vomiting and had pinpoint pupils.",
  ])('near miss: %s', (text) => {
    expect(feats(text).pesticide_application).toBeFalsy();
  });
  it.each([
    'The mist from the tractor drifted over the road and we began coughing.',
    'A tractor surrounded by white clouds passed the school.',
    'The tractor was spraying the orchard and the spray drift reached the school.',
    'Трактор распылял туман над полем, дети кашляли.',
    'Трактор ехал вдоль дороги в белом тумане распылителя.',
    'كان جرار يرش رذاذاً فوق الحقل.',
  ])('kept: %s', (text) => {
    expect(feats(text).pesticide_application).toBe(true);
  });
});

describe('S2: a chimney or an exhaust vent without a burning appliance or its failure is no combustion appliance', () => {
  it.each([
    'Дым шёл из дымохода соседнего дома, когда упал снаряд; люди задыхались, кашляли, глаза слезились.',
    'Вытяжная вентиляция на заводе не справлялась, после утечки хлора рабочие задыхались и кашляли.',
    'After the attack the blocked vent in the basement trapped the gas; people were coughing and choking.',
  ])('near miss: %s', (text) => {
    expect(feats(text).combustion_appliance).toBeFalsy();
  });
  it.each([
    'Дымоход был забит, и вся семья угорела ночью.',
    'Засорился дымоход, утром у всех болела голова.',
    'Причиной отравления стала неисправность вытяжной вентиляции в доме.',
    'В доме не работала вытяжная вентиляция, а газовая колонка горела всю ночь.',
    'The vent was blocked and the gas heater ran all night.',
  ])('kept: %s', (text) => {
    expect(feats(text).combustion_appliance).toBe(true);
  });
});

describe('S3: a ravine\'s bottom, a fishing catch, a dropped barrel and a sea of smoke are no old munition found', () => {
  it.each([
    'Жёлтое облако поднялось со дна оврага, люди задыхались и кашляли.',
    'Рыбаки вернулись с уловом, а ночью упал снаряд, и люди задыхались и кашляли.',
    'Вертолёт сбросил военную бочку на квартал, люди задыхались и кашляли.',
    'انتشرت رائحة الكلور بعد سقوط البرميل وغرق الناس في قاع البحر من الدخان.',
  ])('near miss: %s', (text) => {
    expect(feats(text).old_munition_found).toBeFalsy();
  });
  it.each([
    'Рыбаки подняли со дна моря ржавую бочку, у них появились волдыри.',
    'Вместе с уловом рыбаки вытащили старый снаряд, через день на руках пошли волдыри.',
    'Водолазы подняли со дна ржавый снаряд.',
    'انتشل الصيادون قذيفة من قاع البحر وظهرت بثور على أيديهم.',
  ])('kept: %s', (text) => {
    expect(feats(text).old_munition_found).toBe(true);
  });
});

describe("S5: the soil's or the water's tests that came back clear are not the patients' (no_poisoning_signs)", () => {
  it.each([
    'The soil tests came back clear, but the villagers were vomiting and had pinpoint pupils.',
    'The water tests were clear, yet the children were vomiting.',
  ])('near miss: %s', (text) => {
    expect(feats(text).no_poisoning_signs).toBeFalsy();
  });
  it.each(['Her tests came back clear and she went home.', 'The tests came back clear, the doctor said.'])('kept: %s', (text) => {
    expect(feats(text).no_poisoning_signs).toBe(true);
  });
});

describe('S7: a nobody bounded to one family, with a contrast to the neighbours, is no no_casualties', () => {
  it.each([
    'В нашей семье никто не отравился, а у соседей были судороги, узкие зрачки и пена изо рта.',
    'Никто не заболел из соседей, но у нашей семьи были судороги и узкие зрачки.',
  ])('near miss: %s', (text) => {
    expect(feats(text).no_casualties).toBeFalsy();
  });
  it.each(['Никто не отравился, все живы.', 'После утечки никто не заболел.', 'В нашей семье никто не заболел.'])('kept: %s', (text) => {
    expect(feats(text).no_casualties).toBe(true);
  });
});
