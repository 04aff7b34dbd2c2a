/**
 * Session 20 (claims): `blamed` in English and Russian, read through mechanisms rather than one phrasing at a time.
 * Sentences written for this test; each rule beside the near-miss it must leave alone.
 * 1. The means of crowd control beyond tear gas (stun, flash-bang and noise grenades, rubber and plastic bullets, acoustic
 *    or "sonic" weapons, «звуковая пушка», «травматическое / газовое оружие») are incidents: the police or forces that use
 *    them are read as the state they serve (`other` outside the named sides); a headline's present "fire" takes them as
 *    its object as it takes a gas or a munition; Almaty (Alma-Ata) names Kazakhstan for its police, as «Алматы» did.
 * 2. Private culprits at school: pupils by school and form («школьница», «ученик», «девятиклассница», "schoolgirl") are
 *    private persons, and spraying a gas or a canister is a private deed as poisoning is; a Russian partitive subject
 *    («один из учеников», «двое из студентов») is read through its genitive; the reflexive «отравились» (got poisoned)
 *    names no doer.
 * 3. A Russian force takes its state in the genitive across a genitive chain of one or two words ("Армия обороны
 *    Израиля", "оккупационные войска агрессорки России"), not across a preposition that governs the genitive.
 * 4. Resorting to a weapon is using it ("resorted to chemical weapons", «прибегли к химическому оружию»); "will resort to"
 *    stays an announcement; «шумовые гранаты» are a crowd-control means as «светошумовые» are.
 * 5. A crowd-control means used with no doer named (a passive, an indefinite-personal verb) in an item that names the
 *    police or security forces: those are its users (resolved to their state), unless they are its target, a speaker,
 *    or the means' clause names another user by an agent phrase; a police station («участок») is read on its own line.
 * 6. Arabic: Israel named as "the Zionist enemy / entity" or by the adjective "صهيوني"; the verbs of assaulting and
 *    attacking «اعتدى» / «هجم» (past and the headline's imperfect) are deeds as «هاجم» is; a light verb «قام ... بـ»
 *    reaches its verbal noun past a time adverbial ("اليوم الجمعة").
 * 7. Arabic crowd control: pepper spray and pepper-gas grenades («قنابل فلفل حار», «رذاذ الفلفل») are the riot agent, Iraq's
 *    «قوات حفظ النظام» is a police force (not the Syrian «النظام» inside it), the agentless reading of rule 5 takes the
 *    Arabic police names (not the police injured or targeted), and «وزارة التخطيط» (a ministry) is no plan.
 * 8. A side's name qualifying a person (activist, blogger, critic, journalist, politician) is no culprit: the person is
 *    ("Opposition activist Kara-Murza poisoned"); criminal groups (gang, cartel, mafia, «преступная группировка») are
 *    `other` culprits, a company or a factory owner only in a sentence of poisoning.
 * 9. Weapons named by their prohibition ("banned, restricted weapons", «запрещённые боеприпасы») are incidents when used;
 *    "allege" (plural present) reports as "alleges" does.
 * 10. Russian: the one a thing is for («для Украины», «ради Запада») is a beneficiary or an audience, no doer.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('crowd-control means: incidents, and the police that use them blamed as their state', () => {
  it('reads acoustic weapons, noise grenades and rubber bullets used on protesters', () => {
    expect(blamed('Serbian police used a sonic weapon against protesters')).toBe('other');
    expect(blamed('Protesters in Belgrade say police used an acoustic device on the crowd')).toBe('other');
    expect(blamed('In Almaty, law enforcement officers used noise grenades against the protesters.')).toBe('other');
    expect(blamed('Полиция Сербии применила звуковую пушку против демонстрантов.')).toBe('other');
    expect(read('Serbian police used a sonic weapon against protesters').claims.staged).toBe(false);
  });
  it('reads the headline present "fire" with a crowd-control means as its object', () => {
    expect(blamed('Kazakh police fire stun grenades on protesters')).toBe('other');
    expect(blamed('Police in Nairobi fire rubber bullets at demonstrators')).toBe('other');
  });
  it('near-miss: "fire" as a noun, or a means named without a use, blames no one', () => {
    expect(blamed('Fire grenades kept in stock at a police depot')).toBe(null);
    expect(blamed('Kazakh police fire chief resigns')).toBe(null);
    expect(read('Sonic weapons: how do they work?').claims.blamed).toBe(null);
  });
  it('near-miss: the police of a named side keep that side, and pepper spray stays the agent', () => {
    expect(blamed('Polish police fire stun grenades at migrants on the Belarus border')).toBe('west');
    expect(read('В школе распылили перцовый баллончик, пострадали дети.').claims.agent).toBe('chemical');
  });
});

describe('private culprits at school: pupils, spraying, the partitive subject, the reflexive', () => {
  it('reads a pupil who poisons or sprays as a private culprit', () => {
    expect(blamed('Девятиклассница отравила трёх одноклассников.')).toBe('other');
    expect(blamed('Школьница отравила учительницу.')).toBe('other');
    expect(blamed('Студентка распылила перцовый баллончик в аудитории.')).toBe('other');
    expect(blamed('A schoolgirl poisoned her classmates with antifreeze.')).toBe('other');
    expect(blamed('A student sprayed pepper spray in a classroom.')).toBe('other');
  });
  it('reads the partitive subject through its genitive', () => {
    expect(blamed('Один из учеников распылил содержимое газового баллончика в туалете школы.')).toBe('other');
    expect(blamed('Один из студентов отравил сокурсников.')).toBe('other');
    expect(read('Один из учеников распылил содержимое газового баллончика в туалете школы.').claims.agent).toBe('chemical');
  });
  it('near-miss: the pupils poisoned or hurt are no culprits', () => {
    expect(blamed('Школьники отравились в столовой.')).toBe(null);
    expect(read('Школьники отравились в столовой.').claims.staged).toBe(false);
    expect(blamed('Ученики пострадали: в школе распылили газ.')).toBe(null);
    expect(blamed('Девятиклассница пострадала от отравления.')).toBe(null);
    expect(blamed('Pupils were taken to hospital after someone sprayed pepper spray.')).toBe(null);
    // (a gas cylinder is no spray canister)
    expect(read('Взрыв газового баллона в жилом доме.').claims.agent).toBe(null);
  });
});

describe('Russian: a force and its state across a genitive chain', () => {
  it('reads the last genitive as the owner of the force', () => {
    expect(blamed('Оккупационные войска агрессорки России сбросили химическое оружие на позиции.')).toBe('russia');
    expect(blamed('Армия обороны Израиля применила белый фосфор на юге Ливана, заявили в Бейруте.')).toBe('other');
  });
  it('near-miss: a preposition of place between makes the state a place', () => {
    expect(blamed('Войска вблизи границы России применили газ.')).toBe(null);
    expect(blamed('Войска у границы России применили газ.')).toBe(null);
  });
});

describe('resorting to a weapon is using it', () => {
  it('reads the subject of "resort to" a weapon as its user', () => {
    expect(blamed('Ukrainian troops are resorting to "chemical terrorism" as they face setbacks, a deputy told TASS.')).toBe('ukraine');
    expect(blamed('Боевики прибегли к химическому оружию в Алеппо.')).toBe('opposition');
    expect(read('Боевики прибегли к химическому оружию в Алеппо.').claims.staged).toBe(false);
  });
  it('near-miss: resorting to no weapon tells no incident; "will resort to" announces', () => {
    expect(read('The opposition resorted to street protests in the capital.').claims.staged).toBe(null);
    expect(blamed('The opposition resorted to street protests in the capital.')).toBe(null);
    expect(read('Russia will resort to chemical weapons, Kyiv warns').claims.prepared).toBe(true);
  });
});

describe('an agentless crowd-control means is the named police force\'s', () => {
  it('reads the police the item names as the users', () => {
    expect(blamed('Protesters clash with police in Tbilisi as tear gas fired')).toBe('other');
    expect(blamed('В центре Минска проходят столкновения протестующих с силовиками\n\nУчастников протестов разгоняют светошумовыми гранатами и перцовым газом.')).toBe('other');
    expect(blamed('В столице Кыргызстана милиция начала разгон митинга оппозиции\n\nНачалась стрельба из газового оружия и резиновыми патронами.')).toBe('other');
  });
  it('near-miss: the police as target or speaker, another user named, or no police at all', () => {
    expect(blamed('Protesters attacked police with pepper spray in Tbilisi')).toBe(null);
    expect(blamed('Protesters hurled tear gas canisters at riot police in Tbilisi')).toBe(null);
    expect(blamed('Police in Kyiv said tear gas was used by protesters')).toBe(null);
    expect(blamed('Tbilisi police: tear gas was used against officers')).toBe(null);
    expect(blamed('Tear gas fired at protesters in Nairobi')).toBe(null);
    expect(blamed('Полицейские участки в Минске закрыты')).toBe(null);
  });
});

describe('Arabic: the Zionist enemy, the verbs of assault, a light verb past a time adverbial', () => {
  it('reads the doer', () => {
    expect(blamed('قالت وسائل اعلام فلسطينية أن قوات العدو الصهيوني استخدمت قنابل الغاز ضد المصلين.')).toBe('other');
    expect(blamed('طائرات صهيونية مسيرة تهجم على المصلين داخل المسجد الأقصى')).toBe('other');
    expect(blamed('قوات الاحتلال تعتدي على آلاف الفلسطينيين أثناء صلاة الجمعة')).toBe('other');
    expect(blamed('قامت قوات الاحتلال الإسرائيلية، اليوم الجمعة بالاعتداء على آلاف المصلين في المسجد الأقصى.')).toBe('other');
  });
  it('near-miss: a light verb with no deed noun, an assault denied or suffered', () => {
    expect(blamed('قامت قوات الاحتلال الإسرائيلية، اليوم الجمعة، بزيارة المسجد')).toBe(null);
    expect(blamed('أصيب جنود صهاينة في هجوم على حاجز')).not.toBe('other');
  });
});

describe('Arabic crowd control', () => {
  const iraq = "استخدام قنابل ''فلفل حار'' لتفريق المتظاهرين في التحرير\n\nتستمر قوات حفظ النظام ضمن قوات مكافحة الشغب،في منع المتظاهرين من الوصول الى محيط وزارة التخطيط باستخدام الفلفل الحار والقنابل الدخانية.";
  it('reads the riot police as the users of pepper grenades, with no plan', () => {
    expect(blamed(iraq)).toBe('other');
    expect(read(iraq).claims.agent).toBe('chemical');
    expect(read(iraq).claims.prepared).toBe(false);
    expect(blamed('اشتباكات بين المحتجين والشرطة في بغداد وإطلاق الغاز المسيل للدموع')).toBe('other');
  });
  it('near-miss: police injured by the gas, a planning ministry, a plan of an attack', () => {
    expect(blamed('أصيب عناصر من الشرطة بالغاز المسيل للدموع الذي أطلقه المحتجون')).toBe(null);
    expect(read('كشفت مصادر عن التخطيط لهجوم كيميائي في إدلب').claims.prepared).toBe(true);
  });
});

describe('persons qualified by a side; criminal groups and companies', () => {
  it('reads the person, not the side, as the victim', () => {
    expect(blamed('Opposition activist Kara-Murza poisoned for the second time')).toBe(null);
    expect(blamed('Russian blogger poisoned with nerve agent')).toBe(null);
    expect(blamed('Kremlin critic poisoned; allies blame Putin')).toBe('russia');
  });
  it('reads criminal groups and poisoning companies as other', () => {
    expect(blamed('Drug cartel used tear gas on rivals')).toBe('other');
    expect(blamed("Criminal gang poisoned the city's water supply, police say")).toBe('other');
    expect(blamed('Chemical company blamed for poisoning workers')).toBe('other');
    expect(blamed('Преступная группировка отравила воду в колодце.')).toBe('other');
  });
  it('near-miss: a side named on the line before a person noun, a company outside a poisoning, a side\'s own companies', () => {
    expect(blamed('Death toll rises in Aleppo while British FM blames Russia\nActivists say at least 27 died on Tuesday.')).toBe('russia');
    expect(blamed('Opposition activists say regime used chlorine')).toBe('government');
    expect(blamed('Ukrainian company supplied chlorine to the army')).toBe(null);
    expect(blamed('Частные военные компании США готовят провокацию с химическими компонентами')).toBe('west');
  });
});

describe('banned weapons and the verb "allege"', () => {
  it('reads the user of banned weapons, in reported voice after "allege"', () => {
    const t = 'Anti-coup forces allege Myanmar military using banned, restricted weapons';
    expect(blamed(t)).toBe('other');
    expect(read(t).voice).toBe('reports');
    expect(blamed('ВСУ применили запрещённые боеприпасы против мирных жителей')).toBe('ukraine');
  });
  it('near-miss: banned weapons named by a law, not used', () => {
    expect(blamed('Germany tightens law on banned weapons')).toBe(null);
  });
});

describe('Russian: the beneficiary after "для" / "ради" is no doer', () => {
  it('reads no culprit in the beneficiary', () => {
    expect(blamed('Ющенко отравили "слишком качественным" для Украины диоксином')).toBe(null);
    expect(blamed('Провокацию с хлором снимают ради западной аудитории и для США.')).not.toBe('west');
  });
  it('near-miss: the same party as the subject is the doer', () => {
    expect(blamed('Украина отравила Ющенко диоксином')).toBe('ukraine');
    expect(blamed('США применили фосфор для устрашения')).toBe('west');
  });
});
