/**
 * Review of the late session 11 claim reader changes (room fixcl): adversarial sentences written for the test (not
 * taken from a split), each asserting the blamed party and voice.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, voice: c.voice };
};

describe('Arabic mutual accusations between different parties blame no one', () => {
  it('sides of two parties trade accusations', () => {
    expect(read('تبادلت روسيا وأوكرانيا الاتهامات بقصف المحطة.').blamed).toBe(null);
  });
  it('sides of one party still blame it', () => {
    expect(read('تبادلت أذربيجان وأرمينيا الاتهامات بقصف المدنيين.')).toMatchObject({ blamed: 'other', voice: 'reports' });
  });
});
