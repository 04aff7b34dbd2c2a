/**
 * Session 19 (claims): Russian `blamed`, read through grammar and morphology rather than one phrasing at a time.
 * Sentences written for this test from the grammar; each rule beside the near-miss it must leave alone.
 * 1. The subject of a verb of foiling, detaining, exposing or finding is the side that stopped or found the deed, not
 *    its doer ("ФСБ задержала уроженца ..., готовившего теракт"); the finder of a cache is not its owner.
 * 2. A party name whose nominative is its bare stem ("Дамаск") is read in every case ("Дамаска", "Дамаску", "Дамаском"),
 *    and a capital so named keeps its roles: the accused or the agent, never the city ("пригород Дамаска").
 * 3. The dative of a verb of ascribing is the accused: "Вину за химатаку приписали боевикам", "Химатаку приписывают
 *    сирийской армии"; words ascribed to someone are no deed.
 * 4. A strike marks its target with "по", so a country in the genitive after "удар" is the striker ("при ударах
 *    Израиля"); after "обстрел" it stays the place shelled.
 * 5. Agreement: a singular party opening its clause before a plural deed verb is its fronted object, not its subject
 *    ("Израиль обстреляли из Ливана"); a genitive of a plural head ("ВВС Судана нанесли") is left to its head.
 * 6. The doer of a deed that a staging stages ("инсценировка удара российских войск", "постановочной провокации с
 *    применением сирийской армией химоружия") is the framed party, not the stager; a bare provocation names its
 *    provocateurs, and a nominative after the staged deed is a subject.
 * 7. A participial phrase after a comma qualifies the party before it, whatever its case: "ФСБ задержала боевиков,
 *    готовивших химатаку" (the militants prepared it).
 * 8. A verb of response with a weapon in the instrumental is a deed: "Силы безопасности ответили слезоточивым газом".
 * 9. A claim the item calls false by an adjective, with its content after it ("Бездоказательные утверждения ... о
 *    применении Россией химоружия"), blames no one in its clause, as "claims that X did it are false" does.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed ?? null;

describe('Russian: the foiler, the detainer and the finder are not the doer', () => {
  it('leaves the subject of a verb of foiling or detaining out of the blame', () => {
    // (s23 claims) the detained plotter, a private person, is `other` (the README guide; the dev-v20 item with this very
    // sentence is labelled `other`): the detainer, the FSB, is still not blamed
    expect(blamed('ФСБ задержала уроженца Центральной Азии, готовившего теракт.')).toBe('other');
    expect(blamed('ФСБ России задержала жителя Самары, готовившего теракт в торговом центре.')).toBe('other');
    expect(blamed('Российские силовики предотвратили химическую атаку в Подмосковье.')).toBe(null);
    // (the plotter named beside the foiler is still the one blamed)
    expect(blamed('ФСБ предотвратила теракт, который готовили украинские спецслужбы.')).toBe('ukraine');
  });
  it('near-miss: the same party as the subject of the deed itself is blamed', () => {
    expect(blamed('ФСБ готовила теракт в Киеве, заявили в СБУ.')).toBe('russia');
    expect(blamed('Боевики ИГ готовили химатаку, ФСБ предотвратила её.')).toBe('opposition');
  });
  it('a cache belongs to the party named with it, not to the one who found it', () => {
    expect(blamed('Российские военные обнаружили склад с химическим оружием боевиков.')).toBe('opposition');
    expect(blamed('Российские военные обнаружили склад с химическим оружием.')).toBe(null);
    expect(blamed('Syrian troops found a cache of chemical weapons.')).toBe(null);
    expect(blamed('Syrian troops found a rebel cache of chemical weapons.')).toBe('opposition');
  });
  it('near-miss: a party that kept the cache is its owner', () => {
    expect(blamed('Боевики хранили на складе химическое оружие.')).toBe('opposition');
    expect(blamed('Склад с химическим оружием боевиков обнаружен в Алеппо.')).toBe('opposition');
  });
});

describe('Russian: the oblique cases of a name whose nominative is its stem', () => {
  it('reads the genitive, dative and instrumental of a capital in an accusation or as an agent', () => {
    expect(blamed('Обвинения в адрес Дамаска в применении химоружия прозвучали в Совбезе.')).toBe('government');
    expect(blamed('Дамаску предъявлены обвинения в применении зарина.')).toBe('government');
    expect(blamed('Атака была совершена Дамаском.')).toBe('government');
    expect(blamed('Запад обвиняет Дамаск в химатаке.')).toBe('government');
  });
  it('near-miss: the capital as a place in the genitive or after a preposition blames no one', () => {
    expect(blamed('В результате атаки с применением химического оружия в городе Дума (пригород Дамаска) погибли 85 человек.')).toBe(null);
    expect(blamed('Химатака произошла к востоку от Дамаска.')).toBe(null);
    expect(blamed('Жители Дамаска пострадали от обстрела боевиков.')).toBe('opposition');
    expect(blamed('Боевики обстреляли окрестности Дамаска из минометов.')).toBe('opposition');
  });
});

describe('Russian: the dative of a verb of ascribing', () => {
  it('reads the party the deed or the blame is ascribed to as the accused (reported)', () => {
    for (const [t, want] of [
      ['Вину за химическую атаку в Думе приписали боевикам.', 'opposition'],
      ['Химатаку приписывают сирийской армии.', 'government'],
      ['Боевикам приписали обстрел Алеппо хлором.', 'opposition'],
      ['Москва приписала химатаку боевикам.', 'opposition'],
      ['Ответственность за химатаку в Хан-Шейхуне приписывают сирийским ВВС.', 'government'],
    ] as const) {
      expect(blamed(t), t).toBe(want);
      expect(readClaims(t, lexicon).voice, t).toBe('reports');
    }
  });
  it('near-miss: words ascribed to someone, or an ascription with no incident, blame no one', () => {
    expect(blamed('Захаровой приписали слова о химатаке.')).toBe(null);
    expect(blamed('Эксперты приписывают успех наступления сирийской армии.')).toBe(null);
  });
});

describe('Russian: the genitive after a strike noun is the striker', () => {
  it('reads "при ударах Израиля", "в результате удара Израиля" as Israel\'s deed', () => {
    expect(blamed('Командующий погиб при ударе Израиля.')).toBe('other');
    expect(blamed('В результате удара Израиля погибли трое.')).toBe('other');
    expect(blamed('После авиаудара Израиля по Дамаску погибли трое.')).toBe('other');
  });
  it('near-miss: the country after "обстрел", or after "удар по", is the place hit', () => {
    expect(blamed('После обстрела Израиля погибли трое.')).toBe(null);
    expect(blamed('После удара по Израилю погибли трое.')).toBe(null);
  });
});

describe('Russian: a singular party before a plural deed verb is its object', () => {
  it('reads the fronted object of an indefinite-personal verb as no doer', () => {
    expect(blamed('Израиль обстреляли из Ливана.')).toBe(null);
    expect(blamed('Сегодня утром Израиль обстреляли из Ливана.')).toBe(null);
    expect(blamed('Иран атаковали беспилотниками.')).toBe(null);
  });
  it('near-miss: a singular verb, a plural or conjoined subject, an abbreviation or a genitive of a plural head', () => {
    expect(blamed('Израиль обстрелял Ливан.')).toBe('other');
    expect(blamed('Израиль и США атаковали Иран.')).toBe('other');
    expect(blamed('Российские войска обстреляли Харьков.')).toBe('russia');
    expect(blamed('ВСУ обстреляли Донецк.')).toBe('ukraine');
    expect(blamed('ВВС Судана нанесли авиаудар по лагерю беженцев.')).toBe('other');
  });
});

describe('Russian: the doer of a staged deed is the framed party', () => {
  it('does not blame the party whose deed a staging stages', () => {
    expect(blamed('Планируется инсценировка наступления российских войск.')).toBe(null);
    expect(blamed('Начались съемки постановочной провокации с применением сирийской армией химоружия.')).toBe(null);
    expect(blamed('Украина готовит инсценировку удара российских войск по Краматорску.')).toBe('ukraine');
    expect(blamed('Боевики готовят инсценировку применения химоружия сирийской армией.')).toBe('opposition');
  });
  it('near-miss: a provocation\'s own doer, the stager named after the staging, a nominative subject', () => {
    expect(blamed('Провокация с применением хлора боевиками сорвана.')).toBe('opposition');
    expect(blamed('Инсценировку химатаки устроили боевики.')).toBe('opposition');
    expect(blamed('После инсценированной атаки «Белые каски» планируют снять ролики.')).toBe('white-helmets');
  });
});

describe('Russian: a participial phrase names its head noun the doer', () => {
  it('reads the party before ", готовивших / совершившие / применивших" as the doer', () => {
    expect(blamed('ФСБ задержала боевиков, готовивших химатаку.')).toBe('opposition');
    expect(blamed('Задержаны члены ИГ, совершившие теракт в Москве.')).toBe('opposition');
    expect(blamed('Украинских военных, применивших химоружие, установили.')).toBe('ukraine');
  });
  it('near-miss: a participle of no deed, or a phrase in a clause with no incident', () => {
    expect(blamed('Журналисты опросили боевиков, побывавших в Алеппо.')).toBe(null);
    expect(blamed('Армия окружила боевиков, готовивших наступление.')).toBe(null);
  });
});

describe('Russian: a verb of response with a weapon in the instrumental', () => {
  it('reads "ответили слезоточивым газом / боевыми патронами" as the deed of its subject', () => {
    expect(blamed('Протесты в Иране. Силы безопасности ответили слезоточивым газом.')).toBe('other');
    expect(blamed('Протесты в Иране. Силы безопасности ответили боевыми патронами, дробовиками и слезоточивым газом.')).toBe('other');
  });
  it('near-miss: an answer to a question is no deed', () => {
    expect(blamed('Песков ответил на вопрос о химатаке в Думе.')).toBe(null);
    expect(blamed('Протесты в Иране. Полиция ответила на вопросы журналистов.')).toBe(null);
  });
});

describe('Russian: a claim called false by its adjective', () => {
  it('blames no one in the clause of a false claim with its content', () => {
    expect(blamed('Бездоказательные утверждения американской стороны о возможности применения Россией химического оружия на Украине являются попыткой демонизировать РФ.')).toBe(null);
    expect(blamed('Лживые заявления Киева о том, что Россия обстреляла Краматорск, опровергнуты.')).toBe(null);
  });
  it('near-miss: a false claim with no content keeps the clause\'s own blame; a plain claim reports it', () => {
    expect(blamed('Голословные заявления Киева призваны скрыть обстрел Донецка силами ВСУ.')).toBe('ukraine');
    expect(blamed('США заявили о применении Россией химического оружия.')).toBe('russia');
  });
});
