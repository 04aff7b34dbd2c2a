/**
 * Arabic lexicon for blame, added in session 12 (room claimsar), kept apart from claim-arabic.ts's AR_LEXICON so it can
 * be read (and withdrawn) as one piece; claim-slots.ts appends it to its lexicon. Folded spellings (foldString: teh
 * marbuta as heh, hamza seats as their bare letter), as AR_LEXICON's.
 *
 * - Armed groups named without the article ("هجوم نفذته جماعات مسلحة", "مجموعات إرهابية استهدفت"): the opposition,
 *   as "armed groups" and "المجموعات المسلحة" are in the built-in list (README guide: terrorists and armed groups are
 *   `opposition`); militias are not here (the Iran-aligned and Houthi militias are `other`, by name in AR_LEXICON).
 * - Passive and active verbs of assassination ("اغتيل العالم على يد ..."), beside the verbal noun "اغتيال": an
 *   incident, as "assassinat*" is in English.
 */
export const AR_BLAME_LEXICON: readonly (readonly string[])[] = [
  ['party', 'opposition', 'جماعات مسلحه', 'مجموعات مسلحه', 'جماعات ارهابيه', 'مجموعات ارهابيه', 'تنظيمات ارهابيه', 'تنظيمات مسلحه', 'فصائل مسلحه', 'عصابات مسلحه', 'عصابات ارهابيه', 'خلايا ارهابيه', 'الخلايا الارهابيه', 'جماعه مسلحه', 'جماعه ارهابيه', 'مجموعه مسلحه', 'مجموعه ارهابيه', 'الجماعه الارهابيه', 'المجموعه الارهابيه', 'المجموعه المسلحه', 'الجماعه المسلحه'],
  ['incident', 'incident', 'اغتيل', 'اغتيلت', 'اغتيلوا', 'اغتال', 'اغتالت', 'اغتالوا', 'يغتال', 'تغتال', 'اغتيالات'],
];
