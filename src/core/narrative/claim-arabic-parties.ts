/**
 * Session 13 (room claimsra): Arabic capitals of states outside the named sides, as their governments. A capital names
 * its government only in an argument role (Ryding 2005, ch. 13: verb-subject-object order; ch. 18: the construct): the
 * subject of a deed verb ("شنت الرياض غارات على صنعاء", "أنقرة تقصف مواقع كردية"), or the accused of an accusation
 * ("اتهمت دمشق أنقرة بدعم الإرهابيين", "حملت بغداد أنقرة مسؤولية القصف"). Anywhere else it is the city: after a
 * preposition or a place noun ("انفجار في بيروت", "سفارة في بغداد", "مطار بغداد"), as a deed's object ("استهدفت صواريخ
 * الحوثيين الرياض"), and in a headline that only names the place. An earlier attempt (session 12) let every mention
 * stand for the government and guarded the city readings; it lowered a frozen split and was withdrawn. This one lets a
 * capital in only where the grammar makes it a subject or an accused, so an unknown construction leaves it out, as
 * before. claim-slots.ts appends AR_CAPITAL_LEXICON to its lexicon and drops, with arCapitalOutOfRole, a capital
 * mention outside those roles from the party list.
 *
 * Capitals (folded spellings, foldString): the seats of government of the states the README guide puts under `other`
 * ("Saudi Arabia, Israel, Turkey ...; every other state"); Damascus, Moscow, Washington, London, Paris and Kyiv are in
 * the built-in lexicon with their own sides, Tel Aviv and Ankara already stand for Israel and Turkey.
 * Source for the capitals: https://en.wikipedia.org/wiki/List_of_national_capitals
 */

import { AR_LAM_NAMES } from './claim-arabic-blame.js';

/** folded spellings of the capitals read here (all `other`) */
export const AR_FOREIGN_CAPITALS: readonly string[] = [
  'الرياض', 'طهران', 'بغداد', 'بيروت', 'القاهره', 'الدوحه', 'ابوظبي', 'ابو ظبي', 'باكو', 'يريفان', 'الخرطوم', 'صنعاء', 'بكين', 'مينسك', 'كابول', 'اسلام اباد', 'نيودلهي', 'بيونغ يانغ', 'بيونغيانغ',  'المنامه', 'مسقط', 'تبليسي', 'نايبيداو',
];
/** lexicon rows (claim-slots.ts appends them): each capital a party `other`, marked "@" (a capital: claim-arabic-roles' capitalAsCity) */
// (s16 claims) and the state of Syria for its government, in the same roles only ("اتهمت الولايات المتحدة سوريا
// باستخدام", "قصفت سوريا"); anywhere else "سوريا" is the country ("في سوريا", "شمال سوريا")
export const AR_STATE_NAMES_GOVERNMENT: readonly string[] = ['سوريا', 'سوريه'];
// (s21 claims) North Korea by its name, `other` (README dev-v11 call 2, v22 call 1), in the same roles only: the Kim
// Jong-nam stories name it as the victim's too ("الأخ غير الشقيق لزعيم كوريا الشمالية"), which is why session 9 had
// dropped the bare name (its people, "عملاء كوريين شماليين", were kept in claim-arabic.ts)
export const AR_STATE_NAMES_OTHER: readonly string[] = ['كوريا الشماليه', 'كوريا الديمقراطيه'];
// (s21 claims) the capitals of the West's states, `west`, in the same roles ("لندن سممت سكريبال", "اتهمت موسكو لندن
// بفبركة"; elsewhere the city: "في لندن")
export const AR_WEST_CAPITALS: readonly string[] = ['لندن', 'باريس', 'برلين'];
export const AR_CAPITAL_LEXICON: readonly (readonly string[])[] = [['party', 'other', ...[...AR_FOREIGN_CAPITALS, ...AR_STATE_NAMES_OTHER].map((c) => '@' + c)], ['party', 'government', ...AR_STATE_NAMES_GOVERNMENT.map((c) => '@' + c)], ['party', 'west', ...AR_WEST_CAPITALS.map((c) => '@' + c)]];
const CAPITAL_SET = new Set([...AR_FOREIGN_CAPITALS, ...AR_STATE_NAMES_GOVERNMENT, ...AR_STATE_NAMES_OTHER, ...AR_WEST_CAPITALS]);
// (s21 claims) standing behind a deed, said of the state at a clause's start ("كوريا الشمالية تقف وراء اغتيال"): SVO
const STAND_BEHIND = /^[وف]?(?:يقف|تقف|وقفت|وقف|يقفون|وقفوا)$/u;
// (s21 claims) the agents, services and forces of a state in the construct ("عملاء كوريا الشمالية اغتالوا", "مخابرات
// طهران نفذت": Ryding 2005 ch. 8, the idafa's second term is its possessor), at a clause's start before a deed verb: the
// state does the deed through them
const AGENT_HEAD = /^[وف]?(?:عملاء|عميل|عميلا|عميلان|عميلين|جواسيس|مخابرات|استخبارات|اجهزه|جهاز|قوات|جيش|طايرات|جنود|عناصر)$/u;

// verbs whose subject does a deed, in the perfect and imperfect of the third person (folded): shelling, raiding,
// launching, targeting, attacking, carrying out, striking, using, dropping, killing, assassinating, blowing up
const DEED_STEM = '(?:قصف|شن|استهدف|اطلق|هاجم|نفذ|ارتكب|ضرب|استخدم|استعمل|القي|القت|اسقط|قتل|اغتال|فجر|اغار|دمر|سمم|اعتدي|اعتدت)';
const DEED_IMPF = '(?:قصف|شن|ستهدف|طلق|هاجم|نفذ|رتكب|ضرب|ستخدم|ستعمل|لقي|سقط|قتل|غتال|فجر|غير|دمر|سمم|عتدي)';
const DEED_VERB = new RegExp(`^[وف]?(?:${DEED_STEM}(?:ت|وا|ا|تا)?|[يت]${DEED_IMPF}(?:ون|ان)?)$`, 'u');
// accusing, holding responsible, standing behind (the capital after it, or after it and an accuser, is the accused or
// the one behind): "اتهمت طهران الرياض", "تتهم أنقرة", "حمّلت بغداد أنقرة", "تقف طهران وراء"
const ACCUSE_OR_HOLD = /^[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|يتهمون|حمل|حملت|حملوا|يحمل|تحمل|يحملون|محمله|محملا|يقف|تقف|وقفت|وقف|تبنت|تبني|يتبني|تتبني)$/u;
// a clause's start before an SVO subject: the sentence's first word, or after a complementizer ("أكد أن الرياض شنت")
const COMPLEMENTIZER = /^(?:ان|انه|انها|بان|وان|لان)$/u;

/** the words of `s` before `at` in its sentence, nearest first (at most n) */
function wordsBefore(s: string, at: number, n: number): string[] | null {
  const back = s.slice(Math.max(0, at - 80), at);
  const cut = back.search(/[.!?؟;؛\n:،,][^.!?؟;؛\n:،,]*$/u);
  const lead = cut >= 0 ? back.slice(cut + 1) : at <= 80 ? back : null;
  if (lead === null) return null;
  return lead.split(/\s+/).filter(Boolean).reverse().slice(0, n);
}
function firstWordAfter(s: string, end: number): string {
  const m = /^\s+([^\s.!?؟;؛\n:،,]+)/u.exec(s.slice(end, end + 40));
  return m ? m[1] : '';
}

/**
 * A mention of one of AR_FOREIGN_CAPITALS (folded text `s`, the party's span) that holds no argument role: claim-slots.ts
 * leaves it out of the parties. The roles kept: right after a deed, accusation, holding or standing-behind verb (VSO
 * subject or accused: "شنت الرياض", "اتهمت دمشق أنقرة", the accuser between the verb and the capital); at a clause's
 * start before a deed verb (SVO: "أنقرة تقصف", "أكد أن الرياض شنت"). A proclitic preposition on the capital ("ببغداد",
 * "لطهران") or a word before it that is no verb makes it the city.
 */
export function arCapitalOutOfRole(s: string, at: number, end: number): boolean {
  const word = s.slice(at, end);
  if (!CAPITAL_SET.has(word)) return false;
  // the letters of its own word before the capital: a conjunction only ("وطهران"), no preposition ("بطهران", "لطهران")
  const own = /[\p{L}]*$/u.exec(s.slice(Math.max(0, at - 3), at))![0];
  if (own && !/^[وف]$/u.test(own)) return true;
  const before = wordsBefore(s, at - own.length, 4);
  if (before === null) return true;
  const w1 = before[0] ?? '';
  // VSO: the verb right before; or the verb, then an accuser or a subject (one or two words), then the capital
  if (DEED_VERB.test(w1) || ACCUSE_OR_HOLD.test(w1)) return false;
  if ((ACCUSE_OR_HOLD.test(before[1] ?? '') || ACCUSE_OR_HOLD.test(before[2] ?? '')) && !/^(?:في|من|الي|علي|عن|مع|ضد|بين|حول)$/u.test(w1)) return false;
  // SVO: at a clause's start, a deed verb right after
  if ((!w1 || COMPLEMENTIZER.test(w1)) && DEED_VERB.test(firstWordAfter(s, end))) return false;
  if ((!w1 || COMPLEMENTIZER.test(w1)) && STAND_BEHIND.test(firstWordAfter(s, end))) return false;
  if (AGENT_HEAD.test(w1) && (!before[1] || COMPLEMENTIZER.test(before[1])) && DEED_VERB.test(firstWordAfter(s, end))) return false;
  // (s22 claims) the agent of a passive, after "على يد / على أيدي / من قبل / بواسطة", itself or the agents, services or
  // forces of the state ("قتل على يد كوريا الشمالية", "على يد عملاء من كوريا الشمالية", "على أيدي عملاء كوريا الشمالية";
  // Ryding 2005 ch. 21): the passive-agent rule of claim-arabic-roles reads it as the doer
  if (passiveAgentLead(before)) return false;
  return true;
}
const PASSIVE_HAND = /^(?:يد|ايدي|يدي|قبل)$/u;
/** the words before a capital (nearest first) end a passive agent's lead: "على يد", "من قبل", "بواسطة", then an agent head and "من" */
function passiveAgentLead(before: string[]): boolean {
  let i = 0;
  if (before[i] === 'من' && AGENT_HEAD.test(before[i + 1] ?? '')) i += 2;
  else if (AGENT_HEAD.test(before[i] ?? '')) i += 1;
  const w = before[i] ?? '';
  if (/^(?:بواسطه|بيد)$/u.test(w)) return true;
  return PASSIVE_HAND.test(w) && (w === 'قبل' ? before[i + 1] === 'من' : /^(?:علي|عل)$/u.test(before[i + 1] ?? ''));
}

// what a doer's or an accused's "لـ" follows: a deed noun that takes its doer with "لـ" (claim-arabic-roles' LAM_DEED, not
// the transitive "قصف لـ", "استهداف لـ", whose "لـ" is the object), an accusation or a responsibility, with a deed's
// adjectives between ("غارات جوية للتحالف الدولي", "توجيه الاتهام للحكومة السورية", "مسؤولية الهجوم للقوات الحكومية")
const LAM_HEAD = /^[وف]?(?:ب|ل)?(?:ال)?(?:غاره|غارات|ضربه|ضربات|هجوم|هجمات|هجوما|عمليه|عمليات|تفجير|تفجيرات|غارتين|ضربتين|هجومين|اتهام|اتهامات|مسووليه|مسيوليه|الاتهام|الهجوم|القصف|الغاره|الغارات|المجزره|مجزره|مجازر|اعتداء|اعتداءات)$/u;
// (a patron after an allegiance word is read as before: "جماعات مسلحة موالية للحكومة السورية" names the government's
// side, claim-arabic-blame.ts AR_GROUP_ALLEGIANCE_AFTER)
const PATRON_BEFORE = /^[وف]?(?:ال)?(?:موالي|مواليه|موالين|الموالون|تابع|تابعه|تابعين|تابعات|مدعوم|مدعومه|مدعومين)$/u;
const DEED_ADJ = /^(?:ال)?(?:جويه|جوي|صاروخيه|صاروخي|مدفعيه|مدفعي|عنيفه|عنيف|مباغت|مباغته|متجدده|متجدد|جديده|جديد|انتحاري|انتحاريه|مكثفه|مكثف|دمويه|دموي|ارهابي|ارهابيه|كيميايي|كيماوي|كيميايي|اخري|اخر)$/u;
/**
 * A name of AR_LAM_NAMES (a definite name after "لل") that follows no deed noun or accusation: claim-slots.ts leaves it
 * out of the parties, as the scanner did before (a holder, a patron, an addressee: "الموالية للحكومة السورية",
 * "خاضعة للمعارضة المسلحة", "رسالة للولايات المتحدة").
 */
export function arLamNameOutOfRole(s: string, at: number, end: number, pat: string): boolean {
  if (!AR_LAM_NAMES.has(pat)) return false;
  return arLamOutOfRole(s, at);
}
/**
 * (s24 clmorph) A party name after "لـ" with its article ("للجيش", "للمعارضة": claim-morph.ts compiles that form of every
 * listed name) that follows no deed noun, accusation or patron word: out of the parties, as the names of AR_LAM_NAMES are.
 */
export function arLamOutOfRole(s: string, at: number): boolean {
  // (the words before the one the name starts in: "وللتحالف")
  const head = s.slice(Math.max(0, at - 4), at);
  const before = wordsBefore(s, at - /\p{L}*$/u.exec(head)![0].length, 4);
  if (!before) return true;
  for (const w of before) {
    if (LAM_HEAD.test(w) || PATRON_BEFORE.test(w)) return false;
    if (!DEED_ADJ.test(w)) return true;
  }
  return true;
}

// (s20 claims2) a person named by the nisba of the state he comes from ("الجاسوس الروسي السابق", "المعارض الروسي",
// "الصحفي الأمريكي"): the adjective qualifies the person before it (Ryding 2005 ch. 9), who is a victim or a speaker in
// the poisoning and arrest stories, never the state acting; a force or a state body with the nisba ("القوات الروسية",
// "الاستخبارات الروسية") is a longer name of the lexicon and is not read here
const PERSON_BEFORE_NISBA = /^[وف]?(?:ب|ل|لل)?(?:ال)?(?:جاسوس|معارض|منشق|صحفي|صحفيه|صحافي|صحافيه|ناشط|ناشطه|مواطن|مواطنه|مواطنين|مدون|مدونه|لاجي|معتقل|سجين|رهينه|رهاين)$/u;
const BARE_NISBA = /^ال\p{L}+(?:ي|يه)$/u;
export function arPersonNisba(s: string, at: number, end: number, pat: string): boolean {
  if (!BARE_NISBA.test(pat)) return false;
  const m = /(\S+)\s+$/u.exec(s.slice(Math.max(0, at - 24), at));
  return !!m && PERSON_BEFORE_NISBA.test(m[1]);
}
