/**
 * Session 22 (fixcl): the review's findings R20-R34 on the claim reader (rooms claims and claims2). Each reviewer
 * sentence must not come back to its wrong reading; each rule's intended positives still fire; one near miss of this
 * room's own per family. Sentences written for this test or taken from the review (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed ?? null;
const prepared = (t: string) => read(t).prepared;
const staged = (t: string) => read(t).staged ?? null;

describe('R20: "shot" a video is filming, not shooting', () => {
  it('reads no private killer before a video or footage', () => {
    expect(blamed('A student shot a video of the helicopter dropping barrels of chlorine on Saraqeb, which activists blamed on the Syrian government.')).toBe('government');
    expect(blamed('A teenager shot a video of the chemical attack in Khan Sheikhoun and posted it online.')).toBe(null);
    expect(blamed('A woman shot a short video of the toxic cloud over Douma.')).toBe(null);
  });
  it('keeps the private killer who shoots a person', () => {
    expect(blamed('A man shot his wife in front of their children, police said.')).toBe('other');
    expect(blamed('A student shot two classmates at the school.')).toBe('other');
  });
});

describe('R21: "about" before a time or a number is approximately', () => {
  it('keeps the subject next to its deed verb', () => {
    expect(blamed('Government forces about midnight fired rockets loaded with sarin at Ghouta, activists said.')).toBe('government');
    expect(blamed('Rebels about an hour later fired chlorine shells at Aleppo, state media said.')).toBe('opposition');
    expect(blamed('Government forces fired rockets loaded with sarin at Ghouta, activists said.')).toBe('government');
  });
  it('still reads a headline speaker "about" a deed as no doer', () => {
    expect(read('Russia about the gas attack: it was staged.')).toMatchObject({ staged: true });
    expect(blamed('Russia about the gas attack: it was staged.')).toBe(null);
  });
});

describe('R22: "linked / connected to" a party as a speaker\'s affiliation', () => {
  it('is no link of the deed when the persons so linked say or accuse', () => {
    expect(blamed('Doctors connected to the opposition said a chemical attack hit Douma overnight.')).toBe(null);
    expect(blamed('Doctors linked to the opposition said a chemical attack hit Douma overnight.')).toBe(null);
    expect(blamed('Sources linked to the Syrian government told reporters the rebels had chlorine.')).toBe(null);
  });
  it('still links a deed or its doers to a party', () => {
    expect(blamed('Militants connected to the opposition fired chlorine shells at Aleppo.')).toBe('opposition');
    expect(blamed('The attack was connected to the rebels, investigators said.')).toBe('opposition');
    expect(blamed('A group connected with the opposition staged the chemical attack.')).toBe('opposition');
  });
});

describe('R23: the bare government with an object of no deed', () => {
  it('reads no deed from a deal, a mission, ambulances or an aid convoy', () => {
    expect(blamed('After the chlorine attack on Douma, the government struck a deal with the rebels to evacuate the town.')).toBe(null);
    expect(blamed('After the chlorine attack on Douma, the government launched a fact-finding mission, Syrian state media said.')).toBe(null);
    expect(blamed('After the chlorine attack on Douma, the government deployed ambulances and medics to the town.')).toBe(null);
    expect(blamed('After the sarin attack in Khan Sheikhoun, the government launched a new aid convoy to Idlib, Syrian state media said.')).toBe(null);
  });
  it('keeps the government as the subject of a deed in a Syrian story', () => {
    expect(blamed('After the chlorine attack on Douma, activists said the government dropped chlorine bombs on the town.')).toBe('government');
    expect(blamed('They say the government fired rockets with toxic agents at Ghouta.')).toBe('government');
  });
});

describe('R24: a finding conceded is not overridden by a reported accusation', () => {
  it('keeps the found doer', () => {
    expect(blamed('Although the OPCW found that the Syrian air force dropped the sarin, Russia blamed the rebels.')).toBe('government');
    expect(blamed('Despite Russia blaming the rebels, the OPCW found that the Syrian air force dropped the sarin.')).toBe('government');
  });
  it('still yields a conceded blame or a negated finding to the main clause', () => {
    expect(blamed('Although the rebels were first blamed, investigators found the army dropped the bombs.')).not.toBe('opposition');
    expect(blamed('Although the OPCW found no trace of sarin, Russia blamed the rebels for the attack.')).toBe('opposition');
  });
});

describe('R25, R28: Arabic readiness against an attack is no plan of one', () => {
  it('announces nothing for hospitals, teams or plans made ready to face an attack', () => {
    expect(prepared('تتواصل الاستعدادات في المستشفيات لمواجهة أي هجوم كيميائي محتمل.')).toBe(false);
    expect(prepared('أكملت فرق الدفاع المدني الاستعدادات للتعامل مع هجوم كيميائي محتمل.')).toBe(false);
    expect(prepared('جهزت وزارة الصحة المستشفيات لاستقبال ضحايا أي هجوم كيميائي محتمل.')).toBe(false);
    expect(prepared('أعدت فرق الدفاع المدني خطة طوارئ لمواجهة أي هجوم بالأسلحة الكيميائية.')).toBe(false);
    expect(prepared('جهز الدفاع المدني فرقه للتعامل مع هجوم كيميائي محتمل على إدلب.')).toBe(false);
    expect(prepared('تحسبا لهجوم كيميائي، تتواصل الاستعدادات في المستشفيات.')).toBe(false);
    expect(prepared('أعدت وزارة الصحة المستشفيات تحسبا لهجوم كيميائي.')).toBe(false);
  });
  it('still announces preparations and readying for carrying one out', () => {
    expect(prepared('تتواصل الاستعدادات لتنفيذ هجوم كيميائي على المدينة.')).toBe(true);
    expect(prepared('رصدت الاستخبارات استعدادات محتملة لشن هجوم كيميائي.')).toBe(true);
    expect(read('روسيا أعدت عملية بعلم كاذب في دونباس.')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(read('موسكو جهزت عملاء للقيام بعملية زائفة.')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
  });
});

describe('R26: the agents of an arrest are no doers of the incident', () => {
  it('reads the capital as a place after the agents of an arrest or a detention', () => {
    expect(blamed('اعتقل الصحفي على يد عناصر من دمشق بعد تغطيته للهجوم الكيميائي.')).toBe(null);
    expect(blamed('احتجز المصور من قبل عناصر من طهران بعد الهجوم الكيميائي.')).toBe(null);
  });
  it('keeps the state behind the agents of a killing', () => {
    expect(blamed('اغتيل الناشط على يد عناصر من طهران.')).toBe('other');
  });
});

describe('R27: a use in operations of cleaning is no attack', () => {
  it('announces no use in water or tank treatment', () => {
    expect(prepared('وكان الجيش قد صادر مخزونا من الكلور. وتخطط البلدية لاستخدامه في عمليات تعقيم الخزانات.')).toBe(false);
    expect(prepared('وكان الجيش قد صادر مخزونا من الكلور. وتخطط البلدية لاستخدامه في عمليات تطهير المياه.')).toBe(false);
  });
  it('still announces a use in operations against people or military operations', () => {
    expect(prepared('وكان الجيش قد صادر مخزونا من الكلور. وتخطط الميليشيات لاستخدامه في عمليات ضد المدنيين.')).toBe(true);
    expect(prepared('وكان الجيش قد صادر مخزونا من الكلور. وتخطط الميليشيات لاستخدامه في عمليات عسكرية.')).toBe(true);
  });
});

describe('R29: "علم كاذب" alone is false science', () => {
  it('reads no staging without an operation or an attack', () => {
    expect(staged('وصف الخبراء الرواية الروسية عن الهجوم الكيميائي في دوما بأنها علم كاذب لا يستند إلى أي دليل.')).toBe(false);
    expect(staged('قال الأستاذ إن التنجيم علم كاذب وليس علما حقيقيا.')).toBe(null);
  });
  it('reads the flag of an operation or under a flag as a staging', () => {
    expect(read('صرح مسؤول أمريكي بأن روسيا أعدت عملية بـ"علم كاذب" لغزو أوكرانيا.')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(read('حذرت كييف من أن موسكو تحضر لعملية علم كاذب في دونباس')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(staged('نفذت القوات هجوما تحت علم كاذب في القرية.')).toBe(true);
  });
});

describe('R30: a camouflage operation that hides is military concealment', () => {
  it('reads no staging', () => {
    expect(staged('نفذ الجيش السوري عملية تمويه لإخفاء مواقع إطلاق الصواريخ قبل الهجوم الكيميائي.')).toBe(false);
    expect(staged('نفذت القوات عملية تمويه لتضليل الرصد الجوي قبل الهجوم الكيميائي.')).toBe(false);
  });
  it('keeps a camouflage operation prepared on a border as a staging', () => {
    expect(read('تتهم أنقرة الأكراد بالتحضير لعملية تمويه على الحدود')).toMatchObject({ blamed: 'other', staged: true, prepared: true });
  });
});

describe('R31, R32: a Russian purpose of a provocation', () => {
  it('plans nothing when the purpose is an inquiry into a provocation', () => {
    expect(prepared('Журналисты поехали в Думу, чтобы провести расследование провокации с химоружием.')).toBe(false);
    expect(prepared('Эксперты приехали в Сирию, чтобы провести изучение провокации с хлором.')).toBe(false);
  });
  it('plans nothing when the sending is denied', () => {
    expect(prepared('Минобороны Украины заявило, что не направляло никаких групп в Сирию, чтобы провести провокацию с химическим оружием.')).toBe(false);
    expect(prepared('Киев отверг обвинения, будто бы он готовил диверсантов, чтобы устроить провокацию.')).toBe(false);
    expect(prepared('Киев опроверг сообщения о том, что направлял группы, чтобы устроить провокацию.')).toBe(false);
  });
  it('still announces a provocation the doers are sent to carry out', () => {
    expect(prepared('Украина направила диверсантов в Сирию, чтобы провести провокацию с химическим оружием.')).toBe(true);
    expect(prepared('Украина направила диверсантов, чтобы провести там провокацию с химическим оружием.')).toBe(true);
    expect(read('Боевики готовят людей для проведения новой химической провокации.')).toMatchObject({ blamed: 'opposition', prepared: true });
    // (a negation of no finite verb, or of another coordinated clause, denies no sending)
    expect(prepared('Разведка сообщила, что Украина, не дожидаясь приказа, направила диверсантов, чтобы провести провокацию.')).toBe(true);
    expect(prepared('Не исключено, что Украина направила диверсантов, чтобы провести провокацию.')).toBe(true);
    expect(prepared('Украина не сумела остановить боевиков, и они направили группы, чтобы провести провокацию.')).toBe(true);
  });
});

describe('R33: "to conduct" a drill or an exercise of an attack', () => {
  it('plans no attack', () => {
    expect(prepared('Ukrainian rescuers gathered in Kharkiv to conduct a mock chemical attack drill.')).toBe(false);
    expect(prepared('The army deployed troops to conduct a chemical attack response exercise.')).toBe(false);
    expect(prepared('The ministry invited journalists to conduct a chemical attack preparedness drill at the school.')).toBe(false);
  });
  it('plans nothing when the plan is readiness to respond or an exercise of repelling an attack', () => {
    expect(prepared('Hospitals are preparing to respond to a chemical attack.')).toBe(false);
    expect(prepared('Армия готовит учения по отражению химической атаки.')).toBe(false);
  });
  it('still announces an attack prepared under the guise of exercises', () => {
    expect(read('Russia is preparing, under the guise of exercises, a chemical attack in Donbas.')).toMatchObject({ blamed: 'russia', prepared: true });
    expect(read('Россия готовит под видом учений провокацию с химическим оружием.')).toMatchObject({ blamed: 'russia', prepared: true });
  });
  it('still announces a false flag the operatives are positioned to conduct', () => {
    expect(read('The SBU has positioned operatives to conduct a false-flag operation in Donbas.')).toMatchObject({ blamed: 'ukraine', staged: true, prepared: true });
  });
});

describe('R34: the Red Army Faction and the Japanese Red Army are no Soviet army', () => {
  it('blames the group, not russia', () => {
    expect(blamed('The Red Army Faction claimed responsibility for the bombing of the US air base.')).toBe('other');
    expect(blamed('Members of the Japanese Red Army attacked the airport in 1972.')).toBe('other');
  });
  it('keeps the Soviet Red Army as russia', () => {
    expect(blamed('The Red Army shelled its own village of Mainila in 1939.')).toBe('russia');
    expect(blamed('Красная армия обстреляла Майнилу.')).toBe('russia');
  });
});
