/**
 * The Arabic grammar of the claim reader (src/core/narrative/claim-arabic.ts): argument roles of accusation verbs
 * and nouns, holding responsible, verbal nouns with an idafa agent, resumptive relative verbs, light verbs, passive
 * agents, speakers, targets, denials and staged stories. Sentences written for the test (not taken from a split).
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from '../src/core/narrative/claim-slots.js';
import { arabicStemStart, readArabic } from '../src/core/narrative/claim-arabic.js';
import { foldString } from '../src/core/narrative/text-tokenise.js';

const blamed = (t: string) => readClaims(t).claims.blamed;

describe('Arabic claim grammar', () => {
  it('accusation verbs: the accused is the party before the charge, the accuser is never blamed', () => {
    expect(blamed('اتهمت المعارضة السورية قوات النظام باستخدام غاز الكلور في ريف حماة')).toBe('government');
    expect(blamed('المعارضة السورية تتهم قوات النظام بشن هجوم كيميائي')).toBe('government');
    expect(blamed('اتهمت روسيا الولايات المتحدة بالتحضير لهجوم كيميائي مفبرك')).toBe('west');
  });
  it('accusation nouns: "اتهام X لـ Y بـ", "اتهامات ضد Y"', () => {
    expect(blamed('حذرت إيران بعد اتهام واشنطن للرئيس السوري بشار الأسد بالإعداد لهجوم كيميائي')).toBe('government');
    expect(blamed('وجهت أوكرانيا اتهامات ضد روسيا بسبب استخدام أسلحة كيميائية')).toBe('russia');
  });
  it('a negated accusation names no one', () => {
    expect(blamed('لم توجه المنظمة أصابع الاتهام إلى أوكرانيا أو روسيا بشأن استخدام غاز سام')).toBeNull();
  });
  it('holding responsible: "حمّل X مسؤولية ... إلى Y"', () => {
    expect(blamed('وحمل الغربيون مسؤولية الهجوم الكيميائي إلى نظام دمشق')).toBe('government');
  });
  it('responsibility predicate: "X مسؤولة عن"', () => {
    expect(blamed('وأكدت رئيسة الوزراء أن روسيا مسؤولة عن الاعتداء بغاز الأعصاب')).toBe('russia');
  });
  it('verbal nouns with an idafa agent, and a denial before them', () => {
    expect(blamed('طالب الائتلاف بالتحقيق في استخدام النظام لغاز الكلور')).toBe('government');
    expect(blamed('جدد وزير الخارجية نفي استخدام الجيش السوري للسلاح الكيميائي')).toBeNull();
  });
  it('resumptive relative verbs and light verbs', () => {
    expect(blamed('قتل ستة أشخاص في هجوم بغاز سام شنته قوات النظام')).toBe('government');
    expect(blamed('حاول مسلحو القوات الأوكرانية استخدام مادة كيميائية ضد مقاتلينا')).toBe('ukraine');
  });
  it('passive agents, inside and outside a staged story', () => {
    expect(blamed('تعرضت البلدة للقصف بالغازات السامة من قبل قوات النظام')).toBe('government');
    expect(blamed('الإرهابيون يخططون لمسرحية الاستخدام المزعوم للأسلحة الكيميائية من قبل الجيش العربي السوري')).toBe('opposition');
  });
  it('speakers before their complementizer are not subjects', () => {
    expect(blamed('زعمت الناطقة باسم الخارجية الروسية أن هيئة تحرير الشام تحضر لهجوم كيميائي')).toBe('opposition');
  });
  it('targets: after "ضد" and purposes ("لاتهام")', () => {
    expect(blamed('المسلحون يستعدون لاستخدام مواد سامة ضد المدنيين لاتهام الجيش السوري')).toBe('opposition');
  });
  it('names written with quotation marks inside them', () => {
    expect(blamed('استهدف تنظيم “الدولة الإسلامية” بلدة مارع بالغازات السامة')).toBe('opposition');
  });
  it('the article is read off a word the lexicon knows without it', () => {
    const s = foldString('للقصف');
    expect(arabicStemStart(s, 0)).toBe(2);
    expect(arabicStemStart(foldString('بالغازات'), 0)).toBe(3);
    expect(arabicStemStart(foldString('قصف'), 0)).toBe(-1);
  });
  it('readArabic returns frames and exclusions by party index', () => {
    const s = foldString('اتهمت روسيا بريطانيا بالضلوع في الهجوم');
    const r = readArabic(s, [
      { value: 'russia', at: s.indexOf('روسيا'), end: s.indexOf('روسيا') + 5 },
      { value: 'west', at: s.indexOf('بريطانيا'), end: s.indexOf('بريطانيا') + 8 },
    ]);
    expect(r.frames).toEqual([{ party: 1, role: 'accused', cue: 'اتهمت' }]);
    expect([...r.excluded]).toEqual([0]);
  });
});
