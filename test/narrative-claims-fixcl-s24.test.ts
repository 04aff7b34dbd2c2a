/**
 * Session 24 (room fixcl): the review's findings on this session's claim rules (review-s24 R1, R16, R17): a count of
 * people as a verb's object is a deed only by a verb of harm or a harm complement; «ликвидировать» kills only a person;
 * «приложить руку к X» is a deed cue only when X is a deed. The reviewer's sentences, same-class variants and the
 * rules' original positives (sentences written for this test, none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('R1: a count of people as object is a deed only by a verb of harm', () => {
  it('benign verbs with people as object blame no one (EN/RU/AR)', () => {
    for (const t of [
      'The Syrian government pardoned 20 prisoners.', 'The Syrian government escorted 300 civilians out of Ghouta.',
      'Russian military police protected 200 civilians in Aleppo.', 'The Syrian army repatriated 30 refugees from Lebanon.',
      'The Russian defence ministry awarded 12 soldiers medals.', 'Turkey accepted 3,000 refugees last year.',
      'The Ukrainian army promoted 40 officers.', 'Israeli authorities questioned 20 Palestinians.',
      'The Syrian government buried 30 soldiers in Latakia.', 'The White Helmets pulled 20 children from the rubble.',
      'The Russian army swapped 50 prisoners with Ukraine.', 'Ukrainian forces returned 50 prisoners to Russia.',
      'The Syrian army greeted 40 refugees.',
      'Российские военные накормили 300 мирных жителей.', 'Российские врачи вылечили 30 детей.',
      'Российская армия наградила 20 военнослужащих.', 'Российские военные встретили 200 беженцев.',
      'قوات النظام كرمت 20 جنديا',
    ]) expect(read(t), t).toMatchObject({ blamed: null, staged: null });
    expect(read('The Russian defence ministry honoured 12 soldiers who died in Syria.').blamed).toBeNull();
    expect(read('ISIS mourned 20 fighters killed in the raid.').blamed).toBeNull();
  });
  it('verbs of harm and harm complements stay deeds', () => {
    expect(read('Syrian forces destroyed over 60 terrorists near Palmyra.')).toMatchObject({ blamed: 'government', staged: false });
    expect(read('Israeli soldiers gunned down three Palestinians.')).toMatchObject({ blamed: 'other' });
    expect(read('Ukrainian forces mowed down 20 civilians.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Israeli troops wounded 30 protesters.')).toMatchObject({ blamed: 'other' });
    expect(read('Israeli forces left 30 civilians dead.')).toMatchObject({ blamed: 'other' });
    expect(read('Syrian troops slaughtered 40 villagers.')).toMatchObject({ blamed: 'government' });
    expect(read('Сирийская армия ликвидировала 60 боевиков.')).toMatchObject({ blamed: 'government' });
    expect(read('Российские военные расстреляли 20 мирных жителей.')).toMatchObject({ blamed: 'russia' });
    expect(read('قوات النظام أعدمت 20 مدنيا في حماة')).toMatchObject({ blamed: 'government' });
  });
});

describe('R16: «ликвидировать» is killing only with a person as its object', () => {
  it('a thing as object names no deed', () => {
    expect(read('Российские военные ликвидировали последствия химической атаки.').blamed).toBeNull();
    expect(read('Российские спецслужбы ликвидировали подпольную лабораторию по производству зарина.').blamed).toBeNull();
    expect(read('Украинские военные ликвидировали склад боеприпасов.').blamed).toBeNull();
  });
  it('a person, a count of persons or a name stays a killing; negated, none', () => {
    expect(read('Российская армия ликвидировала командира боевиков.')).toMatchObject({ blamed: 'russia' });
    expect(read('Российские военные ликвидировали Хаттаба.')).toMatchObject({ blamed: 'russia' });
    expect(read('Российская армия не ликвидировала командира боевиков.').blamed).toBeNull();
  });
});

describe('R17: «приложить руку к X» is a deed cue only when X is a deed', () => {
  it('an investigation, a rescue, a report: no deed', () => {
    expect(read('Российские эксперты приложили руку к расследованию химической атаки.').blamed).toBeNull();
    expect(read('Российские врачи приложили руку к спасению пострадавших от химической атаки.').blamed).toBeNull();
    expect(read('Британские эксперты приложили руку к созданию доклада о химической атаке.').blamed).toBeNull();
  });
  it('a killing or a poisoning: the deed cue stands', () => {
    expect(read('Российские спецслужбы приложили руку к отравлению Скрипалей.')).toMatchObject({ blamed: 'russia' });
    expect(read('К убийству приложил руку Кремль.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('R3: negation and irrealis reach a passive participle through its auxiliary', () => {
  it('a negated, never-happened or supposed passive names no doer', () => {
    expect(read('Самолет не был сбит Вооруженными силами Украины.').blamed).toBeNull();
    expect(read('Самолет так и не был сбит российскими военными.').blamed).toBeNull();
    expect(read('Если бы самолет был сбит Вооруженными силами Украины, это было бы видно.').blamed).toBeNull();
    expect(read('Госпиталь не был обстрелян российскими военными.').blamed).toBeNull();
    expect(read('Самолет был сбит не Вооруженными силами Украины.').blamed).toBeNull();
  });
  it('the plain passive keeps its agent', () => {
    expect(read('Самолет был сбит Вооруженными силами Украины.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Госпиталь был обстрелян российскими военными.')).toMatchObject({ blamed: 'russia' });
    expect(read('Самолет был не только сбит российскими военными, но и разграблен.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('R2: a culprit copula inside an open question or under a fronted negation names no one', () => {
  it('whether / if / unclear, and a fronted Arabic negator', () => {
    expect(read('Whether the group behind the attack was ISIS remains unclear.').blamed).toBeNull();
    expect(read('It is not known whether the group responsible for the attack was ISIS.').blamed).toBeNull();
    expect(read('It is unclear if the perpetrators of the massacre were ISIS fighters.').blamed).toBeNull();
    expect(read('ليس المسؤول عن الهجوم هو الجيش السوري').blamed).toBeNull();
    expect(read('Неизвестно, были ли исполнителями теракта боевики.').blamed).toBeNull();
  });
  it('the plain equation still names the culprit', () => {
    expect(read('The group behind the attack was ISIS.')).toMatchObject({ blamed: 'opposition' });
    expect(read('The group responsible for the attack was ISIS, officials said.')).toMatchObject({ blamed: 'opposition' });
    expect(read('المسؤول عن الهجوم هو الجيش السوري')).toMatchObject({ blamed: 'government' });
    expect(read('Исполнителями теракта стали боевики.')).toMatchObject({ blamed: 'opposition' });
  });
});

describe('R10: a Soviet aircraft type is its maker, not its user', () => {
  it('a foreign air force flying Soviet-built aircraft is not the USSR', () => {
    expect(read('Iraqi pilots in Soviet jets dropped mustard gas on Halabja.')).toMatchObject({ blamed: 'other' });
    expect(read('A Syrian pilot in a Soviet MiG-21 bombed the town with chlorine.').blamed).not.toBe('russia');
  });
  it('Soviet pilots and air defence still name the Soviet user', () => {
    expect(read('In 1983 the airliner was shot down by a Soviet pilot over Sakhalin.')).toMatchObject({ blamed: 'russia' });
    expect(read('Советский летчик сбил южнокорейский «Боинг».')).toMatchObject({ blamed: 'russia' });
  });
});

describe('R10: a Soviet aircraft type names the Soviet user only when no other operator is named', () => {
  it('a foreign air force flying Soviet-built aircraft is not the USSR', () => {
    expect(read('Iraqi pilots in Soviet jets dropped mustard gas on Halabja.')).toMatchObject({ blamed: 'other' });
    expect(read('A Syrian pilot in a Soviet MiG-21 bombed the town with chlorine.').blamed).not.toBe('russia');
    expect(read('Iraqi pilots flew Soviet MiG-23 jets over Halabja and dropped mustard gas.').blamed).not.toBe('russia');
  });
  it('the Soviet aircraft alone, its pilots and air defence still name the USSR', () => {
    expect(read('In 1983 the airliner strayed off course and was shot down by a Soviet Su-15 interceptor over Sakhalin.')).toMatchObject({ blamed: 'russia' });
    expect(read('In 1983 the airliner was shot down by a Soviet pilot over Sakhalin.')).toMatchObject({ blamed: 'russia' });
    expect(read('Советский истребитель сбил в небе над Сахалином самолёт.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('R13: a party or institution as the object of "V X with Y" is a recipient, not a target', () => {
  it('entrusting, trusting, tasking name no deed', () => {
    expect(read('The Syrian army entrusted Russia with the sarin stockpile.').blamed).toBeNull();
    expect(read('Russian forces trusted the Syrian army with chemical weapons security.').blamed).toBeNull();
    expect(read('The US entrusted the Iraqi government with chemical weapons.').blamed).toBeNull();
  });
  it('a place, people or fighters as the object stay targets', () => {
    expect(read('Syrian government forces drenched the town with chlorine gas.')).toMatchObject({ blamed: 'government' });
    expect(read('Syrian forces drenched the rebels with chlorine gas.')).toMatchObject({ blamed: 'government' });
    expect(read('Russian forces showered the Ukrainian troops with toxic gas.')).toMatchObject({ blamed: 'russia' });
    expect(read('Israeli troops sprayed the protesters with skunk water and tear gas.')).toMatchObject({ blamed: 'other' });
  });
});

describe('R8: a party followed by a zero relative clause\'s verb is outside the target phrase', () => {
  it('the subject of "the attack [that] X carried out" is the doer', () => {
    expect(read('The sarin attack on Khan Sheikhoun Syrian jets carried out killed 80 people.')).toMatchObject({ blamed: 'government' });
    expect(read('The chlorine attack on Douma Syrian helicopters launched killed 40 people.')).toMatchObject({ blamed: 'government' });
  });
  it('a party inside the target phrase is still no subject', () => {
    expect(read('A drone attack on Russian troops killed five.').blamed).toBeNull();
    expect(read('The strike on the positions of the Syrian army left ten dead.').blamed).toBeNull();
    expect(read('The attack on Russian troops carried out by Ukraine killed five.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Strikes on Idlib by Russian jets killed 20 civilians.')).toMatchObject({ blamed: 'russia' });
  });
});

describe('the English idioms of non-involvement deny (review R3, related)', () => {
  it('"had no hand in", "has nothing to do with", "played no part in" blame no one', () => {
    expect(read('Russia had no hand in the attack.').blamed).toBeNull();
    expect(read('Russia has nothing to do with the chemical attack in Douma, the Kremlin said.').blamed).toBeNull();
    expect(read('Russia played no part in the attack.').blamed).toBeNull();
  });
  it('"had a hand in" still blames', () => {
    expect(read('Russia had a hand in the attack.')).toMatchObject({ blamed: 'russia' });
  });
});
