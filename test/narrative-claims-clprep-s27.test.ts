/**
 * Session 27 (room clprep): the scope of the `prepared` slot (claim-prepared-scope.ts, claim-intent.ts, claim-slots.ts):
 * crowd control and routine use announce no attack; the Russian «собираться» intends only with an infinitive; a time ahead
 * does not date the site or victims of an attack, an offensive, or a meeting about it; an Arabic prospective adjective that
 * agrees with a time noun ("الأسبوع المقبل") is no prospective attack; and the new readings of the future: a noun of
 * possibility or threat with the use of a war agent or with a chemical attack, a staging said to be usable as a pretext,
 * the Russian modal of use with a war agent, the Russian two-aspect «организует» with a staging, the Arabic future of
 * «لجأ». Sentences written for this test (none copied from a split), EN/RU/AR, each rule with near misses.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { dismissalOfToldClaim, dismissedResponsibility, placeOfBefore, routineUseOnly, ruIntentSense, warNoun } from '../src/core/narrative/claim-prepared-scope.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;

describe('crowd control and routine use announce no attack', () => {
  it('police or security forces with a riot gas, in English, Russian and Arabic', () => {
    expect(prepared('Police will use tear gas to disperse the protesters.')).toBe(false);
    expect(prepared('Riot police are preparing to use tear gas and water cannon against demonstrators.')).toBe(false);
    expect(prepared('Полиция применит слезоточивый газ для разгона демонстрантов.')).toBe(false);
    expect(prepared('Силовики готовятся применить слезоточивый газ против протестующих.')).toBe(false);
    expect(prepared('ستستخدم الشرطة الغاز المسيل للدموع لتفريق المتظاهرين')).toBe(false);
    expect(prepared('سوف تستخدم قوات الأمن الغاز المسيل للدموع ضد المحتجين')).toBe(false);
  });
  it('an agent put to a routine purpose', () => {
    expect(prepared('Farmers will use chlorine to disinfect the water.')).toBe(false);
    expect(prepared('Врачи применят антидот для лечения пострадавших от химической атаки.')).toBe(false);
  });
  it('keeps a war agent, a riot gas used on troops, and a chemical attack beside police words', () => {
    expect(prepared('Militants are preparing to use chemical weapons against civilians in Idlib.')).toBe(true);
    expect(prepared('Russia will use tear gas against Ukrainian troops.')).toBe(true);
    expect(prepared('Боевики планируют применить хлор против мирных жителей.')).toBe(true);
    expect(prepared('سيستخدم الإرهابيون غاز الكلور ضد المدنيين في إدلب')).toBe(true);
  });
  it('routineUseOnly: every object routine, or one that is not', () => {
    const riot = (o: { value?: string }) => o.value === 'cs';
    const crowd = (t: string) => /protest/.test(t);
    const s = 'police will use tear gas at the protest. militants will stage an attack.';
    const tear = { at: s.indexOf('tear gas'), end: s.indexOf('tear gas') + 8, word: 'tear gas', kind: 'agent', value: 'cs' };
    const staged = { at: s.indexOf('stage'), end: s.indexOf('stage') + 5, word: 'stage', kind: 'staged' };
    expect(routineUseOnly(s, [tear], riot, crowd)).toBe(true);
    expect(routineUseOnly(s, [tear, staged], riot, crowd)).toBe(false);
    expect(routineUseOnly(s, [], riot, crowd)).toBe(false);
  });
});

describe('the Russian «собираться» intends only with an infinitive', () => {
  it('gathering and collecting plan nothing', () => {
    expect(prepared('В Минске, где начали собираться участники акции, правоохранители применили слезоточивый газ.')).toBe(false);
    expect(prepared('Минобороны собирает доказательства применения химического оружия боевиками.')).toBe(false);
  });
  it('the reflexive with an infinitive still announces', () => {
    expect(prepared('Террористы собираются инсценировать химическую атаку.')).toBe(true);
    expect(prepared('По информации разведки, боевики собираются провести химическую атаку.')).toBe(true);
  });
  it('ruIntentSense: a noun in -ти after a preposition is no infinitive (review s27)', () => {
    const v = 'жители собираются у здания власти, где прошла химическая атака';
    expect(ruIntentSense(v, v.indexOf('собира'), v.indexOf('собира') + 6)).toBe(false);
    const w = 'боевики собираются завтра провести химическую атаку';
    expect(ruIntentSense(w, w.indexOf('собира'), w.indexOf('собира') + 6)).toBe(true);
    expect(prepared('Жители собираются у здания власти, где прошла химическая атака.')).toBe(false);
  });
  it('ruIntentSense', () => {
    const s = 'начали собираться участники';
    expect(ruIntentSense(s, s.indexOf('собира'), s.indexOf('собира') + 6)).toBe(false);
    const t = 'они собираются взорвать мост';
    expect(ruIntentSense(t, t.indexOf('собира'), t.indexOf('собира') + 6)).toBe(true);
    const u = 'готовят провокацию';
    expect(ruIntentSense(u, 0, 6)).toBe(true);
  });
});

describe('a time ahead dates the deed of its sentence, not a visit, a meeting or an offensive', () => {
  it('near misses in English, Russian and Arabic', () => {
    expect(prepared('В ближайшее время эксперты ОЗХО посетят место химической атаки.')).toBe(false);
    expect(prepared('سيزور المفتشون موقع الهجوم الكيميائي في الأيام المقبلة')).toBe(false);
    expect(prepared('سيناقش مجلس الأمن الهجوم الكيميائي الأسبوع المقبل')).toBe(false);
    expect(prepared('The army is preparing an offensive on Idlib in the coming days.')).toBe(false);
  });
  it('the announcements still read', () => {
    expect(prepared('Terrorists will stage a chemical attack in the coming days.')).toBe(true);
    expect(prepared('В ближайшее время боевики проведут провокацию с хлором.')).toBe(true);
    expect(prepared('سينفذ الإرهابيون هجوما كيميائيا في الأيام القليلة المقبلة')).toBe(true);
    expect(prepared('تخطط جبهة النصرة لتنفيذ هجمات إرهابية في دمشق خلال الأيام المقبلة')).toBe(true);
  });
  it('placeOfBefore and warNoun', () => {
    const s = 'visit the site of the chemical attack';
    expect(placeOfBefore(s, s.indexOf('chemical'))).toBe(true);
    expect(placeOfBefore(s, s.indexOf('visit'))).toBe(false);
    const r = 'посетят место химической атаки';
    expect(placeOfBefore(r, r.indexOf('атаки'))).toBe(true);
    expect(warNoun('offensive')).toBe(true);
    expect(warNoun('наступления')).toBe(true);
    expect(warNoun('attack')).toBe(false);
  });
});

describe('new readings of the future', () => {
  it('a noun of possibility or threat with a chemical attack or the use of a war agent (EN, RU)', () => {
    expect(prepared('Officials warn of the possibility of a chemical attack by Russia.')).toBe(true);
    expect(prepared('Существует угроза применения химического оружия боевиками.')).toBe(true);
    expect(prepared('Afghan people recount incessant fear of air strikes.')).toBe(false);
    expect(prepared('The threat of chemical weapons has receded since 2014.')).toBe(false);
    expect(prepared('The UN will investigate the possibility of a chemical attack.')).toBe(false);
    expect(prepared('Investigators are considering the possibility of a chemical attack.')).toBe(false);
    expect(prepared('Следователи рассматривают возможность химической атаки как причину гибели людей.')).toBe(false);
    expect(prepared('Военные не исключают возможность химической провокации.')).toBe(true);
  });
  it('a staging said to be usable as a pretext', () => {
    expect(prepared('A staged chemical attack could be used as a pretext for Western strikes on Syria.')).toBe(true);
    expect(prepared('The fake footage could be used as a pretext to accuse the Syrian army of a chemical attack.')).toBe(true);
    expect(prepared('The report could be used as a pretext for new sanctions.')).toBe(false);
    expect(prepared('Доклад может быть использован как повод для новых санкций.')).toBe(false);
  });
  it('the Russian modal of use with a war agent, «организует» with a staging, the Arabic future of «لجأ»', () => {
    expect(prepared('Россия может применить химическое оружие на Украине.')).toBe(true);
    expect(prepared('Украина может применить грязную бомбу.')).toBe(true);
    expect(prepared('Режим Асада может прибегнуть к химическому оружию.')).toBe(true);
    expect(prepared('Полиция может применить слезоточивый газ против демонстрантов.')).toBe(false);
    expect(prepared('Хлор может быть использован для очистки воды.')).toBe(false);
    expect(prepared('Киев организует провокацию с химическим оружием.')).toBe(true);
    expect(prepared('Киев организует пресс-конференцию.')).toBe(false);
    expect(prepared('ستلجأ الفصائل إلى استخدام الغازات السامة')).toBe(true);
    expect(prepared('لجأت الفصائل إلى استخدام الغازات السامة العام الماضي')).toBe(false);
  });
  it('negations and denials of a plan still announce nothing', () => {
    expect(prepared('Russia denied it was planning to use chemical weapons.')).toBe(false);
    expect(prepared('Москва отрицает, что готовит провокацию.')).toBe(false);
    expect(prepared('نفت روسيا أنها تخطط لهجوم كيميائي')).toBe(false);
    expect(prepared('Боевики не планируют применять химическое оружие.')).toBe(false);
  });
});

describe('a denial beside an accusation told in its own clause (README label conventions, the denial rows)', () => {
  const read = (t: string) => readClaims(t, lexicon).claims;
  it('"dismissed by Moscow as fabricated" after an accusation: the accused, staged false', () => {
    for (const t of [
      'Britain blamed Russia for the poisoning, a claim Moscow dismissed as fabricated.',
      'Britain blamed Russia for the poisoning, a claim dismissed by Moscow as fabricated.',
      'Germany says Russia poisoned Navalny with Novichok, which Moscow dismissed as fabricated.',
    ]) {
      expect(read(t).blamed, t).toBe('russia');
      expect(read(t).staged, t).toBe(false);
    }
    expect(read('Houthis reported new US strikes on Hodeidah, a claim denied by the United States.').blamed).toBe('west');
  });
  it('a denial of responsibility alone blames no one and stages nothing', () => {
    for (const t of ['Russia dismissed as fabricated the claims that it poisoned Navalny.', 'Moscow dismissed claims that Russia poisoned Navalny as fabricated.', 'The Kremlin dismissed accusations of its involvement in the poisoning as fabricated.']) {
      expect(read(t).blamed, t).toBe(null);
      expect(read(t).staged, t).toBe(false);
    }
  });
  it('a verdict on the incident or its reports is still a staging claim', () => {
    expect(read('Assad dismissed reports of the chemical attack as a fabrication.').staged).toBe(true);
    expect(read('Assad Dismisses Syria Chemical Attack Reports as 100% Fabrication').staged).toBe(true);
  });
  it('dismissedResponsibility and dismissalOfToldClaim', () => {
    const s = 'britain blamed russia for the poisoning, a claim moscow dismissed as fabricated.';
    expect(dismissedResponsibility(s, s.indexOf('fabricated'), s.indexOf('fabricated') + 10)).toBe(true);
    expect(dismissalOfToldClaim(s, s.indexOf('dismissed'))).toBe(true);
    const t = 'assad dismissed reports of the chemical attack as a fabrication.';
    expect(dismissedResponsibility(t, t.indexOf('fabrication'), t.indexOf('fabrication') + 11)).toBe(false);
    const u = 'moscow dismissed the claims as fabricated.';
    expect(dismissalOfToldClaim(u, u.indexOf('dismissed'))).toBe(false);
  });
});

describe('a pretext made for a war or a strike, and the Arabic relative of a told claim denied', () => {
  const read = (t: string) => readClaims(t, lexicon).claims;
  it('English "create a pretext for an invasion" announces, as «создать повод для вторжения» and «خلق ذريعة لغزو» do', () => {
    expect(read('Russia is trying to create a pretext for an invasion of Ukraine.').prepared).toBe(true);
    expect(read('Russia is looking to create a pretext for invading Ukraine.').prepared).toBe(true);
    expect(read('Россия пытается создать повод для вторжения на Украину.').prepared).toBe(true);
    expect(read('تسعى روسيا إلى خلق ذريعة لغزو أوكرانيا').prepared).toBe(true);
  });
  it('and stages, as the Russian and Arabic lexicon reads it (README dev-v12 call 6)', () => {
    expect(read('Russia is trying to create a pretext for an invasion of Ukraine.').staged).toBe(true);
    expect(read('Россия пытается создать повод для вторжения на Украину.').staged).toBe(true);
  });
  it('not a past pretext, one for sanctions, or a negated one', () => {
    expect(read('The attack created a pretext for the invasion.').prepared).toBe(false);
    expect(read('The attack created a pretext for the invasion.').staged).toBe(null);
    expect(read('The EU is creating a pretext for new sanctions.').prepared).toBe(false);
    expect(read('Russia is not trying to create a pretext for an invasion.').prepared).toBe(false);
    expect(read('Russia is not trying to create a pretext for an invasion.').staged).toBe(null);
  });
  it('"not only" and "no doubt" negate no pretext (review s27: the negation before the verb of making)', () => {
    expect(read('Russia is not only trying to create a pretext for an invasion of Ukraine, it is massing troops.').prepared).toBe(true);
    expect(read('Russia is not only trying to create a pretext for an invasion of Ukraine, it is massing troops.').staged).toBe(true);
    expect(read('No doubt Moscow will create a pretext for an invasion of Ukraine.').prepared).toBe(true);
    expect(read('Moscow will never create a pretext for an invasion of Ukraine.').prepared).toBe(false);
  });
  it('«وهو ما نفته موسكو ووصفته بالمفبرك» after a told accusation: the accused, staged false; a verdict on the attack stages', () => {
    const t = read('قالت ألمانيا إن روسيا سممت نافالني، وهو ما نفته موسكو ووصفته بالمفبرك');
    expect(t.blamed).toBe('russia');
    expect(t.staged).toBe(false);
    expect(read('وصفت روسيا الهجوم الكيميائي في دوما بالمفبرك').staged).toBe(true);
  });
});
