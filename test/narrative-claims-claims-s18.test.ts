/**
 * Session 18 (claims): accusations told with a noun and not a verb of blaming, who is accused in nominal constructions,
 * and the accused in a denial. Sentences written for this test from the grammar (the development splits hold almost none
 * of these constructions); each rule beside the near-miss it must leave alone.
 * 1. A noun of accusation with its target preposition, the support verb active or passive or absent: "Charges were
 *    brought against X", "accusations levelled at X", "X faces accusations", "X's accusers", "Против X выдвинуты
 *    обвинения", "обвинения в адрес X", "وجهت فرنسا اتهامات للنظام".
 * 2. An accusation the item itself calls false, or the accused's own dismissal of it, blames no one.
 * 3. A denial beside an accusation of the denier in the same sentence ("Damascus denied responsibility for the attack,
 *    which the rebels blamed on Assad", "Israel, which denied responsibility, was blamed for the strike"): the denier is
 *    the accused of that accusation, reported; a denial alone blames no one.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { accusedByNoun } from '../src/core/narrative/claim-accused-nominal.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed ?? null;
const voice = (t: string) => readClaims(t, lexicon).voice;

describe('English: the accused of a noun of accusation', () => {
  it('reads the target of "at" / "against" after the noun, with or without a support verb', () => {
    for (const t of [
      'Charges were brought against the Syrian government over the chemical attack.',
      'Accusations levelled at Damascus over the sarin attack.',
      'Accusations were levelled at the Syrian government after the chemical attack in Douma.',
      'France brought charges against the regime over the chlorine attack.',
      'Accusations against the Syrian army over the sarin attack mounted.',
      'The chemical attack drew accusations against the Syrian government.',
      'The finger was pointed at the Syrian army after the sarin attack.',
    ]) {
      expect(blamed(t), t).toBe('government');
      expect(voice(t), t).toBe('reports');
    }
    expect(blamed('Allegations have been made against Moscow over the Skripal poisoning.')).toBe('russia');
    expect(blamed('The accusations by Moscow against the rebels over the chlorine attack grew.')).toBe('opposition');
  });
  it('reads the subject of "faces accusations" and the possessor of "accusers"', () => {
    expect(blamed('Russia faces accusations over the Novichok poisoning.')).toBe('russia');
    expect(voice('Russia faces accusations over the Novichok poisoning.')).toBe('reports');
    expect(blamed("Assad's accusers point to the sarin attack in Khan Sheikhoun.")).toBe('government');
    expect(voice("Assad's accusers point to the sarin attack in Khan Sheikhoun.")).toBe('reports');
    expect(blamed('The accusers of the Syrian government cite the sarin attack.')).toBe('government');
  });
  it('leaves a target with no noun of accusation, and claims that are no accusation', () => {
    expect(blamed('Protesters marched against the government after the chemical attack.')).toBeNull();
    expect(blamed('Troops were sent against the rebels after the chlorine attack.')).toBeNull();
    expect(blamed('Poland has territorial claims against Ukraine after the attack.')).toBeNull();
    expect(blamed('Russia faces sanctions over the Novichok poisoning.')).toBeNull();
    // (a possessor after the target names whose people are accused)
    expect(accusedByNoun("allegations against russia's critics", 'allegations against '.length, 'allegations against russia'.length, false)).toBeNull();
    expect(accusedByNoun('allegations against russia over', 'allegations against '.length, 'allegations against russia'.length, false)).toBe('accusations against');
  });
  it('blames no one when the item calls the accusation false or the accused dismisses it', () => {
    expect(blamed('Allegations against Russia over the Skripal poisoning are baseless.')).toBeNull();
    expect(blamed('Baseless allegations against Russia over the Skripal poisoning.')).toBeNull();
    expect(blamed('The Kremlin dismissed the accusations against Russia over the Novichok poisoning.')).toBeNull();
    // (a third party's rejection reports the accusation: the guide's Lavrov call)
    expect(blamed('Russia rejected the accusations against Damascus over the chemical attack.')).toBe('government');
  });
});

describe('Russian: the accused of a noun of accusation', () => {
  it('reads "против X" and "в адрес X" with the noun after or before', () => {
    for (const t of [
      'Против Киева выдвинуты обвинения в применении химического оружия.',
      'Москва выдвинула обвинения против Киева в применении химического оружия.',
      'Россия выдвинула против Украины обвинения в химической атаке.',
      'В адрес ВСУ прозвучали обвинения в химической атаке.',
      'Киеву предъявлены обвинения в химической атаке.',
    ]) {
      expect(blamed(t), t).toBe('ukraine');
      expect(voice(t), t).toBe('reports');
    }
  });
  it('leaves "против X" of a deed a target and an accusation called a lie', () => {
    expect(blamed('Хлор применили против армии боевики.')).toBe('opposition');
    expect(blamed('Против Киева выступили протестующие после химической атаки.')).toBeNull();
    expect(blamed('Обвинения против Киева в химической атаке — ложь.')).toBeNull();
  });
});

describe('Arabic: the dative of an accusation noun', () => {
  it('reads "اتهامات لـX" (also "للنظام", where "لل" is the preposition and the article) as the accused', () => {
    for (const t of ['وجهت فرنسا اتهامات للنظام باستخدام الأسلحة الكيميائية.', 'وجهت فرنسا اتهامات للجيش السوري باستخدام الأسلحة الكيميائية.', 'اتهامات للنظام السوري باستخدام غاز السارين في خان شيخون.']) {
      expect(blamed(t), t).toBe('government');
      expect(voice(t), t).toBe('reports');
    }
    expect(blamed('وجهت الحكومة السورية اتهامات للإرهابيين باستخدام غاز الكلور.')).toBe('opposition');
  });
  it('keeps the genitive accuser and leaves an accusation still to be made to the purpose rules', () => {
    expect(blamed('اتهامات النظام للمسلحين باستخدام غاز الكلور في حلب.')).toBe('opposition');
    expect(blamed('صرحت زاخاروفا بأن هناك تحضيرات لاستفزازات جديدة لهجمات كيميائية في سوريا، لافتا إلى أنه سيتم توجيه الاتهام لدمشق.')).toBeNull();
    expect(blamed('قدمت روسيا تقريرا للأمم المتحدة عن الهجوم الكيميائي.')).toBeNull();
  });
});

describe('the denier is the accused, not the accuser', () => {
  it('reads an accusation of the denier in the same sentence', () => {
    expect(blamed('The Syrian government denied responsibility for the chemical attack, which the rebels blamed on Assad.')).toBe('government');
    expect(blamed('Ukraine denied responsibility for the shelling of Donetsk, which Russia blamed on Kyiv.')).toBe('ukraine');
    expect(blamed('Israel, which denied responsibility, was blamed for the strike.')).toBe('other');
    expect(voice('Israel, which denied responsibility, was blamed for the strike.')).toBe('reports');
    expect(blamed('ХАМАС обвинил Израиль в ударе по больнице, Израиль отрицает свою причастность.')).toBe('other');
  });
  it('blames no one for a denial alone, and blames whom the denier accuses', () => {
    expect(blamed('Israel denied responsibility for the hospital blast.')).toBeNull();
    expect(blamed('Turkey denied responsibility for the strike that killed 20 Kurds.')).toBeNull();
    expect(blamed('Израиль отрицает ответственность за удар по больнице.')).toBeNull();
    expect(blamed('Russia denied responsibility for the Kramatorsk strike, blaming Ukraine.')).toBe('ukraine');
    expect(blamed('Russia denied blaming Ukraine for the strike.')).toBeNull();
  });
});
