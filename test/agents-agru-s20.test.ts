/**
 * Session 20 (room agru): Russian and Arabic lay accounts and incident reports (docs/agent-differential.md §7.00042-agru). Every
 * sentence is the engineer's own; none is taken from an evaluation item. Each rule is probed with sentences that must fire and
 * near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('a store is no industrial release (Arabic مستودع, as English warehouse and Russian склад)', () => {
  it('does not read a warehouse, a storeroom or an arms depot as a leaking plant', () => {
    for (const t of [
      'انفجر مستودع في الميناء وتضررت المباني المجاورة.',
      'اندلع حريق في بيت الدرج المستخدم مستودعاً للأثاث.',
      'عثرت القوات على مستودع لصواريخ أرض أرض.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_industrial_leak');
  });
  it('still reads a store of chemicals or gas, and a leak from a store', () => {
    for (const t of ['انفجر مستودع مواد كيميائية قرب الميناء.', 'اشتعلت النار في مستودع الغاز بالحي.', 'حدث تسرب من المستودع وأصيب عاملان.', 'تسرب الأمونيا من مستودع التبريد.'])
      expect(feats(t), t).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('an Arabic body part with و after a predicate opens a new clause inside a term (term-matcher.ts)', () => {
  it('reads the burning of the part that burns, not of the part told before it', () => {
    const f = feats('الناس كانوا يكحون، وعيونهم تسيل وحلوقهم تحرق.');
    expect(f).not.toHaveProperty('burning_eyes');
    expect(f).toMatchObject({ throat_burning: true, lacrimation: true });
    expect(feats('عيوني دمعت وزوري صار يحرق')).not.toHaveProperty('burning_eyes');
  });
  it('keeps a list of parts with one predicate, a و-verb, and the predicate joined to its own part', () => {
    expect(feats('عيونهم والحلق تحرق.')).toMatchObject({ burning_eyes: true, throat_burning: true });
    expect(feats('عيوني وأنفي وحلقي تحرقني.')).toMatchObject({ burning_eyes: true, throat_burning: true });
    expect(feats('عيونهم حمراء وتحرق.')).toMatchObject({ burning_eyes: true });
    expect(feats('وجهه أحمر ويقول يحرق يحرق')).toMatchObject({ skin_burning: true });
    expect(feats('عيونهم كانت تحرق من الغاز')).toMatchObject({ burning_eyes: true });
  });
  it('stops only at a body part: a و-noun of a list of things stays inside the gap', () => {
    expect(feats('اندلع حريق في مستودع للأثاث والمواد الكيماوية')).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('running eyes in Russian and Arabic (lacrimation)', () => {
  it('reads the eyes that run', () => {
    for (const t of ['Все кашляли, глаза текли.', 'У меня потекли глаза от дыма.', 'عيونهم تسيل من الغاز.', 'عيونه كانت تسيل دموع'])
      expect(feats(t), t).toMatchObject({ lacrimation: true });
  });
  it('does not read water or blood that runs, nor eyes that hurt', () => {
    for (const t of ['Вода текла из трубы, глаза болели.', 'سالت الدماء من عيونهم', 'Из крана текла вода.'])
      expect(feats(t), t).not.toHaveProperty('lacrimation');
  });
});

describe('white phosphorus told by a lay witness in Russian and Arabic: a burning particle stuck in the skin (burns), burning again out of the water (burning_particles)', () => {
  it('reads a burning particle that stuck to the skin', () => {
    for (const t of [
      'Горящий кусочек прилип к руке и дымился.',
      'Тлеющая крупинка въелась в кожу на плече.',
      'قطعة صغيرة مولعة لصقت بإيده وما عم تنطفي.',
      'حبات عم تدخن التصقت بجلد الولد.',
    ])
      expect(feats(t), t).toMatchObject({ burns: true });
  });
  it('does not read a stuck thing that is not burning, nor a burning thing that did not stick', () => {
    for (const t of ['Кусок стекла впился в руку.', 'Смола прилипла к рукам.', 'Горящая спичка упала на ковёр.', 'حبة علكة لصقت بإيده', 'علقت قطعة زجاج بيده', 'جمرة مولعة وقعت على السجادة'])
      expect(feats(t), t).not.toHaveProperty('burns');
  });
  it('reads the particle that glows or smokes again out of the water, whatever water was named before', () => {
    for (const t of [
      'Руку держали в воде, но стоило вынуть её из воды, как снова задымилось.',
      'حطوا رجله بالمي، وكل ما يطلعها من المي ترجع تدخن.',
      'كل ما نشيل إيده من المية بترجع تضوي.',
    ])
      expect(feats(t), t).toMatchObject({ burning_particles: true });
  });
  it('leaves the burning that came back in the shower or the wash, and a hand out of the water that only hurt', () => {
    for (const t of ['После душа кожа снова горела.', 'Он вынул руку из воды, и снова заболело.', 'بعد ما طلعت من المي رجعت تحرقني عيوني', 'غسلت وجهي بالمي ورجع يحرقني'])
      expect(feats(t), t).not.toHaveProperty('burning_particles');
  });
});

describe('windows and glass blown out in lay Russian and Arabic (powerful_blast)', () => {
  it('reads the glass or windows that flew out', () => {
    for (const t of ['Во всём квартале вылетели стёкла.', 'Рвануло так, что стёкла повылетали.', 'انفجر المخزن وطار كل قزاز الحارة.', 'بالانفجار طارت الشبابيك'])
      expect(feats(t), t).toMatchObject({ powerful_blast: true });
  });
  it('does not read birds flying out of a window, one pane broken by a stone, or a car flying off the road', () => {
    for (const t of ['Из окна вылетели птицы.', 'Машина вылетела на обочину.', 'تكسر زجاج السيارة بحجر', 'طار العصفور من الشباك'])
      expect(feats(t), t).not.toHaveProperty('powerful_blast');
  });
});

describe('the tests or the air found clean in lay Russian and Arabic (no_agent_detected)', () => {
  it('reads the air checked to zero, the instruments at zero, the tests clean', () => {
    for (const t of [
      'Спасатели проверили воздух — ноль.',
      'Приборы показали ноль.',
      'Анализы оказались чистые.',
      'التحاليل تاع الدم والماء نظاف.',
      'الفحوصات طلعت سليمة.',
      'التحاليل كلها منيحة.',
    ])
      expect(feats(t), t).toMatchObject({ no_agent_detected: true });
  });
  it('does not read a reading above zero, tests that were not clean, clean hands, or results of something else', () => {
    for (const t of ['Проверили воздух — 5 ПДК.', 'Анализы не чистые.', 'Его руки были чистые.', 'التحاليل ما كانت نظيفة', 'نتائج الانتخابات طبيعية', 'الفحص السريري أظهر حدقات ضيقة'])
      expect(feats(t), t).not.toHaveProperty('no_agent_detected');
  });
});

describe('the relative ما of the news formula (ما تسبب في, مما أدى إلى) opens no statement of absence', () => {
  it('does not read "which caused smoke / a smell" as no cloud or no smell', () => {
    const f = feats('أشعل الطلاب قنبلة دخانية، ما تسبب في انبعاث دخان كثيف.');
    expect(f).not.toHaveProperty('cloud_none');
    expect(feats('انكسر البرميل ما أدى إلى انبعاث ريحة قوية')).not.toHaveProperty('odour_none');
  });
  it('keeps the spoken "there is no smoke / smell", with or without كان', () => {
    expect(feats('ما في دخان')).toMatchObject({ cloud_none: true });
    expect(feats('ما كان في دخان ولا ريحة')).toMatchObject({ cloud_none: true, odour_none: true });
  });
});

describe('balls of fire, not one fireball (Russian огненные шары, burning_particles)', () => {
  it('reads balls of fire in the plural or the diminutive, and a fireball that fell from the sky', () => {
    for (const t of ['С неба падали огненные шары.', 'Огненные шарики сыпались на крыши.', 'Огненный шар упал с неба на поле.'])
      expect(feats(t), t).toMatchObject({ burning_particles: true });
  });
  it("does not read an explosion's one fireball", () => {
    for (const t of ['Ночью рванул трансформатор, огненный шар, чёрный дым.', 'Над цистерной поднялся огненный шар.'])
      expect(feats(t), t).not.toHaveProperty('burning_particles');
  });
});

describe('شرى (urticaria) is no part of بشرية (human) (skin_rash_itching)', () => {
  it('reads the hives as a word of their own', () => {
    for (const t of ['ظهر عليه شرى في جلده', 'طفح جلدي وشرى', 'أصيب بالشرى بعد التعرض', 'الشرى والحكة']) expect(feats(t), t).toMatchObject({ skin_rash_itching: true });
  });
  it('does not read human casualties, good news or an artery as a rash, nor deny one', () => {
    for (const t of ['لم يسفر الحادث عن خسائر بشرية', 'أسفر القصف عن إصابات بشرية', 'وصلتنا بشرى سارة', 'قطع في الشريان'])
      expect(feats(t), t).not.toHaveProperty('skin_rash_itching');
  });
});

describe('spoken Arabic drooling and the pupil become a dot (hypersalivation, miosis)', () => {
  it('reads the verb and noun of drooling with their persons and pronouns, and the pupil like a dot', () => {
    for (const t of ['الولد عم يريّل', 'ريّلت البنت', 'ريالته نازلة', 'ريالتو سايلة', 'في ريالة كتير']) expect(feats(t), t).toMatchObject({ hypersalivation: true });
    for (const t of ['بؤبؤ عيونه صار نقطة', 'الحدقة متل النقطة']) expect(feats(t), t).toMatchObject({ miosis: true });
  });
  it('does not read the riyal, a checkpoint or an eye drop', () => {
    for (const t of ['الريال السعودي', 'دفع مليون ريال', 'بعشرة ريالات']) expect(feats(t), t).not.toHaveProperty('hypersalivation');
    for (const t of ['نقطة تفتيش قرب المشفى', 'وضعوا نقطة في عينه']) expect(feats(t), t).not.toHaveProperty('miosis');
    expect(feats('ما في رجفة ولا ريالة')).toMatchObject({ hypersalivation: false });
  });
});

describe('Russian glass that fogs up is no sweating (запотеть)', () => {
  it('does not read glasses, a gas mask or windows that fogged', () => {
    for (const t of ['Очки запотели.', 'Стёкла противогаза запотели.', 'Окна запотели от пара.']) expect(feats(t), t).not.toHaveProperty('sweating');
  });
  it('keeps a person who sweated, beside fogged glasses too', () => {
    for (const t of ['Он весь запотел.', 'Все вспотели, пот градом.', 'Очки запотели, а сам он весь в поту.']) expect(feats(t), t).toMatchObject({ sweating: true });
  });
});

describe('the bodies an embalming fluid or a morgue preserves are no deaths', () => {
  it('does not read embalming or preserving the dead as deaths', () => {
    for (const t of ['بالمشرحة انكسر برميل من محلول حفظ الجثث.', 'تحنيط الجثث', 'В морге разбилась бутыль с раствором для бальзамирования трупов.'])
      expect(feats(t), t).not.toHaveProperty('deaths');
  });
  it('keeps the dead of the incident, taken to a morgue or named beside it', () => {
    for (const t of ['نقلت الجثث إلى ثلاجة المستشفى', 'لم يتم حفظ الجثث بعد، توفي خمسة أشخاص', 'В морг доставили тела погибших.'])
      expect(feats(t), t).toMatchObject({ deaths: true });
  });
});

describe('a time phrase before the signs easing times the course, not a delayed onset (RU/AR onset_delayed)', () => {
  it('does not read an easing or what was left as a late onset', () => {
    for (const t of ['فتحنا الشبابيك، وبعد ساعة ما بقى غير احمرار خفيف بالعيون.', 'وبعد ساعة خف السعال', 'Через час остались только красные глаза.', 'Через несколько часов полегчало.'])
      expect(feats(t), t).not.toHaveProperty('onset_delayed');
  });
  it('keeps signs that began late', () => {
    for (const t of ['بعد ساعة بلش السعال', 'Через час начался кашель.', 'На следующий день пошли пузыри.']) expect(feats(t), t).toMatchObject({ onset_delayed: true });
  });
});

describe('spoken Arabic twitching: muscles or flesh that dance or jump (fasciculations)', () => {
  it('reads the dancing or jumping muscle', () => {
    for (const t of ['لحمو بنط', 'لحمه عم يرقص', 'عضلاته عم ترقص']) expect(feats(t), t).toMatchObject({ fasciculations: true });
  });
  it('does not read people dancing or jumping', () => {
    for (const t of ['الناس عم ترقص بالعرس', 'رقصت البنت', 'نط الولد عن الحيط', 'اشترى لحم ونط عالسيارة']) expect(feats(t), t).not.toHaveProperty('fasciculations');
  });
});
