/**
 * Session 17 (room agru): Russian and Arabic incident accounts in the registers they come in (the emergency ministry's fire
 * reports, the police's and prosecutors' arson, the official denials of a leak, Arabic civil-defence and news wording), read
 * from the development misses (docs/agent-differential.md §7.00039-agru). Every sentence is the engineer's own; none is taken
 * from an evaluation item. Each rule is probed with variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('the official postposed denial of an event ("Утечки не произошло", "не допущено")', () => {
  it('denies the leak it follows', () => {
    for (const t of ['Утечки вещества не произошло.', 'Утечки аммиака не допущено, пострадавших нет.', 'Выброса в атмосферу не случилось, утечки не произошло.'])
      expect(feats(t), t).not.toHaveProperty('delivery_industrial_leak');
  });
  it('leaves a leak that happened asserted', () => {
    for (const t of ['Произошла утечка аммиака, пострадали трое рабочих.', 'Утечка произошла ночью на складе.'])
      expect(feats(t), t).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('the fire service\'s words for a flat or house fire (fire_smoke)', () => {
  it('reads smoke coming out of a flat or window and furniture burning', () => {
    for (const t of [
      'Из окон квартиры валил дым, соседи вызвали пожарных.',
      'Дым шёл из подъезда, жильцов эвакуировали.',
      'В комнате горела мебель, жильцы выбежали на лестницу.',
    ])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
  it('does not read a smoker, a denied fire, or the extinguishing alone (an arson is put out too)', () => {
    for (const t of ['Он курил на балконе, соседи жаловались на запах.', 'Дыма и огня не было.', 'К тушению привлекались 20 человек личного состава.', 'После разрыва снаряда шёл белый дым.'])
      expect(feats(t), t).not.toMatchObject({ fire_smoke: true });
  });
});

describe('people brought out into the fresh air are rescued, not relieved (recovery_fresh_air)', () => {
  it('drops the fresh air after a verb of bringing out (RU/AR)', () => {
    for (const t of ['Спасатели вывели троих жильцов на свежий воздух.', 'Пожарные вынесли мужчину на свежий воздух и передали медикам.', 'قامت فرق الإنقاذ بإخراج السكان إلى الهواء الطلق.', 'تم نقل المصابين إلى الهواء الطلق.'])
      expect(feats(t), t).not.toHaveProperty('recovery_fresh_air');
  });
  it('keeps relief in the fresh air', () => {
    for (const t of ['На свежем воздухе всё прошло за полчаса.', 'Мы вышли на свежий воздух, и стало легче.', 'خرجنا إلى الهواء الطلق فتحسنا بسرعة.'])
      expect(feats(t), t).toMatchObject({ recovery_fresh_air: true });
  });
});

describe('deliberate arson and a thrown bottle that set a fire (delivery_incendiary)', () => {
  it('reads the police\'s and prosecutors\' Russian and the Arabic news register', () => {
    for (const t of [
      'Неизвестный поджёг автомобиль во дворе.',
      'Пожар возник в результате умышленного поджога.',
      'Мужчина пытался поджечь здание администрации.',
      'Злоумышленник бросил бутылку в окно, после чего начался пожар.',
      'أضرم مجهولون النار في سيارة أمام المنزل.',
      'أشعل شاب النيران في محل تجاري.',
      'حاول مستوطنون إحراق منزل العائلة.',
      'رشق مجهولون زجاجة على المنزل فاشتعلت النيران في الباب.',
      'ألقيت زجاجتان حارقتان على الحافلة.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_incendiary: true });
  });
  it('does not read burning tyres, a fire lit for warmth, or a bottle with no fire', () => {
    for (const t of ['Протестующие подожгли покрышки у здания.', 'أحرق المتظاهرون الإطارات في الشارع.', 'أشعلوا الفحم داخل الغرفة للتدفئة.', 'Он бросил пустую бутылку в урну.', 'رمى زجاجة ماء على الأرض.'])
      expect(feats(t), t).not.toHaveProperty('delivery_incendiary');
  });
});

describe('one pupil is a person, not the school; a person who poured something out is no spill', () => {
  it('reads the school from pupils together, not from one pupil', () => {
    expect(feats('Школьники почувствовали резкий запах.')).toMatchObject({ setting_school: true });
    for (const t of ['Школьница облила дверь бензином.', 'Школьник принёс баллончик в торговый центр.']) expect(feats(t), t).not.toHaveProperty('setting_school');
  });
  it('reads a spill, not a person pouring', () => {
    for (const t of ['На складе разлилась кислота.', 'Произошёл разлив нефтепродуктов.', 'На полу обнаружена разлитая ртуть.'])
      expect(feats(t), t).toMatchObject({ delivery_industrial_leak: true });
    for (const t of ['Она разлила бензин по полу и ушла.', 'Он разлил воду.']) expect(feats(t), t).not.toHaveProperty('delivery_industrial_leak');
  });
});

describe('tablets that gave off vapour are a fumigant (fumigant_application)', () => {
  it('reads tablets with their fumes in one or two sentences (EN/RU/AR)', () => {
    for (const t of ['Соседка разложила в квартире таблетки. Ядовитые пары проникли через вентиляцию.', 'He put tablets under the floor and the fumes reached the flat above.', 'وضع أقراصا في المخزن، وتسربت أبخرتها إلى الشقة المجاورة.'])
      expect(feats(t), t).toMatchObject({ fumigant_application: true });
  });
  it('does not read medicine tablets, or tablets with no fumes', () => {
    for (const t of ['Ему дали таблетки от головной боли.', 'She took two tablets and went to bed.']) expect(feats(t), t).not.toHaveProperty('fumigant_application');
  });
});

describe('Arabic civil-defence and news wording: an engine\'s exhaust, a person who sprayed gas', () => {
  it('reads the bare exhaust of an engine named in its sentence or the one before as enclosed combustion', () => {
    for (const t of ['كان العمال يشغلون مولدا يعمل بالديزل داخل القبو، وتسبب العادم في وفاة اثنين.', 'استخدموا مضخة تعمل بالبنزين داخل البئر. وأدى العادم إلى اختناقهم.'])
      expect(feats(t), t).toMatchObject({ combustion_appliance: true });
  });
  it('does not read an exhaust with no engine, or on a road', () => {
    for (const t of ['تم فحص العادم في الورشة.', 'محرك السيارة كان يعمل في الشارع وخرج العادم في الطريق.']) expect(feats(t), t).not.toHaveProperty('combustion_appliance');
  });
  it('reads a person who sprayed people with gas as the hand-held spray', () => {
    for (const t of ['قام شاب برشهم بالغاز داخل المتجر.', 'رشوا الغاز على المصلين عند باب المسجد.', 'رشه بالغاز في وجهه وهرب.'])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
  });
  it('does not read a farmer spraying a field or a pesticide', () => {
    for (const t of ['رش المزارع الغاز في الحقل لمكافحة الحشرات.', 'رش الغاز على المحصول في البستان.']) expect(feats(t), t).not.toHaveProperty('delivery_spray_face');
  });
});

describe('the ton container of the water works (delivery_pool_pump)', () => {
  it('reads a one- or two-ton cylinder as the water works\' chlorine supply', () => {
    for (const t of ['عالجت فرق الدفاع المدني تسربا من اسطوانة سعة طن في المشروع.', 'تسرب الغاز من اسطوانة سعة طنين.'])
      expect(feats(t), t).toMatchObject({ delivery_pool_pump: true });
  });
  it('does not read a household gas cylinder or ringing in the ears', () => {
    for (const t of ['انفجرت اسطوانة غاز الطبخ في المطبخ.', 'شعر بطنين في الأذن بعد الانفجار.']) expect(feats(t), t).not.toHaveProperty('delivery_pool_pump');
  });
});
