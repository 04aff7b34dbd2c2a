/**
 * Named doers (session 26, room clother): the doer of a deed named by a form rather than by the lexicon, in English,
 * Russian and Arabic. claim-deed-agent.ts reads an agent in the plain roles (the subject right before a deed verb, the
 * agent after "by", "X's attack"); this module adds the constructions that name the doer in other ways, each by the shape
 * of the name (capitals and a group head noun in English, quotes after a group noun and name cues in Russian, a group noun
 * with its name and person cues with an indefinite name after a definite epithet in Arabic):
 *
 * - the claimant: "X claimed responsibility for", «X взяла на себя ответственность», «تبنى / أعلن ... مسؤوليته» with a
 *   group noun and its name;
 * - the identified doer: "the gunman was identified as X", "the attackers were X", "a man named X carried out",
 *   «по имени X», «некий X» beside a deed, «المدعو / يدعى / واسمه X» after a doer noun, "الإرهابي برينتون تارانت";
 * - a group named by its head noun as the deed's subject across an apposition ("the Condor Legion, working for Franco,
 *   bombed"; «группировка «X» совершила»; «نفذه تنظيم X», «على يد جماعة X»).
 *
 * Precision first: only doer positions are read (never the object of a deed, the subject of saying, reporting or
 * investigating, or a place after a preposition); a victim ("the victim was identified as X"), a reporter or a source
 * ("according to X") is never a doer here. The caller (claim-slots.ts, with claim-deed-agent.ts's candidates) keeps its own
 * refusals: a lexicon party, state or force inside the phrase, a denied or negated deed, a speaker's span, a clause
 * without an incident. A name of a known armed-opposition form (jihadist and Syrian rebel name words: Jabhat, Jaish,
 * Ahrar, Mujahideen, Nusra, Qaeda ...) is `opposition`, every other named doer `other` (eval/claims/README.md: named lone
 * attackers, non-state groups outside the Syrian opposition, foreign states outside the listed ones, companies, criminals).
 *
 * Pure: positions in the reader's lower-cased (and, for Arabic, folded) text `s`, with `text` its case-kept original of the
 * same length.
 */
import { sentenceOf, type DeedAgent } from './claim-deed-agent.js';
import { EN_DEED_VERB_FORMS } from './claim-deed-lexicon.js';

export interface NamedDoer extends DeedAgent {
  /** `opposition` for a known armed-opposition name form, else the caller's `other` */
  party?: 'opposition';
  /** read by this module: a party of the lexicon inside the name is the doer (not refused) */
  named: true;
}

// name words of the Syrian armed opposition and the jihadist groups the README counts as `opposition` (IS, al-Qaeda,
// Nusra; v10 and v11 calls), in the three scripts; judgment of reading, from the groups' own names (Lister 2015, "The
// Syrian Jihad", appendix of factions)
const OPPOSITION_FORM = /(?<![\p{L}])(?:jihadis?t?|mujahid(?:e?en|in)|jabhat|jaish|jaysh|ahrar|ansar|liwa|nusra|qa[ie]da|tahrir\s+al|islamic\s+state|daesh|isis|isil|free\s+syrian|джихад\p{L}*|моджахед\p{L}*|муджахид\p{L}*|аль-каид\p{L}*|нуср\p{L}*|джебхат\p{L}*|джейш\p{L}*|ахрар\p{L}*|игил|[وبلف]?(?:ال)?جهاد\p{L}*|[وبلف]?(?:ال)?مجاهد\p{L}*|[وبلف]?(?:ال)?قاعده|[وبلف]?(?:ال)?نصره|[وبلف]?داعش|تحرير\s+الشام|احرار\s+الشام|جيش\s+الاسلام|الجيش\s+الحر)(?![\p{L}])/iu;
const withParty = (d: NamedDoer): NamedDoer => (OPPOSITION_FORM.test(d.word) ? { ...d, party: 'opposition' } : d);


// ---- English ----
const TOKEN = /[\p{L}\d][\p{L}\d\-'’.]*/gu;
const CAP = /^[\p{Lu}][\p{L}\-'’.]*$/u;
const CONNECTOR = /^(?:of|al|el|de|du|la|van|der|von|bin|ibn|abu|and|for|the)$/u;
// capitalised words that name no doer: function words, months and days, bodies that tell, inquire or rescue, and words
// capitalised by a headline; "Nobody", "No one" claim nothing
const EN_NOT_NAME = /^(?:i|a|an|the|this|that|these|those|it|he|she|they|we|in|on|at|of|for|by|and|but|or|as|after|before|when|while|if|there|nobody|no|none|no one|neither|police|the police|opcw|un|united nations|reuters|afp|ap|bbc|cnn|tass|ria|sana|interfax|human rights watch|amnesty international|red cross|red crescent|white helmets|civil defence|civil defense|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
const EN_TITLE = /^(?:mr|mrs|ms|dr|sheikh|imam|general|gen|colonel|col|commander|captain|major)\.?$/iu;
// head nouns of groups that do deeds (the name's last word)
const EN_GROUP_HEAD = /^(?:front|army|brigades?|battalions?|movement|party|group|organi[sz]ation|network|cartel|liberation|jihad|mujahideen|legion|company|inc|corps|militia|regiment|faction|cell|commando|squad|kataib|jaish|liwa)$/iu;

interface Tok { w: string; at: number; end: number }
function tokens(text: string, a: number, b: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = a;
  for (let m = TOKEN.exec(text); m && m.index < b; m = TOKEN.exec(text)) {
    const w = m[0].replace(/[.’']+$/u, '');
    out.push({ w, at: m.index, end: m.index + w.length });
  }
  return out;
}
/** whether a run of tokens names an actor by its shape: two capitalised words, a title and a name, or a group head */
function nameShape(ts: Tok[]): boolean {
  const caps = ts.filter((t) => CAP.test(t.w) && !CONNECTOR.test(t.w.toLowerCase()));
  if (!caps.length) return false;
  const phrase = ts.map((t) => t.w).join(' ').toLowerCase();
  if (EN_NOT_NAME.test(phrase) || EN_NOT_NAME.test(caps[0].w.toLowerCase())) return false;
  if (EN_GROUP_HEAD.test(caps[caps.length - 1].w) && caps.length >= 2) return true;
  if (EN_TITLE.test(ts[0].w) && caps.length >= 2) return true;
  return caps.length >= 2;
}
/** a capitalised name starting at `at` (an article may open it), up to six words */
function nameForward(text: string, at: number, limit: number): Tok[] | null {
  const ts = tokens(text, at, limit);
  if (!ts.length || ts[0].at > at + 2) return null;
  let i = /^the$/iu.test(ts[0].w) ? 1 : 0;
  if (i >= ts.length || !(CAP.test(ts[i].w) || EN_TITLE.test(ts[i].w))) return null;
  const start = i;
  while (i + 1 < ts.length && i - start < 5 && /^ {1,2}$/.test(text.slice(ts[i].end, ts[i + 1].at)) && (CAP.test(ts[i + 1].w) || (CONNECTOR.test(ts[i + 1].w) && i + 2 < ts.length && CAP.test(ts[i + 2].w)))) i++;
  const run = ts.slice(start, i + 1);
  return nameShape(run) ? run : null;
}
/** a capitalised name ending right before `end` */
function nameBackward(text: string, from: number, end: number): Tok[] | null {
  const ts = tokens(text, from, end);
  let i = ts.length - 1;
  if (i < 0 || ts[i].end < end - 1 || !CAP.test(ts[i].w)) return null;
  let j = i;
  while (j > 0 && i - j < 5 && /^ {1,2}$/.test(text.slice(ts[j - 1].end, ts[j].at)) && (CAP.test(ts[j - 1].w) || EN_TITLE.test(ts[j - 1].w) || (CONNECTOR.test(ts[j - 1].w) && j - 2 >= 0 && CAP.test(ts[j - 2].w)))) j--;
  while (j < i && CONNECTOR.test(ts[j].w.toLowerCase())) j++;
  const run = ts.slice(j, i + 1);
  // the name is no place or object: no preposition right before it
  if (/(?<![\p{L}])(?:in|at|on|near|from|of|to|into|for|over|with|against|by|about|toward|towards|under)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, run[0].at - 14), run[0].at))) return null;
  return nameShape(run) ? run : null;
}
const span = (s: string, run: Tok[]) => ({ at: run[0].at, end: run[run.length - 1].end, word: s.slice(run[0].at, run[run.length - 1].end) });

// "claimed responsibility" and its forms; the claimant before it
const EN_CLAIMED_G = /(?:\s+(?:has|have|had|later|quickly|swiftly|reportedly|also|then|soon))*\s+(claimed|claims|claim|took|takes|has\s+taken|accepted|accepts|assumed)\s+(?:full\s+)?responsibility(?![\p{L}])/gu;
// the claimant after the passive or the nominal claim ("responsibility was claimed by X", "the attack was claimed by X")
const EN_CLAIMED_BY_G = /(?<![\p{L}])(?:responsibility\s+(?:for\s+[^.;!?]{0,60}?\s+)?(?:was|has\s+been|had\s+been)\s+claimed|(?:attacks?|bombings?|killings?|shootings?|massacres?|blasts?|explosions?)\s+(?:was|were|has\s+been|had\s+been)\s+claimed)\s+by\s+/gu;
// the doer nouns whose name follows: "the gunman was identified as X", "the attackers were X", "the bomber, X,"
const EN_DOER_NOUN = String.raw`(?:attackers?|gunm[ae]n|bombers?|suicide\s+bombers?|shooters?|assailants?|perpetrators?|killers?|murderers?|hijackers?|poisoners?|culprits?|terrorists?|militants?|assassins?|arsonists?)`;
// (s29 cldev) who identified the doer, between the verb and "as" ("identified by law enforcement sources as"), and an age before
// the name ("as 23-year-old X": a premodifier of the name, Quirk et al. 1985 §17.97)
const BY_SOURCE = String.raw`(?:\s+by\s+[^,.;:!?]{1,60}?)?`;
const AGE = String.raw`(?:(?:a|an)\s+)?(?:\d{1,3}[\s\-]year[\s\-]old\s+)?`;
const EN_IDENTIFIED_G = new RegExp(String.raw`(?<![\p{L}])(${EN_DOER_NOUN})(?:\s+(?:in|of|behind|who\s+carried\s+out)\s+(?:the\s+)?[\p{L}\-]+(?:\s+[\p{L}\-]+)?)?(?:\s*,\s*|\s+)(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:later\s+|since\s+|now\s+|officially\s+)?(?:identified${BY_SOURCE}\s+as|named${BY_SOURCE}\s+as|named|revealed\s+as|revealed\s+to\s+be)|(?:identified${BY_SOURCE}\s+as|named|called)|(?:was|were)\s+(?:members?\s+of\s+)?)\s*${AGE}`, 'gu');
// (s29 cldev) the active naming, its subject the police or a source: "police identified the gunman as X", "officials named the
// attacker as X" (the doer noun is the object, the name its object complement; Quirk et al. 1985 §16.47)
const EN_IDENTIFIED_ACTIVE_G = new RegExp(String.raw`(?<![\p{L}])(?:identified|named)\s+(?:the\s+)?(?:(?:suspected|alleged|lone|dead)\s+)?(${EN_DOER_NOUN})\s+as\s+${AGE}`, 'gu');
// a doer noun with its name in apposition ("the gunman, Brenton Tarrant, opened fire")
const EN_APPOSITION_G = new RegExp(String.raw`(?<![\p{L}])(${EN_DOER_NOUN}),\s+`, 'gu');
// a person or group "named X" / "calling itself X" doing the deed: the caller needs the deed in the clause
const EN_NAMED_G = /(?<![\p{L}])(?:m[ae]n|wom[ae]n|group|organi[sz]ation|person|individual|youth|teenager|student|soldier)\s+(named|called|calling\s+(?:itself|himself|herself|themselves)|known\s+as|identified\s+as)\s+/gu;
// deed verbs after a group subject (finite, past and present)
// (s28 clinc) and the finite forms of the deed verbs derived from WordNet (claim-deed-lexicon.ts)
const EN_DERIVED_FINITE = EN_DEED_VERB_FORMS.filter((w) => !/ing(?: |$)/.test(w)).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
const EN_DEED_AFTER = new RegExp(String.raw`^(?:\s+(?:has|have|had|then|also|allegedly|reportedly|later|deliberately))*\s+(attacked|killed|murdered|assassinated|poisoned|bombed|shelled|shot|executed|massacred|gassed|carried\s+out|committed|perpetrated|detonated|launched|opened\s+fire|blew\s+up|used\s+(?:chemical|toxic|poison|nerve|sarin|chlorine|mustard|gas)|released|dropped|destroyed|stormed|ambushed|kidnapped|abducted|${EN_DERIVED_FINITE})(?![\p{L}])`, 'u');

// (its own scanner: tokens() moves TOKEN's lastIndex)
const HEAD_WORD_G = /[\p{Lu}][\p{L}\-'’.]*/gu;
function english(text: string, s: string): Omit<NamedDoer, 'named'>[] {
  const out: Omit<NamedDoer, 'named'>[] = [];
  EN_CLAIMED_G.lastIndex = 0;
  for (let m = EN_CLAIMED_G.exec(s); m; m = EN_CLAIMED_G.exec(s)) {
    const [sa] = sentenceOf(s, m.index);
    const run = nameBackward(text, Math.max(sa, m.index - 70), m.index);
    if (run) out.push({ ...span(s, run), deed: 'claimed responsibility', deedAt: m.index + m[0].indexOf(m[1]), byHead: false, strong: true });
  }
  EN_CLAIMED_BY_G.lastIndex = 0;
  for (let m = EN_CLAIMED_BY_G.exec(s); m; m = EN_CLAIMED_BY_G.exec(s)) {
    const at = m.index + m[0].length;
    const [, sb] = sentenceOf(s, at);
    const run = nameForward(text, at, Math.min(sb, at + 70));
    if (run) out.push({ ...span(s, run), deed: 'claimed', deedAt: m.index, byHead: false, strong: true });
  }
  for (const re of [EN_IDENTIFIED_G, EN_IDENTIFIED_ACTIVE_G, EN_APPOSITION_G]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = m.index + m[0].length;
      const [, sb] = sentenceOf(s, at);
      const run = nameForward(text, at, Math.min(sb, at + 70));
      if (!run) continue;
      // (an apposition closes with a comma or the verb: "the gunman, Brenton Tarrant, opened fire")
      if (re === EN_APPOSITION_G && !/^\s*(?:,|\(|$)|^\s+(?:who|has|had|was|then|opened|killed|shot|attacked|detonated)(?![\p{L}])/u.test(s.slice(run[run.length - 1].end, run[run.length - 1].end + 12))) continue;
      out.push({ ...span(s, run), deed: m[1], deedAt: m.index, byHead: false, strong: true });
    }
  }
  EN_NAMED_G.lastIndex = 0;
  for (let m = EN_NAMED_G.exec(s); m; m = EN_NAMED_G.exec(s)) {
    const at = m.index + m[0].length;
    const [, sb] = sentenceOf(s, at);
    const run = nameForward(text, at, Math.min(sb, at + 60));
    if (!run) continue;
    // the named one does the deed: a deed verb after the name (and its relative clause) in the sentence
    const rest = s.slice(run[run.length - 1].end, sb).replace(/^\s*,[^,]{0,60},/u, '').replace(/^\s+(?:who|which)(?=\s)/u, '');
    const d = EN_DEED_AFTER.exec(rest);
    if (d) out.push({ ...span(s, run), deed: d[1], deedAt: run[run.length - 1].end + rest.indexOf(d[1]), byHead: false });
  }
  // a group named by its head noun, its deed after an apposition ("The Condor Legion, working for Franco, bombed")
  HEAD_WORD_G.lastIndex = 0;
  for (let m = HEAD_WORD_G.exec(text); m; m = HEAD_WORD_G.exec(text)) {
    const w = m[0].replace(/[.’']+$/u, '');
    if (!EN_GROUP_HEAD.test(w) || !CAP.test(w)) continue;
    const end = m.index + w.length;
    const [sa, sb] = sentenceOf(s, m.index);
    const run = nameBackward(text, Math.max(sa, end - 70), end);
    if (!run) continue;
    let rest = s.slice(end, sb);
    const app = /^\s*,[^,.;]{1,80},/u.exec(rest);
    if (!app) continue; // (the plain subject before its verb is claim-deed-agent.ts's)
    rest = rest.slice(app[0].length);
    const d = EN_DEED_AFTER.exec(rest);
    // (strong: the apposition puts the name in a clause of its own, apart from the deed's)
    if (d) out.push({ ...span(s, run), deed: d[1], deedAt: end + app[0].length + rest.indexOf(d[1]), byHead: true, strong: true });
  }
  return out;
}

// ---- Russian ----
// group nouns before a quoted or capitalised name, nominative (a subject) and instrumental (a passive's agent)
const RU_GROUP_NOM = String.raw`(?:группировка|организация|движение|батальон|бригада|чвк|секта|банда|ячейка|фронт|армия|компания|партия|группа)`;
const RU_GROUP_INS = String.raw`(?:группировкой|организацией|движением|батальоном|бригадой|чвк|сектой|бандой|ячейкой|фронтом|армией|компанией|партией|группой)`;
const RU_GROUP_ANY = String.raw`(?:группировк\p{L}*|организаци\p{L}*|движени\p{L}*|батальон\p{L}*|бригад\p{L}*|чвк|сект\p{L}*|банд[аыуеой]\p{L}*|ячейк\p{L}*|фронт\p{L}*|арми\p{L}*|компани\p{L}*|парти\p{L}*|групп\p{L}*)`;
const RU_QUOTED = String.raw`(?:[«"„“]([^»"“”]{2,40})[»"“”]\*?)`;
// the claimant: «X взяла на себя ответственность», «ответственность ... взяла на себя X»
const RU_CLAIM_VERB = /(?<![\p{L}])(?:взял[аио]?|взяли|берет|берут)\s+на\s+себя\s+ответственность(?![\p{L}])/gu;
const RU_CLAIM_VERB_AFTER = /(?<![\p{L}])ответственность\s+(?:за\s+[^.;!?]{0,80}?\s+)?(?:взял[аио]?|взяли)\s+на\s+себя\s+/gu;
const RU_DEED_FINITE = /^(?:\s+(?:якобы|затем|также|тогда|уже|лично))*\s+(совершил[аио]?|совершили|устроил[аио]?|устроили|организовал[аио]?|организовали|осуществил[аио]?|осуществили|взорвал[аио]?|взорвали|подорвал[аио]?|подорвали|атаковал[аио]?|атаковали|напал[аио]?|напали|обстрелял[аио]?|обстреляли|убил[аио]?|убили|расстрелял[аио]?|расстреляли|отравил[аио]?|отравили|применил[аио]?|применили|захватил[аио]?|захватили|казнил[аио]?|казнили)(?![\p{L}])/u;
const RU_PASSIVE_PART = /(?<![\p{L}])((?:совершенн?|организованн?|устроенн?|осуществленн?|осуществлённ?|подготовленн?|инсценированн?|убит|отравлен|расстрелян|застрелен|взорван|атакован|обстрелян)\p{L}*)\s+/gu;
// a person named beside a deed: «по имени X», «некий X», «некая X»
// (s29 clblame) and the relative of naming after a doer noun: «Нападавший, которого звали X, выстрелил» (the relative's
// verb of naming, as English "a man named X")
const RU_PERSON_CUE_G = /(?<![\p{L}])(по\s+имени|по\s+фамилии|некий|некая|некто|(?:которого|которую|которых)\s+звали)\s+/gu;
const RU_NAME_WORD = /^[\p{Lu}][\p{Ll}\-]+$/u;
const RU_NOT_NAME = /^(?:в|во|на|по|с|со|и|а|но|как|после|это|он|она|они|москв\p{L}*|росси\p{L}*|украин\p{L}*|сири\p{L}*)$/iu;
const RU_DEED_IN_SENTENCE = /(?<![\p{L}])(?:совершил\p{L}*|выстрелил\p{L}*|открыл\p{L}*\s+(?:огонь|стрельбу)|наехал\p{L}*|въехал\p{L}*\s+в\s+толп\p{L}*|устроил\p{L}*|организовал\p{L}*|взорвал\p{L}*|подорвал\p{L}*|атаковал\p{L}*|напал\p{L}*|обстрелял\p{L}*|убил\p{L}*|расстрелял\p{L}*|застрелил\p{L}*|зарезал\p{L}*|отравил\p{L}*|применил\p{L}*|поджег\p{L}*|подожгл\p{L}*|пронесл\p{L}*|передал\p{L}*\s+(?:бомб|взрывн|статуэтк))/u;

const RU_DEED_BEFORE_CUE = /(?<![\p{L}])((?:совершил|устроил|организовал|взорвал|подорвал|атаковал|обстрелял|убил|расстрелял|застрелил|зарезал|отравил|поджег|подожгл)\p{L}*)\s+$/u;
function quotedOrCapsAfter(text: string, s: string, at: number, limit: number): { at: number; end: number; word: string } | null {
  const q = new RegExp(`^\\s*${RU_QUOTED}`, 'u').exec(s.slice(at, limit));
  if (q) {
    const qa = at + q[0].indexOf(q[1]);
    return { at: qa, end: qa + q[1].length, word: q[1] };
  }
  const caps = /^\s*((?:[\p{Lu}][\p{L}\-]+)(?:\s+[\p{Lu}][\p{L}\-]+){0,3})/u.exec(text.slice(at, limit));
  if (caps && !RU_NOT_NAME.test(caps[1].split(/\s+/)[0])) {
    const ca = at + caps[0].indexOf(caps[1]);
    return { at: ca, end: ca + caps[1].length, word: s.slice(ca, ca + caps[1].length) };
  }
  return null;
}
function russian(text: string, s: string): Omit<NamedDoer, 'named'>[] {
  const out: Omit<NamedDoer, 'named'>[] = [];
  // a group noun in the nominative with its name, the subject of a deed verb or of a claim
  const groupNom = new RegExp(String.raw`(?<![\p{L}])(${RU_GROUP_NOM})\s+(?=[«"„“\p{Lu}])`, 'giu');
  for (let m = groupNom.exec(text); m; m = groupNom.exec(text)) {
    const at = m.index + m[0].length;
    const [, sb] = sentenceOf(s, at);
    // (the group noun itself is lower case in running text, or opens the sentence)
    const nm = quotedOrCapsAfter(text, s, at, Math.min(sb, at + 60));
    if (!nm) continue;
    const after = s.slice(nm.end, sb).replace(/^[»"“”*]*/u, '');
    const d = RU_DEED_FINITE.exec(after) ?? /^\s+((?:взял[аио]?|взяли)\s+на\s+себя\s+ответственность)/u.exec(after);
    if (d) out.push({ at: m.index, end: nm.end, word: s.slice(m.index, nm.end), deed: d[1], deedAt: nm.end + after.indexOf(d[1]), byHead: true, strong: true });
  }
  // the claim with its claimant after the verb: «ответственность за теракт взяла на себя группировка «X»»
  RU_CLAIM_VERB_AFTER.lastIndex = 0;
  for (let m = RU_CLAIM_VERB_AFTER.exec(s); m; m = RU_CLAIM_VERB_AFTER.exec(s)) {
    const at = m.index + m[0].length;
    const [, sb] = sentenceOf(s, at);
    const g = new RegExp(String.raw`^(?:[\p{L}\-]+\s+)?${RU_GROUP_ANY}\s+`, 'u').exec(s.slice(at, sb));
    const from = g ? at + g[0].length : at;
    const nm = quotedOrCapsAfter(text, s, from, Math.min(sb, from + 60));
    if (nm) out.push({ at: g ? at : nm.at, end: nm.end, word: s.slice(g ? at : nm.at, nm.end), deed: 'взяла на себя ответственность', deedAt: m.index, byHead: !!g, strong: true });
  }
  // the claimant before the claim verb, named by its quotes: «„X“ взяла на себя ответственность»
  RU_CLAIM_VERB.lastIndex = 0;
  for (let m = RU_CLAIM_VERB.exec(s); m; m = RU_CLAIM_VERB.exec(s)) {
    const [sa] = sentenceOf(s, m.index);
    const before = s.slice(Math.max(sa, m.index - 70), m.index);
    const q = /[«"„“]([^»"“”]{2,40})[»"“”]\*?\s*$/u.exec(before);
    if (!q) continue;
    const qa = m.index - before.length + q.index + 1;
    out.push({ at: qa, end: qa + q[1].length, word: q[1], deed: 'взяла на себя ответственность', deedAt: m.index, byHead: false, strong: true });
  }
  // a group noun in the instrumental after a passive participle: «теракт, организованный группировкой «X»»
  RU_PASSIVE_PART.lastIndex = 0;
  for (let m = RU_PASSIVE_PART.exec(s); m; m = RU_PASSIVE_PART.exec(s)) {
    const at = m.index + m[0].length;
    const g = new RegExp(String.raw`^(?:[\p{L}\-]+(?:ой|ей|ым|им)\s+)?${RU_GROUP_INS}\s+`, 'u').exec(s.slice(at, at + 50));
    if (!g) continue;
    const [, sb] = sentenceOf(s, at);
    const nm = quotedOrCapsAfter(text, s, at + g[0].length, Math.min(sb, at + g[0].length + 60));
    if (nm) out.push({ at, end: nm.end, word: s.slice(at, nm.end), deed: m[1], deedAt: m.index, byHead: true });
  }
  // a person named by «по имени», «некий»: the doer when the sentence's deed verb follows the name
  RU_PERSON_CUE_G.lastIndex = 0;
  for (let m = RU_PERSON_CUE_G.exec(s); m; m = RU_PERSON_CUE_G.exec(s)) {
    const at = m.index + m[0].length;
    const [sa, sb] = sentenceOf(s, at);
    const ws = /^((?:[\p{Lu}][\p{Ll}\-]+)(?:\s+[\p{Lu}][\p{Ll}\-]+){0,2})/u.exec(text.slice(at, sb));
    if (!ws || !RU_NAME_WORD.test(ws[1].split(/\s+/)[0]) || RU_NOT_NAME.test(ws[1].split(/\s+/)[0])) continue;
    const end = at + ws[1].length;
    // (the cue's phrase is the subject: no preposition before its noun, and a deed verb after the name in the sentence)
    const head = s.slice(sa, m.index);
    // (the deed verb right before the cue, the subject after its verb: «взрыв устроила некая X»)
    const vs = RU_DEED_BEFORE_CUE.exec(head);
    if (vs) {
      out.push({ at: m.index, end, word: s.slice(m.index, end), deed: vs[1], deedAt: m.index - vs[0].length, byHead: false, strong: true });
      continue;
    }
    if (/(?<![\p{L}])(?:в|во|на|из|у|к|по|с|со|от|для|о|об|при|над|против)\s+(?:[\p{L}\-]+\s+){0,2}$/u.test(head)) continue;
    const d = RU_DEED_IN_SENTENCE.exec(s.slice(end, sb));
    if (d) out.push({ at: m.index, end, word: s.slice(m.index, end), deed: d[0], deedAt: end + d.index, byHead: false, strong: true });
  }
  return out;
}

// ---- Arabic (folded text) ----
// group nouns in the construct state with the group's name after them
const AR_GROUP = String.raw`(?:[وفبل]?(?:تنظيم|جماعه|حركه|جبهه|كتايب|ميليشيا|مليشيا|حزب|لواء|فصيل|عصابه|شركه))`;
const AR_NAME = String.raw`(?:\s+[«"“]?[\p{L}]+[»"”]?){1,3}`;
// the claim: «تبنى / تبنت X الهجوم», «أعلن(ت) X مسؤوليته(ا) عن»
const AR_CLAIM_G = new RegExp(String.raw`(?<![\p{L}])([وف]?(?:تبني|تبنت|اعلن|اعلنت|اعلنوا))\s+(${AR_GROUP}${AR_NAME}?)(?=\s+(?:[\p{L}]+\s+){0,4}?(?:مسووليت\p{L}*|(?:ال)?هجوم|(?:ال)?هجمات|(?:ال)?تفجير\p{L}*|(?:ال)?عمليه|(?:ال)?اعتداء))`, 'gu');
// the resumptive deed: «نفذه / نفذها / ارتكبه X», and the agent cue «على يد / من قبل X» with a group noun
const AR_RESUMPTIVE_G = new RegExp(String.raw`(?<![\p{L}])((?:نفذه|نفذها|نفذته|نفذتها|ارتكبه|ارتكبها|ارتكبته|ارتكبتها|شنه|شنها|شنته|شنتها)|علي\s+يد|علي\s+ايدي|من\s+قبل|بيد)\s+(${AR_GROUP}${AR_NAME})`, 'gu');
// a definite doer epithet and an indefinite word after it: the name in apposition (an adjective would agree in
// definiteness, Ryding 2005 ch. 10): "الإرهابي برينتون تارانت", "المتهم فلان", and the name cues "المدعو", "يدعى",
// "واسمه", "يطلق على نفسه اسم"
const AR_DOER_EPITHET = String.raw`(?:[وف]?(?:ال)(?:ارهابي|متهم|مشتبه\s+به|مهاجم|مسلح|قاتل|جاني|انتحاري|منفذ)|[وف]?منفذ\s+(?:ال)?(?:هجوم|مجزره|تفجير|اعتداء|عمليه|الهجوم|المجزره|التفجير|الاعتداء|العمليه)(?:\s+[\p{L}]+){0,2}?)`;
const AR_NAME_CUE = String.raw`(?:المدعو|المدعوه|يدعي|تدعي|واسمه|اسمه|(?:يطلق|يسمي)\s+علي\s+نفسه(?:\s+اسم)?|الارهابي)`;
const AR_PERSON_G = new RegExp(String.raw`(?<![\p{L}])(${AR_DOER_EPITHET})((?:\s+[\p{L}]+){0,6}?\s+${AR_NAME_CUE})?\s+[«"“]?([\p{L}]+(?:\s+[\p{L}]+)?)[»"”]?`, 'gu');
// words that are no name: particles, prepositions, relatives, verbs of the deed and of being
const AR_NOT_NAME = /^(?:[وف]?(?:في|من|علي|الي|عن|بعد|قبل|الذي|التي|الذين|ان|انه|قد|لم|لن|ما|لا|كان|كانت|هو|هي|قام|قامت|اقدم|نفذ|قتل|اطلق|هاجم|فتح|يواجه|سيواجه|امام|خلال|منذ|حيث|مع|ضد|عندما|بينما|او|ثم|كل|عدد|نحو|حوالي|ايضا|اليوم|امس|مساء|صباح))$|^ال|^\d/u;
// (s29 clblame) and the finite deed verbs a named doer's sentence tells its deed by: "أطلق النار / وابلا من الرصاص",
// "اقتحم", "فتح النار", "دهس", "طعن" (the caller still needs an incident in the clause)
const AR_DEED_IN_TEXT = /(?:هجوم|هجمات|مجزره|تفجير|اعتداء|قتل|اغتيال|تسميم|اطلاق\s+(?:ال)?نار|مذبحه|قصف|اطلق\s+(?:ال)?(?:نار|نيران|رصاص|وابلا)|فتح\s+(?:ال)?(?:نار|نيران)|اقتحم|دهس|طعن)/u;

// (s29 clblame) the resumptive deed verb with a person as its subject after it (verb-subject order), the person a
// definite noun with its definite adjectives and then the name in apposition: «المجزرة التي نفذها المستوطن المتطرف باروخ
// غولدشتاين», «ارتكبها الجندي فلان فلان»; the name is two indefinite words, as after a bare epithet above
const AR_RESUMPTIVE_PERSON_G = /(?<![\p{L}])((?:[وف]?(?:نفذه|نفذها|نفذته|نفذتها|ارتكبه|ارتكبها|ارتكبته|ارتكبتها)))((?:\s+ال[\p{L}]+){1,3})\s+[«"“]?([\p{L}]+\s+[\p{L}]+)[»"”]?/gu;

function arabic(s: string): Omit<NamedDoer, 'named'>[] {
  const out: Omit<NamedDoer, 'named'>[] = [];
  for (const re of [AR_CLAIM_G, AR_RESUMPTIVE_G]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = m.index + m[0].length - m[2].length;
      // (a named group: the word after the group noun is no particle)
      const first = m[2].split(/\s+/)[1]?.replace(/[«"“»"”]/gu, '');
      if (!first || /^(?:في|من|علي|الي|عن|ان|الذي|التي)$/u.test(first)) continue;
      out.push({ at, end: at + m[2].length, word: m[2], deed: m[1], deedAt: m.index, byHead: true, strong: re === AR_CLAIM_G || undefined });
    }
  }
  if (!AR_DEED_IN_TEXT.test(s)) return out;
  AR_PERSON_G.lastIndex = 0;
  for (let m = AR_PERSON_G.exec(s); m; m = AR_PERSON_G.exec(s)) {
    const names = m[3].split(/\s+/);
    // a name: an indefinite word (no article) that is no particle or verb; after a bare epithet, two such words (first
    // name and surname), so that "المسلح قتل" or "المتهم بالقتل" is no name
    if (AR_NOT_NAME.test(names[0])) continue;
    if (!m[2] && (names.length < 2 || AR_NOT_NAME.test(names[1]))) continue;
    // (the span is the name alone: the epithet, "الإرهابي", "المسلح", is a lexicon word the caller would refuse inside it)
    const end = m.index + m[0].length;
    const at = end - m[3].length - (/[»"”]$/u.test(m[0]) ? 1 : 0);
    out.push({ at, end, word: s.slice(at, end), deed: m[1].trim(), deedAt: m.index, byHead: false, strong: true });
  }
  AR_RESUMPTIVE_PERSON_G.lastIndex = 0;
  for (let m = AR_RESUMPTIVE_PERSON_G.exec(s); m; m = AR_RESUMPTIVE_PERSON_G.exec(s)) {
    const names = m[3].split(/\s+/);
    if (names.some((w) => AR_NOT_NAME.test(w))) continue;
    // (a group noun after the verb is AR_RESUMPTIVE_G's: «نفذه تنظيم ...» has no article)
    const end = m.index + m[0].length - (/[»"”]$/u.test(m[0]) ? 1 : 0);
    const at = end - m[3].length;
    out.push({ at, end, word: s.slice(at, end), deed: m[1], deedAt: m.index, byHead: false, strong: true });
  }
  return out;
}

/** the named doers of deeds in a text, in order of position (claim-slots.ts reads them after claim-deed-agent.ts's) */
export function namedDoers(text: string, s: string, lang: 'en' | 'ru' | 'ar'): NamedDoer[] {
  const out = lang === 'ar' ? arabic(s) : lang === 'ru' ? russian(text, s) : english(text, s);
  return out.map((d) => withParty({ ...d, named: true })).sort((a, b) => a.at - b.at);
}
