/**
 * Session 23 (room clnew): causes of the first-contact misses of the development split dev-v25 (look part), each rule with
 * the readings it must make and the near misses it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('the Bosnian Serb forces (Army of Republika Srpska) are a party, other', () => {
  it('blames them by their names in the three languages', () => {
    expect(read('Армия боснийских сербов под командованием генерала Ратко Младича расстреляла пленных у Братунаца.')).toMatchObject({ blamed: 'other' });
    expect(read('Войска Младича обстреляли рынок в Тузле.')).toMatchObject({ blamed: 'other' });
    expect(read('ارتكبت قوات صرب البوسنة مجزرة في بلدة زفورنيك.')).toMatchObject({ blamed: 'other' });
    expect(read('A shell fired from Serb positions above the town landed in the crowded square, killing 12.')).toMatchObject({ blamed: 'other' });
  });
  it('leaves them the target of another side', () => {
    expect(read('NATO aircraft bombed Serb positions around Gorazde in April 1994.')).toMatchObject({ blamed: 'west' });
    expect(read('Bosnian Serb positions were struck by NATO warplanes after the shelling.')).toMatchObject({ blamed: 'west' });
    expect(read('قصفت طائرات الناتو مواقع الصرب قرب سراييفو.')).toMatchObject({ blamed: 'west' });
  });
});

describe('the Russian adjective of NATO names the West', () => {
  it('reads «натовский» as the alliance', () => {
    expect(read('Натовская авиация нанесла удары по позициям боснийских сербов.')).toMatchObject({ blamed: 'west' });
  });
  it('does not read a place named after the alliance as its deed', () => {
    expect(read('Боевики обстреляли натовскую базу под Кабулом.')).not.toMatchObject({ blamed: 'west' });
  });
});
