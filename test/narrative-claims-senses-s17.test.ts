/**
 * Session 17 (room claims2): whether an attack is discussed at all, for the short posts and wires of the newer splits.
 * Word senses that are no attack (src/core/narrative/claim-word-senses.ts, each entry with its note on why), each
 * asserted beside the armed-violence reading it must leave alone. The sentences are written for the test, none taken
 * from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, staged: c.claims.staged, voice: c.voice };
};
const NONE = { blamed: null, staged: null, voice: 'none' };

describe('a killing that is no killing', () => {
  it('a law, a programme or an abstract object killed is stopped or spoilt', () => {
    expect(read('House Republicans Kill The Clean Water Restoration Act')).toEqual(NONE);
    expect(read('The governor who helped kill healthcare reform is running again')).toEqual(NONE);
    expect(read('Is this tax not an attempt to kill our small businesses and our hopes?')).toEqual(NONE);
  });
  it('people killed stay killed, and an armed doer keeps the killing', () => {
    expect(read('Gunmen kill the village elder and his sons').staged).toBe(false);
    expect(read('Militants killed the guards at the border post').staged).toBe(false);
  });
});

describe('a toll counted since a date is a running total', () => {
  it('since a date, since the start, so far this year', () => {
    expect(read('45 border guards killed in the region since March 3')).toEqual(NONE);
    expect(read('Health ministry: 12,000 dead and wounded since the beginning of the war')).toEqual(NONE);
    expect(read('Over 300 civilians killed so far this year in the province')).toEqual(NONE);
  });
  it('one event with its day stays an event', () => {
    expect(read('Five civilians killed in shelling on Monday').staged).toBe(false);
    expect(read('A bomb killed 12 people at the market on 3 May').staged).toBe(false);
  });
});

describe('attacks on computers, on ideas, and attacks said not to come', () => {
  it('a ransomware, hacking or DDoS attack is no incident', () => {
    expect(read("The city's hospitals are recovering from a ransomware attack")).toEqual(NONE);
    expect(read('Hackers attacked the ministry websites overnight')).toEqual(NONE);
  });
  it('an attack on rights, liberties or the constitution is an assault on an idea', () => {
    expect(read('No regime attacks human rights more systematically than this one')).toEqual(NONE);
    expect(read('The new decree attacks press freedom and the rule of law')).toEqual(NONE);
  });
  it('"will not attack" tells no event and announces none', () => {
    expect(read('The general said the army will not attack the city')).toEqual(NONE);
    expect(read("Pyongyang won't strike the island, officials believe")).toEqual(NONE);
  });
  it('the armed readings stay', () => {
    expect(read('Gunmen attacked the ministry building overnight').staged).toBe(false);
    expect(read('Rebels attacked army positions near the city').staged).toBe(false);
    expect(read('Airstrikes hit a hospital in Idlib').staged).toBe(false);
  });
});

describe('shots, tariffs, drivers and fake elections', () => {
  it('"a shot at" a chance and the shots that are no gunfire', () => {
    expect(read('The senator thinks she has a shot at winning the state')).toEqual(NONE);
    expect(read('His mug shot went viral after the hearing')).toEqual(NONE);
    expect(read('A sniper fired a shot at the patrol').staged).toBe(false);
  });
  it('hitting a country with tariffs or sanctions is pressure, not a strike', () => {
    expect(read('The president will hit Canada and Mexico with steel & aluminum tariffs')).toEqual(NONE);
    expect(read('Israeli jets hit Gaza with missiles').staged).toBe(false);
  });
  it('deaths caused by a driver\'s inattention or a drunk driver have no attacker', () => {
    expect(read('A driver whose inattention led to the deaths of nine people aboard a school bus was jailed')).toEqual(NONE);
    expect(read('Three teenagers died when a drunk driver hit their car')).toEqual(NONE);
  });
  it('fake elections are a political claim, not a staged event', () => {
    expect(read('His plan all along was to call early and fake elections under his rule').staged).toBe(null);
  });
});
