/**
 * Session 27 (room agdev): the agent differential on the session's fresh development material (incidents dev-v28, paraphrases
 * dev-v20; docs/agent-differential.md §7.00054-agdev). Each mechanism with the sentences it must read and the near misses it must
 * not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads, run } from './helpers/agent-probe.js';

describe('a burning told of a part of the body is no petrol bomb (scene grammar, container x fuel)', () => {
  misses([
    ['My throat was burning. Someone handed me a bottle to rinse my mouth.', 'delivery_incendiary'],
    ['Her eyes kept burning, so she grabbed a bottle and washed them.', 'delivery_incendiary'],
    ['There was a burning sensation in my chest. I drank a whole bottle.', 'delivery_incendiary'],
    ['Глаза горящие, я взял бутылку с собой.', 'delivery_incendiary'],
  ]);
  reads([
    ['They threw a bottle with a burning rag at the door.', 'delivery_incendiary'],
    ['Someone filled a bottle with petrol and lit it.', 'delivery_incendiary'],
    ['He lit a bottle of kerosene and threw it. My eyes were burning.', 'delivery_incendiary'],
    ['رموا قنينة فيها بنزين على الباب.', 'delivery_incendiary'],
  ]);
});

describe('a dashed list closed by a word of absence reaches over its last, unread item', () => {
  it('Russian: signs, then a smell, then "— ничего такого"', () => {
    const f = feats('Тошнота прошла. Кашля, слёз, запаха — ничего такого.');
    expect(f.cough).toBe(false);
    expect(f.lacrimation).toBe(false);
  });
  it('English: "- nothing like that"', () => {
    const f = feats('Coughing, vomiting, a fever - nothing like that.');
    expect(f.cough).toBe(false);
    expect(f.vomiting).toBe(false);
  });
  it('Russian "— ничего." after two more items', () => {
    const f = feats('Рвоты, температуры, сыпи — ничего.');
    expect(f.vomiting).toBe(false);
  });
  it('a clause with its own verb in the list ends it: the sign stays', () => {
    const f = feats('He was coughing, his eyes burned, the doctors - nothing.');
    expect(f.cough).toBe(true);
    expect(f.burning_eyes).toBe(true);
  });
  it('"ничего" that opens a clause of its own is no absence', () => {
    const f = feats('Кашель, рвота, понос — ничего не помогало.');
    expect(f.cough).toBe(true);
    expect(f.vomiting).toBe(true);
  });
});

describe('the Levantine blister: balloons of water on the skin', () => {
  reads([
    ['بعد يومين طلع على ايدي نفاخات مي.', 'delayed_blisters'],
    ['جلده طلع عليه نفاخات ماي صغار.', 'delayed_blisters'],
    ['تاني يوم ظهرت على رقبته بالونات ماي.', 'delayed_blisters'],
  ]);
  misses([
    ['الولاد لعبوا بنفاخات ماي بالعيد.', 'delayed_blisters'],
    ['اشترينا نفاخات ملونة للحفلة.', 'delayed_blisters'],
    ['شربنا ماي باردة.', 'delayed_blisters'],
  ]);
});

describe('the struck-match compound with the nouns of a smell or taste', () => {
  reads([
    ['The cellar had a sharp struck-match bite to it.', 'odour_rotten_eggs'],
    ['There was a burnt-match tang in the air by the kiln.', 'odour_rotten_eggs'],
    ['A spent match taste stayed in my mouth.', 'odour_rotten_eggs'],
  ]);
  misses([
    ['He struck a match and lit the stove.', 'odour_rotten_eggs'],
    ['The match ended with a bite of disappointment.', 'odour_rotten_eggs'],
  ]);
});

describe('a spray attack in the gerund, and an animal repellent sprayed at people', () => {
  reads([
    ['A teenager was spraying passengers with pepper on the bus.', 'delivery_spray_face'],
    ['The robber kept spraying customers as he ran out.', 'delivery_spray_face'],
    ['She sprayed the man with a can of dog repellent.', 'delivery_spray_face'],
    ['He pulled out bear repellent and sprayed it in their faces.', 'delivery_spray_face'],
  ]);
  misses([
    ['Firefighters were spraying the workers with a fire hose to rinse them.', 'delivery_spray_face'],
    ['We put mosquito repellent on the children before the walk.', 'delivery_spray_face'],
    ['The farmer sprinkled dog repellent granules around the garden bed.', 'delivery_spray_face'],
  ]);
});

describe('nobody fell ill, in spoken Arabic', () => {
  reads([
    ['صار صوت قوي بس ما حدا تعب.', 'no_poisoning_signs'],
    ['انفجرت الانبوبة ومحدش تعب الحمد لله.', 'no_poisoning_signs'],
    ['ما حد منا مرض بعدها.', 'no_poisoning_signs'],
  ]);
  misses([
    ['محدش تعب غير أبويا، كان بيكح.', 'no_poisoning_signs'],
    ['ما حدث امس كان مخيفا.', 'no_poisoning_signs'],
  ]);
  it('a harmless bang with nobody ill leads with none', () => {
    expect(run('انفجر الكفر جنبنا، صوت وخضة، وما حدا تعب.').classes[0].id).toBe('none');
  });
});

describe('cleaning products mixed: the colloquial Russian verb and the Arabic verb of putting one onto another', () => {
  reads([
    ['Соседка намешала в тазу хлорку с порошком, чтобы отмыть плитку.', 'delivery_pool_pump'],
    ['Уборщица намешала средство для мытья полов с белизной.', 'delivery_pool_pump'],
    ['حطت الكلوركس على المنظف بالسطل عشان تنضف الحمام.', 'delivery_pool_pump'],
    ['صبت المبيض فوق منظف الحمام.', 'delivery_pool_pump'],
  ]);
  misses([
    ['Бабушка намешала тесто для пирогов.', 'delivery_pool_pump'],
    ['حطت الصحون على الطاولة.', 'delivery_pool_pump'],
    ['حطت المنظف في الخزانة.', 'delivery_pool_pump'],
  ]);
});

describe('the gas attack and Aleppo named in Arabic; the rubble in spoken Arabic', () => {
  reads([
    ['اسعفوا عشرات المصابين بعد هجوم بالغاز.', 'toxic_gas_alleged'],
    ['قتل خمسة في الهجوم بالغاز على البلدة.', 'toxic_gas_alleged'],
    ['سقطت قذيفة في حلب صباح اليوم.', 'syrian_war'],
    ['الناس طلعت من تحت الردم.', 'dust_debris'],
  ]);
  misses([
    ['حلب البقرة في الصباح.', 'syrian_war'],
    ['هجوم على الحاجز بالرصاص.', 'toxic_gas_alleged'],
  ]);
});

describe('a one-word Arabic term Snowball cuts to two letters meets only its own word (term matcher)', () => {
  misses([
    ['مرحبا بك في بيتنا.', 'lacrimation'],
    ['سكنا في شارع محرم بك.', 'lacrimation'],
  ]);
  reads([
    ['بكى الطفل من الغاز.', 'lacrimation'],
    ['الصغار بكوا طول الليل من حرقة العيون.', 'lacrimation'],
  ]);
});

describe("a store's barrel that wore through or leaked is no barrel bomb", () => {
  misses([
    ['На складе у ржавой бочки прохудилось дно, по полу растеклась жидкость.', 'delivery_cylinder'],
    ['An old barrel in the barn had rusted through and was leaking.', 'delivery_cylinder'],
    ['البرميل القديم مخروم وبيسرب سائل على الارض.', 'delivery_cylinder'],
  ]);
  reads([
    ['Вертолёт сбросил бочку, и из неё потёк жёлтый газ.', 'delivery_cylinder'],
    ['A helicopter dropped a barrel that leaked a green gas over the street.', 'delivery_cylinder'],
    ['Упала бочка, и пошёл газ.', 'delivery_cylinder'],
  ]);
});

describe('a burst pipe with steam or water and no chemical is the plumbing', () => {
  misses([
    ['A pipe burst under the gym floor and hot water and steam poured out.', 'delivery_industrial_leak'],
    ['The burst pipe flooded the corridor with water.', 'delivery_industrial_leak'],
  ]);
  reads([
    ['A pipe burst at the plant and ammonia vapour spread; water curtains were set up.', 'delivery_industrial_leak'],
    ['The pipe burst and a chlorine smell filled the hall.', 'delivery_industrial_leak'],
  ]);
  it('a school pipe burst with steam and nobody sick leads with none', () => {
    expect(run('A pipe burst in the school basement: steam, a bang, one boy scalded, nobody sick.').classes[0].id).toBe('none');
  });
});

describe('the spoken Arabic belly cramps written apart again (five terms had been run together)', () => {
  reads([
    ['الولاد بطونهم تلوي من الصبح.', 'diarrhoea_cramps'],
    ['بطني يلوي بعد الأكل.', 'diarrhoea_cramps'],
    ['بطنه يتلوى طول الليل.', 'diarrhoea_cramps'],
    ['بطني عم يوجعني كتير.', 'diarrhoea_cramps'],
    ['بعد الغدا بطننا يمغص.', 'diarrhoea_cramps'],
  ]);
  misses([
    ['القرار يسهل على الناس السفر.', 'diarrhoea_cramps'],
    ['بطني شبعان.', 'diarrhoea_cramps'],
  ]);
});

describe('the repellent pattern is not hidden by its prefilter', () => {
  reads([['He took a can of dog repellent and aimed it at her face.', 'delivery_spray_face']]);
});
