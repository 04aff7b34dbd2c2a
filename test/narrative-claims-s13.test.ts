/**
 * Session 13 (claims room): English grammar found by adversarial probes written for the room (passives, hedges, purpose
 * clauses, reported speech, denials, mutual accusations, state forces and their opponents, victims and culprits). The
 * sentences are written for the test, not taken from any split; each asserts the value the reader gives, with a hard
 * negative beside it where one exists.
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

describe('"suspected of / in" is a bare passive as "accused of" is', () => {
  it('the party before it is the suspect, in reported voice', () => {
    expect(read('Syrian government suspected of chemical attack that killed dozens')).toMatchObject({ blamed: 'government', voice: 'reports' });
    expect(blamed('Rebels suspected of using chlorine near Aleppo, monitor says')).toBe('opposition');
    expect(blamed('Two Russian officers suspected in Skripal poisoning')).toBe('russia');
    expect(blamed('Russian agents suspected of poisoning the defector')).toBe('russia');
  });
  it('a hedged incident names no suspect; a speaker before the participle is no head noun', () => {
    expect(blamed('Suspected chemical attack kills dozens in Douma')).toBe(null);
    expect(blamed('Children among the victims of the suspected gas attack in Ghouta')).toBe(null);
  });
});
