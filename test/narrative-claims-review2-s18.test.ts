/**
 * Session 18 (room fixrev2): the review's R14 (/work/notes/review-s18.md): a chemical cache meant for "use" (для применения,
 * لاستخدامه) is prepared for an attack only when the use has a target or an attack after it; disinfection and water treatment
 * are no attack. Every sentence here was written for the review or for this test; none is taken from an evaluation file.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;

describe('R14: a cache meant for use is prepared only for use against someone or in an attack', () => {
  it('a civil use is no attack (RU/AR)', () => {
    expect(prepared('В подвале больницы боевиков нашли склад хлорки для применения при дезинфекции палат.')).toBe(false);
    expect(prepared('عثرت القوات الحكومية على مستودع للكلور تابع للمعارضة لاستخدامه في تعقيم مياه الشرب')).toBe(false);
    expect(prepared('Нашли склад хлора, предназначенного для применения по назначению на водоочистной станции.')).toBe(false);
  });
  it('a use against someone or in an attack stays prepared (RU/AR), and the rule\'s own sentences', () => {
    expect(prepared('В подвале боевиков нашли склад хлорки для применения против мирных жителей.')).toBe(true);
    expect(prepared('عثرت القوات على مستودع للكلور تابع للمسلحين لاستخدامه ضد المدنيين')).toBe(true);
    expect(prepared('عثر الجيش على مستودع للإرهابيين يحوي غاز الكلور معد لاستخدامه في هجوم على حلب.')).toBe(true);
    expect(prepared('عثرت القوات على مستودع للكلور تابع للمسلحين لاستخدامه على المدنيين في الغوطة')).toBe(true);
    expect(prepared('В ДНР обнаружен украинский схрон с химическим оружием для сброса с беспилотников.')).toBe(true);
  });
});
