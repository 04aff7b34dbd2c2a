/**
 * Session 16 (coordinator): a blame laid on a party as the purpose of a framing ("in order to stage a fake attack and
 * blame it on Damascus") names the framing's target, as "to accuse X" does, while a blame laid on a party in the
 * clause's own voice ("The gas attack was blamed on Damascus") keeps it accused. The session's capital rule (room
 * claims) had made the framing's target the blamed party of the Aleppo bundle's first report (the 30 Oct announcement).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a blame laid on a party as a framing\'s purpose', () => {
  it('names the target, not the accused', () => {
    expect(read('Members of the White Helmets came to the town in order to stage a fake gas attack and blame it on Damascus.')).toMatchObject({ blamed: 'white-helmets', staged: true });
    expect(read('Rebels staged the attack to blame it on Damascus.')).toMatchObject({ blamed: 'opposition', staged: true });
    expect(read('Militants plan to use chlorine and blame it on the Syrian army.')).toMatchObject({ blamed: 'opposition', prepared: true });
  });
  it('keeps a blame laid in the clause\'s own voice', () => {
    expect(read('The gas attack was blamed on Damascus.').blamed).toBe('government');
    expect(read('The US blamed the chemical attack on the Syrian government.').blamed).toBe('government');
  });
});
