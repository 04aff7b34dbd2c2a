/**
 * Claim slots of one news item: which agent it names, whom it blames, whether it calls the event staged
 * or fabricated, which munition, which place, how many casualties; each slot keeps the words that set it.
 *
 * Method: a lexicon-and-cue extractor (no model), in English, Russian (stems, so case endings match) and
 * Arabic (the commonest terms, matched after the tokeniser's folding of alef/teh-marbuta/yeh variants).
 * Blame is assigned by proximity to an attribution cue: a party right after "by / blamed / accused"
 * (RU "обвин", AR "من قبل / اتهم") or right before "staged / carried out / fired / stored" is blamed.
 * This follows the frame-element idea of Semetko & Valkenburg (2000) "responsibility frame", reduced to
 * words an analyst can audit; it is deliberately transparent rather than clever. Known limits: negation
 * ("did not stage") and reported speech ("X said Y blamed Z") are not parsed.
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
}

type Kind = 'agent' | 'party' | 'staged' | 'munition' | 'place' | 'cue-after' | 'cue-before';
interface Term {
  kind: Kind;
  value: string;
  /** regex source, lower-case; a trailing "*" means a stem (any ending) */
  pat: string;
}

const T = (kind: Kind, value: string, ...pats: string[]): Term[] => pats.map((pat) => ({ kind, value, pat }));

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
    'ارهابي*', 'الارهابي*', 'المسلحين', 'مسلحين', 'المسلحه', 'الخوذ البيضاء', 'النصره', 'جبهه النصره', 'هيئه تحرير الشام', 'المعارضه', 'داعش'),
  ...T('party', 'government', 'assad*', 'syrian government', 'syrian army', 'syrian air force', 'syrian airforce', 'syrian regime', 'syrian military', 'syrian forces', 'syrian troops', 'syrian jets', 'syrian authorities', 'regime', 'regime forces', 'government forces', 'government troops', 'damascus government',
    'асад*', 'сирийск* арми*', 'сирийск* ввс', 'сирийск* авиац*', 'сирийск* правительств*', 'сирийск* власт*', 'режим*', 'правительственн* войск*',
    'النظام', 'الاسد', 'الجيش السوري', 'الحكومه السوريه', 'قوات النظام'),
  ...T('party', 'russia', 'russia', 'russian forces', 'russian military', 'russian air force', 'russian jets', 'russian aircraft', 'moscow', 'kremlin', 'россия', 'россию', 'россии', 'кремл*', 'российск* ввс', 'روسيا', 'الروسي', 'الطيران الروسي'),
  ...T('party', 'west', 'united states', 'washington', 'cia', 'pentagon', 'nato', 'the west', 'britain', 'british', 'the uk', 'israel', 'saudi*', 'сша', 'вашингтон*', 'цру', 'пентагон*', 'запад', 'запада', 'западн*', 'нато', 'британ*', 'великобритан*', 'израил*', 'саудовск*', 'الولايات المتحده', 'امريكا', 'واشنطن', 'الغرب'),

  ...T('staged', 'staged', 'staged', 'stage', 'staging', 'fake', 'faked', 'fakes', 'fabricat*', 'falsif*', 'hoax*', 'false flag', 'false-flag', 'provocation*', 'orchestrated', 'no chemical attack', 'did not happen', 'never happened', 'set up', 'set-up', 'dramatized', 'dramatised', 'theatrical', 'simulated', 'inszeniert*',
    'инсценир*', 'постановк*', 'постановочн*', 'фейк*', 'фальсифи*', 'сфабрикова*', 'провокац*', 'ложн* флаг*', 'не было',
    'مفبرك*', 'فبرك*', 'مسرحي*', 'تمثيلي*', 'ملفق*', 'استفزاز*'),

  ...T('munition', 'mortar', 'mortar*', 'минометн*', 'мины', 'мина', 'هاون'),
  ...T('munition', 'rocket', 'rocket*', 'ракет*', 'صاروخ*', 'صواريخ'),
  ...T('munition', 'shell', 'shell', 'shells', 'shelling', 'снаряд*', 'обстрел*', 'قذائف', 'قذيفه'),
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
    'обвин*', 'со стороны', 'руками', 'من قبل', 'اتهم*', 'على يد'),
  // attribution cues: the party BEFORE these is blamed
  ...T('cue-before', 'did', 'staged', 'staging', 'stage', 'faked', 'fabricated', 'orchestrated', 'carried out', 'responsible', 'used', 'fired', 'launched', 'dropped', 'stored', 'planned', 'prepared', 'preparing', 'planning', 'committed', 'perpetrated', 'behind', 'organised', 'organized', 'filmed', 'shelled', 'attacked', 'targeted', 'bombarded',
    'инсценир*', 'устроил*', 'организова*', 'применил*', 'обстрелял*', 'выпустил*', 'атаковал*', 'готов*', 'хранил*', 'сняли', 'виновн*', 'ответственн*',
    'نفذ*', 'استخدم*', 'اطلق*', 'مسؤول*'),
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
// a negator or hedge next to the cue ("wasn't conducted by", "nor by", "allegedly carried out by", "never used")
// reports a rejected attribution, not a blame
const NEGATOR = /(?<![\p{L}])(?:not|nor|never|no|allegedly|supposedly|не|ни|нет|якобы|لم|لا|ليس|المزعوم)(?![\p{L}])|n[’'´]t(?![\p{L}])/u;
const NEG_REACH = 30;
const SENTENCE_END = /[.!?;]\s|\/\/|\n/;
// staged-words that name an actor's deed ("X staged", "X faked") or point at one ("provocation of X")
const STAGED_BEFORE = /^(?:stag|fake|fabricated|orchestrated|set|инсценир|сфабрикова|فبرك)/;
const ACCUSE = /^(?:blam|accus|обвин|اتهم)/;
const STAGED_AFTER = /^(?:provocation|провокац|استفزاز)/;

interface Hit {
  term: Term;
  at: number;
  end: number;
  word: string;
}

/** Extracts the claim slots of one item's text (title and body together). */
export function extractClaims(text: string): Claims {
  let s = text.toLowerCase();
  if (ARABIC.test(s)) s = foldString(s);
  const hits: Hit[] = [];
  for (let i = 0, L = s.length; i < L; i++) {
    const c = s.charCodeAt(i);
    if (!isWordCode(c) || (i > 0 && isWordCode(s.charCodeAt(i - 1)))) continue;
    const grp = BY_FIRST.get(c);
    if (!grp) continue;
    grp.re.lastIndex = i;
    const m = grp.re.exec(s);
    if (!m) continue;
    let g = 1;
    while (m[g] === undefined) g++;
    hits.push({ term: grp.terms[g - 1], at: i, end: i + m[0].length, word: m[0] });
    i += m[0].length - 1;
  }
  US.lastIndex = 0;
  for (let m = US.exec(text); m; m = US.exec(text))
    hits.push({ term: { kind: 'party', value: 'west', pat: 'US' }, at: m.index, end: m.index + m[0].length, word: m[0] });
  const claims: Claims = {};
  if (!hits.length) return claims;
  hits.sort((a, b) => a.at - b.at);

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
  const staged = hits.filter((h) => h.term.kind === 'staged');
  if (staged.length) claims.staged = { value: true, words: [...new Set(staged.map((h) => h.word))] };

  // blame: parties next to an attribution cue, scored; ties go to the first such mention
  const score = new Map<string, { n: number; at: number; words: Set<string> }>();
  const parties = hits.filter((h) => h.term.kind === 'party');
  for (const p of parties) {
    for (const c of hits) {
      // Arabic is verb-first ("أطلق الإرهابيون"): its deed verbs point forward as well
      const forward = c.term.kind === 'cue-after' || (c.term.kind === 'staged' && STAGED_AFTER.test(c.word)) || (c.term.kind === 'cue-before' && ARABIC.test(c.word));
      const after = forward && c.end <= p.at && p.at - c.end <= CUE_REACH;
      const before = (c.term.kind === 'cue-before' || (c.term.kind === 'staged' && STAGED_BEFORE.test(c.word))) && c.at >= p.end && c.at - p.end <= CUE_REACH;
      if (!after && !before) continue;
      // same sentence only, and no negator or hedge next to the cue
      if (SENTENCE_END.test(after ? s.slice(c.end, p.at) : s.slice(p.end, c.at))) continue;
      const span = after ? s.slice(Math.max(0, c.at - NEG_REACH), p.at) : s.slice(p.end, c.at);
      if (NEGATOR.test(span)) continue;
      // "the West accuses Russia": an accusation with a party as its subject is reported speech, not the
      // item's own attribution, so it sets no blame
      if (after && ACCUSE.test(c.word) && parties.some((q) => q !== p && q.end <= c.at && c.at - q.end <= CUE_REACH && !SENTENCE_END.test(s.slice(q.end, c.at)))) continue;
      const e = score.get(p.term.value) ?? { n: 0, at: p.at, words: new Set<string>() };
      e.n++;
      e.words.add(p.word).add(c.word);
      score.set(p.term.value, e);
    }
  }
  let bestParty: string | undefined;
  for (const [v, e] of score) {
    const b = bestParty ? score.get(bestParty)! : undefined;
    if (!b || e.n > b.n || (e.n === b.n && e.at < b.at)) bestParty = v;
  }
  if (bestParty) claims.blamed = { value: bestParty as Party, words: [...score.get(bestParty)!.words] };

  CASUALTIES.lastIndex = 0;
  const cm = CASUALTIES.exec(s);
  if (cm) claims.casualties = { value: Number(cm[1]), words: [cm[0]] };
  return claims;
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
