/**
 * Session 18 (claims2): the grammar of announced attacks and of culprits named by a unit, a regime or an adjective,
 * written from the grammar; each rule beside a near miss it must not read. Sentences written for this test.
 * 1. The Russian perfective non-past is a future ("Боевики вскоре применят химическое оружие"): an announced attack.
 * 2. A Russian modal of use with a false-flag purpose ("могут использовать ..., чтобы обвинить Россию").
 * 3. A chemical cache said to be meant for use ("предназначены для сброса с беспилотников", "designed for drone
 *    delivery"), and "схрон" as a cache whose owner is blamed.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const prepared = (t: string) => read(t).prepared;
const blamed = (t: string) => read(t).blamed ?? null;

describe('the Russian perfective future announces an attack', () => {
  it('reads a perfective non-past deed as a future', () => {
    expect(prepared('Боевики вскоре применят химическое оружие.')).toBe(true);
    expect(prepared('Украинские военные нанесут удар химическими боеприпасами по Донецку.')).toBe(true);
    expect(blamed('Боевики вскоре применят химическое оружие.')).toBe('opposition');
  });
  it('leaves the past, a negation, a condition and a non-deed alone', () => {
    expect(prepared('Боевики применили химическое оружие.')).toBe(false);
    expect(prepared('Россия никогда не применит химическое оружие.')).toBe(false);
    expect(prepared('Если Асад применит химическое оружие, США нанесут удар по Сирии.')).toBe(false);
    expect(prepared('Запад применит новые санкции против России.')).toBe(false);
  });
});

describe('a Russian modal of use with a false-flag purpose', () => {
  it('announces the provocation', () => {
    expect(prepared('ВСУ могут использовать химическое оружие, чтобы обвинить Россию.')).toBe(true);
  });
  it('leaves a bare modal of use to the v12 labels', () => {
    expect(prepared('ВСУ могут использовать химическое оружие.')).toBe(false);
  });
});

describe('a chemical cache meant for use', () => {
  it('is an announced attack, its owner blamed', () => {
    const c = read('Нашли схрон ВСУ с боеприпасами, снаряженными хлорпикрином. Снаряды предназначены для сброса с беспилотников.');
    expect(c.prepared).toBe(true);
    expect(c.blamed).toBe('ukraine');
    expect(prepared('В ДНР обнаружен украинский схрон с химическим оружием для сброса с беспилотников.')).toBe(true);
    expect(prepared('The FSB found a Ukrainian cache of chloropicrin munitions designed for drone delivery.')).toBe(true);
    expect(prepared('عثر الجيش على مستودع للإرهابيين يحوي غاز الكلور معد لاستخدامه في هجوم على حلب.')).toBe(true);
  });
  it('reads "схрон" as a cache whose owner is blamed', () => {
    expect(blamed('ФСБ нашла схрон ВСУ с хлорпикрином.')).toBe('ukraine');
  });
  it('leaves a cache with no purpose or a civil purpose alone', () => {
    expect(prepared('ФСБ нашла схрон ВСУ с хлорпикрином.')).toBe(false);
    expect(prepared('The army found a militant depot of chlorine cylinders.')).toBe(false);
    expect(prepared('Склад хлора предназначен для очистки воды.')).toBe(false);
    expect(prepared('The plant holds a stock of chlorine designed for water treatment.')).toBe(false);
  });
});
