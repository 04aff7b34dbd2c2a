/**
 * Session 21 (claims2): Arabic attribution, denial and preparation grammar; each rule beside near misses it must not
 * read. Sentences written for this test (none copied from a split).
 * 1. A rebuttal predicate ("لا أساس لها من الصحة", "لا ترى ... أساسا", "عارية عن الصحة", "غير صحيحة") said by the
 *    accused's side dismisses the accusation against it, as "نفى / رفض" do (README v10 call 1: a denial by the accused
 *    blames no one); a third party's accusation stands.
 * 2. A charge of lying or misleading ("تتهم روسيا أمريكا بالتضليل") accuses no one of a deed; a charge of a deed or
 *    of fabricating a story still blames.
 * 3. The genitive of "تسميم" is the one poisoned ("بشأن تسميم زوجها"); the poisoner stands there only with the
 *    poisoned after "لـ" ("تسميم زوجته لطفلها").
 * 4. Hired doers: killers, agents or mercenaries "working for" a party make it the principal ("قتلة يعملون لصالح
 *    الرئيس الروسي"); spies or journalists working for a state do not.
 * 5. The imperfect of "دبّر" (to plot: "يدبرون أعمالا استفزازية") announces an attack; the perfect tells one done.
 * 6. A false-flag purpose ("بهدف اتهام") after "لاستخدامها" (for using them: a use to come) is a staging.
 * 7. Dropping with the pronoun of a load named before it ("ببراميل ... أسقطتها المروحيات الحكومية"): the dropper is the
 *    doer; an aircraft "أسقطتها" (shot down) with no load before is no deed of the incident.
 * 8. Considering carrying out a deed ("كانت تفكر في تنفيذ هجوم") announces it; thinking of a past attack does not.
 * 9. Russian: the genitive after a statement noun, directly or through a chain of titles ("Заявление президента
 *    Украины ... о ...", "Слова главы МИД Франции о ..."), is the statement's author, never the culprit; the doer in the
 *    instrumental of the content stays blamed, and a subject after the statement ("сделал Шойгу") is untouched.
 * 10. Russian: the instrumental «ложью» ("является ложью", "назвал ложью") dismisses as «ложь» does: said by the
 *    accused's side it blames no one; an accusation confirmed by another stays.
 * 11. Russian agreement: a plural phase or modal verb before the infinitive of accusing ("Израиль начали обвинять")
 *    has no subject of its own, so the singular party before it is the accused; a singular phase verb agrees with its
 *    subject, the accuser ("Россия начала обвинять Украину").
 * 13. Russian: the noun «фабрикация» in any case and «подлог» call the incident staged, as «сфабрикованный» does;
 *    «фабрика» (a factory) does not.
 * 12. Russian: a short-form guilt predicate in a relative clause on the party ("мужчину, который может быть виновен в
 *    отравлении") names the antecedent guilty; a victim's relative clause or a negated one does not.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed ?? null;

describe('Arabic rebuttal predicates said by the accused side', () => {
  it('dismisses the accusation its own side rejects', () => {
    expect(blamed('أكد المتحدث باسم الكرملين أن الاتهامات الموجهة لروسيا باستخدام الأسلحة الكيميائية في أوكرانيا لا أساس لها من الصحة.')).toBe(null);
    expect(blamed('قالت موسكو إن الاتهامات الغربية لروسيا بتسميم المعارض بغاز الأعصاب عارية عن الصحة.')).toBe(null);
    expect(blamed('قالت الخارجية الروسية إن الاتهامات الموجهة لروسيا باستخدام الكلوروبكرين غير صحيحة.')).toBe(null);
  });
  it('keeps an accusation no one rebuts and a rebuttal of another claim', () => {
    expect(blamed('أكد المتحدث باسم الخارجية الأمريكية أن روسيا استخدمت الكلوروبكرين ضد القوات الأوكرانية.')).toBe('russia');
    expect(blamed('اتهمت أوكرانيا روسيا باستخدام الكلوروبكرين على الجبهة.')).toBe('russia');
    // an accusation in a clause of its own before the accused's coordinated rebuttal stays reported (an aside)
    expect(blamed('ويتهم نشطاء معارضون النظام السوري بشن هجوم بغاز سام في الغوطة الشرقية، وقالت الحكومة إن المزاعم عارية تماما من الصحة.')).toBe('government');
    // a third party's rebuttal reports the accusation (README v10 call 1)
    expect(blamed('قالت الخارجية الروسية إن الاتهامات الغربية لدمشق باستخدام غاز السارين لا أساس لها من الصحة.')).toBe('government');
    expect(blamed('اعتبرت موسكو أن الاتهامات الموجهة للنظام السوري باستخدام الكلور عارية عن الصحة.')).toBe('government');
  });
});

describe('Arabic charges of lying are no deed', () => {
  it('reads no blame from a charge of misleading or lying', () => {
    expect(blamed('روسيا تتهم أمريكا بالتضليل بعد ادعاء هجوم كيميائي في أوكرانيا')).toBe(null);
    expect(blamed('اتهمت دمشق واشنطن بالكذب بشأن الهجوم الكيميائي في دوما.')).toBe(null);
  });
  it('keeps a charge of a deed or of fabricating', () => {
    expect(blamed('روسيا تتهم أمريكا بالتحضير لهجوم كيميائي في أوكرانيا')).toBe('west');
    expect(blamed('اتهمت دمشق واشنطن بفبركة الهجوم الكيميائي في دوما.')).toBe('west');
    expect(blamed('اتهمت المعارضة قوات النظام باستخدام غاز الكلور في دوما.')).toBe('government');
  });
});

describe('the genitive of Arabic "poisoning" is the poisoned', () => {
  it('reads the genitive as the victim', () => {
    expect(blamed('قال بيسكوف إنه ليس على دراية بمزاعم أرملة المعارض بشأن تسميم زوجها الراحل في سجن روسي.')).toBe(null);
    expect(blamed('دعت ألمانيا إلى التحقيق في تسميم المعارض الروسي بغاز الأعصاب.')).toBe(null);
  });
  it('keeps the poisoner before a "لـ" object and the accused of an accusation', () => {
    expect(blamed('أكدت الشرطة تسميم زوجته لطفلها بمادة سامة.')).toBe('other');
    expect(blamed('اتهمت ألمانيا روسيا بتسميم المعارض أليكسي نافالني بغاز نوفيتشوك.')).toBe('russia');
  });
});

describe('Arabic hired doers working for a party', () => {
  it('blames the party the killers or agents work for', () => {
    expect(blamed('كشف تقرير أن المعارض قتل بسم قاتل، حيث تم حقنه بواسطة قتلة يعملون لصالح الرئيس الروسي.')).toBe('russia');
    expect(blamed('قال التقرير إن عملاء يعملون لحساب المخابرات الروسية سمموا المعارض بغاز الأعصاب.')).toBe('russia');
  });
  it('reads no principal for spies or journalists working for a state', () => {
    expect(blamed('أدين سكريبال بالتجسس لصالح بريطانيا قبل تسميمه بغاز الأعصاب في سالزبوري.')).toBe(null);
    expect(blamed('قال صحفيون يعملون لصالح قناة روسيا اليوم إن هجوما بغاز الكلور وقع في دوما.')).toBe(null);
  });
});

describe('Arabic plotting and false-flag purposes', () => {
  it('reads the imperfect of "دبّر" as an announcement', () => {
    expect(read('المسلحون يدبرون أعمالا استفزازية باستخدام مواد سامة في إدلب').prepared).toBe(true);
    expect(read('مركز المصالحة: الإرهابيون يدبرون استفزازا باستخدام مواد سامة في حلب').prepared).toBe(true);
  });
  it('keeps the perfect a deed done, not announced', () => {
    expect(read('قالت المعارضة إن قوات النظام دبرت هجوما بغاز السارين على الغوطة').prepared).toBe(false);
  });
  it('reads a purpose of accusing after a use to come as a staging', () => {
    const c = read('الحوثيون ينقلون أسطوانات غاز سام لاستخدامها في عمليات تفجير بهدف اتهام التحالف بالوقوف وراء ذلك');
    expect(c.staged).toBe(true);
    expect(c.prepared).toBe(true);
    expect(read('استخدم النظام غاز الكلور في قصف دوما، وطالب الائتلاف مجلس الأمن باتهام النظام').staged).toBe(false);
  });
});

describe('Arabic dropping told by a resumptive pronoun', () => {
  it('reads the dropper of a load named before', () => {
    expect(blamed('استهدف حي الصاخور في حلب الشرقية ببراميل متفجرة تحتوي على الكلور أسقطتها المروحيات الحكومية.')).toBe('government');
    expect(blamed('قصفت بلدة اللطامنة بقنابل تحوي غازا ساما رمتها طائرات النظام.')).toBe('government');
  });
  it('reads no doer from an aircraft shot down', () => {
    expect(blamed('قالت تركيا إن الطائرة السورية التي أسقطتها الدفاعات التركية كانت تحمل أسلحة كيميائية.')).toBe(null);
  });
});

describe('Arabic considering a deed', () => {
  it('announces a deed considered', () => {
    const c = read('قال زيلينسكي إن روسيا كانت تفكر في تنفيذ هجوم على محطة زابوريجيا النووية.');
    expect(c.prepared).toBe(true);
    expect(c.blamed).toBe('russia');
  });
  it('announces nothing when denied or when a past attack is remembered', () => {
    expect(read('قال الوزير إن الحكومة لا تفكر في شن هجوم كيميائي.').prepared).toBe(false);
    expect(read('قال الكاتب إنه يفكر في الهجوم الكيميائي على حلبجة كل يوم.').prepared).toBe(false);
  });
});

describe('Russian genitive author of a statement', () => {
  it('reads the genitive owner of a statement as its speaker', () => {
    expect(blamed('Заявление президента Украины Владимира Зеленского о готовящейся Россией провокации на Запорожской АЭС.')).toBe('russia');
    expect(blamed('Заявление президента Украины о готовящейся провокации на Запорожской АЭС.')).toBe(null);
    expect(blamed('Слова главы МИД Франции о готовящейся химической атаке в Сирии.')).toBe(null);
  });
  it('keeps the doer of the content and a statement with no genitive owner', () => {
    expect(blamed('Заявление министра обороны Великобритании о применении Россией хлорпикрина на Украине.')).toBe('russia');
    expect(blamed('Заявление о применении Украиной химического оружия сделал Шойгу.')).toBe('ukraine');
    expect(blamed('Украина сделала заявление: российские войска применили хлорпикрин.')).toBe('russia');
  });
});

describe('Russian «ложью» dismisses as «ложь» does', () => {
  it('blames no one when the accused side calls the claim a lie', () => {
    expect(blamed('Заявление президента Украины Владимира Зеленского о готовящейся Россией провокации на Запорожской АЭС является ложью, заявил представитель Кремля Дмитрий Песков.')).toBe(null);
    expect(blamed('Сообщения о применении российскими войсками хлорпикрина являются ложью, заявил Песков.')).toBe(null);
  });
  it('keeps an accusation confirmed, not called a lie', () => {
    expect(blamed('Сообщения о применении российскими войсками хлорпикрина подтвердила ОЗХО.')).toBe('russia');
  });
});

describe('Russian plural phase verb before the infinitive of accusing', () => {
  it('reads the singular party before it as the accused', () => {
    expect(blamed('Израиль начали обвинять в применении белого фосфора в Газе.')).toBe('other');
    expect(blamed('Россию стали обвинять в применении хлорпикрина на Украине.')).toBe('russia');
  });
  it('keeps a singular phase verb with its subject the accuser', () => {
    expect(blamed('Россия начала обвинять Украину в применении химического оружия.')).toBe('ukraine');
    expect(blamed('Россия может обвинить Украину в применении химического оружия.')).toBe('ukraine');
  });
});

describe('Russian guilt predicate in a relative clause', () => {
  it('names the antecedent guilty', () => {
    expect(blamed('Полиция задержала мужчину, который может быть виновен в массовом отравлении на авиационном заводе.')).toBe('other');
  });
  it('reads no culprit from a victim\'s clause or a negated one', () => {
    expect(blamed('Полиция задержала мужчину, который был отравлен на авиационном заводе.')).toBe(null);
    expect(blamed('Полиция допросила мужчину, который не виновен в отравлении коллег.')).toBe(null);
  });
});

describe('Russian nouns of fabrication and forgery', () => {
  it('reads the incident as staged', () => {
    expect(read('Асад назвал фабрикацией сообщения о химатаке в Сирии').staged).toBe(true);
    expect(read('Президент Сирии заявил, что сообщения о химатаке в Идлибе являются стопроцентной фабрикацией.').staged).toBe(true);
    const c = read('Химатака в Сирии: Россия подозревает "Белые каски" в подлоге');
    expect(c.staged).toBe(true);
    expect(c.blamed).toBe('white-helmets');
  });
  it('reads a factory as no staging', () => {
    expect(read('На химической фабрике в Армянске произошел взрыв, пострадали рабочие.').staged).toBe(false);
  });
});
