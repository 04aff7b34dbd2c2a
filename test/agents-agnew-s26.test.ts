/**
 * Session 26 (room agnew): the agent differential on the session's fresh development material (incidents dev-v27,
 * paraphrases dev-v19; docs/agent-differential.md §7.00052-agnew). Each rule with the sentences it must read and the near
 * misses it must not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { misses, reads, run } from './helpers/agent-probe.js';

describe('a munition burning with a white flame is an incendiary', () => {
  reads([
    ['Ночью сбросили бомбы, они горели ярко белым огнём на крышах.', 'delivery_incendiary'],
    ['По посёлку выпустили снаряды, которые горят белым пламенем.', 'delivery_incendiary'],
    ['The shells burst over the village and burned with a blinding white light.', 'delivery_incendiary'],
    ['Bombs fell on the market and burned with white flames for minutes.', 'delivery_incendiary'],
    ['سقطت قذائف على الحي وكانت تشتعل بلهب أبيض.', 'delivery_incendiary'],
  ]);
  misses([
    ['Магниевая стружка на заводе горела ярко белым пламенем.', 'delivery_incendiary'],
    ['The welder\'s arc glowed with a white light in the workshop.', 'delivery_incendiary'],
    ['The bonfire burned with a white flame by the lake.', 'delivery_incendiary'],
    ['احترق المستودع بلهب أبيض بعد تسرب الغاز.', 'delivery_incendiary'],
    ['Снаряды не горели, белого пламени никто не видел.', 'delivery_incendiary'],
  ]);
});

describe('fire that sticks and cannot be put out, told together', () => {
  reads([
    ['Огонь прилипал к стенам, и его было не потушить.', 'delivery_incendiary'],
    ['It stuck to the tents and nobody could put it out.', 'delivery_incendiary'],
    ['النار بتلزق عالخيم وما بتنطفي.', 'delivery_incendiary'],
  ]);
  misses([
    ['Грязь прилипала к сапогам.', 'delivery_incendiary'],
    ['Пожар в складе долго не могли потушить.', 'delivery_incendiary'],
    ['The label stuck to the jar.', 'delivery_incendiary'],
    ['The warehouse fire could not be put out for hours.', 'delivery_incendiary'],
  ]);
});

describe('burning stuff poured or falling from the sky', () => {
  reads([
    ['Сыпалось горящее прямо на дома.', 'burning_particles'],
    ['С неба падало горящее, дома загорались.', 'burning_particles'],
    ['Burning stuff rained down from the sky on the camp.', 'burning_particles'],
    ['نزلت مواد مشتعلة من السما على البيوت.', 'burning_particles'],
  ]);
  misses([
    ['Горящие балки падали с крыши дома.', 'burning_particles'],
    ['Burning debris fell from the roof of the house.', 'burning_particles'],
    ['Падало горящее дерево прямо на дорогу.', 'burning_particles'],
  ]);
});

describe('the simile of burnt matches is the sulphur smell', () => {
  reads([
    ['The air tasted sour, like burnt matches.', 'odour_rotten_eggs'],
    ['Во рту было горько, как от жжёных спичек.', 'odour_rotten_eggs'],
    ['الهوا طعمه مثل الكبريت المحروق.', 'odour_rotten_eggs'],
  ]);
  misses([
    ['The huts went up like matches.', 'odour_rotten_eggs'],
    ['Дома сгорели как спички.', 'odour_rotten_eggs'],
    ['He burned the old matches in the stove.', 'odour_rotten_eggs'],
  ]);
});

describe('a barrel of water or sand is no barrel bomb', () => {
  misses([
    ['Бомбочки бросали в бочку с водой.', 'delivery_cylinder'],
    ['We kept a barrel of water by the door in case of fire.', 'delivery_cylinder'],
    ['The rain barrel overflowed.', 'delivery_cylinder'],
    ['وضعنا برميل مي جنب الباب.', 'delivery_cylinder'],
  ]);
  reads([
    ['Вертолёт сбросил бочку на квартал.', 'delivery_cylinder'],
    ['A helicopter dropped a barrel on the houses.', 'delivery_cylinder'],
    ['ألقت المروحية برميلاً على الحي.', 'delivery_cylinder'],
  ]);
});

describe('Russian попадали with a thing as subject is landing, not collapse', () => {
  misses([
    ['Опасные вещества попадали на эти территории.', 'loss_of_consciousness'],
    ['Осколки попадали во дворы.', 'loss_of_consciousness'],
  ]);
  reads([
    ['Люди попадали прямо на улице.', 'loss_of_consciousness'],
    ['После хлопка все попадали на пол.', 'loss_of_consciousness'],
    ['Снаряды рвались рядом и люди попадали на землю.', 'loss_of_consciousness'],
    ['Снаряды рвались, все попадали.', 'loss_of_consciousness'],
  ]);
});

describe('a person sprayed an unknown substance (the active voice of the spray attack)', () => {
  reads([
    ['An unidentified man sprayed an unknown substance on the bus.', 'delivery_spray_face'],
    ['Someone sprayed a strange liquid into the classroom.', 'delivery_spray_face'],
    ['The attacker was spraying a noxious gas at the shoppers.', 'delivery_spray_face'],
    ['Неизвестный распылил вещество в вагоне метро.', 'delivery_spray_face'],
    ['شاب رش مادة مجهولة داخل الحافلة.', 'delivery_spray_face'],
  ]);
  misses([
    ['A crop duster sprayed an unknown chemical over the fields.', 'delivery_spray_face'],
    ['The farmer sprayed an unknown substance on the vines near the school.', 'delivery_spray_face'],
    ['Council workers sprayed a strange liquid against mosquitoes.', 'delivery_spray_face'],
    ['The helicopter sprayed an unidentified liquid over the village.', 'delivery_spray_face'],
  ]);
});

describe('an everyday accident named as the cause (ordinary_accident)', () => {
  reads([
    ['The boat capsized off the pier and two children were pulled out cold and shaking.', 'ordinary_accident'],
    ['A man was struck by lightning on the golf course.', 'ordinary_accident'],
    ['Лодка перевернулась посреди реки, всех вытащили.', 'ordinary_accident'],
    ['Мальчик провалился под лёд, у него переохлаждение.', 'ordinary_accident'],
    ['انقلب القارب قرب الشاطئ وأنقذ الصيادون الركاب.', 'ordinary_accident'],
    ['ضربته صاعقة وهو في الحقل.', 'ordinary_accident'],
  ]);
  misses([
    ['They were drowning on dry land, coughing up froth.', 'ordinary_accident'],
    ['Люди задыхались, как будто тонули.', 'ordinary_accident'],
    ['كانوا يغرقون بسوائل رئاتهم.', 'ordinary_accident'],
    ['The building collapsed after the barrel bomb.', 'ordinary_accident'],
    ['The lightning-fast attack left dozens choking.', 'ordinary_accident'],
  ]);
  it('a capsized boat told with no smell and no smoke leads no-chemical, not nerve', () => {
    const r = run('Лодка перевернулась на озере, все выплыли, ни запаха, ни дыма не было.');
    expect(r.classes[0].id).toBe('none');
  });
  it('a gas attack told beside a lightning storm still leads a gas class', () => {
    const r = run('During the storm, lightning struck nearby; then a yellow-green cloud with a bleach smell came down the street and people were coughing and gasping.');
    expect(r.classes[0].id).toBe('choking');
  });
});
