/**
 * Session 24 (room clmorph): the morphology layer of the claim reader (claim-morph.ts): every inflected form of a listed
 * lexeme is read, with the near misses each mechanism must leave alone (a form whose role differs, a stem that is also a
 * common word of another sense). Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { arabicLamArticleForm, arabicSuffixForms, ruLexemeKey, ruPatternKey } from '../src/core/narrative/claim-morph.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('Russian: a word is read by its lexeme (Snowball stem)', () => {
  it('files a listed form and reads its other forms under the same key', () => {
    expect(ruPatternKey('наносят', stemRu)).toBe(ruLexemeKey('наносит', stemRu));
    expect(ruPatternKey('обстрелял*', stemRu)).toBe(ruLexemeKey('обстрелявшие', stemRu));
    expect(ruPatternKey('устроил*', stemRu)).toBe(ruLexemeKey('устроят', stemRu));
  });
  it('refuses the forms that change the role of the party beside the verb, and short or ambiguous keys', () => {
    // reflexive (passive or middle): the subject is the target
    expect(ruLexemeKey('подвергся', stemRu)).toBeNull();
    // past passive participles, long and short
    expect(ruLexemeKey('обстрелянный', stemRu)).toBeNull();
    expect(ruLexemeKey('применены', stemRu)).toBeNull();
    expect(ruLexemeKey('нанесен', stemRu)).toBeNull();
    // too short to share ("сто" of "стоят" is a hundred) and stems of a common noun of another sense
    expect(ruPatternKey('стоят', stemRu)).toBeNull();
    expect(ruPatternKey('ответили', stemRu)).toBeNull();
    expect(ruPatternKey('бомбил*', stemRu)).toBeNull();
    expect(ruLexemeKey('снятые', stemRu)).toBeNull();
  });
  it('blames the subject of a deed verb in a form the lexicon does not list', () => {
    expect(read('Правительство Израиля наносит авиаудары по Сирии.')).toMatchObject({ blamed: 'other' });
    expect(read('Боевики устроят провокацию с хлором в Идлибе.')).toMatchObject({ blamed: 'opposition' });
  });
  it('reads the imperfective partner of a listed perfective deed verb (aspect pairs)', () => {
    expect(ruPatternKey('похищать', stemRu)).toBe(ruLexemeKey('похищают', stemRu));
    expect(read('Боевики похищают журналистов в Идлибе.')).toMatchObject({ blamed: 'opposition' });
    expect(read('Солдаты ВСУ расстреливают мирных жителей в Буче.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('leaves the noun of the deed and the passive participle of its partner to the rules they had', () => {
    expect(read('Похищение журналистов в Идлибе продолжается.')).toMatchObject({ blamed: null });
    expect(read('Сотрудники ВСУ были расстреляны в Буче.')).not.toMatchObject({ blamed: 'ukraine' });
  });
  it('reads no party by lexeme: a state stem that is also a common word stays unread («данным» is no «Дания»)', () => {
    expect(ruLexemeKey('данным', stemRu)).not.toBe(ruPatternKey('дания', stemRu) ?? '');
    expect(read('Боевики, по данным СМИ, наносят удары по Алеппо.')).toMatchObject({ blamed: 'opposition' });
  });
  it('leaves the target of a reflexive or passive form unblamed, and an answer no deed', () => {
    expect(read('Украина подверглась массированному ракетному обстрелу ночью.')).not.toMatchObject({ blamed: 'ukraine' });
    expect(read('Лавров в ответ на вопрос журналистов напомнил об атаке в Думе.')).toMatchObject({ blamed: null });
    expect(read('Удар нанесен по позициям боевиков.')).not.toMatchObject({ blamed: 'opposition' });
  });
});

describe('Arabic: a listed word is read with the suffixes of its class', () => {
  it('gives the sound plural its other case and the pronouns to nouns and deed verbs', () => {
    expect(arabicSuffixForms('المتطرفين', false)).toContain('المتطرفون');
    expect(arabicSuffixForms('الامريكيين', false)).toContain('الامريكيون');
    expect(arabicSuffixForms('قصف', true)).toEqual(expect.arrayContaining(['قصفها', 'قصفهم']));
    // a teh marbuta (folded «ه») is written «ت» before a pronoun; the article goes
    expect(arabicSuffixForms('المجزره', true)).toContain('مجزرتها');
    // the sound plural drops its nun before a pronoun
    expect(arabicSuffixForms('مسلحين', true)).toContain('مسلحيهم');
  });
  it('adds no bare «ـه» (the folded feminine ending: «قتلة», killers) and nothing to a short or a stem pattern', () => {
    expect(arabicSuffixForms('قتل', true)).not.toContain('قتله');
    expect(arabicSuffixForms('قتل*', true)).toEqual([]);
    expect(arabicSuffixForms('فلسطين', false)).toEqual([]);
  });
  it('writes the article after «لـ» without its alif', () => {
    expect(arabicLamArticleForm('الجيش')).toBe('للجيش');
    expect(arabicLamArticleForm('الجيش السوري')).toBe('للجيش السوري');
    expect(arabicLamArticleForm('جيش')).toBeNull();
    // a word whose own first letter is «ل» after the article takes a different spelling («لليبي»): left out
    expect(arabicLamArticleForm('الليبي')).toBeNull();
  });
  it('blames a party in a form the lexicon does not list', () => {
    expect(read('المتطرفون أطلقوا غاز الكلور على القرية')).toMatchObject({ blamed: 'opposition' });
    expect(read('مقتل 21 شخصا في غارة جوية للجيش على قرية في ميانمار')).toMatchObject({ blamed: 'other' });
  });
  it('reads a name after «لـ» only as a doer, as the listed «لل» names are (not a holder or an addressee)', () => {
    expect(read('قصفت طائرات النظام مناطق خاضعة للمعارضة في ادلب')).toMatchObject({ blamed: 'government' });
    expect(read('وجه رسالة للجيش بعد الهجوم الكيميائي في دوما')).toMatchObject({ blamed: null });
  });
  it('reads no deed in a pronoun form of an article noun («قوتها», its strength) and no party in the west of a place', () => {
    expect(read('القوات الأمريكية أعلنت عن قوتها')).toMatchObject({ blamed: null });
    expect(read('سقطت قذائف على قرية غرب حلب وقتل ثلاثة مدنيين')).not.toMatchObject({ blamed: 'west' });
  });
});
