/**
 * Session 29 (room clblame): doers the blame slot missed, each rule with the readings it must make and the near misses it
 * must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a named lone attacker across an appositive (claim-deed-agent.ts, claim-doer.ts)', () => {
  it('English: the name before a non-restrictive appositive is the subject of the deed verb after it', () => {
    expect(read('Jonas Erikson, a 31-year-old electrician from Malmo, opened fire on shoppers at the market.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('Tom Keller, a drifter, off-duty security guard and member of a small militia, shot six people at the fair.')).toMatchObject({ blamed: 'other' });
    // a nationality inside a private person's appositive modifies the person: no state is blamed
    expect(read('Pierre Laval, a French immigrant and member of a fringe group, stabbed three worshippers in the temple.')).toMatchObject({ blamed: 'other' });
  });
  it('near misses: a clause in the commas, a passive, a state agent in the appositive', () => {
    expect(read('Jonas Erikson, the police said, was shot dead at the market.')).toMatchObject({ blamed: null });
    expect(read('Jonas Erikson, a 31-year-old electrician who lived nearby, was killed in the shooting.')).toMatchObject({ blamed: null });
    expect(read('Ivan Petrov, a Russian soldier, shot the prisoners in the village.')).toMatchObject({ blamed: 'russia' });
    expect(read('Anna Berg, a local teacher, said the gunmen killed four people.')).toMatchObject({ blamed: null });
  });
  it('Russian: the relative of naming after a doer noun («которого звали X»), with «выстрелил»', () => {
    expect(read('Стрелок, которого звали Карл Нойманн, выстрелил в толпу на площади.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('Нападавший, которого звали Олаф Бергман, открыл огонь по посетителям кафе.')).toMatchObject({ blamed: 'other' });
  });
  it('Russian near miss: the named one is the victim', () => {
    expect(read('Убит журналист, которого звали Карл Нойманн.')).toMatchObject({ blamed: null });
  });
  it('Arabic: the resumptive deed verb with a person and his name after it, and a named gunman who stormed and fired', () => {
    expect(read('في ذكرى المجزرة التي نفذها المسلح المتطرف يوهان برغمان في السوق، قتل 20 شخصا.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('اقتحم المسلح الذي يطلق على نفسه اسم «كارل نويمان» المسجد وأطلق وابلا من الرصاص على المصلين.')).toMatchObject({ blamed: 'other' });
  });
  it('Arabic near misses: an army after the resumptive verb, a time word after the noun', () => {
    expect(read('المجزرة التي نفذها الجيش الاسرائيلي امس الاول في غزة قتل فيها 20 شخصا.')).toMatchObject({ blamed: 'other' });
    expect(read('الغارة التي نفذتها الطائرات الحربية صباح اليوم قتل فيها 5 مدنيين.')).toMatchObject({ blamed: null });
  });
});

describe('the derived deed verbs: a named subject, and an abstract object as a figurative use (claim-abstract-nouns.ts)', () => {
  it('a WordNet deed verb takes its named subject as the doer (claim-deed-agent.ts)', () => {
    expect(read('Mark Heller gunned down two officers outside the station.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('Militiamen savaged the villagers.')).toMatchObject({ blamed: 'other', staged: false });
  });
  it('an abstraction as the object is no incident (the review of session 28 examples)', () => {
    expect(read('Critics savaged the government\'s budget plan.')).toMatchObject({ blamed: null, staged: null });
    expect(read('The new rules decimated the opposition\'s budget.')).toMatchObject({ blamed: null, staged: null });
    expect(read('John Ames decimated the budget.')).toMatchObject({ blamed: null, staged: null });
  });
  it('near misses: people, places and buildings keep the deed; the listed verbs keep their own senses', () => {
    expect(read('Gunmen massacred the worshippers in the mosque.')).toMatchObject({ staged: false });
    expect(read('The jets strafed the village, killing 12 people.')).toMatchObject({ staged: false });
    // (the head of the object decides, not a possessor inside it)
    expect(read('Militiamen decimated the village\'s defenders.')).toMatchObject({ blamed: 'other', staged: false });
  });
});
