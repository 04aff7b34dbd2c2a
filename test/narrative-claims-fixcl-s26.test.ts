/**
 * Session 26 (room fixcl): the review's misfires of the session's new `prepared` rules and of the English denied-claim rule
 * (review-s26 C1-C7), as near misses, with the commonest other sense of each new word (chlorine as a disinfectant, tear gas,
 * pesticides, tariffs, chemical-weapons destruction, demolition, symptoms that "may occur", a span "within 24 hours of" an
 * attack), and the positives each fix must keep. Sentences written for this test or taken from the review (none from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const prepared = (t: string) => read(t).prepared;

describe('C1: "will again / likely use" + an agent is an attack only with a weapon or attack frame', () => {
  it('routine use, police tear gas and pesticides announce nothing', () => {
    expect(prepared('The water utility will again use chlorine to disinfect the supply after the flood.')).toBe(false);
    expect(prepared('Police will likely use tear gas at the rally tomorrow, organisers warned.')).toBe(false);
    expect(prepared('Farmers will again spray pesticide on the fields next week.')).toBe(false);
  });
  it('keeps a use against people or of a weapon', () => {
    expect(prepared('The militants will again use chlorine against civilians in Idlib, the ministry said.')).toBe(true);
    expect(prepared('The regime will again use sarin, the opposition warned.')).toBe(true);
  });
});

describe('C2: "will attack / strike + state" needs a chemical or staging word or a dated warning', () => {
  it('war forecasts, threats and tariffs announce no incident', () => {
    expect(prepared('Trump says the US will strike China with new tariffs next month.')).toBe(false);
    expect(prepared("Analysts say Russia will attack Ukraine's energy grid again this winter.")).toBe(false);
    expect(prepared('The US will strike Syria, Trump said on Wednesday.')).toBe(false);
    expect(prepared('Trump says the US will strike Syria.')).toBe(false);
  });
  it('keeps a dated warning of a strike', () => {
    expect(prepared('Intelligence indicates that Iran will attack Israel within the next two days.')).toBe(true);
    expect(prepared('Iran will strike Israel within the next two days, intelligence indicates.')).toBe(true);
  });
});

describe('C3: destroying a weapons stock or facility, or a demolition, is no attack', () => {
  it('disarmament and demolition in EN, RU, AR', () => {
    expect(prepared('Demolition crews will blow up the old power station on Sunday, the council said.')).toBe(false);
    expect(prepared('ستدمر سوريا منشآت الأسلحة الكيميائية بحلول نهاية العام')).toBe(false);
    expect(prepared('Инспекторы ОЗХО намерены уничтожить склады химического оружия до конца года.')).toBe(false);
  });
  it('a plan to destroy a chemical-weapons stock is disarmament (the plan-and-agent reading, before the session)', () => {
    expect(prepared('OPCW inspectors intend to destroy the chemical weapons stockpile by June.')).toBe(false);
    expect(prepared('The OPCW plans to destroy the chemical weapons facilities at Al-Safir by June.')).toBe(false);
    expect(prepared('تعتزم سوريا تدمير مخزون الأسلحة الكيميائية')).toBe(false);
    expect(prepared('The militants plan to destroy the village with chemical weapons.')).toBe(true);
  });
  it('keeps a plan of sabotage', () => {
    expect(prepared('The militants plan to blow up the bridge and blame it on the army.')).toBe(true);
    expect(prepared('Боевики намерены взорвать мост.')).toBe(true);
  });
});

describe('C4: an Arabic counted span measured from an event is not ahead', () => {
  it('"خلال 24 ساعة من الهجوم" is past', () => {
    expect(prepared('توفي ثلاثة مصابين خلال 24 ساعة من الهجوم الكيميائي على خان شيخون')).toBe(false);
    expect(prepared('Most victims died within two hours of the sarin attack.')).toBe(false);
  });
  it('keeps the counted span ahead', () => {
    expect(prepared('قالت الوزارة إن المسلحين يعدون مسرحية كيميائية خلال 24 إلى 36 ساعة.')).toBe(true);
  });
});

describe('C5: "may occur" of effects or symptoms is no forecast attack', () => {
  it('the attack as a complement of an effect noun or a preposition', () => {
    expect(prepared('Delayed effects of the mustard attack may occur weeks later, doctors warned.')).toBe(false);
    expect(prepared('Symptoms of exposure after the chlorine attack can occur hours later.')).toBe(false);
  });
  it('keeps the attack as the subject', () => {
    expect(prepared('Provocations involving chemical weapons may occur at any time, Lavrov said.')).toBe(true);
    expect(prepared('Провокации с применением химического оружия могут произойти в любой момент.')).toBe(true);
    expect(prepared('قال لافروف إن الاستفزازات باستخدام الأسلحة الكيميائية في سوريا يمكن أن تحدث في أي وقت.')).toBe(true);
  });
});

describe('C6: a coordinated verb of saying after a denial opens a new complement', () => {
  it('"denies any involvement and says that X are preparing" announces', () => {
    expect(prepared('Russia denies any involvement and says that the militants are preparing a chemical provocation in Idlib.')).toBe(true);
  });
  it('keeps the denial of its own plan', () => {
    expect(prepared('Russia denied that it was preparing a chemical attack.')).toBe(false);
    expect(prepared('Kyiv denies it is preparing any provocation.')).toBe(false);
  });
});

describe('C7: DENIED_CLAIM takes only degree adverbs between the copula and the verdict', () => {
  it('"far from false", "anything but", "hardly" and a by-agent do not make the item deny the claim', () => {
    expect(read('Claims by activists that government helicopters dropped chlorine on Saraqib are far from false.')).toMatchObject({ blamed: 'government' });
    expect(read('Claims by activists that government helicopters dropped chlorine on Saraqib are anything but false.')).toMatchObject({ blamed: 'government' });
    expect(read('Claims by activists that government helicopters dropped chlorine on Saraqib are hardly fabricated.')).toMatchObject({ blamed: 'government' });
  });
  it('keeps the degree adverbs', () => {
    expect(read('Claims by activists that government helicopters dropped chlorine on Saraqib are completely false.')).toMatchObject({ blamed: null });
    expect(read('Claims by activists that government helicopters dropped chlorine on Saraqib are simply fabricated.')).toMatchObject({ blamed: null });
  });
});
