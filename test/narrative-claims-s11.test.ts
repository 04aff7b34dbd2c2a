/**
 * Session 11 (claim reader, room claims): parties outside the Syrian and Ukrainian wars and conditional scope, on
 * invented sentences (EN/RU/AR): each mechanism with a case that fires and a hard negative that must not.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;
const blamed = (t: string) => read(t).blamed;

describe('a state outside the named sides, named as an actor, is `other`', () => {
  it('its bare name or adjective as the subject of a deed (EN)', () => {
    expect(blamed('Azerbaijan used white phosphorus against Armenian positions, Yerevan said.')).toBe('other');
    expect(blamed('Iraqi warplanes dropped mustard gas on Iranian troops in 1984.')).toBe('other');
  });
  it('as the accused of an accusation (EN)', () => {
    expect(blamed('Armenia accused Azerbaijan of using phosphorus munitions in Nagorno-Karabakh.')).toBe('other');
    expect(blamed('The United States accused Azerbaijan of using white phosphorus.')).toBe('other');
  });
  it('Russian: nominative subject, adjective, genitive after a force noun', () => {
    expect(blamed('Азербайджан применил фосфорные боеприпасы против армянских позиций, заявили в Ереване.')).toBe('other');
    expect(blamed('Азербайджанские военные применили запрещенные фосфорные боеприпасы.')).toBe('other');
    expect(blamed('Армия Мьянмы применила химическое оружие против повстанцев.')).toBe('other');
    expect(blamed('Армения обвинила Азербайджан в применении белого фосфора в Карабахе.')).toBe('other');
  });
  it('Arabic: bare names, the Myanmar nisba, occupation forces', () => {
    expect(blamed('استخدمت أذربيجان الفوسفور الأبيض ضد المواقع الأرمنية.')).toBe('other');
    expect(blamed('اتهمت أرمينيا أذربيجان باستخدام أسلحة فوسفورية في قره باغ.')).toBe('other');
    expect(blamed('الجيش الميانماري استخدم أسلحة كيميائية ضد المتمردين.')).toBe('other');
    expect(blamed('قوات الاحتلال تطلق قنابل الغاز السام على المصلين في الأقصى.')).toBe('other');
    // (an occupier named after "الاحتلال" is that occupier)
    expect(blamed('قوات الاحتلال الروسي تقصف إدلب بالغازات السامة.')).toBe('russia');
  });
  it('a state named as a place or a target blames no one', () => {
    expect(blamed('Islamic State fighters fired mustard gas shells at Kurdish Peshmerga in Iraq.')).toBe('opposition');
    expect(blamed('A chemical attack in Iraq killed 12 people.')).toBeNull();
    expect(blamed('Химическая атака в Ираке унесла жизни 12 человек.')).toBeNull();
    expect(blamed('Rockets with chlorine were fired against Armenian positions.')).toBeNull();
    expect(blamed('Iraqi civilians were killed in a mustard gas attack.')).toBeNull();
  });
  it('an adjective before another party gives way to its head ("Iraqi insurgents", "йеменскими повстанцами-хуситами")', () => {
    expect(blamed('The shell had been fashioned into a homemade bomb with sarin by Iraqi insurgents.')).toBe('opposition');
    expect(blamed('Ракету с отравляющим веществом выпустили йеменские повстанцы-хуситы.')).toBe('other');
  });
  it('a capital of another state counts only as the subject of a deed or the accused', () => {
    expect(blamed('Baku shelled Stepanakert with phosphorus munitions, Armenian officials said.')).toBe('other');
    expect(blamed('Protesters in Baghdad were hit by tear gas.')).toBeNull();
  });
});

describe('a generic name of rulers or forces is the Syrian government only in a Syrian story', () => {
  it('after another state adjective it is that state', () => {
    expect(blamed('Iranian regime forces fired tear gas at mourners in Zahedan.')).toBe('other');
    expect(blamed('Sudanese government forces used chemical weapons in Darfur, Amnesty said.')).toBe('other');
  });
  it('in a story that names another state and nothing Syrian it is that state', () => {
    expect(blamed('In Sudan, the regime used chemical weapons against villages in Jebel Marra, Amnesty said.')).toBe('other');
    expect(blamed('Режим применил отравляющие вещества против жителей Дарфура, заявили в Судане.')).toBe('other');
  });
  it('in a Syrian story it stays the government', () => {
    expect(blamed('The regime used chlorine in Idlib, Turkish officials said.')).toBe('government');
    expect(blamed('Government forces dropped barrel bombs with chlorine on Aleppo.')).toBe('government');
  });
});

describe('conditional scope: a deed in a condition, a strike threatened on a condition', () => {
  it('blames no one and announces nothing (EN/RU/AR)', () => {
    const en = read('The US threatened to strike Syria if chemical weapons are used again.');
    expect(en.blamed).toBeNull();
    expect(en.prepared).toBe(false);
    expect(blamed('The US could strike Syria if Assad uses chemical weapons again.')).toBeNull();
    expect(blamed('If the regime uses chemical weapons again, the US will strike.')).toBeNull();
    const ru = read('США могут нанести удар по Сирии в случае применения химического оружия.');
    expect(ru.blamed).toBeNull();
    expect(ru.prepared).toBe(false);
    expect(blamed('США могут атаковать Сирию, если Дамаск применит химическое оружие.')).toBeNull();
    expect(blamed('Вашингтон пригрозил ударом, если в Сирии будет применено химоружие.')).toBeNull();
    expect(blamed('هددت واشنطن بضرب سوريا إذا استخدمت الأسلحة الكيميائية مجددا.')).toBeNull();
  });
  it('an unconditional deed or forecast keeps its subject', () => {
    expect(blamed('The US struck Syria after the chemical attack in Khan Shaykhun.')).toBe('west');
    expect(read('Боевики могут устроить химическую атаку в Идлибе.').prepared).toBe(true);
    expect(blamed('Боевики могут устроить химическую атаку в Идлибе.')).toBe('opposition');
    // ("as if", "asked if": no condition)
    expect(blamed('The rebels staged the attack as if the army had used gas.')).toBe('opposition');
  });
});

describe('"подозреваемыми назвали X": the party named as the suspects (RU)', () => {
  it('names X in reported voice', () => {
    expect(blamed('Подозреваемыми в отравлении назвали граждан КНДР.')).toBe('other');
    expect(blamed('Подозреваемыми в убийстве Ким Чен Нама назвали агентов северокорейских спецслужб.')).toBe('other');
    expect(blamed('Подозреваемыми в теракте назвали сотрудников СБУ.')).toBe('ukraine');
  });
  it('a naming verb without the suspects names no one', () => {
    expect(blamed('В отравлении назвали виновных, сообщили граждане КНДР.')).toBeNull();
  });
});
