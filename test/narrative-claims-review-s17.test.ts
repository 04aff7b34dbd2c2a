/**
 * Session 17 (room fixrev): the read-only review of the session's claims rules found over-reaches; each sentence below is the
 * reviewer's (written for the review, none taken from an evaluation file), beside a sentence the rule must still read.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed ?? null;
const voice = (t: string) => readClaims(t, lexicon).voice;

describe('R9: a back-reference that denies the report attributes nothing', () => {
  it('asserts when the report is denied', () => {
    expect(voice('Боевики применили хлор в Думе. Погибли 40 человек. Об этом официально не сообщалось.')).toBe('asserts');
    expect(voice('Боевики применили хлор в Думе. Погибли 40 человек. Об этом не сообщали.')).toBe('asserts');
  });
  it('still reports when the back-reference names a source', () => {
    expect(voice('Боевики применили хлор в Думе. Погибли 40 человек. Об этом сообщил губернатор.')).toBe('reports');
  });
});

describe('R10: a claim of responsibility needs a deed as its object', () => {
  it('reads no blame and no report for a duty taken on', () => {
    const t = 'Россия взяла на себя ответственность за расследование инцидента в Думе.';
    expect(blamed(t)).toBeNull();
    expect(voice(t)).not.toBe('reports');
  });
  it('still blames the claimant of a deed, reported', () => {
    expect(blamed('ИГ взяло на себя ответственность за химическую атаку в Думе.')).toBe('opposition');
    expect(voice('ИГ взяло на себя ответственность за химическую атаку в Думе.')).toBe('reports');
  });
});

describe('R11: "не виновата" blames no one', () => {
  it('reads no blame', () => {
    expect(blamed('Россия не виновата')).toBeNull();
  });
});
