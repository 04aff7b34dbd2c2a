/**
 * Session 12, room fix2cl: open defects of the claim reader left by the second review (docs/narrative.md "Session 12
 * (review)"). Sentences written for this room (none from any split). Values asserted: blamed party and agent.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, agent: c.claims.agent };
};
const blamed = (t: string) => read(t).blamed;

describe('Russian: a bare country genitive after a deed noun is the place hit (review item 12)', () => {
  it('no target after the country: no doer', () => {
    expect(blamed('После обстрела Израиля погибли трое мирных жителей.')).toBe(null);
    expect(blamed('В результате бомбардировки Ирака в пригороде ранены пятеро.')).toBe(null);
  });
  it('a target phrase after the country keeps it the doer', () => {
    expect(blamed('В результате удара Израиля по Дамаску погибли трое.')).toBe('other');
  });
});
