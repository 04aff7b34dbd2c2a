/**
 * Session 10 (English and Russian claim reader, room claims-enru), on invented sentences: each mechanism with a case
 * that fires and a hard negative that must not.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed;
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;

describe('responsibility laid with the noun first (RU)', () => {
  it('"ответственность / вину за ... возложили / возлагают / возложена на X" names X', () => {
    expect(blamed('Ответственность за химическую атаку возложили на боевиков.')).toBe('opposition');
    expect(blamed('Вину за химическую атаку в Думе возлагают на правительство Сирии.')).toBe('government');
    expect(blamed('Ответственность за химическую атаку была возложена на террористов.')).toBe('opposition');
    expect(blamed('Ответственность за теракт Россия возлагает на Украину.')).toBe('ukraine');
    expect(blamed('Ответственность за атаку лежит на боевиках.')).toBe('opposition');
  });
  it('a bare "возложили" without its noun lays nothing (wreaths, flowers)', () => {
    expect(blamed('Участники возложили цветы к мемориалу жертв химической атаки в Халабдже.')).toBeNull();
  });
});

describe('"за X стоят Y": the subject after the verb (RU)', () => {
  it('names Y', () => {
    expect(blamed('За химической атакой стоят боевики.')).toBe('opposition');
    expect(blamed('За отравлением Навального стоят западные спецслужбы, считает Захарова.')).toBe('west');
  });
  it('"стоит отметить", "стоят на позициях" stand behind nothing', () => {
    expect(blamed('Стоит отметить, что химическая атака произошла в Думе.')).toBeNull();
    expect(blamed('Боевики стоят на позициях у Алеппо, где произошла химическая атака.')).toBeNull();
  });
});

describe('a modal and an infinitive deed with the subject after them (RU)', () => {
  it('"могли организовать британские спецслужбы", "решили нанести ВСУ"', () => {
    expect(blamed('Отравление Скрипаля могли организовать британские спецслужбы.')).toBe('west');
    expect(blamed('Удар по Донецку решили нанести ВСУ.')).toBe('ukraine');
    expect(blamed('Химическую атаку в Хан-Шейхуне могли устроить боевики.')).toBe('opposition');
  });
  it('a modal with a verb that is no deed names no one', () => {
    expect(blamed('Химическую атаку могли расследовать российские военные.')).toBeNull();
  });
  it('a present modal of staging or attacking announces it; a past one and a use forecast do not', () => {
    expect(prepared('Провокацию с хлором могут устроить боевики в ближайшие дни.')).toBe(true);
    expect(prepared('Боевики могут инсценировать химическую атаку в Идлибе.')).toBe(true);
    expect(prepared('Химическую атаку в Хан-Шейхуне могли устроить боевики.')).toBe(false);
    expect(prepared('Могут провести расследование химической атаки.')).toBe(false);
  });
});

describe('foreign specialists and services are `west` (knowledge/claim-parties.yaml; v8 labelling call)', () => {
  it('as the stagers or organisers', () => {
    expect(blamed('Химическую атаку организовали иностранные специалисты.')).toBe('west');
    expect(blamed('Foreign specialists staged the chemical attack.')).toBe('west');
  });
  it('as experts finding a use they are no culprit ("foreign experts" is not listed)', () => {
    expect(blamed('Foreign experts found that sarin was used in the attack.')).toBeNull();
  });
});
