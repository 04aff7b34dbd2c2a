/**
 * Session 21 (claims): `blamed` in English, Russian and Arabic, read through grammar that covers a family of wordings.
 * Sentences written for this test; each rule beside the near-miss it must leave alone.
 * 1. Contrasted accusations in English and Russian: two accusations told in clauses of their own, the second opened by a
 *    connective of contrast (", while", ", whereas", ", but", ";", «, а», «тогда как», «в то время как», «, но»), with
 *    accused parties of different sides, blame no one and stay reports (README v22 call 10; the Arabic rule of session
 *    20 mirrored). One side accused in both, a denial after the contrast, or a purpose clause keep the first accused.
 *    A Russian mutual accusation in the imperfective or with «винят» / «возлагают ответственность друг на друга» is a
 *    mutual accusation as «обвинили друг друга» was.
 * 2. Arabic North Korea: «كوريا الشمالية» is `other` in an argument role only (the subject of a deed or of "standing
 *    behind", the accused of an accusation, a state in the construct after its agents or forces at a clause's start), as
 *    the capitals are read; as the possessor of the victim's relation («الأخ غير الشقيق لزعيم كوريا الشمالية») it is no
 *    party. Assassinating («اغتال») is a deed verb as killing is.
 * 3. Arabic deed verbs with an object pronoun («قصفتها», «ألقتها», «استهدفوه», «يقصفونها»): the perfect in -ت and -وا and
 *    the imperfect; not the bare masculine perfect with a suffix («قصفها»), which is spelled as the verbal noun with a
 *    possessive.
 * 4. Arabic doer with «لـ» after a deed noun across its chemical adjective («هجوم كيميائي لقوات النظام», «للنظام السوري»),
 *    a force noun's adjective of kind before its owner («للطيران الحربي السوري»), and definite aircraft with a definite
 *    adjective of kind before the nisba («الطيران الحربي الروسي», «الطائرات المسيرة الإسرائيلية»); weapons named by their
 *    prohibition («أسلحة محرمة دوليا») are incidents as in English and Russian.
 * 5. Russian: a force in the genitive between an assault noun and its owner («атака войск Асада»), and an assault noun that
 *    opens its clause with a force's genitive («Химическая атака сирийских войск унесла жизни»), name the doer; not
 *    «обстрел», whose genitive is as often the target, nor an assault noun inside another clause («Жители вспоминают атаки
 *    боевиков»). The Syrian troops, aircraft and soldiers by the adjective «сирийский» are the government's.
 * 6. The one who ordered or instigated a deed ("on the orders of", "at the behest of", «по распоряжению», «بأوامر من») is
 *    blamed, as «по приказу» was, but only for a deed told before the order in its clause ("brought into high alert on
 *    the orders of Putin" orders no incident).
 * 7. "Calling the claims a lie" in its case: «назвал ложью / вымыслом / выдумкой / неправдой», "called ... a lie /
 *    groundless" is a dismissal as «ложь» and "lies" were, so the accused who calls its accusation a lie is not blamed (the
 *    guide: a denial by the accused blames no one); a third party's accusation in a clause of its own stays.
 * 8. A helper or sponsor named as a participant ("при поддержке", "при содействии", "with the help / support of", «بدعم
 *    من») is blamed as «при участии» was, only for a deed or a staging told by a verb or a staging word before it in its
 *    clause ("developing a dirty bomb with the help of Russian scientists" is production); a subject named first keeps it.
 * 9. Considering an attack announces it ("is considering a terrorist attack", «рассматривает возможность теракта», «تفكر
 *    في تنفيذ هجوم»), with the attack as its near object only ("considering the case of the attack" announces nothing).
 * 10. The Arabic adjective «إرهابي» right after an attack noun («هجوم إرهابي», «الهجوم الإرهابي») weighs half a party, as
 *    English "terrorist attack" does, and is no argument of the Arabic roles: the subject who does or plans the attack
 *    wins; the plural noun «الإرهابيون» stays the party. Filming a staged show («تصور مسرحية هجوم») is filming.
 * 11. Announcements: Arabic plan nouns with their object by «لـ» or a verbal noun of doing («مخطط لاستفزاز», «نية الإرهابيين
 *    تنفيذ هجوم»), filming as a purpose («لتصوير هجوم»), «بصدد», «على وشك», «تتحضر», «تسعى», «من المتوقع أن», "gearing up";
 *    the Russian perfective future of carrying out («проведут», «осуществят»); an indefinite «قنبلة قذرة». A plan of
 *    investigating, punishing, preventing or condemning an attack («plans to investigate the attack», «للتحقيق في الهجوم»)
 *    announces no attack.
 * 12. The principal of the doers: killers, agents or mercenaries "working for" / "acting on behalf of" a party
 *    («работающие на», «действовавшие в интересах», «يعملون لصالح / لحساب») name the party that stands behind the deed,
 *    blamed in the place of a party noun of the doers («مرتزقة»); not when the head is no noun of doers ("journalists
 *    working for Russian media").
 * 13. Russian fabrication and forgery by their nouns («назвал фабрикацией сообщения о химатаке», «подозревает в подлоге»)
 *    call the incident staged, as «фальсификация» does; a fabrication of data or evidence («фабрикацию данных») is said of
 *    the accusation, not of the incident.
 * 14. A Western capital stands for its government in a capital's roles, as Moscow and Damascus do: right before a deed or
 *    a staging ("London used Novichok to frame Russia", "Paris staged the attack", «لندن سممت سكريبال») or after a verb of
 *    accusing ("accused London of staging"); not as the place ("in London") nor naming its attacks ("the Brussels bombings",
 *    "Paris attacks on Charlie Hebdo"). Arabic poisoning and assassinating verbs («سممت», «اغتالت») tell an incident.
 * 15. Russian: a party named as the aircraft or drone itself after a verb of dropping and «с» («сбросили с сирийских
 *    вертолетов», «сброшены с российских беспилотников») dropped the weapon, as "dropped from" reads in English.
 * 16. English: a capital or a state read in a capital's roles, used attributively before a deed noun ("blames Syria gassing
 *    on ...", "The Damascus attack killed 20"), names the place, not the accused or the doer ("blamed Syria for the gas
 *    attack" stays); a cache, depot or warehouse named chemical is both the agent and the stockpile, so its owner is read
 *    ("leak from rebel chemical cache").
 * 17. The owner of a chemical depot struck: a party after a word of belonging («تابعا للمسلحين», "belonging to the
 *    militants", «принадлежащему боевикам») owns it; the party that struck it («استهدف», "hit", «нанесла удар») is the
 *    striker, not the owner; in Arabic the owner outweighs the striker as in English (the striker is an argument of the
 *    Arabic roles there, weighed twice).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon);
const blamed = (t: string) => read(t).claims.blamed ?? null;

describe('1. contrasted accusations of different sides blame no one (EN, RU)', () => {
  it.each([
    'The government accused rebels of the chemical attack, while the opposition accused the regime.',
    'Syria accused the rebels of using chlorine, while the opposition blamed government forces.',
    'Moscow accused Kyiv of using chemical weapons, while Ukraine accused Russian troops of using toxic gas.',
    'Правительство обвинило боевиков в химической атаке, тогда как оппозиция обвинила режим.',
    'Москва обвинила Киев в применении химического оружия, а Украина обвинила российские войска.',
    'Дамаск обвинил боевиков в химатаке, в то время как оппозиция возложила ответственность на правительственные войска.',
  ])('%s', (t) => {
    const r = read(t);
    expect(r.claims.blamed ?? null).toBeNull();
    expect(r.claims.staged).toBe(false);
    expect(r.voice).toBe('reports');
  });
  it.each([
    ['The opposition accused government forces of the chemical attack, while Damascus denied it.', 'government'],
    ['The US accused the regime of the sarin attack, while France blamed Assad\'s forces.', 'government'],
    ['Syria has accused rebels of using chemical weapons, but the opposition denies the claim.', 'opposition'],
    ['Активисты обвинили режим в химической атаке, а США обвинили сирийскую армию в применении зарина.', 'government'],
    ['Боевики готовят провокацию, чтобы обвинить армию, а затем обвинить Дамаск в химической атаке.', 'opposition'],
    ['Russia accused Ukraine of a chemical attack; the US said it had no evidence.', 'ukraine'],
  ])('near miss: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'Россия и Украина обвиняют друг друга в обстреле Запорожской АЭС.',
    'Москва и Киев винят друг друга в химической атаке.',
    'Стороны возлагают ответственность друг на друга за химическую атаку.',
  ])('Russian mutual accusation: %s', (t) => {
    expect(blamed(t)).toBeNull();
    expect(read(t).voice).toBe('reports');
  });
  it('a mutual accusation of one party blames it', () => expect(blamed('Армения и Азербайджан обвиняют друг друга в обстреле приграничных сел.')).toBe('other'));
});

describe('2. Arabic North Korea in an argument role; assassinating', () => {
  it.each([
    'اتهمت كوريا الجنوبية كوريا الشمالية باغتيال كيم جونغ نام بغاز الأعصاب في إكس',
    'ماليزيا تتهم كوريا الشمالية باستخدام غاز في إكس لاغتيال كيم جونغ نام',
    'كوريا الشمالية تقف وراء اغتيال كيم جونغ نام بغاز الأعصاب',
    'عملاء كوريا الشمالية اغتالوا كيم جونغ نام بغاز في إكس',
    'اغتالت كوريا الشمالية كيم جونغ نام بغاز في إكس',
    'عملاء إيرانيون اغتالوا المعارض بغاز سام',
  ])('%s -> other', (t) => expect(blamed(t)).toBe('other'));
  it.each([
    'كيم جونغ نام الأخ غير الشقيق لزعيم كوريا الشمالية قتل بغاز الأعصاب في مطار كوالالمبور',
    'أجرت كوريا الشمالية تجربة صاروخية جديدة بعد هجوم كيميائي في سوريا',
    'هجوم كيميائي في سوريا وسفير كوريا الشمالية يغادر',
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
});

describe('3. Arabic deed verbs with an object pronoun', () => {
  it.each([
    ['وقال ناشطون إن قوات النظام قصفتها بالغازات السامة', 'government'],
    ['وأكد ناشطون أن طائرات النظام ألقتها على البلدة محملة بغاز الكلور', 'government'],
    ['قال الجيش إن المسلحين استهدفوه بقذائف تحوي غاز الكلور', 'opposition'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it('near miss: the verbal noun with a possessive names no doer', () => expect(blamed('نفت روسيا أن يكون قصفها قد تسبب بحالات اختناق في البلدة')).toBeNull());
});

describe('4. Arabic doer after a deed noun and its adjectives; definite aircraft with a kind; banned weapons', () => {
  it.each([
    ['هجوم كيميائي لقوات النظام على دوما', 'government'],
    ['هجوم كيميائي للنظام السوري على دوما', 'government'],
    ['غارات جوية للطيران الحربي السوري على سراقب بغاز الكلور', 'government'],
    ['شن الطيران الحربي الروسي غارات على إدلب بغاز الكلور', 'russia'],
    ['قصفت الطائرات الحربية التركية قرى كردية بالفوسفور الأبيض', 'other'],
    ['ألقت الطائرات المسيرة الإسرائيلية قنابل فوسفورية على جنوب لبنان', 'other'],
    ['استخدم الجيش الإسرائيلي أسلحة محرمة دوليا في غزة', 'other'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it('near miss: a law on banned weapons blames no one', () => expect(blamed('ألمانيا تشدد القانون بشأن الأسلحة المحرمة')).toBeNull());
  it('near miss: a patron\'s "لـ" after a party noun is no doer', () => expect(blamed('هجوم كيميائي على دوما ورسالة للنظام السوري من واشنطن')).not.toBe('government'));
});

describe('5. Russian genitive chains after an assault noun; Syrian forces by adjective', () => {
  it.each([
    ['Химическая атака войск Асада.', 'government'],
    ['Химическая атака армии Асада унесла жизни сотен человек.', 'government'],
    ['Химическая атака сирийских войск унесла жизни сотен человек.', 'government'],
    ['Атака сирийских войск на позиции боевиков отбита.', 'government'],
    ['Сирийские войска применили зарин.', 'government'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'Жители вспоминают атаки боевиков.',
    'Обстрел российских военных продолжается.',
    'Атака на сирийские войска отбита.',
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
});

describe('6. the one who ordered the deed', () => {
  it.each([
    ['Skripal was poisoned on the orders of the Kremlin, London says.', 'russia'],
    ['Skripal was poisoned on the orders of the GRU.', 'russia'],
    ['The attack was carried out at the behest of Moscow.', 'russia'],
    ['Отравление Скрипаля было совершено по распоряжению Кремля.', 'russia'],
    ['نفذ الهجوم الكيميائي بأوامر من النظام السوري', 'government'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'Troops withdrew on the orders of their commanders.',
    'The prosecutor opened a case on the orders of the Kremlin.',
    'Russian S-400 systems were brought into a state of high alert on the orders of President Putin.',
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
});

describe('7. calling the accusation a lie', () => {
  it.each([
    'Песков назвал ложью заявления Зеленского о применении Россией химического оружия.',
    'Кремль назвал ложью обвинения в применении Россией химического оружия.',
    'В Кремле назвали ложью обвинения в адрес России в применении химоружия.',
    'Peskov called Zelensky\'s claims that Russia used chemical weapons a lie.',
  ])('%s -> null', (t) => {
    expect(blamed(t)).toBeNull();
    expect(read(t).voice).toBe('reports');
  });
  it.each([
    ['Песков назвал ложью заявления Киева и обвинил ВСУ в обстреле химическими боеприпасами.', 'ukraine'],
    ['Украина заявила, что Россия применила хлорпикрин против украинских военных.', 'russia'],
  ])('near miss: %s -> %s', (t, want) => expect(blamed(t)).toBe(want));
});

describe('8. a helper named as a participant of a deed or a staging', () => {
  it.each([
    ['Небензя: инсценировка химатаки в Думе была организована при поддержке британских спецслужб.', 'west'],
    ['The Douma provocation was staged with the help of British intelligence, Moscow says.', 'west'],
    ['Militants, with the help of the White Helmets, are preparing a staged chemical attack.', 'opposition'],
    ['Боевики при поддержке "Белых касок" готовят инсценировку химической атаки.', 'opposition'],
    ['The Syrian army, with the support of Russian aviation, dropped chlorine on Idlib.', 'government'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'The attack was carried out with the help of drones.',
    'Rebels in Ukraine are working to develop a radioactive dirty bomb with the help of Russian nuclear scientists.',
  ])('near miss: %s -> not the helper', (t) => expect(blamed(t)).not.toBe('russia'));
});

describe('9. considering an attack announces it', () => {
  it.each([
    ['Russia is considering a terrorist attack on the Zaporizhzhia nuclear plant, Zelensky says.', 'russia'],
    ['Россия рассматривает возможность теракта на Запорожской АЭС, заявил Зеленский.', 'russia'],
    ['روسيا تفكر في تنفيذ هجوم إرهابي على محطة زابوريجيا النووية', 'russia'],
  ])('%s -> prepared, %s', (t, want) => {
    expect(read(t).claims.prepared).toBe(true);
    expect(blamed(t)).toBe(want);
  });
  it.each([
    'The court is considering the case of the attack.',
    'Минобороны рассматривает возможность ответных мер.',
  ])('near miss: %s -> not prepared', (t) => expect(read(t).claims.prepared).toBe(false));
});

describe('10. the Arabic adjective "terrorist"; filming a staged show', () => {
  it.each([
    ['روسيا تخطط لهجوم إرهابي على المحطة', 'russia'],
    ['نفذت روسيا هجوما إرهابيا على المحطة', 'russia'],
    ['هاجم الإرهابيون المدينة بغاز الكلور', 'opposition'],
    ['الخارجية الروسية: الخوذ البيضاء تصور مسرحية هجوم كيميائي', 'white-helmets'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it('a terrorist attack with no doer named keeps the English reading (half a party)', () => {
    expect(blamed('وقع هجوم إرهابي في المدينة')).toBe(blamed('A terrorist attack took place in the city.'));
  });
});

describe('11. announcements by plan nouns, aspect and purpose; plans that are no attack', () => {
  it.each([
    'كشفت وزارة الدفاع الروسية عن مخطط لاستفزاز كيميائي في سوريا',
    'معلومات عن نية الإرهابيين تنفيذ هجوم كيميائي في حماة',
    'الخوذ البيضاء وصلت إلى إدلب لتصوير هجوم كيميائي مزعوم',
    'الإرهابيون بصدد تنفيذ هجوم كيميائي في إدلب',
    'المسلحون على وشك تنفيذ استفزاز كيميائي',
    'تتحضر الجماعات المسلحة لتنفيذ هجوم بالكلور',
    'تسعى الولايات المتحدة إلى تنفيذ استفزاز كيميائي',
    'من المتوقع أن ينفذ المسلحون هجوما كيميائيا خلال الأيام المقبلة',
    'الدفاع الروسية: أوكرانيا قد تستخدم قنبلة قذرة',
    'Russia is gearing up for a chemical false flag in Ukraine.',
    'Боевики проведут химическую атаку.',
  ])('%s -> prepared', (t) => expect(read(t).claims.prepared).toBe(true));
  it.each([
    'المخطط العام للمدينة تضرر في القصف',
    'وصل الصحفيون لتصوير آثار القصف',
    'حسن النية في التحقيق بالهجوم الكيميائي',
    'The government plans to investigate the chemical attack.',
    'يخطط الجيش للتحقيق في الهجوم الكيميائي',
    'تستعد الحكومة للتحقيق في الهجوم الكيميائي',
    'الجيش بصدد التحقيق في الهجوم',
  ])('near miss: %s -> not prepared', (t) => expect(read(t).claims.prepared).toBe(false));
});

describe('12. the principal of the doers', () => {
  it.each([
    ['Navalny was injected with poison by killers working for Russian President Vladimir Putin.', 'russia'],
    ['Скрипаля отравили агенты, действовавшие в интересах Кремля.', 'russia'],
    ['تم حقنه بواسطة قتلة يعملون لصالح الرئيس الروسي فلاديمير بوتين', 'russia'],
    ['نفذ الهجوم مرتزقة يعملون لصالح الاستخبارات الأمريكية', 'west'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it('near miss: journalists working for a side\'s media are no doers', () => expect(blamed('Journalists working for Russian media were injured in the attack.')).toBeNull());
});

describe('13. Russian fabrication and forgery', () => {
  it.each([
    'Асад назвал фабрикацией сообщения о химатаке в Сирии',
    'Россия подозревает "Белые каски" в подлоге химатаки.',
  ])('%s -> staged', (t) => expect(read(t).claims.staged).toBe(true));
  it('near miss: a fabrication of data about the use is the accusation\'s', () => expect(read('СМИ узнали о данных США о химической атаке в Сирии. «Фабрикацию» данных об использовании химического оружия правительственными войсками отвергли в Дамаске.').claims.staged).toBe(false));
});

describe('14. Western capitals in a capital\'s roles', () => {
  it.each([
    ['London used the poison "Novichok" in order to cause associations with Russia.', 'west'],
    ['Paris staged the attack.', 'west'],
    ['Berlin poisoned Navalny, Moscow claims.', 'west'],
    ['Russia accused London of staging the poisoning.', 'west'],
    ['لندن سممت سكريبال', 'west'],
    ['روسيا سممت نافالني', 'russia'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'The poisoning happened in London.',
    'Skripal was poisoned in Salisbury, London said.',
    'Paris attacks on Charlie Hebdo were staged, says a German journalist.',
    'تسمم سكريبال في لندن',
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
});

describe('15. Russian: dropped from a party\'s aircraft', () => {
  it.each([
    ['Бочки с хлором сбросили с сирийских вертолетов.', 'government'],
    ['Гранаты с хлорпикрином были сброшены с российских беспилотников.', 'russia'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it('near miss: chlorine found on debris the aircraft dropped names no user', () => expect(blamed('Хлор был обнаружен на обломках, сброшенных с сирийских вертолетов.')).toBeNull());
});

describe('16. a capital naming the place of a deed noun; a chemical cache', () => {
  it.each([
    ['Russia blames Syria gassing on leak from rebel chemical cache', 'opposition'],
    ['The US blamed Syria for the gas attack.', 'government'],
    ['Washington accused Damascus of the sarin attack.', 'government'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it.each([
    'The Damascus attack killed 20, activists said.',
    'Syria attack: dozens killed in suspected gas attack',
  ])('near miss: %s -> null', (t) => expect(blamed(t)).toBeNull());
  it('a chemical cache names the agent', () => expect(read('Russia blames Syria gassing on leak from rebel chemical cache').claims.agent).toBe('chemical'));
});

describe('17. the owner of a chemical depot struck', () => {
  it.each([
    ['الدفاع الروسية: الطيران السوري استهدف مستودعا للذخائر الكيميائية تابعا للمسلحين', 'opposition'],
    ['قصف الطيران السوري مستودعا للإرهابيين يحتوي على مواد سامة', 'opposition'],
    ['Syrian jets hit a depot of chemical munitions belonging to the militants, Moscow says.', 'opposition'],
    ['Сирийская авиация нанесла удар по складу химических боеприпасов, принадлежащему боевикам.', 'opposition'],
    ['Syrian troops found a depot of chlorine belonging to the militants.', 'opposition'],
  ])('%s -> %s', (t, want) => expect(blamed(t)).toBe(want));
  it('near miss: a depot struck with no owner named leaves the striker', () => expect(blamed('Syrian jets hit a depot storing chlorine near the town.')).toBe('government'));
});
