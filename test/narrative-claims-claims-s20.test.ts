/**
 * Session 20 (claims): `blamed` in English and Russian, read through mechanisms rather than one phrasing at a time.
 * Sentences written for this test; each rule beside the near-miss it must leave alone.
 * 1. The means of crowd control beyond tear gas (stun, flash-bang and noise grenades, rubber and plastic bullets, acoustic
 *    or "sonic" weapons, «звуковая пушка», «травматическое / газовое оружие») are incidents: the police or forces that use
 *    them are read as the state they serve (`other` outside the named sides); a headline's present "fire" takes them as
 *    its object as it takes a gas or a munition; Almaty (Alma-Ata) names Kazakhstan for its police, as «Алматы» did.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('crowd-control means: incidents, and the police that use them blamed as their state', () => {
  it('reads acoustic weapons, noise grenades and rubber bullets used on protesters', () => {
    expect(blamed('Serbian police used a sonic weapon against protesters')).toBe('other');
    expect(blamed('Protesters in Belgrade say police used an acoustic device on the crowd')).toBe('other');
    expect(blamed('In Almaty, law enforcement officers used noise grenades against the protesters.')).toBe('other');
    expect(blamed('Полиция Сербии применила звуковую пушку против демонстрантов.')).toBe('other');
    expect(read('Serbian police used a sonic weapon against protesters').claims.staged).toBe(false);
  });
  it('reads the headline present "fire" with a crowd-control means as its object', () => {
    expect(blamed('Kazakh police fire stun grenades on protesters')).toBe('other');
    expect(blamed('Police in Nairobi fire rubber bullets at demonstrators')).toBe('other');
  });
  it('near-miss: "fire" as a noun, or a means named without a use, blames no one', () => {
    expect(blamed('Fire grenades kept in stock at a police depot')).toBe(null);
    expect(blamed('Kazakh police fire chief resigns')).toBe(null);
    expect(read('Sonic weapons: how do they work?').claims.blamed).toBe(null);
  });
  it('near-miss: the police of a named side keep that side, and pepper spray stays the agent', () => {
    expect(blamed('Polish police fire stun grenades at migrants on the Belarus border')).toBe('west');
    expect(read('В школе распылили перцовый баллончик, пострадали дети.').claims.agent).toBe('chemical');
  });
});
