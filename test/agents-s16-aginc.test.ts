/**
 * Session 16 (room aginc): settings as cited base rates and reading defects found in development incident misses
 * (docs/agent-differential.md §7.00037-aginc). Every sentence is the engineer's own; none is taken from an evaluation
 * item. Each rule is probed with variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('water treatment in its other words is the water works (delivery_pool_pump)', () => {
  it('reads purification, filtration and desalination plants in EN/RU/AR', () => {
    for (const t of [
      'A leak at the municipal water purification plant left nine people coughing.',
      'A cylinder leaked at the water filtration plant; workers were treated.',
      'На станции водоподготовки произошла утечка газа, пятеро рабочих госпитализированы.',
      'تسرب غاز في محطة معالجة المياه أدى إلى إصابة خمسة عمال.',
      'تسرب غاز في محطة تحلية المياه أدى إلى إصابة خمسة عمال.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_pool_pump: true });
  });
  it('does not read the agent named, nor a sewage plant or a plant of another kind, as the water works', () => {
    for (const t of ['Chlorine gas leaked from a tank car; residents coughed.', 'A gas leak at the sewage treatment plant sent workers to hospital.', 'A gas leak at the paper mill sent workers to hospital.'])
      expect(feats(t), t).not.toHaveProperty('delivery_pool_pump');
  });
});

describe('the plants that run ammonia refrigeration (refrigeration_plant)', () => {
  it('reads ice factories, dairies, breweries, fish plants in EN/RU/AR', () => {
    for (const t of [
      'A pipe burst at the ice factory and workers fled coughing.',
      'Ammonia-like fumes filled the brewery after a valve failed.',
      'A fitting on the freezer plant let go at the fish processing line.',
      'На хладокомбинате произошла утечка газа.',
      'На рыбокомбинате произошла утечка газа.',
      'تسرب غاز في مصنع الثلج أدى إلى إصابة خمسة عمال.',
      'تسرب غاز في معمل الألبان أدى إلى إصابة العمال.',
    ])
      expect(feats(t), t).toMatchObject({ refrigeration_plant: true });
  });
  it('does not read dairy products or ice alone as a plant', () => {
    for (const t of ['They had eaten dairy products at lunch.', 'Ice covered the road and two cars crashed.'])
      expect(feats(t), t).not.toHaveProperty('refrigeration_plant');
  });
});

describe('a rising gas needs a gas, cloud or vapour as its subject, and not a cloud over a place', () => {
  it('does not read a rising toll, a man on the stairs or a cloud rising over a place', () => {
    for (const t of [
      'ارتفع عدد المصابين إلى خمسين، وعانوا من ضيق التنفس.',
      'ارتفعت حصيلة القتلى إلى عشرين.',
      'Он поднимался по лестнице, когда почувствовал резкий запах.',
      'Число пострадавших поднималось с каждым часом.',
      'Над полями поднялось густое облако белого дыма.',
      'A yellowish-green cloud rose over the plant and drifted across the town.',
      'ارتفعت سحابة صفراء فوق المصنع.',
      'اللي طلعوا لفوق عاشوا.',
    ])
      expect(feats(t), t).not.toHaveProperty('rising_gas');
  });
  it('still reads a gas, cloud or vapour that rose (EN/RU/AR)', () => {
    // (s16 agcov: 'Белый пар поднимался от цистерны' moved to test/agents-s16-agcov.test.ts as a vapour that rose from its
    // source, which says where it came from, not that it stayed aloft)
    for (const t of ['Из цистерны шло облако, которое поднималось вверх.', 'الغاز ارتفع للأعلى ولم يصل إلينا.', 'The cloud rose into the sky and thinned.', 'The gas rose and did not settle.'])
      expect(feats(t), t).toMatchObject({ rising_gas: true });
  });
});

describe('термит in its own forms, not every word on the stem терм', () => {
  it('does not read thermal burns, a terminal, a thermometer or a thermal inhalation injury as incendiary munitions', () => {
    for (const t of ['Мужчина получил термические ожоги рук.', 'На терминале произошла утечка.', 'Термометр разбился.', 'Госпитализирован с диагнозом «термоингаляционная травма».'])
      expect(feats(t), t).not.toHaveProperty('delivery_incendiary');
  });
  it('still reads thermite', () => {
    for (const t of ['Самолёт сбросил термитные бомбы на лес.', 'Дроны с термитом подожгли лес.', 'Горел термит.'])
      expect(feats(t), t).toMatchObject({ delivery_incendiary: true });
  });
});

describe('household fires in the fire service words and everyday causes (fire_smoke)', () => {
  it('reads kitchen, stove and stairwell fires, a structure fully involved, a short circuit (EN/RU/AR)', () => {
    for (const t of [
      'Firefighters found flames on the stove in the kitchen.',
      'Crews found the stairwell fully involved.',
      'A kitchen fire spread to the living room.',
      'The fire was caused by a short circuit.',
      'Произошло загорание имущества в кухне.',
      'Комната была сильно закопчена.',
      'Причина пожара — короткое замыкание.',
      'Госпитализирован с диагнозом «термоингаляционная травма».',
      'شب حريق في المطبخ بسبب ماس كهربائي.',
    ])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
  it('does not read a thing charred or burnt out as a burn injury, and still reads a person burnt', () => {
    for (const t of ['Обстановка обгорела на половине площади.', 'В результате пожара сгорел автомобиль.', 'Квартира полностью выгорела.'])
      expect(feats(t), t).not.toHaveProperty('burns');
    expect(feats('Мужчина сильно обгорел и был госпитализирован.')).toMatchObject({ burns: true });
  });
  it('reads гарь as the smell of burning, not the garage', () => {
    expect(feats('Запаха химии не было, только гарь.')).toMatchObject({ odour_burning: true });
    expect(feats('Запаха химии не было, только гарь.')).not.toHaveProperty('odour_none');
    expect(feats('Машину оставили в гараже.')).not.toHaveProperty('odour_burning');
  });
});

describe('an Arabic household water tank is no industrial leak', () => {
  it('does not read a water tank, or the tank mentioned after it, as a leaking tank', () => {
    expect(feats('القذيفة نزلت بالحوش يم خزان المي، وأمي غسلت الصحون من الخزان.')).not.toHaveProperty('delivery_industrial_leak');
    expect(feats('أصابت القذيفة خزان المياه على السطح.')).not.toHaveProperty('delivery_industrial_leak');
  });
  it('still reads a tank at a plant', () => {
    expect(feats('تسرب الغاز من خزان في المصنع.')).toMatchObject({ delivery_industrial_leak: true });
    expect(feats('انفجر خزان الأمونيا.')).toMatchObject({ delivery_industrial_leak: true });
  });
  it('does not read a shell coming down by a tank as someone entering it', () => {
    expect(feats('نزلت القذيفة قرب الخزان.')).not.toHaveProperty('confined_space');
    expect(feats('نزل العمال إلى الخزان لتنظيفه فسقطوا مغمى عليهم.')).toMatchObject({ confined_space: true });
  });
});

describe('a negated verb of getting out leaves its place asserted', () => {
  it('reads the place present (EN/RU/AR)', () => {
    expect(feats('Двое мужчин не смогли выбраться из выгребной ямы и задохнулись.')).toMatchObject({ confined_space: true });
    expect(feats('لم يتمكن العاملان من الخروج من البئر واختنقا.')).toMatchObject({ confined_space: true });
    expect(feats('Nobody could get out of the smoke-filled stairwell.')).toMatchObject({ fire_smoke: true });
  });
  it('still denies what a negation names', () => {
    expect(feats('They did not get out of the car and did not cough.')).toMatchObject({ cough: false });
    expect(feats('There was no manhole nearby, and no one coughed.')).not.toMatchObject({ confined_space: true });
  });
});

describe('glowing bits falling, and fire said of the eyes', () => {
  it('reads glowing bits and what they touched catching fire as burning particles (EN/RU/AR)', () => {
    for (const t of ['Glowing bits rained on the roofs and lit everything they touched.', 'حبّات عم تضوي نازلة عالسطوح.', 'Светящиеся куски падали на крыши.'])
      expect(feats(t), t).toMatchObject({ burning_particles: true });
    expect(feats('The glowing embers of the campfire kept us warm.')).not.toHaveProperty('burning_particles');
  });
  it('reads eyes on fire as burning eyes, not a fire, and still reads the houses on fire', () => {
    const f = feats('رموا القنابل، عيوننا ولّعت.');
    expect(f).toMatchObject({ burning_eyes: true });
    expect(f).not.toHaveProperty('fire_smoke');
    expect(feats('البيوت ولعت وعيوننا ولعت من الدخان.')).toMatchObject({ fire_smoke: true, burning_eyes: true });
  });
});
