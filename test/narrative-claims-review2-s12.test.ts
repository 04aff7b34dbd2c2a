/**
 * Session 12, second review of the claim reader (room revcl): sentences written for the review (none taken from any
 * split) where a session-12 rule fired on wording it was not written for. Values asserted: blamed party (and agent).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => {
  const c = readClaims(t, lexicon);
  return { blamed: c.claims.blamed, agent: c.claims.agent };
};
const blamed = (t: string) => read(t).blamed;

describe('Arabic: "سقط / سقوط" is "fell" of shells and of the dead, not a downing (finding 1)', () => {
  it('casualties and shells that fell leave the aircraft its deed', () => {
    expect(blamed('سقط قتلى بقصف طائرات روسية على بلدة في إدلب.')).toBe('russia');
    expect(blamed('أدت الغارة إلى سقوط قتلى بقصف طائرات حربية روسية على البلدة.')).toBe('russia');
    expect(blamed('سقطت قذائف أطلقتها طائرات روسية على سوق المدينة.')).toBe('russia');
  });
  it('an aircraft that fell or was downed is still no doer', () => {
    expect(blamed('سقطت طائرة حربية روسية فوق إدلب.')).toBe(null);
    expect(blamed('أسقطت فصائل المعارضة طائرة حربية روسية فوق إدلب.')).toBe('opposition');
  });
});

describe('Arabic: an armed group named by its allegiance is not the opposition (finding 2)', () => {
  it('pro-government and Iran-aligned groups', () => {
    expect(blamed('هاجمت جماعات مسلحة موالية للحكومة السورية المتظاهرين بالغاز.')).toBe('government');
    expect(blamed('استهدفت فصائل مسلحة موالية لإيران قاعدة عين الأسد بطائرات مسيرة.')).toBe('other');
  });
  it('an armed group with no patron stays the opposition', () => {
    expect(blamed('قتل خمسة جنود في هجوم نفذته جماعات مسلحة في ريف حماة.')).toBe('opposition');
  });
});

describe('Arabic: gas used as a lever or a fuel is no weapon (finding 3)', () => {
  it('natural gas as a political weapon or for heating', () => {
    expect(read('تستخدم روسيا الغاز سلاحا سياسيا ضد أوروبا.')).toEqual({ blamed: null, agent: null });
    expect(read('يستخدم السكان الغاز للتدفئة في الشتاء.').agent).toBe(null);
  });
  it('gas used against people is still the chemical weapon', () => {
    expect(read('استخدمت قوات النظام الغاز ضد المدنيين في دوما.')).toEqual({ blamed: 'government', agent: 'chemical' });
  });
});

describe('Arabic: responsibility for a duty is no blame (finding 4)', () => {
  it('VSO and SVO "تتحمل ... مسؤولية حماية"', () => {
    expect(blamed('تتحمل الحكومة السورية مسؤولية حماية المدنيين من الهجمات الكيميائية.')).toBe(null);
    expect(blamed('الحكومة السورية تتحمل مسؤولية حماية المدنيين من الهجمات الكيميائية.')).toBe(null);
  });
  it('responsibility for the attack is still blame', () => {
    expect(blamed('تتحمل الحكومة السورية مسؤولية الهجوم الكيميائي، بحسب تقرير اللجنة.')).toBe('government');
  });
});

describe('Russian: a country shelled is no doer of the result genitive (finding 5)', () => {
  it('a country with an instrumental agent after it', () => {
    expect(blamed('После обстрела Израиля ракетами из сектора Газа погибли трое мирных жителей.')).toBe(null);
  });
  it('a force in the genitive, or a country with its target after it, is the doer', () => {
    expect(blamed('В результате обстрела ВСУ погибли двое жителей Донецка.')).toBe('ukraine');
    expect(blamed('В результате удара России по Украине погибли трое мирных жителей.')).toBe('russia');
  });
});

describe('Russian: a passive participle before an abbreviation needs a deed noun (finding 6)', () => {
  it('a conference or an inquiry organised by an abbreviation', () => {
    expect(blamed('Организованная США конференция по химическому оружию прошла в Гааге.')).toBe(null);
  });
  it('a staging or a shelling prepared by one', () => {
    expect(blamed('Подготовленная СБУ провокация с отравляющими веществами сорвана.')).toBe('ukraine');
    expect(blamed('Устроенный ВСУ обстрел Донецка унес жизни пятерых.')).toBe('ukraine');
  });
});

describe('Russian: participation in an inquiry names no doer (finding 7)', () => {
  it('"участие X в расследовании"', () => {
    expect(blamed('США приветствовали участие России в расследовании химической атаки.')).toBe(null);
  });
  it('participation in the deed still names it', () => {
    expect(blamed('Анализ заставляет предполагать возможное участие в этом британских разведывательных служб в отравлении Скрипалей.')).toBe('west');
  });
});

describe('Arabic: "وإن كان X قد فعل" is concessive, a fact (finding 8)', () => {
  it('although the regime had used chlorine', () => {
    expect(blamed('وإن كان النظام قد استخدم الكلور مرارا فإن هذا الهجوم هو الأعنف.')).toBe('government');
  });
  it('"وإن" before a perfect deed verb is still a condition', () => {
    expect(blamed('ستتحرك واشنطن وإن استخدمت الحكومة السورية السلاح الكيميائي.')).toBe(null);
  });
});

describe('the subject of a verb of repelling is the target, the repelled attack\'s genitive its doer (finding 9)', () => {
  it('Russian: the repeller is not blamed', () => {
    expect(blamed('ВСУ отбили атаку российских войск с применением хлорпикрина.')).toBe('russia');
    expect(blamed('Сирийская армия отразила атаку боевиков с применением хлора.')).toBe('opposition');
  });
  // (English "Syrian troops repelled an attack near Aleppo in which chlorine was used" still reads government: the
  // English reading was withdrawn, open finding 9b)
  it('a repeller that goes on to another deed is still its doer', () => {
    expect(blamed('Правительственные войска отбили наступление и затем сбросили бочки с хлором на город.')).toBe('government');
  });
});

describe('Russian: a capital in the genitive after a result\'s deed noun is the city hit (finding 10)', () => {
  it('"После обстрела Киева"', () => {
    expect(blamed('После обстрела Киева погибли трое мирных жителей.')).toBe(null);
  });
});

describe('Russian: a responsibility laid for a duty lays no blame (finding 11)', () => {
  it('"Ответственность за безопасность ... лежит на Израиле"', () => {
    expect(blamed('Ответственность за безопасность мирных жителей после атаки лежит на Израиле, заявили в ООН.')).toBe(null);
  });
  it('responsibility for the strike still lays blame', () => {
    expect(blamed('Ответственность за удар по больнице лежит на Израиле, заявили в Газе.')).toBe('other');
    expect(blamed('Москва возложила на Вашингтон ответственность за провокацию с химоружием.')).toBe('west');
  });
});

describe('Arabic: "مسؤول عن" a duty is no blame (finding 17, older than session 12)', () => {
  it('responsible for protecting or ensuring', () => {
    expect(blamed('الحكومة السورية مسؤولة عن حماية المدنيين من الهجمات الكيميائية.')).toBe(null);
    expect(blamed('نفت المعارضة استخدام الكلور، لكن روسيا المسؤولة عن ضمان تنفيذ الاتفاق لم تعلق.')).toBe(null);
  });
  it('responsible for the attack is blame', () => {
    expect(blamed('الحكومة السورية مسؤولة عن الهجوم الكيميائي على دوما.')).toBe('government');
  });
});
