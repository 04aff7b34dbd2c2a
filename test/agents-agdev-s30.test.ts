/**
 * Session 30 (room agdev): reading that generalises to accounts written by other people (docs/agent-differential.md
 * §7.00057-agdev). Each mechanism with sentences it must read and near misses it must not, in every language it applies to.
 * Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

describe('the pupils’ size told as a predicate with words between (pupil-size.ts)', () => {
  reads([
    ['Her pupils had gone really small.', 'miosis'],
    ['The black of her eyes had shrunk to nothing.', 'miosis'],
    ['His pupils were tiny, like the point of a needle.', 'miosis'],
    ['Зрачки у него были как булавочные головки.', 'miosis'],
    ['У всех зрачки стали крошечные.', 'miosis'],
    ['حدقة العين ضاقت كتير', 'miosis'],
    ['نني عينه بقى صغير خالص', 'miosis'],
    ['His pupils were huge and black.', 'mydriasis'],
    ['Зрачки были огромные, во весь глаз.', 'mydriasis'],
    ['البؤبؤ كان واسع كتير', 'mydriasis'],
  ]);
  misses([
    ['The pupils were tiny, only five years old.', 'mydriasis'],
    ['The school pupils were big for their age.', 'mydriasis'],
    ['Pupils grew bigger every year at the school.', 'mydriasis'],
    ['Зрачки не сузились.', 'miosis'],
    ['حدقة العين ما ضاقت', 'miosis'],
  ]);
  it('a denied size stays unread or denied, large pupils deny the small', () => {
    expect(feats('Her pupils were not small at all.').miosis).toBeFalsy();
    expect(feats('Зрачки были огромные, во весь глаз.').miosis).toBe(false);
  });
});

describe('a body function told normal is the sign’s absence, not a recovery (normal-signs.ts)', () => {
  it('breathing and eyes told normal deny the sign', () => {
    for (const t of ['Breathing was fine the whole time.', 'He was breathing normally.', 'Дышал он нормально.', 'Дыхание было ровное.', 'نفسه كان طبيعي', 'كان يتنفس عادي']) {
      expect(feats(t).dyspnoea, t).toBe(false);
    }
    for (const t of ['My eyes were fine.', 'С глазами всё было в порядке.', 'عيوني كانت منيحة']) expect(feats(t).burning_eyes, t).toBe(false);
  });
  it('a function that became normal again is no denial; a sign told beside it stays', () => {
    for (const t of ['By evening he was breathing normally again.', 'He coughed for an hour, then his breathing was fine.', 'К вечеру дыхание стало ровное.', 'Потом он снова дышал нормально.', 'بعدين رجع يتنفس عادي', 'صار نفسه طبيعي بعد ساعة']) {
      expect(feats(t).dyspnoea, t).toBeUndefined();
    }
    expect(feats('My eyes were fine but I was coughing and couldn’t breathe.')).toMatchObject({ burning_eyes: false, cough: true, dyspnoea: true });
  });
});

describe('the latent interval told as time that passed or the earliest time a sign came (EN/RU/AR)', () => {
  reads([
    ['It wasn’t until the evening that her eyes started burning.', 'onset_delayed'],
    ['It took until the next day for the rash to appear.', 'onset_delayed'],
    ['Hours afterwards she started coughing up froth.', 'onset_delayed'],
    ['Прошло часа четыре, и глаза заболели.', 'onset_delayed'],
    ['Прошло несколько часов, прежде чем начался кашель.', 'onset_delayed'],
    ['Лишь на другие сутки появились волдыри.', 'onset_delayed'],
    ['Сначала ничего не было, а ночью пошли пузыри.', 'onset_delayed'],
    ['مرّت كم ساعة وبعدين بلش يكح', 'onset_delayed'],
    ['بعد نص نهار طلعت عليه فقاعات', 'onset_delayed'],
    ['ما صار شي لحتى الليل، بعدين طلعت الفقاعات', 'onset_delayed'],
    ['В ту же минуту его вырвало.', 'onset_fast'],
  ]);
  misses([
    ['Не прошло и часа, как он закашлялся.', 'onset_delayed'],
    ['ما مرت ساعة الا وصار يكح', 'onset_delayed'],
    ['He was in hospital for hours afterwards filling forms.', 'onset_delayed'],
    ['Прошло два дня с тех пор, как сказали в новостях.', 'onset_delayed'],
    ['В ту же минуту приехала полиция.', 'onset_fast'],
    ['Прошло часа четыре, и глаза заболели.', 'recovery_fresh_air'],
  ]);
});

describe('the weight on the chest as an image, blisters as bubbles filled with fluid (EN/RU/AR)', () => {
  reads([
    ['It felt like an elephant was sitting on my chest.', 'chest_tightness'],
    ['As if someone stood on his chest.', 'chest_tightness'],
    ['Как будто на грудь положили плиту.', 'chest_tightness'],
    ['Словно кто-то сел на грудь.', 'chest_tightness'],
    ['كأن في حجر على صدري', 'chest_tightness'],
    ['متل صخرة على صدري', 'chest_tightness'],
    ['Big bubbles of skin filled with yellow liquid came up on her arms.', 'delayed_blisters'],
    ['Появились водянки на руках.', 'delayed_blisters'],
    ['طلعت عليه نفاطات', 'delayed_blisters'],
    ['جلده نفّط', 'delayed_blisters'],
  ]);
  misses([
    ['He lay on the floor with the baby on his chest.', 'chest_tightness'],
    ['كان ابني نايم على صدري', 'chest_tightness'],
    ['كانت الطفلة نايمة على صدري', 'chest_tightness'],
    ['Sacks filled with water lined the road.', 'delayed_blisters'],
    ['سعر النفط ارتفع', 'delayed_blisters'],
  ]);
});

describe('a known illness named as the cause (epilepsy, a diabetic’s low sugar) is an everyday non-chemical cause (EN/RU/AR)', () => {
  reads([
    ['My brother had an epileptic fit on the metro; he missed his pill.', 'ordinary_accident'],
    ['У брата в метро эпилептический приступ, он с детства болеет.', 'ordinary_accident'],
    ['أخوي إجته نوبة صرع بالباص', 'ordinary_accident'],
    ['Her blood sugar dropped, she’s diabetic.', 'ordinary_accident'],
    ['У деда упал сахар, он диабетик.', 'ordinary_accident'],
  ]);
  misses([
    ['They were jerking like epileptics.', 'ordinary_accident'],
    ['Doctors first thought it was epilepsy.', 'ordinary_accident'],
    ['Дёргались, как при эпилепсии.', 'ordinary_accident'],
    ['كان يرجف كأنه صرع', 'ordinary_accident'],
    ['لقي مصرعه في القصف', 'ordinary_accident'],
    ['He has no epilepsy.', 'ordinary_accident'],
  ]);
});

describe('the breath one could not take or get, in any person (EN/AR)', () => {
  reads([
    ['She couldn\'t get any air in.', 'dyspnoea'],
    ['He could not get enough air.', 'dyspnoea'],
    ['ما قدرت آخد نفس', 'dyspnoea'],
    ['مش قادرة تاخد نفس', 'dyspnoea'],
  ]);
  misses([
    ['They couldn\'t get air tickets.', 'dyspnoea'],
    ['ما قدرت آخد نفس العدد من الحبوب', 'dyspnoea'],
  ]);
});
