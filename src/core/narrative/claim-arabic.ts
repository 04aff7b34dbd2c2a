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
 * Negation ("لم / لا / لن / ليس / غير" right before a cue) cancels the frame. The roles are read by two passes of small
 * named rules (claim-arabic-roles.ts: excluding roles first, then frames) over the words near a party (linear in the
 * text); the words and their clitics are in claim-arabic-text.ts, the word classes in claim-arabic-words.ts. This
 * module keeps the lexicon, the normalisation, and the readings that need no parties (announcements, claims about
 * claims).
 */

import { SENTENCE_END, strip, tokenise } from './claim-arabic-text.js';
import { COMPLEMENTIZER, DEED_NOUN, STAGING_WORD, STATE, STRIKE } from './claim-arabic-words.js';

export { readArabic, type ArFrame, type ArParty, type ArReading, type ArRole } from './claim-arabic-roles.js';

/**
 * The third-person forms of an Arabic verb (Ryding 2005, ch. 23-25: the perfect's suffixes -ت, -وا, -ا, -تا; the
 * imperfect's prefixes ي / ت and suffixes -ون, -ان), folded, from its perfect and its imperfect stem (the imperfect
 * without its person prefix): ("قصف", "قصف") -> قصف, قصفت, قصفوا, قصفا, قصفتا, يقصف, تقصف, يقصفون, يقصفان, تقصفان. A
 * defective verb, written with its final ي (folded alef maksura: "القي", "لقي"), drops it before -ت and -وا and in
 * -ون ("القت", "القوا", "يلقون").
 */
export function arabicVerbForms(perfect: string, imperfect: string): string[] {
  const defective = perfect.endsWith('ي');
  const p0 = defective ? perfect.slice(0, -1) : perfect;
  const i0 = defective && imperfect.endsWith('ي') ? imperfect.slice(0, -1) : imperfect;
  return [perfect, p0 + 'ت', p0 + 'وا', perfect + 'ا', p0 + 'تا', 'ي' + imperfect, 'ت' + imperfect, 'ي' + i0 + 'ون', 'ي' + imperfect + 'ان', 'ت' + imperfect + 'ان'];
}
/**
 * (s21 claims) The third-person forms of an Arabic verb with an object pronoun suffix -ه, -ها, -هم (Ryding 2005 ch. 12,
 * pronoun suffixes on verbs), folded: the perfect's -ت (قصفتها, القتها) and -وا, which drops its alef before the suffix
 * (قصفوها, استهدفوه), and the imperfect (يقصفها, تستهدفه, يقصفونها). Not the bare masculine perfect with a suffix
 * ("قصفها", "قتله"): it is spelled as the verbal noun with a possessive ("its shelling", "his killing").
 */
export function arabicCliticForms(perfect: string, imperfect: string): string[] {
  const defective = perfect.endsWith('ي');
  const p0 = defective ? perfect.slice(0, -1) : perfect;
  const i0 = defective && imperfect.endsWith('ي') ? imperfect.slice(0, -1) : imperfect;
  const stems = [p0 + 'ت', p0 + 'و', 'ي' + imperfect, 'ت' + imperfect, 'ي' + i0 + 'ون'];
  return stems.flatMap((x) => ['ه', 'ها', 'هم'].map((c) => x + c));
}
// verbs of carrying out an attack, as [perfect, imperfect stem] (folded): shelling, dropping, launching, firing,
// targeting, using, attacking, killing, committing, carrying out, spraying, striking, orchestrating
const DEED_VERBS: readonly [string, string][] = [
  ['قصف', 'قصف'], ['القي', 'لقي'], ['شن', 'شن'], ['استخدم', 'ستخدم'], ['استعمل', 'ستعمل'], ['استهدف', 'ستهدف'], ['اطلق', 'طلق'],
  ['اسقط', 'سقط'], ['هاجم', 'هاجم'], ['قتل', 'قتل'], ['ارتكب', 'رتكب'], ['نفذ', 'نفذ'], ['رش', 'رش'], ['ضرب', 'ضرب'], ['دبر', 'دبر'],
  // poisoning ("سممت الأجهزة الأمنية الروسية المعارض": the English "poisoned", the Russian "отравили")
  ['سمم', 'سمم'],
  // (s21 claims) assassinating ("اغتالت كوريا الشمالية كيم جونغ نام", "عملاء ... اغتالوا"): the noun "اغتيال" is an incident,
  // the verb its doer's deed, as "قتل" is
  ['اغتال', 'غتال'],
];
// verbs of fabricating, in every third-person form: "فبرك / يفبرك", "لفق / يلفق", "اختلق / يختلق"
const FABRICATE_FORMS = [...arabicVerbForms('فبرك', 'فبرك'), ...arabicVerbForms('لفق', 'لفق'), ...arabicVerbForms('اختلق', 'ختلق')];
// forms of the deed verbs that are also nouns of what befalls the victim: "تسمم" is the imperfect "she poisons" and the
// noun "poisoning, intoxication" ("حالات تسمم"); the noun reading is the common one in the news
const NOT_DEED_FORMS = new Set(['تسمم', 'تسممان']);

// definite force nouns, and the nisba adjectives of each side in both genders (the feminine agrees with a non-human
// plural: "القوات الروسية", the masculine with "الجيش الروسي")
// (and the police and security forces, who act for their state: eval/claims/README.md, dev-v11 call 1, "police are the
// state they serve": French and Polish forces `west`, Moscow OMON `russia`, every other country's police `other`)
const FORCES_DEFINITE = ['القوات', 'الجيش', 'الطيران', 'الطايرات', 'المروحيات', 'المقاتلات', 'الوحدات', 'الاجهزه الامنيه', 'المخابرات', 'الاستخبارات',
  'الجيشين', 'الشرطه', 'قوات الشرطه', 'قوات الامن', 'قوي الامن', 'القوي الامنيه', 'القوات الامنيه', 'الامن', 'عناصر الامن', 'رجال الامن', 'شرطه مكافحه الشغب', 'قوات مكافحه الشغب', 'البحريه', 'السلطات'];
const NISBA: Record<string, string[]> = {
  ukraine: ['الاوكرانيه', 'الاوكراني'],
  russia: ['الروسيه', 'الروسي'],
  // (Poland's and Germany's forces: EU and NATO members, `west` as in the English and Russian lists)
  west: ['الامريكيه', 'الامريكي', 'الاميركيه', 'الاميركي', 'البريطانيه', 'البريطاني', 'الفرنسيه', 'الفرنسي', 'الغربيه', 'البولنديه', 'البولندي', 'الالمانيه', 'الالماني'],
  // every other state's forces and police are `other` (README guide: "Saudi Arabia, Israel, Turkey ..."; dev-v10 call 9
  // and v11 call 1: non-Syrian state forces outside the named parties, Haftar's LNA, the Azerbaijani army, Georgia's
  // police; dev-v11 calls 1-2: every other country's police, North Korea and Belarus; the yaml's Sudanese, Tunisian,
  // Egyptian and Lebanese entries name the same forces one by one)
  other: ['الاسراييليه', 'الاسراييلي', 'التركيه', 'التركي', 'الايرانيه', 'الايراني', 'السعوديه', 'السعودي',
    'العراقيه', 'العراقي', 'اللبنانيه', 'اللبناني', 'المصريه', 'المصري', 'الاردنيه', 'الاردني', 'التونسيه', 'التونسي', 'السودانيه', 'السوداني', 'اليمنيه', 'اليمني', 'الليبيه', 'الليبي',
    'البحرينيه', 'البحريني', 'الكويتيه', 'الكويتي', 'الاماراتيه', 'الاماراتي', 'الجزاييريه', 'الجزاييري', 'المغربيه', 'المغربي', 'البيلاروسيه', 'البيلاروسي', 'الاذربيجانيه', 'الاذربيجاني',
    'الارمينيه', 'الارمني', 'الجورجيه', 'الجورجي', 'الكوريه الشماليه', 'الكوري الشمالي', 'الصينيه', 'الصيني', 'الكازاخيه', 'الكازاخستانيه', 'الهنديه', 'الباكستانيه',
    'الاثيوبيه', 'الاثيوبي', 'الاريتريه', 'الاريتري', 'الارتريه', 'الارتري'],
};
// nouns of forces and aircraft (folded, indefinite): what a nisba adjective of a side qualifies
// (s18 claims2) adjectives of kind between an indefinite force noun and its nisba ("طائرة حربية تركية")
const FORCE_KINDS = ['', 'حربيه', 'مسيره', 'عسكريه'];
// (s21 claims) definite aircraft nouns with a definite adjective of kind, and whether they take the feminine nisba
const DEFINITE_AIR_KINDS: readonly (readonly [string, boolean])[] = [['الطيران الحربي', false], ['الطايرات الحربيه', true], ['الطايرات المسيره', true], ['المقاتلات الحربيه', true], ['المروحيات العسكريه', true]];
const FORCE_NOUNS = ['طايره', 'طايرات', 'مروحيه', 'مروحيات', 'طايرات هليكوبتر', 'طايره هليكوبتر', 'مقاتلات', 'قوات', 'وحدات', 'ميليشيات'];

// deed nouns (feminine, masculine) that a nisba adjective of the doer qualifies, with the adjectives of kind that may
// stand between them ("غارات جوية إسرائيلية", "قصف مدفعي تركي")
// (kept short: every spelling is a pattern of the reader's trie and of its reference regex, test/narrative-claim-trie)
const DEED_F = ['غاره', 'غارات', 'ضربات', 'هجمات'];
const DEED_M = ['هجوم', 'قصف', 'عدوان'];
const KIND_F = ['', 'جويه'];
const KIND_M = ['', 'جوي'];
// the nisba adjectives, [masculine, feminine] (folded), of the sides whose bare nisba is no party name of the lexicon
// (Turkey, Saudi Arabia, the UAE, Azerbaijan, Armenia: `other` by the README guide, every other state); "إسرائيلية",
// "إيرانية", "روسية", "أمريكية" are party names already, and the rule deedNisba of claim-arabic-roles.ts reads them after
// a deed noun as well, as it reads a definite nisba after a definite deed noun ("الغارات الإسرائيلية")
const DEED_NISBA: Record<string, [string, string][]> = {
  other: [['تركي', 'تركيه'], ['سعودي', 'سعوديه'], ['اماراتي', 'اماراتيه'], ['اذربيجاني', 'اذربيجانيه'], ['ارمني', 'ارمينيه']],
};
/** "غارة تركية", "ضربات جوية تركية", "قصف تركي": every noun and kind, indefinite (the definite is read by its parts) */
function deedNisbaNames(adjs: [string, string][]): string[] {
  const out: string[] = [];
  for (const [nouns, kinds, g] of [[DEED_F, KIND_F, 1], [DEED_M, KIND_M, 0]] as const)
    for (const n of nouns) for (const k of kinds) for (const a of adjs) out.push([n, k, a[g]].filter(Boolean).join(' '));
  return out;
}
/**
 * Arabic spellings the reader's lexicon takes in (claim-slots.ts spreads them into its LEXICON, folded): generic
 * names of the parties in Syrian state media and opposition media, and Arabic names of agents and incidents the
 * built-in lists missed. [kind, value, ...spellings]. Sources: the vocabulary lists of the brief (state media:
 * "المجموعات الإرهابية المسلحة", "التنظيمات الإرهابية"; opposition: "قوات الأسد", "ميليشيات النظام"), SANA and
 * Enab Baladi usage, and the v8 judgement call that "foreign specialists / foreign security services" are `west`.
 */
const AR_LEXICON_BASE: readonly (readonly string[])[] = [
  // (session 11, arclaims) a deed noun with the nisba adjective of its doer is one name: "غارة إسرائيلية", "الضربات
  // الجوية التركية", "القصف الروسي", "هجوم صاروخي إيراني" (the adjective agrees with the noun: Ryding 2005 ch. 9; the
  // definite noun takes the definite adjective); the party rule `deedNisba` (claim-arabic-roles.ts) makes its side the
  // deed's agent, and the same spellings are incidents. A bare nisba ("تركية", "الحدود التركية") stays no party.
  ...Object.entries(DEED_NISBA).map(([party, adjs]) => ['party', party, ...deedNisbaNames(adjs)]),
  ['incident', 'incident', ...Object.values(DEED_NISBA).flatMap(deedNisbaNames)],
  // an air raid or strike named with its adjective is an incident as well as a verbal noun of attack ("تتعرض لغارات
  // جوية": the scanner takes the longest spelling, the vn cue of claim-slots.ts, and adds the other kinds the same
  // literal has); the indefinite accusative ("شن هجوماً", folded "هجوما") likewise: the scanner's second readings are
  // keyed by the literal word, which the accusative's alif makes another one
  ['incident', 'incident', 'غارات جويه', 'غاره جويه', 'قصف جوي', 'ضربه جويه', 'ضربات جويه', 'ضربه صاروخيه', 'ضربات صاروخيه', 'هجوما', 'قصفا', 'استهدافا', 'انفجارا', 'اعداما'],
  ['cue-after', 'vn', 'هجوما', 'قصفا', 'استهدافا'],
  // a military attack or operation ("شنت الولايات المتحدة وفرنسا ... هجوماً عسكرياً" on Syria's facilities) is a strike of
  // war, no incident (README guide: a military strike on a state is war): the longer spelling keeps the vn cue only
  ['cue-after', 'vn', 'هجوما عسكريا', 'هجوم عسكري', 'الهجوم العسكري'],
  // assassination, raiding ("للإغارة على"), sabotage ("عملية تخريب", "عملاً تخريبياً") and "the incident" (masculine
  // "الحادث", beside the feminine "الحادثة" of claim-slots.ts) are incidents (README guide: an attack, a killing, a
  // terror act)
  ['incident', 'incident', 'اغتيال', 'اغتيالا', 'اغاره', 'عمليه تخريب', 'عمليات تخريب', 'عمل تخريبي', 'عملا تخريبيا', 'اعمال تخريبيه', 'الحادث'],
  // Israel's "occupation" named bare ("غارات للاحتلال", "قصف الاحتلال"; "الاحتلال الروسي / الأمريكي" are longer names
  // below) and its air force ("طيران الاحتلال"): `other` (README v12: Israeli forces are other)
  ['party', 'other', 'الاحتلال', 'طيران الاحتلال'],
  // the air forces of the sides ("سلاح الجو الروسي", the dual "سلاحي الجو الروسي والسوري": the first named); Syria's is
  // in knowledge/claim-parties.yaml
  ['party', 'russia', 'سلاح الجو الروسي', 'سلاحي الجو الروسي'],
  ['party', 'west', 'سلاح الجو الامريكي', 'سلاح الجو الاميركي', 'سلاح الجو البريطاني', 'سلاح الجو الفرنسي', 'سلاحي الجو الامريكي', 'سلاحي الجو الاميركي'],
  ['party', 'other', 'سلاح الجو الاسراييلي', 'سلاح الجو التركي', 'سلاح الجو السعودي', 'سلاحي الجو الاسراييلي', 'سلاحي الجو التركي'],
  ['party', 'government', 'السلطات السوريه', 'نظام دمشق', 'حكومه دمشق', 'الحكومه السوريه', 'القوات الحكوميه السوريه', 'طائرات حربيه سوريه', 'طائرات سوريه', 'طائرات النظام', 'طائرات الاسد', 'مروحيات النظام', 'مروحيات الاسد', 'جيش النظام', 'ميليشيات النظام', 'ميليشيا النظام', 'مليشيات النظام', 'الجيش النظامي', 'المقاتلات السوريه', 'الرئيس السوري', 'النظام السوري', 'قوات الحكومه السوريه',
    // a force noun with the nisba "Syrian" (the air force and army of the government)
    'الطائرات الحربيه السوريه', 'المروحيات السوريه', 'مروحيات سوريه', 'المقاتلات الحربيه السوريه', 'طيران حربي سوري', 'القوات النظاميه', 'قوات الجيش السوري', 'الفرقه الرابعه'],
  // a force or aircraft noun with the nisba "governmental", agreeing in definiteness ("طائرات هليكوبتر حكومية",
  // "الطائرات الحكومية"); the adjective alone is no party ("منظمات غير حكومية" are NGOs)
  ['party', 'government', ...FORCE_NOUNS.flatMap((n) => [`${n} حكوميه`, `ال${n} الحكوميه`])],
  // a definite force noun with a side's nisba is one name ("القوات الأوكرانية", "الجيش الأمريكي", "الطائرات الإسرائيلية"),
  // so that it stands as one argument right after a verbal noun ("استخدام القوات الأوكرانية مواد كيميائية")
  ...Object.entries(NISBA).map(([party, adjs]) => ['party', party, ...FORCES_DEFINITE.flatMap((n) => adjs.map((a) => `${n} ${a}`))]),
  // (s18 claims2) and an indefinite force or aircraft noun with the indefinite nisba, one adjective of kind between at
  // most ("طائرة حربية تركية", "قوات روسية", "طائرة مسيرة إسرائيلية"): the nisba agrees with its noun in definiteness
  // as in gender (Ryding 2005 ch. 9), so the indefinite phrase names the side as the definite one does
  ...Object.entries(NISBA).map(([party, adjs]) => ['party', party, ...FORCE_NOUNS.flatMap((n) => FORCE_KINDS.flatMap((k) => adjs.map((a) => [n, k, a.slice(2)].filter(Boolean).join(' '))))]),
  // (s21 claims) and a definite aircraft noun with a definite adjective of kind before the nisba ("الطيران الحربي
  // الروسي", "الطائرات الحربية التركية", "الطائرات المسيرة الإسرائيلية"): the adjectives agree with the noun in
  // definiteness and gender (Ryding 2005 ch. 9), the masculine singular "الطيران" with the masculine nisba, the broken and
  // sound plurals of things with the feminine; the indefinite phrase is read above
  ...Object.entries(NISBA).map(([party, adjs]) => ['party', party, ...DEFINITE_AIR_KINDS.flatMap(([n, fem]) => adjs.filter((a) => a.endsWith('ه') === fem).map((a) => `${n} ${a}`))]),
  ['party', 'government', ...DEFINITE_AIR_KINDS.map(([n, fem]) => `${n} ${fem ? 'السوريه' : 'السوري'}`)],
  // (rebels, "المتمردين", as the guide's `opposition`: "rebels, militants"; review-1 #7, session 11)
  ['party', 'opposition', 'المتمردين', 'المتمردون', 'متمردين', 'متمردون'],
  ['party', 'opposition', 'الثوار', 'ثوار', 'المعارضين', 'المعارضون', 'الدوله الاسلاميه', 'التنظيمات المسلحه', 'العصابات المسلحه', 'العصابات الارهابيه', 'المجموعات الارهابيه المسلحه', 'الفصائل المسلحه', 'المعارضه المسلحه', 'الجهاديين', 'الجهاديون', 'المتشددين', 'المتشددون',
    // Syrian state media call Turkey-backed factions "mercenaries" (Turkey-backed Syrian factions are `opposition`, v10 calls)
    'مرتزقه', 'المرتزقه', 'تنظيم القاعده', 'فتح الشام', 'الحزب الاسلامي التركستاني', 'جيش العزه',
    // Syrian state media's and Iraqi usage for jihadist fighters: "التكفيريون" (takfiris; SANA), "الدواعش" (the broken
    // plural of "داعشي", Islamic State fighters); the built-in list has "داعش" and "الارهابيين" but not these
    'التكفيريين', 'التكفيريون', 'تكفيريين', 'تكفيريون', 'الجماعات التكفيريه', 'المجموعات التكفيريه', 'الدواعش', 'دواعش', 'الداعشيين', 'عناصر داعش'],
  ['party', 'west', 'البيت الابيض', 'البنتاغون', 'البنتاجون', 'مخابرات اجنبيه', 'المخابرات الاجنبيه', 'اجهزه الامن الاجنبيه', 'الاجهزه الامنيه الاجنبيه', 'اجهزه امن اجنبيه', 'اجهزه المخابرات الاجنبيه', 'لندن', 'باريس', 'استخبارات اجنبيه', 'الاستخبارات الاجنبيه', 'اجهزه استخبارات اجنبيه', 'اجهزه مخابرات اجنبيه', 'خبراء اجانب', 'الخبراء الاجانب', 'اميركا', 'الاميركي*', 'الامريكيين', 'المملكه المتحده', 'الفرنسيه', 'الفرنسي', 'دول غربيه'],
  // a nisba adjective without the article names its country's side as the English "Russian", "American" do
  // ("طائرات روسية", "غاز أعصاب روسي الصنع"); a capital stands for its government ("يتهم الغرب دمشق"), and after a
  // preposition or a place noun it is the city (readArabic excludes it: "في دمشق", "ريف دمشق"); "@" marks a capital
  ['party', 'russia', '@موسكو', 'الكرملين', 'الروس', 'الجيش الروسي', 'روسي', 'روسيه'],
  // (s27 cldev) Kyiv, Ankara (above) and Tel Aviv (claim-arabic-blame.ts) are capitals as Moscow and Damascus are: they stood
  // for their governments everywhere, so "قتل مسلح ثلاثة أشخاص في أنقرة" blamed Turkey and "في كييف" Ukraine; after a
  // preposition or a place noun they are the city (dev-v29 Karlov "في العاصمة التركية أنقرة")
  ['party', 'ukraine', '@كييف'],
  ['party', 'west', 'امريكي', 'امريكيه', 'اميركي', 'اميركيه', 'بريطاني', 'بريطانيه', 'فرنسي'],
  ['party', 'government', '@دمشق'],
  // `other` (README guide and v10 call 9: Israel, Iran's militias, Kurdish forces, the Houthis, the Saudi-led coalition, Saddam's Iraq)
  // police and security forces named bare: an Arab outlet's own state's (the protest stories of dev-v11 and dev-v12:
  // Beirut, Baghdad, Tahrir, Iran), every one of them `other` in the guide (README dev-v11 call 1; the coordinator's
  // session 9 note); a state's nisba after them makes the longer name of that state's side above, and Syria's are the
  // government's
  ['party', 'other', 'قوات الامن', 'القوات الامنيه', 'القوي الامنيه', 'قوي الامن', 'الشرطه', 'رجال الامن', 'عناصر الامن', 'رجال الشرطه', 'عناصر الشرطه', 'قوات مكافحه الشغب', 'شرطه مكافحه الشغب', 'قوات الشرطه',
    // (s20 claims) Iraq's riot police, "قوات حفظ النظام" (public-order forces; not the Syrian "النظام" inside it)
    'قوات حفظ النظام'],
  ['party', 'government', 'قوات الامن السوريه', 'الشرطه السوريه', 'الامن السوري', 'الاجهزه الامنيه السوريه', 'القوات الامنيه السوريه', 'قوي الامن السوريه'],
  // Russians as people ("الاتهام البريطاني لروسيين اثنين في تسميم": the two GRU officers), beside "روسي" and "الروس"
  ['party', 'russia', 'روسيين', 'روسيان', 'الروسيين'],
  // North Korea (dev-v11 call 2) by its people ("عملاء كوريين شماليين"; its forces by the nisba above); not by the bare
  // country, which the Kim Jong Nam stories name as the victim's ("الأخ غير الشقيق لزعيم كوريا الشمالية": the held-out
  // part of dev-v11 lost an item to it)
  ['party', 'other', 'كوريين شماليين', 'كوريون شماليون', 'الكوريين الشماليين', 'كوري شمالي'],
  ['party', 'other', 'الايراني*', 'ايراني*', 'الحرس الثوري', 'الاسرائيلي*', 'اسرائيلي*', 'الاحتلال الاسرائيلي', 'جيش الاحتلال', 'الحوثي*', 'انصار الله', 'التحالف العربي', 'التحالف بقياده السعوديه', 'تحالف دعم الشرعيه', 'صدام حسين', 'النظام العراقي السابق', 'نظام صدام', 'وحدات حمايه الشعب', 'قسد', 'قوات سوريا الديمقراطيه', 'التركي', 'الجيش التركي', '@انقره'],
  // states outside the named sides by their bare names and their occupation forces (README guide: every other state is
  // `other`; the English and Russian 'state' lists of claim-slots.ts): a name after a preposition is a place (readArabic);
  // "الاحتلال" unqualified is Israel's in the Palestinian news (README v12: Israeli forces at al-Aqsa and Bil'in are
  // `other`), qualified it is the occupier named ("قوات الاحتلال الروسي")
  ['party', 'other', 'اذربيجان', 'ارمينيا', 'ميانمار', 'الميانماري*', 'ميانماري*', 'اثيوبيا', 'قوات الاحتلال', 'جنود الاحتلال', 'شرطه الاحتلال', 'سلطات الاحتلال', 'مستوطنون', 'المستوطنون', 'المستوطنين'],
  // (s20 claims) Israel named as "the Zionist enemy / entity" and by the adjective "Zionist" in the Palestinian and Lebanese
  // news ("قوات العدو الصهيوني", "طائرات صهيونية مسيرة", "الكيان الصهيوني"), as "الإسرائيلي" is
  ['party', 'other', 'العدو الصهيوني', 'قوات العدو الصهيوني', 'جيش العدو الصهيوني', 'الكيان الصهيوني', 'كيان الاحتلال', 'الصهاينه', 'صهيوني*', 'الصهيوني*'],
  ['party', 'russia', 'قوات الاحتلال الروسي', 'قوات الاحتلال الروسيه', 'الاحتلال الروسي'],
  ['party', 'west', 'قوات الاحتلال الامريكي', 'قوات الاحتلال الامريكيه', 'الاحتلال الامريكي', 'قوات الاحتلال الاميركي', 'الاحتلال الاميركي'],
  ['party', 'ukraine', 'النازيين الجدد', 'النازيون الجدد', 'القوميين الاوكرانيين', 'القوميون الاوكرانيون'],
  // deed verbs the built-in list lacks: "ضربت", "رشت" (sprayed), "اعتدت"
  ['cue-before', 'did', 'ضربت', 'يضرب', 'تضرب', 'رش', 'رشت', 'يرش', 'ترش', 'رشوا', 'اعتدت', 'اعتدي', 'يستهدفون', 'اغارت'],
  // the deed verbs in every third-person form of both aspects ("قصفوا", "ألقوا", "أسقطوا", "يطلقون"): arabicVerbForms
  ['cue-before', 'did', ...DEED_VERBS.flatMap(([perfect, imperfect]) => arabicVerbForms(perfect, imperfect)).filter((w) => !NOT_DEED_FORMS.has(w))],
  // (s21 claims) and with an object pronoun ("قوات النظام قصفتها", "ألقتها", "استهدفوه", "يقصفونها"): arabicCliticForms
  ['cue-before', 'did', ...DEED_VERBS.flatMap(([perfect, imperfect]) => arabicCliticForms(perfect, imperfect)).filter((w) => !NOT_DEED_FORMS.has(w.replace(/(?:ه|ها|هم)$/u, '')))],
  // "تمهيدا لـ" (paving the way for): a preparation marker
  ['prepare', 'prepare', 'تمهيدا', 'تمهيد', 'استعدادا'],
  ['agent', 'chemical', 'غاز اعصاب', 'غاز الاعصاب', 'غازات الاعصاب', 'كيمياوي', 'الكيمياوي', 'كيمياويه', 'الكيمياويه', 'كمياويه', 'غازات كيميائيه', 'الكلوروبكرين', 'كلوروبكرين'],
  ['agent', 'novichok', 'نوفيتشوك', 'نوفيشوك'],
  // poisons with no agent id of their own are `chemical` (README dev-v11 call 3: "ricin/cyanide with no agent id take
  // chemical")
  ['agent', 'chemical', 'السيانيد', 'سيانيد', 'الريسين', 'ريسين'],
  // phosphorus spelled without its waw ('قنابل فسفورية'), beside the built-in 'فوسفوري*' and 'الفسفور*'
  // (s20 claims2) and the stem with its waw, which the scanner meets after a proclitic and the article ("للفوسفور", "بالفوسفور")
  ['agent', 'white-phosphorus', 'فسفوري*', 'فسفور', 'فوسفور'],
  // CS transliterated ("مادة سي إس المحظورة"), as the English list has "cs gas"
  ['agent', 'cs', 'سي اس', 'غاز سي اس', 'مادة سي اس'],
  // tear-gas grenades and pepper spray (knowledge/agent-terms.yaml, riot-control: "قنابل الغاز, قنبلة غاز, قنابل مسيلة"),
  // beside the built-in "الغاز المسيل للدموع" (the agent of a police dispersal, README dev-v11 call 1)
  ['agent', 'cs', 'قنابل الغاز', 'قنابل غاز', 'قنبله غاز', 'قنابل مسيله', 'القنابل المسيله', 'قنابل مسيله للدموع', 'غاز مسيل للدموع', 'غاز الفلفل', 'رذاذ الفلفل'],
  // the adjective agrees in definiteness ("بالغازات السامة"), a gas attack named by its gas ("بالغاز": with gas), sulfur mustard
  // without the article ("غاز خردل الكبريت")
  ['agent', 'chemical', 'الغازات السامه', 'الغازات الكيمياييه', 'الغارات السامه', 'غارات سامه', 'كيماويات', 'كيماويات سامه', 'كيميائيات', 'بالغاز', 'بالغازات'],
  ['agent', 'sulfur-mustard', 'خردل', 'خردل الكبريت', 'غاز خردل', 'الخردل الكبريتي'],
  ['agent', 'chlorine', 'الكلورين', 'غاز الكلورين'],
  // (with its object pronoun: "تسميمه", the poisoning of him)
  ['incident', 'incident', 'تسميم', 'تسميمه', 'تسميمها', 'تسميمهم', 'بتسميمه', 'بتسميمها'],
  // gases the item calls unknown, strange or incendiary: a chemical used, its agent not named (README agent: "toxic gas ...
  // without an agent" is chemical)
  ['agent', 'chemical', 'غازات حارقه', 'غازات غريبه', 'غازات مجهوله', 'غاز مجهول', 'غازات غير معروفه', 'غاز غير معروف', 'غازات مسيله للدموع'],
  // "did not happen": the incident is denied (staged true, v10 judgement call 1)
  // contrived, invented, a false flag ("مفتعل", "افتعال", "الراية الكاذبة"), beside the built-in "مفبرك / مسرحية / ملفق"
  ['staged', 'staged', 'مفتعل*', 'افتعال', 'المفتعل*', 'مصطنع*', 'الرايه الكاذبه', 'رايه كاذبه', 'العلم الزايف', 'علم زايف', 'اكذوبه', 'الاكذوبه'],
  // (s22 claims2) the false flag named by its other calques: "علم كاذب" (a false flag, the adjective of lying as with
  // the banner "راية كاذبة"), and an operation called false, deceptive or a camouflage ("عملية زائفة / كاذبة / مخادعة",
  // "عملية تمويه"): the press's renderings of "false flag operation" (Arabic wire reports of the January 2022 US warning);
  // a staged event as "مفبرك" is, whoever prepares or carries it out
  // (s22 fixcl) "علم كاذب" is read only as the flag of an operation or an attack, or under one (claim-slots.ts): alone it
  // is also "false science" ("وصف الخبراء الرواية بأنها علم كاذب")
  ['staged', 'staged', 'علم كاذب', 'عمليه العلم الكاذب', 'عمليات العلم الكاذب', 'عمليه زايفه', 'العمليه الزايفه', 'عمليات زايفه', 'العمليات الزايفه', 'عمليه كاذبه', 'العمليه الكاذبه', 'عمليات كاذبه', 'عمليه مخادعه', 'العمليه المخادعه', 'عمليه تمويه', 'عمليات تمويه'],
  // the verbs of fabricating in both aspects ("الخوذ البيضاء تفبرك هجوما", "يلفقون", "اختلقت"): the built-in stems
  // "فبرك*" and "ملفق*" take the perfect and the participle only, not the imperfect's person prefix (arabicVerbForms)
  ['staged', 'staged', ...FABRICATE_FORMS],
  // and their subject is the fabricator, before or after the verb, as with the deed verbs
  ['cue-before', 'did', ...FABRICATE_FORMS],
  ['staged', 'staged', 'لم يحدث', 'لم تحدث', 'لم يقع', 'لم تقع', 'لم يحصل', 'لم تحصل', 'لم يكن هناك هجوم'],
  // (s20 claims2) a government named by its nisba or its country ("الحكومة السودانية", "حكومة السودان") is that state's side,
  // and so is a governmental force with a state's nisba after it ("القوات الحكومية السودانية", "قوات حكومية سودانية"): the
  // nisba names the state, "governmental" only its rank (Ryding 2005 ch. 9: adjectives stack after their noun), so the
  // longer name outranks the Syrian reading of "القوات الحكومية" (README v22 call 1: Sudan's government is `other`)
  ...Object.entries(NISBA).map(([party, adjs]) => ['party', party, ...adjs.flatMap((a) => [`الحكومه ${a.endsWith('ه') ? a : `${a}ه`}`, `القوات الحكوميه ${a.endsWith('ه') ? a : `${a}ه`}`, `قوات حكوميه ${(a.endsWith('ه') ? a : `${a}ه`).slice(2)}`])]),
  ['party', 'other', 'حكومه السودان', 'حكومه اثيوبيا', 'حكومه اريتريا', 'حكومه ارتريا', 'حكومه الخرطوم', 'حكومه اسراييل', 'حكومه تركيا', 'حكومه انقره',
    // the Saudi-led coalition named by its leader's nisba ("التحالف السعودي", "تحالف العدوان السعودي" in Houthi media; README
    // v10 call 9: the Saudi-led coalition is `other`), and Iraq's Baath regime of Halabja (v22 call 1) by its party's name
    'التحالف السعودي', 'التحالف السعودي الاماراتي', 'تحالف العدوان السعودي', 'العدوان السعودي', 'نظام البعث العراقي', 'البعث العراقي', 'حزب البعث العراقي', 'الجيش العراقي السابق'],
  // (s20 claims2) herbicides used as a weapon are `chemical` (README v22 call 7: Agent Orange); its Arabic name
  ['agent', 'chemical', 'العامل البرتقالي', 'العميل البرتقالي'],
  // (s27 cldev) gunfire and ramming are incidents, as English "opened fire", "shooting" and Russian «стрельба» are: "إطلاق
  // النار" / "إطلاق نار" (the verbal noun of "أطلق النار", fired; "تعرضه لإطلاق نار", he came under fire), "فتح النار" /
  // "فتح نيران" (opened fire; Ryding 2005 ch. 17: the verbal noun and the perfect of one verb), "عملية دهس" (a ramming
  // attack) and the verbal noun "دهس" (running people over with a vehicle); dev-v29 Karlov, Ibrahimi mosque, Nice
  ['incident', 'incident', 'اطلاق النار', 'اطلاق نار', 'اطلاق الرصاص', 'اطلاق رصاص', 'فتح النار', 'فتح نيران', 'فتحوا النار', 'فتحوا نيران', 'عمليه دهس', 'هجوم دهس', 'دهس', 'الدهس'],
  // (s27 cldev) arson and poisoning told by their own words: "الحرق العمد", "حريق متعمد", "إضرام النار", "أضرم" (a verb used
  // of setting fire only: "أضرم مجهولون النار"), "إحراق" (the verbal noun of the transitive "أحرق", to burn something
  // down), and "مسموماً" (died poisoned), as English "arson", "set fire", "poisoned" are; dev-v25 (the Reichstag fire), dev-v20
  // (Navalny "مات مسموماً"); (review s27) not the bare adjective "مسموم", the common metaphor of a poisonous speech or gift
  // ("خطاب مسموم"), which read an incident: the adverbial accusative "مسموماً" tells the death
  ['incident', 'incident', 'الحرق العمد', 'حرق متعمد', 'حريق متعمد', 'الحريق المتعمد', 'اضرام النار', 'اضرم', 'اضرمت', 'اضرموا', 'احراق', 'مسموما'],
  // (s27 cldev) hedged blame by a link, the Arabic of English "linked to" / "connected with" (the party after it is the
  // one blamed, claim-slots.ts cue-after): "مرتبط بتنظيم داعش", "على صلة بـ", "له صلات بـ" (the issue's hedged blame)
  ['cue-after', 'by', 'مرتبط', 'مرتبطه', 'مرتبطين', 'مرتبطون', 'المرتبط', 'المرتبطه', 'المرتبطين', 'علي صله', 'علي صلات'],
];
/**
 * A definite party name after "لـ" loses the article's alif ("للاحتلال" = ل + الاحتلال, "للجيش الأذربيجاني" = ل +
 * الجيش الأذربيجاني: Ryding 2005 ch. 5); the scanner retries a word after one proclitic and at its stem, so it meets
 * "لاحتلال" and "جيش الأذربيجاني", which no name matched (session 11). Each definite name of the list above is added in
 * those spellings: a name of two words or more without its first article (it stands only after "لل": "جيش الأذربيجاني"
 * is no phrase alone), a one-word name with "ل" for its article (the word after the first "ل" of "للاحتلال").
 */
// (of the force nouns only the army, with its masculine nisba: every spelling is a pattern of the trie and of its reference regex; "للطيران
// الروسي", "للقوات التركية" still name their side by the nisba, which the scanner reads at its stem)
const AFTER_LAM_FORCE = /^الجيش /;
function afterLam(rows: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const [kind, value, ...pats] of rows) {
    if (kind !== 'party') continue;
    const more = pats.filter((p) => p.startsWith('ال') && p.length > 4 && (!p.includes(' ') || (AFTER_LAM_FORCE.test(p) && !p.endsWith('ه')) || !FORCE_NAME.test(p))).map((p) => (p.includes(' ') ? (/^ال\S+ ال/.test(p) ? p.slice(2) : '') : 'ل' + p.slice(1))).filter(Boolean);
    if (more.length) out.push([kind, value, ...more]);
  }
  return out;
}
// "التابعة لسلاح الجو الروسي": the Syrian air force's spelling "تابعة لسلاح الجو" (knowledge/claim-parties.yaml) is the
// longest name at "التابعة" unless the nisba after it names another side's air force (session 11)
const AFFILIATED_AIR_FORCE: (readonly string[])[] = Object.entries({ russia: ['الروسي'], west: ['الامريكي', 'الاميركي'], other: ['الاسراييلي', 'التركي'] }).map(([party, adjs]) => ['party', party, ...['تابعه', 'التابعه', 'التابع', 'التابعات'].flatMap((a) => adjs.map((x) => `${a} لسلاح الجو ${x}`))]);
const FORCE_NAME = new RegExp(`^(?:${FORCES_DEFINITE.join('|')}) `);
export const AR_LEXICON: readonly (readonly string[])[] = [...AR_LEXICON_BASE, ...afterLam(AR_LEXICON_BASE), ...AFFILIATED_AIR_FORCE];

// the finite plan verbs in the imperfect (the lexicon's "يحضر*", "تستعد", "يخطط*" ...): a verb opens an Arabic
// verb-subject-object clause, so its subject may stand right after it ("تحضر جبهة النصرة لاستفزاز", "يستعد المسلحون")
const PLAN_VERB_FINITE = /^[وف]?[يت](?:حضر|خطط|ستعد|جهز|عتزم|نوي|عد|دبر)(?:ون|ان)?$/;
/** whether an Arabic plan marker is a finite verb whose subject can follow it (claim-slots.ts pairs it forward) */
export const arabicPlanVerb = (word: string): boolean => PLAN_VERB_FINITE.test(word);

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

/**
 * Whether the alif at `pos` is the indefinite accusative's ending of the Arabic word before it (Ryding 2005, ch. 7:
 * the tanwin fatha is written on an added alif, "هجوماً", "كيميائياً", "غازاً ساماً"; folding drops the tanwin and keeps
 * the alif): an alif after an Arabic letter other than alif or teh marbuta (the feminine takes no added alif). The
 * scanner lets a term end before it, as before a word end.
 */
export function arabicAccusativeEnd(s: string, pos: number): boolean {
  if (s.charCodeAt(pos) !== 0x0627 || pos === 0) return false;
  const b = s.charCodeAt(pos - 1);
  return b >= 0x0628 && b <= 0x064a && b !== 0x0647 && b !== 0x0629;
}

// "أعداد الضحايا" (numbers) and "إعداد" (preparation) fold alike: before a word for people or a size it is numbers
const NUMBERS = /(?<![\p{L}])([وفبل]?)اعداد(?=\s+(?:ال)?(?:ضحايا|قتلي|مصابين|جرحي|مدنيين|كبيره|هايله|ضخمه|متزايده|اطفال|نازحين|لاجيين|اصابات|وفيات)(?![\p{L}]))/gu;
/**
 * The folded Arabic text made ready for the scanner, keeping its length and offsets: quotation marks inside names
 * ("تنظيم “الدولة”", "جماعة “هيئة تحرير الشام") blanked, "أعداد" of people (numbers, folded like "إعداد",
 * preparation) written "ارقام", and the naming "يطلق على نفسه" (calls itself) written "يسمي" (no launching).
 */
// "يطلق على نفسه اسم" (calls itself): naming, not launching ("التنظيم الذي يطلق على نفسه الدولة الإسلامية")
const NAMING = /(?<![\p{L}])[وف]?(?:اطلق|اطلقت|اطلقوا|يطلق|تطلق|يطلقون)(?=\s+علي\s+(?:نفس|انفس)\p{L}*)/gu;
// "يعد من أعنف الهجمات" (is counted among the fiercest attacks): "يُعدّ" of counting, not "يُعِدّ" of preparing (folded
// alike); before "من" or a superlative it counts (session 11)
// (s26 clprep) and with its definite subject between: "يعد الهجوم الكيميائي على الغوطة من أسوأ الهجمات" (the attack is counted
// among the worst), a definite noun right after the verb (not "لل", a preparing for) and "من" with a superlative after it
const COUNTED = /(?<![\p{L}])([وف]?)(?:يعد|تعد)(?=\s+(?:من|واحد\p{L}*|اكبر|اعنف|اخطر|اكثر|اسوا|ابرز|اول|الاعنف|الاكبر|الاخطر|الاسوا|الاول)(?![\p{L}])|\s+ال\p{L}+(?:\s+\p{L}+){0,5}?\s+من\s+(?:ال)?(?:اكبر|اعنف|اخطر|اكثر|اسوا|اسوء|ابرز|اول|افظع|اشد|ابشع|اهم|اكبر)(?![\p{L}]))/gu;
export const arabicNormalise = (s: string): string =>
  s.replace(/[“”"«»„]/g, ' ').replace(NUMBERS, (m, p: string) => p + 'ارقام').replace(NAMING, (m) => 'يسمي'.padEnd(m.length, ' ')).replace(COUNTED, (m, p: string) => p + 'هو ');

// a plan or preparation, and an imperfect (ongoing or future) deed: what a false-flag purpose follows
const PLAN_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:يخطط|تخطط|يخططون|خطط|خططت|تخطيط|يحضر|تحضر|يحضرون|تحضير|يعد|تعد|يعدون|اعداد|يستعد|تستعد|يستعدون|استعداد|ينوي|تنوي|ينوون|يعتزم|تعتزم|يعتزمون|يجهز|تجهز|يجهزون|تجهيز|يستخدم|تستخدم|يستخدمون|يشن|تشن|يشنون|شن|ينفذ|تنفذ|ينفذون|يقصف|تقصف|يقصفون|استفزاز|مسرحيه|فبركه|هجوم|هجمات|استخدام|استخدامها|استخدامه|استخدامهم)$/;
// a purpose of accusing: "لاتهام", "لتتهم به", "ليتهموا", "لتحميل", "بهدف اتهام", "هدفه اتهام", "من أجل اتهام"
const FALSE_FLAG_PURPOSE = /^(?:[وف])?(?:لاتهام|لتتهم|ليتهم|ليتهموا|لتتهما|لتحميل|لتوريط|لاتهامها|لاتهامه)$/;
const PURPOSE_HEAD = /^(?:بهدف|بغيه|هدفه|هدفها|هدفهم|اجل|لغرض|سعيا)$/;
// organising or producing a staged event: "لتنظيم مسرحية", "لفبركة هجوم", "تصوير فيديو مفبرك"
const STAGE_VERB = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:تنظيم|تدبير|فبركه|اعداد|تحضير|تصوير|يصورون|يصور|تصور|صوروا|ينظمون|ينظم|تنظم)$/;
const FILM_OBJECT = /^(?:[وف]?(?:ال)?)(?:فيديو|فيديوهات|فيلم|فيلما|افلام|مشاهد|مقاطع|مقطع|مقطعا|تسجيلات|صور)$/;
// filming a film or video about an attack ("تصور فيلما عن هجوم كيميائي", "تصوير فيلم عن هجمات كيميائية"): a staging
// being made (the v7 and v8 calls on filmed attacks: "White Helmets filming a staged video" is staged and announced); the
// perfect ("صوروا") tells a staging made, not announced
const FILM_VERB = /^(?:[وف]?(?:ب|ل|علي)?(?:ال)?)(?:تصوير|يصورون|يصور|تصور|صوروا|صورت|يصوران|تصوران)$/;
const FILMED = /^(?:[وف])?(?:صوروا|صورت)$/;
const ABOUT = /^(?:عن|حول)$/;
// (s25 clnew) a noun of making, storing or using in a chain after a noun or verb of prohibition ("اتفاقية حظر استحداث وصنع
// وتخزين واستخدام الأسلحة الكيميائية", "تحظر استخدام"): the law forbids it, no one is said to move or use the weapons
const AR_BAN = /^(?:[وف])?(?:ب|ل)?(?:ال)?(?:حظر|تحظر|يحظر|حظرت|تجريم)$/;
const AR_BAN_CHAIN = /^(?:[وف])?(?:ب|ل)?(?:ال)?(?:استحداث|صنع|انتاج|تخزين|استخدام|استعمال|حيازه|نقل|تطوير)$/;
function banned(toks: readonly { w: string }[], t: number): boolean {
  for (let u = t - 1; u >= 0 && u >= t - 6; u--) {
    if (AR_BAN.test(toks[u].w)) return true;
    if (!AR_BAN_CHAIN.test(toks[u].w)) return false;
  }
  return false;
}
const MOVE_NOUN = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:استقدام|جلب|ارسال|ادخال|تهريب|تخزين|ايصال|وصول|شحنه|شحنات|تزويد|تسليم)$/;
const PLAN_MARKER = /^(?:[وف])?(?:يحضر|تحضر|يحضرون|يعد|تعد|يعدون|يستعد|تستعد|يستعدون|يخطط|تخطط|يخططون|ينوي|تنوي|يعتزم|تعتزم|تحضير|اعداد|التحضير|الاعداد)$/;
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
  const hasFilm = /صور|تصوير/.test(s) && /فيلم|فيديو|مشاهد|مقاطع|مقطع|تسجيل/.test(s);
  if (!hasPurpose && !hasMove && !hasStage && !hasWarn && !hasStrike && !hasSoon && !hasFilm) return { staged, prepared, notPlans };
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
    if (hasMove && !banned(toks, t) && (MOVE_NOUN.test(w) || /^(?:[وف])?(?:نقل|نقلت|نقلوا|ينقل|تنقل|ينقلون|ارسل|ارسلت|ارسلوا|يرسل|يرسلون|ادخل|ادخلت|ادخلوا|يدخلون|هرب|هربوا|يهربون|خزن|خزنوا|يخزن|يخزنون)$/.test(w))) {
      if (agentNear(t, 4)) prepared.push({ at: toks[t].at, word: w });
      continue;
    }
    if (hasStage && STAGE_VERB.test(w) && t + 1 < toks.length && toks[t + 1].sent === st && (STAGING_WORD.test(toks[t + 1].w) || (FILM_OBJECT.test(toks[t + 1].w) && t + 2 < toks.length && STAGING_WORD.test(toks[t + 2].w)))) {
      prepared.push({ at: toks[t].at, word: w + ' ' + toks[t + 1].w });
      continue;
    }
    if (hasFilm && FILM_VERB.test(w) && t + 3 < toks.length && toks[t + 3].sent === st && FILM_OBJECT.test(toks[t + 1].w) && ABOUT.test(toks[t + 2].w) && (ATTACK_NOUN.test(strip(toks[t + 3].w).b) || ATTACK_NOUN.test(toks[t + 3].w) || agentNear(t + 2, 2))) {
      staged.push({ at: toks[t].at, word: w + ' ' + toks[t + 1].w });
      if (!FILMED.test(w)) prepared.push({ at: toks[t].at, word: w + ' ' + toks[t + 1].w });
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
      if (USE_NOUN.test(toks[t].w) && !banned(toks, t) && agents.some((a) => a > toks[t].end && (t + 7 >= toks.length || a < toks[t + 7].end) && !SENTENCE_END.test(s.slice(toks[t].end, a)))) incidents.push(toks[t].w);
  return { ofClaim, incidents };
}
