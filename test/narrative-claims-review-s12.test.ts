/**
 * Session 12 (claims room): the known bugs left by session 11's review, each written as a test before its fix, with
 * sentences written for the test (not taken from any split). Values asserted: blamed party (and voice where it matters).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capitalPatterns, claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, agent: c.claims.agent, voice: c.voice };
};
const blamed = (t: string) => read(t).blamed;

describe('capitals are marked in the lexicon, not listed beside it', () => {
  it('no list of capitals is kept in the readers', () => {
    const src = ['claim-slots.ts', 'claim-arabic-words.ts', 'claim-arabic-roles.ts'].map((f) => fs.readFileSync(`src/core/narrative/${f}`, 'utf8')).join('\n');
    expect(src).not.toMatch(/const (?:CAPITAL|STATE_CITY) = /);
    expect(capitalPatterns()).toEqual(expect.arrayContaining(['damascus', 'tbilisi', 'baghdad', 'москв*', 'دمشق', 'موسكو', 'واشنطن']));
    expect(capitalPatterns()).not.toContain('iraq');
  });
  it('a capital as accused or subject names its government; after a preposition it is the city', () => {
    expect(blamed('The West accused Damascus of the chemical attack in Douma.')).toBe('government');
    expect(blamed('Запад обвинил Дамаск в химической атаке.')).toBe('government');
    expect(blamed('Tbilisi used tear gas against protesters, the opposition said.')).toBe('other');
    expect(blamed('Protesters in Tbilisi were tear-gassed on Sunday.')).toBe(null);
    expect(blamed('Baghdad launched air strikes on the militants.')).toBe('other');
    expect(blamed('اتهمت واشنطن دمشق بشن الهجوم الكيميائي.')).toBe('government');
    expect(blamed('قال مسؤولون في دمشق إن الهجوم وقع فجرا.')).toBe(null);
  });
});
