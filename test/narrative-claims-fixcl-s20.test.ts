/**
 * Session 20 (fixcl): the review's over-reaches of the session's claims rules (/work/notes/review-s20.md, "## claims" and
 * "## claims2"), each finding's sentences: the over-read ones must not read, the rule's intended positives still do.
 * R12 the agentless crowd-control reading needs a crowd (protest, rally, clash, dispersal) in the item, and not the police
 *     as the ones who investigate or are hurt; a Russian capital in the genitive of a place phrase ("в школе Москвы") is
 *     the city.
 * R17 a person noun after a side ("activists", "reporters", "politicians") followed by its own staging, preparation or
 *     deed is the doer with its side.
 * R23 a contrasted second accusation cancels the first only when it is of the deed (not covering up, protecting), and
 *     Russia beside the Syrian government is the same camp.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('R12: a spray at a school with the police investigating blames no one', () => {
  it('the review\'s sentences blame no one', () => {
    expect(blamed('Syrian police are investigating after tear gas was released in a Damascus school.')).toBe(null);
    expect(blamed('Police in Damascus are investigating after pepper spray was used at a school.')).toBe(null);
    expect(blamed('الشرطة السورية تحقق بعد رش رذاذ الفلفل في مدرسة بدمشق.')).toBe(null);
    expect(blamed('الشرطة السورية تحقق بعد إطلاق غاز مسيل للدموع في مدرسة بدمشق.')).toBe(null);
    expect(blamed('Russian police detained a teenager after pepper spray was used in a Moscow school.')).toBe(null);
    expect(blamed('В школе Москвы распылили перцовый баллончик, пострадали 10 учеников. Полиция проводит проверку.')).toBe(null);
    expect(blamed('Ukrainian police opened a case after pepper spray was used at a Kyiv school; ten pupils were hurt.')).toBe(null);
    expect(blamed('Two Ukrainian police officers were hospitalised after pepper spray was used in a bar fight in Kyiv.')).toBe(null);
  });
  it('a capital in the genitive of a Russian place phrase is the city', () => {
    expect(blamed('В школе Москвы применили хлор.')).toBe(null);
    expect(blamed('В центре Москвы распылили хлор.')).toBe(null);
    expect(blamed('Москва применила хлор.')).toBe('russia');
  });
  it('the rule\'s positives: the police of a crowd clash are the users', () => {
    expect(blamed('Protesters clash with police in Tbilisi as tear gas fired')).toBe('other');
    expect(blamed('В центре Минска проходят столкновения протестующих с силовиками\n\nУчастников протестов разгоняют светошумовыми гранатами и перцовым газом.')).toBe('other');
    expect(blamed('اشتباكات بين المحتجين والشرطة في بغداد وإطلاق الغاز المسيل للدموع')).toBe('other');
    expect(blamed('Ukrainian police arrested protesters after stun grenades were thrown at them.')).toBe('ukraine');
  });
  it('near-miss: police hurt or targeted, a speaker', () => {
    expect(blamed('Police officers were injured as tear gas was fired at a protest')).toBe(null);
    expect(blamed('Tear gas was fired at police by protesters')).toBe(null);
    expect(blamed('Police were injured as protesters clashed and tear gas was fired')).toBe(null);
  });
});

describe('R17: a side\'s persons who stage or prepare are the doers', () => {
  it('the review\'s sentences keep their side', () => {
    expect(blamed('Western reporters staged the Douma video, Moscow claims.')).toBe('west');
    expect(blamed('Ukrainian bloggers staged a video of a chemical attack, the Russian defence ministry said.')).toBe('ukraine');
    expect(blamed('Western politicians are preparing a provocation with chemical weapons.')).toBe('west');
    expect(read('Western politicians are preparing a provocation with chemical weapons.').claims.prepared).toBe(true);
    expect(blamed('White Helmets activists staged the chemical attack.')).toBe('white-helmets');
    expect(blamed('Opposition activists staged the chemical attack, Damascus claims.')).toBe('opposition');
    expect(blamed('Ukrainian activists are preparing a staged chemical attack, Russia says.')).toBe('ukraine');
    expect(blamed('Western journalists staged the chemical attack in Douma.')).toBe('west');
  });
  it('the rule\'s positives: the person as the victim or speaker is no culprit\'s side', () => {
    expect(blamed('Russian blogger poisoned with nerve agent.')).toBe(null);
    expect(blamed('Opposition activist Kara-Murza poisoned')).toBe(null);
    expect(blamed('Kremlin critic Navalny poisoned with Novichok.')).not.toBe('russia');
    expect(blamed('Syrian activists used social media to report the attack.')).toBe(null);
  });
});

describe('R23: a contrasted accusation of another charge leaves the first', () => {
  it('covering up or protecting is no competing account', () => {
    expect(blamed('اتهم ناشطون النظام بقصف البلدة بغاز الكلور، فيما اتهمت الولايات المتحدة روسيا بالتغطية على الهجوم.')).toBe('government');
    expect(blamed('اتهمت المعارضة قوات النظام باستخدام غاز السارين، بينما اتهمت واشنطن موسكو بحماية الأسد.')).toBe('government');
  });
  it('the rule\'s positives: two accounts of the deed by different sides blame no one', () => {
    expect(blamed('اتهمت سانا الإرهابيين بإطلاق صاروخ يحمل مواد كيميائية على خان العسل، في حين اتهمت المعارضة النظام بإطلاق هذا الصاروخ.')).toBe(null);
    expect(blamed('اتهمت المعارضة النظام باستخدام غاز الكلور، في حين اتهمت دمشق الإرهابيين بفبركة الهجوم.')).toBe(null);
    expect(blamed('اتهمت الحكومة المسلحين باستخدام الكلور بينما اتهمت المعارضة النظام بذلك.')).toBe(null);
  });
});
