/**
 * Session 26 (room clnew): causes of the first-contact misses of the development split dev-v28 (look part), each rule with
 * the readings it must make and the near misses it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const voice = (t: string) => readClaims(t, lexicon).voice;

describe('Arabic: the plural of the deed noun claimed with "تبنى" (the sound feminine plural -ات)', () => {
  it('reads the claimant of the attacks, reported (README v25 call 3)', () => {
    expect(read('تبنى تنظيم داعش الهجمات التي استهدفت المدينة مساء أمس.')).toMatchObject({ blamed: 'opposition' });
    expect(voice('تبنى تنظيم داعش الهجمات التي استهدفت المدينة مساء أمس.')).toBe('reports');
    expect(read('تبنى تنظيم داعش الإرهابي التفجيرات في العاصمة.')).toMatchObject({ blamed: 'opposition' });
    // the singular, as before
    expect(read('تبنى تنظيم داعش الهجوم على السوق.')).toMatchObject({ blamed: 'opposition' });
  });
  it('the same claim in English and Russian', () => {
    expect(read('The Islamic State claimed the attacks on the city.')).toMatchObject({ blamed: 'opposition' });
    expect(read('«Исламское государство» взяло на себя ответственность за теракты в городе.')).toMatchObject({ blamed: 'opposition' });
  });
  it('near misses: "تبنى" of a resolution or a stance about the attacks claims no deed', () => {
    expect(read('تبنت الحكومة قرارا بشأن الهجمات على المسجد.')).toMatchObject({ blamed: null });
    expect(read('تبنى مجلس الأمن قرارا يدين الهجمات.')).toMatchObject({ blamed: null });
    expect(read('تبنت روسيا موقفا من الهجمات.')).toMatchObject({ blamed: null });
  });
});

describe('Russian: a unit or arm noun in the instrumental with the party in the genitive is the passive\'s agent', () => {
  it('reads the party after "группой / отрядом / снайперами"', () => {
    expect(read('Трое военных были убиты группой снайперов боевиков у посёлка.')).toMatchObject({ blamed: 'opposition' });
    expect(read('Двое мирных жителей были убиты отрядом ВСУ.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Пятеро солдат были убиты снайперами боевиков.')).toMatchObject({ blamed: 'opposition' });
    // English reads the by-phrase's group already
    expect(read('Three soldiers were killed by a group of militant snipers near the village.')).toMatchObject({ blamed: 'opposition' });
  });
  it('near misses: a companion after "с", the object of a verb of leading', () => {
    expect(read('Солдаты вместе с группой боевиков были убиты при обстреле.')).toMatchObject({ blamed: null });
    expect(read('Трое военных были убиты, а командир руководил группой снайперов боевиков.')).toMatchObject({ blamed: null });
    expect(read('Трое военных были убиты, а командир руководил боевиками.')).toMatchObject({ blamed: null });
  });
});

describe('English: a participle of harm before a preposition of cause ("killed amid shelling") leaves its party the victim', () => {
  it('reads no victim as the doer of the deed that caused the harm', () => {
    expect(read('Three Ukrainian soldiers killed, one wounded amid enemy shelling near the front.')).toMatchObject({ blamed: null });
    expect(read('Two Syrian soldiers were killed and three were wounded as a result of shelling near the village.')).toMatchObject({ blamed: null });
    expect(read('Five Israeli soldiers killed following a rocket strike near the border.')).toMatchObject({ blamed: null });
    // the doer named by "by" after the deed still is
    expect(read('Three Ukrainian soldiers were killed as a result of shelling by Russian forces near the village.')).toMatchObject({ blamed: 'russia' });
  });
  it('near misses: a participle of no harm before "amid", and an active deed', () => {
    expect(read('Syrian soldiers, emboldened amid the chaos, shelled the village.')).toMatchObject({ blamed: 'government' });
    expect(read('Russian soldiers killed four civilians amid the shelling of the town.')).toMatchObject({ blamed: 'russia' });
  });
  it('the same construction in Russian and Arabic names no doer either', () => {
    expect(read('Трое украинских военных погибли в результате обстрела у посёлка.')).toMatchObject({ blamed: null });
    expect(read('قتل ثلاثة جنود سوريين جراء قصف على القرية.')).toMatchObject({ blamed: null });
  });
});

describe('Arabic: an order "بناء على توجيهات / أوامر من X" names the one who ordered the deed (README v5: the one said to order it is blamed)', () => {
  it('reads the party after the order, as English "on the orders of" and Russian «по приказу» do', () => {
    expect(read('قتل الصحفي بناء على أوامر من الرئيس الروسي.')).toMatchObject({ blamed: 'russia' });
    expect(read('أعلنت الوزارة مقتل القائد في غارة بناء على توجيهات من الرئيس دونالد ترمب.')).toMatchObject({ blamed: 'west' });
    expect(read('The commander was killed in a drone strike on the orders of President Trump.')).toMatchObject({ blamed: 'west' });
    expect(read('Командир был убит ударом беспилотника по приказу президента Трампа.')).toMatchObject({ blamed: 'west' });
  });
  it('near misses: an order with no deed, and the spelling ترمب in a statement about an attack', () => {
    expect(read('اعتقل المتظاهرون بناء على أوامر من الرئيس الروسي.')).toMatchObject({ blamed: null });
    expect(read('قال ترمب إن الهجوم كان مروعا.')).toMatchObject({ blamed: null });
  });
});

describe('English: the subject of a verb of doing whose object is an inquiry into the deed inquires, it did not do the deed', () => {
  it('reads no doer in the inquirer', () => {
    expect(read('The US military conducted an investigation into the bombing.')).toMatchObject({ blamed: null });
    expect(read('The Pentagon never conducted an independent investigation into the 2019 airstrike.')).toMatchObject({ blamed: null });
    expect(read('The Syrian army launched an inquiry into the shelling of the town.')).toMatchObject({ blamed: null });
  });
  it('the same in Russian and Arabic (already so)', () => {
    expect(read('Российские военные провели расследование обстрела.')).toMatchObject({ blamed: null });
    expect(read('أجرى الجيش الأمريكي تحقيقا في الغارة.')).toMatchObject({ blamed: null });
  });
  it('near misses: the deed itself as the object, an inquiry that finds the doer, a strike on an inquiry team', () => {
    expect(read('The US military conducted the bombing.')).toMatchObject({ blamed: 'west' });
    expect(read('Russian forces carried out the strike, the investigation into the attack found.')).toMatchObject({ blamed: 'russia' });
    expect(read('The US military carried out an airstrike on an investigation team in the village.')).toMatchObject({ blamed: 'west' });
    expect(read("The Pentagon's investigation into the airstrike found that US forces carried it out.")).toMatchObject({ blamed: 'west' });
  });
});
