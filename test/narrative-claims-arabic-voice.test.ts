/**
 * Attribution in Arabic clauses (src/core/narrative/claim-arabic-voice.ts) and its effect on the reader's voice.
 * Sentences written for the test (not taken from a split).
 */
import { describe, expect, it } from 'vitest';
import { arabicQuestion, arabicSpeech } from '../src/core/narrative/claim-arabic-voice.js';
import { arabicNormalise } from '../src/core/narrative/claim-arabic.js';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { foldString } from '../src/core/narrative/text-tokenise.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const voice = (t: string) => readClaims(t, lexicon).voice;
const fold = (t: string) => arabicNormalise(foldString(t.toLowerCase()));
// a stand-in for the shared speech list: the perfect "قال" only
const SAID = /(?<![\p{L}])[وف]?قال\p{L}*(?![\p{L}])/u;

describe('Arabic attribution', () => {
  it('speech and stance verbs in the perfect and the imperfect', () => {
    expect(arabicSpeech(fold('قالت الوزارة إن المسلحين قصفوا الحي'), SAID)).toBe('قالت');
    expect(arabicSpeech(fold('القيادة العامة تؤكد عدم استخدام السلاح الكيميائي'), SAID)).toBe('توكد');
    expect(arabicSpeech(fold('طالبت المعارضة بالتحقيق في استخدام النظام للكلور'), SAID)).toBe('طالبت');
    expect(arabicSpeech(fold('الائتلاف يطالب بالتحقيق في الهجوم'), SAID)).toBe('يطالب');
    expect(arabicSpeech(fold('رفضت موسكو المزاعم عن تسميم المعارض'), SAID)).toBe('رفضت');
    expect(arabicSpeech(fold('ندد المجلس بالهجوم الكيميائي'), SAID)).toBe('ندد');
  });
  it('no speech: a deed, Taliban, an evidential verb of a video', () => {
    expect(arabicSpeech(fold('قصفت قوات النظام البلدة بغاز الكلور'), SAID)).toBeNull();
    expect(arabicSpeech(fold('هاجمت طالبان مواقع الجيش'), SAID)).toBeNull();
    expect(arabicSpeech(fold('فيديو مسرب يكشف تحضير مسرحية'), SAID)).toBeNull();
    // nouns of the same roots as stance verbs (code review s8 A3): schoolgirls, a student, propaganda
    expect(arabicSpeech(fold('تسمم عشرات طالبات مدرسة في قم بغاز مجهول'), SAID)).toBeNull();
    expect(arabicSpeech(fold('نقل طالبة إلى المستشفى بعد استنشاق الغاز'), SAID)).toBeNull();
    expect(arabicSpeech(fold('هجوم بالكلور في حملة دعاية روسية'), SAID)).toBeNull();
    expect(arabicSpeech(fold('دعوا إلى تحقيق دولي في الهجوم'), SAID)).toBe('دعوا');
  });
  it('"أكدت منظمة حظر الأسلحة الكيميائية" is a finding (v10 call 6); "أكدت الوزارة" is saying', () => {
    expect(arabicSpeech(fold('أكدت منظمة حظر الأسلحة الكيميائية أن الكلور استخدم في البلدة'), /(?<![\p{L}])[وف]?اكد\p{L}*(?![\p{L}])/u)).toBeNull();
    expect(arabicSpeech(fold('أكدت بعثة تقصي الحقائق أن امرأتين تعرضتا لغاز الخردل'), /(?<![\p{L}])[وف]?اكد\p{L}*(?![\p{L}])/u)).toBeNull();
    expect(arabicSpeech(fold('أكدت وزارة الدفاع أن المسلحين استخدموا الكلور'), /(?<![\p{L}])[وف]?اكد\p{L}*(?![\p{L}])/u)).toBe('اكدت');
  });
  it('questions: "؟" at the end, "هل" at the start', () => {
    expect(arabicQuestion(fold('هل استخدم النظام السلاح الكيميائي في دوما؟'))).toBe(true);
    expect(arabicQuestion(fold('هل فبركت الخوذ البيضاء الهجوم'))).toBe(true);
    expect(arabicQuestion(fold('استخدم النظام السلاح الكيميائي'))).toBe(false);
  });
  it('the reader: stance verbs report, the OPCW finding asserts', () => {
    expect(voice('طالبت المعارضة السورية بفتح تحقيق في استخدام النظام للسلاح الكيميائي في الغوطة')).toBe('reports');
    expect(voice('أكدت منظمة حظر الأسلحة الكيميائية أن غاز السارين استخدم في خان شيخون')).toBe('asserts');
    expect(voice('قصفت قوات النظام بلدة اللطامنة بغاز الكلور')).toBe('asserts');
  });
});

describe('Arabic offensives are no incidents', () => {
  it('"الهجوم المرتقب على إدلب", "هجوم شامل", "الحرب": war, all slots null; a chemical attack stays one', () => {
    const r = readClaims('توالت التحذيرات الدولية من الهجوم المرتقب لقوات النظام على محافظة إدلب', lexicon);
    expect(r.claims.staged).toBeNull();
    expect(r.voice).toBe('none');
    expect(readClaims('تحسبا لهجوم شامل تشنه قوات النظام على آخر معقل للمسلحين', lexicon).claims.staged).toBeNull();
    expect(readClaims('شنت قوات النظام هجوما بغاز الكلور على بلدة كفرزيتا', lexicon).claims).toMatchObject({ staged: false, blamed: 'government' });
  });
});

describe('Arabic filmed stagings', () => {
  it('filming a film about an attack is a staging being made, its filmer blamed', () => {
    expect(readClaims('الخوذ البيضاء تصور فيلما عن هجوم كيميائي مزعوم في إدلب', lexicon).claims).toMatchObject({ blamed: 'white-helmets', staged: true, prepared: true });
    expect(readClaims('أعلن المركز أن الناشطين يعملون على تصوير فيلم عن هجمات كيميائية', lexicon).claims).toMatchObject({ staged: true, prepared: true });
    // filmed (perfect): staged, not announced
    expect(readClaims('الخوذ البيضاء صورت فيديو عن هجوم كيميائي في دوما', lexicon).claims).toMatchObject({ staged: true, prepared: false });
  });
});

describe('Arabic punctuation', () => {
  it('"؟" and "؛" close a clause: a question headline asks about its party, the body after it is its own clause', () => {
    const r = readClaims('هل استخدمت روسيا أسلحة كيميائية في أوكرانيا؟ اتهامات ونفي', lexicon);
    expect(r.claims.blamed).toBe('russia');
    expect(r.voice).toBe('reports');
  });
});

describe('Arabic force names with a nisba', () => {
  it('"القوات الأوكرانية" is one argument after a verbal noun', () => {
    expect(readClaims('أصيب جنود بحالات تسمم جراء استخدام القوات الأوكرانية مواد كيميائية', lexicon).claims.blamed).toBe('ukraine');
  });
});

describe('Arabic indefinite accusative', () => {
  it('"هجوماً كيميائياً", "سلاحاً كيميائياً": the accusative alif closes the word', () => {
    expect(readClaims('شن النظام هجوماً كيميائياً على البلدة', lexicon).claims).toMatchObject({ agent: 'chemical', staged: false, blamed: 'government' });
    expect(readClaims('استخدمت القوات سلاحاً كيميائياً', lexicon).claims.agent).toBe('chemical');
    // a word whose alif is its own stays itself: Russia is no Russian
    expect(readClaims('اتهمت روسيا أوكرانيا باستخدام مواد سامة', lexicon).claims.blamed).toBe('ukraine');
  });
});

describe('Arabic officials', () => {
  it('"مسؤول" is an official (a speaker) unless "عن" follows ("responsible for")', () => {
    expect(readClaims('مسؤول روسي: المسلحون يخططون لشن هجوم كيميائي', lexicon).voice).toBe('reports');
    expect(readClaims('أكدت أن روسيا مسؤولة عن الاعتداء بغاز الأعصاب', lexicon).claims.blamed).toBe('russia');
  });
});

describe('Arabic "زعماء" (leaders) is no "زعم" (claimed)', () => {
  it('a headline told in the item\'s voice stays asserted beside "زعماء"', () => {
    expect(readClaims('أطلقت الشرطة الفرنسية الغاز المسيل للدموع لتفريق محتجين بحضور زعماء أوروبيين', lexicon).voice).toBe('asserts');
    expect(readClaims('زعمت وسائل إعلام أن الخوذ البيضاء فبركت الهجوم', lexicon).voice).toBe('reports');
  });
});
