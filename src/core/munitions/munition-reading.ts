/**
 * Reading a munition's description (session 14, room mun): the text normalisation the delivery keywords are matched on,
 * the calibre written in it, and which keyword hits the description denies or does not assert.
 *
 * - Normalisation: NFC, Arabic diacritics and tatweel removed, alef and yaa folded (as the agent extraction), Arabic-Indic
 *   and Persian digits read as digits, typographic apostrophes and hyphens made plain, and the Arabic dual of a noun in
 *   ة (اسطوانتين, قذيفتان: ة written ت before the dual ending) read as the noun (the Snowball and light stems keep the ت).
 * - Calibre: a number of 2-3 digits with a unit of length (120mm, 120-мм, 120 ملم, 120 millimetre, 152-миллиметровый,
 *   152 مليمترا) or after a calibre word (calibre 152, калибра 122, عيار 120). Every one found is returned with its
 *   place, so a description that names several munitions can take the calibre told beside the one it reads.
 * - Negation: a keyword hit is denied when a negation cue opens its phrase: a determiner-like cue (no, without, nor,
 *   neither, never, нет, ни, без, никаких, لا, ليس, دون, بدون, عدم, غير) with at most two content words between
 *   (one in Arabic), or a verbal negation (not, n't, не, لم, لن) right before it or through a verb of finding, seeing,
 *   being or using ("did not find any cylinder", "не было найдено баллонов", "لم يعثر على أي أسطوانة"); or when a
 *   postposed "was not found", "не обнаружено", "لم يعثر عليها" follows it within three words. A hit in a list right
 *   after a denied one is denied too ("no cylinders, rockets or shells"). Prepositions and subordinators break the
 *   phrase ("no injuries from the mortar" denies no mortar). ConText's negation window (Harkema et al. 2009, J Biomed
 *   Inform 42:839-51) cut to the noun phrase; the cue lists are closed classes (judgment of reading).
 * - Irrealis: a hit inside a yes/no question, a condition, a rumour or an expectation (irrealisSpans, the agent
 *   extraction's reading) asserts nothing; one inside a corrected belief ("we thought it was shelling, but ...") stays.
 */
import { irrealisSpans, IRREALIS_PRE } from '../agents/irrealis-scope.js';
import type { CueSet, KeywordSense } from './munition-kb.js';

/** The text the keywords are matched on (offsets of hits are into it). */
export function normaliseMunitionText(raw: string): string {
  return normaliseMunitionCased(raw).toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** normaliseMunitionText before lower-casing (a model name's capitals: FAB, «Град»); its offsets are the same when
 * lower-casing keeps the length (it does but for a few letters such as İ; the caller checks). */
export function normaliseMunitionCased(raw: string): string {
  // plain ASCII has nothing to fold (every replacement below is of a non-ASCII character, and NFC leaves ASCII as it is)
  if (!NON_ASCII.test(raw)) return raw;
  let t = raw
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u202F\u2009]/g, ' ');
  if (/[\u0660-\u0669\u06F0-\u06F9]/.test(t)) t = t.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10));
  // the dual of a noun in ة: its ة is written ت before ين / ان (اسطوانتين, قذيفتان, قنبلتين); a stem of three letters or
  // more before it (so a verb's ending, كانتا, or a short word is left alone)
  if (/[\u0600-\u06FF]/.test(t)) t = t.replace(/(?<![\p{L}])([\u0600-\u06FF]{3,})ت(?:ين|ان)(?![\p{L}])/gu, '$1ة');
  // "N من نوع / من طراز X" (an N of the type X) names X as the kind of N: the two words are read as side by side
  // (صواريخ من نوع الفيل is صواريخ الفيل), by blanking the construction with as many spaces (offsets are kept)
  if (/من\s+(?:نوع|طراز)/.test(t)) t = t.replace(/(?<![\p{L}])من\s+(?:نوع|طراز)(?![\p{L}])/gu, (m) => ' '.repeat(m.length));
  return t;
}

export interface CalibreMention {
  mm: number;
  start: number;
  end: number;
}

const UNIT = String.raw`(?:mm|мм|ملم|مم|ملل?يمتر\p{L}*|ميل+يمتر\p{L}*|millimet(?:er|re)s?|миллиметр\p{L}*)`;
const CALIBRE_UNIT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{2,3})\s*-?\s*${UNIT}(?![\p{L}])`, 'gu');
/** a standard calibre right before the gun that fires it ("a 105 howitzer round", "120 mortar"): the common tube and rocket
 * calibres only, so a count ("12 mortars", "23 rockets") is not read as one */
const CALIBRE_GUN = /(?<![\p{L}\p{N}.,])(60|81|82|100|105|107|120|122|130|140|152|155|160|203|240)[\s-]+(?:howitzers?|mortars?|guns?|cannons?|гаубиц\p{L}*|миномет\p{L}*|миномёт\p{L}*)(?![\p{L}])/gu;
const CALIBRE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:calibre|caliber|cal\.|калибр\p{L}*|[وفب]?(?:ال)?عيار)\s*(\d{2,3})(?![\p{N}])`, 'gu');

/** Every calibre written in the normalised text, in order. */
export function calibreMentions(text: string): CalibreMention[] {
  const out: CalibreMention[] = [];
  if (!/\d/.test(text)) return out;
  for (const re of [CALIBRE_UNIT, CALIBRE_WORD, CALIBRE_GUN]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) if (!out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) out.push({ mm: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- negation -------------------------------------------------------------------------------------------------------

const W = String.raw`[\p{L}\p{N}'-]+`;
/** EN words that may stand between a cue and the munition word (articles, evidence nouns, verbs of finding) */
const EN_FILL = String.raw`(?:a|an|any|the|single|one|such|other|more|further|of|sign|signs|trace|traces|evidence|remnants?|remains|fragments?|debris|parts?|pieces?|find|found|see|seen|saw|recover|recovered|identify|identified|locate|located|use|used|involve|involved|was|were|be|been|there|is|are|it|this|that|these|those|caused|made|fired|dropped|launched)`;
/** EN function words a content word between cue and munition may not be (they open another phrase) */
const EN_STOP = String.raw`(?:from|in|on|at|after|before|during|near|when|while|until|because|since|as|but|and|or|to|into|onto|by|with|of|for|than|then|who|which|where|whether|if|said|says)`;
const EN_FREE = String.raw`(?!${EN_STOP}(?![\p{L}]))${W}`;
const EN_NEG = new RegExp(
  String.raw`(?:(?<![\p{L}'])(?:no|without|nor|neither|never|ruled\s+out|rather\s+than|instead\s+of)\s+(?:(?:by|from|with)\s+)?(?:${EN_FILL}\s+){0,3}(?:${EN_FREE}\s+){0,2}` +
    String.raw`|(?:(?<![\p{L}'])not|\p{L}n't)\s+(?:(?:by|from|with)\s+)?(?:${EN_FILL}\s+){0,3}(?:${EN_FREE}\s+)?)$`,
  'u',
);
const RU_FILL = String.raw`(?:был\p{L}*|будет|найден\p{L}*|нашл\p{L}*|нашел|обнаружен\p{L}*|обнаружил\p{L}*|видел\p{L}*|видн\p{L}*|замечен\p{L}*|след\p{L}*|остат\p{L}*|фрагмент\p{L}*|признак\p{L}*|использовал\p{L}*|использован\p{L}*|применял\p{L}*|применен\p{L}*|это|этого|эта|эти|этих|никак\p{L}*|одн\p{L}*|ни|на\s+месте)`;
const RU_STOP = String.raw`(?:в|во|на|по|от|из|после|до|при|когда|пока|но|а|и|или|что|котор\p{L}*|под|над|у|к|ко|за|с|со|для|чем|если|будто)`;
const RU_FREE = String.raw`(?!${RU_STOP}(?![\p{L}]))${W}`;
const RU_NEG = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:нет|ни|без|никак\p{L}*|ничего|отсутств\p{L}*|вместо)\s+(?:${RU_FILL}\s+){0,3}(?:${RU_FREE}\s+){0,2}` +
    String.raw`|(?<![\p{L}])не\s+(?:${RU_FILL}\s+){0,3})$`,
  'u',
);
const AR_FILL = String.raw`(?:[وف]?(?:يعثر|تعثر|يعثروا|نعثر|عثر|عثروا|العثور|عثور|يتم|تم|يجد|تجد|نجد|وجد|وجدوا|يجدوا|توجد|يوجد|وجود|هناك|يكن|تكن|يكون|تكون|نر|ير|تر|يري|نري|تري|يشاهد|نشاهد|يشاهدوا|شوهد|شوهدت|تستخدم|يستخدم|استخدام|تستعمل|يستعمل|اي|اثر|اثار|بقايا|شظايا|علي|عليه|عليها|هذه|هذا|فيه|فيها|ثمة))`;
const AR_STOP = String.raw`(?:[وف]?(?:في|علي|عند|بعد|قبل|حين|عندما|لما|لكن|بل|او|الي|من|عن|مع|ان|انه|انها|الذي|التي|يزال|تزال|زال))`;
const AR_FREE = String.raw`(?!${AR_STOP}(?![\p{L}]))${W}`;
const AR_NEG = new RegExp(
  String.raw`(?:(?<![\p{L}])[وف]?(?:لا|ليس|ليست|ليسوا|دون|بدون|غير|عدم|بلا|ولا)\s+(?!(?:يزال|تزال|زال|سيما)(?![\p{L}]))(?:${AR_FILL}\s+){0,3}(?:${AR_FREE}\s+)?` +
    String.raw`|(?<![\p{L}])[وف]?(?:لم|لن|ما)\s+(?:${AR_FILL}\s+){0,3})$`,
  'u',
);
/** a postposed denial within three words after the munition word */
const POST_NEG = new RegExp(
  String.raw`^(?:\s+${W}){0,3}?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:not|never)\s+(?:found|seen|recovered|located|identified|used|present)|(?:could|can)\s*not\s+be\s+(?:found|located|identified)|(?:was|were)\s+(?:absent|missing)` +
    String.raw`|не\s+(?:был[аио]?\s+)?(?:найден\p{L}*|обнаружен\p{L}*|нашли|обнаружили)|отсутствовал\p{L}*` +
    String.raw`|[وف]?لم\s+(?:يتم\s+)?(?:يعثر|تعثر|يعثروا|نعثر|العثور|يجد|نجد|توجد|يوجد)|غير\s+موجود\p{L}*)(?![\p{L}])`,
  'u',
);
/** what may stand between two items of a list (a denied item's neighbour after it is denied too) */
const LIST_GAP = /^[\s,\u060C]*(?:(?:or|and|nor|или|и|ни|او|و|ولا)\s+)?(?:(?:any|a|an|the|никаких|اي)\s+)?$/u;
/** the clause a cue must share with the munition word: from the last sentence or clause mark */
const CLAUSE_MARK = /[.;:!?\n\u061B\u061F]/g;
const NEG_PRE = /(?<![\p{L}])(?:no|not|without|nor|neither|never|ruled|rather|instead|нет|ни|не|без|никак|ничего|отсутств|вместо|لا|ليس|ليست|ليسوا|دون|بدون|غير|عدم|بلا|لم|لن|ما)|n't|(?<![\p{L}])[وف](?:لا|لم|لن|ما|ليس)|(?<![\p{L}])ولا/u;

export interface Span {
  start: number;
  end: number;
}

/**
 * Which hits (start/end into `text`, in any order) the description denies or does not assert; returns a flag per hit.
 */
export function unassertedHits(text: string, hits: readonly Span[]): boolean[] {
  const out = hits.map(() => false);
  if (!hits.length) return out;
  const order = hits.map((_, i) => i).sort((a, b) => hits[a].start - hits[b].start);
  if (NEG_PRE.test(text)) {
    const denied: Span[] = [];
    for (const i of order) {
      const h = hits[i];
      let from = 0;
      CLAUSE_MARK.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = CLAUSE_MARK.exec(text)) && m.index < h.start) from = m.index + 1;
      const before = text.slice(Math.max(from, h.start - 160), h.start);
      // a hit on words of a denied one (a keyword of two deliveries, a word of a denied phrase), or next in a list after
      // one, is denied too
      const no =
        denied.some((d) => (d.start <= h.start && h.end <= d.end) || (d.end <= h.start && LIST_GAP.test(text.slice(d.end, h.start)))) ||
        EN_NEG.test(before) ||
        RU_NEG.test(before) ||
        AR_NEG.test(before) ||
        POST_NEG.test(text.slice(h.end, h.end + 80).split(/[.;:!?\n\u061B\u061F]/)[0]);
      if (no) {
        out[i] = true;
        denied.push(h);
      }
    }
  }
  if (IRREALIS_PRE.test(text)) {
    const spans = irrealisSpans(text);
    if (spans.length)
      hits.forEach((h, i) => {
        const sp = spans.find((x) => x.from <= h.start && h.start < x.to && !x.belief);
        if (sp && sp.answer !== 'yes') out[i] = true;
      });
  }
  return out;
}

// A fill word that names a place, a network or a fuel, not what a munition carries: "the gas station", "a gas
// pipeline", "natural gas", "газопровод", "газовая заправка", "محطة غاز", "انبوب الغاز". The gas there is the target or
// the fuel; judgment (the same word-level test as the denial scopes above, on the words beside the fill word).
const FUEL_EN_NEXT = /^[\s-]*(?:stations?|pipelines?|pipes?|lines?|mains?|fields?|plants?|compan(?:y|ies)|suppl(?:y|ies)|prices?|stoves?|heaters?|pumps?|wells?|facilit(?:y|ies)|depots?|terminals?|storage|works|grid|network|meters?|bills?)(?![\p{L}])/u;
const FUEL_EN_PREV = /(?<![\p{L}])(?:natural|cooking|domestic|household|petrol|fuel)[\s-]+$/u;
const FUEL_RU_WORD = /^(?:газопровод|газоснаб|газозаправ|газохранил|газокомпрессор|газоперераб|газодобыва|газораспред|газифик)/u;
const FUEL_RU_NEXT = /^\s+(?:заправ|станц|труб|магистрал|месторожд|скважин|плит|колонк|компани|котельн|сет[ьи]|хранилищ|баллон\p{L}*\s+(?:на|в)\s+кухн)/u;
const FUEL_RU_PREV = /(?<![\p{L}])(?:природн\p{L}*|бытов\p{L}*|сжиженн\p{L}*\s+бытов\p{L}*)\s+$/u;
const FUEL_AR_PREV = /(?<![\p{L}])[وب]?(?:ال)?(?:محطة|محطات|انبوب|انابيب|خط|خطوط|حقل|حقول|شركة|مصنع|معمل|اسعار|سعر|موقد|مدفاة|جرة|قارورة|مستودع|شبكة|منشاة|منشات)\s+$/u;
const FUEL_AR_NEXT = /^\s+(?:ال)?(?:طبيعي|منزلي)(?![\p{L}])/u;

/** Whether a fill-word hit names a place, network or fuel ("gas station", "газопровод", "محطة غاز") rather than a fill. */
export function fuelOrPlaceFill(text: string, h: Span): boolean {
  const word = text.slice(h.start, h.end);
  const after = text.slice(h.end, h.end + 40);
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  if (/[\u0400-\u04FF]/.test(word)) {
    const whole = text.slice(h.start).match(/^[\p{L}-]+/u)?.[0] ?? word;
    return FUEL_RU_WORD.test(whole) || FUEL_RU_NEXT.test(text.slice(h.start + whole.length, h.start + whole.length + 40)) || FUEL_RU_PREV.test(before);
  }
  if (/[\u0600-\u06FF]/.test(word)) return FUEL_AR_PREV.test(before) || FUEL_AR_NEXT.test(after);
  return FUEL_EN_NEXT.test(after) || FUEL_EN_PREV.test(before);
}

// A clause boundary between two munition words: a stop or colon (not a comma: "the drone, flying low, dropped ..."), or a word that starts another event or clause
// ("before", "after", "then", "как", "после", "затем", "ثم", "بعد", "عندما"); judgment.
const CLAUSE_BREAK = /[.;:!?\n\u061B\u061F]|(?<![\p{L}])(?:before|after|while|whereas|when|then|later|как|когда|после|перед|затем|потом|пока|[وف]?(?:ثم|بعد|قبل|عندما|حين|بينما|لما))(?![\p{L}])/u;

/** Whether two offsets of the text lie in one clause (no stop or clause word between them; a comma is no break). */
export function sameClause(text: string, a: number, b: number): boolean {
  return !CLAUSE_BREAK.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

// ---- keywords with another sense ------------------------------------------------------------------------------------

/** the sentence a munition word's context is looked for in */
const SENTENCE_MARK = /[.!?\n;\u061B\u061F]/;

/** The sentence around offsets [start, end) of the text. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let a = start;
  while (a > 0 && !SENTENCE_MARK.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !SENTENCE_MARK.test(text[b])) b++;
  return { start: a, end: b };
}

/** What the sense check may ask of the whole description, each computed at most once (munition-compatibility.ts). */
export interface SenseEnv {
  /** the normalised description before lower-casing */
  cased(): string;
  /** whether the sentence holds munition context: a calibre, a munition-context word or another delivery keyword */
  hasContext(sentence: Span): boolean;
}

const WORD_RUN = /^[\p{L}\p{N}]+/u;
const WORD_TAIL = /^[\p{L}\p{N}]*/u;

/**
 * Whether a keyword hit with a common non-munition sense (KB signatures.senses) reads as a munition here. Judgment of
 * reading, in this order: a surface form that is another word sharing the stem ("Convention", "droned") is not; a word
 * right before or after that names the other sense ("coal mine", "sea shell", "brick and mortar", "кислая мина",
 * "grad student") is not; a keyword whose words must stand side by side and do not ("he went round") is not; a word
 * that needs munition context has it when its sentence holds a calibre, a munition-context word or another delivery
 * keyword (`env.hasContext`), or, for a model name, when it is written in capitals (not as the sentence's first word),
 * in quotes or joined to a number (FAB-500, «Град», БМ-21 Град).
 * Cheap on the common words (session 16): the word the hit opens is cut out only when a form list or a name needs it,
 * and the cues beside it are looked for only when the neighbouring word is one a cue ends (or starts) with.
 */
export function senseOk(sense: KeywordSense, text: string, h: Span, env: SenseEnv): boolean {
  // the word the hit opens, and the end of the word it closes (a stem hit may end inside a word: "shells", "миной")
  const surface = sense.notForms.size || sense.contextForms.size || sense.name ? (WORD_RUN.exec(text.slice(h.start, h.start + 48))?.[0] ?? '') : '';
  const end = h.end + endOfWord(text, h.end);
  if (sense.notForms.has(surface)) return false;
  if (sense.before && cueBeside(sense.before, text, h.start, -1)) return false;
  if (sense.after && cueBeside(sense.after, text, end, 1)) return false;
  // the keyword's words side by side: as many words in the hit as the keyword has (the matcher allows a gap)
  if (sense.adjacent && text.slice(h.start, end).trim().split(/\s+/).length > sense.words) return false;
  const needs = sense.context || sense.contextForms.has(surface);
  if (!needs) return true;
  const sentence = sentenceAround(text, h.start, end);
  if (sense.name) {
    // joined to a number (FAB-500, ФАБ 250, БМ-21 Град), in quotes («Град», "Grad")
    if (/^[\s-]?\d/u.test(text.slice(end, end + 3)) || /\d[\s-]?$/u.test(text.slice(Math.max(0, h.start - 2), h.start))) return true;
    if (/[«"“„']\s?$/u.test(text.slice(Math.max(0, h.start - 2), h.start))) return true;
    // in capitals: all of it (FAB, GRAD), or its first letter when it is not the sentence's first word (Grad)
    const cased = env.cased();
    if (cased.length === text.length) {
      const w = cased.slice(h.start, h.start + surface.length);
      const first = !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, h.start));
      if (w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()) return true;
      if (!first && w[0] !== w[0].toLowerCase()) return true;
    }
  }
  return env.hasContext(sentence);
}

/** How many letters or digits follow offset `at` (looked at within 48 characters, as the word a hit closes). */
function endOfWord(text: string, at: number): number {
  // the common case without a slice: the hit ends its word (a space, a mark or the text's end follows)
  const c = text.charCodeAt(at);
  if (!(c >= 0x61 && c <= 0x7a) && !(c >= 0x30 && c <= 0x39) && !(c >= 0x41 && c <= 0x5a) && (c < 0x80 || Number.isNaN(c))) return 0;
  return WORD_TAIL.exec(text.slice(at, at + 48))?.[0].length ?? 0;
}

const WORD_CHAR = /[\p{L}\p{N}']/u;
/** a letter, digit or apostrophe (ASCII without the regex) */
function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 0x61 && k <= 0x7a) || (k >= 0x30 && k <= 0x39) || (k >= 0x41 && k <= 0x5a) || k === 0x27;
  return WORD_CHAR.test(c);
}

/** Up to `n` words joined to offset `at` by spaces or hyphens only, nearest first (dir -1: before it, 1: after it). */
function wordsBeside(text: string, at: number, dir: -1 | 1, n: number): string[] {
  const out: string[] = [];
  let i = at;
  while (out.length < n) {
    const k = wordBeside(text, i, dir);
    if (k < 0) break;
    out.push(dir < 0 ? text.slice(k, gapEnd) : text.slice(gapEnd, k));
    i = k;
  }
  return out;
}

/** set by wordBeside: where the gap before (dir -1) or after (dir 1) `at` ends and the word begins */
let gapEnd = 0;
/** The far end of the word joined to offset `at` by spaces or hyphens only (its start for dir -1, its end for dir 1),
 * -1 when there is none; `gapEnd` is then the word's near end. */
function wordBeside(text: string, at: number, dir: -1 | 1): number {
  let j = at;
  // the gap: spaces or hyphens only, at least one
  while (dir < 0 ? j > 0 && (text[j - 1] === ' ' || text[j - 1] === '-') : j < text.length && (text[j] === ' ' || text[j] === '-')) j += dir;
  if (j === at) return -1;
  let k = j;
  while (dir < 0 ? k > 0 && isWordChar(text[k - 1]) : k < text.length && isWordChar(text[k])) k += dir;
  if (k === j) return -1;
  gapEnd = j;
  return k;
}

/** Whether a cue phrase stands right before (dir -1, ending at `at`) or right after (dir 1, from `at`) a hit: the one to
 * three words joined to it by spaces or hyphens only. The word next to the hit is looked at first: when no cue has it
 * there (CueSet.edge), no cue stands beside the hit. */
function cueBeside(cues: CueSet, text: string, at: number, dir: -1 | 1): boolean {
  const k = wordBeside(text, at, dir);
  if (k < 0) return false;
  const next = dir < 0 ? text.slice(k, gapEnd) : text.slice(gapEnd, k);
  if (!cues.edge.has(next) && !cues.edgePrefix.some((p) => next.startsWith(p))) return false;
  const near = wordsBeside(text, at, dir, cues.max);
  const words = dir < 0 ? near.reverse() : near;
  for (let n = 1; n <= words.length; n++) {
    const w = dir < 0 ? words.slice(words.length - n) : words.slice(0, n);
    if (cues.exact.has(w.join(' '))) return true;
    for (const p of cues.prefix) if (p.words.length === n - 1 && w[n - 1].startsWith(p.last) && p.words.every((x, k2) => x === w[k2])) return true;
  }
  return false;
}
