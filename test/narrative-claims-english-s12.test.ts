/**
 * Session 12 (claims room): English (and the Russian and Arabic counterparts) on dev-v14's kinds of item: private
 * poisoners, headline passives, confessions and arrests, Russian "ё". Sentences written for the test, not taken from any
 * split; each asserts the value the reader gives, with a hard negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, agent: c.claims.agent, voice: c.voice };
};
const blamed = (t: string) => read(t).blamed;

describe('private poisoners are `other` (README guide), only in a poisoning', () => {
  it('the poisoner as subject, accused or charged', () => {
    expect(blamed('A woman laced her husband\'s coffee with rat poison.')).toBe('other');
    expect(read('Police say a nurse poisoned three patients with insulin.')).toMatchObject({ blamed: 'other', voice: 'reports' });
    expect(blamed('A man was charged with poisoning his neighbour with antifreeze.')).toBe('other');
    expect(blamed('Сотрудник завода сознался в отравлении коллег таллием.')).toBe('other');
  });
  it('a victim alone blames no one; a person outside a poisoning is no party', () => {
    expect(blamed('A woman was poisoned in her home.')).toBe(null);
    expect(blamed('A man was killed when a shell hit his house.')).toBe(null);
    expect(blamed('Protesters were arrested after clashes with police.')).toBe(null);
  });
  it('a person of a service named after it is that service\'s', () => {
    expect(blamed('Сотрудники ФСБ отравили Навального.')).toBe('russia');
  });
});

describe('a headline\'s bare participle is passive: the party before it is accused', () => {
  it('"X accused of", "X arrested after"', () => {
    expect(read('Sudan army accused of killing hundreds in Darfur airstrike.')).toMatchObject({ blamed: 'other', voice: 'reports' });
    expect(read('Woman arrested after poisoning co-workers\' coffee.')).toMatchObject({ blamed: 'other' });
    expect(blamed('Syrian regime accused of bombing the town of Daraya.')).toBe('government');
  });
  it('an active accusation keeps its accuser out', () => {
    expect(blamed('Kyiv accused Moscow of shelling the power plant.')).toBe('russia');
    expect(blamed('Russia arrested Ukrainian saboteurs who planned an attack on the bridge.')).toBe('ukraine');
  });
});

describe('Russian "ё" is read as "е"', () => {
  it('"нанёс" is "нанес"', () => {
    expect(blamed('Израиль нанёс удар по Сирии.')).toBe('other');
    expect(blamed('Израиль нанес удар по Сирии.')).toBe('other');
  });
});

describe('English constructions the brief names (checked; no change needed)', () => {
  it('hedged passive, X-backed, blamed on, accused X of, headline colon', () => {
    expect(blamed('The strike was most likely carried out by the U.S.-led coalition, monitors said.')).toBe('west');
    expect(blamed('The shelling was blamed on Turkish-backed rebels.')).toBe('opposition');
    expect(blamed('The White House accused the Syrian government of using chlorine in Douma.')).toBe('government');
    expect(read('Lavrov: Ukraine staged the Bucha massacre.')).toMatchObject({ blamed: 'ukraine', voice: 'reports' });
    expect(blamed('Israel denied carrying out the strike.')).toBe(null);
  });
});

describe('Russian: an armed force named in the genitive after a deed or munition noun', () => {
  it('an abbreviation right after the noun is the doer, with or without a target', () => {
    expect(blamed('Два человека пострадали от обстрела ВСУ.')).toBe('ukraine');
    expect(blamed('Система ПВО уничтожила над областью девять ракет ВСУ.')).toBe('ukraine');
  });
  it('a target with a preposition or a noun of place between is no doer', () => {
    expect(blamed('Российская армия нанесла удар по позициям ВСУ.')).toBe('russia');
    expect(blamed('Ракеты упали на территории Белгородской области.')).toBe(null);
  });
});

describe('Russian: a generic armed formation gives way to the named party after it', () => {
  it('"Вооруженные формирования шиитской организации «Хезболла»" is Hezbollah (`other`)', () => {
    expect(blamed('Вооруженные формирования шиитской организации «Хезболла» нанесли ракетный удар по штабу.')).toBe('other');
    expect(blamed('Вооруженные формирования обстреляли город.')).toBe('opposition');
  });
});

describe('a named side\'s country after a preposition of place is where, not who', () => {
  it('"the war in Ukraine", "на Украине" name no culprit', () => {
    expect(blamed('Crisis actors and fake bodies: lies claiming the war in Ukraine is a hoax.')).toBe(null);
    expect(blamed('Fake videos of the attack in Ukraine were shared online.')).toBe(null);
  });
  it('the country as subject, agent or accused is still its side', () => {
    expect(blamed('Ukraine staged the attack, Moscow said.')).toBe('ukraine');
    expect(blamed('The attack was carried out by Russia, Kyiv said.')).toBe('russia');
  });
});

describe('"terms / dubs / brands X as fake" is speech: its subject is the speaker', () => {
  it('the speaker of a staging claim without a stager blames no one', () => {
    expect(read('Russian FM Lavrov terms situation in Bucha as fake attack aimed at undermining Kremlin.')).toMatchObject({ blamed: null, voice: 'reports' });
  });
  it('a stager named in the claim is blamed', () => {
    expect(blamed('Russian FM Lavrov terms the Bucha killings a fake attack staged by Ukraine.')).toBe('ukraine');
  });
});

describe('Russian: taking responsibility, "ИГ", and a drop from the air', () => {
  it('"ИГ взяло на себя ответственность" owns the deed', () => {
    expect(blamed('ИГ взяло на себя ответственность за взрыв в мечети.')).toBe('opposition');
  });
  it('"сбросили бомбы" is an incident whose subject is its doer', () => {
    expect(blamed('Сирийская армия сбросила бочковые бомбы на город.')).toBe('government');
    expect(blamed('Военные Мьянмы сбросили бомбы на собравшихся.')).toBe('other');
  });
  it('a commitment taken on is no deed', () => {
    expect(blamed('Россия взяла на себя обязательства по гуманитарным поставкам.')).toBe(null);
  });
});
