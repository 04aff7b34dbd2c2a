/**
 * Session 19 (claims): Russian `blamed`, read through grammar and morphology rather than one phrasing at a time.
 * Sentences written for this test from the grammar; each rule beside the near-miss it must leave alone.
 * 1. The subject of a verb of foiling, detaining, exposing or finding is the side that stopped or found the deed, not
 *    its doer ("ФСБ задержала уроженца ..., готовившего теракт"); the finder of a cache is not its owner.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed ?? null;

describe('Russian: the foiler, the detainer and the finder are not the doer', () => {
  it('leaves the subject of a verb of foiling or detaining out of the blame', () => {
    expect(blamed('ФСБ задержала уроженца Центральной Азии, готовившего теракт.')).toBe(null);
    expect(blamed('ФСБ России задержала жителя Самары, готовившего теракт в торговом центре.')).toBe(null);
    expect(blamed('Российские силовики предотвратили химическую атаку в Подмосковье.')).toBe(null);
    // (the plotter named beside the foiler is still the one blamed)
    expect(blamed('ФСБ предотвратила теракт, который готовили украинские спецслужбы.')).toBe('ukraine');
  });
  it('near-miss: the same party as the subject of the deed itself is blamed', () => {
    expect(blamed('ФСБ готовила теракт в Киеве, заявили в СБУ.')).toBe('russia');
    expect(blamed('Боевики ИГ готовили химатаку, ФСБ предотвратила её.')).toBe('opposition');
  });
  it('a cache belongs to the party named with it, not to the one who found it', () => {
    expect(blamed('Российские военные обнаружили склад с химическим оружием боевиков.')).toBe('opposition');
    expect(blamed('Российские военные обнаружили склад с химическим оружием.')).toBe(null);
    expect(blamed('Syrian troops found a cache of chemical weapons.')).toBe(null);
    expect(blamed('Syrian troops found a rebel cache of chemical weapons.')).toBe('opposition');
  });
  it('near-miss: a party that kept the cache is its owner', () => {
    expect(blamed('Боевики хранили на складе химическое оружие.')).toBe('opposition');
    expect(blamed('Склад с химическим оружием боевиков обнаружен в Алеппо.')).toBe('opposition');
  });
});
