/**
 * Session 21 (fix room fixag1): the review's findings against room aginc (docs/review: R1-R6, R15-R17, R22, R25, R28, R33, R34,
 * R36, R39), the two rooms' one generator rule (R27) and the crowd x gas reading behind agkb's floor-test sentence (R19). Each
 * finding's failing sentence is a now-passing case here, beside a case that keeps the rule's intended positive
 * (docs/agent-differential.md §7.00043-fixag1). The sentences are the reviewer's and the engineer's own; none is an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

const top = (text: string) => run(text).top.class;

describe('R1-R3: rats and pests as people (a slur, saboteurs) are no pest control', () => {
  it.each([
    ['Government forces vowed to kill the rats hiding in the town, then the shells fell and people choked.', 'fumigant_application'],
    ['They said they would kill rats like us, then the gas came.', 'fumigant_application'],
    ['Мы прятались в подвале от крыс и от обстрела, потом почувствовали запах хлора.', 'fumigant_application'],
    ['Дети убегали от крыс в подвале, потом начался кашель.', 'fumigant_application'],
    ['Власти обещали очистить город от вредителей и предателей, а ночью упали снаряды с газом.', 'pesticide_application'],
    ['Диктор призывал к борьбе с вредителями и саботажниками.', 'pesticide_application'],
    ['وصف النظام المتظاهرين بالجرذان وتوعد بإبادة الحشرات.', 'pesticide_application'],
  ])('not read: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeFalsy();
  });
  it('the Russian chlorine account in a basement with rats leads choking again', () => {
    expect(top('Мы прятались в подвале от крыс и от обстрела, потом почувствовали запах хлора.')).toBe('choking');
  });
  it.each([
    ['The pest controller used rat poison and rodent bait in the basement to kill mice.', 'fumigant_application'],
    ['В подвале разложили средство от крыс, соседям стало плохо.', 'fumigant_application'],
    ['Соседи купили отраву от мышей и рассыпали её на кухне.', 'fumigant_application'],
    ['Квартиру обработали препаратом от вредителей, соседи жаловались на головную боль.', 'pesticide_application'],
    ['Газ, который применяют для борьбы с вредителями, проник в квартиры.', 'pesticide_application'],
  ])('kept, a product or treatment against them: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
});

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

describe('R5: a critical condition or life support of an economy or a ceasefire is no intensive care', () => {
  it.each([
    'Police fired tear gas at the crowd; the economy is in a critical condition, officials said.',
    'Police fired tear gas at protesters; the ceasefire is on life support.',
    'أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين وسط وضع حرج تعيشه البلاد.',
    'أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين وطالبوا بخطة الإنعاش الاقتصادي.',
    'Полиция применила слезоточивый газ против демонстрантов; экономика в критическом состоянии.',
  ])('%s', (text) => {
    expect(feats(text).intensive_care).toBeFalsy();
    expect(run(text).classes.find((c) => c.id === 'riot-control')!.probability).toBeGreaterThan(0.74);
  });
  it.each([
    'The child was in critical condition in hospital after the exposure; three others remain in critical condition.',
    'The patient was put on life support after the inhalation.',
    'Пострадавшие доставлены в критическом состоянии.',
    'نقل المصاب إلى المستشفى بحالة حرجة.',
    'وحالته حرجة في غرفة الإنعاش.',
  ])('kept, a patient: %s', (text) => {
    expect(feats(text).intensive_care).toBe(true);
  });
});

describe('R6: burns from the chemicals a weapon dropped are no corrosive burn', () => {
  it('the helicopters\' chemicals', () => {
    const f = feats('Doctors treated children with burns from the chemicals dropped by the helicopters; they were coughing.');
    expect(f.chemical_burn).toBeFalsy();
    expect(f.burns).toBe(true);
  });
  it('kept: burns from the chemicals in a tank', () => {
    expect(feats('Workers suffered burns from the chemicals in the tank.').chemical_burn).toBe(true);
  });
});

describe('R15: reacting to light is not size; equal and reactive denies miosis only with no small pupil in its sentence', () => {
  it.each([
    'On arrival he had pinpoint pupils reacting to light, bradycardia and copious secretions.',
    'Pupils: equal and reactive, 1 mm; he was drooling and twitching.',
  ])('nerve leads: %s', (text) => {
    expect(feats(text).miosis).not.toBe(false);
    expect(top(text)).toBe('nerve');
  });
  it('pinpoint pupils that react are still miosis', () => {
    expect(feats('On arrival he had pinpoint pupils reacting to light.').miosis).toBe(true);
    expect(feats('Зрачки узкие, реагируют на свет, обильное слюнотечение.').miosis).toBe(true);
  });
  it.each(['Pupils were equal and reactive.', 'Pupils were equal and reactive, 4 mm; no sweating.', 'Pupils: PERRLA.', 'Зрачки обычные.', 'الحدقتان متساويتان ومتفاعلتان مع الضوء.'])(
    'kept, miosis absent: %s',
    (text) => {
      expect(feats(text).miosis).toBe(false);
    },
  );
  it('reactivity alone denies nothing', () => {
    expect(feats('Pupils were reacting to light.').miosis).toBeUndefined();
    expect(feats('Зрачки реагируют на свет.').miosis).toBeUndefined();
  });
});

describe('R16, R17: a line of sight and a time of tension are no psychogenic spread or panic', () => {
  it.each([
    ['The helicopter was in line of sight of the village when it dropped the barrel; people felt dizzy and vomited.', 'spread_by_sight'],
    ['Witnesses had a direct line of sight to the impact point and saw a yellow cloud; many were coughing and choking.', 'spread_by_sight'],
    ['وسط التوتر الشديد بين البلدين، شعر السكان بدوخة وغثيان وضيق تنفس بعد سقوط القذيفة.', 'panic'],
    ['Amid anxiety attacks reported by officials about a possible strike, villagers fell dizzy and nauseous after a shell fell and a strange smell spread.', 'panic'],
    ['Many children suffer from anxiety since the sarin attack; they cough at night.', 'panic'],
    ['Жители до сих пор живут со стрессом после атаки: кашель, одышка.', 'panic'],
    ['يعاني الأطفال من التوتر بعد القصف الكيميائي ويسعلون.', 'panic'],
  ])('not read: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeFalsy();
  });
  it('the Arabic shell account leads choking again, the yellow cloud choking', () => {
    expect(top('وسط التوتر الشديد بين البلدين، شعر السكان بدوخة وغثيان وضيق تنفس بعد سقوط القذيفة.')).toBe('choking');
    expect(top('Witnesses had a direct line of sight to the impact point and saw a yellow cloud; many were coughing and choking.')).toBe('choking');
  });
  it.each([
    ['The illness spread by sight from one classroom to another.', 'spread_by_sight'],
    ['Girls fainted in the classroom; officials attributed it to anxiety and exam stress.', 'panic'],
    ['Врачи объяснили обмороки стрессом и духотой.', 'panic'],
    ['شعرت الطالبات بدوخة بسبب التوتر وضغط الامتحانات.', 'panic'],
  ])('kept: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
});

describe('R19: a gas that spread through a crowd names no police canister; a gas fired at a crowd does', () => {
  it('the s8 floor sentence', () => {
    const text = 'Gas spread through the crowd; dozens fainted and some had convulsions.';
    expect(feats(text).delivery_police_canister).toBeFalsy();
    expect(top(text)).toBe('nerve');
  });
  it('a gas drifting over a market crowd', () => {
    expect(feats('The gas drifted over the crowd at the market and people collapsed.').delivery_police_canister).toBeFalsy();
  });
  it.each([
    'Police fired gas into the crowd and people were coughing.',
    'They threw gas grenades at the crowd; eyes were streaming.',
    'Толпу разогнали газом, у людей слезились глаза.',
    'أطلقوا الغاز على الحشود وصار الناس يدمعون.',
    'Protesters were hit by gas at the rally.',
    'There was pushing in the crowd of shoppers, and the officer did a quick burst of spray into the air.',
  ])('kept: %s', (text) => {
    expect(feats(text).delivery_police_canister).toBe(true);
  });
});

describe('R22: wiring that burned, a siege candle, a candle knocked over by a shell are no ordinary cause of a fire', () => {
  it.each([
    'Ночью самолёт сбросил что-то горящее, дом загорелся, сгорела вся проводка, люди получили ожоги.',
    'ألقت الطائرة شيئا مشتعلا على البيت ليلا، واحترق التماس الكهربائي، وأصيب الناس بحروق.',
  ])('incendiary leads: %s', (text) => {
    expect(feats(text).fire_cause_ordinary).toBeFalsy();
    expect(top(text)).toBe('incendiary');
  });
  it.each([
    'كنا قاعدين بالقبو على ضو شمعة مشتعلة لأن الكهربا مقطوعة، وبعدين صار في ريحة كلور.',
    'We were sitting in the basement by a burning candle when the shell hit and we smelled chlorine.',
    'Свеча упала когда ударил снаряд, и пошёл запах хлора.',
  ])('not read: %s', (text) => {
    expect(feats(text).fire_cause_ordinary).toBeFalsy();
  });
  it.each([
    'The fire was caused by faulty wiring; smoke filled the flat and two neighbours coughed.',
    'Причиной пожара стала неисправная проводка, жильцы надышались дымом.',
    'Ночью загорелась проводка, в квартире было много дыма.',
    'اندلع الحريق بسبب التماس الكهربائي في الطابق الثاني واختنق شخصان.',
    'اندلع الحريق بسبب تماس كهربائي وأصيب السكان بضيق تنفس.',
  ])('kept: %s', (text) => {
    expect(feats(text).fire_cause_ordinary).toBe(true);
  });
});

describe('R25: an official who reports a gas use is no police actor', () => {
  it.each([
    'The UN liaison officer said the gas was used on civilians; victims were foaming at the mouth.',
    'The deputy governor said troops used gas against the town; residents had pinpoint pupils.',
    'The deputy minister said gas was used in the town; people were vomiting and had pinpoint pupils.',
  ])('%s', (text) => {
    expect(feats(text).delivery_police_canister).toBeFalsy();
    expect(top(text)).not.toBe('riot-control');
  });
  it.each(['Officers deployed CS gas inside the prison wing.', 'Police officers fired gas at the students.', 'Sheriff\'s deputies used pepper spray on the inmates, who were coughing.'])(
    'kept: %s',
    (text) => {
      expect(top(text)).toBe('riot-control');
    },
  );
});

describe('R28: the victims\' foam told by the civil defence or firefighters is froth; the foam they lay on a spill is not', () => {
  it.each([
    'قال الدفاع المدني إن المصابين ظهرت عليهم رغوة بيضاء وحالات اختناق بعد القصف.',
    'عناصر الدفاع المدني أسعفوا أطفالاً تخرج منهم الرغوة بعد سقوط البرميل.',
    'Спасатели и пожарные рассказали, что у пострадавших выступила пена, они задыхались.',
    'Firefighters who reached the building said the victims had white foam and were gasping.',
  ])('%s', (text) => {
    expect(feats(text).frothy_sputum).toBe(true);
    expect(top(text)).toBe('choking');
  });
  it.each(['Firefighters laid a foam blanket over the spill; two workers were coughing.', 'Пожарные покрыли разлив пеной, рабочие кашляли.', 'غطى رجال الإطفاء التسرب بالرغوة وأصيب عاملان بضيق تنفس.'])(
    'kept, no froth: %s',
    (text) => {
      expect(feats(text).frothy_sputum).toBeFalsy();
    },
  );
});

describe('R34: a choking feeling is relabelled the throat\'s, not dropped', () => {
  it('described a choking feeling', () => {
    const f = feats('Children described a choking feeling and fainted after the barrel bomb fell.');
    expect(f.throat_burning).toBe(true);
    expect(f.dyspnoea).toBeFalsy();
  });
  it('people choking stay breathless', () => {
    expect(feats('People were choking and coughing after the shell.').dyspnoea).toBe(true);
  });
});

describe('R36: an aircraft that sprayed an unknown substance over a town is no spray in the face', () => {
  it('the helicopter', () => {
    const text = 'رشت طائرة مروحية مادة مجهولة فوق البلدة، وأصيب الأهالي بضيق تنفس وتشنجات.';
    expect(feats(text).delivery_spray_face).toBeFalsy();
    expect(top(text)).not.toBe('riot-control');
  });
  it.each(['رشوا مادة مجهولة على الطلاب في الساحة وصاروا يسعلون.', 'رش شخص مادة مجهولة في وجهي وصارت عيوني تحرق.'])('kept: %s', (text) => {
    expect(feats(text).delivery_spray_face).toBe(true);
  });
});
