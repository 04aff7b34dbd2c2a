/**
 * Session 23 (room fixrev): the review's findings on the session's claims rules (/work/notes/review-s23.md R1-R3, R8-R13), each
 * with the reviewer's sentence (the reading it must not make), a sentence of the same class, and the rule's original positive,
 * which must still read. Sentences are the reviewer's or the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { historicalText } from '../src/core/narrative/claim-history.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('R1: a year or world war after since / с / منذ is the yardstick of a comparison, not the text\'s time', () => {
  it('keeps a modern Western culprit west', () => {
    expect(read("Germany's police used pepper spray on climate activists, the first such use since World War II.")).toMatchObject({ blamed: 'west' });
    expect(read('Полиция Германии применила слезоточивый газ против демонстрантов — впервые с 1945 года.')).toMatchObject({ blamed: 'west' });
    expect(read('الشرطة الألمانية استخدمت الغاز المسيل للدموع ضد المتظاهرين لأول مرة منذ الحرب العالمية الثانية.')).toMatchObject({ blamed: 'west' });
    expect(read('Italian police fired tear gas at protesters in Genoa, the worst since the 1930s.')).toMatchObject({ blamed: 'west' });
    expect(read('Dutch riot police used tear gas in Rotterdam for the first time since the end of the Second World War.')).toMatchObject({ blamed: 'west' });
  });
  it('still reads a text told as history', () => {
    expect(historicalText('the german army used chlorine at ypres in 1915.')).toBe(true);
    expect(read('The German Army used chlorine at Ypres in 1915.')).toMatchObject({ blamed: 'other' });
    expect(read('В 1915 году немцы произвели газобаллонную атаку под Ипром.')).toMatchObject({ blamed: 'other' });
    expect(historicalText('с 1915 по 1918 год немцы применяли газы.')).toBe(true);
  });
});

describe('R2: a four-digit head count is no year', () => {
  it('reads the count before its noun as a count', () => {
    expect(historicalText('german police fired tear gas at 1850 protesters in hamburg.')).toBe(false);
    expect(read('German police fired tear gas at 1850 protesters in Hamburg.')).toMatchObject({ blamed: 'west' });
    expect(read('Полиция Германии задержала 1900 демонстрантов, применив слезоточивый газ.')).toMatchObject({ blamed: 'west' });
  });
  it('still reads a year with its date cue', () => {
    expect(historicalText('the germans were the first to use gas at ypres, on 22 april 1915.')).toBe(true);
    expect(historicalText('كان اول استخدام جماعي للغاز السام من قبل المانيا عام 1915.')).toBe(true);
    expect(historicalText('ypres, 1915: the german army released chlorine.')).toBe(true);
  });
});

describe('R3: a modern deed that recalls a precedent ("as X had done ... in 1925") is no history', () => {
  it('reads the text as of today', () => {
    expect(historicalText("spain's guardia civil attacked the migrants with tear gas at the fence, as spain had done with mustard gas in the rif in 1925.")).toBe(false);
    expect(read('Spanish police attacked the migrants with tear gas at the fence, as Spain had done with mustard gas in the Rif in 1925.')).toMatchObject({ blamed: 'west' });
    expect(historicalText('испанская полиция применила газ против мигрантов, как испания поступила в рифе в 1925 году.')).toBe(false);
  });
  it("reads the reviewer's sentence: a service named after a state's possessive is that state's, not other", () => {
    expect(read("Spain's Guardia Civil attacked the migrants with tear gas at the fence, as Spain had done with mustard gas in the Rif in 1925.")).toMatchObject({ blamed: 'west' });
    expect(read("Spain's Guardia Civil attacked the migrants with tear gas at the fence.")).toMatchObject({ blamed: 'west' });
    // (an unnamed private possessor's service stays other)
    expect(read("Aum Shinrikyo's Ministry of Science released sarin on the Tokyo subway.")).not.toMatchObject({ blamed: 'west' });
  });
});

describe('R8: Arabic rescuers, medics or peacekeepers who "used" water, masks or atropine are no culprit', () => {
  it('blames no one', () => {
    expect(read('استخدمت قوات الدفاع المدني المياه لتطهير المصابين بعد الهجوم الكيميائي.')).toMatchObject({ blamed: null });
    expect(read('استخدمت قوات حفظ السلام الأقنعة الواقية بعد الهجوم الكيميائي.')).toMatchObject({ blamed: null });
    expect(read('قوات الطوارئ استخدمت الأتروبين لإسعاف المصابين بالسارين.')).toMatchObject({ blamed: null });
  });
  it('still blames a force that used a weapon', () => {
    expect(read('استخدمت قوات النظام غاز الكلور في الهجوم على دوما.')).toMatchObject({ blamed: 'government' });
  });
});

describe('R9: a place\'s possessive before an agent and an attack names where, not who', () => {
  it('blames no one', () => {
    expect(read("Khan Sheikhoun's sarin attack killed more than 80 people.")).toMatchObject({ blamed: null });
    expect(read("Aleppo's chlorine attack killed six people.")).toMatchObject({ blamed: null });
  });
});

describe('R10: a photographer who "shot" the aftermath filmed it', () => {
  it('blames no one', () => {
    expect(read('AP photographer Hassan Ammar shot the aftermath of the gas attack in Douma.')).toMatchObject({ blamed: null });
    expect(read('Reuters photographer Omar Sanadiki shot the victims of the chlorine attack as they were hosed down.')).toMatchObject({ blamed: null });
    expect(read('A local cameraman, Abu Omar, shot the scene of the chlorine attack at dawn.')).toMatchObject({ blamed: null });
  });
});

describe('R11: firefighters who "attacked the blaze" did no deed', () => {
  it('blames no one', () => {
    expect(read('Crews from the London Fire Brigade attacked the blaze at the chemical plant for six hours.')).toMatchObject({ blamed: null });
    expect(read('Firefighters of the Paris brigade attacked the fire at the chlorine depot from three sides.')).toMatchObject({ blamed: null });
  });
});

describe('R12: an investigation, trial or promise called a sham is no staged incident', () => {
  it('reads no staging', () => {
    expect(read("The investigation into the chemical attack was a sham, the victims' families said.")).toMatchObject({ staged: false });
    expect(read("The trial of the officers accused over the gas attack was a farce, relatives said.")).toMatchObject({ staged: false });
    expect(read("Assad's promise to give up chemical weapons was a lie, as the sarin attack in Khan Sheikhoun proved.")).toMatchObject({ staged: false });
    expect(read('Расследование химатаки в Думе было фарсом, говорят родственники погибших.')).toMatchObject({ staged: false });
  });
  it('still reads the incident itself called a sham', () => {
    expect(read('The chemical attack in Douma was a sham, Russia said.')).toMatchObject({ staged: true });
  });
});

describe('R13: an intent verb with a veto, a vote or a mission as its object announces no attack', () => {
  it('reads nothing prepared', () => {
    expect(read('Russia is set to use its veto against the resolution on the Khan Sheikhoun chemical attack.')).toMatchObject({ prepared: false });
    expect(read('The UN is set to launch a fact-finding mission to the site of the chemical attack.')).toMatchObject({ prepared: false });
  });
  it('still reads a deed announced', () => {
    expect(read('The rebels are set to use chlorine in a new attack on Idlib, Russia warned.')).toMatchObject({ prepared: true });
  });
});
