/**
 * Session 21 (claims): `blamed` in English, Russian and Arabic, read through grammar that covers a family of wordings.
 * Sentences written for this test; each rule beside the near-miss it must leave alone.
 * 1. Contrasted accusations in English and Russian: two accusations told in clauses of their own, the second opened by a
 *    connective of contrast (", while", ", whereas", ", but", ";", «, а», «тогда как», «в то время как», «, но»), with
 *    accused parties of different sides, blame no one and stay reports (README v22 call 10; the Arabic rule of session
 *    20 mirrored). One side accused in both, a denial after the contrast, or a purpose clause keep the first accused.
 *    A Russian mutual accusation in the imperfective or with «винят» / «возлагают ответственность друг на друга» is a
 *    mutual accusation as «обвинили друг друга» was.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('1. contrasted accusations of different sides blame no one (EN, RU)', () => {
  it.each([
    'The government accused rebels of the chemical attack, while the opposition accused the regime.',
    'Syria accused the rebels of using chlorine, while the opposition blamed government forces.',
    'Moscow accused Kyiv of using chemical weapons, while Ukraine accused Russian troops of using toxic gas.',
    'Правительство обвинило боевиков в химической атаке, тогда как оппозиция обвинила режим.',
    'Москва обвинила Киев в применении химического оружия, а Украина обвинила российские войска.',
    'Дамаск обвинил боевиков в химатаке, в то время как оппозиция возложила ответственность на правительственные войска.',
  ])('%s', (t) => {
    const r = read(t);
    expect(r.claims.blamed ?? null).toBeNull();
    expect(r.claims.staged).toBe(false);
    expect(r.voice).toBe('reports');
  });
  it.each([
    ['The opposition accused government forces of the chemical attack, while Damascus denied it.', 'government'],
    ['The US accused the regime of the sarin attack, while France blamed Assad\'s forces.', 'government'],
    ['Syria has accused rebels of using chemical weapons, but the opposition denies the claim.', 'opposition'],
    ['Активисты обвинили режим в химической атаке, а США обвинили сирийскую армию в применении зарина.', 'government'],
    ['Боевики готовят провокацию, чтобы обвинить армию, а затем обвинить Дамаск в химической атаке.', 'opposition'],
    ['Russia accused Ukraine of a chemical attack; the US said it had no evidence.', 'ukraine'],
  ])('near miss: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'Россия и Украина обвиняют друг друга в обстреле Запорожской АЭС.',
    'Москва и Киев винят друг друга в химической атаке.',
    'Стороны возлагают ответственность друг на друга за химическую атаку.',
  ])('Russian mutual accusation: %s', (t) => {
    expect(blamed(t)).toBeNull();
    expect(read(t).voice).toBe('reports');
  });
  it('a mutual accusation of one party blames it', () => expect(blamed('Армения и Азербайджан обвиняют друг друга в обстреле приграничных сел.')).toBe('other'));
});
