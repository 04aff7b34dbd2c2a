/**
 * Session 28 (room clparty): the states of knowledge/claim-parties.yaml's generated block (`kind: state`,
 * eval/claims/gen-claim-states.ts) and the officials added by hand. A generated state is read as the built-in lexicon's
 * states are: an actor as the subject of a deed, the accused, or the owner of a force named with it; a place after a
 * preposition; and the loader never lets a generated spelling take a word from a reading the lexicon already has.
 * Sentences written for this test (none copied from a split), EN/RU/AR, each with near misses.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { ClaimPartiesFile } from '../src/core/narrative/claim-parties.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const file = readKnowledge('claim-parties.yaml');
const lexicon = claimLexicon(file);
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed;

describe('the generated states', () => {
  it('every sovereign state is there once, with its source, mapped by the guide', () => {
    const states = file.entries.filter((e) => e.kind === 'state');
    expect(states.length).toBeGreaterThanOrEqual(190);
    const code = (c: string) => states.find((e) => e.role.endsWith(`ISO 3166-1 ${c}`));
    expect(code('US')?.party).toBe('west');
    expect(code('DE')?.party).toBe('west');
    expect(code('TR')?.party).toBe('other');
    expect(code('RU')?.party).toBe('russia');
    expect(code('UA')?.party).toBe('ukraine');
    expect(code('SY')?.party).toBe('government');
    expect(code('RW')?.party).toBe('other');
    expect(code('PR')).toBeUndefined(); // a dependent territory
    expect(new Set(states.map((e) => e.role)).size).toBe(states.length);
    for (const e of states) expect(e.source).toMatch(/^https:\/\//);
  });
  it('an entry is a party unless it says it is a state', () => {
    const parsed = ClaimPartiesFile.parse({ version: 1, entries: [{ name: 'Xanadu', party: 'other', role: 'a role', source: 'https://example.org', en: ['xx'] }] });
    expect(parsed.entries[0].kind).toBe('party');
  });
  it('a state the reader did not know acts as a subject or by its forces, in three languages', () => {
    expect(blamed("Rwanda's army killed civilians in eastern Congo")).toBe('other');
    expect(blamed('قصف الجيش الرواندي قرية في الكونغو')).toBe('other');
    expect(blamed('قصفت رواندا مواقع في الكونغو')).toBe('other');
    expect(blamed('قصفت المدفعية الأرمينية مواقع أذربيجانية')).toBe('other');
    expect(blamed('Руандийские войска обстреляли деревню')).toBe('other');
  });
  it('is a place after a preposition, and its bare adjective is no actor', () => {
    expect(blamed('Ten civilians were killed in a chemical attack in Rwanda')).toBe(null);
    expect(blamed('Руандийские учёные заявили, что вещество отравило рабочих')).toBe(null);
    expect(blamed('قالت مصادر رواندية إن الهجوم الكيميائي قتل عشرة مدنيين')).toBe(null);
  });
  it('takes no word from a reading the lexicon has: a side named in full, a coalition led by a state', () => {
    expect(blamed('Войска Российской Федерации применяют химическое оружие против Сил обороны Украины')).toBe('russia');
    expect(blamed('Пять мирных жителей погибли в результате авиаудара коалиции во главе с Саудовской Аравией')).toBe('other');
  });
});

describe('officials and services added by hand', () => {
  it('a head, a minister or a service stands for its state', () => {
    expect(blamed('Khamenei ordered the missile strike on the base')).toBe('other');
    expect(blamed('Belousov ordered the strike on the power plant')).toBe('russia');
    expect(blamed('Syrskyi ordered the attack on the bridge')).toBe('ukraine');
    expect(blamed('Hegseth ordered strikes on the boats')).toBe('west');
  });
  it('a name that is a common word is written in full', () => {
    expect(blamed('A gallant soldier was killed in the shelling')).toBe(null);
  });
});
