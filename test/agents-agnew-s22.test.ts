/**
 * Session 22 (room agnew): the agent differential on the session's fresh development material (incidents dev-v23,
 * paraphrases dev-v15; docs/agent-differential.md §7.00044-agnew). Each rule with the sentences it must read and the near
 * misses it must not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, p } from './helpers/agent-probe.js';

describe('a Russian noun with its adjective after it is a clause of its own, not an item of the genitive list нет closes', () => {
  it('the signs before a postposed "ожогов нет" stay present', () => {
    const f = feats('В приёмном: мужчина весь мокрый, изо рта слюна, мышцы дёргаются, зрачки суженные, ожогов и ран нет.');
    expect(f.miosis).toBe(true);
    expect(f.burns).toBe(false);
    expect(p('Привезли троих: пот, слюни, подёргивания, зрачки точечные, ожогов нет.', 'nerve')).toBeGreaterThan(0.6);
  });
  it('a plain sign and its own negation', () => {
    const f = feats('Зрачки суженные, рвоты нет.');
    expect(f.miosis).toBe(true);
    expect(f.vomiting).toBe(false);
  });
  it.each([
    ['Тошноты, рвоты, судорог не было.', ['nausea', 'vomiting', 'convulsions']],
    ['Судорог, рвоты нет.', ['convulsions', 'vomiting']],
  ])('near miss, a genitive list is still denied whole: %s', (text, denied) => {
    const f = feats(text);
    for (const d of denied) expect(f[d]).toBe(false);
  });
  it('near miss: normal pupils are still no miosis', () => {
    expect(feats('Зрачки нормальные, судорог нет.').miosis).toBe(false);
  });
});

describe('white phosphorus re-ignites when taken out of the water or once dry (burning_particles)', () => {
  it.each([
    'I held my arm under the tap and it stopped, but it flared up again when I took it out.',
    'We put his foot in a bucket and it went out, then it was smoking again when we lifted it out.',
    'Я сунул руку в ведро с водой, всё прекратилось, но снова задымилось, когда вынул руку.',
    'My nephew found a crumbly stone in the ditch; when the mud dried off it, it began to smoke.',
    'As soon as the dressing dried it caught fire again.',
    'Как только повязка подсохла, из раны снова пошёл дым.',
    'Мальчик принёс с поля комок, а когда он высох на подоконнике, задымился.',
    'لقينا قطعة صفرا بالوحل، ولما نشفت صارت تدخن.',
  ])('%s', (text) => {
    expect(feats(text).burning_particles).toBe(true);
  });
  it.each([
    'I had a shower and it flared up again when I got out.',
    'Once the paint dried, it started to peel.',
    'When the laundry dried we started smoking on the balcony.',
    'Once it dried they started smoking outside.',
    'Когда трава высохла, она загорелась от искры.',
    'Когда бельё высохло, мы пошли гулять.',
    'لما نشف الحشيش ولع من الشمس.',
  ])('near miss: %s', (text) => {
    expect(feats(text).burning_particles).toBeFalsy();
  });
});

describe('the spoken Arabic belly that twists or aches (diarrhoea_cramps) and the meal told by its time (ingestion)', () => {
  it.each([
    'بعد العرس بساعات صار عند الأولاد وجع بطن واستفراغ.',
    'أكلنا شاورما من المطعم وبالليل بطني صار يلوي.',
    'الولد بطنه يوجعه من الصبح.',
  ])('cramps: %s', (text) => {
    expect(feats(text).diarrhoea_cramps).toBe(true);
  });
  it.each(['كان بطن الوادي مليان دخان.', 'لوى ذراعه وهو يركض.'])('near miss, no cramps: %s', (text) => {
    expect(feats(text).diarrhoea_cramps).toBeFalsy();
  });
  it.each(['الرز انطبخ الصبح وبقي برا التلاجة لليل.', 'حطوا المرق للعشا وبالليل كلهم مرضوا.'])('a meal: %s', (text) => {
    expect(feats(text).ingestion).toBe(true);
  });
  it.each(['طبخة السياسة في البلد ما بتخلص.', 'نلتقي بعد غد في الساحة.', 'وصلنا المسجد بعد صلاة العشاء.'])('near miss, no meal: %s', (text) => {
    expect(feats(text).ingestion).toBeFalsy();
  });
  it('a camp meal left out, cramps for two days: no toxic chemical leads', () => {
    const text = 'طبخوا الرز الظهر وخلوه للعشا، وبالليل كل الشباب بطونهم تلوي وواحد سخن. بعد يومين صاروا مناح.';
    expect(p(text, 'none')).toBeGreaterThan(0.5);
  });
});

describe('an accident told with no smoke and no smell (cloud_none and odour_none for the class that releases nothing)', () => {
  it('a van in a ditch, no smoke, no smell: none leads', () => {
    const text = 'The van skidded on black ice and ended up in the ditch. Two passengers had cuts and a broken wrist. No smoke, no smell, just a crash.';
    expect(p(text, 'none')).toBeGreaterThan(p(text, 'nerve'));
  });
  it('near miss: no smoke and no smell with pinpoint pupils and drooling still reads nerve', () => {
    const text = 'There was no smoke and no smell, but people fell down drooling, with pinpoint pupils and twitching.';
    expect(p(text, 'nerve')).toBeGreaterThan(0.6);
  });
});

describe('a denied cloud followed by just / only smoke or fire says what was seen (no cloud_none)', () => {
  it.each([
    'The drone dropped something on the barn: no gas, no odd cloud, only fire and thick smoke.',
    'Никакого облака не было, только огонь и густой дым.',
    'ما كان في غيمة غريبة، بس دخان أسود.',
  ])('%s', (text) => {
    expect(feats(text).cloud_none).toBeFalsy();
  });
  it.each(['No cloud, no smoke, no smell, nothing at all.', 'Ни дыма, ни запаха не было, просто авария.', 'ما في غيمة ولا دخان.'])(
    'near miss, still no cloud: %s',
    (text) => {
      expect(feats(text).cloud_none).toBe(true);
    },
  );
});

describe("hydrofluoric acid: calcium gluconate (antidote_calcium), the pain the skin does not show in Russian and Arabic, and a glove's tear", () => {
  it.each([
    'In the ER they put calcium gel on and injected calcium into my fingers.',
    'He was treated with calcium gluconate at the plant clinic.',
    'В травмпункте мне намазали руку кальциевым гелем и сделали уколы глюконата кальция.',
    'بالطوارئ حطولي جل كالسيوم على الإيد.',
  ])('calcium treatment: %s', (text) => {
    expect(feats(text).antidote_calcium).toBe(true);
  });
  it.each(['The doctor told her to take calcium tablets for her bones.', 'Врач проверил кальций в крови.', 'الدكتور وصف لها حبوب كالسيوم للعظام.'])(
    'near miss, no treatment: %s',
    (text) => {
      expect(feats(text).antidote_calcium).toBeFalsy();
    },
  );
  it.each([
    'Вечером пальцы так болели, что я не спал, а снаружи ничего не видно.',
    'بعد التنظيف بساعات صار إصبعي يوجعني وجع قوي، والجلد سليم.',
    'الوجع بأصابعي كان نابض تحت الضافر، وبرا ما في شي.',
  ])('pain beyond the skin: %s', (text) => {
    expect(feats(text).pain_beyond_skin).toBe(true);
  });
  it.each(['راسي يوجعني كتير بس الجلد طبيعي.', 'Голова болела весь день, а снаружи ничего не видно.'])('near miss, not a hand: %s', (text) => {
    expect(feats(text).pain_beyond_skin).toBeFalsy();
  });
  it('a splash, a delayed deep pain and calcium: toxic-industrial leads', () => {
    const text = 'A drop of the rust remover got under my glove. No burn at first, but by night my fingertips throbbed, though the skin looked normal. At the hospital they rubbed calcium gel in.';
    expect(p(text, 'toxic-industrial')).toBeGreaterThan(0.5);
  });
  it.each(['I had a small tear in my glove.', 'There was a tear in the suit near the wrist.'])('a rip is no lacrimation: %s', (text) => {
    expect(feats(text).lacrimation).toBeFalsy();
  });
  it.each(['She had tears in her eyes.', 'Tears streamed down their faces.', 'Everyone was in tears.'])('near miss, tears: %s', (text) => {
    expect(feats(text).lacrimation).toBe(true);
  });
});

describe("over-breathing told by tingling and fast breathing together (panic: hyperventilation, jones-2000)", () => {
  it.each([
    'After the rumour, several pupils were breathing very fast and said their hands were tingling.',
    'У девочек покалывало пальцы, они часто дышали.',
    'صار عندهم تنميل بالأصابع ونفس سريع.',
  ])('%s', (text) => {
    expect(feats(text).panic).toBe(true);
  });
  it.each(['He was breathing fast after the cloud reached the street.', 'My fingers were tingling from the cold.', 'Она часто дышала после пробежки.'])(
    'near miss, one sign alone: %s',
    (text) => {
      expect(feats(text).panic).toBeFalsy();
    },
  );
  it('a fainting in a gallery, tingling and fast breathing, nothing found: none leads', () => {
    const text = 'At the concert a girl fainted and someone shouted about fumes. Soon a dozen people felt dizzy, with tingling fingers and fast breathing. Firefighters found nothing in the air and everyone went home.';
    expect(p(text, 'none')).toBeGreaterThan(0.5);
  });
});
