/**
 * Session 26 (room cldev): grammar that scopes attribution, each rule with the readings it must make and the near misses
 * it must not. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('the passive agent of arresting, condemning, investigating or accusing is no doer of the deed', () => {
  it('English: the by-phrase of an aftermath verb names no culprit', () => {
    expect(read('Twenty people were killed in a bomb attack on the market. It was condemned by the United States.')).toMatchObject({ blamed: null, staged: false });
    expect(read('The bombing of the market killed 20 people. The perpetrators were arrested by Russian police.')).toMatchObject({ blamed: null, staged: false });
    expect(read('The attack was strongly condemned by the European Union.')).toMatchObject({ blamed: null });
    expect(read('The bombing, condemned by Washington, killed twenty people.')).toMatchObject({ blamed: null });
    expect(read('The suspects were detained by Ukrainian police after the explosion.')).toMatchObject({ blamed: null });
    expect(read('Two gunmen were arrested by Turkish police after they shot ten people in a cafe.')).toMatchObject({ blamed: null });
    expect(read('The attack was denounced by NATO as a war crime.')).toMatchObject({ blamed: null });
  });
  it('English near misses: a deed\'s by-agent, the accused of a passive accusation, and "blamed by X on Y"', () => {
    expect(read('The attack was carried out by the United States.')).toMatchObject({ blamed: 'west' });
    expect(read('The village was bombed by Russian aircraft.')).toMatchObject({ blamed: 'russia' });
    expect(read('The attack, condemned by the UN, was carried out by Ukrainian troops.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Ukrainian saboteurs were arrested by the FSB for the bombing of the bridge.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Russia was accused by Britain of the Salisbury poisoning.')).toMatchObject({ blamed: 'russia' });
    expect(read('The chemical attack was blamed by the West on the Syrian government.')).toMatchObject({ blamed: 'government' });
    expect(read('The attack was blamed by Russia on Ukraine.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('It was the United States that carried out the attack.')).toMatchObject({ blamed: 'west' });
  });
  it('Russian: «были» before a short passive participle is no copula of the culprit', () => {
    expect(read('Исполнители теракта были задержаны российской полицией.')).toMatchObject({ blamed: null, staged: false });
    expect(read('Организаторы взрыва были арестованы сотрудниками ФСБ.')).toMatchObject({ blamed: null });
    expect(read('Исполнители теракта были позже задержаны украинской полицией.')).toMatchObject({ blamed: null });
  });
  it('Russian near misses: the copula with a noun phrase still names the culprit', () => {
    expect(read('Исполнителями теракта были украинские диверсанты.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Исполнители теракта были боевики ИГИЛ.')).toMatchObject({ blamed: 'opposition' });
    expect(read('Организаторами взрыва стали британские спецслужбы.')).toMatchObject({ blamed: 'west' });
    expect(read('Теракт был совершен украинскими диверсантами.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('Arabic: "من قبل" / "على يد" after an aftermath head names who arrests or condemns', () => {
    expect(read('تم اعتقال منفذي التفجير من قبل الشرطة الروسية.')).toMatchObject({ blamed: null, staged: false });
    expect(read('أدين الهجوم من قبل الولايات المتحدة.')).toMatchObject({ blamed: null });
    expect(read('اعتقل منفذو الهجوم على يد الشرطة التركية.')).toMatchObject({ blamed: null });
  });
  it('Arabic near misses: the deed\'s own passive agent, and a relative clause of the deed after the condemnation', () => {
    expect(read('أدانت الأمم المتحدة الهجوم الذي نفذ من قبل الجيش الروسي.')).toMatchObject({ blamed: 'russia' });
    expect(read('نفذ الهجوم من قبل الجيش الروسي.')).toMatchObject({ blamed: 'russia' });
    expect(read('تم استهداف المدنيين بغاز الكلور من قبل قوات النظام.')).toMatchObject({ blamed: 'government' });
    expect(read('قتل عشرون مدنيا على يد قوات النظام.')).toMatchObject({ blamed: 'government' });
  });
});

describe('standing behind a deed and hedged blame, by reference and with a construct head (RU, AR)', () => {
  it('Russian: «за всем этим стоят», «(вероятно,) это дело рук X» after a deed, and a hedge after the copular dash', () => {
    expect(read('В метро прогремел взрыв. За всем этим стоят американские спецслужбы.')).toMatchObject({ blamed: 'west', staged: false });
    expect(read('В метро прогремел взрыв. Вероятно, это дело рук украинских диверсантов.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('В метро прогремел взрыв. Это дело рук украинских диверсантов.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Взрыв в метро — возможно, дело рук украинских спецслужб.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Взрыв в метро — скорее всего, дело рук украинских спецслужб.')).toMatchObject({ blamed: 'ukraine' });
    expect(read('Атака на мост была совершена 8 октября. За ней стояли украинские спецслужбы.')).toMatchObject({ blamed: 'ukraine' });
  });
  it('Russian near misses: no deed before, a negated predicate, a work for someone', () => {
    expect(read('Новые санкции объявлены в понедельник. Это дело рук Вашингтона.')).toMatchObject({ blamed: null });
    expect(read('Это дело рук украинских спецслужб.')).toMatchObject({ blamed: null });
    expect(read('В метро прогремел взрыв. Это не дело рук украинских спецслужб.')).toMatchObject({ blamed: null });
    expect(read('Взрыв в метро — возможно, не дело рук украинских спецслужб.')).toMatchObject({ blamed: null });
    expect(read('В метро прогремел взрыв. Это работа для российских следователей.')).toMatchObject({ blamed: null });
  });
  it('Arabic: "خلفه" as "وراءه", the nominal "تكون X وراءه", the pseudo-cleft "من يقف وراء ... هم X", "من تدبير تنظيم X"', () => {
    expect(read('وقع تفجير في السوق. ويقف خلفه تنظيم داعش.')).toMatchObject({ blamed: 'opposition', staged: false });
    expect(read('المخابرات الامريكية تقف خلف التفجير.')).toMatchObject({ blamed: 'west' });
    expect(read('قتل 20 شخصا في تفجير السوق. وربما تكون المخابرات الامريكية وراءه.')).toMatchObject({ blamed: 'west' });
    expect(read('قتل 20 شخصا في تفجير السوق. ويرجح أن تكون المخابرات الامريكية وراءه.')).toMatchObject({ blamed: 'west' });
    expect(read('من يقف وراء الهجوم هم عناصر تنظيم داعش.')).toMatchObject({ blamed: 'opposition' });
    expect(read('قد يكون التفجير من تدبير تنظيم داعش.')).toMatchObject({ blamed: 'opposition' });
    expect(read('من المحتمل أن يكون التفجير من تدبير تنظيم داعش.')).toMatchObject({ blamed: 'opposition' });
    expect(read('قتل 20 شخصا في تفجير السوق. وقد يكون من تدبير تنظيم داعش.')).toMatchObject({ blamed: 'opposition' });
  });
  it('Arabic near misses: a place where someone stood, a negation, a question, no deed, unknown doers', () => {
    expect(read('وقع تفجير في السوق. ووقف الجندي الروسي خلفه.')).toMatchObject({ blamed: null });
    expect(read('وقع تفجير في السوق. ووقف الجنود الروس وراءه.')).toMatchObject({ blamed: null });
    expect(read('وقع تفجير في السوق. ولا تقف المخابرات الامريكية خلفه.')).toMatchObject({ blamed: null });
    expect(read('من يقف وراء الهجوم؟')).toMatchObject({ blamed: null });
    expect(read('لم يعرف من يقف وراء الهجوم هم عناصر تنظيم داعش.')).toMatchObject({ blamed: null });
    expect(read('فرضت عقوبات جديدة. وتقف خلفها الولايات المتحدة.')).toMatchObject({ blamed: null });
    expect(read('الهجوم من تدبير عناصر مجهولة.')).toMatchObject({ blamed: null });
  });
});

describe('Arabic: a capital after a place of its city in the construct is that place\'s possessor, no actor', () => {
  it('"مترو موسكو", "سوق دمشق" name places', () => {
    expect(read('قتلت مهاجمتان انتحاريتان 37 شخصا في مترو موسكو.')).toMatchObject({ blamed: null, staged: false });
    expect(read('انفجرت قنبلة في سوق دمشق وقتلت 10 اشخاص.')).toMatchObject({ blamed: null });
  });
  it('near misses: the capital as the subject of a deed or of an accusation', () => {
    expect(read('قصفت موسكو مدينة حلب.')).toMatchObject({ blamed: 'russia' });
    expect(read('اتهمت موسكو كييف بقصف محطة زابوريجيا.')).toMatchObject({ blamed: 'ukraine' });
  });
});

describe('English: claims called untrue, with their source after the noun and an adverb or a second predicate before the verdict', () => {
  it('the denied claim names no culprit', () => {
    expect(read('Statements by Kyiv officials about the rocket attack allegedly carried out by Russia are a provocation and are absolutely untrue, the ministry said.')).toMatchObject({ blamed: null });
    expect(read('Claims by activists that the Syrian army shelled the town are completely false.')).toMatchObject({ blamed: null });
    expect(read('Reports from Kyiv that Russian troops shelled the plant are simply fabricated.')).toMatchObject({ blamed: null });
  });
  it('near misses: claims supported, called true or "not false" keep their culprit', () => {
    expect(read('Claims by activists that the Syrian army shelled the town are supported by video.')).toMatchObject({ blamed: 'government' });
    expect(read('Reports that Russian troops shelled the plant are true, the IAEA said.')).toMatchObject({ blamed: 'russia' });
    expect(read('Claims by activists that the Syrian army shelled the town are not false, the UN said.')).toMatchObject({ blamed: 'government' });
  });
});
