/**
 * Session 32 (room clblame): blame constructions of fresh coverage the reader did not parse — nominal and predicative blame
 * in Russian and Arabic, a strike told without its doer on one war side's forces, the doer's membership, a vehicle driven
 * into a crowd, the Arabic reciprocal accusation, "blamed the attack on Ukraine". Each rule with the readings it must make
 * and the near misses it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed;

describe('a responsibility lying on «Украине / России» (the prepositional after «лежит на» is no place)', () => {
  it('reads the country after «лежит на» as the one blamed', () => {
    expect(blamed('Ответственность за обстрел посёлка лежит на Украине.')).toBe('ukraine');
    expect(blamed('Мэр заявил, что вся ответственность за удар по рынку лежит на России.')).toBe('russia');
  });
  it('near misses: a duty laid on the country, the country as a place', () => {
    expect(blamed('Ответственность за безопасность станции лежит на Украине.')).toBeNull();
    expect(blamed('На Украине прошли учения.')).toBeNull();
  });
});

describe('«Украина» / «Америка» as a nominative subject after a verb of no gender', () => {
  it('reads the feminine country name in -а after «стоит»', () => {
    expect(blamed('За взрывом на складе стоит Украина.')).toBe('ukraine');
    expect(blamed('Пресс-секретарь Кремля: за атакой на нефтебазу стоит Украина.')).toBe('ukraine');
  });
  it('near misses: the country as a sufferer, a place', () => {
    expect(blamed('Сильнее всех пострадала Украина.')).toBeNull();
    expect(blamed('Удар по Украине нанесла Россия.')).toBe('russia');
  });
});

describe('a strike without its doer on one war side\'s forces (claim-struck-forces.ts)', () => {
  it('blames the other side, in the voice of the sentence', () => {
    expect(read('В Минобороны России сообщили, что удар был нанесён по пунктам временной дислокации ВСУ.')).toMatchObject({ blamed: 'russia' });
    expect(read('Генштаб Украины сообщил, что удары были нанесены по позициям российских войск под Бахмутом.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('near misses: a named doer wins, a denied strike, a strike on a town', () => {
    expect(blamed('ВСУ нанесли удар по позициям российских войск.')).toBe('ukraine');
    expect(blamed('В Минобороны заявили, что удар не наносился по позициям ВСУ.')).toBeNull();
    expect(blamed('Удар был нанесён по жилому кварталу.')).toBeNull();
    expect(blamed('Удар по позициям ВСУ унёс жизни пятерых военных.')).toBeNull();
  });
});

describe('the doer\'s membership as a predicate (claim-copular.ts membershipCopulas)', () => {
  it('reads the group after «был членом» / "was a member of" / "pledged allegiance to"', () => {
    expect(blamed('Стрелок, расстрелявший посетителей кафе, был членом ИГИЛ.')).toBe('opposition');
    expect(blamed('The gunman who killed four worshippers was a member of the Islamic State group.')).toBe('opposition');
    expect(blamed('The attacker who stabbed three people had pledged allegiance to ISIS.')).toBe('opposition');
  });
  it('near misses: a victim\'s membership, a negated membership, no deed', () => {
    expect(blamed('One of the people killed in the shooting was a member of the city council.')).toBeNull();
    expect(blamed('Стрелок, расстрелявший посетителей кафе, не был членом ИГИЛ.')).toBeNull();
    expect(blamed('Его брат был членом ИГИЛ.')).toBeNull();
  });
});

describe('a vehicle driven into a crowd as a deed and an incident', () => {
  it('reads the driver\'s side as the doer', () => {
    expect(blamed('Сторонник ИГИЛ въехал в толпу на грузовике.')).toBe('opposition');
    expect(blamed('Боевик ИГИЛ протаранил толпу на рынке.')).toBe('opposition');
    expect(blamed('Водитель, наехавший на толпу у вокзала, был сторонником ИГИЛ.')).toBe('opposition');
  });
  it('near misses: a truck alone is no party (no longer «Грузия»), an accident without a doer', () => {
    expect(blamed('Грузовик с гуманитарным грузом прибыл в Херсон.')).toBeNull();
    expect(blamed('Грузия осудила удар по Киеву.')).toBeNull();
    expect(blamed('A truck plowed into a crowd in the city centre.')).toBeNull();
  });
});

describe('Arabic fingerprints «بصمات» and a responsibility «على عاتق» a party', () => {
  it('reads the party after them', () => {
    expect(blamed('قال مسؤول إن التفجير يحمل بصمات الاستخبارات الأوكرانية.')).toBe('ukraine');
    expect(blamed('تقع مسؤولية قصف المستشفى على عاتق روسيا.')).toBe('russia');
  });
  it('near misses: a duty on someone\'s shoulders', () => {
    expect(blamed('تقع على عاتق الحكومة السورية مهمة إعادة الإعمار بعد الهجوم.')).toBeNull();
    expect(blamed('تقع مسؤولية حماية المدنيين على عاتق الحكومة السورية بعد الهجوم.')).toBeNull();
  });
});

describe('the Russian «след» of a party in a deed', () => {
  it('reads the adjective before it and the genitive after it', () => {
    expect(blamed('Следователи отрабатывают украинский след в теракте на заводе.')).toBe('ukraine');
    expect(blamed('Директор ФСБ заявил, что в теракте виден след украинских спецслужб.')).toBe('ukraine');
  });
  it('near misses: traces of a weapon, «следующий», a negated trace', () => {
    expect(blamed('На месте взрыва нашли следы взрывчатки.')).toBeNull();
    expect(blamed('На следующий день после взрыва полиция оцепила район.')).toBeNull();
    expect(blamed('Украинского следа в теракте нет, заявили в Киеве.')).toBeNull();
  });
});

describe('Russian culprits by «выступить», after a colon, and «— вина X»', () => {
  it('reads the culprit', () => {
    expect(blamed('Заказчиком поджога выступили украинские спецслужбы.')).toBe('ukraine');
    expect(blamed('Суд назвал виновных в теракте: это украинские спецслужбы.')).toBe('ukraine');
    expect(blamed('Обстрел рынка — вина киевского режима.')).toBe('ukraine');
  });
  it('near misses: «вина» not after a dash, a dash before no guilt', () => {
    expect(blamed('Вина за обстрел рынка пока не установлена.')).toBeNull();
    expect(blamed('Обстрел рынка — трагедия для всего города.')).toBeNull();
  });
});

describe('the Arabic reciprocal accusation (claim-arabic-roles.ts mutualAccusation)', () => {
  it('blames no one when the sides are of different parties', () => {
    expect(blamed('اتهمت روسيا وأوكرانيا بعضهما البعض بقصف السد.')).toBeNull();
    expect(blamed('وتتهم كل من روسيا وأوكرانيا الأخرى بقصف السد.')).toBeNull();
  });
  it('near misses: "another" after the charge is no reciprocal', () => {
    expect(blamed('اتهمت روسيا أوكرانيا بقصف السد مرة أخرى.')).toBe('ukraine');
  });
});

describe('"blamed the attack on Ukraine"', () => {
  it('reads the state after "on" as the one blamed', () => {
    expect(blamed('Moscow blamed the drone attack on Ukraine.')).toBe('ukraine');
    expect(blamed('Kyiv blamed the missile strike on Russia.')).toBe('russia');
  });
  it('near misses: the war on the state without a verb of blaming', () => {
    expect(blamed('The UN condemned the attack on Ukraine.')).toBeNull();
  });
});

describe('a weapon as the subject of a Russian verb of hitting, and its passive with the weapon in the instrumental (claim-struck-forces.ts)', () => {
  it('reads the weapon\'s side', () => {
    expect(blamed('Российская ракета попала в здание вокзала.')).toBe('russia');
    expect(blamed('Украинские дроны поразили нефтебазу под Брянском.')).toBe('ukraine');
    expect(blamed('Храм был разрушен российской ракетой.')).toBe('russia');
    expect(blamed('Школа повреждена ракетой украинской ПВО, заявили в Минобороны.')).toBe('ukraine');
  });
  it('near misses: a negated hit, a figurative sense, destruction by fire, the passive\'s subject is the target', () => {
    expect(blamed('Российская ракета не попала в здание вокзала.')).toBeNull();
    expect(blamed('Зрители были поражены красотой собора.')).toBeNull();
    expect(blamed('Склад был уничтожен пожаром.')).toBeNull();
    expect(blamed('Штаб ВСУ разрушен российской ракетой.')).toBe('russia');
  });
});

describe('«РФ» right after a deed noun is its doer (claim-russian-blame.ts ruNotAParty)', () => {
  it('reads the genitive of the subject', () => {
    expect(blamed('В результате ракетного удара РФ по Харькову погибли четыре человека.')).toBe('russia');
    expect(blamed('После ночной атаки РФ на Одессу повреждены жилые дома.')).toBe('russia');
  });
  it('near misses: a strike on the country, an office of the country', () => {
    expect(blamed('Удар по РФ был отражён.')).toBeNull();
    expect(blamed('Минобороны РФ сообщило, что удар нанесён по позициям ВСУ.')).toBe('russia');
  });
});
