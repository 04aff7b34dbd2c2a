/**
 * Session 28 (room clinc): the words of harmful deeds derived from WordNet's hypernym tree (claim-deed-lexicon.ts, generated
 * by eval/claims/extract-deed-words.ts) are incident words, and their verbs deeds whose subject did them; each with the
 * readings it must make and the near misses it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { EN_DEED_NOUNS, EN_DEED_VERB_FORMS } from '../src/core/narrative/claim-deed-lexicon.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('the derived class (WordNet 3.0)', () => {
  it('holds the deeds under the roots, inflected', () => {
    for (const w of ['massacred', 'gunned down', 'detonated', 'firebombed', 'carjacked', 'strafed', 'lynched', 'kneecapped', 'torched', 'put to death']) expect(EN_DEED_VERB_FORMS).toContain(w);
    for (const w of ['arson', 'homicide', 'manslaughter', 'air raid', 'drive-by shooting', 'suicide bombing', 'kidnappings', 'ambushes']) expect(EN_DEED_NOUNS).toContain(w);
  });
  it('leaves out the cut subtrees, the words whose harm sense is not their dominant one, and the base forms of verbs', () => {
    // war (invade, besiege), suicide, the slaughter of animals; "charge" (an accusation), "explode" (1 of 10 senses), "erase"
    for (const w of ['invaded', 'besieged', 'butchered', 'charged', 'exploded', 'erased', 'sabotaged', 'undermined']) expect(EN_DEED_VERB_FORMS).not.toContain(w);
    for (const w of ['invasion', 'suicide', 'euthanasia', 'terrorism', 'piracy', 'stone', 'bomb']) expect(EN_DEED_NOUNS).not.toContain(w);
  });
});

describe('English: a deed of the class is an incident, and its subject the doer', () => {
  it('an incident by a derived word alone', () => {
    expect(read('Gunmen massacred dozens of villagers near the border.')).toMatchObject({ staged: false });
    expect(read('Two men were gunned down outside a cafe on Sunday.')).toMatchObject({ staged: false });
    expect(read('The warehouse was destroyed in an act of arson, the fire service said.')).toMatchObject({ staged: false });
    expect(read('A car bomb was detonated near the checkpoint.')).toMatchObject({ staged: false });
  });
  it('the party before a derived deed verb is blamed', () => {
    expect(read('Islamic State militants detonated a truck at the entrance of the base.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Syrian government jets strafed the market in the morning.')).toMatchObject({ blamed: 'government', staged: false });
  });
  it('near misses: the practice of terrorism, sabotage of a policy and a figure are no incident', () => {
    expect(read('The minister spoke about the fight against terrorism and hybrid threats.')).toMatchObject({ staged: null, blamed: null });
    expect(read('Senators are sabotaging the health bill, the party says.')).toMatchObject({ staged: null, blamed: null });
    expect(read('The company plans to eradicate poverty in the region.')).toMatchObject({ staged: null, blamed: null });
  });
});

describe('Russian and Arabic: the lemmas the Open Multilingual Wordnet links to the same synsets', () => {
  it('a Russian lemma is read in its inflected forms (the lexeme layer)', () => {
    expect(read('Боевики обезглавили двух заложников на окраине города.')).toMatchObject({ staged: false, blamed: 'opposition' });
    expect(read('Вечером у рынка произошла перестрелка.')).toMatchObject({ staged: false });
    expect(read('Следователи выясняют обстоятельства линчевания в деревне.')).toMatchObject({ staged: false });
  });
  it('an Arabic lemma with its accusative and clitics', () => {
    expect(read('نصب مسلحون كمينا لدورية على الطريق.')).toMatchObject({ staged: false });
  });
  it('near misses: the storming of a town (battle) and the words cut for their other senses are no incident', () => {
    expect(read('Правительственные войска штурмуют город на севере страны.')).toMatchObject({ staged: null });
    expect(read('Он повесил картину на стену.')).toMatchObject({ staged: null, blamed: null });
  });
});

describe('a force as the subject of a derived deed verb is its doer (claim-force-doer.ts)', () => {
  it('"Kenyan troops strafed", "they lynched"', () => {
    expect(read('Kenyan troops strafed a village near the border on Monday.')).toMatchObject({ blamed: 'other', staged: false });
  });
});

describe('a built thing or a vehicle as the object of a verb of destroying (claim-artifact-object.ts)', () => {
  it('the verb with such an object is a deed, and its subject the doer', () => {
    expect(read('Russian jets destroyed the hospital on the edge of the town.')).toMatchObject({ blamed: 'russia', staged: false });
    expect(read('The school was burned to the ground by unknown men.')).toMatchObject({ staged: false });
    expect(read('Militants torched the school.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('Soldiers bulldozed two houses in the village.')).toMatchObject({ staged: false });
  });
  it('near misses: an abstract object, a natural cause, the bridges of the idiom, the burning building', () => {
    expect(read('The sanctions destroyed the economy of the region.')).toMatchObject({ staged: null, blamed: null });
    expect(read('A fire destroyed the warehouse overnight.')).toMatchObject({ staged: null });
    expect(read('By burning all bridges with Moscow, the minister lost his post.')).toMatchObject({ staged: null });
    expect(read('Reporters filmed the burning building from the street.')).toMatchObject({ staged: null });
  });
});

describe('Arabic: a verbal noun or verb of destroying with a built thing as its object (claim-artifact-object.ts)', () => {
  it('the Form II masdar with a pronoun and the verb, each with its object', () => {
    expect(read('طالبت الحكومة بمحاسبة الجيش على تدميره المصنع الوحيد في البلدة.')).toMatchObject({ staged: false });
    expect(read('دمرت قوات النظام السوري المسجد الكبير في المدينة.')).toMatchObject({ blamed: 'government', staged: false });
  });
  it('near miss: an abstract object and a natural cause', () => {
    expect(read('تحدث الوزير عن تدمير الاقتصاد الوطني.')).toMatchObject({ staged: null, blamed: null });
    expect(read('أدى زلزال قوي إلى تدمير المنزل بالكامل.')).toMatchObject({ staged: null });
  });
});

describe('Russian: a verb or noun of destroying with a built thing as its object (claim-artifact-object.ts)', () => {
  it('the object after the verb, and before a passive participle', () => {
    expect(read('Израильские самолеты уничтожили больницу в секторе Газа.')).toMatchObject({ blamed: 'other', staged: false });
    expect(read('Здание школы было полностью уничтожено.')).toMatchObject({ staged: false });
  });
  it('near misses: an abstract object and a natural cause', () => {
    expect(read('Санкции уничтожили экономику региона.')).toMatchObject({ staged: null, blamed: null });
    expect(read('Здание было уничтожено пожаром.')).toMatchObject({ staged: null });
  });
});
