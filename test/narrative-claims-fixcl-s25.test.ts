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

describe('C1, C2: an Arabic verb opening a sentence takes the previous subject only on evidence that its own is dropped', () => {
  it('reads an overt subject after a "-ت" verb (verb-subject-object) as the verb\'s own', () => {
    expect(read('انسحبت قوات النظام من خان شيخون. وقصفت طائرات مجهولة البلدة بغاز السارين.').blamed).toBeNull();
    expect(read('تقدمت قوات النظام نحو البلدة. وقصفت الطائرات الحي بالبراميل.').blamed).toBeNull();
    expect(read('تقدمت قوات النظام نحو اللطامنة. وقصفت غارة جوية البلدة بغاز الكلور.').blamed).toBeNull();
    expect(read('انتشرت قوات النظام في المدينة. فاستهدفت صواريخ مجهولة المصدر الأحياء.').blamed).toBeNull();
  });
  it('reads the people named before as the ones struck when the object carries their pronoun', () => {
    expect(read('دخل مسلحو داعش القرية. وقصفت طائرات التحالف مواقعهم بالقنابل.').blamed).not.toBe('opposition');
    expect(read('دخل مسلحو داعش القرية. وقصفوا منازلهم بالقذائف.').blamed).toBeNull();
  });
  it('keeps the dropped subject of a plural verb, or of a "-ت" verb before its object or a preposition', () => {
    expect(read('دخل مسلحو داعش القرية فجرا. وقتلوا 30 مدنيا.').blamed).toBe('opposition');
    expect(read('تقدمت قوات النظام نحو دوما. وقصفت المدينة بغاز الكلور.').blamed).toBe('government');
    expect(read('تقدمت قوات النظام نحو اللطامنة. وقصفت بالكلور الأحياء السكنية.').blamed).toBe('government');
  });
});

describe('C3, C7: "behind it" is the deed only for the bare pronoun after a copula or an adverb', () => {
  it('reads "this / that + noun" as a noun phrase of its own', () => {
    expect(read('Sarin killed 80 people in Khan Sheikhoun. France stood behind this finding, officials said.').blamed).toBeNull();
    expect(read('Sarin killed 80 people in Khan Sheikhoun. Britain stood behind that report on Monday.').blamed).toBeNull();
    expect(read('A chemical attack killed 40 people in Douma. Syrian government forces were behind that, officials said.').blamed).toBe('government');
  });
  it('reads a verb of posture or place before "behind" as space, not guilt', () => {
    expect(read('A car bomb exploded at the checkpoint. Syrian soldiers were standing behind it and survived.').blamed).toBeNull();
    expect(read('A car bomb exploded at the checkpoint. Syrian soldiers were hiding behind it.').blamed).toBeNull();
    expect(read('A car bomb exploded at the checkpoint. Syrian army trucks were parked behind it.').blamed).toBeNull();
    expect(read('A chemical attack killed 40 people in Douma. Syrian government forces were allegedly behind it.').blamed).toBe('government');
  });
});

describe('C4: an "according to" aside whose closing comma is left out does not swallow the clause\'s subject', () => {
  it('reads the party after the source as the doer when the span holds the deed', () => {
    expect(read('In Bucha, according to witnesses Russian soldiers shot civilians, bodies lay in the streets.').blamed).toBe('russia');
    expect(read('In Douma, according to activists Syrian helicopters dropped chlorine, dozens choked.').blamed).toBe('government');
    expect(read('В Буче, по словам свидетелей российские военные расстреляли мирных жителей, тела лежали на улицах.').blamed).toBe('russia');
  });
  it('keeps a closed aside\'s source a speaker', () => {
    expect(read('Взрыв, по данным ФСБ, был организован украинскими спецслужбами.').blamed).toBe('ukraine');
    expect(read('The bomb, according to the FSB, was planted by Ukrainian special services.').blamed).toBe('ukraine');
  });
});

describe('C5: "the organisers" alone are no doers of a deed', () => {
  it('adds no doer phrase for a rally\'s organisers, and keeps "the organisers of the bombing"', () => {
    const r = readClaims('Russian state media said Ukraine staged the attack. The organisers were Ukrainian nationalists, it added, and the rally ended peacefully.', lexicon);
    expect(r.claims.blamed).toBe('ukraine');
    expect(r.phrases.blamed).toEqual(['ukraine', 'staged']);
    expect(read('A chemical attack killed 40 people in Douma. The organizers were Syrian opposition groups, the march\'s spokesman said.').blamed).toBeNull();
    expect(read('Twenty people were killed in the bombing of a bus. The organisers of the bombing were HTS militants.').blamed).toBe('opposition');
  });
});

describe('C6: "ordered them" with a direction, place or state is people ordered, not the deed', () => {
  it('names no one for troops ordering residents out, home or arrested', () => {
    expect(read('A chlorine attack hit Saraqib at night. Syrian troops ordered them out of the town the next morning.').blamed).toBeNull();
    expect(read('A chlorine attack hit Saraqib at night. Syrian troops ordered them home the next morning.').blamed).toBeNull();
    expect(read('A chlorine attack hit Saraqib at night. Syrian troops ordered them arrested.').blamed).toBeNull();
  });
  it('keeps "ordered them" closing its clause', () => {
    expect(read('Barrel bombs with chlorine hit Saraqib. The Syrian government ordered them, activists said.').blamed).toBe('government');
  });
});
