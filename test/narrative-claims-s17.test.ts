/**
 * Session 17 (claims): Russian blame grammar written from the grammar (the shared data hold little Russian claim text),
 * each construction beside the readings it must leave alone. Sentences written for this test.
 * 1. "против X" names the deed's target, not its doer ("Химическое оружие против российских военных использовали ВСУ");
 *    an accusation or sanctions "против X" are not touched.
 * 2. A plural accusation verb right before "в" with no party after it ("Сирийские власти обвинили в газовой атаке"):
 *    the party before it is the accused (indefinite-personal).
 * 3. The reflexive and short passive of accusing and suspecting ("Украина обвиняется в", "ВСУ подозреваются в",
 *    "Россия обвинена в"): its subject is the accused.
 * 4. A party named guilty by an instrumental predicate ("Лондон назвал Россию виновной", "Виновниками атаки оказались
 *    боевики", "Виновными в обстреле признаны украинские военные"); the namer is not blamed.
 * 5. "причастны к": the short adjective of involvement, as "виновны".
 * 6. Object, verb, subject with a prepositional phrase between ("Химическое оружие применили в Думе боевики").
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed ?? null;
const voice = (t: string) => readClaims(t, lexicon).voice;

describe('"против X" is the target', () => {
  it('blames the doer, not the target', () => {
    expect(blamed('Химическое оружие против российских военных использовали ВСУ.')).toBe('ukraine');
    expect(blamed('Против российских военных ВСУ применили химическое оружие.')).toBe('ukraine');
    expect(blamed('Против украинских военных российские войска применили хлорпикрин.')).toBe('russia');
    expect(blamed('Хлор применили против армии боевики.')).toBe('opposition');
  });
  it('keeps the doer before the target', () => {
    expect(blamed('Российские войска применили хлорпикрин против украинских военных.')).toBe('russia');
    expect(blamed('Боевики применили хлор против сирийских военных.')).toBe('opposition');
  });
  it('names no one in a political "против"', () => {
    expect(blamed('Россия выступила против применения химического оружия.')).toBeNull();
    expect(blamed('Правительство Сирии выступило против обвинений в химической атаке.')).toBeNull();
  });
});

describe('a plural accusation verb with no object', () => {
  it('makes the party before it the accused', () => {
    expect(blamed('Сирийские власти обвинили в газовой атаке на Думу.')).toBe('government');
    expect(voice('Сирийские власти обвинили в газовой атаке на Думу.')).toBe('reports');
  });
  it('keeps the accuser when the accused follows', () => {
    expect(blamed('Сирийские власти обвинили в газовой атаке боевиков.')).toBe('opposition');
    expect(blamed('Сирийские власти обвинили боевиков в газовой атаке.')).toBe('opposition');
    expect(blamed('Российские военные обвинили в провокации ВСУ.')).toBe('ukraine');
    expect(blamed('Москва обвиняет в обстреле Донецка украинские силы.')).toBe('ukraine');
  });
});

describe('the passive of accusing and suspecting', () => {
  it('makes its subject the accused, reported', () => {
    expect(blamed('Украина обвиняется в применении химического оружия.')).toBe('ukraine');
    expect(blamed('Украинские военные обвиняются в применении хлорпикрина.')).toBe('ukraine');
    expect(blamed('Россия подозревается в применении химического оружия.')).toBe('russia');
    expect(blamed('ВСУ подозреваются в применении химического оружия.')).toBe('ukraine');
    expect(blamed('Россия обвинена в химической атаке.')).toBe('russia');
    expect(blamed('Киев обвиняется Москвой в применении химического оружия.')).toBe('ukraine');
    expect(voice('Россия подозревается в применении химического оружия.')).toBe('reports');
  });
  it('and its participle as an attribute of the party', () => {
    expect(blamed('Боевики, обвиняемые в химической атаке, покинули Думу.')).toBe('opposition');
    expect(blamed('Украинские военные, подозреваемые в применении хлорпикрина, отступили.')).toBe('ukraine');
    expect(voice('Боевики, обвиняемые в химической атаке, покинули Думу.')).toBe('reports');
  });
  it('keeps the active forms', () => {
    expect(blamed('Москва обвиняет Киев в применении химического оружия.')).toBe('ukraine');
    expect(blamed('Россию обвиняют в химической атаке.')).toBe('russia');
    expect(blamed('В химической атаке обвиняются боевики.')).toBe('opposition');
  });
});

describe('a party named guilty', () => {
  it('by a verb of naming (reported)', () => {
    expect(blamed('Лондон назвал Россию виновной в отравлении Скрипалей.')).toBe('russia');
    expect(blamed('Лондон назвал виновной в отравлении Скрипалей Россию.')).toBe('russia');
    expect(blamed('Виновной в отравлении Скрипалей Лондон назвал Россию.')).toBe('russia');
    expect(blamed('Москва назвала Киев виновником обстрела.')).toBe('ukraine');
    expect(blamed('Виновником обстрела Москва назвала Киев.')).toBe('ukraine');
    expect(blamed('Суд признал украинских военных виновными в обстреле.')).toBe('ukraine');
    expect(blamed('Виновными в обстреле суд признал украинских военных.')).toBe('ukraine');
    expect(blamed('Россия назвала виновными в атаке боевиков.')).toBe('opposition');
    expect(blamed('Москва считает ответственными за провокацию британские спецслужбы.')).toBe('west');
    expect(voice('Лондон назвал Россию виновной в отравлении Скрипалей.')).toBe('reports');
  });
  it('by a copula or a passive', () => {
    expect(blamed('Виновниками химической атаки оказались боевики.')).toBe('opposition');
    expect(voice('Виновниками химической атаки оказались боевики.')).toBe('asserts');
    expect(blamed('Виновниками химической атаки являются боевики.')).toBe('opposition');
    expect(blamed('Виновными в обстреле признаны украинские военные.')).toBe('ukraine');
  });
  it('not a victim named by a copula', () => {
    expect(blamed('Украина стала жертвой провокации.')).toBeNull();
  });
});

describe('involvement and word order', () => {
  it('"причастны к" in either order', () => {
    expect(blamed('ВСУ причастны к обстрелу Донецка.')).toBe('ukraine');
    expect(blamed('К обстрелу Донецка причастны ВСУ.')).toBe('ukraine');
  });
  it('object, verb, prepositional phrase, subject', () => {
    expect(blamed('Химическое оружие применили в Думе боевики.')).toBe('opposition');
    expect(blamed('Химическое оружие применили вчера боевики.')).toBe('opposition');
    expect(blamed('Хлор применили по позициям армии боевики.')).toBe('opposition');
  });
});

describe('a claim of responsibility reports (README v13 call 1)', () => {
  it('in Russian, either word order, and Arabic "تبنى"', () => {
    for (const t of ['ИГ взяло на себя ответственность за теракт в Кабуле.', 'Ответственность за взрыв в мечети взяло на себя ИГ.',
      'Террористическая группировка Исламское государство взяла на себя ответственность за взрыв в Кабуле.', 'تبنى تنظيم داعش الهجوم على المسجد.']) {
      expect(blamed(t)).toBe('opposition');
      expect(voice(t)).toBe('reports');
    }
  });
  it('as the English one already did', () => {
    expect(voice('Islamic State claimed responsibility for the bombing in Kabul.')).toBe('reports');
  });
  it('leaves an own-voice deed asserted', () => {
    expect(voice('ИГ совершило теракт в Кабуле.')).toBe('asserts');
  });
});

describe('a deed noun with its doer in the genitive after "при" and a verb of casualties', () => {
  it('reads the genitive, not a nominative subject', () => {
    expect(blamed('При авиаударе международной коалиции погибли 43 человека.')).toBe('west');
    expect(blamed('При авиаударе коалиции погибли 43 человека.')).toBe('west');
  });
  it('keeps a nominative subject after a fronted adverbial', () => {
    expect(blamed('После атаки боевики отступили в горы.')).toBeNull();
  });
});

describe('an armed body or a ruling power names no place', () => {
  it('"in regime air raids" names the doer', () => {
    expect(blamed('35 Civilians Killed in Regime Air Raids on Rural Aleppo')).toBe('government');
  });
});

describe('wire copy: a later sentence of the lead attributes the sentences before it', () => {
  it('"Об этом сообщил ..." two sentences on', () => {
    expect(voice('В результате удара ВСУ по Белгороду погибла мирная жительница. От полученных ранений она скончалась на месте. Об этом сообщил губернатор в своем Telegram-канале.')).toBe('reports');
    expect(voice('В результате серии израильских авиаударов по сектору Газа погибли 34 палестинца, включая детей. Об этом сообщает Министерство здравоохранения.')).toBe('reports');
  });
  it('not a closing source of the next sentence (the Aleppo bundle\'s Regnum item asserts)', () => {
    expect(voice('Боевики обстреляли западные кварталы Алеппо снарядами с хлором. Пострадали 37 человек, сообщает телеканал Suria.')).toBe('asserts');
  });
  it('not past a sentence with its own speaker', () => {
    expect(voice('ВСУ обстреляли Горловку. Губернатор заявил, что погибли трое. Об этом пишет ТАСС.')).toBe('asserts');
  });
});

describe('a parenthetical source between the subject and its deed', () => {
  it('keeps the subject the doer and reports (RU, EN)', () => {
    for (const [t, p] of [['Украинские спецслужбы, по данным СВР, готовят провокацию с применением химического оружия.', 'ukraine'],
      ['Британские спецслужбы, как утверждает Москва, организовали постановку химатаки.', 'west'],
      ['Ukrainian forces, according to the army, used chlorine in Avdiivka.', 'ukraine']] as const) {
      expect(blamed(t)).toBe(p);
      expect(voice(t)).toBe('reports');
    }
  });
  it('leaves a leading source and its subject alone', () => {
    expect(blamed('По данным Минобороны России, боевики готовят инсценировку химической атаки в Идлибе.')).toBe('opposition');
    expect(blamed('Как заявили в Минобороны, боевики сняли постановочное видео химатаки.')).toBe('opposition');
  });
});

describe('"пришли к выводу" reports as "concluded" does', () => {
  it('in Russian', () => {
    expect(voice('Эксперты ОЗХО пришли к выводу, что ответственность за атаку несут сирийские ВВС.')).toBe('reports');
    expect(blamed('Эксперты ОЗХО пришли к выводу, что ответственность за атаку несут сирийские ВВС.')).toBe('government');
  });
  it('while a factive verb of evidence keeps the item\'s voice (README v9)', () => {
    expect(voice('Доклад ОЗХО доказал, что зарин применили сирийские ВВС.')).toBe('asserts');
  });
});

describe('guilt as a noun before a dash and as "виноват"', () => {
  it('"Виновник X — Y" names Y in the clause\'s own voice', () => {
    expect(blamed('Виновник обстрела — украинская армия.')).toBe('ukraine');
    expect(blamed('Виновники обстрела — украинские военные.')).toBe('ukraine');
    expect(voice('Виновники обстрела — украинские военные.')).toBe('asserts');
  });
  it('"виноват / виноваты / виновен" in either order', () => {
    expect(blamed('В обстреле Донецка виноваты ВСУ.')).toBe('ukraine');
    expect(blamed('В гибели мирных жителей виноват Киев.')).toBe('ukraine');
    expect(blamed('В отравлении Навального виновен Кремль.')).toBe('russia');
  });
  it('names no one without an incident', () => {
    expect(blamed('Организаторы митинга — оппозиция.')).toBeNull();
  });
});
