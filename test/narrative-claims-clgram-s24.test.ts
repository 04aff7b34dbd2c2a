/**
 * Session 24 (room clgram): argument structure over phrases. Three rules of grammar, each with the readings it must make
 * in English, Russian and Arabic and the near misses it must not: a verb whose instrument is a weapon or an agent is a
 * deed (claim-instrument.ts), a verb whose object is a count of people is a deed (claim-victim-object.ts), and a party
 * inside a deed's target phrase is no subject (claim-target.ts). Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { instrumentDeeds } from '../src/core/narrative/claim-instrument.js';
import { victimObjectDeeds } from '../src/core/narrative/claim-victim-object.js';
import { inTargetPhrase, sufferedLoss } from '../src/core/narrative/claim-target.js';
import { culpritCopulas } from '../src/core/narrative/claim-copular.js';
import { relativeClaims } from '../src/core/narrative/claim-claimed-relative.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('the instrument frame: a verb with a weapon or an agent as its instrument is a deed', () => {
  it('reads verbs the cue list lacks, by their instrument (EN)', () => {
    expect(read('Syrian government forces drenched the town with chlorine gas.')).toMatchObject({ blamed: 'government', staged: false });
    expect(read('Russian troops flooded the trenches near Avdiivka with toxic gas.')).toMatchObject({ blamed: 'russia' });
    expect(read('Israeli troops sprayed the protesters with skunk water and tear gas.')).toMatchObject({ blamed: 'other' });
  });
  it('reads the Russian bare instrumental and the Arabic instrumental "bi-"', () => {
    expect(read('Российские военные засыпали деревню фосфорными снарядами.')).toMatchObject({ blamed: 'russia' });
    expect(read('Боевики забросали блокпост минами.')).toMatchObject({ blamed: 'opposition' });
    expect(read('القوات الإسرائيلية أمطرت غزة بالقنابل الفوسفورية')).toMatchObject({ blamed: 'other' });
    expect(read('رشت قوات النظام البلدة بغاز الكلور')).toMatchObject({ blamed: 'government' });
  });
  it('finds the verb, not the noun, before the instrument', () => {
    expect(instrumentDeeds('russian troops flooded the trenches with toxic gas.', 'en', [[0, 14]]).map((d) => d[2])).toEqual(['flooded']);
    expect(instrumentDeeds('боевики забросали блокпост минами.', 'ru', []).map((d) => d[2])).toEqual(['забросали']);
  });
  it('near misses: equipping, supplying, loading, finding, telling, passives and comitatives are no deeds', () => {
    expect(read('The US supplied the Kurdish fighters with rockets.')).toMatchObject({ blamed: null, staged: null });
    expect(read('Rebels armed the villagers with rifles.')).toMatchObject({ blamed: null, staged: null });
    expect(read('A truck loaded with shells crossed the border.')).toMatchObject({ blamed: null });
    expect(read('The OPCW found the site contaminated with sarin.')).toMatchObject({ blamed: null });
    expect(read('The town was showered with chlorine.')).toMatchObject({ blamed: null });
    expect(read('Russia declared the shooting a provocation with chemical weapons.')).toMatchObject({ blamed: null });
    expect(read('Грузовик со снарядами пересек границу.')).toMatchObject({ blamed: null, staged: null });
    expect(read('Россия снабдила армию ракетами.')).toMatchObject({ blamed: null, staged: null });
    expect(read('زودت الولايات المتحدة المعارضة بالصواريخ')).toMatchObject({ blamed: null, staged: null });
    // (the verbal noun after a preposition, "after her poisoning with", is no verb)
    expect(instrumentDeeds('وفاه بريطانيه بعد تسممها بغاز نوفيتشوك', 'ar', [])).toEqual([]);
    expect(instrumentDeeds('russian officials reported the destruction of projectiles filled with a toxic agent', 'en', [])).toEqual([]);
    expect(instrumentDeeds('the regime is using chemical weapons', 'en', [])).toEqual([]);
  });
});

describe('the victims as object: a verb whose object is a count of people is a deed', () => {
  it('reads the verb of harm by its object (EN/RU/AR)', () => {
    expect(read('Syrian forces destroyed over 60 terrorists near Palmyra.')).toMatchObject({ blamed: 'government', staged: false });
    expect(read('Israeli soldiers gunned down three Palestinians.')).toMatchObject({ blamed: 'other' });
    expect(read('Ukrainian forces mowed down 20 civilians.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Israeli troops wounded 30 protesters.')).toMatchObject({ blamed: 'other' });
    expect(read('Israeli forces left 30 civilians dead.')).toMatchObject({ blamed: 'other' });
    expect(read('Сирийская армия ликвидировала 60 боевиков.')).toMatchObject({ blamed: 'government' });
    expect(read('قوات النظام أعدمت 20 مدنيا في حماة')).toMatchObject({ blamed: 'government' });
  });
  it('near misses: moving, saving, holding, losing, counting people is no deed', () => {
    expect(read('The Syrian army evacuated 300 civilians.')).toMatchObject({ blamed: null, staged: null });
    expect(read('Ukraine exchanged 90 prisoners with Russia.')).toMatchObject({ blamed: null, staged: null });
    expect(read('Israeli forces left 30 civilians in the village.')).toMatchObject({ blamed: null, staged: null });
    expect(read('The Syrian army arrested 20 protesters.')).toMatchObject({ blamed: null });
    expect(read('Russian forces lost 30 soldiers in the battle.')).toMatchObject({ blamed: null });
    expect(read('Сирийская армия эвакуировала 300 мирных жителей.')).toMatchObject({ blamed: null, staged: null });
    expect(read('اجلت قوات النظام 300 مدنيا')).toMatchObject({ blamed: null, staged: null });
    // (a preposition or a noun after a party is no verb: "American among 18 jihadists")
    expect(read('American among 18 jihadists killed in Syria raid')).toMatchObject({ blamed: null });
    expect(victimObjectDeeds('число погибших возросло до 170 человек.', 'ru', [])).toEqual([]);
  });
});

describe('the target phrase is no subject', () => {
  it('does not take a party inside "attack on X" for the subject of the clause verb', () => {
    expect(read('A drone attack on Russian troops killed five soldiers.')).toMatchObject({ blamed: null, staged: false });
    expect(read('The strike on the positions of the Syrian army left ten dead.')).toMatchObject({ blamed: null });
    expect(read('Удар по позициям российских войск убил пятерых.')).toMatchObject({ blamed: null });
    expect(inTargetPhrase('هجوم علي مواقع ', 'ar')).toBe(true);
  });
  it('near misses: a subject after a phrase of time, the doer of the deed, an agent after "by"', () => {
    expect(read('On Tuesday Russian jets bombed a market in Idlib.')).toMatchObject({ blamed: 'russia' });
    expect(read('Ukrainian drones attacked the positions of Russian troops.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('An attack on the convoy was carried out by rebels.')).toMatchObject({ blamed: 'opposition' });
    expect(inTargetPhrase('on tuesday ', 'en')).toBe(false);
  });
});

describe('the culprit named by a copula after a description of the doer', () => {
  it('reads the complement of "the group responsible for the attack was ..." (EN/AR)', () => {
    expect(read('The group responsible for the attack was Hamas.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('The people behind the chemical attack in Douma were the White Helmets.')).toMatchObject({ blamed: 'white-helmets' });
    expect(read('The perpetrators of the massacre were Syrian government forces.')).toMatchObject({ blamed: 'government' });
    expect(read('منفذو الهجوم هم عناصر تنظيم داعش')).toMatchObject({ blamed: 'opposition' });
    expect(culpritCopulas('the group responsible for the attack was hamas.', 'en').map((c) => c[2])).toEqual(['was']);
    expect(culpritCopulas('исполнителями теракта стали боевики.', 'ru').map((c) => c[2])).toEqual(['стали']);
  });
  it('near misses: a duty, a victim, a negated copula', () => {
    expect(read('The body responsible for investigating the attack is the OPCW.')).toMatchObject({ blamed: null });
    expect(read('The people affected by the attack were Syrian civilians.')).toMatchObject({ blamed: null });
    expect(read('The group responsible for the attack was not Hamas.')).toMatchObject({ blamed: null });
    expect(read('المسؤول عن التحقيق في الهجوم هو روسيا')).toMatchObject({ blamed: null });
    expect(culpritCopulas('ответственным за расследование атаки является россия.', 'ru')).toEqual([]);
  });
});

describe('a party that modifies a noun of loss is the sufferer, no subject', () => {
  it('passes over "regime losses" for the doer of the deed', () => {
    expect(read('Heavy regime losses in Islamic State counteroffensive.')).toMatchObject({ blamed: 'opposition' });
    expect(read('Russian losses in the Ukrainian offensive are heavy.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Russian casualties mounted as Ukrainian forces shelled the town.')).toMatchObject({ blamed: 'ukraine' });
    expect(sufferedLoss('', ' losses in the', 'en')).toBe(true);
    expect(sufferedLoss('', ' потери в ходе', 'ru')).toBe(true);
    expect(sufferedLoss('خساير ', '', 'ar')).toBe(true);
  });
  it('near misses: the subject of a deed that causes losses keeps its reading', () => {
    expect(read('The regime shelled Douma, causing heavy losses.')).toMatchObject({ blamed: 'government' });
    expect(read('Russian forces shelled the town.')).toMatchObject({ blamed: 'russia' });
    expect(sufferedLoss('', ' forces shelled', 'en')).toBe(false);
  });
});

describe('a headline genre label is no speaker in Russian and Arabic either', () => {
  it('reads "شاهد:", "بالفيديو:", "Видео:" as labels: the headline asserts', () => {
    expect(readClaims('شاهد: النظام السوري يقصف إدلب بغاز الكلور', lexicon)).toMatchObject({ claims: { blamed: 'government' }, voice: 'asserts' });
    expect(readClaims('بالفيديو: النظام السوري يقصف إدلب بغاز الكلور', lexicon)).toMatchObject({ claims: { blamed: 'government' }, voice: 'asserts' });
    expect(readClaims('Видео: сирийские военные обстреляли Идлиб хлором', lexicon)).toMatchObject({ claims: { blamed: 'government' }, voice: 'asserts' });
  });
  it('near misses: a source before the colon is still a speaker', () => {
    expect(readClaims('المرصد: النظام السوري يقصف إدلب بغاز الكلور', lexicon)).toMatchObject({ voice: 'reports' });
    expect(readClaims('Минобороны: сирийские военные обстреляли Идлиб хлором', lexicon)).toMatchObject({ voice: 'reports' });
  });
});

describe('a claim of responsibility in a relative clause', () => {
  it('reads the claimant of "the attack, which X claimed" (reported, on its word)', () => {
    expect(readClaims('The attack, which ISIS claimed, killed 20.', lexicon)).toMatchObject({ claims: { blamed: 'opposition' }, voice: 'reports' });
    expect(read('The attack, for which IS claimed responsibility, killed 20.')).toMatchObject({ blamed: 'opposition' });
    expect(read('The strike, which the Houthis claimed on Telegram, hit a tanker.')).toMatchObject({ blamed: 'other' });
  });
  it('near misses: a complement after the claim, an antecedent that is no deed', () => {
    expect(read('The attack, which Russia claimed was staged, killed 20.')).toMatchObject({ blamed: null });
    expect(read('The video, which ISIS claimed, shows the attack.')).toMatchObject({ blamed: null });
    expect(relativeClaims('the attack, which russia claimed was staged', 'en')).toEqual([]);
  });
});
