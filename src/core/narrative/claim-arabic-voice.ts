/**
 * Attribution in Arabic clauses (the claim reader's voice, claim-slots.ts's attributionIn): whether a folded Arabic
 * clause reports someone's words, and which word says so. Pure.
 *
 * - **Speech verbs in both aspects.** Reported speech in Arabic news opens with a verb of saying, in the perfect or the
 *   imperfect (Badawi, Carter & Gully 2004, "Modern Written Arabic" §2.7; Ryding 2005 ch. 37): "قال / يقول", "أكد / يؤكد",
 *   "أعلن / يعلن", and the verbs of stance that carry a claim the same way, demanding, condemning, rejecting, calling
 *   for ("طالب بالتحقيق في استخدام النظام", "ندد بالهجوم الذي شنته", "رفضت المزاعم عن استخدام"), and of circulating
 *   ("تداول نشطاء مقطعا", "تناقل رواد مواقع التواصل"). The shared list (SPEECH) holds the perfects; this adds the
 *   imperfects and the stance verbs, each a verb of the brief's attribution list or its synonym.
 * - **A finding is no saying.** "أكدت منظمة حظر الأسلحة الكيميائية أن ..." states a finding of the investigating body and
 *   stays in the item's voice, while "أكد" of anyone else reads as "said" (eval/claims/README.md, v10 judgement call 6;
 *   v8: "X confirmed that" of the OPCW FFM and its laboratories keeps the item's voice).
 * - **Questions.** A clause ending in "؟" or opening with the particle "هل" asks; it asserts nothing (README, the question
 *   headline calls).
 */

import { DHIKRA, NAQL, naqlRelays } from './claim-arabic-text.js';

// deed nouns (with a clitic, the article and a possessive suffix) that end the subject of "جدد / أعاد / كرر": the verb
// then renews the deed ("جدد الجيش قصفه", "جددت الطائرات غاراتها"), and no statement follows
const RENEWED_DEED = '(?:[وفبل])?(?:ال|لل)?(?:غاره|غارات|قصف|هجوم|هجمات|ضربات|ضربه|قذايف|صواريخ|اعتداء|اعتداءات|استهداف|استخدام)(?:ه|ها|هم)?(?![\\p{L}])';
// verbs of saying and of stance, as written folded: an optional conjunction, then the perfect (with any suffix) or the
// imperfect person prefix ي / ت / ن before the stem. Left out on purpose (judgement): the imperfects of "ذكر" ("ويذكر
// أن", "it is worth recalling", is the writer's own background), "اعتبر" ("يعتبر" is also "is considered"), "نقل"
// (to carry: "ينقلون مواد سامة" moves chemicals), and the evidential "يكشف / يشير / يفيد / يوضح / يلفت", whose subject is
// as often a video, a fact or a finding ("فيديو مسرب يكشف", "يشير إلى وجود أدلة") as a speaker
const STANCE = [
  // perfect stems (suffixes -ت, -وا, -ا follow)
  'طالب(?!ان)', 'دعا', 'دعت', 'دعوا',
  // renewing or repeating a statement or an accusation: "جدد لافروف التأكيد على ضلوع بريطانيا", "كرر اتهامه",
  // "أعاد التأكيد" (the verbal noun carries the speech act; Badawi, Carter & Gully 2004 §2.7); not a renewed warning
  // or call ("كررت إيران تحذيرها من عواقب ...": its content is the consequences, not the incident). The gap between the
  // verb and the noun holds its subject and a time phrase ("جدد وزير الخارجية الروسي سيرغي لافروف، اليوم الجمعة،
  // التأكيد"), never a deed noun: "جددت الطائرات الروسية غاراتها على ريف إدلب وسط تأكيد الأهالي" renews a raid, and
  // the later "تأكيد" is the residents' (code review s10 B1)
  `(?:جدد|اعاد|كرر)(?:ت|وا)?(?:[\\s،,]+(?!${RENEWED_DEED})\\p{L}+){0,9}?[\\s،,]+(?:ال)?(?:تاكيد|اتهام|اتهامات|مزاعم|ادعاء|ادعاءات)(?:ه|ها|هم)?(?=\\s|$)`,
  // "ادعى / ادعت / ادعوا" (claimed), folded "ادعي": the perfect only, the imperfect "يدعى / تدعى" is also "is called"
  // ("نقطة طبية تدعى ...")
  'ادعي', 'ادع(?=ت|وا)', 'ندد', 'استنكر', 'ادان', 'رفض', 'اعرب', 'تسايل', 'تداول', 'تناقل', 'ركز\\p{L}*\\s+علي\\s+ان',
].join('|');
const IMPERFECT = [
  'وكد', 'علن', 'ضيف', 'صرح', 'زعم', 'طالب', 'دعو', 'ندد', 'ستنكر', 'دين', 'رفض', 'عرب', 'تسايل', 'تداول', 'تناقل', 'شدد',
  // "يشتبه / يُشتبه (في أن)", "يُشك في أن": suspicion attributes the claim, as the English list's "suspects" does
  'شتبه', 'شك(?=\\s+(?:في|فى|ب)\\s*(?:ان|انه|انها|انهم|ان))',
].join('|');
// the perfect takes only its subject suffixes (-ت, -وا, -ا, -تا), not any letters: an open tail made nouns of the same
// root speech verbs ('طالبات' schoolgirls, 'طالبه' a student, 'دعايه' propaganda; code review s8 A3)
const AR_SPEECH_MORE = new RegExp(`(?<![\\p{L}])[وف]?(?:(?:${STANCE})(?:تا|ت|وا|ا)?|[يتن](?:${IMPERFECT})(?:ون|ان|ين)?)(?![\\p{L}])`, 'u');
// the verb "أكد" (and its imperfect) with the OPCW or one of its bodies as its subject, within a few words
const CONFIRM = /^[وف]?(?:اكد|[يت]وكد)\p{L}*$/u;
const INVESTIGATOR = /^(?:\s*\p{L}+){0,3}?\s*(?:منظمه حظر الاسلحه الكيمياييه|بعثه تقصي الحقايق|فريق التحقيق وتحديد الهويه|مختبر\p{L}*\s+(?:تابع\p{L}*\s+)?(?:ل|ال)?منظمه)/u;

const NOUN_CONTEXT = /(?<![\p{L}])(?:بعد|قبل|اثر|عقب|رغم|برغم|منذ|علي|عن|الي|حول|وسط|خلال)\s+$/u;
// the global copy of each list, made once (not per clause: code review s8 A4); arabicSpeech resets its lastIndex
const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

/**
 * The first word of an Arabic clause (folded) that attributes it: a match of the shared speech list `speech`, or of the
 * Arabic additions, except "أكد" whose subject is the OPCW; null when none does.
 */
export function arabicSpeech(clause: string, speech: RegExp): string | null {
  let best: { at: number; w: string } | null = null;
  for (const re of [speech, AR_SPEECH_MORE]) {
    const g = globalOf(re);
    g.lastIndex = 0;
    for (let m = g.exec(clause); m; m = g.exec(clause)) {
      if (CONFIRM.test(m[0]) && INVESTIGATOR.test(clause.slice(m.index + m[0].length))) continue;
      // a noun that looks like a speech verb: "ذكرى" (anniversary), "نقل" of moving ("نقل المصابين")
      if (DHIKRA.test(m[0])) continue;
      // a speech or stance verb's letters after a preposition or a temporal noun are its verbal noun ("بعد رفض طاقمها",
      // "إثر إعلان", "رغم نفي"): no finite verb follows a preposition (session 11)
      if (NOUN_CONTEXT.test(clause.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (NAQL.test(m[0]) && !naqlRelays(m[0], clause.slice(m.index + m[0].length).split(/[^\p{L}]+/u).filter(Boolean))) continue;
      if (!best || m.index < best.at) best = { at: m.index, w: m[0] };
      break;
    }
  }
  return best?.w ?? null;
}

/** a question: a clause ending in "؟" (or "?"), or opening with the particle "هل" */
export const arabicQuestion = (clause: string): boolean => /[؟?]\s*["»”']?\s*$/u.test(clause) || /^[\s"«“']*[وف]?هل(?![\p{L}])/u.test(clause);
