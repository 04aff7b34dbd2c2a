/**
 * Session 21 (room aginc): incident reports and case series in their own register, English first, then Russian and Arabic
 * (docs/agent-differential.md §7.00043-aginc). Each rule with the sentences it must read and the near misses it must not.
 * Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

describe('pests and rodents as the object of a treatment or a killing verb (pesticide and fumigant application)', () => {
  it.each([
    ['The gas escaped from a cylinder used for pest control in the cellar.', 'pesticide_application'],
    ['The flat had been treated against pests the day before the children fell ill.', 'pesticide_application'],
    ['Pest controllers had sprayed the next-door apartment.', 'pesticide_application'],
    ['Газ, который применяют для борьбы с вредителями, проник в квартиры.', 'pesticide_application'],
    ['В подвале хранились средства от вредителей.', 'pesticide_application'],
    ['Накануне проводилась обработка от вредителей.', 'pesticide_application'],
    ['استخدم العامل مبيد الآفات داخل المخزن.', 'pesticide_application'],
    ['وصلت فرقة مكافحة الآفات إلى العمارة صباحاً.', 'pesticide_application'],
    ['Хозяин разбросал по дому препарат для уничтожения грызунов.', 'fumigant_application'],
    ['Отец решил вывести грызунов и рассыпал порошок.', 'fumigant_application'],
    ['They put down rodent bait in the kitchen.', 'fumigant_application'],
    ['He used tablets to get rid of rats in the grain store.', 'fumigant_application'],
    ['استعملت الأسرة مادة لإبادة القوارض في المطبخ.', 'fumigant_application'],
  ])('%s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
  it('a fumigant is a pesticide too', () => {
    expect(feats('В доме использовали препарат для уничтожения грызунов.').pesticide_application).toBe(true);
  });
  it.each([
    // the bare nouns name people as often as pests
    ['He called the informers rats and pests.', 'pesticide_application'],
    ['Вредители сорвали поставки, заявил депутат.', 'pesticide_application'],
    ['The rats ran across the yard at night.', 'fumigant_application'],
    ['В подвале бегали крысы.', 'fumigant_application'],
    ['شاهد السكان القوارض في الشارع.', 'fumigant_application'],
  ])('near miss: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeFalsy();
  });
  it('a family poisoned by a rodent product leads toxic-industrial, not nerve', () => {
    expect(run('Семья отравилась: в доме использовали препарат для уничтожения грызунов, трое детей скончались.').top.class).toBe('toxic-industrial');
  });
});

describe('an aerosol, fog, smoke or foam generator sprays; it is no combustion appliance', () => {
  it.each([
    'В подвале проводилась дезинсекция с использованием аэрозольного генератора.',
    'Дезинфектор включил генератор холодного тумана в подвале.',
    'Рабочие запустили генератор аэрозоля в складе.',
    'The crew ran a fog generator in the basement.',
    'A smoke generator was set off in the hall.',
  ])('%s', (text) => {
    expect(feats(text).combustion_appliance).toBeFalsy();
  });
  it.each([
    'В подвале работал бензиновый генератор, семья угорела.',
    'Генератор стоял в гараже и работал всю ночь.',
    'A generator was running in the basement all night.',
    'They brought the generator inside during the storm.',
  ])('near miss: %s', (text) => {
    expect(feats(text).combustion_appliance).toBe(true);
  });
});

describe('life support told in a report (intensive care, a ventilator, intubation, a coma) argues against mass psychogenic illness', () => {
  it.each([
    'Several workers were intubated and two remain in intensive care.',
    'Three patients were mechanically ventilated.',
    'One girl went into a coma.',
    'Мужчина в реанимации, дети в палате интенсивной терапии.',
    'Двое подключены к аппарату искусственного дыхания.',
    'نقل ثلاثة إلى العناية المركزة.',
    'وضع أحدهم على جهاز التنفس الصناعي.',
  ])('%s', (text) => {
    expect(feats(text).intensive_care).toBe(true);
  });
  it.each([
    ['Nobody needed intensive care.', false],
    ['None of the pupils required intubation.', false],
  ])('a denial reads it absent: %s', (text, v) => {
    expect(feats(text).intensive_care).toBe(v);
  });
  it.each([
    // the rescuers' breathing apparatus is no ventilator
    'Firefighters in breathing apparatus entered the building.',
    'Пожарные в дыхательных аппаратах вывели жильцов.',
    'دخل رجال الإطفاء بأجهزة التنفس.',
    // care that is not intensive
    'The children were given oxygen and observed in the ward.',
  ])('near miss: %s', (text) => {
    expect(feats(text).intensive_care).toBeFalsy();
  });
  it('a crop sprayer whose casualties fell into a coma and needed ventilation leads nerve, not the no-chemical class', () => {
    const r = run('After days of spraying the cotton, labourers came in dizzy and vomiting with blurred vision; some went into a coma and several needed ventilation.');
    expect(r.top.class).toBe('nerve');
  });
  it('the same dizziness and nausea in a school with nobody seriously ill still leaves the no-chemical class its share', () => {
    const withIcu = run('Pupils felt dizzy and nauseous after a smell in the classroom; two were intubated.').classes.find((c) => c.id === 'none')!.probability;
    const without = run('Pupils felt dizzy and nauseous after a smell in the classroom; all were sent home.').classes.find((c) => c.id === 'none')!.probability;
    expect(withIcu).toBeLessThan(without);
  });
});

describe('a burn told as chemical, acid, alkali or caustic is a corrosive burn, not the burns of a fire (chemical_burn)', () => {
  it.each([
    'Eight workers received chemical burns of varying degrees.',
    'The acid burns covered his arms.',
    'He suffered burns from the acid.',
    'Отец получил химический ожог рук.',
    'Химические ожоги получили восемь сотрудников.',
    'Он получил ожоги кислотой.',
    'أصيب العامل بحروق كيميائية في يديه.',
    'أصيب بحروق بالأسيد.',
    'At least sixty needed treatment for burns after coming into contact with the fluid.',
    'Рабочие получили ожоги при контакте с жидкостью.',
  ])('%s', (text) => {
    const f = feats(text);
    expect(f.chemical_burn).toBe(true);
    expect(f.burns).toBeFalsy();
  });
  it.each(['He had no chemical burns.', 'Нет химических ожогов.'])('a denied chemical burn is absent: %s', (text) => {
    expect(feats(text).chemical_burn).toBe(false);
  });
  it.each([
    'He suffered burns from the fire.',
    'He suffered burns on contact with the hot metal.',
    'Three workers suffered burns in the chemical plant fire.',
    'People were burned by the flames.',
    'Он получил ожоги в пожаре.',
    'أصيب بحروق جراء الحريق.',
  ])('near miss (the burns of a fire): %s', (text) => {
    const f = feats(text);
    expect(f.chemical_burn).toBeFalsy();
  });
  it('an acid spilled on a family leads toxic-industrial, not incendiary', () => {
    expect(run('Отец и сын разлили на себя сосуд с кислотой; отец получил химический ожог 70 процентов тела.').top.class).toBe('toxic-industrial');
  });
  it('a fire bomb that burned people still leads incendiary', () => {
    expect(run('He suffered burns when the fire bomb exploded over the market.').top.class).toBe('incendiary');
  });
});

describe('the examination found the pupils normal, or nothing at all (clinical register)', () => {
  it.each([
    'Pupils were equal and reactive.',
    'Pupils were equal, round and reactive to light.',
    'Pupils: PERRLA.',
    'Зрачки обычные, реагируют на свет.',
    'الحدقتان متساويتان ومتفاعلتان مع الضوء.',
  ])('miosis absent: %s', (text) => {
    expect(feats(text).miosis).toBe(false);
  });
  it.each([
    // equal alone says nothing of the size: miosis is equal too
    ['Pupils were equal and pinpoint.', true],
    ['His pupils were pinpoint and did not react to light.', true],
    ['Зрачки узкие, на свет не реагируют.', true],
  ])('near miss: %s', (text, v) => {
    expect(feats(text).miosis).toBe(v);
  });
  it.each([
    'Physical examination was unremarkable.',
    'All patients had normal examinations.',
    'There were no signs of poisoning in the evacuated residents.',
    'Признаков отравления не выявлено.',
    'الفحص السريري طبيعي لدى جميع الطلاب.',
    'لا توجد علامات تسمم على المصابين.',
  ])('no signs of poisoning: %s', (text) => {
    expect(feats(text).no_poisoning_signs).toBe(true);
  });
  it.each(['He was found with no signs of life.', 'Мужчину нашли без признаков жизни.', 'The examination room was cleared.'])('near miss: %s', (text) => {
    expect(feats(text).no_poisoning_signs).toBeFalsy();
  });
});

describe('the psychogenic outbreak in report register: stress, anxiety, hyperventilation, the weather, the spread, the conclusion', () => {
  it.each([
    ['Several girls were hyperventilating and crying.', 'panic'],
    ['Officials blamed the collapses on exam stress.', 'panic'],
    ['Врачи объяснили обмороки стрессом и духотой.', 'panic'],
    ['تساقط الطلاب بسبب التوتر الشديد.', 'panic'],
    ['The illness spread by sight from one classroom to the next.', 'spread_by_sight'],
    ['Investigators concluded it was mass sociogenic illness.', 'no_poisoning_signs'],
    ['مع ارتفاع درجة حرارة الطقس تساقط الطلاب.', 'heat_or_crowding'],
    ['Many fainted due to the heat.', 'heat_or_crowding'],
  ])('%s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
  it.each([
    ['The bridge was under stress from the heavy trucks.', 'panic'],
    // a rise in (body) temperature is a fever, not the weather
    ['أصيب الطفل بارتفاع درجة الحرارة والقيء.', 'heat_or_crowding'],
    ['The heat exchanger leaked ammonia.', 'heat_or_crowding'],
  ])('near miss: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeFalsy();
  });
  it('an exam hall whose fainting and fits are put down to the heat and stress leads the no-chemical class', () => {
    expect(run('مع ارتفاع درجة حرارة الطقس والتوتر الشديد أثناء الامتحان تساقط الطلاب، ووقعت حالات إغماء وتشنجات.').top.class).toBe('none');
  });
});

describe('an everyday fire told by its cause or its alarm (fire_cause_ordinary)', () => {
  it.each([
    'The fire was caused by faulty wiring.',
    'Investigators blamed a short circuit in the kitchen.',
    'Firefighters found cigarette butts by the sofa.',
    'A neighbour heard smoke alarms sounding and called the fire brigade.',
    'Причиной пожара стало короткое замыкание электропроводки.',
    'Благодаря сработавшей пожарной сигнализации людей эвакуировали.',
    'Пожар начался из-за неосторожного обращения с огнём.',
    'الحريق نشب بسبب تماس كهربائي.',
    'سقطت شمعة على الستائر فاشتعلت النار.',
  ])('%s', (text) => {
    expect(feats(text).fire_cause_ordinary).toBe(true);
  });
  it.each([
    // candles at a vigil, a fire alarm pulled to clear a school, an alarm that was not there
    'People lit candles at the memorial for the victims.',
    'A student pulled the fire alarm after the spray was released.',
    'The home had no smoke alarms.',
    'Сигнализация не сработала.',
  ])('near miss: %s', (text) => {
    expect(feats(text).fire_cause_ordinary).toBeUndefined();
  });
  it('a dormitory room fire with the alarm and a burned hand leads the no-chemical class, not incendiary', () => {
    expect(run('Утром загорелась одна из комнат общежития, этаж сильно задымило; благодаря сработавшей пожарной сигнализации людей эвакуировали, один студент получил ожоги руки.').top.class).toBe('none');
  });
  it('incendiary bombs still lead incendiary though the cables short-circuited', () => {
    expect(run('Incendiary bombs set the houses alight and the power cables short-circuited.').top.class).toBe('incendiary');
  });
});

describe('the report register names the police officers, deputies, a sheriff (crowd-control delivery needs a deploy word and a gas word)', () => {
  it.each([
    'Officers deployed CS gas inside the prison wing.',
    'Deputies fired pepper spray canisters at the crowd outside the jail.',
    'A SWAT team used gas to force the suspect out.',
  ])('%s', (text) => {
    expect(feats(text).delivery_police_canister).toBe(true);
  });
  it.each([
    'An officer was overcome by fumes when he entered the tank.',
    'Deputies evacuated the neighbourhood after the gas leak.',
    'Officers closed the road while the tanker leaked gas.',
  ])('near miss: %s', (text) => {
    expect(feats(text).delivery_police_canister).toBeFalsy();
  });
});

describe("firefighters' foam is no froth at the mouth", () => {
  it.each([
    'Firefighters covered the spill with foam and evacuated the block.',
    'Crews laid a foam blanket over the leaking acid.',
    'Fire crews applied firefighting foam to the tanker.',
    'Пожарные покрыли разлив пеной.',
    'Пожарные потушили возгорание пеной.',
    'غطى رجال الإطفاء التسرب بالرغوة.',
  ])('%s', (text) => {
    expect(feats(text).frothy_sputum).toBeFalsy();
  });
  it.each([
    'He had foam at the mouth.',
    'Firefighters found the driver unconscious with foam at his mouth.',
    'Пожарные вынесли мужчину, у него шла пена изо рта.',
    'وجد رجال الإطفاء المصابين والرغوة تخرج من أفواههم.',
    'Several casualties were foaming after the spill.',
  ])('near miss (the sign): %s', (text) => {
    expect(feats(text).frothy_sputum).toBe(true);
  });
});

describe('case-report adjectives: miotic, apnoeic; equal and pinpoint; the bag-valve mask and CPR', () => {
  it.each([
    ['Both patients were miotic and bradycardic.', 'miosis', true],
    ['None of the casualties were miotic.', 'miosis', false],
    ['Pupils were equal and pinpoint.', 'miosis', true],
    ['The patient was apnoeic on arrival.', 'dyspnoea', true],
    ['She stopped breathing in the ambulance.', 'dyspnoea', true],
    ['He required bag-valve-mask ventilation.', 'intensive_care', true],
    ['Medics performed CPR on two of them.', 'intensive_care', true],
  ])('%s', (text, feature, v) => {
    expect(feats(text)[feature]).toBe(v);
  });
  it.each([
    // a miotic is also a drug
    ['The drug is a miotic used in glaucoma.', 'miosis'],
    ['He was given miotic drops.', 'miosis'],
  ])('near miss: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeUndefined();
  });
});

describe('redness, rash and itching of the skin are skin_rash_itching only, not burning skin too (the label of each)', () => {
  it.each([
    'The skin was itching and reddened.',
    'Patients had skin redness and itching.',
    'Семеро жалуются на покраснения кожи.',
    'Зуд кожи у троих.',
    'يعاني المصابون من حكة في الجلد.',
    'احمرار في الجلد.',
  ])('%s', (text) => {
    const f = feats(text);
    expect(f.skin_rash_itching).toBe(true);
    expect(f.skin_burning).toBeUndefined();
  });
  it.each(['His skin was burning.', 'Жжение кожи.', 'حرقة في الجلد.', 'They complained of skin irritation.', 'Burning eyes, throats and skin.'])('near miss (burning skin): %s', (text) => {
    expect(feats(text).skin_burning).toBe(true);
  });
});

describe('a choking sensation is the throat\'s, not breathlessness (throat_burning\'s label)', () => {
  it.each([
    'Others had a choking, burning feeling in the throat.',
    'They described a choking sensation.',
    'Residents complained of choking sensations and coughing.',
  ])('%s', (text) => {
    const f = feats(text);
    expect(f.throat_burning).toBe(true);
    expect(f.dyspnoea).toBeUndefined();
  });
  it.each(['People were choking and gasping.', 'He was choking, feeling faint.', 'The children were choking on the smoke.'])('near miss (people choking): %s', (text) => {
    expect(feats(text).dyspnoea).toBe(true);
  });
});

describe('Arabic: someone sprayed an unknown substance in a classroom (the report register of a spray at people)', () => {
  it('reads the spray and the classroom', () => {
    const f = feats('رش طالب مادة مجهولة داخل الفصل فأصيب عدد من الطلاب بضيق تنفس.');
    expect(f.delivery_spray_face).toBe(true);
    expect(f.setting_school).toBe(true);
  });
  it.each([
    // a pesticide sprayed is the pesticide's application, not a spray at people
    ['رش المزارع مادة مبيدة على الحقل.', 'delivery_spray_face'],
    ['Someone sprayed pesticide in the corridor.', 'delivery_spray_face'],
    ['رش العمال مادة معقمة في الشوارع.', 'delivery_spray_face'],
    // الفصل alone is also a dismissal or a chapter
    ['تم فصل الموظف من العمل.', 'setting_school'],
  ])('near miss: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeUndefined();
  });
  it('the spray at a crowd in English is still read', () => {
    expect(feats('Someone sprayed a substance in the corridor.').delivery_spray_face).toBe(true);
  });
});
