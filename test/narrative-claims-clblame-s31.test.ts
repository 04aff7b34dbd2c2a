/**
 * Session 31 (room clblame): grammar of agency the blame slot missed on fresh coverage (dev-v33:look, dev-v32:look), each
 * rule with the readings it must make and the near misses it must not. Sentences written for this test (none copied from a
 * split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a Russian subject after its verb counted by два/три/четыре (claim-slots.ts fewSubjectAfter)', () => {
  it('the numeral with a genitive adjective is a nominative subject', () => {
    expect(read('Порт атаковали два украинских безэкипажных катера.')).toMatchObject({ blamed: 'ukraine', staged: false });
    expect(read('Село обстреляли три российских танка.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(read('ФСБ сообщила, что плотину атаковали четыре украинских беспилотника.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near misses: the weapons downed, the animate accusative (victims), a subject before the verb', () => {
    expect(read('Над Курском ночью сбили три украинских беспилотника.')).toMatchObject({ blamed: null });
    expect(read('Ракетный удар убил двух украинских военных.')).toMatchObject({ blamed: null });
    expect(read('Российская армия уничтожила два украинских танка.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('the Arabic indefinite accusative nisba that folds to a country\'s name (claim-arabic-roles.ts accusativeNisbaObject, deedNisba)', () => {
  it('after an accusative object noun it is the target\'s adjective, not the subject', () => {
    expect(read('قصفت طائرات مسيرة مستودعاً روسياً قرب الحدود.')).toMatchObject({ blamed: null, staged: false });
    expect(read('هجوم صاروخي يستهدف موقعاً أوكرانياً في خيرسون.')).toMatchObject({ blamed: null });
  });
  it('after an accusative deed noun, with or without an adjective of kind, it names the doer', () => {
    expect(read('شهدت مدينة خاركيف هجوماً صاروخياً روسياً أسفر عن مقتل عشرة أشخاص.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(read('شهدت مدينة بيلغورود قصفاً مدفعياً أوكرانياً.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near misses: an adverb in -اً before the country, the country as subject', () => {
    expect(read('اتهمت كييف أيضاً روسيا بقصف المدينة.')).toMatchObject({ blamed: 'russia' });
    expect(read('قصفت روسيا مدينة خاركيف بالصواريخ.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('the Arabic broken plurals of the nisba as parties: الروس, أوكران (claim-slots.ts lexicon)', () => {
  it('the plural people noun is the party', () => {
    expect(read('الهجوم الذي نفذه مسلحون أوكران على قرية حدودية.')).toMatchObject({ blamed: 'ukraine', staged: false });
    expect(read('قصف الروس مدينة خاركيف بالصواريخ.')).toMatchObject({ blamed: 'russia', staged: false });
  });
  it('near misses: a plural with no deed, victims counted', () => {
    expect(read('التقى الوزير بعدد من الدبلوماسيين الروس.')).toMatchObject({ blamed: null });
    expect(read('قتل جنديان روس في هجوم أوكراني.')).toMatchObject({ blamed: 'ukraine' });
  });
});

describe('a Russian statement of a party called fake blames its author (claim-slots.ts ruFakeStatementOf)', () => {
  it('the author in the genitive of the statement noun, nothing else read', () => {
    expect(read('Заявления мэра Харькова Игоря Терехова об ударе по школе являются фейком и провокацией.')).toMatchObject({ blamed: null });
    expect(read('Заявления президента Украины Владимира Зеленского об ударе по рынку являются фейком и провокацией.')).toMatchObject({ blamed: 'ukraine', staged: true });
  });
  it('the deed told inside the statement is its content: the author replaces its doer', () => {
    expect(read('Распространяемая Киевом информация о том, что российские ВКС нанесли удар по больнице, является фейком.')).toMatchObject({ blamed: 'ukraine', staged: true });
  });
  it('near misses: a statement called true, a statement not called fake', () => {
    expect(read('Заявления Зеленского об ударе по Одессе — правда.')).toMatchObject({ blamed: null });
    expect(read('Распространяемая Киевом информация о том, что российские ВКС нанесли удар по больнице, подтвердилась.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('a statement of a staging called a lie is no staging by its author (ruFakeStatementOf, RU_STAGING_CONTENT)', () => {
  it('the content names a provocation: the author is not blamed', () => {
    expect(read('Заявление президента Украины Владимира Зеленского о готовящейся провокации на плотине является ложью, заявил Песков.')).toMatchObject({ blamed: null });
  });
});

describe('the Russian participle of launching names who sent the drone or missile (claim-slots.ts RU_DEED «запущенн»)', () => {
  it('the instrumental after «запущенными» is the agent, however long the weapon\'s phrase', () => {
    expect(read('По данным министерства, удар был нанесен беспилотными летательными аппаратами реактивного типа, якобы запущенными Украиной.')).toMatchObject({ blamed: 'ukraine', staged: false });
    expect(read('Удар по складу был нанесен ракетами дальнего действия, запущенными украинскими военными.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near misses: a launch with no incident, a place of launch', () => {
    expect(read('Спутник, запущенный Россией, вышел на орбиту.')).toMatchObject({ blamed: null });
    expect(read('Аэродром атаковали беспилотники, запущенные с территории Украины.')).toMatchObject({ blamed: null });
  });
});
