/**
 * Session 16 (room fixc2): review findings R1-R4 on the word senses that are no attack (claim-word-senses.ts). Each
 * sentence is a real armed attack, a death toll or a chemical attack that must keep its incident; the senses' own tests
 * (narrative-claims-senses-s16.test.ts) keep the verbal attacks, accidents and totals they read. Sentences are written
 * for the test (the reviewer's reproductions and our own), never taken from any split.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, staged: c.claims.staged, voice: c.voice };
};
const NONE = { blamed: null, staged: null, voice: 'none' };
const isAttack = (t: string) => expect(read(t).voice, t).not.toBe('none');

describe('R1: a channel of speech after a reporting verb is the source, not the attack\'s medium', () => {
  it('English', () => {
    expect(read('Syrian jets attacked the town of Saraqib, the army said in a statement.').blamed).toBe('government');
    expect(read('Russian warplanes attacked a market in Idlib, activists said on Twitter.').blamed).toBe('russia');
    isAttack('Militants attacked the Syrian army\'s positions in an interview with Reuters, a commander said.');
    isAttack('Gunmen attacked a checkpoint near Homs, according to a statement by the interior ministry.');
    isAttack('Rebels attacked the airbase overnight, the monitor told reporters in a press conference.');
  });
  it('Russian', () => {
    isAttack('Сирийская армия атаковала позиции боевиков, говорится в заявлении Минобороны на пресс-конференции.');
    isAttack('Самолёты атаковали Саракиб, сообщил журналист в своём Твиттере.');
    isAttack('Боевики атаковали блокпост, заявил представитель армии в интервью агентству.');
  });
  it('Arabic', () => {
    isAttack('شنت طائرات النظام الهجوم على بلدة سراقب، بحسب ما قال الدفاع المدني في بيان.');
    isAttack('هاجمت طائرات النظام بلدة سراقب، وقال ناشطون في تغريدة على تويتر إن عشرة مدنيين قتلوا.');
  });
  it('a verbal attack made on a channel still reads as speech', () => {
    expect(read('Senator attacks the governor on Twitter over the school budget')).toEqual(NONE);
    expect(read('Депутат атаковал министра в Твиттере из-за пенсионной реформы')).toEqual(NONE);
  });
});

describe('R2: Arabic verbal targets are texts and policies, never a party; an armed subject attacks', () => {
  it('must stay attack', () => {
    expect(read('هاجمت قوات النظام مواقع المعارضين في ريف حماة.').blamed).toBe('government');
    isAttack('هاجم مسلحون مقرات الحكومة بسبب الخلاف على المعابر.');
    isAttack('هاجمت طائرات حربية مبنى الاعلام في المدينة.');
  });
  it('a verbal attack on statements or a policy stays speech', () => {
    expect(read('هاجم النائب تصريحات الوزير حول الميزانية.').voice).toBe('none');
  });
});

describe('R3: an accident or illness word is a whole word (no prefix), an attack word counts inside compounds', () => {
  it('Raqqa is no cancer; a raid or an air strike keeps the attack', () => {
    isAttack('В Ракке убиты 20 мирных жителей.');
    isAttack('В Ракке погибли 20 мирных жителей после налёта коалиции.');
    isAttack('В Ракке погибли 20 мирных жителей после авиаудара.');
    isAttack('После обстрела начался пожар, погибли пять человек.');
  });
  it('fluid, flooded, stormed, strokes are no flu, flood, storm, stroke', () => {
    isAttack('Survivors said 40 people died with foam and fluid in their lungs.');
    isAttack('Dozens of people were killed in Douma when the building flooded with gas.');
    isAttack('Troops stormed the village and killed 12 civilians.');
    isAttack('Twelve people were killed with strokes of a machete by the militia.');
  });
  it('the accidents themselves stay none', () => {
    expect(read('Ten people died of flu in the town this winter.').voice).toBe('none');
    expect(read('В ДТП погибли три человека.').voice).toBe('none');
    expect(read('Пять человек погибли от рака лёгких.').voice).toBe('none');
    // soldiers die of illness and on the roads too: a soldier is no attack word for an accident
    expect(read('A mysterious virus hits the base, 20 soldiers dead.').voice).toBe('none');
    expect(read('مقتل خمسة جنود في حادث سير على طريق المطار.').voice).toBe('none');
  });
});

describe('R4: an armed doer attacks whatever the target; a year statistic must govern the deaths', () => {
  it('armed doers', () => {
    isAttack('Gunmen attacked local officials in Idlib.');
    isAttack('Islamic State fighters attacked opposition supporters near Azaz.');
    isAttack('Turkish troops attacked Kurdish fighters for supporting the PKK.');
    isAttack('Militants attacked the judge in his car near Aleppo.');
  });
  it('one event with a culprit is no statistic', () => {
    isAttack('Twelve civilians were killed in Aleppo every year since 2012 by regime snipers.');
  });
  it('criticism and totals stay none', () => {
    expect(read('The senator attacked local officials for wasting money.').voice).toBe('none');
    expect(read('Journalist attacks the new tax bill').voice).toBe('none');
  });
});
