/**
 * Session 12 (claim reader, room claimsar): Russian and Arabic blame grammar, on invented sentences (none from any
 * split). Each mechanism with a case that fires and, where it can over-reach, a hard negative that must not.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed;

describe('Russian: laying blame, "дело рук", "на совести"', () => {
  it('a lay verb with "на X ... ответственность" after it accuses X, not its subject', () => {
    expect(blamed('Москва возложила на Вашингтон ответственность за провокацию.')).toBe('west');
    expect(blamed('Россия возложила ответственность за удар на Киев.')).toBe('ukraine');
  });
  it('a country after "на" governed by a lay verb is the blamed, not a place', () => {
    expect(blamed('Вина за атаку возлагается на Израиль.')).toBe('other');
    // (a country after "на" with no lay verb stays a place)
    expect(blamed('Химическая атака на Израиль не подтвердилась.')).toBeNull();
  });
  it('a copular dash before "дело рук" / "на совести" keeps subject and predicate in one clause', () => {
    expect(blamed('Обстрел больницы — дело рук ВСУ, заявили в ДНР.')).toBe('ukraine');
    expect(blamed('Химическая атака в Алеппо — дело рук террористов, заявили в Минобороны.')).toBe('opposition');
    expect(blamed('Обстрел Донецка на совести киевского режима.')).toBe('ukraine');
    expect(blamed('Гибель мирных жителей на совести ВСУ.')).toBe('ukraine');
  });
});

describe('Russian: participles, passives and case', () => {
  it('an abbreviation right after a passive participle of a deed is its agent', () => {
    expect(blamed('Подготовленная СБУ провокация с отравляющими веществами сорвана.')).toBe('ukraine');
    expect(blamed('Устроенный ВСУ обстрел Донецка унес жизни пятерых.')).toBe('ukraine');
  });
  it('a reflexive passive or a present participle takes its instrumental agent', () => {
    expect(blamed('Химическое оружие применялось украинскими военными под Артемовском.')).toBe('ukraine');
    expect(blamed('Хлор применялся боевиками в Алеппо.')).toBe('opposition');
    expect(blamed('Кулить сообщил о готовящейся боевиками провокации в идлибской зоне.')).toBe('opposition');
  });
  it('a neuter adjective in -ое is nominative: the subject after "несет ответственность"', () => {
    expect(blamed('Ответственность за химатаку несет сирийское правительство, говорится в докладе ОЗХО.')).toBe('government');
  });
  it('a verb of carrying on or stepping up a deed noun is its subject\'s deed; another noun between is not', () => {
    expect(blamed('ВСУ усилили обстрелы мирных жителей Херсонской области.')).toBe('ukraine');
    expect(blamed('Боевики возобновили атаки на позиции армии.')).toBe('opposition');
    expect(blamed('Украинские военные ведут обстрелы Горловки.')).toBe('ukraine');
    expect(blamed('Россия провела расследование атаки.')).toBeNull();
  });
  it('the genitive after a deed noun that causes a result is its doer; a target or a place is not', () => {
    expect(blamed('В результате авиаудара возглавляемой США международной коалиции в Ракке погибли 29 мирных жителей.')).toBe('west');
    expect(blamed('В результате обстрела ВСУ погибли трое.')).toBe('ukraine');
    expect(blamed('В результате удара по позициям боевиков погибли трое.')).toBeNull();
    expect(blamed('В результате обстрела Донецка погибли трое.')).toBeNull();
    expect(blamed('После атаки боевики отступили в горы.')).toBeNull();
  });
  it('the Syrian state as "САР"; participation as a cue', () => {
    expect(blamed('Армия САР применила хлор, заявили в оппозиции.')).toBe('government');
    expect(blamed('Анализ заставляет предполагать возможное участие в этом британских разведывательных служб в отравлении.')).toBe('west');
  });
});

describe('Russian: spelling, named groups, inverted responsibility, bombs', () => {
  it('ё is read as е', () => {
    expect(blamed('Израиль нанёс удар по Сирии.')).toBe('other');
  });
  it('armed formations give way to the named group after them; Hezbollah is `other`', () => {
    expect(blamed('Вооруженные формирования шиитской организации «Хезболла» нанесли ракетный удар по штабу.')).toBe('other');
    expect(blamed('Вооруженные формирования нанесли ракетный удар по штабу.')).toBe('opposition');
  });
  it('an inverted claim of responsibility names its subject after "на себя"; "ИГ" is the Islamic State', () => {
    expect(blamed('Ответственность за взрыв в мечети на севере Афганистана взяло на себя ИГ.')).toBe('opposition');
    expect(blamed('ИГ взяло на себя ответственность за взрыв в мечети.')).toBe('opposition');
  });
  it('dropped bombs are an incident; a coordinated adjective still names the chemical weapon', () => {
    expect(blamed('Военные Мьянмы сбросили бомбы на деревню.')).toBe('other');
    expect(blamed('Киевский режим готовится применить химическое и бактериологическое оружие.')).toBe('ukraine');
    expect(readClaims('Киевский режим готовится применить химическое и бактериологическое оружие.', lexicon).claims.agent).toBe('chemical');
  });
});

describe('Arabic: groups, assassination, bearing responsibility, weapons', () => {
  it('a light verb reaches its deed noun past a place participle or a nisba after the subject', () => {
    expect(blamed('واصلت التنظيمات الإرهابية المنتشرة في الأحياء الشرقية لمدينة حلب استهداف الأحياء الآمنة بالقذائف.')).toBe('opposition');
    expect(blamed('عادت القوات النظامية السورية إلى استخدام الغازات السامة في محافظة حماة.')).toBe('government');
  });
  it('Tel Aviv is Israel', () => {
    expect(blamed('اتهمت طهران تل أبيب باغتيال العالم النووي.')).toBe('other');
  });
  it('indefinite armed groups are the opposition', () => {
    expect(blamed('قتل خمسة جنود في هجوم نفذته جماعات مسلحة في ريف حماة.')).toBe('opposition');
  });
  it('verbs of assassination are incidents, the doer after "على يد"', () => {
    expect(blamed('اغتيل العالم النووي على يد عملاء إسرائيليين.')).toBe('other');
  });
  it('VSO bearing with the subject between the verb and the responsibility; negated, no one', () => {
    expect(blamed('تتحمل الحكومة السورية مسؤولية الهجوم الكيميائي، بحسب تقرير اللجنة.')).toBe('government');
    expect(blamed('لا تتحمل الحكومة السورية مسؤولية الهجوم الكيميائي.')).toBeNull();
  });
  it('barrel bombs are an incident; dispersing a crowd is a deed', () => {
    expect(blamed('ألقى الطيران المروحي التابع للنظام براميل متفجرة على داريا.')).toBe('government');
    expect(blamed('فرقت الشرطة الإيرانية المتظاهرين بالغاز المسيل للدموع.')).toBe('other');
  });
});

describe('a denial contrasted with a resumed deed names the doer (AR, RU)', () => {
  it('an object pronoun on the deed verb after "لكن" / "но" resumes the denied incident', () => {
    expect(blamed('نفت إسرائيل استخدام الفوسفور الأبيض، لكن منظمة العفو الدولية أكدت أن الجيش الإسرائيلي استخدمه في غزة.')).toBe('other');
    expect(blamed('Дамаск отрицает применение химоружия, но Запад уверен, что его применила сирийская армия.')).toBe('government');
  });
  it('"أنكر" denies as "نفى" does', () => {
    expect(blamed('أنكرت روسيا مسؤوليتها عن قصف السوق.')).toBeNull();
    expect(blamed('أعلنت روسيا مسؤوليتها عن قصف السوق.')).toBe('russia');
  });
  it('the denial alone still blames no one', () => {
    expect(blamed('نفت إسرائيل استخدام الفوسفور الأبيض في غزة.')).toBeNull();
    expect(blamed('Дамаск отрицает применение химоружия.')).toBeNull();
  });
});
