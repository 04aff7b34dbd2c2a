/**
 * Session 29 (room fixrev): a figurative strike, its object an abstraction, is no prepared attack nor an incident
 * (claim-prepared-threat.ts figurativeObject; claim-slots.ts figurativeStrike). docs/narrative.md "Session 29 (review)".
 * Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a strike at an abstraction is figurative: nothing prepared, no incident', () => {
  it.each([
    'Министр пообещал нанести удар по коррупции.',
    'Президент пообещал нанести сокрушительный удар по бедности.',
    'Власти пообещали нанести сокрушительный удар по бытовой коррупции.',
    'Власти пригрозили нанести удар по безработице.',
    'Правительство пообещало ударить по инфляции.',
    'Premier vowed to strike at corruption in the ministry.',
    'The president vowed to strike at poverty.',
    'The minister vowed to strike at corruption wherever it is found.',
    'هدد الوزير بضرب الفساد.',
    'توعد الرئيس بضرب الفساد بيد من حديد.',
  ])('%s', (t) => {
    expect(read(t)).toMatchObject({ prepared: false, staged: null, blamed: null });
  });
});

describe('near misses: a strike at a place, a state or people stays a threat', () => {
  it.each([
    ['Россия пообещала нанести удар по Хайфе.', 'russia'],
    ['Россия пообещала нанести удар по Киеву.', 'russia'],
    ['Россия пригрозила нанести удар по центрам принятия решений.', 'russia'],
    ['Iran vowed to strike Israel.', 'other'],
    ['Iran threatened to strike at US bases in the region.', 'other'],
    ['Russia threatened to strike at the heart of Kyiv.', 'russia'],
    ['هددت إيران بضرب القواعد الأمريكية.', 'other'],
    ['تتوعد إسرائيل بضرب المنشآت النووية الإيرانية.', 'other'],
  ])('%s', (t, blamed) => {
    expect(read(t)).toMatchObject({ prepared: true, blamed });
  });
  it('a strike on fighters is an offensive, as before (not a figurative reading)', () => {
    expect(read('Армия пообещала нанести удар по террористам.')).toMatchObject({ prepared: false });
  });
});
