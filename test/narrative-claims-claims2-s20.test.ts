/**
 * Session 20 (claims2): parties beyond the usual five in English, Russian and Arabic, and Arabic blame grammar; each rule
 * beside a near miss it must not read. Sentences written for this test (none copied from a split).
 * 1. Ethiopia and Eritrea by name, their Russian adjectives, and the capitals Asmara and Pyongyang (Russian "Пхеньян")
 *    are `other` (README v22 call 1: Sudan's government, Ethiopia and Eritrea, North Korea); a country after a
 *    preposition stays a place. (Khartoum was tried and withdrawn: test/narrative-claims-s13's "nights in Khartoum"
 *    keeps the city no actor.)
 * 2. Arabic: a government named by a state's nisba or by its country ("الحكومة السودانية", "حكومة السودان"), a
 *    governmental force with a state's nisba ("القوات الحكومية السودانية"), the Saudi coalition by its nisba and Iraq's
 *    Baath regime are that state's side; Syria's government stays `government`, NGOs are no party.
 * 3. Agent Orange (a herbicide used as a weapon) is `chemical` (README v22 call 7) in the three languages, and the
 *    Russian imperfective "распыляли" (sprayed) is a deed verb; spraying water is no incident.
 * 4. Arabic verbal nouns whose root letters spell "ال" ("استعمال", "إلقاء") are indefinite and take their agent in the
 *    idafa; a denial before them still blames no one. "للفوسفور" is phosphorus.
 * 5. Arabic: a force noun in the idafa affiliated with a party ("إلقاء طائرة مروحية تابعة للنظام") gives the deed to the
 *    party; not under a denial.
 * 6. Arabic: two accusations in clauses of their own, the second opened by a connective of contrast, with accused
 *    parties of different sides, blame no one (README v22 call 10) and still report.
 * 7. Arabic: a person named by a nisba ("الجاسوس الروسي", "المعارض الروسي") is no party; forces and services are.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed ?? null;

describe('states beyond the named sides (README v22 call 1)', () => {
  it('reads Ethiopia, Eritrea and their capitals as doers and accused', () => {
    expect(blamed('Eritrean troops were accused of using white phosphorus in Tigray.')).toBe('other');
    expect(blamed('Eritrean forces used white phosphorus in Tigray, Ethiopian rebels claimed.')).toBe('other');
    expect(blamed('Эфиопская армия применила белый фосфор в Тыграе, заявил НФОТ.')).toBe('other');
    expect(blamed('Эритрейские военные применили белый фосфор в Тыграе.')).toBe('other');
    expect(blamed('Эритрея применила белый фосфор в Тыграе.')).toBe('other');
    expect(blamed('Пхеньян обвинили в убийстве Ким Чен Нама с помощью VX.')).toBe('other');
  });
  it('keeps a country or capital after a preposition a place', () => {
    expect(blamed('Thousands of refugees fled from Tigray to Sudan and Ethiopia after the shelling with white phosphorus.')).toBe(null);
    expect(blamed('A chemical attack was reported in Eritrea, local media said.')).toBe(null);
    expect(blamed('Беженцы из Эритреи рассказали о применении белого фосфора в Тыграе.')).toBe(null);
    expect(blamed('В Эфиопии сообщили о химической атаке в Тыграе.')).toBe(null);
    expect(blamed('The embassy in Khartoum reported a chemical attack in Darfur.')).toBe(null);
    expect(blamed('В Пхеньяне заявили о химической атаке в Малайзии.')).toBe(null);
  });
});

describe('Arabic governments and governmental forces by a state nisba', () => {
  it('reads the state named by the nisba or the country', () => {
    expect(blamed('اتهمت منظمة العفو الدولية الحكومة السودانية باستخدام أسلحة كيميائية في جبل مرة.')).toBe('other');
    expect(blamed('حمّلت منظمة العفو الدولية الحكومة السودانية مسؤولية الهجمات الكيميائية في جبل مرة.')).toBe('other');
    expect(blamed('القوات الحكومية السودانية استخدمت أسلحة كيميائية في دارفور بحسب منظمة العفو.')).toBe('other');
    expect(blamed('اتهمت منظمة العفو الدولية القوات الحكومية السودانية باستخدام أسلحة كيميائية.')).toBe('other');
    expect(blamed('اتهمت منظمة العفو حكومة السودان باستخدام الأسلحة الكيميائية ضد المدنيين في دارفور.')).toBe('other');
    expect(blamed('اتهم الحوثيون التحالف السعودي باستخدام الفوسفور الأبيض.')).toBe('other');
  });
  it('keeps Syria\'s government, NGOs and a denial as they were', () => {
    expect(blamed('اتهمت المعارضة الحكومة السورية باستخدام غاز الكلور.')).toBe('government');
    expect(blamed('قالت منظمات غير حكومية سودانية إن هجوما بغاز سام وقع في دارفور.')).toBe(null);
    expect(blamed('نفت الحكومة السودانية استخدام أسلحة كيميائية في جبل مرة.')).toBe(null);
  });
});

describe('Agent Orange is a chemical weapon (README v22 call 7)', () => {
  it('reads the herbicide in the three languages', () => {
    expect(read('The US military used Agent Orange during the Vietnam War.').agent).toBe('chemical');
    expect(blamed('The US military used Agent Orange during the Vietnam War.')).toBe('west');
    expect(blamed('США применяли дефолиант «Агент Оранж» во Вьетнаме.')).toBe('west');
    expect(blamed('Американские военные распыляли «эйджент оранж» над Вьетнамом.')).toBe('west');
    expect(blamed('استخدم الجيش الأمريكي العامل البرتقالي في حرب فيتنام.')).toBe('west');
  });
  it('does not read orange alone', () => {
    expect(read('The farmer sprayed orange paint on the fence.').agent).toBe(null);
    expect(blamed('Пожарные распыляли воду, чтобы сбить облако хлора.')).toBe(null);
  });
});

describe('Arabic verbal nouns whose root spells the article', () => {
  it('takes the idafa agent of "استعمال" and "إلقاء"', () => {
    expect(blamed('أثارت أنباء استعمال القوات الإسرائيلية الفوسفور خلال غاراتها الجدل.')).toBe('other');
    expect(blamed('استعمال القوات الإسرائيلية الفوسفور الأبيض في غزة.')).toBe('other');
    expect(blamed('أثارت أنباء استخدام القوات الإسرائيلية للفوسفور الجدل.')).toBe('other');
    expect(read('أثارت أنباء استخدام القوات الإسرائيلية للفوسفور الجدل.').agent).toBe('white-phosphorus');
  });
  it('blames no one under a denial', () => {
    expect(blamed('نفى الجيش الإسرائيلي استعمال الفوسفور الأبيض في لبنان.')).toBe(null);
  });
});

describe('Arabic: a force affiliated with a party in a deed noun\'s idafa', () => {
  it('gives the deed to the party', () => {
    expect(blamed('أصيب عشرات المدنيين بحالات اختناق جراء إلقاء طائرة مروحية تابعة للنظام براميل متفجرة تحوي غاز الكلور على سراقب.')).toBe('government');
    expect(blamed('إلقاء مروحية تابعة للنظام براميل متفجرة تحوي غاز الكلور على سراقب.')).toBe('government');
    expect(blamed('أصيب مدنيون جراء إلقاء طائرة مسيرة تابعة للفصائل المسلحة قذائف تحوي غازات سامة.')).toBe('opposition');
  });
  it('not under a denial or a rejected claim', () => {
    expect(blamed('نفت الحكومة إلقاء مروحية تابعة للنظام براميل تحوي غاز الكلور على سراقب.')).toBe(null);
    expect(blamed('رفضت دمشق مزاعم إلقاء مروحية تابعة للنظام براميل تحوي غاز الكلور.')).toBe(null);
  });
});

describe('Arabic: two contrasted accusations of different sides (README v22 call 10)', () => {
  it('blames no one and still reports', () => {
    const t = 'اتهمت سانا الإرهابيين بإطلاق صاروخ يحوي مواد كيميائية على خان العسل، في حين اتهمت المعارضة النظام بإطلاق هذا الصاروخ.';
    expect(blamed(t)).toBe(null);
    expect(readClaims(t, lexicon).voice).toBe('reports');
    expect(blamed('اتهمت الحكومة المسلحين باستخدام الكلور بينما اتهمت المعارضة النظام بذلك.')).toBe(null);
    expect(blamed('اتهمت روسيا أوكرانيا بقصف المحطة النووية، فيما اتهمت كييف القوات الروسية بتلغيم المحطة.')).toBe(null);
  });
  it('keeps a party that both accusations name, and an accusation answered by a denial', () => {
    expect(blamed('اتهمت المعارضة النظام باستخدام غاز السارين في الغوطة، في حين اتهمت واشنطن النظام بقتل المئات بالغاز.')).toBe('government');
    expect(blamed('اتهمت سانا الإرهابيين بإطلاق صاروخ يحوي مواد كيميائية على خان العسل، فيما نفت المعارضة ذلك.')).toBe('opposition');
  });
});

describe('Arabic: a person named by the nisba of his state is no party', () => {
  it('does not read the victim\'s nisba as the state acting', () => {
    expect(blamed('الشرطة البريطانية تحقق في كيفية تعرضها لمادة نوفيتشوك التي استخدمت في تسميم الجاسوس الروسي السابق')).toBe(null);
    expect(blamed('وفاة بريطانية بعد تسممها بغاز نوفيتشوك الذي استخدم في تسميم الجاسوس الروسي السابق سكريبال.')).toBe(null);
  });
  it('keeps forces, services and states named beside the victim', () => {
    expect(blamed('اتهمت ألمانيا روسيا بتسميم المعارض الروسي أليكسي نافالني.')).toBe('russia');
    expect(blamed('تسميم المعارض الروسي نافالني على يد الاستخبارات الروسية.')).toBe('russia');
    expect(blamed('استخدمت القوات الروسية غازات سامة ضد الجنود الأوكرانيين.')).toBe('russia');
    expect(blamed('قصف الجيش الروسي المدينة بالفوسفور الأبيض.')).toBe('russia');
  });
});
