/**
 * Session 19 (room fixag1): the review's over-reaches of rooms agpara and agparen (/work/notes/review-s19.md R8 ... R32), each
 * with the reviewer's sentence (the wrong reading must be gone) and the sentence the rule was written for (it must still read)
 * (docs/agent-differential.md §7.00041-fixag1).
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('people on fire: one reading (agpara terms folded into agparen pattern; R32) and flames only from above (R8)', () => {
  it('still reads people on fire and the flame that falls', () => {
    expect(feats('Flames poured down from the sky onto the roofs and people came out burning.')).toMatchObject({ burning_particles: true, burns: true });
    expect(feats('С неба лилось пламя на крыши, люди выбегали горящими.')).toMatchObject({ burning_particles: true, burns: true });
    expect(feats('A child ran out on fire.')).toEqual({ burns: true });
    expect(feats('His clothes caught fire and he ran.')).toMatchObject({ burns: true });
  });
  it('near-misses: eyes on fire, tap water burning hot, the burning building, flames from the windows', () => {
    expect(feats('People with eyes on fire ran out.')).not.toHaveProperty('burns');
    expect(feats('The water from the tap came out burning hot and smelled strongly of chlorine; the children complained of itchy skin and red eyes.')).not.toHaveProperty('burns');
    expect(feats('People ran out of the burning building, coughing from the smoke.')).not.toHaveProperty('burns');
    expect(feats('Люди выбегали из горящих домов, многие кашляли от дыма.')).not.toHaveProperty('burns');
    expect(feats('Flames poured from the windows of the third-floor apartment; two residents were treated for smoke inhalation.')).not.toHaveProperty('burning_particles');
    expect(feats('The clothes on the line caught fire.')).not.toHaveProperty('burns');
  });
});

describe('R26: the Russian topic of a denied telling stays in its clause, and a told topic is told', () => {
  it('still reads the denied topic', () => {
    expect(feats('Про газ, глаза или кашель никто не говорил — убивал огонь.').cough).toBe(false);
    expect(feats('О рвоте он не жаловался.').vomiting).toBe(false);
    expect(feats('Про рвоту, кашель и глаза никто не говорил.')).toMatchObject({ cough: false, vomiting: false });
  });
  it('near-misses: the medics told the signs; the denial is another clause', () => {
    expect(feats('Медики сообщили о сужении зрачков и судорогах у пострадавших, хотя никто не говорил о газе.')).toMatchObject({ miosis: true, convulsions: true });
    expect(feats('Врачи рассказали о кашле, рвоте и судорогах у детей, но никто не говорил о запахе.')).toMatchObject({ cough: true, vomiting: true, convulsions: true });
  });
});

describe('R9: the Arabic spoken yellow صفر is not the number zero of a reading', () => {
  it('still reads the yellow smoke', () => {
    expect(feats('طلع واحد الدخان صفر تقيل').cloud_yellow_green).toBe(true);
    expect(feats('طلع دخان صفرا من القذيفة').cloud_yellow_green).toBe(true);
  });
  it('near-misses: a gas concentration of zero', () => {
    expect(feats('أظهرت أجهزة القياس أن تركيز الغاز صفر في المصنع. اشتكى العمال من الصداع والغثيان.')).not.toHaveProperty('cloud_yellow_green');
    expect(feats('كان الغاز صفر بالمية').cloud_yellow_green).toBeUndefined();
    expect(feats('صفر اصابات والدخان خفيف').cloud_yellow_green).toBeUndefined();
  });
});

describe('R10: a munition scatters burning pellets; the wind spreads a fire\'s embers', () => {
  it('still reads the scattered burning elements', () => {
    expect(feats('Each rocket scattered burning pellets over the roofs.').burning_particles).toBe(true);
    expect(feats('It showered flaming bits over the roofs.').burning_particles).toBe(true);
  });
  it('near-misses: the wind and a fire as the subject; embers', () => {
    expect(feats('The wind spread burning embers across the valley and three houses caught fire; residents were treated for smoke inhalation.')).not.toHaveProperty('burning_particles');
    expect(feats('The blaze threw flaming chunks onto the street.')).not.toHaveProperty('burning_particles');
  });
});

describe('R11: the episode was over, not the shelling, and not a death', () => {
  it('still reads the relief', () => {
    expect(feats('Our eyes ran and we coughed; an hour later it was over.')).toMatchObject({ recovery_fresh_air: true });
    expect(feats('The throat burned, and half an hour later the burning was gone.')).toMatchObject({ recovery_fresh_air: true });
  });
  it('near-misses: the shelling was over; it was over, he was dead', () => {
    expect(feats('Within ten minutes the shelling was over, and then people began choking and coughing, their eyes burning.')).not.toHaveProperty('recovery_fresh_air');
    expect(feats('He foamed at the mouth and convulsed on the floor. Twenty minutes later it was over, he was dead.')).not.toHaveProperty('recovery_fresh_air');
  });
});

describe('R12: the Arabic bags of water on the body, not in the market', () => {
  it('still reads the blisters', () => {
    expect(feats('بعد يومين، تحت إبطه طلعت أكياس مي صافية.')).toMatchObject({ delayed_blisters: true });
    expect(feats('ظهرت على إيده أكياس ماء.').delayed_blisters).toBe(true);
  });
  it('near-misses: water bags in the market', () => {
    expect(feats('ظهرت في السوق أكياس مياه ملوثة، واشتكى الأطفال من الإسهال والقيء.')).not.toHaveProperty('delayed_blisters');
    expect(feats('ظهرت أكياس مياه في السوق، واشتكى الأطفال من الإسهال.')).not.toHaveProperty('delayed_blisters');
  });
});

describe('R28: the sticky burning gel, not a building fire\'s molten plastic', () => {
  it('still reads the incendiary gel', () => {
    expect(feats('A sticky burning jelly came down on the tents.').delivery_incendiary).toBe(true);
    expect(feats('Горящая липкая масса брызгала на дома и людей.').delivery_incendiary).toBe(true);
    expect(feats('مادة لزجة مشتعلة نزلت على البيوت').delivery_incendiary).toBe(true);
  });
  it('near-misses: burning sticky plastic, tar, rubber', () => {
    expect(feats('In the warehouse fire, burning sticky plastic dripped from the ceiling onto the workers, who suffered burns.')).not.toHaveProperty('delivery_incendiary');
    expect(feats('The plastic was burning and sticky.')).not.toHaveProperty('delivery_incendiary');
    expect(feats('Горящий липкий пластик капал с потолка.')).not.toHaveProperty('delivery_incendiary');
    expect(feats('بلاستيك مشتعل لزج نزل من السقف')).not.toHaveProperty('delivery_incendiary');
  });
});

describe('R13 / R22: wounded by fragments (one pattern), not a vest, a strewn street or a car hit', () => {
  it('still reads the wound', () => {
    expect(feats('Снаряд упал у дома, соседей посекло осколками.').trauma_injuries).toBe(true);
    expect(feats('Его ранило осколком в ногу.').trauma_injuries).toBe(true);
    expect(feats('The mortar landed in the yard, lots of dust, two hurt by fragments.').trauma_injuries).toBe(true);
    expect(feats('Two men were hit by fragments.').trauma_injuries).toBe(true);
    expect(feats('He was injured by shrapnel.').trauma_injuries).toBe(true);
  });
  it('near-misses: protected from fragments, strewn with them, a car hit', () => {
    expect(feats('Бронежилет защитил бойца от осколков. Позже у него начались кашель и резь в глазах от едкого дыма.')).not.toHaveProperty('trauma_injuries');
    expect(feats('После обстрела улица была усыпана осколками стекла.')).not.toHaveProperty('trauma_injuries');
    expect(feats('Our car was hit by fragments but nobody was hurt. Then we smelled chlorine and began coughing.')).not.toHaveProperty('trauma_injuries');
  });
});

describe('R14: hydrofluoric acid\'s pain inside the bone, not a fever\'s bone ache', () => {
  it('still reads the deep pain', () => {
    expect(feats('Часов через шесть как заныло, глубоко, будто в кости.').pain_beyond_skin).toBe(true);
    expect(feats('بالليل صار وجع فظيع بإصبعه، جوا العضم.').pain_beyond_skin).toBe(true);
  });
  it('near-misses: a fever\'s aches', () => {
    expect(feats('عنده حرارة ووجع في العظم وسعال منذ ثلاثة أيام.')).not.toHaveProperty('pain_beyond_skin');
    expect(feats('У меня температура 39, кашель, всё тело ломит, будто кости выкручивают.')).not.toHaveProperty('pain_beyond_skin');
  });
});

describe('R18: nobody got sick, unless a place or group limits the nobody', () => {
  it('still reads the absence', () => {
    expect(feats('No one fell ill.')).toMatchObject({ no_poisoning_signs: true });
    expect(feats('Nobody got sick at all.')).toMatchObject({ no_poisoning_signs: true });
    expect(feats('The shell hit the yard, two hurt by fragments, nobody sick.')).toMatchObject({ no_poisoning_signs: true, trauma_injuries: true });
  });
  it('near-misses: nobody in the first village', () => {
    expect(feats('Nobody got sick in the first village; in the second, residents had burning eyes and coughing.')).not.toHaveProperty('no_poisoning_signs');
  });
});

describe('R23: big pupils are a person\'s or an eye\'s, not schoolchildren', () => {
  it('still reads mydriasis', () => {
    expect(feats('His pupils were big, not small.')).toMatchObject({ mydriasis: true, miosis: false });
    expect(feats('Her eyes were red and the pupils were huge.')).toMatchObject({ mydriasis: true });
  });
  it('near-misses: the older pupils at the school', () => {
    const f = feats('At the school the older pupils were big, so they carried the little ones out; the children were coughing and their eyes burned.');
    expect(f).not.toHaveProperty('mydriasis');
    expect(f).not.toHaveProperty('miosis');
  });
});

describe('duplicated mechanisms folded: one water re-flare reading, one inability to swallow', () => {
  it('water before or after the flare-up drops the burning particle; a dressing keeps it', () => {
    expect(feats('The shower that night made it flare up again.')).not.toHaveProperty('burning_particles');
    expect(feats('The stinging flared up again in the shower.')).not.toHaveProperty('burning_particles');
    expect(feats('после душа снова вспыхнуло')).not.toHaveProperty('burning_particles');
    expect(feats('The bits in the wound flared up again when the dressing came off.')).toMatchObject({ burning_particles: true });
  });
  it('an inability to swallow is no denied meal; a denial stays', () => {
    expect(feats("He couldn't swallow.")).not.toHaveProperty('ingestion');
    expect(feats('She had trouble swallowing and her vision was blurred.')).not.toHaveProperty('ingestion');
    expect(feats('Он не мог глотать.')).not.toHaveProperty('ingestion');
    expect(feats('He did not swallow the liquid.')).toMatchObject({ ingestion: false });
  });
});
