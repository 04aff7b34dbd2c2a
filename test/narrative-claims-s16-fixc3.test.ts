/**
 * Session 16 (fixc3): claim-reader leftovers of the session.
 * 1. "X blamed the <deed> on <capital>": the capital after the deed is the accused, not a place ("blamed on Damascus"
 *    already was); a framing's purpose ("to blame the massacre on Damascus") still names a target.
 * 2. A contrast "не X, а Y" / "not X but Y" / "ليس X بل Y" denies agent X and names Y.
 * 3. (review s16 R4(c)) "media", "press", "host" attack with words only when the attack is aimed at words or at people by
 *    their politics; with a physical target ("the convoy", "a village") the attack reading stands.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a blame laid on a capital with the deed between', () => {
  it('names the capital\'s government as the accused (EN, RU)', () => {
    expect(read('Washington blamed the chemical attack on Damascus.').blamed).toBe('government');
    expect(read('Officials in Washington blamed the shelling of Aleppo on Damascus.').blamed).toBe('government');
    expect(read('London blamed the strike on Moscow.').blamed).toBe('russia');
    expect(read('Париж возложил ответственность за атаку на Дамаск.').blamed).toBe('government');
  });
  it('keeps the forms that already worked', () => {
    expect(read('The gas attack was blamed on Damascus.').blamed).toBe('government');
    expect(read('Washington blamed Damascus for the attack.').blamed).toBe('government');
  });
  it('keeps a framing\'s purpose a target', () => {
    expect(read('Rebels staged the attack to blame it on Damascus.')).toMatchObject({ blamed: 'opposition', staged: true });
    expect(read('Rebels staged the gas attack to blame the massacre on Damascus.')).toMatchObject({ blamed: 'opposition', staged: true });
  });
  it('does not take a target after "for" as the accused', () => {
    expect(read('Washington blamed the rebels for the attack on Damascus.').blamed).toBe('opposition');
  });
});

describe('a contrast "not X but Y" names Y as the agent', () => {
  it('in Russian, English and Arabic', () => {
    expect(read('Боевики применили не зарин, а хлор.').agent).toBe('chlorine');
    expect(read('The militants used not sarin but chlorine.').agent).toBe('chlorine');
    expect(read('Rebels used not sarin, but chlorine.').agent).toBe('chlorine');
    expect(read('استخدم المسلحون ليس السارين بل الكلور.').agent).toBe('chlorine');
  });
  it('keeps the first of "not only X but also Y"', () => {
    expect(read('Боевики применили не только зарин, но и хлор.').agent).toBe('sarin');
  });
});

describe('media, press and host: words only against words or politics', () => {
  it('a physical target keeps the attack', () => {
    expect(read('Pro-government media attacked the convoy.').staged).toBe(false);
    expect(read('Pro-government media attacked a village near Hama.').staged).toBe(false);
    expect(read('СМИ атаковали колонну.').staged).toBe(false);
  });
  it('a political or verbal target is criticism', () => {
    expect(read('The liberal media is attacking the president again').staged).toBeNull();
    expect(read('The press attacked the new tax bill').staged).toBeNull();
    expect(read('The host attacked the mayor in an interview').staged).toBeNull();
    expect(read('Государственные СМИ атаковали законопроект').staged).toBeNull();
    expect(read('СМИ атаковали президента').staged).toBeNull();
  });
});
