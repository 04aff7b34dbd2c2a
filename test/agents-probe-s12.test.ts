/**
 * Session 12 (room agprobe): an adversarial probe of the agents READER (negation, attribution, question, hypothetical and
 * time scope, tokenisation, morphology) in English, Russian and Arabic. Every sentence here was written for the probe;
 * none is taken from an evaluation file. Each group asserts the polarity the reader now gives.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
/** feature id -> true (present) / false (stated absent); a feature not read is missing */
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));

describe('postposed absence: RU нет / отсутствует / исключён, EN was denied, and the list it closes', () => {
  it('reads Russian postposed нет, отсутствует and исключён as absence', () => {
    expect(feats('Кашля нет.')).toEqual({ cough: false });
    expect(feats('Миоза нет, судорог нет.')).toEqual({ miosis: false, convulsions: false });
    expect(feats('Судороги отсутствуют.')).toEqual({ convulsions: false });
    expect(feats('Миоз исключён.')).toEqual({ miosis: false });
    expect(feats('The cough was denied.')).toEqual({ cough: false });
  });
  it('denies every item of a list the absence closes', () => {
    expect(feats('Тошноты, рвоты, судорог не было.')).toEqual({ nausea: false, vomiting: false, convulsions: false });
    expect(feats('Miosis, sweating and fasciculations were absent.')).toEqual({ miosis: false, sweating: false, fasciculations: false });
    expect(feats('Cough, vomiting, and seizures were not observed on arrival.')).toEqual({ cough: false, vomiting: false, convulsions: false });
  });
  it('does not spread over a predicate or a singular subject', () => {
    expect(feats('Everyone coughed, vomiting was not seen.')).toEqual({ cough: true, vomiting: false });
    expect(feats('У всех кашель, рвоты нет.')).toEqual({ cough: true, vomiting: false });
    expect(feats('Кашляли все, у кого нет противогазов.')).toEqual({ cough: true });
    expect(feats('The air smelled of bleach, and cough and vomiting were absent.')).toMatchObject({ odour_bleach: true, cough: false, vomiting: false });
  });
  it('reads the clinical field shorthand "Sign: none" / "Sign - nil" / "Знак: нет" / "علامة: لا يوجد"', () => {
    expect(feats('Miosis: none. Seizures - nil.')).toEqual({ miosis: false, convulsions: false });
    expect(feats('Судороги: нет.')).toEqual({ convulsions: false });
    expect(feats('التشنجات: لا يوجد.')).toEqual({ convulsions: false });
    // a dash before a new phrase is no field
    expect(feats('Eyes burning - no smell at all.')).toEqual({ burning_eyes: true, odour_none: true });
  });
});

describe('denials and lists: RU/AR "denies", clinical determiners with "and", or-lists past six words', () => {
  it('reads the clinical "negative for / absence of" over a list joined by and', () => {
    expect(feats('Negative for miosis, fasciculations and hypersalivation.')).toEqual({ miosis: false, fasciculations: false, hypersalivation: false });
    expect(feats('Absence of miosis, sweating, and twitching on examination.')).toEqual({ miosis: false, sweating: false, fasciculations: false });
  });
  it('reads Russian отрицает and Arabic ينفي as a denial of the whole list', () => {
    expect(feats('Отрицает тошноту, головную боль и нечёткость зрения.')).toEqual({ nausea: false, headache: false, blurred_vision: false });
    expect(feats('Пациент отрицал кашель, рвоту, слезотечение.')).toEqual({ cough: false, vomiting: false, lacrimation: false });
    expect(feats('ينفي المريض الغثيان، والصداع، وتشوش الرؤية.')).toEqual({ nausea: false, headache: false, blurred_vision: false });
  });
  it('reaches every item of an or-list without commas after a verbal cue', () => {
    expect(feats('لم يعان الطفل من السعال أو القيء أو التشنجات.')).toEqual({ cough: false, vomiting: false, convulsions: false });
    expect(feats('He did not complain of any cough or vomiting or seizures at all.')).toEqual({ cough: false, vomiting: false, convulsions: false });
  });
  it('stops at a new subject after "and" (a possessive opens one)', () => {
    expect(feats('He did not cough or sneeze and his pupils were pinpoint.')).toEqual({ cough: false, rhinorrhoea: false, miosis: true });
    expect(feats('They did not cough but vomiting and seizures followed.')).toEqual({ cough: false, vomiting: true, convulsions: true });
  });
});

describe('questions and conditions assert nothing (irrealis-scope.ts)', () => {
  it('drops what a yes/no question asks about, in three languages', () => {
    expect(feats('Was there a smell of bleach?')).toEqual({});
    expect(feats('Did anyone have pinpoint pupils?')).toEqual({});
    expect(feats('Был ли запах хлора?')).toEqual({});
    expect(feats('هل كانت هناك رائحة كلور؟')).toEqual({});
  });
  it('takes the answer given at once', () => {
    expect(feats('Did the children vomit? No.')).toEqual({ vomiting: false });
    expect(feats('Рвало ли детей? Нет.')).toEqual({ vomiting: false });
    expect(feats('هل تقيأ الأطفال؟ لا.')).toEqual({ vomiting: false });
    expect(feats('Did the children vomit? Yes, all of them.')).toEqual({ vomiting: true });
  });
  it('keeps what a wh-question or a tag question presupposes', () => {
    expect(feats('Why was everyone coughing?')).toEqual({ cough: true });
    expect(feats('Почему все кашляли?')).toEqual({ cough: true });
    expect(feats('ليش الناس عم تسعل؟')).toEqual({ cough: true });
    expect(feats('The children were coughing, weren\'t they?')).toEqual({ cough: true });
  });
  it('drops advice and hypotheticals, keeps a past condition (what happened each time)', () => {
    expect(feats('If you smell bleach, leave the building.')).toEqual({});
    expect(feats('Leave the area if you smell rotten eggs.')).toEqual({});
    expect(feats('Если почувствуете запах хлорки, уходите.')).toEqual({});
    expect(feats('إذا شممت رائحة الكلور، غادر المبنى.')).toEqual({});
    expect(feats('If I had stayed outside, I would have choked.')).toEqual({});
    expect(feats('If anyone went outside, their eyes burned.')).toEqual({ burning_eyes: true });
    expect(feats('I don\'t know if it was chlorine but my eyes burned.')).toEqual({ burning_eyes: true });
    expect(feats('Если кто-то выходил на улицу, сразу начинал кашлять.')).toMatchObject({ cough: true });
  });
});

describe('Arabic ما negates a verb; an exception after a denial asserts; RU не только is no denial', () => {
  it('reads ما before a past verb as its negation', () => {
    expect(feats('ما مات حدا.')).toEqual({ deaths: false });
    expect(feats('وما سعل أحد.')).toEqual({ cough: false });
  });
  it('leaves ما as "what / that which" after a preposition or before a verb of happening or resembling', () => {
    expect(feats('بعد ما سقطت القذيفة بدأ الناس يسعلون.')).toMatchObject({ cough: true });
    expect(feats('شممنا ما يشبه رائحة الكلور.')).toEqual({ odour_bleach: true });
    expect(feats('ما حدث كان مرعبا والناس تسعل.')).toEqual({ cough: true });
    expect(feats('القصف استمر، ما أدى إلى حالات اختناق كثيرة.')).toMatchObject({ dyspnoea: true });
    expect(feats('ريحة قوية لحد ما تدمع العيون.')).toMatchObject({ lacrimation: true });
  });
  it('keeps what follows an exception word after a denial', () => {
    expect(feats('ما حسّ بشي غير حكّة بزلعومه ودمعة.')).toMatchObject({ lacrimation: true });
    expect(feats('No symptoms other than a cough.')).toEqual({ cough: true });
    expect(feats('No cough, no vomiting, except for one child who had seizures.')).toEqual({ cough: false, vomiting: false, convulsions: true });
  });
  it('reads не только / не просто as "not only"', () => {
    expect(feats('Не только кашляли, но и глаза слезились.')).toEqual({ cough: true, lacrimation: true });
  });
});

describe('numbers next to signs: a pupil size in millimetres', () => {
  it('reads 2 mm or less as miosis, 5 mm or more as its absence, 3-4 mm as nothing', () => {
    expect(feats('pupils 2 mm, GCS 8')).toEqual({ miosis: true });
    expect(feats('Pupils 1-2mm bilaterally.')).toEqual({ miosis: true });
    expect(feats('2 mm pupils and drooling')).toEqual({ miosis: true, hypersalivation: true });
    expect(feats('зрачки 1,5 мм')).toEqual({ miosis: true });
    expect(feats('حدقة العين ٢ مم')).toEqual({ miosis: true });
    expect(feats('pupils were 6 mm and reactive')).toEqual({ miosis: false });
    expect(feats('зрачки по 6 мм')).toEqual({ miosis: false });
    expect(feats('pupils 3 mm')).toEqual({});
    expect(feats('pupils 12 mm')).toEqual({ miosis: false });
  });
});

describe('a rumour with its content asserts nothing', () => {
  it('drops what a rumour says, keeps what the clause after "but" says', () => {
    expect(feats('Rumours spread that people had died from sarin, but no one was hurt.')).toEqual({ no_casualties: true });
    expect(feats('Ходили слухи, что многих рвало.')).toEqual({});
    expect(feats('انتشرت شائعات أن أشخاصاً ماتوا، لكن لم يصب أحد.')).toEqual({ no_casualties: true });
  });
  it('keeps what is told beside a rumour without its content', () => {
    expect(feats('Despite the rumours, people really were coughing.')).toEqual({ cough: true });
  });
});

describe('what ends a cue\'s reach: subordinators, purpose, stopping and escaping, "without" + its own noun', () => {
  it('stops at an adverbial subordinator or a wh-complement', () => {
    expect(feats('No ambulances came while people were convulsing.')).toEqual({ convulsions: true });
    expect(feats('Nobody knew why they were vomiting.')).toEqual({ vomiting: true });
    expect(feats('لن أنسى كيف كان الأطفال يختنقون.')).toEqual({ dyspnoea: true });
  });
  it('stops at a purpose clause of treating or helping', () => {
    expect(feats('There were no doctors to treat the vomiting children.')).toEqual({ vomiting: true });
    expect(feats('Не было врачей, чтобы помочь задыхающимся детям.')).toEqual({ dyspnoea: true });
    expect(feats('لم يكن هناك أطباء لعلاج الأطفال المختنقين.')).toEqual({ dyspnoea: true });
  });
  it('reads "could not stop" and "nobody escaped" as assertions, "not long before" and "no idea" as no denial', () => {
    expect(feats('No one could stop coughing.')).toEqual({ cough: true });
    expect(feats('Not a single person escaped the coughing.')).toEqual({ cough: true });
    expect(feats("It wasn't long before everyone was coughing.")).toEqual({ cough: true });
    expect(feats("I can't forget the children foaming at the mouth.")).toMatchObject({ frothy_sputum: true });
    expect(feats('We had no idea what the smell was, it was like rotten eggs.')).toEqual({ odour_rotten_eggs: true });
  });
  it('keeps "without" to its own noun phrase', () => {
    expect(feats('Без противогаза я сразу закашлялся.')).toMatchObject({ cough: true });
    expect(feats('بدون كمامة بدأت أسعل.')).toEqual({ cough: true });
    expect(feats('The men walked away without any tearing or coughing.')).toEqual({ lacrimation: false, cough: false });
    // still denies inside its scope, relative clause included
    expect(feats('Nobody who was there coughed.')).toEqual({ cough: false });
  });
  it('reads zero as a determiner of absence', () => {
    expect(feats('0 deaths, 12 injured with breathing problems')).toMatchObject({ deaths: false, dyspnoea: true });
    expect(feats('zero dead')).toEqual({ deaths: false });
    expect(feats('10 deaths')).toEqual({ deaths: true });
  });
});

describe('the spoken Arabic negative circumfix ما...ش', () => {
  it('reads a verb inside ما...ش / م...ش, or with ش after a separate ما, as its sign stated absent', () => {
    expect(feats('العيال ماستفرغوش.')).toEqual({ vomiting: false });
    expect(feats('ماكحتش خالص.')).toEqual({ cough: false });
    expect(feats('ما سعلتش.')).toEqual({ cough: false });
    expect(feats('مشمتش ريحة كلور.')).toEqual({ odour_bleach: false });
  });
  it('leaves nouns and participles that end in ش alone', () => {
    expect(feats('ريحة مثل ريحة الحشيش المقصوص.')).toMatchObject({ odour_hay: true });
  });
});

describe('clinical "Label: state" shorthand for the pupils', () => {
  it('reads a colon between the pupils and their state, in three languages', () => {
    expect(feats('Lungs: clear. Pupils: pinpoint.')).toEqual({ miosis: true });
    expect(feats('Pupils: normal, reactive.')).toEqual({ miosis: false });
    expect(feats('Зрачки: узкие.')).toEqual({ miosis: true });
    expect(feats('الحدقات: دبوسية.')).toEqual({ miosis: true });
    expect(feats('الحدقات: طبيعية.')).toEqual({ miosis: false });
  });
});
