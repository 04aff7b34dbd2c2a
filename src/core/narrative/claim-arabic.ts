/**
 * The Arabic grammar of the claim reader (claim-slots.ts calls it for Arabic text only): argument roles that the
 * general pairing of a party with its nearest cue reads wrong in Arabic. Pure; it reads the folded text (lower case,
 * alef / teh marbuta / yeh variants folded, diacritics dropped: `foldString`) and the party mentions the lexicon found,
 * and returns frames (a party in the role of agent or accused, with the word that makes it) and the parties that
 * hold another role (accuser, speaker, denier, target), which are never the blamed.
 *
 * Grammar, each rule general to Modern Standard Arabic news prose (Ryding 2005, "A Reference Grammar of Modern
 * Standard Arabic": ch. 5 clitics, ch. 13 verb-subject-object order, ch. 18 idafa of verbal nouns, ch. 21 passive;
 * Badawi, Carter & Gully 2004, "Modern Written Arabic" §2.7 reported speech):
 *
 * - **Clitics.** A word is read after its proclitics: conjunction و / ف, preposition ب / ل / ك, article ال ("لل" =
 *   ل + ال); the scanner (claim-slots.ts) retries a word after the article too (`arabicStemStart`).
 * - **Accusation verbs and their roles.** "اتهم / يتهم / اتهمت" (VSO or SVO), the participle "متهما" and the verbal
 *   noun "اتهام / اتهامات" take the ACCUSER as subject (or first idafa) and the ACCUSED as object, followed by the
 *   charge "بـ + verbal noun" ("باستخدام", "بارتكاب", "بالتحضير", "بأنها"). The accused is the last party before the
 *   charge; the parties before it are accusers. A party after "ضد / إلى / لـ" of an accusation noun ("اتهامات ضد
 *   روسيا", "أصابع الاتهام إلى") is the accused. The passive "اتُّهم" is written as the active: with one party before
 *   the charge, that party is the accused either way.
 * - **Holding responsible.** "حمّل X المسؤولية" (X is held responsible), "حمّل ... مسؤولية الهجوم لـ / إلى Y" (Y is),
 *   the verbal noun "تحميل"; "تتحمل X المسؤولية" (X bears it).
 * - **Responsibility predicate.** "X مسؤول / مسؤولة / مسؤولان عن" and "X يقف وراء", "تبنى X", "أعلن X مسؤوليته": X.
 * - **Verbal nouns with an idafa agent.** "استخدام النظام لغاز الكلور", "قصف قوات النظام", "ضلوع روسيا": the party
 *   right after the verbal noun of a deed is its agent (the object, when named, takes "لـ"); not after a hedge of
 *   possibility ("إمكانية", "احتمال").
 * - **Resumptive relative verbs.** "هجوم شنته قوات النظام", "تمثيليات قام بها الإرهابيون": a deed verb carrying the
 *   object pronoun of the noun it qualifies has its subject right after it.
 * - **Light verbs.** "حاول / قام بـ / أقدم على / لجأ إلى / واصل" with a party as subject (before or after) and the verbal
 *   noun of a deed after it: the party is the agent ("حاول مسلحو القوات الأوكرانية استخدام مادة كيميائية").
 * - **Passive agents.** "من قبل / على يد / على أيدي / بواسطة X" after a deed: X.
 * - **Speakers and deniers.** The parties between a speech or denial verb and its complementizer ("قالت المتحدثة باسم
 *   الخارجية الروسية ماريا زاخاروفا أن ...") say or deny; they are no deed's subject.
 * - **Targets.** A party after "ضد", after a place or position noun ("مواقع الجيش", "مناطق سيطرة"), or after a purpose
 *   ("لاتهام الجيش السوري", "بهدف تحميل دمشق", "لتوريط") is where the deed or the story aims, never its doer.
 *
 * Negation ("لم / لا / لن / ليس / غير" right before a cue) cancels the frame. Everything is one pass over the words
 * and the parties (linear in the text).
 */

export interface ArParty {
  /** party value (claim-slots' PARTIES) */
  value: string;
  at: number;
  end: number;
}
export type ArRole = 'agent' | 'accused';
export interface ArFrame {
  /** index into the parties given */
  party: number;
  role: ArRole;
  /** the word that sets the role */
  cue: string;
}
export interface ArReading {
  frames: ArFrame[];
  /** indexes of parties that accuse, speak, deny or are targeted: never the blamed */
  excluded: Set<number>;
}

/**
 * Arabic spellings the reader's lexicon takes in (claim-slots.ts spreads them into its LEXICON, folded): generic
 * names of the parties in Syrian state media and opposition media, and Arabic names of agents and incidents the
 * built-in lists missed. [kind, value, ...spellings]. Sources: the vocabulary lists of the brief (state media:
 * "المجموعات الإرهابية المسلحة", "التنظيمات الإرهابية"; opposition: "قوات الأسد", "ميليشيات النظام"), SANA and
 * Enab Baladi usage, and the v8 judgement call that "foreign specialists / foreign security services" are `west`.
 */
export const AR_LEXICON: readonly (readonly string[])[] = [
  ['party', 'government', 'السلطات السوريه', 'نظام دمشق', 'حكومه دمشق', 'الحكومه السوريه', 'القوات الحكوميه السوريه', 'طائرات حربيه سوريه', 'طائرات سوريه', 'طائرات النظام', 'طائرات الاسد', 'مروحيات النظام', 'مروحيات الاسد', 'جيش النظام', 'ميليشيات النظام', 'ميليشيا النظام', 'مليشيات النظام', 'الجيش النظامي', 'المقاتلات السوريه', 'الرئيس السوري', 'النظام السوري', 'قوات الحكومه السوريه',
    // a force noun with the nisba "Syrian" (the air force and army of the government)
    'الطائرات الحربيه السوريه', 'المروحيات السوريه', 'مروحيات سوريه', 'المقاتلات الحربيه السوريه', 'الطيران الحربي', 'طيران حربي سوري', 'القوات النظاميه', 'قوات الجيش السوري', 'الفرقه الرابعه'],
  ['party', 'opposition', 'الثوار', 'ثوار', 'المعارضين', 'المعارضون', 'الدوله الاسلاميه', 'التنظيمات المسلحه', 'العصابات المسلحه', 'العصابات الارهابيه', 'المجموعات الارهابيه المسلحه', 'الفصائل المسلحه', 'المعارضه المسلحه', 'الجهاديين', 'الجهاديون', 'المتشددين', 'المتشددون',
    // Syrian state media call Turkey-backed factions "mercenaries" (Turkey-backed Syrian factions are `opposition`, v10 calls)
    'مرتزقه', 'المرتزقه', 'تنظيم القاعده', 'فتح الشام', 'الحزب الاسلامي التركستاني', 'جيش العزه'],
  ['party', 'west', 'البيت الابيض', 'البنتاغون', 'البنتاجون', 'مخابرات اجنبيه', 'المخابرات الاجنبيه', 'اجهزه الامن الاجنبيه', 'الاجهزه الامنيه الاجنبيه', 'اجهزه امن اجنبيه', 'اجهزه المخابرات الاجنبيه', 'لندن', 'باريس', 'استخبارات اجنبيه', 'الاستخبارات الاجنبيه', 'اجهزه استخبارات اجنبيه', 'اجهزه مخابرات اجنبيه', 'خبراء اجانب', 'الخبراء الاجانب', 'اميركا', 'الاميركي*', 'الامريكيين', 'المملكه المتحده', 'الفرنسيه', 'الفرنسي', 'دول غربيه'],
  // a nisba adjective without the article names its country's side as the English "Russian", "American" do
  // ("طائرات روسية", "غاز أعصاب روسي الصنع"); a capital stands for its government ("يتهم الغرب دمشق"), and after a
  // preposition or a place noun it is the city (readArabic excludes it: "في دمشق", "ريف دمشق")
  ['party', 'russia', 'موسكو', 'الكرملين', 'الروس', 'الجيش الروسي', 'روسي', 'روسيه'],
  ['party', 'west', 'امريكي', 'امريكيه', 'اميركي', 'اميركيه', 'بريطاني', 'بريطانيه', 'فرنسي'],
  ['party', 'government', 'دمشق'],
  // `other` (README guide and v10 call 9: Israel, Iran's militias, Kurdish forces, the Houthis, the Saudi-led coalition, Saddam's Iraq)
  ['party', 'other', 'الايراني*', 'ايراني*', 'الحرس الثوري', 'الاسرائيلي*', 'اسرائيلي*', 'الاحتلال الاسرائيلي', 'جيش الاحتلال', 'الحوثي*', 'انصار الله', 'التحالف العربي', 'التحالف بقياده السعوديه', 'تحالف دعم الشرعيه', 'صدام حسين', 'النظام العراقي السابق', 'نظام صدام', 'وحدات حمايه الشعب', 'قسد', 'قوات سوريا الديمقراطيه', 'التركي', 'الجيش التركي', 'انقره'],
  ['party', 'ukraine', 'النازيين الجدد', 'النازيون الجدد', 'القوميين الاوكرانيين', 'القوميون الاوكرانيون'],
  // deed verbs the built-in list lacks: "ضربت", "رشت" (sprayed), "اعتدت"
  ['cue-before', 'did', 'ضربت', 'يضرب', 'تضرب', 'رش', 'رشت', 'يرش', 'ترش', 'رشوا', 'اعتدت', 'اعتدي', 'يستهدفون', 'اغارت'],
  // "تمهيدا لـ" (paving the way for): a preparation marker
  ['prepare', 'prepare', 'تمهيدا', 'تمهيد', 'استعدادا'],
  ['agent', 'chemical', 'غاز اعصاب', 'غاز الاعصاب', 'غازات الاعصاب', 'كيمياوي', 'الكيمياوي', 'كيمياويه', 'الكيمياويه', 'كمياويه', 'غازات كيميائيه', 'الكلوروبكرين', 'كلوروبكرين'],
  ['agent', 'novichok', 'نوفيتشوك', 'نوفيشوك'],
  // the adjective agrees in definiteness ("بالغازات السامة"), a gas attack named by its gas ("بالغاز": with gas), sulfur mustard
  // without the article ("غاز خردل الكبريت")
  ['agent', 'chemical', 'الغازات السامه', 'الغازات الكيمياييه', 'الغارات السامه', 'غارات سامه', 'كيماويات', 'كيماويات سامه', 'كيميائيات', 'بالغاز', 'بالغازات'],
  ['agent', 'sulfur-mustard', 'خردل', 'خردل الكبريت', 'غاز خردل', 'الخردل الكبريتي'],
  ['agent', 'chlorine', 'الكلورين', 'غاز الكلورين'],
  ['incident', 'incident', 'تسميم'],
  // "did not happen": the incident is denied (staged true, v10 judgement call 1)
  // contrived, invented, a false flag ("مفتعل", "افتعال", "الراية الكاذبة"), beside the built-in "مفبرك / مسرحية / ملفق"
  ['staged', 'staged', 'مفتعل*', 'افتعال', 'المفتعل*', 'مصطنع*', 'الرايه الكاذبه', 'رايه كاذبه', 'العلم الزايف', 'علم زايف', 'اكذوبه', 'الاكذوبه'],
  ['staged', 'staged', 'لم يحدث', 'لم تحدث', 'لم يقع', 'لم تقع', 'لم يحصل', 'لم تحصل', 'لم يكن هناك هجوم'],
];

/**
 * Where a word's stem starts after its article ("القصف", "للقصف", "بالغازات", "والهجوم"): the index after "ال" (or
 * after the proclitics and "ال"), or -1 when the word has no article. The scanner retries the lexicon there when the
 * whole word and the word after one proclitic match nothing.
 */
export function arabicStemStart(s: string, i: number): number {
  let j = i;
  const c = s.charCodeAt(j);
  if (c === 0x0648 || c === 0x0641) j++; // و ف
  const d = s.charCodeAt(j);
  if (d === 0x0644 && s.charCodeAt(j + 1) === 0x0644) j += 2; // لل = ل + ال
  else {
    if (d === 0x0628 || d === 0x0643 || d === 0x0644) j++; // ب ك ل
    if (s.charCodeAt(j) !== 0x0627 || s.charCodeAt(j + 1) !== 0x0644) return -1;
    j += 2;
  }
  // a stem of at least three letters
  return j + 2 < s.length && s.charCodeAt(j + 2) >= 0x0621 && s.charCodeAt(j + 2) <= 0x064a ? j : -1;
}

// "أعداد الضحايا" (numbers) and "إعداد" (preparation) fold alike: before a word for people or a size it is numbers
const NUMBERS = /(?<![\p{L}])([وفبل]?)اعداد(?=\s+(?:ال)?(?:ضحايا|قتلي|مصابين|جرحي|مدنيين|كبيره|هايله|ضخمه|متزايده|اطفال|نازحين|لاجيين|اصابات|وفيات)(?![\p{L}]))/gu;
/**
 * The folded Arabic text made ready for the scanner, keeping its length and offsets: quotation marks inside names
 * ("تنظيم “الدولة”", "جماعة “هيئة تحرير الشام") blanked, and "أعداد" of people (numbers, folded like "إعداد",
 * preparation) written "ارقام".
 */
export const arabicNormalise = (s: string): string => s.replace(/[“”"«»„]/g, ' ').replace(NUMBERS, (m, p: string) => p + 'ارقام');

interface Tok {
  w: string;
  at: number;
  end: number;
  /** the word without its proclitics (و ف, then ب ل ك, then ال) */
  b: string;
  /** the proclitic preposition (ب ل ك) or '' */
  prep: string;
  /** sentence number */
  sent: number;
  /** index of the party that starts in this token, or -1 */
  party: number;
}

// a letter or digit of the scripts the reader meets (Latin, Cyrillic, Arabic), decided per code unit without a regex
const isWordUnit = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x024f && c !== 0xd7 && c !== 0xf7) || (c >= 0x0400 && c <= 0x04ff);
/** the words of a folded text with their offsets and sentence numbers (stems filled in later, where needed) */
function tokenise(s: string): Tok[] {
  const toks: Tok[] = [];
  let sent = 0;
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (isWordUnit(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      toks.push({ w: s.slice(start, i), at: start, end: i, b: '', prep: '', sent, party: -1 });
      start = -1;
    }
    // . ! ? ؟ ; and a line end close a sentence
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x3b || c === 0x0a) sent++;
  }
  return toks;
}
const SENTENCE_END = /[.!?؟;\n]/;

/** the word without its proclitics: conjunction, preposition, article */
function strip(w: string): { b: string; prep: string } {
  let x = w;
  let prep = '';
  if (x.length > 3 && (x[0] === 'و' || x[0] === 'ف')) x = x.slice(1);
  if (x.length > 4 && x.startsWith('لل')) return { b: x.slice(2), prep: 'ل' };
  if (x.length > 3 && (x[0] === 'ب' || x[0] === 'ل' || x[0] === 'ك') && !/^(?:بين|بعد|بل|لكن|لم|لن|لا|ليس|لدي|لدي|كما|كان|كانت|بشار|بريطانيا|بوتين|بيسكوف)/.test(x)) {
    prep = x[0];
    x = x.slice(1);
  }
  if (x.length > 4 && x.startsWith('ال')) x = x.slice(2);
  return { b: x, prep };
}

// Word lists (folded spellings; each is the verb or noun in its common MSA news forms: perfect and imperfect,
// masculine and feminine, singular and plural)
// accusation verbs and participles
const ACCUSE_VERB = /^(?:[وف])?(?:اتهم|اتهمت|اتهموا|اتهما|اتهمتا|يتهم|تتهم|يتهمون|يتهمان|تتهمان|نتهم)$/;
const ACCUSE_PART = /^(?:[وف])?(?:متهما|متهمه|متهمين|متهمتين|متهمون|متهم)$/;
const ACCUSE_NOUN = /^(?:[وف])?(?:ب|ل)?(?:ال|لل)?(?:اتهام|اتهامات|اتهامها|اتهامه|اتهامهم)$/;
const ACCUSED_NOUN = /^(?:ال)(?:متهم|متهمه|متهمون|متهمين)$/;
// the charge: "بـ" + a verbal noun of a derived form (ارتكاب، استخدام، تنفيذ، التحضير) or of a deed, or "بأن / بأنها"
const CHARGE = /^(?:[وف])?ب(?:ال)?(?:ا\p{L}{3,}|ت\p{L}{3,}|شن\p{L}*|قصف\p{L}*|فبرك\p{L}*|ضرب\p{L}*|رش\p{L}*|قتل\p{L}*|ان|انه|انها|انهم|انهما|المسوولي\p{L}*|المسيولي\p{L}*|مسوولي\p{L}*|مسيولي\p{L}*|الوقوف|الضلوع|ضلوع\p{L}*|الهجوم|هجوم\p{L}*)$/u;
const HOLD_VERB = /^(?:[وف])?(?:حمل|حملت|حملوا|حملا|يحمل|تحمل|يحملون|نحمل|محملا|محمله|محملين|محملتين|تحميل|وتحميل)$/;
const BEAR_VERB = /^(?:[وف])?(?:تتحمل|يتحمل|يتحملون|تحمل|تحملت)$/;
const RESPONSIBILITY = /^(?:[وفب]?(?:ال)?)(?:مسوولي|مسيولي)\p{L}*$/u;
const RESPONSIBLE = /^(?:[وف]?(?:ال)?)(?:مسوول|مسيول)(?:ه|ان|ون|ين|تان|تين|ا)?$/u;
const BEHIND = /^(?:[وف])?(?:يقف|تقف|يقفون|وقف|وقفت|وقفوا|يقفان|تقفان)$/;
const CLAIMED_RESPONSIBILITY = /^(?:[وف])?(?:تبني|تبنت|تبنوا|يتبني|تتبني)$/;
// verbal nouns of deeds whose idafa is their agent
const DEED_NOUN = /^(?:اعداد|تحضير|تخطيط|استخدام|استعمال|قصف|استهداف|القاء|اطلاق|شن|ارتكاب|تنفيذ|ضلوع|تورط|اعتداء|اعتداءات|هجوم|هجمات|غارات|رش|لجوء|تسميم|مهاجمه|ضرب|فبركه|تصوير|نقل|تخزين)$/;
// a hedge of possibility before a verbal noun: "إمكانية ضلوع روسيا" is investigated, not said
const POSSIBILITY = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:امكانيه|احتمال|احتماليه|فرضيه|شبهه|شبهات)$/;
// a deed verb with the object pronoun of the noun it qualifies: "شنته", "نفذتها", "ارتكبها"
const RESUMPTIVE = /^(?:[وف])?(?:شن|نفذ|ارتكب|اطلق|الق|القا|استخدم|دبر|فبرك|نظم|اعد|لفق|صور)(?:ت)?(?:ه|ها|هم|وه|وها)$/;
const DID_IT = /^(?:[وف])?(?:قام|قامت|قاموا|يقوم|تقوم|يقومون)$/;
const WITH_IT = /^(?:به|بها|بهم|بهما)$/;
const LIGHT_VERB = /^(?:[وف])?(?:انتهي|انتهت|انتهوا|بدا|بدات|بداوا|شرع|شرعت|شرعوا|اقدام|باقدام|قيام|بقيام|محاوله|محاولات|حاول|حاولت|حاولوا|يحاول|تحاول|يحاولون|قام|قامت|قاموا|يقوم|تقوم|يقومون|اقدم|اقدمت|اقدموا|يقدم|تقدم|عمد|عمدت|عمدوا|لجا|لجات|لجاوا|يلجا|تلجا|واصل|واصلت|واصلوا|يواصل|تواصل|جدد|جددت|يعاود|تعاود|عاود|عاودت)$/;
const PASSIVE_AGENT = /^(?:[وف])?(?:قبل|يد|ايدي|بواسطه|بيد|يدي)$/;
// speech, denial and warning verbs (their subject says, it does not do): the SPEECH list of claim-slots, as verbs
const SPEECH_VERB = /^(?:[وف])?(?:قال|قالت|قالوا|يقول|تقول|اكد|اكدت|اكدوا|يؤكد|يوكد|توكد|اعلن|اعلنت|اعلنوا|يعلن|تعلن|ذكر|ذكرت|ذكروا|افاد|افادت|كشف|كشفت|زعم|زعمت|زعموا|يزعم|تزعم|اضاف|اضافت|اوضح|اوضحت|حذر|حذرت|يحذر|تحذر|اعتبر|اعتبرت|صرح|صرحت|نقل|نقلت|طالب|طالبت|دعا|دعت|ادان|ادانت|نفي|نفت|ينفي|تنفي|نفوا|اشار|اشارت|لفت|لفتت|شدد|شددت|رفض|رفضت|يرفض|ترفض|اعرب|اعربت|تساءل|تسايل|ندد|نددت|يندد|تندد|استنكر|استنكرت|وصف|وصفت|تذرع|تذرعت|يتذرع|تتذرع)$/;
const COMPLEMENTIZER = /^(?:ان|انه|انها|انهم|انهما|بان|بانه|بانها|بانهم|وان|لان|حول|بشان)$/;
// "حذر من", "كشف عن", "تذرع بـ": the preposition closes the speaker too
const SPEECH_PREP = /^(?:من|عن|بحجه|بذريعه)$/;
// a denial or a word for an untrue claim before a deed noun: "نفي استخدام الجيش", "المزاعم عن استخدام القوات"
const DENIAL_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:نفي|نفيه|نفت|ينفي|تنفي|رفض|رفضت|يرفض|ترفض|مزاعم|ادعاءات|ادعاء|اكاذيب|افتراءات|تكذيب)$/;
// staging words: a deed told inside a staged story ("مسرحية الاستخدام المزعوم ... من قبل الجيش") is the false charge,
// and the party it names is its target
const STAGING_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:مسرحيه|مسرحيات|فبركه|تمثيليه|تمثيليات|مفبرك|مفبركه|سيناريو|استفزاز)$/;
// a head noun in the construct state before a party: plural "ي / و" endings, forces and groups
const CONSTRUCT_HEAD = /(?:ي|و)$|^(?:[بلك]?)(?:عناصر|ميليشيات|مليشيات|قوات|فصائل|جماعه|تنظيم|حركه|ممثلي|مقاتلي|مسلحي|ارهابيي)$/;
const CAPITAL = /^(?:دمشق|موسكو|واشنطن|لندن|باريس|كييف|انقره)$/;
const CITY_BEFORE = /^(?:[وف]?(?:ب|ل)?)(?:في|الي|علي|من|ريف|مدينه|العاصمه|عاصمه|قرب|شرق|غرب|جنوب|شمال|ضواحي|محافظه|جنوبي|شمالي|شرقي|غربي|وسط|حول|مطار|جامعه|سفاره|سفير|مندوب|حي|احياء|محيط|اطراف)$/;
// prepositions before a party: it is no subject ("متواطئون مع الإرهابيين")
const PREPOSITION = /^(?:مع|من|في|الي|علي|عن|ضد|بين|لدي|عند|حول|نحو|منذ|جانب|بجانب)$/;
// verbs of moving or storing chemicals: with an agent named near them, an announced attack (v9 judgement call)
const TRANSPORT = /^(?:[وف])?(?:نقل|نقلت|نقلوا|ينقل|تنقل|ينقلون|خزن|خزنت|خزنوا|يخزن|تخزن|يخزنون|ادخل|ادخلت|ادخلوا|يدخل|يدخلون|جلب|جلبت|جلبوا|يجلب|يجلبون|هرب|هربت|هربوا|يهرب|يهربون|سلم|سلمت|سلموا|زود|زودت|زودوا)$/;
// participation: "بمشاركة مخابرات أجنبية" names a participant of the deed (v10 judgement call 5)
const PARTICIPATION = /^(?:[وف])?(?:بمشاركه|بتنسيق|باشراف|بتوجيه|بتخطيط|بتدبير)$/;
const NEGATION = /^(?:[وف])?(?:لم|لا|لن|ليس|ليست|غير|ما)$/;
const AGAINST = /^(?:[وف])?(?:ضد)$/;
// nouns of places and positions: a party after one is where a deed lands ("مواقع الجيش", "مناطق سيطرة النظام")
const PLACE_NOUN = /^(?:[وفبل]?(?:ال)?)(?:مواقع|موقع|مناطق|منطقه|مقرات|مقر|نقاط|نقطه|تجمعات|ثكنات|معاقل|معقل|مراكز|سيطره|مستشفيات|احياء|حواجز)$/;
// purpose: "لاتهام", "بهدف اتهام", "لتحميل", "لتوريط", "لإدانة", "لتشويه صورة": the party after is the target
const PURPOSE_VERB = /^(?:[وف])?ل(?:اتهام|تحميل|توريط|ادانه|تشويه|شيطنه|تجريم|تبرير)$/;
const PURPOSE_LEAD = /^(?:بهدف|بغيه|لغرض|سعيا|محاوله|لمحاوله|اجل|ذريعه|بذريعه|حجه|بحجه)$/;
const PURPOSE_NOUN = /^(?:اتهام|تحميل|توريط|ادانه|تشويه|شيطنه|تجريم|اتهامه)$/;

/** the frames and exclusions of one Arabic text (folded), given the parties the lexicon found in it */
export function readArabic(s: string, parties: readonly ArParty[], agents: readonly number[] = []): ArReading {
  // every frame and exclusion is about a party: none, nothing to read
  if (!parties.length) return { frames: [], excluded: new Set() };
  const toks: Tok[] = tokenise(s);
  // each party to the token it starts in (a proclitic may precede it in the same token)
  const partyTok: number[] = new Array(parties.length).fill(-1);
  const partyEndTok: number[] = new Array(parties.length).fill(-1);
  {
    let t = 0;
    const order = parties.map((_, i) => i).sort((a, b) => parties[a].at - parties[b].at);
    for (const i of order) {
      while (t < toks.length && toks[t].end <= parties[i].at) t++;
      if (t >= toks.length) break;
      partyTok[i] = t;
      if (toks[t].party < 0) toks[t].party = i;
      let e = t;
      while (e + 1 < toks.length && toks[e + 1].at < parties[i].end) e++;
      partyEndTok[i] = e;
    }
  }
  // per token: the party ending there, and whether a party covers it (look-ups in O(1), so the pass stays linear)
  const endAt: number[] = new Array(toks.length).fill(-1);
  const covered: boolean[] = new Array(toks.length).fill(false);
  for (let i = 0; i < parties.length; i++) {
    if (partyTok[i] < 0) continue;
    if (endAt[partyEndTok[i]] < 0) endAt[partyEndTok[i]] = i;
    for (let u = partyTok[i]; u <= partyEndTok[i]; u++) covered[u] = true;
  }
  const frames: ArFrame[] = [];
  const excluded = new Set<number>();
  const frame = (party: number, role: ArRole, cue: string) => {
    if (party >= 0 && !excluded.has(party)) frames.push({ party, role, cue });
  };
  /** parties starting in tokens [a, b) of sentence `st`, in order */
  const partiesIn = (a: number, b: number, st: number): number[] => {
    const out: number[] = [];
    for (let t = Math.max(0, a); t < Math.min(b, toks.length); t++) if (toks[t].sent === st && toks[t].party >= 0) out.push(toks[t].party);
    return out;
  };
  const negated = (t: number) => (t > 0 && NEGATION.test(toks[t - 1].w)) || (t > 1 && NEGATION.test(toks[t - 2].w) && toks[t - 2].sent === toks[t].sent);
  /** the party whose first token is within `n` tokens after t (same sentence), skipping no other party */
  const partyAfter = (t: number, n: number): number => {
    for (let u = t + 1; u <= t + n && u < toks.length && toks[u].sent === toks[t].sent; u++) if (toks[u].party >= 0) return toks[u].party;
    return -1;
  };
  /**
   * a party and the parties in idafa after it, one or two words on ("مسلحو القوات الأوكرانية"): the head that stands
   * for the chain (a generic word for fighters gives way to the named party after it) and the chain's last token
   */
  const chain = (p: number): [number, number] => {
    let head = p;
    let e = partyEndTok[p];
    for (let k = 0; k < 2; k++) {
      const q = e + 1 < toks.length && toks[e + 1].party >= 0 ? toks[e + 1].party : e + 2 < toks.length && toks[e + 2].party >= 0 && toks[e + 2].prep === '' ? toks[e + 2].party : -1;
      if (q < 0 || q === head || toks[partyTok[q]].sent !== toks[e].sent) break;
      if (parties[head].value === 'opposition' && parties[q].value !== 'opposition') head = q;
      e = partyEndTok[q];
    }
    return [head, e];
  };
  /** a party that can be a subject: no preposition on it or right before it */
  const bare = (p: number, depth = 0): boolean => {
    const t = partyTok[p];
    if (t < 0) return false;
    const lead = s.slice(toks[t].at, parties[p].at);
    if (/[بلك]$/.test(lead)) return false;
    if (t > 0 && toks[t - 1].sent === toks[t].sent) {
      if (PREPOSITION.test(toks[t - 1].w)) return false;
      // a party in idafa after another ("مع إرهابيي الخوذ البيضاء") shares that one's preposition
      const prev = endAt[t - 1] !== p ? endAt[t - 1] : -1;
      if (prev >= 0 && depth < 2) return bare(prev, depth + 1);
      // or after a head noun of fighters or forces ("مع إرهابيي الخوذ", "على عناصر الجيش")
      if (prev < 0 && t > 1 && CONSTRUCT_HEAD.test(toks[t - 1].w) && toks[t - 2].sent === toks[t].sent && (PREPOSITION.test(toks[t - 2].w) || /^[بلك]/.test(toks[t - 1].w))) return false;
    }
    return true;
  };
  /**
   * a deed inside a staged story: going back from t, a deed noun comes before a staging word ("مسرحية الاستخدام
   * المزعوم للأسلحة من قبل الجيش": the army is the target of the staging); the staging's own agent ("تنظيم استفزاز من
   * قبل نظام كييف", "الفيديو المفبركة من قبل الخوذ") has no deed noun in between
   */
  const stagedDeed = (t: number): boolean => {
    let deed = false;
    for (let u = t - 1; u >= 0 && u >= t - 7 && toks[u].sent === toks[t].sent; u--) {
      if (STAGING_WORD.test(toks[u].w)) return deed;
      if (DEED_NOUN.test(toks[u].b)) deed = true;
    }
    return false;
  };
  /** the nearest party before t (within `n` tokens, same sentence) that can be a subject, past companions */
  const subjectBefore = (t: number, n: number): number => {
    for (let u = t - 1; u >= 0 && u >= t - n && toks[u].sent === toks[t].sent; u--) if (endAt[u] >= 0 && bare(endAt[u])) return endAt[u];
    return -1;
  };
  /** a word among the `n` before t (same sentence) matching re */
  const wordBefore = (t: number, n: number, re: RegExp): boolean => {
    for (let u = t - 1; u >= 0 && u >= t - n && toks[u].sent === toks[t].sent; u--) if (re.test(toks[u].w)) return true;
    return false;
  };
  /** the party whose last token is within `n` tokens before t (same sentence) */
  const partyBefore = (t: number, n: number): number => {
    for (let u = t - 1; u >= 0 && u >= t - n && toks[u].sent === toks[t].sent; u--) {
      if (endAt[u] >= 0) return endAt[u];
      if (covered[u]) return -1;
    }
    return -1;
  };

  // a cue acts on parties at most NEAR words away: only words that near a party are read as cues (the pass costs a few
  // look-ups per word of a long text that names one party)
  const NEAR = 20;
  const near: boolean[] = new Array(toks.length).fill(false);
  for (let i = 0; i < parties.length; i++) if (partyTok[i] >= 0) for (let u = Math.max(0, partyTok[i] - NEAR); u <= Math.min(toks.length - 1, partyEndTok[i] + NEAR); u++) near[u] = true;
  // a party's own words and digits are no cues
  for (let u = 0; u < toks.length; u++) if (near[u] && (covered[u] || toks[u].w.charCodeAt(0) < 0x0621)) near[u] = false;
  // the words' stems, for the words read as cues only
  for (let u = 0; u < toks.length; u++)
    if (near[u]) {
      const { b, prep } = strip(toks[u].w);
      toks[u].b = b;
      toks[u].prep = prep;
    }

  // pass 1: roles that exclude (speakers, deniers, targets, purposes)
  for (let t = 0; t < toks.length; t++) {
    if (!near[t]) continue;
    const tk = toks[t];
    if (SPEECH_VERB.test(tk.w)) {
      // "أعلن تنظيم الدولة مسؤوليته": the announcer of its own responsibility is the doer (pass 2)
      let stop = -1;
      let resp = false;
      for (let u = t + 1; u <= t + 12 && u < toks.length && toks[u].sent === tk.sent; u++) {
        const w = toks[u].w;
        if (COMPLEMENTIZER.test(w) || SPEECH_PREP.test(w)) {
          stop = u;
          break;
        }
        // the speaker ends where its content starts: a claim of responsibility, an accusation, a deed or a charge
        if (RESPONSIBILITY.test(w) || ACCUSE_NOUN.test(w) || ACCUSE_VERB.test(w) || DEED_NOUN.test(toks[u].b) || (CHARGE.test(w) && toks[u].party < 0)) {
          resp = RESPONSIBILITY.test(w);
          stop = u;
          break;
        }
      }
      if (resp) continue;
      const ps = stop >= 0 ? partiesIn(t + 1, stop, tk.sent) : partiesIn(t + 1, t + 5, tk.sent).slice(0, 1);
      for (const p of ps) excluded.add(p);
      continue;
    }
    // "أوكرانيا أو روسيا", "سواء النظام أو المعارضة": an alternative names no culprit
    if ((tk.w === 'او' || tk.w === 'ام') && t > 0 && t + 1 < toks.length) {
      const b = partyBefore(t, 1);
      const a = partyAfter(t, 1);
      if (b >= 0 && a >= 0) excluded.add(b).add(a);
      continue;
    }
    // "الثوار وليس الحكومة": a negated alternative is excluded
    if (/^(?:وليس|وليست|لا|وليسوا)$/.test(tk.w)) {
      const a = partyAfter(t, 1);
      if (a >= 0 && t > 0 && !ACCUSE_VERB.test(toks[t + 1]?.w ?? '')) excluded.add(a);
    }
    // "الولايات المتحدة تستعد لضرب سوريا": who strikes a state wages war, it does no incident (README guide)
    if (STRIKE.test(tk.w) && t + 1 < toks.length && toks[t + 1].sent === tk.sent && (STATE.test(strip(toks[t + 1].w).b) || (toks[t + 1].w === 'علي' && t + 2 < toks.length && STATE.test(strip(toks[t + 2].w).b)))) {
      const b = partyBefore(t, 5);
      if (b >= 0) excluded.add(b);
    }
    // a capital after a preposition or a place noun is the city: "في دمشق", "ريف دمشق", "بدمشق"
    if (tk.party >= 0 && CAPITAL.test(strip(tk.w).b) && (/^[وف]?ب/.test(tk.w) || (t > 0 && CITY_BEFORE.test(toks[t - 1].w)))) excluded.add(tk.party);
    // "ضواحي تسيطر عليها المعارضة", "مناطق يسيطر عليها النظام": who holds a place is no doer
    if (/^(?:[وف])?(?:تسيطر|يسيطر|سيطرت|سيطر|تسيطرت)$/.test(tk.w) && t + 1 < toks.length && /^(?:عليها|عليه|عليهم|علي)$/.test(toks[t + 1].w)) {
      const p = partyAfter(t + 1, 2);
      if (p >= 0) excluded.add(p);
      continue;
    }
    if (AGAINST.test(tk.w) || PLACE_NOUN.test(tk.w)) {
      const p = partyAfter(t, 2);
      if (p >= 0 && partyTok[p] <= t + 2) excluded.add(p);
      continue;
    }
    if (PURPOSE_VERB.test(tk.w) || (PURPOSE_NOUN.test(tk.b) && t > 0 && PURPOSE_LEAD.test(toks[t - 1].w))) {
      const p = partyAfter(t, 3);
      if (p >= 0) excluded.add(p);
    }
  }

  // pass 2: frames
  for (let t = 0; t < toks.length; t++) {
    if (!near[t]) continue;
    const tk = toks[t];
    const st = tk.sent;
    // accusations
    const verb = ACCUSE_VERB.test(tk.w);
    const part = ACCUSE_PART.test(tk.w) && !tk.w.includes('ال');
    const noun = ACCUSE_NOUN.test(tk.w) && !(tk.prep === 'ل' && !tk.w.startsWith('لل') && !tk.w.startsWith('للا'));
    if ((verb || part || noun) && noun && wordBefore(t, 8, NEGATION)) {
      // "لم توجه المنظمة أصابع الاتهام إلى أوكرانيا أو روسيا": a negated accusation names no one
      for (const p of partiesIn(t + 1, t + 6, st)) excluded.add(p);
      continue;
    }
    if (noun && tk.w.startsWith('و') && wordBefore(t, 12, /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:اعداد|تحضير|تخطيط|يخطط|تخطط|يحضر|تحضر|يعد|تعد|استفزاز|مسرحيه|فبركه)$/)) {
      // an accusation conjoined to a plan ("إعداد أوكرانيا لاستفزاز ... واتهام روسيا بها") is the plan's framing: a target
      const p = partyAfter(t, 3);
      if (p >= 0) excluded.add(p);
      continue;
    }
    // "بهدف اتهام دمشق": a purpose names the target (pass 1)
    if (noun && t > 0 && PURPOSE_LEAD.test(toks[t - 1].w)) continue;
    if ((verb || part || noun) && !negated(t)) {
      // an accusation noun with "ضد / إلى / لـ" before its party: that party is the accused
      if (noun) {
        let done = false;
        for (let u = t + 1; u <= t + 4 && u < toks.length && toks[u].sent === st; u++) {
          if (/^(?:ضد|الي|علي)$/.test(toks[u].w)) {
            const p = partyAfter(u, 3);
            if (p >= 0) {
              excluded.delete(p);
              frame(p, 'accused', tk.w);
              done = true;
            }
            break;
          }
        }
        if (done) continue;
      }
      let charge = -1;
      for (let u = t + 1; u <= t + 14 && u < toks.length && toks[u].sent === st; u++)
        if (!covered[u] && CHARGE.test(toks[u].w)) {
          charge = u;
          break;
        }
      const after = charge >= 0 ? partiesIn(t + 1, charge, st) : [];
      // "اتهامات موسكو للندن باختلاق": the object with "لـ" is not a party the lexicon knows; the one party is the accuser
      if (noun && after.length === 1 && toks.slice(partyEndTok[after[0]] + 1, charge).some((x) => x.prep === 'ل' && x.party < 0)) {
        excluded.add(after[0]);
        continue;
      }
      if (after.length) {
        const acc = after[after.length - 1];
        frame(acc, 'accused', tk.w);
        for (const p of after) if (p !== acc) excluded.add(p);
        // an SVO accuser before the verb ("المعارضة السورية تتهم قوات النظام")
        if (verb) {
          const b = partyBefore(t, 3);
          if (b >= 0 && b !== acc) excluded.add(b);
        }
      } else if (part || (ACCUSED_NOUN.test(tk.w) && charge >= 0)) {
        // "متهما قوات النظام بـ" (the party after), or the predicate "التحالف ... متهم بـ" (the party before)
        const p = partyAfter(t, 3);
        const b = p < 0 && part && charge === t + 1 ? partyBefore(t, 3) : -1;
        if (p >= 0) frame(p, 'accused', tk.w);
        else if (b >= 0) frame(b, 'accused', tk.w);
      } else if (charge < 0 && verb) {
        // no charge: "اتهمت روسيا الغرب" (VSO with two parties): the second is the accused
        const ps = partiesIn(t + 1, t + 8, st);
        if (ps.length >= 2) {
          frame(ps[1], 'accused', tk.w);
          excluded.add(ps[0]);
        }
      }
      continue;
    }
    if (ACCUSED_NOUN.test(tk.w)) {
      // "النظام المتهم باستخدام": the party before the participle is the accused
      const b = partyBefore(t, 2);
      if (b >= 0 && t + 1 < toks.length && CHARGE.test(toks[t + 1].w)) frame(b, 'accused', tk.w);
      continue;
    }
    // holding responsible
    if (HOLD_VERB.test(tk.w) && !negated(t)) {
      let resp = -1;
      for (let u = t + 1; u <= t + 8 && u < toks.length && toks[u].sent === st; u++)
        if (RESPONSIBILITY.test(toks[u].w)) {
          resp = u;
          break;
        }
      if (resp < 0) continue;
      const purpose = (tk.w.startsWith('ل') && tk.b === 'تحميل') || (t > 0 && PURPOSE_LEAD.test(toks[t - 1].w));
      // "مسؤولية الهجوم لنظام الأسد", "مسؤوليتها إلى نظام دمشق": the party after the responsibility
      let held = -1;
      for (let u = resp + 1; u <= resp + 10 && u < toks.length && toks[u].sent === st; u++) {
        if (toks[u].party >= 0 && (toks[u].prep === 'ل' || (u > 0 && /^(?:الي|علي)$/.test(toks[u - 1].w)))) {
          held = toks[u].party;
          break;
        }
      }
      const between = partiesIn(t + 1, resp, st);
      if (held < 0 && between.length) held = between[between.length - 1];
      if (held < 0) continue;
      if (purpose) excluded.add(held);
      else frame(held, 'accused', tk.w);
      for (const p of between) if (p !== held) excluded.add(p);
      const b = partyBefore(t, 3);
      if (b >= 0 && b !== held && !purpose) excluded.add(b);
      continue;
    }
    // bearing, standing behind, being responsible for, claiming
    if ((BEAR_VERB.test(tk.w) && t + 1 < toks.length && RESPONSIBILITY.test(toks[t + 1].w)) || (BEHIND.test(tk.w) && t + 1 < toks.length && /^(?:وراء|وراء\p{L}*|وريا|ورا)$/u.test(toks[t + 1].w))) {
      if (negated(t)) continue;
      const b = partyBefore(t, 3);
      if (b >= 0) frame(b, 'agent', tk.w + ' ' + toks[t + 1].w);
      else {
        const a = partyAfter(t + 1, 4);
        if (a >= 0) frame(a, 'agent', tk.w + ' ' + toks[t + 1].w);
      }
      continue;
    }
    // the nominal "X وراء الهجوم" ("أن يكون النظام وراء الهجوم"): X is behind it
    if (tk.w === 'وراء' && t > 0) {
      const b = partyBefore(t, 2);
      if (b >= 0 && !negated(partyTok[b]) && !negated(t)) frame(b, 'agent', tk.w);
      continue;
    }
    if (RESPONSIBLE.test(tk.w) && t + 1 < toks.length && /^(?:عن|عنه|عنها)$/.test(toks[t + 1].w)) {
      if (negated(t)) {
        const b = partyBefore(t, 3);
        if (b >= 0) excluded.add(b);
        continue;
      }
      // "X مسؤولة عن", "X وشقيقه مسؤولان عن", "X هو المسؤول عن"
      const b = partyBefore(t, 4);
      if (b >= 0) frame(b, 'agent', tk.w);
      continue;
    }
    if (CLAIMED_RESPONSIBILITY.test(tk.w) || (SPEECH_VERB.test(tk.w) && /^(?:[وف])?(?:اعلن|اعلنت|اعلنوا|يعلن|تعلن)$/.test(tk.w))) {
      let resp = -1;
      for (let u = t + 1; u <= t + 8 && u < toks.length && toks[u].sent === st; u++)
        if (RESPONSIBILITY.test(toks[u].w) || (CLAIMED_RESPONSIBILITY.test(tk.w) && /^(?:ال)?(?:هجوم|تفجير|عمليه)/.test(toks[u].b))) {
          resp = u;
          break;
        }
      if (resp < 0 || negated(t)) continue;
      const ps = partiesIn(t + 1, resp, st);
      const p = ps.length ? ps[0] : partyBefore(t, 3);
      if (p >= 0) {
        excluded.delete(p);
        frame(p, 'agent', tk.w);
      }
      continue;
    }
    // a verbal noun of a deed with its agent in the idafa: "استخدام النظام لغاز الكلور", "قصف قوات النظام"
    if (DEED_NOUN.test(tk.b) && !tk.w.includes('ال') && t + 1 < toks.length && toks[t + 1].sent === st && toks[t + 1].party >= 0 && toks[t + 1].prep !== 'ل' && toks[t + 1].prep !== 'ب') {
      if (t > 0 && POSSIBILITY.test(toks[t - 1].w) && /^(?:ضلوع|تورط)$/.test(tk.b)) continue;
      if (negated(t) || wordBefore(t, 4, DENIAL_WORD)) continue;
      if (stagedDeed(t + 1)) excluded.add(toks[t + 1].party);
      // "بذريعة استخدام دمشق للسلاح الكيميائي": a pretext's deed is someone's claim, reported, not the item's
      else frame(toks[t + 1].party, t > 0 && /^(?:[وف]?(?:ب|ل)?)(?:ذريعه|حجه)$/.test(toks[t - 1].w) ? 'accused' : 'agent', tk.w);
      continue;
    }
    // resumptive relative verbs: "هجوم شنته قوات النظام", "قام بها الإرهابيون"
    if (RESUMPTIVE.test(tk.w) || (DID_IT.test(tk.w) && t + 1 < toks.length && WITH_IT.test(toks[t + 1].w))) {
      if (negated(t)) continue;
      const from = DID_IT.test(tk.w) ? t + 1 : t;
      const p = partyAfter(from, 3);
      if (p >= 0) frame(p, 'agent', tk.w);
      continue;
    }
    // light verbs with a deed noun: "حاول مسلحو القوات الأوكرانية استخدام", "أقدم تنظيم الدولة على قصف"
    if (LIGHT_VERB.test(tk.w) && !negated(t)) {
      // the deed noun comes next, or after "على / إلى" ("أقدم ... على قصف" may put a date in between)
      const far = /^(?:[وف])?(?:اقدم|اقدمت|اقدموا|يقدم|تقدم|اقدام|باقدام|قيام|بقيام)$/.test(tk.w) ? 10 : 1;
      const deedAfter = (u0: number, n: number) => {
        for (let u = u0; u <= u0 + n && u < toks.length && toks[u].sent === st; u++) {
          if (DENIAL_WORD.test(toks[u].w)) return -1;
          if (DEED_NOUN.test(toks[u].b) || DEED_NOUN.test(strip(toks[u].b).b)) return u;
        }
        return -1;
      };
      const a0 = partyAfter(t, 4);
      if (a0 >= 0 && bare(a0)) {
        const [a, e] = chain(a0);
        const d = deedAfter(e + 1, far);
        if (d >= 0) {
          frame(a, 'agent', tk.w + ' ' + toks[d].w);
          continue;
        }
      }
      const b = subjectBefore(t, 6);
      if (b >= 0) {
        const d = deedAfter(t + 1, far);
        if (d >= 0) frame(b, 'agent', tk.w + ' ' + toks[d].w);
      }
      continue;
    }
    // a purpose deed after its doer: "وصول خبراء أجانب إلى إدلب لتنظيم مسرحية", "دفع الإرهابيين لشن الهجمات"
    if (/^(?:[وف])?ل(?:تنظيم|تدبير|فبركه|تنفيذ|شن|القيام|استخدام|تصوير|اعداد|تحضير)$/.test(tk.w) && !negated(t)) {
      const b = subjectBefore(t, 5);
      if (b >= 0 && (STAGING_WORD.test(toks[t + 1]?.w ?? '') || DEED_NOUN.test(strip(toks[t + 1]?.w ?? '').b) || /^(?:ال)?(?:هجوم|هجمات|هجمات|عمليات|عمليه)/.test(strip(toks[t + 1]?.w ?? '').b) || agents.some((a) => a > tk.end && a - tk.end < 30))) frame(b, 'agent', tk.w);
      continue;
    }
    // "ولأجهزة الأمن الأجنبية يد فيها": X has a hand in it
    if (/^(?:يد|دور|ضلع)$/.test(tk.w) && t > 0 && t + 1 < toks.length && /^(?:فيها|فيه|في)$/.test(toks[t + 1].w)) {
      const b = partyBefore(t, 2);
      if (b >= 0 && !negated(partyTok[b])) frame(b, 'agent', tk.w + ' ' + toks[t + 1].w);
      continue;
    }
    // a cleft: "أنه كان الثوار (وليس الحكومة) ...": the party after "it was"
    if (/^(?:انه|انها)$/.test(tk.w) && t + 2 < toks.length && /^(?:كان|كانت)$/.test(toks[t + 1].w) && toks[t + 2].party >= 0 && toks[t + 2].sent === st) {
      frame(toks[t + 2].party, 'agent', tk.w + ' ' + toks[t + 1].w);
      continue;
    }
    // passive agents: "من قبل قوات النظام", "على يد الإرهابيين", "بواسطة"
    if (PASSIVE_AGENT.test(tk.w) && t > 0 && ((tk.b === 'قبل' && toks[t - 1].w === 'من') || (/^(?:يد|ايدي|يدي)$/.test(tk.b) && /^(?:علي|عل)$/.test(toks[t - 1].w)) || /^(?:بواسطه|بيد)$/.test(tk.w))) {
      if (negated(t - 1)) continue;
      const p = partyAfter(t, 3);
      if (p < 0) continue;
      // "مدعوما من قبل الطيران الروسي": supported, backed or led by X is no deed of X
      if (t > 1 && /^(?:[وف]?(?:ال)?)(?:مدعوم|مدعوما|مدعومه|مدعومين|مسنود|مسنوده|بدعم|بقياده|مقاد|مقاده|ممول|ممولا|ممولين|مسيطر|مسيطره)$/.test(toks[t - 2].w)) {
        excluded.add(p);
        continue;
      }
      if (stagedDeed(t - 1)) excluded.add(p);
      else frame(p, 'agent', (tk.b === 'قبل' ? 'من ' : '') + tk.w);
      continue;
    }
    // authorship: "مسرحية ... من إعداد الخوذ البيضاء", "من تنفيذ", "من صنع"
    if (tk.w === 'من' && t + 2 < toks.length && /^(?:اعداد|تنفيذ|تدبير|صنع|انتاج|اخراج|فبركه|تاليف|تخطيط)$/.test(toks[t + 1].w) && toks[t + 2].party >= 0 && toks[t + 2].sent === st) {
      frame(toks[t + 2].party, 'agent', 'من ' + toks[t + 1].w);
      continue;
    }
    // participation: "مسرحية بمشاركة مخابرات أجنبية"
    if (PARTICIPATION.test(tk.w)) {
      const p = partyAfter(t, 2);
      if (p >= 0) frame(p, 'agent', tk.w);
      continue;
    }
    // moving or storing chemicals: "مسلحين ينقلون مواد سامة", "نقلت الخوذ البيضاء حاويات الكلور"
    if (TRANSPORT.test(tk.w) && !negated(t) && agents.some((a) => a > tk.end && a - tk.end < 60 && !SENTENCE_END.test(s.slice(tk.end, a)))) {
      const a = partyAfter(t, 3);
      const b = partyBefore(t, 2);
      const p = a >= 0 && bare(a) ? a : b >= 0 && bare(b) ? b : -1;
      if (p >= 0) frame(p, 'agent', tk.w);
    }
  }
  // "دمشق" stands for the government only in an argument role the grammar read ("يتهم الغرب دمشق بشن"); elsewhere
  // ("بتوقيت دمشق", "القابون، دمشق") it is the city
  for (let i = 0; i < parties.length; i++)
    if (partyTok[i] >= 0 && strip(toks[partyTok[i]].w).b === 'دمشق' && !frames.some((f) => f.party === i)) excluded.add(i);
  return { frames, excluded };
}

// a plan or preparation, and an imperfect (ongoing or future) deed: what a false-flag purpose follows
const PLAN_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:يخطط|تخطط|يخططون|خطط|خططت|تخطيط|يحضر|تحضر|يحضرون|تحضير|يعد|تعد|يعدون|اعداد|يستعد|تستعد|يستعدون|استعداد|ينوي|تنوي|ينوون|يعتزم|تعتزم|يعتزمون|يجهز|تجهز|يجهزون|تجهيز|يستخدم|تستخدم|يستخدمون|يشن|تشن|يشنون|شن|ينفذ|تنفذ|ينفذون|يقصف|تقصف|يقصفون|استفزاز|مسرحيه|فبركه|هجوم|هجمات|استخدام)$/;
// a purpose of accusing: "لاتهام", "لتتهم به", "ليتهموا", "لتحميل", "بهدف اتهام", "هدفه اتهام", "من أجل اتهام"
const FALSE_FLAG_PURPOSE = /^(?:[وف])?(?:لاتهام|لتتهم|ليتهم|ليتهموا|لتتهما|لتحميل|لتوريط|لاتهامها|لاتهامه)$/;
const PURPOSE_HEAD = /^(?:بهدف|بغيه|هدفه|هدفها|هدفهم|اجل|لغرض|سعيا)$/;
// organising or producing a staged event: "لتنظيم مسرحية", "لفبركة هجوم", "تصوير فيديو مفبرك"
const STAGE_VERB = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:تنظيم|تدبير|فبركه|اعداد|تحضير|تصوير|يصورون|يصور|تصور|صوروا|ينظمون|ينظم|تنظم)$/;
const FILM_OBJECT = /^(?:[وف]?(?:ال)?)(?:فيديو|فيديوهات|فيلم|افلام|مشاهد|مقاطع|مقطع|تسجيلات|صور)$/;
const MOVE_NOUN = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:استقدام|جلب|ارسال|ادخال|تهريب|تخزين|ايصال|وصول|شحنه|شحنات|تزويد|تسليم)$/;
const PLAN_MARKER = /^(?:[وف])?(?:يحضر|تحضر|يحضرون|يعد|تعد|يعدون|يستعد|تستعد|يستعدون|يخطط|تخطط|يخططون|ينوي|تنوي|يعتزم|تعتزم|تحضير|اعداد|التحضير|الاعداد)$/;
// a military strike on a state is war, not an incident (README guide)
const STRIKE = /^(?:[وف]?(?:ل|ب)?(?:ال)?)(?:ضرب|ضربه|ضربات|عدوان|العدوان|غزو|مهاجمه|توجيه)$/;
const STATE = /^(?:سوريا|سوريه|دمشق|روسيا|ايران|العراق|اوكرانيا|لبنان|فنزويلا|كوريا)$/;
const ATTACK_NOUN = /^(?:ال)?(?:هجوم|هجمات|هجوما|استفزاز|استفزازات|مسرحيه|مسرحيات|اعتداء|ضربه كيمياييه)$/;
const IMMINENT = /^(?:ال)?(?:وشيك|وشيكه|مرتقب|مرتقبه)$/;
const NEW_OR_POSSIBLE = /^(?:ال)?(?:جديد|جديده|جديدا|وشيك|وشيكه|اخر|اخري|محتمل|محتمله|مرتقب|مرتقبه|مقبل|مقبله|قادم|قادمه|مماثل|مماثله)$/;
const WARN = /^(?:[وف])?(?:حذر|حذرت|حذروا|يحذر|تحذر|يحذرون|محذرا|محذره)$/;

/**
 * Announcements and false flags in Arabic, read from the words alone (no parties needed):
 * - `staged`: a plan or an ongoing deed followed, in its sentence, by a purpose of accusing ("يخططون لهجوم ... هدفه
 *   اتهام دمشق", "بالتحضير لشن هجوم ... لتتهم به روسيا"): the v7 judgement call "use chemical weapons ... and accuse
 *   the Russian army" is a false flag;
 * - `prepared`: moving, sending or storing chemicals (a chemical agent named within a few words: "ينقلون مواد سامة",
 *   "بإرسال مواد كيميائية"; the v9 judgement call on moved chlorine), organising or filming a staged event
 *   ("لتنظيم مسرحية", "تصوير فيديو مفبرك"), and a warning of a deed that names its doer ("حذرت من استخدام نظام كييف
 *   للأسلحة الكيميائية").
 * Positions are offsets in the folded text, for the caller's clause and voice.
 */
export function arabicAnnouncements(s: string, agents: readonly number[], partyStarts: readonly number[] = []): { staged: { at: number; word: string }[]; prepared: { at: number; word: string }[]; notPlans: [number, number][] } {
  const staged: { at: number; word: string }[] = [];
  const prepared: { at: number; word: string }[] = [];
  // plan words that plan no incident: an accusation ("يحضر لاتهام دمشق") or a strike on a state ("تستعد لضرب سوريا")
  const notPlans: [number, number][] = [];
  // which rules can fire at all, from the text's letters (most texts need no word-by-word pass)
  const hasPurpose = /اتهام|تتهم|يتهم|تحميل|توريط/.test(s);
  const hasMove = agents.length > 0 && /نقل|رسا|رسل|دخا|دخل|هرب|خزن|خزي|وصو|شحن|زود|زوي|سلم|سلي|جلب|استقدام|ايصال/.test(s);
  const hasStage = /مسرح|فبرك|تمثيل|سيناريو|استفزاز|مزيف/.test(s);
  const hasWarn = agents.length > 0 && partyStarts.length > 0 && s.includes('حذر');
  const hasStrike = /ضرب|عدوان|غزو|توجيه|مهاجم/.test(s);
  const hasSoon = /وشيك|مرتقب|حذر/.test(s);
  if (!hasPurpose && !hasMove && !hasStage && !hasWarn && !hasStrike && !hasSoon) return { staged, prepared, notPlans };
  const toks = tokenise(s);
  const agentNear = (t: number, n: number) => {
    const a = toks[t].end;
    const b = t + n < toks.length ? toks[t + n].end : s.length;
    return agents.some((x) => x >= a && x < b && !SENTENCE_END.test(s.slice(a, x)));
  };
  for (let t = 0; t < toks.length; t++) {
    const w = toks[t].w;
    const st = toks[t].sent;
    if ((hasPurpose || hasStrike) && PLAN_MARKER.test(w) && t + 1 < toks.length && toks[t + 1].sent === st) {
      const n1 = toks[t + 1].w;
      const n2 = t + 2 < toks.length && toks[t + 2].sent === st ? toks[t + 2].w : '';
      if (FALSE_FLAG_PURPOSE.test(n1) || /^[لب]?(?:اتهام|تحميل)$/.test(n1) || (STRIKE.test(n1) && STATE.test(strip(n2).b)) || (STRIKE.test(n1) && n2 === 'علي' && t + 3 < toks.length && STATE.test(strip(toks[t + 3].w).b))) notPlans.push([toks[t].at, toks[t].end]);
    }
    const purpose = hasPurpose && FALSE_FLAG_PURPOSE.test(w) || (PURPOSE_HEAD.test(w) && t + 1 < toks.length && /^(?:اتهام|تحميل|توريط)$/.test(toks[t + 1].w));
    if (purpose) {
      // (v7 judgement call: "a real chemical attack" prepared to blame the other side is no staging)
      for (let u = t - 1; u >= 0 && u >= t - 14 && toks[u].sent === st; u--) {
        if (/^(?:ال)?(?:حقيقي|حقيقيه|فعلي|فعليه)$/.test(toks[u].w)) break;
        if (PLAN_WORD.test(toks[u].w)) {
          staged.push({ at: toks[t].at, word: w });
          break;
        }
      }
      continue;
    }
    if (hasMove && (MOVE_NOUN.test(w) || /^(?:[وف])?(?:نقل|نقلت|نقلوا|ينقل|تنقل|ينقلون|ارسل|ارسلت|ارسلوا|يرسل|يرسلون|ادخل|ادخلت|ادخلوا|يدخلون|هرب|هربوا|يهربون|خزن|خزنوا|يخزن|يخزنون)$/.test(w))) {
      if (agentNear(t, 4)) prepared.push({ at: toks[t].at, word: w });
      continue;
    }
    if (hasStage && STAGE_VERB.test(w) && t + 1 < toks.length && toks[t + 1].sent === st && (STAGING_WORD.test(toks[t + 1].w) || (FILM_OBJECT.test(toks[t + 1].w) && t + 2 < toks.length && STAGING_WORD.test(toks[t + 2].w)))) {
      prepared.push({ at: toks[t].at, word: w + ' ' + toks[t + 1].w });
      continue;
    }
    // "هجوم كيميائي وشيك": an imminent attack is announced; a warning of a new, another or possible one too ("حذرت من
    // هجوم كيميائي جديد", the Arabic of the English FORECAST "warns of a new attack"); "هجوم محتمل" alone is alleged
    // (an attack noun needs a chemical agent beside it: "الهجوم المرتقب على إدلب" is an offensive)
    const announced = (u: number) => u >= 0 && ATTACK_NOUN.test(toks[u].w.replace(/^[وفبل]/, '')) && (STAGING_WORD.test(toks[u].w) || agentNear(u, 3) || agents.some((a) => a >= toks[Math.max(0, u - 2)].at && a < toks[u].at));
    if (hasSoon && IMMINENT.test(w) && t > 0 && (announced(t - 1) || (t > 1 && announced(t - 2)))) {
      prepared.push({ at: toks[t].at, word: w });
      continue;
    }
    if (hasSoon && WARN.test(w)) {
      let done = false;
      for (let u = t + 1; u <= t + 4 && u < toks.length && toks[u].sent === st && !done; u++) {
        if (toks[u].w !== 'من') continue;
        for (let v = u + 1; v <= u + 6 && v < toks.length && toks[v].sent === st; v++)
          if (NEW_OR_POSSIBLE.test(toks[v].w) && announced(u + 1)) {
            prepared.push({ at: toks[t].at, word: w + ' من ' + toks[u + 1].w });
            done = true;
            break;
          }
      }
      if (done) continue;
    }
    if (hasWarn && WARN.test(w)) {
      // "حذر(ت) [X] من استخدام Y لـ": the deed noun with its own doer right after it
      for (let u = t + 1; u <= t + 6 && u + 2 < toks.length && toks[u].sent === st; u++)
        if (toks[u].w === 'من') {
          const d = strip(toks[u + 1].w).b;
          if (DEED_NOUN.test(d) && partyStarts.some((x) => x >= toks[u + 2].at && x < toks[u + 2].end) && agentNear(u + 1, 6)) prepared.push({ at: toks[t].at, word: w + ' من ' + toks[u + 1].w });
          break;
        }
    }
  }
  return { staged, prepared, notPlans };
}

// nouns of a claim: what an accusation, a report or a story says
const CLAIM_NOUN = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:اتهام|اتهامات|مزاعم|ادعاءات|ادعاء|روايه|الروايه|تقرير|تقارير|اخبار|انباء|اتهامه|اتهامها)$/;
const INCIDENT_NOUN = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:هجوم|هجمات|قصف|مجزره|مجازر|حادثه|استخدام|اعتداء|غاره|غارات)$/;
const DESCRIBE = /^(?:[وف])?(?:وصف|وصفت|وصفوا|يصف|تصف|اعتبر|اعتبرت|يعتبر|تعتبر|سمي|سمت|يسمي|تسمي)$/;
const COPULA = /^(?:[وف])?(?:يمثل|تمثل|يشكل|تشكل|هو|هي|يعد|تعد|مجرد|الا|عباره|كان|كانت|يعتبر|تعتبر|ليست|ليس)$/;
const USE_NOUN = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:استخدام|استعمال|استخدامه|استخدامها)$|^(?:[وف])?(?:استخدم|استخدمت|استخدموا|يستخدم|تستخدم|يستخدمون|استعمل|استعملت|يستعمل|تستعمل)$/;

/**
 * What an Arabic text says of claims:
 * - `ofClaim`: staged words (their offsets, given) whose topic is a claim noun, not the attack: the head of the clause
 *   they close ("اتهام الحكومة السورية بهجوم دوما يمثل استفزازا", "المزاعم بأن ... تمثل استفزازا") or the object of a
 *   verb of describing ("وصف الإعلام الرسمي اتهام الحكومة ... بمسرحية الكيماوي"); the topic is the first word after the
 *   sentence start, a colon, a complementizer or the describing verb (up to four words on);
 * - `incidents`: the use of a chemical weapon named as a verbal noun ("نفي استخدام الجيش للسلاح الكيميائي", "المزاعم عن
 *   استخدام القوات ... الأسلحة الكيميائية"): denied or alleged, the attack is discussed (staged false, README guide).
 */
export function arabicClaimReading(s: string, stagedAts: readonly number[], agents: readonly number[]): { ofClaim: Set<number>; incidents: string[] } {
  const ofClaim = new Set<number>();
  const incidents: string[] = [];
  const claimy = /اتهام|مزاعم|ادعاء|رواي|تقرير|تقارير|اخبار|انباء/.test(s);
  const useNoun = agents.length > 0 && /ستخدم|ستخدام|ستعمل|ستعمال/.test(s);
  if (!(claimy && stagedAts.length) && !useNoun) return { ofClaim, incidents };
  const toks = tokenise(s);
  const tokAt = (at: number) => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (toks[mid].at <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  if (claimy)
    for (const at of stagedAts) {
      const t = tokAt(at);
      const st = toks[t].sent;
      // the topic's start: back to the sentence start, a colon, a complementizer or a describing verb
      let b = t;
      let described = false;
      for (let u = t - 1; u >= 0 && u >= t - 16 && toks[u].sent === st; u--) {
        b = u;
        if (COMPLEMENTIZER.test(toks[u].w) || DESCRIBE.test(toks[u].w)) {
          described = DESCRIBE.test(toks[u].w);
          // "المزاعم بأن ...": a complementizer of a claim noun opens the claim's content; the claim is the topic
          b = u > 0 && CLAIM_NOUN.test(toks[u - 1].w) && toks[u - 1].sent === st ? u - 1 : u + 1;
          break;
        }
        if (s.slice(toks[u].end, toks[u + 1].at).includes(':')) {
          b = u + 1;
          break;
        }
      }
      // a predicate: after a copula ("يمثل استفزازا", "هي مسرحية") or a describing verb; a charge ("اتهامات موسكو للندن
      // باختلاق هجوم") is the accusation's content, a staged claim reported
      if (!described && !(t > 0 && COPULA.test(toks[t - 1].w)) && !(t > 1 && COPULA.test(toks[t - 2].w))) continue;
      for (let u = b; u < t && u <= b + 4; u++) {
        if (CLAIM_NOUN.test(toks[u].w)) {
          ofClaim.add(at);
          break;
        }
        if (INCIDENT_NOUN.test(toks[u].w)) break;
      }
    }
  if (useNoun)
    for (let t = 0; t < toks.length; t++)
      if (USE_NOUN.test(toks[t].w) && agents.some((a) => a > toks[t].end && (t + 7 >= toks.length || a < toks[t + 7].end) && !SENTENCE_END.test(s.slice(toks[t].end, a)))) incidents.push(toks[t].w);
  return { ofClaim, incidents };
}
