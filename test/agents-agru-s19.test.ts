/**
 * Session 19 (room agru): Russian and Arabic incident accounts (docs/agent-differential.md §7.00041-agru). Every sentence is the
 * engineer's own; none is taken from an evaluation item. Each rule is probed with sentences that must fire and near-misses that
 * must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('the sewage works in Russian and Arabic (setting_wastewater_plant)', () => {
  it('reads the sewage treatment or pumping station', () => {
    for (const t of [
      'На канализационной насосной станции произошла утечка газа, трое рабочих отравились.',
      'Авария на канализационных очистных сооружениях: пострадали двое сотрудников.',
      'تسرب غاز في محطة الصرف الصحي وإصابة خمسة عمال بضيق التنفس.',
      'وقع الحادث في محطة معالجة مياه الصرف جنوب المدينة.',
    ])
      expect(feats(t), t).toMatchObject({ setting_wastewater_plant: true });
  });
  it('leaves the water works, and a sewer named without a station, to their own features', () => {
    for (const t of ['Утечка хлора на очистных сооружениях водоканала.', 'تسرب الكلور في محطة تحلية المياه.', 'Трое рабочих погибли в канализационном колодце.', 'وفاة عاملين داخل بيارة الصرف الصحي.'])
      expect(feats(t), t).not.toHaveProperty('setting_wastewater_plant');
  });
});

describe('a spray aimed at a group of people (AR رش ... على الطلاب, RU распылил ... на учеников)', () => {
  it('reads the hand-held spray aimed at people', () => {
    for (const t of [
      'قام شاب برش بخاخ على الركاب داخل الحافلة.',
      'رش أحدهم مادة على بعض المصلين في المسجد.',
      'بخت فتاة شيئاً على زميلاتها في الصف.',
      'Подросток распылил что-то на пассажиров в вагоне метро.',
      'Неизвестный распылил содержимое баллончика в толпу.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
  });
  it('does not read water, pesticide, disinfectant or birdshot sprayed on people', () => {
    for (const t of [
      'رش الأطفال الماء على المارة في العيد.',
      'رش العمال المبيد على المزارعين في الحقل.',
      'رشت الممرضة المعقم على الطلاب عند الباب.',
      'رش الجنود على المتظاهرين بالخرطوش.',
      'Дворник распылил воду на прохожих.',
      'Рабочие распыляли инсектицид на участке возле прохожих.',
      'Медсестра распылила антисептик на учеников у входа.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_spray_face');
  });
});

describe('a smoke or stink bomb is no munition in Russian and Arabic (delivery_shell_rocket)', () => {
  it('does not read a smoke, stink or water bomb as a shell', () => {
    for (const t of [
      'ألقى أحدهم قنبلة دخانية في الساحة وأصيب خمسة بالاختناق.',
      'فجّر الطلاب قنابل دخان ملونة في الحفل.',
      'Школьники взорвали дымовую бомбу в коридоре, пятеро надышались дымом.',
      'Кто-то бросил вонючую бомбу в зал.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_shell_rocket');
  });
  it('still reads a bomb, a shell and a cluster munition\'s bomblets', () => {
    for (const t of ['سقطت قنبلة على المنزل وانتشر الغاز.', 'Бомба упала на дом.', 'Самолёт сбросил кассету, и мелкие бомбочки разом вспыхнули.', 'سقطت قذيفة دخانية قرب المدرسة.'])
      expect(feats(t), t).toMatchObject({ delivery_shell_rocket: true });
  });
});

describe('the Arabic simile with the clitic ك ("كالألعاب النارية") keeps its ك (burning_particles)', () => {
  it('reads burning bits likened to fireworks or molten iron', () => {
    for (const t of ['كانت تتساقط كالألعاب النارية على الحي وتحرق كل شيء.', 'سقطت علينا كتل كالحديد المنصهر.', 'نزلت علينا مثل الألعاب النارية.'])
      expect(feats(t), t).toMatchObject({ burning_particles: true });
  });
  it('does not read fireworks or molten iron named as themselves', () => {
    for (const t of ['أشعل الطلاب الألعاب النارية خلال حفل التخرج.', 'انسكب الحديد المنصهر في المصنع وأصيب عاملان.'])
      expect(feats(t), t).not.toHaveProperty('burning_particles');
  });
});

describe('no one hurt is no death without wounds (RU обошлось без травм, AR لا توجد إصابات: deaths_without_injury)', () => {
  it('does not read the formula of no casualties as the dead without wounds', () => {
    for (const t of ['Обошлось без травм.', 'Погибших нет, обошлось без травм.', 'Пожар потушили быстро, все жильцы эвакуированы без травм.', 'لا توجد إصابات.', 'انتهى الحادث بدون إصابات.', 'وتمت السيطرة على التسرب دون إصابات.'])
      expect(feats(t), t).not.toHaveProperty('deaths_without_injury');
  });
  it('reads the dead or their bodies without wounds, and visible injuries absent', () => {
    for (const t of ['Тела погибших были без повреждений.', 'Двое погибли, на телах не было ран, тела без видимых повреждений.', 'Погибшие были без видимых травм.', 'جثث الضحايا بدون جروح.', 'توفي ثلاثة أشخاص دون إصابات ظاهرة.', 'وكانت الجثث بلا آثار لجروح.'])
      expect(feats(t), t).toMatchObject({ deaths_without_injury: true });
  });
});

describe('arson told by the accelerant poured on its target (RU облил бензином, AR سكب البنزين على: delivery_incendiary)', () => {
  it('reads fuel or a flammable liquid poured on a door, a car or a building', () => {
    for (const t of ['Неизвестный облил дверь бензином, дверь загорелась.', 'Мужчина облил машину легковоспламеняющейся жидкостью.', 'Злоумышленники полили крыльцо горючей жидкостью.', 'قام مجهولون بسكب البنزين على باب المنزل.', 'صب الرجل مادة سريعة الاشتعال على السيارة.'])
      expect(feats(t), t).toMatchObject({ delivery_incendiary: true });
  });
  it('does not read a spill, water, or fuel poured into a tank', () => {
    for (const t of ['Водитель разлил бензин на заправке.', 'Прохожие облили пострадавшего водой.', 'صب العامل الوقود في خزان المولد.', 'انسكب البنزين على الأرض بعد الحادث.'])
      expect(feats(t), t).not.toHaveProperty('delivery_incendiary');
  });
});

describe('"(не) вызывает опасений" is an evaluation of a condition, no generic "causes" (RU)', () => {
  it('keeps the signs told after the formula in its sentence', () => {
    expect(feats('Состояние не вызывает опасений, у детей тошнота и рвота.')).toMatchObject({ nausea: true, vomiting: true });
    expect(feats('Состояние двоих вызывает опасения у врачей, у них судороги.')).toMatchObject({ convulsions: true });
    expect(feats('Их состояние не вызывает тревоги, у всех кашель.')).toMatchObject({ cough: true });
  });
  it('still drops what an agent causes in general', () => {
    for (const t of ['Зарин вызывает судороги и сужение зрачков.', 'Хлор вызывает кашель и слезотечение.']) expect(feats(t), t).toEqual({});
  });
});

describe('the Russian fragment wound told with its verb (trauma_injuries)', () => {
  it('reads посекло осколками, ранило осколком, осколок задел / попал в', () => {
    for (const t of ['Двоих посекло осколками.', 'Мужчину ранило осколком в ногу.', 'Осколок задел водителя.', 'Осколок попал в ногу ребёнку.'])
      expect(feats(t), t).toMatchObject({ trauma_injuries: true });
  });
  it('does not read fragments found or broken glass lying about', () => {
    for (const t of ['На месте нашли осколки снаряда.', 'Окна разбиты, осколки стекла на полу.'])
      expect(feats(t), t).not.toHaveProperty('trauma_injuries');
  });
});

describe('the Arabic respiratory tract: irritation is the breathing sign, its passages no sewer, its burn no skin burn', () => {
  it('reads the irritation of the respiratory tract and its burn', () => {
    for (const t of ['ظهرت على المصابين أعراض تهيج في الجهاز التنفسي.', 'يعاني العمال من تهيج المجاري التنفسية.', 'أصيب ثلاثة بتهيج في المسالك الهوائية.'])
      expect(feats(t), t).toMatchObject({ dyspnoea: true });
    expect(feats('أصيب عامل بحروق في الجهاز التنفسي.')).toMatchObject({ throat_burning: true });
    expect(feats('أصيب عامل بحروق في الجهاز التنفسي.')).not.toHaveProperty('burns');
  });
  it('keeps the sewers and the burns of the skin', () => {
    expect(feats('يعاني العمال من تهيج المجاري التنفسية.')).not.toHaveProperty('delivery_industrial_leak');
    expect(feats('أصيب عامل بحروق في اليدين.')).toMatchObject({ burns: true });
    expect(feats('تسرب من المجاري في الحي وأصيب ثلاثة بالاختناق.')).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('glass ampoules or test tubes of a warfare agent found (old_munition_found: chemical agent identification sets)', () => {
  it('reads ampoules or test tubes with a warfare agent named in their sentence', () => {
    for (const t of [
      'Полицейские обнаружили коробку с ампулами, на которых были названия боевых отравляющих веществ.',
      'В коробке находились пробирки с названиями боевых газов, две были разбиты.',
      'На стройке нашли ящик с ампулами, в которых, по словам специалистов, был иприт.',
      'عثر عمال على صندوق فيه أمبولات تحمل أسماء غازات حربية.',
    ])
      expect(feats(t), t).toMatchObject({ old_munition_found: true });
    expect(feats('В коробке находились пробирки с названиями боевых газов.')).toMatchObject({ toxic_gas_alleged: true });
  });
  it('does not read a medicine ampoule, a syringe, a flask, or a war word without an agent', () => {
    for (const t of ['Медсестра сделала укол из ампулы.', 'Нашли ящик с ампулами неизвестного лекарства.', 'В квартире нашли флакон с отравляющим веществом.', 'Ему ввели атропин из ампулы шприцем после отравления зарином.'])
      expect(feats(t), t).not.toHaveProperty('old_munition_found');
    expect(feats('В ходе боевых действий повреждён газопровод, рабочие надышались газом.')).not.toHaveProperty('toxic_gas_alleged');
  });
});

describe('the official measuring register: nothing above the limits (no_agent_detected, RU/AR)', () => {
  it('reads the sanitary inspectorate\'s and civil defence\'s wording', () => {
    for (const t of [
      'По данным МЧС, превышений предельно допустимых концентраций не зафиксировано.',
      'Концентрация вредных веществ в воздухе не превышает допустимых норм.',
      'Специалисты взяли пробы: пробы воздуха в норме.',
      'أكد الدفاع المدني أن القياسات لم تسجل أي تركيز لمواد خطرة في الهواء.',
      'وأظهرت القياسات أن النسب ضمن الحدود المسموح بها.',
    ])
      expect(feats(t), t).toMatchObject({ no_agent_detected: true });
  });
  it('does not read an exceedance, or a patient\'s values within the norm', () => {
    for (const t of ['Концентрация аммиака превышала допустимые нормы в 5 раз.', 'Давление в пределах нормы, пульс учащён.', 'وتجاوزت نسبة الأمونيا الحدود المسموح بها بخمسة أضعاف.'])
      expect(feats(t), t).not.toHaveProperty('no_agent_detected');
  });
});
