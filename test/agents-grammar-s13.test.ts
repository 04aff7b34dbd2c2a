/**
 * Session 13 (room agram): the agents READER's grammar — negation scope, reported speech and expectation in clinical
 * accounts, what a sign word refers to, spelling. Every sentence here was written for this test; none is taken from an
 * evaluation file. Each group asserts the polarity the reader gives.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { ANIMAL_SUBJECT_FEATURES, extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
/** feature id -> true (present) / false (stated absent); a feature not read is missing */
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));

describe('a verbal cue does not reach a new past-tense predicate after "and"', () => {
  it('English do-support and Russian не', () => {
    expect(feats('He did not wear a mask and coughed all night.')).toEqual({ cough: true });
    expect(feats('We did not have masks and started vomiting.')).toEqual({ vomiting: true });
    expect(feats('Мы не надели маски и закашлялись.')).toEqual({ cough: true });
  });
  it('keeps the bare forms, the repeated negation and a participle before its noun under the cue', () => {
    expect(feats('He did not cough and vomit.')).toEqual({ cough: false, vomiting: false });
    expect(feats('Он не кашлял и не задыхался.')).toEqual({ cough: false, dyspnoea: false });
    expect(feats('Не было кашля и боли.')).toEqual({ cough: false });
    expect(feats('He did not have burning eyes and reddened skin.')).toMatchObject({ burning_eyes: false, skin_burning: false });
  });
});

describe('what clinicians expected, searched for or were warned about is no finding; its outcome answers it', () => {
  it('drops an expectation or a search with no outcome told', () => {
    expect(feats('Doctors were told to watch for convulsions and vomiting.')).toEqual({});
    expect(feats('Paramedics were warned that victims might have convulsions.')).toEqual({});
    expect(feats('Медиков предупредили, что у пострадавших могут быть судороги.')).toEqual({});
    expect(feats('حذر الأطباء من احتمال حدوث تشنجات.')).toEqual({});
  });
  it('turns it absent where the search found nothing', () => {
    expect(feats('Doctors expected pinpoint pupils, but the pupils were normal.')).toEqual({ miosis: false });
    expect(feats('The staff looked for signs of miosis and found none.')).toEqual({ miosis: false });
    expect(feats('Physicians examined for miosis; none was found.')).toEqual({ miosis: false });
    expect(feats('The clinicians suspected a nerve agent and checked for pinpoint pupils, which were absent.')).toEqual({ miosis: false });
    expect(feats('Patients were screened for miosis; all were negative.')).toEqual({ miosis: false });
    expect(feats('Miosis was looked for but not seen.')).toEqual({ miosis: false });
    expect(feats('Врачи ожидали увидеть узкие зрачки, но зрачки были нормальные.')).toEqual({ miosis: false });
    expect(feats('توقع الأطباء حدقات دبوسية لكن الحدقات كانت طبيعية.')).toEqual({ miosis: false });
  });
  it('keeps what happened beside a search for people, a progressive verb, and a prediction told as such', () => {
    expect(feats('We were looking for our children and everyone was coughing.')).toEqual({ cough: true });
    expect(feats('They fell ill with nausea and headache while they were preparing for examinations.')).toEqual({ nausea: true, headache: true });
    expect(feats('As expected, the pupils were pinpoint.')).toEqual({ miosis: true });
    // a definite object is presupposed
    expect(feats('Workers got headaches while the crews looked for the gas leak.')).toMatchObject({ headache: true, delivery_industrial_leak: true });
  });
});

describe('an indirect question about a sign takes its answer', () => {
  it('absent after "said no", "denied", "ответил, что нет", "فنفى"', () => {
    expect(feats('He was asked whether he had vomited, and said no.')).toEqual({ vomiting: false });
    expect(feats('When asked about seizures, the family denied any.')).toEqual({ convulsions: false });
    expect(feats('She was asked about vomiting and denied it.')).toEqual({ vomiting: false });
    expect(feats('Врач спросил, была ли рвота; пациент ответил, что нет.')).toEqual({ vomiting: false });
    expect(feats('سئل المريض عن القيء فنفى ذلك.')).toEqual({ vomiting: false });
  });
  it('present after "said yes"', () => {
    expect(feats('Asked whether she had vomited, she said yes.')).toEqual({ vomiting: true });
  });
});

describe('"ruled out" before its object denies it, over an and-list', () => {
  it('EN/RU/AR', () => {
    expect(feats('The doctor ruled out miosis, seizures and hypersalivation.')).toEqual({ miosis: false, convulsions: false, hypersalivation: false });
    expect(feats('Врачи исключили судороги и миоз.')).toEqual({ miosis: false, convulsions: false });
    expect(feats('استبعد الأطباء التشنجات والتعرق.')).toEqual({ convulsions: false, sweating: false });
  });
  it('not a new predicate after it', () => {
    expect(feats('Doctors ruled out chlorine and treated the cough.')).toEqual({ cough: true });
  });
});

describe('"no smell of X, only Y": one rule (session 12 had two), the same readings', () => {
  it('another smell after but / only, read or not, leaves only what the denial names', () => {
    expect(feats('There was no smell of gas, only a smell of petrol.')).toEqual({ odour_solvent: true });
    expect(feats('No smell of gas, only petrol and burning.')).toEqual({ odour_burning: true });
    expect(feats('ما كان في ريحة غاز، بس ريحة بنزين.')).toEqual({ odour_solvent: true });
    expect(feats('Запаха газа не было, только запах гари.')).toEqual({ odour_burning: true });
    expect(feats('There was no smell, only the smell of the sea.')).toEqual({});
    expect(feats('There was no smell of gas but a smell of bleach.')).toEqual({ odour_bleach: true });
  });
  it('keeps the "no smell" before a new clause or a comparison', () => {
    expect(feats('There was no smell, but everyone started coughing.')).toEqual({ odour_none: true, cough: true });
    // (the comparison's chlorine smell is Douma's, not this event's: a comparison span drops it)
    expect(feats('No smell at first, unlike the chlorine smell in Douma.')).toEqual({ odour_none: true });
  });
});

describe('heat words only as the circumstance of the illness', () => {
  it('dehydration caused by vomiting or diarrhoea is no heat', () => {
    expect(feats('He was given fluids for dehydration after vomiting all night.')).toEqual({ vomiting: true });
    expect(feats('Обезвоживание из-за рвоты.')).toEqual({ vomiting: true });
    expect(feats('جفاف بسبب الإسهال.')).toEqual({ diarrhoea_cramps: true });
    // beside vomiting in a heat illness it stays
    expect(feats('On a hot day pupils fainted and vomited and were treated for dehydration.')).toMatchObject({ heat_or_crowding: true, vomiting: true });
  });
  it('the sun is no fire', () => {
    expect(feats('The sun was blazing when the helicopter dropped the barrel.').fire_smoke).toBeUndefined();
  });
  it('a belief corrected in its sentence is what it was not; the munition in it stays', () => {
    expect(feats('Doctors first thought it was heatstroke, but the pupils were pinpoint.')).toEqual({ miosis: true });
    expect(feats('Сначала думали, что это тепловой удар, но зрачки были узкие.')).toEqual({ miosis: true });
    expect(feats('ظنوا أنها ضربة شمس لكن الحدقات كانت صغيرة.')).toEqual({ miosis: true });
    expect(feats('We thought it was ordinary shelling, but then people started choking.')).toEqual({ delivery_shell_rocket: true, dyspnoea: true });
    // uncorrected, the belief is left alone
    expect(feats('Doctors thought it was heatstroke.')).toEqual({ heat_or_crowding: true });
  });
});

describe('a sign told of an animal is no sign of the people', () => {
  it('drops the animal\'s signs (EN/RU/AR)', () => {
    expect(feats('The dog was foaming at the mouth.')).toEqual({});
    expect(feats('Our dog was shaking and drooling, the children were fine.')).toEqual({});
    expect(feats('The sheep were convulsing in the field.')).toEqual({});
    expect(feats('Собака дрожала и пускала слюну.')).toEqual({});
    expect(feats('الكلب كان يرتجف ويسيل لعابه.')).toEqual({});
    expect(feats('The cat had pinpoint pupils.')).toEqual({});
  });
  it('keeps the people\'s signs beside an animal, in a simile, and after a food or place named by an animal', () => {
    expect(feats('My dog and I were coughing all night.')).toEqual({ cough: true });
    expect(feats('He was coughing like a dog.')).toEqual({ cough: true });
    expect(feats('صار يسعل متل الكلب.')).toEqual({ cough: true });
    expect(feats('The dog\'s owner was vomiting.')).toEqual({ vomiting: true });
    expect(feats('The chickens died and our eyes were burning.')).toEqual({ dead_animals: true, burning_eyes: true });
    expect(feats('After the chicken soup, many guests were vomiting.')).toMatchObject({ vomiting: true });
    expect(feats('Запах резкий, как из коровника, до слёз, глаза жжёт.')).toMatchObject({ burning_eyes: true });
  });
  it('the feature list is the clinical topic of the knowledge base, with the deaths', () => {
    const clinical = kb.features.filter((f) => f.topic === 'clinical').map((f) => f.id);
    expect([...ANIMAL_SUBJECT_FEATURES].sort()).toEqual([...clinical, 'deaths', 'deaths_without_injury'].sort());
  });
});

describe('a list closed by a dash and a word of absence', () => {
  it('denies every item, a two-word item too (RU/EN/AR)', () => {
    expect(feats('Тошнота и судорожные припадки — нет.')).toEqual({ nausea: false, convulsions: false });
    expect(feats('Судорожные припадки, слюнотечение — отсутствуют.')).toEqual({ convulsions: false, hypersalivation: false });
    expect(feats('Слезотечение, насморк — не отмечались.')).toEqual({ lacrimation: false, rhinorrhoea: false });
    expect(feats('Nausea and seizures — none.')).toEqual({ nausea: false, convulsions: false });
    expect(feats('الغثيان والتشنجات — لا.')).toEqual({ nausea: false, convulsions: false });
  });
  it('denies the objects of a complaint before нет', () => {
    expect(feats('Жалоб на кашель, одышку нет.')).toEqual({ cough: false, dyspnoea: false });
  });
  it('keeps a field per item', () => {
    expect(feats('Кашель — да, рвота — нет.')).toEqual({ cough: true, vomiting: false });
    expect(feats('Cough: yes; vomiting: no.')).toEqual({ cough: true, vomiting: false });
    expect(feats('Головная боль — есть, тошнота — нет.')).toEqual({ headache: true, nausea: false });
  });
});

describe('another event told for comparison is not this one', () => {
  it('a comparison and its relative clause', () => {
    expect(feats('It was nothing like the sarin attack, where people had pinpoint pupils.')).toEqual({});
    expect(feats('Unlike in Ghouta, there were no convulsions.')).toEqual({ convulsions: false });
    expect(feats('Не так, как в Гуте, где у людей была пена изо рта; здесь только кашель.')).toEqual({ cough: true });
    expect(feats('مش متل الغوطة، وقتها الناس كانت تزبد، هالمرة بس سعال.')).toEqual({ cough: true });
  });
  it('an earlier event set against "this time"', () => {
    expect(feats('In 2013 we saw people foaming at the mouth, but this time only coughing.')).toEqual({ cough: true });
    expect(feats('Last year my uncle had seizures after the sarin attack; this time we only coughed.')).toEqual({ cough: true });
    expect(feats('This time it smelled of chlorine; in 2013 there was no smell.')).toEqual({ odour_bleach: true });
  });
  it('a past event alone is this account\'s event', () => {
    expect(feats('In 2017 the attack came at dawn and people were foaming at the mouth.')).toEqual({ frothy_sputum: true });
    expect(feats('Like in Douma, people were foaming at the mouth.')).toEqual({ frothy_sputum: true });
  });
});

describe('review s13 item 1: a negated "ruled out" denies nothing, and its object ends at a word of reason', () => {
  it('the signs given as the reason stay present', () => {
    expect(feats('A nerve agent could not be ruled out given the miosis and seizures.')).toEqual({ miosis: true, convulsions: true });
    expect(feats('Врачи не исключили отравление зарином из-за судорог и узких зрачков.')).toEqual({ convulsions: true, miosis: true });
    expect(feats('لم يستبعد الأطباء التسمم بالسارين بسبب التشنجات وتضيق الحدقة.')).toEqual({ miosis: true, convulsions: true });
  });
  it('a plain "ruled out" before its object still denies it', () => {
    expect(feats('Врачи исключили судороги и миоз.')).toEqual({ convulsions: false, miosis: false });
    expect(feats('استبعد الأطباء التشنجات.')).toEqual({ convulsions: false });
  });
});

describe('review s13 item 2: a belief spans its own clause; decided / it felt are no beliefs; doubting the believer corrects nothing', () => {
  it('signs told after the belief\'s clause stay', () => {
    expect(feats('I thought the building would collapse, my eyes were burning and I vomited, but I got out.')).toEqual({ burning_eyes: true, vomiting: true });
    expect(feats('Мы решили, что надо бежать, глаза жгло, но дверь была заперта.')).toEqual({ burning_eyes: true });
    expect(feats('Казалось, что глаза горят, но мы шли дальше.')).toEqual({ burning_eyes: true });
    expect(feats('I was sure I smelled chlorine, but nobody believed me.')).toEqual({ odour_bleach: true });
  });
  it('a belief corrected in its clause still asserts nothing', () => {
    expect(feats('Doctors first thought it was heatstroke, but the pupils were pinpoint.')).toEqual({ miosis: true });
    expect(feats('Сначала думали, что это тепловой удар, но зрачки были узкие.')).toEqual({ miosis: true });
  });
});

describe('review s13 item 3: a search or warning span ends at a new finite predicate; "tested negative for" is no search', () => {
  it('the signs told after the search stay', () => {
    expect(feats('The patient was checked for injuries and had pinpoint pupils.')).toEqual({ miosis: true });
    expect(feats('He was monitored for seizures overnight and had two seizures.')).toEqual({ convulsions: true });
    expect(feats('The children, who had been tested for exposure, had pinpoint pupils and were drooling.')).toEqual({ miosis: true, hypersalivation: true });
    expect(feats('Patients were tested for sarin exposure, all tested negative for covid, and had pinpoint pupils.')).toMatchObject({ miosis: true });
    expect(feats('We were warned about the gas and then we smelled chlorine.')).toEqual({ odour_bleach: true });
  });
  it('a search with no outcome still asserts nothing', () => {
    expect(feats('Staff checked for miosis and vomiting.')).toEqual({});
    expect(feats('The staff looked for signs of miosis and found none.')).toEqual({ miosis: false });
  });
});

describe('review s13 item 4: a search is answered only in the clause right after it', () => {
  it('a later "normal" answers nothing; an asserting relative answers yes', () => {
    expect(feats('Doctors checked for miosis, which was present, and the chest X-ray was normal.')).toEqual({ miosis: true });
  });
  it('an outcome in the next clause still answers no', () => {
    expect(feats('The clinicians suspected a nerve agent and checked for pinpoint pupils, which were absent.')).toEqual({ miosis: false });
    expect(feats('Doctors expected pinpoint pupils, but the pupils were normal.')).toEqual({ miosis: false });
  });
});
