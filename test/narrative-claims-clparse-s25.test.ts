/**
 * Session 25 (room clparse): who did what across a sentence boundary. A clause that names its deed by reference (a
 * pronoun, "the perpetrators") resumes the incident of the sentence before it (claim-anaphora.ts), and the reader's own
 * grammar of subjects, agents, denials, speech and questions then reads its doer; with no deed before it, or with a verb
 * that is no deed, it names no one. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { anaphoricDeed } from '../src/core/narrative/claim-anaphora.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a deed told by reference resumes the incident of the sentence before', () => {
  it('reads the doer of a pronoun or a noun of doers (EN)', () => {
    expect(read('Five civilians were killed in a chemical attack in Idlib. It was carried out by Syrian government helicopters.').blamed).toBe('government');
    expect(read('A chemical attack killed 40 people in Douma on Saturday. Syrian government forces were behind it.').blamed).toBe('government');
    expect(read('A car bomb exploded in the market, killing 12. Islamic State militants carried it out.').blamed).toBe('opposition');
    expect(read('Twenty people were killed in the bombing of a bus. The perpetrators were HTS militants.').blamed).toBe('opposition');
  });
  it('reads it in Russian (an object pronoun before the deed verb, «за ним стоят»)', () => {
    expect(read('Взрыв в кафе унёс жизни военкора. Его организовали украинские спецслужбы.').blamed).toBe('ukraine');
    expect(read('Взрыв в кафе унёс жизни военкора. По версии следствия, за ним стоят украинские спецслужбы.').blamed).toBe('ukraine');
  });
  it('keeps speech, denial and questions as the reader reads them', () => {
    const c = read('The Skripals were poisoned in Salisbury. Moscow says British intelligence staged it.');
    expect(c.blamed).toBe('west');
    expect(read('A chemical attack hit Douma. Russia denied that its forces carried it out.').blamed).toBeNull();
    expect(read('The attack killed 40 people. Syria denied being behind it.').blamed).toBeNull();
    expect(read('The attack killed 40 people. The Syrian government was not behind it.').blamed).toBeNull();
    expect(read('The explosion killed ten people. Who was behind it remains unknown.').blamed).toBeNull();
  });
  it('names no one without a deed before it, with a verb that is no deed, or for doers not named', () => {
    expect(read('New sanctions were announced on Monday. It was organised by the EU.').blamed).toBeNull();
    expect(read('A chemical attack hit Douma. Talks resumed in Geneva on Monday. It was organised by the UN.').blamed).toBeNull();
    expect(read('A chemical attack was reported in Douma. It was investigated by the OPCW.').blamed).toBeNull();
    expect(read('A chemical attack hit Douma. The report on it was written by UN experts.').blamed).toBeNull();
    expect(read('Twenty died in the explosion. The perpetrators were never found.').blamed).toBeNull();
    expect(read('Взрыв прогремел в кафе. Его расследуют украинские следователи.').blamed).toBeNull();
    expect(read('Взрыв прогремел в кафе. Его осудили в Киеве.').blamed).toBeNull();
  });
  it('finds the reference itself, not the words around it', () => {
    expect(anaphoricDeed('it was carried out by government helicopters.', 'en')).toBe('it was carried out');
    expect(anaphoricDeed('the perpetrators were hts militants.', 'en')).not.toBeNull();
    expect(anaphoricDeed('the perpetrators were arrested on monday.', 'en')).toBeNull();
    expect(anaphoricDeed('this report was written by experts.', 'en')).toBeNull();
    expect(anaphoricDeed('its organisers said it was peaceful.', 'en')).toBeNull();
    expect(anaphoricDeed('его организовали спецслужбы', 'ru')).not.toBeNull();
    expect(anaphoricDeed('его расследуют следователи', 'ru')).toBeNull();
    expect(anaphoricDeed('وتقف قوات النظام وراءه', 'ar')).not.toBeNull();
  });
});

describe('Russian: «от рук», and a negated predicate nominal', () => {
  it('reads the agent "at the hands of" («от рук»)', () => {
    expect(read('Мирные жители погибли от рук российских военных.').blamed).toBe('russia');
  });
  it('a negated copula of a fronted guilt word names no one («Исполнителями теракта не стали боевики»)', () => {
    expect(read('Исполнителями теракта не стали боевики ИГ.').blamed).toBeNull();
    expect(read('Исполнителями теракта стали боевики ИГ.').blamed).toBe('opposition');
  });
});

describe("a sentence's opening subject pronoun continues the party of the sentence before", () => {
  it('reads "they", «они» and a possessive before a noun of forces as that party', () => {
    expect(read('Islamic State fighters entered the village at dawn. They killed 30 civilians.').blamed).toBe('opposition');
    expect(read('Russian troops occupied Bucha for a month. They executed dozens of civilians.').blamed).toBe('russia');
    expect(read('The Syrian army advanced on Douma in April. Its helicopters dropped chlorine on the town.').blamed).toBe('government');
    expect(read('Боевики ИГ вошли в деревню на рассвете. Они убили 30 мирных жителей.').blamed).toBe('opposition');
    expect(read('Российские войска месяц занимали Бучу. Они расстреляли десятки мирных жителей.').blamed).toBe('russia');
  });
  it('reads a definite noun of a group ("The group", «Группировка») as the group named before, not "the group of"', () => {
    expect(read('Hayat Tahrir al-Sham fighters seized the town. The group then executed 20 prisoners.').blamed).toBe('opposition');
    expect(read('The PKK issued a statement. The organisation claimed responsibility for the bombing in Ankara.').blamed).toBe('other');
    expect(read('Боевики ИГ захватили город. Группировка казнила 20 пленных.').blamed).toBe('opposition');
    expect(read('Russia and Ukraine held talks. The group of mediators then shelled nothing.').blamed).toBeNull();
  });
  it('not when the pronoun is a speaker, a victim, another clause\'s, or the sentence before names two sides', () => {
    expect(read('Russian forces withdrew from the town on Monday. They said they would regroup.').blamed).toBeNull();
    expect(read('Islamic State fighters entered the village at dawn. They were killed by the army.').blamed).toBeNull();
    expect(read('Russian troops entered the village. Residents said they were shelled for days.').blamed).toBeNull();
    expect(read('The army fought the rebels near Aleppo. They shelled the market, killing ten.').blamed).toBeNull();
  });
  it('finds only sentence-opening pronouns', async () => {
    const { subjectPronouns } = await import('../src/core/narrative/claim-anaphora.js');
    expect(subjectPronouns('troops came. they killed ten.', 'en').map((p) => p.word)).toEqual(['they']);
    expect(subjectPronouns('troops came. witnesses said they killed ten.', 'en')).toEqual([]);
    expect(subjectPronouns('they came first.', 'en')).toEqual([]);
    expect(subjectPronouns('войска пришли. их вертолеты сбросили бомбы.', 'ru').map((p) => p.word)).toEqual(['их вертолеты']);
  });
});

describe('Arabic: a sentence-opening deed verb with a dropped subject takes the subject of the sentence before', () => {
  it('reads the agreement of "-وا" and "-ت" as the previous subject', () => {
    expect(read('دخل مسلحو داعش القرية فجرا. وقتلوا 30 مدنيا.').blamed).toBe('opposition');
    expect(read('تقدمت قوات النظام نحو دوما. وقصفت المدينة بغاز الكلور.').blamed).toBe('government');
  });
  it('not with a subject of its own, a negation, two sides before, or a speaker before', () => {
    expect(read('دخل مسلحو داعش القرية فجرا. ولم يقتلوا أحدا.').blamed).toBeNull();
    expect(read('دخل الجيش السوري والمعارضة في مواجهات. وقصفت المدينة.').blamed).toBeNull();
    expect(read('قال النظام السوري إن الهجوم مفبرك. وقتلوا 30 مدنيا.').blamed).toBeNull();
  });
});

describe('a hard-wrapped text reads as its sentences', () => {
  it('joins line breaks inside sentences when the text wraps at least twice', () => {
    const wrapped = 'Three villagers were hurt by mustard gas from shells\nabandoned by the Soviet Army decades ago, and were\ntaken to hospital on Monday.';
    expect(read(wrapped).blamed).toBe('russia');
    expect(readClaims(wrapped, lexicon).voice).toBe('asserts');
  });
  it('leaves a headline over a lead that starts in lower case alone', () => {
    const c = readClaims('Rebels shell the city, says the army\nthe ministry gave no figures.', lexicon);
    expect(c.claims.blamed).toBe('opposition');
    expect(c.voice).toBe('reports');
  });
});

describe('a munition noun in a list of munitions that lie, are kept or dumped is no incident', () => {
  it('reads an inventory as no incident (EN, RU)', () => {
    expect(read('Thousands of tonnes of shells, mines, bombs and chemical munitions lie on the Baltic seabed.').staged).toBeNull();
    expect(read('На дне Балтийского моря лежат тысячи тонн снарядов, мин, бомб и химического оружия.').staged).toBeNull();
  });
  it('keeps munitions that fall, are fired or dropped', () => {
    expect(read('Снаряды, мины и бомбы сыпались на Донецк всю ночь.').staged).toBe(false);
    expect(read('Government jets dropped bombs and rockets on the town.')).toMatchObject({ blamed: 'government', staged: false });
    expect(read('Rebels fired shells, mines and bombs at the town, which lies near Aleppo.')).toMatchObject({ blamed: 'opposition', staged: false });
  });
});

describe('a parenthetical source, a bare predicate of guilt, and cues of suspicion', () => {
  it('the source of a parenthetical attribution is no subject of the deed around it', () => {
    expect(read('Взрыв, по данным ФСБ, был организован украинскими спецслужбами.').blamed).toBe('ukraine');
    expect(read('The explosion, according to the FSB, was organised by Ukrainian special services.').blamed).toBe('ukraine');
  });
  it('a bare "was responsible" closing its clause takes the deed of the sentence before', () => {
    expect(read('Chemical attack kills 40 in Douma\nThe Syrian government was responsible, activists said.').blamed).toBe('government');
    expect(read('Talks resumed in Geneva\nThe Syrian government was responsible, activists said.').blamed).toBeNull();
    expect(read('Chemical attack kills 40 in Douma\nThe Syrian government was responsible for security in the area.').blamed).toBeNull();
  });
  it('reads "suspicion fell on" and "culpable"', () => {
    expect(read('After the poisoning, suspicion fell on Russian intelligence.').blamed).toBe('russia');
    expect(read('Britain said Russia was culpable for the Salisbury attack.').blamed).toBe('russia');
  });
});

describe('an attribution with its deed between the verb and "to"', () => {
  it('reads the party after "to" as the one the deed is attributed to (reported)', () => {
    const c = readClaims('The OPCW attributed the chlorine attack to the Syrian government.', lexicon);
    expect(c.claims.blamed).toBe('government');
    expect(c.voice).toBe('reports');
    expect(read('Investigators attributed the poisoning to Russia.').blamed).toBe('russia');
  });
  it('not a "to" of something that is no deed', () => {
    expect(read('The ministry attributed the delay to Russia.').blamed).toBeNull();
  });
});

describe('Arabic: "behind it" and "the one responsible for it" across a sentence end', () => {
  it('reads "وتقف X وراءه" and the equational "والمسؤول عنه X"', () => {
    expect(read('قتل 40 شخصا في هجوم كيميائي على دوما. وتقف قوات النظام وراءه.').blamed).toBe('government');
    expect(read('انفجرت سيارة مفخخة في السوق. والمسؤول عنه تنظيم داعش.').blamed).toBe('opposition');
  });
  it('not negated, not a duty, not a place', () => {
    expect(read('قتل 40 شخصا في هجوم كيميائي على دوما. ولا تقف قوات النظام وراءه.').blamed).toBeNull();
    expect(read('المسؤول عن التحقيق في الهجوم روسيا.').blamed).toBeNull();
    expect(read('قال المسؤول عن الملف في روسيا إن الهجوم وقع.').blamed).toBeNull();
  });
});
