/**
 * Session 32 (room clprep2): false `prepared` readings found on unlabelled real text, fixed by grammar. The tense and aspect
 * of the verb governing an English infinitive marker ("to carry out", "to commit"): a means already used, a past request or
 * order, an ongoing deed ("continues to commit") tell no deed ahead, while "will be used to", "will continue to" and a plan
 * before "to continue to" stay announcements; a modal forecast inside an indirect question ("you don't know when or where the
 * jets might bomb") forecasts nothing. Sentences written for this test (none copied from a split or the unlabelled rows).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;

describe('clprep2 s32: the governing verb of an infinitive marker', () => {
  it('near misses: a means already used, a past request, an ongoing deed', () => {
    expect(prepared('The burnt van that was apparently used to carry out the bombing stood by the road.')).toBe(false);
    expect(prepared('The ministry said it had requested the crews to carry out strikes against the militants.')).toBe(false);
    expect(prepared('Militants were ordered to carry out a chemical attack, the defector said.')).toBe(false);
    expect(prepared('The regime, which continues to commit massacres against civilians, was condemned again.')).toBe(false);
    expect(prepared('The militias continue to shell inhabited areas of the city.')).toBe(false);
  });
  it('positives kept: a means to be used, a future continuation, a plan', () => {
    expect(prepared('The drones will be used to carry out attacks on civilians, the ministry warned.')).toBe(true);
    expect(prepared('The regime will continue to commit massacres against civilians, the opposition warned.')).toBe(true);
    expect(prepared('The militants are planning to continue to carry out attacks on civilians.')).toBe(true);
    expect(prepared('The terrorists plan to use the truck to carry out a bombing in the city.')).toBe(true);
  });
});

describe('clprep2 s32: an indirect question holds no forecast', () => {
  it('near misses: a wh-clause after a verb of knowing', () => {
    expect(prepared('You never know when or where the jets might bomb, she said.')).toBe(false);
    expect(prepared('Nobody knows where the rebels might attack next.')).toBe(false);
    expect(prepared('Никто не знает, где боевики могут устроить химическую атаку.')).toBe(false);
    expect(prepared('لا نعرف متى قد تشن الجماعات المسلحة هجوما كيميائيا.')).toBe(false);
  });
  it('positives kept: the modal in its own clause', () => {
    expect(prepared('The jets might bomb the hospital tonight, residents warned.')).toBe(true);
    expect(prepared('The rebels might attack the town next week, the army warned.')).toBe(true);
    expect(prepared('Боевики могут устроить химическую атаку в Идлибе.')).toBe(true);
    expect(prepared('قد تشن الجماعات المسلحة هجوما كيميائيا في ادلب.')).toBe(true);
  });
});
