/**
 * Session 12 (claims room): the known bugs left by session 11's review, each written as a test before its fix, with
 * sentences written for the test (not taken from any split). Values asserted: blamed party (and voice where it matters).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capitalPatterns, claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, agent: c.claims.agent, voice: c.voice };
};
const blamed = (t: string) => read(t).blamed;

describe('capitals are marked in the lexicon, not listed beside it', () => {
  it('no list of capitals is kept in the readers', () => {
    const src = ['claim-slots.ts', 'claim-arabic-words.ts', 'claim-arabic-roles.ts'].map((f) => fs.readFileSync(`src/core/narrative/${f}`, 'utf8')).join('\n');
    expect(src).not.toMatch(/const (?:CAPITAL|STATE_CITY) = /);
    expect(capitalPatterns()).toEqual(expect.arrayContaining(['damascus', 'tbilisi', 'baghdad', 'москв*', 'دمشق', 'موسكو', 'واشنطن']));
    expect(capitalPatterns()).not.toContain('iraq');
  });
  it('a capital as accused or subject names its government; after a preposition it is the city', () => {
    expect(blamed('The West accused Damascus of the chemical attack in Douma.')).toBe('government');
    expect(blamed('Запад обвинил Дамаск в химической атаке.')).toBe('government');
    expect(blamed('Tbilisi used tear gas against protesters, the opposition said.')).toBe('other');
    expect(blamed('Protesters in Tbilisi were tear-gassed on Sunday.')).toBe(null);
    expect(blamed('Baghdad launched air strikes on the militants.')).toBe('other');
    expect(blamed('اتهمت واشنطن دمشق بشن الهجوم الكيميائي.')).toBe('government');
    expect(blamed('قال مسؤولون في دمشق إن الهجوم وقع فجرا.')).toBe(null);
  });
});

describe('Arabic: a party qualifying the object of "على" is the target (bug 3)', () => {
  it('a nisba on the target names no doer', () => {
    expect(blamed('شنت الميليشيات هجوما على قاعدة أمريكية في العراق.')).toBe(null);
    expect(blamed('هجوم على قاعدة عسكرية روسية في سوريا.')).toBe(null);
  });
  it('"لـ" of possession on the target names no doer', () => {
    expect(blamed('شن مسلحون غارة على مستودع للجيش الروسي قرب المدينة.')).toBe('opposition');
  });
  it('the deed noun\'s own nisba is still its doer; "على يد" names the doer', () => {
    expect(blamed('قتل عشرة مدنيين في غارة روسية على قرية في إدلب.')).toBe('russia');
    expect(blamed('قتل المدنيون على يد قوات النظام.')).toBe('government');
  });
  it('the name Ali ("محمد علي الحوثي") is no preposition', () => {
    expect(blamed('اتهم محمد علي الحوثي التحالف بقصف قاعة أعراس في الحديدة.')).not.toBe(null);
  });
});

describe('Arabic: a shot-down aircraft does not blame its own side (bug 4)', () => {
  it('passive, VSO with an indefinite aircraft, SVO', () => {
    expect(blamed('أُسقطت الطائرات الروسية فوق إدلب.')).toBe(null);
    expect(blamed('أسقطت طائرة حربية روسية فوق إدلب.')).toBe(null);
    expect(blamed('الطائرة الروسية أسقطت فوق إدلب.')).toBe(null);
  });
  it('the side that downs it is blamed', () => {
    expect(blamed('أسقطت فصائل المعارضة طائرة حربية روسية فوق إدلب.')).toBe('opposition');
  });
  it('an aircraft that drops a load ("أسقطت مروحية ... برميلاً") is the dropper', () => {
    expect(blamed('أسقطت مروحية حكومية برميلاً متفجراً محملاً بغاز الكلور على البلدة.')).toBe('government');
  });
});

// (bug 5, "تبادلت الحكومة والمعارضة الاتهامات" reading `opposition`, is left: the v11 guide labels mutual accusations
// null, the v13/v14 guide the first-named party, and the coordinator asked that the mutual-accusation behaviour not change
// this session)

describe('Arabic: "اتهمتها X" accuses the pronoun\'s referent, not X (bug 6)', () => {
  it('VSO accuser between the verb and the charge', () => {
    expect(read('قصفت روسيا المستشفى، واتهمتها الولايات المتحدة بارتكاب مجزرة.')).toMatchObject({ blamed: 'russia' });
    expect(blamed('قصفت الطائرات الروسية المستشفى، واتهمتها الولايات المتحدة بارتكاب مجزرة.')).toBe('russia');
  });
});

describe('Arabic: a condemned strike with its nisba blames the nisba\'s side (bug 7)', () => {
  it('"أدان ... الغارة الإسرائيلية"', () => {
    expect(read('أدان الاتحاد الأوروبي الغارة الإسرائيلية على المدرسة.')).toMatchObject({ blamed: 'other', voice: 'reports' });
    expect(blamed('أدانت الولايات المتحدة الغارات الروسية على إدلب.')).toBe('russia');
  });
  it('a condemned attack on a target names no doer', () => {
    expect(blamed('أدانت الولايات المتحدة الهجوم على السفارة الروسية.')).toBe(null);
  });
});

describe('Russian: government troops using chlorine (bug 9, checked)', () => {
  it('agent chlorine, blamed government', () => {
    expect(read('Правительственные войска применили хлор в Думе.')).toMatchObject({ blamed: 'government', agent: 'chlorine' });
  });
});

describe('Arabic: "استخدم ... الغاز" is a gas used as a weapon (bug 10)', () => {
  it('the gas after a use verb, with its subject between', () => {
    expect(read('استخدمت قوات النظام الغاز ضد المدنيين في دوما.')).toMatchObject({ blamed: 'government', agent: 'chemical' });
    expect(read('استخدم النظام السوري الغاز ضد المدنيين.')).toMatchObject({ blamed: 'government', agent: 'chemical' });
    expect(read('اتهمت الحكومة المسلحين باستخدام الغاز في ريف حلب.')).toMatchObject({ blamed: 'opposition', agent: 'chemical' });
  });
  it('natural gas is no weapon', () => {
    expect(read('ارتفعت أسعار الغاز في سوريا.')).toMatchObject({ blamed: null, agent: null });
    expect(read('استخدمت المصانع الغاز الطبيعي في الإنتاج.').agent).toBe(null);
  });
});
