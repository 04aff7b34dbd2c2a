/**
 * Session 29 (room review): the review's findings on clblame's rules, each with the probe that showed it. Sentences written
 * for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { EN_ABSTRACT_NOUNS_TEXT } from '../src/core/narrative/claim-abstract-nouns.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('the abstract-object class leaves out nouns with a target sense (extract-abstract-nouns.ts)', () => {
  it('a polysemous place, building or force noun as the object keeps the deed', () => {
    expect(read('Syrian jets strafed the capital on Monday.')).toMatchObject({ blamed: 'government', staged: false });
    expect(read('Russian aircraft firebombed the old quarter of Aleppo.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(read('Israeli jets dive-bombed the Hamas compound in Gaza.')).toMatchObject({ staged: false });
    expect(read('The militia torched the UN compound in the town.')).toMatchObject({ staged: false });
  });
  it('the class: abstractions in every sense stay, nouns with a person, group, place, structure or vehicle sense go', () => {
    const nouns = new Set(EN_ABSTRACT_NOUNS_TEXT.split(' '));
    for (const w of ['budget', 'budgets', 'plan', 'plans', 'title', 'morale', 'record']) expect(nouns.has(w), w).toBe(true);
    for (const w of ['capital', 'quarter', 'compound', 'square', 'target', 'targets', 'forces', 'unit', 'premises', 'sector', 'complex']) expect(nouns.has(w), w).toBe(false);
  });
  it('the figurative reading is kept (clblame\'s cases)', () => {
    expect(read('Critics savaged the government\'s budget plan.')).toMatchObject({ blamed: null, staged: null });
    expect(read('John Ames decimated the budget.')).toMatchObject({ blamed: null, staged: null });
  });
});

describe('a state service inside a private-looking appositive keeps the nationality (claim-deed-agent.ts privateAppositives)', () => {
  it('a modifier or a second conjunct that is a state service', () => {
    expect(read('Ahmad Khalil, a Syrian army driver, shot the protesters in Daraa.')).toMatchObject({ blamed: 'government' });
    expect(read('Ivan Petrov, a Russian soldier and resident of Pskov, shot the prisoners.')).toMatchObject({ blamed: 'russia' });
  });
  it('near misses: off duty, former, or no state word at all stay private', () => {
    expect(read('Pierre Laval, a French immigrant and member of a fringe group, stabbed three worshippers in the temple.')).toMatchObject({ blamed: 'other' });
    expect(read('Hans Weber, a former German soldier and retiree, shot two neighbours at the fair.')).toMatchObject({ blamed: 'other' });
  });
});
