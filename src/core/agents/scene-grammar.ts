/**
 * Scene reading (session 9): where and how an exposure happened, read as a small grammar over three word classes
 * instead of one phrase per way of telling it. A scene is a SETTING (a protest, a crowd, a field or farm), an ACTOR
 * (police, field workers) and a VECTOR (a gas or spray, a pesticide tablet); a rule names the word classes that must
 * meet, within one sentence or two neighbouring sentences of one account, and the context feature of the knowledge
 * base (knowledge/agents.yaml) their meeting stands for. Each class is a short lexicon of word stems in English,
 * Russian and Arabic (a stem matches its inflections: "protest~" is protest, protests, protesters, protesting; an
 * Arabic word may carry its proclitics و ف ب ل ك and the article); each rule says why the combination means what it
 * maps to. The words of one class alone are not read: a rally, the police, a field or a gas name many scenes (review s8
 * E1: 'rally', 'митинг', 'security forces' alone also name memorials, troops and armed clashes), their meeting names one.
 *
 * The vector word goes through the same negation check as a sign ("no gas was used at the rally" reads nothing), and a
 * rule adds its feature only where the lexicon has not already read that feature in the account.
 *
 * Vocabulary: everyday words for these scenes, chosen from the engineer's own knowledge of the three languages and
 * checked on invented sentences (test/agents-scene.test.ts); no word was taken from an evaluation item.
 */
/** The extraction's folding (feature-extraction.ts normaliseText), repeated here to keep this module free of it. */
const normaliseText = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/[گڨ]/g, 'ق')
    .replace(/[کچ]/g, 'ك')
    .replace(/ی/g, 'ي')
    .replace(/ڤ/g, 'ف');

export type SceneLang = 'en' | 'ru' | 'ar';
type Lex = Partial<Record<SceneLang, string[]>>;

/** A stem ending in "~" matches any letters after it; otherwise the word is whole. */
const CLASSES = {
  // SETTING: a protest, a rally, a march, a crowd at a stadium
  crowd: {
    en: ['protest~', 'demonstrat~', 'rally', 'rallies', 'marchers', 'sit-in~', 'stadium~', 'spectators', 'vigil~', 'picket~', 'strikers', 'riot~'],
    // (session 23, agnew) акция, the everyday Russian name of a protest event, only as a place one is at or takes part in (на акции,
    // участники акции): bare акция is also a share, a sale offer or a campaign; judgment of wording
    ru: ['митинг~', 'протест~', 'демонстрац~', 'демонстрант~', 'манифестац~', 'шестви~', 'стадион~', 'болельщик~', 'пикет~', 'забастов~', 'бастующ~', 'майдан~', 'на акци~', 'участник~ акци~'],
    ar: ['مظاهرة', 'مظاهرات', 'متظاهر~', 'تظاهر~', 'احتجاج~', 'محتج~', 'اعتصام~', 'معتصم~', 'ملعب', 'الملعب', 'جماهير', 'مشجعين', 'المشجعين', 'مسيرات', 'شغب'],
  },
  // (session 21, fixag1; review R19) a crowd or a mob as such: people gathered anywhere (a market, a queue, a funeral) that a gas
  // may spread through; the crowd-control munition only with a deploy, grenade, police or target word too (the rule below)
  throng: {
    en: ['crowd~', 'mob', 'mobs'],
    ru: ['толп~'],
    ar: ['حشد', 'حشود', 'الحشود'],
  },
  // ACTOR: the police and the forces that police crowds (not an army: an army's gas may be a weapon)
  police: {
    en: ['police~', 'policem~', 'riot squad~', 'gendarm~', 'security forces', 'law enforcement', 'national guard', 'troopers',
      // session 11 (riot): the other hands that let a crowd-control gas off at people: prison and security guards, tactical
      // teams (haar-2017 counts prisons among the settings of crowd-control chemical injuries; judgment of reading). Actors
      // only: a rule also needs a deploy word and a gas word (the session-10 crowd words for congregations were reverted)
      'prison guard~', 'prison officer~', 'prison staff', 'jail staff', 'jail guard~', 'correctional officer~', 'warders', 'wardens', 'security guard~', 'guards', 'tactical response', 'tactical team~', 'tactical unit~',
      // session 21 (aginc): the report register's names for the police (officers, deputies, a sheriff's office, constables, a SWAT
      // team, corrections officers): 'officers deployed gas inside the wing'. As every actor here, read only with a deploy word and
      // a gas word in the sentence and no aircraft or heavy munition; judgment of reading
      // (session 21, fixag1; review R25) not 'deputy / deputies': a deputy governor or minister who reports a gas use is no police
      // actor (and deputies also sit in parliaments); an officer not after a word that makes him another service's (a UN liaison
      // officer, a press officer: NOT_BEFORE.police)
      'officer~', 'detention officer~', 'sheriff~', 'constable~', 'swat', 'corrections officer~'],
    ru: ['полиц~', 'полицейск~', 'омон~', 'росгвард~', 'силовик~', 'милиц~', 'спецназ~', 'нацгвард~', 'жандарм~', 'надзирател~', 'конвой~', 'фсин', 'охранник~', 'охрана', 'охраны', 'охрану', 'вохр~'],
    ar: ['الشرطة', 'شرطة', 'شرطي~', 'الشرطي~', 'قوات الامن', 'رجال الامن', 'الامن المركزي', 'مكافحة الشغب', 'الدرك', 'درك',
      // session 11 (riot): the security forces as spoken Arabic names them (القوى الأمنية, عناصر الأمن, الأمن العام; bare
      // الأمن is left out: without its article it meets امن, 'safe'), riot police (قوات
      // مكافحة الشغب is above), guards (حراس, الحارس, السجانين) and the police in Egyptian and Maghrebi speech (البوليس;
      // المخزن is left out: also a store); judgment of reading
      // session 31 (agpara): الأمن with its article, the spoken name of the security forces as a subject ('الأمن رمى القنابل', 'إجا الأمن
      // وضرب غاز'); as every actor here only with a deploy word and a gas word in the sentence, and not as the Security Council or a
      // ministry's name (NOT_BEFORE.police: مجلس / وزارة / وزير / دائرة before it); judgment of reading
      'الامن',
      'القوى الامنية', 'القوات الامنية', 'عناصر الامن', 'افراد الامن', 'عساكر الامن', 'الامن العام', 'البوليس', 'بوليس', 'حراس السجن', 'حراس', 'الحراس', 'حارس~', 'الحارس~', 'السجانين', 'سجانين', 'السجان~'],
  },
  // ACTOR (session 11, riot): an occupation's forces, soldiers and army as Palestinian reporting names them (قوات / جنود /
  // جيش الاحتلال): their gas fired at clashes, schools and villages is tear gas, the crowd-control exposure such reports
  // count by the hundred (UN OCHA oPt Protection of Civilians reports; haar-2017 includes such injuries; the term list
  // already reads soldiers firing gas, أطلق الجنود). An army also bombs: read only without aircraft or heavy munitions in
  // the sentence (the rule's unless); judgment
  forces: {
    ar: ['قوات الاحتلال', 'جنود الاحتلال', 'جيش الاحتلال', 'الاحتلال'],
  },
  // VECTOR: a gas, a spray, a canister or grenade let off among people
  gas: {
    en: ['gas', 'gases', 'gassed', 'gassing', 'spray~', 'pepper', 'canister~', 'grenade~', 'irritant~', 'smoke bomb~', 'mace', 'maced'],
    ru: ['газ', 'газа', 'газом', 'газу', 'газе', 'газы', 'газов', 'газами', 'газовы~', 'баллончик~', 'гранат~', 'шашк~', 'распыл~', 'перцов~', 'раздражающ~'],
    // session 11 (riot): a spray can (بخاخ, سبراي: also an asthma inhaler, so only with an actor and a deploy word, as every
    // word of this class) and a smoke canister (قنابل دخان is a grenade already)
    ar: ['غاز', 'غازا', 'غازات', 'الغاز', 'الغازات', 'قنابل', 'قنبلة', 'رذاذ', 'مسيل', 'المسيل', 'عبوات', 'بخاخ~', 'البخاخ~', 'سبراي'],
  },
  // the act of letting a gas off at people (fired, threw, used, sprayed, released)
  deploy: {
    // session 11 (riot): lob, hurl, toss (police lob tear-gas shells into a jail)
    en: ['fired', 'firing', 'threw', 'thrown', 'throwing', 'lob', 'lobs', 'lobbing', 'lobbed', 'hurled', 'hurling', 'tossed', 'tossing', 'launched', 'shot', 'used', 'using', 'sprayed', 'spraying', 'released', 'unleashed', 'let off', 'deployed'],
    ru: ['примени~', 'применя~', 'использова~', 'бросил~', 'бросали', 'брос~', 'кинул~', 'распыл~', 'выпустил~', 'запустил~', 'стрелял~', 'обстрелял~', 'использовал~', 'пустил~', 'пшикнул~', 'прыснул~', 'брызнул~', 'швырнул~', 'швыря~', 'закидал~', 'забросал~'],
    // session 11 (riot): spoken verbs of firing and throwing (ضرب غاز, طخوا, كبّوا, قذفوا; the Egyptian and Levantine
    // imperfect with its ب: بيرمي, بيرش, بيضرب); judgment of reading
    ar: ['اطلق~', 'يطلق~', 'تطلق~', 'القى', 'القت', 'القوا', 'يلقي~', 'استخدم~', 'تستخدم~', 'يستخدم~', 'رمى', 'رمت', 'رموا', 'يرمي', 'يرمو~', 'ترمي', 'رش~', 'يرش~', 'بيرش~', 'بيرمو~', 'بيرمي', 'ضربوا', 'ضربت', 'ضرب', 'بيضربوا', 'طخوا', 'طخ', 'كبوا', 'قذفوا', 'قذفت', 'قذف'],
  },
  // a munition or a fire: a field struck by rockets or burning is another scene than a field sprayed
  munition: {
    en: ['shell~', 'rocket~', 'missile~', 'mortar~', 'bomb~', 'airstrike~', 'shelling', 'fire', 'fires', 'burned', 'burnt', 'burning', 'ablaze'],
    ru: ['снаряд~', 'ракет~', 'мина', 'мины', 'миной', 'бомб~', 'обстрел~', 'авиаудар~', 'пожар~', 'горел~', 'сгорел~', 'загорел~'],
    ar: ['صاروخ', 'صواريخ', 'قذيفة', 'قذائف', 'هاون', 'غارة', 'غارات', 'قصف', 'حريق', 'حرائق', 'النار', 'النيران', 'احترق~', 'ولع~'],
  },
  // a hand-thrown or launcher-fired crowd munition (not a shell or a bomb)
  grenade: {
    en: ['grenade~', 'canister~', 'smoke bomb~', 'stun bomb~'],
    ru: ['гранат~', 'шашк~'],
    ar: ['قنابل', 'قنبلة', 'عبوات'],
  },
  // the people it is aimed at: 'at us', 'into the crowd'
  target: {
    en: ['at us', 'at them', 'at people', 'at the people', 'at the crowd', 'into the crowd', 'at protesters', 'at the protesters', 'among us', 'towards us', 'toward us'],
    ru: ['в нас', 'по нам', 'в толпу', 'в людей', 'по людям', 'по толпе'],
    ar: ['علينا', 'عليهم', 'على الناس', 'على المتظاهرين', 'على الحشود', 'بيننا'],
  },
  // aircraft: what they drop is a bomb, not a grenade thrown at people
  air: {
    en: ['plane~', 'aircraft', 'helicopter~', 'jet', 'jets', 'warplane~', 'airstrike~'],
    ru: ['самол~', 'вертол~', 'авиац~', 'авиаудар~'],
    ar: ['طائرة', 'طائرات', 'الطيران', 'مروحية', 'مروحيات', 'الطيارة', 'الطيارات', 'حربي~'],
  },
  // shells, rockets and artillery: a grenade among them is a war's
  heavy: {
    en: ['shell', 'shells', 'shelling', 'rocket~', 'missile~', 'mortar~', 'artillery', 'airstrike~'],
    ru: ['снаряд~', 'ракет~', 'мина', 'мины', 'минами', 'артиллер~', 'обстрел~', 'авиаудар~'],
    ar: ['صاروخ', 'صواريخ', 'قذيفة', 'قذائف', 'هاون', 'مدفعي~', 'غارة', 'غارات', 'قصف'],
  },
  // an improvised incendiary: a bottle or jar ...
  container: {
    en: ['bottle~', 'jar', 'jars', 'jerrycan~'],
    ru: ['бутылк~', 'бутыл~'],
    ar: ['قنينة', 'قناني', 'قنينه', 'زجاجة', 'زجاجات', 'قزازة'],
  },
  // ... with a fuel or a burning wick
  fuel: {
    en: ['petrol', 'gasoline', 'kerosene', 'fuel', 'rag', 'rags', 'wick', 'flaming', 'burning', 'lit'],
    ru: ['бензин~', 'керосин~', 'горюч~', 'горящ~', 'тряпк~', 'фитил~', 'подожж~', 'зажж~'],
    ar: ['بنزين', 'كاز', 'مازوت', 'وقود', 'خرقة', 'خرق', 'فتيل', 'مولع~', 'مشتعل~', 'ملتهب~'],
  },
  // a closed space that people enter: a tank, pit, sewer, well, manhole, silo
  space: {
    en: ['tank', 'tanks', 'pit', 'pits', 'sewer~', 'manhole~', 'well', 'cesspool~', 'cesspit~', 'septic', 'silo~', 'vat', 'vats', 'sump~', 'drain', 'drains', 'cistern~'],
    ru: ['колод~', 'канализац~', 'яма', 'яму', 'ямы', 'яме', 'резервуар~', 'ёмкост~', 'емкост~', 'цистерн~', 'бак', 'баке', 'бака', 'силос~', 'коллектор~'],
    ar: ['بئر', 'خزان', 'حفرة', 'مجرور', 'بالوعة', 'الصرف', 'صرف', 'صهريج'],
  },
  // ... and going into it or clearing it
  enter: {
    en: ['went inside', 'went in', 'go in', 'going in', 'entered', 'entering', 'climbed into', 'climbed down', 'went down', 'descended', 'clean~', 'clear~', 'empty~', 'emptied', 'unclog~'],
    ru: ['спустил~', 'спуска~', 'залез~', 'полез~', 'чист~', 'очища~', 'откачива~'],
    ar: ['نزل', 'نزلوا', 'ينزل', 'دخل', 'دخلوا', 'يدخل', 'تنظيف', 'ينظف~', 'تفريغ', 'تسليك'],
  },
  // SETTING: a field, a farm, an orchard, a crop
  field: {
    en: ['field', 'fields', 'farm', 'farms', 'farmland', 'orchard~', 'vineyard~', 'crop', 'crops', 'cotton', 'plantation~', 'greenhouse~', 'paddy', 'paddies', 'grove', 'groves'],
    ru: ['поле', 'поля', 'полях', 'полям', 'полей', 'ферм~', 'плантаци~', 'теплиц~', 'виноградник~', 'посев~', 'огород~', 'хлопк~', 'хлопчатник~'],
    ar: ['حقل', 'حقول', 'مزرعة', 'مزرعته', 'مزارع', 'المزرعة', 'المزارع', 'بستان', 'بساتين', 'محاصيل', 'المحاصيل', 'مزروعات'],
  },
  // ACTIVITY: work that is only done in a field (weeding, hoeing, picking, harvesting) and the people named by it
  farmwork: {
    en: ['weeding', 'weeded', 'hoeing', 'harvesting', 'picking', 'pickers', 'farmworker~', 'farmhand~', 'field workers', 'fieldworkers', 'field hands'],
    ru: ['прополк~', 'пропалыва~', 'уборк~ урожа~', 'сбор~ урожа~', 'сборщик~', 'полев~ работ~'],
    ar: ['قطف', 'يقطف~', 'حصاد', 'الحصاد', 'تعشيب', 'عمال المزارع', 'عمال زراعيين', 'عمال الحقول'],
  },
  // ACTOR: workers of any trade (a field's workers only with the field named)
  workers: {
    en: ['workers', 'labourers', 'laborers', 'crew', 'crews', 'employees'],
    ru: ['рабочи~', 'работник~', 'работниц~'],
    ar: ['عمال', 'العمال', 'عاملات', 'العاملات', 'عامل', 'العامل'],
  },
  // VECTOR of a crop treatment: a spray, a mist, a drift, wet foliage
  spray: {
    en: ['spray~', 'mist', 'drift~', 'dusting', 'wet', 'soaked', 'fumigat~', 'chemicals'],
    ru: ['опрыск~', 'распыл~', 'обработ~', 'ядохимикат~', 'химикат~', 'мокр~'],
    ar: ['رش', 'الرش', 'رذاذ', 'مبيد~', 'المبيد~', 'كيماويات', 'الكيماويات'],
  },
  // (session 24, agnew) a personal-defence spray named by what it is against or made of (a dog, bear, pepper or self-defence spray:
  // the capsaicin repellents), which makes no crop spraying of a farm or field in its sentence ('a dog spray because of the farm
  // dogs', 'he sprayed the farm dog with pepper spray'); judgment of reading
  defence_spray: {
    en: ['dog spray~', 'dog repellent~', 'bear spray~', 'pepper spray~', 'defence spray~', 'defense spray~', 'self-defence spray~', 'self-defense spray~', 'mace'],
  },
  // VECTOR: a pest-control tablet, pellet or powder
  tablet: {
    en: ['tablet~', 'pellet~', 'pills', 'granules', 'powder'],
    ru: ['таблет~', 'гранул~', 'порош~'],
    ar: ['اقراص', 'قرص', 'حبة', 'حبات', 'حبوب'],
  },
  // the pests or stores such a tablet is put against
  // (session 28, agdev) the burrowing rodents the phosphide pellets are put down against, in their burrows (voles, moles, gophers,
  // ground squirrels, woodchucks; RU полёвки, кроты, суслики; AR الخلد, الجرذان): the labels of aluminium and magnesium phosphide
  // name burrowing rodents among their targets (EPA Reregistration Eligibility Decision, aluminum and magnesium phosphide, 1998); a
  // word class, not a phrase (dev-v21 'pellets in the ground ... for voles' read no fumigant); judgment of wording
  pest: {
    en: ['rodent~', 'rats', 'mice', 'bed bugs', 'bedbugs', 'insects', 'pests', 'cockroach~', 'termite~', 'grain', 'wheat', 'rice store~', 'granary', 'granaries', 'vole~', 'gopher~', 'moles', 'woodchuck~', 'ground squirrel~', 'burrows'],
    ru: ['грызун~', 'крыс~', 'мыш', 'мышей', 'мыши', 'клоп~', 'тарака~', 'насеком~', 'зерн~', 'амбар~', 'полёвк~', 'полевок', 'полевки', 'полевками', 'крот~', 'суслик~', 'норы', 'нор'],
    ar: ['قوارض', 'القوارض', 'فئران', 'الفئران', 'جرذ~', 'الجرذ~', 'حشرات', 'الحشرات', 'البق', 'صراصير', 'القمح', 'قمح', 'الغلال', 'غلال', 'الغلة', 'غلة', 'سوس', 'السوس', 'الخلد', 'خلد', 'الجرذان', 'جرذان', 'الجحور', 'جحور'],
  },
  // (session 17, agru) the vapour or fumes that came off something (not a bare gas: a gas and tablets also meet in a household gas
  // poisoning treated with pills)
  fumes: {
    en: ['fumes', 'vapour~', 'vapor~'],
    ru: ['пары', 'паров', 'парами', 'испарени~'],
    ar: ['ابخرة', 'الابخرة', 'بخار', 'البخار', 'ابخرتها', 'ابخرته'],
  },
  // VECTOR: a household or trade cleaning product (bleach, a disinfectant, a toilet, drain or oven cleaner); bare
  // "cleaners" is left out, it also names the people who clean
  cleaner: {
    en: ['bleach~', 'disinfectant~', 'detergent~', 'cleaning product~', 'cleaning fluid~', 'cleaning agent~', 'cleaning chemical~', 'cleaning liquid~', 'cleaning solution~', 'household cleaner~', 'toilet cleaner~', 'drain cleaner~', 'oven cleaner~', 'bathroom cleaner~', 'descaler~',
      // (session 19, agparen) a floor or surface sanitiser and a limescale or rust remover are cleaning products too (a chlorine
      // sanitiser or an acid remover: mmwr-bleach-1991's bleach and acid cleaners); judgment of wording
      'floor sanitiser~', 'floor sanitizer~', 'surface sanitiser~', 'surface sanitizer~', 'kitchen sanitiser~', 'kitchen sanitizer~', 'limescale remover~', 'rust remover~', 'mould remover~', 'mold remover~'],
    ru: ['хлорк~', 'отбеливател~', 'белизн~', 'чистящ~', 'моющ~', 'дезинфицирующ~', 'дезсредств~', 'средств~ для чистки', 'средств~ для унитаз~', 'средств~ для труб', 'средств~ для мыть~', 'средств~ для пол~'],
    ar: ['منظف~', 'المنظف~', 'كلوركس', 'مبيض~', 'معقم~', 'مطهر~', 'مواد التنظيف', 'مادة تنظيف', 'مواد تنظيف', 'سائل التبييض', 'ماء جافيل', 'جافيل'],
  },
  // (session 19, agparen) pouring, adding or tipping one thing into or onto another: with two different cleaning products in reach
  // it is the act of mixing them (the rule below); alone it is any pouring
  pour: {
    en: ['poured', 'pouring', 'pours', 'added', 'adding', 'tipped', 'tipping', 'topped up'],
    // (session 27, agdev) the spoken Arabic put, poured or added (حطت المطهر على المنظف: she put the bleach on the tile cleaner), whole
    // words only (حطام is debris, حطب firewood); read only with two different cleaner words in reach (the rule); judgment of wording
    ar: ['حط', 'حطت', 'حطو', 'حطوا', 'حطيت', 'صب', 'صبت', 'صبوا', 'صبيت', 'كبت', 'كبيت', 'ضافت', 'ضاف', 'اضاف', 'اضافت', 'زودت'],
  },
  // the act of putting two products together
  mix: {
    // (not bare 'together' / 'вместе' / 'مع بعض': people run together; session 10 review)
    en: ['mix~', 'combin~', 'poured into'],
    // (session 27, agdev) the colloquial намешать (mixed up: 'намешала в ведре два средства'), the same verb with на-; judgment of wording
    ru: ['смеша~', 'смешива~', 'смешен~', 'смесь', 'смеси', 'соедини~', 'намеша~', 'намешива~'],
    ar: ['خلط~', 'يخلط~', 'تخلط~', 'خلطت', 'مزج~', 'يمزج~', 'تمزج~'],
  },
  // SETTING: swimming (a swim team, lesson or club; swimmers, a lifeguard); "pool" alone is left out, it is also a smell's
  // simile ("smelled like a swimming pool")
  swim: {
    // nouns only: 'my head was swimming' is no pool (session 10 review)
    en: ['swimmer~', 'swim team~', 'swimming pool~', 'swimming lesson~', 'swimming class~', 'swimming club~', 'lifeguard~', 'aquatic~'],
    ru: ['плаван~', 'пловц~', 'пловч~', 'спасател~ бассейн~'],
    ar: ['سباحة', 'السباحة', 'سباح~', 'السباح~'],
  },
  // ... and the plant that doses its water
  poolkit: {
    // 'pump' as a word, not a stem: 'my stomach was pumped' is no pool (session 10 review)
    en: ['pump', 'pumps', 'pump room~', 'dosing', 'feeder~', 'chlorinator~', 'concentrate~', 'filter room~', 'plant room~'],
    ru: ['насос~', 'дозатор~', 'хлоратор~', 'фильтровальн~'],
    ar: ['مضخة', 'مضخات', 'المضخة', 'غرفة المحركات', 'جهاز التعقيم'],
  },
  // an aerial toy: a balloon or a kite (carrying a burning load over a border fence)
  balloon: {
    en: ['balloon~', 'kite', 'kites'],
    ru: ['воздушн~ шар~', 'шарик~', 'воздушн~ зме~'],
    ar: ['بالون~', 'البالون~', 'طائرات ورقية', 'طائرة ورقية', 'الطائرات الورقية', 'الطائرة الورقية'],
  },
  // a fire catching: ignited, caught fire, burst into flames, scorched (not "burned" or "burning", which also name a
  // throat or eyes that burn)
  ignite: {
    // session 11: 'setting fire', 'sets fire', 'flaming' (a flaming object thrown), 'in flames'
    en: ['ignit~', 'caught fire', 'catch fire', 'catches fire', 'catching fire', 'burst into flames', 'went up in flames', 'set fire', 'set alight', 'setting fire', 'sets fire', 'setting alight', 'flaming', 'in flames', 'scorch~', 'blaze', 'ablaze'],
    // catching fire, not fire itself: 'открыли огонь' / 'أطلق النار' is shooting (session 10 review)
    ru: ['загорел~', 'загорал~', 'воспламен~', 'вспыхнул~', 'подожг~', 'сгорел~'],
    ar: ['اشتعل~', 'اشتعال', 'مسكت النار', 'مسك النار', 'ولع~'],
  },
  // a thrown object that is not named as a munition: a device, an object, a package
  device: {
    en: ['device~', 'object', 'objects', 'package~', 'parcel~'],
    ru: ['устройств~', 'предмет~', 'сверт~', 'пакет~'],
    // 'جسم' alone is also the body: only 'a strange object' (session 10 review)
    ar: ['جسم غريب', 'جسما غريبا', 'اجسام غريبة', 'عبوة', 'عبوات', 'جهاز'],
  },
} satisfies Record<string, Lex>;
type Cls = keyof typeof CLASSES;

export interface SceneRule {
  feature: string;
  /** every group must be met by a word of one of its classes (different words) */
  groups: Cls[][];
  /** classes whose words in the vector's sentence make it another scene (a spray at protesters in a field) */
  unless?: Cls[];
  /** (session 19, agparen) the words of the groups must differ in their first five letters (two different products, not one
   * named twice: "poured bleach on the floor and then more bleach") */
  distinct?: boolean;
  why: string;
}

export const SCENE_RULES: SceneRule[] = [
  {
    feature: 'delivery_police_canister',
    groups: [['crowd'], ['gas']],
    why: 'a gas, spray or grenade at a protest, a rally, a march or in a crowd is the crowd-control munition: tear gas (CS) and pepper spray are the chemicals used on crowds (haar-2017: a systematic review of crowd-control chemical injuries; cdc-riot)',
  },
  {
    feature: 'delivery_police_canister',
    groups: [['throng'], ['gas'], ['deploy', 'grenade', 'police', 'target']],
    why: '(session 21, fixag1; review R19) a gas fired, thrown or sprayed at a crowd or a mob, or with the police there, is the crowd-control munition as at a protest (haar-2017; cdc-riot); a gas that spread through a crowd (a market, a funeral) is any gas: "Gas spread through the crowd; dozens fainted" names no delivery',
  },
  {
    feature: 'delivery_police_canister',
    groups: [['police'], ['deploy'], ['gas']],
    // session 11 (riot): not with aircraft or heavy munitions in the sentence (guards or police sprayed with a gas from a
    // cylinder a helicopter dropped are its victims, not the ones letting it off)
    unless: ['air', 'heavy'],
    why: 'the police firing, throwing, spraying or using a gas is the police munition (haar-2017; cdc-riot); the police alone near a gas are more often called to a leak',
  },
  {
    feature: 'delivery_police_canister',
    groups: [['forces'], ['deploy'], ['gas']],
    unless: ['air', 'heavy'],
    why: 'an occupation\'s forces firing or throwing gas or grenades at people, with no aircraft, shells or rockets in the sentence, is the crowd-control munition (tear gas; UN OCHA oPt Protection of Civilians reports; haar-2017); judgment of reading',
  },
  {
    feature: 'delivery_police_canister',
    groups: [['target'], ['deploy'], ['grenade']],
    unless: ['air', 'heavy'],
    why: 'grenades or canisters fired or thrown at people close by are the crowd-control munition (haar-2017: tear-gas canisters fired at crowds; cdc-riot); a grenade dropped from the air or beside shells and rockets is not read',
  },
  {
    feature: 'delivery_incendiary',
    groups: [['container'], ['fuel']],
    why: 'a bottle or jar with petrol, kerosene or a burning rag or wick is the petrol bomb (Molotov cocktail), an improvised incendiary weapon (hrw-incendiary-2020 treats incendiary weapons by their effect, fire)',
  },
  {
    feature: 'confined_space',
    groups: [['enter'], ['space']],
    // Session 16 (room aginc): not beside a munition or a fire: a shell that came down by a water tank (Arabic نزلت, the
    // verb of going down, is also that of a shell landing) is no one entering it; judgment of reading
    unless: ['heavy', 'air', 'munition'],
    why: 'people entering, clearing or emptying a tank, pit, sewer, well or manhole and collapsing there is the confined-space hazard (atsdr-h2s: hydrogen sulfide collects in sewers, manure pits and tanks; NIOSH 86-110, A Guide to Safety in Confined Spaces: rescuers are a large share of the dead)',
  },
  {
    feature: 'pesticide_application',
    groups: [['field'], ['farmwork', 'workers', 'spray']],
    unless: ['crowd', 'throng', 'police', 'munition', 'defence_spray'],
    why: 'people working in a field falling ill, or a spray or drift over a field or farm, is a pesticide exposure in most reported clusters (NIOSH SENSOR-Pesticides, Calvert et al. 2008, Am J Ind Med 51:883: drift and early re-entry into treated fields are the leading causes of acute pesticide illness among farmworkers)',
  },
  {
    feature: 'pesticide_application',
    groups: [['farmwork'], ['spray', 'workers']],
    unless: ['crowd', 'throng', 'police', 'munition'],
    why: 'as the field rule: weeding, hoeing, picking or harvesting is field work',
  },
  {
    feature: 'fumigant_application',
    groups: [['tablet'], ['pest']],
    // (session 19, agparen) not with a shell, rocket, bomb or fire in the sentence: pellets a munition scatters over a wheat field
    // burn, they are no grain fumigant ("rockets ... scattered burning pellets" in the wheat); the tablets + fumes rule keeps the
    // same exception
    unless: ['munition'],
    why: 'tablets, pellets or powder put against rodents, insects or in stored grain are a fumigant or rodenticide (aluminium or zinc phosphide tablets are the common grain fumigant and rodent bait: WHO/IPCS Poisons Information Monograph on aluminium phosphide; Proudfoot 2009, Clin Toxicol 47:89); extraction reads every fumigant_application hit as pesticide_application too (a fumigant is a pesticide; review 1 #16: one rule, not two)',
  },
  {
    feature: 'fumigant_application',
    groups: [['tablet'], ['fumes']],
    unless: ['crowd', 'throng', 'police', 'munition'],
    why: '(session 17, agru) tablets or pellets that gave off vapour or fumes are a fumigant: aluminium, magnesium or zinc phosphide tablets release phosphine gas in moist air, which is how they are used against pests in homes and stores (WHO/IPCS Poisons Information Monograph on aluminium phosphide; Proudfoot 2009, Clin Toxicol 47:89); a medicine tablet gives off no vapour. Told by official reports without the pest ("разложила таблетки ... пары ядовитого вещества через вентиляцию поднялись к соседям")',
  },
  {
    feature: 'delivery_pool_pump',
    groups: [['pour'], ['cleaner'], ['cleaner']],
    unless: ['heavy', 'air'],
    distinct: true,
    why: '(session 19, agparen) one cleaning product poured, added or tipped into or onto another ("poured the descaler into the bucket with the floor sanitiser"): two different cleaner words and a verb of pouring in reach are the mixing the rule below names by its verb (mmwr-bleach-1991: chlorine gas from bleach mixed with other cleaning products)',
  },
  {
    feature: 'delivery_pool_pump',
    groups: [['mix'], ['cleaner']],
    unless: ['heavy', 'air'],
    why: 'two cleaning products mixed or used together (bleach with an acid toilet or drain cleaner, or with ammonia) give off chlorine or chloramine gas: the knowledge base reads mixed cleaners with pool chlorination (mmwr-pool-2014: releases when chemicals mix; mmwr-bleach-1991: chlorine gas toxicity from bleach mixed with other cleaning products)',
  },
  {
    feature: 'delivery_pool_pump',
    groups: [['swim'], ['poolkit']],
    unless: ['heavy', 'air'],
    why: 'swimmers, a swim team or a lifeguard with a pump, a dosing unit or a chemical concentrate is the pool chlorination releasing its chemicals (mmwr-pool-2014: releases when pumps restart or chemicals mix)',
  },
  {
    feature: 'delivery_incendiary',
    groups: [['balloon'], ['ignite']],
    unless: ['air', 'heavy'],
    why: 'a balloon or kite that comes down and sets a fire carries an improvised incendiary (burning loads flown over a border fence into fields); a judgment of reading: a toy that starts a fire was made to',
  },
  {
    feature: 'delivery_incendiary',
    groups: [['device'], ['deploy'], ['ignite']],
    unless: ['air', 'heavy', 'police', 'crowd', 'throng'],
    why: 'a device or object thrown at a house or car that ignites or scorches is an improvised incendiary (a petrol bomb or firebomb; hrw-incendiary-2020 treats incendiary weapons by their effect, fire); a judgment of reading. Not with police or a crowd, whose thrown devices are grenades',
  },
];

/** One word of a lexicon entry: its letters, and whether it is a stem (any letters may follow). */
interface EntryWord {
  w: string;
  open: boolean;
}
interface Entry {
  /** the class, as its index in CLS (speed: arrays by class, not an object keyed by name) */
  cls: number;
  /** 0 en, 1 ru, 2 ar */
  lang: number;
  words: EntryWord[];
}
const CLS = Object.keys(CLASSES) as Cls[];
const clsIndex = (c: Cls) => CLS.indexOf(c);
const LANGS: SceneLang[] = ['en', 'ru', 'ar'];

/** Entries keyed on the first two letters of their first word (speed: a text's words are looked up, not scanned for). */
const byHead = new Map<number, Entry[]>();
/** an entry is keyed on its first three letters (two for a two-letter word, one for a one-letter word): a common opening
 * (по-, ال-) then names few entries */
const KEY_LEN = 3;
/** a small-integer hash of the opening letters (a collision only puts two openings in one list; each entry is checked) */
const headKey = (s: string, from: number, len: number) => {
  let k = len;
  for (let i = 0; i < len; i++) k = (k * 1031 + s.charCodeAt(from + i)) & 0x3fffffff;
  return k;
};
/** the low 16 bits of every key in byHead (speed: most of a text's openings are no key, told by one array read instead of
 * a map lookup; a shared low half only sends the lookup on to the map) */
const HEAD_BITS = new Uint8Array(0x10000);
for (const [cls, lex] of Object.entries(CLASSES) as [Cls, Lex][])
  for (const lang of ['en', 'ru', 'ar'] as SceneLang[])
    for (const raw of lex[lang] ?? []) {
      const words = normaliseText(raw)
        .toLowerCase()
        .split(' ')
        .map((x) => (x.endsWith('~') ? { w: x.slice(0, -1), open: true } : { w: x, open: false }));
      // an Arabic entry's own article goes: the text's words are looked up without theirs too
      if (lang === 'ar' && words[0].w.startsWith('ال') && words[0].w.length >= 4) words[0] = { w: words[0].w.slice(2), open: words[0].open };
      const head = headKey(words[0].w, 0, Math.min(KEY_LEN, words[0].w.length));
      const list = byHead.get(head) ?? [];
      list.push({ cls: clsIndex(cls), lang: LANGS.indexOf(lang), words });
      byHead.set(head, list);
      HEAD_BITS[head & 0xffff] = 1;
    }

/** Whether token[from..] is the entry word (a stem: starts with it; Arabic: may add a short suffix). */
function wordMatches(text: string, ts: number, te: number, from: number, e: EntryWord, ar: boolean): boolean {
  const at = ts + from;
  if (at + e.w.length > te || !text.startsWith(e.w, at)) return false;
  const rest = te - at - e.w.length;
  if (e.open || rest === 0) return true;
  if (!ar || rest > 2) return false;
  for (let k = te - rest; k < te; k++) if (!AR_TAIL_CHARS.has(text[k])) return false;
  return true;
}
const AR_TAIL_CHARS = new Set([...'اتنيوةهكم']);
/** the first letters of the Arabic proclitics (a word starting otherwise carries none) */
/** the offsets of a word's forms without its proclitics (reused from word to word) */
const forms = [0, 0, 0, 0, 0];

/** BMP letters (speed: the text's words are found by a table, not a regex). */
const IS_LETTER = (() => {
  const t = new Uint8Array(65536);
  const re = /\p{L}/u;
  for (let c = 0; c < 65536; c++) if (c < 0xd800 || c > 0xdfff) t[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/** Words that make a field, a crowd or a gas another thing ("oil field", "field hospital", "gas leak", "gas stove"). */
const NOT_AFTER: Partial<Record<Cls, RegExp>> = {
  field: /^\s+(?:hospitals?|commanders?|teams?|office|trips?|tests?|days?|units?|medics?|clinics?|reports?|kitchens?|artillery|госпитал\p{L}*|командир\p{L}*)/iu,
  gas: /^\s*(?:leaks?|station|stations|cylinders?|stoves?|heaters?|boilers?|mains?|pipes?|pipelines?|lines?|company|field|wells?|supply|bills?|prices?|explosion|masks?|detectors?|alarms?|sensors?|meters?|monitors?|утечк\p{L}*|плит\p{L}*|баллон\p{L}*|котл\p{L}*|колонк\p{L}*|трубопровод\p{L}*|ال?منزلي|ال?طبيعي)/iu,
  crowd: /^\s+(?:funding|sourced|sourcing)/iu,
  // (session 32, review) الأمن as security itself, not the forces: national, food, regional security, security and stability
  police: /^\s+(?:ال)?(?:قومي|غذائي|غذايي|مائي|مايي|صحي|دولي|اقليمي|وطني|سيبراني|والاستقرار|والامان|والسلام|والسلم)(?![\p{L}])/u,
  throng: /^\s+(?:funding|sourced|sourcing)/iu,
  farmwork: /^\s+(?:at\s+the\s+(?:plant|factory|site|refinery)|завода|цеха)/iu,
  // (session 27, agdev) 'burning' before a sign's noun is the sign ("a burning sensation", "burning eyes"), not a lit wick
  // (coordinator, session 27) putting products away together is storing them, not mixing them: the spoken Arabic 'put' (حط, حطت
  // ...) followed within a few words by a storage place ('in the same cupboard', 'on the shelf', 'in the drawer', 'away from the
  // children'); test/agents-fixag-s22 R10-R12; judgment of reading
  pour: /^(?:\s+[^\s.!?؟،,;]+){0,4}?\s+(?:في|ب|على|فوق|جوا|جوه)\s*(?:نفس\s+)?(?:ال)?(?:خزان\p{L}*|رف|الرف|درج|جارور|دولاب|مكان|مطرح|كبت)(?![\p{L}])|^(?:\s+[^\s.!?؟،,;]+){0,6}?\s+بعيد\p{L}*\s+عن\s+(?:ال)?(?:أطفال|اطفال|ولاد)/u,
  fuel: /^\s+(?:sensations?|feelings?|pain|pains|eyes|throats?|noses?|skin|chests?|lungs|mouths?|lips|faces?|ощущени\p{L}*|бол\p{L}*|глаз\p{L}*)(?![\p{L}])/iu,
};
const NOT_BEFORE: Partial<Record<Cls, RegExp>> = {
  // (session 28, agdev) a smell, a scent or the air that mixes with something is no product mixed with another ("guessing it was the
  // smell mixing with what they clean their desks with", "запах смешался с", "الريحة اختلطت"): the mixing verb's subject is the
  // smell; judgment of reading
  mix: /(?:smells?|odou?rs?|scents?|stench|air|fumes|запах\p{L}*|воздух|(?:ال)?(?:ريحة|رائحة|روائح|هوا|هواء))\s+(?:(?:was|were|is|are|had|has|been|got|just|all)\s+){0,2}$/iu,
  // (session 21, fixag1; review R25) officers of another service, who report a gas use rather than let it off
  // (session 32, review) الأمن after a proclitic preposition («لمجلس الأمن», «بمجلس الأمن») and الأمن as security itself, not the
  // forces: kept, restored, lacking or lost («حفظ / استتباب / انعدام / غياب / فقدان الأمن»)
  police: /(?:liaison|press|information|medical|health|public\s+affairs|un|u\.n\.|aid|relief|welfare|election|intelligence|military|army|customs|opcw|chemical|(?<![\p{L}])[وف]?[لبك]?(?:مجلس|وزار[هة]|وزير|دائر[هة]|مديري[هة]|لجن[هة]|حفظ|استتباب|انعدام|غياب|فقدان))\s+$/iu,
  field: /(?:athletic|football|soccer|playing|sports?|oil|gas|battle|mine|air|school|minefield|coal|магнитн\p{L}*|нефтян\p{L}*|газов\p{L}*|минн\p{L}*|футбольн\p{L}*|حقل\s+نفط|نفط)\s+$/iu,
  // (session 23, agnew) a share's price or trade before 'на акции' ('цены на акции', 'спрос на акции'): stocks, not a protest
  crowd: /(?:ventilation|exhaust|ceiling|цен\p{L}*|скидк\p{L}*|спрос|ставк\p{L}*|котировк\p{L}*|инвестиц\p{L}*|деньги|заработал\p{L}*|потратил\p{L}*)\s+$/iu,
  throng: /(?:ventilation|exhaust|ceiling)\s+$/iu,
  // (session 11, riot: gas, tear-gas or smoke shells are the police grenades, not artillery: 'lobbed gas shells')
  heavy: /(?:gas|tear-?gas|smoke)[\s-]+$/iu,
  // (session 11, riot: a gas mask is no gas let off: 'used gas masks', 'استخدموا أقنعة الغاز')
  gas: /(?:natural|cooking|household|bottled|mains|природн\p{L}*|бытов\p{L}*|اقنعة|قناع|كمامات|كمامة)\s+(?:ال)?$/iu,
  farmwork: /(?:plant|factory|refinery|rescue|road|construction|rail|mine|oil|dock|port|заводск\p{L}*)\s+$/iu,
  tablet: /(?:headache|sleeping|pain|vitamin)\s+$/iu,
  // (review 1 #9: حبة القمح is also 'a grain of wheat': the wheat right after grain or tablet is no pest or store of its own)
  pest: /(?:حبة|حبه|حبات|حبوب)\s+$/u,
  // a smell's simile: 'smelled like a swimming pool', 'пахло как в бассейне', 'ريحة زي المسبح'
  swim: /(?:like|of|как|زي|مثل|متل)\s+(?:an?\s+|the\s+|в\s+)?$/iu,
  // a smell's simile too: 'it smelled like bleach', 'пахло хлоркой', 'رائحة ... مثل الكلوركس' (session 10 review)
  cleaner: /(?:like|of|smell\p{L}*|как|пахл\p{L}*|пахн\p{L}*|запах\p{L}*|زي|مثل|متل|رائحة|ريحة)\s+(?:an?\s+|the\s+)?$/iu,
  // (session 27, agdev) a burning or a fire told of a part of the body ("my nose was burning", "eyes kept burning", "глаза горящие",
  // "عيوني مولعة") is the sign, not the petrol bomb's lit wick: a bottle in the next sentence (one to rinse the eyes) makes no
  // incendiary (dev-v28 a store's spray attack read incendiary .63); judgment of reading
  fuel: /(?:nose|noses|eyes?|throat|throats|skin|chest|lungs?|face|faces|mouth|lips?|tongue|cheeks?|hands?|arms?|legs?|feet|нос|глаза|горло|кожа|лицо|грудь|губы|руки|عيني|عيوني|عينه|عيونه|عيونها|عيونهم|عينها|زوري|زوره|صدري|صدره|جلدي|جلده|وشي|وجهي|وجهه)\s+(?:(?:was|were|is|are|kept|started|began|felt|still|all|just|really|so|had\s+been|начали|стали|ещё|еще|كان|كانت|صار|صارت)\s+){0,2}$/iu,
};
const NOT_AFTER_BY = CLS.map((c) => NOT_AFTER[c]);
/** how far after a word its class's NOT_AFTER looks: 24 characters, more for 'put' (its storage place follows its objects) */
const NOT_AFTER_SPAN = CLS.map((c) => (c === 'pour' ? 64 : 24));
const NOT_BEFORE_BY = CLS.map((c) => NOT_BEFORE[c]);

export interface SceneHit {
  feature: string;
  /** the vector word (the one the negation check is run on) and the setting or actor word */
  start: number;
  end: number;
  otherStart: number;
  otherEnd: number;
  rule: number;
}

const NEGATED_BEFORE = /(?<![\p{L}])(?:not|never|n't|не|ни|لم|لا|ما|مش)\s+(?:been\s+|be\s+|был\p{L}*\s+)?$/iu;

/** Sentence ends (the ends used for onset anchoring: . ! ? newline and the Arabic question mark). */
const SENT_END = /[.!?\n\u061F]/g;

/** The rules with their classes as indices (speed). */
const RULES = SCENE_RULES.map((r) => ({ feature: r.feature, police: r.feature === 'delivery_police_canister', groups: r.groups.map((g) => g.map(clsIndex)), unless: (r.unless ?? []).map(clsIndex), distinct: r.distinct === true }));
const DEPLOY = clsIndex('deploy');

// Scratch of one call, reused from call to call (speed: no allocation per text). The words of a text (offsets), and for
// each class the words found of it in text order: start, end, and (once the sentences are known) sentence index.
// Lists are used up to their counts (a list's length only grows).
const wordStarts: number[] = [];
const wordEnds: number[] = [];
const fStart: number[][] = CLS.map(() => []);
const fEnd: number[][] = CLS.map(() => []);
const fSent: number[][] = CLS.map(() => []);
const fCount = new Int32Array(CLS.length);
const sentEnds: number[] = [];
let nSent = 0;
const denied: number[] = [];
/** picked words of a rule's groups: class and index in that class's list */
const pickedCls = [0, 0, 0, 0];
const pickedIdx = [0, 0, 0, 0];

const inList = (xs: number[], n: number, x: number) => {
  for (let k = 0; k < n; k++) if (xs[k] === x) return true;
  return false;
};

/** The index of the sentence holding position i (the number of sentence ends before it). */
function sentenceOf(i: number): number {
  let k = 0;
  while (k < nSent && sentEnds[k] < i) k++;
  return k;
}

/**
 * The scene rules met in a (normalised, lower-cased) text: for each rule, the first pair of words of its groups that
 * sit in one sentence or in two neighbouring sentences.
 */
export function sceneHits(lower: string, scripts: Record<SceneLang, boolean>): SceneHit[] {
  const hasEn = scripts.en;
  const hasRu = scripts.ru;
  const hasAr = scripts.ar;
  // the text's words, once: letters, with inner hyphens and apostrophes (sit-in, didn't); offsets only (speed)
  const starts = wordStarts;
  const endsW = wordEnds;
  let nt = 0;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!IS_LETTER[lower.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const c = lower.charCodeAt(j);
      if (IS_LETTER[c] || ((c === 45 || c === 39) && j + 1 < n && IS_LETTER[lower.charCodeAt(j + 1)])) j++;
      else break;
    }
    starts[nt] = i;
    endsW[nt++] = j;
    i = j;
  }
  fCount.fill(0);
  let any = false;
  for (let i = 0; i < nt; i++) {
    const ts = starts[i];
    const te = endsW[i];
    const c0 = lower.charCodeAt(ts);
    const lang = c0 >= 0x600 && c0 <= 0x6ff ? 2 : c0 >= 0x400 && c0 <= 0x4ff ? 1 : 0;
    if (!(lang === 2 ? hasAr : lang === 1 ? hasRu : hasEn)) continue;
    const ar = lang === 2;
    // the word itself and, in Arabic, the word without its proclitics: a conjunction و/ف, then a preposition ب/ل/ك, then
    // the article ال (or لل after ل), each leaving two letters or more (speed: found by letters, not by 16 prefix tests)
    let nf = 1;
    if (ar) {
      let p = ts;
      let ch = c0;
      if ((ch === 0x648 || ch === 0x641) && te - p > 3) {
        forms[nf++] = ++p - ts;
        ch = lower.charCodeAt(p);
      }
      if ((ch === 0x628 || ch === 0x644 || ch === 0x643) && te - p > 3) {
        forms[nf++] = ++p - ts;
        ch = lower.charCodeAt(p);
      }
      if (ch === 0x627 && lower.charCodeAt(p + 1) === 0x644 && te - p > 3) forms[nf++] = (p += 2) - ts;
      else if (lower.charCodeAt(p - 1) === 0x644 && ch === 0x644 && te - p > 2) forms[nf++] = ++p - ts;
    }
    for (let fi = 0; fi < nf; fi++) {
      const from = fi === 0 ? 0 : forms[fi];
      const len = te - ts - from;
      // the keys of the word's first three, two and one letters (headKey's, computed together)
      const a0 = lower.charCodeAt(ts + from);
      const key1 = (1031 + a0) & 0x3fffffff;
      let key2 = 0;
      let key3 = 0;
      if (len >= 2) {
        const a1 = lower.charCodeAt(ts + from + 1);
        key2 = (((2 * 1031 + a0) & 0x3fffffff) * 1031 + a1) & 0x3fffffff;
        if (len >= 3) key3 = (((((3 * 1031 + a0) & 0x3fffffff) * 1031 + a1) & 0x3fffffff) * 1031 + lower.charCodeAt(ts + from + 2)) & 0x3fffffff;
      }
      for (let kl = len < KEY_LEN ? len : KEY_LEN; kl >= 1; kl--) {
        const key = kl === 3 ? key3 : kl === 2 ? key2 : key1;
        if (!HEAD_BITS[key & 0xffff]) continue;
        const entries = byHead.get(key);
        if (!entries) continue;
        for (let ei = 0; ei < entries.length; ei++) {
          const e = entries[ei];
          if (e.lang !== lang || !wordMatches(lower, ts, te, from, e.words[0], ar)) continue;
          // the entry's later words follow, each at most one word after the one before
          let j = i;
          let ok = true;
          for (let k = 1; k < e.words.length && ok; k++) {
            if (j + 1 < nt && wordMatches(lower, starts[j + 1], endsW[j + 1], 0, e.words[k], ar)) j += 1;
            else if (j + 2 < nt && wordMatches(lower, starts[j + 2], endsW[j + 2], 0, e.words[k], ar)) j += 2;
            else ok = false;
          }
          if (!ok) continue;
          const st = ts;
          const en = endsW[j];
          const cls = e.cls;
          const after = NOT_AFTER_BY[cls];
          if (after && after.test(lower.slice(en, en + NOT_AFTER_SPAN[cls]))) continue;
          const before = NOT_BEFORE_BY[cls];
          if (before && before.test(lower.slice(Math.max(0, st - 24), st))) continue;
          // one entry per word and class (the first found); a class's words come in text order, so only the last can be
          // this word
          const cnt = fCount[cls];
          if (cnt && fStart[cls][cnt - 1] === st) continue;
          fStart[cls][cnt] = st;
          fEnd[cls][cnt] = en;
          fCount[cls] = cnt + 1;
          any = true;
        }
      }
    }
  }
  if (!any) return [];
  // sentence index of each word found
  nSent = 0;
  SENT_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENT_END.exec(lower))) sentEnds[nSent++] = m.index;
  for (let c = 0; c < CLS.length; c++) {
    const ls = fStart[c];
    const ss = fSent[c];
    for (let k = 0; k < fCount[c]; k++) ss[k] = sentenceOf(ls[k]);
  }
  const out: SceneHit[] = [];
  // a deploying verb under a negation ("не применялся", "was not used", "لم تستخدم") denies the gas of its sentence
  let nDenied = 0;
  for (let k = 0; k < fCount[DEPLOY]; k++) {
    const ds = fStart[DEPLOY][k];
    if (NEGATED_BEFORE.test(lower.slice(Math.max(0, ds - 16), ds))) denied[nDenied++] = fSent[DEPLOY][k];
  }
  rules: for (let ri = 0; ri < RULES.length; ri++) {
    const rule = RULES[ri];
    const groups = rule.groups;
    const ng = groups.length;
    for (let g = 0; g < ng; g++) {
      let size = 0;
      for (const c of groups[g]) size += fCount[c];
      if (!size) continue rules;
    }
    // the last group is the vector (the word the negation check is run on); the others must sit within one sentence of it
    // and of each other, each a different word
    for (const vc of groups[ng - 1])
      for (let vi = 0; vi < fCount[vc]; vi++) {
        const vStart = fStart[vc][vi];
        const sv = fSent[vc][vi];
        if (rule.police && inList(denied, nDenied, sv)) continue;
        let other = false;
        for (const c of rule.unless) if (inList(fSent[c], fCount[c], sv)) other = true;
        if (other) continue;
        let np = 0;
        let ok = true;
        for (let g = 0; g < ng - 1 && ok; g++) {
          let found = false;
          for (const c of groups[g]) {
            const ls = fStart[c];
            const ss = fSent[c];
            for (let k = 0; k < fCount[c]; k++) {
              const xs = ls[k];
              if (xs === vStart) continue;
              if (rule.distinct && lower.slice(xs, xs + 5) === lower.slice(vStart, vStart + 5)) continue;
              const sx = ss[k];
              if (Math.abs(sx - sv) > 1) continue;
              let fits = true;
              for (let p = 0; p < np; p++) {
                const pc = pickedCls[p];
                const pi = pickedIdx[p];
                if (fStart[pc][pi] === xs || Math.abs(fSent[pc][pi] - sx) > 1) {
                  fits = false;
                  break;
                }
              }
              if (!fits) continue;
              pickedCls[np] = c;
              pickedIdx[np++] = k;
              found = true;
              break;
            }
            if (found) break;
          }
          if (!found) ok = false;
        }
        if (!ok) continue;
        const fc = pickedCls[0];
        const fk = pickedIdx[0];
        out.push({ feature: rule.feature, start: vStart, end: fEnd[vc][vi], otherStart: fStart[fc][fk], otherEnd: fEnd[fc][fk], rule: ri });
        continue rules;
      }
  }
  return out;
}
