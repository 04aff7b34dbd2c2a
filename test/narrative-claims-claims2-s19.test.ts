/**
 * Session 19 (claims2): announced attacks by tense, aspect and modality, and culprits named beside a denial, written from
 * the grammar; each rule beside a near miss it must not read. Sentences written for this test.
 * 1. Palestinian Islamic Jihad is a party (`other`, README dev-v14 call 4), with its source in claim-parties.yaml.
 * 2. A denial followed, after a comma, by the denier's participle of accusing names another culprit, who is blamed
 *    (README dev-v14 call 11: "Israel's army blaming Islamic Jihad"); a denial of the accusing itself stays a denial.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed ?? null;

describe('Palestinian Islamic Jihad is a party', () => {
  it('names the group in English, Arabic and Russian', () => {
    expect(blamed('The rocket that hit the hospital was fired by Islamic Jihad, the army said.')).toBe('other');
    expect(blamed('قال الجيش الإسرائيلي إن حركة الجهاد الإسلامي أطلقت الصاروخ الذي أصاب المستشفى.')).toBe('other');
    expect(blamed('Палестинский исламский джихад обстрелял Израиль ракетами.')).toBe('other');
  });
  it('does not read jihad alone as the group', () => {
    expect(blamed('The preacher spoke about jihad before the rocket hit the hospital.')).toBe(null);
  });
});

describe('a denial with the denier naming another culprit', () => {
  it('blames the culprit named by the participle after the comma', () => {
    expect(blamed('Israel denied responsibility, blaming Islamic Jihad for the strike on the hospital.')).toBe('other');
    expect(blamed('Israel denied responsibility, blaming Hamas for the rocket that hit the hospital.')).toBe('other');
    expect(blamed('Israel denied it, blaming Syrian government forces for the strike on the hospital.')).toBe('government');
  });
  it('leaves a denial of the accusing itself, and a bare denial, blaming no one', () => {
    expect(blamed('Russia denied blaming Ukraine for the strike on the hospital.')).toBe(null);
    expect(blamed('Israel denied responsibility for the strike on the hospital.')).toBe(null);
  });
});
