/**
 * Morphology of the stemmed term pass (src/core/agents/term-matcher.ts; docs/agent-differential.md §3): general
 * rules, not word lists. Arabic: the light stem (Light10 with attached pronouns, the spoken imperfect ب and the
 * spoken plural و) beside Snowball's, so a term's word is read with a clitic, an article, a pronoun or a plural.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { arabicLightStem, stemsOf } from '../src/core/agents/term-matcher.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};

describe('Arabic light stem', () => {
  it('removes a conjunction, an article, an attached pronoun and a sound plural', () => {
    expect(arabicLightStem('عيوني')).toBe(arabicLightStem('عيون'));
    expect(arabicLightStem('عيونهم')).toBe(arabicLightStem('عيون'));
    expect(arabicLightStem('صعوباتهم')).toBe(arabicLightStem('صعوبة'));
    expect(arabicLightStem('والتشنجات')).toBe(arabicLightStem('تشنج'));
    // a pronoun after ة (written ت) gives the ة back
    expect(arabicLightStem('حدقتي')).toBe(arabicLightStem('حدقة'));
    // verb plurals, written and spoken
    expect(arabicLightStem('يسعلون')).toBe(arabicLightStem('يسعل'));
    expect(arabicLightStem('يكحو')).toBe(arabicLightStem('يكح'));
  });
  it('removes the spoken imperfect ب and reads every person of the verb', () => {
    expect(stemsOf('بنسعل', 'ar')).toContain(arabicLightStem('يسعل'));
    expect(stemsOf('بيختنق', 'ar')).toContain(arabicLightStem('يختنق'));
  });
  it('keeps short roots whole (a strip leaves three letters)', () => {
    expect(arabicLightStem('بئر')).toBe('§بئر');
    expect(arabicLightStem('عين')).toBe('§عين');
  });
  it('inflected accounts are read: plural, pronoun, article', () => {
    expect(feats('عانى الأطفال من صعوبات في التنفس')).toMatchObject({ dyspnoea: true });
    expect(feats('اختنقوا جميعا بعد الضربة')).toMatchObject({ dyspnoea: true });
  });
});

describe('Arabic negation: clitics and spoken forms', () => {
  it('و/ف on a negation particle, spoken negations and "free of" negate', () => {
    expect(feats('وبدون أي تشنجات')).toMatchObject({ convulsions: false });
    expect(feats('فلا سعال')).toMatchObject({ cough: false });
    expect(feats('كانوا خالين من التشنجات')).toMatchObject({ convulsions: false });
    expect(feats('никаких судорог не было')).toMatchObject({ convulsions: false });
    expect(feats('The child was negative for miosis.')).toMatchObject({ miosis: false });
  });
  it('a new predicate opened by و on an auxiliary or inchoative verb ends the scope', () => {
    expect(feats('لم نشم رائحة وبدأ الجميع يسعلون')).toMatchObject({ odour_none: true, cough: true });
  });
  it('spoken inability and absence read as the sign or the absence', () => {
    expect(feats('كنا مش قادرين نتنفس')).toMatchObject({ dyspnoea: true });
    expect(feats('ما في ريحة')).toMatchObject({ odour_none: true });
    expect(feats('عيوني عم تدمع وما قدرت شوف')).toMatchObject({ lacrimation: true, blurred_vision: true });
  });
});

describe('free word order (Russian, Arabic)', () => {
  it('a two-word clinical term matches in the other order, next to each other', () => {
    expect(feats('у ребёнка покраснела кожа')).toMatchObject({ skin_rash_itching: true });
    expect(feats('كانت تلسع العيون')).toMatchObject({ burning_eyes: true });
  });
  it('not an onset or course phrase, whose order carries meaning', () => {
    expect(feats('Минут через десять на свежем воздухе стало легче.')).not.toHaveProperty('onset_fast');
    expect(feats('Минут через десять на свежем воздухе стало легче.')).not.toHaveProperty('rising_gas');
  });
});

describe('absence stated after the sign, and delays that are not denials', () => {
  it('Russian and Arabic "was not noted / did not appear" after the sign deny it', () => {
    expect(feats('Судорог у пострадавших не отмечалось.')).toMatchObject({ convulsions: false });
    expect(feats('Миоза не выявлено.')).toMatchObject({ miosis: false });
    expect(feats('التشنجات لم تظهر على أي منهم')).toMatchObject({ convulsions: false });
  });
  it('"not until" and "لم يظهر إلا بعد" time the sign, they do not deny it', () => {
    expect(feats('السعال لم يظهر إلا بعد ساعات من القصف')).toMatchObject({ cough: true });
    expect(feats('Blisters were not seen until the next morning.')).toMatchObject({ delayed_blisters: true, onset_delayed: true });
  });
});

describe('a verbal negation over a list of its objects', () => {
  it('denies each item of an or-list (EN, RU, AR) and of an and-list after "denied"', () => {
    expect(feats('Patients did not have miosis, fasciculations, or seizures.')).toMatchObject({ miosis: false, fasciculations: false, convulsions: false });
    expect(feats('Пострадавшие не жаловались на кашель, тошноту или рвоту.')).toMatchObject({ cough: false, nausea: false, vomiting: false });
    expect(feats('لم يعان المصابون من السعال، أو الغثيان، أو التشنجات.')).toMatchObject({ cough: false, nausea: false, convulsions: false });
    expect(feats('He denied cough, vomiting, and headache.')).toMatchObject({ cough: false, vomiting: false, headache: false });
  });
  it('stops at a new predicate', () => {
    expect(feats('Doctors did not find the cause, patients had cough or vomiting.')).toMatchObject({ cough: true, vomiting: true });
    expect(feats('He denied exposure, and was vomiting.')).toMatchObject({ vomiting: true });
    expect(feats('لم يصب أحد بتشنجات ولا سيلان لعاب، وتعافى الجميع في نفس اليوم')).toMatchObject({ convulsions: false, full_recovery: true });
  });
});

describe('generic and hypothetical statements', () => {
  it('what an agent can do is not what was seen; a past report stays', () => {
    expect(feats('Sarin can cause pinpoint pupils and convulsions. The victims were coughing.')).toEqual({ cough: true });
    expect(feats('Symptoms of chlorine exposure include coughing and burning eyes.')).toEqual({});
    expect(feats('Зарин может вызвать судороги. Люди кашляли.')).toEqual({ cough: true });
    expect(feats('قد يسبب الكلور السعال. المصابون يختنقون')).toEqual({ dyspnoea: true });
    expect(feats('The gas caused vomiting.')).toEqual({ vomiting: true });
  });
});

describe('false friends: similes, fixed expressions, lesions', () => {
  it('a death in a simile or a near miss is no death; a death is', () => {
    expect(feats('I felt like I was choking to death.')).not.toHaveProperty('deaths');
    expect(feats('He almost died.')).not.toHaveProperty('deaths');
    expect(feats('شعرت كأنني أموت')).not.toHaveProperty('deaths');
    expect(feats('Two people choked to death.')).toMatchObject({ deaths: true });
    expect(feats('كان هناك قتلى')).toMatchObject({ deaths: true });
  });
  it('Arabic ما زال / لا يزال (still) is not "it passed"', () => {
    expect(feats('حروق أخي كانت عميقة وما زالت تدخن')).not.toHaveProperty('recovery_fresh_air');
  });
  it('burns on the skin are a lesion, not a burning sensation', () => {
    expect(feats('a fisherman had burns on his skin')).toEqual({ burns: true });
  });
  it('a burst in the sky is an airburst (RU, AR, EN)', () => {
    expect(feats('фотографии момента взрыва в небе над городом')).toMatchObject({ airburst: true });
    expect(feats('انفجارات في السماء')).toMatchObject({ airburst: true });
  });
});

describe('Arabic broken plurals (afʿāl, fuʿūl)', () => {
  it('a plural meets its singular', () => {
    expect(arabicLightStem('اعراض')).toBe(arabicLightStem('عرض')); // as normalised (alef folded)
    expect(arabicLightStem('حروق')).toBe(arabicLightStem('حرق'));
    expect(arabicLightStem('صدورهم')).toBe(arabicLightStem('صدر'));
    expect(arabicLightStem('عيون')).toBe(arabicLightStem('عين'));
    // a word with a plural or feminine ending is not a broken plural
    expect(arabicLightStem('بدوخة')).not.toBe(arabicLightStem('بدخان'));
    expect(feats('عانى المصابون من آلام في الصدر')).toMatchObject({ chest_tightness: true });
  });
});

describe('Arabic duals with a pronoun, verb forms of redness', () => {
  it('عيناه (his two eyes) meets عين; احمرت عيناه is red eyes', () => {
    expect(arabicLightStem('عيناه')).toBe(arabicLightStem('عين'));
    expect(feats('احمرت عيناه')).toMatchObject({ burning_eyes: true });
    expect(feats('دمعت عيناه')).toMatchObject({ lacrimation: true });
  });
});

describe('contrary statements, factive verbs, released gas', () => {
  it('a phrase stating the contrary (dilated pupils) overrides a looser reading of the same words', () => {
    expect(feats('تمثلت إصابتهم بتوسع حدقة العين وضيق في التنفس')).toMatchObject({ miosis: false, dyspnoea: true });
  });
  it('"did not know" presupposes what follows', () => {
    expect(feats('We did not know that the gas caused blisters')).toMatchObject({ delayed_blisters: true });
    expect(feats('ولم نكن نعلم تأثير خلط المادتين')).toMatchObject({ delivery_pool_pump: true });
  });
  it('gas released is not a patient released', () => {
    expect(feats('Gas was released from cylinders and men were coughing.')).not.toHaveProperty('full_recovery');
    expect(feats('They were coughing; all were treated and released.')).toMatchObject({ full_recovery: true });
  });
});

describe('Arabic persons of a verb in terms', () => {
  it('a term written in one person matches the others (the light stem writes the person prefix as ي)', () => {
    expect(feats('كان يشهق')).toMatchObject({ dyspnoea: true });
    expect(feats('كنت أسعل طوال الليل')).toMatchObject({ cough: true });
    expect(arabicLightStem('نختنق')).toBe(arabicLightStem('يختنق'));
  });
});
