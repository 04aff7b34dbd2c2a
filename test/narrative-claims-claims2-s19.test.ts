/**
 * Session 19 (claims2): announced attacks by tense, aspect and modality, and culprits named beside a denial, written from
 * the grammar; each rule beside a near miss it must not read. Sentences written for this test.
 * 1. Palestinian Islamic Jihad is a party (`other`, README dev-v14 call 4), with its source in claim-parties.yaml.
 * 2. A denial followed, after a comma, by the denier's participle of accusing names another culprit, who is blamed
 *    (README dev-v14 call 11: "Israel's army blaming Islamic Jihad"); a denial of the accusing itself stays a denial.
 * 3. A plan told in the past (Arabic كان + imperfect, Russian imperfective past in a main clause, English past
 *    progressive with no speech verb or complement clause before it) is a past plan, not an announced attack.
 * 4. A provocation qualified by a modal or prospective adjective ("возможной провокации", "a potential false flag",
 *    "استفزاز محتمل") is one still ahead; as a predicate or a name of an event it is not.
 * 5. A pretext or a false flag still to be made (a non-past verb of making a pretext, "to conduct a false flag", "a
 *    pretext for a false-flag operation") in a sentence that tells a staging is announced; a past or ongoing one is not.
 * 6. The future of a past report ("warned that militants would stage") and a Russian warning with a non-past verb of
 *    staging or use ("предупредило, что боевики инсценируют") announce; a counterfactual, a negation, a condition, a
 *    warning with no incident or staging as the verb's object, or a passive of use with an attack as its subject do not.
 * 7. "attributed / ascribed to X" (passive, relative, participle) blames X, as "blamed on X" does; the one who
 *    attributes is an accuser, never the culprit.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const prepared = (t: string) => read(t).prepared;
const blamed = (t: string) => read(t).blamed ?? null;

describe('Palestinian Islamic Jihad is a party', () => {
  it('names the group in English, Arabic and Russian', () => {
    expect(blamed('The rocket that hit the hospital was fired by Islamic Jihad, the army said.')).toBe('other');
    expect(blamed('قال الجيش الإسرائيلي إن حركة الجهاد الإسلامي أطلقت الصاروخ الذي أصاب المستشفى.')).toBe('other');
    expect(blamed('Палестинский исламский джихад обстрелял Израиль ракетами.')).toBe('other');
  });
  it('does not read jihad alone as the group', () => {
    expect(blamed('The preacher spoke about jihad before the rocket hit the hospital.')).toBe(null);
  });
});

describe('a denial with the denier naming another culprit', () => {
  it('blames the culprit named by the participle after the comma', () => {
    expect(blamed('Israel denied responsibility, blaming Islamic Jihad for the strike on the hospital.')).toBe('other');
    expect(blamed('Israel denied responsibility, blaming Hamas for the rocket that hit the hospital.')).toBe('other');
    expect(blamed('Israel denied it, blaming Syrian government forces for the strike on the hospital.')).toBe('government');
    expect(blamed('Israel denied responsibility and blamed Hamas for the strike on the hospital.')).toBe('other');
  });
  it('leaves a denial of the accusing itself, and a bare denial, blaming no one', () => {
    expect(blamed('Russia denied blaming Ukraine for the strike on the hospital.')).toBe(null);
    expect(blamed('Russia denied and rejected blaming Ukraine for the strike on the hospital.')).toBe(null);
    expect(blamed('Israel denied responsibility for the strike on the hospital.')).toBe(null);
  });
});

describe('a plan told in the past is no announcement', () => {
  it('reads the Arabic past continuous, the Russian imperfective past and the English past progressive as past', () => {
    expect(prepared('وكان حزب الله يخطط لاستخدام أسلحة كيميائية ضد الجيش الإسرائيلي.')).toBe(false);
    expect(prepared('كانوا يخططون لاستخدام غاز السيانيد في الهجوم على المستوطنات.')).toBe(false);
    expect(prepared('ВСУ готовили взрыв химикатов на предприятии «Азот», но провокация сорвалась.')).toBe(false);
    expect(prepared('Hamas was planning to use cyanide in its attack on Israel.')).toBe(false);
  });
  it('keeps the present, the perfective past, a relative clause and a backshifted report announced', () => {
    expect(prepared('حزب الله يخطط لاستخدام أسلحة كيميائية ضد الجيش الإسرائيلي.')).toBe(true);
    expect(prepared('ВСУ готовят взрыв химикатов на предприятии «Азот».')).toBe(true);
    expect(prepared('Боевики подготовили провокацию с применением химического оружия.')).toBe(true);
    expect(prepared('Шойгу сообщил о провокации с «грязной бомбой», которую готовил киевский режим.')).toBe(true);
    expect(prepared('The ministry said the militants were preparing a chemical provocation in Idlib.')).toBe(true);
    expect(prepared('He responded to reports that Kiev was preparing to use a dirty bomb.')).toBe(true);
  });
});

describe('a provocation with a modal adjective is ahead', () => {
  it('reads possible, potential and prospective provocations as announced', () => {
    expect(prepared('Шойгу выразил озабоченность по поводу возможных провокаций со стороны Украины с применением грязной бомбы.')).toBe(true);
    expect(prepared('Глава ведомства довел до Уоллеса информацию о возможной украинской провокации с «грязной бомбой».')).toBe(true);
    expect(prepared('Officials discussed a potential false flag operation by Russian forces in Donbas.')).toBe(true);
    expect(prepared('وتحدثت موسكو عن استفزاز محتمل بالأسلحة الكيميائية في إدلب.')).toBe(true);
  });
  it('leaves a provocation that names an event, or one with no modal adjective, unannounced', () => {
    expect(prepared('Минобороны назвало взрыв возможной провокацией украинских спецслужб.')).toBe(false);
    expect(prepared('The blast was a possible provocation by Ukrainian services.')).toBe(false);
    expect(prepared('Глава ведомства рассказал Уоллесу о украинской провокации с «грязной бомбой».')).toBe(false);
  });
});

describe('a pretext or a false flag still to be made', () => {
  it('reads a non-past making of a pretext or a purpose of a false flag as announced', () => {
    expect(prepared('Russia has prepositioned operatives to conduct a false flag operation in eastern Ukraine.')).toBe(true);
    expect(prepared('The campaign might be aimed at creating a pretext for a false-flag operation.')).toBe(true);
    expect(prepared('The United States accused Russia of a plot to fabricate a pretext for an invasion of Ukraine.')).toBe(true);
    expect(prepared('Кампания может быть направлена на создание предлога для операции под чужим флагом.')).toBe(true);
  });
  it('leaves a past or ongoing false flag, and a pretext with no staging, unannounced', () => {
    expect(prepared('The Grasse shooting was a false flag operation conducted by the government.')).toBe(false);
    expect(prepared('US officials are conducting false-flag bombing raids against humanitarian convoys.')).toBe(false);
    expect(prepared('The West is creating a pretext for new sanctions against Russia.')).toBe(false);
    expect(prepared('The US is bombing Syria on a false pretext of fighting ISIS.')).toBe(false);
  });
});

describe('the future of a report and a warning of a non-past staging', () => {
  it('reads "would" after a verb of saying and a Russian warning clause as announced', () => {
    expect(prepared('Russia warned that militants would stage a chemical attack to blame Damascus.')).toBe(true);
    expect(prepared('Russia claimed the White Helmets would soon fake a chemical attack in Idlib.')).toBe(true);
    expect(prepared('The ministry said that a chemical attack would be staged in Idlib to blame Damascus.')).toBe(true);
    expect(prepared('Минобороны предупредило, что боевики инсценируют химическую атаку.')).toBe(true);
  });
  it('leaves a condition, a negation, a counterfactual, a report of the present and a passive of use alone', () => {
    expect(prepared('Trump said the US would use force if Assad used chemical weapons again.')).toBe(false);
    expect(prepared('He said that Syria would never use chemical weapons.')).toBe(false);
    expect(prepared('Experts said that the attack would have killed hundreds without the masks.')).toBe(false);
    expect(prepared('Lavrov said that Western strikes would be used to punish Damascus for the chemical attack.')).toBe(false);
    expect(prepared('Минобороны предупредило, что боевики используют мирных жителей как живой щит.')).toBe(false);
    expect(prepared('Минобороны предупредило, что боевики не используют химическое оружие.')).toBe(false);
  });
});

describe('an attack attributed to a party', () => {
  it('blames the party after "attributed to" in the passive, a participle and a relative clause', () => {
    expect(blamed('The strike was attributed to Russian forces.')).toBe('russia');
    expect(blamed('Ten people were killed in an attack attributed to the Islamic State.')).toBe('opposition');
    expect(blamed('The attack, which Moscow attributed to Ukrainian forces, killed ten.')).toBe('ukraine');
  });
  it('never blames the one who attributes, nor a party with no attribution', () => {
    expect(blamed('Moscow attributed the attack to an unknown group.')).toBe(null);
    expect(blamed('The strike was attributed to a technical failure.')).toBe(null);
  });
});
