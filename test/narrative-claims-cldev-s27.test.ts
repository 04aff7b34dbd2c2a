/**
 * Session 27 (room cldev): incidents told by Russian and Arabic verbs of shooting, blowing up and attempts on a life, and
 * hedged blame by a link («связан с», «مرتبط بـ»), each with the readings it must make and the near misses it must not.
 * Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('Russian: shooting dead, gunfire, an attempt on a life and the passive of blowing up are incidents', () => {
  it('the forms of «застрелить» and the nouns of shooting', () => {
    expect(read('Вчера вечером в центре Одессы был застрелен местный депутат.')).toMatchObject({ staged: false, blamed: null });
    expect(read('Неизвестные застрелили бизнесмена у входа в офис.')).toMatchObject({ staged: false, blamed: null });
    expect(read('Во время стрельбы в торговом центре пострадали трое.')).toMatchObject({ staged: false });
    expect(read('Мужчина открыл огонь по прохожим на площади.')).toMatchObject({ staged: false });
  });
  it('an attempt on a life, and the passive participle of «взорвать»', () => {
    expect(read('Следователи возбудили дело о покушении на главу района.')).toMatchObject({ staged: false });
    expect(read('Ночью в Твери был взорван автомобиль чиновника.')).toMatchObject({ staged: false });
  });
  it('with the deed now read, its orderer is blamed', () => {
    expect(read('Задержанный признался в покушении на журналиста и в том, что действовал по заданию спецслужб Украины.')).toMatchObject({ blamed: 'ukraine', staged: false });
  });
  it('near misses: no incident without a deed', () => {
    expect(read('Министр рассказал о планах ведомства на следующий год.')).toMatchObject({ staged: null, blamed: null });
    expect(read('Спортсмены соревновались в стрельбе из лука.')).toMatchObject({ blamed: null });
  });
});

describe('Russian: a link to a party is hedged blame (the English "linked to")', () => {
  it('«связан с», «связывают с», «связь с» name the party after them', () => {
    expect(read('Убийство журналиста в Вене связано с ФСБ.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(read('Взрыв на складе следователи связывают с украинскими диверсантами.')).toMatchObject({ blamed: 'ukraine', staged: false });
    expect(read('Нападение совершил мужчина, имевший связь с ИГИЛ.')).toMatchObject({ blamed: 'opposition', staged: false });
  });
  it('near miss: «в связи с» (because of, in connection with) blames no one', () => {
    expect(read('В связи с нападением на посольство МИД России вызвал посла.')).toMatchObject({ blamed: null, staged: false });
  });
});

describe('Arabic: gunfire and ramming are incidents', () => {
  it('«إطلاق النار», «إطلاق نار», «فتح النار», «عملية دهس»', () => {
    expect(read('قتل السفير بعد تعرضه لإطلاق نار في العاصمة.')).toMatchObject({ staged: false });
    expect(read('أصيب ثلاثة أشخاص في حادث إطلاق النار قرب السوق.')).toMatchObject({ staged: false });
    expect(read('شهدت المدينة عملية دهس على الكورنيش مساء أمس.')).toMatchObject({ staged: false });
  });
  it('near miss: a sentence with no deed is no incident', () => {
    expect(read('افتتح الوزير معرضا للكتاب في العاصمة.')).toMatchObject({ staged: null, blamed: null });
  });
});

describe('Arabic: a link to a party is hedged blame', () => {
  it('«مرتبط بـ», «على صلة بـ» name the party after them', () => {
    expect(read('هجوم مرتبط بتنظيم داعش أودى بحياة عشرين شخصا.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('وقال مسؤولون إن منفذ الهجوم على صلة بتنظيم داعش.')).toMatchObject({ blamed: 'opposition', staged: false });
  });
  it('near miss: a link with no party names no one', () => {
    expect(read('الهجوم مرتبط بالتوتر في المنطقة وأودى بحياة عشرين شخصا.')).toMatchObject({ blamed: null, staged: false });
  });
});

describe('arson, a crash, gunfire and death by poison are incidents in every language', () => {
  it('Russian «поджог», «подожгли»; the shooter «стрелял»; not a crash told alone', () => {
    expect(read('Ночью неизвестные подожгли здание сельсовета.')).toMatchObject({ staged: false, blamed: null });
    expect(read('Поджог архива стал поводом для арестов.')).toMatchObject({ staged: false });
    // (a crash told alone is no incident: dev-v28's label convention)
    expect(read('Вчера под Тверью произошло крушение частного самолёта.')).toMatchObject({ staged: null });
    expect(read('Мэр погиб. Стрелял охранник, имевший связь с боевиками ИГИЛ.')).toMatchObject({ staged: false, blamed: 'opposition' });
  });
  it('Arabic "حريق متعمد", "أضرم", "مسموماً"', () => {
    expect(read('حريق متعمد في مبنى البلدية فجر اليوم.')).toMatchObject({ staged: false });
    expect(read('أضرم مجهولون النار في الكنيسة ليلا.')).toMatchObject({ staged: false, blamed: null });
    expect(read('أكد التقرير أن الصحفي مات مسموما في زنزانته.')).toMatchObject({ staged: false });
  });
  it('not «покушение на свободу / права», an assault on a value; an attempt on a person stays (review s27)', () => {
    expect(read('Это покушение на свободу слова.')).toMatchObject({ staged: null });
    expect(read('Закон — покушение на права граждан.')).toMatchObject({ staged: null });
    expect(read('Покушение на журналиста произошло вечером у его дома.')).toMatchObject({ staged: false });
  });
  it('not the bare adjective "مسموم", a poisonous speech (review s27)', () => {
    expect(read('وصف الوزير الخطاب بأنه مسموم')).toMatchObject({ staged: null });
    expect(read('قال المتحدث إن الخطاب الإعلامي مسموم ومضلل.')).toMatchObject({ staged: null });
  });
  it('English "gunfire", "arson", "set fire"', () => {
    expect(read('Residents heard gunfire near the border post.')).toMatchObject({ staged: false, blamed: null });
    expect(read('Police are treating the blaze at the synagogue as arson.')).toMatchObject({ staged: false });
  });
  it('near misses: a fire of no one, a crash of markets in no words of the list', () => {
    expect(read('Министр обсудил с коллегами бюджет на следующий год.')).toMatchObject({ staged: null });
    expect(read('ناقش الوزير خطة الحكومة للعام المقبل.')).toMatchObject({ staged: null });
  });
});

describe('Arabic: Ankara, Kyiv and Tel Aviv are capitals as Moscow and Damascus are', () => {
  it('after a preposition of place they are the city, not the government', () => {
    expect(read('قتل مسلح ثلاثة أشخاص في أنقرة مساء أمس.')).toMatchObject({ blamed: null, staged: false });
    expect(read('انفجار في كييف يقتل خمسة أشخاص.')).toMatchObject({ blamed: null, staged: false });
    expect(read('أصيب عشرة أشخاص في هجوم طعن في تل أبيب.')).toMatchObject({ blamed: null, staged: false });
  });
  it('near misses: as the accused or the subject of a deed they still stand for the government', () => {
    expect(read('اتهمت موسكو كييف بتنفيذ الهجوم على الجسر.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('أنقرة تقصف القرية وتقتل عشرة مدنيين.')).toMatchObject({ blamed: 'other' });
    expect(read('اتهام طهران لتل أبيب بالوقوف وراء الاغتيال.')).toMatchObject({ blamed: 'other' });
  });
});
