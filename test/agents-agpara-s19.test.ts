/**
 * Session 19 (room agpara): lay paraphrases. Sentences are the engineer's own; none is an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('house: "smelled not of X but of Y" read by the grammar pass alone (no regex copies)', () => {
  it('the contrast still reads the odour it names, in the three languages', () => {
    for (const t of ['It smelled not of chlorine but of garlic.', 'Пахло не хлором, а чесноком.', 'Пахло не хлором, а чесноком, все кашляли.', 'كانت الرائحة ليست رائحة الكلور بل رائحة الثوم.'])
      expect(feats(t)).toMatchObject({ odour_garlic: true, odour_bleach: false });
  });
  it('a member with a verb of its own (said, كان, стояла) is a new clause: no odour', () => {
    expect(feats('The smell was not strong, but garlic growers nearby said the crops died.').odour_garlic).toBeUndefined();
    expect(feats('Запаха чеснока не было, а хлорка лежит в ведре.').odour_bleach).toBeUndefined();
    expect(feats('الرائحة لم تكن قوية لكن الكلور كان في المخزن').odour_bleach).toBeUndefined();
  });
});

describe('house: the two observation_day entries folded into one', () => {
  it('the possessive and the length in days still read observation_day', () => {
    expect(feats("The workers were kept for 24 hours' observation.").observation_day).toBe(true);
    expect(feats('Two pupils were kept under observation for two days.').observation_day).toBe(true);
    expect(feats('They were observed for 48 hours in hospital.').observation_day).toBe(true);
  });
  it('a post, or observation without a length, is none', () => {
    expect(feats("The soldiers manned a 24 hours' observation post.").observation_day).toBeUndefined();
    expect(feats('Two pupils were kept for observation.').observation_day).toBeUndefined();
  });
});

describe('trauma_injuries: the wound told by what made it (EN, RU)', () => {
  it('hurt by fragments, посекло осколками, ранен осколком', () => {
    expect(feats('The mortar landed in the yard, lots of dust, two hurt by fragments.').trauma_injuries).toBe(true);
    expect(feats('Снаряд упал у дома, соседей посекло осколками.').trauma_injuries).toBe(true);
    expect(feats('Его ранило осколком в ногу.').trauma_injuries).toBe(true);
    expect(feats('Двоих посекло стеклом.').trauma_injuries).toBe(true);
    expect(feats('Градом посекло посевы, все целы.').trauma_injuries).toBeUndefined();
  });
  it('near misses: a fragment that wounds nobody, a hit by a smell', () => {
    expect(feats('Лучше в бронежилете, случайный осколок он задержит.').trauma_injuries).toBeUndefined();
    expect(feats('We were hit by a strong smell of chlorine.').trauma_injuries).toBeUndefined();
    expect(feats('The lab was hurt by budget cuts.').trauma_injuries).toBeUndefined();
  });
});

describe('delayed_blisters: the lay Arabic bags of water on the body', () => {
  it('bags of water come up on the skin', () => {
    expect(feats('بعد يومين، تحت إبطه طلعت أكياس مي صافية.')).toMatchObject({ delayed_blisters: true, onset_delayed: true });
    expect(feats('ظهرت على إيده أكياس ماء.').delayed_blisters).toBe(true);
  });
  it('near misses: water bags handed out or bought', () => {
    expect(feats('وزعوا أكياس مي على الناس').delayed_blisters).toBeUndefined();
    expect(feats('بنشتري أكياس مي من الدكان').delayed_blisters).toBeUndefined();
  });
});

describe('Maghrebi and Levantine: the participle of inability after ما, the circumfix on it, yellow smoke, the pool', () => {
  it('cannot breathe told with قادر after ما, with or without the circumfix', () => {
    expect(feats('الناس كحو بزاف، ما قادرينش يتنفسو').dyspnoea).toBe(true);
    expect(feats('كان ما قادر يتنفس').dyspnoea).toBe(true);
    expect(feats('ماقدرتش نتنفس').dyspnoea).toBe(true);
  });
  it('near misses: breathing told as normal, an outer denial, a circumfix that denies a sign', () => {
    // (session 30, agdev) breathing told normal is now read as the sign's absence (normal-signs.ts): still never present
    expect(feats('كانوا قادرين يتنفسو عادي').dyspnoea).toBe(false);
    expect(feats('ما حدا قال انه ما قادر يتنفس').dyspnoea).not.toBe(true);
    expect(feats('ما سعلتش').cough).toBe(false);
  });
  it('yellow smoke in the spoken adjective and the pool borrowed with its long vowel', () => {
    expect(feats('طلع واحد الدخان صفر تقيل').cloud_yellow_green).toBe(true);
    expect(feats('الريحة بحال ديال البيسين').odour_bleach).toBe(true);
    expect(feats('صفر اصابات والدخان خفيف').cloud_yellow_green).toBeUndefined();
  });
});

describe('pain_beyond_skin: hydrofluoric acid\'s deep pain, worse than the skin shows (atsdr-hf-mmg-skin, msd-hf)', () => {
  it('the bone as where it hurts, a pain out of proportion, worse though the skin looks normal', () => {
    expect(feats('Часов через шесть как заныло, глубоко, будто в кости.').pain_beyond_skin).toBe(true);
    expect(feats('К ночи пальцы так заломило, будто кость изнутри ломают.').pain_beyond_skin).toBe(true);
    expect(feats('بالليل صار وجع فظيع بإصبعه، جوا العضم.').pain_beyond_skin).toBe(true);
    expect(feats('The pain in her finger was out of proportion to the small white mark.').pain_beyond_skin).toBe(true);
    expect(feats('His fingertips throbbed all night, though the skin looked almost normal.').pain_beyond_skin).toBe(true);
  });
  it('near misses: the aches of a fever, a burn to the bone', () => {
    expect(feats('Ломило кости, температура под сорок.').pain_beyond_skin).toBeUndefined();
    expect(feats('عندي وجع بالعضام وسخونة').pain_beyond_skin).toBeUndefined();
    expect(feats('Фосфор прожёг руку до кости, боль страшная.').pain_beyond_skin).toBeUndefined();
    expect(feats('My bones ached all over with the fever.').pain_beyond_skin).toBeUndefined();
  });
});

describe('falling fire told with the flame, and people told burning', () => {
  it('flames from the sky, people coming out burning', () => {
    expect(feats('Flames poured down from the sky onto the roofs and people came out burning.')).toMatchObject({ burning_particles: true, burns: true });
    expect(feats('С неба лилось пламя на крыши, люди выбегали горящими.')).toMatchObject({ burning_particles: true, burns: true });
    expect(feats('نزل لهيب من السما على البيوت').burning_particles).toBe(true);
  });
  it('near misses: people burning tyres, a figure of speech, a house on fire', () => {
    expect(feats('People were burning tyres in the street.').burns).toBeUndefined();
    expect(feats('Люди горели желанием помочь.').burns).toBeUndefined();
    expect(feats('The house was on fire.').burns).toBeUndefined();
    expect(feats('The flames from the stove were blue.').burning_particles).toBeUndefined();
  });
});

describe('Russian: the topic of a denied telling (про / о X никто не говорил)', () => {
  it('a sign after про / о that a denied verb of telling closes is absent', () => {
    expect(feats('Про газ, глаза или кашель никто не говорил — убивал огонь.').cough).toBe(false);
    expect(feats('О рвоте он не жаловался.').vomiting).toBe(false);
  });
  it('near misses: a sign told, then a denied telling about something else; a topic told', () => {
    expect(feats('Все кашляли, о газе никто не говорил.').cough).toBe(true);
    expect(feats('Про кашель врачи сказали, что пройдёт.').cough).toBe(true);
  });
});

describe('the incendiary gel told as a sticky burning thing', () => {
  it('burning and sticky within two words, three languages', () => {
    expect(feats('Горящая липкая масса брызгала на дома и людей.').delivery_incendiary).toBe(true);
    expect(feats('A sticky burning jelly came down on the tents.').delivery_incendiary).toBe(true);
    expect(feats('مادة لزجة مشتعلة نزلت على البيوت').delivery_incendiary).toBe(true);
  });
  it('near misses: burning, sticky eyes', () => {
    expect(feats('Burning, sticky eyes all night.').delivery_incendiary).toBeUndefined();
    expect(feats('Липкая горящая кожа на руках.').delivery_incendiary).toBeUndefined();
  });
});

describe('a burning that flares again after water is the sensation, not a re-igniting fill', () => {
  it('after a shower or washing', () => {
    expect(feats('Anywhere I was sweaty stung, and the shower that night made it flare up again.').burning_particles).toBeUndefined();
    expect(feats('После душа снова вспыхнуло жжение.').burning_particles).toBeUndefined();
  });
  it('near misses: the wet dressing taken off, the water dried, particles on the ground', () => {
    expect(feats('When they took the wet dressing off, it flared up again.').burning_particles).toBe(true);
    expect(feats('We poured water on it, but once it dried it flared up again.').burning_particles).toBe(true);
    expect(feats('Сняли мокрую повязку, и снова вспыхнуло.').burning_particles).toBe(true);
  });
});

describe('an inability to swallow is the sign, not a denial of eating', () => {
  it('couldn\'t swallow: dysphagia, no denied ingestion', () => {
    expect(feats('The next day he couldn\'t swallow.')).toMatchObject({ dysphagia_dysarthria: true });
    expect(feats('The next day he couldn\'t swallow.').ingestion).toBeUndefined();
  });
  it('near miss: a denial that the liquid was swallowed stays a denial', () => {
    expect(feats('He did not swallow any of the liquid.').ingestion).toBe(false);
  });
});
