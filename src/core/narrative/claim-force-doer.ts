/**
 * Forces as doers (session 27, room cldoer): a state's or a people's armed force named as the doer of a deed by the shape
 * of the clause, in English, Russian and Arabic, and mapped to a party by its modifiers rather than by a lexicon entry of
 * the whole phrase. The claim reader's lexicon pairs a party with its cue words ("X shelled", "by X"); when the deed verb
 * is none of its cues ("Israeli soldiers shot dead a wounded man", «армия боснийских сербов ... уничтожила», "разгон
 * демонстрации китайскими военными") it read no one. This module reads the roles:
 *
 * - the subject of a deed verb: a force phrase (a head noun of armed men, forces or their craft, with a nationality or a
 *   named state before or after it: "Israeli soldiers", "US border guards", "troops of the Bosnian Serb army") right before
 *   its finite verb or a headline's participle ("Video shows Israeli soldier shooting ..."), across an auxiliary, an adverb,
 *   a relative clause or a parenthetical between commas or dashes ("the Serb forces, led by Mladic, killed");
 *   «израильские военные расстреляли», «армия боснийских сербов, под командованием ..., уничтожила»;
 *   «قتل الجنود الإسرائيليون» (verb first, with an active form: a plural or feminine ending, or an object after it);
 * - the agent of a deed noun or a passive participle in the Russian instrumental («разгон демонстрации китайскими
 *   военными», «обстрелянный израильскими военными»), after "by" in English ("killed by Israeli soldiers") and after the
 *   Arabic agent cues «على يد», «من قبل», «بيد» ("على يد جنود الاحتلال الإسرائيلي");
 * - a plural people named as the subject of a deed ("the Serbs killed", "the Germans attacked", «الصرب المتطرفون قتلوا»).
 *
 * The party is the caller's (claim-slots.ts): the lexicon party or state inside the phrase ("Israeli" `other`, "US"
 * `west`, «китайскими» `other`); when there is none, the phrase is `other` only when it names a nationality by its form
 * (a capitalised English adjective or plural of a people, a Russian -ск- adjective), else nothing (`needsParty`). The
 * caller's refusals stand: a denied or negated deed, a speaker's span, a clause without an incident. Only the doer's role
 * is read: a force named as the victim (the object, "killed Israeli soldiers", the unvocalised passive «قتل جنود
 * إسرائيليون في هجوم») is never a doer here.
 *
 * Pure: positions in the reader's lower-cased (and, for Arabic, folded) text `s`, with `text` its case-kept original of the
 * same length.
 */
import { sentenceOf } from './claim-deed-agent.js';
import { EN_DEED_VERB_FORMS } from './claim-deed-lexicon.js';
import type { NamedDoer } from './claim-doer.js';

export interface ForceDoer extends NamedDoer {
  /** read by this module: a state named by its adjective inside the phrase is the force's party */
  force?: true;
  /** no nationality by form: the caller reads the phrase only when a party or a state of its lexicon lies inside it */
  needsParty?: true;
}

// ---- English ----
// the head words of forces, for a quick test before the patterns (speed)
const EN_FORCE_WORD = /soldier|troop|force|arm(?:y|ies)|militar|servicem|marine|commando|paratroop|police|officer|guard|gendarme|pilot|warplane|jet|aircraft|helicopter|drone|navy|artiller|gunship|tank|sniper|settler|militi|unit|squad|detachment|team/u;
const RU_FORCE_WORD = /военн|артилл|танк|флот|морпех|омон|штурмов|солдат|войск|арми|силовик|полиц|спецназ|погранич|пилот|летчик|лётчик|самол|авиаци|вертол|беспилот|дрон|снайпер|карател|ввс|вмс|цахал|боевик|ополчен|поселен|жандарм|гвардей/u;
const AR_FORCE_WORD = /جنود|جندي|قوات|جيش|عناصر|شرطه|طاير|طيران|مقاتلات|مروحيات|مسيرات|دوريات|حرس|قناص|مستوطن/u;
// head nouns of armed forces, their men and their craft
const EN_FORCE_HEAD = String.raw`(?:(?:special\s+(?:operations\s+)?forces|commando|army|navy|police|military|marine)\s+(?:units?|groups?|detachments?|squads?|teams?)|soldiers?|troops|forces|army|armies|military|militar(?:y|ies)|servicem[ae]n|marines|commandos|paratroopers|special\s+forces|security\s+forces|police(?:m[ae]n|\s+officers)?|officers|border\s+guards?|border\s+police|guards(?:m[ae]n)?|national\s+guard(?:sm[ae]n)?|gendarmes|riot\s+police|pilots?|warplanes?|jets|fighter\s+jets|aircraft|helicopters?|drones?|navy|air\s+force|artillery|gunships?|tanks|snipers?|settlers|militi(?:a|as|am[ae]n))`;
// a modifier of nationality by its form: a capitalised adjective of a people or state ("Israeli", "Chinese", "Bosnian
// Serb", "Turkish", "French"), or the abbreviation of a state or of a state's army ("US", "UK", "IDF"): a closed list, as
// any capitals would take an organisation or a unit ("UN", "ISIS", "NATO", "OPCW", "SWAT") for a people; checked on the
// case-kept text
const EN_NATIONALITY = /^(?:[\p{Lu}][\p{Ll}]+(?:an|ian|ean|ese|ish|i|ch|ab|rb)|US|USA|UK|IDF|USSR|UAE|DPRK|ROK|PRC|KSA|SAA|IRGC)$/u;
/** whether one word of the case-kept text names a nationality by its form (a people's adjective, a state's abbreviation) */
export function isNationalityWord(w: string): boolean {
  return EN_NATIONALITY.test(w.replace(/[’']s$/u, '')) && !EN_NOT_NATIONALITY.test(w);
}
// finite deed verbs of a force (past and present) and the headline's participle
// (an attempt is the deed told as begun: "attempted to attack the positions", «пытались штурмовать»)
// (s28 clinc) and the finite forms of the deed verbs derived from WordNet (claim-deed-lexicon.ts: "strafed", "lynched",
// "detonated", "gunned down"), the -ing forms joining the headline's participles below
const EN_DERIVED_FINITE = EN_DEED_VERB_FORMS.filter((w) => !/ing(?: |$)/.test(w)).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
const EN_DERIVED_ING = EN_DEED_VERB_FORMS.filter((w) => /ing(?: |$)/.test(w)).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
const EN_FORCE_DEED = String.raw`(?:(?:attempted|tried|sought|began|started|continued)\s+to\s+(?:attack|kill|shoot|bomb|shell|storm|raid|destroy|assassinate|execute|gas|massacre|strike|use\s+(?:chemical|toxic|tear|gas|white\s+phosphorus))|shot(?:\s+dead)?|shoots?(?:\s+dead)?|gunned\s+down|guns?\s+down|killed|kills|murdered|murders|assassinated|assassinates|executed|executes|massacred|massacres|slaughtered|tortured|beat(?:\s+up)?|beats|opened\s+fire|opens?\s+fire|fired\s+(?:on|at|upon|into|tear|rubber|live|shells?|rockets?|missiles?|mortars?|white|chemical|gas)|fires\s+(?:on|at|upon|into|tear|rubber|live)|shelled|shells|bombed|bombs|attacked|attacks|raided|raids|stormed|storms|struck|strikes|hit|targeted|targets|gassed|gasses|used\s+(?:chemical|toxic|poison|nerve|tear|sarin|chlorine|mustard|white\s+phosphorus|phosphorus|gas|napalm|cluster)|uses\s+(?:chemical|toxic|poison|nerve|tear|sarin|chlorine|white\s+phosphorus|gas)|dropped\s+(?:chemical|toxic|chlorine|sarin|barrel|bombs|a\s+bomb|gas|white|phosphorus|napalm)|crushed|crush(?:es)?|razed|burned|torched|destroyed|destroys|launched\s+(?:an?\s+)?(?:strikes?|attacks?|air\s*strikes?|missiles?|rockets?|raids?|assault)|carried\s+out|committed|perpetrated|${EN_DERIVED_FINITE})`;
const EN_FORCE_ING = String.raw`(?:shooting|gunning\s+down|killing|murdering|assassinating|executing|massacring|beating|torturing|opening\s+fire|firing\s+(?:on|at|upon|into|tear|rubber|live)|shelling|bombing|attacking|raiding|storming|gassing|using\s+(?:chemical|toxic|tear|white\s+phosphorus|gas)|dropping\s+(?:chemical|bombs|barrel|white)|crushing|torching|${EN_DERIVED_ING})`;
// a force head at the end of a stretch, with its "of" phrase ("the army of the Bosnian Serbs"); its modifiers before it
// are taken word by word (forceModifiers)
const EN_FORCE_HEAD_END = new RegExp(String.raw`(?<![\p{L}\-])(${EN_FORCE_HEAD})(?:\s+of\s+(?:the\s+)?((?:[\p{L}\-’']+\s+){0,2}?[\p{L}\-’']+))?\s*$`, 'u');
// lower-case modifiers of a force ("armed", "masked", "pro-government", "Saudi-led", "riot")
const EN_FORCE_ADJ = /^(?:armed|masked|foreign|government|regime|occupation|occupying|enemy|coalition|allied|rebel|special|elite|riot|border|security|secret|federal|national|state|army|navy|military|police|heavily|uniformed|plainclothes|pro-[\p{L}\-]+|[\p{L}\-]+-(?:led|backed|allied|controlled))$/u;
const EN_FORCE_DET = /^(?:the|a|an|two|three|four|five|several|some|\d+)$/u;
/** the force phrase ending at `end` (its head and "of" phrase matched by EN_FORCE_HEAD_END at `headAt`): the head with up to
 * three modifiers before it, each a capitalised word of the case-kept text (not a sentence's function word) or a force
 * adjective, and an article or a count before them */
function forceModifiers(text: string, s: string, sa: number, headAt: number): number {
  let at = headAt;
  const ts = words(text, Math.max(sa, headAt - 60), headAt);
  for (let i = ts.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const t = ts[i];
    if (!/^\s{1,2}$/u.test(text.slice(t.at + t.w.length, at))) break;
    const lw = s.slice(t.at, t.at + t.w.length);
    if (EN_FORCE_ADJ.test(lw) || (/^[\p{Lu}]/u.test(t.w) && !EN_NOT_MODIFIER.test(lw))) at = t.at;
    else break;
  }
  const d = /(?:^|\s)((?:the|a|an|two|three|four|five|several|some|\d+))\s+$/u.exec(s.slice(Math.max(sa, at - 12), at));
  if (d && EN_FORCE_DET.test(d[1])) at -= d[0].length - (d[0].startsWith(' ') ? 1 : 0);
  return at;
}
// capitalised words that modify no force: function words, verbs and nouns of a headline, reporters
const EN_NOT_MODIFIER = /^(?:the|a|an|this|that|these|those|in|on|at|of|for|by|and|but|or|as|after|before|when|while|video|videos|footage|photo|photos|shows?|showing|watch|breaking|update|report|reports|says|said|claims?|chilling|shocking|new|how|why|what|who|where|moment|when|police|un|opcw)$/u;
// an auxiliary, an adverb or a modal between the subject and its verb
const EN_GAP = /(?:\s+(?:has|have|had|then|also|allegedly|reportedly|apparently|deliberately|later|again|repeatedly|brutally|indiscriminately|reportedly|just|recently))*\s*$/u;
// a relative clause or a parenthetical after the subject ("the troops, who had entered the town, shot"; "the forces —
// led by Mladic — killed"): dropped before the verb is sought
const EN_PARENTHETICAL_END = /\s*(?:,[^,.;!?]{2,90},|\s[—–-]\s[^—–.;!?]{2,90}\s[—–-])\s*$/u;
// a phrase that is the object or a place: a preposition or a verb of harm right before it
const EN_NOT_SUBJECT_BEFORE = /(?<![\p{L}])(?:in|at|on|near|from|of|to|into|against|with|for|over|by|about|toward|towards|between|among|killed|kill|kills|killing|shot|attacked|attack|attacks|wounded|injured|targeted|targeting|ambushed|captured)\s+$/u;
// past forms that are also passive participles, and what shows them passive: no object after them, or a count of the force
const EN_PAST_AMBIGUOUS = /^(?:shot|shot\s+dead|gunned\s+down|killed|murdered|assassinated|executed|massacred|slaughtered|tortured|beat|beat\s+up|shelled|bombed|attacked|raided|stormed|struck|hit|targeted|gassed|crushed|razed|burned|torched|destroyed)$/u;
const EN_NO_OBJECT_AFTER = /^(?:\s*[.,;:!?)\n/|—–-]|\s*$|\s+(?:in|on|at|near|by|as|after|during|when|while|since|amid|over|from|outside|inside|across|along|with|and|or|for|last|this|yesterday|today)(?![\p{L}]))/u;
const EN_COUNT_BEFORE = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\s+(?:of\s+)?/u;
// a doer left open: one of two ("Syrian or Russian warplanes", "whether regime or Russian jets carried out"), a question
// ("if Israeli troops shot"), in the three languages
const OPEN_DOER_BEFORE = /(?<![\p{L}])(?:or|nor|whether|if|either|или|либо|ли|او|ام|ما\s+اذا)\s+(?:[\p{L}\-]+\s+){0,4}$/u;
// (the head's own token in the case-kept text, for the nationality test)
const WORD = /[\p{L}\-’']+/gu;

function words(text: string, a: number, b: number): { w: string; at: number }[] {
  const out: { w: string; at: number }[] = [];
  WORD.lastIndex = a;
  for (let m = WORD.exec(text); m && m.index < b; m = WORD.exec(text)) out.push({ w: m[0], at: m.index });
  return out;
}
/** whether a stretch of the case-kept text holds a nationality word by its form (not a sentence's first word alone) */
// capitalised words of those endings that name no nationality (function words, months, common nouns)
const EN_NOT_NATIONALITY = /^(?:The|This|That|These|Those|Such|Which|Each|March|Than|Then|Can|Human|Woman|Urban|Veteran|Partisan|Publish|Began|Plan|Christian|Muslim|Civilian|Guardian|Ukrainian-backed)$/u;
function nationalityIn(text: string, a: number, b: number): boolean {
  return words(text, a, b).some((t) => isNationalityWord(t.w));
}

function english(text: string, s: string): ForceDoer[] {
  const out: ForceDoer[] = [];
  // (speed: the patterns of a force run only where a force's head word is in the text)
  const forceWord = EN_FORCE_WORD.test(s);
  const deed = new RegExp(String.raw`(?<![\p{L}])(${EN_FORCE_DEED}|${EN_FORCE_ING})(?![\p{L}])`, 'gu');
  for (let m = forceWord ? deed.exec(s) : null; m; m = deed.exec(s)) {
    const [sa] = sentenceOf(s, m.index);
    let end = m.index;
    // (a participle in -ing is a headline's predicate only right after its subject: "soldier shooting a man")
    const ing = /ing(?:\s|$)|ing\s+\p{L}+$/u.test(m[1]) && !/^(?:shot|gunned|killed)/u.test(m[1]);
    const gap = ing ? null : EN_GAP.exec(s.slice(Math.max(sa, end - 80), end));
    if (gap) end -= gap[0].length;
    const par = ing ? null : EN_PARENTHETICAL_END.exec(s.slice(Math.max(sa, end - 120), end));
    if (par) end -= par[0].length;
    const stretch = s.slice(Math.max(sa, end - 90), end);
    const hm = EN_FORCE_HEAD_END.exec(stretch);
    if (!hm) continue;
    const headAt = end - stretch.length + hm.index;
    // (an "of" phrase names the force's people by capitalised words: "the army of the Bosnian Serbs")
    if (hm[2] && !/^[\p{Lu}]/u.test(text.slice(end - stretch.length + hm.index + hm[0].indexOf(hm[2], hm[1].length), end))) continue;
    const at = forceModifiers(text, s, sa, headAt);
    const npEnd = end - (stretch.length - hm.index - hm[0].trimEnd().length);
    if (EN_NOT_SUBJECT_BEFORE.test(s.slice(Math.max(sa, at - 14), at))) continue;
    if (OPEN_DOER_BEFORE.test(s.slice(Math.max(sa, at - 50), at))) continue;
    // (a passive is no deed of its subject: "soldiers were killed", "troops have been attacked")
    if (/(?<![\p{L}])(?:was|were|been|being|is|are|be)\s+$/u.test(s.slice(Math.max(sa, m.index - 12), m.index))) continue;
    // (a headline's reduced passive: a past form with no object after it, or a count before the force, "27 Saudi
    // soldiers killed on the border", "Two soldiers shot in Hebron", is the force's harm, not its deed)
    if (!ing && EN_PAST_AMBIGUOUS.test(m[1]) && (EN_NO_OBJECT_AFTER.test(s.slice(m.index + m[1].length, m.index + m[1].length + 12)) || EN_COUNT_BEFORE.test(s.slice(Math.max(sa, at - 12), npEnd)))) continue;
    const nat = nationalityIn(text, at, npEnd);
    out.push({ at, end: npEnd, word: s.slice(at, npEnd), deed: m[1], deedAt: m.index, byHead: true, named: true, ...(nat ? {} : { needsParty: true as const }) });
  }
  // the agent after "by": "killed by Israeli soldiers", "the crackdown by Chinese troops"
  const by = new RegExp(String.raw`(?<![\p{L}])(${EN_FORCE_DEED}|shot|killed|crackdown|attack|assault|raid|massacre|killing|shooting|shelling|bombing|strike|airstrike|air\s+strike)\s+(?:(?:on|of|against)\s+(?:the\s+|a\s+)?(?:[\p{L}\-]+\s+){0,3}?)?by\s+((?:(?:the|a|an)\s+)?(?:[\p{L}\-’']+\s+){0,3}?${EN_FORCE_HEAD})(?![\p{L}])`, 'gu');
  for (let m = forceWord ? by.exec(s) : null; m; m = by.exec(s)) {
    const at = m.index + m[0].length - m[2].length;
    const npEnd = m.index + m[0].length;
    const nat = nationalityIn(text, at, npEnd);
    out.push({ at, end: npEnd, word: m[2], deed: m[1], deedAt: m.index, byHead: true, named: true, ...(nat ? {} : { needsParty: true as const }) });
  }
  // the force an attack or fire came from: "came under attack from Turkish troops", "fire from Israeli tanks"
  const from = new RegExp(String.raw`(?<![\p{L}])((?:attacks?|fire|gunfire|shellfire|shelling|bombardment|strikes?|air\s*strikes?|rockets?|missiles?|shells?|mortars?)\s+from)\s+((?:(?:the|a|an)\s+)?(?:[\p{L}\-’']+\s+){0,3}?${EN_FORCE_HEAD})(?![\p{L}])`, 'gu');
  for (let m = forceWord ? from.exec(s) : null; m; m = from.exec(s)) {
    const at = m.index + m[0].length - m[2].length;
    const npEnd = m.index + m[0].length;
    const nat = nationalityIn(text, at, npEnd);
    out.push({ at, end: npEnd, word: m[2], deed: m[1], deedAt: m.index, byHead: true, named: true, ...(nat ? {} : { needsParty: true as const }) });
  }
  // a phrase in apposition with a relative clause of the deed: "the Ukrainian state, a state that kills Russian people" (the
  // phrase before the comma, its last three words; the caller needs a party of its lexicon inside them)
  const appos = new RegExp(String.raw`(?<![\p{L}\-’'])((?:[\p{L}\-’']+\s+){0,2}[\p{L}\-’']+)\s*,\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:that|which|who)\s+(${EN_FORCE_DEED})(?![\p{L}])`, 'gu');
  for (let m = new RegExp(String.raw`(?:that|which|who)\s+${EN_FORCE_DEED}`, 'u').test(s) ? appos.exec(s) : null; m; m = appos.exec(s)) {
    out.push({ at: m.index, end: m.index + m[1].length, word: m[1], deed: m[2], deedAt: m.index + m[0].length - m[2].length, byHead: true, named: true, needsParty: true });
  }
  // a people named in the plural as a deed's subject: "the Serbs killed", "the Germans attacked"
  const people = new RegExp(String.raw`(?<![\p{L}])(the\s+([\p{L}]+(?:ans|ians|ese|is|bs|ks)))(?:\s+(?:had|have|then|also|allegedly|reportedly|deliberately|again))*\s+(${EN_FORCE_DEED})(?![\p{L}])`, 'gu');
  for (let m = /the\s+\p{L}+(?:ans|ese|is|bs|ks)\s/u.test(s) ? people.exec(s) : null; m; m = people.exec(s)) {
    const wAt = m.index + m[0].indexOf(m[2], 3);
    if (!/^[\p{Lu}]/u.test(text[wAt])) continue;
    const deedAt = m.index + m[0].length - m[3].length;
    out.push({ at: m.index, end: m.index + m[1].length, word: m[1], deed: m[3], deedAt, byHead: true, named: true });
  }
  // the subject pronoun of a deed resuming a force or a people named as a subject before it, in its sentence or the one
  // before ("The Germans were the first to use gas. At Ypres they attacked with chlorine"): the nearest such phrase
  EN_THEY_DEED.lastIndex = 0;
  for (let m = /(?<![\p{L}])they\s/u.test(s) ? EN_THEY_DEED.exec(s) : null; m; m = EN_THEY_DEED.exec(s)) {
    const a = antecedent(text, s, m.index, englishAntecedents);
    if (a) out.push({ ...a, deed: m[1], deedAt: m.index + m[0].length - m[1].length, byHead: true, named: true });
  }
  return out;
}
const EN_THEY_DEED = new RegExp(String.raw`(?<![\p{L}])they(?:\s+(?:then|also|had|have|reportedly|allegedly|deliberately|later|first|again))*\s+(${EN_FORCE_DEED})(?![\p{L}])(?!\s+(?:by|in\s+the\s+back)(?![\p{L}]))`, 'gu');
// plural forces and peoples that a "they" resumes: a force head in the plural with its modifiers, "the Germans"
const EN_FORCE_PLURAL_G = /(?<![\p{L}\-])(?:soldiers|troops|forces|servicem[e]n|marines|commandos|paratroopers|police(?:men)?|officers|guards(?:men)?|gendarmes|pilots|militiamen|militias|settlers|snipers)(?![\p{L}])/gu;
const EN_PEOPLE_G = /(?<![\p{L}])the\s+[\p{L}]+(?:ans|ians|ese|is|bs|ks)(?![\p{L}])/gu;
/** forces and peoples in subject position in [a, b): their spans, each with whether it names a nationality by form */
function englishAntecedents(text: string, s: string, a: number, b: number): { at: number; end: number; word: string; nat: boolean }[] {
  const out: { at: number; end: number; word: string; nat: boolean }[] = [];
  const seg = s.slice(a, b);
  for (const m of seg.matchAll(EN_FORCE_PLURAL_G)) {
    const headAt = a + (m.index ?? 0);
    const [sa] = sentenceOf(s, headAt);
    const at = forceModifiers(text, s, sa, headAt);
    const end = headAt + m[0].length;
    if (EN_NOT_SUBJECT_BEFORE.test(s.slice(Math.max(sa, at - 14), at))) continue;
    out.push({ at, end, word: s.slice(at, end), nat: nationalityIn(text, at, end) });
  }
  for (const m of seg.matchAll(EN_PEOPLE_G)) {
    const at = a + (m.index ?? 0);
    const end = at + m[0].length;
    if (!/^[\p{Lu}]/u.test(text.slice(at + 4, end).trim())) continue;
    // (an adjective of a force, "the Burmese troops", is the force's: read above)
    if (new RegExp(String.raw`^\s+${EN_FORCE_HEAD}(?![\p{L}])`, 'u').test(s.slice(end, end + 30))) continue;
    if (EN_NOT_SUBJECT_BEFORE.test(s.slice(Math.max(0, at - 14), at))) continue;
    out.push({ at, end, word: m[0], nat: true });
  }
  return out;
}
type Antecedents = (text: string, s: string, a: number, b: number) => { at: number; end: number; word: string; nat: boolean }[];
/** the nearest force or people before a pronoun (or a verb of plural agreement) at `at`, in its sentence or the one before */
function antecedent(text: string, s: string, at: number, find: Antecedents): Omit<ForceDoer, 'deed' | 'deedAt' | 'byHead' | 'named'> | null {
  const [sa] = sentenceOf(s, at);
  const [pa] = sa > 0 ? sentenceOf(s, sa - 1) : [sa];
  const cands = find(text, s, pa, at).sort((x, y) => x.at - y.at);
  const c = cands[cands.length - 1];
  if (!c) return null;
  return { at: c.at, end: c.end, word: c.word, ...(c.nat ? {} : { needsParty: true as const }) };
}

// ---- Russian ----
const RU_FORCE_HEAD_NOM = String.raw`(?:военные|военный|солдаты|солдат|войска|армия|силовики|полиция|полицейские|спецназ|спецназовцы|пограничники|пилоты|летчики|лётчики|самолеты|самолёты|авиация|вертолеты|вертолёты|беспилотники|дроны|снайперы|каратели|ввс|вмс|цахал|боевики|ополченцы|поселенцы|жандармы|гвардейцы)`;
const RU_FORCE_HEAD_INS = String.raw`(?:военными|военным|солдатами|солдатом|войсками|армией|силовиками|полицией|полицейскими|полицейским|спецназом|спецназовцами|пограничниками|пилотами|летчиками|лётчиками|самолетами|самолётами|авиацией|вертолетами|вертолётами|беспилотниками|дронами|снайперами|снайпером|карателями|боевиками|ополченцами|поселенцами|жандармами|гвардейцами)`;
const RU_FORCE_HEAD_GEN = String.raw`(?:военных|солдат|войск|силовиков|полиции|полицейских|армии|авиации|артиллерии|спецназа|спецназовцев|пограничников|снайперов|снайпера|боевиков|карателей|ополченцев|поселенцев|беспилотников|дронов|вертолетов|вертолётов|самолетов|самолётов)`;
const RU_FORCE_DEED = String.raw`(?:(?:пытал[аи]?с[ья]|попытал[аи]?с[ья])\s+(?:обстрелять|атаковать|убить|уничтожить|взорвать|штурмовать|расстрелять|захватить)|убил[аио]?|убили|убивают|убивает|застрелил[аио]?|застрелили|расстрелял[аио]?|расстреляли|расстреливают|обстрелял[аио]?|обстреляли|обстреливают|обстреливает|уничтожил[аио]?|уничтожили|казнил[аио]?|казнили|разогнал[аио]?|разогнали|подавил[аио]?|подавили|избил[аио]?|избили|атаковал[аио]?|атаковали|атакуют|атакует|штурмовал[аио]?|штурмовали|бомбил[аио]?|бомбили|бомбят|применил[аио]?|применили|применяют|применяет|сбросил[аио]?|сбросили|открыл[аио]?\s+огонь|открыли\s+огонь|нанесл[аи]\s+удар\p{L}*|нанес\s+удар\p{L}*|наносят\s+удар\p{L}*|наносит\s+удар\p{L}*|взорвал[аио]?|взорвали|сожгл[аи]|сжег|пытал[аи]?|истребил[аио]?|истребили|вырезал[аио]?|вырезали)`;
// the deed nouns whose agent stands in the instrumental after them (and the passive participles)
const RU_DEED_NOUN = String.raw`(?:разгон\p{L}*|обстрел\p{L}*|расстрел\p{L}*|убийств\p{L}*|уничтожени\p{L}*|подавлени\p{L}*|штурм\p{L}*|бомбардировк\p{L}*|бомбежк\p{L}*|бомбёжк\p{L}*|нападени\p{L}*|атак[аиуео]\p{L}*|применени\p{L}*|отравлени\p{L}*|истреблени\p{L}*|казн[ьи]\p{L}*|избиени\p{L}*|удар[аыуо]?\p{L}*|убит\p{L}*|расстрелян\p{L}*|обстрелян\p{L}*|застрелен\p{L}*|уничтожен\p{L}*|разогнан\p{L}*|подавлен\p{L}*|атакован\p{L}*|казнен\p{L}*|казнён\p{L}*|сбит\p{L}*|разрушен\p{L}*)`;
// a modifier of nationality by form: an adjective with -ск- / -цк- ("китайскими", "боснийских", "израильские")
const RU_NATIONALITY = /(?<![\p{L}])[\p{L}]+(?:ск|цк)(?:ие|их|ими|ая|ой|ую|ий|ого|ому|им|ом|ые|ых|ыми|ое)(?![\p{L}])/u;
const RU_NOT_NATIONALITY = /(?<![\p{L}])(?:неизвестн|так|какими|тяжелыми|мирн|городск|сельск|детск|женск|мужск|людск|человеческ|военн|полицейск|морск|воздушн|террористическ|бандитск|фашистск|нацистск|экстремистск|исламистск)\p{L}*/u;

function russian(text: string, s: string): ForceDoer[] {
  const out: ForceDoer[] = [];
  const forceWord = RU_FORCE_WORD.test(s);
  // the subject: a force head in the nominative with its modifiers (an adjective before, a genitive after), its deed verb
  // after it in the clause, across a parenthetical between commas or dashes
  const subj = new RegExp(String.raw`(?<![\p{L}])((?:[\p{L}\-]+(?:ие|ые|ая|ий|ый|ой)\s+){0,2}${RU_FORCE_HEAD_NOM}(?:\s+(?:[\p{L}\-]+(?:их|ых|ой|ей|ого|его)\s+){0,2}[\p{L}\-]+(?:ов|ев|ей|ии|ы|а|и))?)(?:\s*(?:,[^,.;!?]{2,90},|\s[—–-]\s[^—–.;!?]{2,90}\s[—–-]|,?\s+под\s+(?:командованием|руководством)\s+(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+(?:а|я|ым|им|ой|ей)\s*,?))?(?:\s+(?:[\p{L}\-]+(?:ла|ли|л)\s+(?:[\p{L}\-]+\s+){0,3}?и))?(?:\s+(?:якобы|затем|также|снова|вновь|намеренно|тогда|уже|массово|жестоко))*\s+(${RU_FORCE_DEED})(?![\p{L}])`, 'gu');
  for (let m = forceWord ? subj.exec(s) : null; m; m = subj.exec(s)) {
    const at = m.index;
    const npEnd = at + m[1].length;
    const [sa] = sentenceOf(s, at);
    // (not an object or a place: no preposition right before, and no oblique adjective ending on the first word)
    if (/(?<![\p{L}])(?:в|во|на|из|у|к|по|с|со|от|для|о|об|при|над|против|между|среди)\s+$/u.test(s.slice(Math.max(sa, at - 8), at))) continue;
    if (OPEN_DOER_BEFORE.test(s.slice(Math.max(sa, at - 50), at))) continue;
    const np = s.slice(at, npEnd);
    const nat = RU_NATIONALITY.test(np) && !RU_NOT_NATIONALITY.test((RU_NATIONALITY.exec(np) ?? [''])[0]);
    const deedAt = m.index + m[0].length - m[2].length;
    out.push({ at, end: npEnd, word: np, deed: m[2], deedAt, byHead: true, named: true, ...(nat ? {} : { needsParty: true as const }) });
  }
  // the agent in the instrumental after a deed noun or a passive participle and its object ("разгона демонстрации
  // китайскими военными", "обстрелянный израильскими военными"): an instrumental adjective before the head, or a genitive
  // after it ("войсками Израиля")
  const ins = new RegExp(String.raw`(?<![\p{L}])(${RU_DEED_NOUN})((?:\s+[\p{L}\-]+(?:ов|ев|ей|ий|ых|их|ии|ия|ы|а|и|у|е|о)){0,3}?)\s+((?:[\p{L}\-]+(?:ими|ыми|ой|ей|им|ым)\s+){1,2}${RU_FORCE_HEAD_INS}|${RU_FORCE_HEAD_INS}\s+[\p{L}\-]+(?:а|я|и|ы|ов|ев))(?![\p{L}])`, 'gu');
  for (let m = forceWord ? ins.exec(s) : null; m; m = ins.exec(s)) {
    const at = m.index + m[0].length - m[3].length;
    const np = m[3];
    const natM = RU_NATIONALITY.exec(np);
    const nat = !!natM && !RU_NOT_NATIONALITY.test(natM[0]);
    out.push({ at, end: at + np.length, word: np, deed: m[1], deedAt: m.index, byHead: true, named: true, ...(nat ? {} : { needsParty: true as const }) });
  }
  // the force whose fire, bullets or strike did the harm, in the genitive after «от» or «в результате» ("погибли от огня
  // израильских военных", "в результате обстрела сербской артиллерии")
  const means = new RegExp(String.raw`(?<![\p{L}])((?:от|под)\s+(?:огн[яем]|пул[иья]|пуль|обстрел\p{L}*|удар\p{L}*|выстрел\p{L}*|снаряд\p{L}*|ракет|бомб)|в\s+результате\s+(?:обстрел\p{L}*|удар\p{L}*|налет\p{L}*|налёт\p{L}*|бомбардировк\p{L}*))\s+((?:[\p{L}\-]+(?:их|ых|ой|ей)\s+){1,2}${RU_FORCE_HEAD_GEN}|${RU_FORCE_HEAD_GEN}\s+[\p{L}\-]+(?:а|я|и|ы))(?![\p{L}])`, 'gu');
  for (let m = forceWord ? means.exec(s) : null; m; m = means.exec(s)) {
    const at = m.index + m[0].length - m[2].length;
    const natM = RU_NATIONALITY.exec(m[2]);
    const nat = !!natM && !RU_NOT_NATIONALITY.test(natM[0]);
    out.push({ at, end: at + m[2].length, word: m[2], deed: m[1], deedAt: m.index, byHead: true, named: true, ...(nat ? {} : { needsParty: true as const }) });
  }
  // a phrase in apposition with a relative clause of the deed («украинское государство — государство, которое убивает»)
  const appos = new RegExp(String.raw`(?<![\p{L}\-])((?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+)\s*(?:,|\s[—–-])\s+(?:[\p{L}\-]+,?\s+){1,2}?котор\p{L}+\s+(${RU_FORCE_DEED})(?![\p{L}])`, 'gu');
  for (let m = new RegExp(String.raw`котор\p{L}+\s+${RU_FORCE_DEED}`, 'u').test(s) ? appos.exec(s) : null; m; m = appos.exec(s)) {
    // (the relative pronoun in the nominative: it is the deed's subject, «которое убивает», not «которое убили»)
    // (and in agreement with its verb: «которое убили санкции» has a plural verb, its subject the sanctions)
    const rel = /котор(ый|ая|ое|ые)\s/u.exec(m[0]);
    if (!rel || (rel[1] === 'ые') !== /(?:ли|ют|ят|ут)(?:\s+огонь|\s+удар\p{L}*)?$/u.test(m[2])) continue;
    out.push({ at: m.index, end: m.index + m[1].length, word: m[1], deed: m[2], deedAt: m.index + m[0].length - m[2].length, byHead: true, named: true, needsParty: true });
  }
  // «они» before a plural deed verb, resuming a force named as a subject before it
  const they = new RegExp(String.raw`(?<![\p{L}])они(?:\s+(?:затем|также|тогда|снова|вновь|намеренно|уже))*\s+(${RU_FORCE_DEED})(?![\p{L}])`, 'gu');
  for (let m = forceWord && /(?<![\p{L}])они\s/u.test(s) ? they.exec(s) : null; m; m = they.exec(s)) {
    const a = antecedent(text, s, m.index, russianAntecedents);
    if (a) out.push({ ...a, deed: m[1], deedAt: m.index + m[0].length - m[1].length, byHead: true, named: true });
  }
  return out;
}
// plural forces in the nominative that «они» resumes, with their adjectives ("израильские военные")
const RU_FORCE_PLURAL_G = new RegExp(String.raw`(?<![\p{L}])((?:[\p{L}\-]+(?:ие|ые)\s+){0,2})(военные|солдаты|войска|силовики|полицейские|спецназовцы|пограничники|пилоты|летчики|лётчики|каратели|боевики|ополченцы|поселенцы|жандармы|гвардейцы)(?![\p{L}])`, 'gu');
function russianAntecedents(_text: string, s: string, a: number, b: number): { at: number; end: number; word: string; nat: boolean }[] {
  const out: { at: number; end: number; word: string; nat: boolean }[] = [];
  for (const m of s.slice(a, b).matchAll(RU_FORCE_PLURAL_G)) {
    const at = a + (m.index ?? 0);
    const end = at + m[0].length;
    if (/(?<![\p{L}])(?:в|во|на|из|у|к|по|с|со|от|для|о|об|при|над|против|между|среди)\s+$/u.test(s.slice(Math.max(0, at - 8), at))) continue;
    const natM = RU_NATIONALITY.exec(m[0]);
    out.push({ at, end, word: m[0], nat: !!natM && !RU_NOT_NATIONALITY.test(natM[0]) });
  }
  return out;
}

// ---- Arabic (folded text) ----
// force heads: soldiers, forces, army, police, aircraft, and their elements
const AR_FORCE_HEAD = String.raw`(?:[وفبل]?(?:ال)?(?:جنود|جندي|قوات|جيش|عناصر|شرطه|طايرات|طايره|طيران|مقاتلات|مروحيات|مسيرات|دوريات|حرس|قناصه|قناص|مستوطنون|مستوطنين|جنود\s+الاحتلال|قوات\s+الاحتلال))`;
// the doer's phrase: the head and up to three words of its state ("جنود حرس الحدود الامريكي", "الجيش الاسراييلي")
// (the state's nisba closes the phrase: "القوات الاسراييليه", "جنود حرس الحدود الامريكي", "جنود اسراييليون"; a phrase with no
// nisba is the lexicon's to read, "قوات النظام")
const AR_FORCE_NP = String.raw`${AR_FORCE_HEAD}(?:(?:\s+(?:ال)?[\p{L}]+){0,2}?\s+ال[\p{L}]+(?:ي|يه|يون|يين)|(?:\s+[\p{L}]+(?:ي|يه|يون|يين)){1,2})(?![\p{L}])`;
// verbs of a force's deed with an active form: plural or feminine agreement, or the verb of firing with its object
const AR_FORCE_DEED_ACTIVE = String.raw`(?:[وف]?(?:قتلت|قتلوا|اغتالت|اغتالوا|قصفت|قصفوا|اعدمت|اعدموا|هاجمت|هاجموا|اقتحمت|اقتحموا|استهدفت|استهدفوا|دمرت|دمروا|اطلقت|اطلقوا|فتحت|فتحوا|القت|القوا|استخدمت|استخدموا|شنت|شنوا|ارتكبت|ارتكبوا|فرقت|فرقوا|قمعت|قمعوا|[يت](?:قتل|غتال|قصف|عدم|هاجم|قتحم|ستهدف|دمر|طلق|لقي|ستخدم|شن|رتكب|قمع|فرق)(?:ون)?))`;
// the singular masculine forms, read only with an object after the doer
const AR_FORCE_DEED_AMBIGUOUS = String.raw`(?:[وف]?(?:قتل|اغتال|قصف|اعدم|هاجم|اقتحم|استهدف|دمر|اطلق|فتح|القي|استخدم|شن|ارتكب|قمع))`;
// heads of the aftermath (arresting, trying, condemning, investigating, accusing) whose agent the cue would name
const AR_AFTERMATH_BEFORE = /(?<![\p{L}])[وف]?(?:ب|ل)?(?:ال)?(?:اعتقال|اعتقل\p{L}*|توقيف|اوقف\p{L}*|القبض|قبض|احتجاز|احتجز\p{L}*|ادين\p{L}*|ادانه|ادانت|تحقيق|حقق|محاكمه|حوكم\p{L}*|ملاحقه|اتهام|اتهم\p{L}*|انتقاد|انتقد\p{L}*|استنكار|استنكر\p{L}*|شجب\p{L}*)(?![\p{L}])[^.!?\n]*$/u;
// the agent cues of a passive or a deed noun ("على يد", "من قبل", "بيد"), and the resumptive deed ("نفذها", "ارتكبها")
const AR_AGENT_CUE = String.raw`(?:علي\s+يد|علي\s+ايدي|من\s+قبل|بيد|بايدي|نفذه|نفذها|نفذته|نفذتها|ارتكبه|ارتكبها|ارتكبته|ارتكبتها)`;

function arabic(s: string): ForceDoer[] {
  const out: ForceDoer[] = [];
  const forceWord = AR_FORCE_WORD.test(s);
  const vs = new RegExp(String.raw`(?<![\p{L}])(${AR_FORCE_DEED_ACTIVE})\s+(${AR_FORCE_NP})(?=\s|[،,.]|$)`, 'gu');
  // (and the force whose bullets, fire, shells or strike did the harm: "قتل ثلاثه شبان برصاص جنود الاحتلال الاسراييلي")
  const cue = new RegExp(String.raw`(?<![\p{L}])(${AR_AGENT_CUE}|برصاص|بنيران|بقذايف|بقذيفه|بصواريخ|بصاروخ|بغاره|بغارات|بقصف)\s+(${AR_FORCE_NP})(?=\s|[،,.]|$)`, 'gu');
  const sv = new RegExp(String.raw`(?<![\p{L}])(${AR_FORCE_NP})\s+(${AR_FORCE_DEED_ACTIVE})(?![\p{L}])`, 'gu');
  for (const re of [vs, cue]) {
    re.lastIndex = 0;
    for (let m = forceWord ? re.exec(s) : null; m; m = re.exec(s)) {
      const at = m.index + m[0].length - m[2].length;
      // (an agent cue after an aftermath head names who arrests, tries or condemns: "تم اعتقال منفذي التفجير من قبل الشرطة")
      if (re === cue && AR_AFTERMATH_BEFORE.test(s.slice(sentenceOf(s, m.index)[0], m.index))) continue;
      out.push({ at, end: at + m[2].length, word: m[2], deed: m[1], deedAt: m.index, byHead: true, named: true, needsParty: true });
    }
  }
  // (a verb of the singular masculine form reads as a passive as well, "قتل جنود اسراييليون" = "Israeli soldiers were
  // killed": only with the deed's object after the doer, a count of victims or the weapon fired)
  const vsObj = new RegExp(String.raw`(?<![\p{L}])(${AR_FORCE_DEED_AMBIGUOUS})\s+((?:${AR_FORCE_HEAD}|ال[\p{L}]+)(?:\s+[\p{L}]+){0,2}?)(?=\s+(?:[\p{L}]+\s+){0,3}?(?:اكثر\s+من|نحو|حوالي|عشرات|مييات|مءات|الاف|[\d٠-٩]+|(?:ال)?نار|(?:ال)?غاز|(?:ال)?رصاص|(?:ال)?قنابل|(?:ال)?صواريخ|(?:ال)?قذايف)(?![\p{L}]))`, 'gu');
  for (let m = vsObj.exec(s); m; m = vsObj.exec(s)) {
    const at = m.index + m[0].length - m[2].length;
    out.push({ at, end: at + m[2].length, word: m[2], deed: m[1], deedAt: m.index, byHead: true, named: true, needsParty: true });
  }
  for (let m = forceWord ? sv.exec(s) : null; m; m = sv.exec(s)) {
    // (a subject opens its clause: no preposition or verbal noun right before the head)
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    if (OPEN_DOER_BEFORE.test(s.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (/(?<![\p{L}])(?:في|من|علي|الي|عن|مع|ضد|بين|قتل|مقتل|استهداف|قصف|ضد)\s+$/u.test(before)) continue;
    out.push({ at: m.index, end: m.index + m[1].length, word: m[1], deed: m[2], deedAt: m.index + m[0].length - m[2].length, byHead: true, named: true, needsParty: true });
  }
  // a verb of plural agreement ("اطلقوا", "قصفوا") has its subject before it or in the verb itself (a verb before its
  // subject stays singular; Ryding 2005 ch. 4, verb-subject agreement): after a clause link it resumes the force named
  // before it in its sentence or the one before ("واجه جنود حرس الحدود الامريكي المهاجرين، حيث اطلقوا عليهم الغاز")
  const plural = new RegExp(String.raw`(?<![\p{L}])(?:حيث|ثم|و|ف|بعدما|عندما|حين)\s*(${AR_PLURAL_DEED})(?![\p{L}])`, 'gu');
  for (let m = forceWord ? plural.exec(s) : null; m; m = plural.exec(s)) {
    const deedAt = m.index + m[0].length - m[1].length;
    const a = antecedent(s, s, deedAt, arabicAntecedents);
    if (a) out.push({ ...a, deed: m[1], deedAt, byHead: true, named: true, needsParty: true });
  }
  return out;
}
const AR_PLURAL_DEED = String.raw`(?:قتلوا|اغتالوا|قصفوا|اعدموا|هاجموا|اقتحموا|استهدفوا|دمروا|اطلقوا|فتحوا|القوا|استخدموا|شنوا|ارتكبوا|فرقوا|قمعوا)`;
const AR_FORCE_NP_G = new RegExp(String.raw`(?<![\p{L}])${AR_FORCE_NP}(?![\p{L}])`, 'gu');
function arabicAntecedents(_text: string, s: string, a: number, b: number): { at: number; end: number; word: string; nat: boolean }[] {
  const out: { at: number; end: number; word: string; nat: boolean }[] = [];
  for (const m of s.slice(a, b).matchAll(AR_FORCE_NP_G)) {
    const at = a + (m.index ?? 0);
    if (/(?<![\p{L}])(?:في|من|علي|الي|عن|مع|ضد|بين)\s+$/u.test(s.slice(Math.max(0, at - 6), at)) || /^[بل]/u.test(m[0])) continue;
    out.push({ at, end: at + m[0].length, word: m[0], nat: false });
  }
  return out;
}

// deeds that are incidents by themselves (the caller then needs an incident in the item, not in the deed's clause)
const STRONG = /^(?:shot|shoot|gunn|kill|murder|assassinat|execut|massacr|slaughter|gass|убил|убив|застрел|расстрел|казн|уничтож|[وف]?(?:قتل|اغتال|اعدم|[يت](?:قتل|غتال|عدم)))/u;

// a deed told as staged or as a claim dismissed in its sentence: the force is the framed one, not the stager ("filming of a
// staged provocation with the use of chemical weapons by the Syrian army"; "Damascus called the claims that government
// helicopters dropped chlorine a lie"); judgment of reading, precision first (the caller's grammar reads the stager)
const FRAMED_BEFORE = /(?:stag(?:ed|ing)|fake[ds]?|faking|fabricat\p{L}*|provocation\p{L}*|false[\s\-]flag|hoax|постановочн\p{L}*|инсценир\p{L}*|провокаци\p{L}*|фейк\p{L}*|фальсифи\p{L}*|сфабрикован\p{L}*|مسرحي\p{L}*|مفبرك\p{L}*|فبرك\p{L}*|تمثيلي\p{L}*|استفزاز\p{L}*)[^.!?\n]{0,80}$/u;
const DISMISSED_IN_SENTENCE = /(?<![\p{L}])(?:a\s+lie|lies|false|baseless|unfounded|fabricat\p{L}*|denie[sd]|deny|denying|rejected|rejects|dismissed|dismisses|ложь|лож[ньи]\p{L}*|опроверг\p{L}*|отверг\p{L}*|отрица\p{L}*|беспочвенн\p{L}*|كذب\p{L}*|نفي|نفت|ينفي|تنفي|رفض\p{L}*|مزاعم|ادعاءات)(?![\p{L}])/u;

// a sentence that calls what it tells a fake or a staging: the force in it is the framed one
const FAKE_IN_SENTENCE = /(?<![\p{L}])(?:fake|faked|hoax|staged|фейк\p{L}*|постановк\p{L}*|постановочн\p{L}*|инсценировк\p{L}*|مفبرك\p{L}*|مسرحي\p{L}*|تمثيلي\p{L}*)(?![\p{L}])/u;
/** the forces named as doers of deeds in a text, in order of position (claim-slots.ts reads them after the named doers) */
export function forceDoers(text: string, s: string, lang: 'en' | 'ru' | 'ar'): ForceDoer[] {
  const out = (lang === 'ar' ? arabic(s) : lang === 'ru' ? russian(text, s) : english(text, s)).filter((c) => {
    const [sa, sb] = sentenceOf(s, Math.min(c.at, c.deedAt));
    // (and a question asks who did it: "Did Israeli soldiers shoot ...?", «هل قتلت ...؟»)
    const question = s[sb] === '?' || /[؟]|^\s*(?:هل|الم)\s/u.test(s.slice(sa, sb));
    return !question && !FRAMED_BEFORE.test(s.slice(sa, Math.max(c.at, c.deedAt))) && !DISMISSED_IN_SENTENCE.test(s.slice(sa, sb)) && !FAKE_IN_SENTENCE.test(s.slice(sa, sb));
  });
  for (const c of out) {
    if (STRONG.test(c.deed)) c.strong = true;
    c.force = true;
  }
  return out.sort((a, b) => a.at - b.at);
}
