/**
 * Session 14 (room agram): the agents READER's grammar — the review defects of session 13 (a finding verb read as a search,
 * a warning that reports what happened, an indirect question's answer taken from another clause, a negated object reaching
 * a coordinated predicate) and the constructions found in development look-part misses. Every sentence here was written for
 * this test; none is taken from an evaluation file. Each group asserts the polarity the reader gives.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('review s13: Arabic كشف عن "revealed" is a finding, not a search', () => {
  it('asserts what the examination revealed', () => {
    expect(feats('الفحص الطبي كشف عن تضيق الحدقة.')).toEqual({ miosis: true });
    expect(feats('أظهر الفحص احمرار العينين وكشف عن تشنجات.')).toMatchObject({ convulsions: true });
    expect(feats('وكشفت الفحوصات عن تضيق في حدقة العين.')).toEqual({ miosis: true });
  });
  it('a search told as such stays a search: for the purpose of detecting, in search of', () => {
    expect(feats('فحص الطبيب الجرحى للكشف عن تضيق الحدقة.')).toEqual({});
    expect(feats('فحص الطبيب الجرحى بحثا عن تضيق الحدقة.')).toEqual({});
    expect(feats('بحث الأطباء عن تضيق الحدقة ولم يجدوا شيئا.')).toMatchObject({ miosis: false });
  });
});

describe('review s13: a warning that reports what happened asserts it; only future or modal content is irrealis', () => {
  it('indicative content is a report (EN/RU)', () => {
    expect(feats('The doctor warned that several patients were already foaming at the mouth.')).toEqual({ frothy_sputum: true });
    expect(feats('Officials warned that several residents had vomited and were coughing.')).toEqual({ vomiting: true, cough: true });
    expect(feats('Врач предупредил, что у нескольких пациентов уже начались судороги.')).toEqual({ convulsions: true });
    expect(feats('حذر الطبيب من أن عددا من المرضى أصيبوا بتشنجات.')).toEqual({ convulsions: true });
  });
  it('future, modal or nominal content stays irrealis', () => {
    expect(feats('Paramedics were warned that victims might have convulsions.')).toEqual({});
    expect(feats('The doctor warned that patients could start vomiting.')).toEqual({});
    expect(feats('Officials warned that residents would develop blisters.')).toEqual({});
    expect(feats('Medics warned of convulsions.')).toEqual({});
    expect(feats('Медиков предупредили, что у пострадавших могут быть судороги.')).toEqual({});
    expect(feats('Врачи предупредили, что будет рвота.')).toEqual({});
    expect(feats('حذر الأطباء من احتمال حدوث تشنجات.')).toEqual({});
    expect(feats('حذر الطبيب من أن المرضى قد يصابون بتشنجات.')).toEqual({});
  });
});

describe('review s13: an indirect question takes its answer from its own clause', () => {
  it('an answer told in a later clause about another sign is not this question\'s', () => {
    expect(feats('He was asked whether he had vomited and said yes; he denied seizures.')).toEqual({ vomiting: true, convulsions: false });
    expect(feats('When asked about seizures, the mother confirmed them, and the father denied vomiting.')).toEqual({ convulsions: true, vomiting: false });
    expect(feats('سئل المريض عن القيء فأكد ذلك، ونفى التشنجات.')).toEqual({ vomiting: true, convulsions: false });
  });
  it('the answer right after the question still decides', () => {
    expect(feats('He was asked whether he had vomited, and said no.')).toEqual({ vomiting: false });
    expect(feats('When asked about seizures, the family denied any.')).toEqual({ convulsions: false });
    expect(feats('She was asked about vomiting and denied it.')).toEqual({ vomiting: false });
    expect(feats('Врач спросил, была ли рвота; пациент ответил, что нет.')).toEqual({ vomiting: false });
    expect(feats('سئل المريض عن القيء فنفى ذلك.')).toEqual({ vomiting: false });
    expect(feats('Asked whether she had vomited, she said yes.')).toEqual({ vomiting: true });
  });
});

describe('review s13: a negated object does not negate a coordinated past predicate', () => {
  it('"had no mask and coughed": the past verb after "and" is a new predicate of the subject', () => {
    expect(feats('She had no mask and coughed.')).toEqual({ cough: true });
    expect(feats('He wore no mask and vomited twice.')).toEqual({ vomiting: true });
    expect(feats('He had no cough and wheezed all night.')).toEqual({ cough: false, dyspnoea: true });
    expect(feats('The children had no fever and vomited.')).toEqual({ vomiting: true });
  });
  it('a determiner that is the subject keeps both verbs; a noun list stays under the determiner', () => {
    expect(feats('No one coughed and vomited.')).toEqual({ cough: false, vomiting: false });
    expect(feats('Nobody coughed and vomited.')).toEqual({ cough: false, vomiting: false });
    expect(feats('He had no cough and vomiting.')).toEqual({ cough: false, vomiting: false });
    expect(feats('He had no burning eyes and reddened skin.')).toMatchObject({ burning_eyes: false, skin_burning: false });
  });
});

describe('a dashed list closed by "nothing"', () => {
  it('denies every item before the dash (RU/EN/AR)', () => {
    expect(feats('Кашля, слёз, рвоты — ничего.')).toEqual({ cough: false, lacrimation: false, vomiting: false });
    expect(feats('Cough, tears, vomiting - nothing.')).toEqual({ cough: false, lacrimation: false, vomiting: false });
    expect(feats('السعال والدموع والقيء — لا شيء.')).toEqual({ cough: false, lacrimation: false, vomiting: false });
  });
  it('"nothing" that opens a longer phrase is no absence', () => {
    expect(feats('Cough — nothing else.')).toEqual({ cough: true });
    expect(feats('Кашель — ничего страшного.')).toEqual({ cough: true });
  });
});

describe('a yellow or green coordinated with another hue is a many-coloured cloud', () => {
  it('drops chlorine\'s yellow-green (EN/RU/AR)', () => {
    expect(feats('A cloud of pink and green smoke rose over the warehouse.')).toEqual({});
    expect(feats('Поднялось облако розового и зелёного дыма.')).toEqual({});
    expect(feats('ارتفع دخان أحمر وأخضر.').cloud_yellow_green).toBeUndefined();
  });
  it('keeps yellow beside green, a single hue, and a colour of another noun', () => {
    expect(feats('Yellow and green smoke drifted in.')).toEqual({ cloud_yellow_green: true });
    expect(feats('ارتفع دخان أصفر.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('A green cloud came first, and white smoke later.')).toMatchObject({ cloud_yellow_green: true });
  });
});

describe('the subject of a verbal smell word is the source, not the odour', () => {
  it('"the smoke smelled of garlic" smells of garlic, not of burning', () => {
    expect(feats('The smoke smelled of garlic.')).toEqual({ odour_garlic: true });
    expect(feats('They gave off a smoke smelling of garlic.')).toEqual({ odour_garlic: true });
  });
  it('keeps the compound noun and a smoke that just smelled', () => {
    expect(feats('There was a smoke smell.')).toEqual({ odour_burning: true });
    expect(feats('The smoke smelled bad.')).toEqual({ odour_burning: true });
  });
});

describe('a statement of "none" after another denial states itself', () => {
  it('"no fever and no toxic cause", "no smoke and no casualties"', () => {
    expect(feats('There was no fever and no toxic cause.')).toEqual({ no_poisoning_signs: true });
    expect(feats('There was no smoke and no casualties.')).toEqual({ cloud_none: true, no_casualties: true });
  });
  it('a negated term that does not open with its own negation is still denied', () => {
    expect(feats('It was not mass hysteria.')).toEqual({ no_poisoning_signs: false });
  });
});

describe('a sign told as an inability is present', () => {
  it('a negated ability before seeing, breathing or opening the eyes (EN/RU)', () => {
    expect(feats('That night our eyes started to burn and we could not open them.')).toMatchObject({ blepharospasm: true, burning_eyes: true });
    expect(feats('We could not breathe and couldn\'t see.')).toEqual({ dyspnoea: true, blurred_vision: true });
    expect(feats('Режет так, что не вдохнуть.')).toEqual({ dyspnoea: true });
    expect(feats('Никто не мог дышать.')).toEqual({ dyspnoea: true });
  });
  it('a term written in its order wins over a reversed pair with a negation in its gap', () => {
    expect(feats('Воздуха не хватает.')).toEqual({ dyspnoea: true });
  });
});

describe('what ends a negation\'s reach: a new subject, a verb with its particle, an afterthought', () => {
  it('a quantifier opens a new subject after "and"', () => {
    expect(feats('Many could not see and some died days later.')).toMatchObject({ blurred_vision: true, deaths: true });
    expect(feats('He did not cough and many were vomiting.')).toEqual({ cough: false, vomiting: true });
  });
  it('a past verb with its particle after "and" is a verb, not a participle of the phrase', () => {
    expect(feats('People could not see or breathe and collapsed in the dark.')).toMatchObject({ loss_of_consciousness: true });
    expect(feats('He did not have burning eyes and reddened skin.')).toMatchObject({ burning_eyes: false, skin_burning: false });
  });
  it('an afterthought after a comma asserts', () => {
    expect(feats('It didn\'t smell of much, maybe like horseradish sauce.')).toEqual({ odour_garlic: true });
    expect(feats('No cough, just vomiting.')).toEqual({ cough: false, vomiting: true });
  });
  it('Russian "не то ..., не то ..." hedges, it does not deny', () => {
    expect(feats('Пахло не то чесноком, не то тухлой рыбой.')).toMatchObject({ odour_garlic: true });
    expect(feats('Пахло не чесноком.')).toEqual({ odour_garlic: false });
  });
});

describe('smoke in a simile is no fire', () => {
  it('"what looked like thick smoke or fog", "как дым"', () => {
    expect(feats('I drove into what looked like thick smoke or fog on the road.')).toEqual({});
    expect(feats('Облако было как дым.')).toEqual({});
    expect(feats('Thick smoke filled the room.')).toEqual({ fire_smoke: true });
  });
});

describe('Arabic: a perfect verb joined after a negated imperfect is a new predicate; قبل لا is "before"', () => {
  it('لم / لن / لا govern their imperfect; و + a perfect after it asserts', () => {
    expect(feats('نزل الأب في حفرة ولم يخرج وغاب عن الوعي.')).toMatchObject({ loss_of_consciousness: true });
    expect(feats('لم يلبس كمامة وسعل طوال الليل.')).toEqual({ cough: true });
    expect(feats('لم يكن لديها كمامة وسعلت طوال الليل.')).toEqual({ cough: true });
  });
  it('an imperfect, a repeated negation or a noun list stays negated', () => {
    expect(feats('لم يسعل ويتقيأ.')).toEqual({ cough: false, vomiting: false });
    expect(feats('لم يسعل ولم يتقيأ.')).toEqual({ cough: false, vomiting: false });
    expect(feats('لم يكن هناك سعال وقيء.')).toEqual({ cough: false, vomiting: false });
    expect(feats('لم يشتك من سعال وقيء.')).toEqual({ cough: false, vomiting: false });
  });
  it('spoken قبل لا "before" is no negation', () => {
    expect(feats('وقع في التاكسي قبل لا يوصل المستشفى ومات.')).toEqual({ deaths: true });
  });
});

describe('a negation inside a relative clause does not reach the main verb after it', () => {
  it('"some who were not treated right away were seen coughing"', () => {
    expect(feats('Some who were not treated right away were seen coughing later.')).toMatchObject({ cough: true });
    expect(feats('The men who did not have masks were vomiting.')).toEqual({ vomiting: true });
    expect(feats('A man who had not vomited was coughing.')).toEqual({ vomiting: false, cough: true });
  });
  it('a negation on the main verb, or a sign inside the relative clause, stays denied', () => {
    expect(feats('The men who did not have masks were not vomiting.')).toEqual({ vomiting: false });
    expect(feats('People who did not cough or vomit.')).toEqual({ cough: false, vomiting: false });
  });
});

describe('hovering between life and death is no death', () => {
  it('EN/RU/AR', () => {
    expect(feats('Больше недели был между жизнью и смертью.')).toEqual({});
    expect(feats('He was close to death for a week.')).toEqual({});
    expect(feats('ظل بين الحياة والموت أسبوعا.')).toEqual({});
    expect(feats('Он был на грани смерти.')).toEqual({});
  });
  it('a death beside a place word stays', () => {
    expect(feats('People near the blast died.')).toEqual({ deaths: true });
    expect(feats('Many died.')).toEqual({ deaths: true });
  });
});

describe('what a treatment or a precaution was to prevent, and what people were afraid of, asserts nothing', () => {
  it('drops the prevented or feared sign (EN/RU/AR)', () => {
    expect(feats('They gave atropine to prevent convulsions.')).toEqual({ antidote_atropine: true });
    expect(feats('We wet cloths to avoid choking.')).toEqual({});
    expect(feats('Для профилактики судорог ввели атропин.')).toEqual({ antidote_atropine: true }); // (s15 agnone) the atropine given is told, as in EN and AR
    expect(feats('أعطوه الأتروبين لمنع التشنجات.')).toEqual({ antidote_atropine: true });
    expect(feats('We were afraid of choking.')).toEqual({});
  });
  it('keeps what a treatment stopped, and what happened after the prevented thing', () => {
    expect(feats('He was given diazepam to stop the seizures.')).toEqual({ convulsions: true });
    expect(feats('Despite efforts to prevent it, he vomited.')).toEqual({ vomiting: true });
    expect(feats('We were afraid of choking, and then we started coughing.')).toEqual({ cough: true });
  });
});

describe('review s14: an Arabic noun list after a negated imperfect keeps its negation', () => {
  it('an indefinite noun after و is a list item, not a new perfect verb', () => {
    expect(feats('لم يشعر بصداع وغثيان.')).toMatchObject({ nausea: false });
    expect(feats('لم يظهر سعال وقيء على المصابين.')).toMatchObject({ vomiting: false });
    expect(feats('لا يوجد سعال وضيق في التنفس.')).toMatchObject({ dyspnoea: false });
  });
});

describe('review s14: the complementizer "that" opens no relative clause', () => {
  it('a negation in a reported clause keeps its denial', () => {
    expect(feats('Doctors said that the victims were not observed to have seizures.')).toMatchObject({ convulsions: false });
    expect(feats('Doctors reported that the children were not seen to have vomited.')).toMatchObject({ vomiting: false });
  });
  it('a relative "that" right after a noun still ends with its clause', () => {
    expect(feats('The men that did not have masks were vomiting.')).toEqual({ vomiting: true });
  });
});

describe('review s14: a cloud, smell or setting avoided or feared was there', () => {
  it('keeps the cloud, the smell and the setting (EN/AR)', () => {
    expect(feats('People ran to the upper floors to avoid the yellow cloud that was creeping along the street.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('The children were afraid of the green cloud drifting toward the school and started coughing.')).toMatchObject({ cloud_yellow_green: true, setting_school: true, cough: true });
    expect(feats('We covered our faces with wet cloths to avoid the smell of chlorine.')).toMatchObject({ odour_bleach: true });
    expect(feats('صعد الناس إلى الطوابق العليا لتجنب الغيمة الصفراء.')).toMatchObject({ cloud_yellow_green: true });
    expect(feats('We wet cloths to avoid a yellow cloud.')).toMatchObject({ cloud_yellow_green: true });
  });
});

describe('review s14: Russian "как" after a verb of saying or seeing is "how", not a simile', () => {
  it('keeps the fire smoke told as a complement', () => {
    expect(feats('Соседи рассказали, как дым заполнил подъезд.')).toMatchObject({ fire_smoke: true });
    expect(feats('Мы видели как дым заполнил подъезд.')).toMatchObject({ fire_smoke: true });
  });
});

describe('review s14: an edge or a brink is a near-death only with death as its object', () => {
  it('a river bank or a hospital on the brink of collapse keeps the deaths', () => {
    expect(feats('على حافة النهر توفي طفلان بعد استنشاق الغاز.')).toMatchObject({ deaths: true });
    expect(feats('Больница была на грани коллапса и ещё трое умерли.')).toMatchObject({ deaths: true });
    expect(feats('كان على حافة الموت.')).toEqual({});
    expect(feats('Он был на грани жизни и смерти.')).toEqual({});
  });
});

describe('review s14: a sign told through its own negation yields to an outer denial', () => {
  it('"no one", "nobody" before the inability deny it', () => {
    expect(feats('No one complained that they could not breathe.')).toMatchObject({ dyspnoea: false });
    expect(feats("Nobody said they couldn't breathe.")).toMatchObject({ dyspnoea: false });
  });
});

describe('review s14: a quantifier inside a denied object list is a determiner', () => {
  it('"denied headache and several seizures" denies the seizures', () => {
    expect(feats('The patient denied headache and several seizures.')).toMatchObject({ convulsions: false });
  });
});
