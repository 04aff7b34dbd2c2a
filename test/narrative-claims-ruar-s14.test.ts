/**
 * Session 14 (claim reader, room claimsra): Russian and Arabic fixes, on invented sentences in newswire style (none from
 * any split). Each mechanism with a case that fires and, where it can over-reach, a hard negative.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed;

describe('Russian: ОМОН acts for the state of the place (review defect)', () => {
  it('in Minsk or Kazakhstan it is that state\'s; in Moscow or with no place, Russia\'s', () => {
    expect(blamed('ОМОН разогнал митинг в Минске.')).toBe('other');
    expect(blamed('В Минске ОМОН разогнал акцию протеста.')).toBe('other');
    expect(blamed('В Казахстане ОМОН применил слезоточивый газ против протестующих.')).toBe('other');
    expect(blamed('ОМОН разогнал митинг в Москве.')).toBe('russia');
    expect(blamed('ОМОН разогнал несанкционированную акцию.')).toBe('russia');
  });
  it('the opposition whose rally the police disperse is not the police\'s state', () => {
    expect(blamed('Полиция разогнала митинг оппозиции.')).toBeNull();
    expect(blamed('ОМОН разогнал митинг оппозиции.')).toBe('russia');
    expect(blamed('Полиция Минска разогнала митинг оппозиции.')).toBe('other');
  });
});
