/**
 * Session 9 (English and Russian claim reader, room clm-enru), on invented sentences: each mechanism with a case that
 * fires and a hard negative that must not.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, readClaims } from '../src/core/narrative/claim-slots.js';

const toll = (t: string) => extractClaims(t).casualties?.value;

describe('casualties: a toll, never a year (code review s8 C5)', () => {
  it('a year before the toll word is skipped, and the count after it is read', () => {
    expect(toll('In 2014 Syrian troops killed 5 people in the village.')).toBe(5);
    expect(toll('In April 2017 the army shelled the town, 86 dead.')).toBe(86);
    expect(toll('The chemical attack of 2013 killed 1,400 people.')).toBe(1400);
    expect(toll('В 2014 году при обстреле погибли 30 человек.')).toBe(30);
    // a year and nothing else: no toll
    expect(toll('The 2013 attack killed civilians.')).toBeUndefined();
    expect(toll('The sarin attack of August 2013 killed dozens.')).toBeUndefined();
  });
  it('a number in the year range is a toll when people or the toll word follow it', () => {
    expect(toll('1300 killed in the gas attack.')).toBe(1300);
    expect(toll('2000 people were killed in the raids.')).toBe(2000);
  });
  it('thousands grouped by a comma or a space are one number', () => {
    expect(toll('1,429 people were killed in the attack.')).toBe(1429);
    expect(toll('12 000 человек погибли.')).toBe(12000);
    expect(toll('The rate was 2.5 killed per day.')).toBeUndefined();
  });
  it('the toll word before its number', () => {
    expect(toll('The strike hit a market, killing at least 58 people.')).toBe(58);
    expect(toll('Минобороны: это провокация, пострадали 46 человек')).toBe(46);
    expect(toll('The attack killed 2014 residents of the town.')).toBe(2014);
  });
});

describe('one read leaves nothing to the next (code review s8 C1: one reset, beginRead)', () => {
  const items = [
    'Минобороны: боевики готовят провокацию с хлором, чтобы обвинить сирийскую армию.',
    'The rebels denied using chemical weapons and blamed the army for the attack that killed 12.',
    'قصف الإرهابيون أحياء حلب بقذائف تحتوي غاز الكلور',
    '"The attack was staged," said the ambassador. Police in Georgia used tear gas.',
    'Украинские военные применили хлорпикрин, заявили в Минобороны.',
  ];
  it('every item reads the same after any other item as on its own', () => {
    const alone = items.map((t) => JSON.stringify(extractClaims(t)));
    for (const [i, a] of items.entries())
      for (const [j, b] of items.entries()) {
        extractClaims(a);
        expect(JSON.stringify(extractClaims(b)), `${j} after ${i}`).toBe(alone[j]);
      }
  });
});

const c = (t: string) => readClaims(t).claims;

describe('Russian: the office that speaks for a state, and the accusative of -ия nouns', () => {
  it('a genitive state after an office noun is the office, the accuser, never the accused', () => {
    expect(c('Минобороны России обвинило ВСУ в применении химического оружия.').blamed).toBe('ukraine');
    expect(c('МИД России обвинил боевиков в химической атаке.').blamed).toBe('opposition');
    expect(c('Посольство России обвинило боевиков в химической атаке.').blamed).toBe('opposition');
    expect(c('Постоянное представительство России обвинило власти Соединенных Штатов в химической атаке.').blamed).toBe('west');
  });
  it('"Россию", "Сирию", "армию" before an accusation verb are its accused; the nominative is the subject', () => {
    expect(c('Россию обвиняют в химической атаке.').blamed).toBe('russia');
    expect(c('Сирийскую армию обвинили в химической атаке.').blamed).toBe('government');
    expect(c('Россия обвинила Украину в химической атаке.').blamed).toBe('ukraine');
    expect(c('Сирийская армия применила хлор.').blamed).toBe('government');
  });
});

describe('an actor using a riot gas on people: police and forces are the state they serve (dev-v12 construction)', () => {
  it('a state named beside the police, by name, adjective or capital, is blamed: other, or west for NATO/EU members', () => {
    expect(c("Police in Serbia's capital, Belgrade, have used tear gas to disperse crowds.").blamed).toBe('other');
    expect(c('Police fired tear gas at protesters in central Nairobi.').blamed).toBe('other');
    expect(c('Police Fire Tear Gas at Yellow Vest Protesters in Central Paris').blamed).toBe('west');
    expect(c('Сербская полиция применила слезоточивый газ против демонстрантов.').blamed).toBe('other');
    expect(c('В Тбилиси спецназ снова применил слезоточивый газ.').blamed).toBe('other');
    expect(c('Iraqi authorities are using military-grade tear gas grenades on protesters.').blamed).toBe('other');
  });
  it('forces and troops are a state only with its adjective; a riot gas used as a verb on people is the deed', () => {
    expect(c('Bahraini Forces Tear Gas Demonstrators').blamed).toBe('other');
    expect(c('The forces fired tear gas at the crowd.').blamed).toBeNull();
  });
  it('a state named as a place blames no one; "fire" is a verb only before a weapon', () => {
    expect(c('A gas attack in Serbia killed five people.').blamed).toBeNull();
    expect(c('A fire destroyed the chlorine depot in Belgrade.').blamed).toBeNull();
    // a singular pronoun is a person, not the police that detained him
    expect(c('German police detained a man on the suspicion that he planned a chemical attack.').blamed).not.toBe('west');
  });
});

describe('English: speakers, accused and attack nouns as objects', () => {
  it('"held X responsible": X is the accused (reported), the holder never; "to hold X responsible" is a purpose', () => {
    const r = readClaims('Western leaders held the Syrian government responsible for the sarin attack.');
    expect(r.claims.blamed).toBe('government');
    expect(r.voice).toBe('reports');
    expect(c('The militants staged the video to hold the Syrian government responsible for the attack.').blamed).toBe('opposition');
    expect(c('The Syrian army is responsible for the sarin attack on Khan Sheikhoun.').blamed).toBe('government');
  });
  it('an attack noun after a preposition or another verb is no deed of the party before it', () => {
    expect(c('The US data on the chemical attack in Douma.').blamed).toBeNull();
    expect(c('British police detected a gas attack plot by al-Qaeda.').blamed).toBe('opposition');
    expect(c('Syrian forces launched a chemical attack on Douma.').blamed).toBe('government');
    // verbs of accountability and of making an attack happen keep their subject the doer
    expect(c('The US has never apologised for the airstrike on Syrian troops that killed 62 soldiers.').blamed).not.toBe('government');
    expect(c('The USA is sponsoring ISIS and funded terrorist attacks on Paris.').blamed).toBe('west');
  });
  it('a party that owns a statement, a claim or propaganda is its speaker; "fake news" is no deed', () => {
    expect(c("Russia's statement about the use of sarin by the rebels.").blamed).toBe('opposition');
    expect(c('Russian propaganda is spreading fake news about the use of chemical weapons by Ukrainian forces.').blamed).toBe('ukraine');
  });
  it('the capital as the subject of a deed is its government; as a place it is no one', () => {
    expect(c('Damascus launched a gas attack on Idlib, killing 58.').blamed).toBe('government');
    expect(c('In Damascus rebels fired mortar shells with chlorine.').blamed).toBe('opposition');
  });
});

describe('an accusation with its accused and no charge charges the item\'s incident', () => {
  it('"blamed the Syrian government." after the attack is told: the accused is blamed (reported)', () => {
    expect(c('Dozens died in the sarin attack on Khan Sheikhoun. Western leaders blamed the Syrian government.').blamed).toBe('government');
    expect(c('Десятки погибли при химической атаке. Западные лидеры обвинили сирийское правительство президента Башара Асада.').blamed).toBe('government');
  });
  it('a charge of something else, or an accusation noun, blames no one for the incident', () => {
    expect(c('Dozens died in the sarin attack. Russia accused the West of hysteria.').blamed).toBeNull();
    expect(c('Навальный был отравлен. Песков призвал аккуратно говорить насчет обвинения российского государства.').blamed).toBeNull();
  });
});
