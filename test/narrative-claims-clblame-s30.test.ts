/**
 * Session 30 (room clblame): grammar of agency the blame slot missed, each rule with the readings it must make and the near
 * misses it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a Russian complement clause without a subject: the speaker owns its deed (claim-slots.ts ruSelfSpeaker)', () => {
  it('the saying verb and the deed verb agree: the speaker is the subject', () => {
    expect(read('Правительство Израиля подтвердило, что наносит авиаудары по Сирии.')).toMatchObject({ blamed: 'other' });
    expect(read('Минобороны России заявило, что нанесло удар по складу боеприпасов.')).toMatchObject({ blamed: 'russia' });
    expect(read('Киев заявил, что обстрелял позиции российских войск.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near misses: a denial, an indefinite-personal plural, a subject of its own in the complement', () => {
    expect(read('Минобороны России заявило, что не наносило удар по рынку.')).toMatchObject({ blamed: null });
    expect(read('Россия заявила, что обстреляли Донецк.')).toMatchObject({ blamed: null });
    expect(read('Украина заявила, что Россия нанесла удар по Сумам.')).toMatchObject({ blamed: 'russia' });
    expect(read('МИД России заявил, что удар нанесли ВСУ.')).toMatchObject({ blamed: 'ukraine' });
  });
});

describe('an Arabic deed noun with its doer\'s possessive, announced (claim-arabic-roles.ts announcedDeed)', () => {
  it('the announcer owns the targeting it announces', () => {
    expect(read('أعلن حزب الله استهدافه قوة عسكرية إسرائيلية في مستوطنة.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('أعلن الجيش الإسرائيلي تنفيذه غارات على مواقع في جنوب لبنان.')).toMatchObject({ blamed: 'other' });
  });
  it('near misses: the possessive of the one targeted, an announcer that is no party', () => {
    expect(read('أدان حزب الله استهدافه من قبل الجيش الإسرائيلي.')).toMatchObject({ blamed: 'other' });
    expect(read('أعلن الجيش استهدافه مواقع حزب الله في الجنوب.')).toMatchObject({ blamed: null });
  });
});

describe('Russian verbs of shooting and stabbing a person take their subject in either word order (claim-russian-blame.ts)', () => {
  it('the subject after the verb («Журналиста застрелили боевики»)', () => {
    expect(read('Журналиста застрелили боевики ИГИЛ.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Журналиста зарезали боевики.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Его застрелили украинские националисты.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('«открыл огонь» is the subject\'s deed and stays an incident', () => {
    expect(read('Боевики открыли огонь в церкви.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Боевик ИГИЛ открыл огонь в церкви.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Украинские военные открыли огонь по колонне беженцев.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near miss: the reflexive «застрелился» is a death, no deed on another', () => {
    expect(read('Российский офицер застрелился в казарме.')).toMatchObject({ blamed: null });
  });
});

describe('dying "by the fire of" X: X fired (claim-slots.ts AR_DEATH_BY_FIRE, the "by" cues)', () => {
  it('Arabic «بنيران / برصاص» after a verb of dying or being wounded', () => {
    expect(read('استشهد ثلاثة مدنيين بنيران الجيش الإسرائيلي.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('أصيب جندي بنيران قناص روسي.')).toMatchObject({ blamed: 'russia', staged: false });
  });
  it('Russian «под огнем», «от огня»', () => {
    expect(read('Трое мирных жителей погибли под огнем украинских военных.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Боец был ранен от огня российского снайпера.')).toMatchObject({ blamed: 'russia' });
  });
  it('near misses: «استشهد بـ» of citing, friendly fire, figurative fire', () => {
    expect(read('استشهد الوزير بتقرير الأمم المتحدة.')).toMatchObject({ blamed: null, staged: null });
    expect(read('قتل جندي بنيران صديقة.')).toMatchObject({ blamed: null });
    expect(read('Правительство оказалось под огнем критики оппозиции.')).toMatchObject({ blamed: null, staged: null });
  });
});

describe('a Russian subject in the genitive after a noun of quantity or a digit (claim-slots.ts RU_PARTITIVE_BEFORE)', () => {
  it('«Десятки боевиков атаковали», «Группа из 20 боевиков обстреляла», «Сотни украинских военных обстреляли»', () => {
    expect(read('Десятки боевиков атаковали позиции армии.')).toMatchObject({ blamed: 'opposition' });
    expect(read('Группа из 20 боевиков обстреляла село.')).toMatchObject({ blamed: 'opposition' });
    expect(read('Сотни украинских военных обстреляли Донецк.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near misses: the counted are the object or the victims', () => {
    expect(read('Российская авиация уничтожила 20 боевиков ИГИЛ.')).toMatchObject({ blamed: 'russia' });
    expect(read('Десятки боевиков были убиты при ударе российской авиации.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('the origin of the weapon as a predicate names whose deed it was (claim-copular.ts weaponOriginCopulas)', () => {
  it('English: "were Russian", "believed to be Russian"', () => {
    expect(read('The drones that struck the city were Russian, officials said.')).toMatchObject({ blamed: 'russia' });
    expect(read('Warplanes, believed to be Russian, bombed the market in Idlib.')).toMatchObject({ blamed: 'russia' });
  });
  it('near misses: a maker, a passive with a party in its object, an open question', () => {
    expect(read('The drones that struck the city were Iranian-made.')).toMatchObject({ blamed: null });
    expect(read('The missiles were fired at Russian positions near Kherson.')).toMatchObject({ blamed: null });
    expect(read('It is unclear whether the drones that hit the plant were Russian.')).toMatchObject({ blamed: null });
    // soldiers and troops are as often the victims: their nationality names no doer
    expect(read('The soldiers who died in the strike were Ukrainian.')).toMatchObject({ blamed: null });
  });
});

describe('a doer and the group it comes from; blowing oneself up', () => {
  it('Russian «смертник из X», «боевики из X» (claim-slots.ts RU_MEMBER_OF_BEFORE)', () => {
    expect(read('Смертник из «Исламского государства» взорвал себя в церкви.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Диверсанты из ВСУ подорвали мост.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('Russian near miss: residents from a city are no doers', () => {
    expect(read('Жители из Донецка пострадали при обстреле.')).toMatchObject({ blamed: null });
  });
  it('Arabic «فجر نفسه» is a deed and an incident; «فجر اليوم» stays the dawn', () => {
    expect(read('قال التنظيم إن عنصرا من داعش فجر نفسه في السوق.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('فجر اليوم قصفت الطائرات الروسية البلدة.')).toMatchObject({ blamed: 'russia' });
  });
});
