/**
 * (s29 clprep) Threats and declared futures of a strike, for the `prepared` slot of claim-slots.ts, by the label conventions
 * of eval/claims/README.md ("a threat of attack by a named party": unconditional, `prepared` true, the threatener blamed,
 * `voice` reports). The lexicon's plan markers ("threatened to", «пригрозил», «يهدد») read a threat only when its object is
 * an attack noun of the lexicon ("threatened to bomb the ammonia tanks"); a threat whose deed is a verb or verbal noun of
 * striking with its target after it ("threatens to strike Kyiv", «пообещала нанести удар по Хайфе», «يهدد بضرب كييف»,
 * «توعد ... بضرب القواعد»), a warning of strikes ahead («предупредил о предстоящих ударах», «تحذيرات الجيش باستهدافه») and
 * a party's declared future of a strike («заявил, что ... начнет атаки на силы США», «سيستهدفون السفن», «سنضرب») were
 * left unread. The grammar, in each language:
 *
 * - a verb or noun of threatening, vowing or promising (and the Arabic verbs of getting ready and intending, whose "لـ"
 *   takes the verbal noun) with the infinitive or verbal noun of a strike deed: strike, bomb, attack, target, destroy, hit,
 *   shell (EN "to" + verb; RU infinitive, «нанести удар(ы)»; AR «بـ / لـ» + the verbal noun ضرب، قصف، استهداف، تدمير،
 *   مهاجمة، «شن / تنفيذ» + an attack noun, «تصعيد عسكري»);
 * - a warning of strikes qualified as ahead («предстоящих», «скорых», "upcoming" are read by the lexicon already);
 * - the future of a strike verb (Russian perfective future of «начать» with an attack noun, «нанести удар», «ударить»,
 *   «атаковать»; Arabic سـ / سوف + the imperfect of ضرب، قصف، استهدف، هاجم، دمر, or of شن، نفذ، واصل + an attack noun) said
 *   by a party (a verb of saying or announcing before it in its sentence, or the first person), not by analysts.
 *
 * Refused: a negation before the verb; a condition or a deterrent ("any", "whoever", «любой», «كل من») in the threat's own
 * clause (claim-prepared-vow.ts `clauseAround`); sanctions, tariffs or an invasion in the clause (`NOT_FORCE`); a strike
 * on fighters (an offensive, no incident: the target a party of the opposition or of armed forces); a labour strike; a
 * threat noun after "after / بعد / после" in a sentence that tells the strike done (the threat past, its strike told).
 *
 * Judged, not sourced: the word lists are the common news forms of each language (Ryding 2005 ch. 34 on سـ / سوف; Wade
 * 2011 §§ 335-340 on the Russian perfective future), written first as probes (eval/claims/probes/clprep-s29-prepared.txt),
 * not drawn from any item. Pure: offsets in the reader's lower-cased (Arabic: folded) text.
 */

import { sentenceOf } from './claim-prepared-scope.js';
import { arrestedPlotter, clauseAround, type VowObject } from './claim-prepared-vow.js';
import { figurativeObject } from './claim-prepared-figurative.js';

export const NEG_BEFORE = /(?<![\p{L}])(?:not|never|no|не|ни|لم|لا|لن|ليس)\s+(?:\p{L}+\s+)?$|n[’'´]t\s+(?:\p{L}+\s+)?$/u;
// a condition or a deterrent in the clause: the conditional conjunctions, the inverted "should", "in the event of", and
// a universal target ("any / every attack will be met", "whoever approaches", «любой», «كل من», «اي ...»)
export const CONDITION = /(?<![\p{L}])(?:if|unless|should\s+(?:it|they|he|she|the\s+\p{L}+|any\p{L}*|\p{L}+)\s|in\s+the\s+event|in\s+case\s+of|any|every|anyone|whoever|если|в\s+случае(?!\s+со?\s)|при\s+условии|любо\p{L}*|кажд\p{L}*|всяк\p{L}*|[وف]?اذا|[وف]?في\s+حال|لو|ان\s+لم|ما\s+لم|[وف]?ان\s+(?:تم|استمر\p{L}*|واصل\p{L}*|عاد\p{L}*)|كل\s+من|اي)(?![\p{L}])/u;
export const NOT_FORCE = /(?<![\p{L}])(?:sanction\p{L}*|tariffs?|duties|embargo\p{L}*|invasion|invad\p{L}*|санкци\p{L}*|пошлин\p{L}*|эмбарго|вторжени\p{L}*|[وفبل]?(?:ال)?(?:عقوبات|رسوم|حظر|غزو|اجتياح))(?![\p{L}])/u;
// a labour strike: its actors or its cause in the clause
export const LABOUR_STRIKE = /(?<![\p{L}])(?:unions?|workers|employees|staff|doctors|nurses|teachers|drivers|miners|pay|wages?|salar\p{L}*|pensions?|walkout|industrial\s+action|профсоюз\p{L}*|забастов\p{L}*|[وفبل]?(?:ال)?(?:اضراب\p{L}*|نقاب\p{L}*|عمال|رواتب|اجور))(?![\p{L}])/u;
// analysts' forecasts are no party's declared future
export const FORECASTER = /(?<![\p{L}])(?:analysts?|experts?|observers|commentators|forecasters?|pundits?|аналитик\p{L}*|эксперт\p{L}*|наблюдател\p{L}*|политолог\p{L}*|[وف]?(?:ال)?(?:محلل\p{L}*|خبراء|خبير|مراقب\p{L}*))(?![\p{L}])/u;
// a speech or announcing verb (or its noun) before a declared future
export const SAID_BEFORE = /(?<![\p{L}])(?:заяв\p{L}*|сообщ\p{L}*|объяв\p{L}*|пообещал\p{L}*|обеща\p{L}*|предупред\p{L}*|пригрозил\p{L}*|угрожа\p{L}*|поклял\p{L}*|сказал\p{L}*|подчеркнул\p{L}*|[وف]?(?:قال\p{L}*|اعلن\p{L}*|يعلن|تعلن|صرح\p{L}*|اكد\p{L}*|يوكد|توكد|حذر\p{L}*|يحذر|تحذر|توعد\p{L}*|يتوعد|تتوعد|هدد\p{L}*|يهدد|تهدد|اضاف\p{L}*|افاد\p{L}*|ذكر\p{L}*|وعد\p{L}*|تعهد\p{L}*|بيان|تصريح\p{L}*))(?![\p{L}])/u;

// EN: a verb or noun of threatening, vowing or promising, "to", a strike verb (s31 clprep: or launching or firing missiles,
// rockets or drones at a target, "threatened to launch missiles at Guam"; s31 review: not 'new' ones, a product's launch, nor
// at a show, a fair or a conference, "promised to launch new drones at the airshow"), then its object (not a preposition of a
// labour strike, not "back": a strike back is a vow of claim-prepared-vow.ts)
const EN_THREAT = /(?<![\p{L}])(?:threat(?:s|en|ens|ened|ening)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|swore|swears?)\s+to\s+(?:(?:once\s+again|again|soon|also|now)\s+)?(?:strike|bomb|attack|target|destroy|hit|shell|raze|flatten|obliterate|wipe\s+out|blow\s+up|(?:launch|fire)\s+(?:(?:more|further|ballistic|cruise|long-range|hypersonic|nuclear)\s+){0,2}(?:missiles|rockets|drones|strikes)\s+(?:at|on|against|into|toward|towards)(?!\s+(?:the\s+|an?\s+|this\s+|next\s+)?(?:[\p{L}\-]+\s+)?(?:air\s*shows?|shows?|expos?|exhibitions?|fairs?|festivals?|conferences?|summits?|events?|launch\s+events?|markets?)(?![\p{L}])))(?=\s+(?!over|for|if|unless|back|again|until|in\s+protest|against\s+(?:the\s+)?(?:government|decision|law|plan|reform))[\p{L}'’«"])/gu;
// RU: a verb of threatening, promising or swearing (and «намерен(ы)», «собираются», «планируют» with a strike infinitive),
// then the infinitive of a strike
const RU_STRIKE_INF = String.raw`(?:нанести\s+(?:\p{L}+\s+){0,2}?(?:удар|удары|ударов)|ударить|атаковать|уничтожить|разбомбить|обстрелять|стереть\s+с\s+лица\s+земли|сравнять\s+с\s+землей)`;
const RU_THREAT = new RegExp(String.raw`(?<![\p{L}])(?:пригрозил\p{L}*|угрожа\p{L}*|грозит\p{L}*|грозят|пообещал\p{L}*|обеща(?:ет|ют)|поклял\p{L}*|клян(?:ется|утся)|намерен[аы]?|намерева(?:ется|ются)|собира(?:ется|ются)|планиру(?:ет|ют))\s+(?:\p{L}+\s+){0,2}?${RU_STRIKE_INF}(?![\p{L}])`, 'gu');
// RU: a verb of promising or swearing with the infinitive of carrying out or continuing, whose object (read by the caller's
// objects: an attack, a staging or an agent, at most two words after it) is the deed («пообещали устроить химическую атаку»,
// «поклялись совершить новые теракты», «пообещал продолжить обстрелы»)
const RU_PROMISE_DEED = /(?<![\p{L}])(?:пообещал\p{L}*|обеща(?:ет|ют)|поклял\p{L}*|клян(?:ется|утся))\s+(?:\p{L}+\s+)?(?:устроить|совершить|провести|осуществить|организовать|продолжить|возобновить|применить|использовать)(?![\p{L}])/gu;
// (only adjectives between the infinitive and its object: «новые теракты», not «расследование химической атаки»)
const RU_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ых|их|ого|его|ым|им|ыми|ими)$/u;
const RU_VERBAL_NOUN = /(?:ние|тие|нье)$/u;
// RU: strikes qualified as ahead, after a warning («предупредил о предстоящих ударах»)
const RU_WARNED_AHEAD = /(?<![\p{L}])(?:предупре\p{L}*|предостер\p{L}*)\s+(?:\p{L}+\s+){0,3}?о\s+(?:предстоящ|скор|готовящ|грядущ|неминуем|неизбежн|новых\s+предстоящ)\p{L}*\s+(?:\p{L}+\s+)?(?:удар\p{L}*|атак\p{L}*|обстрел\p{L}*|бомбардировк\p{L}*)(?![\p{L}])/gu;
// RU: the declared perfective future of a strike
const RU_FUTURE = /(?<![\p{L}])(?:(?:начн(?:ет|ёт|ут|ем|ём)|возобновит|возобновят|возобновим)\s+(?:\p{L}+\s+){0,1}?(?:атак\p{L}*|удар\p{L}*|обстрел\p{L}*|бомбардировк\p{L}*)|(?:нанес(?:ет|ёт|ут|ем|ём))\s+(?:\p{L}+\s+){0,2}?(?:удар|удары)|(?:ударит|ударят|ударим|атакует|атакуют|атакуем)\s+по|(?:продолж(?:ит|ат|им)|будет|будут|будем)\s+(?:\p{L}+\s+)?(?:атаковать|наносить\s+(?:\p{L}+\s+)?удары|обстреливать|бомбить))(?![\p{L}])/gu;
// AR: a verb or noun of threatening, vowing, getting ready or intending, up to four words (its subject), then «بـ / لـ» and a
// strike's verbal noun
const AR_STRIKE_NOUN = String.raw`(?:(?:مواصله\s+)?(?:ضرب|قصف|استهداف|تدمير|مهاجمه|نسف|محو)(?:ه|ها|هم|هما)?|(?:مواصله\s+)?اطلاق\s+(?:ال)?(?:صواريخ|قذايف|مسيرات)|مواصله\s+(?:ال)?(?:هجمات|ضربات|غارات)|(?:شن|تنفيذ|توجيه)\s+(?:\p{L}+\s+)?(?:هجوم\p{L}*|هجمات|ضربات|ضربه|غارات|غاره)|تصعيد\s+عسكري)`;
const AR_THREAT = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:هدد|هددت|هددوا|يهدد|تهدد|يهددون|توعد|توعدت|توعدوا|يتوعد|تتوعد|يتوعدون|تعهد|تعهدت|يتعهد|تتعهد|(?:ال)?تهديد(?:ات|ه|ها|هم)?|(?:ال)?تحذير(?:ات)?|يستعد|تستعد|يستعدون|يعتزم|تعتزم|يعتزمون|ينوي|تنوي|ينوون|يخطط|تخطط|يخططون)\s+(?:[\p{L}"«»“”]+\s+){0,4}?[بل]${AR_STRIKE_NOUN}(?![\p{L}])`, 'gu');
// AR: the future of a strike verb
const AR_FUTURE = /(?<![\p{L}])[وف]?(?:سوف\s+[يتن]|س[يتن])(?:(?:ضرب|قصف|ستهدف|هاجم|دمر)\p{L}{0,3}|(?:شن|نفذ|واصل|وجه)\p{L}{0,3}\s+(?:\p{L}+\s+)?(?:ال)?(?:هجوم\p{L}*|هجمات|ضربات|ضربه|غارات|غاره|استهداف|ضرب|قصف)|(?:واصل)\p{L}{0,3}\s+اطلاق\s+(?:ال)?(?:صواريخ|قذايف|مسيرات))(?![\p{L}])/gu;

// (s30 clprep) EN: the declared future of a strike (README, the declared-future row): "will / would / shall / 'll / is going
// to" + a strike verb, or + launching / firing strikes, rockets or missiles at a target; "back" is a vow's
// (claim-prepared-vow.ts), "over / for" a labour strike's. Read only when said by a party (`saidByParty`) and with a target
// of force (`EN_FORCE_TARGET`, or the means named by the verb phrase; not a side named alone)
const EN_FUTURE = /(?<![\p{L}])(?:will|would|shall|['’]ll|(?:is|are|am|['’]s|['’]re)\s+(?:going|about)\s+to)\s+(?:(?:soon|also|again|now|definitely|certainly|surely|immediately|then|once\s+again)\s+)?(?:strike|bomb|attack|target|destroy|hit|shell|raze|flatten|obliterate|wipe\s+out|blow\s+up|(?:launch|fire|carry\s+out|conduct|unleash)\s+(?:(?:new|more|further|fresh|massive|heavy|retaliatory|precision|air|missile|drone|rocket|ballistic|cruise)\s+){0,2}(?:strikes|attacks|airstrikes|air\s+strikes|raids|rockets|missiles|drones)\s+(?:at|on|against|into))(?=\s+(?!over|for|if|unless|back|again|until|in\s+protest)[\p{L}'’«"])/gu;
// the object of a declared English future must be a target of force: a military or civic target noun in the object phrase
// (judged list of the common news nouns, as claim-intent.ts EN_STRUCTURE); (review s30) the head of the object itself, no
// preposition before it: "will target new markets in the city", "will target voters in towns" place a civil object there
export const EN_FORCE_TARGET = /^\s+(?:(?!(?:in|of|for|with|to|across|near|around|from|at|on|into|within|throughout|inside|outside|by)\s)[\p{L}'’\-]+\s+){0,5}?(?:bases?|airbases?|air\s+bases?|sites?|targets?|positions?|facilit(?:y|ies)|installations?|ships?|vessels?|tankers?|warships?|carriers?|fleet|airports?|airfields?|ports?|harbou?rs?|infrastructure|headquarters|centres?|centers?|cities|city|capital|towns?|villages?|camps?|depots?|convoys?|plants?|refiner(?:y|ies)|oil\s*fields?|grid|bridges?|embass(?:y|ies)|buildings?|launchers?|strongholds?|hideouts?|tunnels?|radars?|barracks|compounds?|outposts?|checkpoints?|assets|interests|territory|soil|homeland|suburbs?|neighbou?rhoods?|districts?)(?![\p{L}])/u;
// a verb of saying before the future, or after it in its sentence (", Nasrallah said"), by anyone but a forecaster
export const EN_SAID = /(?<![\p{L}])(?:said|says|say|announced|announces|declared|declares|warned|warns|vowed|vows|told|tells|stated|states|threatened|threatens|pledged|pledges|promised|promises|insisted|insists|stressed|stresses|added|confirmed|confirms|claimed|claims|swore|swears)(?![\p{L}])/u;
// AR: «ستقوم / سوف تقوم بـ» + a strike's verbal noun (the light verb of doing with the deed after «بـ»)
const AR_FUTURE_DO = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:سوف\s+[يتن]|س[يتن])قوم\p{L}{0,3}\s+(?:[\p{L}"«»“”]+\s+){0,3}?ب${AR_STRIKE_NOUN}(?![\p{L}])`, 'gu');
// AR: the verbs of intending take the verbal noun as their direct object too («تعتزم اسرائيل ضرب المنشات»), without «لـ»
const AR_INTEND = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:يعتزم|تعتزم|يعتزمون|ينوي|تنوي|ينوون)\s+(?:[\p{L}"«»“”]+\s+){0,3}?${AR_STRIKE_NOUN}(?![\p{L}])`, 'gu');

// an armed force as a subject (the army, the military, troops, warplanes; not the police)
const EN_ARMED_SUBJECT = /(?<![\p{L}])(?:army|military|armed\s+forces|forces|troops|navy|air\s+force|jets|warplanes|fighters|militia\p{L}*|idf|irgc|guards|brigades?|battalions?|units?)(?![\p{L}])/u;
/** (s30 clprep) whether the subject of an English declared future at `at` is a party, a state or an armed force (a party
 * object or an armed noun in the words since the last comma, colon or "that" before it), or a pronoun (it, they, we, I,
 * he, she) with a party named before it in its sentence */
function partySubject(s: string, a: number, at: number, objects: VowObject[]): boolean {
  const before = s.slice(a, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(' that '), before.lastIndexOf('"'), before.lastIndexOf('“'));
  const from = a + (cut >= 0 ? cut + 1 : 0);
  const party = (o: VowObject, x: number) => (o.kind === 'party' || o.kind === 'state') && o.at >= x && o.end <= at && o.value !== 'force';
  if (objects.some((o) => party(o, from)) || EN_ARMED_SUBJECT.test(s.slice(from, at))) return true;
  return /(?<![\p{L}])(?:it|they|we|i|he|she)\s+$/u.test(s.slice(from, at)) && (/(?<![\p{L}])(?:we|i)\s+$/u.test(s.slice(from, at)) || objects.some((o) => party(o, a)));
}

/** (s30 clprep) whether an English declared future at [at, end) is said by a party: a verb of saying in its sentence (before
 * it, or after it as a trailing attribution), a headline's colon before it, or the first person; never a forecaster's */
function saidByParty(s: string, a: number, b: number, at: number): boolean {
  const sent = s.slice(a, b);
  if (FORECASTER.test(sent)) return false;
  if (/(?<![\p{L}])(?:we|i)\s+$/u.test(s.slice(Math.max(a, at - 4), at)) || /(?<![\p{L}])(?:we|i)['’]ll$/u.test(s.slice(Math.max(a, at - 6), at + 3))) return true;
  return EN_SAID.test(sent) || /:/.test(s.slice(a, at));
}

// a cheap gate: a stem every form holds
const GATE = /will|would|shall|['’]ll|going to|about to|продолж|будет|будут|будем|threat|vow|pledg|promis|swor|swear|гроз|угрож|обещ|клял|клян|намере|собира|планиру|предупре|предостер|начн|возобнов|нанес|удар|атаку|هدد|تهديد|توعد|تعهد|تحذير|يستعد|تستعد|يعتزم|تعتزم|ينو|تنوي|يخطط|تخطط|سوف|سي|ست|سن/u;

const PAST_AUX_BEFORE = /(?<![\p{L}])(?:had|was|were|[وف]?(?:كان|كانت|كانوا))\s+(?:\p{L}+\s+)?$/u;
const DESTROY_DEED = /destroy|wipe|уничтож|стереть|сравнять|تدمير|محو|دمر/u;
const DISARM = /(?<![\p{L}])(?:weapons?|stockpiles?|arsenals?|stocks?|munitions|opcw|оружи\p{L}*|арсенал\p{L}*|запас\p{L}*|склад\p{L}*|боеприпас\p{L}*|озхо|[وفبل]?(?:ال)?(?:اسلحه|سلاح|مخزون\p{L}*|ترسان\p{L}*|ذخاير))(?![\p{L}])/u;
// a verb or noun of threatening anywhere (for a condition restated in another sentence)
const THREAT_ANY = /(?<![\p{L}])(?:threat\p{L}*|пригрозил\p{L}*|угрожа\p{L}*|грозит\p{L}*|грозят|[وف]?(?:هدد\p{L}*|يهدد\p{L}*|تهدد\p{L}*|توعد\p{L}*|يتوعد\p{L}*|تتوعد\p{L}*|(?:ال)?تهديد\p{L}*))(?![\p{L}])/gu;
// a verb of planning, intending or getting ready (not a threat: the planner is read by the lexicon's plan markers)
const PLAN_VERB = /^[وف]?(?:намерен|намерева|собира|планиру|يستعد|تستعد|يعتزم|تعتزم|ينو|تنوي|يخطط|تخطط)/u;
// a strike told as done (past verbs of striking), for a threat noun after "after"
const DONE_STRIKE = /(?<![\p{L}])(?:struck|bombed|shelled|attacked|hit|targeted|raided|нанес(?:ли|ла|л)\p{L}*|ударил\p{L}*|атаковал\p{L}*|обстрелял\p{L}*|разбомбил\p{L}*|[وف]?(?:قصف|قصفت|ضرب|ضربت|استهدف|استهدفت|شن|شنت|اغار|اغارت|هاجم|هاجمت))(?![\p{L}])/u;
const AFTER_BEFORE = /(?<![\p{L}])(?:after|following|после|[وف]?(?:بعد|عقب)(?:\s+\p{L}+){0,3})\s+(?:\p{L}+\s+){0,2}$/u;

/**
 * Threats, warnings and declared futures of a strike, unconditional, not negated: each announcement's span (the threat up
 * to its deed, without the deed's target, so that the actor read by `announcementActor` is the threatener).
 */
export function threatenedStrikes(s: string, objects: VowObject[], lang: 'en' | 'ru' | 'ar'): { at: number; end: number; word: string; plan: boolean }[] {
  const out: { at: number; end: number; word: string; plan: boolean }[] = [];
  if (!GATE.test(s)) return out;
  // (a threat restated with its condition in another sentence of the item is that condition's, as claim-slots.ts reads
  // the lexicon's threats: a lead drops the condition the body restores)
  const conditionedAt: number[] = [];
  THREAT_ANY.lastIndex = 0;
  for (let m = THREAT_ANY.exec(s); m; m = THREAT_ANY.exec(s)) {
    const rest = s.slice(m.index + m[0].length, sentenceOf(s, m.index)[1]);
    if (CONDITION.test(clauseAround(rest, 0, rest.length, 0, 0))) conditionedAt.push(m.index);
  }
  const res = lang === 'en' ? [EN_THREAT, EN_FUTURE] : lang === 'ru' ? [RU_THREAT, RU_WARNED_AHEAD, RU_FUTURE, RU_PROMISE_DEED] : [AR_THREAT, AR_FUTURE, AR_FUTURE_DO, AR_INTEND];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = m.index;
      const end = at + m[0].length;
      const [a, b] = sentenceOf(s, at);
      if (NEG_BEFORE.test(s.slice(Math.max(a, at - 14), at)) || /(?<![\p{L}])(?:not|no|не|لا|لن|لم)\s/u.test(m[0])) continue;
      const clause = clauseAround(s, a, b, at, end);
      if (conditionedAt.some((x) => x < a || x >= b)) continue;
      if (CONDITION.test(clause) || NOT_FORCE.test(clause) || LABOUR_STRIKE.test(clause)) continue;
      // (s30 clprep) a strike at an abstraction: "vowed to strike at corruption", «удар по бедности» (claim-prepared-figurative.ts)
      if (figurativeObject(s, end, lang)) continue;
      // (s30 clprep) the English declared future: said by a party, no question, a target of force after it
      if (re === EN_FUTURE) {
        if (s[b] === '?' || /(?<![\p{L}])whether(?![\p{L}])/u.test(clause) || !saidByParty(s, a, b, at)) continue;
        // (its subject a party, a state or an armed force, or a pronoun for one named before it: not "the storm will hit the
        // city", "police will target drug gangs", "the recession will hit towns")
        if (!partySubject(s, a, at, objects)) continue;
        // (a side named alone, "will strike Syria", "will attack Iran", is a campaign forecast, review-s26 C2, read by
        // claim-slots.ts only with a chemical or staging word or a date: a named target noun or the means is needed here)
        if (!/(?:at|on|against|into)$/u.test(m[0]) && !EN_FORCE_TARGET.test(s.slice(end, Math.min(b, end + 70)))) continue;
      }
      // (a promise of carrying out: its object an attack, a staging or an agent right after the infinitive)
      if (re === RU_PROMISE_DEED && !objects.some((o) => (o.kind === 'incident' || o.kind === 'staged' || o.kind === 'agent') && o.at >= end && (s.slice(end, o.at).match(/\p{L}+/gu) ?? []).every((w, i, ws) => ws.length <= 2 && RU_ADJECTIVE.test(w) && !RU_VERBAL_NOUN.test(w)) && !/[,.;]/.test(s.slice(end, o.at)))) continue;
      // (a plotter arrested, or a plan in the past progressive, «كان يخطط»: the plot will not happen, as claim-prepared-vow.ts)
      if (arrestedPlotter(s, at) || PAST_AUX_BEFORE.test(s.slice(Math.max(a, at - 20), at))) continue;
      // (destroying weapons, stockpiles or stores is disarmament, not a strike)
      if (DESTROY_DEED.test(m[0]) && DISARM.test(clause)) continue;
      // (a strike on fighters is an offensive: the first party after the deed, within a few words)
      const target = objects.find((o) => (o.kind === 'party' || o.kind === 'state') && o.at >= end && o.at - end <= 30);
      if (target && (target.value === 'opposition' || target.value === 'force')) continue;
      // (a declared future: said by a party, not forecast by analysts; the first person says it itself)
      if (re === RU_FUTURE || re === AR_FUTURE || re === AR_FUTURE_DO) {
        const firstPerson = re !== RU_FUTURE ? /^[وف]?(?:سن|سوف\s+ن)/u.test(m[0]) : /(?:ем|ём|им)$/u.test(m[0].split(/\s+/)[0]);
        // (a headline's colon names the speaker: "وزير الاعلام: الهند ستشن هجوما")
        if (!firstPerson && !SAID_BEFORE.test(s.slice(a, at)) && !/:/.test(s.slice(a, at))) continue;
        if (FORECASTER.test(s.slice(a, b))) continue;
      }
      // (a threat noun after "after" in a sentence that tells the strike done: the threat is past, its strike told)
      if (AFTER_BEFORE.test(s.slice(Math.max(a, at - 40), at)) && DONE_STRIKE.test(s.slice(a, b).replace(m[0], ' '))) continue;
      out.push({ at, end, word: m[0].trim(), plan: PLAN_VERB.test(m[0]) });
    }
  }
  return out;
}
