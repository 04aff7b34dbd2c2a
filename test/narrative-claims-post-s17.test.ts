/**
 * Session 17 (room claims2): the genre of social-media posts read through before the claim grammar
 * (src/core/narrative/claim-post-text.ts). Every sentence here is written for the test (invented, or a general
 * pattern of the genre), none taken from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { normalisePost, readPost, splitTag } from '../src/core/narrative/claim-post-text.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, staged: c.claims.staged, voice: c.voice };
};
const NONE = { blamed: null, staged: null, voice: 'none' };
const HEX = 'ab12'.repeat(16);

describe('the marks of a post', () => {
  it('leaves a text with no mark of the genre as it is (the same string)', () => {
    const wire = 'Rebels shelled the town on Monday, the army said (see www.example.org/story) ...';
    expect(normalisePost(wire)).toBe(wire);
    expect(normalisePost('هجوم كيماوي على دوما في 8 أبريل 2013')).toBe('هجوم كيماوي على دوما في 8 أبريل 2013');
  });
  it('drops links, a hashed user id at the head, emoji and HTML entities; keeps a trailing "via" credit', () => {
    expect(normalisePost('Airstrike hits a market in Idlib https://t.co/AbC123')).toBe('Airstrike hits a market in Idlib');
    expect(normalisePost(`Airstrike hits a market in Idlib https://t.co/AbC123 via @${HEX}`)).toBe(`Airstrike hits a market in Idlib   via ${HEX}`);
    expect(normalisePost(`${HEX} - Gunmen attack a checkpoint 🔥🔥 https://t.co/x`)).toBe('Gunmen attack a checkpoint');
    expect(normalisePost('Police &amp; troops fire on protesters https://t.co/x')).toBe('Police & troops fire on protesters');
    expect(normalisePost('@CityNews @mayor Shots fired downtown, police say https://t.co/x')).toBe('Shots fired downtown, police say');
  });
  it('keeps the retweeted account as the speaker, as any "X:" lead', () => {
    expect(normalisePost('RT @JaneDoe: Three killed in a car bomb in Kabul https://t.co/x')).toBe('JaneDoe: Three killed in a car bomb in Kabul');
    expect(read('RT @JaneDoe: Three killed in a car bomb in Kabul https://t.co/x').voice).toBe('reports');
  });
  it('drops the ellipsis where the platform cut the text, and keeps the cut word (it may be whole)', () => {
    expect(normalisePost('Five soldiers were killed when a roadside bomb hit their convoy near Kandah… https://t.co/x')).toBe('Five soldiers were killed when a roadside bomb hit their convoy near Kandah');
    expect(normalisePost('Airstrike on a school blamed on Israel… https://t.co/x')).toBe('Airstrike on a school blamed on Israel');
  });
});

describe('hashtags: words of the sentence or a tag list', () => {
  it('splits a camelCase tag into words', () => {
    expect(splitTag('GazaMassacre')).toBe('Gaza Massacre');
    expect(splitTag('ISISTerrorists')).toBe('ISIS Terrorists');
    expect(splitTag('ChemicalAttack')).toBe('Chemical Attack');
    expect(splitTag('الغوطة_الشرقية')).toBe('الغوطة الشرقية');
    expect(splitTag('MH17')).toBe('MH17');
  });
  it('reads an inline tag as the word it marks', () => {
    expect(normalisePost('#ISIS Terrorists Kill 10 In #Mosul https://t.co/x')).toBe('ISIS Terrorists Kill 10 In Mosul');
    expect(normalisePost('#AssadRegime drops #BarrelBombs on #Aleppo, 20 killed')).toBe('Assad Regime drops Barrel Bombs on Aleppo, 20 killed');
    expect(read('#Assad forces drop #BarrelBombs on #Aleppo, 20 killed')).toEqual({ blamed: 'government', staged: false, voice: 'asserts' });
  });
  it('keeps a tag list at the end or at the head of a post as it was written (not split into words)', () => {
    expect(normalisePost('Two killed in a shooting at a bar #MassShooting #Texas https://t.co/x')).toBe('Two killed in a shooting at a bar #MassShooting #Texas');
    expect(normalisePost('#news #Ohio 3 hurt in a house fire')).toBe('#news #Ohio 3 hurt in a house fire');
    expect(normalisePost('#politics Senate passes the budget bill')).toBe('#politics Senate passes the budget bill');
    // a trailing tag after a preposition is the sentence's own; the tags after it are the list
    expect(normalisePost('Nurse shot dead by snipers in #Gaza #GazaMassacre #FreePalestine')).toBe('Nurse shot dead by snipers in Gaza #GazaMassacre #FreePalestine');
  });
  it('a tag list alone is no incident (the guide: a hashtag alone is no incident)', () => {
    expect(read('Watch the debate tonight, folks! #LondonAttacks #ChemicalAttack https://t.co/x')).toEqual(NONE);
    expect(read('#MassShooting #news Congress is back from recess')).toEqual(NONE);
  });
  it('a camelCase tag names parties, places and agents, but a word inside it opens no incident and a generic noun in it no party', () => {
    expect(readPost('Where is the coverage of #MassShooting tonight').tags).toEqual([25, 38]);
    expect(read('Where is the coverage of #MassShooting on the news tonight')).toEqual(NONE);
    expect(read('Why did CNN not cover the #ChemicalAttack hearings today')).toEqual(NONE);
    expect(read('#AssadRegime drops barrel bombs on Aleppo')).toEqual({ blamed: 'government', staged: false, voice: 'asserts' });
    expect(read('Armed #MaduroRegime mob attacked the convoy of the opposition leader')).toEqual({ blamed: null, staged: false, voice: 'asserts' });
    expect(read('#Assad regime drops barrel bombs on Aleppo')).toEqual({ blamed: 'government', staged: false, voice: 'asserts' });
    expect(read('#SaudiArabia executes six people in one day')).toEqual({ blamed: 'other', staged: false, voice: 'asserts' });
  });
  it('a staging tag in the list says what the post claims of the event it tells', () => {
    expect(normalisePost('Chemical attack in Douma today https://t.co/x #FalseFlag #Syria')).toBe('Chemical attack in Douma today #FalseFlag #Syria.\nFalse Flag.');
    expect(read('Chemical attack in Douma today https://t.co/x #FalseFlag #Syria').staged).toBe(true);
    expect(read('Chemical attack in Douma today https://t.co/x #Syria #Douma').staged).toBe(false);
    expect(read('RT @SputnikInt: White Helmets staged the #ChemicalAttack in #Douma 🙄 https://t.co/abc')).toEqual({ blamed: 'white-helmets', staged: true, voice: 'reports' });
  });
});
