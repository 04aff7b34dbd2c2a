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

describe("Arabic 'قال X إنه نفذ' where the deed has its own subject", () => {
  it('the speaker reports another\'s deed', () => {
    expect(read('قال مسؤول روسي إنه نفذ الهجوم عناصر من المعارضة.')).toMatchObject({ blamed: 'opposition', voice: 'reports' });
  });
  it('the speaker\'s own deed is still its own', () => {
    expect(read('قال الجيش الروسي إنه قصف مواقع قوات النظام.')).toMatchObject({ blamed: 'russia', voice: 'reports' });
  });
});

describe('Arabic: an announcer naming another party\'s responsibility', () => {
  it('"أعلنت X مسؤولية Y" blames Y, not the announcer', () => {
    expect(read('أعلنت الحكومة السورية مسؤولية تنظيم داعش عن الهجوم.')).toMatchObject({ blamed: 'opposition', voice: 'reports' });
  });
  it('the claimant\'s own responsibility still blames it', () => {
    expect(read('أعلن تنظيم داعش مسؤوليته عن الهجوم على الكنيسة.')).toMatchObject({ blamed: 'opposition', voice: 'reports' });
  });
});

describe('Arabic: a denied admission admits nothing', () => {
  it('"نفت X أنها أقرت باستهداف" blames no one', () => {
    expect(read('نفت إسرائيل أنها أقرت باستهداف المستشفى.')).toMatchObject({ blamed: null, voice: 'reports' });
  });
  it('the admission itself still blames the one who admits', () => {
    expect(read('أقرت إسرائيل باستهداف المستشفى.').blamed).toBe('other');
  });
});

describe('Arabic pronoun-object accusation after an SVO subject', () => {
  it('the party right before "اتهمتها" is the accuser, not the pronoun\'s antecedent', () => {
    // the antecedent (Ukraine) is the speaker here, so no one is blamed; before the fix Russia, the accuser, was
    expect(read('قالت أوكرانيا إن روسيا اتهمتها بقصف المحطة.')).toMatchObject({ blamed: null, voice: 'reports' });
  });
  it('an antecedent in the sentence before is still accused', () => {
    expect(read('أعلنت يريفان إسقاط طائرة للجيش الأذربيجاني، واتهمته بقصف مستشفى.')).toMatchObject({ blamed: 'other', voice: 'reports' });
  });
});
