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

describe('"determine / unclear / investigate if" and "в случае + name" are no conditions (review items 15, 16)', () => {
  it('an indirect question with "if" reads like "whether"', () => {
    expect(read('Inspectors will determine if Syrian government forces used sarin in Douma.')).toEqual({ blamed: 'government', agent: 'sarin' });
    expect(read('It remains unclear if the Syrian army dropped chlorine on the town.')).toEqual({ blamed: 'government', agent: 'chlorine' });
    expect(read('Reporters asked if Russian forces used chemical weapons.')).toEqual({ blamed: 'russia', agent: 'chemical' });
  });
  it('a real "if" stays a condition', () => {
    expect(read('If Syrian forces use sarin again, the US will respond.')).toEqual({ blamed: null, agent: 'sarin' });
  });
  it('"в случае" before a name is "in the case of"; before a common noun or "если" it is a condition', () => {
    expect(read('В случае Хан-Шейхуна зарин применили правительственные войска, заявили эксперты.')).toEqual({ blamed: 'government', agent: 'sarin' });
    expect(read('In the case of Douma, the Syrian air force dropped chlorine cylinders, the OPCW found.')).toEqual({ blamed: 'government', agent: 'chlorine' });
    expect(read('Если сирийские войска применят зарин, США ответят.')).toEqual({ blamed: null, agent: 'sarin' });
    expect(read('В случае если сирийские войска применят зарин, США ответят.')).toEqual({ blamed: null, agent: 'sarin' });
  });
});
