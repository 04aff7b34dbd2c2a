/**
 * The target phrase is no subject (session 24, room clgram). The reader takes a deed's subject as the first party of
 * its clause before the deed; a party inside a prepositional phrase of target ("A drone attack on Russian troops killed
 * five", "The strike on the positions of the Syrian army left ten dead", «Удар по позициям российских войск убил
 * пятерых», "الهجوم على مواقع الجيش السوري أسفر عن") was taken for it, and the victim was blamed. A subject is never
 * inside a prepositional phrase: the subject of "killed" there is "a drone attack" (Quirk et al. 1985 §10.4 on the
 * subject as a noun phrase; Wade 2011 §100 on the nominative subject; Ryding 2005 §5.2 on the prepositional phrase).
 *
 * A party is in a target phrase when its noun phrase opens with a preposition of target ("on", "against", "upon",
 * "targeting", "toward(s)"; «по», «против», «на» with a noun of place or force; "على", "ضد", "استهداف") with at most
 * a determiner, a noun of the target's place and two words of the party's own noun phrase before it ("the positions of", «позициям», "مواقع"). A preposition of
 * time or place before a party is not one ("on Tuesday Russian jets bombed": the party is not inside "on Tuesday").
 *
 * Pure: `before` is the text right before the party (lower-cased; Arabic folded).
 */

const PLACE_NOUN_EN = String.raw`(?:positions?|bases?|convoys?|headquarters|outposts?|checkpoints?|posts?|units?|barracks|camps?|depots?|lines|trenches|territory|troops|forces|soldiers|servicemen|fighters|embassy|consulate|ships?|vessels?|aircraft|jets?|planes?|helicopters?|drones?|patrols?|columns?|vehicles?)`;
const EN_TARGET_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|assaults?|bombings?|shelling|fire|firing|ambush|offensive|missiles?|rockets?|shells?|drones?)\s+(?:\p{L}+\s+){0,2}?(?:on|against|upon|targeting|toward|towards)\s+(?:(?:the|a|an|its|their)\s+)?(?:${PLACE_NOUN_EN}\s+of\s+(?:the\s+)?)?(?:[\p{L}\-'’]+\s+){0,2}$`, 'u');
// Russian: «удар/атака по (позициям)? X», «атака на (позиции)? X», «против X» after a deed noun
const RU_TARGET_BEFORE = /(?<![\p{L}])(?:удар\p{L}*|авиаудар\p{L}*|атак\p{L}*|химатак\p{L}*|обстрел\p{L}*|нападени\p{L}*|налет\p{L}*|бомбардировк\p{L}*|огонь|огня)\s+(?:[\p{L}\-]+\s+){0,2}?(?:по|против|на)\s+(?:(?:позици|объект|баз|колонн|склад|штаб|блокпост|подразделени|войск|част|лагер|расположени)\p{L}*\s+)?(?:[\p{L}\-]+\s+){0,2}$/u;
// Arabic: "هجوم / قصف / غارة ... على (مواقع)? X", "ضد X", "استهداف (مواقع)? X"
const AR_TARGET_BEFORE = /(?<![\p{L}])(?:[وفبل]?(?:ال)?(?:هجوم|هجمات|قصف|غاره|غارات|ضربه|ضربات|اعتداء|استهداف))\s+(?:[\p{L}]+\s+){0,2}?(?:علي|ضد)\s+(?:(?:ال)?(?:مواقع|موقع|مقر|مقرات|قاعده|قواعد|ثكنه|حاجز|نقاط|نقطه|تجمعات|تجمع|ارتال|رتل|عناصر|قوات)\s+)?(?:[\p{L}]+\s+){0,1}$|(?<![\p{L}])[وفبل]?(?:ال)?استهداف\s+(?:(?:ال)?(?:مواقع|موقع|مقر|مقرات|قاعده|قواعد|ثكنه|حاجز|نقاط|نقطه|تجمعات|تجمع|ارتال|رتل|عناصر|قوات)\s+)?$/u;

// (s24 fixcl, review R8) a party followed by a finite verb of doing a deed, not passive ("The sarin attack on Khan
// Sheikhoun Syrian jets carried out killed 80"), is the subject of a zero relative clause whose gap is the deed noun
// ("the attack [that] Syrian jets carried out"; Quirk et al. 1985 §17.15 on the zero relative pronoun), outside the
// target phrase
const EN_ZERO_RELATIVE_AFTER = /^(?:\s+[\p{L}\-'’]+){0,2}?\s+(?:had\s+)?(?:carried\s+out|launched|staged|fired|dropped|conducted|mounted|perpetrated|committed|ordered|unleashed|waged)(?![\p{L}])(?!\s+by(?![\p{L}]))/u;

/** whether the party right after `before` is inside a deed's target phrase (so it is not the deed's subject); `after`:
 *  the text right after the party (English: a zero relative clause's verb there takes it out) */
export function inTargetPhrase(before: string, lang: 'en' | 'ru' | 'ar', after = ''): boolean {
  const b = before.length > 80 ? before.slice(-80) : before;
  if (lang === 'en') return EN_TARGET_BEFORE.test(b) && !EN_ZERO_RELATIVE_AFTER.test(after.slice(0, 60));
  if (lang === 'ru') return RU_TARGET_BEFORE.test(b);
  return AR_TARGET_BEFORE.test(b);
}

// (the sufferer) a party that modifies a noun of loss ("heavy regime losses", "Russian casualties", «российские потери»,
// "خسائر النظام") is the one who suffered, never the subject of a deed in its clause (Quirk et al. 1985 §17.108 on the
// noun modifier as the genitive's equivalent: "regime losses" = "the regime's losses")
const EN_LOSS_AFTER = /^(?:['’]s)?\s+(?:(?:heavy|heavier|huge|big|major|significant|serious|mounting|military|combat|battlefield|human|civilian|total|first|latest|new)\s+)?(?:losses|casualties|fatalities|death\s+toll|deaths|dead|wounded)(?![\p{L}])/u;
const RU_LOSS_AFTER = /^\s+(?:(?:тяжел\p{L}*|серьезн\p{L}*|огромн\p{L}*|крупн\p{L}*|боев\p{L}*|безвозвратн\p{L}*|общ\p{L}*)\s+)?потер(?:и|ь|ях|ям)(?![\p{L}])/u;
const AR_LOSS_BEFORE = /(?<![\p{L}])[وفبل]?(?:ال)?(?:خساير|قتلي|ضحايا)\s+(?:[\p{L}]+\s+)?$/u;

/** whether the party between `before` and `after` modifies a noun of loss (so it suffered, and is not a deed's subject) */
export function sufferedLoss(before: string, after: string, lang: 'en' | 'ru' | 'ar'): boolean {
  if (lang === 'en') return EN_LOSS_AFTER.test(after.slice(0, 60));
  if (lang === 'ru') return RU_LOSS_AFTER.test(after.slice(0, 60));
  return AR_LOSS_BEFORE.test(before.length > 40 ? before.slice(-40) : before);
}
