/**
 * Arabic lexicon for blame, added in session 12 (room claimsar), kept apart from claim-arabic.ts's AR_LEXICON so it can
 * be read (and withdrawn) as one piece; claim-slots.ts appends it to its lexicon. Folded spellings (foldString: teh
 * marbuta as heh, hamza seats as their bare letter), as AR_LEXICON's.
 *
 * - Armed groups named without the article ("هجوم نفذته جماعات مسلحة", "مجموعات إرهابية استهدفت"): the opposition,
 *   as "armed groups" and "المجموعات المسلحة" are in the built-in list (README guide: terrorists and armed groups are
 *   `opposition`); militias are not here (the Iran-aligned and Houthi militias are `other`, by name in AR_LEXICON).
 * - Passive and active verbs of assassination ("اغتيل العالم على يد ..."), beside the verbal noun "اغتيال": an
 *   incident, as "assassinat*" is in English; barrel bombs, car bombs and explosive devices likewise.
 * - Verbs of blowing up and of dispersing a crowd: deeds of their subject.
 */
/**
 * The built-in definite names of several words (claim-slots.ts) after "لل" lose their first article ("غارات للتحالف
 * الدولي", "الاتهام للحكومة السورية"): the spellings the scanner meets at the stem, as claim-arabic.ts's afterLam adds
 * them for its own list (Ryding 2005, ch. 5). Not the names whose last word is a party already ("للمجموعات الإرهابية"
 * is read at "الإرهابية"). claim-arabic-parties.ts keeps them only after a deed noun or an accusation (the doer's or the
 * accused's "لـ"), not as a holder or a patron ("مناطق خاضعة للمعارضة المسلحة", "الموالية للحكومة السورية").
 */
const AR_LAM_ROWS: readonly (readonly string[])[] = [
  ['party', 'west', 'تحالف الدولي', 'ولايات المتحده'],
  // (s21 claims: with the adjective of kind between the aircraft and the nisba, "للطيران الحربي السوري", "للطائرات الحربية
  // الروسية", as claim-arabic.ts reads them without the "لل")
  ['party', 'government', 'حكومه السوريه', 'قوات الحكوميه', 'قوات السوريه', 'قوات النظاميه', 'طيران السوري', 'طيران الحربي السوري', 'طايرات الحربيه السوريه', 'طايرات السوريه'],
  ['party', 'opposition', 'جيش الحر', 'جيش السوري الحر', 'جماعات المسلحه', 'مجموعات المسلحه', 'فصائل المسلحه', 'معارضه المسلحه'],
  ['party', 'white-helmets', 'خوذ البيضاء', 'خوذ البيض'],
  ['party', 'russia', 'طيران الروسي', 'قوات الروسيه', 'طيران الحربي الروسي', 'طايرات الحربيه الروسيه', 'طايرات الروسيه'],
];
export const AR_LAM_NAMES: ReadonlySet<string> = new Set(AR_LAM_ROWS.flatMap((r) => r.slice(2)));
export const AR_BLAME_LEXICON: readonly (readonly string[])[] = [
  ['party', 'opposition', 'جماعات مسلحه', 'مجموعات مسلحه', 'جماعات ارهابيه', 'مجموعات ارهابيه', 'تنظيمات ارهابيه', 'تنظيمات مسلحه', 'فصائل مسلحه', 'عصابات مسلحه', 'عصابات ارهابيه', 'خلايا ارهابيه', 'الخلايا الارهابيه', 'خليه ارهابيه', 'خليه مسلحه', 'خلايا مسلحه', 'الخليه الارهابيه', 'الخليه المسلحه', 'الخلايا المسلحه', 'جماعه مسلحه', 'جماعه ارهابيه', 'مجموعه مسلحه', 'مجموعه ارهابيه', 'الجماعه الارهابيه', 'المجموعه الارهابيه', 'المجموعه المسلحه', 'الجماعه المسلحه'],
  // barrel bombs, car bombs and explosive devices are the deed's weapon and an incident, as "barrel bomb*" and "car bomb*"
  // are in English (the barrel bomb keeps its munition reading)
  ['munition', 'barrel-bomb', 'براميل متفجره', 'برميل متفجر', 'برميلين متفجرين'],
  ['incident', 'incident', 'براميل متفجره', 'برميل متفجر', 'برميلين متفجرين', 'سياره مفخخه', 'سيارات مفخخه', 'عبوه ناسفه', 'عبوات ناسفه', 'حزام ناسف', 'احزمه ناسفه', 'تفجير انتحاري', 'تفجيرات انتحاريه'],
  // blowing up and dispersing a crowd, deeds of their subject ("فجّر تنظيم داعش سيارة", "فرّقت الشرطة المتظاهرين"), as
  // "blew up" and "dispersed" are in English (not the bare "فجر", which is as often "dawn": "فجر اليوم")
  ['cue-before', 'did', 'فجرت', 'فجروا', 'يفجرون', 'فرقت', 'فرقوا', 'يفرقون', 'قمعت', 'قمعوا'],
  // (session 13) filming in the plural imperfect ("عناصر الخوذ البيضاء يصورون مسرحية هجوم كيميائي"): the filmers stage
  // it, as English "filming" is a deed cue (not the singular "تصور", which is also the noun "conception")
  ['cue-before', 'did', 'يصورون', 'يصوران'],
  // Tel Aviv for Israel's government, as "tel aviv" is in the English list ("اتهام طهران لتل أبيب")
  // (s27 cldev: a capital, "@": after a preposition it is the city, "في تل أبيب")
  ['party', 'other', '@تل ابيب'],
  // (session 13) the Houthis by an indefinite nisba ("مسيرة حوثية", "صاروخ حوثي", "هجمات حوثية"), beside the built-in
  // "الحوثي*" (README v13 call: the Houthis are `other`)
  ['party', 'other', 'حوثيه', 'حوثي', 'حوثيين', 'حوثيون'],
  // (session 13, room claimsra) the built-in definite names of several words after "لل", without their first article
  // (AR_LAM_NAMES, read only as a deed's or an accusation's doer: claim-arabic-parties.ts)
  ...AR_LAM_ROWS,
  // (s30 clblame) the verbal nouns of targeting and shelling with the masculine possessive ("أعلن حزب الله استهدافه لقوة
  // إسرائيلية", "قصفه للمدينة"): incidents as "استهدافها", "استهدافهم" are (claim-morph.ts leaves "-ه" out of its pronoun
  // forms, where it is as often the folded teh marbuta of another noun); the announcer's own deed is read by
  // claim-arabic-roles.ts announcedDeed
  ['incident', 'incident', 'استهدافه', 'قصفه'],
  // (s30 clblame) "by the fire / the bullets / the shells of" X names the one who fired, as "على يد" and "من قبل" do
  // ("قتل مدنيان برصاص قوات الأمن", "استشهد شاب بنيران الاحتلال"; the death verb is the incident: claim-slots.ts
  // AR_DEATH_BY_FIRE)
  ['cue-after', 'by', 'بنيران', 'برصاص'],
  // (s30 clblame) blowing oneself up ("فجّر الانتحاري نفسه", "فجرت نفسها", "فجروا أنفسهم"): the bare "فجر" is as often
  // "dawn", but with the reflexive "نفسه" it is the suicide bomber's deed and an incident
  ['cue-before', 'did', 'فجر نفسه', 'فجرت نفسها', 'فجروا انفسهم', 'يفجر نفسه', 'تفجر نفسها'],
  ['incident', 'incident', 'فجر نفسه', 'فجرت نفسها', 'فجروا انفسهم', 'يفجر نفسه', 'تفجر نفسها'],
  ['incident', 'incident', 'اغتيل', 'اغتيلت', 'اغتيلوا', 'اغتال', 'اغتالت', 'اغتالوا', 'يغتال', 'تغتال', 'اغتيالات'],
];

/** a deed verb carrying an object pronoun ("استخدمه", "نفذها", "شنوه"): it resumes a deed named before */
export const AR_OBJECT_PRONOUN_VERB = /^\p{L}{3,}(?:ه|ها|هم|هما)$/u;

/**
 * after an indefinite armed group: its allegiance ("جماعات مسلحة موالية للحكومة", "فصائل مسلحة موالية لإيران", "تابعة
 * للنظام", "مدعومة من إيران"). A group named by whom it serves is not the opposition: the generic reading gives way and
 * the patron named after it is read as before session 12 (review 2, session 12)
 */
export const AR_GROUP_ALLEGIANCE_AFTER = /^\s+(?:[وف]?(?:ال)?)(?:موالي|مواليه|موالين|تابع|تابعه|تابعين|مدعوم|مدعومه|مدعومين|مرتبط|مرتبطه|مرتبطين|مقرب|مقربه|مقربين)(?![\p{L}])/u;
/** the opposition patterns of the armed-group row above, for the allegiance test */
export const AR_ARMED_GROUP_PATS: ReadonlySet<string> = new Set(AR_BLAME_LEXICON[0].slice(2));

/**
 * after "مسؤول / مسؤولية": a duty ("المسؤولة عن ضمان تنفيذ الاتفاق", "مسؤولة عن حماية المدنيين"), no blame (review 2,
 * session 12; the roles' DUTY_NOUN in claim-arabic-roles.ts lists the same nouns for "تتحمل مسؤولية")
 */
export const AR_DUTY_AFTER = /^\s+(?:عن\s+)?(?:[وف]?(?:ب|ل)?(?:ال)?)(?:حمايه|ضمان|توفير|تامين|التحقيق|تحقيق|منع|محاسبه|ملاحقه|حفظ|رعايه|صون|متابعه|اعاده|ادخال|ايصال|اجلاء|علاج|دعم)(?![\p{L}])/u;

/**
 * Session 13 (room claimsra): the imperfect of a violent deed verb, and the perfect behind a conjunction, tell an
 * incident as the bare perfect does (claim-slots.ts reads "قصفت", "استهدف" as one): the Arabic headline's present tense
 * ("إسرائيل تستهدف مواقع في ريف دمشق", "الجيش السوري يقصف مواقع المسلحين", "الحوثيون يستهدفون السعودية"; Ryding 2005,
 * ch. 24: the imperfect indicative reports an ongoing or just-done event in headlines) and "وقصفت", "فاستهدفت". Not the
 * future ("ستقصف", "سوف تقصف": the prefix س is no part of these forms) nor the verbal nouns ("قصف", "استهداف").
 */
// (s20 claims: and assaulting and attacking by "اعتدى" / "هجم", "قوات الاحتلال تعتدي على المصلين", "طائرات تهجم على")
// (s21 claims: and poisoning and assassinating, "سممت", "يسممون", "اغتالت", as the deed verbs of claim-arabic.ts)
export const AR_VIOLENT_DEED_FORM = /^(?:[وف]?[يت](?:قصف|ستهدف|طلق|هاجم|قتل|لقي|سقط|شن|ضرب|غير|فجر|دمر|عتدي|عتدو|هجم|سمم|غتال)(?:ون|ان)?|[وف](?:قصف|استهدف|اطلق|هاجم|قتل|القت|اسقط|شن|ضرب|اغار|فجر|دمر|اعتدي|هجم|سمم|اغتال)(?:ت|وا|ا|تا)?)$/u;

/**
 * Session 13 (room claimsra): "العدوان الإسرائيلي على محيط دمشق", "تتصدى لعدوان إسرائيلي": Syrian state media name each
 * Israeli strike an aggression, and the README labels them incidents (v13 call 4: Israeli strikes condemned by Damascus
 * are `other`). Tested on the text before an Israeli party's nisba: the aggression noun right before it makes the
 * clause an incident (claim-slots.ts's incident gate); the nisba is its doer (claim-arabic-roles.ts deedNisba). Other
 * sides' "aggression" names wars ("العدوان الأمريكي على العراق", "العدوان الروسي على أوكرانيا"), no incident.
 */
export const AR_AGGRESSION_BEFORE = /(?<![\p{L}])[وفبل]?(?:ال)?عدوان\s+$/u;
export const AR_ISRAELI_NISBA = /^(?:ال)?اسراييلي(?:ه)?$/u;

/**
 * Session 13 (room claimsra): suppressing or dispersing a protest is an incident, with or without a named gas, as the
 * Russian "разогнал митинг" (claim-russian-blame.ts ruDispersal) and the English "dispersed protesters": a verb of
 * suppressing, dispersing or breaking up ("قمعت", "فرقت", "فضت", "تقمع") with protests or protesters as its object within
 * a few words ("قمعت قوات الأمن الإيرانية الاحتجاجات"). claim-slots.ts reads it in its incident gate.
 */
const AR_DISPERSE_VERB = /^[وف]?(?:(?:قمع|فرق|فض)(?:ت|وا)?|[يت](?:قمع|فرق|فض)(?:ون|ان)?)$/u;
const AR_PROTEST_AFTER = /^\s+(?:[^\s.،,؛;]+\s+){0,4}?[وفبل]?(?:ال)?(?:احتجاج|احتجاجات|متظاهر|متظاهرين|متظاهرون|محتج|محتجين|محتجون|مظاهره|مظاهرات|تظاهره|تظاهرات|اعتصام|اعتصامات|تجمع|تجمعات|مسيره|مسيرات)(?![\p{L}])/u;
export function arDispersal(word: string, after: string): boolean {
  return AR_DISPERSE_VERB.test(word) && AR_PROTEST_AFTER.test(after);
}

/**
 * Session 13 (room claimsra): involvement in a war is no deed ("روسيا متورطة في الحرب السورية", "إيران ضالعة في
 * النزاع"): a word of involvement whose "في" governs a war, a conflict or the fighting (README guide: wars are no
 * incidents) names no doer of the incident the text tells. Tested on the cue word and the text after it (claim-slots.ts
 * adds such a cue to its notADeed set).
 */
export const AR_INVOLVED_IN_WAR = /^[وف]?(?:ال)?(?:متورط|ضالع|مشارك|منخرط|تورط|ضلوع|مشاركه|انخراط)\p{L}*\s+(?:[\p{L}]+\s+){0,2}?(?:في|بال|ب)\s*(?:ال)?(?:حرب|الحرب|نزاع|صراع|ازمه|قتال|معارك|العمليات العسكريه|عمليه عسكريه)(?![\p{L}])/u;
/**
 * The undiacritised "قتل" before its victims is the passive "قُتل" ("وقد قتل آلاف المدنيين", "قتل 20 شخصا في غارة"): an
 * active verb would have its subject between it and the object in VSO, and a subject before it in SVO agrees with it
 * ("روسيا قتلت"), so a bare masculine "قتل" right before a number or a noun of people names no doer (Ryding 2005, ch. 21:
 * the passive is not shown in unvocalised script). claim-slots.ts adds such a cue to its notADeed set.
 */
export const AR_KILLED_PASSIVE = /^[وف]?(?:قد\s+)?قتل\s+(?:[0-9\u0660-\u0669]+|اكثر|اقل|نحو|حوالي|قرابه|ما\s+لا\s+يقل|عشرات|العشرات|ميات|الميات|الاف|الالاف|عدد|مدني\p{L}*|اشخاص|شخص\p{L}*|اطفال|جنود|جندي\p{L}*|عناصر|مسلح\p{L}*|مواطن\p{L}*|سكان|نساء|امراه|رجل|طفل\p{L}*|فلسطيني\p{L}*|سوري\p{L}*|عراقي\p{L}*|يمني\p{L}*)(?![\p{L}])/u;
/**
 * Session 14 (room claimsra): a deed a party threatens or vows is no deed ("تركيا تهدد بقصف مواقع الأكراد", "هدد الجيش
 * بشن هجوم", "توعدت الحركة بضرب", "لوّح بضربة"): the verbal noun after a verb of threatening and its "بـ" is what the
 * threatener may do, not what happened (Ryding 2005 ch. 19, the verbal noun as the object of a governed preposition; the
 * README guide: an incident is an attack that took place or is staged). Not a warning ("حذر الأسد من شن هجوم": the one
 * warned is told to be preparing it, which the reader reads as before). Tested on the text before the deed cue and the
 * cue's word ("بقصف" or "بـ" before it); claim-slots.ts adds such a cue to its notADeed set, on either side of a party.
 */
export const AR_THREAT_VERB = /^[وف]?(?:هدد|هددت|هددوا|يهدد|تهدد|يهددون|تهديد|تهديدات|توعد|توعدت|توعدوا|يتوعد|تتوعد|يتوعدون|لوح|لوحت|يلوح|تلوح)(?:ه|ها|هم)?$/;
const AR_THREATENED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${AR_THREAT_VERB.source.slice(1, -1)})\s+(?:[^\s.،,؛;:!?]+\s+){0,6}?(?:بال|ب|)$`, 'u');
export function arThreatenedDeed(before: string, word: string): boolean {
  const m = AR_THREATENED_BEFORE.exec(before);
  // ("بـ" on the text before the cue, or on the cue's own word: "بقصف")
  return !!m && (/(?:بال|ب)$/u.test(m[0]) || /^[وف]?ب/u.test(word));
}
