/**
 * Session 28 (review): findings in what session 28 changed in the claims reader, each with the case that failed before
 * its fix. Sentences written for these tests, not taken from any split.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import * as morph from '../src/core/narrative/claim-morph.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('review s28: a listed Russian infinitive is read by its lexeme only in the forms of a verb (claim-morph.ts)', () => {
  it('the endings after the stem: verbal ones pass, a noun\'s do not', () => {
    const verbal = (morph as { ruVerbalRest?: (r: string) => boolean }).ruVerbalRest;
    expect(verbal).toBeTypeOf('function');
    for (const r of ['ил', 'или', 'ила', 'ить', 'ит', 'ят', 'ют', 'ив', 'ивший', 'ивших', 'ает', 'ают', 'ал', 'ала', 'ющий', 'я', 'ю', 'ешь', 'ем']) expect([r, verbal!(r)]).toEqual([r, true]);
    for (const r of ['ия', 'ию', 'ии', 'ы', 'у', 'ой', 'е', 'ами', 'ах', 'ов', 'ка', 'ение']) expect([r, verbal!(r)]).toEqual([r, false]);
  });
  it('«утопия» is not «утопить» (an OMW lemma of s28 clinc): no incident; the verb still is one', () => {
    expect(read('Это утопия, сказал министр иностранных дел России.')).toMatchObject({ staged: null });
    expect(read('Депутаты России обсудили утопию всеобщего благоденствия.')).toMatchObject({ staged: null });
    expect(read('Боевики утопили пленных в реке, сообщили в МВД России.')).toMatchObject({ staged: false, blamed: 'opposition' });
    expect(read('Боевики обезглавили двух заложников на окраине города.')).toMatchObject({ staged: false, blamed: 'opposition' });
  });
});
