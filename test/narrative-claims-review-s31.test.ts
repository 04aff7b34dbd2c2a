/**
 * Session 31 (room review): near misses of this session's claims rules found by an adversarial read (docs/narrative.md
 * 'Session 31 (review)'). Sentences written for this test, none copied from a split: each fixed near miss with a positive
 * that must still read.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('a Russian subject counted by два/три after its verb', () => {
  it('a singular verb or a counted place is no counted subject', () => {
    expect(read('Враг атаковал два российских аэродрома.').blamed).toBeNull();
    expect(read('Обстреляли два российских села, погибли люди.').blamed).toBeNull();
  });
  it('the counted weapons after a plural verb still name the doer', () => {
    expect(read('Мост атаковали два украинских беспилотника.').blamed).toBe('ukraine');
    expect(read('Ночью город атаковали три украинских дрона.').blamed).toBe('ukraine');
  });
});

describe('the Arabic accusative nisba after the object of a verb of accusing', () => {
  it('is the one accused, not a target', () => {
    expect(read('اتهمت الحكومة مسؤولاً روسياً بالوقوف وراء الهجوم على المطار').blamed).toBe('russia');
    expect(read('حمّل الرئيس طرفاً أوكرانياً مسؤولية الهجوم على الجسر').blamed).toBe('ukraine');
  });
  it('after the object of a strike verb it stays the target', () => {
    expect(read('قصفت الطائرات الأوكرانية مطاراً روسياً في كورسك').blamed).toBe('ukraine');
  });
});

describe('a Russian statement called fake: its author, not its topic', () => {
  it('a party after a preposition is the statement topic', () => {
    expect(read('Сообщения о гибели украинских военных при ударе по базе являются фейком, заявили в Минобороны.').blamed).toBeNull();
  });
  it('the author in the genitive after titles still is blamed', () => {
    expect(read('Заявления президента Украины Владимира Зеленского об ударе по посёлку являются фейком и провокацией.').blamed).toBe('ukraine');
  });
});

describe('an English threat to launch or fire missiles or drones', () => {
  it('not a product launch at a show', () => {
    expect(read('The company promised to launch new drones at the airshow.').prepared).toBe(false);
    expect(read('The maker pledged to launch drones at the defence expo next month.').prepared).toBe(false);
  });
  it('a threat at a place still reads', () => {
    expect(read('Russia threatened to fire missiles at Kyiv.').prepared).toBe(true);
    expect(read('North Korea threatened to launch missiles at Guam.').prepared).toBe(true);
  });
});

describe('review2: a negated verb of saying before an indirect wh-question', () => {
  it('the deed is told, only its detail withheld', () => {
    expect(read('Officials did not say how many Russian missiles hit the city overnight.').blamed).toBe('russia');
    expect(read('Police did not say when Russian drones attacked the depot.').blamed).toBe('russia');
  });
  it('the content of the negated verb still asserts nothing', () => {
    expect(read('The ministry did not say Russia was responsible for the strike.').blamed).toBeNull();
    expect(read('The army did not say whether Russian drones struck the depot.').blamed).toBeNull();
  });
});

describe('review2: a refused apology is no apology', () => {
  it('the doer who shows no regret is blamed', () => {
    expect(read('Russia showed no regret for shelling the market and refused to accept responsibility for the deaths.').blamed).toBe('russia');
  });
  it('an apology without admitting responsibility still blames no one', () => {
    expect(read('Kyiv apologised to Poland for the stray missile without admitting responsibility.').blamed).toBeNull();
  });
});

describe('review2: a vow asked about is no vow', () => {
  const prepared = (t: string) => readClaims(t, lexicon).claims.prepared === true;
  it('whether / ли over the vow of a chosen time', () => {
    expect(prepared('After the missile attack on Tel Aviv, analysts asked whether Israel will respond at a time and place of its choosing.')).toBe(false);
    expect(prepared('После атаки на мост эксперты гадают, ответит ли Россия в удобное для себя время.')).toBe(false);
  });
  it('the vow said still reads', () => {
    expect(prepared('After the missile attack on Tel Aviv, Israel said it will respond at a time and place of its choosing.')).toBe(true);
    expect(prepared('После атаки на мост Песков заявил: Россия ответит в удобное для себя время.')).toBe(true);
    expect(prepared('After the attack, Iran vowed revenge whether or not Washington intervenes.')).toBe(true);
  });
});
