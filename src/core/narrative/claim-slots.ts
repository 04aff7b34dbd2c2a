/**
 * Claim slots of one news item: which agent it names, whom it blames, whether it calls the event staged
 * or fabricated, which munition, which place, how many casualties; each slot keeps the words that set it.
 *
 * Method: a lexicon-and-cue extractor (no model), in English, Russian (stems, so case endings match) and
 * Arabic (the commonest terms, matched after the tokeniser's folding of alef/teh-marbuta/yeh variants).
 * Blame is assigned by proximity to an attribution cue: a party right after "by / blamed / accused"
 * (RU "обвин", AR "من قبل / اتهم") or right before "staged / carried out / fired / stored" is blamed.
 * This follows the frame-element idea of Semetko & Valkenburg (2000) "responsibility frame", reduced to
 * words an analyst can audit; it is deliberately transparent rather than clever.
 *
 * Asserted vs reported: a blame or staged claim in a sentence that carries an attribution phrase ("X said",
 * "accused", "blamed", "according to", "claimed"; RU "по словам", "заявил", "обвинил"; AR "قال", "اتهم", "حسب",
 * "وفق") or a hedge next to its cue ("suspected", "alleged", "якобы", "المزعوم") is the outlet REPORTING someone's
 * claim, not making it: it goes to `reported`, and `blamed`/`staged` hold only what the item asserts in its own
 * voice (the attribution test of reported speech, cf. Bell 1991 "The Language of News Media", ch. 10). A negator
 * ("not", "nor", "never", "не", "لم") next to the cue sets nothing. "by" counts as an agent cue only when a party
 * follows within three words and the next word is not a gerund ("by moving a strike group of the US Navy" names
 * a means, not an agent).
 *
 * Stockpile story: a party that owns a chemical depot, warehouse, stock or laboratory in a sentence naming an
 * agent ("bombed the sarin resources of the terrorists", "склад химического оружия боевиков", "مستودع ... للارهابيين")
 * is blamed with staged = false and `stockpile` set: the "they had the chemicals, the strike hit them" story.
 */
import { foldString } from './text-tokenise.js';

export type Slot = 'agent' | 'blamed' | 'staged' | 'munition' | 'place' | 'casualties';
export const AGENTS = ['chemical', 'chlorine', 'sarin', 'mustard', 'vx', 'toxic-gas'] as const;
export const PARTIES = ['opposition', 'government', 'russia', 'west'] as const;
export const MUNITIONS = ['mortar', 'rocket', 'shell', 'barrel-bomb', 'air-strike', 'missile'] as const;
export const PLACES = ['aleppo', 'idlib', 'khan-shaykhun', 'douma', 'ghouta', 'hama', 'damascus', 'homs', 'latamneh', 'saraqib'] as const;
export type Party = (typeof PARTIES)[number];

export interface SlotValue<T> {
  value: T;
  /** the words in the text that set the slot */
  words: string[];
}

export interface Claims {
  agent?: SlotValue<string>;
  blamed?: SlotValue<Party>;
  staged?: SlotValue<boolean>;
  munition?: SlotValue<string>;
  place?: SlotValue<string>;
  casualties?: SlotValue<number>;
  /** the party owning a chemical stockpile the item names (the warehouse story) */
  stockpile?: SlotValue<Party>;
  /** blame and staged claims the item attributes to someone else or hedges (not its own voice) */
  reported?: { blamed?: SlotValue<Party>; staged?: SlotValue<boolean>; words: string[] };
}

type Kind = 'agent' | 'party' | 'staged' | 'munition' | 'place' | 'cue-after' | 'cue-before' | 'stockpile';
interface Term {
  kind: Kind;
  value: string;
  /** regex source, lower-case; a trailing "*" means a stem (any ending) */
  pat: string;
}

// Arabic patterns are folded as the text is (so "قذائف" matches whatever hamza seat the text uses)
const T = (kind: Kind, value: string, ...pats: string[]): Term[] => pats.map((pat) => ({ kind, value, pat: /[\u0600-\u06FF]/.test(pat) ? foldString(pat) : pat }));

// Arabic patterns are written in the tokeniser's folded form (ا for أ/إ/آ, ه for ة, ي for ى).
const LEXICON: Term[] = [
  ...T('agent', 'chlorine', 'chlorine', 'хлор*', 'الكلور', 'كلور', 'غاز الكلور'),
  ...T('agent', 'sarin', 'sarin', 'зарин*', 'السارين', 'سارين'),
  ...T('agent', 'mustard', 'mustard gas', 'sulfur mustard', 'иприт*', 'الخردل'),
  ...T('agent', 'vx', 'vx'),
  ...T('agent', 'toxic-gas', 'toxic gas*', 'poison gas*', 'poisonous gas*', 'toxic substance*', 'nerve agent*', 'отравляющ* вещест*', 'токсичн* газ*', 'ядовит* газ*', 'غاز سام', 'غازات سامه', 'مواد سامه'),
  ...T('agent', 'chemical', 'chemical weapon*', 'chemical attack*', 'chemical agent*', 'chemical munition*', 'gas attack*', 'химическ* оруж*', 'химическ* атак*', 'химатак*', 'кимическ*', 'الكيميائي', 'الكيماوي', 'كيميائي', 'كيماوي'),

  ...T('party', 'opposition', 'rebel*', 'terrorist*', 'militant*', 'jihadist*', 'insurgent*', 'extremist*', 'white helmets', 'al-nusra', 'al nusra', 'nusra*', 'hts', 'hayat tahrir*', 'hayat tahrir al-sham', 'tahrir al-sham', 'isis', 'isil', 'daesh', 'islamic state', 'al-qaeda', 'al qaeda', 'jaish*', 'armed group*', 'opposition', 'fighters',
    'боевик*', 'террорист*', 'повстанц*', 'оппозиц*', 'джихадист*', 'бел* каск*', 'нуср*', 'игил', 'хтш', 'тахрир*', 'экстремист*', 'игил*',
    'ارهابي*', 'الارهابي*', 'للارهابي*', 'المجموعات الارهابيه', 'المجموعات المسلحه', 'التنظيمات الارهابيه', 'الجماعات الارهابيه', 'الجماعات المسلحه', 'المسلحين', 'مسلحين', 'المسلحه', 'الخوذ البيضاء', 'النصره', 'جبهه النصره', 'هيئه تحرير الشام', 'المعارضه', 'داعش'),
  ...T('party', 'government', 'assad*', 'syrian government', 'syrian army', 'syrian air force', 'syrian airforce', 'syrian regime', 'syrian military', 'syrian forces', 'syrian troops', 'syrian jets', 'syrian authorities', 'regime', 'regime forces', 'government forces', 'government troops', 'damascus government',
    'асад*', 'сирийск* арми*', 'сирийск* ввс', 'сирийск* авиац*', 'сирийск* правительств*', 'сирийск* власт*', 'режим*', 'правительственн* войск*',
    'النظام', 'الاسد', 'الجيش السوري', 'الحكومه السوريه', 'قوات النظام'),
  ...T('party', 'russia', 'russia', 'russian forces', 'russian military', 'russian air force', 'russian jets', 'russian aircraft', 'moscow', 'kremlin', 'россия', 'россию', 'россии', 'кремл*', 'российск* ввс', 'روسيا', 'الروسي', 'الطيران الروسي'),
  ...T('party', 'west', 'united states', 'washington', 'cia', 'pentagon', 'nato', 'the west', 'britain', 'british', 'the uk', 'israel', 'saudi*', 'сша', 'вашингтон*', 'цру', 'пентагон*', 'запад', 'запада', 'западн*', 'нато', 'британ*', 'великобритан*', 'израил*', 'саудовск*', 'الولايات المتحده', 'امريكا', 'واشنطن', 'الغرب'),

  ...T('staged', 'staged', 'staged', 'stage', 'staging', 'fake', 'faked', 'fakes', 'fabricat*', 'falsif*', 'hoax*', 'false flag', 'false-flag', 'provocation*', 'orchestrated', 'no chemical attack', 'did not happen', 'never happened', 'set up', 'set-up', 'dramatized', 'dramatised', 'theatrical', 'simulated', 'inszeniert*',
    'инсценир*', 'постановк*', 'постановочн*', 'фейк*', 'фальсифи*', 'сфабрикова*', 'провокац*', 'ложн* флаг*', 'не было',
    'مفبرك*', 'فبرك*', 'مسرحي*', 'تمثيلي*', 'ملفق*', 'استفزاز*'),

  ...T('munition', 'mortar', 'mortar*', 'минометн*', 'мины', 'мина', 'минами', 'هاون', 'الهاون'),
  ...T('munition', 'rocket', 'rocket*', 'ракет*', 'صاروخ*', 'صواريخ', 'الصواريخ'),
  ...T('munition', 'shell', 'shell', 'shells', 'shelling', 'снаряд*', 'обстрел*', 'قذائف', 'قذيفه', 'القذائف'),
  ...T('munition', 'barrel-bomb', 'barrel bomb*', 'бочк*', 'برميل*', 'براميل'),
  ...T('munition', 'air-strike', 'airstrike*', 'air strike*', 'air raid*', 'bombed', 'bombing', 'aerial bomb*', 'авиаудар*', 'авиабомб*', 'бомбардир*', 'غاره*', 'غارات'),
  ...T('munition', 'missile', 'missile*', 'tomahawk*', 'томагавк*', 'крылат* ракет*'),

  ...T('place', 'aleppo', 'aleppo', 'алеппо', 'халеб*', 'حلب'),
  ...T('place', 'idlib', 'idlib', 'idleb', 'идлиб*', 'ادلب'),
  ...T('place', 'khan-shaykhun', 'khan shaykhun', 'khan sheikhoun', 'khan sheikhun', 'khan shaykhoun', 'khan sheikhoon', 'хан-шейхун*', 'хан шейхун*', 'хан-шейхуне', 'خان شيخون'),
  ...T('place', 'douma', 'douma', 'duma', 'думе', 'دوما'),
  ...T('place', 'ghouta', 'ghouta', 'ghuta', 'гут*', 'الغوطه'),
  ...T('place', 'hama', 'hama', 'хам*', 'حماه'),
  ...T('place', 'damascus', 'damascus', 'дамаск*', 'دمشق'),
  ...T('place', 'homs', 'homs', 'хомс*', 'حمص'),
  ...T('place', 'latamneh', 'latamneh', 'al-lataminah', 'латамн*', 'اللطامنه'),
  ...T('place', 'saraqib', 'saraqib', 'саракиб*', 'سراقب'),

  // attribution cues: the party AFTER these is blamed
  ...T('cue-after', 'by', 'by', 'blamed', 'blames', 'blaming', 'blame', 'accused', 'accuses', 'accusing', 'accuse', 'hands of', 'responsibility of',
    'обвин*', 'со стороны', 'руками', 'по вине', 'من قبل', 'اتهم*', 'على يد',
    // Arabic verbal nouns of attack, agent in the idafa after them: "استهداف الإرهابيين" = the terrorists' targeting
    'استهداف', 'قصف', 'اعتداء', 'اعتداءات'),
  // chemical stockpiles: the owning party is blamed (the warehouse story)
  ...T('stockpile', 'stockpile', 'depot*', 'warehouse*', 'stockpile*', 'stock', 'stocks', 'arsenal*', 'storage', 'resources', 'reserves', 'supplies', 'laborator*', 'lab', 'labs', 'workshop*', 'factory', 'factories', 'cache*',
    'склад*', 'арсенал*', 'запас*', 'лаборатори*', 'мастерск*', 'хранилищ*', 'مستودع*', 'مستودعات', 'مخزن*', 'مخازن', 'معمل*', 'مختبر*', 'ورشه*', 'ورشات'),
  // attribution cues: the party BEFORE these is blamed
  ...T('cue-before', 'did', 'staged', 'staging', 'stage', 'faked', 'fabricated', 'orchestrated', 'carried out', 'responsible', 'used', 'fired', 'launched', 'dropped', 'stored', 'planned', 'prepared', 'preparing', 'planning', 'committed', 'perpetrated', 'behind', 'organised', 'organized', 'filmed', 'shelled', 'attacked', 'targeted', 'bombarded',
    'инсценир*', 'устроил*', 'организова*', 'применил*', 'применя*', 'использова*', 'нанесл*', 'нанес', 'ударил*', 'били', 'обстрелял*', 'обстрелива*', 'выпустил*', 'атаковал*', 'готов*', 'хранил*', 'сняли', 'виновн*', 'ответственн*',
    'نفذ*', 'استخدم*', 'اطلق*', 'مسؤول*', 'استهدف*'),
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, (m) => (m === '*' ? m : '\\' + m));
const toSource = (pat: string) => {
  const stem = pat.endsWith('*');
  const body = esc(stem ? pat.slice(0, -1) : pat)
    .replace(/\*/g, '[\\p{L}\\p{N}]*')
    .replace(/ /g, '[\\s\\-]+');
  return `${body}${stem ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`;
};

// one combined alternation, longest patterns first so "white helmets" wins over shorter overlaps
const ORDER = LEXICON.map((t, i) => i).sort((a, b) => LEXICON[b].pat.length - LEXICON[a].pat.length);
// Dispatch by a word's first character: one sticky alternation per first character, tried only at word
// starts (3x faster than one global alternation with a look-behind at every position).
const isWordCode = (c: number) => (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0x060c && c !== 0x061b && c !== 0x061f);
const BY_FIRST = new Map<number, { re: RegExp; terms: Term[] }>();
{
  const groups = new Map<number, number[]>();
  for (const i of ORDER) {
    const c = LEXICON[i].pat.charCodeAt(0);
    (groups.get(c) ?? groups.set(c, []).get(c)!).push(i);
  }
  for (const [c, ix] of groups)
    BY_FIRST.set(c, { re: new RegExp(ix.map((i) => `(${toSource(LEXICON[i].pat)})`).join('|'), 'yu'), terms: ix.map((i) => LEXICON[i]) });
}
const US = /(?<![\p{L}])(?:US|U\.S\.|USA|U\.S\.A\.)(?![\p{L}])/gu;
const CASUALTIES = /(\d{1,4})(?:\s+[\p{L}\-]+){0,3}?\s+(killed|dead|died|deaths|injured|wounded|hurt|affected|victims|casualties|погиб\p{L}*|пострада\p{L}*|ранен\p{L}*|жертв\p{L}*|قتيل\p{L}*|قتلى|مصاب\p{L}*|اصاب\p{L}*|جريح\p{L}*|ضحيه|ضحايا)/gu;
const ARABIC = /[\u0600-\u06FF]/;
const CUE_REACH = 60; // characters between a cue and a party for the party to count as blamed
// a negator next to the cue ("wasn't conducted by", "nor by", "never used") rejects the attribution: no blame
const NEGATOR = /(?<![\p{L}])(?:not|nor|never|no|не|ни|нет|لم|لا|ليس)(?![\p{L}])|n[’'´]t(?![\p{L}])/u;
// a hedge next to the cue ("suspected attack by", "allegedly carried out by") reports a claim without making it
const HEDGE = /(?<![\p{L}])(?:allegedly|supposedly|suspected|alleged|reportedly|purported(?:ly)?|presumably|якобы|предположительно|предполагаем\p{L}*|المزعوم|مزعوم|المفترض)(?![\p{L}])/u;
const NEG_REACH = 30;
// "the alleged attack IS a provocation of terrorists": a copula between the hedge and the cue ends the hedge's
// reach (the hedge qualifies the attack, the item asserts the rest)
const COPULA = /(?<![\p{L}])(?:is|was|are|were|be|been|это|является|был[аои]?|هو|هي|كان\p{L}*)(?![\p{L}])/u;
const hedged = (span: string) => {
  const m = HEDGE.exec(span);
  return !!m && !COPULA.test(span.slice(m.index + m[0].length));
};
const SENTENCE_END = /[.!?;]\s|\/\/|\n/;
const SENTENCE_ENDS = /[.!?;]\s|\/\/|\n/g;
// attribution phrases: a sentence holding one reports someone's claim (reported speech), see the header
const ATTRIBUTION = /(?<![\p{L}])(?:said|says|say|saying|told|tells|claim|claims|claimed|claiming|alleges|alleging|allegation\p{L}*|accus\p{L}*|blam\p{L}*|according to|stated|announced|insisted|insists|reported|reports|reportedly|quoted|quoting|cited|citing|charged|asserted|assert\p{L}*|по словам|по данным|по мнению|по версии|заявил\p{L}*|заявлени\p{L}*|сообщ\p{L}*|обвин\p{L}*|утвержда\p{L}*|считает|отмечается|[وف]?قال\p{L}*|[وف]?اتهم\p{L}*|[وف]?اتهام\p{L}*|[وف]?ب?حسب|وفق\p{L}*|[وف]?اعلن\p{L}*|[وف]?ذكر\p{L}*|[وف]?افاد\p{L}*|[وف]?زعم\p{L}*|نقلا|[وف]?اكد\p{L}*)(?![\p{L}])/u;
// staged-words that name an actor's deed ("X staged", "X faked") or point at one ("provocation of X")
const STAGED_BEFORE = /^(?:stag|fake|fabricated|orchestrated|set|инсценир|сфабрикова|فبرك)/;
const STAGED_AFTER = /^(?:provocation|провокац|استفزاز)/;
// Russian: a deed word followed by an instrumental plural party ("обстрел ... террористами") names the agent
const RU_INSTRUMENTAL = /(?:ами|ями)$/;
const RU_DEED = /(?:обстрел|удар|атак|применени|выпущен|нанесен|совершен|снаряд|ракет|мин[аы]ми)\p{L}*/u;
const AR_VERBAL_NOUN = new Set(['استهداف', 'قصف', 'اعتداء', 'اعتداءات'].map((w) => foldString(w)));
const GERUND = /^\s+[\p{L}\-]+ing(?![\p{L}])/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const AR_PROCLITIC = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]); // و ف ب ل ك
const AR_CASUALTIES = /(?<![\p{L}])(?:[وف]?(?:اصابه|مقتل|استشهاد|وفاه|اختناق))\s+([0-9\u0660-\u0669]{1,4})/u;

interface Hit {
  term: Term;
  at: number;
  end: number;
  word: string;
}

const words = (x: string) => x.match(WORD)?.length ?? 0;

/** Extracts the claim slots of one item's text (title and body together). */
export function extractClaims(text: string): Claims {
  let s = text.toLowerCase();
  const arabic = ARABIC.test(s);
  if (arabic) s = foldString(s);
  const hits: Hit[] = [];
  for (let i = 0, L = s.length; i < L; i++) {
    const c = s.charCodeAt(i);
    if (!isWordCode(c) || (i > 0 && isWordCode(s.charCodeAt(i - 1)))) continue;
    let at = i;
    let m: RegExpExecArray | null = null;
    let grp = BY_FIRST.get(c);
    if (grp) {
      grp.re.lastIndex = i;
      m = grp.re.exec(s);
    }
    // Arabic proclitics (و ف ب ل ك) are written onto the word: "بقذائف" = "with shells"; retry after one
    if (!m && AR_PROCLITIC.has(c) && i + 1 < L) {
      grp = BY_FIRST.get(s.charCodeAt(i + 1));
      if (grp) {
        grp.re.lastIndex = i + 1;
        m = grp.re.exec(s);
        at = i + 1;
      }
    }
    if (!m || !grp) continue;
    let g = 1;
    while (m[g] === undefined) g++;
    hits.push({ term: grp.terms[g - 1], at, end: at + m[0].length, word: m[0] });
    i = at + m[0].length - 1;
  }
  US.lastIndex = 0;
  for (let m = US.exec(text); m; m = US.exec(text))
    hits.push({ term: { kind: 'party', value: 'west', pat: 'US' }, at: m.index, end: m.index + m[0].length, word: m[0] });
  const claims: Claims = {};
  if (!hits.length) return claims;
  hits.sort((a, b) => a.at - b.at);

  // sentences: the spans between sentence ends; whether each carries an attribution phrase (computed lazily)
  const ends: number[] = [];
  SENTENCE_ENDS.lastIndex = 0;
  for (let m = SENTENCE_ENDS.exec(s); m; m = SENTENCE_ENDS.exec(s)) ends.push(m.index);
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const attributed = new Map<number, string | null>();
  const attributionIn = (k: number): string | null => {
    if (!attributed.has(k)) {
      const m = ATTRIBUTION.exec(s.slice(k ? ends[k - 1] : 0, k < ends.length ? ends[k] + 1 : s.length));
      attributed.set(k, m ? m[0] : null);
    }
    return attributed.get(k)!;
  };

  const first = (kind: Kind, rank?: readonly string[]): SlotValue<string> | undefined => {
    const hs = hits.filter((h) => h.term.kind === kind);
    if (!hs.length) return undefined;
    // the most specific value wins (e.g. "sarin" over generic "chemical"); ties by first mention
    let best = hs[0].term.value;
    if (rank) for (const h of hs) if (rank.indexOf(h.term.value) > rank.indexOf(best)) best = h.term.value;
    return { value: best, words: [...new Set(hs.filter((h) => h.term.value === best).map((h) => h.word))] };
  };
  claims.agent = first('agent', AGENTS);
  claims.munition = first('munition');
  claims.place = first('place');
  const attributionWords = new Set<string>();
  const stagedOwn: string[] = [];
  const stagedReported: string[] = [];
  for (const h of hits) {
    if (h.term.kind !== 'staged') continue;
    const a = attributionIn(sentenceOf(h.at));
    const hedge = hedged(s.slice(Math.max(0, h.at - NEG_REACH), h.at));
    if (a || hedge) {
      stagedReported.push(h.word);
      if (a) attributionWords.add(a);
    } else stagedOwn.push(h.word);
  }
  if (stagedOwn.length) claims.staged = { value: true, words: [...new Set(stagedOwn)] };

  // blame: parties next to an attribution cue, scored; ties go to the first such mention. Asserted and
  // reported (attributed or hedged) pairs are scored apart.
  type Score = Map<string, { n: number; at: number; words: Set<string> }>;
  const own: Score = new Map();
  const rep: Score = new Map();
  const add = (sc: Score, p: Hit, ...ws: string[]) => {
    const e = sc.get(p.term.value) ?? { n: 0, at: p.at, words: new Set<string>() };
    e.n++;
    e.words.add(p.word);
    for (const w of ws) e.words.add(w);
    sc.set(p.term.value, e);
  };
  const parties = hits.filter((h) => h.term.kind === 'party');
  for (const p of parties) {
    const sentence = sentenceOf(p.at);
    for (const c of hits) {
      // Arabic is verb-first ("أطلق الإرهابيون"): its deed verbs point forward as well
      const forward = c.term.kind === 'cue-after' || (c.term.kind === 'staged' && STAGED_AFTER.test(c.word)) || (c.term.kind === 'cue-before' && ARABIC.test(c.word));
      const after = forward && c.end <= p.at && p.at - c.end <= CUE_REACH;
      const before = (c.term.kind === 'cue-before' || (c.term.kind === 'staged' && STAGED_BEFORE.test(c.word))) && c.at >= p.end && c.at - p.end <= CUE_REACH;
      if (!after && !before) continue;
      // same sentence only, and no negator next to the cue
      if (sentenceOf(c.at) !== sentence) continue;
      const gap = after ? s.slice(c.end, p.at) : s.slice(p.end, c.at);
      // agentive "by": the party within three words, and not "by <gerund>" (a means: "by moving a strike group")
      if (after && c.term.value === 'by' && (words(gap) > 3 || GERUND.test(gap))) continue;
      // Arabic verbal nouns ("استهداف", "قصف", "اعتداء"): only the very next word is their agent (idafa);
      // "قصف مناطق المعارضه" (shelling of opposition areas) names the target
      if (after && AR_VERBAL_NOUN.has(c.term.pat) && words(gap) > 0) continue;
      const span = after ? s.slice(Math.max(0, c.at - NEG_REACH), p.at) : s.slice(p.end, c.at);
      if (NEGATOR.test(span)) continue;
      const a = attributionIn(sentence);
      if (a || hedged(span)) {
        if (a) attributionWords.add(a);
        add(rep, p, c.word);
      } else add(own, p, c.word);
    }
    // "обстрел ... террористами": the instrumental plural after a deed word is the agent
    if (RU_INSTRUMENTAL.test(p.word)) {
      const back = s.slice(Math.max(0, p.at - CUE_REACH), p.at);
      const d = RU_DEED.exec(back);
      if (d && !SENTENCE_END.test(back.slice(d.index)) && !NEGATOR.test(back.slice(d.index))) {
        const a = attributionIn(sentence);
        if (a) attributionWords.add(a);
        add(a || hedged(back) ? rep : own, p, d[0]);
      }
    }
  }
  // the stockpile story: a party owning a chemical depot/warehouse/stock in a sentence that names an agent
  for (const st of hits) {
    if (st.term.kind !== 'stockpile') continue;
    const sentence = sentenceOf(st.at);
    if (!hits.some((h) => h.term.kind === 'agent' && sentenceOf(h.at) === sentence)) continue;
    let owner: Hit | undefined;
    for (const p of parties) {
      if (sentenceOf(p.at) !== sentence) continue;
      // "resources of the terrorists", "склад боевиков", "مستودع للارهابيين": owner within 3 words after;
      // "the rebels' chemical weapons depot": owner within 2 words before
      const afterGap = p.at >= st.end ? s.slice(st.end, p.at) : null;
      const beforeGap = p.end <= st.at ? s.slice(p.end, st.at) : null;
      if ((afterGap !== null && words(afterGap) <= 3) || (beforeGap !== null && words(beforeGap) <= 2)) {
        if (!owner || Math.abs(p.at - st.at) < Math.abs(owner.at - st.at)) owner = p;
      }
    }
    if (owner && !claims.stockpile) {
      claims.stockpile = { value: owner.term.value as Party, words: [owner.word, st.word] };
      const a = attributionIn(sentence);
      if (a) attributionWords.add(a);
      add(a ? rep : own, owner, st.word);
    }
  }
  const best = (sc: Score): SlotValue<Party> | undefined => {
    let bp: string | undefined;
    for (const [v, e] of sc) {
      const b = bp ? sc.get(bp)! : undefined;
      if (!b || e.n > b.n || (e.n === b.n && e.at < b.at)) bp = v;
    }
    return bp ? { value: bp as Party, words: [...sc.get(bp)!.words] } : undefined;
  };
  claims.blamed = best(own);
  if (!claims.blamed) delete claims.blamed;
  const rb = best(rep);
  if (rb || stagedReported.length)
    claims.reported = {
      ...(rb ? { blamed: rb } : {}),
      ...(stagedReported.length ? { staged: { value: true, words: [...new Set(stagedReported)] } } : {}),
      words: [...attributionWords],
    };

  CASUALTIES.lastIndex = 0;
  const cm = CASUALTIES.exec(s);
  if (cm) claims.casualties = { value: Number(cm[1]), words: [cm[0]] };
  else if (arabic) {
    const am = AR_CASUALTIES.exec(s);
    if (am) claims.casualties = { value: Number(am[1].replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))), words: [am[0]] };
  }
  return claims;
}

/**
 * The item's stance: its own (asserted) blame and staged flag when it has any; otherwise the reported ones,
 * flagged `reported` (the item carries the story without making it).
 */
export function itemStance(c: Claims): { code: number; reported: boolean } {
  const own = stanceCode(c);
  if (own) return { code: own, reported: false };
  if (!c.reported) return { code: 0, reported: false };
  return { code: stanceCode({ blamed: c.reported.blamed, staged: c.reported.staged }), reported: true };
}

/** Compact code of the slots that define a narrative: blamed party and staged flag (0 = no stance). */
export function stanceCode(c: Claims): number {
  const b = c.blamed ? PARTIES.indexOf(c.blamed.value) + 1 : 0;
  const s = c.staged ? 1 : 0;
  return b === 0 && s === 0 ? 0 : b * 2 + s;
}

export function stanceOf(code: number): { blamed: Party | null; staged: boolean } {
  return { blamed: code >> 1 ? PARTIES[(code >> 1) - 1] : null, staged: (code & 1) === 1 };
}

export function stanceLabel(code: number): string {
  const { blamed, staged } = stanceOf(code);
  const who: Record<Party, string> = {
    opposition: 'opposition / "terrorists" / White Helmets',
    government: 'the Syrian government',
    russia: 'Russia',
    west: 'the US / the West',
  };
  if (blamed && staged) return `${who[blamed]} staged or fabricated it`;
  if (blamed) return `${who[blamed]} did it`;
  return 'staged or fabricated (no one named)';
}
