/**
 * Session 25 (room fixcl): the reviewer's findings on the cross-sentence readings of session 25 (room clparse), each
 * fixed by its mechanism. The reviewer's sentence and variants written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { subjectPronouns } from '../src/core/narrative/claim-anaphora.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('C8: opening pronouns are found in linear time on long text with few full stops', () => {
  it('reads 330 KB of unpunctuated text after a sentence naming a party in well under the old minutes', () => {
    const t = 'Government forces shelled the town. ' + 'and then they moved on while they waited '.repeat(8000);
    const t0 = Date.now();
    readClaims(t, lexicon);
    expect(Date.now() - t0).toBeLessThan(20000); // (was > 300 s; ~0.4 s on the development machine)
  });
  it('still finds an opening pronoun within six words of its sentence start, and refuses a later or embedded one', () => {
    const s = 'Government forces shelled the town. Then they fired rockets. Witnesses said they saw jets. One two three four five six seven they left.';
    expect(subjectPronouns(s, 'en').map((p) => [p.word, p.sentenceAt])).toEqual([['they', 35]]);
    expect(subjectPronouns('Они стреляли. Вчера они ушли.\nИ снова они вернулись', 'ru').map((p) => p.sentenceAt)).toEqual([13, 30]);
    expect(read('A chemical attack hit Douma. They were fired by Syrian government helicopters.').blamed).toBe('government');
  });
});
