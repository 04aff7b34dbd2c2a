/**
 * Session 16 (claims room): argument structure the reader still missed, written as invented sentences (never taken from
 * any split, frozen or not). Each rule is asserted on variants with the cases that must NOT fire beside them.
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
const agent = (t: string) => read(t).agent;

describe('the state of Syria named as the doer or the accused is its government', () => {
  it('Russian: the nominative after a feminine past deed verb (object-verb-subject order) or before its deed', () => {
    expect(blamed('Обстрел школы осуществила Сирия.')).toBe('government');
    expect(blamed('Удар по позициям курдов нанесла Сирия.')).toBe('government');
    expect(blamed('Сирия нанесла удар по складу боевиков.')).toBe('government');
    expect(blamed('Вашингтон обвинил Сирию в химической атаке.')).toBe('government');
  });
  it('English: the subject of a deed or the accused', () => {
    expect(blamed('Syria carried out the chlorine attack, the inspectors concluded.')).toBe('government');
    expect(blamed('The French minister accused Syria of using sarin.')).toBe('government');
  });
  it('the country as a place, a target, a speaker or a modifier is no culprit (must not fire)', () => {
    expect(blamed('Удар по Сирии нанесли США.')).toBe('west');
    expect(blamed('В Сирии произошла химическая атака.')).toBe(null);
    expect(blamed('Сирия: в результате обстрела погибли пять человек.')).toBe(null);
    expect(blamed('Syria attack leaves 20 dead.')).toBe(null);
    expect(blamed("Syria's chemical weapons were destroyed in 2014.")).toBe(null);
    expect(blamed('A gas attack in Syria killed 20 people.')).toBe(null);
  });
});

describe('Russian passive agents: an abbreviation after an adverb, an instrumental adjective with an abbreviation', () => {
  it('an adverb of time or manner may stand between the short participle and its abbreviated agent', () => {
    expect(blamed('Удар был нанесен ночью ВСУ.')).toBe('ukraine');
    expect(blamed('Обстрел был произведен вчера вечером ВСУ.')).toBe('ukraine');
    expect(blamed('Теракт был подготовлен заранее СБУ.')).toBe('ukraine');
  });
  it('an instrumental adjective before an abbreviation ("сирийскими ВВС", "российскими ВКС") is the agent', () => {
    expect(blamed('Удар по школе был нанесен сирийскими ВВС.')).toBe('government');
    expect(blamed('Удар по рынку нанесен российскими ВКС.')).toBe('russia');
  });
  it('a target or a place after the adverb is no agent (must not fire)', () => {
    expect(blamed('Удар был нанесен ночью по позициям ВСУ.')).toBe(null);
    expect(blamed('Ущерб был нанесен ночью ВСУ.')).toBe(null);
    expect(blamed('Обстрел вёлся с позиций ВСУ.')).toBe(null);
  });
});

describe("English: the by-agent of the main passive is blamed, not the agent of a participle inside its subject", () => {
  it('the main passive', () => {
    expect(blamed('Areas controlled by rebels were shelled by the Syrian army.')).toBe('government');
    expect(blamed('Districts held by the rebels near Aleppo were bombed by Russian jets.')).toBe('russia');
    expect(blamed('Positions held by the Syrian army were shelled by rebels.')).toBe('opposition');
  });
  it('no main agent: nobody is blamed (must not fire)', () => {
    expect(blamed('Areas controlled by rebels near Idlib were bombed overnight.')).toBe(null);
  });
});

describe("a chemical a vehicle carries is its cargo, not the agent of an attack, unless it is released or used", () => {
  it('cargo alone', () => {
    expect(agent('A freight train carrying chlorine, fuel and grain derailed near the river.')).toBe(null);
    expect(agent('A lorry carrying ammonia, rebels said, was shelled by the army.')).toBe(null);
    expect(agent('Товарный поезд, перевозивший хлор, сошел с рельсов.')).toBe(null);
  });
  it('a cargo that leaks, or a munition that carries the agent, is the agent (must not fire)', () => {
    expect(agent('A freight train carrying chlorine, derailed, and the gas leaked over the town.')).toBe('chlorine');
    expect(agent('A rocket carrying chlorine, fired by the army, hit the school.')).toBe('chlorine');
    expect(agent('A truck carrying chlorine was shelled, releasing a toxic cloud.')).toBe('chlorine');
  });
});

describe('Russian word order and case: the fronted object, its genitive, the contrast, the group', () => {
  it('a party in the genitive of a fronted object of place is no subject; the nominative after the verb is', () => {
    expect(blamed('Позиции сирийской армии атаковали боевики.')).toBe('opposition');
    expect(blamed('Позиции ВСУ обстреляли российские войска.')).toBe('russia');
    expect(blamed('Склады ВСУ уничтожила российская авиация.')).not.toBe('ukraine');
  });
  it('a deed verb sharing a deed noun\'s stem is a verb ("атаковали", "обстреляли"), not a noun the party qualifies', () => {
    expect(blamed('Город атаковали боевики ИГИЛ.')).toBe('opposition');
    expect(blamed('Колонну армии обстреляли террористы.')).toBe('opposition');
  });
  it('an adjective and a feminine noun in the instrumental after a passive are its agent', () => {
    expect(blamed('Удар был нанесен украинской армией.')).toBe('ukraine');
    expect(blamed('Обстрел был осуществлен сирийской армией.')).toBe('government');
    expect(blamed('Удар по позициям украинской армии был нанесен вчера.')).toBe(null);
  });
  it('"не X, а Y": Y is the subject', () => {
    expect(blamed('Химическое оружие применили не боевики, а сирийская армия.')).toBe('government');
    expect(blamed('Удар нанесли не ВСУ, а российские войска.')).toBe('russia');
    expect(blamed('Удар нанесли не российские войска.')).toBe(null);
  });
  it('a group of the party is the party; "разбомбил*" is a deed', () => {
    expect(blamed('Нападение на блокпост совершила группа боевиков.')).toBe('opposition');
    expect(blamed('Больницу разбомбила российская авиация.')).toBe('russia');
  });
});

describe('English: a party before an attack noun with its modifiers is its doer, also after "in"', () => {
  it('adjectival party and compound attack nouns', () => {
    expect(blamed('Twelve soldiers were killed in Syrian air force raids on Monday.')).toBe('government');
    expect(blamed('Four fighters died in an IS car bomb attack near the border.')).toBe('opposition');
    expect(blamed("Russias Aerospace Forces have struck 40 targets in a day")).toBe('russia');
  });
  it('a country after "in" is still where (must not fire)', () => {
    expect(blamed('Seven killed in Syria car bomb attack')).toBe(null);
  });
});

describe('alternatives blame the first named (the guide), unless they are an open question', () => {
  it('the first named of "X or Y"', () => {
    expect(blamed('The strikes were carried out by Russian or Syrian jets, killing 14.')).toBe('russia');
    expect(blamed('Syrian regime or Russian air strikes killed nine people in Ariha.')).toBe('government');
  });
  it('an open question blames neither (must not fire)', () => {
    expect(blamed('The monitor said it was unclear if the raids on the town were carried out by Syrian government or Russian war planes.')).toBe(null);
    expect(blamed('Activists did not know whether Syrian regime or Russian jets bombed the market.')).toBe(null);
  });
});

describe('a denial aside in the passive keeps the accused blamed, reported', () => {
  it('", a claim denied by X", ", which was denied by X"', () => {
    expect(read('Rebels reported new Russian air strikes on Saraqib, a claim denied by Moscow.')).toMatchObject({ blamed: 'russia', voice: 'reports' });
    expect(read('Activists said government helicopters dropped chlorine on the town, which was denied by Damascus.')).toMatchObject({ blamed: 'government', voice: 'reports' });
  });
});

describe('a party inside a relative aside is not the subject of a deed after the aside', () => {
  it('"X, who ... against Y, on suspicion of committing": Y is not the suspect', () => {
    expect(blamed('Prosecutors charged General Petrov, who ordered strikes against the Ukrainian army, on suspicion of committing war crimes.')).not.toBe('ukraine');
  });
});

describe('"chemical terrorism" names a chemical claim', () => {
  it('its agent is chemical', () => {
    expect(agent('Kyiv is resorting to chemical terrorism, the deputy said.')).toBe('chemical');
    expect(agent('Киев перешел к химическому терроризму, заявил депутат.')).toBe('chemical');
  });
});

describe('Russian relative of a deed noun, blame laid on a capital, Arabic Syria as the accused', () => {
  it('"обстрел, который вели X": X is the doer', () => {
    expect(blamed('При обстреле, который вели ВСУ, пострадали дети.')).toBe('ukraine');
    expect(blamed('Удары, которые наносят боевики по городу, уносят жизни мирных жителей.')).toBe('opposition');
  });
  it('blame laid on or pinned on a capital is its government', () => {
    expect(blamed('Вину за химатаку возложили на Дамаск.')).toBe('government');
    expect(blamed('The gas attack was blamed on Damascus.')).toBe('government');
    expect(blamed('В Дамаске прогремел взрыв.')).toBe(null);
  });
  it('Arabic: Syria accused or the subject of a deed verb is its government; a place elsewhere', () => {
    expect(blamed('اتهمت فرنسا سوريا بشن هجوم كيماوي على دوما.')).toBe('government');
    expect(blamed('قتل 20 شخصا في سوريا.')).toBe(null);
    expect(blamed('شمال سوريا يشهد قصفا عنيفا.')).toBe(null);
  });
});
