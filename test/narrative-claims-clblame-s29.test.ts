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
