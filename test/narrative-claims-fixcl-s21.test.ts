/**
 * Session 21 (fixcl): the review's over-reaches of the session's claims rules (/work/notes/review-s21.md, "## claims"),
 * each finding's sentences: the over-read ones must not read, the rule's intended positives still do.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('R13: a contrasted second accusation cancels the first only from another accuser, of the same incident', () => {
  it.each([
    ['Kurdish officials accused ISIS of the mustard attack, but also accused Turkey of supplying the chemicals.', 'opposition'],
    ['Оппозиция обвинила армию Асада в химической атаке, тогда как Дамаск обвинил Запад в давлении на Сирию.', 'government'],
    ['The opposition accused government forces of the chlorine attack; the government accused rebels of shelling Aleppo the same week.', 'government'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'The opposition accused government forces of the chlorine attack; the government accused rebels of the attack.',
    'The opposition accused government forces of the chlorine attack, while Damascus accused the rebels.',
    'Moscow accused Kyiv of using chemical weapons, while Ukraine accused Russian troops of using toxic gas.',
    'Дамаск обвинил боевиков в химатаке, в то время как оппозиция возложила ответственность на правительственные войска.',
  ])('the rule\'s positives: another accuser, the same incident: %s -> null', (t) => expect(blamed(t)).toBeNull());
});

describe('R14: an Arabic "ضربة ... لل" is a blow to the party', () => {
  it('the review\'s sentence keeps the doer', () => expect(blamed('قصفت فصائل المعارضة مواقع الجيش بقذائف تحوي غاز الكلور، في ضربة جديدة للنظام.')).toBe('opposition'));
  it('a blow of weight to a party names no doer', () => expect(blamed('ضربة موجعة لداعش بغاز الكلور')).toBeNull());
  it.each([
    ['ضربة جوية للنظام السوري على دوما بغاز الكلور', 'government'],
    ['هجوم كيميائي للنظام السوري على دوما', 'government'],
    ['غارات جوية للطيران الحربي السوري على سراقب بغاز الكلور', 'government'],
  ])('the rule\'s positives: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});

describe('R20: an order is blame only for the deed it attaches to', () => {
  it.each([
    'After the chlorine attack, the wounded were evacuated to Turkey on the orders of the opposition\'s local council.',
    'After the sarin attack, the bodies were buried in a mass grave on the orders of the Syrian government.',
    'После химической атаки пострадавших эвакуировали по распоряжению правительства Сирии.',
  ])('%s -> null', (t) => expect(blamed(t)).toBeNull());
  it.each([
    ['Skripal was poisoned on the orders of the Kremlin, London says.', 'russia'],
    ['Skripal was poisoned in Salisbury on the orders of the Kremlin.', 'russia'],
    ['The attack was carried out at the behest of Moscow.', 'russia'],
    ['The chemical attack on Douma was carried out on the orders of the Syrian government.', 'government'],
    ['Отравление Скрипаля было совершено по распоряжению Кремля.', 'russia'],
    ['نفذ الهجوم الكيميائي بأوامر من النظام السوري', 'government'],
  ])('the rule\'s positives: the deed done on the order: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});

describe('R21: a party in the possessive of the dismissed account is not the dismisser', () => {
  it.each([
    'The opposition called the regime\'s account a lie, saying government helicopters dropped the chlorine.',
    'The opposition called the regime\'s version a lie: government helicopters dropped the chlorine on Kafr Zita.',
    'Оппозиция назвала вымыслом версию Дамаска: хлор сбросили правительственные вертолёты.',
  ])('%s -> government', (t) => expect(blamed(t)).toBe('government'));
  it.each([
    'Peskov called Zelensky\'s claims that Russia used chemical weapons a lie.',
    'Damascus called the claims that government helicopters dropped chlorine a lie.',
    'The accusations that Russia used chemical weapons are a lie, said Peskov.',
  ])('the rule\'s positives: the accused\'s own dismissal blames no one: %s', (t) => expect(blamed(t)).toBeNull());
});

describe('R24: considering an attack as a cause or a case announces none', () => {
  it.each([
    'Investigators are considering a chlorine attack as the likely cause of the deaths in Douma.',
    'The OPCW is considering the chemical attack allegations against the Syrian government.',
    'The court is considering the sarin attack case against two Syrian officers.',
    'Следователи рассматривают возможность химической атаки как причину гибели людей.',
    'يدرس المحققون فرضية الهجوم الكيميائي كسبب لوفاة الضحايا.',
  ])('%s -> not prepared', (t) => expect(read(t).claims.prepared).toBe(false));
  it.each([
    'Russia is considering a terrorist attack on the Zaporizhzhia nuclear plant, Zelensky says.',
    'Россия рассматривает возможность теракта на Запорожской АЭС, заявил Зеленский.',
    'The regime is considering a chemical attack on Idlib, rebels say.',
    'روسيا تفكر في تنفيذ هجوم إرهابي على محطة زابوريجيا النووية',
  ])('the rule\'s positives: a side considering an attack: %s -> prepared', (t) => expect(read(t).claims.prepared).toBe(true));
});

describe('R30: investigations, reports, visits and filming of a past attack announce none', () => {
  it.each([
    'Эксперты ОЗХО проведут расследование химической атаки в Думе.',
    'Эксперты ОЗХО выпустят доклад о химической атаке в Думе на следующей неделе.',
    'من المتوقع أن تصدر اللجنة تقريرها حول الهجوم الكيميائي على خان شيخون الأسبوع المقبل.',
    'تسعى المنظمة إلى كشف المسؤولين عن الهجوم الكيميائي على دوما.',
    'وصل فريق القناة إلى دوما لتصوير الهجوم الكيميائي الذي وقع أمس.',
    'Inspectors are gearing up for a visit to the site of the chlorine attack in Douma.',
  ])('%s -> not prepared', (t) => expect(read(t).claims.prepared).toBe(false));
  it.each([
    'Боевики проведут химическую атаку.',
    'Боевики проведут в ближайшие дни химическую атаку в Идлибе.',
    'Боевики выпустят ракеты с зарином по Идлибу.',
    'الخوذ البيضاء وصلت إلى إدلب لتصوير هجوم كيميائي مزعوم',
    'تسعى الولايات المتحدة إلى تنفيذ استفزاز كيميائي',
    'من المتوقع أن ينفذ المسلحون هجوما كيميائيا خلال الأيام المقبلة',
    'Russia is gearing up for a chemical false flag in Ukraine.',
  ])('the rule\'s positives: an attack to come: %s -> prepared', (t) => expect(read(t).claims.prepared).toBe(true));
});

describe('R32: the victims\' employer is no principal', () => {
  it.each([
    ['Opposition fighters fired chlorine shells at the district, wounding people working for the Syrian government.', 'opposition'],
    ['ISIS militants fired mustard shells at Marea, killing men working for the Syrian Democratic Forces and the US-led coalition.', 'opposition'],
    ['Боевики обстреляли квартал снарядами с хлором, ранены люди, работающие на сирийское правительство.', 'opposition'],
    ['قصفت فصائل المعارضة الحي بقذائف الكلور، وأصيب أشخاص يعملون لصالح الحكومة السورية.', 'opposition'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    ['Navalny was injected with poison by killers working for Russian President Vladimir Putin.', 'russia'],
    ['Navalny was poisoned by men working for the Russian government.', 'russia'],
    ['Men working for the Russian government poisoned Skripal.', 'russia'],
    ['Скрипаля отравили агенты, действовавшие в интересах Кремля.', 'russia'],
    ['تم حقنه بواسطة قتلة يعملون لصالح الرئيس الروسي فلاديمير بوتين', 'russia'],
    ['نفذ الهجوم مرتزقة يعملون لصالح الاستخبارات الأمريكية', 'west'],
  ])('the rule\'s positives: the doers\' principal: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});

describe('R35: fake evidence or forged signatures stage no incident', () => {
  it('the review\'s sentences', () => {
    const r = read('Оппозиция обвинила режим в химической атаке на Думу, а Дамаск заявил о поддельных доказательствах.');
    expect(r.claims.blamed).toBe('government');
    expect(r.claims.staged).toBe(false);
    expect(read('Оппозиция обвинила режим в химической атаке на Думу, ОЗХО расследует также подлог подписей в отчётах.').claims.staged).toBe(false);
  });
  it.each([
    'Белые каски распространили поддельные видео химической атаки.',
    'Асад назвал фабрикацией сообщения о химатаке в Сирии',
    'Россия подозревает "Белые каски" в подлоге химатаки.',
  ])('the rule\'s positives (a fake video of the attack is its staging, decided): %s -> staged', (t) => expect(read(t).claims.staged).toBe(true));
});

describe('R38: a capital that attacks a version or hits with sanctions is no doer', () => {
  it.each([
    ['After the Douma chemical attack, London attacked Moscow\'s version of events and said Syrian helicopters dropped chlorine.', 'government'],
    ['Paris struck back at Moscow\'s claims about the sarin attack in Khan Sheikhoun, blaming Assad\'s air force.', 'government'],
    ['After the chlorine attack, London hit Damascus with new sanctions.', null],
    ['After the Douma chemical attack, Moscow attacked London\'s version of events.', null],
    ['After the sarin attack, Washington hit Damascus with new sanctions.', null],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    ['London used the poison "Novichok" in order to cause associations with Russia.', 'west'],
    ['Paris staged the attack.', 'west'],
    ['Berlin poisoned Navalny, Moscow claims.', 'west'],
    ['Syrian forces struck back at rebels with chlorine.', 'government'],
    ['Government helicopters hit the town with chlorine barrels.', 'government'],
    ['Rebels attacked government positions with chlorine shells.', 'opposition'],
  ])('the rule\'s positives: a deed on people or places: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});

describe('C1: an aircraft shot down is no deed (claims\' object-pronoun verbs against claims2\'s resumptive dropper)', () => {
  it('the coordinator\'s sentence blames no one', () => expect(blamed('قالت تركيا إن الطائرة السورية التي أسقطتها الدفاعات التركية كانت تحمل أسلحة كيميائية.')).toBeNull());
  it.each([
    ['استهدف حي الصاخور في حلب الشرقية ببراميل متفجرة تحتوي على الكلور أسقطتها المروحيات الحكومية.', 'government'],
    ['قصفت بلدة اللطامنة بقنابل تحوي غازا ساما رمتها طائرات النظام.', 'government'],
    ['وقال ناشطون إن قوات النظام قصفتها بالغازات السامة', 'government'],
  ])('the rules\' positives: a load dropped, a deed with its pronoun: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});

describe('C2: the Arabic "يفكر في" of a definite attack remembered announces none', () => {
  it('the coordinator\'s sentence', () => expect(read('قال الكاتب إنه يفكر في الهجوم الكيميائي على حلبجة كل يوم.').claims.prepared).toBe(false));
  it.each([
    'قال زيلينسكي إن روسيا كانت تفكر في تنفيذ هجوم على محطة زابوريجيا النووية.',
    'روسيا تفكر في تنفيذ هجوم إرهابي على محطة زابوريجيا النووية',
  ])('the rule\'s positives: a deed to be done: %s -> prepared', (t) => expect(read(t).claims.prepared).toBe(true));
});

describe('R41 (coordinator): a capital before a deed noun with a target after it is the doer', () => {
  it.each([
    ['Damascus attack on Eastern Ghouta with chlorine killed dozens, rescuers said.', 'government'],
    ['Ankara strikes on Afrin villages wounded 12 civilians, Kurdish officials said.', 'other'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    ['Russia blames Syria gassing on leak from rebel chemical cache', 'opposition'],
    ['The Damascus attack killed 20, activists said.', null],
  ])('keeps the place reading: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});
