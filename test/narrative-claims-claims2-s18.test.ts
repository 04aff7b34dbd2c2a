/**
 * Session 18 (claims2): the grammar of announced attacks and of culprits named by a unit, a regime or an adjective,
 * written from the grammar; each rule beside a near miss it must not read. Sentences written for this test.
 * 1. The Russian perfective non-past is a future ("Боевики вскоре применят химическое оружие"): an announced attack.
 * 2. A Russian modal of use with a false-flag purpose ("могут использовать ..., чтобы обвинить Россию").
 * 3. A chemical cache said to be meant for use ("предназначены для сброса с беспилотников", "designed for drone
 *    delivery"), and "схрон" as a cache whose owner is blamed.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const prepared = (t: string) => read(t).prepared;
const blamed = (t: string) => read(t).blamed ?? null;

describe('the Russian perfective future announces an attack', () => {
  it('reads a perfective non-past deed as a future', () => {
    expect(prepared('Боевики вскоре применят химическое оружие.')).toBe(true);
    expect(prepared('Украинские военные нанесут удар химическими боеприпасами по Донецку.')).toBe(true);
    expect(blamed('Боевики вскоре применят химическое оружие.')).toBe('opposition');
  });
  it('leaves the past, a negation, a condition and a non-deed alone', () => {
    expect(prepared('Боевики применили химическое оружие.')).toBe(false);
    expect(prepared('Россия никогда не применит химическое оружие.')).toBe(false);
    expect(prepared('Если Асад применит химическое оружие, США нанесут удар по Сирии.')).toBe(false);
    expect(prepared('Запад применит новые санкции против России.')).toBe(false);
  });
});

describe('a Russian modal of use with a false-flag purpose', () => {
  it('announces the provocation', () => {
    expect(prepared('ВСУ могут использовать химическое оружие, чтобы обвинить Россию.')).toBe(true);
  });
  // (s27 clprep) a bare modal of use with a war agent now announces, as the English "may use chemical weapons" does (README
  // v10 and v21 call 5; the label conventions' table): the reading "left to the v12 labels" was this test's until session 27;
  // a riot gas in a police frame still announces nothing
  it('a bare modal of use with a war agent announces, as "may use" does in English (README v10, v21 call 5)', () => {
    expect(prepared('ВСУ могут использовать химическое оружие.')).toBe(true);
    expect(prepared('Полиция может применить слезоточивый газ против демонстрантов.')).toBe(false);
  });
});

describe('a chemical cache meant for use', () => {
  it('is an announced attack, its owner blamed', () => {
    const c = read('Нашли схрон ВСУ с боеприпасами, снаряженными хлорпикрином. Снаряды предназначены для сброса с беспилотников.');
    expect(c.prepared).toBe(true);
    expect(c.blamed).toBe('ukraine');
    expect(prepared('В ДНР обнаружен украинский схрон с химическим оружием для сброса с беспилотников.')).toBe(true);
    expect(prepared('The FSB found a Ukrainian cache of chloropicrin munitions designed for drone delivery.')).toBe(true);
    expect(prepared('عثر الجيش على مستودع للإرهابيين يحوي غاز الكلور معد لاستخدامه في هجوم على حلب.')).toBe(true);
  });
  it('reads "схрон" as a cache whose owner is blamed', () => {
    expect(blamed('ФСБ нашла схрон ВСУ с хлорпикрином.')).toBe('ukraine');
  });
  it('leaves a cache with no purpose or a civil purpose alone', () => {
    expect(prepared('ФСБ нашла схрон ВСУ с хлорпикрином.')).toBe(false);
    expect(prepared('The army found a militant depot of chlorine cylinders.')).toBe(false);
    expect(prepared('Склад хлора предназначен для очистки воды.')).toBe(false);
    expect(prepared('The plant holds a stock of chlorine designed for water treatment.')).toBe(false);
  });
});

describe('Russian culprits of a gerund or of a passive of killing', () => {
  it('the adverbial participle of a deed shares its clause subject', () => {
    expect(blamed('Террористические группировки нарушили договорённость о прекращении огня, обстреляв жилой квартал.')).toBe('opposition');
    expect(blamed('Боевики нарушили перемирие, сбросив бомбы на деревню.')).toBe('opposition');
    expect(blamed('Украинские военные, обстреляв Горловку, отошли.')).toBe('ukraine');
  });
  it('the instrumental after a participle of killing is the agent', () => {
    expect(blamed('Трое мирных жителей убиты киевскими силовиками в Донецке.')).toBe('ukraine');
    expect(blamed('Трое мирных жителей убито украинскими военными.')).toBe('ukraine');
  });
  it('the instrumental after "завербованный" is the recruiter who ordered the plot', () => {
    expect(blamed('ФСБ предотвратила теракт в Москве, задержан мужчина, завербованный спецслужбами Украины.')).toBe('ukraine');
  });
  it('leaves a companion, a victim and a recruitment with no incident alone', () => {
    expect(blamed('Мужчина, завербованный спецслужбами Украины, задержан.')).toBeNull();
    expect(blamed('Трое убиты в бою с украинскими военными.')).toBeNull();
    expect(blamed('Трое мирных жителей убиты в Донецке.')).toBeNull();
  });
});

describe('a plan whose object is a pronoun for the agent', () => {
  it('resolves "to use them" and "لاستخدامه" to the agent named before', () => {
    expect(prepared('Moscow blamed Kyiv for using toxic substances while planning to use them on a large scale.')).toBe(true);
    expect(prepared('Ukraine has chlorine and plans to use it against civilians.')).toBe(true);
    expect(prepared('لدى الإرهابيين غاز الكلور ويخططون لاستخدامه ضد المدنيين.')).toBe(true);
  });
  it('needs an agent before the marker and no negation', () => {
    expect(prepared('The army has tanks and plans to use them in the parade.')).toBe(false);
    expect(prepared('Syria destroyed its chlorine and has no plans to use it.')).toBe(false);
  });
});

describe('Arabic forces named by an indefinite nisba, and CENTCOM', () => {
  it('reads an indefinite force noun with its nisba as the side', () => {
    expect(blamed('استهدفت طائرة حربية تركية مركزاً للجيش السوري في قرية حدودية، ما أسفر عن مقتل 11 شخصاً.')).toBe('other');
    expect(blamed('قصفت طائرات روسية بلدة في ريف إدلب ما أدى إلى مقتل خمسة مدنيين.')).toBe('russia');
  });
  it('reads US Central Command as the West', () => {
    expect(blamed('نفذت قوات القيادة المركزية ضربة جوية في شمال غرب سورية، استهدفت وقتلت مسؤولا بارزا في تنظيم حراس الدين.')).toBe('west');
  });
  it('needs the nisba: an unnamed aircraft names no side', () => {
    expect(blamed('استهدفت طائرة حربية مجهولة سيارة في ريف إدلب، ما أسفر عن مقتل شخصين.')).toBeNull();
  });
});
