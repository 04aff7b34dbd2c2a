/**
 * Session 14 (claims room): English constructs found on the development look parts (never on a frozen split). The
 * sentences are written for the test in the style of the development items, not taken from any split; each asserts
 * the value the reader gives, with a hard negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, staged: c.claims.staged, agent: c.claims.agent, voice: c.voice };
};
const blamed = (t: string) => read(t).blamed;

describe("a headline that opens with the accused's denial blames no one", () => {
  it('the accusation it rejects, in the headline and in the body that retells it', () => {
    expect(read('Iran rejects US claims Iranian forces used chemical weapons in Iraq\nTehran on Monday rejected allegations by Washington that Iranian forces had used a chemical weapon. The State Department said on Sunday that Iran used the toxic agent against Kurdish fighters.')).toMatchObject({ blamed: null, staged: false, voice: 'reports' });
    expect(blamed('Egypt on Friday rejected allegations that the Egyptian army used chemical weapons in Sinai.\nActivists published videos this week showing chemical weapons being used by Egypt’s army against villagers.')).toBe(null);
    expect(blamed('Azerbaijan denies allegations of phosphorus use against Armenian positions\nAzerbaijani officials have denied allegations that the army had used white phosphorus, which Armenia said it used on Sunday.')).toBe(null);
  });
  it('not when the headline tells the deed first, nor when a contrast follows the denial', () => {
    expect(blamed('Dozens reported killed in alleged gas attack in Syria, military denies involvement\nActivists said that Damascus launched a gas attack on rebel-held Idlib.')).toBe('government');
    expect(blamed('Syria has denied responsibility, though witnesses say they saw a Syrian army jet drop bombs on the town')).toBe('government');
    expect(blamed('Russian missiles hit Kharkiv as Kremlin denies targeting civilians\nRussian missiles have struck the city, damaging apartment buildings and killing at least five people.')).toBe('russia');
  });
  it("the body's finding, or a third party's report under a denial of the deed itself, still blames (review fix)", () => {
    expect(read('Russia denies involvement in hospital strike\nUN investigators concluded that Russian jets bombed the hospital in Idlib, killing 12 people.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(blamed('Turkey denies shelling Afrin\nKurdish officials said Turkish artillery hit the town with chlorine shells, wounding six.')).toBe('other');
    expect(blamed('Syria denies chemical attack as inspectors confirm sarin\nThe inspectors said Syrian government forces dropped sarin on the town.')).toBe('government');
  });
  it("a third party's rejection still reports the accusation", () => {
    expect(blamed('West rejects Russian claim that Ukraine plans a false-flag dirty bomb')).toBe('ukraine');
  });
});

describe('an accusation the item calls a lie blames no one', () => {
  it('its teller lies, or the claims are called fake or unreliable', () => {
    expect(blamed('Amnesty International lies about Russian involvement in attacks on hospitals in Syria.')).toBe(null);
    expect(blamed('The claims that Russia has bombed a market in Idlib are fake - a member of the Federation Council.')).toBe(null);
    expect(blamed('The reports about Russian jets bombing a bakery in Aleppo come from unreliable sources.')).toBe(null);
  });
  it('not when the liar is the accused party (review fix)', () => {
    expect(blamed('The Kremlin lied about its role in the downing of MH17, which was shot down by a Russian Buk missile.')).toBe('russia');
    expect(blamed('Assad regime lies about the Douma attack, which Syrian helicopters carried out with chlorine cylinders.')).toBe('government');
    expect(blamed('Rebels in Douma accuse the government of lying about the attack, which they say was carried out by Russian jets.')).toBe('russia');
  });
  it('the accusation itself, and an item that tells a staged attack, are read as before', () => {
    expect(blamed('Human Rights Watch says Russian jets bombed a school in Idlib.')).toBe('russia');
    expect(read('The photographs of the victims of the gas attack in Idlib are fake.')).toMatchObject({ blamed: null, staged: true });
  });
});

describe('"reportedly" between a subject and its deed hedges the deed, as "allegedly" does', () => {
  it('the subject is blamed, in reported voice', () => {
    expect(read('Russian jets reportedly bombed a market in Idlib, killing 12')).toMatchObject({ blamed: 'russia', voice: 'reports' });
    expect(read('Government forces reportedly shelled a funeral in Madaya with mortars')).toMatchObject({ blamed: 'government', voice: 'reports' });
  });
  it('a speech verb after it still opens a clause of its own', () => {
    expect(blamed('Monitors reportedly said rebels shelled the town')).toBe('opposition');
    expect(blamed('The attack was reportedly carried out by ISIS')).toBe('opposition');
  });
});

describe('"gas" as a verb with people as its object', () => {
  it('telegraphic headlines, the present and the question', () => {
    expect(blamed('Syria: rebels gas civilians in Aleppo')).toBe('opposition');
    expect(blamed('Assad gasses his own people again')).toBe('government');
    expect(read('Did Assad gas his own people?')).toMatchObject({ blamed: 'government', voice: 'reports' });
  });
  it('the noun is no verb', () => {
    expect(blamed('Syria gas attack: what we know')).toBe(null);
    expect(read('Gas prices rise in Damascus')).toMatchObject({ blamed: null, staged: null });
  });
});

describe('"X, not Y, <deed>": the apposition clears Y and leaves the deed to X', () => {
  it('the subject before the apposition is blamed', () => {
    expect(blamed('CIA, not Turkey, downed the Russian fighter plane over Syria.')).toBe('west');
    expect(blamed('Russian forces, not the Ukrainian army, bombed the theatre in Mariupol')).toBe('russia');
  });
  it('a negated deed still blames no one', () => {
    expect(blamed('Russia did not shell the plant')).toBe(null);
    expect(blamed('Turkey, not the CIA, did not down the plane')).toBe(null);
  });
});

describe("the Syrian Arab Air Force's aircraft types name the government (knowledge/claim-parties.yaml)", () => {
  it('as subject and as agent of a passive', () => {
    expect(blamed('A Syrian Su-22 dropped sarin on Khan Sheikhoun')).toBe('government');
    expect(blamed('Chlorine was dropped by a Syrian Mi-8 helicopter')).toBe('government');
  });
  it('the aircraft as a target is no culprit', () => {
    expect(blamed('Israeli jets shot down a Syrian Su-22 over the Golan')).toBe('other');
  });
});

describe('a party inside the "of" genitive of a phrase of time or place is no subject', () => {
  it('a participle or a verb after it has another doer or none', () => {
    expect(blamed('A suicide bomber blew himself up during the wedding of a member of the Syrian Democratic Forces, killing 20')).toBe(null);
    expect(blamed('The blast during the funeral of a Hezbollah commander killed five people')).toBe(null);
    expect(blamed('During the funeral of a rebel commander, Syrian jets bombed the cemetery')).toBe('government');
  });
  it('the subject itself is read as before', () => {
    expect(blamed('Rebels shelled the market near the wedding hall, killing 22')).toBe('opposition');
  });
});

describe('the bare "government" accused in a Syrian story is the Syrian government', () => {
  it('"accuse (the) government of"', () => {
    expect(read('Rebels accuse government of gas attack in Douma')).toMatchObject({ blamed: 'government', voice: 'reports' });
    expect(blamed('Activists accuse the government of using chlorine in Idlib')).toBe('government');
  });
  it('not outside a Syrian story, nor beside another state', () => {
    expect(blamed('Protesters accuse the government of shooting demonstrators')).toBe(null);
    expect(blamed('Turkish activists accuse the government of shelling Kurdish villages near Aleppo')).toBe(null);
  });
});

describe('a sentence passed for a deed blames the sentenced, in the item\'s own voice', () => {
  it('"X was sentenced (to N years) for <deed>"', () => {
    expect(read('A Ukrainian colonel was sentenced to 13 years imprisonment for shooting civilians in the Donbas.')).toMatchObject({ blamed: 'ukraine', voice: 'asserts' });
    expect(read('Russian soldier sentenced to life for killing Ukrainian civilian')).toMatchObject({ blamed: 'russia', voice: 'asserts' });
  });
  it('reported when a speaker tells it; no incident, no blame', () => {
    expect(read('Ukrainian soldier sentenced to life for killing civilians, prosecutors say')).toMatchObject({ blamed: 'ukraine', voice: 'reports' });
    expect(read('Syrian officer sentenced to life in prison for crimes against humanity')).toMatchObject({ blamed: null, staged: null });
  });
  it('a court named as the one who sentenced is the teller: reported (review fix)', () => {
    expect(read('A Russian court in Donetsk sentenced two British fighters to death for killing civilians.')).toMatchObject({ blamed: 'west', voice: 'reports' });
    expect(read('A Ukrainian colonel was sentenced by a court to 13 years for shooting civilians.')).toMatchObject({ blamed: 'ukraine', voice: 'asserts' });
  });
});

describe('victims said to be actors or extras: the incident is staged', () => {
  it('"the victims ... were actors"', () => {
    expect(read('The victims of the Douma attack were actors')).toMatchObject({ staged: true, voice: 'asserts' });
    expect(read('The Brussels attacks were conducted by the CIA, the alleged victims of the attacks were actors.')).toMatchObject({ blamed: 'west', staged: true });
  });
  it('a casualty list that names actors as an occupation (review fix)', () => {
    expect(read('Russian jets bombed the Mariupol drama theatre. Among the victims were actors of the troupe.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(read('Among the dead were actors and journalists after the Russian strike on the theatre.')).toMatchObject({ blamed: 'russia', staged: false });
  });
  it('negated, or actors who are not the victims', () => {
    expect(read('The victims of the attack were not actors')).toMatchObject({ staged: false });
    expect(read('Actors read the names of the victims of the attack')).toMatchObject({ staged: false });
  });
});

describe('an appeal for attacks and the capability of making a bomb are no incident', () => {
  it('all slots null', () => {
    expect(read('Ukraine is a terrorist state where the authorities are constantly calling for terrorist acts')).toMatchObject({ blamed: null, staged: null, voice: 'none' });
    expect(read('Ukrainians can make a nuclear bomb within six months.')).toMatchObject({ blamed: null, staged: null, voice: 'none' });
  });
  it('a deed beside an appeal, and an announced dirty-bomb provocation, are read as before', () => {
    expect(blamed('Rebels shelled Aleppo, killing 10, as the UN called for an end to the attacks')).toBe('opposition');
    expect(read('Kyiv is preparing a dirty bomb provocation')).toMatchObject({ blamed: 'ukraine', staged: true });
  });
});

describe('a scare-quoted incident after a preposition of topic is no deed of the party before it', () => {
  it('"keeps silent about the \'Aleppo attack\'" (the EUvsDisinfo case of 25 Nov 2018): staged, no one blamed', () => {
    expect(read("The West keeps silent about the 'Aleppo attack', because it cannot blame the Syrian government")).toMatchObject({ blamed: null, staged: true });
  });
  it('a scare-quoted incident as the object of a staging still names the stager', () => {
    expect(read("Rebels organised a 'gas attack' in Aleppo")).toMatchObject({ blamed: 'opposition', staged: true });
  });
});
