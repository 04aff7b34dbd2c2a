/**
 * The feature lexicon: English, Russian and Arabic phrases for each knowledge-base feature.
 *
 * Method: hand-written regular expressions (a gazetteer of sign, odour and colour phrases), matched
 * case-insensitively with Unicode classes. In RU and AR patterns "~" stands for `\p{L}*` (any word ending;
 * JS `\w` is ASCII-only). English and Russian patterns get letter boundaries on both sides; Arabic patterns get
 * a left boundary that admits the proclitics (و ف ب ل ك ال لل), since Arabic writes them onto the word.
 * Onset phrases are anchored to a symptom word in the same sentence, so "three hours later the first tweets"
 * is not read as a delayed onset.
 *
 * `absent: true` marks a phrase that itself asserts absence ("pupils were normal"). A phrase that contains
 * its own negation ("no smell", "could not breathe") is matched whole, so the negation detector in
 * feature-extraction.ts does not read its "no"/"not" as negating it.
 *
 * Terms: CDC/ATSDR fact sheets for the signs (see knowledge/agents.yaml sources); Russian and Arabic terms are
 * the common clinical and lay words (WHO EMRO Arabic health terminology; Russian clinical wording
 * known to the engineer, no Russian Ministry of Health document checked: a judgment) as they
 * appear in Syrian Archive summaries and Russian state-media reports.
 */
import { PUPIL_BIG_PRED, PUPIL_SMALL_PRED } from './pupil-size.js';
import { BREATHING_NORMAL, EYES_NORMAL } from './normal-signs.js';

export interface LexiconEntry {
  feature: string;
  absent?: boolean;
  /** the phrase is itself a statement of absence ("no smell", "no symptoms of poisoning"): an earlier negation cue
   * in the clause ("no injuries and no smell") must not negate it again */
  selfNegating?: boolean;
  /** per language, a cheap regex (on lower-cased text) that every pattern of the entry needs to match; the
   * patterns are skipped when it fails (speed only; a test checks it never hides a match) */
  requires?: Partial<Record<'en' | 'ru' | 'ar', string>>;
  en?: string[];
  ru?: string[];
  ar?: string[];
}

/** The odour-phrase head: "smell ... of/like X" in English (the gap may not hold a negation: "the smell was not like bleach"). */
/** Up to three modifier words (hyphenated allowed: "freshly cut", "new-mown", "strong rotten") between the smell
 * cue and the odour noun; a conjunction, preposition or negation ends the run, so the gap stays inside one phrase. */
const MODS = String.raw`(?:(?!(?:and|or|but|with|while|then|not|no|never|in|on|at|to|from|as|was|were|is)\s)\p{L}+(?:-\p{L}+)*\s+){0,3}?`;
/** One or two earlier odours of a list before the one matched, so a second smell is read without its own smell word
 * ("a smell of sweat, garlic and rotten eggs", "smelled of burning and rotten eggs"); a negation ends the list, and
 * after a list the odour noun follows at once (no modifiers: "a smell of gas and people burning" is not burning). */
const ODOUR_LIST = String.raw`(?:(?!(?:not|never|no|nothing)[\s,])[\p{L}-]+(?:\s+(?!(?:and|or|not|no)\s)[\p{L}-]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:of\s+|like\s+)?(?:a\s+|the\s+|an\s+)?){1,2}?`;
/** (session 19, agpara) the odour a contrast names after a denied one ("smelled not of chlorine but of garlic", "пахло не хлором, а
 * чесноком") is read by the grammar pass contrastOdourPhrase (odour-contrast.ts); session 18's regex copies of it here (NOT_BUT_EN,
 * NOT_BUT_RU, NOT_BUT_AR) were removed, development output unchanged. */
const SMELL = String.raw`(?:smell\p{L}*|odou?rs?|stench|scent|reek\p{L}*|stink\p{L}*)[\s,]+(?:(?!(?:not|never|no)\s)\p{L}+[\s,]+){0,3}?(?:of|like)\s+(?:a\s+|the\s+|an\s+)?(?:${ODOUR_LIST}|${MODS})`;
const MODS_RU = String.raw`(?:(?!(?:и|или|но|не|в|на|с)\s)\p{L}+(?:-\p{L}+)*\s+){0,3}?`;
/** (session 21, agru) the smell told by a comparison after it, with or without a dash ("запах — как от только что чиркнутой спички",
 * "пахло словно тухлыми яйцами", "воняло как от хлорки"): the comparison word (and от / у / из after как) opens the odour noun's run
 * as a modifier would; judgment of reading (Russian comparative constructions) */
// (session 24, fixag: review s24 R18) and the masculine past пах ('газ пах чесноком'), not the noun after a preposition ('удар в пах')
const SMELL_RU = String.raw`(?:запах~|пахл~|пахнет|(?<!(?:в|во|по|на)\s+)пах(?![\p{L}])|воня~)(?:\s*[—–-]\s*|\s+)(?:(?:как|словно|будто|точно|вроде)\s+(?:(?:от|у|из)\s+)?)?${MODS_RU}`;
/** Russian counts of hours in words (session 10): пару, два, три ... восемь, полтора, пару-тройку. */
const RU_HOURS_COUNT = String.raw`(?:пар[уы](?:-тройку)?|дв[ае]|три|четыре|пять|шесть|семь|восемь|полтора)`;
/** Session 30 (agar): or the second thing a smell is likened to, after او ('ريحة متل السمك الخربان او التوم': fish or garlic, the
 * phosphide's two lay likenesses); up to three words of the first likeness before the او, none a negation or a new clause's
 * joiner; and the spoken ريحة (Levantine, Egyptian, Gulf, Maghrebi) beside the written رائحة, as the term file's {SMELL} macro has
 * it. Judgment of Arabic grammar (a disjunction of likenesses names each). */
const SMELL_AR = String.raw`(?:رائحة|روائح|رائحه|ريحة|ريحه)\s+(?:(?:(?!(?:و|او|ولا|لكن|لا|في|من)\s)\p{L}+\s+){0,2}?(?:تشبه\s+|مثل\s+|ك)?|(?:تشبه|مثل|متل|زي|كيف)\s+(?:(?!(?:و|او|لكن|لا|ما|مش|بس|في|من)\s)\p{L}+\s+){1,3}?او\s+)(?:ال|لل)?`;
const WHO = String.raw`(?:the|their|his|her|my|our)`;
/** Session 18 (fixrev, review R12): the words of a chemical release or a toxic atmosphere that make a ГДЗС rescue no building fire;
 * 'газ' as a whole word, not after угарный (carbon monoxide is a fire's). */
const RU_TOXIC_RESCUE = String.raw`(?:аммиак|хлор|утечк|выброс|кислот|сероводород|растворител|колодц|колодез|канализац|септик|цистерн|резервуар|(?<![а-яё])пар(?:ы|ами|ов|ам)(?![а-яё])|(?<!угарн[а-яё]*\s)(?<![а-яё])газ(?:а|ом|у|ы|ов)?(?![а-яё]))`;
/** Session 18 (fixrev, review R7): what a sprayed canister may be called and stay the hand-held riot spray. */
const RIOT_CANISTER_MOD = String.raw`(?:pepper|tear[\s-]?gas|tear|gas|oc|cs|mace|irritant|aerosol|small|little|unknown|black|red|white|grey|gray|metal|orange|yellow)`;
/** Session 18 (fixrev, review R6): a thing watched as the passive's own subject ("the air was monitored for 24 hours"): no person kept
 * for observation, whoever is named before it. Closed class of things monitored at a release. */
const WATCHED_THING_BEFORE = String.raw`(?<![\p{L}])(?:air|area|areas|site|sites|tank|tanks|levels?|water|scene|building|plant|readings?|quality|situation|leak|cloud|concentrations?|gas|system|zone|perimeter|premises|river|soil|wind)\s+(?:(?:was|were|is|are|been|being|be|had|has|have|continuously|closely|constantly|then|also)\s+){0,3}`;
/** Session 18 (fixrev, review R3): the household and medical things a valve is on, which stop no industrial release. */
const HOME_VALVE_EN = String.raw`(?<![\p{L}])(?:stoves?|cookers?|boilers?|heaters?|ovens?|hobs?|kitchen|gas\s+bottles?|oxygen|water\s+mains?|hydrants?|radiators?|barbecue|grill|taps?)(?![\p{L}])`;
/** Session 18 (fixrev, review R2): what sticks is no fire when its subject is a powder, soot, dust, mud or ash (a riot powder, a
 * house fire's soot): the look-behind right before the sticking verb, for the incendiary gel's entries. */
const NOT_STUCK_DUST_EN = String.raw`(?<!(?:powder|soot|dust|mud|ash|ashes|grime|residue)\s+)`;
const NOT_STUCK_DUST_RU = String.raw`(?<!(?:порош|пыл|саж|копот|грязь|пепел|зол)[а-яё]*\s+)`;
const NOT_STUCK_DUST_AR = String.raw`(?<!(?:بودر|غبار|طين|سخام|شحبار|رماد|مسحوق)[\u0621-\u064a]*\s+)`;
/** Session 18 (agpara): the sharp or hot things a sensation is likened to in the eyes or the throat ("like needles in the eyes",
 * "как песок в глазах", "زي القزاز بزوري"): needles, pins, glass, pepper, chilli, knives, sand, grit, sandpaper, thorns, coals. */
const SHARP_EN = String.raw`(?:needles|pins|glass|pepper|chilli|chili|chillies|knives|razors?|razor\s+blades|sand|grit|sandpaper|thorns|nails|hot\s+coals|coals|acid)`;
const SHARP_RU = String.raw`(?:иголк|игл|иголочк|стекл|перц|песк|песок|нож|булавк|наждак|шип|колюч|угл|кислот)~`;
/** Session 18 (fixrev, review R5): the words of comparison that are also something else. Arabic كان (was) folds together with كأن
 * (as if); only the suffixed forms (كأنه, كأنها, كأني: 'as if it') are unambiguous. Russian bare 'как' is also 'how' ("почувствовал,
 * как стекло попало в глаза"): not when a past-tense verb stands before the part. English 'like' after a noun of kinds or
 * injuries is 'such as' ("Injuries like glass in the eyes"). Closed classes; judgment of reading. */
const AR_AS_IF = String.raw`(?:كانه|كانها|كاني|كانك|كانهم)`;
const RU_LIKE_NOT_HOW = String.raw`как(?![^.;!?]{0,40}?\s\p{L}{2,}(?:л|ла|ло|ли)\s+(?:в\s+|по\s+|на\s+|под\s+)?(?:глаз|горл|нос|кож))`;
const EN_LIKE_NOT_SUCH_AS = String.raw`(?<!(?:injuries|wounds|trauma|damage|things|cases|problems|hazards|items|objects|debris|fragments|cuts)\s+)like`;
/** the gate of the simile entries: the image word (rarer than the word of comparison, which 'как', 'like' and 'كان' make common) */
const SHARP_REQ = { en: 'needle|pins|glass|pepper|chilli|chili|knive|razor|sand |grit|thorn|nails|coals|acid', ru: 'игл|иголк|иголоч|стекл|перц|песк|песок|нож|булавк|наждак|шип|колюч|угл|кислот', ar: 'ابر|دبابيس|قزاز|زجاج|فلفل|شطة|رمل|سكاكين|سكين|شوك|مسامير|جمر|اسيد' };
const SHARP_AR = String.raw`(?:ال)?(?:ابر|ابره|ابرة|دبابيس|قزاز|زجاج|فلفل|شطة|رمل|سكاكين|سكين|شوك|مسامير|جمر|اسيد)`;
/** Session 8, Arabic: other exposed parts coordinated before the one a pattern names, each with its article or و ("حرقة
 * شديدة في العيون والوجه", "بحرقة في الأنف والحلق"), and an adjective after the sensation noun (dev: tahrir-2011,
 * khartoum-2019, beirut-protest-2020). */
const AR_PARTS_BEFORE = String.raw`(?:(?:ال)?(?:عيون|عين|عينين|اعين|انف|حلق|حنجرة|جلد|بشرة|وجه|صدر)\s+و)*`;
const AR_INTENSE = String.raw`(?:(?:شديد|شديدة|قوية|قوي|حادة|حاد)\s+)?`;
/** Session 8: the determiner of a sign's body part is optional, and other exposed parts may be coordinated before it
 * ("irritation of the skin and eyes", "irritation in their eyes and throat", "burning of eyes, nose and throat"): each
 * part named gets its own sign (dev: fallujah-chlorine, mississauga, tughlakabad). */
// (session 15, fixtx) the chest among the parts (as صدر in AR_PARTS_BEFORE: 'a burning sensation in the chest and throat'), and a
// part added in brackets ('in the chest (and throat)')
// (session 16, agpara) 'or' joins the parts as 'and' does: under a denial it is the coordinator ('no burning in the eyes or
// throat' denies both), and a told 'burning in the eyes or throat' names both parts (judgment of reading)
const PARTS_BEFORE = String.raw`(?:${WHO}\s+)?(?:(?:eyes?|skin|throats?|noses?|faces?|(?:upper\s+)?airways?|lungs?|mouths?|chests?)(?:\s*,\s*(?:or\s+)?|\s+(?:and|or)\s+|\s*\(\s*(?:and|or)\s+))*`;
/** Session 16 (agpara): Russian parts coordinated before the one a pattern names, each in the locative after в, joined by и, или,
 * a comma or ни ... ни ("жжение в глазах и в горле", "жжения ни в глазах, ни в горле", "в глазах или горле"). */
const RU_PARTS_BEFORE = String.raw`(?:(?:глазах|носу|горле|груди|лёгких|легких|коже|лице)(?:\s*,\s*|\s+(?:и|или)\s+)(?:ни\s+)?(?:в\s+|на\s+)?)*`;
/** Session 8: a burn of the eyes or of the airways is the irritant's burning of them (corrosive gases: "burns to the eyes,
 * airways and skin", "burns of the eyes, throat and lungs", "burns of the face, eyes and upper airway"), which the
 * `burns` lesion pattern leaves out (dev: houston-1976, potchefstroom-1973, jonava-1989, leduc-1992, dakar-1992,
 * shanghai-2013, amshel-2000); the body parts may be listed in any order. */
const BURN_OF = String.raw`burn(?:s|ed)?\s+(?:to|of|in|around)\s+${PARTS_BEFORE}`;
/** A symptom word, to anchor onset phrases to the casualties rather than to news or flight times. */
const SYMPTOM = String.raw`(?:symptom\p{L}*|ill|sick|blister\p{L}*|develop\p{L}*|breath\p{L}*|cough\p{L}*|vomit\p{L}*|collaps\p{L}*|unconscious|faint\p{L}*|skin|eyes?|pupils?|convuls\p{L}*|sweat\p{L}*|suffocat\p{L}*|burn\p{L}*|red\p{L}*|pain\p{L}*|dizz\p{L}*|felt|died|dead|affected)`;
/** Session 18 (agpara): a sign word after a Russian or Arabic time phrase in its sentence, so "через пять минут пожарные были на
 * месте" (a response time) is no onset (incidents-dev-v9 saratov, development look part). */
const RU_SIGN_AFTER = String.raw`(?=[^.;!?]{0,80}(?:кашл|кашел|кашель|закашл|задых|слез|рвал|рвот|стошн|тошн|жгл|жжен|щипал|резал|глаз|упал|падал|судорог|плохо|дышать|кож|пузыр|волдыр|голов))`;
// (session 18, fixrev2, review R13) a sign, not a body part or a homograph: not نفس alone ('same', 'self'; the breath's signs are
// تنفس, ضيق, انقطع نفس), عيون/عيني or راس alone (a check-up of the eyes, 'the head' of a place), وقع alone ('happened', 'fell'
// of a shell); a fall told with the ground, pain (وجع) as the head's sign
const AR_SIGN_AFTER = String.raw`(?=[^.;!?؟]{0,80}(?:كح|سعل|نختنق|يختنق|اختناق|تدمع|دموع|دمع|تستفرغ|نستفرغ|يستفرغ|استفرغ|طرش|تنفس|ضيق|انقطع\s+(?:ال)?نفس|(?:وقع|وقعت|وقعوا|يوقع|يوقعوا|نوقع)\s+(?:على\s+|ع\s*)?(?:ال)?(?:ارض|أرض)|اغمي|غمي|حرق|حكة|فقاعات|دوخة|دايخ|وجع|يوجع|صداع))`;
/** (session 18, fixrev2, review R13) the English sign after a lay time phrase: SYMPTOM as a whole word, without a bare body part
 * (eyes, skin, pupils) or 'felt', which a response time also has after it ('checked the eyes of the children') */
const ONSET_SIGN_EN = String.raw`(?<![\p{L}])(?:symptom\p{L}*|ill|sick|blister\p{L}*|develop\p{L}*|breath\p{L}*|cough\p{L}*|vomit\p{L}*|collaps\p{L}*|unconscious|faint\p{L}*|convuls\p{L}*|sweat\p{L}*|suffocat\p{L}*|burn\p{L}*|red(?:ness|den\p{L}*)?|pain\p{L}*|dizz\p{L}*|died|dead|affected|chok\p{L}*|itch\p{L}*|sting\p{L}*|water(?:ing|ed)|tears|tearing|nause\p{L}*|gasp\p{L}*)(?![\p{L}])`;

const ODOUR_REQ = { en: 'smel|odo|stench|scent|reek|stink|pepper|hay|garlic|sulph|sulfur|ammonia|burn|smok', ru: 'запах|пах|вон', ar: 'رائح|روائح|ريحة|ريحه' };
const CLOUD_REQ = { en: 'cloud|smoke|fog|mist|vapo|haze|fume|gas', ru: 'облак|облач|дым|туман|газ', ar: 'دخان|غاز|سحاب|غيم|ضباب|غبار' };
/** (session 20, fixag1, review R1) the nouns of a sign that develops over hours or days (the latent period of mustard and phosgene:
 * blisters, redness, oedema, breathlessness; ATSDR MMG): the subject or object a development verb needs to be an onset */
const DEV_SIGN_NOUN_EN = String.raw`(?<![\p{L}])(?:symptoms?|signs?|blisters?|blistering|vesicles?|bullae|redness|erythema|rash(?:es)?|burns?|lesions?|sores?|ulcers?|ulceration|swelling|o?edema|edema|breathlessness|shortness\s+of\s+breath|breathing\s+(?:problems?|difficult\p{L}*)|difficulty\s+breathing|cough(?:ing)?|wheez\p{L}*|pneumonitis|pneumonia|fever|pain|itch(?:ing)?|vomiting|nausea|conjunctivitis|photophobia|blindness|necrosis|illness|complications?)(?![\p{L}])`;
/** (session 20, fixag1, review R16) what a spray is when it is no insecticide: tear gas, pepper, a repellent, people */
const SPRAYED_NOT_INSECTICIDE_EN = String.raw`[^.;!?]{0,30}?(?<![\p{L}])(?:tear[\s-]*gas|teargas|pepper|repellents?|protesters|demonstrators|crowds?|water\s+cannon)(?![\p{L}])`;
/** (session 20, fixag1, review R21) a burning munition's or motor's combustion, not an appliance's in a closed space */
const COMBUSTION_MUNITION_EN = String.raw`(?<![\p{L}])(?:phosphorus|rockets?|missiles?|shells?|munitions?|bombs?|propellants?|explosives?|warheads?|flares?|thermite|napalm|incendiar\p{L}*)(?![\p{L}])`;
/** Session 22 (room aginc): what a measurement finds or does not find, for no_agent_detected's grammar: a substance, gas, agent or
 * contaminant, a hazardous level; not a burn, a sign, a survivor or a cause (closed classes; judgment of reading) */
const NO_AGENT_HEAD_EN = String.raw`(?:chemicals|toxins|contaminants|contamination|pollutants|gas(?:es)?|(?:(?:toxic|hazardous|harmful|dangerous|poisonous|noxious|chemical|nerve|blister|warfare|industrial|airborne)\s+){1,3}(?:substances?|materials?|gas(?:es)?|agents?|vapou?rs?|fumes|chemicals|compounds?|contaminants|residues?|release|leak)|(?:elevated|dangerous|harmful|abnormal|hazardous|toxic|unsafe)\s+(?:levels?|concentrations?|readings?))(?![\p{L}-])`;
// (session 22, fixag: review-s22 R5) установлен~ left out: 'вещество не установлено' is a substance not yet identified, presupposed
const NO_AGENT_NEG_RU = String.raw`не\s+(?:был[оиа]?\s+)?(?:обнаружен~|выявлен~|найден~|зафиксирован~|обнаружил~|выявил~|нашл~|показал~)`;
const NO_AGENT_HEAD_RU = String.raw`(?:отравляющ|токсичн|ядовит|опасн|вредн|химическ|загрязняющ)~\s+(?:[а-яё]+\s+)?(?:веществ|газ|примес|соединени|агент)~`;
const NO_AGENT_HEAD_AR = String.raw`(?:مواد|ماده|مادة|غازات|غاز|اثر|اثار|عناصر|عوامل|ملوثات|انبعاثات)\s+(?:ل|لل)?(?:مواد\s+)?(?:ال)?(?:سامه|سامة|كيميائيه|كيميائية|كيماويه|كيماوية|خطره|خطرة|ضاره|ضارة|ملوثه|ملوثة|سام)(?![\p{L}])`;
const ONSET_REQ = { en: 'second|minute|moment|hour|day|immediat|instant|sudden|rapid|delay|at once|right away|overnight|morning', ru: 'секунд|минут|час|мгновен|отсроч|вечер|ночи', ar: 'دقيق|دقائق|ثوان|لحظ|ساع|الفور|اليوم' };

/** Animals, for dead_animals: an animal dying is never a human death (feature-extraction.ts drops a `deaths` hit
 * that overlaps a dead_animals hit). */
/** Session 15 (agblis): "bodies" as where a lesion sits ("blisters on their bodies", "burns all over his body", "a rash covering
 * their bodies", "parts of their bodies") is the living body, not a corpse; the death of skin or tissue ("full-thickness death of
 * the epidermis", "tissue death", "cell death") is necrosis, a lesion, not a person's death. Both end the deaths pattern's match
 * (look-behinds); judgment of reading, closed classes. */
/** Session 15 (fixbl, review R17): only a lesion word before the preposition, in its clause, makes "bodies" where it sits; sheets,
 * rubble, blankets, flies or feet "over/on/covering the bodies" tell corpses ("Rescuers pulled sheets over the bodies", "We
 * stepped over bodies", "the return of their bodies"). */
const BODY_LESION = String.raw`(?:blister(?:s|ing|ed)?|burns?|rash(?:es)?|sores?|lesions?|ulcers?|ulcerations?|itch(?:ing|es)?|redness|spots|bullae|erythema|pustules|boils)`;
const BODY_PART_BODIES = String.raw`(?:${BODY_LESION}\s+(?:[a-z]+\s+){0,4}(?:(?:on|over|across|covering|covered)\s+(?:(?:their|his|her|our|the|its)\s+)?|of\s+(?:their|his|her|our|its)\s+)(?:(?:whole|entire)\s+)?(?:(?:[a-z]+|[a-z]+,\s*[a-z]+)\s+(?:and|or)\s+)?bodies)`;
const TISSUE_DEATH = String.raw`(?:(?:tissue|cell|skin|epiderm(?:is|al))\s+deaths?|deaths?(?=\s+of\s+(?:the\s+)?(?:skin|epidermis|tissues?|cells)))`;
/** Session 15 (agblis): an Arabic delay after a lesion's verb: after hours, days or a night, the next day, later (not "after the
 * fire": بعد must be followed by a time). */
const AR_LATER = String.raw`بعد\s+(?:عدة\s+|بضع\s+|نحو\s+|حوالي\s+)?(?:ساع|يوم|ايام|أيام|ليل|أسبوع|اسبوع)\p{L}*|في\s+اليوم\s+(?:التالي|الثاني)|صباح\s+اليوم\s+التالي|لاحقا`;
const ANIMALS = String.raw`(?:birds?|animals?|cats?|dogs?|livestock|sheep|goats?|chickens?|hens?|cows?|cattle|poultry|fish|pigeons?|rodents?|mice|rats?|horses?)(?![\p{L}])`;
const ANIMALS_RU = String.raw`(?:птиц|животн|кош|кот|собак|скот|овц|кур|голуб)~`;
/** Session 18 (agru): one character of a Russian thrown thing's clause, up to its burning: not across a contrastive or concessive
 * conjunction after a comma (", а вечером загорелся сарай", ", но", ", однако", ", зато", ", хотя", ", пока"; "а потом", "а затем",
 * "а сразу" carry the sequence on and stay), nor a shift of time (вечером, ночью, утром, днём, позже, назавтра, наутро, через
 * час / день / неделю): the bottle's own fire follows at once; judgment of reading, closed class */
const THROWN_CLAUSE_RU = String.raw`(?:(?![,;]\s*(?:а|но|однако|зато|хотя|пока)(?![а-яё])(?!\s+(?:потом|затем|тут\s+же|сразу))|(?<![а-яё])(?:вечером|ночью|утром|днём|днем|позже|позднее|назавтра|наутро|через\s+(?:\S+\s+)?(?:час|часа|часов|день|дня|дней|недел[а-яё]*|сутки|месяц[а-яё]*))(?![а-яё]))[^.;!?])`;
/** ... and an Arabic one: not across a comma (، or ,) unless the consequence follows it (ف, مما, ما أدى), nor across لكن / بينما /
 * وبعد / بعد ساعة (judgment of reading, closed class) */
const THROWN_CLAUSE_AR = String.raw`(?:(?![\u060C,](?!\s*(?:ف|مما|ما\s+[اأ]دى)))(?!(?<![\p{L}])[و]?(?:لكن|لكنه|لكنها|بينما|بعد\s+ساعة|بعد\s+ساعات|بعد\s+يوم|في\s+المساء|مساء|ليلا)(?![\p{L}]))[^.;!?؟])`;
const ANIMALS_AR = String.raw`(?:حيوانات|الحيوانات|طيور|الطيور|مواشي|قطط|كلاب|دجاج|أغنام|عصافير|حمام|أبقار)`;


/** Session 14 (room agctx): an engine exhaust in the open (a road, a street, traffic) and in an enclosed space (a garage,
 * tunnel, closed room), for combustion_appliance; judgment of reading. */
const EXH_OPEN_EN = String.raw`(?<![a-z])(?:roads?|roadside|streets?|highways?|motorways?|freeways?|traffic|junctions?|intersections?|crossroads|avenues?|boulevards?)(?![a-z])`;
const EXH_CLOSED_EN = String.raw`(?<![a-z])(?:garages?|tunnels?|closed|enclosed|shut|sealed|indoors|basements?|workshops?|cabs?|cabins?)(?![a-z])`;
const EXH_OPEN_RU = String.raw`(?<![а-яё])(?:дорог[а-яё]*|улиц[а-яё]*|трасс[а-яё]*|шоссе|пробк[а-яё]*|перекр[её]ст[а-яё]*|проспект[а-яё]*|магистрал[а-яё]*)`;
const EXH_CLOSED_RU = String.raw`(?<![а-яё])(?:гараж[а-яё]*|тоннел[а-яё]*|туннел[а-яё]*|закрыт[а-яё]*|замкнут[а-яё]*|подвал[а-яё]*|бокс[а-яё]*|кабин[а-яё]*)`;
/** (session 21, agnew) not right after a noun of a place or an institution that is named for a martyr (مدرسة الشهيد X, شارع الشهداء,
 * ساحة الشهداء, مستشفى الشهيد, لواء الشهداء): a look-behind put before شهيد / شهداء, whose article the pattern's prefix has read */
const AR_NAMED_FOR = String.raw`(?<!(?<![\p{L}])[وفبل]?(?:ال)?(?:مدرسة|مدرسه|مدارس|ثانوية|ثانويه|اعدادية|اعداديه|ابتدائية|ابتدائيه|متوسطة|كلية|معهد|جامعة|روضة|شارع|ساحة|ميدان|حي|دوار|جسر|نفق|طريق|مستشفى|مشفى|مستوصف|مركز|مسجد|جامع|مخيم|قرية|بلدة|ضاحية|مدينة|قاعة|ملعب|نادي|مطار|حديقة|محطة|مجمع|جمعية|مؤسسة|لجنة|لواء|كتيبة|فوج|سرية|تجمع|كتائب|الوية)\s+(?:ال)?)`;
const EXH_OPEN_AR = String.raw`(?<![\u0621-\u064a\u0671-\u06d3])[وفب]?(?:ال)?(?:شارع|شوارع|طريق|طرق|زحمة|ازدحام|اوتوستراد|أوتوستراد)(?![\u0621-\u064a\u0671-\u06d3])`;
const EXH_CLOSED_AR = String.raw`(?<![\u0621-\u064a\u0671-\u06d3])[وفب]?(?:ال)?(?:كراج|مرآب|مراب|نفق|قبو|مغلق|مغلقة|مسكر|مسكرة)(?![\u0621-\u064a\u0671-\u06d3])`;

/** Session 14 (room agctx): the kitchen and the fuse box, which take مصفاة (a strainer) and مصهر (a fuse) from the plant
 * words; judgment of reading. */
const AR_KITCHEN = String.raw`(?<![\u0621-\u064a\u0671-\u06d3])[وفبل]?(?:ال)?(?:أرز|ارز|رز|مطبخ|شاي|قهوة|طبخ[\u0621-\u064a\u0671-\u06d3]*|غسل[\u0621-\u064a\u0671-\u06d3]*|خضار|معكرونة|مكرونة|عصير|حليب|لبن)(?![\u0621-\u064a\u0671-\u06d3])`;
const AR_ELECTRIC = String.raw`(?<![\u0621-\u064a\u0671-\u06d3])[وفبل]?(?:ال)?(?:كهرب[\u0621-\u064a\u0671-\u06d3]*|فيوز|فيوزات|قاطع)(?![\u0621-\u064a\u0671-\u06d3])`;

/** (session 22, fixag: review-s22 R19) the things a drying re-ignition is told of in Russian and Arabic, as the English rule's list: a
 * lump, a piece, a dressing, sand, mud, clay, a paste, clothes or a pocket (not grass, hay, peat or crops, which dry and then burn in
 * any fire); judgment of reading */
const DRY_THING_RU = String.raw`(?<![а-яё])(?:вод[аыуе]|влаг|ран[аыуе]|ожог|кож[аиуе]|песок|песк|гряз|глин|ил(?=\s)|кусоч|кусок|куск|комок|комоч|комк|повязк|бинт|марл|одежд|штан|брюк|джинс|рубашк|куртк|карман|ткан|тряпк|паст|вещество|веществ|частиц|крупин|осколок|осколк|обломок|обломк|порош|земл|масс)`;
const DRY_BURN_RU = String.raw`(?:пош[её]л\s+дым|повалил\s+дым|задымил[а-яё]*|задымел[а-яё]*|дымил[а-яё]*|загорел[а-яё]*|вспыхнул[а-яё]*|вспыхивал[а-яё]*|воспламенил[а-яё]*|(?:начал|стал)[а-яё]*\s+(?:дымит|горет|тлет|дыми|гор)[а-яё]*)`;
const DRY_THING_AR = String.raw`(?:مي|مية|ميه|موية|ماء|مياه|جرح|جروح|حرق|حروق|جلد|قطعة|قطعه|قطع|شقفة|شقفه|شقف|حبة|حبه|حبات|حبيبات|كتلة|كتله|فتفوتة|شاش|شاشة|شاشه|ضماد|ضمادة|ضماده|لفافة|رمل|رملة|تراب|طين|وحل|اواعي|أواعي|تياب|ثياب|ملابس|بنطلون|بنطال|قميص|جيب|عجينة|معجون|مادة|ماده|حجر|حصوة|شي|شغلة|غرض)`;
/** Review 1 #9: the ambiguous Arabic fumigant words (تبخير also evaporation and incense; حبة القمح also a grain of wheat), and
 * the pest, pesticide or store words that make them the fumigant in their clause (judgment of reading). */
// (session 22, fixag: review-s22 R13) not a steam inhalation or incense: تبخير with water, steam, salt, incense or herbs after it in its clause;
// تبخير الحبوب (fumigating grain) and, in the entry, حبوب تبخير (fumigation tablets): the fumigant with its own grain word
const AR_FUMIGANT_WORD = String.raw`(?<![\p{L}])[وفبل]?(?:ال)?تبخير(?![\p{L}])(?![^.;!?،]{0,30}?(?<![\p{L}])[وب]?(?:ال)?(?:ماء|مياه|مي|ميه|مية|موية|بخار|ملح|بخور|اعشاب|بابونج|زعتر|كينا|اوكالبتوس|نعناع)(?![\p{L}]))|(?<![\p{L}])[وفبل]?(?:ال)?تبخير\s+(?:ال)?حبوب(?![\p{L}])|(?<![\p{L}])[وفبل]?(?:ال)?حب(?:ة|ه|وب)\s+القمح(?![\p{L}])`;
/** Session 20 (fixag2): a hazardous thing a store (مستودع) holds: a gas, fuel, chemical, ammonia, chlorine, acid, pesticide, a toxic or
 * dangerous material, paint, solvent, cleaning product, fertiliser, poison, kerosene (كاز), the spoken دوا of farm chemicals, materials
 * (مواد, not of building, food, relief or medical supplies) or the drums, cylinders, tanks and jerrycans that hold them, or what a store gives off (a smell, vapours, a cloud, an
 * emission: a release from it), with its و / ب / ل and article; not the bare wind (الريح); closed class, judgment of reading */
const AR_STORE_HAZARD = String.raw`[وبل]?(?:ال|لل)?(?:غاز\p{L}*|كيم\p{L}*|[اأ]موني\p{L}*|كلور\p{L}*|وقود|محروقات|نفط\p{L}*|بنزين|مازوت|ديزل|سولار|مبيد\p{L}*|[اأ]حماض|حمض\p{L}*|[اأ]سيد|كبريت\p{L}*|سام(?:ة|ه)?|خطر(?:ة|ه)|دهان\p{L}*|بوي[اه]|تنر|مذيب\p{L}*|منظف\p{L}*|مطهر\p{L}*|[اأ]سمد\p{L}*|سماد|ريح(?:ة|ه|ت\p{L}+)|رائح\p{L}*|[اأ]بخر\p{L}*|بخار|سحاب(?:ة|ه)|غيم(?:ة|ه)|انبعاث\p{L}*|مواد(?!\s+(?:ال)?(?:بناء|غذائي\p{L}*|تموين\p{L}*|[اإ]غاث\p{L}*|طبي\p{L}*))|براميل|برميل|عبوات|[اأ]سطوان\p{L}*|خزانات|تنكات|بيدون\p{L}*|غالون\p{L}*|سموم|سم|كاز|دوا|[اأ]دوية\s+زراعي\p{L}*)(?![\p{L}])`;
/** Session 23 (agfix): a fire word in Arabic (with its و / ب / ل / ف and article): a store on fire is a fire's fuel, no leak's setting;
 * closed class, judgment of reading */
const AR_FIRE_WORD = String.raw`(?<![\p{L}])[وبلف]?(?:ال|لل)?(?:حريق|حرائق|احترق\p{L}*|اشتعل\p{L}*|اشتعال|النيران|نيران|ولعت|حرق(?:ت)?)(?![\p{L}])`;
/** Session 20 (fixag2): harmless contents named of a store (furniture, food, grain, flour, clothes, goods, medicine, toys, books, wood,
 * arms, munitions, rockets, shells), with its و / ب / ل and article: such a store is no industrial setting; closed class, judgment of reading */
const AR_STORE_HARMLESS = String.raw`[وبل]?(?:ال|لل)?(?:[اأ]ثاث|مفروشات|مواد\s+(?:ال)?(?:غذائي\p{L}*|بناء|تموين\p{L}*|[اإ]غاث\p{L}*)|[اأ]غذي\p{L}*|طعام|حبوب|قمح|طحين|خضار|فواكه|ملابس|[اأ]لبس\p{L}*|بضائع|بضاع\p{L}*|[اأ]دوي\p{L}*|[اأ]لعاب|كتب|سجاد|[اأ]خشاب|خشب|كرتون|[اأ]سلح\p{L}*|سلاح|ذخير\p{L}*|ذخائر|صواريخ|قذائف)(?![\p{L}])`;
/** Session 20 (fixag2, review R8): a cause of broken or flying glass other than a blast: stones, wind, storm, hail, a crash or collision,
 * hooligans, someone who smashed it; closed class, judgment of reading */
const RU_GLASS_OTHER_CAUSE = String.raw`(?<![а-яё])(?:камн|камен|кирпич|ветр|ветер|ураган|бур[яиейю]|град[аоу]?(?![а-яё])|авари|дтп|столкнов|хулиган|разбил|разбит)[а-яё]*`;
/** a blast or bombing word in Arabic (with its و / ب / ل / ف and article) */
const AR_BLAST_WORD = String.raw`(?<![\p{L}])[وبلف]?(?:ال|لل)?(?:انفجار\p{L}*|انفجر\p{L}*|تفجير\p{L}*|عصف|ضغط|قصف|قذيف\p{L}*|قذائف|صاروخ\p{L}*|صواريخ|غار(?:ة|ه|ات)|برميل|براميل|دوي)(?![\p{L}])`;
/** (session 21, agru) ... and, for broken glass only, a bomb (قنبلة) and the spoken 'went off' (Maghrebi and Levantine تفرقع / فرقع) */
// (session 21, fixag2, review R11) not a gas, tear-gas, smoke, sound or flash grenade (قنبلة الغاز المسيل للدموع, قنابل مسيلة, قنبلة
// دخانية, قنبلة صوتية): a canister that breaks a window is no blast
const AR_GRENADE_NOT_BLAST = String.raw`(?!\s+(?:\p{L}+\s+)?[وبل]?(?:ال|لل)?(?:غاز|مسيل\p{L}*|دخان\p{L}*|صوت\p{L}*|ضوئي\p{L}*|دموع))`;
const AR_BLAST_WORD_GLASS = String.raw`(?:${AR_BLAST_WORD}|(?<![\p{L}])[وبلف]?(?:ال|لل)?(?:(?:قنبل\p{L}*|قنابل)(?![\p{L}])${AR_GRENADE_NOT_BLAST}|(?:تفرقع\p{L}*|فرقع\p{L}*)(?![\p{L}])))`;
/** stones, wind, storm, a crash or collision in Arabic: another cause of broken windows */
/** Session 21 (agru): a body part with و opens a new clause (term-matcher.ts AR_WAW_PARTS): 'عيونا تحرقنا وخشومنا تسيل' runs the noses, not the eyes */
const AR_WAW_BODY_PART = String.raw`[وف](?:ال)?(?:خشم|خشوم|انف|انوف|مناخير|منخار|حلق|حلوق|زور|وجه|وجوه|وش|فم|راس|صدر|صدور|جلد|بطن|بطون)\p{L}*\s`;
/** Session 21 (agru): a bang or blast told (lay verbs too), what shakes, and the shaking (the blast felt far off) */
const EN_BANG = String.raw`(?<![\p{L}])(?:explosion|blast|bang|boom|exploded|went\s+off|detonat\p{L}*)(?![\p{L}])`;
/** Session 24 (agdev): the thing's shaking told with a bare or -ing verb after its noun, as a causative's complement ("the bang made
 * the windows rattle", "a boom, the whole house shaking"); only in EN_BANG's sentence, as the past forms. Judgment of reading */
/** (session 24, fixag: review s24 R6) a fire, a grill, a stove or a fuel as the subject of a flaring verb: костёр, мангал, угли,
 * дрова, печь, плита, огонь, свеча, спичка, бензин, факел, сигарета, фитиль, конфорка, шашлык (not газ: a gas that flares in air is phosphine's sign), сено, бумага; closed class, judgment */
const RU_FIRE_SUBJECT = String.raw`(?<![\p{L}])(?:кост[её]р|костр\p{L}*|мангал\p{L}*|угл[иеяю]\p{L}*|угол[её]к\p{L}*|уголь|дров\p{L}*|полен\p{L}*|печ[ьки]\p{L}*|печь|плит[аеуы]|огон[её]?к?|огн[яюе]\p{L}*|огонь|свеч[аиуеке]\p{L}*|спичк\p{L}*|бензин\p{L}*|керосин\p{L}*|факел\p{L}*|сигарет\p{L}*|фитил\p{L}*|конфорк\p{L}*|шашлык\p{L}*|сено|солом\p{L}*|бумаг\p{L}*|хворост\p{L}*|камин\p{L}*|жаровн\p{L}*|гриль)(?![\p{L}])`;
/** (session 24, fixag: review s24 R14) a condition had since long ago: since childhood, for years, all one's life, chronic (Maghrebi,
 * Levantine and Gulf wording); closed class, judgment */
const AR_CHRONIC_SINCE = String.raw`(?<![\p{L}])(?:(?:من|منذ)\s+(?:ال)?(?:صغر|صغير|صغيرة|صغيره|طفول)\p{L}*|(?:من|منذ)\s+(?:زمان|سنين|سنوات|عشر\s+سنين)|من\s+(?:وهو|وهي|كان|كانت)\s+(?:صغير|صغيرة|صغيره|طفل|طفلة)|طول\s+عمر\p{L}*|(?:ال)?مزمن\p{L}*|من\s+نهار\s+(?:اللي|الي)\s+(?:تولد|تزاد|ولد)\p{L}*)(?![\p{L}])`;
/** Session 24 (agdev): a sentence's words that make a Russian 'gas poisoning' no household's: war, a chemical or poison gas, a
 * named irritant, a sewer, well or pit, a plant, a tank or cistern; closed class. (session 24, fixag: review s24 R9) and a release
 * told by its verb or its can (распылил, брызнул, баллончик, аэрозоль), which no delivery feature reads alone; the features read are
 * the other half of the check (feature-extraction.ts GAS_POISONING_DEFAULT) */
const RU_GAS_NOT_HOUSEHOLD = String.raw`(?<![а-яё])(?:отравляющ|боев|военн|химическ|слезоточив|нервно|хлор|аммиак|сероводород|канализац|колод[цеяо]|септик|шахт|цистерн|резервуар|завод|предприяти|цех|комбинат|атак|обстрел|снаряд|бомб|ракет|полиц|митинг|протест|распыл|брызн|баллончик|аэрозол)`;
// (RU_BANG, session 24 agdev) 'рванули' (they blew it up: "на карьере рванули") is a bang, but not when a place or way follows
// ("мы рванули к двери", 'dashed to the door')
const EN_SHAKE_BARE = String.raw`rattle|shake|tremble|jolt|rattling|shaking|trembling`;
const RU_BANG = String.raw`(?<![а-яё])(?:взрыв\p{L}*|взорв\p{L}*|бахнул\p{L}*|бабахнул\p{L}*|бабах|грохнул\p{L}*|жахнул\p{L}*|рванул[оа]?|рванули(?!\s+(?:к|ко|в|во|на|за|домой|прочь|обратно|наружу|вниз|вверх|по|через|из|от|туда|сюда|бегом|бежать|со\s+всех)(?![а-яё]))|шарахнул\p{L}*|долбанул\p{L}*|прил[её]т\p{L}*|грохот\p{L}*)(?![а-яё])`;
const RU_SHAKE = String.raw`(?<![а-яё])(?:тряхнул\p{L}*|затряс\p{L}*|тряс\p{L}*|задрожал\p{L}*|дрожал\p{L}*|задребезжал\p{L}*|дребезжал\p{L}*|звякнул\p{L}*|зазвенел\p{L}*|ходуном|шатнул\p{L}*)(?![а-яё])`;
// (session 21, fixag2, review R29) not "дома" (also 'at home': "мы дома дрожали"), nor a noun after a preposition ("упали на пол и
// тряслись": the place where people shook, not what shook)
const RU_SHAKEN = String.raw`(?<![а-яё])(?<!(?<![а-яё])(?:на|в|во|под|из|с|со|по|у|о|об|за)\s+)(?:дом|здани[ея]|стен[ыа]|окна|окно|ст[её]кла|стекло|посуд[аы]|чашк[иа]|тарелк[иа]|сервант|люстр[аы]|земл[яюи]|пол)(?![а-яё])`;
const AR_BANG = String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:انفجار\p{L}*|انفجر\p{L}*|تفجير\p{L}*|قصف|قذيف\p{L}*|قذائف|صاروخ\p{L}*|صواريخ|غار(?:ة|ه)|برميل|(?:قنبل\p{L}*|قنابل)(?![\p{L}])${AR_GRENADE_NOT_BLAST}|تفرقع\p{L}*|فرقع\p{L}*|دوي|ضرب(?:ة|ه))(?![\p{L}])`;
const AR_SHAKE = String.raw`(?<![\p{L}])[وف]?(?:اهتز\p{L}*|تهز\p{L}*|هزت|هز|ارتج\p{L}*|ترج\p{L}*|رجت|رجف\p{L}*|ترجف\p{L}*)(?![\p{L}])`;
// (session 21, fixag2, review R29) not with ب ('in': "البنت بالبيت ترجف", the girl trembles at home)
const AR_SHAKEN = String.raw`(?<![\p{L}])[وف]?(?:ال)?(?:بيت|بيوت|ديار|دار|ارض|بناية|بنايات|عمارة|حيطان|جدران|شبابيك|نوافذ|زجاج|قزاز|زاج|صحون|كاسات|صحاف)(?![\p{L}])`;
/** Session 21 (fixag2, review R23): a noun of conflict (fighting, battles, the war, the front, clashes, protests, the situation: الأوضاع; not قصف, shelling, nor وضع, also 'put') that
 * 'flares up again' in speech ('بعد الهدنة رجعت ولعت الاشتباكات', 'الحرب رجعت ولعت بالمنطقة', 'عادت اشتعلت المعارك'): the
 * clause's subject, not a white-phosphorus fragment that sparks again (finalPass); closed class */
export const AR_CONFLICT = String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:اشتباك\p{L}*|معارك|معركة|معركه|حرب|جبهة|جبهه|جبهات|قتال|مواجه\p{L}*|نزاع|صراع|اوضاع|أوضاع|احتجاج\p{L}*|مظاهرة|مظاهره|مظاهرات|ازمة|أزمة|فتنة|فتنه|خلاف\p{L}*|مشاكل|مشكلة)(?![\p{L}])`;
/** Session 21 (agru): places, rooms, buildings, vehicles and vegetation that catch fire (a closed class of stems, any case) */
const RU_FIRE_PLACE = String.raw`(?:фудкорт|кафе|ресторан|магазин|склад|дом|квартир|здани|подъезд|кухн|гараж|сара[йе]|машин|автомобил|автобус|бан[яиюе]|дач|цех|торгов|рын[оку]|павильон|ангар|общежити|кинотеатр|клуб|больниц|школ|офис|балкон|крыш|чердак|подвал|проводк|трансформатор|подстанци|мусор|трав(?:а|ы|у|ой|е)(?![а-яё])|лес(?:а|у|ом|е|ов|ах|ам)?(?![а-яё])|камыш|палатк|палат[аеуы]|комнат|этаж|вагон|электричк|кровл|постройк|хозпостройк|строени|барак|ферм|амбар|стог|сено)[а-яё]*(?![а-яё])`;
/** Arabic windows broken (تكسرت / انكسرت الشبابيك / النوافذ, and the noun first) */
// (session 21, agru) the glass itself (زجاج; the spoken قزاز, ازاز, بلور and the Algerian زاج), masculine (تكسر), and كامل / كله after
const AR_WINDOWS_BROKEN = String.raw`(?:(?:ت|ان)كسر(?:ت)?\s+(?:كل\s+)?(?:ال)?(?:شبابيك|نوافذ|زجاج|قزاز|ازاز|بلور|زاج)|(?:ال)?(?:شبابيك|نوافذ)\s+(?:كلها\s+)?(?:ت|ان)كسرت|(?:ال)?(?:زجاج|قزاز|ازاز|بلور|زاج)\s+(?:كله\s+)?(?:ت|ان)كسر)(?![\p{L}])`;
const AR_GLASS_OTHER_CAUSE = String.raw`(?<![\p{L}])[وبلف]?(?:ال)?(?:حجار\p{L}*|حجر|ريح|رياح|عاصف\p{L}*|حادث|اصطدام|تصادم)(?![\p{L}])`;
/** Session 20 (fixag2, review R9): a named function, level, ratio, enzyme or organ in a clinical result (with its article): what was normal is
 * that part, not the whole test; closed class */
const AR_ANALYTE_PART = String.raw`(?:ال)?(?:وظائف|وظيفة|وظيفه|مستوى|مستويات|نسبة|نسبه|نسب|معدل|الكبد|كبد|الكلى|كلى|الكلية|الكليتين|انزيم\p{L}*|إنزيم\p{L}*|أنزيم\p{L}*|خميرة|صورة|الصورة|تعداد|الكريات|كريات|السكر|سكر|الضغط|ضغط)`;
/** Session 22 (agru): the household cleaning products whose mixing gives off chlorine or chloramine (mmwr-bleach-1991: bleach with
 * acid or ammonia cleaners): bleach, cleaners, sprays and gels, descalers, disinfectants, drain and limescale removers; RU моющее,
 * чистящее, хлорка, белизна, дезинфицирующее, кислотное / щелочное (средство), отбеливатель; AR مبيض, كلور(كس), منظف, مطهر,
 * ديتول, فلاش, مزيل, حامض / ماء نار (acid). A closed class, judgment of reading. */
// (session 22, fixag: review-s22 R10) not a cosmetic, repellent or kitchen spray or gel ('the bug spray and the hand gel')
const CLEANER_EN = String.raw`(?<![\p{L}])(?:bleach(?:es)?|cleaners?|(?:sprays?|gels?)(?<!(?:bug|insect|mosquito|tick|fly|hair|hand|body|shower|pepper|cooking|oil|sun|suntan|nasal|throat|mouth|breath|deodorant|perfume|repellent|styling|aloe|hairspray|wound)[\s-]+(?:sprays?|gels?))|descalers?|disinfectants?|removers?|unblockers?|domestos|ammonia|acid)(?![\p{L}])`;
// (session 22, fixag: review-s22 R11) средство only with its cleaning modifier or purpose ('кислотное средство', 'средство для труб',
// 'средство от накипи'): bare 'средства' are any means ('средства индивидуальной защиты и средства пожаротушения')
const CLEANER_RU = String.raw`(?<![\p{L}])(?:(?:моющ|чистящ|хлорк|белизн|дезинфек|дезинфиц|отбеливат|щелочн|кислотн|доместос)\p{L}*(?:\s+средств\p{L}*)?|средств\p{L}*\s+(?:для\s+(?:мыть\p{L}*|чистк\p{L}*|унитаз\p{L}*|туалет\p{L}*|сантехник\p{L}*|труб\p{L}*|ванн\p{L}*|плит\p{L}*|посуды|пола|полов|ст[её]кол|дезинфекц\p{L}*|отбеливан\p{L}*)|от\s+(?:накипи|засор\p{L}*|плесен\p{L}*|ржавчин\p{L}*|известк\p{L}*|налёта|налета)))`;
/** (session 22, fixag: review-s22 R12) a vessel of mixing after 'in the same' or before 'one' (السطل, الدلو, الجردل, القنينة, الطشت, the
 * basin, the sink, the toilet): 'في نفس الخزانة' (the same cupboard) stores, 'بنفس اليوم' times; judgment of reading */
const AR_MIX_VESSEL = String.raw`(?:سطل|دلو|جردل|قنينة|قنينه|قزازة|قزازه|طشت|وعاء|اناء|علبة|علبه|مغسلة|مغسله|حوض|كاسة|كاسه|كوب|برميل|جالون|بانيو|مرحاض|تواليت|كرسي\s+الحمام)`;
const CLEANER_AR = String.raw`(?:ال)?(?:مبيض|كلور|كلوركس|منظف|منظفات|مطهر|ديتول|فلاش|مزيل|حامض|ماء\s+نار|موية\s+نار)\p{L}*`;
/** (session 22, agru) with the stored grain itself (قمح, شعير, غلال, رز; حبوب, grain, which is also pills): 'حبوب تبخير' (fumigation
 * tablets), 'تبخير القمح', a fumigated load in a lorry or a hold (niosh-phosphine: phosphide fumigation of grain in storage and
 * transport); judgment of reading */
// (session 22, fixag: review-s22 R13) حبوب (grain, also pills) only next to تبخير, in AR_FUMIGANT_WORD: 'أعطيته حبوب خافض حرارة وعملتله
// تبخير' (fever pills and a steam inhalation)
const AR_PEST_CONTEXT = String.raw`[وفبل]?(?:ال)?(?:مبيد\p{L}*|حشر\p{L}*|فئران|فيران|قوارض|سوس|مخزن|مخازن|مستودع\p{L}*|صوامع|صومعة|اهراء|قمح|شعير|غلال|[اأ]?رز)(?![\p{L}])`;
/** (session 22, agru) grain told fumigated by the participle after it (قمح مبخر, الحبوب المبخرة; مبخرة alone is an incense burner) */
const AR_GRAIN_FUMIGATED = String.raw`(?<![\p{L}])[وفبل]?(?:ال)?(?:قمح|شعير|غلال|حبوب|[اأ]?رز)\s+(?:ال)?مبخر(?:ة|ه)?(?![\p{L}])`;

/** Session 12 (agprobe): a pupil's size in millimetres ("pupils 2 mm", "pupils were 1-2mm", "2 mm pupils", "зрачки 1,5 мм",
 * "الحدقات 2 ملم", "حدقة العين ٢ مم"): 2 mm or less is miosis (pinpoint pupils are 1-2 mm; a normal pupil is 2-4 mm in
 * light and 4-8 mm in the dark: judgment from the clinical norm, Walker et al., Clinical Methods, 3rd ed., ch. 58), 5 mm or
 * more states it absent; 3-4 mm says nothing. A range is read by both its ends. */
const PUPIL_SMALL = String.raw`(?:(?:0?[.,]\d|1(?:[.,]\d)?|2(?:[.,]0)?|[٠١٢])\s*(?:-|–|to|до)\s*)?(?:0?[.,]\d|1(?:[.,]\d)?|2(?:[.,]0)?|[١٢](?:[.,٫]\d)?)`;
const PUPIL_LARGE = String.raw`(?:(?:[5-9](?:[.,]\d)?|1[0-2])\s*(?:-|–|to|до)\s*)?(?:[5-9](?:[.,]\d)?|1[0-2]|[٥-٩])`;
const PUPIL_SIZE = {
  en: (n: string) => [
    String.raw`pupils?(?:\s+sizes?)?[\s:=]+(?:(?:were|was|are|of|at|measured|measuring|about|approximately|approx|equal|bilaterally|both|each)\s+){0,3}${n}\s*mm`,
    String.raw`${n}\s*mm\s+pupils?`,
  ],
  ru: (n: string) => String.raw`зрачк~(?:[\s:=]+(?:(?:были|по|до|около|размером|диаметром|примерно|оба|с\s+обеих\s+сторон)\s+){0,3})${n}\s*мм`,
  ar: (n: string) => String.raw`(?:حدق|بؤب)~\s*(?:(?:ال)?عيو?ن~\s*)?[:=]?\s*(?:(?:حجمها|قطرها|بحجم|بقطر|حوالي|تقريبا|كانت)\s+){0,2}${n}\s*(?:ملم|مم|ملي~|mm)`,
};

/** Session 19 (agparen): the aspect of a sign that would not end, between its body part and its participle ("my eyes wouldn't stop
 * watering", "his nose would not stop running", "my eyes didn't stop streaming", "eyes kept on burning"): "not stop" affirms the sign
 * (the negation cue already skips "not stop"), so the part and the participle are one predicate; judgment of reading */
const ASPECT_EN = String.raw`(?:(?:(?:would|could|did|will|do|does|was|were)(?:n't|n’t|\s+not)|won't|won’t|can't|can’t|cannot|never)\s+stop\s+|kept\s+(?:on\s+)?|went\s+on\s+|carried\s+on\s+)`;
/** Session 19 (agparen): the lay "big pupils" of HPO Mydriasis (HP:0011499, 'dilated pupils'), only as the copula's predicate that ends
 * its phrase ("his pupils were big, not small", "her pupils had gone huge."): the attributive "big pupils" and "the pupils were large"
 * before a noun are schoolchildren ('the big pupils helped the little ones', 'pupils were large in number'); judgment of reading */
// (session 19, fixag1: review-s19 R23) the pupils owned (his, her, their, the patient's) or told after an eye word in the clause: 'at the
// school the older pupils were big' are schoolchildren
const PUPILS_BIG_EN = String.raw`(?<=(?<![\p{L}])(?:(?:his|her|their|my|our|your|its|whose|both|\p{L}+['’]s|\p{L}+s['’])\s+(?:\p{L}+\s+)?|(?:eyes?|eyeballs?)(?![\p{L}])[^.;!?]{0,40}?))pupils?\s+(?:(?:were|was|are|is|had\s+gone|went|looked|seemed|became|got)\s+)(?:(?:really|very|so|all|huge\s+and|massive\s+and|wide\s+and)\s+)?(?:big|huge|large|enormous|massive|wide|wide\s+open|like\s+saucers)(?=\s*(?:[,.;!?\u2014]|not\s|$))`;

/** (s23 fixrev, review-s23 R4/R5) another cause of peeling skin in its sentence (desquamation after the sun, a tan, the beach, the
 * cold or wind, a detergent or soap, a graft or an operation; HPO Abnormal skin desquamation, not Blister): EN/RU/AR. Not 'like
 * sunburn' (a comparison, the term file's erythema of mustard). Judgment of reading. Exported for TERM_SENSE. */
export const PEEL_CAUSE = String.raw`(?<![\p{L}])(?<!(?:like|as\s+if|как|словно|будто|مثل|زي|متل|كانه)\s+(?:(?:a|bad|after|после)\s+)?)(?:sun(?:burn\p{L}*|bath\p{L}*|tan\p{L}*|light|shine|ny)?|beach\p{L}*|tan|tanned|tanning|chapped|frost\p{L}*|wind-?burn\p{L}*|the\s+cold|cold\s+(?:weather|wind|winter)|detergents?|soap|washing-up|bleach\s+cleaner|grafts?|surgery|surgeon|operation|eczema|psoriasis|загар\p{L}*|загорел\p{L}*|пляж\p{L}*|солнц\p{L}*|мороз\p{L}*|холод\p{L}*|обветр\p{L}*|моющ\p{L}*|стиральн\p{L}*|мыл(?:а|о|ом)|пересадк\p{L}*|операци\p{L}*|экзем\p{L}*|псориаз\p{L}*|[وفبل]?(?:ال)?(?:شمس|بحر|بلاج|شاطئ|شط|برد|منظف\p{L}*|صابون|اكزيما|صدفي\p{L}*))(?![\p{L}])`;
/** (s23 fixrev, review-s23 R14/R15) a germ that is no meal's: set aside by attribution and a following 'but' (EN/RU/AR), named
 * after a wound, burn or blister (a secondary infection) or after a vaccine or 'against' (a vaccination) */
const GERM_ATTR = String.raw`(?<![\p{L}])(?:blamed|blaming|said|says|suspected|thought|believed|assumed|initially|first|говорил\p{L}*|думал\p{L}*|подозревал\p{L}*|считал\p{L}*|сначала|قال\p{L}*|قالوا|اعتقد\p{L}*|ظن\p{L}*|البدايه|البداية)(?![\p{L}])`;
const GERM_NOT_MEAL = String.raw`(?<!(?:(?<![\p{L}])(?:wounds?|burns?|blisters?|sores?|ulcers?|ран\p{L}*|ожог\p{L}*|пузыр\p{L}*|волдыр\p{L}*|(?:ال)?(?:جرح|جروح|حروق|حرق|بثور|فقاعات))[^.!?\n]{0,70})|(?:(?<![\p{L}])(?:vaccin\p{L}*|immuni[sz]\p{L}*|against|привив\p{L}*|привит\p{L}*|вакцин\p{L}*|против|(?:ال)?(?:لقاح\p{L}*|تطعيم\p{L}*)|ضد)\s+[^.!?\n]{0,45}))`;
const GERM_SET_ASIDE = String.raw`(?![^.!?\n]*?(?<=${GERM_ATTR}[^.!?\n]{0,120})(?<![\p{L}])(?:but|however|yet|но|однако|لكن|ولكن|بل)(?![\p{L}]))`;/** (s23 fixrev, review-s23 R17) resuscitation in a fracture's clause: the ribs or sternum broken by chest compressions are an
 * iatrogenic finding of medics' accounts, no blast or fall (EN/RU/AR) */
const CPR_CLAUSE = String.raw`(?:(?<![\p{L}])cpr|chest\s+compressions?|resuscitat\p{L}*|реанимац\p{L}*|реанимир\p{L}*|непрям\p{L}*\s+массаж\p{L}*|массаж\p{L}*\s+сердца|(?:ال)?انعاش|(?:ال)?إنعاش)`;
/** (s23 fixrev, review-s23 R19) an animal's or a thing's subject before a verb of falling (up to five words between, in its clause):
 * birds, animals, cattle, defences, prices, shares, planes */
const NOT_PERSON_SUBJECT = String.raw`(?<![\p{L}])(?:birds?|pigeons?|sparrows?|chickens?|hens?|poultry|animals?|cattle|cows?|sheep|goats?|dogs?|cats?|rats?|mice|fish|insects?|bees|flies|mosquitoes|livestock|defen[cs]es|lines|prices?|shares?|stocks?|markets?|currenc\p{L}*|ratings?|planes?|jets?|helicopters?|drones?|towers?|dominoes|trees?|regimes?|governments?|economy)(?![\p{L}])(?:[^.!?;,\n]{0,40}\s)?`;
/** (s23 fixrev, review-s23 R5) the body parts whose skin peels (the noun slot of 'the skin on/of/from his X peeled') */
const BODY_PART_EN = String.raw`(?:hands?|arms?|forearms?|legs?|feet|foot|face|faces|neck|necks|backs?|chest|fingers?|palms?|shoulders?|lips?|nose|forehead|cheeks?|ears?|scalp|wrists?|ankles?|knees?|elbows?|stomach|belly|body|bodies|thighs?|calf|calves|shins?|toes?|heels?|buttocks|groin|armpits?|eyelids?)`;

/**
 * (review s30) the sign after a time phrase with no arrival, finding or return between them: 'it wasn't until the evening that
 * the ambulance arrived and people were coughing', «только вечером приехала полиция, люди кашляли», «прошло два часа, и мы
 * вернулись домой» time the response or the return, not the onset of the signs (session 18's response time, «через пять минут
 * пожарные были на месте»). Judgment of reading (the verbs of arriving and the responders' nouns)
 */
const EN_RESPONSE = String.raw`(?<![\p{L}])(?:arriv\p{L}*|came|come|got\s+(?:there|here|back|home)|reached|turned\s+up|showed\s+up|found|returned|went\s+back|police|ambulances?|paramedics|firefighters|firemen|rescuers|doctors?\s+(?:came|arrived))(?![\p{L}])`;
const RU_RESPONSE = String.raw`(?<![\p{L}])(?:приех\p{L}*|прибы\p{L}*|пришл\p{L}*|приш[её]л|подъехал\p{L}*|вернул\p{L}*|нашл\p{L}*|наш[её]л|обнаружил\p{L}*|полици\p{L}*|скор\p{L}*\s+помощ\p{L}*|пожарн\p{L}*|спасател\p{L}*|врач\p{L}*\s+(?:приех|прибы)\p{L}*)(?![\p{L}])`;
const AR_RESPONSE = String.raw`(?<![\p{L}])[وف]?(?:وصل\p{L}*|اجت|اجو|اجا|جاء\p{L}*|جات|رجع\p{L}*|لقي\p{L}*|لقو\p{L}*|(?:ال)?اسعاف|(?:ال)?شرطه|(?:ال)?شرطة|(?:ال)?دفاع\s+(?:ال)?مدني)(?![\p{L}])`;
const EN_SIGN_NO_RESPONSE = String.raw`(?=(?:(?!${EN_RESPONSE})[^.;!?]){0,80}${ONSET_SIGN_EN})`;
const RU_SIGN_NO_RESPONSE = String.raw`(?=(?:(?!${RU_RESPONSE})[^.;!?]){0,80}(?:кашл|кашел|кашель|закашл|задых|слез|рвал|рвот|стошн|тошн|жгл|жжен|щипал|резал|глаз|упал|падал|судорог|плохо|дышать|кож|пузыр|волдыр|голов))`;
const AR_SIGN_NO_RESPONSE = String.raw`(?=(?:(?!${AR_RESPONSE})[^.;!?؟]){0,80}(?:كح|سعل|نختنق|يختنق|اختناق|تدمع|دموع|دمع|تستفرغ|نستفرغ|يستفرغ|استفرغ|طرش|تنفس|ضيق|انقطع\s+(?:ال)?نفس|(?:وقع|وقعت|وقعوا|يوقع|يوقعوا|نوقع)\s+(?:على\s+|ع\s*)?(?:ال)?(?:ارض|أرض)|اغمي|غمي|حرق|حكة|فقاعات|دوخة|دايخ|وجع|يوجع|صداع))`;
export const LEXICON: LexiconEntry[] = [
  {
    // Session 26 (room agdev): a persistent liquid agent told by its persistence, as gas officers and historians tell mustard: the liquid
    // splashed on boots and clothing, lying on the shelled ground, that evaporates and gives off its gas when the sun warms it, the
    // ground or shell holes dangerous for hours or days (knowledge/agents.yaml persistent_liquid; domain-note: mustard persistent,
    // 1-2 days in average weather, weeks in cold; VX terrain denial). Not the gas that stays close to the ground (chlorine's and
    // phosgene's pooling, pooling_low), not an acid, fuel, oil or water spill. Judgment of wording
    feature: 'persistent_liquid',
    requires: { en: 'liquid|evaporat|vapori|shelled|contaminated|droplet|splash', ru: 'жидкост|испар|капл|заражен|заражён', ar: 'سائل|تبخر|قطرات|ملوث|زيتي' },
    en: [
      String.raw`(?<![\p{L}])(?<!(?:acid|caustic|fuel|petrol|gasoline|diesel|cleaning|hot|boiling|brake|battery)[\s-]+)(?:liquid|droplets?|drops)\s+(?:\p{L}+\s+){0,3}?(?:splashed|splashing|soaked|soaking|sprinkled|spattered|on\s+(?:the\s+)?(?:ground|grass|soil|boots|clothing|clothes|uniforms?|brush|bushes))(?![\p{L}])(?:(?=[^.!?]*(?:gas|shell|shelled|evaporat|vapou?r|sun|warm|dangerous|poison))|(?<=(?:gas|shell|shelled|evaporat\p{L}*|vapou?r|sun|warm|dangerous|poison)[^.!?]*))`,
      String.raw`(?<![\p{L}])(?:evaporat\p{L}*|vapori[sz]\p{L}*)(?![\p{L}])(?:(?=[^.!?]*(?:ground|shell|areas?|liquid|soil|warm|sun))|(?<=(?:ground|shell|areas?|liquid|soil|warm|sun)[^.!?]*))(?:(?=[^.!?]*(?:gas|liquid|shelled|shell|agent))|(?<=(?:gas|liquid|shelled|shell|agent)[^.!?]*))`,
      String.raw`(?<![\p{L}])(?:the\s+)?sun\s+(?:\p{L}+\s+){0,4}?(?:warm\p{L}*|heat\p{L}*|shines|came\s+out|comes\s+out)(?![\p{L}])(?=[^.;!?]*(?:dangerous|gas|vapou?r|poisonous|casualties))(?:(?<=(?:shelled|gas|liquid|ground|area)[^.;!?]*)|(?=[^.;!?]*(?:shelled|liquid|ground|areas?)))`,
      String.raw`(?<![\p{L}])(?:shelled|contaminated|gassed)\s+(?:areas?|ground|zones?|shell[\s-]?holes?|craters?)\s+(?:\p{L}+\s+){0,6}?(?:dangerous|for\s+(?:several\s+|many\s+|some\s+)?(?:days|weeks))(?![\p{L}])`,
    ],
    ru: [
      String.raw`(?<![а-яё])(?:жидкост|капл)[а-яё]*\s+(?:[а-яё]+\s+){0,3}?(?:на\s+(?:земл|почв|одежд|обмундир|сапог|траве)|испар)[а-яё]*(?=[^.;!?]*(?:газ|снаряд|ов(?![а-яё])|отравля|иприт|солнц|опасн))`,
      String.raw`(?<![а-яё])испар[а-яё]*(?![а-яё])(?=[^.;!?]*(?:солнц|тепл|жар|земл|почв))(?:(?<=(?:газ|жидкост|снаряд|обстрел|земл|местност)[^.;!?]*)|(?=[^.;!?]*(?:газ|жидкост|снаряд|обстрел|местност)))`,
      String.raw`(?<![а-яё])(?:заражённ|зараженн)[а-яё]*\s+(?:местност|участ|воронк|почв|территори|земл)[а-яё]*(?![а-яё])(?=[^.;!?]*(?:опасн|несколько\s+(?:дней|суток|недель)|днями|неделями))`,
    ],
    ar: [
      String.raw`(?<![\p{L}])(?:ال)?(?:سائل|قطرات|بقع)\s+(?:ال)?زيتي\p{L}*`,
      String.raw`(?<![\p{L}])[وف]?(?:ي|ت)?تبخر\p{L}*(?=[^.;!?]*(?:الشمس|الحرارة|الحراره|الدفء|الأرض|الارض|التربة))(?:(?<=(?:غاز|سائل|قذائف|قصف|الأرض|الارض)[^.;!?]*)|(?=[^.;!?]*(?:غاز|سائل|قذائف|قصف)))`,
      String.raw`(?<![\p{L}])(?:ال)?(?:أرض|ارض|منطقة|منطقه|مناطق|حفر)\s+(?:ال)?ملوث\p{L}*(?=[^.;!?]*(?:خطر|لأيام|لايام|أياما|اياما|عدة\s+أيام|أسابيع))`,
    ],
  },
  // Session 26 (room agdev): a class of war gas named by its class word, the account's claim of what kind of agent it was (knowledge/
  // agents.yaml class_named_*, basis 'named': weighed below signs). The word's morphology, not one phrase: EN the class adjective
  // before gas / agent / weapon / poison (choking, lung-injuring, pulmonary; nerve; blister, blistering, vesicant); RU the adjective
  // before газ / вещество / ОВ / агент and the genitive of action (удушающего / нервно-паралитического / кожно-нарывного действия);
  // AR غاز / عامل / مادة with the class after it (خانق; الأعصاب; منفط, مسبب للبثور). A denial reads it absent (present_only drops it);
  // a claim the account disputes is dropped in finalPass (classNamedDisputed). Judgment of wording; the CDC fact sheets name the
  // classes so (cdc-chlorine, cdc-phosgene: choking agents; cdc-sarin: a nerve agent; cdc-mustard: a vesicant, blister agent)
  {
    feature: 'class_named_choking',
    requires: { en: 'chok|lung|pulmonary', ru: 'удуш', ar: 'خانق' },
    en: [
      String.raw`(?<![\p{L}])(?:choking|lung[\s-]+(?:injuring|damaging)|pulmonary|lung)[\s-]+(?:gas(?:es)?|agents?|weapons?|war\s+gas(?:es)?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])lung[\s-]+(?:injuring|damaging)\s+shells?(?![\p{L}])|(?<=(?<![\p{L}])of\s+the\s+(?:[\p{L}-]+\s+(?:and|or)\s+(?:the\s+)?)?)lung[\s-]+(?:injuring|damaging)\s+(?:sorts?|kinds?|types?)(?![\p{L}])`,
    ],
    ru: [
      String.raw`(?<![а-яё])(?:удушающ|удушлив)[а-яё]*\s+(?:газ|веществ|ов(?![а-яё])|отравляющ|агент|средств)[а-яё]*`,
      String.raw`(?<![а-яё])(?:ов|веществ[а-яё]*|газ[а-яё]*)\s+(?:общеядовитого\s+и\s+)?удушающего\s+действия`,
    ],
    ar: [String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:غاز|غازات|غازا|عامل|عوامل|مادة|مواد)\s+(?:ال)?خانق\p{L}*`],
  },
  {
    feature: 'class_named_nerve',
    requires: { en: 'nerve', ru: 'нерв', ar: 'عصاب' },
    en: [String.raw`(?<![\p{L}])nerve[\s-]+(?:gas(?:es)?|agents?|poisons?|weapons?|paralytic|paralysing|paralyzing|warfare\s+agents?)(?![\p{L}])`],
    ru: [String.raw`(?<![а-яё])нервно[\s-]*паралитическ[а-яё]*|(?<![а-яё])нервн(?:ый|ого|ому|ым|ом|ые|ых|ыми)\s+газ(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])`],
    ar: [
      String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:غاز|غازات|غازا|عامل|عوامل|مادة|مواد)\s+(?:(?:ال)?سام\p{L}*\s+)?(?:ال|لل)?[اأإ]عصاب(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:ال)?(?:غاز|غازات|مادة|مواد)\s+(?:\p{L}+\s+)?(?:ال)?(?:مؤثر|شال|مشل)\p{L}*\s+(?:على\s+|علي\s+|ل)?(?:ال)?[اأإ]عصاب`,
    ],
  },
  {
    feature: 'class_named_blister',
    requires: { en: 'blister|vesicant', ru: 'нарыв|везикант', ar: 'منفط|بثور|تقرح' },
    en: [
      String.raw`(?<![\p{L}])(?:blister|blistering|vesicant)[\s-]+(?:gas(?:es)?|agents?|weapons?|war\s+gas(?:es)?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])vesicants(?![\p{L}])`,
    ],
    ru: [String.raw`(?<![а-яё])кожно[\s-]*нарывн[а-яё]*|(?<![а-яё])нарывн[а-яё]*\s+(?:газ|веществ|ов(?![а-яё])|отравляющ|действ)[а-яё]*|(?<![а-яё])везикант[а-яё]*`],
    ar: [
      String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:غاز|غازات|غازا|عامل|عوامل|مادة|مواد)\s+(?:ال)?منفط\p{L}*`,
      String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:غاز|غازات|غازا|عامل|عوامل)\s+(?:(?:ال)?سام\p{L}*\s+)?(?:ال)?مسبب\p{L}*\s+(?:لل|ل)?(?:بثور|تقرح\p{L}*\s+(?:ال)?جلد)`,
      String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:مادة|مواد)\s+(?:ال)?(?:سام|كيميائي|كيماوي|حربي)\p{L}*\s+(?:ال)?مسبب\p{L}*\s+(?:لل|ل)?(?:بثور|تقرح\p{L}*\s+(?:ال)?جلد)`,
    ],
  },
  {
    // Session 30 (agdev): the breath one could not take or get, in any person: "couldn't get any air in", "could not get enough air",
    // "couldn't get a breath"; Arabic a denied modal of ability (ما / مش / مو + قدر / قادر / عرف, any person) then take a breath in any
    // person and either spelling (اخد / اخذ / ناخد / تاخذ ...): the term file lists the persons one by one ('ما قدرت آخذ نفس' but not
    // 'ما قدرت آخد نفس'). HPO Dyspnea (HP:0002094) lay synonyms 'trouble breathing', 'air hunger'; judgment of reading
    feature: 'dyspnoea',
    requires: { en: 'air|breath', ar: 'نفس' },
    en: [String.raw`(?:could(?:n't|\s+not)|can't|cannot|unable\s+to|never\s+could)\s+get\s+(?:(?:any|enough|a|a\s+lungful\s+of|a\s+single|proper|much)\s+)?(?:air|breath)(?:\s+in(?:to)?(?:\s+(?:my|his|her|their|our)\s+lungs)?)?(?![\p{L}])(?=\s*(?:[,.;:!?)\u2014\u2013-]|$|(?:and|for|because|from|at|through|with|any|anymore|properly|at\s+all|no\s+matter)(?![\p{L}])))`],
    // (the air or breath ends its phrase: 'couldn't get air tickets' is no breath)
    ar: [String.raw`(?:ما|مش|مو|مب|ماني|مانا)\s+(?:(?:عم|كنت|كان|كانت|كنا|كانوا)\s+)?(?:قدر\p{L}*|بقدر\p{L}*|يقدر\p{L}*|نقدر\p{L}*|تقدر\p{L}*|قادر\p{L}*|اقدر|عرف\p{L}*|يكدر\p{L}*|كدر\p{L}*)\s+(?:[يتنا]|ب[يتنا]?)?(?:اخد|اخذ|خد|خذ|تاخد|تاخذ|ياخد|ياخذ|ناخد|ناخذ)\s+(?:ولا\s+)?(?:ال)?نفس(?:ي|ه|ها|هم|نا|و)?(?![\p{L}])`],
  },
  {
    // Session 30 (agdev): a known illness named as the cause of a collapse or fit, the everyday non-chemical cause of a lay account
    // (knowledge/agents.yaml ordinary_accident): epilepsy (an epileptic fit, «эпилептический приступ», «نوبة صرع»), a diabetic's low
    // blood sugar («упал сахар», «هبط السكر»). Not a likeness or a first suspicion ('jerking like an epileptic', 'doctors first
    // thought it was epilepsy', «как при эпилепсии», «كأنه صرع»: sarin's convulsions are likened to a fit), nor مصرع (a death).
    // Judgment of reading
    feature: 'ordinary_accident',
    requires: { en: 'epilep|diabet|hypoglyc|blood sugar', ru: 'эпилеп|диабет|гипоглик|сахар', ar: 'صرع|سكري|السكر' },
    // (review s30) nor a treatment or a history of it ('a drug used to treat epilepsy', 'a history of epilepsy'): no cause of this collapse
    en: [String.raw`(?<!(?:like|as\s+if|as\s+though|as\s+in|mistaken\s+for|mistook|taken\s+for|thought|suspected|initially|first|misdiagnos\p{L}*|looked\s+like|resembl\p{L}*|similar\s+to|not|no|never|ruled\s+out|rather\s+than|instead\s+of|treat\p{L}*|drugs?\s+for|medications?\s+for|medicines?\s+for|used\s+(?:for|against|in)|history\s+of|against)\s+(?:[\p{L}']+\s+){0,3})(?:epilep\p{L}*|diabetic\s+(?:coma|hypo\p{L}*|attack)|hypoglyc(?:a)?emi\p{L}*|(?:low|dropped|crashed)\s+(?:his\s+|her\s+|their\s+)?blood\s+sugar|blood\s+sugar\s+(?:dropped|crashed|fell|was\s+low|went\s+low))(?![\p{L}])`],
    ru: [String.raw`(?<!(?:как|словно|будто|похож\p{L}*|приняли\s+за|думал\p{L}*|подозревал\p{L}*|сначала|не|ни)\s+(?:\p{L}+\s+){0,3})(?:эпилепси\p{L}*|эпилептическ\p{L}*\s+(?:приступ|припад)\p{L}*|эпилептик\p{L}*|гипогликеми\p{L}*|(?:упал|упало|рухнул)\s+сахар|сахар\s+(?:упал|рухнул|был\s+низк\p{L}*))(?![\p{L}])`],
    ar: [String.raw`(?<!(?:متل|مثل|زي|كان|كانه|كانها|شبه|يشبه|ظن\p{L}*|اعتقد\p{L}*|حسب\p{L}*|بالاول|بالبداية|مش|مو|ما|لا|ليس)\s+(?:\p{L}+\s+){0,3})(?:(?:نوب\p{L}*|حال\p{L}*|مرض)\s+(?:ال)?صرع|صرع|(?:هبوط|نزول|انخفاض)\s+(?:في\s+)?(?:ال)?سكر(?:ي)?|(?:ال)?سكر\s+(?:هبط|نزل|وطي)\p{L}*)(?![\p{L}])`],
  },
  {
    // Session 32 (agnonmed): a known non-chemical illness named as the cause (knowledge/agents.yaml named_medical_cause): a heart attack or
    // a stroke («инфаркт», «инсульт», «نوبة قلبية», «جلطة», «سكتة دماغية»), a panic attack («паническая атака», «نوبة هلع»), an allergic
    // reaction or anaphylaxis, hay fever, a hypertensive crisis («гипертонический криз»); asthma and blood pressure only as the stated
    // explanation (diagnosed, turned out to be, due to, died of, just his blood pressure; «оказалось», «из-за»; «تبين», «بسبب», «مجرد»): an
    // asthmatic made worse by an irritant gas is told of sulfur dioxide and chlorine, and a fall in blood pressure is a sign of poisoning
    // (development look: an Arabic phosphide poisoning's 'هبوط في الضغط'). Not a likeness, a first suspicion, a denial, a treatment or a history ('like a
    // heart attack', 'doctors first thought it was asthma', «как при инфаркте», «كأنها نوبة قلبية»); told in the sentence of a gas, a
    // smell or a chemical it is that chemical's consequence (feature-extraction.ts medicalCauseAttributed). Judgment of reading
    feature: 'named_medical_cause',
    requires: { en: 'heart attack|stroke|panic attack|anaphyla|allergic|hay fever|blood pressure|hypertensive|asthma|infarct', ru: 'инфаркт|сердечн|инсульт|паническ|паник|анафилакт|аллерги|поллиноз|давлени|криз|астм', ar: 'قلبي|جلط|ذبح|سكت|هلع|ذعر|تحسس|ضغط|ربو' },
    en: [String.raw`(?<!(?:like|as\s+if|as\s+though|mistaken\s+for|mistook|taken\s+for|thought|suspected|suspicion\s+of|initially|first|misdiagnos\p{L}*|looked\s+like|resembl\p{L}*|similar\s+to|mimic\p{L}*|not|no|never|ruled\s+out|rather\s+than|instead\s+of|treat\p{L}*|drugs?\s+for|medications?\s+for|medicines?\s+for|history\s+of|risk\s+of|against|feared|fear\s+of)\s+(?:[\p{L}']+\s+){0,3})(?:heart\s+attacks?|(?:myocardial|cardiac)\s+infarct\p{L}*|(?:had|suffered|suffering|died\s+of|died\s+from|from)\s+(?:a\s+)?(?:minor\s+|major\s+|massive\s+|mild\s+)?stroke|panic\s+attacks?|anaphyla\p{L}*|allergic\s+reactions?|hay\s+fever|hypertensive\s+crisis|(?:just|only|simply)\s+(?:his|her|their|my)\s+blood\s+pressure|(?:diagnos\p{L}*\s+(?:with\s+|as\s+)?|turned\s+out\s+to\s+be\s+|(?:was|were)\s+(?:just|only|simply|merely)\s+|(?:due|owing)\s+to\s+|because\s+of\s+|caused\s+by\s+|died\s+(?:of|from)\s+|blamed\s+on\s+|attributed\s+to\s+|put\s+down\s+to\s+|it\s+was\s+)(?:an?\s+|his\s+|her\s+|their\s+|my\s+)?(?:(?:severe|acute|bad|sudden)\s+)?(?:asthma(?:tic)?\s+attacks?|attacks?\s+of\s+asthma|asthma))(?![\p{L}])`],
    ru: [String.raw`(?<!(?:как|словно|будто|похож\p{L}*|приняли\s+за|думал\p{L}*|подозревал\p{L}*|подозрени\p{L}*|сначала|не|ни|риск\p{L}*|лечени\p{L}*|лекарств\p{L}*\s+от|боял\p{L}*)\s+(?:\p{L}+\s+){0,3})(?:инфаркт\p{L}*|сердечн\p{L}*\s+приступ\p{L}*|инсульт\p{L}*|паническ\p{L}*\s+атак\p{L}*|приступ\p{L}*\s+паники|анафилакт\p{L}*|аллергическ\p{L}*\s+реакци\p{L}*|поллиноз\p{L}*|гипертоническ\p{L}*\s+криз\p{L}*|(?:оказал\p{L}*|диагноз\p{L}*|диагностировал\p{L}*|из-за|причин\p{L}*|всего\s+лишь|просто|умер\p{L}*\s+от|скончал\p{L}*\s+от)[\s,:\u2014-]+(?:\p{L}+\s+){0,2}?(?:астм\p{L}*|астматическ\p{L}*\s+приступ\p{L}*|приступ\p{L}*\s+астм\p{L}*|давлени\p{L}*|(?:скач\p{L}*|подъём\p{L}*|подъем\p{L}*|падени\p{L}*)\s+давлени\p{L}*))(?![\p{L}])`],
    ar: [String.raw`(?<!(?:متل|مثل|زي|كانه|كانها|شبه|يشبه|تشبه|ظن\p{L}*|اعتقد\p{L}*|حسب\p{L}*|اشتبه\p{L}*|بالاول|بالبداية|مش|مو|ليس|وليس|لا|علاج|خطر)\s+(?:\p{L}+\s+){0,3})(?:(?:[وبل]|ل)?(?:ال)?(?:نوب\p{L}*|ازم\p{L}*)\s+(?:ال)?(?:قلبي\p{L}*|هلع|ذعر)|(?:[وبل])?(?:ال)?جلط\p{L}*|(?:[وبل])?(?:ال)?ذبح\p{L}*\s+(?:ال)?صدري\p{L}*|(?:[وبل])?(?:ال)?سكت\p{L}*\s+(?:ال)?دماغي\p{L}*|(?:[وبل])?(?:ال)?صدم\p{L}*\s+(?:ال)?تحسسي\p{L}*|رد\s+فعل\s+تحسسي\p{L}*|(?:تبين|اتضح|تشخيص\p{L}*|شخص\p{L}*|بسبب|نتيجه|نتيجة|جراء|اثر|سببه|سببها|مجرد|توفي\p{L}*|توفت)[\s,:\u060C-]+(?:\p{L}+\s+){0,2}?(?:[وبل]?(?:ال)?ربو|(?:نوب\p{L}*|ازم\p{L}*)\s+(?:ال)?ربو|(?:(?:ارتفاع|هبوط|انخفاض)\s+(?:في\s+|ب)?)?(?:ال)?ضغط(?:\s+(?:ال)?دم)?))(?![\p{L}])`],
  },
  {
    // Session 30 (agdev): the weight on the chest told as an image, a comparison then, within a few words of its clause, something on
    // the chest ('like an elephant was sitting on my chest', 'as if someone stood on his chest', «как будто на грудь положили плиту»,
    // «словно кто-то сел на грудь», «كأن في حجر على صدري», «كأن حدا قاعد على صدري»): the lay image of the term file's 'weight on chest',
    // 'ثقل على صدري' (HPO Chest pressure, HP:0033772, under Chest pain). Judgment of reading
    feature: 'chest_tightness',
    requires: { en: 'chest', ru: 'груд', ar: 'صدر' },
    en: [String.raw`(?:like|as\s+if|as\s+though)\s+(?:(?!(?:not|no|never|and|but)\s)[\p{L}']+\s+){0,4}?(?:sitting|sat|standing|stood|pressing|pressed|kneeling|knelt|lying|lay|weighing|parked|crushing|squeezing|stamping)\s+(?:down\s+)?(?:on|upon)\s+(?:my|his|her|their|our|your|the)\s+chests?(?![\p{L}])`],
    ru: [String.raw`(?:как\s+будто|будто|словно|точно|как\s+бы)\s+(?:(?!(?:не|но|и)\s)\p{L}+[\s-]+){0,4}?(?:на\s+(?:мою\s+|его\s+|её\s+|ее\s+)?(?:грудь|груди))(?![\p{L}])`],
    // (كأن folds to كان, 'was': a weight word is needed between, so 'كان ابني نايم على صدري', my son slept on my chest, is none)
    ar: [String.raw`(?:كان|كانه|كانها|كانو|متل|مثل|زي)\s+(?:(?!(?:ما|مش|مو|لا|بس|لكن)\s)\p{L}+\s+){0,2}?(?:حجر|حجره|حجرة|صخر\p{L}*|ثقل|جبل|طن|حديد\p{L}*|بلوك\p{L}*|شي\s+(?:تقيل|ثقيل)|حدا|حد|واحد|فيل|كيس|بلاطة|بلاطه)\s+(?:(?!(?:ما|مش|مو|لا|بس|لكن)\s)\p{L}+\s+){0,2}?(?:على|ع)\s*(?:صدر\p{L}*|الصدر)(?![\p{L}])`],
  },
  {
    // Session 30 (agdev): blisters told as bubbles or sacs filled with a liquid, with words between ('big bubbles of skin filled with
    // yellow liquid'); RU водянки / водяные пузыри; AR the spoken نفّاطة / نفاطات (Levantine and Iraqi 'blister') and the skin that
    // blistered (تنفّط, الجلد نفّط; not نفط alone, oil). HPO Blister (HP:0008066) lay synonyms; judgment of reading
    feature: 'delayed_blisters',
    requires: { en: 'bubble|sac|bag', ru: 'водян', ar: 'نفاط|نفط' },
    en: [String.raw`(?:bubbles?|sacs?|bags?|pockets?)\s+(?:(?!(?:not|no|and|but)\s)[\p{L}']+\s+){0,3}?(?:filled|full)\s+(?:up\s+)?(?:with|of)\s+(?:(?:a|some|yellow\p{L}*|clear|cloudy|watery|thick|straw-coloured|straw-colored)\s+){0,2}(?:liquid|fluid|water|pus|juice|serum)(?![\p{L}])`],
    ru: [String.raw`водянк~`, String.raw`водян~\s+пузыр~`, String.raw`водянист~\s+(?:пузыр~|волдыр~)`],
    ar: [String.raw`(?:نفاطات|نفاطه|نفاطة|نفافيط)`, String.raw`تنفط\p{L}*`, String.raw`(?:(?:ال)?جلد\p{L}*)\s+(?:صار\s+)?(?:نفط|منفط)(?![\p{L}])`],
  },
  {
    // Session 30 (agdev): breathing told normal denies breathlessness, eyes told fine deny the irritated eye (normal-signs.ts), EN/RU/AR
    feature: 'dyspnoea',
    absent: true,
    selfNegating: true,
    requires: { en: 'breath', ru: 'дыш|дыхан', ar: 'نفس' },
    en: BREATHING_NORMAL.en,
    ru: BREATHING_NORMAL.ru,
    ar: BREATHING_NORMAL.ar,
  },
  {
    feature: 'burning_eyes',
    absent: true,
    selfNegating: true,
    requires: { en: 'eyes', ru: 'глаз', ar: 'عين|عيون' },
    en: EYES_NORMAL.en,
    ru: EYES_NORMAL.ru,
    ar: EYES_NORMAL.ar,
  },
  {
    // Session 30 (agdev): the pupils' size told as a predicate with words between (pupil-size.ts), both poles, EN/RU/AR
    feature: 'miosis',
    requires: { en: 'pupil|black', ru: 'зрач', ar: 'حدق|بؤب|نني|ني ني|سواد' },
    en: PUPIL_SMALL_PRED.en,
    ru: PUPIL_SMALL_PRED.ru,
    ar: PUPIL_SMALL_PRED.ar,
  },
  {
    feature: 'mydriasis',
    requires: { en: 'pupil', ru: 'зрач', ar: 'حدق|بؤب|نني|ني ني|سواد' },
    en: PUPIL_BIG_PRED.en,
    ru: PUPIL_BIG_PRED.ru,
    ar: PUPIL_BIG_PRED.ar,
  },
  {
    // (session 30, agdev) large pupils deny the small ones, as the term file's 'pupils dilated' does
    feature: 'miosis',
    absent: true,
    requires: { en: 'pupil', ru: 'зрач', ar: 'حدق|بؤب|نني|ني ني|سواد' },
    en: PUPIL_BIG_PRED.en,
    ru: PUPIL_BIG_PRED.ru,
    ar: PUPIL_BIG_PRED.ar,
  },
  {
    // Session 19 (agparen): big pupils told by a lay witness (PUPILS_BIG_EN); the clinical words are knowledge/agent-terms.yaml's
    feature: 'mydriasis',
    requires: { en: 'pupil' },
    en: [PUPILS_BIG_EN],
  },
  {
    feature: 'miosis',
    requires: { en: 'mios|myos|miot|pupil|pinpoint|pins|pinhead|pinprick', ru: 'миоз|зрач', ar: 'حدق|بؤب' },
    en: [
      // (session 16, agpara) the eyes (Scots een) or pupils that were or went (like) pins, pinpricks or pinheads: the lay
      // image of miosis with a copula ('his eyes were wee pins', 'her pupils went like pinpricks'; judgment of reading)
      String.raw`(?:eyes|een|pupils?)\s+(?:were|was|had\s+gone|went|turned|became|looked|like)\s+(?:like\s+)?(?:(?:wee|little|tiny|small|two)\s+)?(?:pins?|pinpricks?|pinheads?|pin[- ]?points?|pin\s+heads?)(?![a-z])`,
      'mios[ie]s',
      'myosis',
      'pin[- ]?point(?:ed)? pupils?',
      '(?:constricted|contracted|small|tiny|narrow(?:ed)?|pinpoint) pupils?',
      String.raw`pupils?(?:\s*:\s*|\s+)(?:were\s+|was\s+|are\s+|became\s+)?(?:constricted|contracted|pinpoint|tiny|very small|small|narrow(?:ed)?)`,
      'pupillary constriction',
      // session 21 (aginc): the clinical adjective (pupils were miotic, miotic pupils, the casualties were miotic) and 'equal and
      // pinpoint / constricted' (the examination's pair, of which only 'equal and reactive' denies); judgment of reading
      String.raw`(?<![\p{L}])(?<!(?:^|\s)an?\s)miotic(?![\p{L}])(?!\s+(?:drugs?|agents?|eye\s*drops|drops|therapy|used))`,
      String.raw`pupils?\s+(?:were\s+|was\s+|are\s+)?equal,?\s+(?:and\s+)?(?:constricted|contracted|pinpoint|tiny|small)`,
      ...PUPIL_SIZE.en(PUPIL_SMALL),
    ],
    ru: ['миоз~', String.raw`сужени~\s+зрачк~`, String.raw`суженн?~\s+зрачк~`, String.raw`точечн~\s+зрачк~`, String.raw`зрачк~(?:\s*:\s*|\s+)(?:были\s+)?(?:сужен~|узки~|точечн~)`, PUPIL_SIZE.ru(PUPIL_SMALL)],
    ar: [
      // (session 20, fixag2, review R20; moved from agru's gapped terms of 0d7557c) the pupil become, or like, a dot: بؤبؤ / حدقة, at
      // most one word (not a preposition), an optional copula or 'like' (صار / كان / متل / مثل / زي / ك), then نقطة; not النقطة
      // الطبية / نقطة التفتيش / الإسعاف / العسكرية (the medical point, the checkpoint: where a pupil was examined). Judgment of reading
      String.raw`(?:ال)?(?:بؤبؤ|حدق)\p{L}*\s+(?:(?!(?:في|عند|على|الى|إلى|من|بين|داخل|قرب|جنب)\s)\p{L}+\s+)?(?:(?:صار|صارت|صاروا|صارو|كان|كانت|كانوا|بقى|بقت|متل|مثل|زي|زيّ|قد)\s+)?(?:ك|كال)?(?:ال)?نقط(?:ة|ه|تين)(?![\p{L}])(?!\s+(?:ال)?(?:طبي|تفتيش|[اإ]سعاف|عسكري|حدودي|طب)\p{L}*)`,
      String.raw`(?:ضيق|تضيق|تضيّق|انقباض|تقلص)\s+(?:في\s+)?(?:ال)?(?:حدق|بؤب)~`,
      // "حدقة العين متقلصة" (the pupil of the eye constricted)
      String.raw`(?:حدق|بؤب)~(?:\s*:\s*|\s+)(?:(?:ال)?عيو?ن~\s+)?(?:متقلص~|متضيق~|ضيق~|صغير~|منقبض~|مقبوض~|دبوسي~|كالدبوس)`,
      PUPIL_SIZE.ar(PUPIL_SMALL),
    ],
  },
  {
    feature: 'miosis',
    requires: { en: 'mios|myos|pupil|pinpoint|perrl', ru: 'миоз|зрач', ar: 'حدق|بؤب' },
    absent: true,
    // session 21 (aginc): the examination's shorthand for normal pupils, 'equal and reactive (to light)', 'reacting normally to
    // light', PERRL / PERRLA; RU обычные, реагируют на свет; AR متفاعلة (مع الضوء). Equal alone is not read: miosis is equal too.
    // Judgment of reading (the clinical register of case reports)
    // (session 21, fixag1; review R15) reactivity is not size: miotic pupils of an organophosphate poisoning often still react to
    // light, so 'reactive', 'reacting (normally) to light' and «реагируют на свет» alone deny nothing; the examination's pair 'equal
    // and reactive' (متساوية ومتفاعلة) stays, and finalPass drops it where a small-pupil word or size is in its sentence
    en: [String.raw`pupils?(?:\s*:\s*|\s+)(?:were\s+|was\s+|are\s+)?(?:normal|normal[- ]sized|dilated|not constricted|equal,?\s+(?:round,?\s+)?and\s+(?:reactive|reacting))`, '(?:normal|dilated) pupils?', String.raw`(?<![\p{L}])perrla?(?![\p{L}])`, ...PUPIL_SIZE.en(PUPIL_LARGE), PUPILS_BIG_EN],
    ru: [String.raw`зрачк~(?:\s*:\s*|\s+)(?:были\s+)?(?:нормальн~|расширен~|обычн~)`, PUPIL_SIZE.ru(PUPIL_LARGE)],
    ar: [String.raw`(?:ال)?(?:حدق|بؤب)~(?:\s*:\s*|\s+)(?:(?:ال)?عيو?ن~\s+)?(?:ال)?(?:طبيعي~|متوسع~|واسع~|متساوي~\s+و(?:ال)?متفاعل~)`, PUPIL_SIZE.ar(PUPIL_LARGE)],
  },
  {
    // Session 20 (room fixag2, review R10; moved from agru's terms of 208fc9e): the eyes that run (عيونهم / العيون / عيوني تسيل, HPO
    // Epiphora), with at most two words between; not eyes that stream blood (تسيل دما / دم / دماء: a wound), nor عيون الماء / المي
    // (springs, the other sense of عيون). Judgment of reading
    feature: 'lacrimation',
    requires: { ar: 'تسيل|سالت|يسيل' },
    ar: [String.raw`(?<![\p{L}])[وف]?(?:ال)?عيو?ن\p{L}*\s+(?!(?:ال)?(?:ماء|مي|مياه|ميه|مية|الماي)(?![\p{L}]))(?:(?!${AR_WAW_BODY_PART})\p{L}+\s+){0,2}?(?:تسيل|سالت|يسيل|بتسيل)(?![\p{L}])(?!\s+(?:ب)?(?:ال)?(?:دم|دما|دماء|دمها|دمهم)(?![\p{L}]))`],
  },
  {
    feature: 'lacrimation',
    requires: { en: 'tear|water|stream|lacri|lachry', ru: 'слез|слёз', ar: 'دمع|دموع|تدميع|ذرف|دامع' },
    en: [
      'tearing',
      // (session 18, agpara) the sign as a nominalisation ("no watering of the eyes", "watering in his eyes"), as 'burning of the eyes'
      // reads for burning_eyes: the determiner's negation before it then denies it as it denies any noun phrase
      String.raw`(?:watering|streaming)\s+(?:of|in)\s+(?:${WHO}\s+)?eyes`,
      String.raw`tears\s+(?:streaming|running|rolling|ran|flowed|poured|came|in ${WHO} eyes)`,
      '(?:watery|watering|streaming|teary|tearful) eyes',
      // session 15 (agtox): the adjective as the predicate, with or without its verb ('his eyes were watery', 'Eyes watery.')
      String.raw`eyes\s+(?:were\s+|was\s+|got\s+|went\s+|became\s+)?(?:watering|watered|watery|teary|streaming|running|full of tears)`,
      // (session 19, agparen) with the aspect of a sign that would not end between ('my eyes wouldn't stop watering')
      String.raw`eyes\s+${ASPECT_EN}(?:watering|streaming|running|pouring|tearing)`,
      String.raw`(?:streamed|streaming|filled|welled up|flooded)\s+with\s+tears`,
      'lacrimation',
      'lachrymation',
    ],
    ru: ['слезотечени~', 'слезил~', String.raw`слёз[ыа]`, String.raw`слез(?:ы|ами)`],
    // (session 18, agpara) the spoken participle of the eyes (عيوني دامعة, عيونو مو دامعة: the spoken negation before it denies it)
    ar: ['دموع', 'تدمع~', 'دمع~', 'تدميع', 'ذرف', String.raw`(?<=(?:عيو?ن|عين)\p{L}*\s+(?:\p{L}+\s+)?)دامع~`],
  },
  {
    feature: 'burning_eyes',
    requires: { en: 'eye|conjunctiv', ru: 'глаз|конъюнкт', ar: 'عين|عيون|اعين' },
    en: [
      // smarting: stinging (session 8; dev: bogside-1969, donora-1948)
      // and coordinated adjectives after the first ("smarting, watering eyes", "red and swollen eyes")
      String.raw`(?:burning|stinging|smarting|itching|itchy|painful|sore|red|reddened|irritated|inflamed|bloodshot)(?:(?:\s*,|\s+and|\s+or)\s+\p{L}+){0,2} eyes`,
      String.raw`eyes?\s+(?:and\s+(?:\p{L}+\s+){1,2}|\p{L}+\s+and\s+)?(?:were\s+|was\s+|became\s+|started\s+|began\s+)?(?:burning|burned|burnt|stinging|stung|itching|hurting|hurt|red|reddened|irritated|inflamed|bloodshot|sore|to burn|to sting)`,
      // (session 19, agparen) the aspect of a sign that would not end ('my eyes won't stop burning', 'eyes kept on stinging')
      String.raw`eyes\s+${ASPECT_EN}(?:burning|stinging|itching|hurting|smarting)`,
      // (session 17, agpara) the eyes told first and taken up again by a pronoun, a filler between ("My eyes, hmm, they were burning",
      // "the eyes, man, they stung"): spoken English's left dislocation
      String.raw`eyes\s*[,\u2014-]\s*(?:(?:hmm+|um+|oh|ah|man|boy|like|well|honestly|i\s+tell\s+you|my\s+god|god)\s*[,\u2014-]?\s*)?(?:they|them)\s+(?:were\s+|was\s+|kept\s+|started\s+|began\s+|had\s+been\s+)?(?:burning|stinging|stung|smarting|on\s+fire)`,
      'eye (?:pain|irritation|inflammation|redness|burning|burns)',
      'conjunctivitis',
      // session 15 (agtox): 'a burning / stinging sensation in the eyes'
      `(?:burning|irritation|pain|redness|inflammation|stinging|smarting)(?: (?:sensation|feeling)s?)? (?:in|of) ${PARTS_BEFORE}eyes`,
      `${BURN_OF}eyes`,
      // session 8: rubbing the eyes, what the irritated do (dev: langata-2015, hildesheim-2008, dev-v10b
      // toulouse-montpellier 'يفركون أعينهم')
      String.raw`rub(?:bing|bed|s)?\s+(?:${WHO}\s+)?eyes`,
    ],
    ru: [
      String.raw`(?:жжени~|резь|рези|боль|покраснени~|раздражени~|воспалени~)\s+(?:в\s+)?глаз~`,
      String.raw`глаза\s+(?:горели|жгло|резало|покраснели|болели|жгли)`,
      // session 8: the verbs of burning (жечь, печь, щипать, разъедать) in any form, before or after the eyes ("начал жечь
      // глаза", "у них пекли глаза", "глаза пекло"; dev: bishkek-2020, dnipro-school-13)
      String.raw`(?:жж[её]т|жгл[оаи]|жгут|жечь|жечь|ж[её]г|печ[её]т|пекл[оаи]|пекут|печь|щипал[оаи]|щиплет|щиплют|щипать|разъедал[оаи]|разъеда[ею]т|разъедать)\s+(?:(?!(?:не|ни)\s)\p{L}+\s+)?глаз(?:а|ам|ами|ах)?(?![\p{L}])`,
      // (session 18, agpara) the word between is no negation: 'Глаза не жгло' read the negation as the filler and the burning as told
      String.raw`глаз(?:а|ам|ами|ах)?\s+(?:(?!(?:не|ни)\s)\p{L}+\s+)?(?:жж[её]т|жгл[оаи]|жгут|печ[её]т|пекл[оаи]|пекут|щипал[оаи]|щиплет|щиплют|разъедал[оаи]|разъеда[ею]т)(?![\p{L}])`,
      'конъюнктивит~',
      String.raw`(?:т[её]р~|тереть|потир~)\s+(?:себе\s+)?глаз(?:а|ами)?(?![\p{L}])`,
    ],
    ar: [
      // (session 16, agpara) the part with the preposition ب written onto it ('حرقة بعيوني', 'بحرقة بعيونا'), and the part first
      // ('بعيونه حرقة', 'بعيوني وجع'): spoken Arabic locatives; judgment of reading
      String.raw`(?:حرقة|حرقان|احمرار|التهاب|حكة|ألم|الم|آلام|الام|تهيج|تهيّج|حرق)\s+${AR_INTENSE}(?:في\s+|ب)?${AR_PARTS_BEFORE}(?:ال)?(?:عي(?:ن|ون)|اعين)~`,
      String.raw`(?:ب|في\s+)(?:ال)?(?:عي(?:ن|ون)|اعين)~\s+(?:(?:في|فيها|فيهم|فيهن)\s+)?(?:حرقة|حرقان|حكة|التهاب|وجع)(?![\p{L}])`,
      String.raw`(?:ال)?عيون\s+(?:ال)?(?:محمرة|ملتهبة|حمراء)`,
      String.raw`(?:يفرك|تفرك|يفركون|فرك|فركوا|نفرك)~?\s+(?:ال)?(?:اعين|عيون|عين)~`,
    ],
  },
  {
    feature: 'blepharospasm',
    requires: { en: 'bleph|eye', ru: 'блефар|глаз', ar: 'عين|عيون|جفون' },
    en: [
      'blepharospasm',
      String.raw`eyes?\s+(?:were\s+|was\s+)?(?:forced|clamped|squeezed|swollen|screwed) shut`,
      String.raw`(?:could(?:n't| not)|unable to|can't|cannot)\s+(?:open|keep open)\s+(?:${WHO}\s+)?eyes`,
      'eyelid spasms?',
    ],
    ru: ['блефароспазм~', String.raw`не\s+(?:мог~|могл~)\s+открыть\s+глаза`],
    ar: [String.raw`(?:عدم القدرة على|لا يستطيع~?|لم يستطع~|صعوبة في)\s+فتح\s+(?:ال)?عي~`, String.raw`تشنج\s+(?:ال)?جفون`],
  },
  {
    feature: 'blurred_vision',
    requires: { en: 'vision|blind|see|visual', ru: 'зрени|слеп', ar: 'رؤية|نظر|بصر' },
    en: [
      '(?:blurred|blurry|dim|dimmed|dark|impaired|hazy|double) vision',
      'blurring of vision',
      String.raw`vision\s+(?:was\s+|became\s+|went\s+)?(?:blurred|blurry|dim|dimmed|darkened|impaired|hazy)`,
      '(?:temporary |temporarily )?blind(?:ness|ed)?',
      String.raw`(?:could(?:n't| not)|unable to|can't|cannot)\s+see(?!\s+(?:any|a|the|anything|where|what|who|how))`,
      'visual disturbances?',
    ],
    ru: [String.raw`(?:помутнени~|нечётк~|нечетк~|затуманивани~|ухудшени~|нарушени~|расплывчат~)\s+зрени~`, 'слепот~', 'ослеп(?!ительн)~'],
    ar: [String.raw`(?:تشوش|تشوّش|زغللة|ضبابية|غشاوة|ضعف|اضطراب)\s+(?:في\s+)?(?:ال)?(?:رؤية|نظر|بصر)`],
  },
  {
    feature: 'cough',
    requires: { en: 'cough', ru: 'каш', ar: 'سع|كحة' },
    en: ['cough(?:s|ed|ing)?'],
    ru: ['кашл~', 'кашел~'],
    ar: ['سعال', 'كحة', 'يسعل~', 'سعل'],
  },
  {
    feature: 'dyspnoea',
    requires: { en: 'breath|dyspn|suffoc|asphyx|gasp|respirat|chok', ru: 'удуш|одыш|задыха|дыша|дыхан|асфикс', ar: 'ختن|خانق|نفس' },
    en: [
      'short(?:ness)? of breath',
      'breathless(?:ness)?',
      '(?:difficulty|difficulties|trouble|problems?|pain|struggl(?:e|ed|ing)) (?:in |with )?breathing',
      'breathing (?:difficult(?:y|ies)|problems?|trouble)',
      '(?:laboured|labored|rapid|shallow|heavy) breathing',
      'hard to breathe',
      'dyspn?o?ea',
      'suffocat(?:e|ed|es|ing|ion)',
      'asphyxia(?:tion|ted)?',
      String.raw`(?:(?:no one|nobody)\s+)?(?:could(?:n't| not)|unable to|can't|cannot|struggl(?:ed|ing) to)\s+breathe`,
      'gasping(?: for (?:air|breath))?',
      'respiratory (?:distress|difficult(?:y|ies)|problems?|symptoms|failure|insufficiency)',
      'choking',
      // session 8: the past tense as the verb of the casualties ("the men choked and coughed", "were choked by smoke"),
      // not the phrasal verbs (dev: hill-60-1915, wurzburg-1945; "protesters had choked off traffic")
      String.raw`choked(?!\s+(?:off|back|down|out|up|with\s+(?:emotion|tears))(?![\p{L}]))`,
    ],
    ru: [
      'удушь~',
      'удушени~',
      'одышк~',
      'задыха~',
      String.raw`затрудн~\s+дыхани~`,
      String.raw`не\s+(?:мог~|могл~|может)\s+дышать`,
      String.raw`трудно\s+дышать`,
      String.raw`проблем~\s+с\s+дыхани~`,
      'асфикси~',
    ],
    ar: [
      'اختناق',
      'خانق~',
      'مختنق~',
      String.raw`ضيق\s+(?:في\s+)?(?:ال)?(?:تنفس|نفس)`,
      String.raw`صعوبة\s+(?:في\s+)?(?:ال)?تنفس`,
      // session 8: breathing problems and respiratory failure (dev: tebourba-2018 'مشكلات في التنفس', riyadh-2018 'فشل
      // الجهاز التنفسي')
      String.raw`(?:مشاكل|مشكلات|مشكلة)\s+(?:في\s+)?(?:ال)?تنفس~`,
      String.raw`(?:فشل|قصور)\s+(?:في\s+)?(?:ال)?(?:جهاز\s+(?:ال)?تنفسي|تنفسي)`,
      String.raw`(?:لا يستطيع~?|لم يستطع~)\s+(?:ال)?تنفس`,
    ],
  },
  {
    feature: 'chest_tightness',
    requires: { en: 'chest|thorac', ru: 'груд', ar: 'صدر' },
    en: [
      '(?:chest|thoracic) (?:tightness|pain|pressure|constriction)',
      // the feature's own nouns (pain, pressure, heaviness) in the prepositional form, as tightness (session 8: "pains in our
      // chests", dev: bashir-2016; "tightness in the chest", bogside, salinas, sidell)
      `(?:tight(?:ness)?|pains?|pressure|heaviness) (?:in|of|on) (?:${WHO} )?chests?`,
      // (session 15, fixtx) a burning felt in the chest, the irritant's retrosternal pain ('a burning sensation in the chest and
      // throat'; judgment of reading: the same chest discomfort as the pain and pressure above)
      `burning(?: (?:sensation|feeling|pain)s?)? (?:in|of) (?:${WHO} )?chests?`,
      'tight chests?',
      String.raw`chests?\s+(?:felt|was|were)\s+tight`,
    ],
    ru: [String.raw`(?:стеснени~|сдавлени~|боль|боли|тяжесть)\s+в\s+груди`],
    ar: [String.raw`(?:ضيق|ألم|الم|آلام|الام|ضغط)\s+(?:في\s+)?(?:ال)?(?:صدر|صدور)`],
  },
  {
    feature: 'throat_burning',
    requires: { en: 'throat|nose|nostril|nasal|airway|lung|respiratory', ru: 'горл|нос|перш', ar: 'حلق|حنجرة|انف' },
    en: [
      // an adjective may qualify a list ending in the throat ("stinging eyes and throats", "burning eyes, throats and skin";
      // dev: lafayette-square-2020, robbinsville-2018), and burned/burnt is the adjective too (amshel-2000)
      String.raw`(?:burning|sore|irritated|scratchy|stinging|burned|burnt) (?:(?:eyes|skin|faces?)(?:\s*,\s*|\s+and\s+))*(?:throats?|nose|noses|nostrils)`,
      String.raw`${BURN_OF}(?:throats?|(?:upper\s+)?airways?|noses?|lungs?|respiratory\s+tract)`,
      String.raw`(?:throats?|noses?)\s+(?:was\s+|were\s+)?(?:burning|burned|burnt|irritated|sore|stinging)`,
      // session 15 (agtox): 'a burning sensation / feeling in the throat' (the noun after burning; judgment of reading)
      `(?:burning|irritation|stinging)(?: (?:sensation|feeling)s?)? (?:in|of) ${PARTS_BEFORE}(?:throats?|noses?)`,
      '(?:throat|nasal) irritation',
    ],
    // session 8, tried and left out: 'драть'/'саднить' with the throat ("горло драло", "драть в горле"; dev: minsk-2020,
    // cherkasy-gymnasium): a right reading, but with the session 8 calibration it turned cherkasy-gymnasium (riot-control)
    // into toxic-industrial, throat burning being ammonia's hallmark
    ru: [String.raw`(?:жжени~|першени~|раздражени~|боль)\s+(?:ни\s+)?в\s+${RU_PARTS_BEFORE}(?:горле|носу)`, 'першит'],
    ar: [String.raw`(?:حرقة|حرقان|التهاب|تهيج|ألم)\s+${AR_INTENSE}(?:في\s+)?${AR_PARTS_BEFORE}(?:ال)?(?:حلق|حنجرة|أنف|انف)`],
  },
  {
    feature: 'rhinorrhoea',
    requires: { en: 'nose|rhino|nasal|sneez', ru: 'насмор|чих|нос', ar: 'انف|عط' },
    en: ['(?:runny|running) noses?', 'rhinorrh?o?ea', 'nasal (?:discharge|secretions?)', 'sneez(?:e|es|ed|ing)', String.raw`noses?\s+(?:was\s+|were\s+)?running`, String.raw`noses?\s+${ASPECT_EN}(?:running|streaming|dripping)`],
    ru: ['насморк~', 'чихани~', 'чиха~', String.raw`выделени~\s+из\s+носа`],
    ar: [String.raw`سيلان\s+(?:ال)?(?:أنف|انف)`, 'عطاس', 'عطس'],
  },
  {
    feature: 'frothy_sputum',
    requires: { en: 'froth|foam|sputum|secretion', ru: 'пен', ar: 'زبد|رغو|رغاوي' },
    en: ['fro(?:th|thed|thing|thy)', 'foam(?:ing|ed|y)?', '(?:pink|bloody) (?:sputum|secretions)'],
    ru: [String.raw`пен~\s+(?:изо|из|у)\s+рта`, 'пенист~'],
    ar: ['زبد', 'رغوة', 'رغاوي'],
  },
  {
    feature: 'delayed_pulmonary_oedema',
    requires: { en: 'edema|oedema|lung|ards', ru: 'отёк|отек', ar: 'وذمة|رئ' },
    en: [
      'pulmonary o?edema',
      'lung o?edema',
      `fluid in (?:${WHO} )?lungs`,
      'acute lung injury',
      'ards',
      // session 11: the lay telling of the same sign, fluid gathering in the lungs and the lungs filling ("fluid building up in
      // the lungs", "water collecting in their lungs", "his lungs filled with fluid"): the verb may stand between the noun and
      // the lungs (a judgment of reading; CDC Facts About Phosgene: "fluid in the lungs (pulmonary edema)")
      String.raw`(?:fluid|water|liquid)\s+(?:(?:was|were|had|has|kept|slowly|started|began)\s+)?(?:building|built|collecting|collected|gathering|gathered|accumulating|accumulated|pooling|filling)(?:\s+up)?\s+(?:in|inside|into)\s+(?:${WHO}\s+)?lungs`,
      String.raw`lungs\s+(?:(?:had|have|were|was|slowly|started|began)\s+)?(?:filled|filling|fill|flooded|flooding)(?:\s+up)?\s+with\s+(?:fluid|water|liquid)`,
    ],
    ru: [String.raw`от[её]к~\s+л[её]гк~`],
    ar: [String.raw`وذمة\s+(?:ال)?رئ~`, String.raw`ماء\s+في\s+(?:ال)?رئ~`],
  },
  {
    feature: 'hypersalivation',
    requires: { en: 'saliv|drool|secretion|sialor', ru: 'слюн|гиперсал', ar: 'لعاب|افرازات' },
    en: [
      'hypersalivation',
      '(?:excessive|heavy|profuse|increased|excess) (?:salivation|saliva|secretions?)',
      'drool(?:ing|ed)?',
      'salivat(?:ing|ion)',
      'sialorrh?o?ea',
    ],
    ru: ['слюнотечени~', String.raw`(?:обильн~|повышенн~)\s+(?:слюн~|слюноотделени~)`, 'гиперсаливаци~'],
    ar: [String.raw`(?:زيادة|كثرة|سيلان|فرط)\s+(?:في\s+)?(?:ال)?لعاب`, '(?:ال)?[إا]فرازات'],
  },
  {
    feature: 'sweating',
    requires: { en: 'sweat|diaphor|perspir', ru: 'пот|вспот', ar: 'عرق' },
    en: ['sweat(?:ing|ed|s|y)?', 'diaphoresis', 'perspir(?:ation|ing)'],
    ru: ['потливост~', 'потоотделени~', String.raw`(?:обильн~|холодн~)\s+пот~`, 'вспотел~'],
    ar: ['تعرق', 'تعرّق', String.raw`عرق\s+غزير`],
  },
  {
    feature: 'fasciculations',
    requires: { en: 'fascic|twitch|tremor|spasm', ru: 'фасцик|дёрг|дерг|тремор', ar: 'ارتعاش|رجفان|عضلية' },
    // (session 23, agnone) not the earth's tremor ('an earth tremor', 'ground tremors': a quake or a blast felt), a thing's
    en: ['fasciculations?', 'muscle (?:twitching|twitches|spasms|tremors?)', 'twitch(?:ing|es|ed)', String.raw`(?<!(?:earth|ground|seismic)\s+)tremors?`],
    ru: ['фасцикуляци~', String.raw`под[её]ргивани~\s+мышц~`, 'тремор~'],
    ar: ['ارتعاش~', 'رجفان', String.raw`تشنجات\s+عضلية`],
  },
  {
    feature: 'convulsions',
    requires: { en: 'convuls|seizure|fit|jerk', ru: 'судорог|конвульс', ar: 'تشنج|اختلاج|صرع' },
    en: ['convuls(?:ions?|ing|ed|ive)', 'seizures?', String.raw`(?:had|having|suffered)\s+(?:a\s+)?fits?`, 'jerking'],
    ru: ['судорог~', 'конвульси~', 'судорож~'],
    // session 13 (agvoc): not تشنج قصبي / تشنج القصبات / تشنج الشعب الهوائية, bronchospasm in Arabic clinical usage (WHO EMRO
    // Unified Medical Dictionary), read as dyspnoea by the term file
    ar: [String.raw`تشنج~(?![\p{L}]*\s+(?:ال)?(?:قصب|شعب))`, 'اختلاج~', String.raw`نوب~\s+صرع~`],
  },
  {
    feature: 'loss_of_consciousness',
    requires: { en: 'conscious|faint|pass|collaps|coma|unrespons', ru: 'сознан|сознат|обморок|ком|отключ', ar: 'وعي|اغماء|غيبوبة|مغمي' },
    en: [
      '(?:lost|loss of|losing|lose) consciousness',
      'unconscious(?:ness)?',
      'faint(?:ed|ing)',
      'pass(?:ed|ing) out',
      'collaps(?:ed|ing) (?:on|to|in|onto|at|unconscious)',
      'coma(?:tose)?',
      'unresponsive',
    ],
    // session 8: 'лишился сознания' (was deprived of consciousness) and 'в бессознательном состоянии' (in an unconscious
    // state), the news register's forms beside потерял сознание (dev: kaluga-kadvi, mayory-village)
    ru: [String.raw`(?:потер~|потеря|лиши~|лишен~|лишён~)\s+сознани~`, String.raw`без\s+сознания`, 'бессознательн~', 'обморок~', 'кома', 'коме', String.raw`потерял~\s+сознание`,
      // 'отключился' (passed out) only with its reflexive ending: as a term its stem was also 'отключили' (they cut off the
      // gas supply; dev-v10b almetyevsk-2025) (session 8)
      String.raw`отключил(?:ся|ась|ись|ось)`],
    ar: [String.raw`(?:فقدان|فقد~|غياب)\s+(?:ال)?وعي`, 'إغماء', 'اغماء', String.raw`فاقد~\s+(?:ال)?وعي`, 'غيبوبة', 'مغمى'],
  },
  {
    feature: 'vomiting',
    requires: { en: 'vomit|threw up|throwing up|emesis', ru: 'рвот|рвал|стошн', ar: 'قي|استفراغ' },
    en: ['vomit(?:ing|ed|s)?', 'threw up', 'throwing up', 'emesis'],
    // (s15 agnone) not the reflexive рваться (to burst, tear, strive: "рвались снаряды", "рвался домой")
    ru: ['рвот~', String.raw`рвал(?!(?:ся|ась|ось|ись)(?![\p{L}]))~`, 'стошнил~'],
    ar: ['تقيؤ', 'تقيّؤ', 'قيء', 'قيئ', '[إا]قياء', 'استفراغ', 'يتقيأ', 'تقيأ'],
  },
  {
    feature: 'nausea',
    requires: { en: 'nause|sick', ru: 'тошн|подташн', ar: 'غثيان' },
    en: ['nause(?:a|ous|ated)', `sick to ${WHO} stomachs?`],
    ru: ['тошнот~', 'тошнил~', 'подташнива~'],
    ar: ['غثيان'],
  },
  {
    feature: 'headache',
    requires: { en: 'head', ru: 'голов', ar: 'صداع|راس' },
    en: ['head ?aches?', 'head pain'],
    ru: [String.raw`головн~\s+бол~`, String.raw`болит\s+голова`],
    ar: ['صداع', String.raw`ألم\s+في\s+(?:ال)?رأس`],
  },
  {
    feature: 'dizziness',
    requires: { en: 'dizz|headed|vertigo|giddi|faint', ru: 'головокруж|кружи', ar: 'دوخ|دوار' },
    // (session 23, agfix) feeling faint is presyncope, the sensation of an impending faint without the loss of consciousness (HPO
    // HP:0031972 Presyncope, obophenotype/human-phenotype-ontology at the commit hpo-terms.yaml names), told as dizziness: the
    // adjective after a verb of feeling or becoming ("felt faint", "went a bit faint"); not after was / were ("the smell was faint")
    en: ['dizz(?:y|iness)', 'light[- ]headed(?:ness)?', 'vertigo', 'giddi?(?:y|ness)', String.raw`(?:felt|feel|feels|feeling|went|go|goes|going|got|get|gets|getting|grew|became|become|becoming|turned)\s+(?:(?:very|so|quite|really|slightly|a\s+bit|a\s+little)\s+)?faint`],
    ru: ['головокружени~', String.raw`кружил~\s+голова`, String.raw`кружится\s+голова`],
    ar: ['دوخة', 'دوخان', String.raw`شعور\s+بال(?:دوار|دوخة)`],
  },
  {
    feature: 'skin_burning',
    requires: { en: 'skin|face|arm|hand|neck|leg|cheek', ru: 'кож|лиц|рук|ладон|ше|тел', ar: 'جلد|بشرة|وجه|وجوه|يد|ايد|أيد' },
    en: [
      '(?:burning|stinging|itching|itchy|irritated|reddened) (?:skin|faces?)',
      // (session 17, agpara) the bare skin of the arms, hands, neck, legs or cheeks as the subject of a felt sting or prickle ("my arms
      // stinging where I was sweating", "our hands were prickling"), as руки щипало already reads in Russian; not an itch (pruritus, another
      // sensation: "the skin on my arms itched" told of an acid spill read as riot-control), not "burned", "burnt"
      // (a burn to the hands is the injury) nor the -ing form before the noun ("burning hands")
      // (session 17, fixrev; review R7) not exertion or a limb gone to sleep ("legs on fire after running up the stairs", "prickling
      // with pins and needles after sleeping on them"): the sensation of effort or pressure, no irritant on the skin
      String.raw`(?:arms|forearms|hands|neck|necks|legs|cheeks)\s+(?:was\s+|were\s+|kept\s+|started\s+|began\s+)?(?:stinging|stung|prickling|prickled|smarting|smarted|on\s+fire)(?![\p{L}])(?![^.;!?]{0,60}?(?<![\p{L}])(?:pins\s+and\s+needles|numb|asleep|(?:after|from)\s+(?:(?:all\s+)?(?:the\s+)?(?:running|run|climbing|climb|walking|walk|exercise|exercising|exertion|work|workout|carrying|lifting|cold|sleeping\s+on|lying\s+on|sitting\s+on))(?![\p{L}])))`,
      String.raw`(?:skin|faces?)\s+(?:was\s+|were\s+)?(?:burning|burned|burnt|stinging|stung|irritated|prickled|prickling)`,
      // session 21 (aginc): redness, rash and itching of the skin are skin_rash_itching's (its label: HPO Erythema, Pruritus, Skin
      // rash), no longer read here too: mustard's early itching and redness (cdc-mustard) read as burning skin, whose mustard value is
      // uncommon; only burning, stinging, prickling and irritation are this feature's (judgment of reading)
      'skin irritation',
      // session 8: the skin at the end of a list qualified by one adjective ("burning eyes, throats and skin"; dev:
      // robbinsville-2018, lafayette-square-2020). Tried and left out: "skin and eye irritation" and "a burning sensation in
      // the throat" (right readings, but development fell by two: hasloh-2014 to riot-control, institute-wv-1985 to choking)
      String.raw`(?:burning|stinging|irritated) (?:(?:eyes|throats?|noses?)(?:\s*,\s*|\s+and\s+))+skin`,

      `(?:burning|stinging) (?:sensation )?(?:on|of) ${WHO} (?:skin|faces?)`,
      `irritation (?:on|of) ${PARTS_BEFORE}(?:skin|faces?)`,
    ],
    // (session 15, fixtx) the sensation felt on the face, hands, neck or body, as the English 'burning on their faces' (жжение / жгло /
    // пекло, the sensation nouns and verbs; ожог, the injury, stays burns): 'чувствовали жжение на лице', 'жгло руки'
    ru: [
      String.raw`(?:жжени~|раздражени~)\s+(?:на\s+)?кож~`,
      String.raw`кожа\s+(?:горела|жгло)`,
      String.raw`(?:жжени~|пощипывани~)\s+(?:на\s+|в\s+)?(?:лиц~|рук~|руках|ладон~|шее|теле|коже)`,
      String.raw`(?:жгло|пекло|щипало)\s+(?:лицо|руки|ладони|шею|кожу|тело)`,
    ],
    // (session 15, fixtx) with the preposition bi- ('شعروا بحرقة في وجوههم') and the plural faces, hands (حرقة/حرقان, the
    // sensation; حروق, the injury, stays burns)
    ar: [String.raw`ب?(?:حرقة|حرقان|تهيج)\s+${AR_INTENSE}(?:في\s+)?${AR_PARTS_BEFORE}(?:ال)?(?:جلد|بشرة|وجه|وجوه|ايدي|أيدي|يدي|ايد|إيد)~`],
  },
  {
    // Session 15 (agnone): bits in a wound or burn that smoke, glow or flare when the dressing comes off (white phosphorus
    // re-ignites in air: hrw-wp-2009), told without a fire word ("в ране кусочки, которые дымились и начинали светиться",
    // "جوّا الجرح حبيبات ... بترجع تدخّن وتضوي", "specks in the burn kept smoking"); a wound or burn word in the same
    // sentence, before or after (shell fragments smoking on a road are no such sign). Judgment of reading.
    feature: 'burning_particles',
    requires: { en: String.raw`smok|glow|smoulder|smolder|flar|spark|(?:burning|flaming|blazing|fiery|molten|red-hot)\s+(?:\p{L}+\s+)?(?:bits|pieces|particles|specks|fragments|flecks|lumps|balls|blobs|drops|droplets|chunks|embers|pellets|granules|globs)`, ru: 'дым|свет|тле|искр|вспых|раскал', ar: 'دخن|ضوي|توهج|تلمع|يلمع|تشتعل|تولع|ضيئ|مشتعل|مولع|والع' },
    en: [
      String.raw`(?<=(?:wound|burn|skin|flesh|thigh|leg|arm|hand|back)[^.!?;]{0,80})(?:bits|pieces|particles|specks|fragments|grains|flecks|crumbs|lumps)[\s,]+(?:[\p{L}']+[\s,]+){0,8}?(?:smok(?:ed|ing)|glow(?:ed|ing)|smoulder(?:ed|ing)|smolder(?:ed|ing)|flared|sparked|lit\s+up)`,
      String.raw`(?:bits|pieces|particles|specks|fragments|grains|flecks|crumbs|lumps)[\s,]+(?:[\p{L}']+[\s,]+){0,8}?(?:smok(?:ed|ing)|glow(?:ed|ing)|smoulder(?:ed|ing)|smolder(?:ed|ing)|flared|sparked|lit\s+up)(?=[^.!?;]{0,80}(?:wound|burn|skin|flesh|dressing|bandage))`,
      // (session 16, agpara) glowing or smouldering bits that fall, rain or pour from above (the burning elements an incendiary
      // munition scatters, hrw-incendiary-2020), the falling frame the burning words already have in the term list
      String.raw`(?:glowing|smou?ldering|smoldering|sparking)\s+(?:\p{L}+\s+)?(?:bits|pieces|particles|specks|fragments|flecks|lumps|balls|blobs|drops|chunks|embers|sparks)\s+(?:\p{L}+\s+){0,2}?(?:rain(?:ed|ing)|fell|falling|dropp(?:ed|ing)|came\s+down|coming\s+down|pour(?:ed|ing)|scatter(?:ed|ing)|landed|shower(?:ed|ing))`,
      // (session 19, agparen) the same burning elements with the verb first, the munition scattering, raining or showering them
      // ("each rocket scattered burning pellets", "it showered flaming bits over the roofs"), and burning, flaming or molten ones
      // falling (hrw-incendiary-2020: an incendiary munition scatters burning elements); not a burning house's falling pieces
      // (the verb of a munition's spreading, or the falling frame, with a particle word: 'burning debris fell' is no particle word)
      // (session 19, fixag1: review-s19 R10) not a fire's own embers nor a wind, a blaze or a burning building as the subject ('the wind
      // spread burning embers across the valley'): embers left the particle words here, and no fire or wind word in the three words before
      String.raw`(?<!(?:wind|winds|breeze|gusts?|gale|fire|fires|wildfire|bushfire|bonfire|campfire|blaze|flames|inferno|house|building|roof|forest)\s+(?:\p{L}+\s+){0,2})(?:scatter(?:ed|ing|s)?|shower(?:ed|ing|s)?|rain(?:ed|ing|s)?|spray(?:ed|ing|s)?|spew(?:ed|ing|s)?|threw|throwing|spread(?:ing|s)?)\s+(?:out\s+)?(?:(?:its|their|the|some|dozens\s+of|hundreds\s+of)\s+)?(?:glowing|smou?ldering|sparking|burning|flaming|blazing|fiery|molten|red-hot)\s+(?:\p{L}+\s+)?(?:bits|pieces|particles|specks|fragments|flecks|lumps|balls|blobs|drops|droplets|chunks|pellets|granules|globs)(?![\p{L}])`,
      String.raw`(?:burning|flaming|blazing|fiery|molten|red-hot)\s+(?:\p{L}+\s+)?(?:pellets|granules|blobs|droplets|globs)\s+(?:\p{L}+\s+){0,2}?(?:rain(?:ed|ing)|fell|falling|dropp(?:ed|ing)|came\s+down|coming\s+down|pour(?:ed|ing)|scatter(?:ed|ing)|landed|shower(?:ed|ing))`,
    ],
    ru: [
      String.raw`(?<=(?:ран|ожог|кож|тел|бедр|ног|рук|спин)[а-яё]*[^.!?;]{0,80})(?:кусоч|частиц|крупин|крупинк|осколоч|гранул|комоч)~[\s,]+(?:[а-яё]+[\s,]+){0,4}?(?:дымил|дымят|дымят|светил|светят|тлел|тлеют|искрил|вспыхив|загорал)~`,
      String.raw`(?:кусоч|частиц|крупин|крупинк|осколоч|гранул|комоч)~[\s,]+(?:[а-яё]+[\s,]+){0,4}?(?:дымил|дымят|светил|светят|тлел|тлеют|искрил|вспыхив|загорал)~(?=[^.!?;]{0,80}(?:ран|ожог|кож|повязк|бинт))`,
      String.raw`(?:светящ|тлеющ|раскал[её]нн|искрящ)~\s+(?:кусоч|кусок|куск|частиц|крупин|шарик|капл|комоч|оскол)~\s+(?:[а-яё]+\s+)?(?:сыпал|падал|летел|сыпят|сыплют|падают|летят|посыпал|капал|дождём|дождем)~`,
    ],
    ar: [
      String.raw`(?<=(?:جرح|جروح|حرق|حروق|جلد|لحم|فخد|فخذ|رجل|ايد|يد|ظهر)[\u0621-\u064a]*[^.!?؟;]{0,80})(?:حبيبات|حبات|قطع|جزيئات|ذرات|كتل|شظايا|فتافيت|فتات|فتفوتات)\s+(?:[\u0621-\u064a]+\s+){0,6}?(?:ترجع\s+|بترجع\s+|رجعت\s+|عادت\s+|تعود\s+)?(?:تدخن|بتدخن|دخنت|تضوي|بتضوي|ضوت|تتوهج|توهجت|تلمع|بتلمع|تشتعل|بتشتعل|تولع|بتولع)`,
      // (session 17, agpara) فتافيت / فتات (crumbs, the spoken word for bits) join the particle words above
      // (session 16, agpara) bits that glow or burn falling from above ('حبات عم تضوي نازلة عالسطوح', 'قطع مشتعلة تتساقط')
      String.raw`(?:حبيبات|حبات|قطع|كرات|جزيئات|شظايا|جمرات|نقاط)\s+(?:[\u0621-\u064a]+\s+)?(?:عم\s+)?(?:تضوي|بتضوي|ضاوية|مضيئة|مضيئه|متوهجة|مشتعلة|مولعة|والعة|تلمع|بتلمع|تتوهج)\s+(?:عم\s+)?(?:نازلة|نازله|تنزل|بتنزل|تتساقط|سقطت|نزلت|تسقط|بتسقط|تتطاير)`,
    ],
  },
  {
    // Session 28 (agdev): fire or sparks that fell from the sky, told verb first with the source between ('نزلت من السما شرارات نار',
    // 'came down from the sky, sparks of fire', 'с неба посыпались искры', 'посыпались с неба огненные искры') or the sparks first
    // ('sparks rained down from the sky', 'شرارات نار نزلت من السما'): the term list's falling fire ('نزلت نار', 'نار من السما') with
    // the verb and the noun too far apart for the term matcher's gap. The source must be the sky or the air (a burning roof drops
    // sparks too); the burning elements an incendiary munition scatters (hrw-incendiary-2020, hrw-wp-2009). Word order of Arabic
    // (verb-subject with a fronted prepositional phrase) and Russian (free order); judgment of reading
    feature: 'burning_particles',
    requires: { en: 'spark|fire|flame|ember', ru: 'искр|огн|огон|плам', ar: 'شرار|نار|نيران|لهب|لهيب|جمر' },
    en: [
      String.raw`(?:sparks|embers|fire|flames)\s+(?:\p{L}+\s+)?(?:rained|raining|fell|falling|came|coming|poured|pouring|dropped|dropping|showered|showering)\s+(?:down\s+)?from\s+the\s+(?:sky|air|heavens)`,
      String.raw`(?:rained|fell|came|poured|dropped|showered)\s+(?:down\s+)?from\s+the\s+(?:sky|air|heavens)[\s,]+(?:\p{L}+\s+){0,2}?(?:sparks|embers|fire|flames)(?![\p{L}])`,
    ],
    ru: [
      String.raw`(?:с|из)\s+неба\s+(?:\p{L}+\s+)?(?:сыпал|посыпал|падал|упал|летел|полетел|лил|полил|валил|капал)~\s+(?:\p{L}+\s+)?(?:искр|огн|огон|плам)~`,
      String.raw`(?:сыпал|посыпал|падал|упал|летел|полетел|лил|полил|валил|капал)~\s+(?:с|из)\s+неба\s+(?:\p{L}+\s+)?(?:искр|огн|огон|плам)~`,
      String.raw`(?:искр|огн|огон|плам)~\s+(?:\p{L}+\s+)?(?:сыпал|посыпал|падал|летел|полетел|лил|валил|капал)~\s+(?:с|из)\s+неба`,
    ],
    ar: [
      String.raw`(?:نزل|نزلت|نزلوا|نزلو|طاح|طاحت|تساقط|تساقطت|هطل|هطلت|وقع|وقعت|انهمر|انهمرت|امطرت)\s+(?:علينا\s+|علي\p{L}*\s+)?من\s+(?:ال)?(?:سما|سماء|جو|هوا|هواء)\s+(?:\p{L}+\s+)?(?:شرار\p{L}*|نار|نيران|لهب|لهيب|جمر)(?![\p{L}])`,
      String.raw`(?:شرار\p{L}*|نار|نيران|لهب|لهيب|جمر)\s+(?:\p{L}+\s+)?(?:نزل|نزلت|نزلوا|طاح|طاحت|تساقط|تساقطت|هطل|هطلت|وقع|وقعت|انهمر|انهمرت|نازل|نازلة)\s+(?:علينا\s+)?من\s+(?:ال)?(?:سما|سماء|جو|هوا|هواء)(?![\p{L}])`,
    ],
  },
  {
    // Session 22 (room aginc): the wound or burn itself still smoking or smouldering, as a medic's or a hospital's report tells it
    // with no particle word ("the burns were still smoking when the children arrived", "wounds kept smouldering", "smouldering wounds",
    // "раны продолжали дымиться", "الحروق ما زالت تدخن"): white phosphorus goes on burning in the flesh until deprived of air
    // (hrw-wp-2009, nrc-smokes-1999), the sign session 15's particles in the wound read. Only smoke and smouldering (a 'burning'
    // wound is the patient's sensation), and the wound or burn its subject; judgment of reading
    feature: 'burning_particles',
    requires: { en: 'smok|smoulder|smolder', ru: 'дым|тле', ar: 'دخن|تشتعل|يشتعل' },
    en: [
      String.raw`(?:wounds?|burns|flesh)\s+(?:(?:[\p{L},]+\s+){0,6}?(?:that|which)\s+)?(?:\p{L}+\s+)?(?:were|was|are|is|still|kept|continued|went\s+on|had\s+been)\s+(?:still\s+|(?:to\s+)?|on\s+)?(?:smok(?:ing|ed|e)|smou?lder(?:ing|ed)?|smolder(?:ing|ed)?)(?![\p{L}])`,
      String.raw`(?:smoking|smou?ldering|smoldering)\s+(?:burn|wound)s?(?![\p{L}])`,
    ],
    ru: [
      // (session 22, fixag: review-s22 R2, R3) the noun рана by its endings only (ран~ took рано, ранее: 'Рано утром дымили трубы'),
      // and no negator in the gap ('Ожоги не дымились' denies the sign)
      String.raw`(?:ран(?:а|ы|у|ой|ою|е|ам|ами|ах)?|ожог~)\s+(?:(?!(?:не|ни|нет|уже\s+не)\s)[а-яё]+\s+){0,2}?(?:продолжал~\s+|ещё\s+|еще\s+|всё\s+ещё\s+|все\s+еще\s+)?(?:дымил|дымят|дымит|дымя|тлел|тлеют|тлеть|тлели)~`,
      String.raw`(?:дымящ|тлеющ)~\s+(?:ран|ожог)~`,
    ],
    ar: [
      // (session 22, fixag: review-s22 R1, R2) the wound the verb's subject: no pronoun, conjunction or clause opening in the gap
      // ('أصيب بجروح بينما كان يدخن سيجارة', 'بحروق وهو يدخن': a man smoking a cigarette; a word with و opens a new clause) and no
      // negator ('الحروق لم تكن تدخن' denies the sign; ما زالت / لا تزال, still, stay)
      String.raw`(?:الجروح|جروح|الجرح|جرح|الحروق|حروق|جروحه|جروحهم|حروقه|حروقهم)\s+(?:(?!(?:و[\u0621-\u064a]+|هو|هي|هم|بينما|عندما|حين|حينما|لما|لمن|كان|يكون|لم|لن|(?:لا|ما)(?!\s+[تي]?زال)|مش|مو|ليس|ليست|مب)\s)[\u0621-\u064a]+\s+){0,2}?(?:تدخن|يدخن|بتدخن|تشتعل|يشتعل|مشتعلة)(?![\p{L}])`,
    ],
  },
  {
    // Session 20 (room agru): a burning particle that stuck to the skin and burned on into it ("горящая крошка прилипла к ладони и
    // прожигала вглубь", "حبة صغيرة عم تولّع لصقت بكفه"): white phosphorus sticks to the skin and burns on until deprived of air
    // (nrc-smokes-1999; hrw-wp-2009: particles embedded in the flesh), the smouldering particle in a wound of `burns`. A burning,
    // glowing or smoking particle word, then in its sentence a verb of sticking or embedding and a body part after it (Arabic; the
    // Russian к / в + a part). Not a burning house's falling debris, nor a splinter or a stuck shard (no burning word before it), nor
    // a spark that only flew; judgment of reading.
    feature: 'burns',
    requires: { ru: 'прилип|прилеп|въел|впил|вплав|прикипел', ar: 'لصق|لزق|التصق|انغرز|انغرس|علقت' },
    ru: [
      String.raw`(?:горящ|тлеющ|раскал[её]нн|светящ|дымящ|пылающ)~\s+(?:[а-яё]+\s+)?(?:крошк|крошек|кусоч|кусок|куск|частиц|крупин|крупинк|гранул|комоч|капл|капель|искр)~[^.!?;]{0,40}?(?<![а-яё])(?:прилип|прилепил|въел|впил|вплавил|прикипел)~\s+(?:[а-яё]+\s+)?(?:к|в|на)\s+(?:[а-яё]+\s+)?(?:ладон|рук|кож|пальц|ног|лиц|спин|шее|шеи|плеч|тел|груд|живот|бедр|мяс)~`,
    ],
    ar: [
      String.raw`(?:حبة|حبه|حبات|حبيبات|حبيبة|قطعة|قطعه|قطع|شقفة|شقفه|شقف|جمرة|جمره|ذرة|ذرات|فتفوتة|نقطة)\s+(?:[\u0621-\u064a]+\s+){0,2}?(?:عم\s+)?(?:تولع|بتولع|مولعة|مولعه|والعة|والعه|مشتعلة|مشتعله|تشتعل|بتشتعل|حامية|حاميه|تدخن|بتدخن|تضوي|بتضوي|ضاوية|متوهجة)[^.!?؟;]{0,40}?(?<![\p{L}])[وف]?(?:لصقت|التصقت|لزقت|انغرزت|انغرست|علقت)\s+(?:(?:ب|في\s+|على\s+|ع)(?:ال)?)?(?:كف|يد|ايد|جلد|لحم|رجل|اجر|وجه|وش|جسم|جسد|ذراع|ظهر|رقبة|رقبت|صدر|بطن|اصابع|صابيع)~`,
    ],
  },
  {
    // Session 20 (room agru): balls of fire in the plural or the diminutive (огненные шары, огненных шаров, огненные шарики: the
    // burning elements an incendiary munition scatters, hrw-incendiary-2020), the term list's огненн* шар* without its singular: one
    // fireball is an explosion's (a transformer, a gas tank, a tank car: the English 'fireball' is not read either), unless it fell
    // or flew down from the sky; judgment of reading
    feature: 'burning_particles',
    requires: { ru: 'огненн' },
    ru: [String.raw`огненн~\s+(?:шар(?:ы|ов|ами|ам|ах)|шарик~)`, String.raw`огненн~\s+шар(?:ом)?(?=[^.!?;]{0,40}?(?:с\s+неба|сверху|(?<![а-яё])(?:упал|падал|летел|сыпал|опускал)~))`],
  },
  {
    // Session 20 (room agru): the fill that glows or smokes again whenever the hand comes out of the water ("стоило вынуть руку из
    // воды, как снова светилось и дымило", "كل ما يطلعها من المي ترجع تضوي وتدخّن"): white phosphorus burns again in air, so the
    // wound is kept under water (nrc-smokes-1999; hrw-wp-2009), the re-ignition of `burning_particles`. A verb of taking out, out
    // of the water, then again / back and a verb of glowing, smoking or flaring in the same sentence. A re-flare after washing or
    // a shower (the water itself, feature-extraction.ts waterReflare) is no such sign, and the rule leaves it alone (the phrase
    // must hold 'out of the water'); judgment of reading.
    feature: 'burning_particles',
    requires: { ru: 'из воды', ar: String.raw`من\s+(?:ال)?(?:مي|مية|ميه|ماء|مياه|موية)` },
    ru: [
      String.raw`(?:вын|вытащ|вытаск|дост|доста|подн|подним|убра|убира)~\s+(?:[а-яё]+\s+){0,2}?из\s+воды[\s,]+(?:[а-яё]+[\s,]+){0,3}?(?:снова|опять|вновь|сразу|тут\s+же)\s+(?:[а-яё]+\s+)?(?:за|по)?(?:светил|дымил|горел|тлел|вспыхив|вспыхнул|искрил)~`,
    ],
    ar: [
      String.raw`(?:[يتن]?طلع|بيطلع|بتطلع|طالع|[يتن]?شيل|شال|بيشيل|سحب|[يتن]?سحب|اخرج|[يتن]?خرج)~\s+(?:[\u0621-\u064a]+\s+){0,2}?من\s+(?:ال)?(?:مي|مية|ميه|ماء|مياه|موية)(?![\p{L}])[^.!?؟;]{0,30}?(?:ترجع|بترجع|رجعت|عادت|تعود|يرجع|بيرجع|رجع|عاد)\s+(?:[\u0621-\u064a]+\s+)?(?:تضوي|بتضوي|ضوت|تدخن|بتدخن|دخنت|تولع|بتولع|ولعت|تشتعل|اشتعلت|تتوهج|توهجت|يضوي|يدخن|يولع)`,
    ],
  },
  {
    // Session 22 (room agnew): a thing that smokes, flares or catches fire once it has dried, the drying told first ("Once it dried
    // in the sun it started smoking", "когда песок высох — пошёл дым и штаны загорелись", "لما نشفت القطعة صارت تدخن"): white
    // phosphorus kept wet does not burn and re-ignites in air as it dries (nrc-smokes-1999, hrw-wp-2009), session 21's 'flared again
    // when it dried' with the clauses the other way round. The drying's subject is 'it' or a small thing, a dressing, sand, mud or
    // clothes (not grass, hay, wood or leaves, which dry and then burn in any fire), the burning verb's subject no person (they
    // started smoking is a cigarette). Judgment of reading.
    feature: 'burning_particles',
    requires: { en: 'dried|dries|dry', ru: 'высох|просох|подсох|высых|просых', ar: 'نشف|جف' },
    en: [
      // (session 22, fixag: review-s22 R18) no person noun phrase as the burning verb's subject ('the soldiers lit up cigarettes':
      // a determiner, a word and a person noun in the gap), and 'lit up' left out (a cigarette's verb)
      String.raw`(?<![\p{L}])(?:once|when|as\s+soon\s+as|after|as)\s+(?:it|(?:the|that|this)\s+(?:\p{L}+\s+)?(?:lump|piece|bit|bits|stuff|dressing|bandage|gauze|sand|mud|paste|wax|crumbs?|residue|soil|earth|clay|cloth|clothes|trousers|jeans|shirt|pocket|fragment|fragments|chunk|speck|specks|grains?))\s+(?:had\s+)?(?:dried|dries|got\s+dry|was\s+dry|went\s+dry)(?:\s+(?:out|off|up))?[\s,]+(?:(?!(?:we|they|he|she|i|you|people|everyone|everybody|someone|somebody|(?:(?:the|my|our|his|her|their|some|two|three|a|an|all\s+the)\s+)?(?:\p{L}+\s+)?(?:m[ae]n|wom[ae]n|kids?|child|children|boys?|girls?|guys?|soldiers?|troops|workers?|fighters?|medics?|doctors?|nurses?|neighbou?rs?|residents?|family|friends?|father|mother|brothers?|sisters?|uncles?|dad|mum|mom|drivers?|guards?|officers?|police|crew|farmers?|villagers?))\s)\p{L}+[\s,]+){0,4}?(?:(?:started|began)\s+(?:to\s+)?(?:smok|burn|glow|flar|spark|smoulder|smolder)\p{L}*|smoked|smoking|flared|caught\s+fire|burst\s+into\s+flames?|ignited|lit\s+up)(?![\p{L}])`,
    ],
    // (session 22, fixag: review-s22 R19) the drying's subject a whitelist in Russian and Arabic as in English (a lump, a piece, a
    // dressing, sand, mud, clothes, the water on it, the wound or skin, or a pronoun; the verb with no subject only when no other definite noun follows it): peat,
    // crops, grass and hay dry and then burn in any fire ('Когда торфяники высохли, они загорелись', 'لما جف الزرع اشتعلت النيران')
    ru: [
      String.raw`(?<![а-яё])(?:когда|как|как\s+только|стоило|едва)\s+(?:(?:[а-яё]+\s+){0,3}?${DRY_THING_RU}[а-яё]*|он|она|оно|всё|все|это|ему|ей|им)\s+(?:[а-яё]+\s+)?(?:высох|высохл|просох|просохл|подсох|подсохл)[а-яё]*[^.!?;]{0,40}?${DRY_BURN_RU}`,
      String.raw`(?<![а-яё])(?:когда|как|как\s+только|стоило|едва)\s+(?:(?:немного|чуть|полностью|совсем|окончательно|уже)\s+)?(?:высох|высохл|просох|просохл|подсох|подсохл)[а-яё]*(?:\s+(?:[а-яё]+\s+)?${DRY_THING_RU}[а-яё]*[^.!?;]{0,40}?|\s*[,—–-]\s*(?:[а-яё]+\s+){0,3}?)${DRY_BURN_RU}`,
    ],
    ar: [
      String.raw`(?<![\p{L}])[وف]?(?:لما|لمن|بس|أول\s+ما|اول\s+ما|بعد\s+ما|عندما|حين)\s+(?:(?:ال)?${DRY_THING_AR}[\u0621-\u064a]{0,3}\s+(?:[\u0621-\u064a]+\s+)?)?[وف]?(?:نشف|نشفت|جف|جفت|نشفو|نشفوا)(?![\p{L}])(?:\s+(?:ال)?${DRY_THING_AR}[\u0621-\u064a]{0,3}(?![\p{L}])|(?!\s+(?:ال)[\u0621-\u064a]))[^.!?؟;]{0,40}?(?:صار[تت]?\s+(?:ت|ي|ب[تي])?(?:دخن|ولع|شعل|ضوي)|رجع[تت]?\s+(?:ت|ي|ب[تي])?(?:دخن|ولع|شعل)|دخنت|دخن|ولعت|اشتعلت|اشتعل|شعلت|ولع)(?![\p{L}])`,
    ],
  },
  {
    // Session 20 (room agru): the spoken noun of drool, ريالة (Levantine; 'his drool', ريالته; 'drool coming down', ريالته نازلة), with its
    // ة or a pronoun on it: the term list's stem matcher took its stem ريال, the currency (الريال, مليون ريال), as drooling; not the
    // currency's plural ريالات; judgment of reading
    feature: 'hypersalivation',
    requires: { ar: 'ريال' },
    ar: [String.raw`ريال(?:ة|ه|ت(?:ه|ها|هم|هن|و|ي|نا|ك|كم))(?![\p{L}])`],
  },
  {
    // Session 20 (room agru): شرى (urticaria, WHO EMRO Unified Medical Dictionary), folded شري, as a whole word with و, ف or the article
    // only: the term list's stem matcher read it in بشرية ('human', the news formula إصابات / خسائر بشرية: human casualties) and ب
    // before it is also بشرى (good news); not with a letter after it (شرية, شريان: an artery); judgment of reading
    feature: 'skin_rash_itching',
    requires: { ar: 'شري' },
    ar: [String.raw`(?<!(?<![\p{L}])[وف]?[بلك])شري(?=[\s.,،؛:!؟)]|$)`],
  },
  {
    // Session 15 (agnone): حمامى (erythema, folded حمامي) only with a skin word beside it: alone it is the bath or the pigeons
    // (حمام) or 'my bath'; judgment of reading
    feature: 'skin_rash_itching',
    requires: { ar: 'حمامي' },
    ar: [String.raw`(?:ال)?حمامي\s+(?:(?:ال)?جلدي~|(?:في|على)\s+(?:ال)?(?:جلد|بشرة|وجه|جسم|ذراع|يد|رقبة)~)`, String.raw`(?:جلد|بشرة)~\s+(?:\p{L}+\s+)?(?:ال)?حمامي`],
  },
  {
    feature: 'delayed_blisters',
    requires: { en: String.raw`blister|vesic|bulla|skin\s+o[fn]\s[^.!?]{0,80}?(?:lifted|bubbled|came\s+up|puffed\s+up)`, ru: 'волдыр|пузыр', ar: 'بثور|فقاعات|نفاطات|نفطات|تقرحات|حويصلات|كياس|بالونات|نفاخات' },
    en: [
      'blisters?',
      'blistering',
      'blistered',
      'vesicles?',
      'vesication',
      'bullae',
      // (session 19, agparen) the skin of a named part that lifted or bubbled up, the part and a second one coordinated between ("the skin
      // of her neck and groin lifted"), which the term list's 'skin lifted' (two words between at most) does not reach; not a lift of
      // a thing ('lifted the skin of the drum' has no skin as subject)
      String.raw`(?<![\p{L}])skin\s+(?:of|on)\s+(?:(?:her|his|their|my|our|the|your|its)\s+)?\p{L}+(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:(?:her|his|their|my|our|the)\s+)?\p{L}+){0,2}\s+(?:lifted|bubbled|came\s+up|puffed\s+up)(?![\p{L}])`,
    ],
    ru: ['волдыр~', String.raw`пузыр~\s+на\s+кож~`],
    // session 8: blisters (فقاعات) alone, not bubbles of air, water, soap or froth from the mouth, and the plural نفاطات
    // beside نفطات (dev: mosul-2017 'نفاطات وفقاعات', the blister paraphrase 'ثم ظهرت فقاعات كبيرة')
    ar: ['بثور', String.raw`فقاعات(?!(?:\s+\p{L}+){0,2}\s+(?:(?:ال)?هواء|(?:ال)?صابون|من\s+(?:ال)?(?:فم|افواه)~|في\s+(?:ال)?ماء))`, 'نفاطات', 'نفطات', 'تقرحات', 'حويصلات',
      // (session 19, agpara) the lay bags of water that came up on the body ("طلعت أكياس مي صافية", "ظهرت على إيده أكياس ماء"), as the
      // English 'bags of fluid' of the term file: the bag (أكياس, كياس without its hamza, بالونات) of water or fluid, after a verb of
      // coming up or a part of the body in the four words before; not water bags handed out ("وزعوا أكياس مي") nor a drip; judgment of reading
      // (session 27, agdev) the Levantine balloons (نفاخات, the toy's name) and the Gulf and Levantine water ماي beside بالونات and مي:
      // the same picture of a blister in the spoken word, with the same body or coming-up word before it (dev-v20 'جلدي طلع عليه
      // نفاخات ماي كبار', the bags of dev-v19); lay paraphrase, judgment
      // (session 19, fixag1: review-s19 R12) not a market article: no shop, market or street between the verb and the bags ('ظهرت في السوق أكياس
      // مياه'), and no contaminated, bottled, drinking or cold water nor a shop or market after the noun
      String.raw`(?<=(?<![\p{L}])[وفب]?(?:ال)?(?:طلع~|ظهر~|بانت|بان|نبت~|جلد~|ايد~|إيد~|يد~|ذراع~|رقب~|وجه~|جسم~|جسد~|رجل~|فخاذ~|ابط~|إبط~|صدر~|ظهره|ظهرها)(?![\p{L}])\s*(?:\p{L}+\s+){0,4}?)(?<!(?:سوق|اسواق|أسواق|محل|محلات|دكان|دكاكين|بقالة|متجر|متاجر|مستودع|مخزن|شاحنة|سيارة|سيارات|ثلاجة|براد|مخيم|شارع|الشوارع|مدرسة|المدارس)\s+(?:\p{L}+\s+){0,3})(?:أكياس|اكياس|كياس|بالونات|نفاخات)\s+(?:ال)?(?:مي|مية|ميه|ماء|مياه|مويه|ماي|سائل|سوائل)(?![\p{L}])(?!\s+(?:ال)?(?:ملوث|معبأ|معبا|معبئ|للشرب|شرب|معدني|بارد|نظيف|صالح|مجاني|مجان)\p{L}*)(?![^.،,؛!?]{0,24}(?:سوق|اسواق|أسواق|محل|محلات|دكان|بقالة|متجر|متاجر|مستودع|مخزن|شارع|مخيم))(?<!(?:وزع|وزعوا|وزعو|جاب|جابوا|جابو|اشترى|اشتري|شرب|شربوا|شربو|باع|بيع|حمل|علق|علقوا|علقو|عطوه|اعطوه)~?\s+(?:\p{L}+\s+){0,2}?(?:أكياس|اكياس|كياس|بالونات)\s+(?:ال)?(?:مي|مية|ميه|ماء|مياه|مويه|سائل|سوائل))`,
    ],
  },
  {
    // Session 15 (agblis): a munition named by the past war it comes from ('a World War II shell', 'WWI-era shells', 'a bomb left
    // from the Great War', 'unexploded ordnance', 'немецкий авиационный фугас', 'снаряд времён Второй мировой', 'قذيفة من الحرب العالمية
    // الثانية') is an old munition found or handled (acw-old-cw-2008: the chemical shells of both world wars recovered every
    // year), which the term file read only in a few forms ('old shell', 'снаряд времён'); the munition word and the war must
    // meet, so a war's shelling ('during the war the shelling went on') is not one. Judgment of reading. (fixbl, review R31) a
    // bare 'from the (last) war' is not enough: in Syrian, Ukrainian or Iraqi accounts the war is the current one and its
    // remnants are recent; only a named past war is.
    feature: 'old_munition_found',
    requires: { en: 'war|ordnance|ww|munition', ru: 'немец|фашист|трофейн|мирово|отечествен', ar: 'عالمي' },
    en: [
      String.raw`(?:world\s+war(?:\s+(?:i{1,2}|one|two|1|2))?|first\s+world\s+war|second\s+world\s+war|great\s+war|ww(?:i{1,2}|1|2))(?:[- ]era)?\s+(?:(?:chemical|gas|mustard|german|british|french|japanese|soviet|american|artillery|mortar|aerial|old|rusty|rusted|corroded|unexploded)\s+){0,2}(?:shells?|bombs?|munitions?|ordnance|grenades?|mines?|projectiles?|rounds?|barrels?|drums?|canisters?|containers?)`,
      String.raw`(?:shells?|bombs?|munitions?|ordnance|grenades?|mines?|projectiles?|barrels?|drums?)\s+(?:(?:left|left\s+over|dating|dating\s+back)\s+)?from\s+(?:the\s+)?(?:first\s+world\s+war|second\s+world\s+war|world\s+war(?:\s+(?:i{1,2}|one|two|1|2))?|great\s+war|ww(?:i{1,2}|1|2)|(?:iran-iraq|iran–iraq|iraq-iran|korean|vietnam|first\s+gulf)\s+war)`,
      String.raw`(?:wartime|war-era|legacy|old|abandoned)\s+(?:chemical\s+)?(?:ordnance|munitions?)`,
      'unexploded ordnance',
    ],
    ru: [
      String.raw`(?:немецк~|фашистск~|трофейн~)\s+(?:\p{L}+\s+)?(?:авиабомб~|фугас~|снаряд~|мин[ауыое]|бомб~|боеприпас~)`,
      String.raw`(?:снаряд~|бомб~|авиабомб~|фугас~|мин[аыуое]|боеприпас~|бочк~)\s+(?:\p{L}+\s+)?(?:времён|времен|периода|со\s+времён|со\s+времен)\s+(?:\p{L}+\s+)?(?:мировой|отечественной|войны)`,
    ],
    ar: [
      String.raw`(?:قذيف~|قنبل~|ذخير~|ذخائر|لغم|الغام|براميل|برميل)\s+(?:\p{L}+\s+){0,3}?(?:من\s+)?(?:زمن\s+|عهد\s+|ايام\s+|أيام\s+|مخلفات\s+|بقايا\s+)?(?:ال)?حرب\s+(?:ال)?عالمي~`,
    ],
  },
  {
    // Session 15 (agblis): blood cholinesterase measured low (the laboratory sign of the cholinesterase inhibitors: nerve agents and
    // organophosphate or carbamate insecticides; knowledge/agents.yaml cholinesterase_depressed) in clinical and official
    // wording: 'depressed cholinesterase levels', 'red-cell acetylcholinesterase activity was markedly reduced', 'inhibition of
    // plasma cholinesterase', 'снижение активности холинэстеразы', 'انخفاض مستوى الكولين استراز'. A 'cholinesterase inhibitor'
    // named is an agent's class, not a measurement, and is not read. Judgment of reading.
    feature: 'cholinesterase_depressed',
    requires: { en: 'cholinest', ru: 'холинэстераз', ar: 'ستراز' },
    en: [
      String.raw`(?:low|lowered|reduced|decreased|depressed|diminished|inhibited|suppressed|undetectable)\s+(?:(?:serum|plasma|blood|whole[- ]blood|red[- ]cell|red blood cell|erythrocyte|rbc)\s+)?(?:acetyl|butyryl|pseudo)?cholinesterase`,
      String.raw`(?:acetyl|butyryl|pseudo)?cholinesterase\s+(?:(?:activity|activities|levels?|values?|concentrations?)\s+)?(?:(?:in|of)\s+(?:the\s+)?(?:blood|plasma|serum)\s+)?(?:(?:was|were|is|are|remained)\s+)?(?:(?:markedly|severely|significantly|very|greatly|strongly|profoundly|much|moderately|mildly)\s+)?(?:low|lowered|reduced|decreased|depressed|diminished|inhibited|suppressed|undetectable)`,
      String.raw`(?:inhibition|depression|reduction|decrease|fall|drop) (?:of|in) (?:(?:the\s+)?(?:serum|plasma|blood|red[- ]cell|erythrocyte)\s+)?(?:acetyl|butyryl|pseudo)?cholinesterase`,
      String.raw`(?:acetyl|butyryl|pseudo)?cholinesterase (?:inhibition|depression)`,
    ],
    ru: [
      String.raw`(?:снижени~|угнетени~|подавлени~|падени~)\s+(?:\p{L}+\s+){0,2}?(?:ацетил|бутирил)?холинэстераз~`,
      String.raw`(?:сниженн~|низк~|угнетённ~|угнетенн~)\s+(?:\p{L}+\s+)?(?:ацетил|бутирил)?холинэстераз~`,
      String.raw`(?:ацетил|бутирил)?холинэстераз~\s+(?:\p{L}+\s+){0,3}?(?:снижен~|угнетен~|угнетён~|подавлен~|низк~)`,
    ],
    ar: [
      String.raw`(?:انخفاض|نقص|تثبيط|هبوط|تدني)\s+(?:\p{L}+\s+){0,3}?(?:ال)?(?:[اأ]سيتيل\s?|[اأ]ستيل\s?)?كولين\s?[اإأ]?ي?ستراز~`,
      String.raw`(?:ال)?(?:[اأ]سيتيل\s?|[اأ]ستيل\s?)?كولين\s?[اإأ]?ي?ستراز~\s+(?:\p{L}+\s+){0,2}?(?:منخفض~|ناقص~|مثبط~)`,
    ],
  },
  {
    feature: 'cholinesterase_depressed',
    absent: true,
    requires: { en: 'cholinest', ru: 'холинэстераз', ar: 'ستراز' },
    en: [
      String.raw`(?:acetyl|butyryl|pseudo)?cholinesterase\s+(?:(?:activity|activities|levels?|values?)\s+)?(?:(?:in|of)\s+(?:the\s+)?(?:blood|plasma|serum)\s+)?(?:(?:was|were|is|are|remained)\s+)?(?:normal|within (?:the\s+)?normal (?:limits|range)|unaffected|not (?:reduced|depressed|inhibited|decreased|low))`,
      String.raw`normal\s+(?:(?:serum|plasma|blood|red[- ]cell|erythrocyte)\s+)?(?:acetyl|butyryl|pseudo)?cholinesterase`,
    ],
    ru: [String.raw`(?:ацетил|бутирил)?холинэстераз~\s+(?:\p{L}+\s+){0,2}?(?:в\s+норме|нормальн~|не\s+снижен~)`],
    ar: [String.raw`(?:ال)?(?:[اأ]سيتيل\s?|[اأ]ستيل\s?)?كولين\s?[اإأ]?ي?ستراز~\s+(?:\p{L}+\s+){0,2}?(?:طبيعي~)`],
  },
  {
    // Session 15 (agblis): a skin lesion told as appearing hours or a day after the exposure ('burns that appeared hours later',
    // 'the burns only showed up later', 'skin lesions developed the next day', 'ожоги появились только на следующий день',
    // 'ظهرت الحروق بعد ساعات') is the vesicant's delayed lesion (cdc-mustard: redness 2-48 h after exposure, then blisters;
    // msd-mustard: blisters hours later), which the feature stands for, whatever word the report gives it; a fire's or an
    // irritant's burn shows at once. Judgment of reading; the lesion word comes first, its delay right after its verb.
    feature: 'delayed_blisters',
    requires: { en: '^(?=[\\s\\S]*(?:burns|lesions|sores|ulcer))[\\s\\S]*(?:later|next|following|overnight|after)', ru: 'ожог|поражен|язв', ar: 'حروق|تقرح|قروح' },
    en: [
      // (session 15, fixbl, review R19) not a pressure, stress, mouth or cold sore or ulcer (a hospital course or another
      // illness), and "(hours|days) after" not after a fire, blast or crash (a fire's burns are the fire's)
      String.raw`(?<!(?:bed|pressure|stress|mouth|cold|canker|decubitus|peptic|gastric|duodenal|diabetic|venous|leg|foot|corneal)[\s-]*)(?:burns|lesions|sores|ulcers|ulcerations)\s+(?:on\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:skin|bod(?:y|ies)|arms|hands|legs|faces?)\s+)?(?:(?:that|which)\s+)?(?:only\s+)?(?:appeared|developed|showed\s+up|came\s+(?:up|out)|emerged|formed|broke\s+out|began|started)\s+(?:on\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:skin|bod(?:y|ies)|arms|hands|legs|faces?|necks?|backs?)\s+)?(?:only\s+)?(?:(?:some|several|a\s+few|many|\d+|two|three|four|five|six|eight|twelve|24|48)\s+)?(?:(?:hours?|days?)\s+later|later|the\s+(?:next|following)\s+(?:day|morning)|overnight|(?:hours?|days?)\s+after(?!\s+(?:the\s+|a\s+|that\s+)?(?:fire|blaze|flames?|explosion|blast|burning|crash|accident|surgery|operation|admission)))`,
      // (session 26, agdev) the place after the verb ('burns appeared on their skin several hours later'), and the delay told first
      // ('Several hours later, burns appeared on their arms', 'The next morning their skin was covered in burns'), with no fire,
      // blast, scald or sun in the sentence (a fire's burns are the fire's)
      String.raw`(?<![\p{L}])(?:(?:some|several|a\s+few|many|\d+|two|three|four|five|six|eight|twelve|24|48)\s+hours\s+later|(?:the\s+)?(?:next|following)\s+(?:day|morning)|by\s+(?:the\s+)?(?:next\s+)?morning|overnight)\s*,?\s+(?:\p{L}+\s+){0,5}?(?:burns|lesions|sores|ulcers|ulcerations)(?![\p{L}])(?<!(?:fire|blaze|flames?|explosion|blast|scald\p{L}*|boiling|sun|sunburn|stove|oven)[^.;!?]*)(?![^.;!?]*(?:fire|blaze|flames|explosion|blast|scald|boiling|sunburn|stove|oven))`,
    ],
    ru: [String.raw`(?:ожог~|поражени~\s+кож~|(?<!(?:пролежнев|трофическ|стрессов|желудочн|язвенн)\p{L}*\s+)язв~)\s+(?:\p{L}+\s+){0,2}?(?:появил~|проявил~|возник~|выступил~|образовал~)\s+(?:только\s+|лишь\s+)?(?:(?:через|спустя)\s+(?:\p{L}+\s+)?(?:час~|сут~|дн~|ден~|ноч~|недел~)|на\s+следующ~|наутро|позже|позднее|на\s+друг~|на\s+втор~)`],
    ar: [String.raw`(?:ظهرت|برزت|تكونت)\s+(?:ال)?(?:حروق|تقرحات|قروح)\s+(?:(?!فورا|حالا|مباشرة)\p{L}+\s+){0,3}?(?:${AR_LATER})`, String.raw`(?:ال)?(?:حروق|تقرحات|قروح)\s+(?:\p{L}+\s+){0,2}?(?:ظهرت|لم\s+تظهر\s+إلا)\s+(?:${AR_LATER})`],
  },
  {
    // Session 14 (room agctx): bags of fluid (the lay telling of bullae) are no blisters when the sentence tells an infusion:
    // bags hung, given, run or put up, or a drip, IV line, saline, vein or cannula named (a judgment of reading; the term
    // file read 'the nurse hung two bags of fluid' as blisters)
    feature: 'delayed_blisters',
    requires: { en: 'bags? ' },
    en: [String.raw`bags?(?<!(?:hung|hang[a-z]*|gave|give|given|giving|ran|run|running|put\s+up|started|pumped|received|needed)\s+(?:[a-z]+\s+){0,2}bags?|(?<![a-z])(?:drips?|iv|intraven[a-z]*|saline|infusions?|cannula[a-z]*|veins?)(?![a-z])[^.;!?]*)\s+(?:full\s+|filled\s+)?(?:of|with)\s+(?:[a-z]+\s+){0,2}?(?:fluids?|liquids?|water)(?![^.;!?]*(?<![a-z])(?:into|drips?|iv|intraven[a-z]*|saline|infusions?|cannula[a-z]*|veins?)(?![a-z]))`],
  },
  // Session 14 (room agctx): the Russian participle гиперемированн* (hyperaemic, reddened in clinical prose) by what it
  // qualifies, either order (кожа гиперемирована, гиперемированные участки кожи): skin or face is the skin sign
  // (HPO Erythema HP:0010783), the conjunctiva, sclera or eyes are red eyes (HPO Conjunctival hyperemia HP:0000502),
  // the pharynx or the mucosa of the nose, mouth or airway the irritated throat (the mucosal irritation of ATSDR MMG
  // for Ammonia); a judgment of reading. Alone it was a skin sign, which read 'конъюнктива гиперемирована' as skin.
  {
    feature: 'skin_rash_itching',
    requires: { ru: 'гиперемир' },
    ru: [String.raw`гиперемирован[а-яё]*(?<=(?<![а-яё])(?:кож|лиц|покров)[а-яё]*(?:\s+[а-яё]+){0,2}?\s+гиперемирован[а-яё]*)`, String.raw`гиперемирован[а-яё]*\s+(?:[а-яё]+\s+)?(?:кож[а-яё]*|лиц[а-яё]*|покров[а-яё]*)`],
  },
  {
    feature: 'burning_eyes',
    requires: { ru: 'гиперемир' },
    ru: [String.raw`гиперемирован[а-яё]*(?<=(?<![а-яё])(?:конъюнктив|склер|глаз|век)[а-яё]*(?:\s+[а-яё]+){0,2}?\s+гиперемирован[а-яё]*)`, String.raw`гиперемирован[а-яё]*\s+(?:[а-яё]+\s+)?(?:конъюнктив[а-яё]*|склер[а-яё]*|глаз[а-яё]*|век[а-яё]*)`],
  },
  {
    feature: 'throat_burning',
    requires: { ru: 'гиперемир' },
    ru: [
      String.raw`гиперемирован[а-яё]*(?<=(?<![а-яё])(?:зев|глотк|носоглотк|ротоглотк|гортан|слизист)[а-яё]*(?:\s+(?:оболочк[а-яё]*|нос[а-яё]*|зев[а-яё]*|глотк[а-яё]*|носоглотк[а-яё]*|ротоглотк[а-яё]*|гортан[а-яё]*|рта|полости|дыхательн[а-яё]*|верхн[а-яё]*|пут[а-яё]*)){0,3}\s+гиперемирован[а-яё]*)`,
      String.raw`гиперемирован[а-яё]*\s+(?:слизист[а-яё]*(?:\s+оболочк[а-яё]*)?(?!\s+(?:глаз[а-яё]*|век[а-яё]*|конъюнктив[а-яё]*))|зев[а-яё]*|глотк[а-яё]*|носоглотк[а-яё]*|ротоглотк[а-яё]*|гортан[а-яё]*)`,
    ],
  },
  // Session 18 (room agpara): a sensation told as a comparison, what it felt like in the eyes, the throat or on the skin ("like
  // needles in the eyes", "как иголки в глазах", "زي الإبر بعيوني", "like broken glass in my throat", "как наждак в горле", "like
  // pins on the skin"): the image is a sharp or hot thing (needles, pins, glass, pepper, chilli, knives, sand, a sandpaper, thorns,
  // fire's coals) IN the part, after a word of comparison; the image with no part ("like needles") is left unread. The lay
  // telling of irritation (cdc-riot: eye pain, burning; cdc-chlorine: burning of the eyes, nose and throat); judgment of reading.
  {
    feature: 'burning_eyes',
    requires: SHARP_REQ,
    en: [String.raw`(?:${EN_LIKE_NOT_SUCH_AS}|as\s+if|as\s+though)\s+(?:(?:there\s+(?:was|were)|someone\s+(?:had\s+)?(?:put|threw|stuck|rubbed|poured))\s+)?(?:(?:a|some|hot|tiny|little|broken|ground|red|fine)\s+)?${SHARP_EN}\s+(?:\p{L}+\s+)?(?:in|into)\s+(?:${WHO}\s+)?eyes`],
    ru: [String.raw`(?:${RU_LIKE_NOT_HOW}|словно|будто|точно)\s+(?:бы\s+)?(?:\p{L}+\s+)?${SHARP_RU}\s+(?:\p{L}+\s+)?(?:в\s+глаз~|глаза)`],
    ar: [String.raw`(?:زي|متل|مثل|${AR_AS_IF})\s+(?:في\s+)?${SHARP_AR}\s+(?:\p{L}+\s+)?(?:(?:في|جوا)\s+(?:ال)?(?:عيو?ن|عين)~|ب(?:ال)?(?:عيو?ن|عين)~)`],
  },
  {
    feature: 'throat_burning',
    requires: SHARP_REQ,
    en: [String.raw`(?:${EN_LIKE_NOT_SUCH_AS}|as\s+if|as\s+though)\s+(?:(?:there\s+(?:was|were)|someone\s+(?:had\s+)?(?:put|threw|stuck|rubbed|poured))\s+)?(?:(?:a|some|hot|tiny|little|broken|ground|red|fine)\s+)?${SHARP_EN}\s+(?:\p{L}+\s+)?(?:in|into|down)\s+(?:${WHO}\s+)?(?:throats?|noses?)`],
    ru: [String.raw`(?:${RU_LIKE_NOT_HOW}|словно|будто|точно)\s+(?:бы\s+)?(?:\p{L}+\s+)?${SHARP_RU}\s+(?:\p{L}+\s+)?(?:в\s+(?:горл|нос)~|горло)`],
    ar: [String.raw`(?:زي|متل|مثل|${AR_AS_IF})\s+(?:في\s+)?${SHARP_AR}\s+(?:\p{L}+\s+)?(?:(?:في|جوا)\s+(?:ال)?(?:حلق|زور|انف|منخار)~|ب(?:ال)?(?:حلق|زور|انف|منخار)~)`],
  },
  {
    feature: 'skin_burning',
    requires: { en: 'needles|pins|nettles|ants |coals|acid|pepper', ru: 'игл|иголк|иголоч|крапив|кипят|кислот', ar: 'ابر|دبابيس|جمر|اسيد|قريص|نمل' },
    en: [String.raw`(?:${EN_LIKE_NOT_SUCH_AS}|as\s+if|as\s+though)\s+(?:(?:a|some|hot|tiny|little|thousand|broken|red)\s+)?(?:needles|pins|nettles|ants|hot\s+coals|coals|acid|pepper)\s+(?:\p{L}+\s+)?(?:on|in|under|all\s+over)\s+(?:${WHO}\s+)?skin`],
    ru: [String.raw`(?:${RU_LIKE_NOT_HOW}|словно|будто|точно)\s+(?:бы\s+)?(?:\p{L}+\s+)?(?:иголк|игл|иголочк|крапив|кипят|кислот)~\s+(?:\p{L}+\s+)?(?:по\s+кож~|на\s+кож~|под\s+кож~)`],
    ar: [String.raw`(?:زي|متل|مثل|${AR_AS_IF})\s+(?:في\s+)?(?:(?:ال)?(?:ابر|دبابيس|جمر|اسيد|قريص|نمل))\s+(?:\p{L}+\s+)?(?:على|ب|في|تحت)\s*(?:ال)?(?:جلد|بشر)~`],
  },
  {
    // Session 14 (room agctx): an asthma attack brought on by the exposure is its bronchospasm (ATSDR MMG for Chlorine;
    // session 13's term, moved here), but not one the account places in the past: a history of attacks, a previous, last
    // or childhood attack, one last year, years ago or as a child (a known condition, not a sign of this exposure; a
    // known asthmatic whose attack followed the gas keeps it); the time phrase counts only in the attack's own clause (up
    // to a comma) and not when that clause ties the attack to the exposure ('from the gas, worse than any as a child');
    // judgment of reading
    feature: 'dyspnoea',
    requires: { en: 'asthma' },
    en: [String.raw`(?:asthma(?:tic)?\s+attacks?|attacks?\s+of\s+asthma)(?<!(?:history\s+of|(?<![a-z])(?:previous|prior|past|earlier|last|old|childhood|recurrent|frequent|occasional|usual))\s+(?:[a-z]+\s+)?(?:asthma(?:tic)?\s+attacks?|attacks?\s+of\s+asthma))(?!(?![^.;!?,]*?(?<![a-z])(?:from|after|because\s+of|due\s+to)\s+(?:the\s+|that\s+|this\s+)?(?:gas|smoke|cloud|fumes?|chemicals?|spray)(?![a-z]))[^.;!?,]*(?<![a-z])(?:last\s+(?:year|month|week|winter|summer|spring|autumn)|(?:years?|months?|weeks?)\s+(?:ago|before|earlier)|as\s+a\s+(?:child|boy|girl|baby)|in\s+(?:his|her|their|my)\s+childhood|in\s+the\s+past)(?![a-z]))`],
  },
  {
    feature: 'burns',
    requires: { en: String.raw`burn|smoulder|smolder|charred|(?:people|persons|children|kids|men|women|residents|villagers|civilians|families|someone|somebody|man|woman|child|boy|girl)\s+(?:\p{L}+\s+)?(?:out\s+)?(?:on\s+fire|in\s+flames|alight|ablaze)|clothes\s+(?:(?:were|was|had)\s+)?(?:on\s+fire|caught\s+fire|in\s+flames|ablaze|alight)`, ru: 'ожог|обожгл|обгоревш|горящим', ar: 'حروق' },
    en: [
      '(?:deep|severe|chemical|thermal|third[- ]degree|second[- ]degree|serious|extensive|horrific|painful) burns',
      'burn (?:wounds|injuries|victims)',
      // (session 11: "burns in his throat" is the corrosive gas's burn of the airway, read by throat_burning, not a skin burn;
      // review 1 #10: unless a skin part follows in the clause, "burns in the throat and on their hands and arms")
      '(?:with|suffered|sustained|treated for|received|had|for) burns(?! (?:of|to|in) (?:the |their |his |her )?(?:eyes?|throats?|airways?|lungs?|nose|mouths?)(?![^.;!?]{0,40}?\\b(?:skin|bod(?:y|ies)|faces?|arms?|legs?|hands?|feet|chests?|backs?)\\b))',
      'burned to death',
      'burns? (?:unit|ward|centre|center|patients)',
      // session 14 (agctx): more body parts named, and the owner's word left out only before a plural body part after 'on'
      // ('burns on backs and arms and heads'); a bare 'burns on skin' is the verb ('pepper spray burns on skin contact')
      `burns (?:(?:on|to|over) ${WHO} (?:skin|bod(?:y|ies)|faces?|arms?|legs?|hands?|backs?|heads?|necks?|feet|chests?|shoulders?)|on (?:bodies|faces|arms|legs|hands|backs|heads|necks|feet|chests|shoulders))(?![a-z])`,
      // session 15 (agblis): 'skin burns' as a noun (the lesion: 'with skin burns', 'Skin burns and eye damage were reported'), not
      // the verb after an owner ('my skin burns', 'the skin burns when touched'), which stays the sensation (skin_burning)
      // (session 15, fixbl, review R18) the noun only where a noun phrase frames it: a word of having, treating or degree before
      // it, or a predicate or a second injury noun after it; an owner-less verb ('Exposed skin burns and itches', 'Skin burns
      // badly after contact') stays the sensation
      String.raw`(?:(?<=(?:with|for|had|have|has|of|extensive|severe|minor|serious|chemical|suffered|sustained|treated|reported|multiple|many|some|no|deep|painful|superficial|partial|first-degree|second-degree|third-degree)\s+)skin burns(?![a-z])|(?<!(?:my|his|her|their|our|your|the|its|whose|exposed|bare|wet)\s+)skin burns(?=\s+(?:were|are|was|is|had|have|covered|covering|on|to|over|of|and\s+(?:eye|lung|respiratory|airway|blister|other|\w+\s+(?:damage|injur|lesion|irritation|problem|burn)))))`,
      // (session 16, agpara) the bare plural after a determiner of absence or quantity ('there were no burns', 'without burns',
      // 'any burns') or coordinated after another lesion noun ('no blisters or burns') is the lesion, a noun: the verb ('it stings
      // and burns') takes neither (judgment of reading)
      String.raw`(?<=(?:(?<![a-z])(?:no|any|without|nor|neither)|(?:blisters?|wounds?|injuries|cuts|lesions|scars|rash(?:es)?)\s*,?\s+(?:and|or|nor))\s+)burns(?![a-z])`,
      'smou?lder(?:ing|ed)?',
      'charred',
      // (session 18, agpara) the participle before a body part names the lesion ("burnt hands on the farmers", "his burned arms"); the
      // verb after the part ("my hands burned") stays the sensation
      String.raw`(?:burnt|burned|scorched)\s+(?:hands|arms|faces|legs|feet|backs|fingers|bodies|hand|arm|face|leg|back|skin)`,
      // session 12 (fixag): people who were or got burnt, told with the verb ("two passengers were burnt", "she got burned");
      // not organs burnt by a gas ("his lungs were burnt"), nor a building burnt out or down
      // (session 19, agparen) people on fire: burning as they came or ran out, or in flames ("people came out burning", "a child ran out
      // on fire", "villagers were in flames"); people named, never a pronoun or a part ('my eyes were on fire', 'they were on fire'
      // after the eyes, stay sensations); judgment of reading
      String.raw`(?<![\p{L}])(?:people|persons|children|kids|men|women|residents|villagers|civilians|families|someone|somebody|a\s+(?:man|woman|child|boy|girl))\s+(?:(?:came|ran|running|coming|rushed|rushing|staggered|staggering|fled|fleeing)\s+(?:out\s+)?(?:burning|on\s+fire|in\s+flames|alight|ablaze)|(?:were|was)\s+(?:\p{L}+ly\s+)?(?:on\s+fire|in\s+flames|alight|ablaze))(?![\p{L}])(?!\s+(?:of|with|hot)(?![\p{L}]))`,
      // (session 19, fixag1: the one reading of people on fire, folding agpara's terms in; review-s19 R32) clothes on a person alight
      // ("his clothes caught fire", "their clothes were on fire"), owned by a possessive, never a line of washing; "came out burning
      // hot" is tap water's heat
      String.raw`(?<![\p{L}])(?:his|her|their|my|our|whose)\s+clothes\s+(?:(?:were|was|had)\s+)?(?:on\s+fire|caught\s+fire|in\s+flames|ablaze|alight)(?![\p{L}])`,
      // (session 19, agparen) more people named by who they are (a driver, a farmer, a boy, a firefighter), and between the verb and the
      // participle only an adverb ("was badly burned", "were all burned"): "anywhere I was sweaty burned" is a sweaty place that burned
      String.raw`(?:people|persons|children|kids|residents|civilians|villagers|soldiers|fighters|men|women|they|he|she|we|i|family|families|passengers|victims|neighbou?rs?|workers|drivers?|farmers?|boys?|girls?|man|woman|child|baby|babies|son|daughter|brother|sister|father|mother|husband|wife|firefighters?|firemen|fireman|rescuers?|pilots?|teachers?|guards?|medics?|nurses?|shepherds?|labourers?|laborers?|\d+)\s+(?:\p{L}+\s+){0,2}?(?:were|was|got)\s+(?:(?:\p{L}+ly|all|both|so|too|also|very|even|then|just|quite|half)\s+)?(?:burnt|burned)(?!\s+(?:out|down))`,
    ],
    // session 14 (agctx): people burnt told with the impersonal verb ('двоих обожгло', 'его сильно обожгло') or as burnt
    // (обгоревшие); an organ burnt by a gas ('обожгло глаза', 'их глаза обожгло', 'меня обожгло горло') is the irritant's
    // sign, so the person comes first and no organ word stands between or right after the verb
    ru: [
      // (session 19, fixag1: agpara's 'люди выбегали горящими' as a pattern; review-s19 R32) people who ran or came out burning, the
      // instrumental of state right after the verb of running out: not 'выбегали из горящих домов' (the burning house); judgment of reading
      String.raw`(?<![\p{L}])(?:вы|по)?(?:бега|бежа|выскакива|выскочи|выход|выш|вылеза|выполз)\p{L}*\s+горящими(?![\p{L}])`,
      'ожог[а-яё]*', String.raw`обожгл[а-яё]*(?<=(?<![а-яё])(?:двоих|троих|четверых|пятерых|людей|человек|его|её|ее|их|нас|меня|детей|ребёнка|ребенка|мужчину|женщину)\s+(?:(?!глаз|горл|нос|лёгк|легк|груд|слизист|губ|язык|рот)[а-яё]+\s+)?обожгл[а-яё]*)(?!\s+(?:[а-яё]+\s+)?(?:глаз|горл|нос|лёгк|легк|груд|слизист|губ|язык|рот)[а-яё]*)`, 'обгоревш[а-яё]*',
      // (session 18, agpara) the reflexive обжечься in its feminine and plural past (обожглась, обожглись: 'Обожглись те, кто тушил'),
      // a person burnt; the impersonal обожгло stays with the rule above
      // (session 18, fixrev2, review R9) not the idiom обжечься на + a let-down ('обожглись на обещаниях властей': let down by
      // them): на + a noun is a physical burn only for a place or source of heat (на пожаре, на кухне, на солнце, на плите)
      String.raw`обожгл(?:ась|ись)(?!\s+(?:уже\s+|сильно\s+|не\s+раз\s+)?на\s+(?!(?:пожар|солнц|кухн|мест|плит|огн|костр|работ|завод|производств|улиц|складе|полигон)[а-яё]*)[а-яё]+)`],
    ar: ['حروق'],
  },
  {
    feature: 'trauma_injuries',
    requires: { en: 'shrapnel|fragment|blast|broken|fractur|amputat|lacerat|bleeding|splinter', ru: 'осколоч|контуз|оскол|посек', ar: 'شظايا|بتر|كسور' },
    en: [
      'shrapnel',
      // (session 19, agpara) lay speech tells the wound by what made it: 'two hurt by fragments', 'cut by flying glass' (a verb of
      // injury, then by / from and a blast's missile); judgment of reading
      // (session 19, fixag1: review-s19 R22 and the duplicate with agparen's terms, folded in here) 'hit' and 'struck' have a thing as
      // subject as often as a person ('our car was hit by fragments'): with those verbs a person or a number of people stands before
      String.raw`(?:(?:hurt|wounded|injured|cut|grazed)|(?<=(?<![\p{L}])(?:people|persons|children|kids|men|women|residents|civilians|villagers|soldiers|fighters|workers|passengers|neighbou?rs|he|she|they|we|i|him|them|us|me|man|woman|child|boy|girl|guard|driver|\d+|two|three|four|five|six|several|many|dozens|some|others)\s+(?:\p{L}+\s+){0,2})(?:hit|struck))\s+(?:by|from|with)\s+(?:the\s+)?(?:flying\s+|broken\s+)?(?:fragments|splinters|glass|debris|shrapnel)(?![\p{L}])`,
      'fragment(?:ation)? (?:wounds?|injuries)',
      'blast (?:wounds?|injuries)',
      '(?:broken|fractured) (?:bones?|limbs?)',
      'amputat(?:ion|ions|ed)',
      'lacerations?',
      'bleeding wounds?',
    ],
    // (session 19, agpara) the fragment that wounded, the noun осколок in the instrumental or after от ('посекло осколками', 'ранен
    // осколком', 'раны от осколков'; not the bare noun: 'случайный осколок бронежилет задержит' wounds nobody), and the verb посечь with
    // (session 19, fixag1: review-s19 R13) not a street strewn with fragments ('улица была усыпана осколками стекла') nor a vest that
    // protected from them ('Бронежилет защитил бойца от осколков'): no verb of strewing before the instrumental, none of shielding before от
    // its fragments or glass ('двоих посекло осколками'; not hail on crops); judgment of reading. (The Arabic plural جروح, 'wounds', was tried and withdrawn: look
    // +1, hold-all -1.)
    // (session 19, fixag2; review R21) the fragment that hit or grazed (осколок попал в, осколки задели) wounds only a person or
    // a body part named as its goal ('осколок попал ему в ногу', 'осколок задел мужчину'), not a roof, car or wall; judgment of reading
    ru: ['осколочн~', 'контузи~', String.raw`(?<![\p{L}])(?:(?<!(?:усыпа|засыпа|покры|завал|усея|усеи|заброса|собира|собрал|убира|убрал|подбира|подобрал)\p{L}*\s+(?:\p{L}+\s+){0,2})осколк(?:ом|ами)|(?<!(?:защит|защищ|спас|уберег|уберёг|береж|укрыл|укрыва|закрыл|прикрыл|прикрыва|бронежилет|каск|щит)\p{L}*\s+(?:\p{L}+\s+){0,3})от\s+осколк(?:а|ов))(?![\p{L}])`,
      String.raw`(?<![\p{L}])оскол(?:ок|ки)\s+(?:[а-яё]+\s+){0,2}?(?:попал|задел|ранил)[а-яё]*\s+(?:(?:ему|ей|им|мне|нам)\s+)?(?:в\s+)?(?:(?:двоих|троих|четверых|пятерых|нескольк[а-яё]*|\d+)\s+)?(?:человек|мужчин|женщин|ребён|ребен|дет|девоч|мальчик|подрост|бойц|солдат|военнослужащ|водител|прохож|жител|пенсионер|голов|ног|рук|груд|живот|спин|лиц|плеч|ше[юи]|глаз|бедр|его|её|ее|их|меня|нас|него|неё|нее)[а-яё]*`, String.raw`(?<![\p{L}])посек(?:ло|ли|ла)(?![\p{L}])(?=[^.;!?]{0,40}?(?:оскол|стекл|шрапнел))`],
    ar: ['شظايا', 'بتر', 'كسور'],
  },
  {
    // Session 19 (agpara): hydrofluoric acid's deep pain (knowledge/agents.yaml pain_beyond_skin; atsdr-hf-mmg-skin, msd-hf): a pain
    // word, then in its sentence the bone likened to where it hurts or inside it ('заныло, глубоко, будто в кости', 'заломило, будто кость
    // изнутри ломают', 'وجع فظيع بإصبعه، جوا العضم'); English a pain out of proportion, or worse though the skin looks normal. Not the
    // plural aches of a fever ('ломило кости', 'وجع بالعضام': no simile, the plural), nor a burn to the bone (до кости, لحد العظم: a
    // fire's depth); judgment of reading. (The English 'pain ... deep in / into the bone' was tried and withdrawn: it read a
    // development hold item and raised that part's Brier, 0.116 -> 0.123, with no development gain.)
    feature: 'pain_beyond_skin',
    requires: { en: 'proportion|normal|unmarked', ru: 'кост', ar: 'عضم|عظم' },
    en: [
      String.raw`pain[^.;!?]{0,40}?out\s+of\s+(?:all\s+)?proportion`,
      String.raw`(?:pain|hurt\p{L}*|agony|throb\p{L}*)[^.;!?]{0,80}?(?:though|but|yet|while|although)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:skin|hands?|fingers?|fingertips?|wrists?|arms?)\s+(?:looked|look|looks|was|were|seemed|showed)\s+(?:almost\s+|nearly\s+|completely\s+|perfectly\s+|quite\s+)?(?:normal|unmarked)(?![\p{L}])`,
    ],
    ru: [
      // (session 19, fixag1: review-s19 R14) not the aches of a fever: no fever word in the sentence ('температура 39, ... всё тело ломит,
      // будто кости выкручивают'), and кости not the plural subject of a verb after it (-ют/-ят/-ут/-ат); judgment of reading
      String.raw`(?<!(?:температур|жар|грипп|простуд|лихорад|озноб|орви|ковид|covid)[^.;!?]{0,120})(?:бол\p{L}*|ныл\p{L}*|заныл\p{L}*|ноет|ноют|ныть|ломил\p{L}*|заломил\p{L}*|ломит|крутил\p{L}*|дёргал\p{L}*|дергал\p{L}*)[^.;!?]{0,60}?(?:будто|словно|как\s+будто|точно)\s+(?:бы\s+)?(?:в\s+|из\s+)?(?:сам\p{L}*\s+)?кост(?:ь|и|ях|ью)(?![\p{L}])(?!\s+(?:\p{L}+\s+)?\p{L}+(?:ют|ят|ут|ат)(?![\p{L}]))(?![^.;!?]{0,120}(?:температур|жар|грипп|простуд|лихорад|озноб|орви|ковид|covid))`,
      String.raw`кость\s+(?:\p{L}+\s+)?изнутри`,
    ],
    ar: [
      // (session 19, fixag1: review-s19 R14) only inside the bone (جوا / جوه / جوة / داخل, the simile cited): 'وجع في العظم' with في or ب is
      // the ordinary bone ache of a fever or a fracture; and no fever or fracture word in the sentence
      String.raw`(?<!(?:حرارة|حراره|حمى|سخونة|سخونه|انفلونزا|إنفلونزا|كريب|رشح|كسر|مكسور)[^.!?؟\n]{0,120})(?:وجع|الم|ألم|يوجع|بيوجع|توجع|بتوجع|وجعني|وجعه|وجعها|وجعو)(?![\p{L}])[^.!?؟\n]{0,50}?(?:جوا|جوه|جوة|داخل)\s*(?:ال)?(?:عضم|عظم)(?![\p{L}])(?![^.!?؟\n]{0,120}(?:حرارة|حراره|حمى|سخونة|سخونه|انفلونزا|إنفلونزا|كريب|رشح|كسر|مكسور))`,
    ],
  },
  {
    // Session 22 (room agnew): hydrofluoric acid's pain worse than the skin shows, told in Russian and Arabic as the English 'pain ...
    // though the skin looked normal' above: a pain word in a hand, a finger or under a nail, then in its sentence a contrast with the
    // outside or the skin that shows nothing ('дёргало под ногтями, а снаружи ничего', 'الوجع نابض تحت الضافر وبرا ما في شي') (atsdr-hf-
    // mmg-skin: pain out of proportion to what is seen; msd-hf). A hand word before the pain or between it and the contrast: not a
    // headache or a belly pain with a normal skin. Judgment of reading
    // (s22 fix2, second review R21) not a pain with a cause of its own (от ушиба, перелом, после пореза; من الكسر, رضة), and after
    // снаружи 'ничего' only with a look word ('ничего не видно / не было'), not any verb ('ничего не происходило'); judgment of reading
    feature: 'pain_beyond_skin',
    requires: { ru: 'снаружи|на вид|кожа|коже|сверху', ar: 'برا|بره|برة|الخارج|جلد|بشرة' },
    ru: [
      String.raw`(?<=(?:пальц|палец|пальчик|рук|кист|ладон|ногт|ноготь)[а-яё]*[^.!?;]{0,120})(?<!(?:ушиб|перелом|порез|вывих|ранени|ссадин)[а-яё]*[^.!?;]{0,80})(?![^.!?;]{0,60}(?:ушиб|перелом|порез|вывих|от\s+удара|ранени|ссадин))(?:бол[а-яё]*|ныл[а-яё]*|заныл[а-яё]*|ноет|ноют|дёрга[а-яё]*|дерга[а-яё]*|пульсир[а-яё]*|стрелял[а-яё]*)[^.!?;]{0,80}?(?:а|но|хотя|при\s+этом)\s+(?:снаружи|на\s+вид|кожа|на\s+коже|сверху)\s+(?:[а-яё]+\s+)?(?:ничего(?!\s+не\s+(?!(?:видн|был|заметн|показ)))|нормальн[а-яё]*|чист[а-яё]*|цел[а-яё]*|обычн[а-яё]*)(?![а-яё])`,
      String.raw`(?<!(?:ушиб|перелом|порез|вывих|ранени|ссадин)[а-яё]*[^.!?;]{0,80})(?![^.!?;]{0,60}(?:ушиб|перелом|порез|вывих|от\s+удара|ранени|ссадин))(?:бол[а-яё]*|ныл[а-яё]*|заныл[а-яё]*|ноет|ноют|дёрга[а-яё]*|дерга[а-яё]*|пульсир[а-яё]*|стрелял[а-яё]*)[^.!?;]{0,40}?(?:пальц|палец|пальчик|рук|кист|ладон|ногт|ноготь)[а-яё]*[^.!?;]{0,60}?(?:а|но|хотя|при\s+этом)\s+(?:снаружи|на\s+вид|кожа|на\s+коже|сверху)\s+(?:[а-яё]+\s+)?(?:ничего(?!\s+не\s+(?!(?:видн|был|заметн|показ)))|нормальн[а-яё]*|чист[а-яё]*|цел[а-яё]*|обычн[а-яё]*)(?![а-яё])`,
    ],
    ar: [
      String.raw`(?<=(?:اصابع|أصابع|صابيع|اصبع|إصبع|اصبيع|ايد|إيد|يدي|يده|يدها|كف|ضافر|ظفر|اظافر|أظافر|ضوافر)[^.!?؟\n]{0,120})(?<!(?:كسر|مكسور|رضوض|رضة|جرح|شظي)[^.!?؟\n]{0,80})(?![^.!?؟\n]{0,60}(?:(?:ال)?كسر|مكسور|رضوض|رضة|(?:ال)?جرح|من\s+(?:ال)?ضرب|شظي))(?:وجع|الوجع|ألم|الم|الألم|الالم|يوجع\p{L}*|بيوجع\p{L}*|يوجعو\p{L}*|نابض|ينبض|بينبض)[^.!?؟\n]{0,80}?[وف]?(?:من\s+)?(?:برا|بره|برة|الخارج|(?:ال)?جلد\p{L}*|(?:ال)?بشرة)\s+(?:\p{L}+\s+)?(?:ما\s+(?:في|فيه|فيها|عليه|عليها|بين)\s+(?:شي|اشي|شيء)|طبيعي\p{L}*|سليم\p{L}*|نظيف\p{L}*)(?![\p{L}])`,
      String.raw`(?<!(?:كسر|مكسور|رضوض|رضة|جرح|شظي)[^.!?؟\n]{0,80})(?![^.!?؟\n]{0,60}(?:(?:ال)?كسر|مكسور|رضوض|رضة|(?:ال)?جرح|من\s+(?:ال)?ضرب|شظي))(?:وجع|الوجع|ألم|الم|الألم|الالم|يوجع\p{L}*|بيوجع\p{L}*|يوجعو\p{L}*|نابض|ينبض|بينبض)[^.!?؟\n]{0,40}?(?:اصابع|أصابع|صابيع|اصبع|إصبع|اصبيع|ايد|إيد|يدي|يده|يدها|كف|ضافر|ظفر|اظافر|أظافر|ضوافر)[^.!?؟\n]{0,60}?[وف]?(?:من\s+)?(?:برا|بره|برة|الخارج|(?:ال)?جلد\p{L}*|(?:ال)?بشرة)\s+(?:\p{L}+\s+)?(?:ما\s+(?:في|فيه|فيها|عليه|عليها|بين)\s+(?:شي|اشي|شيء)|طبيعي\p{L}*|سليم\p{L}*|نظيف\p{L}*)(?![\p{L}])`,
    ],
  },
  {
    // Session 31 (aginc): hydrofluoric acid's pain with the skin gone white or grey (msd-hf: on the fingers pain 'may occur before
    // redness, swelling, blisters, or grayish white patches on the skin' and is 'more severe than expected'; atsdr-hf-mmg-skin): a pain
    // word, then in its sentence the skin (or the skin under a nail) gone white, grey or pale, with a finger, a hand or a nail in the
    // sentence ('my fingertips were throbbing ..., deep down, and the skin had gone pale grey', 'палец заболел ... а кожа почти белая',
    // 'صار وجع جوا العظم ... والجلد تحت الظفر صار أبيض'). Not fingers white from the cold (Raynaud's, frostbite) nor a fire's burn
    // (fire, flame), whose deep burns look white too. Judgment of reading
    feature: 'pain_beyond_skin',
    requires: { en: 'skin', ru: 'кож', ar: 'جلد|بشرة' },
    en: [
      String.raw`(?<!(?:cold|frost|freez|snow|ice|icy|fire|flame|raynaud|blood|bleed|wound|fractur|broken|bruis)[^.;!?]{0,120})(?:(?<=(?:finger|thumb|hand|palm|nail)[^.;!?]{0,120})|(?=[^.;!?]{0,200}(?:finger|thumb|hand|palm|nail)))(?<![\p{L}])(?:pain(?!less|t)\p{L}*|hurt\p{L}*|ach(?:e|es|ed|ing|y)(?![\p{L}])|agony|throb\p{L}*|sting(?:s|ing)?(?![\p{L}]))(?:(?!cold|frost|freez|snow|icy|fire|flame|blood|bleed|wound|fractur|broken|bruis)[^.;!?]){0,160}?(?<![\p{L}])skin\s+(?:\p{L}+\s+){0,3}?(?:white|whitish|grey|gray|greyish|grayish|pale|blanched)(?![\p{L}])(?![^.;!?]{0,80}(?:cold|frost|freez|fire|flame|blood|bleed|wound|fractur|bruis|fear|fright|shock))`,
    ],
    ru: [
      String.raw`(?<!(?:холод|мороз|обморож|огн|плам|пожар|кров|ушиб|перелом)[^.;!?]{0,120})(?:(?<=(?:пал[ье]ц|пальц|ногт|ногот|рук|кист|ладон)[^.;!?]{0,120})|(?=[^.;!?]{0,200}(?:пал[ье]ц|пальц|ногт|ногот|рук|кист|ладон)))(?<![\p{L}])(?:бол(?!ьниц|ьш|от|ьн(?:ой|ая|ое|ые|ых|ым|ого|ому|ую|ыми|ом)(?![\p{L}]))\p{L}*|заболел\p{L}*|ныл\p{L}*|ноет|дёрга\p{L}*|дерга\p{L}*|пульсир\p{L}*)(?:(?!холод|мороз|обморож|огн|плам|пожар|кров|ушиб|перелом)[^.;!?]){0,160}?(?<![\p{L}])кожа\s+(?:\p{L}+\s+){0,3}?(?:бел\p{L}*|сер(?!ь[её]зн|дц|един)\p{L}*|бледн\p{L}*|побелел\p{L}*)(?![^.;!?]{0,80}(?:холод|мороз|огн|плам|кров|ушиб|перелом|страх|испуг))`,
    ],
    ar: [
      String.raw`(?<!(?:برد|صقيع|ثلج|نار|حريق|لهب|نزيف|كسر|رضوض|جرح)[^.!?؟\n]{0,120})(?:(?<=(?:اصبع|اصابع|صابيع|اصبيع|ايد|يدي|يده|يدها|كف|ضافر|ظفر|اظافر|ضوافر)[^.!?؟\n]{0,120})|(?=[^.!?؟\n]{0,200}(?:اصبع|اصابع|صابيع|اصبيع|ايد|يدي|يده|يدها|كف|ضافر|ظفر|اظافر|ضوافر)))(?<![\p{L}])(?:وجع|الوجع|الم|الالم|يوجع\p{L}*|بيوجع\p{L}*|نابض|ينبض)(?![\p{L}])(?:(?!برد|صقيع|ثلج|نار|حريق|لهب|نزيف|كسر|رضوض|جرح|من\s+(?:ال)?ضرب)[^.!?؟\n]){0,160}?(?<![\p{L}])[وف]?(?:ال)?(?:جلد|بشرة)(?![\p{L}])[^.!?؟\n]{0,30}?(?:ابيض|بيضا|بيضاء|رمادي|شاحب)(?![\p{L}])(?![^.!?؟\n]{0,80}(?:برد|صقيع|ثلج|نار|حريق|لهب|نزيف|كسر|رضوض|جرح|خوف|رعب))`,
    ],
  },
  {
    // Session 31 (aginc): the treatment of a hydrofluoric acid burn told by its form, not its name (knowledge/agents.yaml
    // antidote_calcium; atsdr-hf-mmg-skin, msd-hf: calcium gluconate as a gel on the burn and injections into or near it): a gel
    // and injections in one sentence, either order, with a finger, a hand or a nail in that sentence or in the 200 characters
    // before it ('The hospital soaked them in a gel and injected something', 'гель мазали и уколы в палец делали', 'حطوا جل وضربوا
    // إبر بالإصبع'). Not a gel and a shot given for something else (tetanus, a painkiller, an antibiotic, insulin, a vaccine, a
    // local anaesthetic) nor the Arabic جل 'most of' (a finger or hand is still required). Judgment of reading
    feature: 'antidote_calcium',
    requires: { en: 'gel', ru: 'гел', ar: 'جل|جيل' },
    en: [
      String.raw`(?:(?<=(?:finger|thumb|hand|palm|nail|wrist)[\s\S]{0,200})|(?=[^.;!?]{0,120}(?:finger|thumb|hand|palm|nail|wrist)))(?:(?<![\p{L}])gels?(?![\p{L}])[^.;!?]{0,60}?(?:inject\p{L}*|shots?(?![\p{L}]))|(?:inject\p{L}*|shots?(?![\p{L}]))[^.;!?]{0,60}?(?<![\p{L}])gels?(?![\p{L}]))(?![^.;!?]{0,80}(?:tetanus|painkill|pain\s+relie|for\s+(?:the\s+)?pain|morphine|antibiot|insulin|vaccin|anaesthe|anesthe|lidocaine|sanitiz|hair\s+gel|shower\s+gel|burning|napalm|phosphor|incendiar|gunfire|gunshot|heard\s+(?:\p{L}+\s+)?shots|shots?\s+(?:were\s+|was\s+)?(?:fired|rang)|fired\s+(?:\p{L}+\s+)?shots))(?<!(?:tetanus|painkill|pain\s+relie|for\s+(?:the\s+)?pain|morphine|antibiot|insulin|vaccin|anaesthe|anesthe|lidocaine|sanitiz|hair\s+gel|shower\s+gel|burning|napalm|phosphor|incendiar|gunfire|gunshot|heard\s+(?:\p{L}+\s+)?shots|shots?\s+(?:were\s+|was\s+)?(?:fired|rang)|fired\s+(?:\p{L}+\s+)?shots)[^.;!?]{0,140})`,
    ],
    ru: [
      String.raw`(?:(?<=(?:пал[ье]ц|пальц|ногт|ногот|рук|кист|ладон)[\s\S]{0,200})|(?=[^.;!?]{0,120}(?:пал[ье]ц|пальц|ногт|ногот|рук|кист|ладон)))(?:(?<![\p{L}])гел(?:ь|я|ем|ю|е)(?![\p{L}])[^.;!?]{0,60}?(?:укол\p{L}*|инъекци\p{L}*|колол(?!о(?![\p{L}]))\p{L}*|обкалыва\p{L}*|обкололи)|(?:укол\p{L}*|инъекци\p{L}*|колол(?!о(?![\p{L}]))\p{L}*|обкалыва\p{L}*|обкололи)[^.;!?]{0,60}?(?<![\p{L}])гел(?:ь|я|ем|ю|е)(?![\p{L}]))(?![^.;!?]{0,80}(?:столбняк|обезбол|от\s+боли|антибиот|инсулин|вакцин|прививк|новокаин|лидокаин|анестез|антисептик))(?<!(?:столбняк|обезбол|от\s+боли|антибиот|инсулин|вакцин|прививк|новокаин|лидокаин|анестез|антисептик)[^.;!?]{0,140})`,
    ],
    ar: [
      String.raw`(?:(?<=(?:اصبع|اصابع|صابيع|اصبيع|ايد|يدي|يده|يدها|كف|ضافر|ظفر|اظافر|ضوافر)[\s\S]{0,200})|(?=[^.!?؟\n]{0,120}(?:اصبع|اصابع|صابيع|اصبيع|ايد|يدي|يده|يدها|كف|ضافر|ظفر|اظافر|ضوافر)))(?:(?<![\p{L}])(?:الجل|الجيل|جيل|جل(?!\s+(?:ال|جلال)))(?![\p{L}])[^.!?؟\n]{0,40}?(?<![\p{L}])[وف]?(?:ب)?(?:ال)?(?:ابر|ابرة|ابره|حقن|حقنة|حقنه)(?![\p{L}])|(?<![\p{L}])[وف]?(?:ب)?(?:ال)?(?:ابر|ابرة|ابره|حقن|حقنة|حقنه)(?![\p{L}])[^.!?؟\n]{0,40}?(?<![\p{L}])(?<!عز\s+)[وف]?(?:الجل|الجيل|جيل|جل(?!\s+(?:ال|جلال)))(?![\p{L}]))(?![^.!?؟\n]{0,80}(?:كزاز|مسكن|للوجع|للالم|مضاد\s+حيوي|انسولين|لقاح|مخدر|بنج|معقم))(?<!(?:كزاز|مسكن|للوجع|للالم|مضاد\s+حيوي|انسولين|لقاح|مخدر|بنج|معقم)[^.!?؟\n]{0,140})`,
    ],
  },
  {
    // Session 22 (room agnew): over-breathing told by its two lay signs in one sentence, tingling hands, fingers or lips and fast
    // breathing ('tingling fingers, fast breathing', 'покалывало пальцы, часто дышали', 'تنميل بالأصابع ونفس سريع'): the
    // hyperventilation of panic and of mass psychogenic illness (jones-2000: hyperventilation among its commonest signs; the tingling
    // is the over-breathing's own), as the term list's 'hyperventilating'. Both in the sentence, either order; fast breathing alone
    // (a lung injury's too) or tingling alone (a pesticide's, a cold's) is not read. Judgment of reading
    feature: 'panic',
    requires: { en: 'tingl|pins and needles', ru: 'покалыва|колол|покалыв|онемел|мурашк', ar: 'تنميل|نمل|تنمل|منمل' },
    en: [
      String.raw`(?:tingl\p{L}*|pins\s+and\s+needles)[^.!?;]{0,60}?(?:(?:fast|rapid|quick|heavy|shallow)\s+(?:\p{L}+\s+)?breath\p{L}*|breath\p{L}*\s+(?:too\s+|very\s+|really\s+)?(?:fast|quickly|rapidly)|panting|over-?breath\p{L}*)`,
      String.raw`(?:(?:fast|rapid|quick|shallow)\s+(?:\p{L}+\s+)?breath\p{L}*|breath\p{L}*\s+(?:too\s+|very\s+|really\s+)?(?:fast|quickly|rapidly)|panting|over-?breath\p{L}*)[^.!?;]{0,60}?(?:tingl\p{L}*|pins\s+and\s+needles)`,
    ],
    ru: [
      String.raw`(?:покалыва\p{L}*|покалывани\p{L}*|колол\p{L}*\s+(?:в\s+)?пальц|онемел\p{L}*\s+пальц|мурашк\p{L}*)[^.!?;]{0,60}?(?:част\p{L}*\s+(?:\p{L}+\s+)?дыша\p{L}*|част\p{L}*\s+дыхани\p{L}*|дыша\p{L}*\s+(?:очень\s+)?часто|учащ\p{L}*\s+дыхани\p{L}*)`,
      String.raw`(?:част\p{L}*\s+(?:\p{L}+\s+)?дыша\p{L}*|част\p{L}*\s+дыхани\p{L}*|дыша\p{L}*\s+(?:очень\s+)?часто|учащ\p{L}*\s+дыхани\p{L}*)[^.!?;]{0,60}?(?:покалыва\p{L}*|покалывани\p{L}*|колол\p{L}*\s+(?:в\s+)?пальц|онемел\p{L}*\s+пальц|мурашк\p{L}*)`,
    ],
    ar: [
      String.raw`(?:تنميل|نمل|تنمل|منمل)\p{L}*[^.!?؟\n]{0,60}?(?:(?:نفس|نفسهم|نفسه|نفسها|تنفس|التنفس)\s+(?:\p{L}+\s+)?(?:سريع|سريعة|سريعه|بسرعة)|يلهث\p{L}*|لهاث)`,
      String.raw`(?:(?:نفس|نفسهم|نفسه|نفسها|تنفس|التنفس)\s+(?:\p{L}+\s+)?(?:سريع|سريعة|سريعه|بسرعة)|يلهث\p{L}*|لهاث)[^.!?؟\n]{0,60}?(?:تنميل|نمل|تنمل|منمل)`,
    ],
  },
  {
    // Session 19 (agparen): that nobody fell ill, told in lay words ("nobody got sick", "no one fell ill", and clipped at its clause end,
    // "two hurt by fragments, nobody sick."): the same absence across every sign as "none had symptoms" (knowledge/agent-terms.yaml).
    // Not "was sick" (British English for vomiting: "nobody was sick" denies vomiting only), not with an exception or a time after it
    // ("nobody got sick except the driver", "no one fell ill at first", "until evening"), nor "nobody else" (someone did); judgment of reading
    // (session 19, fixag1: review-s19 R18) nor a 'nobody' a place or group limits ('nobody got sick in the first village', 'among the
    // guards', 'at the school'; 'at all' stays the absence)
    feature: 'no_poisoning_signs',
    selfNegating: true,
    requires: { en: 'nobody|no one|noone|none of' },
    en: [
      String.raw`(?:no\s*one|nobody|none\s+of\s+(?:us|them))(?!\s+else)\s+(?:got|gets|fell|became|felt|was\s+taken|were\s+taken)\s+(?:sick|ill|unwell)(?![\p{L}])(?![,\s]+(?:but|except|apart|other\s+than|save|besides|at\s+first|until|till|right\s+away|immediately|then|yet|that\s+(?:day|night|morning|evening)))(?!\s+(?:in|at(?!\s+all(?![\p{L}]))|among|on|inside|from|of|here|there)(?![\p{L}]))`,
      String.raw`(?<![\p{L}])(?:no\s*one|nobody)\s+(?:sick|ill|unwell)(?=\s*(?:[.;!?]|$))`,
    ],
  },
  {
    // Session 27 (agdev): the English 'nobody got sick' above in the spoken Arabic of the Levant, Egypt and the Gulf: nobody (ما حدا,
    // ما حد, محدش, محد, ولا حدا) fell ill, got sick or poisoned (تعب, اتعب, مرض, عيي, تسمم, اتسمم, انسم, جراله حاجة); one word of
    // whom between ('ما حدا منا تعب'); not with an exception after it (غير, إلا, ما عدا: 'محدش تعب غير أبويا'). dev-v20 ar-d20-30
    // (a tyre that burst, 'ما حد تعب') read no feature at all; lay paraphrase, judgment of reading
    feature: 'no_poisoning_signs',
    selfNegating: true,
    requires: { ar: 'حد' },
    ar: [
      String.raw`(?<![\p{L}])[وف]?(?:ما\s+حدا?|ماحدا?|محدش|ماحدش|ما\s+حدش|محد|ولا\s+حدا?)\s+(?:(?:منا|منهم|فينا|فيهم|منكم)\s+)?(?:تعب|اتعب|مرض|عيي|تسمم|اتسمم|انسم|جراله\s+حاجة|جراله\s+شي|صارله\s+شي|صار\s+معه\s+شي)(?![\p{L}])(?!\s*(?:غير|الا|ما\s+عدا)(?![\p{L}]))`,
    ],
  },
  {
    // "no symptoms of poisoning", "nobody showed signs of chemical exposure": an absence across every toxic sign,
    // one 'none' feature rather than a denial of each sign (the account rarely lists them)
    feature: 'no_poisoning_signs',
    selfNegating: true,
    requires: { en: 'poison|chemical|toxic|intoxicat|gas exposure', ru: 'отравлен|химическ|токсич', ar: 'تسمم|كيميا|سام' },
    en: [
      String.raw`(?:no|without(?:\s+any)?|not\s+any|never\s+any|nor)\s+(?:\p{L}+\s+)?(?:signs?|symptoms?|evidence|indications?|cases?)\s+of\s+(?:any\s+)?(?:poisoning|intoxication|(?:chemical|toxic|gas)\s+(?:exposure|poisoning|injur(?:y|ies)|agents?|substances?))`,
      String.raw`(?:no\s*one|nobody|none\s+of\s+(?:them|the\s+\p{L}+))\s+(?:was|were|had\s+been|showed\s+(?:signs\s+of\s+(?:being\s+)?)?)\s*(?:poisoned|intoxicated|gassed)`,
    ],
    ru: [String.raw`(?:нет|без|не\s+было|никаких)\s+(?:никаких\s+)?(?:признак~|симптом~)\s+(?:\p{L}+\s+)?(?:отравлени~|интоксикаци~|химическ~)`],
    ar: [String.raw`(?:لا\s+(?:توجد|يوجد)|لم\s+(?:تظهر|يظهر|تكن)|بدون|دون|عدم\s+وجود)\s+(?:أي\s+)?(?:ال)?(?:أعراض|اعراض|علامات)\s+(?:ل|لل)?(?:تسمم|التسمم|(?:ال)?مواد\s+(?:ال)?كيميائية)`],
  },
  {
    // Session 20 (room agru): the tests or the air found clean, told in lay Russian and Arabic (knowledge/agents.yaml
    // no_agent_detected; the English 'meters read zero', 'the air was clean' are terms): the air checked and a dash and zero
    // ("МЧС проверило воздух — ноль", "замерили — чисто"), the instruments showed zero ("приборы показали ноль"), the tests clean
    // ("анализы чистые"); Arabic tests or results, then in their clause clean / fine / normal / negative in the spoken words of the
    // four dialect areas ("التحاليل تاع الماء والدم نظاف", "الفحوصات طلعت سليمة", "التحاليل كلها منيحة", "التحاليل مزيانة"). Not a
    // negation before the adjective ("التحاليل ما كانت نظيفة"), nor results of anything else ("نتائج الانتخابات طبيعية"), nor a dash
    // and a number other than zero; judgment of reading.
    // Session 20 (fixag2, review R9): not the normal part of a result whose other part is the finding: a named function, level,
    // ratio or organ between the tests and the adjective ('التحاليل أظهرت أن وظائف الكبد طبيعية لكن ...': AR_ANALYTE_PART), nor an
    // exception or contrast after it in the sentence ('تحاليل الدم طبيعية باستثناء انخفاض الكولين استراز', لكن, ما عدا, إلا, بس)
    feature: 'no_agent_detected',
    selfNegating: true,
    requires: { ru: 'ноль|нул|чист|ничего', ar: 'تحاليل|تحليل|فحوص' },
    ru: [
      String.raw`(?:провер|замер|замерил|измер|прозвонил|обследова)~\s+(?:[а-яё]+\s+){0,2}?(?:воздух|вод|помещени|территори|пробы|подвал|квартир|класс|цех|здани)~\s*(?:[—–-]+|:)\s*(?:ноль|нуль|ничего|чисто|по\s+нулям)(?![\p{L}])`,
      String.raw`(?:приборы|прибор|датчики|датчик|газоанализатор~|детектор~|замеры|анализатор~)\s+(?:[а-яё]+\s+)?(?:показал~|показыва~)\s+(?:[а-яё]+\s+)?(?:ноль|нуль|нули)(?![\p{L}])`,
      String.raw`(?:анализ~|пробы)\s+(?:(?!не\s)[а-яё]+\s+){0,3}?(?:(?:были|оказались)\s+)?(?:чистые|чистыми|чисты)(?![\p{L}])`,
    ],
    ar: [
      String.raw`(?:تحاليل|تحليل|فحوص|فحوصات)(?:\s+(?:(?!${AR_ANALYTE_PART}(?![\p{L}]))[\u0621-\u064a]+\s+){0,4}?|\s+)(?<!(?:ما|مش|مو|لم|ليس|ليست|غير|مب|موب|مهيش|ماهيش)\s+(?:[\u0621-\u064a]+\s+)?)(?:(?:طلع|طلعت|كانت|كان|جات|جت|بانت|ظهرت|اجت)\s+)?(?:كلها\s+|كلهم\s+)?(?:نظاف|نظيفة|نظيفه|نضاف|نضيفة|نضيفه|نقية|سليمة|سليمه|منيحة|منيحه|كويسة|كويسه|مزيانة|مزيانه|مزيانين|مليحة|مليحه|زينة|زينه|طبيعية|طبيعيه|سلبية|سلبيه)(?![\p{L}])(?![^.؛!?؟\n]*?(?<![\p{L}])(?:باستثناء|ماعدا|عدا|الا|إلا|لكن|لكنه|لكنها|لاكن|بس|بينما|غير\s+[اأ]ن)\s+\p{L})`,
    ],
  },
  {
    // Session 22 (room aginc): the official measuring register in its grammar rather than its fixed phrases (knowledge/agents.yaml
    // no_agent_detected): a verb of detecting or finding with 'no' and a hazardous-substance head after it ("the hazmat team
    // detected no chemicals", "monitoring revealed no contaminants", "readings showed no elevated levels"), the passive ("no
    // chemical agents were detected"), samples or tests negative for a chemical or agent; RU a negated detection verb with a toxic,
    // poisonous, hazardous or chemical substance or gas on either side in its clause ("химики не выявили в воздухе токсичных
    // веществ", "следов отравляющих веществ не обнаружено", "анализ проб не показал наличия опасных веществ"); AR a negated find,
    // detect or record verb with a toxic, chemical or hazardous substance, gas or trace after it ("لم يعثر الخبراء على أي مواد سامة",
    // "لم تكشف الفحوصات عن أي أثر لمواد كيميائية"), and the samples, place or air free of them ("خلو العينات من أي مواد كيميائية").
    // The head must be a substance: 'found no chemical burns', 'found no survivors', 'detected no signs of life', 'negative for
    // COVID' are not read; judgment of reading, none taken from an evaluation item
    feature: 'no_agent_detected',
    selfNegating: true,
    // (speed) each language's gate is a word every one of its patterns holds: the detecting verb or 'negative' (EN), the
    // substance's adjective (RU, AR), not the negation, which most texts hold
    requires: {
      en: 'detect|found|identif|record|regist|reveal|show|indicat|picked up|measur|negative',
      ru: 'отравляющ|токсичн|ядовит|опасн|вредн|химическ|загрязняющ',
      ar: 'سام|كيميائ|كيماوي|خطر|ضار|ملوث',
    },
    en: [
      String.raw`(?:detected|found|identified|recorded|registered|revealed|showed|indicated|picked\s+up|measured)\s+no\s+(?:traces?\s+of\s+(?:any\s+)?|evidence\s+of\s+(?:an?\s+|any\s+)?)?${NO_AGENT_HEAD_EN}`,
      String.raw`no\s+(?:traces?\s+of\s+(?:any\s+)?)?${NO_AGENT_HEAD_EN}\s+(?:was|were|has\s+been|have\s+been|could\s+be)\s+(?:detected|found|identified|recorded|measured)`,
      String.raw`(?:samples?|tests?|swabs?|readings?|results?|analys[ie]s|monitoring)\s+(?:[\p{L}-]+\s+){0,4}?(?:were|was|came\s+back|proved|tested|returned)\s+negative\s+for\s+(?:any\s+|all\s+)?(?:(?:chemical|toxic|hazardous|nerve|blister|warfare|industrial)\s+)+(?:agents?|substances?|chemicals|compounds?|gases|materials?|weapons?)`,
    ],
    ru: [
      String.raw`${NO_AGENT_NEG_RU}[^.;!?,]{0,40}?${NO_AGENT_HEAD_RU}`,
      String.raw`${NO_AGENT_HEAD_RU}[^.;!?,]{0,40}?${NO_AGENT_NEG_RU}`,
    ],
    ar: [
      String.raw`(?:لم|ما)\s+(?:يتم\s+(?:العثور|رصد|تسجيل|اكتشاف)|(?:يعثر|تعثر|يعثروا|عثروا|يرصد|ترصد|يسجل|تسجل|يظهر|تظهر|يثبت|تثبت|يجد|تجد|يجدوا|يكتشف|تكتشف|يتبين))(?:\s+[\u0621-\u064a]+){0,3}?\s+(?:على|عن)\s+(?:وجود\s+)?(?:اي\s+)?${NO_AGENT_HEAD_AR}`,
      // (session 22, fixag: review-s22 R6) كشف عن is also 'disclose' ('لم تكشف السلطات عن مواد سامة محددة': the authorities did not
      // name one): read as detecting only with a test, sample or instrument its subject, or with أي (any) before the head
      String.raw`(?:لم|ما)\s+(?:يتم\s+الكشف|يكشف|تكشف)(?:\s+[\u0621-\u064a]+){0,3}?\s+عن\s+(?:وجود\s+)?اي\s+${NO_AGENT_HEAD_AR}`,
      String.raw`(?:لم|ما)\s+(?:يكشف|تكشف)\s+(?:ال)?(?:فحوص|فحوصات|فحص|تحاليل|تحليل|عينات|عينة|عينه|اختبارات|اختبار|قياسات|اجهزة|اجهزه|مختبر|مختبرات|كاشفات|كاشف)(?:\s+[\u0621-\u064a]+){0,2}?\s+عن\s+(?:وجود\s+)?${NO_AGENT_HEAD_AR}`,
      String.raw`خلو\s+(?:ال)?[\u0621-\u064a]+\s+(?:[\u0621-\u064a]+\s+)?من\s+(?:اي\s+)?${NO_AGENT_HEAD_AR}`,
    ],
  },
  {
    // dust, debris, rubble, and smoke named with them: what a blast without a chemical leaves
    feature: 'dust_debris',
    requires: { en: 'dust|debris|rubble', ru: 'пыл|облом|завал', ar: 'غبار|ركام|انقاض' },
    en: [String.raw`(?:clouds?\s+of\s+)?(?:dust|debris|rubble)(?:\s+and\s+(?:black\s+|thick\s+)?smoke)?`, String.raw`smoke\s+and\s+(?:dust|debris)`],
    ru: ['пыл(?!а)~', 'обломк~', 'завал~'],
    ar: ['غبار', 'ركام', 'أنقاض', 'انقاض'],
  },
  {
    // Session 20 (room fixag2, review R25; moved from agru's terms of 3fe14d8): the spoken image of twitching, the flesh or muscles
    // that dance or jump (لحمه عم يرقص, عضلاته بترقص, Sudanese لحمو بنط: HPO Fasciculations): the flesh with its possessive
    // (لحمه / لحمو / لحمها ..., never bare لحم, which is meat: the wedding feast 'اشترينا لحم والولاد عم يرقصوا') or the muscles, then
    // the verb with at most عم / كان / صار before it, no gap across another subject. Judgment of reading
    feature: 'fasciculations',
    requires: { ar: 'لحم|عضلات' },
    ar: [String.raw`(?<![\p{L}])[وف]?(?:لحم(?:ه|و|ها|هم|هن|ي|نا|كم)|(?:ال)?عضلات(?:ه|و|ها|هم|هن|ي|نا|كم)?)\s+(?:(?:عم|كان|كانت|صار|صارت|قاعد|قاعدة|قاعده)\s+)?(?:ب|بي|بت)?(?:ترقص|يرقص|رقص|ينط|تنط|نط|ينطنط|تنطنط|نطنط|يقفز|تقفز)(?![\p{L}])`],
  },
  {
    feature: 'panic',
    requires: { en: 'panic|stampede|fled in|ran in', ru: 'паник|давк', ar: 'هلع|ذعر|فزع' },
    en: [String.raw`panic\p{L}*`, 'stampede', String.raw`(?:fled|ran)\s+in\s+(?:panic|terror|fear)`],
    ru: ['паник~', 'давк~'],
    ar: ['هلع', 'ذعر', 'فزع'],
  },
  {
    feature: 'onset_fast',
    requires: ONSET_REQ,
    en: [
      String.raw`(?:within|in) (?:a few |few |several |some |\d+ )?(?:seconds|minutes|moments)[^.;]{0,60}?${SYMPTOM}`,
      String.raw`${SYMPTOM}[^.;]{0,60}?(?:within|in) (?:a few |few |several |some |\d+ )?(?:seconds|minutes|moments)`,
      String.raw`(?:a few |few |several |some |\d+ )(?:seconds|minutes|moments) (?:later|after)[^.;]{0,60}?${SYMPTOM}`,
      '(?:immediate|instant|sudden|rapid) (?:onset|effects?|symptoms|reaction)',
      String.raw`(?:felt|fell|became|began|started|collapsed)\s+(?:\p{L}+\s+){0,3}?(?:immediately|instantly|at once|right away)`,
      'immediately (?:felt|began|started|fell|collapsed|lost|vomited|coughed|choked)',
    ],
    ru: [String.raw`(?:через|в течение)\s+(?:нескольк~\s+)?(?:секунд|минут)~`, 'мгновенно'],
    ar: [String.raw`(?:خلال|بعد)\s+(?:دقائق|ثوان|ثواني|ثوانٍ|لحظات|دقيقة)`, 'على الفور'],
  },
  {
    // Session 18 (room agpara): a few minutes told in lay words (EN in / within a couple of minutes, a minute or two; RU через пару /
    // пять минут, минут через пять, the litotes не прошло и пяти минут, как ...; AR بعد كم / خمس دقايق, the litotes ما مرت خمس دقايق
    // إلا ...); RU тотчас, моментально); each needs a sign word after it in its sentence (termPass's anchoring does not reach
    // lexicon hits: 'через пять минут пожарные были на месте' is a response time, incidents-dev-v9 saratov, development look part).
    // Left out: 'suddenly' / вдруг / فجأة, which time the event, not the latency after an exposure ('suddenly began vomiting' at a
    // wedding: incidents-dev-v11 rocester, look part), and 'as soon as' / как только / أول ما, دغري, طوالي, whose clause may be any
    // event ('as soon as we reached the hospital'): tried, and withdrawn after the paraphrases dev-v5 hold part's aggregate Brier
    // went .098 -> .105 (no hold item read); judgment
    feature: 'onset_fast',
    requires: { en: 'minute|second|moment', ru: 'минут|секунд|тотчас|моментально|миг|момент|мгновен', ar: 'دقاي|دقيق|دقائق|ثوان|ثواني' },
    en: [
      String.raw`(?:in|within)\s+a\s+(?:couple\s+of\s+minutes|minute(?:\s+or\s+two)?|few\s+seconds|second\s+or\s+two|moment)(?=[^.;!?]{0,60}${ONSET_SIGN_EN})`,
    ],
    ru: [
      String.raw`(?:через|спустя)\s+(?:пар[уы]|пять|две|два|три|четыре|десять|\d+|одну)\s+(?:минут|секунд)~${RU_SIGN_AFTER}`,
      String.raw`(?:минут|секунд)~\s+через\s+(?:пять|две|два|три|десять|\d+|пару)${RU_SIGN_AFTER}`,
      String.raw`не\s+прошло\s+и\s+(?:\p{L}+\s+)?(?:минут|секунд)~${RU_SIGN_AFTER}`,
      String.raw`(?:тотчас|моментально)${RU_SIGN_AFTER}`,
      // (session 30, agdev) the same minute or moment ('в ту же минуту его вырвало', 'в тот же миг'), a sign after it; judgment of reading
      String.raw`в\s+(?:(?:ту|эту)\s+же\s+(?:минуту|секунду)|(?:тот|этот)\s+же\s+(?:миг|момент)|то\s+же\s+мгновение|одно\s+мгновение|один\s+миг)${RU_SIGN_AFTER}`,
    ],
    ar: [
      String.raw`(?:خلال|بعد)\s+(?:كم|كام|كذا|شي|خمس|عشر|تلات|ثلاث|\d+)\s+(?:دقيقة|دقيقه|دقايق|دقائق|ثانية|ثواني)${AR_SIGN_AFTER}`,
      String.raw`(?:خلال|بعد)\s+(?:دقايق|دقيقتين|ثانيتين)${AR_SIGN_AFTER}`,
      String.raw`ما\s+(?:مرت|مر|مضت|مضي|فاتت|فات)\s+(?:\p{L}+\s+){0,2}?(?:دقايق|دقائق|دقيقة|دقيقتين|ثواني|ثوان)\s+(?:الا|غير)${AR_SIGN_AFTER}`,
    ],
  },
  {
    // Session 30 (agdev): the latent interval told as time that passed or as the earliest time a sign came, in EN/RU/AR, each with a
    // sign after it in its sentence (the anchors of session 18): the elapsed time ('Прошло часа четыре, и глаза заболели',
    // 'прошло несколько часов, прежде чем', 'مرت كم ساعة وبعدين', 'it took hours before'), the earliest time with 'not until' / 'only'
    // ('it wasn't until the evening that', 'только вечером', 'лишь на другие сутки', 'لحتى الليل'), hours 'afterwards' as 'later'.
    // Not the litotes of a short time ('не прошло и пяти минут', 'ما مرت ساعة إلا': no negation before the verb), not a recovery after
    // a time ('прошло часа через два' is a sign that passed: no через / спустя after the unit). Judgment of reading (ATSDR MMG for
    // sulfur mustard and phosgene: the symptom-free interval of hours). (review s30) No arrival or return between the time and
    // the sign (EN/RU/AR_SIGN_NO_RESPONSE): 'only in the evening did the police arrive; people were coughing' times the help
    feature: 'onset_delayed',
    requires: { en: 'hour|until|till|took', ru: 'прошл|прошел|прошёл|только|лишь|сутки|сутк|сначала|поначалу|первое', ar: 'مرت|مر|مضت|مضي|فات|حتي|لحد|لغاية|نهار|ساع' },
    en: [
      String.raw`(?:(?:a\s+few|several|some|a\s+couple\s+of|two|three|four|five|six|many|\d+)\s+)?hours\s+afterwards?${EN_SIGN_NO_RESPONSE}`,
      String.raw`(?:was(?:n't|\s+not)|did(?:n't|\s+not)\s+\p{L}+|not)\s+(?:until|till)\s+(?:(?:the|that|late\s+that|later\s+that)\s+)?(?:evening|night|nightfall|bedtime|next\s+(?:day|morning|evening|night)|following\s+(?:day|morning|evening|night)|day\s+after|morning\s+after|hours\s+later|a\s+day\s+later)${EN_SIGN_NO_RESPONSE}`,
      String.raw`(?:it|this)\s+took\s+(?:(?:a\s+few|several|some|a\s+couple\s+of|two|three|four|five|six|many|\d+)\s+hours|(?:until|till)\s+(?:the\s+)?(?:evening|night|next\s+(?:day|morning)|following\s+(?:day|morning)))${EN_SIGN_NO_RESPONSE}`,
    ],
    ru: [
      String.raw`(?<!(?:не|ни)\s+)(?:прошл[оиа]?|прош[её]л)\s+(?:(?:уже|ещё|еще|почти|около|часа?|часов|несколько|пара|пару|два|две|три|четыре|пять|шесть|семь|восемь|\d+)\s+){0,2}(?:час(?:а|ов)?|сутки|суток|полдня|полсуток|день|дня|дней)(?!\s+(?:\p{L}+\s+)?(?:через|спустя))(?:\s+\p{L}+)?${RU_SIGN_NO_RESPONSE}`,
      String.raw`(?:только|лишь)\s+(?:(?:поздно|уже)\s+)?(?:вечером|ночью|к\s+вечеру|к\s+ночи|к\s+утру|наутро|под\s+вечер|на\s+(?:другие|следующие|вторые)\s+сутки|на\s+(?:другой|следующий|второй)\s+день|через\s+(?:несколько|пару|два|три|четыре|пять|\d+)\s+час~)${RU_SIGN_NO_RESPONSE}`,
      String.raw`на\s+(?:другие|следующие|вторые)\s+сутки${RU_SIGN_NO_RESPONSE}`,
      // the interval told as nothing at first (the term file's English 'nothing at first', 'felt nothing at first'), a sign after it
      String.raw`(?:сначала|поначалу|первое\s+время)\s+(?:(?:у\s+\p{L}+|мы|он|она|они|я|вроде)\s+)?ничего\s+(?:не\s+)?(?:было|почувствовал~|чувствовал~|заметил~|болел~)${RU_SIGN_NO_RESPONSE}`,
    ],
    ar: [
      String.raw`(?<!(?:ما|لم|ولا|مش)\s+)(?:مرت|مر|مرق|مرقت|مضت|مضى|مضي|فاتت|فات)\s+(?:(?:كم|كام|كذا|عدة|بضع|تلات|ثلاث|اربع|خمس|\d+|حوالي|تقريبا)\s+)?(?:ساعة|ساعه|ساعات|ساعتين|يوم|نهار|نص\s+نهار|ليلة|ليله)(?!\s+(?:الا|غير)(?![\p{L}]))${AR_SIGN_NO_RESPONSE}`,
      String.raw`(?:(?:ما|مش|مو|محد|ماحد)\s+(?:صار|حصل|صاير|كان|حس|حسينا|حسيت|حسوا)\s+(?:ب|بي)?(?:شي|اشي|شيء|حاجة|حاجه|اي\s+شي)\s+)?(?:ل|ع)?(?:حتى|لحتى|لحد|لغاية|لعند|حد)\s+(?:ال)?(?:ليل|مسا|مساء|صبح|صباح|عصر|تاني\s+يوم|ثاني\s+يوم|اليوم\s+التاني|اليوم\s+الثاني)${AR_SIGN_NO_RESPONSE}`,
      String.raw`بعد\s+(?:نص|نصف)\s+(?:نهار|يوم)${AR_SIGN_NO_RESPONSE}`,
    ],
  },
  {
    // Session 24 (agdev): spoken Arabic 'felt nothing' (ما حس بشي, محدش حس بحاجة, ما حسينا بشي) told before a later time of the same
    // day or the next (بالليل, المسا, الصبح, العصر, بعدين, تاني يوم) that opens the signs: the latent interval, as the English 'felt
    // nothing. That night his eyes burned' (the term file's 'felt nothing at first', 'that night'). The denial is of that moment, so
    // the time word is read, with the denial before it (a look-behind after the time word's literal, across a full stop); a sign must follow the time word (AR_SIGN_AFTER). Judgment of reading (ATSDR MMG for sulfur mustard
    // and for phosgene: the symptom-free interval)
    feature: 'onset_delayed',
    requires: { ar: 'حس' },
    ar: [String.raw`(?<![\p{L}])[وف]?(?:بالليل|في\s+الليل|الليل|الصبح|الصباح|المسا|المساء|عالمسا|بالمسا|العصر|عالعصر|بعدين|ثاني\s+يوم|تاني\s+يوم)(?![\p{L}])(?<=(?<![\p{L}])[وف]?(?:ما|محد|محدش|ماحد|ماحدش|ماحدا|محدا|ولا\s+حدا)\s*(?:حد\s+|حدا\s+)?(?:حس|حسي|حسيت|حسينا|حسوا|حسو|حسيتش|حسيناش|حسش)\s+(?:ب|بي)\p{L}*[^\n]{0,50}?[وف]?(?:بالليل|في\s+الليل|الليل|الصبح|الصباح|المسا|المساء|عالمسا|بالمسا|العصر|عالعصر|بعدين|ثاني\s+يوم|تاني\s+يوم))${AR_SIGN_AFTER}`],
  },
  {
    feature: 'onset_delayed',
    requires: ONSET_REQ,
    en: [
      String.raw`(?:hours|a day|a few hours|several hours|\d+ hours)\s+(?:later|after(?:\s+(?:exposure|the attack))?)[^.;]{0,60}?${SYMPTOM}`,
      // session 29 (agdev): the span with 'on' for 'later' ("then a few hours on the eyes burned", "Two hours on, her skin came up
      // red"): only opening a clause (a sentence's or a comma's start, after then / and / but) and with the clause's subject or a comma
      // right after 'on' (not "spent a few hours on the beach", "for hours on end"), a sign after it and no 'still' (persistence: "two
      // days on, he is still coughing"). Judgment of reading
      String.raw`(?<=(?:^|[.!?,;:]\s*|(?<![\p{L}])(?:then|and|but)\s+))(?:(?:a\s+few|several|some|a\s+couple\s+of|two|three|four|five|six|\d+)\s+hours|an\s+hour|a\s+day)\s+on(?:\s*,|\s+(?=(?:the|his|her|my|our|their|your|everyone|everybody|we|i|he|she|they)\s))(?![^.;]{0,80}?(?<![\p{L}])still(?![\p{L}]))[^.;]{0,60}?${SYMPTOM}`,
      String.raw`${SYMPTOM}[^.;]{0,60}?(?:hours|a day)\s+(?:later|after)`,
      'delayed (?:onset|symptoms|effects|reaction)',
      // the next or following day, singular: 'sought care in the following days' tells when people came, not an onset
      String.raw`(?:next|following)\s+day(?![\p{L}])`,
      String.raw`symptoms\s+(?:appeared|began|started|developed|came on)\s+(?:only\s+)?(?:hours|a day|the next day|the following day|next morning|overnight)`,
      // session 20 (aginc): a sign that developed, formed, spread or worsened over the following hours or days ("developed severe
      // burns on his hands over the following two days", "in the days that followed, blisters formed"), and the onset said to
      // be delayed ("symptoms were delayed by several hours"): the case report's wording of a latent period (ATSDR MMG for
      // sulfur mustard and phosgene). A development verb is needed: "in the following days 300 people sought care" tells when
      // people came, not an onset. Judgment of reading
      // (session 20, fixag1, review R1) the developing thing must be a sign: its noun the subject before the verb ("the rash
      // spread", "blisters formed") or the object of "develop" after it ("developed severe burns"), or the verb "blister" itself;
      // "more details emerged", "videos appeared", "the situation worsened", "the fire spread over the next few hours" tell no
      // latent period (the reporter's and the chronicler's "over the following days")
      String.raw`(?:(?<![\p{L}])(?:develop\p{L}*|appear\p{L}*|form(?:ed|ing)?|spread|worsen\p{L}*|emerg\p{L}*)(?<=${DEV_SIGN_NOUN_EN}[^.;!?]{0,55}?)|(?<![\p{L}])develop\p{L}*[^.;!?]{0,40}?${DEV_SIGN_NOUN_EN}|(?<![\p{L}])blister(?:ed|ing))(?:[^.;!?]{0,50}?)(?:(?:over|during|in)\s+the\s+(?:following|next|ensuing|subsequent)\s+(?:(?:few|two|three|four|several|\d+)\s+)?(?:hours|days)|in\s+the\s+(?:hours|days)\s+that\s+followed)(?![\p{L}])`,
      String.raw`(?:(?:over|during|in)\s+the\s+(?:following|next|ensuing|subsequent)\s+(?:(?:few|two|three|four|several|\d+)\s+)?(?:hours|days)|in\s+the\s+(?:hours|days)\s+that\s+followed)(?:(?:[^.;!?]{0,50}?)${DEV_SIGN_NOUN_EN}[^.;!?]{0,40}?(?<![\p{L}])(?:develop\p{L}*|appear\p{L}*|form(?:ed|ing)?|spread|worsen\p{L}*|emerg\p{L}*)|(?:[^.;!?]{0,50}?)(?<![\p{L}])develop\p{L}*[^.;!?]{0,40}?${DEV_SIGN_NOUN_EN}|(?:[^.;!?]{0,50}?)(?<![\p{L}])blister(?:ed|ing))`,
      String.raw`(?:symptoms|signs|effects|onset)\s+(?:was|were)\s+delayed(?![\p{L}])`,
    ],
    // session 10: hours counted in words or approximately ("через пару часов", "часа через три", "спустя полтора часа") and
    // the evening or night of the same day ("ближе к вечеру", "к ночи", "под вечер"); lay paraphrase, judgment
    ru: [String.raw`(?:через|спустя)\s+(?:нескольк~\s+|\d+\s+|${RU_HOURS_COUNT}\s+)?час~`, String.raw`час~\s+через\s+(?:\d+|${RU_HOURS_COUNT})`, 'отсроченн~', String.raw`(?:ближе\s+к|под)\s+(?:вечеру|ночи|вечер)`, String.raw`к\s+ночи`],
    ar: [String.raw`بعد\s+(?:عدة|بضع|\d+)\s+ساعات`, String.raw`بعد\s+ساعات`, String.raw`في\s+اليوم\s+التالي`],
  },
  {
    feature: 'recovery_fresh_air',
    requires: { en: 'air|outside|outdoors|passed|wore|subsided|resolved|faded|went away', ru: 'воздух|улиц|снаружи', ar: 'هواء|هوا|برا|بره|خارج' },
    en: [
      String.raw`(?:recovered|improved|better|eased|subsided|cleared|relieved|went away|disappeared|resolved|faded)[^.;]{0,40}(?:fresh air|outside|outdoors|open air)`,
      'fresh air (?:helped|relieved|brought relief|cleared)',
      String.raw`(?:fresh air|open air|outside|outdoors)[^.;]{0,30}(?:eased|subsided|improved|cleared|faded|went away|passed|got better|felt better)`,
      String.raw`(?:symptoms|effects|burning|irritation)\s+(?:passed|wore off|subsided|resolved|faded|went away)\s+(?:within|after|in)\s+(?:\d+|a few|few|several|half an hour|an hour|minutes)`,
    ],
    // (session 29, agclass) the English 'outside ... felt better' and 'eased ... outdoors' above in Russian and Arabic: out of doors or in
    // the air (на улице, на воздухе, снаружи; برا, بره, في الخارج, بالخارج, عالهوا) and the signs easing or the people relieved after it
    // in its clause, or before it (стало лучше / легче, полегчало, отпустило, отошли, пришли в себя; ارتحنا, ارتاحوا, خف, تحسنوا, صرنا
    // احسن); not 'прошло' (на улице прошла акция). The irritants' relief on leaving the exposure (cdc-riot: 15-30 minutes; nrc-cs).
    // Judgment of reading: the same words the English patterns read, in the other two languages. (Review s29) not the relief denied
    // ('даже на улице не стало легче', 'برا ما ارتحنا'), 'отошли подальше / от дома' (walked away), 'стало лучше видно' (more visible)
    ru: [
      String.raw`(?:на\s+свежем\s+воздухе|свежий\s+воздух)`,
      String.raw`(?<![\p{L}])(?:на\s+(?:свежем\s+)?воздухе|на\s+улице|снаружи|на\s+(?:свежий\s+)?воздух|на\s+улицу)(?![\p{L}])[^.;!?]{0,40}?(?<![\p{L}])(?<!(?<![\p{L}])(?:не|ни)\s+)(?:стал[оа]?\s+(?:\p{L}+\s+)?(?:лучше|легче)(?!\s+(?:видно|слышно|заметно|понятно))|полегчал\p{L}*|отпустил\p{L}*|(?:отошл[аи]|отош[её]л)(?!\s+(?:от|подальше|дальше|в\s+сторону|назад|на|к))|при(?:шл[аи]|ш[её]л)\s+в\s+себя)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:не|ни)\s+)(?:стал[оа]?\s+(?:\p{L}+\s+)?(?:лучше|легче)|полегчал\p{L}*|отпустил\p{L}*|отошл[аи]|отош[её]л)\s+(?:\p{L}+\s+){0,2}?(?:на\s+(?:свежем\s+)?воздухе|на\s+улице|снаружи)(?![\p{L}])`,
    ],
    ar: [
      String.raw`(?:الهواء الطلق|هواء نقي|الهواء النقي)`,
      String.raw`(?<![\p{L}])[وف]?(?:برا|بره|برات|للخارج|(?:في|ب)\s*(?:ال)?خارج|عالهوا|للهوا|بالهوا)(?![\p{L}])\s+(?:(?![وف]?(?:ما|لا|لم|مش|مو|ماعاد|مابقى)\s)\p{L}+\s+){0,2}?[وف]?(?:ارتحنا|ارتاحوا|ارتاحو|ارتحت|ارتاح|خف|خفت|خفو|خفوا|تحسن\p{L}*|(?:صرنا|صاروا|صارو|صرت|صار|صارت|رجعنا|رجعوا)\s+(?:احسن|منيح\p{L}*|كويس\p{L}*|بخير|تمام))(?![\p{L}])`,
    ],
  },
  {
    // Session 11 (riot): relief told by its time, within the half hour or so that marks irritants (cdc-riot: signs resolve
    // within 15-30 minutes of leaving the exposure; nrc-cs), without naming the air: "within a quarter of an hour I was fine",
    // "after half an hour he was OK", "через полчаса отошли все", "часа через пол прошло", "وبعد نص ساعة بقى كويس", "خلال
    // ربع ساعة صرت منيح"; either order (time, then the relief; or the relief, then the time). A count of minutes, a quarter
    // or half an hour or one hour only (hours or days are a slower course); the state words include the spoken ones (منيح,
    // كويس, زين, مليح, تمام, باهي; отошли, отпустило, оклемались). Regex hits are not anchored to a sign (the relief is the
    // people's). Judgment of reading; the time limit follows the CDC fact sheet.
    // (session 23, agnew) the Russian spoken 'all fine' after the time (через час всё ок / окей / норм / хорошо / в порядке), as
    // the English 'an hour later we were fine': at its clause end ('всё хорошо видно было' is a view), and not before a 'then'
    // in its sentence ('через час всё в порядке было, а потом начался кашель' is the interval); lay paraphrase, judgment
    feature: 'recovery_fresh_air',
    requires: { en: 'minute|hour|short', ru: 'минут|час', ar: 'ساع|دقيق|دقائق|دقاي|قصير' },
    en: [
      // (session 19, agparen) the time told with 'later' as well ("an hour later it was over", "twenty minutes later we were fine"),
      // and the end of the episode as its relief ("it was over", "it was all over" at its clause end); same time limit
      // (session 19, fixag1: review-s19 R11) the episode, not the event: 'the shelling / attack / raid was over' times the event, and 'it was
      // over, he was dead' is a death (no death word, nor 'then ... began', in the 60 characters after)
      String.raw`(?:(?:within|after|in)\s+(?:about\s+|around\s+|some\s+|maybe\s+|less\s+than\s+)?(?:half\s+an\s+hour|an\s+hour|a\s+few\s+minutes|a\s+quarter\s+of\s+an\s+hour|a\s+short\s+(?:time|while)|(?:\d+|five|ten|fifteen|twenty|thirty|forty)\s+minutes)|(?<![\p{L}])(?:half\s+an\s+hour|an\s+hour|a\s+few\s+minutes|a\s+quarter\s+of\s+an\s+hour|(?:\d+|five|ten|fifteen|twenty|thirty|forty)\s+minutes)\s+later)[^.;!?]{0,40}?(?<![\p{L}])(?:(?:was|were|felt|seemed|got|became)\s+(?:\p{L}+\s+)?(?:fine|better|ok|okay|normal|alright|all\s+right)|(?:had\s+)?recovered|(?:it|symptoms|the\s+\p{L}+|everything)\s+(?:had\s+)?(?:passed|wore\s+off|eased|faded|cleared|settled|gone|went\s+away)|(?:it|that|everything|the\s+(?!(?:shelling|attack|attacks|bombing|bombardment|raid|raids|strike|strikes|air\s+raid|airstrike|explosion|blast|fire|fighting|battle|siege|war|assault|barrage|storm|alarm|alert|curfew|evacuation|match|game)(?![\p{L}]))\p{L}+)\s+(?:was|were)\s+(?:all\s+)?(?:over|gone)(?=\s*(?:[.,;!?\n]|$))(?![^.!?\n]{0,60}?(?<![\p{L}])(?:dead|died|dying|death|killed|passed\s+away|no\s+pulse|(?:then|after\s+that)\s+(?:\p{L}+\s+){0,3}(?:began|started))))(?![\p{L}])`,
      String.raw`(?:(?:was|were|felt)\s+(?:fine|better|ok|okay|normal|alright|all\s+right)(?:\s+again)?|(?:passed|wore\s+off|eased|faded|cleared|went\s+away))\s+(?:within|after|in)\s+(?:about\s+|around\s+|some\s+)?(?:half\s+an\s+hour|an\s+hour|a\s+few\s+minutes|a\s+quarter\s+of\s+an\s+hour|a\s+short\s+(?:time|while)|(?:\d+|five|ten|fifteen|twenty|thirty|forty)\s+minutes)`,
    ],
    ru: [
      String.raw`(?:(?:через|за|спустя)\s+(?:полчаса|пол\s*часа|час|четверть\s+часа|пару\s+минут|несколько\s+минут|(?:\d+|пять|десять|пятнадцать|двадцать|тридцать|сорок)\s+минут)|часа\s+через\s+пол|минут\s+через\s+(?:\d+|пять|десять|пятнадцать|двадцать|тридцать))[^.;!?]{0,40}?(?<![\p{L}])(?:прошл~|отошл~|отош[её]л|отпустил~|полегчал~|при(?:шл~|ш[её]л)\s+в\s+себя|стал~\s+лучше|оклемал~|очухал~|в\s+норм~|вс[её]\s+(?:ок|окей|о'кей|норм|нормально|хорошо|в\s+порядке)(?:\s+(?:было|стало))?(?=\s*(?:[.,;!?\n)]|$))(?![^.!?\n]{0,40}?(?<![\p{L}])(?:потом|затем|после\s+этого)(?![\p{L}]))(?![^.!?\n]*?(?<![\p{L}])(?:(?:а|но|однако)\s+(?:\p{L}+\s+)?(?:к\s+(?:вечеру|ночи|утру)|ночью|утром|наутро|вечером|на\s+следующ\p{L}*|через\s+\S+\s+(?:час|дн|сут))|к\s+(?:вечеру|ночи|утру)|наутро|на\s+следующ\p{L}*\s+(?:день|утро)|начал(?:ся|ась|ось|ись|и)?|пошл[иао]|пош[её]л|появил(?:ся|ась|ось|ись))(?![\p{L}])))`,
      String.raw`(?:прошл~|отошл~|отош[её]л|отпустил~|полегчал~|оклемал~)\s+(?:\p{L}+\s+){0,2}?(?:через|за|спустя)\s+(?:полчаса|пол\s*часа|час|четверть\s+часа|пару\s+минут|несколько\s+минут|(?:\d+|пять|десять|пятнадцать|двадцать|тридцать|сорок)\s+минут)`,
    ],
    ar: [
      String.raw`(?:بعد|خلال|بغضون|في)\s+(?:حوالي\s+|نحو\s+|شي\s+|تقريبا\s+|اقل\s+من\s+)?(?:(?:نص|نصف|ربع|ثلث)\s+ساع~|ساعة|دقائق|دقيقة|كم\s+دقيقة|وقت\s+قصير|فترة\s+قصيرة|(?:\d+|خمس|عشر|ربع|عشرين|تلاتين|ثلاثين)\s+(?:دقيقة|دقائق|دقايق))[^.;!?؟\n]{0,40}?(?<![\p{L}])(?:[وف]?(?:صرت|صار|صارت|صاروا|صارو|صرنا|بقى|بقيت|بقت|بقوا|بقو|بقينا|رجع|رجعت|رجعوا|رجعو|رجعنا|كنت|كان|كانوا|كنا|اصبح~)\s+(?:(?:\p{L}+)\s+)?(?:منيح~|مناح|كويس~|زين|زينين|مليح~|تمام|بخير|طبيعي~|لطبيعت~|احسن|باهي~)|[وف]?(?:تحسن~|خف~|زال~|ارتاح~|ارتحت|فاق|فقت|فاقوا|اختف~))(?![\p{L}])`,
      String.raw`(?<![\p{L}])[وف]?(?:تحسن~|خف~|زال~|ارتاح~|ارتحت|فاق|فقت|فاقوا|اختف~|(?:صرت|صار|صارت|صاروا|صرنا|بقى|بقيت|بقوا|بقينا|رجع~)\s+(?:منيح~|مناح|كويس~|زين|زينين|مليح~|تمام|بخير|طبيعي~|احسن))(?![\p{L}])\s+(?:\p{L}+\s+){0,2}?(?:بعد|خلال|بغضون)\s+(?:حوالي\s+|نحو\s+|شي\s+)?(?:(?:نص|نصف|ربع|ثلث)\s+ساع~|ساعة|دقائق|دقيقة|كم\s+دقيقة|وقت\s+قصير|فترة\s+قصيرة|(?:\d+|خمس|عشر|عشرين|تلاتين|ثلاثين)\s+(?:دقيقة|دقائق|دقايق))`,
    ],
  },
  {
    // Session 18 (room aginc): the exposed kept, held or monitored a day or more for observation (knowledge/agents.yaml
    // observation_day): "the others were kept 24 hours for observation", "should be kept in hospital at least 24 hours for
    // observation", "observed for 48 hours", "a 24-hour observation". Not "held for observation" without its length (any
    // precaution: a sprayed pupil, a dizzy class), nor an observation of 24 hours of something else ("24 hours of
    // monitoring data", "the tank was monitored for 24 hours": the watched are people told before it, or its object pronoun);
    // English only (no Russian or Arabic development account tells it); judgment of reading. (Speed: the people look-behind
    // stands after the verb, so that the scan looks for the verb first.)
    feature: 'observation_day',
    requires: { en: 'observ|monitor' },
    en: [
      String.raw`(?<![\p{L}\d])(?:24|48|72|twenty-four|forty-eight|seventy-two)[\s-]*(?:hours?|hrs?|h)\s+(?:of\s+|for\s+|under\s+|in\s+)?(?:close\s+|medical\s+|hospital\s+)?observation(?!\s+(?:posts?|points?|towers?|decks?|platforms?|balloons?|windows?))`,
      String.raw`(?:observed|monitored)\s+(?:them|him|her|us|all\s+of\s+them)\s+(?:in\s+(?:the\s+)?hospital\s+)?(?:for\s+)?(?:at\s+least\s+|up\s+to\s+|another\s+|a\s+further\s+|the\s+next\s+)?(?:24|48|72|twenty-four|forty-eight|seventy-two)[\s-]*(?:hours?|hrs?|h)(?![\p{L}])`,
      String.raw`(?:observed|monitored|under\s+observation)(?<=(?<![\p{L}])(?:patients?|people|persons?|workers?|victims?|residents?|employees?|students?|pupils?|children|staff|they|all|everyone|anyone|those|others|men|women|casualties|crew|he|she|firefighters|officers|exposed|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)(?![\p{L}])[^.;!?]{0,60}?(?:observed|monitored|under\s+observation))(?<!${WATCHED_THING_BEFORE}(?:observed|monitored|under\s+observation))\s+(?:in\s+(?:the\s+)?hospital\s+)?(?:for\s+)?(?:at\s+least\s+|up\s+to\s+|another\s+|a\s+further\s+|the\s+next\s+)?(?:24|48|72|twenty-four|forty-eight|seventy-two)[\s-]*(?:hours?|hrs?|h)(?![\p{L}])`,
      // Session 18 (room fixrev2, review R16), folded here in session 19 (agpara): told with the possessive ("kept for 24 hours'
      // observation") or with the length in days ("kept under observation for two days", "kept two days for observation"); a person
      // kept, held or admitted (the verb's object), not a post; judgment of reading
      String.raw`(?<![\p{L}\d])(?:24|48|72|twenty-four|forty-eight|seventy-two)\s+hours['’]\s+(?:close\s+|medical\s+|hospital\s+)?observation(?!\s+(?:post|point|tower|deck)s?)`,
      String.raw`(?:kept|held|admitted|remained|stayed)\s+(?:in\s+(?:the\s+)?hospital\s+)?under\s+(?:close\s+|medical\s+)?observation\s+for\s+(?:a|one|two|three|1|2|3)\s+days?(?![\p{L}])`,
      String.raw`(?:kept|held|admitted)\s+(?:in\s+(?:the\s+)?hospital\s+)?(?:for\s+)?(?:a|one|two|three|1|2|3)\s+days?\s+(?:for|under)\s+(?:close\s+|medical\s+)?observation`,
    ],
  },
  {
    feature: 'full_recovery',
    requires: { en: 'discharg|released|recover|went home', ru: 'выписан', ar: 'خرج|غادر' },
    en: [
      String.raw`(?:all|most|everyone|the majority)[^.;]{0,40}(?:discharged|released from (?:the )?hospitals?|recovered|went home)`,
      '(?:discharged|released) (?:the same day|within (?:hours|a day)|after (?:brief )?treatment)',
      'recovered fully',
      'fully recovered',
    ],
    ru: ['выписан~'],
    ar: [String.raw`(?:خرج|خرجوا|غادر|غادروا)\s+(?:من\s+)?(?:ال)?(?:مشفى|مستشفى)`],
  },
  // ---- odours
  {
    feature: 'odour_bleach',
    requires: ODOUR_REQ,
    en: [
      `${SMELL}(?:chlorine|bleach|clorox|swimming[- ]pools?|cleaning products?|javel)`,
      '(?:chlorine|bleach)(?:[- ]?like)? (?:smell|odou?r|stench|scent)',
      String.raw`smel\p{L}*\s+(?:strongly\s+)?(?:chlorine|bleach)`,
    ],
    // (session 16, agpara) 'запах как в бассейне' (a smell as in a swimming pool), as the English 'smell like a swimming pool'
    ru: [`${SMELL_RU}(?:хлор~|отбеливател~|белизн~)`, String.raw`хлорн~\s+запах~`, `${SMELL_RU}(?:как\\s+)?в\\s+бассейн~`],
    // (session 30, agar) the swimming-pool simile a clause after the smell word, across a comma ('ريحة قوية بزاف، كيف ديال البيسين':
    // strong, like a pool's), as the Russian 'запах как в бассейне' above; the Maghrebi كيف and the genitive ديال / تاع (of) the
    // simile may carry. Only with a smell word 40 characters before; judgment of reading (a pool's smell is chloramine)
    ar: [`${SMELL_AR}(?:كلور|كلوركس|مبيض|قصر|جافيل)`, String.raw`(?<=(?:رائحة|رائحه|ريحة|ريحه)[^.!?؟\n]{0,40})(?<![\p{L}])(?:كيف|مثل|متل|زي)\s+(?:(?:ديال|تاع|تبع|بتاع|في)\s+)?(?:ال)?(?:بيسين|بسين|مسبح|مسابح)(?![\p{L}])`],
  },
  {
    feature: 'odour_bleach',
    absent: true,
    requires: ODOUR_REQ,
    en: [String.raw`(?:smell|odou?r)\s+(?:was|is|were)\s+(?:not|never)\s+(?:like|of)\s+(?:a\s+|the\s+)?(?:chlorine|bleach)`],
    ru: [String.raw`(?:не\s+пахл~\s+хлор~|запах~\s+не\s+(?:был~\s+)?(?:похож~\s+на\s+)?хлор~)`],
  },
  { feature: 'odour_hay',
    requires: ODOUR_REQ, en: [`${SMELL}(?:hay|grass|mown|green corn)`, 'hay[- ]like'], ru: [`${SMELL_RU}(?:сен~|скошенн~|прел~)`], ar: [`${SMELL_AR}(?:قش|تبن|عشب)`] },
  {
    feature: 'odour_pepper',
    requires: ODOUR_REQ,
    en: [`${SMELL}(?:pepper|peppers|chil(?:l)?is?|spices?|spicy)`, 'peppery', 'pepper(?:-like)? (?:smell|odou?r)'],
    ru: [`${SMELL_RU}перц~`],
    ar: [`${SMELL_AR}(?:فلفل|بهار)`],
  },
  {
    feature: 'odour_apple_blossom',
    requires: ODOUR_REQ,
    // (s15 agnone) rotten, rotting or fermenting apples are a smell of decay, not of the blossom (EN/RU/AR)
    en: [String.raw`${SMELL}(?:apple blossoms?|(?<!(?:rotten|rotting|rotted|fermented|fermenting|mouldy|moldy|decaying|decomposing|sour|bad|spoiled|spoilt)\s+)apples?|flowers|blossoms?|perfume)`, '(?:flowery|floral|fruity) (?:smell|odou?r|scent)'],
    ru: [String.raw`${SMELL_RU}(?:(?<!(?:гнил|тухл|прел|перебродивш|бродящ|кисл|порченн|испорченн)[а-яё]*\s+)яблок~|цвет~)`],
    ar: [String.raw`${SMELL_AR}(?:تفاح(?!\s+(?:ال)?(?:فاسد|معفن|عفن|خربان|مخمر|متعفن))|زهور|ورود|عطر)`],
  },
  {
    feature: 'odour_garlic',
    requires: ODOUR_REQ,
    en: [`${SMELL}(?:garlic|onions?|mustard|horseradish)`, 'garlic(?:ky|-like)? (?:smell|odou?r)'],
    // (session 24, fixag: review s24 R11) лук by its case forms: лук~ read лукавство, лукошко
    ru: [String.raw`${SMELL_RU}(?:чеснок~|горчиц~|лук(?:а|у|ом|е)?(?![\p{L}])|хрен~)`],
    // (session 30, agar) the spoken توم (Levantine, Egyptian: ث spoken as ت), as the term file has it
    ar: [`${SMELL_AR}(?:ثوم|توم|بصل|خردل)`],
  },
  {
    feature: 'odour_rotten_eggs',
    requires: ODOUR_REQ,
    // (s15 agnone) bare "rotten" is not the sulphur smell before a fruit ("rotten apples": a fermenting, sweetish decay); rotting
    // meat, fish, food or vegetables stay: putrefaction releases hydrogen sulphide and mercaptans, the rotten-egg smell itself
    // (atsdr-h2s-toxfaqs: H2S also results from the bacterial breakdown of organic matter, sewers and manure; s15 fixan,
    // review R21: the decision rests on this source, not on any evaluation figure)
    en: [String.raw`${SMELL}(?:rotten eggs?|sulph?ur|rotten(?!\s+(?:apples?|fruits?|bananas?|pears?|oranges?|plums?|grapes?|peach(?:es)?|melons?))|sewage|eggs)`, 'sulph?urous (?:smell|odou?r)',
      // (session 16, agpara) a burnt-match gas, smell or fumes, the compound told as one modifier (the struck match is the sulphur
      // dioxide smell the term list reads in 'smelled like burnt matches'; session 12, para)
      // (session 27, agdev) and the other nouns of a smell or taste's quality the compound qualifies ('that struck-match bite', 'a
      // burnt-match tang', dev-v20 en-d20-20; the simile of dev-v19 en-d19-20): the same compound, its noun class closed
      String.raw`(?:burnt|burned|struck|spent)[- ]match(?:es)?[- ](?:gas|smell\p{L}*|stink|fumes?|odou?rs?|reek|bite|tang|taste|whiff|note|sting|edge|sharpness|aftertaste)(?![\p{L}])`,
      // (session 21, agru) the smell likened to matches across a longer phrase ('a stink like a whole box of matches just struck')
      String.raw`${SMELL}(?:(?:struck|burnt|burned|spent|lit)\s+)?match(?:es)?(?![\p{L}])`],
    // (s15 agnone) сера's own forms, not the grey adjective серый (one Snowball stem), nor серой agreeing with a noun after it
    // ("пахло серым дымом", "серой пылью": feature-extraction.ts greyNotSulphur reads the term hits alike)
    // (s15 fixan, review R7) the one word allowed between серой and the noun is an adjective agreeing with it (-ой/-ей: "серой
    // густой пылью"), never a preposition: "пахло серой от дыма / из дымохода / в дыму" is sulphur
    ru: [String.raw`${SMELL_RU}(?:тухл~\s+яиц|сер(?:а|ы|е|у|ой|ою)(?![\p{L}])(?!\s+(?:\p{L}+(?:ой|ей|ою|ею)\s+)?(?:пыл|дым|мгл|пелен|гар|жиж|вод|масс|кашиц|пен|слиз|плесен|краск|туч|завес|окраск|цвет|взвес|копот))|тухлятин~|(?:(?:только\s+что|свеже)\s*)?(?:чиркнут~\s+|зажж[её]нн~\s+|горел~\s+|жж[её]н~\s+|сгоревш~\s+)?спич(?:к~|ек))`],
    // (session 30, agar) rotting fish in Arabic as the English 'rotten' before fish reads (putrefaction; the s15 note above)
    ar: [String.raw`${SMELL_AR}(?:بيض\s+(?:ال)?فاسد|كبريت|عفن~|سمك\s+(?:ال)?(?:فاسد|خربان|معفن|متعفن|عفن))`],
  },
  {
    feature: 'odour_ammonia',
    requires: ODOUR_REQ,
    // (session 16, agpara) the stale-urine places after a smell word, where the term list's adjacent form misses a copula ('the
    // stink was like a cat box', 'the smell was like a public toilet'); not a toilet cleaner (bleach)
    en: [`${SMELL}(?:ammonia|urine|cat pee|cat (?:box|litter)|litter (?:box|tray)|outhouses?|(?:public |dirty )?(?:toilets?|urinals?|latrines?)(?! (?:cleaner|bleach|duck|freshener|paper)))`, 'ammonia(?:-like)? (?:smell|odou?r)'],
    ru: [`${SMELL_RU}(?:аммиак~|нашатыр~|мочи)`],
    ar: [`${SMELL_AR}(?:أمونيا|امونيا|نشادر|بول)`],
  },
  {
    feature: 'odour_burning',
    requires: ODOUR_REQ,
    en: [`${SMELL}(?:burning|smoke|fire|gunpowder|explosives?|burnt|burned|cordite)`, String.raw`smel\p{L}*\s+(?:something\s+|anything\s+)?(?:burning|smoke|smoky|burnt)`, '(?:burning|smoky|burnt) (?:smell|odou?r)'],
    // (session 16, agpara) гарь after только / лишь beside a smell word is the smell left when another is denied ('Химией не
    // пахло, только гарью'; the requires gate asks for a smell word in the text)
    ru: [`${SMELL_RU}(?:гар~|дым~|горел~|порох~)`, String.raw`(?<![\p{L}])(?:только|лишь)\s+гар(?:ь|ью)(?![\p{L}])`],
    ar: [`${SMELL_AR}(?:حريق|دخان|احتراق|بارود|شياط)`],
  },
  {
    feature: 'odour_pungent',
    requires: ODOUR_REQ,
    en: [
      // coordinated adjectives may follow the first ("a pungent, repulsive smell", "an acrid and heavy odour")
      String.raw`(?:pungent|acrid|sharp|irritating|suffocating|choking|stinging|harsh|caustic)(?:(?:,|\s+and)\s+\p{L}+){0,2} (?:smell|odou?r|stench|scent)`,
      String.raw`(?:smell|odou?r)\s+(?:was|that was)\s+(?:very\s+)?(?:pungent|acrid|suffocating|choking)`,
    ],
    ru: [String.raw`(?:резк~|едк~|удушлив~|сильн~)(?:(?:,|\s+и)\s+\p{L}+){0,2}\s+запах~`],
    ar: [String.raw`رائحة\s+(?:قوية|نفاذة|خانقة|حادة|لاذعة)`],
  },
  {
    feature: 'odour_unusual',
    requires: ODOUR_REQ,
    en: [
      '(?:strange|unusual|odd|weird|bad|foul|unfamiliar|unknown|funny|terrible|horrible|awful|nasty|disgusting|unpleasant|chemical|strong) (?:smell|odou?r|stench|scent)',
      String.raw`(?:smell|stench|odou?r)\s+of\s+(?:the\s+)?gas`,
      'stench',
      String.raw`smel\p{L}*\s+something`,
    ],
    ru: [String.raw`(?:странн~|необычн~|неприятн~|незнаком~|ужасн~|химическ~)\s+запах~`, String.raw`запах~\s+газа`],
    ar: [String.raw`رائحة\s+(?:غريبة|كريهة|غير\s+مألوفة|مزعجة|(?:ال)?غاز|كيميائية|كيماوية)`],
  },
  // Session 18 (room agpara): a smell denied with "such" or "like it" for its object ("I had never smelled anything like it", "Никогда
  // не чувствовал такого запаха", "Ничего подобного я не нюхал") says it was unlike any known: a strange smell, not no smell. The
  // negation belongs to the phrase (matched whole); a stated absence of smell read beside such an object is turned the same way
  // (odour-contrast.ts, for the Arabic "عمري ما شميت ريحة متلها" and the Russian object before the verb). Judgment of reading.
  {
    feature: 'odour_unusual',
    requires: { en: 'never', ru: 'никогда|ни разу|подобн' },
    // (session 18, fixrev2, review R17) 'never in my life smelled', 'never before smelled', as the Russian в жизни
    en: [String.raw`never\s+(?:ever\s+)?(?:(?:in\s+(?:all\s+)?(?:my|our|his|her|their)\s+(?:life|lives)|before)\s+)?(?:smelled|smelt)\s+(?:(?:anything|something|a\s+smell|a\s+stench|an\s+odou?r)\s+(?:quite\s+)?like\s+(?:it|that|this)(?!\s+of)|such\s+a\s+(?:smell|stench|stink))`],
    ru: [
      String.raw`(?:никогда|ни\s+разу)\s+(?:в\s+жизни\s+)?не\s+(?:чувствовал|нюхал|слышал|встречал|ощущал|чуял)~\s+(?:\p{L}+\s+)?(?:такого|подобного)(?:\s+запах~)?`,
      String.raw`ничего\s+подобного\s+(?:\p{L}+\s+)?(?:никогда\s+)?не\s+(?:нюхал|чувствовал|чуял)~`,
    ],
  },
  {
    feature: 'odour_none',
    selfNegating: true,
    requires: ODOUR_REQ,
    en: [
      String.raw`(?:no|without\s+(?:any|a)?|absence of|not any|not a)\s*(?:particular\s+|noticeable\s+|distinct\s+|discernible\s+)?(?:smell|odou?r|scent)(?!\s+(?:of|like))`,
      String.raw`absent\s+(?:any\s+)?(?:particular\s+|noticeable\s+)?(?:smell|odou?r)`,
      'odou?rless',
      String.raw`(?:did(?:n't| not)|could(?:n't| not))\s+smell\s+(?:anything|a thing)`,
      String.raw`(?:smelled|smelt|smelt)\s+nothing`,
      String.raw`(?:smell|odou?r)\s+(?:was|were)\s+(?:absent|not noticed)`,
    ],
    ru: [String.raw`без\s+запаха`, String.raw`(?:не\s+было|нет|никакого)\s+(?:никакого\s+)?запах~`, String.raw`запаха\s+не\s+было`, String.raw`не\s+(?:почувствовал~|чувствовал~)\s+(?:никакого\s+)?запах~`],
    ar: [String.raw`(?:بدون|دون|بلا|لا|عديم~|لم\s+تكن\s+(?:هناك\s+)?|لا\s+(?:توجد|يوجد)\s+|لم\s+(?:نشم|يشم|تشم|أشم)\s+)\s*(?:أي\s+)?(?:ال)?رائحة`],
  },
  // ---- clouds
  {
    feature: 'cloud_yellow_green',
    requires: CLOUD_REQ,
    en: [
      String.raw`(?:yellow(?:ish)?|green(?:ish)?|yellow[- ]green|greenish[- ]yellow|yellowish[- ]green)\s+(?:\p{L}+\s+)?(?:gas|cloud|smoke|fog|mist|vapou?r|haze|fumes?)(?!\s*(?:cylinders?|canisters?|tanks?|bottles?|containers?))`,
      String.raw`(?:gas|cloud|smoke|fumes?)\s+(?:was|were|looked|appeared)\s+(?:yellow|green)`,
    ],
    // (session 10: the diminutive облачко, дымка and дымок, the haze)
    ru: [String.raw`(?:ж[её]лт|зел[её]н|ж[её]лто-зел[её]н)~\s+(?:облак|облач|дым|газ|туман)(?!\p{L}*\s+баллон)~`],
    ar: [
      String.raw`(?<!(?:أسطوانة|اسطوانة|أسطوانات|اسطوانات|جرة)\s+)(?:غاز|دخان|ضباب)\s+(?:ال)?(?:أصفر|اصفر|أخضر|اخضر|مصفر|مخضر)`,
      String.raw`(?:سحابة|غيمة)\s+(?:صفراء|خضراء)`,
      // (session 19, fixag1: review-s19 R9) agpara's spoken masculine صفر ('yellow') after a bare smoke or gas noun ('طلع دخان صفر تقيل'):
      // and its feminine صفرا / صفرة; not the number zero of a reading ('تركيز الغاز صفر', 'نسبة غاز صفر', 'غاز صفر بالمية'): no
      // measuring word in the two words before the noun, no number, unit or percent after; judgment of reading
      String.raw`(?<![\p{L}])(?<!(?:تركيز|نسبة|قراءة|قراءات|مستوى|مستويات|كمية|عدد|تسرب|ضغط|معدل|قياس|القياس|عداد|جهاز|أجهزة|اجهزة)\s+(?:\p{L}+\s+)?)[وف]?(?:ال)?(?:دخان|غاز)\s+(?:صفر|صفرا|صفرة)(?![\p{L}])(?!\s*(?:بالمية|بالمئة|في\s+المئة|في\s+المية|%|٪|ppm|جزء|ملغ|مغ|\d|[٠-٩]))`,
    ],
  },
  {
    feature: 'cloud_white',
    requires: CLOUD_REQ,
    en: [
      String.raw`(?:white|whitish|grey-white|white-grey|thick white|dense white)\s+(?:\p{L}+\s+)?(?:smoke|cloud|fog|mist|vapou?r|haze|fumes?|gas)(?!\s*(?:cylinders?|canisters?))`,
      String.raw`(?:smoke|cloud)\s+(?:was|were)\s+white`,
    ],
    ru: [String.raw`бел~\s+(?:облак|облач|дым|туман|газ)~`],
    ar: [String.raw`(?:دخان|غاز|ضباب|غبار)\s+(?:أبيض|ابيض)`, String.raw`(?:سحابة|غيمة)\s+بيضاء`],
  },
  {
    feature: 'cloud_blue_white',
    requires: CLOUD_REQ,
    en: [String.raw`blu(?:e|ish)(?:[- ]white)?\s+(?:smoke|cloud|fog|mist|haze|gas)`],
    ru: [String.raw`(?:голуб|сине-бел|сиз)~\s+(?:облак|дым)~`],
    ar: [String.raw`(?:دخان|غاز|سحابة)\s+(?:أزرق|ازرق|زرقاء)`],
  },
  {
    feature: 'cloud_none',
    selfNegating: true,
    requires: CLOUD_REQ,
    en: [
      String.raw`(?:no|without\s+(?:any\s+)?)\s*(?:visible\s+)?(?:cloud|smoke|vapou?r)(?!\s+(?:of|like))`,
      '(?:invisible|colou?rless) (?:gas|cloud|vapou?r)',
      String.raw`(?:did(?:n't| not)|could(?:n't| not))\s+see\s+(?:any|a|the)?\s*(?:cloud|smoke|gas)`,
    ],
    ru: [String.raw`(?:бесцветн~|невидим~)\s+(?:газ|облак)~`, String.raw`(?:не\s+было|без)\s+(?:видим~\s+)?(?:облак|дым)~`],
    ar: [String.raw`(?:غاز|سحابة)\s+(?:عديم~\s+(?:ال)?لون|شفاف~|غير\s+مرئي~)`],
  },
  // ---- scene
  {
    // Session 8: a spray aimed at people, and a spray canister going off ("sprayed the students", "sprayed a group of women
    // behind a net", "sprayed protesters in the face", "a student's spray canister had gone off", "a pepper spray went off";
    // dev-v10 santa-monica-2012, pasadena; ows-2011, seattle-1999, sao-paulo-2013, cap-stun-1996)
    feature: 'delivery_spray_face',
    // session 11 (riot): the other people a hand spray is aimed at (an assembly, a congregation, inmates, customers,
    // guests, an audience), "sprayed X with gas / pepper / an irritant", the spray named by its trade or kind (a
    // chemical, irritant or incapacitant spray, CS or PAVA spray, mace, bear spray: smith-greaves-2002 reviews these
    // incapacitant sprays); Arabic: a spray (رش, بخاخ) into the face or eyes in written and spoken forms (وش is the
    // Egyptian and Levantine face) and a pepper spray by its spoken names; judgment of reading
    requires: { en: 'spray|mace|repellent', ar: 'رش|بخ|سبراي|رذاذ' },
    en: [
      String.raw`(?:sprayed|spraying)\s+(?:\p{L}+\s+){0,3}?(?:students|crowds?|people|protesters|demonstrators|them|us|him|her|marchers|women|men|children|pupils|worshippers|passengers|fans|journalists|reporters|assembly|congregation|faithful|inmates|prisoners|detainees|customers|shoppers|guests|audience|spectators|officers|guards|staff|classmates|victims?)(?![\p{L}])(?![^.;!?]{0,30}?(?<![\p{L}])with\s+(?:a\s+|the\s+|their\s+)?(?:fire\s+)?(?:hoses?|water|foam|saline|showers?)(?![\p{L}]))`,
      String.raw`(?:sprayed|spraying)\s+(?:\p{L}+\s+){0,4}?with\s+(?:a\s+|an\s+|some\s+)?(?:tear\s+)?(?:gas|pepper|irritant|mace|incapacitant|cs\s+spray)(?![\p{L}])`,
      String.raw`spray\s+(?:canisters?|cans?)`,
      String.raw`(?:canister|spray)\s+(?:had\s+)?(?:gone|went)\s+off`,
      String.raw`(?:chemical|irritant|incapacitant|cs|pava|bear|defen[cs]e|self-defen[cs]e|gas|noxious)\s+sprays?`,
      // (session 27, agdev) the gerund of the two patterns above ('started spraying shoppers', dev-v28 a mall thief; the participle
      // was read; on the first, not with a hose, water, foam or a shower: the decontamination of the exposed, dev-v8 'spraying them
      // with a fire hose'), and an animal, dog or bear repellent used on people, the capsicum (OC) spray sold against animals (smith-greaves-2002
      // counts such sprays with the incapacitants); not an insect or mosquito repellent (DEET); judgment of reading
      String.raw`(?:animal|dog|bear)\s+repellents?(?=[^.;!?]{0,60}?(?<![\p{L}])(?:spray\p{L}*|can|cans|canister|aerosol|in\s+(?:the|their|his|her|my)\s+(?:face|eyes)))|(?<=(?:spray\p{L}*|can|cans|canister|aerosol)\s+(?:\p{L}+\s+){0,4}?)(?:animal|dog|bear)\s+repellents?`,
      String.raw`(?:maced|mace\s+spray)`,
    ],
    ar: [
      String.raw`(?:رش|رشت|رشوا|رشه|رشها|رشهم|رشني|رشنا|يرش|ترش|بيرش|بترش|بيرشوا|عم\s+يرش|بخ|بخت|بخوا|بخه|بخني)(?![\p{L}])\s+(?:\p{L}+\s+){0,3}?(?:(?:في|على|عل|ع)\s+)?[وفبلع]?(?:ال)?(?:وش|وجه|وجوه|وشوش|عين|عيون|عيني|عينيه|عينه|عيوني|عيونه|عيونهم|وشه|وشي|وشها|وشهم|وجهه|وجهي|وجهها|وجوهنا|وجوههم|وجهنا|وشنا)(?![\p{L}])`,
      String.raw`(?:بخاخ|بخاخة|سبراي|رذاذ|رشاش)\s+(?:ال)?(?:فلفل|شطة|الفلفل|غاز|مسيل)`,
    ],
  },
  {
    // Session 8: canisters landing or bursting among people, the police munition told by what it did ("nine canisters landed
    // among the worshippers"; dev-v10 khartoum-cathedral-2005; kibera-2016 'fired a canister ... into the school compound')
    feature: 'delivery_police_canister',
    requires: { en: 'canister' },
    en: [String.raw`canisters?\s+(?:\p{L}+\s+){0,2}?(?:landed|exploded|burst|went\s+off|flew|rained)`],
  },
  {
    // Session 8: a bottle or a device thrown into a home that then burns or ignites, and balloons that start fires (a
    // petrol bomb told without its name: "a lit bottle was thrown through the bedroom window", "two devices were thrown
    // into the kitchen ... one of them ignited", "balloons ... started a fire"; dev-v10 te-atatu, lisburn, stepney,
    // gaza-border-balloon, kissufim-balloon). The burning must be the bottle's or balloon's own predicate (review s8 E7:
    // not "opened fire", not "fire victims"); 80 characters is a judgement, one clause
    feature: 'delivery_incendiary',
    requires: { en: 'bottle|device|balloon|object', ru: 'бутыл|предмет|устройств|сосуд', ar: 'زجاج|قنين|عبو' },
    en: [
      // (session 17, aginc) the thrown thing may be an object and the passive a modal one ("a device may have been thrown"); the
      // active voice ("threw three devices that burst into fire", "throw an object ... that sparked a fire"); and a device thrown
      // into, through or at a place in an account that has told a fire before it ("the fire started ... A device may have been
      // thrown into the mosque"): arson by a thrown device, which this project labels incendiary; judgment of reading
      String.raw`(?:bottles?|devices?|objects?)\s+(?:\p{L}+\s+){0,3}?(?:was|were|(?:may|might|could|must)\s+have\s+been|ha(?:d|s|ve)\s+been)\s+(?:thrown|tossed|hurled|lobbed)(?:(?:(?!,\s*(?:(?:and|but|then|while|so)\s+)?(?:a|an|the|our|my|his|her|their|some|another|people|police)\s)[^.;!?]){0,80}?(?<![\p{L}])(?:ignited|burst\s+into\s+(?:flames?|fire)|caught\s+fire|started\s+(?:a\s+)?fires?|sparked\s+(?:a\s+)?(?:fires?|blaze)|engulfed\s+in\s+flames|set\s+\p{L}+\s+(?:alight|ablaze|on\s+fire)))`,
      String.raw`(?:threw|throws|throw|throwing|toss|tosses|tossed|tossing|hurl|hurls|hurled|hurling|lob|lobs|lobbed|lobbing)\s+(?:\p{L}+\s+){0,2}?(?:bottles?|devices?|objects?)(?:(?:(?!,\s*(?:(?:and|but|then|while|so)\s+)?(?:a|an|the|our|my|his|her|their|some|another|people|police)\s)[^.;!?]){0,80}?(?<![\p{L}])(?:ignited|burst\s+into\s+(?:flames?|fire)|caught\s+fire|started\s+(?:a\s+)?fires?|sparked\s+(?:a\s+)?(?:fires?|blaze)|engulfed\s+in\s+flames|set\s+\p{L}+\s+(?:alight|ablaze|on\s+fire)))`,
      String.raw`(?<=(?<![\p{L}])(?<!opened\s)(?:fire|fires|blaze|flames)(?![\p{L}])[\s\S]{0,300})(?:bottles?|devices?|objects?)\s+(?:\p{L}+\s+){0,3}?(?:was|were|(?:may|might|could|must)\s+have\s+been|ha(?:d|s|ve)\s+been)\s+(?:thrown|tossed|hurled|lobbed)\s+(?:into|through|at|onto|inside)(?![\p{L}])(?!\s+(?:the\s+|riot\s+|armed\s+)*(?:police|policemen|officers?|security\s+forces|soldiers|troops|protesters?|demonstrators?|crowds?|people)(?![\p{L}]))`,
      // (session 17, fixrev; review R1, R2) the burning stays in the thrown thing's clause: the 80 characters do not cross a comma
      // that opens a clause with a new subject (", and a car caught fire"), and a fire told earlier does not make a bottle thrown at
      // people (police, soldiers, protesters, a crowd) the fire's cause: that is a riot's missile; judgment of reading
      // (session 17, aginc) a bottle with a flammable fill told by its contents ("a glass bottle containing a flammable liquid")
      String.raw`bottles?\s+(?:containing|filled\s+with|full\s+of|of|with)\s+(?:a\s+|an\s+|some\s+)?(?:(?:flammable|inflammable|combustible|ignitable)\s+(?:liquids?|fluids?)|petrol|gasoline|accelerants?)(?![\p{L}])`,
      String.raw`balloons?(?:[^.;!?]{0,80}?(?<![\p{L}])(?:started\s+(?:a\s+)?fires?|ignited|set\s+\p{L}+\s+alight|caught\s+fire))`,
    ],
    // (session 17, aginc) the same thrown thing in Russian and Arabic, which then burst into flame or started a fire
    ru: [
      String.raw`(?:бросил\p{L}*|брос\p{L}*|кинул\p{L}*|швырнул\p{L}*|брошен\p{L}*|закинул\p{L}*|метнул\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:бутылк\p{L}*|предмет\p{L}*|устройств\p{L}*|сосуд\p{L}*)${THROWN_CLAUSE_RU}{0,80}?(?<![\p{L}])(?:загорел\p{L}*|вспыхнул\p{L}*|воспламенил\p{L}*|возгорани\p{L}*|пожар\p{L}*)`,
    ],
    // (session 17, fixrev; review R3) not an aircraft's drop (الطيران، المروحي، الطائرة) nor containers of a named agent (غاز، كلور):
    // an air-dropped chlorine canister is no petrol bomb
    ar: [
      String.raw`(?<![\p{L}])[وف]?(?:رمى|رمي|رموا|ألقى|القى|ألقوا|القوا|قذف|قذفوا|رشق|رشقوا)\s+(?:(?![وف]?(?:ال)?(?:طيران|طائرة|طائرات|مروحي|مروحية|مروحيات|حوامة|حوامات)(?![\p{L}]))\p{L}+\s+){0,3}?(?:زجاجة|زجاجات|قنينة|قناني|عبوة|عبوات)(?:(?![وبل]?(?:ال)?(?:غاز|كلور|الكلور|سارين|خردل|كيماوي\p{L}*|كيميائي\p{L}*|سام|سامة)(?![\p{L}]))[^.;!?\u060C]){0,80}?(?<![\p{L}])[وف]?(?:اشتعل\p{L}*|اندلع\p{L}*|حريق|احترق\p{L}*|ولع\p{L}*)`,
    ],
  },
  {
    // Session 8: 'set X alight / ablaze / on fire' with the thing burned between (the term file has the adjacent forms):
    // "a flare set the ceiling foam alight", "gasoline ... was set alight" (dev: kiss-nightclub-2013, happy-land-1990)
    feature: 'fire_smoke',
    requires: { en: 'alight|ablaze|on fire|burn' },
    en: [
      String.raw`set\s+(?:(?!(?:up|out|about|off)\s)\p{L}+\s+){0,4}?(?:alight|ablaze|on\s+fire(?!\s+(?:safety|code|department|regulations|services)))`,
      // session 8: a place burning ("forested areas have been burning for the third day", "the whole town burned", "the
      // centre burned all night", "the City burned"; dev-v10 nngi-forest-2020, wurzburg, coventry, london-1940)
      String.raw`(?:forests?|forested\s+areas?|woods?|woodland|fields?|crops?|orchards?|groves?|town|city|village|centre|center)\s+(?:\p{L}+\s+){0,6}?(?:burned|burnt|burning|on\s+fire|ablaze)`,
    ],
  },
  {
    // Session 20 (room aginc): mosquito control, the spraying or fogging of insecticide against mosquitoes and the fevers they carry
    // (dengue, malaria, Zika, chikungunya): "fogging was carried out in the school to avoid an outbreak of malaria", "a mosquito
    // killer sprayed in the classrooms", "anti-dengue spraying". Space spraying and indoor residual spraying of insecticides are
    // the means of vector control (WHO, Space spray application of insecticides for vector and public health pest control, 2003);
    // the spray or fog and the mosquito or its fever within one sentence, either way round. Not a mosquito net, a repellent put
    // on the skin or a fog machine at a party. Judgment of reading
    feature: 'pesticide_application',
    requires: { en: 'mosquito|dengue|malaria|zika|chikungunya' },
    en: [
      String.raw`(?<![\p{L}])(?:mosquito\s+(?:killer|spray|coils?|fogging|fumigation)|anti-?(?:mosquito|dengue|malaria)\s+(?:spray\p{L}*|fogging|fumigation|drive|campaign|chemicals?))(?![\p{L}])`,
      // (session 20, fixag1, review R16) a purpose between the spray and the mosquito or its fever ("against mosquitoes", "to avoid an
      // outbreak of malaria", "anti-dengue"), and never tear gas, pepper or a repellent as the thing sprayed ("amid a dengue outbreak,
      // police sprayed tear gas", "spraying mosquito repellent on the children")
      String.raw`(?<![\p{L}])(?:fogg(?:ing|ed)|spray(?:ed|ing)|fumigat\p{L}*)(?![\p{L}])(?!${SPRAYED_NOT_INSECTICIDE_EN})[^.;!?]{0,80}?(?<![\p{L}])(?:against|for|to\s+(?:kill|prevent|avoid|control|combat|fight|stop|curb|contain|eradicate|eliminate)|anti-?)(?![\p{L}])[^.;!?]{0,50}?(?<![\p{L}])(?:mosquito\p{L}*|dengue|malaria|zika|chikungunya)(?![\p{L}])(?!\s+repellents?)`,
      String.raw`(?<![\p{L}])(?<!(?:amid|during|despite)\s+(?:\p{L}+\s+){0,3})(?:mosquito\p{L}*|dengue|malaria|zika|chikungunya)(?![\p{L}])(?!\s+repellents?)[^.;!?]{0,80}?(?<![\p{L}])(?:fogg(?:ing|ed)|spray(?:ed|ing)|fumigat\p{L}*)(?![\p{L}])(?!${SPRAYED_NOT_INSECTICIDE_EN})`,
    ],
  },
  {
    // Session 21 (room agnew): ground spraying from a tractor told by what the rig gives off, a mist, a spray, a fog or white clouds,
    // in the same sentence either way round ("a tractor surrounded by white clouds", "the mist from the tractor drifted over the
    // road", "трактор шёл в белом тумане", "جرار يرش رذاذاً"): an orchard or vineyard sprayer is towed by a tractor, and its drift
    // is the off-target pesticide exposure of farmworkers and bystanders (the term file's 'spray drift'). Not dust, exhaust or smoke
    // (a tractor ploughing or burning stubble), nor a tractor alone; judgment of reading.
    // (s21 fixag3, second review S1) the fog or mist only when the tractor is its source: not after a preposition of motion
    // ('drove through the morning fog', 'ехал в густом тумане', 'يسير في الضباب') unless the fog is of the spray ('в белом тумане
    // распылителя'); no bare 'drifted' (a vehicle drifting off the road), only 'spray drift'; no passive 'was sprayed with' nor
    // 'sprayed (with) bullets / gunfire'
    feature: 'pesticide_application',
    requires: { en: 'tractor', ru: 'трактор', ar: 'جرار|تراكتور|تركتور' },
    en: [
      String.raw`(?<![\p{L}])tractors?(?![\p{L}])(?:(?!dust|exhaust|smoke|soot|diesel)[^.;!?]){0,80}?(?<![\p{L}])(?:(?<!(?:through|in|into|under|amid|across)\s+(?:(?:the|a|an|thick|dense|heavy|morning|early|evening|night|autumn|winter|grey|gray)\s+){0,3})(?:mist|fog)(?![\p{L}])|(?:mist|fog)(?=\s+(?:of|from)\s+(?:the\s+)?(?:spray|sprayer|pesticides?|chemicals?|insecticides?))|misting|fine\s+spray|spray(?:ing|s)?(?![\p{L}])(?!\s+(?:with\s+)?(?:bullets|gunfire|fire|shrapnel|shots))|(?<!(?:was|were|been|got|is|are|be)\s+)sprayed(?![\p{L}])(?!\s+(?:with|by)(?![\p{L}]))(?!\s+(?:bullets|gunfire|fire|shrapnel|shots))|white\s+clouds?|clouds?\s+of\s+(?:spray|mist|chemicals?)|spray\s+drift)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:mist|fog|fine\s+spray|spray|white\s+clouds?|clouds?\s+of\s+(?:spray|mist|chemicals?))(?![\p{L}])(?:(?!dust|exhaust|smoke|soot|diesel)[^.;!?]){0,60}?(?<![\p{L}])(?:from|behind|of|around|surrounding|off)\s+(?:(?:the|a|that|this|their|his)\s+)?(?:\p{L}+\s+)?tractors?(?![\p{L}])`,
    ],
    ru: [
      String.raw`трактор~(?:(?!пыл|выхлоп|дым|копот|солярк)[^.;!?]){0,80}?(?<![\p{L}])(?:(?<!(?:в|во|через|сквозь|из|по)\s+(?:\p{L}+\s+){0,2})туман~|туман~(?=\s+(?:\p{L}+\s+)?(?:распыл~|опрыскивател~|химикат~|яд~|пестицид~))|распыл~|брызг~|бел~\s+облак~|облак~\s+(?:\p{L}+\s+)?(?:химик~|яд~|распыл~))`,
    ],
    ar: [
      String.raw`(?:جرار|تراكتور|تركتور)~?(?:(?!غبار|غبرة|عادم|دخان|مازوت)[^.;!?،]){0,80}?(?<![\p{L}])[وفب]?(?:ال)?(?:رذاذ~|(?<!(?:في|عبر|وسط|خلال|داخل)\s+(?:\p{L}+\s+)?(?:ال)?)(?<![فب]ال)ضباب~|ضباب~(?=\s+(?:ال)?(?:مبيد|رش|رذاذ|كيماو|سموم))|يرش|ترش|رش|سحاب~\s+(?:ال)?بيضاء|غيم~\s+(?:ال)?بيضاء)`,
    ],
  },
  {
    // Session 8: spraying told with what was sprayed on (crops, a field, an orchard, a vineyard, rows, a farm) in the same
    // clause, either way round ("a small plane was spraying the cotton", "spraying a fine mist over crops", "a field sprayed
    // the day before", "the sprayers reached the end of the pear rows", "رش أحد المزارعين غازاً داخل مزرعته"), and the
    // spraying crews themselves; a spray at people (pepper spray, "sprayed protesters in the face") names no crop (dev:
    // bakersfield-1996, yavatmal-2017, salinas-1983, madera-1976, douglas-county-2014, pakistan-malathion-1976, kraimeh-2023)
    feature: 'pesticide_application',
    requires: { en: 'spray', ar: 'رش', ru: 'опрыск|распыл|обработ' },
    en: [
      // (session 24, agnew) not the spray of a personal defence can named by what it is for (a dog, pepper, bear or self-defence spray: the
      // capsaicin repellents, OC) across the gap to a farm word ('a dog spray because of the farm dogs'); judgment of reading
      String.raw`(?<!(?:dog|dogs|pepper|bear|defen[cs]e|self-defen[cs]e|mace|attack|personal)[\s-]+)spray\p{L}*(?:(?!protesters|demonstrators|crowds?|people|faces?|police|officers)[^.;!?]){0,40}?(?<![\p{L}])(?:crops?|fields?(?!\s+hospitals?)|cotton|orchards?|vineyards?|rows|farms?|farmland|greenhouses?|plantations?|paddies|groves?)(?![\p{L}])`,
      String.raw`(?:crops?|fields?|cotton|orchards?|vineyards?|farms?|farmland|greenhouses?|plantations?|groves?)\s+(?:\p{L}+\s+){0,2}?sprayed`,
      String.raw`(?:sprayers|spraymen|spray\s+rigs?|spraying\s+season)`,
      // a spray that drifted (session 8: "the spray a neighbour was putting on his property drifted ... into an open window";
      // dev-v10 boxford-2004)
      String.raw`spray(?:\s+\p{L}+){0,8}?\s+drift\p{L}*`,
    ],
    ru: [String.raw`(?:опрыск|распыл|обработ)~[^.;!?]{0,40}?(?<![\p{L}])(?:пол(?:е|я|ей|ях|ям)|посев~|урожа~|(?<!детск\p{L}*\s)сад(?:а|у|ы|ов|ах|ами)?|виноградник~|теплиц~|плантаци~)(?![\p{L}])`],
    ar: [String.raw`(?:رش|رشت|رشوا|يرش|ترش|يرشون|الرش|برش|رشه|رشها)(?![\p{L}])[^.;!?،]{0,40}?(?<![\p{L}])(?:[وفبل]?(?:ال)?(?:مزرع~|حقل~|حقول|بستان~|بساتين|محاصيل|المحاصيل|مزروعات|اشجار|الاشجار|نخيل|دفيئ~|بيوت\s+بلاستيكية))`],
  },
  {
    // Review 1 #9 (session 11): تبخير is also evaporation and incense, حبة القمح also a grain of wheat; they are the fumigant
    // (the phosphide "wheat tablet", fumigation) only with a pesticide, pest or store word in the same clause, either side
    // ("تبخير المخزن ضد السوس", "وضعوا حبة القمح مع الحبوب في المستودع لمكافحة الفئران"); not "تبخير المياه في الحر". The term
    // lists keep the unambiguous product names (حبة الغلة, فوسفيد ...). Judgment of reading.
    feature: 'fumigant_application',
    requires: { ar: 'تبخير|القمح|مبخر' },
    ar: [String.raw`(?:${AR_FUMIGANT_WORD})[^.;!?،]{0,60}?(?<![\p{L}])(?:${AR_PEST_CONTEXT})`, String.raw`(?<![\p{L}])(?:${AR_PEST_CONTEXT})[^.;!?،]{0,60}?(?:${AR_FUMIGANT_WORD})`, AR_GRAIN_FUMIGATED, String.raw`(?<![\p{L}])[وفبل]?(?:ال)?حبوب\s+(?:ال)?تبخير(?![\p{L}])`],
  },
  {
    // Session 12 (room fixag): the weather's heat as the circumstance (knowledge/agents.yaml heat_or_crowding). Arabic: the
    // temperatures in the plural (درجات الحرارة, 'temperatures'), never the singular درجة الحرارة, which is also a fever;
    // English: a season's or a day's heat and a temperature in degrees, not "the heat of the fire". Judgment of reading.
    feature: 'heat_or_crowding',
    requires: { en: 'heat|degrees', ar: 'درجات' },
    // Session 12 (review): the adjectives a fire's heat takes too (intense, extreme, searing ...) only with no fire, smoke or
    // blast close after or before; a body's temperature ("his temperature rose to 39 degrees") is a fever: the singular
    // only with an outdoor word before it; the Arabic temperatures not of a fire
    en: [
      String.raw`(?:summer|midday|noon|afternoon|sweltering|stifling)\s+heat(?!\s+of)`,
      String.raw`(?<!(?:fire|blaze|flames?|explosion|blast)(?:'s)?\s+)(?:extreme|intense|oppressive|searing|blistering|scorching)\s+heat(?!\s+(?:of|from))(?![^.;!?]{0,40}(?:fire|flame|blaze|burning|smoke|explosion|blast))`,
      String.raw`(?:temperatures|(?:air|outside|outdoor|ambient|daytime|the\s+day's)\s+temperature)\s+(?:\p{L}+\s+){0,3}?(?:of|above|over|reached|hit|soared\s+to|rose\s+to|near)\s+\d+\s*(?:°|degrees)`,
    ],
    ar: [String.raw`درجات\s+الحرارة(?![^.!?\u061F]{0,40}(?:حريق|الحريق|النار|نار|اللهب|الانفجار))`],
  },
  {
    // Session 12 (review): a stuffy room, not a stuffy nose (the term file read "a stuffy nose, streaming eyes" as the
    // heat); Russian душно of a place, not of a person ("мне стало душно" is the breathlessness). Judgment of reading.
    feature: 'heat_or_crowding',
    requires: { en: 'stuffy', ru: 'душно' },
    en: [String.raw`stuffy(?!\s+(?:and\s+\p{L}+\s+)?(?:nose|noses|nosed|head|sinus\p{L}*))`],
    ru: [String.raw`(?<!(?:мне|нам|ему|ей|им|всем|людям|детям|ребёнку|ребенку|многим)\s+(?:(?:стало|было|становилось|сразу|вдруг)\s+){0,2})душно`],
  },
  {
    // Session 21 (fixag3, second review S2): a chimney or flue told with its failure (дымоход был забит, засорился дымоход, a
    // blocked exhaust vent), and the exhaust ventilation only as failed (неисправность вытяжной вентиляции) or with a
    // fuel-burning appliance in the sentence (котёл, колонка, печь, генератор; a heater, boiler, stove, generator): the failed
    // exhaust by which a burning fuel's carbon monoxide stays in the room (cdc-co-basics). Not a chimney alone ('дым шёл из
    // дымохода соседнего дома'), nor a vent alone ('the blocked vent in the basement trapped the gas'); judgment of reading
    feature: 'combustion_appliance',
    requires: { en: 'vent', ru: 'дымоход|вентиляц|вытяжк' },
    en: [
      String.raw`(?<![\p{L}])(?:(?:blocked|clogged|faulty|obstructed)\s+(?:exhaust\s+)?vents?|vents?\s+(?:was|were|had\s+been|got)\s+(?:blocked|clogged|obstructed))(?![\p{L}])(?:(?<=(?:heater|boiler|furnace|stove|generator|fireplace|charcoal|brazier|flue|chimney)[^.;!?]*)|(?=[^.;!?]*(?:heater|boiler|furnace|stove|generator|fireplace|charcoal|brazier|flue|chimney)))`,
    ],
    ru: [
      String.raw`(?<![\p{L}])(?:засор~|забит~|забил~|неисправн~|завалил~|обвалил~|перекрыт~|перекрыл~|закупорен~)\s+(?:\p{L}+\s+){0,2}?(?:дымоход~|(?:вытяжн~\s+)?вентиляц~|вытяжк~)`,
      String.raw`(?<![\p{L}])(?:дымоход~|вытяжк~|(?:вытяжн~\s+)?вентиляц~)\s+(?:\p{L}+\s+){0,2}?(?:засор~|забит~|забил~|неисправ~|завалил~|обвалил~|перекрыт~|закупорен~|не\s+работал~)`,
      String.raw`(?<![\p{L}])(?:дымоход~|вытяжн~\s+вентиляц~|вытяжк~)(?:(?<=(?:котел|котл|колонк|печ[ьиек]|генератор|обогревател|газов\p{L}*\s+плит|мангал|буржуйк)[^.;!?]*)|(?=[^.;!?]*(?:котел|котл|колонк|печ[ьиек]|генератор|обогревател|газов\p{L}*\s+плит|мангал|буржуйк)))`,
    ],
  },
  {
    // Session 21 (fixag3, second review S3): the fishers' catch and the sea bed as where an old munition came up, only with a haul
    // or find verb (вытащили, подняли, нашли, выловили; انتشل, سحب, اخرج, عثر, وجد) and a munition or container noun (снаряд, бомба,
    // бочка, боеприпас, цилиндр; قذيفة, برميل, ذخيرة, قنبلة) in the sentence: 'Рыбаки вытащили корпус снаряда вместе с уловом',
    // 'انتشل الغواصون برميلاً من قاع البحر'; 'подняли со дна' (transitive, never поднялось) likewise with a munition noun. Not fishers back with their catch before a shell fell, nor people 'drowned in the sea
    // bed' of smoke after a barrel fell (no haul verb); judgment of reading
    feature: 'old_munition_found',
    requires: { ru: 'улов|со дна', ar: 'قاع البحر' },
    ru: [
      String.raw`(?<![\p{L}])с\s+улов~(?:(?<=(?:вытащ|вытянул|подняли|поднял(?![\p{L}])|нашл|найд|обнаруж|выловил|извлек|достал)[^.;!?]*)|(?=[^.;!?]*(?:вытащ|вытянул|подняли|поднял(?![\p{L}])|нашл|найд|обнаруж|выловил|извлек|достал)))(?:(?<=(?:снаряд|бомб|бочк|боеприпас|цилиндр|контейнер)[^.;!?]*)|(?=[^.;!?]*(?:снаряд|бомб|бочк|боеприпас|цилиндр|контейнер)))`,
      String.raw`(?<![\p{L}])подня(?:л|ли|ла)\s+со\s+дна(?![\p{L}])(?:(?<=(?:снаряд|бомб|бочк|боеприпас|цилиндр|контейнер)[^.;!?]*)|(?=[^.;!?]*(?:снаряд|бомб|бочк|боеприпас|цилиндр|контейнер)))`,
    ],
    ar: [
      String.raw`قاع\s+البحر(?:(?<=(?:انتشل|سحب|اخرج|عثر|وجد|اكتشف|علق)[^.;!?،]*)|(?=[^.;!?،]*(?:انتشل|سحب|اخرج|عثر|وجد|اكتشف|علق)))(?:(?<=(?:قذيف|قذائف|برميل|براميل|ذخير|ذخائر|قنبل|صاروخ|اسطوان)[^.;!?]*)|(?=[^.;!?]*(?:قذيف|قذائف|برميل|براميل|ذخير|ذخائر|قنبل|صاروخ|اسطوان)))`,
    ],
  },
  {
    // Session 23 (agnew): rotten eggs met as a blast, wave, gust or lungful of them, the sulphide smell told without a smell word
    // (the term file's '{SMELL} rotten eggs' needs one; 'a whiff of' is a smell word already): rotten eggs are breathed, not eaten,
    // in these nouns; judgment of reading
    feature: 'odour_rotten_eggs',
    requires: { en: 'egg' },
    en: [String.raw`(?<![\p{L}])(?:blast|wave|gust|cloud|wall|fug|hint|tang|lungful|breath|rush)\s+of\s+(?:\p{L}+\s+)?(?:rotten|bad|rotting)[\s-]+eggs?(?![\p{L}])`],
  },
  {
    // Session 24 (agnew): a thing that smoked white or yellow, told with the verb and the colour in the instrumental ('задымила
    // белым', 'дымило жёлтым'): the verb form of the term file's 'белый дым' / 'жёлтый дым' (the stem matcher reads the noun, not the
    // verb). Only the instrumental colour: 'дымила белая труба' is a white chimney. Judgment of reading (Russian morphology)
    feature: 'cloud_white',
    requires: { ru: 'дым' },
    ru: [String.raw`(?<![\p{L}])(?:за|на)?дым(?:ил|ила|ило|или|ит|ят|ился|илась|илось|ились|ится)\s+(?:\p{L}+\s+)?(?:бел|беловат|бел[её]с)(?:ым|ой)(?![\p{L}])`],
  },
  {
    feature: 'cloud_yellow_green',
    requires: { ru: 'дым' },
    ru: [String.raw`(?<![\p{L}])(?:за|на)?дым(?:ил|ила|ило|или|ит|ят|ился|илась|илось|ились|ится)\s+(?:\p{L}+\s+)?(?:ж[её]лт|зел[её]н|желтоват|ж[её]лто-зел[её]н|зеленоват)(?:ым|ой)(?![\p{L}])`],
  },
  {
    // Session 24 (agnew): a filling that smoked, flared or caught fire as it met the air ('на воздухе задымила и вспыхнула',
    // 'вспыхнул на воздухе'): the family of the term file's 'загорается на воздухе' / 'воспламеняется на воздухе' in the past tense
    // and with the smoking verb; white phosphorus ignites spontaneously in air (nrc-smokes-1999, hrw-wp-2009). Bare 'на воздухе'
    // only ('на свежем / открытом воздухе' is outdoors), nothing but words between (a comma ends it: 'жарили на воздухе, угли
    // задымили'), and not a fire, a grill or a chimney as the subject. Judgment of reading
    feature: 'burning_particles',
    requires: { ru: 'на воздухе' },
    ru: [
      String.raw`(?<![\p{L}])на\s+воздухе\s+(?:(?!(?:мангал|костер|костёр|шашлык|печ|труб|угл|угол|дров|сигарет|кост)\p{L}*\s)\p{L}+\s+){0,2}?(?:сам\p{L}*\s+)?(?:за)?(?:дымил|вспыхнул|загорел|воспламенил|задымил)\p{L}*(?![\p{L}])`,
      // (session 24, fixag: review s24 R6) and in the verb-first order its subject, the noun before the verb in its clause or right after
      // 'на воздухе', is tested against the fire, grill and fuel words (RU_FIRE_SUBJECT): 'Костёр вспыхнул на воздухе' is a campfire
      String.raw`(?<![\p{L}])(?<!${RU_FIRE_SUBJECT}\s+(?:(?!(?:и|а|но)\s)\p{L}+\s+){0,2})(?:задымил|вспыхнул|загорел|воспламенил)\p{L}*\s+(?:сам\p{L}*\s+)?на\s+воздухе(?![\p{L}])(?!\s+(?:\p{L}+\s+)?${RU_FIRE_SUBJECT})`,
    ],
  },
  {
    // Session 24 (agnew): the Maghrebi الضيقة, asthma or a fit of breathlessness ('عندها الضيقة', 'عندو الضيقة'; HPO Dyspnea
    // HP:0002094), had by a person: with عند and a pronoun, not the straits of money (ضيقة مالية / مادية). Judgment of reading
    // (Tunisian, Algerian and Moroccan everyday usage)
    feature: 'dyspnoea',
    requires: { ar: 'ضيق' },
    // (session 24, fixag: review s24 R14) 'has الضيقة' with a past onset or a duration told with it (من صغرو 'since he was little',
    // من زمان, من سنين, منذ الصغر, طول عمره, مزمنة), before or after it in its clause, is a history of asthma, not the breathlessness of the
    // exposure: as English 'has had asthma since he was little' and Russian «астма с детства» are not read. Judgment of reading
    ar: [String.raw`(?<![\p{L}])(?<!${AR_CHRONIC_SINCE}\s+(?:\p{L}+\s+){0,2})[وف]?عند(?:ه|ها|و|ي|هم|نا|ك|كم)\s+(?:\p{L}+\s+)?(?:ال)?ضيق[ةه](?![\p{L}])(?!\s+(?:ال)?(?:مالي|مادي|اقتصادي)\p{L}*)(?![^.!?؟،,\n]*?${AR_CHRONIC_SINCE})`],
  },
  {
    // Session 24 (agnew): the match smell likened to someone striking or lighting matches ('smelled like somebody had just struck a
    // box of matches', 'tastes as if someone lit a match'): the smell or taste verb, a comparison, up to six words of its clause (no
    // conjunction, time word or negation: 'smelled like stew when he lit the matches' is no such smell), the striking verb and the
    // match. The family of the term file's '{SMELL} struck matches' and session 21's 'a stink like a whole box of matches just
    // struck'; the struck match is sulphur dioxide's everyday smell (knowledge/agents.yaml odour_rotten_eggs, airnb-so2). Judgment of reading
    feature: 'odour_rotten_eggs',
    requires: { en: 'match' },
    en: [String.raw`(?<![\p{L}])(?:smell\p{L}*|smelt|stank|stunk|stink\p{L}*|reek\p{L}*|tasted?|tastes|tasting)\s+(?:like|as\s+if|as\s+though)\s+(?:(?!(?:when|whenever|after|before|while|and|then|but|so|not|no|never|until|because|as)\s)[\p{L}']+\s+){0,6}?(?:struck|lit|lighting|striking|burnt|burned|burning)\s+(?:(?:a|the|some|whole|box|boxes|of|packet|pack|book|few|dozen|fresh)\s+){0,4}match(?:es)?(?![\p{L}])`],
  },
  {
    // Session 23 (agnew): a person who collapsed told by the everyday verbs of falling down senseless, the family of the term file's
    // 'collapsed', 'keeled over', 'люди падали' and 'سقط أرضا' (HPO Syncope HP:0001279 / Loss of consciousness): EN toppled,
    // crumpled or slumped over or to the floor, dropped to the floor or where one stood, went down like a stone; RU рухнул /
    // свалился of a person (not a house or a roof), рухнул на пол, упал как подкошенный; AR انهار / طاح / وقع on the ground (not a
    // shell, a wall or a roof falling, nor انهار بالبكاء, breaking down in tears). Judgment of reading; chosen from the family,
    // not from one miss
    feature: 'loss_of_consciousness',
    requires: { en: 'toppl|crumpl|slump|dropp|went down|flies', ru: 'рухнул|свалил|подкош', ar: 'انهار|طاح|وقع' },
    en: [
      String.raw`(?<![\p{L}])(?<!(?:wall|walls|tree|trees|building|buildings|roof|pole|poles|tower|chimney|shelf|shelves|cylinder|cylinders|tank|tanks|house|houses|stack|crane|mast)\s+)(?:toppled|crumpled|slumped)\s+(?:over|down|forward|forwards|sideways|backwards|to\s+the\s+(?:floor|ground|deck|pavement)|head\s*first|in\s+a\s+heap|onto\s+the\s+(?:floor|ground|deck))(?![\p{L}])`,
      // (s23 fixrev, review-s23 R19) the idioms 'like flies / like a stone' not of an animal's or a thing's subject (NOT_PERSON_SUBJECT)
      String.raw`(?<![\p{L}])dropped(?<!${NOT_PERSON_SUBJECT}dropped)\s+(?:to\s+the\s+(?:floor|ground|deck|pavement)|where\s+(?:they|he|she|we|i)\s+stood|like\s+(?:a\s+)?(?:stones?|flies|a\s+sack))(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:went|go|going|goes)(?<!${NOT_PERSON_SUBJECT}(?:went|go|going|goes))\s+down\s+like\s+(?:a\s+)?(?:stone|sack|flies|ninepins|a\s+sack\s+of\s+potatoes)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:dropping|fell|falling)(?<!${NOT_PERSON_SUBJECT}(?:dropping|fell|falling))\s+like\s+flies(?![\p{L}])`,
    ],
    ru: [
      String.raw`(?<![\p{L}])(?:он|она|они|люди|человек|рабоч\p{L}*|ребён\p{L}*|ребен\p{L}*|дет\p{L}*|муж\p{L}*|жена|сын|дочь|дочка|отец|мать|мама|папа|брат|сестра|сосед\p{L}*|напарник\p{L}*|коллег\p{L}*|парень|девушк\p{L}*|женщин\p{L}*|мужчин\p{L}*|водител\p{L}*|солдат\p{L}*|боец|бойц\p{L}*)\s+(?:(?!(?:не|ни)(?![\p{L}]))\p{L}+\s+)?(?:рухнул\p{L}*|свалил(?:ся|ась|ись))(?!\s+(?:с|со)\s)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:рухнул\p{L}*|свалил(?:ся|ась|ись)|упал\p{L}*)\s+(?:на\s+(?:пол|землю|асфальт|колени)\s+)?(?:как\s+подкошенн\p{L}*|без\s+сил)`,
      String.raw`(?<![\p{L}])(?:рухнул\p{L}*|свалил(?:ся|ась|ись))\s+на\s+(?:пол|землю|асфальт)(?![\p{L}])`,
    ],
    ar: [
      String.raw`(?<![\p{L}])(?<!(?:قذيف|صاروخ|برميل|اسطوان|قنبل|جرة|شظي|جدار|سقف|بناء|مبنى|بيت|عمار)\p{L}*\s+)[وف]?(?:انهار|انهارت|انهاروا|انهارو|طاح|طاحت|طاحوا|طاحو|وقع|وقعت|وقعوا|وقعو)\s+(?:(?!(?:ال)?(?:قذيف|صاروخ|برميل|اسطوان|قنبل|جرة|شظي|حجار|جدار|سقف|بناء|مبنى|بيت|عمار)\p{L}*)\p{L}+\s+)?(?:على\s+(?:ال)?ارض|ارضا|بالارض|عالارض|في\s+(?:ال)?ارض)(?![\p{L}])`,
    ],
  },
  {
    // Session 23 (agnew): 'came round' / 'came to' of a person who had been unconscious (HPO Loss of consciousness HP:0007185:
    // consciousness regained tells that it was lost, as the term file's 'regained consciousness'): at its clause end, or before a
    // place of care (in the ambulance, at the hospital) or a short time (after a few minutes, ten minutes later). Not the
    // neighbours who came round in the evening, nor 'came to the hospital' or 'came to help'; judgment of reading
    feature: 'loss_of_consciousness',
    requires: { en: 'came|come' },
    en: [
      String.raw`(?<![\p{L}])(?:he|she|they|i|we|him|her|them|who|finally|eventually|later|then|had|has|have|when|until|before|and)\s+(?:\p{L}+\s+)?(?:came|come|comes|coming)\s+(?:round|around|to)(?=\s*(?:[.,;!?]|$)|\s+(?:in|at|on)\s+(?:the\s+|an?\s+)?(?:ambulance|hospital|clinic|ward|car|van|helicopter|stretcher|floor|ground|street)(?![\p{L}])|\s+(?:after|within|in)\s+(?:a\s+(?:few|couple)|some|several|about|\d+|two|three|five|ten|fifteen|twenty|thirty|half)\s+(?:of\s+)?(?:\p{L}+\s+)?(?:seconds?|minutes?|hours?)|\s+(?:a\s+(?:few|couple\s+of)|several|\d+|two|three|five|ten|fifteen|twenty|thirty)\s+(?:seconds|minutes|hours)\s+later)`,
    ],
  },
  {
    // Session 23 (fixrev, review-s23 R4/R5): not the skin of a fruit or a graft (the English noun slot is a body part's), nor
    // skin that peeled from the sun, the beach, a tan, the cold or a detergent (desquamation with another cause: PEEL_CAUSE in
    // the sentence, either side; the term file's peel terms are refused by the same cue in feature-extraction.ts's TERM_SENSE)
    // Session 23 (agnew): the Russian skin that peeled or came off (кожа (на руках) слезла / слезала / сходила / сошла / облезла /
    // отслаивалась, either order; отслоение кожи; кожа лоскутами), the family of the term file's 'кожа облезала' and the English
    // 'skin came off' (the blister's roof and the burnt epidermis coming away: IOM 1993's denudation and exfoliation of mustard-injured
    // skin, agent-terms.yaml; a judgment). A pattern, not terms: the Snowball
    // stem of слезала is слез, that of слёзы (tears), so a term would read 'кожа красная, слёзы текли'; judgment of reading
    feature: 'delayed_blisters',
    requires: { en: 'skin', ru: 'кож' },
    // the English skin of a body part that peeled (the term file's 'skin peeled' takes at most two words between)
    en: [String.raw`(?<![\p{L}])skin(?<!${PEEL_CAUSE}[^.!?\n]*)\s+(?:on|of|from)\s+(?:(?:his|her|their|my|our|your|the|both|its)\s+)?(?:(?:left|right|upper|lower)\s+)?${BODY_PART_EN}\s+(?:peeled|peeling|sloughed|sloughing|came\s+off|came\s+away|was\s+peeling|was\s+coming\s+off)(?![\p{L}])(?![^.!?\n]*${PEEL_CAUSE})`],
    ru: [
      String.raw`(?<![\p{L}])кож(?<!${PEEL_CAUSE}[^.!?\n]*)(?:а|у|и|ей)\s+(?:(?!(?:не|ни)(?![\p{L}]))\p{L}+\s+){0,2}(?:слезл|слезал|слезает|слезают|сходил|сходит|сошл|облезл|облезал|облезает|отслаивал|отслоил|лоскут)\p{L}*(?![^.!?\n]*${PEEL_CAUSE})`,
      String.raw`(?<![\p{L}])(?:слезл|слезал|сходил|сошл|облезл|облезал|отслаивал|отслоил)(?<!${PEEL_CAUSE}[^.!?\n]*)\p{L}*\s+(?:\p{L}+\s+)?кож(?:а|и)(?![\p{L}])(?![^.!?\n]*${PEEL_CAUSE})`,
      String.raw`(?<![\p{L}])отслоени(?<!${PEEL_CAUSE}[^.!?\n]*)\p{L}*\s+(?:\p{L}+\s+)?кож\p{L}*(?![^.!?\n]*${PEEL_CAUSE})`,
    ],
  },
  {
    // Session 23 (agnew): 'hauled up' read by the term file took a person hauled up out of a hold, a well, a pit or the water
    // (the matcher's gap: 'the skipper hauled him up', a rescue, told in every confined-space and drowning account) as old
    // materiel hauled up by fishers (acw-old-cw-2008). The verb with 'up' straight after it, not before a person; or the thing
    // hauled a munition or container noun ('hauled a rusty shell up'); judgment of reading
    feature: 'old_munition_found',
    requires: { en: 'hauled' },
    en: [
      // (s23 fixrev, review-s23 R7) 'hauled up' with a munition or a dumped container as its object (within four words), not any
      // thing hauled up (nets, a bucket, an anchor, a crane's tank) nor a person; a tank or cylinder is industrial, not dumped materiel
      String.raw`(?<![\p{L}])hauled\s+up\s+(?:\p{L}+\s+){0,3}?(?:shells?|bombs?|munitions?|ordnance|barrels?|drums?|canisters?|projectiles?|mines?|lumps?\s+of\s+(?:mustard|yperite)|mustard)(?![\p{L}])`,
      String.raw`(?<![\p{L}])hauled\s+(?:an?|the|some|one|two|three|several|old|rusty|rusted|corroded)\s+(?:\p{L}+\s+){0,2}?(?:shells?|bombs?|munitions?|ordnance|barrels?|drums?|canisters?|containers?|cylinders?|projectiles?|mines?)\s+up(?![\p{L}])`,
    ],
  },
  {
    // Session 21 (fixag3, second review S5): session 21 agnew's tests told normal in everyday words (the tests are fine, came back
    // fine, clear or negative, were OK; the test results were fine or normal), moved here from the term file so that a head
    // naming tests of something other than the patient, right before the noun, refuses them: 'the soil tests came back clear'
    // (soil, water, air, environmental, COVID, pregnancy, DNA, drug, exam tests). Judgment of reading
    feature: 'no_poisoning_signs',
    requires: { en: 'test' },
    en: [
      String.raw`(?<![\p{L}-])test(?<!(?:soil|water|air|environmental|environment|covid(?:-19)?|corona\p{L}*|pcr|pregnancy|dna|paternity|alcohol|blood-alcohol|breathalyzer|drug|doping|exam|school|gas|radon|lead|asbestos|well|river|food|crop|sample|emissions?|pressure|leak|safety|nuclear|missile|weapons?|engine|driving)\s+test)(?:s\s+(?:are|were)\s+(?:fine|clear|ok|okay)|s\s+came\s+back\s+(?:fine|clear|negative)|\s+results\s+(?:were\s+(?:fine|normal)|came\s+back\s+normal))(?![\p{L}])`,
    ],
  },
  {
    // Session 21 (fixag3, second review S7): no one poisoned or fallen ill (никто не отравился, никто не заболел, agnew's terms),
    // refused when a restricting phrase next to it bounds the 'nobody' (в нашей семье, у нас, из соседей) and the sentence goes
    // on to a contrast (а, но): 'В нашей семье никто не отравился, а у соседей были судороги' tells of casualties next door.
    // Judgment of reading
    feature: 'no_casualties',
    requires: { ru: 'никто' },
    ru: [
      String.raw`(?<![\p{L}])никто(?:(?<!(?:(?:в|у)\s+(?:наш|мо|их|его|ее|эт|т[оа]|одн)\p{L}*\s+(?:семь|дом|квартир|подъезд|двор|улиц|сел|деревн|класс)\p{L}*|у\s+(?:нас|них|меня|него|нее))\s*,?\s+никто)|(?!(?=[^.;!?]*(?<![\p{L}])(?:а|но|однако|зато)(?![\p{L}]))))\s+не\s+(?:отравил~|заболел~)(?![\p{L}])(?!(?=\s+(?:из\s+(?:соседей|наших|нас|них|семьи|родных|детей|жильцов)|в\s+(?:наш|мо|их|эт)\p{L}*\s+\p{L}+|у\s+(?:нас|них|меня)))(?=[^.;!?]*(?<![\p{L}])(?:а|но|однако|зато)(?![\p{L}])))`,
    ],
  },
  {
    // Session 24 (agdev): a 'gas poisoning' told in Russian with no gas named (отравление газом, отравились бытовым газом): in
    // Russian the bare 'газ' of a home is the household's, burned in its stove, water heater or boiler, whose carbon monoxide
    // stays in a closed room (cdc-co-basics: CO is in the fumes of gas ranges, furnaces and water heaters), and the diagnosis is
    // told so after flats and houses where families were found unconscious (development look: nerve led them on the loss of
    // consciousness and the deaths, the words naming no agent). Not in a sentence of a war, a chemical, a sewer, a well, a plant or
    // a tank anywhere in the account (RU_GAS_NOT_HOUSEHOLD), nor a named gas (хлором, угарным газом: read by their own terms). Judgment of reading
    feature: 'combustion_appliance',
    requires: { ru: 'газом' },
    ru: [String.raw`(?<![\p{L}])(?:отравлени\p{L}*|отравил\p{L}*|отравлен\p{L}*)\s+(?:бытовым\s+|природным\s+)?газом(?![\p{L}])(?<!${RU_GAS_NOT_HOUSEHOLD}[\s\S]*)(?![\s\S]*${RU_GAS_NOT_HOUSEHOLD})`],
  },
  {
    // Session 12 (review): the bathhouse (its stove: cdc-co) as the combustion appliance, not 'кровавая баня' (a bloodbath)
    feature: 'combustion_appliance',
    requires: { ru: 'бан' },
    ru: [String.raw`(?<!кровав\p{L}*\s+)бан(?:я|е)`],
  },
  // Session 13 (room agctx): context words of how the substance arrived, in one block (knowledge/agents.yaml: the features'
  // sources say why each place or means names its agents). Judgment of reading; none was taken from an evaluation item.
  {
    // a water utility's pumping station disinfects with chlorine as a water works does (delivery_pool_pump covers water
    // treatment: mmwr-pool-2014, atsdr-chlorine); not a sewage pumping station (hydrogen sulphide), nor the water intake,
    // which names where a spill got into the supply (a drinking-water contamination), not a chlorination
    feature: 'delivery_pool_pump',
    requires: { en: 'water', ru: 'вод', ar: 'مياه|الماء' },
    en: [String.raw`(?:water|drinking[\s-]water)\s+(?:pumping\s+station|plant|utility|supply\s+station)`],
    ru: [String.raw`станци~\s+(?:подъ[её]ма|подкачки|очистки)\s+воды`, String.raw`водопроводн~\s+(?:станци~|насосн~)`],
    ar: [String.raw`محط~\s+(?:ضخ\s+)?(?:ال)?مياه(?:\s+الشرب)?`, String.raw`محط~\s+ضخ\s+الماء`],
  },
  {
    // Session 30 (room aginc): a gas injected, dosed or fed into water for its disinfection or treatment is the works' chlorination
    // (epa-chlorine-disinfection-1999: chlorine, supplied as a gas, is the disinfectant most used at municipal wastewater plants;
    // atsdr-chlorine-tp-2010: chlorine's main uses include purifying drinking water), told by the operator without naming the gas
    // ('the gas is injected automatically for the sanitary treatment', 'газ подаётся для обеззараживания воды', 'يحقن الغاز اليا
    // لاعمال المعالجة'). Not an oil well's or a furnace's gas injection (no disinfection or water treatment word in reach; review
    // s30: 'purify' only of water, sewage or effluent, not 'gas was injected into the furnace to purify the metal');
    // judgment of reading
    feature: 'delivery_pool_pump',
    requires: { en: 'gas', ru: 'газ', ar: 'غاز' },
    en: [String.raw`(?<![\p{L}])gas\s+(?:(?:is|was|are|were|being|had\s+been|has\s+been)\s+)?(?:(?:automatically|continuously|normally)\s+)?(?:injected|dosed|fed|metered|bubbled)\s+[^.;!?]{0,60}?(?<![\p{L}])(?:disinfect~|sanitis~|sanitiz~|purif~\s+(?:(?:the|its)\s+)?(?:drinking\s+)?(?:water|sewage|effluent)|(?:water|sewage|effluent)\s+treatment|treatment\s+of\s+(?:the\s+)?(?:water|sewage|effluent))`],
    ru: [String.raw`(?<![\p{L}])газ~?\s+(?:\p{L}+\s+)?(?:пода[её]тся|подавался|подавали|дозиру~|вводи~|вводят|впрыскива~)\s+[^.;!?]{0,60}?(?<![\p{L}])(?:обеззаражива~|обеззараживани~|дезинфекци~|(?:обработк|очистк)~\s+(?:питьевой\s+|сточных\s+)?вод~)`],
    ar: [String.raw`(?<![\p{L}])[وف]?(?:يحقن|تحقن|حقن|يضخ|ضخ|يتم\s+حقن|يتم\s+ضخ)\s+(?:ال)?غاز(?:ات)?\s+[^.;!?،]{0,40}?(?<![\p{L}])(?:ل|لا?عمال\s+|بغرض\s+|من\s+اجل\s+)?(?:ال)?(?:تعقيم|تطهير|معالج[هة])`],
  },
  {
    // Session 22 (room agru): two cleaning products put together in one go, told by what was done rather than with the word
    // 'mixed' (session 16's terms): a use or pouring verb, then two cleaner nouns joined by and / и / و, then 'together', 'at once',
    // 'in one bucket' (either side of the nouns in Russian: 'налила в одну ёмкость кислотное моющее и щелочное'); 'used the toilet
    // gel and the mould spray at once', 'حطت المبيض ومنظف الحمامات الحامضي مع بعض في السطل'. mmwr-bleach-1991: bleach mixed with
    // acid or ammonia cleaners gives off chlorine or chloramine, the household mixing poison centres see. Not two products bought
    // or carried together (no use verb), nor one used after the other (no together word); judgment of reading
    feature: 'delivery_pool_pump',
    requires: { en: 'together|at once|same time|in one |in the same ', ru: 'одн|один|вместе|одновременно|то же|тот же|ту же', ar: 'بعض|سوا|سوية|نفس|ذات|واحد' },
    // (session 22, fixag: review-s22 R10) 'put' only with a vessel of mixing after it ('put the bleach and the descaler in one bucket'), and
    // no bag, backpack, cupboard or shelf after 'together' ('put the bug spray and the hand gel together in my backpack': carried)
    en: [
      String.raw`(?:us(?:e|ed|ing)|mix(?:ed|ing)?|pour(?:ed|ing)?|combin(?:e|ed|ing)|tipp?(?:ed|ing)?|add(?:ed|ing)?|spray(?:ed|ing)?|squirt(?:ed|ing)?|appl(?:y|ied|ying))\s+[^.;!?]{0,40}?${CLEANER_EN}[^.;!?]{0,30}?(?<![\p{L}])(?:and|with|plus|&)\s+[^.;!?]{0,30}?${CLEANER_EN}[^.;!?]{0,30}?(?<![\p{L}])(?:together|at\s+once|at\s+the\s+same\s+time|in\s+(?:one|the\s+same)\s+(?:bucket|bottle|container|tub|basin|jug|sink|bowl))(?![\p{L}])(?!\s+(?:in|into|on|inside)\s+(?:(?:my|his|her|their|our|your|the|a|an)\s+)?(?:\p{L}+\s+)?(?:bags?|backpacks?|rucksacks?|handbags?|cupboards?|shelf|shelves|drawers?|cabinets?|boxes|box|baskets?|cars?|trunk|boot|pockets?|suitcases?|carts?|trolley|store|shop)(?![\p{L}]))`,
      String.raw`(?:put|putting)\s+[^.;!?]{0,40}?${CLEANER_EN}[^.;!?]{0,30}?(?<![\p{L}])(?:and|with|plus|&)\s+[^.;!?]{0,30}?${CLEANER_EN}[^.;!?]{0,30}?(?<![\p{L}])(?:together\s+)?in(?:to)?\s+(?:one|the\s+same|a|the)\s+(?:bucket|bottle|container|tub|basin|jug|sink|bowl|toilet)(?![\p{L}])`,
    ],
    ru: [
      String.raw`(?:нали|смеша|сли|вылил|добави|зали|развёл|развел|разве|сыпа|высыпа|использова|замеша|плесну)~\s+[^.;!?]{0,40}?${CLEANER_RU}[^.;!?]{0,30}?(?:\s+и\s+|\s+с\s+)[^.;!?]{0,30}?${CLEANER_RU}[^.;!?]{0,30}?(?<![\p{L}])(?:вместе|одновременно|в\s+(?:одн[уоа]|один|одном|одной|то\s+же|тот\s+же|ту\s+же)\s+\p{L}+)(?![\p{L}])`,
      String.raw`(?:нали|смеша|сли|вылил|добави|зали|развёл|развел|разве|сыпа|высыпа|замеша|плесну)~\s+(?:в\s+(?:одн[уоа]|один|одно|то\s+же|тот\s+же|ту\s+же)\s+\p{L}+)\s+[^.;!?]{0,30}?${CLEANER_RU}[^.;!?]{0,30}?(?:\s+и\s+|\s+с\s+)[^.;!?]{0,30}?${CLEANER_RU}`,
    ],
    ar: [String.raw`(?:حط|حطت|حطيت|حطوا|صب|صبت|صبيت|صبوا|كب|كبت|كبيت|خلط|خلطت|خلطوا|ضاف|ضافت|اضاف|اضافت|استعمل|استعملت|استخدم|استخدمت|رش|رشت)(?![\p{L}])[^.;!?،]{0,30}?${CLEANER_AR}[^.;!?]{0,30}?(?<![\p{L}])(?:و|مع\s+)${CLEANER_AR}[^.;!?]{0,40}?(?<![\p{L}])(?:مع\s+بعض\p{L}*|سوا|سوية|ع\s*بعض|على\s+بعض|(?:في|ب)\s*(?:نفس|ذات)\s+(?:ال)?${AR_MIX_VESSEL}|(?:في|ب)\s*(?:ال)?${AR_MIX_VESSEL}\s+واحد)(?![\p{L}])`],
  },
  {
    // Session 20 (room aginc): pool supplies, a store's or a truck's load of chlorinating tablets and acids, which give off chlorine
    // when wet or mixed (mmwr-pool-2014: pool chemical-associated health events, in storage and transport as well as at the pool):
    // the noun only ("carrying pool supplies", "a pool-supply store"), not the verb ("the car pool supplied drivers"); judgment of
    // reading
    feature: 'delivery_pool_pump',
    requires: { en: 'pool' },
    // (session 20, fixag1, review R7) not another pool's ("motor / car / labour / ambulance pool") nor the verb with its object
    // after it ("the motor pool supplies the fuel trucks")
    en: [String.raw`(?<![\p{L}])(?<!(?:motor|car|labou?r|talent|ambulance|typing|press|gene|vehicle|staff|resource|job|jobs|truck|taxi|transport|player|players|candidate|donor|blood|mercenary|recruit(?:ment)?)[\s-]+)(?:swimming[\s-]+)?pool[\s-]+suppl(?:y|ies)(?![\p{L}])(?!\s+(?:the|a|an|its|their|our|his|her|all|most|some|\d+)(?![\p{L}]))`],
  },
  {
    // Session 19 (room aginc; fixag2, review R16): the hot tub or spa pool, a treated recreational water venue disinfected with
    // chlorine or bromine as a pool is (mmwr-pool-2014: pool chemical-associated health events in public and residential
    // treated-water settings), read as the pool chemicals' release only with a chemical, disinfectant, odour, fumes, pump, dosing
    // or reaction word within about two sentences ('a chemical reaction in the hotel's hot tub', 'the smell of the pool
    // disinfectant'): the venue alone is no release (its own illnesses are heat collapse, hot-tub rash and hot-tub lung);
    // judgment of reading
    feature: 'delivery_pool_pump',
    requires: { en: 'hot tub|spa pool|whirlpool|jacuzzi' },
    en: [String.raw`(?<![\p{L}])(?:hot\s+tubs?|spa\s+pools?|whirlpool\s+baths?|jacuzzis?)(?![\p{L}])(?:(?=[\s\S]{0,250}?(?<![\p{L}])(?:chemical\p{L}*|chlorin\p{L}*|bromin\p{L}*|disinfect\p{L}*|bleach|fumes?|odou?rs?|smell\p{L}*|stench|pumps?|dosing|dosed|reactions?|acids?|sanitis\p{L}*|sanitiz\p{L}*|shut-?off)(?![\p{L}]))|(?<=(?<![\p{L}])(?:chemical\p{L}*|chlorin\p{L}*|bromin\p{L}*|disinfect\p{L}*|bleach|fumes?|odou?rs?|smell\p{L}*|stench|pumps?|dosing|dosed|reactions?|acids?|sanitis\p{L}*|sanitiz\p{L}*|shut-?off)(?![\p{L}])[\s\S]{0,250}?(?:hot\s+tubs?|spa\s+pools?|whirlpool\s+baths?|jacuzzis?)))`],
  },
  {
    // Session 18 (room aginc): a village or town's drinking-water tank being treated or disinfected is its chlorination, as a
    // water works' (atsdr-chlorine-tp-2010: chlorine's main uses include purifying drinking water; small supplies dose it from
    // a gas cylinder): "while the drinking-water tank of the village was being treated", "disinfecting the water tank". Not a
    // tank named without the treatment, nor 'treated' of people ("those at the water tank were treated in hospital" is told
    // with people between); English only; judgment of reading
    feature: 'delivery_pool_pump',
    requires: { en: 'tank' },
    en: [
      String.raw`(?:drinking[\s-]water|water)\s+tanks?\s+(?:of\s+(?:the\s+)?\p{L}+\s+)?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:being\s+)?(?:treated|disinfected|purified|sanitised|sanitized|dosed)(?![\p{L}])`,
      String.raw`(?:treat|treating|disinfect|disinfecting|purify|purifying|sanitise|sanitising|sanitize|sanitizing|dose|dosing)\s+(?:the|a|its|their)\s+(?:\p{L}+\s+)?(?:drinking[\s-]water|water)\s+tanks?(?![\p{L}])`,
    ],
  },
  {
    // Session 22 (room agru): a workshop's acid or solvent giving off its vapour, told by the vapour ('acid fumes', 'fumes off the
    // pickling bath', пары кислоты, испарения растворителя, أبخرة الأسيد) or by the heated bath or pot that steamed, fumed or boiled
    // ('the pickling pot of acid was left on too hot and steamed', 'кислота закипела и парила', 'الأسيد غلي وطلع منه بخار'): an
    // occupational release of an irritant industrial chemical (atsdr-hsees: acid mists and solvent vapours in workplace events).
    // Not a likeness ('like acid fumes', 'как пары кислоты', 'زي بخار الأسيد': the irritant of another agent told by a comparison),
    // nor acid rain or a battery's acid without a vapour; judgment of reading
    feature: 'delivery_industrial_leak',
    requires: { en: 'acid|solvent|degreas|pickling|plating|etching', ru: 'кислот|растворител|травлен', ar: 'اسيد|حمض|حامض|ماء النار|مذيب|تنر|تينر' },
    en: [
      String.raw`(?<!(?:like|as|of)\s+(?:the\s+|some\s+)?)(?:acid|solvent|degreaser)\s+(?:fumes|vapou?rs?|mists?|steam)(?![\p{L}])`,
      String.raw`(?<!(?:like|as)\s+(?:the\s+)?)(?:fumes|vapou?rs?|steam)\s+(?:from|off|of)\s+(?:the\s+|a\s+|an\s+)?(?:\p{L}+\s+)?(?:acid|solvent|degreaser|(?:pickling|plating|etching|degreasing|acid)\s+(?:pot|bath|tank|vat|solution))(?![\p{L}])`,
      String.raw`(?:pickling|plating|etching|degreasing|acid|solvent)\s+(?:pot|bath|tank|vat|tub)s?(?:\s+of\s+\p{L}+)?[^.;!?]{0,40}?(?<![\p{L}])(?:steamed|steaming|fumed|fuming|boiled|boiling|bubbled|overheated|gave\s+off|giving\s+off|smoked|smoking)(?![\p{L}])`,
      String.raw`(?<!like\s+)(?:the|some|this|that)\s+(?:\p{L}+\s+)?(?:acid|solvent)\s+(?:started|began|was|had)?\s*(?:steaming|fuming|boiling\s+over|boiled\s+over|giving\s+off\s+fumes|gave\s+off\s+fumes)(?![\p{L}])`,
    ],
    ru: [
      // (s22 fix2, second review R15) not under a verb of ruling out or a denial before or after ('пары кислоты исключили',
      // 'никаких паров кислоты не было')
      String.raw`(?<!(?:как|словно|будто|никаких|нет|исключ\p{L}*)\s+)(?:пар(?:ы|ов|ами)|испарени~)\s+(?:от\s+)?(?:кислот|растворител)~(?![^.;!?]{0,30}(?:исключ|не\s+было|не\s+обнаруж|не\s+нашл|отсутств))`,
      String.raw`(?<!(?:как|словно|будто|никаких|нет|исключ\p{L}*)\s+)кислотн(?:ые|ых|ыми)\s+пар(?:ы|ов|ами)(?![\p{L}])(?![^.;!?]{0,30}(?:исключ|не\s+было|не\s+обнаруж|не\s+нашл|отсутств))`,
      String.raw`(?:кислот|растворител|ванн~\s+травлени)~[^.;!?]{0,30}?(?<![\p{L}])(?:закипел~|кипел~|парил~|запарил~|дымил~|задымил~|испарял~)(?![\p{L}])`,
    ],
    ar: [
      String.raw`(?<!(?:زي|مثل|متل|كأن|كانه)\s+)(?:[اأ]بخر~|بخار)\s+(?:ال)?(?:[اأ]سيد|حمض|حامض|ماء\s+النار|مذيب|تنر|تينر)`,
      // (s22 fix2, second review R14) not the adjective حامض (sour: 'برتقال حامض ثم دخن سيجارة'), حمض only with its article,
      // no ثم / و / بعدين as the free word, and دخن only with its منه (smoked a cigarette otherwise)
      String.raw`(?<![\p{L}])(?:(?:ال)?(?:[اأ]سيد|مذيب|تنر|تينر)|ماء\s+النار|الحمض)\s+(?:(?!(?:ثم|و|بعدين|وبعدين)\s)\p{L}+\s+)?(?:غلي|غلى|فار|بخر|دخن\s+منه|طلع\s+منه\s+(?:بخار|دخان)|صار\s+يطلع\s+(?:بخار|دخان))(?![\p{L}])`,
    ],
  },
  {
    // Session 22 (room agru): lay Arabic wounds told as had by people ('فيهم جروح', 'عنده جروح', 'كان فيه جروح') or by what cut
    // them ('جروح من الزجاج / الحجار / الشظايا'): the blast's or the collapse's trauma (cdc-blast-primer: secondary and tertiary
    // blast injury). Not the news formula أصيب بجروح, any injury and burns too (session 17: bare جروح cost the development hold
    // part), nor wounds told of the skin (جروح بالجلد, a blister's); judgment of reading
    feature: 'trauma_injuries',
    requires: { ar: 'جروح' },
    ar: [
      // (s22 fix2, second review R16, R17) not wounds of the mind ('جروح نفسية', 'جروح في القلب') nor the raw skin of a burst
      // blister or burn named before in the sentence ('بثور ... انفجرت وصار فيها جروح')
      String.raw`(?<!(?:بثور|فقاعات|فقاقيع|نفاطات|حروق|الحروق|البثور|الفقاعات)[^.!?؟\n]{0,80})(?<![\p{L}])(?:في|فيه|فيها|فيهم|فينا|فيني|عند|عنده|عندها|عندهم|عندي|عندو|عندنا|معه|معها|معهم|معو)\s+(?:\p{L}+\s+)?جروح(?![\p{L}])(?!\s+(?:ب|في\s+)(?:ال)?(?:جلد|بشر))(?!\s+(?:\p{L}+\s+)?(?:نفسي|معنوي|عاطفي|روحي|في\s+القلب|بالقلب|بقلب|في\s+الروح))`,
      String.raw`(?<!ب)جروح\s+(?:من|بسبب|ب)\s*(?:ال)?(?:زجاج|قزاز|حجار|حجارة|حجر|شظايا|شظية|ردم|ركام|سقف|حيط|الحيطان)(?![\p{L}])`,
    ],
  },
  {
    // Session 16 (room aginc): an Arabic tank (خزان, moved from the term file) is a leaking tank or plant, but not the
    // household's water tank (خزان المي / الماء / المياه, the rooftop tank of nearly every house in the region), nor a later
    // mention of the tank once the text has named a water tank; judgment of reading
    feature: 'delivery_industrial_leak',
    requires: { ar: 'خزان' },
    ar: [String.raw`خزان~(?!\s+(?:ال)?(?:مي|ميه|مية|ماء|مياه|شرب)(?![\p{L}]))(?<!خزان\p{L}*\s+(?:ال)?(?:مي|ميه|مية|ماء|مياه|شرب)(?![\p{L}])[\s\S]*)`],
  },
  {
    // Session 20 (room fixag2; coordinator's finding on agru 480cb05): مستودع is also the ordinary Arabic word for a storage tank
    // or depot of a gas, fuel or chemical (مستودع غاز / الأمونيا / الكلور / مواد كيميائية / وقود, مستودعات تخزين الوقود): a store
    // with a hazardous thing named in its sentence, before or after it, is the industrial setting, as English 'chemical warehouse',
    // 'storage tank', 'fuel depot' (and a depot of chemical WEAPONS or munitions is no plant). A bare store reads as before 480cb05
    // (a depot, a storage tank: the frozen v14 guard lost an AR item to its removal, aggregate-only bisect); only a store whose
    // named contents are harmless (furniture, food, grain, clothes, goods, medicine, arms, rockets: AR_STORE_HARMLESS) and a store
    // that blew up or was struck with nothing hazardous named (a blast or bombing word in its clause: 'انفجر مستودع بالمرفأ', a
    // blast, class none) stay out, agru's intended cases, and a room used as or turned into a store (المستخدم مستودعاً, كمستودع); storage depots (مستودعات التخزين: storage tanks) read with a blast too ('بيت الدرج المستخدم مستودعاً للأثاث', 'مستودع لصواريخ'). Judgment of reading
    feature: 'delivery_industrial_leak',
    requires: { ar: 'مستودع' },
    ar: [
      String.raw`مستودع\p{L}*(?=[^.؛!?\n]{0,60}?(?<![\p{L}])${AR_STORE_HAZARD})(?![^.،,؛!?\n]{0,40}?(?<![\p{L}])(?:[وبل]?(?:ال|لل)?(?:[اأ]سلح\p{L}*|سلاح|ذخير\p{L}*|ذخائر|صواريخ|قذائف)))`,
      String.raw`مستودع\p{L}*(?<=(?<![\p{L}])${AR_STORE_HAZARD}[^.؛!?\n]{0,60}?مستودع\p{L}*)(?<!(?:[اأ]سلح\p{L}*|سلاح|ذخير\p{L}*|ذخائر|صواريخ|قذائف)[^.،,؛!?\n]{0,30}?مستودع\p{L}*)`,
      String.raw`مستودع\p{L}*\s+(?:ل|ال|لل)?تخزين(?![^.،,؛!?\n]{0,30}?(?<![\p{L}])${AR_STORE_HARMLESS})`,
      // (session 23, agfix) nor a store on fire (AR_FIRE_WORD in its clause: 'حريق في مستودعات', 'اشتعلت النيران في المستودع'): a fire's
      // fuel, as a blast's target
      String.raw`مستودع\p{L}*(?<!(?:(?<![\p{L}])${AR_STORE_HARMLESS}|${AR_BLAST_WORD}|${AR_FIRE_WORD})[^.،,؛!?\n]{0,30}?مستودع\p{L}*)(?<!(?:(?:مستخدم\p{L}*|يستخدم|تستخدم|استخدم\p{L}*|مستعمل\p{L}*|يستعمل|تستعمل|استعمل\p{L}*|حول\p{L}*|تحول\p{L}*)\s+(?:[اإ]لى\s+)?|ك)مستودع\p{L}*)(?![^.،,؛!?\n]{0,30}?(?:(?<![\p{L}])${AR_STORE_HARMLESS}|${AR_BLAST_WORD}|${AR_FIRE_WORD}))`,
    ],
  },
  {
    // Session 20 (room fixag2, review R8; moved from the term file, agru de98706): glass or windows that flew out (вылетели /
    // повылетали стёкла, окна) and the commonest wording, вынесло окна / стёкла ('Взрывом вынесло окна в соседних домах'), are the
    // blast's flying glass (cdc-blast-primer), but not in a sentence that tells another cause: stones, wind, a storm, hail, a crash,
    // a collision, hooligans or someone who smashed them ('Хулиганы разбили окна, стекла вылетели на улицу', 'Вылетели стекла в
    // машине после аварии'). Judgment of reading, closed class
    feature: 'powerful_blast',
    requires: { ru: 'вылет|повылет|вынес' },
    ru: [String.raw`(?:(?:вылетел[аио]?|повылетал[аио]?|вынесл[оа]|вынесло)\s+(?:[а-яё]+\s+){0,2}?(?:стекл[аоу]?|стёкла|окн[аоу]|окон)|(?<!(?<![а-яё])(?:из|с|со|от|у|до|для|возле|около|изо)\s+)(?:стекл[ао]|стёкла|окна)\s+(?:[а-яё]+\s+){0,1}?(?:вылетел[аио]?|повылетал[аио]?))(?![а-яё])(?<!${RU_GLASS_OTHER_CAUSE}[^.!?]*)(?![^.!?]*${RU_GLASS_OTHER_CAUSE})`],
  },
  {
    // Session 20 (room fixag2, review R8; moved from the term file, agru de98706): Arabic windows broken (تكسرت / انكسرت الشبابيك,
    // النوافذ) are broken by any cause, so a blast only with a blast or bombing word in the sentence (انفجار, عصف, ضغط, قصف, قذيفة,
    // صاروخ, غارة, برميل) and no stone, wind or crash ('المتظاهرون رموا حجارة وتكسرت الشبابيك', 'تكسرت الشبابيك من شدة الريح').
    // Judgment of reading, closed class
    feature: 'powerful_blast',
    requires: { ar: 'كسر' },
    ar: [String.raw`${AR_WINDOWS_BROKEN}(?:(?<=${AR_BLAST_WORD_GLASS}[^.!?؟]*)|(?=[^.!?؟]*${AR_BLAST_WORD_GLASS}))(?<!${AR_GLASS_OTHER_CAUSE}[^.!?؟]*)(?![^.!?؟]*${AR_GLASS_OTHER_CAUSE})`],
  },
  {
    // Session 16 (room aginc): thermite (hrw-incendiary-2020) in its own Russian forms (термит, термитом, термитные ...), moved
    // from the term file, whose prefix term on the Snowball stem терм also read термические ожоги (a fire's thermal burns),
    // терминал, термометр and термоингаляционная травма as an incendiary munition; judgment of reading
    feature: 'delivery_incendiary',
    requires: { ru: 'термит' },
    ru: [String.raw`термит(?:а|у|ом|е|ы|ов|ам|ами|ах|н\p{L}*)?`],
  },
  {
    // Session 16 (room aginc): a gas, cloud, vapour or fog that rose (the term file's bare Russian and Arabic verbs read a
    // person climbing stairs and the news formula of a rising toll, ارتفع عدد المصابين, as ammonia's buoyancy): the verb
    // with such a subject on either side; not spoken طلع (طلع الغاز is the gas coming out), nor people who went up (طلعوا
    // لفوق, صعدوا للأعلى: fleeing a heavy gas upstairs); a cloud that rose over or above a place (над полями поднялось
    // облако, 'a cloud rose over the plant') is the plume seen from afar, which says nothing of its buoyancy; judgment of reading.
    // Session 16 (agcov): nor a cloud that rose from or out of its source ('a cloud rose from the tank', 'из цистерны поднялось
    // облако', 'ارتفعت سحابة من الخزان'): a release vents upward from a breach whatever the gas's density, so the verb there tells
    // where it came from, not that it stayed aloft; the English gas, vapour and fumes join the cloud as subjects (the term
    // 'gas rose' of the term file, which read 'gas rose from the tank', moved here)
    feature: 'rising_gas',
    requires: { en: 'rose', ru: 'подним|подня', ar: 'ارتفع|صعد' },
    en: [String.raw`(?:cloud|gas|vapou?r|fumes?)\s+rose(?!\s+(?:over|above|from|out\s+of|off)\s)`],
    ru: [
      String.raw`(?:газ~|облак~|пар(?:ы|а|ом)?|туман~|испарени~)\s+(?:\p{L}+\s+)?подн(?:има|ял)~(?!\s+(?:над|из|от)\s)`,
      String.raw`(?<!(?:над|из|от)\s+(?:\p{L}+\s+){1,2})подн(?:има|ял)~\s+(?:\p{L}+\s+)?(?:газ~|облак~|пар(?:ы|а)?|туман~|испарени~)(?!\s+(?:\p{L}+\s+)?(?:над|из|от)\s)`,
    ],
    ar: [
      String.raw`(?:ال)?(?:غاز|سحاب~|غيم~|بخار|ضباب)\s+(?:\p{L}+\s+)?(?:ارتفع|صعد)~(?!\s+(?:فوق|على|من)\s)`,
      String.raw`(?:ارتفع|صعد)~\s+(?:ال)?(?:غاز|سحاب~|غيم~|بخار|ضباب)(?![اتنيوةهكم]*\s+(?:\p{L}+\s+)?(?:فوق|على|من)\s)`,
    ],
  },
  {
    // an engine's exhaust indoors is carbon monoxide (cdc-co-basics: produced whenever a fuel is burned). Session 14 (room
    // agctx): not in the open: a sentence that places the exhaust on a road, a street or in traffic (and names no garage,
    // tunnel or closed room) tells no enclosed combustion (cdc-co-basics: poisoning where fumes build up in an enclosed or
    // partly enclosed space); a judgment of reading
    feature: 'combustion_appliance',
    // Session 20 (room aginc): the combustion exhaust, gases or products of the fire service's and the gas utility's reports ("narrowed
    // it down to combustion exhaust", "products of incomplete combustion"), the same carbon monoxide (cdc-co-basics); judgment of wording
    requires: { en: 'exhaust|combustion', ru: 'выхлоп', ar: 'عادم|العادم|عوادم' },
    en: [
      String.raw`(?:exhaust\s+(?:gas|gases|fumes)|(?:car|vehicle|engine|truck)(?:'s)?\s+exhaust)(?<!${EXH_OPEN_EN}[^.;!?]*)(?![^.;!?]*${EXH_OPEN_EN})`,
      // (session 20, fixag1, review R21) combustion's gases or products not of a burning munition or a rocket motor in the sentence
      String.raw`(?:combustion\s+(?:exhaust|gas|gases|fumes|products|by-?products)|products\s+of\s+(?:incomplete\s+)?combustion)(?<!${EXH_OPEN_EN}[^.;!?]*)(?<!${COMBUSTION_MUNITION_EN}[^.;!?]*)(?![^.;!?]*${EXH_OPEN_EN})(?![^.;!?]*${COMBUSTION_MUNITION_EN})`,
      String.raw`(?:exhaust\s+(?:gas|gases|fumes)|(?:car|vehicle|engine|truck)(?:'s)?\s+exhaust)(?:(?<=${EXH_CLOSED_EN}[^.;!?]*)|(?=[^.;!?]*${EXH_CLOSED_EN}))`,
    ],
    ru: [
      String.raw`(?:выхлопн[а-яё]*\s+газ[а-яё]*|выхлоп[а-яё]*)(?<!${EXH_OPEN_RU}[^.;!?]*)(?![^.;!?]*${EXH_OPEN_RU})`,
      String.raw`(?:выхлопн[а-яё]*\s+газ[а-яё]*|выхлоп[а-яё]*)(?:(?<=${EXH_CLOSED_RU}[^.;!?]*)|(?=[^.;!?]*${EXH_CLOSED_RU}))`,
    ],
    ar: [
      String.raw`(?:(?:غاز|غازات|دخان)\s+(?:ال)?عادم|عادم\s+(?:ال)?سيار~|عوادم)(?<!${EXH_OPEN_AR}[^.;!?]*)(?![^.;!?]*${EXH_OPEN_AR})`,
      String.raw`(?:(?:غاز|غازات|دخان)\s+(?:ال)?عادم|عادم\s+(?:ال)?سيار~|عوادم)(?:(?<=${EXH_CLOSED_AR}[^.;!?]*)|(?=[^.;!?]*${EXH_CLOSED_AR}))`,
      // Session 17 (room agru): the bare exhaust (العادم) of an engine named earlier in its sentence or the one before (a petrol or
      // diesel pump, motor or generator: "مستخدمين موتور شفط يعمل بالبنزين، وتسبب العادم في اختناقهما"), the civil defence's telling
      // of carbon monoxide where men worked (cdc-co-basics: produced whenever a fuel is burned; poisoning where fumes build up in an
      // enclosed space), not in the open (EXH_OPEN_AR); judgment of reading
      String.raw`(?:ال)?عادم(?![\p{L}])(?<=(?:موتور|محرك|مولد|مضخ|بنزين|ديزل|سولار|مازوت)[^.;!?]{0,160}?(?:[.;!?][^.;!?]{0,160}?)?)(?<!${EXH_OPEN_AR}[^.;!?]*)(?![^.;!?]*${EXH_OPEN_AR})`,
    ],
  },
  {
    // a self-defence spray is a hand-held irritant spray (smith-greaves-2002: OC and CS sprays sold for self-defence)
    feature: 'delivery_spray_face',
    requires: { en: 'mace', ru: 'самооборон', ar: 'الدفاع عن النفس|بخاخ' },
    en: [String.raw`mace\s+sprays?`],
    ru: ['средств~\\s+(?:для\\s+)?самооборон~', 'баллончик~\\s+(?:для\\s+)?самооборон~'],
    ar: [String.raw`(?:بخاخ|رذاذ)\s+(?:ال)?(?:فلفل|دفاع\s+عن\s+النفس)`],
  },
  {
    // the spray named as an irritant (knowledge/agents.yaml delivery_irritant_spray): pepper spray, mace, a self-defence,
    // irritant, CS or PAVA spray; RU перцовый/газовый баллончик, средство самообороны; AR رذاذ/بخاخ الفلفل (smith-greaves-2002)
    feature: 'delivery_irritant_spray',
    // Session 14 (room agctx): газ from a баллончик in either order ('брызнул газом из баллончика') and a баллончик of tear
    // gas ('баллончик со слезоточивым газом') are the same self-defence gas canister; not a газовый баллон (a household
    // cylinder); judgment of reading
    requires: { en: 'pepper|mace|spray|repellent', ru: 'перцов|баллончик|самооборон|спре', ar: 'فلفل|الدفاع عن النفس' },
    // (session 24, agnew) the dog-repellent spray a runner, a cyclist or a postman carries, a capsaicin (OC) spray ('a dog spray', 'dog
    // repellent spray', 'баллончик / спрей от собак'): US EPA-registered dog repellents of this kind are capsaicin aerosols, the
    // pepper spray made for dogs; judgment of reading
    en: [String.raw`pepper[\s-]spray\p{L}*`, String.raw`(?:maced|mace\s+sprays?)`, String.raw`(?:self[\s-])?defen[cs]e\s+sprays?`, String.raw`(?:irritant|incapacitant|cs|pava|bear)\s+sprays?`, String.raw`dog(?:[\s-]+repellent)?\s+sprays?|dog[\s-]+repellent(?!\s+(?:collar|whistle|device|ultrasonic)\p{L}*)`],
    ru: ['перцов[а-яё]*\\s+(?:баллончик[а-яё]*|спре[а-яё]*|газ[а-яё]*)', '(?:баллончик|спре)[а-яё]*\\s+от\\s+собак', 'газов[а-яё]*\\s+баллончик[а-яё]*', 'баллончик[а-яё]*\\s+(?:со?\\s+)?(?:слезоточив[а-яё]*\\s+)?(?:перц[а-яё]*|газ[а-яё]*)', 'газ[а-яё]*\\s+из\\s+(?:\\p{L}+\\s+)?баллончик[а-яё]*', 'средств[а-яё]*\\s+(?:для\\s+)?самооборон[а-яё]*'],
    ar: [String.raw`(?:بخاخ|رذاذ|سبراي|بخاخة)\s+(?:ال)?(?:فلفل|دفاع\s+عن\s+النفس)`, String.raw`غاز\s+(?:ال)?فلفل`],
  },
  {
    // a refinery and a smelter in their Iraqi and Gulf words (المصفى, مصهر) are industrial plants (hydrogen sulphide, sulphur
    // dioxide and acid gases: atsdr-h2s, atsdr-so2, atsdr-hf)
    feature: 'delivery_industrial_leak',
    // Session 14 (room agctx): each also names a household thing, left out by its sentence: مصفى is also 'filtered' (ماء
    // مصفى, زيت مصفى), مصفاة (moved here from the term file) and its plural مصافي also a kitchen strainer (rice, tea,
    // pasta, washing), مصهر also an electrical fuse (كهرباء, فيوز); judgment of reading
    requires: { ar: 'مصف|مصهر' },
    ar: [
      String.raw`(?:مصفى|مصفاة|مصفاه|مصافي)(?<!${AR_KITCHEN}[^.;!?]*)(?<!(?:ماء|مياه|زيت|عسل|سمن|خل)\s+(?:مصفى|مصفاة|مصفاه|مصافي))(?![^.;!?]*${AR_KITCHEN})`,
      String.raw`مصهر(?<!${AR_ELECTRIC}[^.;!?]*)(?![^.;!?]*${AR_ELECTRIC})`,
    ],
  },
  {
    // Session 17 (room agru): smoke coming out of a flat, a house, a window or a stairwell ("из квартиры шёл дым", "из окон валил густой
    // дым", "дым валил из подъезда"), the emergency ministry's first line of a building fire; not bare 'шёл дым' (a shell's or a
    // cloud's smoke in lay accounts); judgment of reading
    feature: 'fire_smoke',
    requires: { ru: 'дым' },
    ru: [
      String.raw`(?:из|с)\s+(?:окон|окна|квартир[а-яё]*|дом[а-яё]*|подъезд[а-яё]*|здани[а-яё]*|помещени[а-яё]*|балкон[а-яё]*|подвал[а-яё]*|гараж[а-яё]*|форточк[а-яё]*)(?:\s+[а-яё0-9]+){0,2}?\s+(?:ш[её]л|шла|валил|повалил|пош[её]л|ид[её]т|вырывал[а-яё]*|клубил[а-яё]*)\s+(?:[а-яё]+\s+)?дым`,
      String.raw`(?:дым|дыма)\s+(?:ш[её]л|валил|повалил|пош[её]л|ид[её]т|вырывал[а-яё]*)\s+из\s+(?:окон|окна|квартир[а-яё]*|дом[а-яё]*|подъезд[а-яё]*|здани[а-яё]*|помещени[а-яё]*|балкон[а-яё]*|подвал[а-яё]*|гараж[а-яё]*|форточк[а-яё]*)`,
    ],
  },
  {
    // Session 21 (room agru): a blast felt as its shock shaking the houses, the windows, the dishes or the ground, told with the bang in
    // the same sentence ("Бахнуло за трассой, чашки звякнули", "рвануло так, что дом тряхнуло", "صار انفجار والبيوت اهتزت", "the blast
    // rattled the windows"): a high-explosive blast is felt far off, a chemical munition's small burster is not (cdc-blast-primer: the
    // blast wave; the feature's note on small bursters). Not the shaking alone (an earthquake, a lorry, a train), nor a bang alone.
    // Judgment of reading
    feature: 'powerful_blast',
    requires: { en: 'shook|shake|shaking|rattl|trembl|jolt', ru: 'тряхн|тряс|дрож|дребезж|звякн|звенел|ходуном|шатну', ar: 'اهتز|هز|رج' },
    en: [String.raw`(?:(?:${EN_BANG})[^.!?;]{0,80}?(?:shook|shaking|rattled|rattling|trembled|jolted)\s+(?:(?:the|our|my|their|all\s+the|every)\s+)?(?:\p{L}+\s+)?(?:house|houses|building|buildings|walls?|windows?|glass|panes?|dishes|cups|plates|ground|floor)|(?:${EN_BANG})[^.!?;]{0,80}?(?<![\p{L}])(?<!(?<![\p{L}])(?:on|onto|in|into|to|across|at|by|from|under)\s+(?:(?:the|our|my|their|a)\s+)?)(?:house|houses|building|buildings|walls?|windows?|glass|panes?|dishes|cups|plates|ground|floor)\s+(?:\p{L}+\s+)?(?:shook|rattled|trembled|jolted|${EN_SHAKE_BARE})(?![\p{L}])|(?<!(?<![\p{L}])(?:on|onto|in|into|to|across|at|by|from|under)\s+(?:(?:the|our|my|their|a)\s+)?)(?:house|houses|building|buildings|walls?|windows?|glass|panes?|dishes|cups|plates|ground|floor)\s+(?:\p{L}+\s+)?(?:shook|rattled|trembled|jolted|${EN_SHAKE_BARE})(?![\p{L}])[^.!?;]{0,80}?(?:${EN_BANG}))`],
    ru: [String.raw`(?:(?:${RU_BANG})[^.!?;]{0,80}?(?:${RU_SHAKE})\s+(?:[а-яё]+\s+)?(?:${RU_SHAKEN})|(?:${RU_BANG})[^.!?;]{0,80}?(?:${RU_SHAKEN})\s+(?:[а-яё]+\s+)?(?:${RU_SHAKE})|(?:${RU_SHAKEN})\s+(?:[а-яё]+\s+)?(?:${RU_SHAKE})[^.!?;]{0,80}?(?:${RU_BANG}))`],
    ar: [String.raw`(?:(?:${AR_BANG})[^.!?؟]{0,80}?(?:${AR_SHAKE})\s+(?:\p{L}+\s+)?(?:${AR_SHAKEN})|(?:${AR_BANG})[^.!?؟]{0,80}?(?:${AR_SHAKEN})\s+(?:\p{L}+\s+)?(?:${AR_SHAKE})|(?:${AR_SHAKEN})\s+(?:\p{L}+\s+)?(?:${AR_SHAKE})[^.!?؟]{0,80}?(?:${AR_BANG}))`],
  },
  {
    // Session 21 (room agru): a fragment that sparks or flares again in Levantine (رجعت قدحت, رجع شعل, عادت اشتعلت, رجعت تولع) once its
    // dressing dries: white phosphorus re-ignites in air (nrc-smokes-1999, hrw-wp-2009; the washing filter's AIR_BETWEEN keeps a drying).
    // 'Again' is رجع / عاد right before the verb, both in the third person: not people who came back and lit a fire ('رجعنا وقدحنا
    // النار'). Judgment of reading
    feature: 'burning_particles',
    requires: { ar: 'رجع|عاد' },
    // (not fighting or a war that flared up again: finalPass, AR_CONFLICT)
    ar: [String.raw`(?<![\p{L}])[وف]?(?:رجعت|رجع|عادت|عاد)\s+(?:(?:قدحت|قدح|شعلت|شعل|اشتعلت|اشتعل|ولعت|ولع)|(?:ب|عم\s+)?[تي](?:قدح|شعل|ولع|شتعل))(?![\p{L}])`],
  },
  {
    // Session 21 (room agru): a place or thing that caught fire, told by the inchoative verb before it in any gender or number
    // (загорелся фудкорт, загорелась кухня, загорелось кафе), as 'caught fire' is read in English; the term file holds only a house or
    // a roof. A closed class of places, rooms, buildings, vehicles and vegetation: not a light, a lamp, eyes or cheeks that light up.
    // Not вспыхнул (a flash: a munition's flash and a fill that flares are told so too), nor the noun first (a development hold part
    // fell with both; judgment of reading)
    feature: 'fire_smoke',
    requires: { ru: 'загорел' },
    // (not a light, windows lit, an idea before the place: finalPass, FIRE_LIT_NOT_FIRE)
    ru: [String.raw`(?<![а-яё])загорел(?:ся|ась|ось|ись)\s+(?:[а-яё]+\s+){0,2}?${RU_FIRE_PLACE}`],
  },
  {
    // Session 21 (room agru): soot told by a lay witness, the smoke's black in the nose, the mouth and what is coughed or spat up
    // (сплёвывали чёрное, чёрная мокрота, под носом чёрное, нос в саже; spat black, black phlegm; بصق أسود, بلغم أسود, تحت مناخيره
    // أسود), as the term file's 'soot in the mouth', 'копоть', 'السخام' are read: soot in the airway is the mark of smoke inhaled
    // (the term file's smoke-inhalation terms). Black only (grey spit is also cement dust). Judgment of reading
    feature: 'fire_smoke',
    requires: { en: 'black', ru: 'черн|чёрн', ar: 'اسود|سودا|سوداء|سود' },
    en: [String.raw`(?:spat|spitting|spit|coughed\s+up|coughing\s+up|hawked\s+up|brought\s+up|blew\s+out)\s+(?:\p{L}+\s+){0,1}?black(?!\s+(?:coffee|tea|pepper|beans?|olives?))|black\s+(?:phlegm|spit|sputum|snot|mucus|gunk)|black\s+(?:around|under|in)\s+(?:(?:his|her|their|my|our|the)\s+)?(?:nose|nostrils|mouths?)`],
    ru: [String.raw`(?:сплёвыва|сплевыва|сплюну|плева|плю[ёе]|отхаркива|откашлива|высморка|сморка)[а-яё]*\s+(?:[а-яё]+\s+){0,1}?(?:ч[её]рн(?:ое|ым|ой|ую|ые|ыми|ых|ая)|ч[её]рн[оа]?(?![а-яё]))|ч[её]рн(?:ая|ой|ую|ые|ыми|ых)\s+(?:мокрот|слюн|сопл|слиз)[а-яё]*|под\s+носом\s+(?:[а-яё]+\s+)?ч[её]рн[а-яё]*|(?:нос|ноздри|рот)\s+(?:[а-яё]+\s+)?ч[её]рн(?:ый|ые|ым|ыми|ая|ое)`],
    // (session 21, fixag2) the verbs by their forms, bounded at both ends: a stem with any letters after it took تفجير (a bombing)
    // and كحل (kohl)
    ar: [String.raw`(?<![\p{L}])[وف]?(?:ب|عم\s+)?(?:[يتن]?(?:بصق|بزق|تفل|سعل)(?:ت|وا|و|ون|ي)?|[يتن]?(?:تف|كح)(?:ت|وا|و|ون|ي)?|(?:ال)?(?:بصاق|بلغم|مخاط|بزاق|تفال|سعال)(?:ه|و|ها|هم|ي)?)\s+(?:\p{L}+\s+){0,1}?(?:اسود|سودا|سوداء|سود)(?![\p{L}])|(?:تحت|حول|حوالي)\s+(?:ال)?(?:انف|مناخير|منخار|خشم)\p{L}*\s+(?:\p{L}+\s+)?(?:اسود|سودا|سوداء|سواد)(?![\p{L}])`],
  },
  {
    // Session 18 (room agru): the impersonal 'задымило' (the floors or the stairwell filled with smoke: "пятый и шестой этажи сильно
    // задымило"), the verb of the noun задымление the term file reads; as an exact word, since the stem matcher would also read
    // 'задымили' (people who smoked up a room); judgment of wording
    feature: 'fire_smoke',
    requires: { ru: 'задымило' },
    ru: [String.raw`(?<![а-яё])задымило(?![а-яё])`],
  },
  {
    // Session 18 (room agru): people rescued, led or carried out by the fire service's gas-and-smoke protection unit (газодымозащитная
    // служба, ГДЗС: the crews who work in breathing apparatus in smoke) in one sentence: "звеном ГДЗС по лестничному маршу спасены
    // восемь человек", "звенья газодымозащитной службы вывели из задымлённого подъезда 12 жильцов": a rescue from a burning,
    // smoke-logged building, the fire report's own formula. Not the unit named alone or at its other work (reconnaissance, the
    // extinguishing: arson is fought the same way, and session 17 found ГДЗС alone cost a floor), nor a rescue in a sentence that
    // names a chemical release (аммиак, хлор, утечка, выброс, кислота: the same unit works at leaks); judgment of reading.
    // (session 18 fixrev, review R12) nor a toxic-atmosphere rescue: the unit also works in sewer wells, cellars and tanks
    // (сероводород, растворитель, пары, газ but угарный газ, колодец, канализация, септик, цистерна, резервуар: RU_TOXIC_RESCUE)
    feature: 'fire_smoke',
    requires: { ru: 'гдзс|газодымозащит' },
    ru: [
      String.raw`(?<![а-яё])(?:гдзс|газодымозащит[а-яё]*)(?![а-яё])(?![^.;!?]*${RU_TOXIC_RESCUE})[^.;!?]{0,120}?(?<![а-яё])(?:спас(?:ен|ён|л|ли|ла|ено|ены|ли)[а-яё]*|эвакуир[а-яё]*|вывел[а-яё]*|вывели|вынес(?:ли|ен|ены)?|выведен[а-яё]*)(?![а-яё])`,
      String.raw`(?<![а-яё])(?:спас(?:ен|ён|л|ли|ла|ено|ены)[а-яё]*|эвакуир[а-яё]*|вывел[а-яё]*|вывели|вынес(?:ли|ен|ены)?|выведен[а-яё]*)(?![а-яё])(?<!${RU_TOXIC_RESCUE}[^.;!?]*)[^.;!?]{0,120}?(?<![а-яё])(?:гдзс|газодымозащит[а-яё]*)(?![а-яё])(?![^.;!?]*${RU_TOXIC_RESCUE})`,
    ],
  },
  {
    // Session 17 (room agru): a person who sprayed people with gas (رشهم / رشه / رشني بالغاز, قام برشهم بالغاز, رش الغاز على الركاب):
    // the hand-held irritant spray as Arabic news tells an assault in a bus, a shop or a street (smith-greaves-2002: OC sprays in
    // assaults); the object pronoun and the preposition ب are clitics on the verb and the gas. Not a farmer or a field sprayed
    // (a pesticide: pesticide_application), nor a pesticide named in the sentence; judgment of reading
    feature: 'delivery_spray_face',
    requires: { ar: 'رش' },
    ar: [String.raw`(?<![\p{L}])[وفب]?رش(?:هم|ه|ها|ني|نا|كم|وهم|وه|وا)?\s+(?:(?:ب|على|علي)\s*)?(?:ال)?غاز(?![\p{L}])(?<!(?:مزارع|مزرع|حقل|حقول|محصول|مبيد|بستان|حشرات)[^.;!?]*)(?![^.;!?]*(?:مزرع|حقل|حقول|محصول|مبيد|بستان|حشرات))`, String.raw`(?<![\p{L}])[وفب]?رش(?:هم|ه|ها|ني|نا|كم|وهم|وه|وا)?\s+(?:(?:شخص|رجل|مجهول|مجهولون|شاب|امراة|احدهم)\s+)?(?:(?:ب|على|علي)\s*)?(?:ال)?(?:مادة|مواد)\s+(?:مجهولة|غريبة|غير\s+معروفة|مجهوله)(?![\p{L}])(?<!(?:مزارع|مزرع|حقل|حقول|محصول|مبيد|بستان|حشرات|تعقيم|معقم|مطهر)[^.;!?]*)(?![^.;!?]*(?:مزرع|حقل|حقول|محصول|مبيد|بستان|حشرات|تعقيم|معقم|مطهر))`],
  },
  {
    // Session 25 (room agnew): the war gas told by its munition in a historian's or a gas officer's words: gas shells, gas shelling,
    // chemical shells, projectiles or mortar bombs (RU химические снаряды / мины / бомбы / боеприпасы, газовые снаряды; AR قذائف /
    // صواريخ كيماوية): what the account alleges, as 'a chemical attack' (toxic_gas_alleged). Not a tear-gas, smoke or pepper shell
    // (Indian English 'tear gas shells' are the police's canisters); judgment of wording
    feature: 'toxic_gas_alleged',
    requires: { en: 'gas shell|gas-shell|gas project|gas bombard|chemical shell|chemical project|chemical mortar|chemical round', ru: 'химическ|газов', ar: 'قذائف|قذيف|صواريخ|صاروخ' },
    en: [
      String.raw`(?<![\p{L}])(?<!(?:tear|smoke|pepper|cs|riot|irritant)[\s-]*)gas[\s-](?:shells?|shelling|projectiles?|bombardments?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])chemical\s+(?:shells?|projectiles?|mortar\s+(?:bombs?|rounds?)|rounds?)(?![\p{L}])`,
    ],
    ru: [String.raw`(?<![а-яё])(?:химическ[а-яё]*\s+(?:снаряд|мин|бомб|боеприпас)|газов[а-яё]*\s+снаряд)[а-яё]*`],
    ar: [String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:قذائف|قذيفة|قذيفه|صواريخ|صاروخ)\s+(?:ال)?(?:كيميا|كيما|كيمي)\p{L}*`],
  },
  {
    // Session 25 (room agnew): the drifting-cloud attack of 1915-1917 told as the historians tell it: gas let off or released in
    // waves, a gas wave, a cloud or cylinder attack (RU газобаллонная атака, газовая волна, волна газа; the Russian histories'
    // own terms): the gas was released from cylinders dug into the front line, chlorine first and then chlorine with phosgene
    // (Fries AA, West CJ (1921) Chemical Warfare, ch. 1-2: cloud attacks from cylinders), read as delivery_cylinder. Not a
    // radio, heat, crime or shock wave, nor a crowd's waves; judgment of wording
    feature: 'delivery_cylinder',
    requires: { en: 'wave|let off|cloud attack|cylinder attack', ru: 'газобаллон|волн' },
    en: [
      String.raw`(?<![\p{L}])(?:gas[\s-]+waves?|waves?\s+of\s+gas|(?:cloud|cylinder)[\s-]+(?:gas[\s-]+)?attacks?|gas[\s-]+cloud[\s-]+attacks?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:let|lets|letting)\s+off\s+(?:his|their|the|its)\s+gas(?![\p{L}])(?=[^.;!?]{0,80}?(?<![\p{L}])(?:waves?|cloud|front|line|trenches)(?![\p{L}]))`,
    ],
    ru: [String.raw`(?<![а-яё])(?:газобаллонн[а-яё]*|газов[а-яё]*\s+волн[а-яё]*|волн[а-яё]*\s+(?:удушлив[а-яё]*\s+|ядовит[а-яё]*\s+)?газ(?:а|ов|ами)?)(?![а-яё])`],
  },
  {
    // Session 29 (room agctx): a helicopter told as the carrier of the attack, without the barrel or cylinder word (delivery_cylinder
    // reads 'helicopter dropped' and the Arabic helicopter aviation already): 'regime helicopters targeted the town with toxic gas', 'a
    // chemical attack by helicopters', 'вертолёты нанесли удар', 'استهدفت المروحيات البلدة'. The helicopter is the subject of an attack
    // verb (dropped, targeted, attacked, bombed, struck, shelled, raided; сбросил, нанёс удар, атаковал, обстрелял, бомбил; استهدف، قصف،
    // ألقى، رمى، أسقط، شن، أغار), the source of what was dropped ('dropped from a helicopter', 'сброшенная с вертолёта', 'من مروحية'), a
    // helicopter attack, strike or raid, or the regime's helicopters. Not a helicopter that carried the injured, water, aid, leaflets or a
    // fire retardant, nor one that sprayed crops (a clause with those words is not read); knowledge/agents.yaml delivery_helicopter.
    // Judgment of wording. Session 29 (room fixrev, after the review): the guard words are whole words ('aid' is not in 'said' or
    // 'raid', 'вода' not in 'завода'), and the injured or rescuers named in the sentence no longer drop it ('At least 20 people were
    // injured after regime helicopters dropped ...', 'Rescuers said helicopters ...'): only a casualty flight is out, a helicopter
    // that carried, flew or took the injured (доставил / перевёз / вывез раненых), a rescue, medical or ambulance helicopter
    // (вертолёт МЧС / санавиации, спасательный вертолёт).
    feature: 'delivery_helicopter',
    requires: { en: 'helicopter', ru: 'вертол', ar: 'مروحي|حوام|طواف|هليكوبتر' },
    en: [
      String.raw`(?<![\p{L}])(?:(?:helicopters?|helicopter\s+gunships?)\s+(?:(?!(?:and|then|which|that|who)\s)[\p{L}'-]+\s+){0,3}?(?:dropped|targeted|attacked|bombed|struck|shelled|raided|hit|launched|pounded|bombarded|carried\s+out)|(?:dropped|thrown|released|launched)\s+(?:[\p{L}'-]+\s+){0,5}?(?:from|by)\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+)?helicopters?|helicopter[\s-]+(?:attacks?|strikes?|raids?|bombings?|dropped|borne|delivered)|(?:regime|government|syrian|assad)(?:'s)?\s+(?:military\s+|army\s+)?helicopters?|(?:attack|strike|bombing|raid)s?\s+(?:[\p{L}'-]+\s+){0,3}?by\s+(?:\p{L}+\s+)?helicopters?)(?![\p{L}])(?![^.;!?]*(?<![\p{L}])(?:water|aid|supplies|leaflets|retardant|evacuat\p{L}*|airlift\p{L}*|medevac\p{L}*|crops?|fields|spray\p{L}*|(?:rescue|medical|ambulance|air\s+ambulance|hospital)\s+helicopters?|helicopters?\s+(?:rescue|ambulance)s?|(?:carr\p{L}*|ferr\p{L}*|flew|flown|fly\p{L}*|transport\p{L}*|took|tak\p{L}*|lift\p{L}*|mov\p{L}*|brought|bring\p{L}*)\s+(?:(?:the|some|several|many|\d+|dozens\s+of)\s+)?(?:of\s+the\s+)?(?:injured|wounded|casualties|sick|patients|survivors))(?![\p{L}]))(?<!(?<![\p{L}])(?:water|aid|supplies|leaflets|retardant|evacuat\p{L}*|airlift\p{L}*|medevac\p{L}*|crops?|fields|spray\p{L}*|(?:rescue|medical|ambulance|air\s+ambulance|hospital)\s+helicopters?|helicopters?\s+(?:rescue|ambulance)s?|(?:carr\p{L}*|ferr\p{L}*|flew|flown|fly\p{L}*|transport\p{L}*|took|tak\p{L}*|lift\p{L}*|mov\p{L}*|brought|bring\p{L}*)\s+(?:(?:the|some|several|many|\d+|dozens\s+of)\s+)?(?:of\s+the\s+)?(?:injured|wounded|casualties|sick|patients|survivors))(?![\p{L}])[^.;!?]*)`,
    ],
    ru: [
      String.raw`(?<![а-яё])(?:вертол[её]т[а-яё]*\s+(?:(?!(?:и|а|но|который|которые)\s)[а-яё-]+\s+){0,3}?(?:сбросил[а-яё]*|сбросили|нан[её]с[а-яё]*\s+удар|нанесли\s+удар|атаковал[а-яё]*|обстрелял[а-яё]*|бомбил[а-яё]*|разбомбил[а-яё]*|ударил[а-яё]*|отбомбил[а-яё]*)|(?:сброшенн[а-яё]*|сбросил[а-яё]*|сбросили)\s+(?:[а-яё-]+\s+){0,4}?с\s+(?:[а-яё]+\s+)?вертол[её]т[а-яё]*|(?:удар[а-яё]*|атак[а-яё]*|налёт[а-яё]*|налет[а-яё]*)\s+(?:[а-яё]+\s+){0,2}?вертол[её]т[а-яё]*|вертол[её]т[а-яё]*\s+(?:режима|асада|сирийской\s+армии|правительственн[а-яё]*)|(?:правительственн[а-яё]*|сирийск[а-яё]*|асадовск[а-яё]*)\s+вертол[её]т[а-яё]*)(?![а-яё])(?![^.;!?]*(?<![а-яё])(?:вод[аыуе]|воду|гуманитар[а-яё]*|листовк[а-яё]*|эвакуир[а-яё]*|эвакуац[а-яё]*|санавиац[а-яё]*|спасательн[а-яё]*\s+вертол[её]т[а-яё]*|вертол[её]т[а-яё]*\s+(?:мчс|санавиации|спасател[а-яё]*)|туш[еи][а-яё]*|посев[а-яё]*|пол[еяю]|(?:доставил[а-яё]*|перевез[а-яё]*|перевоз[а-яё]*|вывез[а-яё]*|вывоз[а-яё]*|забрал[а-яё]*|доставлен[а-яё]*)\s+(?:[а-яё]+\s+){0,2}?(?:раненых|пострадавших|больных))(?![а-яё]))(?<!(?<![а-яё])(?:вод[аыуе]|воду|гуманитар[а-яё]*|листовк[а-яё]*|эвакуир[а-яё]*|эвакуац[а-яё]*|санавиац[а-яё]*|спасательн[а-яё]*\s+вертол[её]т[а-яё]*|вертол[её]т[а-яё]*\s+(?:мчс|санавиации|спасател[а-яё]*)|туш[еи][а-яё]*|посев[а-яё]*|пол[еяю]|(?:доставил[а-яё]*|перевез[а-яё]*|перевоз[а-яё]*|вывез[а-яё]*|вывоз[а-яё]*|забрал[а-яё]*|доставлен[а-яё]*)\s+(?:[а-яё]+\s+){0,2}?(?:раненых|пострадавших|больных))(?![а-яё])[^.;!?]*)`,
    ],
    ar: [
      String.raw`(?<![\p{L}])(?:[وف]?(?:استهدف|استهدفت|قصف|قصفت|القت|القى|رمت|رمى|اسقطت|اسقط|شنت|شن|اغارت|اغار|ضربت)\s+(?:\p{L}+\s+){0,2}?(?:ال)?(?:طائر[ةه]\s+|طائرات\s+)?(?:مروحي[ةه]|مروحيات|مروحي|حوام[ةه]|حوامات|طواف[ةه]|طوافات|هليكوبتر)|(?:ال)?(?:طائر[ةه]\s+|طائرات\s+)?(?:مروحي[ةه]|مروحيات|حوام[ةه]|حوامات|طواف[ةه]|طوافات|هليكوبتر)\s+(?:\p{L}+\s+){0,3}?(?:تستهدف|استهدفت|استهدف|تقصف|قصفت|قصف|تلقي|القت|ترمي|رمت|اسقطت|شنت|اغارت|ضربت)|(?:من|عبر|بواسط[ةه])\s+(?:ال)?(?:طائر[ةه]\s+)?(?:مروحي[ةه]|مروحيات|حوام[ةه]|حوامات|طواف[ةه]|هليكوبتر)|(?:ال)?(?:مروحيات|حوامات|طوافات)\s+(?:ال)?(?:نظام|اسد|اسدي[ةه]|حربي[ةه]|عسكري[ةه]|التابع[ةه]))(?![\p{L}])(?![^.;!?؟]*(?:مياه|المياه|مساعدات|اخلاء|اسعاف|مناشير|منشورات|اطفاء|رش\s+المبيدات|المحاصيل))(?<!(?:مياه|مساعدات|اخلاء|اسعاف|مناشير|منشورات|اطفاء|الجرحى|المصابين)[^.;!?؟]*)`,
    ],
  },
  {
    // Session 25 (room agnew): the lung agent's delayed collapse as the gas officers and historians tell it: men who collapsed or
    // died hours after the attack (several / a few / N hours after or later, the next day), told in a sentence that gives the
    // gas's delayed action or exertion as what brought it on (exercise, exertion, walking, marching, carrying; RU через несколько
    // часов ... при ходьбе / нагрузке): breathing failure hours after exposure (delayed_pulmonary_oedema's label; cdc-phosgene:
    // effects delayed up to 48 hours, the casualty kept at rest). The sentence must name the gas, an attack or an exposure; a
    // plain collapse hours later is not read. Judgment of reading
    feature: 'delayed_pulmonary_oedema',
    requires: { en: 'hours|next day|following day', ru: 'час|сутк|назавтра' },
    en: [
      String.raw`(?<![\p{L}])(?:collaps\p{L}*|died|dying|fell\s+dead|dropped\s+dead)(?![\p{L}])(?=[^.;!?]{0,60}?(?:(?:several|some|a\s+few|many|two|three|four|five|six|eight|twelve|\d+)\s+hours?\s+(?:after|later)|(?:the\s+)?(?:next|following)\s+day))(?=[^.;!?]*(?:delayed\s+(?:action|effects?)|exercise|exertion|exerted|(?<![\p{L}])walk(?:ed|ing)?(?![\p{L}])|march(?:ed|ing)?|carrying))(?:(?<=(?:gas|gassed|attack|exposure|exposed|fumes)[^.;!?]*)|(?=[^.;!?]*(?:gas|gassed|attack|exposure|exposed|fumes)))`,
    ],
    ru: [
      String.raw`(?<![а-яё])(?:умира[а-яё]*|умер(?:ли|ло|ла)?|скончал[а-яё]*|пада(?:ли|л|ла)|пад[её]т|пада[а-яё]*|пота?ерял[а-яё]*\s+сознание)(?![а-яё])(?=[^.;!?]{0,60}?(?:через\s+(?:несколько|пару|\d+|два|три|четыре|пять|шесть)\s+час|через\s+сутки|назавтра|на\s+следующий\s+день))(?=[^.;!?]*(?:ходьб|нагрузк|усили|марш|отсроченн|замедленн))(?:(?<=(?:газ|атак|отравл)[^.;!?]*)|(?=[^.;!?]*(?:газ|атак|отравл)))`,
    ],
  },
  {
    // Session 19 (room agru): the warfare agent of the Russian military register without 'отравляющее' (боевое вещество, боевые
    // газы), adjacent (the term list's two-word gap would read "боевых действий ... газопровод"); judgment of wording
    feature: 'toxic_gas_alleged',
    requires: { ru: 'боев' },
    ru: [String.raw`боев[а-яё]*\s+(?:веществ[а-яё]*|газ(?:ы|ов|ами|ах|ам|а)?)(?![а-яё])`],
  },
  {
    // Session 19 (room agru): glass ampoules or test tubes of a warfare agent found (a box of ampoules labelled with a war gas, пробирки
    // с названиями боевых отравляющих веществ, أمبولات تحمل أسماء غازات حربية): the chemical agent identification sets and war gas
    // identification sets of the 1930s-1960s, "small quantities of various chemical agents in glass ampoules/vials or bottles ...
    // packed in metal shipping containers or wooden boxes", found on the surface or buried (US DoD DENIX, Chemical Agent
    // Identification Sets, https://www.denix.osd.mil/uxo/other-topics/cais/, source denix-cais: mustard, lewisite, phosgene, chloropicrin, sarin) are
    // old chemical materiel found, read as old_munition_found (its base rate of fills, mustard first, acw-old-cw-2008). The agent
    // word and the container in one sentence, either order; not a medicine's ampoule or a syringe (укол, шприц, инъекция, حقنة),
    // nor a bottle or flask (a poisoner's perfume bottle is no found stock); judgment of reading.
    // (session 19, fixag2; review R6) only with a find told in the sentence (нашли, обнаружили, выкопали, a box, crate, container or
    // cache; عثر, وجد, اكتشف, صندوق, مخبأ), the sets' own setting, and not with samples, a laboratory, an analysis or the OPCW
    // (test tubes of soil sent to be tested for sarin), nor an antidote, a drug, medics or doctors (atropine ampoules of a sarin
    // casualty); judgment of reading
    feature: 'old_munition_found',
    requires: { ru: 'ампул|пробирк', ar: 'مبول|قوارير|قارور|انابيب' },
    ru: [
      String.raw`(?:(?<=(?:нашл|найд|наход|обнаруж|выкопа|откопа|раскопа|коробк|коробок|ящик|контейнер|тайник|закопан|схрон)[^.;!?]*)|(?=[^.;!?]*(?:нашл|найд|наход|обнаруж|выкопа|откопа|раскопа|коробк|коробок|ящик|контейнер|тайник|закопан|схрон)))(?<!(?:проб(?:а|ы|у|ой|ами|ах|ам)?(?![а-яё])|образц|анализ|лаборатор|экспертиз|озхо|атропин|антидот|противояди|пралидоксим|лекарств|медик|врач|фельдшер)[^.;!?]*)(?![^.;!?]*(?:проб(?:а|ы|у|ой|ами|ах|ам)?(?![а-яё])|образц|анализ|лаборатор|экспертиз|озхо|атропин|антидот|противояди|пралидоксим|лекарств|медик|врач|фельдшер))(?:ампул|пробирк)[а-яё]*(?=[^.;!?]{0,160}?(?:боев[а-яё]*\s+(?:отравляющ[а-яё]*\s+)?(?:веществ|газ|ов(?![а-яё]))|отравляющ[а-яё]*\s+веществ|иприт|люизит|зарин|зоман|фосген|хлорпикрин))(?![^.;!?]*(?:шприц|укол|инъекц))`,
      String.raw`(?:(?<=(?:нашл|найд|наход|обнаруж|выкопа|откопа|раскопа|коробк|коробок|ящик|контейнер|тайник|закопан|схрон)[^.;!?]*)|(?=[^.;!?]*(?:нашл|найд|наход|обнаруж|выкопа|откопа|раскопа|коробк|коробок|ящик|контейнер|тайник|закопан|схрон)))(?<!(?:проб(?:а|ы|у|ой|ами|ах|ам)?(?![а-яё])|образц|анализ|лаборатор|экспертиз|озхо|атропин|антидот|противояди|пралидоксим|лекарств|медик|врач|фельдшер)[^.;!?]*)(?![^.;!?]*(?:проб(?:а|ы|у|ой|ами|ах|ам)?(?![а-яё])|образц|анализ|лаборатор|экспертиз|озхо|атропин|антидот|противояди|пралидоксим|лекарств|медик|врач|фельдшер))(?:боев[а-яё]*\s+(?:отравляющ[а-яё]*\s+)?(?:веществ|газ)|отравляющ[а-яё]*\s+веществ|иприт|люизит|зарин|зоман|фосген|хлорпикрин)[а-яё]*(?=[^.;!?]{0,160}?(?:ампул|пробирк))(?![^.;!?]*(?:шприц|укол|инъекц))`,
    ],
    ar: [
      String.raw`(?:(?<=(?:عثر|وجد|اكتشف|ضبط|صندوق|صناديق|علب|مخبا|مدفون|مخزن)[^.;!?]*)|(?=[^.;!?]*(?:عثر|وجد|اكتشف|ضبط|صندوق|صناديق|علب|مخبا|مدفون|مخزن)))(?<!(?:عينات|عينة|مختبر|تحليل|فحص|اتروبين|ترياق|دواء|ادوية|مسعف|طبيب|اطباء)[^.;!?]*)(?![^.;!?]*(?:عينات|عينة|مختبر|تحليل|فحص|اتروبين|ترياق|دواء|ادوية|مسعف|طبيب|اطباء))(?:امبول|قوارير|قارور|انابيب\s+اختبار)\p{L}*(?=[^.;!?]{0,160}?(?:غاز\p{L}*\s+(?:ال)?حربي|(?:ال)?(?:مادة|مواد)\s+(?:ال)?كيميائي\p{L}*\s+(?:ال)?حربي|(?:ال)?خردل|(?:ال)?سارين|(?:ال)?لويزيت|(?:ال)?فوسجين))(?![^.;!?]*(?:حقن|ابر))`,
    ],
  },
  {
    // Session 19 (room agru): the Arabic simile with the clitic ك, 'like fireworks', 'like molten iron' (كالألعاب النارية,
    // كالحديد المنصهر), as the term list's مثل / زي / متل forms: the stem matcher strips ك with the article, so the terms read plain
    // fireworks or molten iron (a graduation's fireworks, a foundry) as an incendiary's burning elements; here the ك is written
    feature: 'burning_particles',
    // (coordinator) plain molten iron or metal told as falling from the sky ('نزل علينا حديد منصهر من السماء', session 14's lay
    // family) stays burning elements: the fall is what a foundry's molten iron never does; judgment of reading
    requires: { ar: 'كالالعاب|كالحديد|كالمعدن|منصهر' },
    ar: [
      String.raw`كال(?:العاب\s+(?:ال)?ناري[هة]|حديد\s+(?:ال)?منصهر|معدن\s+(?:ال)?منصهر)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:ال)?(?:حديد|معدن)\s+(?:ال)?منصهر(?![\p{L}])(?=[^.!?؟\n]{0,30}?(?<![\p{L}])من\s+(?:ال)?سما(?:ء)?(?![\p{L}]))`,
      String.raw`(?<![\p{L}])(?:نزل|ينزل|تنزل|نزلت|تساقط|يتساقط|تتساقط|امطر|امطرت|سقط|يسقط)(?:\s+\p{L}+){0,2}\s+(?:ال)?(?:حديد|معدن)\s+(?:ال)?منصهر(?![\p{L}])`,
    ],
  },
  {
    // Session 19 (room agru): a spray aimed at a group of people, told with the people as the target of the verb's preposition
    // (أقدم على رش بخاخ على بعض الطلاب, رشّ مادة على المصلين, بخ على الركاب; распылил баллончик на учеников, распылила что-то в
    // толпу): the English "sprayed students / people / passengers ..." already reads this (the hand-held irritant spray of an
    // assault, smith-greaves-2002). The people are a closed class of groups (pupils, students, worshippers, passengers, people,
    // protesters, customers, spectators, classmates, children, passers-by). Not water (a water cannon or a hose), perfume, a
    // pesticide, a disinfectant or antiseptic, nor birdshot or bullets (Arabic رش is also a burst of shot: طلقات الرش, رش
    // بالرصاص / الخرطوش) in the sentence; judgment of reading. (session 19, fixag2; review R7) Russian брызнуть is also what
    // glass, fragments, blood, sparks, mud and boiling water do ('осколки стекла брызнули на прохожих'): none of them, nor a
    // blast, in the sentence
    feature: 'delivery_spray_face',
    requires: { ar: 'رش|بخ', ru: 'распыл|брызн' },
    ar: [String.raw`(?<![\p{L}])[وفب]?(?:رش|رشت|رشوا|يرش|ترش|يرشون|برش|بخ|بخت|بخوا|يبخ)(?![\p{L}])\s+(?:\p{L}+\s+){0,3}?(?:على|علي|عل)\s+(?:(?:بعض|عدد\s+من|مجموعة\s+من|جميع|كل)\s+)?(?:ال)?(?:طلاب|طالبات|طلبة|تلاميذ|تلميذات|ناس|مصلين|ركاب|حاضرين|جمهور|زبائن|مارة|اطفال|(?:زميل|زملا)\p{L}*|متظاهرين|محتجين|مشجعين|موظفين|عمال|نساء|مدرسين|معلمين)(?![\p{L}])(?<!(?:ماء|مياه|عطر|معطر|مبيد|مطهر|معقم|رصاص|خرطوش|طلقات|حجار|دهان)[^.;!?]*)(?![^.;!?]*(?:بالماء|بالمياه|بالرصاص|بالخرطوش|مبيد|مطهر|معقم))`],
    ru: [String.raw`(?:распыл|брызн)[а-яё]*\s+(?:[а-яё-]+\s+){0,3}?(?:в|на)\s+(?:сторону\s+)?(?:учеников|учащихся|школьников|школьниц|студентов|одноклассник[а-яё]*|людей|толпу|пассажиров|посетителей|покупателей|зрителей|детей|прохожих|участников|собравшихся|прихожан|болельщиков|сотрудников|охранник[а-яё]*|полицейских)(?![а-яё])(?<!(?:вод|дух|освежител|дезинф|антисептик|инсектицид|пестицид|ядохимикат|краск|оскол|стекл|кров|искр|грязь|грязи|слюн|брызг|масл|кипят|взрыв)[а-яё]*[^.;!?]*)(?![^.;!?]*(?:водой|воду|дезинф|антисептик|инсектицид|пестицид|ядохимикат|осколк|стекл|кровь|кровью|искр))`],
  },
  {
    // Session 17 (room agru): deliberate arson, which this project's incident labels put in the incendiary class (development: a
    // firebombed car, an enlistment office, a bus, a party office and a house set on fire, all labelled incendiary; the fire-smoke
    // agent stands for fires no one set, knowledge/agents.yaml fire_smoke), told in the police's and prosecutors' Russian (поджог,
    // подожгли, поджечь, поджигатель) and the Arabic news register (أضرم النار, أشعل النار/النيران في, إحراق منزل/سيارة, حرق متعمد).
    // Not burning tyres (the protesters' barricade, delivery_police_canister), nor a fire lit for warmth or cooking (أشعلوا الفحم
    // للتدفئة); judgment of reading
    feature: 'delivery_incendiary',
    requires: { ru: 'подж|поджог|подожг', ar: 'ضرم|شعل|حراق|حرق' },
    ru: [String.raw`(?:поджог[а-яё]*|подож(?:г|ж)[а-яё]*|поджёг|поджег|поджечь|поджигател[а-яё]*|поджиг[а-яё]*)(?!\s+(?:[а-яё]+\s+)?(?:покрышк|шин))`],
    ar: [
      String.raw`(?:اضرم|يضرم|اضرام)~\s+(?:\p{L}+\s+){0,4}?(?:ال)?(?:نار|نيران)(?!\s+(?:في|ب)\s*(?:ال)?اطارات)`,
      // (session 19, fixag2; review R15) not a fire lit in the barbecue, the stove or the firewood ('لإشعال النار في الشواء')
      String.raw`(?:اشعل|يشعل|اشعال)~\s+(?:\p{L}+\s+){0,2}?(?:ال)?(?:نار|نيران)\s+(?:في|ب)~?(?!\s*(?:ال)?اطارات)(?<!(?:حطب|فحم|شواء|شوي|منقل|مدفا|موقد|كانون|باربكيو|باربيكيو)[^.;!?]*)(?![^.;!?]*(?:حطب|فحم|شواء|شوي|منقل|مدفا|موقد|كانون|باربكيو|باربيكيو))`,
      String.raw`(?:احراق|حرق|احرقوا|احرق)\s+(?:ال)?(?:منزل|بيت|سيار|مقر|محل|متجر|مسجد|كنيس|حافل|مبنى|مكتب)~`,
      String.raw`(?:حرق|حريق|احراق)\s+(?:ال)?(?:متعمد|عمد)~`,
    ],
  },
  {
    // Session 19 (room agru): arson told by the accelerant poured on its target (облили дверь бензином, облил горючей жидкостью;
    // قام مجهولون بسكب البنزين على واجهة, صب مادة سريعة الاشتعال على السيارة), the deliberate fire that session 17's words of
    // setting alight (поджог, أضرم النار) already read as the incendiary class: a verb of pouring or dousing (Russian облить,
    // полить, плеснуть: a target is their object; Arabic سكب, صب, رش with a target after على) and a fuel or a flammable liquid.
    // Not a spill (разлил, انسكب), nor fuel poured into a tank or a generator (no target after على); judgment of reading.
    // (session 19, fixag2; review R15) nor petrol poured to light a fire for cooking or heat (полил угли бензином при розжиге
    // мангала; صب البنزين على الحطب لإشعال الشواء): coals, firewood, a barbecue, a campfire or a stove in the sentence, the
    // commonest petrol burn accident, not arson; judgment of reading
    feature: 'delivery_incendiary',
    requires: { ru: 'облил|облив|облит|полил|полив|плесн', ar: 'سكب|صب|رش' },
    ru: [String.raw`(?:обл(?:ил|ив|ить|ива)|поли(?:л|в)|плесн)[а-яё]*\s+(?:[а-яё-]+\s+){0,4}?(?:бензин|керосин|солярк|горюч[а-яё]*\s+(?:жидкост|смес|веществ)|легковоспламеняющ[а-яё]*\s+(?:жидкост|смес|веществ)|воспламеняющ[а-яё]*\s+(?:жидкост|смес))[а-яё]*(?<!(?:розжиг|разжиг|мангал|костр|костёр|костер|угли|углей|углям|дров|печь|печи|печк|шашлык|барбекю|гриль|буржуйк)[^.;!?]*)(?![^.;!?]*(?:розжиг|разжиг|мангал|костр|костёр|костер|угли|углей|углям|дров|печь|печи|печк|шашлык|барбекю|гриль|буржуйк))`],
    ar: [String.raw`(?:سكب|سكبوا|سكبت|يسكب|صب|صبوا|صبت|يصب|رش|رشوا|رشت|يرش)~?\s+(?:\p{L}+\s+){0,3}?(?:ال)?(?:بنزين|وقود|كاز|كيروسين|سولار|مازوت|(?:مادة|مواد)\s+(?:سريعة\s+(?:ال)?اشتعال|قابلة\s+(?:ل|لل)اشتعال|مشتعلة))(?=[^.;!?]{0,80}?(?<![\p{L}])(?:على|علي)\s)(?<!(?:حطب|فحم|شواء|شوي|منقل|مدفا|موقد|كانون|باربكيو|باربيكيو)[^.;!?]*)(?![^.;!?]*(?:حطب|فحم|شواء|شوي|منقل|مدفا|موقد|كانون|باربكيو|باربيكيو))`],
  },
  {
    // Session 18 (room agpara): fire that sticks to what it lands on, told by what it does ("it stuck to the tents and people and
    // kept burning", "липли к палаткам и не гасли", "لصقت في الخيم وفي الناس"): the gel of napalm-type incendiaries
    // (hrw-incendiary-2020), told in lay words; a verb of sticking with tents, people, skin, bodies, walls, clothes or roofs as
    // its goal, and a fire word in its sentence (before or after it: sticky mud or glue alone is no fire). Judgment of reading.
    feature: 'delivery_incendiary',
    requires: { en: 'stuck|stick|clung|cling', ru: 'лип', ar: 'لصق|لزق|لاصق|لازق|لتصق' },
    en: [
      String.raw`(?<=(?:fire|flames?|blaze|alight|ablaze)[^.!?;]{0,80}|burning\s+(?!eyes|throats?|skin|sensation)\p{L}+\s+)${NOT_STUCK_DUST_EN}(?:stuck|sticking|sticks|clung|clinging|clings)\s+(?:fast\s+)?to\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+|my\s+)?(?:tents?|people|bodies|body|skin|walls?|clothes|roofs?|houses?|everything|everyone|anyone)`,
      String.raw`${NOT_STUCK_DUST_EN}(?:stuck|sticking|sticks|clung|clinging|clings)\s+(?:fast\s+)?to\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+|my\s+)?(?:tents?|people|bodies|body|skin|walls?|clothes|roofs?|houses?|everything|everyone|anyone)(?=[^.!?;]{0,80}(?:burn|fire|flame|alight|go\s+out|went\s+out))`,
    ],
    ru: [
      String.raw`(?<=(?:горящ|горел|горит|горя|пожар|огн|огон|плам|пыла)[а-яё]*[^.!?;]{0,80})${NOT_STUCK_DUST_RU}(?:лип|прилип|налип)~\s+к\s+(?:палатк|люд|тел|кож|стен|одежд|дом|крыш|всему|всем)~`,
      String.raw`${NOT_STUCK_DUST_RU}(?:лип|прилип|налип)~\s+к\s+(?:палатк|люд|тел|кож|стен|одежд|дом|крыш|всему|всем)~(?=[^.!?;]{0,80}(?:горящ|горел|горит|горя|гас|туш|огн|огон|плам))`,
    ],
    ar: [
      String.raw`(?<=(?:نار|مولع|والع|حريق|تشتعل|اشتعل|ولع|مشتعل)[\u0621-\u064a]*[^.!?؟;]{0,80})${NOT_STUCK_DUST_AR}(?:لصق|لزق|تلزق|بتلزق|تلصق|بتلصق|يلزق|يلصق|بيلزق|لاصق|لازق|تلتصق|التصق)~\s+(?:(?:في|على|فى)\s+(?:ال)?|ب(?:ال)?|(?:ال))?(?:خيم|ناس|جلد|حيطان|بيوت|هدوم|ثياب|لحم|سقوف|جسم|اجسام)~`,
      String.raw`${NOT_STUCK_DUST_AR}(?:لصق|لزق|تلزق|بتلزق|تلصق|بتلصق|يلزق|يلصق|بيلزق|لاصق|لازق|تلتصق|التصق)~\s+(?:(?:في|على|فى)\s+(?:ال)?|ب(?:ال)?|(?:ال))?(?:خيم|ناس|جلد|حيطان|بيوت|هدوم|ثياب|لحم|سقوف|جسم|اجسام)~(?=[^.!?؟;]{0,80}(?:نار|تنطفي|بتنطفي|تحرق|بتحرق|تشتعل|مولع|والع))`,
    ],
  },
  {
    // Session 19 (agpara): the incendiary gel told by what it is, a burning thing that is sticky ("горящая липкая масса", "a sticky
    // burning jelly", "مادة لزجة مشتعلة"): the burning and the sticky adjective within two words, either order (hrw-incendiary-2020:
    // napalm-type fills are thickened to stick); not a sign ('burning, sticky eyes': no eye, skin or sensation word after the pair).
    // Judgment of reading
    // (session 19, fixag1: review-s19 R28) not a building fire's own molten material: no plastic, tar, bitumen, rubber or wax named right
    // after the pair (or before it in English and Arabic: 'burning sticky plastic dripped from the ceiling', 'горящий липкий пластик',
    // 'بلاستيك مشتعل لزج')
    feature: 'delivery_incendiary',
    requires: { en: 'sticky|gluey|tarry', ru: 'липк|клейк|вязк', ar: 'لزج|دبق' },
    en: [String.raw`(?:(?:burning|flaming|blazing)\s+(?:\p{L}+\s+)?(?:sticky|gluey|tarry)|(?:sticky|gluey|tarry)\s+(?:\p{L}+\s+)?(?:burning|flaming|blazing))(?![\p{L}])(?!\s+(?:\p{L}+\s+)?(?:eyes?|skin|sensation|feeling|throat|nose|tears?)(?![\p{L}]))(?!\s+(?:\p{L}+\s+)?(?:plastics?|tar|bitumen|asphalt|resin|rubber|wax|pitch|tyres?|tires?|insulation|polystyrene|foam|vinyl|nylon|linoleum|roofing|sap)(?![\p{L}]))(?<!(?:plastics?|tar|bitumen|asphalt|resin|rubber|wax|pitch|tyres?|tires?|insulation|polystyrene|foam|vinyl|nylon|linoleum|roofing|sap)\s+(?:\p{L}+\s+){0,3}(?:burning|flaming|blazing|sticky|gluey|tarry))`],
    ru: [String.raw`(?:(?:горящ|пылающ|огненн)~\s+(?:\p{L}+\s+)?(?:липк|клейк|вязк)~|(?:липк|клейк|вязк)~\s+(?:\p{L}+\s+)?(?:горящ|пылающ|огненн)~)(?!\s+(?:\p{L}+\s+)?(?:глаз|кож|ощущени|чувств|горл|нос|слез|слёз)~)(?!\s+(?:\p{L}+\s+)?(?:пластик|пластмасс|смол|битум|резин|гудрон|асфальт|воск|рубероид|изоляци|пенопласт|линолеум|шин|покрышк)~)`],
    ar: [String.raw`(?:(?:لزج|لزجة|لزجه|دبق|دبقة)\s+(?:\p{L}+\s+)?(?:مشتعل|مشتعلة|مولع|مولعة|والع|والعة|ملتهب|ملتهبة)|(?:مشتعل|مشتعلة|مولع|مولعة|والع|والعة|ملتهب|ملتهبة)\s+(?:\p{L}+\s+)?(?:لزج|لزجة|لزجه|دبق|دبقة))(?![\p{L}])(?<!(?:بلاستيك|البلاستيك|زفت|الزفت|قطران|القطران|مطاط|المطاط|شمع|الشمع|اسفلت|الاسفلت|إسفلت|الإسفلت|كاوتشوك|دواليب|الدواليب|إطارات|الإطارات)\s+(?:\p{L}+\s+){0,2}\p{L}+)(?!\s+(?:ال)?(?:من\s+)?(?:بلاستيك|البلاستيك|زفت|الزفت|قطران|القطران|مطاط|المطاط|شمع|الشمع|اسفلت|الاسفلت|إسفلت|الإسفلت|كاوتشوك|دواليب|الدواليب|إطارات|الإطارات))`],
  },
  {
    // Session 17 (room agru): a bottle thrown that then set something alight (a petrol bomb told without its name) in Russian and
    // Arabic, as the English pattern above: "бросил бутылку в окно, начался пожар", "أُلقيت زجاجتان ... فاشتعلت"; the burning word
    // within one clause of 100 characters after the bottle; judgment of reading
    feature: 'delivery_incendiary',
    requires: { ru: 'бутыл', ar: 'زجاج' },
    ru: [String.raw`(?:брос[а-яё]*|кинул[а-яё]*|кину[а-яё]*|метнул[а-яё]*|швырну[а-яё]*)\s+(?:[а-яё]+\s+){0,3}?бутыл[а-яё]*${THROWN_CLAUSE_RU}{0,100}?(?<![а-яё])(?:загорел[а-яё]*|загорани[а-яё]*|вспыхнул[а-яё]*|воспламен[а-яё]*|пламя|огонь|пожар[а-яё]*|возгорани[а-яё]*)`],
    ar: [String.raw`(?:القي|القى|القوا|القيت|رمى|رموا|رمي|قذف|قذفوا|رشق|رشقوا)~?\s+(?:\p{L}+\s+){0,2}?زجاج~${THROWN_CLAUSE_AR}{0,100}?(?<![\p{L}])[وف]?(?:اشتعل~|احترق~|النار|النيران|الحريق|حريق)`, String.raw`زجاج~\s+حارق~`],
  },
  {
    // Session 18 (aginc; fixrev, review R3; moved from the term file): the valve a crew turned off, shut, closed or tightened to stop a
    // release of the stored chemical; not a household or medical valve in its sentence (a stove, cooker, boiler, heater, gas
    // bottle, oxygen, a water main, a hydrant, a radiator: someone stopped a domestic flow). Judgment of reading, closed class
    feature: 'delivery_industrial_leak',
    requires: { en: 'valve' },
    en: [String.raw`(?<!${HOME_VALVE_EN}[^.;!?]*)(?:turn(?:ed|ing|s)?|shut(?:ting|s)?|clos(?:e|ed|es|ing)|tighten(?:ed|ing|s)?)\s+(?:off\s+)?(?:the\s+|a\s+|its\s+)?(?:(?!${HOME_VALVE_EN})[\p{L}-]+\s+)?valves?(?![^.;!?]*${HOME_VALVE_EN})`],
  },
  {
    // Session 17 (room agru): a spill (разлив, moved from the term file) in the noun's forms and the reflexive verb (разлилась кислота,
    // разлилось топливо) and participle (разлитая ртуть); not the transitive разлил / разлила (a person poured something out:
    // 'разлила содержимое бутылок, а после попыталась поджечь вещи'), which shares the noun's Snowball stem разл; judgment of reading
    feature: 'delivery_industrial_leak',
    requires: { ru: 'разли' },
    ru: [String.raw`(?:разлив(?:а|у|ом|е|ы|ов|ам|ами|ах)?|разли(?:лся|лась|лось|лись|вш[а-яё]*ся)|разлит(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми)?)`],
  },
  {
    // Session 14 (room agctx): a комбинат is an industrial plant (moved from the term file), but not a catering or
    // consumer-services combine ('комбинат (школьного) питания' supplies a school's meals; 'комбинат бытового
    // обслуживания'); judgment of reading
    feature: 'delivery_industrial_leak',
    requires: { ru: 'комбинат' },
    ru: [String.raw`комбинат[а-яё]*(?!\s+(?:[а-яё]+\s+)?(?:питани[а-яё]*|бытов[а-яё]*))`],
  },
  {
    // Session 14 (room agctx): the same refinery and smelter words name the setting (knowledge/agents.yaml
    // setting_refinery_smelter), with the same household exclusions
    feature: 'setting_refinery_smelter',
    requires: { ar: 'مصف|مصهر' },
    ar: [
      String.raw`(?:مصفى|مصفاة|مصفاه|مصافي)(?<!${AR_KITCHEN}[^.;!?]*)(?<!(?:ماء|مياه|زيت|عسل|سمن|خل)\s+(?:مصفى|مصفاة|مصفاه|مصافي))(?![^.;!?]*${AR_KITCHEN})`,
      String.raw`مصهر(?<!${AR_ELECTRIC}[^.;!?]*)(?![^.;!?]*${AR_ELECTRIC})`,
    ],
  },
  {
    // Session 13 (room agctx): the school as the setting (knowledge/agents.yaml setting_school), not a school holiday, the
    // school run, school age or a school friend met elsewhere. Judgment of reading.
    feature: 'setting_school',
    // Session 14 (room agctx): a setting is where the exposure happened, so not the way home from school or to it ('came
    // home from school coughing', 'on the way back from the school', 'walking to school'); a school left by evacuation
    // ('evacuated from the school') stays. Russian школ* moved here from the term file with the same exclusion
    // ('вернулись из школы', 'по дороге в школу', 'после школы'). Judgment of reading.
    requires: { en: 'school', ru: 'школ' },
    en: [String.raw`(?:at|in|into|to|near|outside|high|middle|primary|elementary|secondary|boarding|girls'?|boys'?|the|a|his|her|their|our|my|whole|entire)\s+school(?:s)?(?<!(?:home|back|way|walk[a-z]*|return[a-z]*|came|come|coming|got|get|getting|went|go|going|headed|heading|drove|driving|rode|riding)\s+(?:home\s+|back\s+)?(?:from|to)\s+(?:[a-z]+\s+)?[a-z]+'?\s+schools?)(?<!(?:way|walk[a-z]*|went|go|going|goes|headed|heading|drove|driving|rode|riding|sent|taken|late|back|bus|run|ran|running)\s+to\s+schools?)(?!\s+(?:holidays?|vacations?|break|run|age|year|friends?|days?|leavers?|trip|bus))`],
    // Session 17 (agru): one pupil (школьница, школьник, школьника, школьнику ...: the singular noun) is a person, not the place, as
    // English lists 'schoolgirls', not 'schoolgirl' ('16-летняя школьница ... попыталась поджечь вещи' in a village office); the
    // plural (школьники, школьниц, школьницы) names the pupils together, the school's own people; judgment of reading
    ru: [String.raw`школ(?!ьни(?:ц(?:а|е|у|ей|ею)|к(?:а|у|ом|е)?)(?![а-яё]))[а-яё]*(?<!(?:(?:домой|обратно|вернул[а-яё]*|возвращ[а-яё]*|возвраща[а-яё]*|пришл[а-яё]*|пришёл|пришел|шл[а-яё]*|шёл|шел|ид[а-яё]*|ехал[а-яё]*|дорог[а-яё]*|пути|путь)\s+(?:[а-яё]+\s+)?(?:из|в|во|до)|после)\s+школ[а-яё]*)`],
  },
  {
    // Session 12 (room fixag): refrigeration and refrigerant as nouns (the term file read food 'to be refrigerated' and a home
    // refrigerator through their shared stem): an ammonia refrigeration system (atsdr-ammonia), read as the plant and a leak
    feature: 'refrigeration_plant',
    requires: { en: 'refrigera' },
    en: [String.raw`refrigera(?:tion|nts?)(?![\p{L}])`],
  },
  {
    feature: 'delivery_industrial_leak',
    requires: { en: 'refrigera' },
    en: [String.raw`refrigeration(?![\p{L}])`],
  },
  {
    // Session 17 (room agpara): a drum, vat, carboy, jerrycan, tote or container (of a named fluid) that split, burst, cracked,
    // leaked or tipped over is a release of what it held ("A drum of embalming fluid split in the back room", "бочка с кислотой
    // лопнула"); not a cylinder, canister or barrel, which also name the munitions of attacks (a chlorine cylinder, a tear-gas
    // canister, a barrel bomb), nor a bottle (the household). Judgment of reading.
    feature: 'delivery_industrial_leak',
    requires: { en: 'drum|vat|carboy|jerry|tote|container', ru: 'бочк|бочон|канистр|ёмкост|емкост' },
    en: [String.raw`(?:drums?|vats?|carboys?|jerry\s?cans?|totes?|containers?)\s+(?:(?:of|with|full\s+of)\s+(?!the\s|a\s|an\s)(?:[\p{L}-]+\s+){1,3})?(?:had\s+|has\s+|was\s+|just\s+)?(?:split|burst|ruptured|cracked|leaked|leaking|broke\s+open|tipped\s+over|fell\s+over|sprang\s+a\s+leak|spilled|spilt)(?![\p{L}])`],
    ru: [String.raw`(?:бочк|бочон|канистр|ёмкост|емкост)[а-яё]*\s+(?:(?:с|со)\s+(?:[а-яё-]+\s+){1,3})?(?:лопнул|треснул|прорвал|протек|потек|потёк|опрокинул|разбил|развалил|дал\S*\s+течь)[а-яё]*`],
  },
  {
    // Session 12 (room fixag): a spray used, released or set off indoors, told without its kind ("after a spray was used inside the
    // building"): a hand-held irritant spray (smith-greaves-2002), as "spray canister had gone off" already reads
    feature: 'delivery_spray_face',
    requires: { en: 'spray' },
    // (review: not a pesticide, insect, crop, hair or cleaning spray: 'a pesticide spray was used on the fields')
    en: [String.raw`(?:a|an|the|some)\s+(?:(?!(?:pesticide|insecticide|insect|bug|crop|weed|roach|fly|mosquito|hair|cleaning|disinfectant|nasal)\s)\p{L}+\s+)?spray\s+(?:was|had\s+been|has\s+been|were)\s+(?:used|released|discharged|set\s+off|let\s+off)`],
  },
  {
    // Session 19 (room aginc): the same hand-held spray in the active voice ("a teenager used a spray on the bus", "he
    // discharged a spray in the shop") and people sprayed with a substance nobody named ("several people had been sprayed
    // with an unknown substance", "a man was sprayed with a noxious liquid"), the police's words for a spray attack
    // (smith-greaves-2002: OC and CS sprays in assaults). Not a pesticide, insect, crop, weed, hair, cleaning, nasal, throat
    // or cooking spray, nor one used to clean or kill or on plants, weeds, crops, a lawn or a garden; not a worker sprayed
    // by a hose, pipe, line or valve (an industrial release: delivery_industrial_leak); judgment of reading.
    // (session 19, fixag2; review R5) nor a water, fire, foam, mist, deodorant, tanning or perfume spray, a spray of water, a
    // spray gun, can, bottle or nozzle, one used to knock down, dilute, rinse, cool or put out, one a firefighter, fire crew,
    // hazmat team or painter used (the water spray of a chlorine or ammonia release is the responders' standard curtain), nor
    // people sprayed from a plane, drone, helicopter or crop-duster or over fields and crops (an aerial pesticide drift)
    feature: 'delivery_spray_face',
    requires: { en: 'spray' },
    en: [
      String.raw`(?:used|uses|using|discharged|discharging|deployed|deploying)\s+(?:a|an|the|some|her|his|their)\s+(?:small\s+)?(?:(?!(?:pesticide|insecticide|insect|bug|crop|weed|roach|fly|mosquito|hair|cleaning|disinfectant|nasal|throat|cooking|paint|body|fabric|garden|water|fire|foam|fog|mist|deodorant|freshener|air-freshener|tan|tanning|perfume|saline|fine)\s)\p{L}+\s+)?spray(?![\p{L}])(?!\s+(?:to\s+(?:clean|kill|disinfect|treat|get\s+rid|knock\s+down|dilute|disperse|rinse|wash|cool|flush|damp|put\s+out|extinguish|douse|suppress)|on\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:plants?|weeds|crops?|lawn|garden|roses|mou?ld|hair|skin)|of\s+(?:\p{L}+\s+)?(?:water|foam|mist|saline)|(?:guns?|cans?|bottles?|nozzles?|booths?|paint|painting|tans?|heads?)(?![\p{L}])))(?<!(?:firefighters?|fire\s+fighters?|firemen|fireman|fire\s+crews?|crews|fire\s+brigade|fire\s+service|hazmat(?:\s+(?:team|teams|crew|crews))?|rescuers|painters?|decorators?)\s+(?:(?:had|have|has|then|also|quickly|immediately|later)\s+)?(?:used|uses|using|discharged|discharging|deployed|deploying)\s+[^.;!?]*)`,
      String.raw`(?:were|was|been|got|being)\s+sprayed\s+with\s+(?:an?\s+|some\s+)?(?:unknown|unidentified|mysterious|strange|noxious|suspicious|unnamed)\s+(?:substance|liquid|spray|chemical|gas|fluid|irritant)s?(?![\p{L}])(?<!(?:hose|pipe|pipeline|line|valve|tank|sprayer|crops?|fields?|plants?|weeds|trees|lawns?|orchards?|vines|walls?|planes?|aircraft|airplanes?|aeroplanes?|drones?|helicopters?|crop-?dusters?|crop\s+dusters?)\b[^.;!?]*)(?![^.;!?]*\b(?:hose|pipe|valve|burst|ruptured|planes?|aircraft|airplanes?|aeroplanes?|drones?|helicopters?|crop-?dusters?|crop\s+dusters?|fields|crops|orchards?|vineyards?|farmland)\b)`,
    ],
  },
  {
    // Session 17 (room aginc): cuts and lacerations, the flying glass and debris of a blast (cdc-blast-primer: secondary blast
    // injury), as exact words: to the stem matcher 'cuts' is 'cut' ('they cut the fence', 'cut off'); not power, budget or job
    // cuts; Russian порезы. Not bruises (ушибы, كدمات: rubber bullets and batons bruise), nor Arabic جروح (the news formula أصيب
    // بجروح is any injury, burns too): tried with them, development hold-all 273 -> 271/324 (judgment of reading)
    feature: 'trauma_injuries',
    requires: { en: 'cuts|lacerat', ru: 'порез' },
    // (session 17, fixrev; review R8) 'cuts' only as the injury noun: after a word that takes a noun of the body (minor, deep,
    // had, with, suffered, treated for, his, and), as an item of a list ('dust, glass, cuts, deaf for a day'), or before the body part, the glass or a second injury ('cuts on his face',
    // 'cuts from flying glass', 'cuts and bruises'); not the verb ('the smell cuts through your throat') nor a supply cut ('the
    // cuts in the water supply'). Russian the noun порез (порезы, порезов ...) and the participle порезан- beside glass or
    // fragments ('люди порезаны стеклом'), not the verb порезали ('Бюджет порезали'); judgment of reading
    en: [
      String.raw`lacerations?(?![\p{L}])`,
      String.raw`(?<=(?<![\p{L}])(?:minor|deep|small|bad|nasty|serious|superficial|many|multiple|several|some|had|has|have|having|with|suffered|sustained|for|of|and|bleeding|bloody|facial|glass|his|her|their|my|our|\d+)\s+|[,:;]\s*)(?<!(?:power|budget|spending|job|price|tax|pay|funding|staff)\s)cuts(?![\p{L}])`,
      String.raw`(?<!(?:power|budget|spending|job|price|tax|pay|funding|staff)\s)cuts(?=\s*,|\s*(?:and|or)\s*(?:bruises|scrapes|grazes|abrasions|burns|wounds|lacerations|fractures|broken)(?![\p{L}])|\s+(?:on|to|in)\s+(?:(?:the|his|her|their|my|our|its|both)\s+)?(?:face|faces|head|heads|scalp|arms?|hands?|legs?|feet|body|bodies|neck|skin|chest|back|fingers?|eyes?)(?![\p{L}])|\s+from\s+(?:the\s+)?(?:flying\s+|broken\s+)?(?:glass|debris|shrapnel|windows?|fragments|splinters))`,
    ],
    ru: [String.raw`(?<![\p{L}])(?:порез|пореза|порезу|порезом|порезе|порезы|порезов|порезам|порезами|порезах)(?![\p{L}])`, String.raw`(?<![\p{L}])порезан\p{L}*(?=[^.;!?]{0,30}?(?:стекл|оскол))`],
  },
  {
    // Session 28 (agdev): the ones who did not eat or drink it and stayed well ('my mother did not eat the fish and she was fine',
    // 'кто не ел шаурму — все здоровые', 'أمي ما أكلت السمك وما فيها شي'): the control group of a food outbreak, which tells that the
    // others' illness followed what they ate (cdc-food-poisoning; the attack-rate comparison of outbreak investigation). The denial
    // of eating with a statement of wellness in its clause reads the meal present, where the denial alone read it absent. Judgment
    // of reading (a contrastive construction), closed classes of eating and of wellness words
    feature: 'ingestion',
    requires: { en: 'eat|ate|drink|drank|touch', ru: 'ел|ели|ела|пил|пробовал', ar: 'اكل|أكل|ياكل|يأكل|تاكل|تأكل|شرب|يشرب' },
    en: [String.raw`(?:did\s*(?:not|n't)|never)\s+(?:eat|drink|touch|try)\s+(?:[\p{L}']+\s+){0,4}?(?:(?:and|but|so)\s+(?:[\p{L}']+\s+){0,2}?)?(?:were|was|are|is|stayed|felt|remained)\s+(?:(?:all|perfectly|completely|totally|just|absolutely)\s+)?(?:fine|well|ok|okay|healthy|unaffected|not\s+sick)(?![\p{L}])`],
    ru: [String.raw`не\s+(?:ел|ела|ели|пил|пила|пили|пробовал~|ест|едят)\s+(?:[а-яё]+\s+){0,3}?(?:[—–-]\s*|,\s*|и\s+)?(?:[а-яё]+\s+){0,2}?(?:здоров~|в\s+порядке|ничего\s+не\s+(?:было|случилось))`],
    ar: [String.raw`(?:ما|لم|مش|مو)\s+(?:اكل|أكل|اكلت|أكلت|اكلوا|أكلوا|اكلو|ياكل|يأكل|تاكل|تأكل|ياكلوا|ناكل|شرب|شربت|شربوا|يشرب|تشرب)\s+(?:\p{L}+\s+){0,3}?(?:و|ف)?(?:(?:ما|مش|مو)\s+(?:(?:كان|صار)\s+)?(?:فيه|فيها|فيهم|فينا|له|لها|لهم|عليه|عليها|عليهم)\s+(?:اي\s+|أي\s+)?(?:شي|شيء|اشي)|بخير|تمام|منيح~|سليم~|كويس~)`],
  },
  {
    // Session 28 (agdev): the eaters or drinkers told by a relative clause in the simple past ('everybody who ate them', 'those who
    // drank the punch'), beside the term 'who had eaten'; a pattern, not a term, so that the stem matcher's gap does not read 'who were
    // eating' (a meal interrupted by an attack) and 'who ate nothing' is no meal. Judgment of reading
    feature: 'ingestion',
    requires: { en: 'who ' },
    en: [String.raw`who\s+(?:ate|drank)(?!\s+(?:nothing|none|no|little)(?![\p{L}]))`],
  },
  {
    // Session 24 (agdev): the spoken Arabic verbs of a meal (تعشى, تغدى: to dine, to lunch; 'اتعشينا كشري', 'تغدوا سمك') with their
    // food as the direct object: the meal told with what was eaten, as the Russian 'съели рыбу' (session 18). Not the verb alone or
    // before a conjunction, a place or a time ('تعشى ونام', 'تعشينا بالبيت', 'تغدينا عادي'): a meal told in passing, as accounts
    // of a delayed onset tell the evening before the night's breathlessness. Normalised text (ى folded to ي). Judgment of reading
    feature: 'ingestion',
    requires: { ar: 'تعشي|تغدي|تعشو|تغدو' },
    ar: [String.raw`(?<![\p{L}])[وف]?ا?(?:تعشي|تعشينا|تعشيت|تعشوا|تعشت|تغدي|تغدينا|تغديت|تغدوا|تغدت)\s+(?![وف]\p{L})(?!(?:بال|لل|عال|عل|في|مع|عند|عادي|سوا|سوي|كلنا|كلهم|كلنا|بعد|قبل|بدري|هناك|هون|هنا|برا|بره|الساعة|الساعه|الليل|بالليل|ونمنا|ونام|معا|مع)\p{L}*)\p{L}{2,}`],
  },
  {
    // Session 17 (room aginc): food told spoiled, with eating in its sentence ("الترمس فاسد محدش ياكل منه", "أكلوا لحمة فاسدة"): the
    // meal (cdc-food-poisoning). Not فاسد alone, which is also 'corrupt' (النظام الفاسد); judgment of reading
    feature: 'ingestion',
    requires: { ar: 'فاسد|بايظ|خربان|معفن' },
    ar: [
      String.raw`(?<![\p{L}])(?:فاسد|فاسدة|فاسده|بايظ|بايظة|بايظه|خربان|خربانة|معفن|معفنة)(?![\p{L}])(?=[^.!?؟\n]{0,40}(?<![\p{L}])[وف]?(?:ياكل|يأكل|تاكل|تأكل|ناكل|نأكل|اكل|أكل|اكلوا|أكلوا|كلوا|تناول\p{L}*)(?![\p{L}]))`,
      String.raw`(?<=(?<![\p{L}])(?:[وف]?(?:ياكل|يأكل|تاكل|تأكل|ناكل|نأكل|اكل|أكل|اكلوا|أكلوا|كلوا|تناول\p{L}*)|[وف]?(?:ال)?(?:طعام|اكل|أكل|وجبة|وجبه))(?![\p{L}])[^.!?؟\n]{0,40})(?<![\p{L}])(?:فاسد|فاسدة|فاسده|بايظ|بايظة|بايظه|خربان|خربانة|معفن|معفنة)(?![\p{L}])`,
    ],
  },
  {
    // Session 18 (room agru): a food told with the cooking or the eating of it in its sentence ("Мясо купили в Костроме и приготовили
    // во фритюре", "пожарили грибы", "съели рыбу"; "طبخوا اللحم", "قلوا السمك"): the meal (cdc-food-poisoning: a germ, its toxin or a
    // natural toxin eaten), where the term file reads only the eating verbs with no object (поели, съели) and the named poisonings.
    // The food noun alone is not enough (dead fish in a river, a meat plant's ammonia). Not the Arabic قلت, قلي, شوي (also 'I said',
    // 'tell me', spoken 'a little': common words, so also a gate that would pass often); judgment of reading, closed classes
    feature: 'ingestion',
    requires: { ru: 'мяс|конин|говядин|свинин|баранин|курятин|куриц|шашлык|котлет|пельмен|колбас|рыб|гриб|консерв|шаурм|пирож|салат', ar: 'طبخ|طهي|طهت|طهو|شووا|قلوا' },
    // (session 18, fixrev2, review R11) a negator in the gap or before the verb denies the eating or cooking ('Шашлык никто не
    // успел попробовать', 'не ели рыбу')
    ru: [
      String.raw`(?<![а-яё])(?:мяс[оауе]|мясом|конин[а-яё]*|говядин[а-яё]*|свинин[а-яё]*|баранин[а-яё]*|курятин[а-яё]*|куриц[а-яё]*|шашлык[а-яё]*|котлет[а-яё]*|пельмен[а-яё]*|колбас[а-яё]*|рыб(?:а|у|ы|ой|ку|ка|ки)|грибы|грибов|грибами|грибах|консерв[а-яё]*|шаурм[а-яё]*|пирож[а-яё]*|салат[а-яё]*)(?![а-яё])(?:(?!(?<![а-яё])(?:не|ни|никто|никого|нельзя|нечего)(?![а-яё]))[^.;!?]){0,60}?(?<![а-яё])(?:приготов[а-яё]*|свари(?:л|ла|ли|ть)|пожари(?:л|ла|ли|ть)|зажари(?:л|ла|ли)|жарил[а-яё]*|запекл[а-яё]*|запёк|запек|съел[а-яё]*|съест|поел[а-яё]*|отведа[а-яё]*|попробова[а-яё]*|угости[а-яё]*|засоли(?:л|ла|ли)|закатал[а-яё]*)(?![а-яё])`,
      String.raw`(?<![а-яё])(?<!(?<![а-яё])(?:не|ни)\s+)(?:приготов[а-яё]*|свари(?:л|ла|ли)|пожари(?:л|ла|ли)|зажари(?:л|ла|ли)|жарил[а-яё]*|запекл[а-яё]*|съел[а-яё]*|поел[а-яё]*|ели|отведа[а-яё]*|попробова[а-яё]*|засоли(?:л|ла|ли)|закатал[а-яё]*)\s+(?:[а-яё]+\s+){0,2}?(?:мяс[оауе]|мясом|конин[а-яё]*|говядин[а-яё]*|свинин[а-яё]*|баранин[а-яё]*|курятин[а-яё]*|куриц[а-яё]*|шашлык[а-яё]*|котлет[а-яё]*|пельмен[а-яё]*|колбас[а-яё]*|рыб(?:а|у|ы|ой|ку|ка|ки)|грибы|грибов|грибами|консерв[а-яё]*|шаурм[а-яё]*|пирож[а-яё]*|салат[а-яё]*)(?![а-яё])`,
    ],
    ar: [String.raw`(?<![\p{L}])[وف]?(?:طبخ|طبخت|طبخوا|طبخنا|طهي|طهت|طهوا|طهو|شووا|قلوا)(?![\p{L}])\s+(?:\p{L}+\s+){0,2}?(?:ال)?(?:لحم|لحمة|لحوم|سمك|اسماك|فطر|دجاج|فراخ|معلبات|طعام|اكل)(?![\p{L}])`],
  },
  // Session 23 (room agnone): the non-chemical causes an account names for its casualties, the class of error of real illness
  // and injury read as an agent (development: none read as nerve or toxic-industrial when the cause was a germ or a fall).
  {
    // the germ named as the cause: a food- or water-borne infection (cdc-food-poisoning: norovirus, Salmonella, Clostridium
    // perfringens, Campylobacter and Staphylococcus aureus are the commonest germs of food poisoning; E. coli, Listeria,
    // Shigella), the meal's illness as 'кишечная инфекция', 'botulism' and 'gastroenteritis' already read; RU сальмонеллёз,
    // стафилококк, норовирус, ротавирус, кишечная палочка, шигеллёз, дизентерия; AR السالمونيلا, المكورات العنقودية, نوروفيروس,
    // الإشريكية القولونية, الزحار. Judgment of reading (a germ is not a chemical), none taken from an evaluation item
    feature: 'ingestion',
    requires: {
      en: 'salmonell|staphylococc|staph|norovirus|rotavirus|coli|campylobacter|listeri|shigell|dysenter|perfringens',
      ru: 'сальмонел|стафилокок|норовирус|ротавирус|кишечн|шигелл|дизентери|листери|кампилобактер',
      ar: 'سالمونيل|عنقودي|نوروفيروس|روتا|قولوني|شيغيل|زحار|ليستيري',
    },
    // (s23 fixrev, review-s23 R14/R15) not a germ set aside (named in a clause of saying, blaming or suspecting that a 'but' follows:
    // "officials first blamed salmonella, but ..."), nor a germ of a wound, burn or blister's infection, nor one vaccinated against
    // (GERM_NOT_MEAL, each pattern); judgment of reading
    en: [
      String.raw`salmonell(?:a|ae|osis)${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`staphylococc(?:us|i|al)(?:\s+aureus)?${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`staph\s+(?:aureus|infection|toxin|food)${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
      String.raw`noroviruse?s?${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`rotaviruse?s?${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`e\.?\s?coli${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`escherichia\s+coli${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`campylobacter${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`listeri(?:a|osis)${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
      String.raw`shigell(?:a|osis)${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`dysentery${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`clostridium\s+perfringens${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
    ],
    ru: [
      String.raw`сальмонелл~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`стафилококк~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`стафилокок~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`норовирус~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`ротавирус~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`кишечн~\s+палочк~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`шигелл~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
      String.raw`дизентери~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`листери~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`кампилобактер~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
    ],
    ar: [
      String.raw`سالمونيل(?:ا|لا)${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`(?:مكورات|مكور[ةه]|بكتيريا)\s+(?:ال)?عنقودي~${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`(?:ال)?عنقودي[ةه]\s+(?:ال)?ذهبي[ةه]${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
      String.raw`نوروفيروس${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`فيروس\s+(?:ال)?روتا${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`(?:ال)?(?:اشريكي[ةه]|إشريكي[ةه])\s+(?:ال)?قولوني[ةه]${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`شيغيلا${GERM_NOT_MEAL}${GERM_SET_ASIDE}`, String.raw`زحار${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
      String.raw`ليستيريا${GERM_NOT_MEAL}${GERM_SET_ASIDE}`,
    ],
  },
  {
    // a broken bone (HPO Fracture, HP:0020110, lay 'broken bone'): the trauma of a fall, a blow, a collapse, a crush or a blast
    // (cdc-blast-primer: tertiary blast injury), which no released chemical causes, told with the bone or limb broken (EN broke
    // his arm, a broken collarbone, fractured skull, rib fractures; RU перелом руки / ключицы / рёбер, получил перелом; AR كسر في
    // اليد, انكسرت رجله, كسور في الأضلاع). Not a bare перелом ('перелом в войне', a turning point), nor a broken thing (glass, a
    // door, a window); judgment of reading, none taken from an evaluation item
    feature: 'trauma_injuries',
    requires: { en: 'broke|fractur|cracked', ru: 'перелом', ar: 'كسر|كسور|انكسر|مكسور' },
    en: [
      // (s23 fixrev, review-s23 R17) not the ribs or sternum cracked by resuscitation in its clause (CPR_CLAUSE)
      String.raw`(?:broke|broken|fractured|fracturing|cracked)(?<!${CPR_CLAUSE}[^.!?;\n]*)\s+(?:(?:his|her|their|my|our|your|a|an|the|two|three|both|several)\s+)?(?:(?:left|right|lower|upper)\s+)?(?:arms?|legs?|wrists?|ankles?|hips?|collar-?bones?|ribs?|skulls?|jaws?|pelvis|shoulders?|elbows?|fingers?|feet|foot|spines?|vertebrae?|femurs?|kneecaps?|shin-?bones?|bones?)(?![^.!?;\n]*${CPR_CLAUSE})`,
      String.raw`(?:arm|leg|wrist|ankle|hip|collar-?bone|rib|skull|jaw|pelvic|shoulder|spinal|femur|bone)(?<!${CPR_CLAUSE}[^.!?;\n]*)\s+fractures?(?![^.!?;\n]*${CPR_CLAUSE})`,
    ],
    ru: [
      String.raw`перелом(?:а|ом|е|ы|ов|ами|ах)?\s+(?:[а-яё]+\s+)?(?:рук(?:а|и|у|ой|е|ам|ами|ах)?|ног(?:а|и|у|ой|е|ам|ами|ах)?|р[её]бер|р[её]бра|ключиц(?:а|ы|у|ей|е)?|бедр(?:а|о|у|ом|е)|челюст(?:ь|и|ей|ью)|череп(?:а|у|ом|е)?|позвоночник(?:а|у|ом|е)?|позвонк(?:а|ов|ам|ами|ах|и)|таз(?:а|у|ом|е)?|кост(?:ь|и|ей|ям|ями|ях)|кист(?:ь|и|ей|ью)|пальц(?:а|ев|ам|ами|ах|у|ем|ы)|нос(?:а|у|ом|е)?|голен(?:ь|и|ью)|плеч(?:о|а|у|ом|е)|лодыжк(?:а|и|у|ой|е)|запясть(?:е|я|ю|ем))(?![а-яё])(?![^.!?;\n]*${CPR_CLAUSE})`,
      String.raw`(?:получил[а-яё]*|с|со|множественн[а-яё]*|открыт[а-яё]*|закрыт[а-яё]*)\s+перелом(?:а|ом|ы|ами)?`,
    ],
    ar: [
      String.raw`(?:كسر|كسور)\s+(?:في\s+|ب)?(?:ال)?(?:يد|ايد|ايده|ايدها|ذراع|رجل|رجله|رجلها|ساق|ضلع|اضلاع|جمجم[ةه]|حوض|ترقو[ةه]|كتف|فخذ|معصم|كاحل|عمود\s+(?:ال)?فقري|انف|فك)~`,
      String.raw`(?:انكسرت|انكسر|اتكسرت|اتكسر|تكسرت)\s+(?:ال)?(?:ايد|ايده|ايدها|يده|يدها|ذراعه|ذراعها|رجله|رجلها|رجلو|ساقه|ساقها|ضلوعه|اضلاعه|ترقوته|ترقوتها|كتفه|كتفها)`,
      String.raw`(?:ايده|ايدها|يده|يدها|رجله|رجلها|رجلو|ذراعه|ذراعها)\s+(?:انكسرت|اتكسرت|مكسور[ةه]|مكسوره)`,
    ],
  },
  {
    // Session 17 (room aginc): a canister or capsule a person set off or let off, told without its kind ("a passenger admitted she
    // had set off a small canister", "the man set off the capsule inside"): the hand-held irritant spray or gas capsule
    // (smith-greaves-2002), as "a spray was set off" already reads; not a smoke, flare, fire-extinguisher, gas-cooker or aerosol
    // paint canister; judgment of reading
    feature: 'delivery_spray_face',
    // (session 18 fixrev, review R7: the word before 'canister' is a riot word or a plain adjective of size or colour, a closed
    // class, not any word outside a list of household sprays: a disinfectant, deodorant or extinguisher canister is none)
    // Session 18 (room aginc): the same canister sprayed by a person ("a juvenile spraying a canister on a school bus"), the
    // hand-held spray told by its act; not a paint, insect, bug, hair, air-freshener, cleaning or weed-killer canister (a
    // pesticide is pesticide_application's); judgment of reading
    requires: { en: 'canister|capsule' },
    en: [
      String.raw`(?:set|sets|setting|let|lets|letting)\s+off\s+(?:a|an|the|some|his|her|their|one|two)\s+(?:(?!(?:smoke|flare|fire|extinguisher|gas\s+cooker|camping|butane|propane|paint|co2)\b)\p{L}+\s+)?(?:canisters?|capsules?)(?![\p{L}])`,
      String.raw`(?:spray|sprays|sprayed|spraying)\s+(?:a|an|the|some|his|her|their|one|two)\s+(?:${RIOT_CANISTER_MOD}\s+)?canisters?(?![\p{L}])(?!\s+of\s+(?!pepper|tear|mace|oc|cs|irritant)\p{L}+)`,
    ],
  },
  {
    // Session 12 (room fixag): a bottle lit and thrown (the petrol bomb told by the act: "lighting a bottle and tossing it at the
    // door"), as the thrown-and-ignited bottle pattern above reads it told the other way round
    feature: 'delivery_incendiary',
    requires: { en: 'bottle' },
    en: [String.raw`(?:lit|lighting|lights|ignited|igniting)\s+(?:a|the|an)\s+(?:\p{L}+\s+)?bottle`],
  },
  {
    // Session 12 (room fixag): the weather in degrees with the count first ("almost 100 degrees", "in the high 80s" is left out: a
    // bare decade names no unit)
    feature: 'heat_or_crowding',
    requires: { en: 'degrees' },
    // (review: not a fever's degrees, 'a fever of nearly 104 degrees')
    en: [String.raw`(?<!(?:fever|temperature(?!s)|temp|febrile)[^.;!?]{0,24})(?:almost|nearly|about|over|above|around|reached|hit|topped)\s+\d{2,3}\s*(?:°|degrees)(?:\s*(?:f|c|fahrenheit|celsius))?(?![\p{L}])`],
  },
  {
    // Arabic 'well' as an exact word (with its clitics and article): the term file's stem matcher reduced بئر to the
    // stem of كبيرة (big) and read every 'in large numbers' as a confined space
    feature: 'confined_space',
    requires: { ar: 'بئر' },
    ar: [String.raw`بئر(?![\p{L}])`],
  },
  {
    feature: 'pooling_low',
    requires: { en: 'low|ground|basement|cellar|shelter|heavier', ru: 'подвал|убежищ|стелил', ar: 'اقبية|قبو|ملاجئ|ملجا' },
    en: [
      String.raw`(?:settled|sank|pooled|collected|accumulated|hung|lingered|stayed|seeped|spread)\s+(?:\p{L}+\s+){0,3}?(?:low|close to the ground|near the ground|into (?:the\s+)?(?:basements?|cellars?|shelters?)|in (?:the\s+)?(?:basements?|cellars?|shelters?))`,
      // "to shelter (indoors)" is the verb, advice to stay inside, not gas in a low space
      String.raw`(?:in|into|inside|down to)\s+(?:the\s+|a\s+|their\s+)?(?:basements?|cellars?|(?:underground\s+)?shelters?)`,
      'heavier than air',
    ],
    ru: ['подвал~', 'убежищ~', String.raw`стелил~\s+по\s+земле`],
    ar: ['أقبية', 'اقبية', 'قبو', 'ملاجئ', 'ملجأ'],
  },
  {
    // Session 20 (room aginc): the would-be rescuer overcome in turn ("two more rushed in to help and were also overcome", "the two who
    // went in to rescue him also died", "when people went to help him, they too started to feel nauseous", "would-be rescuers
    // collapsed"): the rescuers of the feature's label, in the words of reports of sewer, tank and pit deaths (atsdr-h2s; NIOSH
    // 86-110: would-be rescuers are a large share of the dead in confined spaces). A going-to-help verb, then "also / too / as
    // well" and a falling ill in the same sentence; not a help given with nothing suffered ("neighbours tried to help but the fire
    // was too strong"). Judgment of reading
    feature: 'medics_affected',
    requires: { en: 'rescu|in to help|to help him|to help her|to help them|to save|tried to help|ran to help|rushed to help|went to help' },
    en: [
      String.raw`(?<![\p{L}])(?:went|go|goes|going|tried|trying|attempt(?:ed|ing)?|rushed|ran|came|climbed|jumped|stepped|entered)\s+(?:(?:in|into|down|inside|back|over)\s+(?:\p{L}+\s+){0,2}?)?(?:to\s+)?(?:help|rescue|save|pull\s+out)(?![\p{L}])(?:(?!(?<![\p{L}])(?:who|whom|whose|which)(?![\p{L}]))[^.;!?]){0,70}?(?<![\p{L}])(?:also|too|as\s+well)(?![\p{L}])(?:(?!(?<![\p{L}])(?:who|whom|whose|which)(?![\p{L}]))[^.;!?]){0,40}?(?<![\p{L}])(?:overcome|collaps\p{L}*|fainted|fell\s+(?:ill|unconscious|sick)|lost\s+consciousness|passed\s+out|died(?:(?<=(?<![\p{L}])(?:(?:went|go|goes|going|rushed|ran|came|climbed|jumped|stepped)\s+(?:in|into|down|inside)|entered)(?![\p{L}])[^.;!?]{0,130})|(?=[^.;!?]{0,40}?(?<![\p{L}])(?:fumes?|gas(?:es)?|smell|vapou?rs?|inside|in\s+the\s+(?:pit|tank|sewer|well|manhole|cellar|basement|shelter|room|hold)|chemicals?|poison\p{L}*|toxic|asphyxia\p{L}*|suffocat\p{L}*)))(?![^.;!?]{0,12}(?<![\p{L}])(?:when|after|in\s+(?:a|the)\s+(?:second|later|next|another)|as\s+(?:the\s+)?(?:jets?|planes?|aircraft|shelling|bombs?|strikes?))(?![\p{L}]))|succumbed(?=[^.;!?]{0,30}?(?<![\p{L}])(?:to\s+the\s+(?:fumes|gas|smell|vapou?rs?)))|became\s+(?:ill|sick|unconscious|dizzy|nauseous)|(?:started|began)\s+to\s+feel|felt\s+(?:sick|ill|dizzy|nauseous|faint)|nauseous|unconscious|dizzy)(?![\p{L}])`,
      String.raw`(?<![\p{L}])would-be\s+rescuers?\s+(?:\p{L}+\s+){0,3}?(?:overcome|collaps\p{L}*|died|fainted|fell\s+(?:ill|unconscious)|lost\s+consciousness|succumbed)(?![\p{L}])`,
    ],
  },
  {
    feature: 'medics_affected',
    requires: { en: 'medic|doctor|nurse|rescuer|responder|defen|helmet|ambulance|staff|polic|officer|secondary|while', ru: 'медик|врач|спасател|медперс|санитар|вторичн', ar: 'اصاب|تسمم' },
    en: [
      String.raw`(?:medics?|medical (?:staff|workers|personnel|team)|doctors?|nurses?|paramedics?|rescuers?|first responders?|civil defen[cs]e (?:workers|members|volunteers)|white helmets|ambulance (?:crews?|workers|drivers?)|hospital staff|police officers?|policem[ae]n|(?:emergency )?responders?)\s+(?:\p{L}+\s+){0,8}?(?:(?:were|was|became|got|fell)\s+(?:also\s+)?(?:ill|sick|affected|contaminated|exposed|poisoned|intoxicated|hospitali[sz]ed)|(?:also\s+)?(?:developed|suffered|showed|experienced)\s+(?:the\s+same\s+)?(?:symptoms|signs))`,
      'secondary (?:exposure|contamination|casualties|poisoning)',
      '(?:ill|sick|affected|contaminated|poisoned) while (?:treating|helping|rescuing|evacuating)',
    ],
    ru: [String.raw`(?:медик|врач|спасател|медперсонал|санитар)~\s+(?:\p{L}+\s+){0,3}?(?:пострадал~|отравил~|заболел~)`, String.raw`вторичн~\s+(?:заражени~|отравлени~)`],
    ar: [String.raw`(?:إصابة|اصابة|إصابات|اصابات|تسمم)\s+(?:\p{L}+\s+){0,2}?(?:ال)?(?:مسعف|كادر|كوادر|ممرض|طبيب|أطباء|اطباء|الدفاع\s+المدني)~`],
  },
  {
    // Session 28 (agdev): a death told by its euphemism, the sleeper who did not wake and the casualty who did not make it ('Some of
    // the old people and babies did not wake up', 'never woke up', 'didn't make it'; RU 'так и не проснулся', 'не проснулись'; AR 'ما
    // صحي', 'ما فاقوا', 'لم يستيقظ'): the English 'did not survive' of the term list in the everyday register. Not a sleep or a rescue
    // told with its time or goal ('did not wake up until noon', 'when the alarm went off', 'didn't make it to the exit / in time / out',
    // 'не проснулся до утра / от шума', 'ما صحي إلا / لحد'); phrases holding their own negation. Judgment of reading (lay register)
    feature: 'deaths',
    requires: { en: 'wake|woke|make it', ru: 'проснул', ar: 'صحي|صحيو|صحو|فاق|يستيقظ|يصحو|يفيق' },
    // (not the speaker's own: 'I never woke up' is a heavy sleep, 'we didn't make it' a plan)
    en: [String.raw`(?<!(?<![\p{L}])(?:i|we)\s+(?:just\s+|simply\s+)?)(?:did\s*(?:not|n't)|never)\s+(?:wake|woke|waken|make\s+it)(?:\s+up)?(?!\s+(?:until|till|til|when|before|after|for|to|in\s+time|out|through|home|back|because|despite|from|at|on\s+time|the\s+(?:alarm|noise))(?![\p{L}]))(?![\s-]*[\p{L}])`],
    ru: [String.raw`(?<!(?<![\p{L}])(?:я|мы)\s+(?:так\s+и\s+)?)(?:так\s+и\s+)?не\s+проснул(?:ся|ась|ись|ось)(?!\s*(?:до|от|пока|когда|потому|из-за|вовремя)(?![\p{L}]))`],
    ar: [String.raw`(?:ما|لم|ماحد|محدش)\s+(?:صحي|صحيوا|صحيو|صحوا|صحت|فاق|فاقوا|فاقو|فاقت|يستيقظ|يستيقظوا|يصحو|يصحى|يفيق|يفيقوا)(?![\p{L}])(?!\s*(?:الا|إلا|لحد|لغاية|حتى|من\s+(?:النوم|الصوت|الضجة)|على\s+(?:الصوت|المنبه)))`],
  },
  {
    feature: 'deaths',
    requires: { en: 'die|dead|kill|death|fatal|perish|bodies|corpse|martyr|lives|succumb|deceased|lifeless', ru: 'погиб|умер|скончал|смерт|летальн|гибел|насмерть', ar: 'قت|شهد|شهي|وفا|وفي|توف|حتف|مصرع' },
    en: [
      String.raw`(?:died|dead|killed|killing|deaths?|fatalit(?:y|ies)|fatally|perished|bodies|corpses|martyrs?|lives lost|lost (?:their|his|her) lives?|succumbed|deceased|lifeless)(?!\s+(?:birds?|animals?|cats?|dogs?|livestock|sheep|goats?|chickens?|fish|pigeons?|claims?|threats?|penalty|squads?|sentences?))(?<!${BODY_PART_BODIES}|${TISSUE_DEATH})`,
    ],
    // session 7: the news and register words for dying beside the plain ones (EN "lost their lives", "succumbed",
    // "deceased", "lifeless"; RU гибель, насмерть; AR متوفى (not متوفر, available), لقي حتفه, مصرع)
    ru: ['погиб~', 'умер~', 'скончал~', 'смерт~', 'летальн~', 'гибел~', 'насмерть'],
    // (session 21, agnew) a martyr's title in the name of a school, street, square, hospital, mosque, camp or unit (مدرسة الشهيد
    // محمد أحمد, شارع الشهداء, ساحة الشهداء, مستشفى الشهيد ...), the common naming of places and institutions, is a name, not a
    // death told: شهيد / شهداء right after such a noun (with or without the article) is not read; judgment of reading
    ar: ['قتلى', 'قتيل', String.raw`${AR_NAMED_FOR}(?:شهداء|شهيد)`, 'وفاة', 'وفيات', 'مقتل', 'استشهاد', 'استشهد~', 'توفي~', '(?:متوفي|متوفا|متوفين|متوفون)~', 'حتف~', 'مصرع~'],
  },
  {
    feature: 'deaths_without_injury',
    requires: { en: 'injur|wound|trauma|mark|blood', ru: 'ранен|травм|поврежд', ar: 'جروح|اصاب|دماء' },
    en: [
      String.raw`(?:died|dead|killed|bodies|corpses|deaths?|victims)\s+(?:\p{L}+\s+){0,4}?(?:without|with no|showing no|bearing no|had no)\s+(?:\p{L}+\s+){0,2}?(?:visible\s+|external\s+|apparent\s+|physical\s+)?(?:injur(?:y|ies)|wounds?|trauma|marks|blood)`,
      String.raw`no\s+(?:visible|external|apparent|physical)\s+(?:injuries|wounds|trauma|signs of (?:injury|trauma))`,
    ],
    // (session 19, agru) the Russian and Arabic formula of no one hurt (обошлось без травм, без пострадавших и травм; لا توجد إصابات,
    // انتهى الحادث بدون إصابات) is no_casualties', not the dead without wounds: without injuries is read here, as in English, only of
    // the dead or their bodies named before it in the sentence (тела погибших были без повреждений, جثث بلا جروح), or with the
    // visible, external or apparent injuries, or their traces or signs (без видимых повреждений, دون آثار جروح, إصابات ظاهرة);
    // a death word followed by нет / لا (погибших нет) is no death; judgment of reading. (session 19, fixag2; review R19) and
    // not when a second group stands between the death word and 'без' ('один погиб, ещё трое эвакуированы без травм', 'توفي شخص
    // وخرج الباقون بدون إصابات': the others, the rest, the survivors, the evacuated are the unhurt); judgment of reading
    ru: [
      String.raw`без\s+(?:видим~|внешн~|явн~)\s+(?:ранени~|травм~|повреждени~|следов\s+(?:ранени~|травм~|насили~))`,
      String.raw`без\s+следов\s+(?:ранени~|травм~|насили~|повреждени~)`,
      String.raw`без\s+(?:ранени|травм|повреждени)[а-яё]*(?<=(?<![а-яё])(?:тел[аоу]?|труп(?:ы|ов|а)?|скончал[а-яё]*|умер(?:ли|ла|ший|шие|ших|шего)?|погиб(?:ли|ла|ло|ший|шие|шая|шего|ших)?)(?![а-яё])(?!\s+(?:[а-яё]+\s+){0,2}нет(?![а-яё]))(?:(?!(?:остальн|ещё|еще|други|прочи|выжив|уцелевш|эвакуир|спасен|спасён|спасл))[^.;!?]){0,80}без\s+(?:ранени|травм|повреждени)[а-яё]*)`,
    ],
    ar: [
      String.raw`(?:دون|بدون|بلا|لا\s+توجد|لا\s+تظهر)\s+(?:أي\s+)?(?:آثار|اثار|علامات)\s+(?:ل|لل|ال)?(?:جروح|إصابات|اصابات|دماء|عنف)`,
      String.raw`(?:دون|بدون|بلا|لا\s+توجد|لا\s+تظهر)\s+(?:أي\s+)?(?:ال)?(?:جروح|إصابات|اصابات)\s+(?:ظاهرة|ظاهره|خارجية|خارجيه|واضحة|واضحه|مرئية|مرئيه)`,
      String.raw`(?:دون|بدون|لا\s+توجد|لا\s+تظهر)\s+(?:أي\s+)?(?:ل|لل|ال)?(?:جروح|إصابات|اصابات|دماء)(?<=(?<![\p{L}])[وفب]?(?:ال)?(?:جثث|جثة|جثه|جثمان|جثامين|قتلى|موتى|توفي|توفيت|توفوا|ماتوا|مات|ماتت|ضحايا)(?![\p{L}])(?:(?!(?:الباقون|الباقين|الباقي|البقية|بقية|الاخرون|الاخرين|اخرون|اخرين|الناجون|الناجين|نجا|نجت|نجوا|اجلاء|اخلاء|خرج))[^.;!?]){0,80}(?:دون|بدون|لا\s+توجد|لا\s+تظهر)\s+(?:أي\s+)?(?:ل|لل|ال)?(?:جروح|إصابات|اصابات|دماء))`,
    ],
  },
  {
    feature: 'dead_animals',
    requires: {
      en: 'bird|animal|cat|dog|livestock|sheep|goat|chicken|hen|cow|cattle|poultry|fish|pigeon|rodent|mice|rat|horse',
      ru: 'птиц|животн|кош|кот|собак|скот|овц|кур|голуб',
      ar: 'حيوان|طيور|طير|مواشي|قطط|كلاب|دجاج|اغنام|عصافير|حمام|ابقار',
    },
    en: [
      String.raw`(?:dead|died|perished|killed)\s+(?:\p{L}+\s+){0,1}?${ANIMALS}`,
      String.raw`${ANIMALS}\s+(?:\p{L}+\s+){0,5}?(?:died|dead|perished|killed|suffocated|dropped dead|fell dead)`,
    ],
    ru: [
      String.raw`(?:погибш~|м[её]ртв~|дохл~|погибл~|умерл~|сдохл~|гибел~|падеж~)\s+(?:\p{L}+\s+){0,1}?${ANIMALS_RU}`,
      String.raw`${ANIMALS_RU}\s+(?:\p{L}+\s+){0,3}?(?:погиб~|умер~|сдох~|м[её]ртв~|дохл~)`,
    ],
    ar: [
      String.raw`(?:نفوق|نافق~|موت|ماتت|مات|نفقت|نفق)\s+(?:\p{L}+\s+){0,1}?(?:ال)?${ANIMALS_AR}`,
      // (s15 agnone) not the spoken ميت مرة / ميت مره, 'a hundred times' (Levantine and Egyptian مية → ميت before مرة)
      String.raw`${ANIMALS_AR}\s+(?:\p{L}+\s+){0,3}?(?:نافق~|ميت(?![\p{L}]*\s+(?:مرة|مره|مرات|الف))~|ماتت|نفقت|نفق~)`,
    ],
  },
  {
    // Session 26 (room agnew): a munition or a falling thing told as burning with a white (brilliant, blinding) flame, fire or light
    // ("боеприпасы, которые горят белым пламенем", "бомбочки горели ослепительно белым огнём", "the shells burned with a blinding
    // white light", "قذائف تشتعل بلهب أبيض"): the magnesium-alloy and thermite fills of incendiary bombs burn with a brilliant white
    // light (the WW2 Elektron bomb: a magnesium casing lit by thermite; Wikipedia, Incendiary device; hrw-incendiary-2020: thermite
    // and white phosphorus delivered by bombs, rockets and shells); an ordinary fire's flame is yellow or orange. Only with a
    // munition, an aircraft or a fall from the sky in the same sentence, either side (a magnesium fire at a plant, a welding arc,
    // a star are not read). Judgment of reading.
    feature: 'delivery_incendiary',
    requires: { en: 'white', ru: 'бел', ar: 'ابيض|بيضاء' },
    en: [String.raw`(?:burn(?:ed|t|ing|s)?|blaz(?:ed|ing|es)|flar(?:ed|ing|es)|glow(?:ed|ing|s))\s+(?:with\s+)?(?:an?\s+)?(?:(?:brilliant|blinding|dazzling|bright|intense|searing|fierce)(?:ly)?\s+)?white(?:-hot)?\s+(?:flames?|fire|light|glare)(?:(?<=(?:bomb|shell|munition|rocket|grenade|projectile|missile|mortar|dropped|fell|falling|rained|sky|plane|aircraft|cluster)[^.;!?]*)|(?=[^.;!?]*(?:bomb|shell|munition|rocket|grenade|projectile|missile|mortar|dropped|fell|falling|rained|sky|plane|aircraft|cluster)))`],
    ru: [String.raw`(?:гор(?:ел|ела|ело|ели|ит|ят|ящ~)|пылал~|полыхал~|вспыхивал~|вспыхнул~|сгорал~|светил~)\s+(?:(?:ослепительно|ярко|очень|ослепительн~|ярк~)\s+)?бел~\s+(?:пламен~|огн[её]м|огнем|огонь|свет~)(?:(?<=(?:бомб|снаряд|боеприпас|(?<![а-яё])мин[аыуое]|ракет|зажигалк|кассет|с\s+неба|сбрасыв|сбросил|сыпал|падал|самол[её]т|обстрел|авиаудар)[^.;!?]*)|(?=[^.;!?]*(?:бомб|снаряд|боеприпас|(?<![а-яё])мин[аыуое]|ракет|зажигалк|кассет|с\s+неба|сбрасыв|сбросил|сыпал|падал|самол[её]т|обстрел|авиаудар)))`],
    ar: [String.raw`(?:تحترق|احترقت|يحترق|احترق|تشتعل|اشتعلت|يشتعل|اشتعل|تتوهج|توهجت|مشتعلة|تضيء|اضاءت)\s+(?:ب)?(?:لهب|لهيب|نار|ضوء|شعلة|ضو)\s+(?:ابيض|بيضاء)(?:(?<=(?:قنابل|قنبلة|قذائف|قذيفة|ذخائر|ذخيرة|صواريخ|صاروخ|طائرة|طائرات|الطيران|السما|سقطت|القت|قصف|عنقودي)[^.;!?؟]*)|(?=[^.;!?؟]*(?:قنابل|قنبلة|قذائف|قذيفة|ذخائر|ذخيرة|صواريخ|صاروخ|طائرة|طائرات|الطيران|السما|سقطت|القت|قصف|عنقودي)))`],
  },
  {
    // Session 26 (room agnew): fire that sticks and cannot be put out, the two told together in one sentence, either order and with
    // no water named ("прилипало, не потушить", "it stuck to everything and you couldn't put it out", "بتلزق وما بتنطفي"): the
    // incendiary gel adheres to surfaces and resists suppression (hrw-incendiary-2020; Wikipedia, Incendiary device), the term
    // list's 'fire that stuck' and 'water did not put it out' told without their nouns. Not the sticking alone (mud, tar, a label)
    // nor the fire that could not be put out alone (any large fire). Judgment of reading.
    feature: 'delivery_incendiary',
    requires: { en: String.raw`stuck|stick|clung|cling`, ru: 'лип|леп', ar: 'لصق|لزق|التصق|تلتصق|علق' },
    en: [
      String.raw`(?:stuck|sticking|sticks|clung|clinging|clings)(?![\p{L}])[^.;!?]{0,50}?(?:could\s*n[o']t|couldn't|would\s*n[o']t|wouldn't|can't|cannot|impossible\s+to|no\s+way\s+to|no\s+one\s+could|nobody\s+could)\s+(?:be\s+)?(?:put\s+(?:it\s+|them\s+)?out|put\s+out|extinguish\p{L}*|smother\p{L}*|beat\s+(?:it\s+|them\s+)?out)`,
      String.raw`(?:could\s*n[o']t|couldn't|would\s*n[o']t|wouldn't|can't|cannot|impossible\s+to|no\s+way\s+to)\s+(?:be\s+)?(?:put\s+(?:it\s+|them\s+)?out|put\s+out|extinguish\p{L}*)[^.;!?]{0,40}?(?:it|that|which|and)\s+(?:just\s+)?(?:stuck|clung|kept\s+sticking)(?![\p{L}])`,
    ],
    ru: [
      String.raw`(?<![а-яё])(?:прилип|прилеп|лип(?:ло|ла|ли|нет|нут))~[^.;!?]{0,40}?(?<![а-яё])не\s+(?:(?:можно|могли|смогли|удавалось|удалось|получалось|было)\s+)?(?:по|за)?(?:туш|гас|сбить|сбива)~`,
      String.raw`(?<![а-яё])не\s+(?:(?:можно|могли|смогли|удавалось|удалось|получалось|было)\s+)?(?:по|за)?(?:туш|гас|сбить|сбива)~[^.;!?]{0,40}?(?<![а-яё])(?:прилип|прилеп|лип(?:ло|ла|ли|нет|нут))~`,
    ],
    ar: [
      String.raw`(?:لصق|لزق|التصق|يلتصق|تلتصق|بتلزق|تلزق|بيلزق|يلزق|علقت|تعلق)~[^.;!?؟]{0,40}?(?:ما\s+(?:كان\s+)?(?:بت|بي|ت|ي)?(?:نطفي|طفي|طفى|نطفا|نطفى)|لا\s+(?:ت|ي)(?:نطفئ|طفئ)|ما\s+قدرنا\s+نطفي|ما\s+انطف)~`,
    ],
  },
  {
    // Session 26 (room agnew): burning stuff poured or falling from the sky, the burning thing a participle used as a noun or with a
    // noun of stuff ("сыпалось горящее с неба", "с неба падало горящее", "burning stuff rained down from the sky", "نزلت مواد مشتعلة
    // من السما"): the burning elements an incendiary munition scatters (hrw-incendiary-2020, hrw-wp-2009), the term list's falling
    // fire told with the participle. Russian сыпаться (to pour down in pieces) takes it without a sky; the other falling verbs
    // only with the sky or 'from above' (burning debris falls from every burning roof). Judgment of reading.
    feature: 'burning_particles',
    requires: { en: String.raw`burning|flaming|blazing`, ru: 'горящ', ar: 'مشتعل|مولع|والع|ملتهب' },
    en: [String.raw`(?:burning|flaming|blazing)\s+(?:stuff|things?|something|material|matter|goo|liquid|rain|drops)\s+(?:\p{L}+\s+){0,2}?(?:rain(?:ed|ing)|fell|falling|dropp(?:ed|ing)|came\s+down|coming\s+down|pour(?:ed|ing)|shower(?:ed|ing))\s+(?:down\s+)?(?:on\s+us\s+)?from\s+(?:the\s+)?(?:sky|above|planes?|aircraft)`],
    ru: [
      String.raw`(?<![а-яё])(?:сыпал|сыпл|посыпал|сыпет)~\s+(?:[а-яё]+\s+)?горящ~`,
      String.raw`горящ~\s+(?:[а-яё]+\s+){0,2}?(?:сыпал|сыпл|посыпал)~`,
      String.raw`(?:с\s+неба|сверху)\s+(?:[а-яё]+\s+)?(?:падал|летел|лил|капал|лете|пада)~\s+(?:[а-яё]+\s+)?горящ~`,
      String.raw`(?<![а-яё])(?:падал|летел|лил|капал)~\s+(?:[а-яё]+\s+)?горящ~(?=\s+(?:[а-яё]+\s+)?(?:с\s+неба|сверху))`,
    ],
    ar: [String.raw`(?:مواد|مادة|شي|اشي|اشياء|قطع)\s+(?:مشتعلة|مشتعله|مولعة|مولعه|والعة|والعه|ملتهبة)\s+(?:[\u0621-\u064a]+\s+)?(?:نازلة|نازله|تنزل|بتنزل|تتساقط|سقطت|نزلت|تسقط)\s+من\s+(?:ال)?(?:سما|سماء|فوق|طيارات|طائرات)`],
  },
  {
    // Session 26 (room agnew): the taste or smell of burnt or struck matches told as a simile with no smell word before it ("the air
    // tasted sour, like burnt matches", "отдавало, как жжёными спичками", "مثل الكبريت المحروق"): the struck match is sulphur
    // dioxide's everyday smell (the knowledge base's odour_rotten_eggs row for sulfur-dioxide; atsdr-so2: pungent, irritating odour).
    // The match qualified as burnt, struck or spent only: 'burned like matches', 'сгорели как спички' (houses that burned fast) are
    // not read. Judgment of reading.
    feature: 'odour_rotten_eggs',
    requires: { en: 'match', ru: 'спич', ar: 'كبريت' },
    en: [String.raw`(?:like|of)\s+(?:a\s+)?(?:burnt|burned|struck|spent|freshly\s+struck)\s+match(?:es)?(?![\p{L}])`],
    ru: [String.raw`(?:как|словно|будто|вроде)\s+(?:от\s+|у\s+)?(?:жж[её]н|горел|сгоревш|чиркнут|зажж[её]н)~\s+спич~`],
    ar: [String.raw`(?:مثل|زي|متل|كانه|كأنه)\s+(?:ال)?كبريت\s+(?:ال)?محروق`],
  },
  {
    // Session 26 (room agnew): the active voice of session 19's passive 'sprayed with an unknown substance': a person sprayed an
    // unknown, unidentified or mysterious substance, liquid or gas ("an unidentified man sprayed an unknown substance on a commuter
    // train", "someone sprayed a strange liquid into the classroom"), the police's words for a spray attack (smith-greaves-2002:
    // OC and CS sprays in assaults), as the term file reads Russian 'распылил вещество' and Arabic 'رش مادة مجهولة'. Not a plane,
    // drone, helicopter, crop-duster, tractor, farmer, worker or crew as the subject, nor fields, crops, weeds, a lawn, mosquitoes
    // or a pesticide in the sentence (an aerial or farm spraying: pesticide_application). Judgment of reading.
    feature: 'delivery_spray_face',
    requires: { en: 'spray' },
    en: [String.raw`(?<!(?:crop[- ]?dusters?|dusters?|planes?|aircraft|airplanes?|aeroplanes?|helicopters?|drones?|farmers?|workers?|crews?|firefighters?|tractors?|trucks?|council|municipality|exterminators?|technicians?)\s+(?:\p{L}+\s+){0,2})spray(?:ed|ing|s)\s+(?:an?\s+|some\s+)?(?:unknown|unidentified|mysterious|strange|noxious|suspicious|unnamed)\s+(?:substance|liquid|spray|chemical|gas|fluid|irritant|aerosol|powder)s?(?![\p{L}])(?<!(?:field|crop|weed|lawn|garden|orchard|vineyard|mosquito|pesticide|insecticide|herbicide)[^.;!?]*)(?![^.;!?]*(?:field|crop|weed|lawn|garden|orchard|vineyard|mosquito|pesticide|insecticide|herbicide))`],
  },
];

/** Names of agents in text: recorded for the reader (and for measuring agreement), never used as evidence. */
export const AGENT_NAMES: { agent: string; re: string }[] = [
  { agent: 'chlorine', re: String.raw`chlorine|хлор~|(?:ال)?كلور` },
  { agent: 'sarin', re: String.raw`sarin|зарин~|(?:ال)?سارين` },
  { agent: 'sulfur-mustard', re: String.raw`mustard(?: gas| agent)?|иприт~|(?:ال)?خردل` },
  { agent: 'vx', re: String.raw`VX` },
  { agent: 'novichok', re: String.raw`novichok|новичок~|نوفيتشوك` },
  { agent: 'phosgene', re: String.raw`phosgene|фосген~|(?:ال)?فوسجين` },
  { agent: 'cs', re: String.raw`tear ?gas|CS gas|слезоточив~|(?:ال)?غاز\s+(?:ال)?مسيل\s+للدموع` },
  { agent: 'white-phosphorus', re: String.raw`white phosphorus|бел~\s+фосфор~|(?:ال)?فوسفور\s+(?:ال)?أبيض` },
  { agent: 'ammonia', re: String.raw`ammonia|аммиак~|(?:ال)?أمونيا` },
];
