/**
 * Session 32 (room clmix): leftovers of rooms clprep and clblame. The predicate of imminence belongs to the subject's head,
 * not to an attack in its prepositional complement (a funeral, a trial or a commemoration of a strike "will take place");
 * "is expected to" another verb is said of the subject (a death toll expected to rise); a denied report of a plan keeps
 * `prepared` (README, v10 call 1: the accused's own denial keeps the announced attack); the masculine instrumental of a
 * weapon's side («российским дроном»); a weapon as the subject of a verb of impact ("slammed into", «سقط صاروخ روسي على»); a
 * doer's membership told in the sentence after the attack. Sentences written for this test (none copied from a split),
 * positives and near misses in English, Russian and Arabic.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const prepared = (t: string) => read(t).prepared;
const blamed = (t: string) => read(t).blamed;

describe('clmix s32: an attack in the complement of another subject announces nothing', () => {
  it('near misses: funerals, trials, commemorations of a strike; a death toll expected to rise', () => {
    expect(prepared('The funeral of the victims of the strike will take place on Friday.')).toBe(false);
    expect(prepared('The trial of the men accused of the bombing is expected to open in May.')).toBe(false);
    expect(prepared('The commemoration of the attack will take place next week.')).toBe(false);
    expect(prepared('The death toll is expected to rise, the Observatory said.')).toBe(false);
    expect(prepared('Похороны погибших при обстреле пройдут в пятницу.')).toBe(false);
  });
  it('positives: the attack heads the subject, or a head that counts or threatens attacks', () => {
    expect(prepared('A new chemical attack will take place in Idlib, the ministry said.')).toBe(true);
    expect(prepared('A wave of attacks will take place in the coming days, the ministry warned.')).toBe(true);
    expect(prepared('The threat of a chemical attack is imminent, officials said.')).toBe(true);
    expect(prepared('A provocation with chemical weapons is being prepared in Idlib.')).toBe(true);
  });
});

describe('clmix s32: a cessation governing the attack plans the halt, not the attack', () => {
  it('near misses: continuing or extending a halt or a pause in strikes', () => {
    expect(prepared('Moscow says it will continue a halt on air strikes over Aleppo.')).toBe(false);
    expect(prepared('Russia will extend the pause in air strikes on Aleppo.')).toBe(false);
  });
  it('positives: continuing or resuming the strikes themselves', () => {
    expect(prepared('Russia will continue air strikes on Aleppo.')).toBe(true);
    expect(prepared('The army will resume air strikes on Aleppo tomorrow.')).toBe(true);
  });
});

describe('clmix s32: a denied report of a plan (README v10 call 1: the accused denial keeps the announcement)', () => {
  it('keeps prepared and blames no one', () => {
    const ru = read('Министерство обороны опровергло сообщения о том, что Россия готовит удар по Киеву.');
    expect(ru.prepared).toBe(true);
    expect(ru.blamed).toBeNull();
    const en = read('Kremlin denied reports that Russia is preparing a strike on Kyiv.');
    expect(en.prepared).toBe(true);
    expect(en.blamed).toBeNull();
  });
});

describe('clmix s32: the masculine instrumental of the weapon\'s side', () => {
  it('reads the adjective before a noun in -ом / -ем after a passive of destroying or damaging', () => {
    expect(blamed('Дом разрушен российским дроном.')).toBe('russia');
    expect(blamed('Дом поврежден российским снарядом.')).toBe('russia');
    expect(blamed('Школа была разрушена украинским беспилотником.')).toBe('ukraine');
    expect(blamed('Дом разрушен российской ракетой.')).toBe('russia');
  });
  it('near misses: the dative plural, no deed', () => {
    expect(blamed('Российским военным запрещено покидать часть.')).toBeNull();
  });
});

describe('clmix s32: a weapon as the subject of a verb of impact', () => {
  it('EN "slammed / crashed into" and AR «سقط ... على» with the weapon\'s side', () => {
    expect(blamed('A Russian missile slammed into an apartment block in Dnipro.')).toBe('russia');
    expect(blamed('A Russian drone crashed into a residential building in Kyiv.')).toBe('russia');
    expect(blamed('سقط صاروخ روسي على مبنى سكني في خاركيف.')).toBe('russia');
    expect(blamed('سقطت قذائف روسية على منزل في خاركيف.')).toBe('russia');
  });
  it('near misses: a car, a censure, rain, a weapon with no side', () => {
    const car = read('The car slammed into a tree.');
    expect(car.blamed).toBeNull();
    expect(car.staged).toBeNull();
    expect(blamed('Critics slammed the Russian decision.')).toBeNull();
    expect(read('سقطت الأمطار على المدينة.').staged).toBeNull();
    expect(blamed('سقط صاروخ على مبنى سكني في خاركيف.')).toBeNull();
  });
});

describe('clmix s32: the doer\'s membership in the sentence after the attack', () => {
  it('resumes the incident before it (EN, RU)', () => {
    expect(blamed('A truck rammed into a crowd in Nice. The driver was a supporter of ISIS.')).toBe('opposition');
    expect(blamed('A truck rammed into a crowd in Nice. The driver was a member of the Islamic State group.')).toBe('opposition');
    expect(blamed('Грузовик въехал в толпу. Водитель был сторонником ИГИЛ.')).toBe('opposition');
  });
  it('near misses: another predicate of the doer, a victim\'s membership', () => {
    expect(blamed('A truck rammed into a crowd in Nice. The driver was a 31-year-old Tunisian.')).toBeNull();
    expect(blamed('A truck rammed into a crowd in Nice. The driver was arrested.')).toBeNull();
    expect(blamed('Грузовик въехал в толпу. Водитель был задержан.')).toBeNull();
    expect(blamed('A truck rammed into a crowd in Nice. One of the victims was a member of the Syrian community.')).toBeNull();
  });
});
