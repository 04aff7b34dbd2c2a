/**
 * Session 27 (room cldoer): forces as doers by their role (src/core/narrative/claim-force-doer.ts). A force phrase (soldiers,
 * troops, an army, the police, their craft) in a doer's role (the subject of a deed verb or a headline's participle, across
 * a parenthetical; the Russian instrumental agent; the Arabic verb-first subject with an active form or an object) is read
 * as the party its modifiers name: the lexicon's state or party inside it, or `other` for a nationality by form that the
 * lexicon does not hold. A force that suffers the deed (a passive, a headline's reduced passive, a count of the dead, the
 * unvocalised Arabic passive) is no doer. Sentences written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { forceDoers, isNationalityWord } from '../src/core/narrative/claim-force-doer.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed ?? null;

describe('English: the force as the subject of its deed', () => {
  it('reads the force by its nationality', () => {
    expect(blamed('A video shows an Israeli soldier shooting a wounded Palestinian in Hebron.')).toBe('other');
    expect(blamed('Israeli soldiers shot dead a wounded Palestinian in Hebron on Friday.')).toBe('other');
    expect(blamed('In July 1995 the army of the Bosnian Serbs, under the command of General Mladic, killed eight thousand men.')).toBe('other');
    expect(blamed('The Serbs killed thousands of Muslim men in Srebrenica in 1995.')).toBe('other');
  });
  it('a force that suffers the deed is no doer', () => {
    expect(blamed('27 of Saudi army soldiers killed on the border since May 10')).toBe(null);
    expect(blamed('Israeli soldiers were killed in an ambush near the border.')).toBe(null);
  });
  it('the phrase and its role (the module alone)', () => {
    const text = 'Burmese troops, who entered the village at dawn, shot dead twelve villagers.';
    const d = forceDoers(text, text.toLowerCase(), 'en');
    expect(d.map((c) => [c.word, c.deed, 'needsParty' in c])).toEqual([['burmese troops', 'shot dead', false]]);
    // (no nationality: the caller needs a lexicon party inside the phrase)
    const t2 = 'The soldiers opened fire on the crowd.';
    expect(forceDoers(t2, t2.toLowerCase(), 'en').map((c) => [c.word, 'needsParty' in c])).toEqual([['the soldiers', true]]);
    expect(blamed(t2)).toBe(null);
    // (the object of the deed is no doer)
    const t3 = 'Gunmen killed two Burmese soldiers at the checkpoint.';
    expect(forceDoers(t3, t3.toLowerCase(), 'en')).toEqual([]);
  });
});

describe('English: a nationality by form is a people\'s adjective or a state\'s abbreviation from a closed list (review s27)', () => {
  const party = (t: string) => forceDoers(t, t.toLowerCase(), 'en').map((c) => [c.word, 'needsParty' in c]);
  it('an organisation or a unit in capitals is no people', () => {
    for (const w of ['UN', 'ISIS', 'OPCW', 'SWAT', 'NATO', 'UNHCR']) expect(isNationalityWord(w)).toBe(false);
    for (const w of ['US', 'USA', 'UK', 'IDF', 'USSR', 'UAE', 'DPRK', 'PRC', 'Israeli', 'Chinese', 'US’s']) expect(isNationalityWord(w)).toBe(true);
    expect(party('SWAT officers shot a man in the street.')).toEqual([['swat officers', true]]);
    expect(blamed('SWAT officers shot a man in the street.')).toBe(null);
    expect(party('ISIS fighters and ISIS forces attacked the village at dawn.')).toEqual([['isis forces', true]]);
    expect(blamed('UN troops shot two protesters in the square.')).toBe(null);
  });
  it('a state\'s abbreviation still reads the force', () => {
    expect(party('US troops shot two protesters in the square.')).toEqual([['us troops', false]]);
    expect(blamed('US troops shot two protesters in the square.')).toBe('west');
    expect(party('IDF soldiers shot a teenager near the fence.')).toEqual([['idf soldiers', false]]);
    expect(blamed('IDF soldiers shot a teenager near the fence.')).toBe('other');
  });
});

describe('Russian: the nominative subject across a parenthetical, the instrumental agent', () => {
  it('reads the force by its adjective of nationality', () => {
    expect(blamed('Годовщина массового убийства в городе. В июле 1995 года армия боснийских сербов, под командованием генерала Младича захватила город и уничтожила восемь тысяч мужчин.')).toBe('other');
    expect(blamed('Израильские военные обстреляли школу в Газе, погибли десять человек.')).toBe('other');
  });
  it('the instrumental agent of a deed noun (the module alone)', () => {
    const text = 'Годовщина разгона демонстрации китайскими военными на площади.';
    expect(forceDoers(text, text.toLowerCase(), 'ru').map((c) => [c.word, c.deed, 'needsParty' in c])).toEqual([['китайскими военными', 'разгона', false]]);
    const t2 = 'Мирные жители погибли при обстреле со стороны города.';
    expect(forceDoers(t2, t2.toLowerCase(), 'ru')).toEqual([]);
  });
  it('a force that suffers the deed is no doer', () => {
    expect(blamed('Израильские военные погибли при обстреле.')).toBe(null);
    const t = 'Боевики убили двух израильских военных.';
    expect(forceDoers(t, t.toLowerCase(), 'ru').map((c) => c.word)).not.toContain('израильских военных');
  });
});

describe('Arabic: the verb-first subject with an active form or an object', () => {
  it('reads the doer by the party inside it', () => {
    expect(blamed('في هذه الحرب قتل الصرب المتطرفون أكثر من عشرة آلاف مسلم.')).toBe('other');
  });
  it('the ambiguous singular verb with no object after the force is no deed of the force (the module alone)', () => {
    const s = 'قتل جنود اسراييليون في هجوم علي حاجز عسكري.';
    expect(forceDoers(s, s, 'ar')).toEqual([]);
    const s2 = 'قتلت القوات الاسراييليه ثلاثه شبان في الضفه.';
    expect(forceDoers(s2, s2, 'ar').map((c) => [c.word, c.deed])).toEqual([['القوات الاسراييليه', 'قتلت']]);
  });
});

describe('a doer left open is no doer', () => {
  it('one of two, a question', () => {
    expect(blamed('A monitor said it did not know whether Syrian regime or Russian warplanes carried out the strikes that killed ten civilians.')).toBe(null);
    const t = 'Монитор не знает, были ли это сирийские или российские самолеты, которые нанесли удар.';
    expect(forceDoers(t, t.toLowerCase(), 'ru')).toEqual([]);
  });
});

describe('a framed or dismissed deed names no doer here', () => {
  it('the force in a staging, the force of a claim called a lie', () => {
    const t = 'Началась съемка постановочного видео с применением израильскими военными фосфора.';
    expect(forceDoers(t, t.toLowerCase(), 'ru')).toEqual([]);
    const t2 = 'The ministry called the reports that Burmese troops shot dead twelve villagers a lie.';
    expect(forceDoers(t2, t2.toLowerCase(), 'en')).toEqual([]);
    const t3 = 'Burmese troops shot dead twelve villagers, witnesses said.';
    expect(forceDoers(t3, t3.toLowerCase(), 'en').map((c) => c.word)).toEqual(['burmese troops']);
  });
});

describe('Arabic: the accusation noun with its agent and its object (claim-arabic-roles.ts)', () => {
  it('the genitive after the singular noun is the accuser when a definite object follows it before the charge', () => {
    // (the accuser, France, is not blamed: the organisation, named as the claimant before, is)
    expect(blamed('تبنى تنظيم داعش الهجوم على السوق. وقد سبق ذلك اتهام الرئيس الفرنسي التنظيم بالوقوف وراء الهجوم.')).toBe('opposition');
    expect(blamed('تبنى تنظيم داعش الهجوم على السوق. وقد سبق ذلك اتهام الرئيس الفرنسي فرانسوا هولاند، اليوم، التنظيم بالوقوف وراء الهجوم.')).toBe('opposition');
    // (the object unknown to the lexicon: the accuser is still no culprit)
    expect(blamed('وجاء ذلك بعد اتهام وزير الخارجية الروسي الجماعات بتنفيذ الهجوم الكيميائي في دوما.')).toBe(null);
  });
  it('the accused after the noun keeps its reading', () => {
    expect(blamed('جاء ذلك بعد اتهام واشنطن النظام السوري باستخدام غاز السارين في الهجوم.')).toBe('government');
    expect(blamed('جاء ذلك بعد اتهام روسيا في مجلس الأمن بقصف المستشفى.')).toBe('russia');
    expect(blamed('جاء ذلك بعد اتهام روسيا الاثنين بقصف المستشفى.')).toBe('russia');
  });
});

describe('Arabic: the agent cue with a force', () => {
  it('names the doer of the deed, not of its aftermath (the module alone)', () => {
    const s = 'قتل المدنيون علي يد القوات الاسراييليه في الضفه.';
    expect(forceDoers(s, s, 'ar').map((c) => c.word)).toEqual(['القوات الاسراييليه']);
    const s2 = 'تم اعتقال منفذي التفجير من قبل الشرطه الروسيه.';
    expect(forceDoers(s2, s2, 'ar')).toEqual([]);
  });
});

describe('the subject pronoun or the plural verb resuming a force named before', () => {
  it('English "they", Arabic plural agreement', () => {
    expect(blamed('The Germans were the first to use gas in the war. At Ypres in April 1915 they attacked with chlorine, killing hundreds.')).toBe('other');
    // (with no year of the past the Germans are today's Germany, a West state)
    expect(blamed('The Germans were the first to use gas in the war. At Ypres they attacked with chlorine, killing hundreds.')).toBe('west');
    expect(blamed('واجه جنود حرس الحدود الأمريكي بعنف قوافل المهاجرين، حيث أطلقوا عليهم قنابل الغاز والرصاص المطاطي.')).toBe('west');
    const s = 'دخلت القوات الاسراييليه القريه فجرا، ثم قتلوا خمسه من سكانها.';
    expect(forceDoers(s, s, 'ar').map((c) => [c.word, c.deed])).toEqual([['القوات الاسراييليه', 'قتلوا']]);
  });
  it('Russian «они» (the module alone)', () => {
    const t = 'Израильские военные вошли в деревню ночью. Затем они расстреляли пятерых жителей.';
    expect(forceDoers(t, t.toLowerCase(), 'ru').map((c) => [c.word, c.deed])).toEqual([['израильские военные', 'расстреляли']]);
  });
  it('no force before the pronoun, or a passive: no doer', () => {
    expect(blamed('The soldiers were wounded in the ambush. Hours later they were killed in the hospital.')).toBe(null);
    expect(blamed('Residents said they killed the attacker before police arrived.')).toBe(null);
    const t = 'Residents met the Burmese troops at the gate. They said they shot the attacker.';
    // (the nearest antecedent is the troops: read only when the deed is told of them)
    expect(forceDoers(t, t.toLowerCase(), 'en').map((c) => c.word)).toEqual(['the burmese troops']);
  });
});

describe("a force's state named by its adjective, and an attempted deed", () => {
  it('reads the state as the police resolution does (a history keeps the West state `other`)', () => {
    expect(blamed('Three Canadian special forces groups attempted to attack the positions of the separatists, killing two.')).toBe('west');
    expect(blamed('Belgian F-16 jets struck the village, killing six people.')).toBe('west');
    expect(blamed('Kenyan troops shot dead three protesters in Nairobi.')).toBe('other');
    expect(blamed('In 1915 German troops attacked with chlorine at Ypres, killing hundreds.')).toBe('other');
    expect(blamed('Сербские военные пытались штурмовать позиции, погибли трое мирных жителей.')).toBe('other');
  });
  it('an attempt to do something else is no deed', () => {
    expect(blamed('Police units tried to disperse the crowd after the attack.')).toBe(null);
  });
});

describe('the force whose fire, bullets or strike did the harm', () => {
  it('Russian «от огня X», «в результате удара X»; Arabic «برصاص X»', () => {
    expect(blamed('Трое молодых людей погибли от огня израильских военных на Западном берегу.')).toBe('other');
    expect(blamed('قتل ثلاثة شبان برصاص جنود الاحتلال الإسرائيلي في الضفة.')).toBe('other');
    const t = 'Двое мирных жителей погибли в результате обстрела сербской артиллерии.';
    expect(forceDoers(t, t.toLowerCase(), 'ru').map((c) => [c.word, 'needsParty' in c])).toEqual([['сербской артиллерии', false]]);
    const s = 'اصيب خمسه متظاهرين بنيران القوات التركيه قرب الحدود.';
    expect(forceDoers(s, s, 'ar').map((c) => [c.word, c.deed])).toEqual([['القوات التركيه', 'بنيران']]);
  });
  it('the fire of no named force names no one', () => {
    expect(blamed('Трое молодых людей погибли от огня неизвестных снайперов.')).toBe(null);
  });
});

describe('a question or a fake names no doer here (the module alone)', () => {
  it('in the three languages', () => {
    const t = 'Did Burmese troops shoot dead the twelve villagers?';
    expect(forceDoers(t, t.toLowerCase(), 'en')).toEqual([]);
    const t2 = 'Video of Burmese troops shooting villagers is fake.';
    expect(forceDoers(t2, t2.toLowerCase(), 'en')).toEqual([]);
    const t3 = 'Видео, на котором сербские военные расстреляли мирных жителей, — фейк.';
    expect(forceDoers(t3, t3.toLowerCase(), 'ru')).toEqual([]);
    const s = 'هل قتلت القوات الاسراييليه الصحفيه؟';
    expect(forceDoers(s, s, 'ar')).toEqual([]);
  });
});

describe('the force an attack came from, and a phrase in apposition with a relative clause of the deed', () => {
  it('English "under attack from", "X, a state that kills"; Russian «X — государство, которое убивает»', () => {
    expect(blamed('The convoy came under attack from Turkish troops, and five people were killed.')).toBe('other');
    expect(blamed('Russia is feeding the Ukrainian state, a state that kills Russian people in Donbas.')).toBe('ukraine');
    // (Russian: the module's phrase, the last three words before the dash; the caller reads the party inside it)
    const r = 'Россия кормит украинское государство — государство, которое убило тысячи русских людей.';
    expect(forceDoers(r, r.toLowerCase(), 'ru').map((c) => [c.word, c.deed])).toEqual([['кормит украинское государство', 'убило']]);
  });
  it('a relative clause of suffering, or a phrase with no party, names no one', () => {
    expect(blamed('They visited the Ukrainian state, a state that was shelled for years.')).toBe(null);
    const t = 'Residents met the envoy, a man who killed nobody.';
    expect(forceDoers(t, t.toLowerCase(), 'en').map((c) => 'needsParty' in c)).toEqual([true]);
    const r = 'Это украинское государство — государство, которое убили санкции.';
    expect(forceDoers(r, r.toLowerCase(), 'ru')).toEqual([]);
  });
});
