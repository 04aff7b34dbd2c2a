/**
 * Session 14 (claim reader, room claimsra): Russian and Arabic fixes, on invented sentences in newswire style (none from
 * any split). Each mechanism with a case that fires and, where it can over-reach, a hard negative.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed;

describe('Russian: ОМОН acts for the state of the place (review defect)', () => {
  it('in Minsk or Kazakhstan it is that state\'s; in Moscow or with no place, Russia\'s', () => {
    expect(blamed('ОМОН разогнал митинг в Минске.')).toBe('other');
    expect(blamed('В Минске ОМОН разогнал акцию протеста.')).toBe('other');
    expect(blamed('В Казахстане ОМОН применил слезоточивый газ против протестующих.')).toBe('other');
    expect(blamed('ОМОН разогнал митинг в Москве.')).toBe('russia');
    expect(blamed('ОМОН разогнал несанкционированную акцию.')).toBe('russia');
  });
  it('the opposition whose rally the police disperse is not the police\'s state', () => {
    expect(blamed('Полиция разогнала митинг оппозиции.')).toBeNull();
    expect(blamed('ОМОН разогнал митинг оппозиции.')).toBe('russia');
    expect(blamed('Полиция Минска разогнала митинг оппозиции.')).toBe('other');
  });
});

describe('Arabic: a threatened strike and a conditional threat are no deed (review defect)', () => {
  it('a deed after a verb of threatening and its "بـ" is the threatener\'s possible act, not an incident', () => {
    expect(blamed('تركيا تهدد بقصف مواقع الأكراد إذا لم ينسحبوا')).toBeNull();
    expect(blamed('هدد الجيش الإسرائيلي بقصف مواقع حزب الله إذا استمر إطلاق الصواريخ')).toBeNull();
    expect(blamed('توعدت الحركة بضرب القواعد الأمريكية في المنطقة')).toBeNull();
  });
  it('"if ..., we will strike" and "in case ..., it will be bombed": nobody', () => {
    expect(blamed('إسرائيل: إذا استمر إطلاق الصواريخ سنضرب مواقع حماس في غزة')).toBeNull();
    expect(blamed('قال نتنياهو إنه في حال استمرار الهجمات سيتم قصف مواقع حماس')).toBeNull();
  });
  it('a strike an addressee is warned against: its genitive is the target, the condition no one\'s deed', () => {
    expect(blamed('حذرت إيران اليوم الولايات المتحدة، من قصف قوات النظام وذلك في ضوء أنباء بقصفه إذا استخدم السلاح الكيماوي.')).toBeNull();
    expect(blamed('إيران حذرت الولايات المتحدة من قصف قوات النظام')).toBeNull();
  });
  it('hard negatives: a strike carried out after a threat, a warning of another party\'s use', () => {
    expect(blamed('هددت تركيا بالرد ثم قصفت طائراتها مواقع الأكراد')).toBe('other');
    expect(blamed('حذرت الخارجية الروسية من استخدام نظام كييف للأسلحة الكيميائية')).toBe('ukraine');
  });
});

describe('Arabic: the bare army is its story\'s state, never the Syrian government by default (review defect)', () => {
  it('a story of one foreign state: that state', () => {
    expect(blamed('استخدم الجيش أسلحة كيميائية في الخرطوم')).toBe('other');
  });
  it('a Syrian place alone does not make the bare army the Syrian government; a named army keeps its name', () => {
    expect(blamed('قصف الجيش مواقع المسلحين في ريف إدلب')).toBeNull();
    expect(blamed('قصف الجيش السوري مواقع المسلحين في ريف إدلب')).toBe('government');
    expect(blamed('شن الجيش الإسرائيلي غارات على مواقع في غزة')).toBe('other');
  });
});

describe('Russian: a provocation with a weapon of mass harm is an event, its nisba its doer', () => {
  it('"украинской провокации с «грязной бомбой»", "с применением химического оружия"', () => {
    expect(blamed('Глава оборонного ведомства довел до министра информацию о возможной украинской провокации с «грязной бомбой».')).toBe('ukraine');
    expect(blamed('Россия предупредила о готовящейся украинской провокации с применением химического оружия.')).toBe('ukraine');
  });
  it('an unlocated, unarmed provocation still names no event', () => {
    expect(blamed('Шойгу сообщил об украинской провокации.')).toBeNull();
  });
});

describe('Russian: the Syrian state by the second part of its name, in a Syrian story only', () => {
  it('"правительство арабской республики" in a story of Douma is the government; in Sinai, no one', () => {
    expect(blamed('Во время атаки в Думе, в которой Запад обвинил правительство арабской республики, использовался хлор.')).toBe('government');
    expect(blamed('Правительство арабской республики нанесло удар по позициям боевиков на Синае.')).toBeNull();
  });
});

describe('Russian: wanting to stage is a plan', () => {
  it('"хочет инсценировать" prepares, stages and blames its subject; a staging done is not prepared', () => {
    const c = read('В СВР сообщили, что Украина хочет инсценировать российский удар по детскому учреждению.');
    expect([c.blamed, c.staged, c.prepared]).toEqual(['ukraine', true, true]);
    const d = read('Украина инсценировала удар по детскому учреждению.');
    expect([d.blamed, d.staged, d.prepared]).toEqual(['ukraine', true, false]);
  });
});

describe('Russian: shooting people dead is an incident', () => {
  it('"назвали массовые расстрелы ... провокацией" is staged; "были расстреляны" is a real incident', () => {
    expect(read('В Минобороны РФ назвали массовые расстрелы мирных людей в Буче провокацией.').staged).toBe(true);
    expect(read('Сотни мирных жителей были расстреляны в городе.').staged).toBe(false);
  });
});
