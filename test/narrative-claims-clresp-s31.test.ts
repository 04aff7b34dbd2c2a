/**
 * Session 31 (room clresp): grammar of responsibility in the blame slot — withheld or denied responsibility is no blame of
 * the one who withholds it, the content of a negated verb of saying is asserted by no one, and the predicates that lay
 * responsibility on a party. Each rule with the readings it must make and the near misses it must not. Sentences written
 * for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('an apology that withholds responsibility is no admission (claim-slots.ts WITHHELD_RESPONSIBILITY)', () => {
  it('the apologiser is not the doer when the item says he withheld responsibility', () => {
    expect(read('Putin apologised for the downed airliner without admitting responsibility.')).toMatchObject({ blamed: null });
    expect(read('Kremlin Offers Apology for Plane Crash Without Admitting Responsibility\nIn Moscow, Vladimir Putin offered an apology to his counterpart for the incident involving a downed airliner. He refrained from accepting responsibility.')).toMatchObject({ blamed: null });
    expect(read('The Israeli army apologised for the strike on the aid convoy but stopped short of accepting blame.')).toMatchObject({ blamed: null });
  });
  it('near misses: an apology alone, or one that admits responsibility, keeps the apologiser the doer', () => {
    expect(read('Putin apologised for the downed airliner.')).toMatchObject({ blamed: 'russia' });
    expect(read('Putin apologised for the downed airliner and admitted responsibility.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('the content of a negated verb of saying is asserted by no one (EN NEGATED_SAYING_BEFORE, AR negatedSaying)', () => {
  it('English: "did not say Russia was responsible", "has never claimed that ... struck"', () => {
    expect(read('Putin apologised for the downing of the airliner but did not say Russia was responsible.')).toMatchObject({ blamed: null });
    expect(read('Kyiv has never claimed that Ukrainian forces struck the bridge.')).toMatchObject({ blamed: null });
  });
  it('English near misses: the same content said, or a denial beside an accusation', () => {
    expect(read('Putin said Russia was responsible for the downing of the airliner.')).toMatchObject({ blamed: 'russia' });
    expect(read('Ukrainian forces struck the bridge, Kyiv said.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('Arabic: «لم يقل أن روسيا مسؤولة», «لم تؤكد الوزارة أن ... مسؤولة»', () => {
    expect(read('اعتذر بوتين عن الحادث لكنه لم يقل إن روسيا مسؤولة عن تحطم الطائرة.')).toMatchObject({ blamed: null });
    expect(read('لم يقل الكرملين إن أوكرانيا مسؤولة عن الهجوم على الجسر.')).toMatchObject({ blamed: null });
  });
  it('Arabic near miss: the responsibility said without a negation blames', () => {
    expect(read('قال الكرملين إن أوكرانيا مسؤولة عن الهجوم على الجسر.')).toMatchObject({ blamed: 'ukraine' });
  });
});

describe('a Russian responsibility laid on a party named in quotes (claim-slots.ts LAY_BLAME_ON)', () => {
  it('«ответственность ... лежит на «киевском режиме»»', () => {
    expect(read('Путин заявил, что ответственность за теракт на мосту лежит на «киевском режиме».')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Путин заявил, что ответственность за теракт на мосту лежит на киевском режиме.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near miss: a duty laid on a party in quotes is no blame', () => {
    expect(read('Ответственность за охрану моста лежит на «Росгвардии».')).toMatchObject({ blamed: null });
  });
});

describe('the Arabic laying of blame «ألقى باللوم على X» (claim-arabic-roles.ts layingBlame, claim-slots.ts AR_LAY_VERB)', () => {
  it('the party after «على» is accused on the accuser\'s word; the accuser is no doer', () => {
    expect(readClaims('ألقت موسكو باللوم على كييف في الهجوم على الجسر.', lexicon)).toMatchObject({ claims: { blamed: 'ukraine' }, voice: 'reports' });
    expect(readClaims('وألقى الكرملين اللوم على أوكرانيا في الهجوم على جسر القرم.', lexicon)).toMatchObject({ claims: { blamed: 'ukraine' }, voice: 'reports' });
    expect(readClaims('ألقى الجيش الأوكراني باللوم على روسيا في القصف الذي استهدف المستشفى.', lexicon)).toMatchObject({ claims: { blamed: 'russia' }, voice: 'reports' });
  });
  it('near misses: «ألقى» of bombs is a deed; a negated laying names no one', () => {
    expect(read('ألقت الطائرات الروسية براميل متفجرة على حلب.')).toMatchObject({ blamed: 'russia' });
    expect(read('لم تلق موسكو باللوم على أحد في الهجوم على الجسر.')).toMatchObject({ blamed: null });
  });
});

describe('the Arabic relative of naming after a passive agent (claim-arabic-roles.ts namingRelative)', () => {
  it('«من قبل من دعتهم السلطات بـ"X"»: the party in the name is the agent, the namer is not', () => {
    expect(read('قال بوتين إن الهجوم على بريانسك من قبل من دعتهم السلطات الأمنية بـ"المخربين الأوكرانيين" كان عملا إرهابيا.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('قال بوتين إن الهجوم على بريانسك من قبل من دعتهم السلطات بالمخربين الأوكرانيين كان عملا إرهابيا.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('قال الجيش إن الهجوم على القاعدة من قبل من وصفهم الجيش الروسي بالإرهابيين فشل.')).toMatchObject({ blamed: 'opposition' });
  });
  it('near miss: the passive agent named directly is read as before', () => {
    expect(read('قال بوتين إن الهجوم على بريانسك من قبل المخربين الأوكرانيين كان عملا إرهابيا.')).toMatchObject({ blamed: 'ukraine' });
  });
});

describe('English responsibility that lies or rests with a party (claim-slots.ts EN_LAID_NOUN_BEFORE)', () => {
  it('"Responsibility for the attack lies with X", "the blame rests squarely with X"', () => {
    expect(readClaims('Responsibility for the attack on the bridge lies with Ukraine, the Kremlin said.', lexicon)).toMatchObject({ claims: { blamed: 'ukraine' }, voice: 'reports' });
    expect(read('The Kremlin said the blame for the attack rests squarely with Kyiv.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('The Kremlin said responsibility for the drone attack lay with the Kyiv regime.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near misses: a duty, or a decision, that lies with a party is no blame', () => {
    expect(read('Responsibility for the security of the bridge lies with the Russian army.')).toMatchObject({ blamed: null });
    expect(read('The decision lies with Moscow after the attack on the bridge.')).toMatchObject({ blamed: null });
  });
});

describe('a Russian naming of the culprits after a dash (claim-slots.ts RU_NAMING_ACC_DASH_BEFORE)', () => {
  it('«назвали организаторов взрыва – X», «назвал виновных в теракте — это X»: the namer\'s word', () => {
    expect(readClaims('В Кремле назвали организаторов взрыва на мосту – киевский режим.', lexicon)).toMatchObject({ claims: { blamed: 'ukraine' }, voice: 'reports' });
    expect(read('Путин назвал виновных в теракте на мосту — это украинские спецслужбы.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near miss: a negated naming names no one', () => {
    expect(read('В Кремле не назвали организаторов взрыва на мосту – расследование продолжается.')).toMatchObject({ blamed: null });
  });
});
