/**
 * Session 8 grammar of the claim reader (English and Russian), on invented sentences: each mechanism with a case that
 * fires and a hard negative that must not.
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from '../src/core/narrative/claim-slots.js';
import { falseFlagPlans } from '../src/core/narrative/claim-false-flag.js';

const c = (t: string) => readClaims(t).claims;

describe('a false flag told as a plan (claim-false-flag.ts)', () => {
  it('an attack planned or forecast to blame another party is staged', () => {
    expect(c('The militants plan to carry out a chemical attack on civilians and then blame it on the army.')).toMatchObject({ staged: true, prepared: true, blamed: 'opposition' });
    expect(c('Foreign agents may stage a gas attack in the province to frame the government.')).toMatchObject({ staged: true });
    expect(c('Боевики готовят химическую атаку, чтобы в дальнейшем обвинить сирийскую армию.')).toMatchObject({ staged: true, prepared: true });
  });
  it('a planned attack without a purpose of accusing is a real one announced', () => {
    expect(c('The militants plan to carry out a chemical attack on civilians.')).toMatchObject({ staged: false, prepared: true });
    // an accusation that is no purpose of the plan: a sentence of its own
    expect(c('The army is preparing a chemical attack on the town. Activists blame the regime for earlier raids.')).toMatchObject({ staged: false });
    // a negated plan is nobody's
    expect(falseFlagPlans('they do not plan an attack to blame the army', [{ at: 15, end: 19, word: 'plan' }], [{ at: 23, end: 29, word: 'attack' }], () => true)).toEqual([]);
  });
});

describe('a provocation at a named place is an event', () => {
  it('"провокация в <Place>", "provocations in <Place>" are staged; a provocation of politics is not', () => {
    expect(c('Министерство призвало расследовать провокацию в Новоселках.')).toMatchObject({ staged: true });
    expect(c('The ministry wants an inquiry into the provocation in Novoselky.')).toMatchObject({ staged: true });
    expect(c('Министерство осудило политическую провокацию против России.').staged).toBeNull();
    expect(c('The ministry called the statement a provocation.').staged).toBeNull();
  });
});

describe('Russian subjective genitive of an attack or a crime', () => {
  it('an attack noun, a genitive party, then its target names the doer; a crime\'s genitive names its author', () => {
    expect(c('Жители вспоминают химические атаки боевиков против мирных кварталов.')).toMatchObject({ blamed: 'opposition' });
    expect(c('Министерство потребовало расследовать преступления киевского режима в Буче.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('without a target phrase the genitive may be the object: nobody is named', () => {
    expect(c('Жители вспоминают атаки боевиков.').blamed).toBeNull();
  });
});

describe('English accusations, sources and negated predicates', () => {
  it('"X blamed the attack on Y" names Y (reported), whatever the deed between', () => {
    expect(readClaims('Activists blamed the gas attack on the Syrian government.')).toMatchObject({ claims: { blamed: 'government' }, voice: 'reports' });
    expect(readClaims('Rescuers blamed the deadly chlorine attack in the town on government forces.')).toMatchObject({ claims: { blamed: 'government' }, voice: 'reports' });
    // a planned blame is a framing, not an accusation (the plan's subject is the culprit)
    expect(c('The militants plan to carry out a chemical attack and then blame it on the army.').blamed).toBe('opposition');
  });
  it('"according to X, Y did it": the source is no subject', () => {
    expect(c('According to Britain, Russia carried out the nerve agent attack.').blamed).toBe('russia');
    expect(c('По словам Минобороны России, боевики применили хлор в Алеппо.').blamed).toBe('opposition');
  });
  it('a negated copula that governs the deed blames no one; a negation of another verb does not', () => {
    expect(c('According to the report, the Syrian government forces were not the perpetrators of the 2013 Ghouta attack.').blamed).toBeNull();
    expect(c('The US has not apologised for the airstrike on Syrian troops.').blamed).toBe('west');
  });
});

describe('Russian parties and case', () => {
  it('Moscow and London name their governments, except as places', () => {
    expect(c('Киев обвиняет Москву в применении химического оружия.').blamed).toBe('russia');
    expect(c('Лондон обвинил Москву в отравлении Скрипалей.').blamed).toBe('russia');
    expect(c('В Москве заявили, что боевики применили хлор.').blamed).toBe('opposition');
  });
  it('a plural adjective in -их / -ых is oblique: the accused of an impersonal accusation', () => {
    expect(readClaims('Российских военных обвинили в применении отравляющих веществ.')).toMatchObject({ claims: { blamed: 'russia' }, voice: 'reports' });
  });
});

describe('Russian and English passives of use', () => {
  it('a passive of use after the weapon is an incident', () => {
    expect(readClaims('Chemical weapons were used in the town, the monitors said.')).toMatchObject({ claims: { staged: false }, voice: 'reports' });
    expect(c('Химическое оружие было применено в пригороде.').staged).toBe(false);
    expect(c('Chemical weapons were not used in the town.').staged).toBeNull();
  });
  it('an instrumental agent of a passive participle ("применены украинскими военными", "отравлены ... силами ВСУ")', () => {
    expect(c('Отравляющие вещества применены украинскими военными, сообщили в министерстве.').blamed).toBe('ukraine');
    expect(c('Химатака была осуществлена силами ВСУ, заявили в министерстве.').blamed).toBe('ukraine');
  });
  it('the agent of a use that is the object of a staging is the pretext, not the doer', () => {
    expect(c('Страны НАТО готовят инсценировку применения в Сирии российскими военными химического оружия.').blamed).toBe('west');
  });
});

describe('Russian object-first announcements', () => {
  it('a finite plan verb after its object announces it', () => {
    expect(c('Инсценировку химатаки готовят «Белые каски», заявили в центре.')).toMatchObject({ prepared: true, staged: true, blamed: 'white-helmets' });
    expect(c('Новую провокацию с химическим оружием готовят американские спецслужбы.')).toMatchObject({ prepared: true, blamed: 'west' });
  });
  it('not across another finite verb', () => {
    expect(c('Провокацию в Думе устроили боевики, теперь они готовят отчёт.').prepared).toBe(false);
  });
});

describe('a quotation closed by its speaker', () => {
  it('attributes every sentence inside it', () => {
    expect(readClaims('«Боевики применили хлор против мирных жителей. Пострадали 20 человек», — сообщил представитель министерства.')).toMatchObject({ claims: { blamed: 'opposition' }, voice: 'reports' });
    expect(readClaims('"The regime dropped chlorine on the town. Dozens were hurt," said the spokesman.')).toMatchObject({ claims: { blamed: 'government' }, voice: 'reports' });
  });
  it('a sentence outside the quotation keeps its own voice', () => {
    expect(readClaims('The regime dropped chlorine on the town. "It was terrible," said a resident.')).toMatchObject({ claims: { blamed: 'government' }, voice: 'asserts' });
  });
});

describe('agents the guide reports as chemical', () => {
  it('tear gas and chloropicrin are `chemical`, and their mention is an incident', () => {
    expect(c('Inspectors found traces of tear gas in samples from the front.')).toMatchObject({ agent: 'chemical', staged: false });
    expect(c('Минобороны сообщило о применении хлорпикрина.')).toMatchObject({ agent: 'chemical', staged: false });
    // a named agent beside them is the slot's value
    expect(c('Chlorine and tear gas were found in the samples.').agent).toBe('chlorine');
  });
});

describe('English deed forms', () => {
  it('"-ing" forms of deed verbs and "were involved in" name the doer', () => {
    expect(c('Health workers say that the regime is deliberately targeting hospitals.').blamed).toBe('government');
    expect(c('White Helmets were involved in the chemical attack.').blamed).toBe('white-helmets');
  });
  it('targeting a country is politics, not an incident', () => {
    expect(c('NATO exercises are one of the activities targeting Russia.').blamed).toBeNull();
  });
});

describe('Russian predicates before their subject, carriers, and the state named by the country', () => {
  it('"виновны сирийские ВВС": a short adjective of guilt takes the nominative party after it', () => {
    expect(c('В Саракибе применялся хлор, виновны сирийские ВВС.').blamed).toBe('government');
  });
  it('the owner of a carrier in the genitive is the doer', () => {
    expect(c('Хлор сбросили с вертолетов сирийской армии.').blamed).toBe('government');
  });
  it('"Армия Сирии", "власти Сирии" are the government', () => {
    expect(c('Армия Сирии применила зарин в пригороде.').blamed).toBe('government');
  });
  it('a provocation predicated of an incident is that event, and a staged use names the pretext, not the doer', () => {
    expect(c('Отравление Скрипалей — британская провокация.')).toMatchObject({ blamed: 'west', staged: true });
    expect(c('Киев готовит инсценировку применения Россией химоружия.').blamed).toBe('ukraine');
  });
});

describe('a party adjective on the weapon carrier', () => {
  it('"chemicals from a Russian drone", "украинского дрона с отравляющим веществом" name the owner', () => {
    expect(c('The mayor confirmed the release of chemicals from a Russian drone in the city.').blamed).toBe('russia');
    expect(c('Военные нашли боеприпас сбитого украинского дрона с отравляющим веществом.').blamed).toBe('ukraine');
  });
  it('not without an agent in the clause', () => {
    expect(c('Air defence shot down a Russian drone over the city.').blamed).not.toBe('russia');
  });
});

describe('the maker of an accusation', () => {
  it('"an accusation from the U.S. that X ..." names X, not the U.S.', () => {
    expect(c('Lavrov has questioned an accusation from the U.S. that the Syrian government is planning a chemical attack.').blamed).toBe('government');
    expect(c('Moscow dismissed allegations made by Britain that the rebels used chlorine.').blamed).toBe('opposition');
  });
});

describe('police and security forces act for their state', () => {
  it('take the party of the state beside them: adjective, genitive or the place of the sentence', () => {
    expect(c('Polish security forces used tear gas against migrants at the border.').blamed).toBe('west');
    expect(c('Полиция Гонконга применила слезоточивый газ против демонстрантов.').blamed).toBe('other');
    expect(c('Police in the ex-Soviet state of Georgia used tear gas to break up a protest.').blamed).toBe('other');
    expect(c('Полиция применила слезоточивый газ на акции протеста в Париже.').blamed).toBe('west');
  });
  it('with no state named, or as a place, police name no one', () => {
    expect(c('Police used tear gas to disperse the crowd.').blamed).toBeNull();
    expect(c('A bomb attack hit a police station in Aleppo.').blamed).toBeNull();
  });
});

describe('riot gas at protests', () => {
  it('dispersing a crowd with tear or pepper gas is the police\'s deed', () => {
    expect(c('В Гонконге полиция разгоняла демонстрантов слезоточивым газом.')).toMatchObject({ blamed: 'other', agent: 'chemical', staged: false });
    expect(c('Польские силовики слезоточивым газом вытеснили мигрантов.').blamed).toBe('west');
  });
});

describe('forecasts of use', () => {
  it('"expected to use", "to unleash" announce; "X expects Y to use" reports Y', () => {
    expect(c('ISIS militants are expected to use chemical weapons in Mosul.')).toMatchObject({ prepared: true, blamed: 'opposition' });
    expect(c('ISIS militants to unleash chemical weapons in Mosul')).toMatchObject({ prepared: true });
    expect(readClaims('U.S. Expects Islamic State to Use Chemical Weapons to Defend Mosul')).toMatchObject({ claims: { blamed: 'opposition' }, voice: 'reports' });
  });
  it('an expected toll is no forecast of an attack', () => {
    expect(c('Fatalities expected to increase after the suicide blast in the city.').prepared).toBe(false);
  });
});

describe('speakers and sprayed gas', () => {
  it('"...: Human Rights Watch" is a trailing speaker ("WATCH:" alone is a label)', () => {
    expect(readClaims('The army has used phosphorus bombs in rural areas on the border: Human Rights Watch\nThe group documented the use.').voice).toBe('reports');
  });
  it('"распылили газ" at a protest is an incident with a riot agent, and blames no one', () => {
    expect(c('На акции протеста у мэрии распылили газ.')).toMatchObject({ agent: 'chemical', staged: false, blamed: null });
  });
});

describe('police of a state named in the lead', () => {
  it('take the state of the item\'s nearest sentence when theirs names none; "применили газ" is their deed', () => {
    expect(c('Алматы охватили протесты. Силовики применили газ и шумовые гранаты.')).toMatchObject({ blamed: 'other', agent: 'chemical' });
  });
});

describe('false attributions and plots', () => {
  it('the agent of "falsely presented as ... by X" is the target; "plots" is a deed of planning', () => {
    expect(c('British intelligence plots a chemical attack in Idlib, which would be falsely presented as an atrocity by the Syrian government.').blamed).toBe('west');
  });
});
