/**
 * Session 22 (claims): Arabic passive agents and their antecedents, Arabic preparations; each rule beside near misses it
 * must not read. Sentences written for this test (none copied from a split).
 * 1. A state named by a capital-like lexicon row (North Korea, a foreign capital) after a passive agent's "على يد / على
 *    أيدي / من قبل / بواسطة", itself or through its agents ("على يد عملاء من كوريا الشمالية"), is the doer; a capital
 *    after "من" with no passive agent before ("وصل عملاء من طهران") stays a place.
 * 2. "His / her government" after a passive agent ("على يد حكومته", "على أيدي سلطات بلادها") is the government of the state
 *    whose nisba names the person before it ("المعارض الروسي"); a government that is no passive agent ("وطالبت حكومته
 *    بالتحقيق") is no doer. Dying at the hands of someone ("توفي ... على يد") is a killing; dying alone is no incident.
 * 3. Arabic "preparations" (الاستعدادات) for an attack announce it, as the verb "يستعد" does; preparations for a
 *    commemoration do not.
 * 4. An Arabic relative clause of preparing ("الاستفزازات التي أعدها", "المسرحية التي تحضرها") takes its antecedent as
 *    its object; "التقارير التي أعدها الخبراء عن الهجوم" (reports prepared about an attack) announces nothing.
 * 5. Preparing a substance as a direct object ("تحضير مادة نوفيتشوك") makes it, and preparations "to submit a
 *    declaration" (لتقديم إعلان) plan no attack; preparing for an attack with a substance still announces it.
 * 6. English: a concessive clause opening a sentence ("Despite X claiming responsibility, ...", "Although the rebels were
 *    first blamed, ...") yields to the party its main clause names; with no other party named it keeps its own.
 *    "connected with / to" a party names it as "linked to" does; al-Qa'ida in its transliterations.
 * 7. English: "the government" as the subject of a verb of a deed in a Syrian story ("say the government fired rockets
 *    with toxic agents") is the Syrian government, as the bare army is; "the government launched an investigation" and
 *    a government outside a Syrian story are not.
 * 8. A party before a deed with "about" between (Russian «о / об», English "about") knows or tells of it: "данные США о
 *    химической атаке", "США о химатаке: ..."; a party next to its deed verb keeps it.
 * 9. A private person as the subject of an active verb of killing or stabbing ("A man stabbed his wife", "Man who killed
 *    a woman ... sentenced") is a private killer, `other`; a person killed, or killed in a strike, is no killer; a stab
 *    "in the back" is betrayal.
 * 10. Arabic accusations: a date between the accused and the charge ("اتهمت الخارجية الجيش السوداني في نهاية مايو،
 *    باستخدام") keeps the accused; a denier named as the accused of a later accusation in its sentence ("نفت تركيا ...
 *    بعد أن اتهمت قوات كردية أنقرة بتنفيذ هجوم") is blamed as reported, as in English; a denial alone blames no one.
 * 11. English relative clauses: a title and a person's name between a party's adjective and ", who" ("Russian General
 *    Igor Kirillov, who ordered the use of chemical weapons") leave the party the antecedent; a clause and an object
 *    between them ("Russian jets struck Idlib Province, which ...") do not, nor a victim ("who was killed").
 * 12. Arabic VSO plans of use: the plan verb's subject (and a parenthetical source) between it and "لاستخدامها", whose
 *    pronoun resumes an agent of the sentence before, announce the use when it is against someone or in an attack ("ضد
 *    المدنيين"); a use for water treatment does not.
 * 13. The English noun "use" closing a weapon compound ("alleged Russian chemical weapon use") has the adjective or
 *    possessive before the compound for its doer; a party further before (the soldiers hospitalized) is not its subject.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed ?? null;
const prepared = (t: string) => read(t).prepared;

describe('a state after an Arabic passive agent', () => {
  it('is the doer, itself or through its agents', () => {
    expect(blamed('اغتيل الدبلوماسي على يد عملاء من كوريا الشمالية في المطار.')).toBe('other');
    expect(blamed('قتل المنشق على أيدي عملاء كوريا الشمالية.')).toBe('other');
    expect(blamed('اغتيل الناشط على يد عناصر من طهران.')).toBe('other');
    expect(blamed('قُتل الصحفي على يد كوريا الشمالية بحسب التحقيق.')).toBe('other');
  });
  it('stays a place after "من" with no passive agent', () => {
    expect(blamed('وصل عملاء من طهران إلى بيروت قبل الانفجار.')).toBe(null);
    expect(blamed('قتل الصحفي بعد عودته من طهران.')).toBe(null);
    expect(blamed('قتل الأخ غير الشقيق لزعيم كوريا الشمالية في المطار.')).toBe(null);
  });
});

describe('his own government after an Arabic passive agent', () => {
  it('is the state of the nisba that names the person', () => {
    expect(blamed('توفي السجين الروسي على يد حكومته بعد سنوات من الاعتقال.')).toBe('russia');
    expect(blamed('اتهمت الدول الأوروبية بأن المعارض الروسي قتل على يد سلطات بلاده.')).toBe('russia');
    expect(blamed('قتلت الناشطة الإيرانية على أيدي نظامها.')).toBe('other');
  });
  it('is no doer when the government is not the passive agent', () => {
    expect(blamed('قتل المعارض الروسي على يد مجهولين وطالبت حكومته بالتحقيق.')).toBe(null);
    expect(blamed('توفي المعارض الروسي في المستشفى بعد مرض طويل.')).toBe(null);
  });
  it('reads a death at the hands of a named doer as a killing', () => {
    expect(blamed('توفي المصور على يد قوات الأمن السورية.')).toBe('government');
    expect(read('توفي الكاتب في منزله عن عمر ناهز الثمانين.').staged).toBe(null);
  });
  it('does not take a folded "أجهزة" for "his apparatus"', () => {
    expect(blamed('يتم التحضير لاستفزاز كيميائي من قبل أجهزة استخبارات دول الناتو.')).toBe('west');
  });
});

describe('Arabic preparations for an attack', () => {
  it('announce it', () => {
    expect(prepared('قال مسؤول أمريكي إن الاستعدادات جارية لشن هجوم بالغاز في ريف حماة.')).toBe(true);
    expect(prepared('رصدت الاستخبارات استعدادات لتنفيذ هجوم كيميائي جديد.')).toBe(true);
  });
  it('do not announce a commemoration or a willingness', () => {
    expect(prepared('تجري الاستعدادات لإحياء ذكرى الهجوم الكيميائي على حلبجة.')).toBe(false);
    expect(prepared('أبدت الحكومة استعدادها للتعاون في التحقيق في الهجوم.')).toBe(false);
  });
});

describe('an Arabic relative clause of preparing', () => {
  it('takes its antecedent as the plan', () => {
    expect(prepared('حذر المتحدث من الاستفزازات الكيميائية التي أعدها المسلحون في ريف إدلب.')).toBe(true);
    expect(prepared('كشفت موسكو عن المسرحية التي تحضرها الخوذ البيضاء في سراقب.')).toBe(true);
  });
  it('announces nothing when its antecedent is no deed', () => {
    expect(prepared('نشرت الوزارة التقارير التي أعدها الخبراء عن الهجوم الكيميائي.')).toBe(false);
  });
});

describe('preparing a substance or a declaration', () => {
  it('plans no attack', () => {
    expect(prepared('نشرت صحيفة بريطانية تقريرا عن تحضير مادة السارين في مختبر سري.')).toBe(false);
    expect(prepared('تجري الوزارة التحضيرات لتقديم إعلان عن المواد الكيماوية التي تملكها البلاد.')).toBe(false);
  });
  it('keeps a preparation for an attack with the substance', () => {
    expect(prepared('المسلحون يعملون على التحضير لهجوم بغاز السارين.')).toBe(true);
  });
});

describe('an English concessive clause', () => {
  it('yields to the party of its main clause', () => {
    expect(blamed('Despite the Islamic State claiming the bombing, the minister insists that its planners were connected with Ukraine.')).toBe('ukraine');
    expect(blamed('Although the rebels were first blamed for the gas attack, inspectors later found that the Syrian army dropped the cylinders.')).toBe('government');
  });
  it('keeps its party when the main clause names none', () => {
    expect(blamed('Despite the Islamic State claiming responsibility for the bombing, the city stayed calm.')).toBe('opposition');
    expect(blamed('The Islamic State claimed the bombing, although no evidence was given.')).toBe('opposition');
  });
});

describe('connected with a party, and al-Qaida spelled with its apostrophe', () => {
  it('names the party', () => {
    expect(blamed('Officials say the gunmen who carried out the attack were connected to Hezbollah.')).toBe('other');
    expect(blamed('The bombing of the embassy was carried out by an al-Qa\'ida cell.')).toBe('opposition');
  });
  it('does not read a connection of no deed', () => {
    expect(blamed('The new railway connected with Turkey opened last week.')).toBe(null);
  });
});

describe('the bare government as the subject of a deed in a Syrian story', () => {
  it('is the Syrian government', () => {
    expect(blamed('Activists near Damascus say the government fired rockets with toxic gas into the suburbs.')).toBe('government');
    expect(blamed('Rescuers in Idlib said the government dropped chlorine barrels on the town.')).toBe('government');
  });
  it('is no doer when it investigates, or outside a Syrian story', () => {
    expect(blamed('In Syria the rebels said the government launched an investigation into the chemical attack.')).toBe(null);
    expect(blamed('Officials in Baghdad say the government fired rockets with toxic agents at the militants.')).toBe(null);
  });
});

describe('a party with "about" before a deed', () => {
  it('tells of it, it does not do it', () => {
    expect(blamed('Журналисты узнали о данных США о химической атаке под Идлибом.')).toBe(null);
    expect(blamed('Великобритания о химатаке в Думе: виновата сирийская армия.')).toBe('government');
  });
  it('keeps the doer next to its deed', () => {
    expect(blamed('Франция нанесла удар по складу в Сирии.')).toBe('west');
    expect(blamed('Россия о химатаке ничего не знала, а боевики применили хлор.')).toBe('opposition');
  });
});

describe('a private killer', () => {
  it('is other as the subject of an active killing verb', () => {
    expect(blamed('A woman in Ohio who shot her neighbour was charged with murder.')).toBe('other');
    expect(blamed('Husband who stabbed his wife outside a bakery jailed for life')).toBe('other');
    expect(blamed('Police say a man shot two people in a parking lot.')).toBe('other');
  });
  it('is no culprit when killed or in a metaphor', () => {
    expect(blamed('A man was killed in the airstrike on the market.')).toBe(null);
    expect(blamed('A woman killed in the shelling was buried on Friday.')).toBe(null);
    expect(blamed('Erdogan said Russia stabbed Turkey in the back after the jet was shot down.')).toBe(null);
  });
});

describe('Arabic accusations with a date, and the denier accused', () => {
  it('keeps the accused past a date before the charge', () => {
    expect(blamed('وكانت الخارجية البريطانية اتهمت الجيش السوداني في مطلع العام الماضي، باستخدام غاز الكلور.')).toBe('other');
    expect(blamed('اتهمت واشنطن الجيش السوداني في أواخر أيار باستخدام أسلحة كيميائية.')).toBe('other');
  });
  it('keeps an unknown noun as the accused when it is no date', () => {
    expect(blamed('اتهمت طهران جماعة كارين باستخدام الغاز.')).toBe(null);
  });
  it('blames the denier that a later accusation in its sentence names', () => {
    expect(blamed('نفت إيران استخدام غازات سامة، بعد أن اتهمت منظمات حقوقية طهران بتنفيذ هجوم كيميائي.')).toBe('other');
  });
  it('blames no one on a denial alone', () => {
    expect(blamed('نفت تركيا استخدام أسلحة كيماوية في عفرين.')).toBe(null);
  });
});

describe('a title and a name before an English relative clause', () => {
  it('leave the side of the adjective the doer', () => {
    expect(blamed('Investigators named Russian Colonel Pavel Orlov, who ordered the use of chloropicrin near Avdiivka.')).toBe('russia');
    expect(blamed('Ukrainian Major Taras Bondar, who ordered the shelling of the chemical plant, was detained.')).toBe('ukraine');
  });
  it('do not make an object or a victim the antecedent', () => {
    expect(blamed('The Ukrainian journalist Olena Kovalenko, who was wounded in the shelling, spoke to reporters.')).toBe(null);
  });
});

describe('an Arabic plan of use with its subject between', () => {
  it('announces the use of the agent named before', () => {
    expect(prepared('وصلت أسطوانات غاز الكلور إلى ريف حماة. ويخطط المسلحون (بحسب المصدر) لاستخدامها ضد المدنيين في المنطقة.')).toBe(true);
  });
  it('does not announce a use that is no attack', () => {
    expect(prepared('اشترت البلدية كميات من غاز الكلور. وتخطط الشركة لاستخدامها في تعقيم المياه.')).toBe(false);
  });
});

describe('the English noun "use" after a weapon', () => {
  it('does not take a party before the compound for its subject', () => {
    expect(blamed('Over 300 Ukrainian soldiers hospitalized from suspected Russian chemical weapons use near Robotyne.')).toBe(null);
    expect(blamed('Over 300 Ukrainian soldiers hospitalized from alleged Russian chemical weapons use; two deaths reported. The soldiers were poisoned by gas grenades dropped by Russian drones.')).toBe('russia');
  });
  it('leaves a verb of use its subject', () => {
    expect(blamed('Ukrainian troops use tear gas grenades against the assault.')).toBe('ukraine');
    expect(blamed('Hundreds of Kurdish fighters poisoned by suspected Turkish chlorine use, doctors said.')).toBe('other');
  });
});
