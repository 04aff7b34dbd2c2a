/**
 * Session 19 (room fixag2): the review's over-reaches of rooms aginc and agru (notes review-s19 R5, R6, R7, R15, R16, R19,
 * R20, R21, R29; docs/agent-differential.md §7.00041-fixag2). Each test holds the reviewer's sentences (the wrong reading must
 * be gone) and the sentences the rule was written for (they must still read). Every sentence is the reviewer's or the
 * engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

describe('R5: a spray told in the active voice or people sprayed with an unknown substance (delivery_spray_face)', () => {
  it('does not read a firefighters\' water spray, a spray of water, a spray gun, or people sprayed from a plane', () => {
    for (const t of [
      'An ammonia line ruptured at the cold store. Firefighters used a water spray to knock down the vapour cloud. Workers nearby had burning eyes and coughing.',
      'He used a spray of water to rinse his eyes, which were burning after the gas.',
      'The painter used a spray gun in a closed room and felt dizzy with a headache.',
      'Villagers said they were sprayed with an unknown chemical by a plane flying low over their fields; many had headaches, nausea and itchy skin.',
    ])
      expect(feats(t), t).not.toMatchObject({ delivery_spray_face: true });
    expect(run('An ammonia line ruptured at the cold store. Firefighters used a water spray to knock down the vapour cloud. Workers nearby had burning eyes and coughing.').top.class).toBe('toxic-industrial');
  });
  it('still reads the hand-held spray the rule was written for', () => {
    for (const t of [
      'A pupil used a spray in the corridor during a fight and several classmates were taken to hospital.',
      'The man discharged a small spray inside the shop before running off.',
      'Several people had been sprayed with an unknown substance outside the station.',
      'Passengers were sprayed with a noxious liquid on the late train.',
      // the responders' exclusion holds only for the responders as the spray's user, not as the reporters
      'Firefighters said a teenager used a spray on the bus and several passengers had burning eyes.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
    expect(feats('Fire crews quickly deployed a spray curtain to contain the chlorine cloud; residents coughed.')).not.toMatchObject({ delivery_spray_face: true });
  });
});

describe('R6: ampoules and test tubes of a war gas (old_munition_found)', () => {
  it('does not read test tubes of samples sent to a laboratory, nor antidote ampoules', () => {
    for (const t of [
      'Пробирки с пробами почвы отправили в лабораторию для проверки на зарин и иприт. Жители жаловались на кашель и резь в глазах.',
      'أرسلت أنابيب اختبار تحوي عينات التربة إلى المختبر لفحص السارين والخردل. اشتكى السكان من السعال وحرقة العيون.',
      'Медики кололи пострадавшим атропин из ампул — антидот при отравлении зарином.',
      'وزع المسعفون قوارير الأتروبين المضاد لغاز السارين',
    ])
      expect(feats(t), t).not.toHaveProperty('old_munition_found');
    expect(run('Пробирки с пробами почвы отправили в лабораторию для проверки на зарин и иприт. Жители жаловались на кашель и резь в глазах.').top.class).not.toBe('blister');
  });
  it('still reads found boxes of ampoules with a war gas', () => {
    for (const t of [
      'Полицейские обнаружили коробку с ампулами, на которых были названия боевых отравляющих веществ.',
      'В коробке находились пробирки с названиями боевых газов, две были разбиты.',
      'На стройке нашли ящик с ампулами, в которых, по словам специалистов, был иприт.',
      'عثر عمال على صندوق فيه أمبولات تحمل أسماء غازات حربية.',
    ])
      expect(feats(t), t).toMatchObject({ old_munition_found: true });
  });
});

describe('R7: Russian брызнуть на людей (delivery_spray_face)', () => {
  it('does not read glass that splashed on passers-by', () => {
    const t = 'От взрыва осколки стекла брызнули на прохожих, несколько человек ранены.';
    expect(feats(t), t).not.toHaveProperty('delivery_spray_face');
    expect(run(t).top.class).not.toBe('riot-control');
  });
  it('still reads a spray aimed at people', () => {
    for (const t of ['Подросток распылил что-то на пассажиров в вагоне метро.', 'Неизвестный распылил содержимое баллончика в толпу.', 'Хулиган брызнул из баллончика на прохожих.'])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
  });
});

describe('R15: petrol poured on the target (delivery_incendiary)', () => {
  it('does not read petrol poured on coals or firewood to light a barbecue', () => {
    for (const t of ['При розжиге мангала мужчина полил угли бензином и получил ожоги лица и рук.', 'صب الرجل البنزين على الحطب لإشعال النار في الشواء فأصيب بحروق في وجهه ويديه.']) {
      expect(feats(t), t).not.toHaveProperty('delivery_incendiary');
      expect(run(t).top.class, t).toBe('none');
    }
  });
  it('still reads arson by the accelerant', () => {
    for (const t of ['Неизвестные облили дверь квартиры бензином.', 'قام مجهولون بسكب البنزين على واجهة المحل.', 'أضرم مجهولون النار في منزل بعد سكب البنزين على الباب.'])
      expect(feats(t), t).toMatchObject({ delivery_incendiary: true });
  });
});

describe('R16: the hot tub (delivery_pool_pump)', () => {
  it('does not read the venue alone', () => {
    for (const t of [
      'She felt dizzy and fainted after sitting too long in the hot tub at the hotel.',
      'Weeks after using the indoor hot tub every day, he developed a cough and shortness of breath.',
      'The guests used the hotel hot tub and later developed an itchy red rash on their skin.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_pool_pump');
    expect(run('She felt dizzy and fainted after sitting too long in the hot tub at the hotel.').top.class).not.toBe('choking');
  });
  it('reads a hot tub, spa pool or jacuzzi with its chemicals, odour or reaction near it', () => {
    for (const t of [
      'A smell of chemicals came from the spa pool.',
      'The jacuzzi was closed after a reaction.',
      'Moments after we stepped out of the hotel hot tub everything changed. We all started coughing. The smell of the pool disinfectant was strong.',
      'Two children may have been exposed to a chemical reaction in the hotel hot tub.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_pool_pump: true });
  });
});

describe('R19: the dead without injuries (deaths_without_injury)', () => {
  it('does not read the others who came out unhurt', () => {
    for (const t of ['В результате пожара один человек погиб, ещё трое эвакуированы без травм.', 'توفي شخص واحد في الحريق وخرج الباقون بدون إصابات.'])
      expect(feats(t), t).not.toHaveProperty('deaths_without_injury');
  });
  it('still reads the bodies without wounds', () => {
    for (const t of ['Тела погибших были без травм.', 'Погибшие — двое мужчин, их тела без повреждений.', 'عثر على جثث بدون جروح.'])
      expect(feats(t), t).toMatchObject({ deaths_without_injury: true });
  });
});

describe('R20: the smoke alarm (fire_smoke)', () => {
  it('does not read an alarm set off by a spray as a fire', () => {
    for (const t of [
      'Students sprayed deodorant in the classroom, setting off the smoke alarm; several felt dizzy and had headaches.',
      'Someone discharged a pepper spray in the hallway, which set off the smoke alarm. People coughed.',
    ])
      expect(feats(t), t).not.toHaveProperty('fire_smoke');
  });
  it('still reads the alarm of a home fire', () => {
    for (const t of ['Smoke alarms woke the family and they escaped through a window.', 'The smoke detector in the hall went off at 3 a.m.', 'A faulty spray heater caught fire and set off the smoke alarm.'])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
});

describe('R21: the fragment that hit (trauma_injuries)', () => {
  it('does not read a fragment that hit a roof', () => {
    expect(feats('Осколок снаряда попал в крышу школы, пострадавших нет. Люди жаловались на резкий запах хлора и кашель.')).not.toHaveProperty('trauma_injuries');
    expect(feats('Осколок задел машину, никто не пострадал.')).not.toHaveProperty('trauma_injuries');
  });
  it('reads a fragment that hit a person or a body part', () => {
    for (const t of ['Осколок попал ему в ногу.', 'Осколок снаряда задел мужчину.', 'Осколки попали в двоих прохожих.', 'Его ранило осколком.'])
      expect(feats(t), t).toMatchObject({ trauma_injuries: true });
  });
});

describe('R29: within the limits (no_agent_detected)', () => {
  it('does not read a leak that fell back, or another site beside an exceedance', () => {
    for (const t of [
      'На хладокомбинате произошла утечка аммиака, двое рабочих госпитализированы. К вечеру концентрация аммиака опустилась ниже ПДК.',
      'Утром в цехе концентрация хлора в десять раз превышала ПДК, двое рабочих кашляли; в соседнем цехе — в пределах ПДК.',
      'تسرب غاز الأمونيا من المصنع وأصيب عاملان، وبعد ساعات عادت التركيزات ضمن الحدود المسموح بها.',
    ])
      expect(feats(t), t).not.toHaveProperty('no_agent_detected');
  });
  it('still reads the official register of nothing above the limits', () => {
    for (const t of [
      'По данным МЧС, превышений предельно допустимых концентраций не зафиксировано.',
      'Концентрация вредных веществ в воздухе не превышает допустимых норм.',
      'Замеры показали, что концентрация хлора в пределах ПДК.',
      'وأظهرت القياسات أن النسب ضمن الحدود المسموح بها.',
    ])
      expect(feats(t), t).toMatchObject({ no_agent_detected: true });
  });
});
