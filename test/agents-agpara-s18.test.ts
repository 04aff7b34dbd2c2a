/**
 * Session 18 (room agpara): lay accounts read by their grammar — a smell told by contrast or by comparison, a sign told as a
 * nominalisation or a simile, spoken Arabic circumfix negation, a relative clause of place (docs/agent-differential.md
 * §7.00040-agpara). Every sentence here was written for this test; none is taken from an evaluation file. Each group has
 * variants that must fire and near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('"not X but Y" of a smell: Y is the smell verb\'s object (EN/RU/AR)', () => {
  it('reads the second member as a smell, the first stays denied', () => {
    expect(feats('It smelled not of chlorine but of garlic.')).toMatchObject({ odour_bleach: false, odour_garlic: true });
    expect(feats('It did not smell of chlorine but rotten eggs.')).toMatchObject({ odour_bleach: false, odour_rotten_eggs: true });
    expect(feats('Пахло не хлором, а чесноком.')).toMatchObject({ odour_bleach: false, odour_garlic: true });
    expect(feats('Пахло не хлоркой, а тухлыми яйцами.')).toMatchObject({ odour_bleach: false, odour_rotten_eggs: true });
    expect(feats('ريحتها مو كلور، متل التوم.')).toMatchObject({ odour_bleach: false, odour_garlic: true });
    expect(feats('ما كانت ريحة كلور بل ريحة توم.')).toMatchObject({ odour_bleach: false, odour_garlic: true });
  });
  it('a new clause after "but" is no smell', () => {
    expect(feats('There was no smell of chlorine, but my eyes burned.')).not.toHaveProperty('odour_burning');
    expect(feats('There was no smell of chlorine, but my eyes burned.')).toMatchObject({ odour_bleach: false, burning_eyes: true });
    expect(feats('Хлоркой не пахло, а глаза жгло.')).not.toHaveProperty('odour_burning');
    expect(feats("We didn't smell anything like chlorine.")).toEqual({ odour_bleach: false });
  });
});

describe('a smell denied with "such" / "like it" for its object is a strange smell, not none (EN/RU/AR)', () => {
  it('reads odour_unusual', () => {
    expect(feats('I had never smelled anything like it.')).toEqual({ odour_unusual: true });
    expect(feats('Никогда не чувствовал такого запаха.')).toEqual({ odour_unusual: true });
    expect(feats('Такого запаха я никогда не чувствовал.')).toEqual({ odour_unusual: true });
    expect(feats('Ничего подобного я не нюхал.')).toEqual({ odour_unusual: true });
    expect(feats('عمري ما شميت ريحة متلها.')).toEqual({ odour_unusual: true });
    expect(feats('لم أشم رائحة مثلها من قبل.')).toEqual({ odour_unusual: true });
  });
  it('a bare denial stays no smell', () => {
    expect(feats('Запаха я не чувствовал.')).toEqual({ odour_none: true });
    expect(feats('ما شمينا ريحة.')).toEqual({ odour_none: true });
    expect(feats('We smelled nothing.')).toEqual({ odour_none: true });
  });
});

describe('a sign as a nominalisation: "watering of the eyes", and its denial', () => {
  it('reads lacrimation, denied by "no"', () => {
    expect(feats('There was watering of the eyes and coughing.')).toMatchObject({ lacrimation: true, cough: true });
    expect(feats('There was no watering of the eyes.')).toEqual({ lacrimation: false });
  });
  it('spoken Arabic دامعة of the eyes, denied by مو', () => {
    expect(feats('عيوني دامعة.')).toEqual({ lacrimation: true });
    expect(feats('عيوني مو دامعة.')).toEqual({ lacrimation: false });
    expect(feats('قالت بصوت هادي.')).toEqual({});
  });
});

describe('a sensation told as a comparison: like needles in the eyes (EN/RU/AR)', () => {
  it('the image in a body part reads that part\'s sign', () => {
    expect(feats('It felt like needles in the eyes.')).toEqual({ burning_eyes: true });
    expect(feats('Как иголки в глазах.')).toEqual({ burning_eyes: true });
    expect(feats('زي الإبر بعيوني.')).toEqual({ burning_eyes: true });
    expect(feats('زي الرمل بعيوني.')).toEqual({ burning_eyes: true });
    expect(feats('Like broken glass in my throat.')).toEqual({ throat_burning: true });
    expect(feats('Будто наждак в горле.')).toEqual({ throat_burning: true });
    expect(feats('Like needles all over my skin.')).toEqual({ skin_burning: true });
  });
  it('the image without a part, or a thing really in the eyes, is no comparison', () => {
    expect(feats('The doctor used needles.')).toEqual({});
    expect(feats('Like needles, the pines.')).toEqual({});
    expect(feats('He had glass in his hair.')).toEqual({});
  });
});

describe('lay words of fire and burns', () => {
  it('burns told of the people who had them; the Russian reflexive plural', () => {
    expect(feats('Burns on the ones who tried to put it out.')).toEqual({ burns: true });
    expect(feats('Обожглись те, кто тушил.')).toEqual({ burns: true });
    expect(feats('Обожгло глаза.')).not.toHaveProperty('burns');
  });
  it('burning lumps (комья) and spoken والعة bits falling', () => {
    expect(feats('Горящие комья падали с неба.')).toMatchObject({ burning_particles: true });
    expect(feats('كتل والعة نازلة من السما.')).toMatchObject({ burning_particles: true });
  });
});

describe('spoken Arabic negation', () => {
  it('an inability told in the Egyptian circumfix is the sign', () => {
    expect(feats('ما عرفتش أتنفس.')).toEqual({ dyspnoea: true });
    expect(feats('مكنتش قادر أتنفس.')).toEqual({ dyspnoea: true });
    expect(feats('مش عم نقدر نتنفس.')).toEqual({ dyspnoea: true });
  });
  it('a circumfix cough stays denied; "there was no smell" in the circumfix', () => {
    expect(feats('ما كحّيتش خالص.')).toEqual({ cough: false });
    expect(feats('ما كانش فيه ريحة.')).toEqual({ odour_none: true });
  });
  it('باچر الصبح (Iraqi: the next morning) times a delayed onset', () => {
    expect(feats('باچر الصبح طلعت فقاعات.')).toMatchObject({ onset_delayed: true, delayed_blisters: true });
  });
});

describe('sweating in a relative clause of place is no sweating', () => {
  it('"the places that sweat" names where, not a sign', () => {
    expect(feats('جلدنا يحرگ بالمناطق اللي تعرگ.')).not.toHaveProperty('sweating');
    expect(feats('The skin burned in the places where you sweat.')).not.toHaveProperty('sweating');
    expect(feats('Кожа горела в местах, где потеешь.')).not.toHaveProperty('sweating');
  });
  it('sweating told of people stays', () => {
    expect(feats('He was sweating heavily.')).toEqual({ sweating: true });
    expect(feats('كان يعرق كتير.')).toMatchObject({ sweating: true });
  });
});

describe('fire that sticks to what it lands on is the incendiary gel (EN/RU/AR)', () => {
  it('a verb of sticking to tents, people or skin with a fire word in its sentence', () => {
    expect(feats('The fire came down and stuck to the tents and would not go out.')).toMatchObject({ delivery_incendiary: true });
    expect(feats('Огонь падал сверху, липли к палаткам и горели.')).toMatchObject({ delivery_incendiary: true });
    expect(feats('النار جرت زي عصيدة مولعة، لصقت في الخيم وفي الناس.')).toMatchObject({ delivery_incendiary: true, burning_particles: true });
  });
  it('sticking with no fire word is no incendiary', () => {
    expect(feats('The mud stuck to the tents after the rain.')).not.toHaveProperty('delivery_incendiary');
    expect(feats('Грязь липла к палаткам.')).not.toHaveProperty('delivery_incendiary');
    expect(feats('الطين لزق بالخيم.')).not.toHaveProperty('delivery_incendiary');
  });
});

describe('more lay words of fire, munitions and smells', () => {
  it('the participle before a body part is the burn; the verb after it the sensation', () => {
    expect(feats('Burnt hands on the farmers.')).toEqual({ burns: true });
    expect(feats('My hands burned.')).not.toHaveProperty('burns');
  });
  it('spoken Arabic: struck with something that burns, explosions in the air, a smell of جاز (kerosene)', () => {
    expect(feats('ضربوا بشي يولّع.')).toMatchObject({ delivery_incendiary: true });
    expect(feats('من الانفجارات بالجو نزلت قطع.')).toMatchObject({ airburst: true });
    expect(feats('ريحة جاز.')).toEqual({ odour_solvent: true });
    expect(feats('ريحة غاز.')).not.toHaveProperty('odour_solvent');
  });
  it('bomblets are munitions', () => {
    expect(feats('The plane dropped bomblets over the wheat.')).toEqual({ delivery_shell_rocket: true });
  });
});

describe('time phrases of onset: what they attach to (EN/RU/AR)', () => {
  it('a few minutes in lay words, with a sign after them, is a fast onset', () => {
    expect(feats('In a couple of minutes everyone was coughing.')).toMatchObject({ onset_fast: true, cough: true });
    expect(feats('Минут через пять все закашляли.')).toMatchObject({ onset_fast: true, cough: true });
    expect(feats('بعد كم دقيقة صرنا نكح.')).toMatchObject({ onset_fast: true, cough: true });
  });
  it('the litotes "not five minutes later" is fast, no denial', () => {
    expect(feats('Not five minutes later people were vomiting.')).toMatchObject({ onset_fast: true, vomiting: true });
    expect(feats('Не прошло и пяти минут, как всех рвало.')).toEqual({ onset_fast: true, vomiting: true });
    expect(feats('ما مرت خمس دقايق إلا والكل عم يستفرغ.')).toMatchObject({ onset_fast: true, vomiting: true });
  });
  it('a time phrase with no sign after it (a response time) is no onset', () => {
    expect(feats('Уже через пять минут пожарные были на месте.')).toEqual({});
    expect(feats('بعد خمس دقايق وصل الإسعاف.')).not.toHaveProperty('onset_fast');
  });
  it('suddenly and as soon as time the event, not a latency', () => {
    expect(feats('Suddenly everyone was coughing.')).toEqual({ cough: true });
    expect(feats('أول ما نزلت صرنا نكح.')).toEqual({ cough: true });
  });
  it('a time phrase after a verb of stopping times the end of the sign', () => {
    expect(feats('Он перестал кашлять через час.')).toEqual({ cough: true });
    expect(feats('بطّل يكح بعد ساعة.')).toEqual({ cough: true });
    expect(feats('Через час у него начался кашель.')).toMatchObject({ onset_delayed: true, cough: true });
  });
  it('half an hour is no delay of hours', () => {
    expect(feats('Half an hour later the blisters came up.')).not.toHaveProperty('onset_delayed');
    expect(feats('Several hours later the blisters came up.')).toMatchObject({ onset_delayed: true });
  });
});

describe('"no longer" presupposes the sign', () => {
  it('a sign denied as no longer there was there before', () => {
    expect(feats('Глаза больше не жгло.')).toEqual({ burning_eyes: true });
    expect(feats("My eyes didn't burn anymore.")).toMatchObject({ burning_eyes: true });
  });
  it('a plain denial, and the comparative "any more than", stay denials', () => {
    expect(feats('Глаза не жгло.')).toEqual({ burning_eyes: false });
    expect(feats("Nobody was coughing any more than you'd expect from smoke.")).toMatchObject({ cough: false });
  });
});

describe('spoken Arabic ما + كان in a sign\'s gap is the past negation', () => {
  it('denies the sign between its part and its verb', () => {
    expect(feats('عيوني ما كانت تحرق.')).toEqual({ burning_eyes: false });
    expect(feats('عيوني كانت تحرق.')).toEqual({ burning_eyes: true });
  });
  it('a term that holds its own ما keeps it when كان is added', () => {
    expect(feats('المي ما كانت تطفّيه.')).toMatchObject({ delivery_incendiary: true });
  });
});
