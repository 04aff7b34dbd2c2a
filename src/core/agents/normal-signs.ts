/**
 * Session 30 (room agdev): a body function told normal is the sign's absence, in English, Russian and Arabic: "his breathing was
 * fine", "she breathed normally", «дышал он нормально», «дыхание ровное», «نفسه كان طبيعي», «كان يتنفس عادي» deny breathlessness;
 * "my eyes were fine", «с глазами всё было в порядке», «عيوني كانت منيحة» deny the irritated eye. A lay witness denies a sign by
 * telling its function normal as often as by 'no' before the sign's name, and the negation grammar (feature-extraction.ts) reads
 * only the latter. Judgment of reading.
 *
 * Not a recovery: a function that became normal again (again, by evening, soon, back to, «снова», «к вечеру», «رجع», «بعدين»)
 * is the end of a sign that was there, so a clause with a word of return or of later time is not read (full_recovery reads
 * recovery). Only a statement with its copula or verb: the attributive 'normal breathing sounds' is an auscultation, left alone.
 */

/** a word of return or later time in the clause: the function became normal after a sign (EN/RU/AR) */
const EN_LATER = String.raw`(?:again|now|soon|later|afterwards?|after|once|back|returned|recovered|until|till|by\s+(?:then|the|that|evening|morning|night|noon|lunch\p{L}*|midday)|eventually|gradually|slowly|finally|became|got|at\s+first|then)`;
const RU_LATER = String.raw`(?:снова|опять|уже|потом|затем|позже|после|постепенно|наконец|вскоре|к\s+(?:утру|вечеру|обеду|ночи|полудню)|восстанов\p{L}*|пришл\p{L}*|стал\p{L}*|сначала|поначалу)`;
const AR_LATER = String.raw`(?:رجع\p{L}*|ارجع\p{L}*|صار\p{L}*|بعدين|بعد|هلق|هلا|هلأ|دلوقتي|هسه|هسا|الحين|من\s+جديد|مرة\s+تانية|مرة\s+ثانية|تدريجي\p{L}*|شوي\s+شوي|بالاول|بالأول|بالبداية|في\s+البداية|اول\s+شي)`;

/** the clause before and after the phrase holds no word of return or later time */
const notLater = (later: string, letters: string) => ({
  before: String.raw`(?<!(?<![${letters}])${later}(?![${letters}])[^.;!?\n,،]{0,50})`,
  after: String.raw`(?![^.;!?\n,،]{0,50}?(?<![${letters}])${later}(?![${letters}]))`,
});
const EN = notLater(EN_LATER, String.raw`\p{L}`);
const RU = notLater(RU_LATER, String.raw`\p{L}`);
const AR = notLater(AR_LATER, String.raw`\p{L}`);

const EN_FINE = String.raw`(?:(?:completely|totally|perfectly|quite|just|always|absolutely|all)\s+)?(?:fine|normal|ok|okay|alright|all\s+right|easy|unlaboured|unlabored|unaffected|good)`;

export const BREATHING_NORMAL = {
  en: [
    String.raw`${EN.before}(?:breathing|respirations?|breath)\s+(?:(?:was|were|is|stayed|remained|seemed|looked|sounded|felt)\s+)${EN_FINE}(?![\p{L}])${EN.after}`,
    String.raw`${EN.before}(?:breathed|breathing|breathes|breathe)\s+(?:(?:completely|totally|perfectly|quite|just)\s+)?(?:normally|fine|easily|freely|okay|ok|without\s+(?:any\s+)?(?:trouble|difficulty|problems?|effort))(?![\p{L}])${EN.after}`,
  ],
  ru: [
    String.raw`${RU.before}(?<![\p{L}])дыш(?:ал|ала|али|ит|ат|у|им|ет|ут)\s+(?:\p{L}+\s+)?(?:совершенно\s+|вполне\s+|спокойно\s+и\s+)?(?:нормально|свободно|ровно|спокойно|легко|хорошо|без\s+труда)(?![\p{L}])${RU.after}`,
    String.raw`${RU.before}(?<![\p{L}])дыхание\s+(?:(?:было|у\s+\p{L}+|оставалось|совершенно|вполне)\s+){0,2}(?:ровн\p{L}*|нормальн\p{L}*|спокойн\p{L}*|свободн\p{L}*|чист\p{L}*|в\s+норме|в\s+порядке)(?![\p{L}])${RU.after}`,
    String.raw`${RU.before}(?<![\p{L}])с\s+дыханием\s+(?:(?:у\s+\p{L}+|было)\s+)?(?:всё|все)\s+(?:было\s+)?(?:в\s+порядке|нормально|хорошо)(?![\p{L}])${RU.after}`,
  ],
  ar: [
    String.raw`${AR.before}(?:نفس|تنفس)(?:ه|ها|هم|و|ي|نا|كم)?\s+(?:(?:كان|كانت|ضل|ظل|بقي|بقى)\s+)?(?:طبيعي|عادي|منيح|كويس|تمام|مرتاح|سليم)\p{L}*(?![\p{L}])${AR.after}`,
    String.raw`${AR.before}(?:يتنفس|تتنفس|يتنفسوا|يتنفسو|يتنفسون|بيتنفس|بتتنفس|اتنفس|بتنفس|نتنفس|بنتنفس|تنفس|تنفست|تنفسنا|تنفسوا)\s+(?:عادي|طبيعي|بشكل\s+(?:طبيعي|عادي)|منيح|كويس|براحة|براحه|بسهولة|بسهوله|بدون\s+صعوبة)(?![\p{L}])${AR.after}`,
  ],
};

export const EYES_NORMAL = {
  en: [
    String.raw`${EN.before}(?:(?:my|his|her|their|our|your|the)\s+)eyes\s+(?:(?:were|was|are|stayed|remained|seemed|felt)\s+)${EN_FINE}(?![\p{L}])${EN.after}`,
  ],
  ru: [
    String.raw`${RU.before}(?<![\p{L}])с\s+глазами\s+(?:(?:у\s+\p{L}+|было)\s+)?(?:всё|все)\s+(?:было\s+)?(?:в\s+порядке|нормально|хорошо)(?![\p{L}])${RU.after}`,
    String.raw`${RU.before}(?<![\p{L}])глаза\s+(?:(?:были|у\s+\p{L}+|оставались)\s+)?(?:в\s+порядке|нормальн\p{L}*|чистые)(?![\p{L}])${RU.after}`,
  ],
  ar: [
    String.raw`${AR.before}(?<!(?:حدق\p{L}*|بؤبؤ\p{L}*|بوبو\p{L}*|نني|سواد)\s+(?:ال)?)(?:عيون|عين)(?:ي|ه|ها|هم|و|نا)?\s+(?:(?:كان|كانت|ضلت|ظلت|بقيت)\s+)?(?:طبيعي|عادي|منيح|كويس|تمام|سليم)\p{L}*(?![\p{L}])${AR.after}`,
  ],
};
