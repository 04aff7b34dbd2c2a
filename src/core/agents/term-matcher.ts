/**
 * Stem-level term matching: the second extraction pass beside the hand-written regex lexicon
 * (docs/agent-differential.md §3). Terms are data (knowledge/agent-terms.yaml: lay paraphrases in EN/RU/AR;
 * knowledge/hpo-terms.yaml: Human Phenotype Ontology labels and layperson synonyms), so coverage grows by adding
 * words, not patterns.
 *
 * Method: every term and every account is tokenised into runs of letters and digits and each token reduced by the Snowball
 * stemmer of its language (Porter 2001, "Snowball: a language for stemming algorithms"; the English, Russian and
 * Arabic stemmers of @orama/stemmers). A term matches a run of account tokens with the same stems in the same
 * order, with at most MAX_GAP other words between consecutive term words and no clause punctuation in between
 * ("pupils were tiny" matches the term "pupils tiny"). Arabic tokens are also tried without a leading
 * conjunction or preposition clitic (و ف ب ل ك), which the Snowball Arabic stemmer keeps on short words.
 * A term word written with a trailing "*" matches any token whose stem starts with it (for compounds).
 * Stems are cached per token (the cache keeps the 10,000 accounts/s target, bench/agents.bench.ts).
 */
// (session 22, speed only) the English, Russian and Arabic stemmers of @orama/stemmers rewritten, the same stems (stemmers.ts)
import { stemArabic as stemAr, stemEnglish as stemEn, stemRussian as stemRu } from './stemmers.js';
import { execIn, testIn, twins } from './script-narrow.js';

export type TermLang = 'en' | 'ru' | 'ar';

export interface TermSpec {
  feature: string;
  lang: TermLang;
  phrase: string;
  /** the term itself states absence ("no smell", "не пахло ничем") */
  absent?: boolean;
  /** where it comes from: "lay" or an HPO id */
  source: string;
  /** words allowed between two consecutive term words (default MAX_GAP) */
  gap?: number;
  /** Arabic: a later word may not fall on a token opening with و/ف (a reversed verb-subject term: in "يحترق وعيناي"
   * the و opens a new clause with its own subject) */
  noWaw?: boolean;
  /** no coordinating conjunction (EN and/or, RU и/или) in a gap between two of its words: a scene term names one thing
   * ("police fired" is not "police and the fire department"), while a sign term may share a head across "and" ("eye and
   * throat irritation") */
  noConj?: boolean;
}

interface CompiledTerm {
  feature: string;
  absent: boolean;
  /** stems of the words after the first; a stem ending in "*" is a prefix */
  rest: string[];
  /** `rest` read once: each word's stem without its "*", and whether it is a prefix (speed only) */
  restStem: string[];
  restPrefix: boolean[];
  /** each later word's stem as a number (TermIndex.stemIds; -1 for a prefix word): compared with a token's stem ids */
  restId: number[];
  source: string;
  phrase: string;
  /** words allowed between consecutive words (TermSpec.gap) */
  gap: number;
  noWaw: boolean;
  noConj: boolean;
  /** the token flags that a later word may not fall on: F_WAW when noWaw, else none (speed only, session 16: one test that
   * always runs, where `noWaw && ...` left its second half without type feedback until the first noWaw term and then
   * threw matchTerms' optimised code away) */
  skipFlags: number;
  /** the token flags a gap stops at: F_CONJ when noConj, else none (the same, for `noConj && ...`) */
  stopFlags: number;
  /** the term's number in its index (its order of compiling; speed only: candHash) */
  num: number;
  /** a one-word Arabic term written with a leading "=": its folded form as written, which the account's token must be (asWritten) */
  written: string | null;
}

export interface TermIndex {
  byFirst: Record<TermLang, Map<string, CompiledTerm[]>>;
  /** prefix terms bucketed by their first two letters (a linear scan of every prefix per token was the hot spot) */
  prefixFirst: Record<TermLang, Map<string, { prefix: string; term: CompiledTerm }[]>>;
  /** a number per distinct stem of a term's later (non-prefix) words */
  stemIds: Map<string, number>;
  size: number;
}

export interface TermHit {
  feature: string;
  absent: boolean;
  start: number;
  end: number;
  source: string;
  /** the term as written in its file */
  phrase: string;
}

/**
 * Session 29 (agdev): a one-word Arabic term written with a leading "=" in its file is read as written, not by its stem: the account's
 * token must be that word with at most a conjunction (و ف) and a preposition (ب ك ل, لل for ل + ال) before it. For a word whose stem
 * is another word's: the spoken noun الدعس (trampling) stems to دعس, the verb of 'stepped on' and 'ran over' ("دعس رجله", "دعسته
 * سيارة"), and the plurals دعسوا / داسوا to the singular's دعس / داس. Judgment of reading (Arabic morphology: the article marks the
 * noun).
 */
const AR_WRITTEN_CLITICS = /^[وف]?[بكل]?/u;
function asWritten(token: string, written: string): boolean {
  if (token === written) return true;
  const rest = token.replace(AR_WRITTEN_CLITICS, '');
  return rest === written || (written.startsWith('ال') && token.replace(/^[وف]?/u, '') === 'ل' + written.slice(1));
}

/** Words allowed between two consecutive words of a term (judgment: covers "pupils were very small"). */
export const MAX_GAP = 2;

const STEMMERS: Record<TermLang, (w: string) => string> = { en: stemEn, ru: stemRu, ar: stemAr };

/**
 * Arabic light stem, a second stem beside Snowball's (which keeps the article on some words, strips "ني" from عيوني and
 * leaves the sound plural ات on others: عيون/عيوني, صعوبة/صعوبات, تشنج/تشنجات stemmed apart). Light10 (Larkey,
 * Ballesteros & Connell 2007, "Light stemming for Arabic information retrieval", in Arabic Computational Morphology,
 * Springer): remove a leading و (here also ف), then one article (ال وال بال كال فال لل), then go once through the
 * suffixes in order, removing each found at the end. Changes (judgment): the attached object and possessive pronouns
 * هما كما هم هن كم نا (as Darwish's Al-Stem strips them) are removed first, one of them, and the verb plural وا and its
 * spoken form و join the suffixes; the
 * spoken-Arabic imperfect prefix ب (بيختنق, بتدمع, بنسعل) is removed before ي ت ن ا; a strip must leave three letters
 * (Light10 leaves two), so short roots are not cut to two letters; a pronoun after ة (written ت) gives the ة back. Marked with a leading "§" so light stems meet only
 * light stems (terms are compiled with both stems: compileTerms).
 */
const AR_ARTICLES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** attached pronouns (one is removed), then Light10's other suffixes with the verb plural وا and its spoken form و */
const AR_PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'ها', 'ه', 'ي'];
const AR_SUFFIXES = ['ان', 'ات', 'ون', 'ين', 'وا', 'و', 'يه', 'ية', 'ة', 'ي'];
export const LIGHT = '§';
/**
 * The two most frequent broken-plural patterns of three-letter roots, reduced to the root's letters (the singular
 * stem of the same root): afʿāl (أعراض symptoms, أطفال: ا C C ا C; آلام, pains, of a hamza-first root, is read by the lexicon's patterns) and fuʿūl (عيون eyes, حروق burns, جروح
 * wounds, صدور chests, بطون bellies, بثور pustules: C C و C). Rules, not a word list; applied to term words and
 * account words alike, so a singular meets its plural (ألم/آلام, حرق/حروق, صدر/صدور). Judgment: only these two
 * patterns, the commonest for body parts and lesions.
 */
function brokenPluralSingular(t: string): string {
  if (t.length === 5 && t.charCodeAt(0) === 0x627 && t.charCodeAt(3) === 0x627) return t[1] + t[2] + t[4];
  if (t.length === 4 && t.charCodeAt(2) === 0x648 && t.charCodeAt(0) !== 0x627) return t[0] + t[1] + t[3];
  return t;
}
// (session 26, speed only) the opening tests of the Arabic stemming paths as module constants, not regex literals evaluated
// per token (each evaluation made a RegExp object: 12,000 a pass over the bench's texts); the same patterns and flags
const AR_PARTICLE_AFTER_CONJ = /^.(?:ما|لا|لم|لن|قد|في|من|عن|مع)$/;
const AR_BI_IMPERFECT = /^ب[يتنا]/;
const AR_CLITIC1 = /^[وفبل]/;
const AR_CLITIC2 = /^(?:وب|ول|فب|فل|وك)/;
const AR_CONJ = /^[وف]/;
const AR_PERSON_PREFIX = /^[تنأا]/;
export function arabicLightStem(token: string, conjunction = true): string {
  let t = token;
  // و/ف leave three letters (Light10), or one of the two-letter particles ما لا لم لن قد في من عن مع (وما قدرت, وفي اليوم);
  // `conjunction` false keeps a leading ف: a term's word is written without its conjunction, and ف (rarer as a
  // conjunction than و) is then the root's (فقاعات bubbles, فقدوا lost, فتح open); an account's word is read both ways
  // (stemsOf), so the term فقاعات meets فقاعات and وفقاعات but not القاعة (the hall), the stem of فقاعات without its ف
  // (session 8). و stays stripped on both sides: و-initial term words (وجه, وفاة) already meet their accounts' words, and
  // keeping it made وفي (and in) the stem of وفيات (deaths).
  const c0 = t.charCodeAt(0);
  if ((c0 === 0x648 || (c0 === 0x641 && conjunction)) && (t.length >= 4 || AR_PARTICLE_AFTER_CONJ.test(t))) t = t.slice(1);
  for (const a of AR_ARTICLES)
    if (t.startsWith(a) && t.length - a.length >= 3) {
      t = t.slice(a.length);
      break;
    }
  if (t.length >= 5 && AR_BI_IMPERFECT.test(t)) t = t.slice(1);
  for (const x of AR_PRONOUNS)
    if (t.length - x.length >= 3 && t.endsWith(x)) {
      t = t.slice(0, -x.length);
      // a feminine noun takes a pronoun on its ة written ت (حدقتي, صعوبتهم): back to ة, removed below
      if (t.length >= 4 && t.charCodeAt(t.length - 1) === 0x62a && t.charCodeAt(t.length - 2) !== 0x627) t = t.slice(0, -1) + 'ة';
      // a dual takes a pronoun without its ن (عيناه, عيناها, يداه): the dual's ا goes with it
      else if (t.length >= 4 && t.charCodeAt(t.length - 1) === 0x627) t = t.slice(0, -1);
      break;
    }
  const before = t.length;
  // (session 22, agru) a word ending in ة (after its pronoun) is a noun, never an imperfect verb: no person prefix below
  const feminineNoun = t.charCodeAt(t.length - 1) === 0x629;
  for (const x of AR_SUFFIXES) if (t.length - x.length >= 3 && t.endsWith(x)) t = t.slice(0, -x.length);
  // a broken plural takes no plural or feminine ending (بدوخة, بدخان are not plurals)
  if (t.length === before) t = brokenPluralSingular(t);
  // the imperfect's person prefix (تختنق, نسعل, أسعل beside يختنق) is written as ي on both sides, so a term in one
  // person meets every person (a masdar opening with ت, تنفس, becomes ينفس on both sides alike)
  if (!feminineNoun && t.length >= 4 && (t.charCodeAt(0) === 0x62a || t.charCodeAt(0) === 0x646 || t.charCodeAt(0) === 0x627)) t = 'ي' + t.slice(1);
  return LIGHT + t;
}
/**
 * Session 20 (agru): the body parts a sign is told of, as light stems of the word with و and an attached pronoun (the forms
 * arabicLightStem gives a token such as وحلوقهم, وعيونه, ووجهي, وخشمه): a و-word of these opens a new clause with its own subject
 * inside a term's gap (matchTerms). The written nouns and the spoken ones of AR_DIALECT_NOUNS (زور, خشم, مناخير, وش; not the Levantine تم, mouth, whose light stem with و is that of وتم, 'and it was done'). A closed class;
 * judgment of reading.
 */
export const AR_WAW_PARTS: Set<string> = (() => {
  const parts = ['عين', 'عيون', 'عينين', 'اعين', 'انف', 'انوف', 'حلق', 'حلوق', 'زور', 'خشم', 'مناخير', 'منخار', 'وجه', 'وجوه', 'وش', 'صدر', 'صدور', 'جلد', 'جلود', 'بشرة', 'راس', 'روس', 'بطن', 'بطون', 'معدة', 'يد', 'ايد', 'ايدي', 'يدين', 'ذراع', 'رجل', 'رجلين', 'رقبة', 'لسان', 'فم', 'حنجرة', 'رئة', 'رئتين', 'جسم', 'جسد', 'اجسام', 'ظهر'];
  const set = new Set<string>();
  for (const p of parts) for (const x of ['', 'ه', 'ها', 'هم', 'هن', 'ي', 'نا', 'كم', 'و']) for (const art of x ? [''] : ['', 'ال']) set.add(arabicLightStem('و' + art + p + x));
  return set;
})();
/**
 * Russian verbal prefixes of two letters or more (Zaliznyak's list of the productive perfectivising prefixes; the
 * one-letter с-, у-, о-, в- are left out: they open too many unrelated words, слёзы, умер, окна). Snowball's Russian
 * stemmer removes endings only, so a prefixed verb (заслезились, закашлялся, затошнило, вырвало) stems apart from the
 * bare verb a term names (session 8; dev: the lay term lists had to name закашлялись beside кашляли). Longest first.
 */
const RU_VERB_PREFIXES = ['пере', 'раз', 'рас', 'при', 'про', 'под', 'от', 'за', 'вы', 'по', 'на', 'из', 'ис', 'до'];
/** A verb's or a participle's ending (past, infinitive, present, reflexive, participles): only such a token is stripped
 * (review s8 E9: nouns got nonsense stems, пожарных -> жарн, наводнение -> воднен). */
const RU_VERBAL_ENDING = /(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ет|ют|ит|ят|ется|ются|ится|ятся|вш\p{L}*|ющ\p{L}*|ящ\p{L}*)$/u;
const RU_VERBAL_ENDING_T = twins(RU_VERBAL_ENDING);
/** The token without its verbal prefix, when it is a verb form with one and at least five letters remain; else null.
 * Every matching prefix is tried, longest first (под- before по-), and the first that leaves five letters wins. */
export function ruPrefixless(token: string): string | null {
  if (token.length < 7 || !testIn(RU_VERBAL_ENDING_T, token)) return null;
  for (const p of RU_VERB_PREFIXES)
    if (token.startsWith(p) && token.length - p.length >= 5) {
      const bare = token.slice(p.length);
      // рвать is "to vomit" bare and with вы- (вырвало), but "to burst / tear" with про-, по-, на-, раз- (прорвало трубу:
      // a pipe burst, not vomiting; session 10, dev ru-d3-33; Ozhegov's dictionary)
      if (p !== 'вы' && bare.startsWith('рв')) return null;
      return bare;
    }
  return null;
}
/**
 * Russian verbs in -еть: Snowball removes the present ending (болит -> бол, горят -> гор, краснеет -> красне) but keeps
 * the past tense's -ел (болела -> болел, горели -> горел, покраснела -> покраснел), so a term written in one tense
 * missed an account told in the other ("голова болела" / "голова болит"; witnesses retell in the present). A verb form
 * of either tense also gets its root marked as a verb's (VERB_ROOT, "бол·"): a past form ending -ел(а|о|и)(ся|сь)
 * without -ел, a present form in -ит/-ят/-ишь/-ите(ся) as Snowball left it, a present form in -еет/-еют(ся) without
 * its е-ending. A term's word that is such a verb form is compiled to the marked root, so it meets the other tense but
 * never a noun or adverb sharing the letters (боли, более -> бол; потом -> пот; горы -> гор; ничего не видно).
 * Grammar: the -еть verbs of the first (-еет) and second (-ит) conjugations (Zaliznyak).
 */
export const VERB_ROOT = '·';
const RU_PAST_EL = /ел(?:а|о|и)?(?:ся|сь)?$/u;
const RU_PRESENT_IT = /(?:ит|ят|ишь|ите)(?:ся)?$/u;
const RU_PRESENT_EET = /е(?:ет|ют|ешь|ете)(?:ся)?$/u;
export function ruVerbRoot(token: string, stem: string): string | null {
  let root: string | null = null;
  if (stem.endsWith('ел') && RU_PAST_EL.test(token)) root = stem.slice(0, -2);
  // the past active participle of an -еть verb (покрасневшие, обгоревшие: Snowball keeps -евш)
  else if (stem.endsWith('евш')) root = stem.slice(0, -3);
  else if (RU_PRESENT_EET.test(token)) root = token.replace(RU_PRESENT_EET, '');
  else if (RU_PRESENT_IT.test(token) && !stem.endsWith('ит') && !stem.endsWith('ят')) root = stem;
  return root !== null && root.length >= 3 ? root + VERB_ROOT : null;
}
const CACHE_MAX = 50_000;
const caches: Record<TermLang, Map<string, string[]>> = { en: new Map(), ru: new Map(), ar: new Map() };

/**
 * Session 11 (riot): spoken-Arabic nouns read as the written noun every term uses: وش (face, Egyptian and Levantine) as
 * وجه, مناخير / منخار (Egyptian and Levantine) and خشم (Gulf and Iraqi) as انف (nose), زور as حلق (throat), مي / مية /
 * موية as ماء (water), دخنة as دخان (smoke), شطة as فلفل (chili pepper), قزاز / ازاز as زجاج (glass), ريحة as رائحة (smell),
 * غبرة / عجاج as غبار (dust), كرش as بطن (belly).
 * A token is the noun with at most one proclitic (و ف ب ل ع, and their article) and one attached pronoun (بوشه, عوشي,
 * مناخيري, بالمية, خشمه); it then also gets the stems of the written noun with the same pronoun, so the term "وجهي يحترق"
 * reads "وشي بيحترق" without a term per dialect. Judgment: the everyday words of the four dialect areas (Behnstedt &
 * Woidich, Wortatlas der arabischen Dialekte; Holes 2004), limited to body parts and the things an exposure names.
 */
const AR_DIALECT_NOUNS: Record<string, string> = {
  'وش': 'وجه', 'وشوش': 'وجوه', 'مناخير': 'انف', 'منخار': 'انف', 'منخير': 'انف', 'خشم': 'انف', 'زور': 'حلق',
  'مي': 'ماء', 'مية': 'ماء', 'ميه': 'ماء', 'موية': 'ماء', 'مويه': 'ماء', 'دخنة': 'دخان', 'دخنه': 'دخان', 'شطة': 'فلفل',
  'قزاز': 'زجاج', 'ازاز': 'زجاج', 'ريحة': 'رائحة', 'ريحه': 'رائحة', 'غبرة': 'غبار', 'غبره': 'غبار', 'عجاج': 'غبار', 'كرش': 'بطن',
  // (session 21, agru) Maghrebi: نيف the nose (Moroccan), زاج the glass (Algerian, of windows); judgment of reading
  'نيف': 'انف', 'زاج': 'زجاج',
  // (session 21, agru) خشوم, the Gulf plural of خشم (noses)
  'خشوم': 'انوف',
};
const AR_DIALECT_PREFIX = /^(?:[وف]?(?:[بلع]?ال|[بلع])|[وف]|ال|لل)?/u;
/** the first letters and the longest length of the spoken nouns: a word that opens with none of those letters, or is
 * longer, is no key (speed only, session 13: the look-ups of every slice of every new Arabic token, each a string
 * hashed for an object's key, were a cost of the bench's first pass) */
const AR_DIALECT_FIRST = new Set(Object.keys(AR_DIALECT_NOUNS).map((w) => w.charCodeAt(0)));
const AR_DIALECT_MAX = Math.max(...Object.keys(AR_DIALECT_NOUNS).map((w) => w.length));
const AR_DIALECT_PRONOUN = /^(?:|ه|ي|ها|هم|هن|نا|ك|كم|و|ني)$/u;
/** (session 25, speedterm; speed only) the keys' lengths by first letter, a bit each (bit L: some key opening with that letter
 * has L units) */
const AR_DIALECT_LENGTHS = (() => {
  const m = new Map<number, number>();
  for (const w of Object.keys(AR_DIALECT_NOUNS)) m.set(w.charCodeAt(0), (m.get(w.charCodeAt(0)) ?? 0) | (1 << w.length));
  return m;
})();
export function arabicDialectNoun(token: string): string | null {
  // try each possible proclitic run, longest first, then the noun and a pronoun
  const m = AR_DIALECT_PREFIX.exec(token);
  const starts = m && m[0].length ? [m[0].length, 0] : [0];
  for (const from of starts) {
    // (the word token[from, end) and its feminine form share its first letter and length: no key opens otherwise)
    if (!AR_DIALECT_FIRST.has(token.charCodeAt(from))) continue;
    const lengths = AR_DIALECT_LENGTHS.get(token.charCodeAt(from)) ?? 0;
    for (let end = Math.min(token.length, from + AR_DIALECT_MAX); end > from + 1; end--) {
      // (session 25, speedterm; speed only) no key of this first letter has the word's length: neither look-up below can
      // find one (the feminine form has the word's length too), so the word is not cut out and hashed for nothing
      if ((lengths & (1 << (end - from))) === 0) continue;
      const word = token.slice(from, end);
      const pron = token.slice(end);
      // a feminine noun's ة is written ت before a pronoun (ريحتها, شطته): the written noun takes it the same way
      const fem = pron && word.endsWith('ت') ? AR_DIALECT_NOUNS[word.slice(0, -1) + 'ة'] : undefined;
      const msa = AR_DIALECT_NOUNS[word] ?? fem;
      if (msa === undefined || !AR_DIALECT_PRONOUN.test(pron)) continue;
      return (pron && msa.endsWith('ة') ? msa.slice(0, -1) + 'ت' : msa) + pron;
    }
  }
  return null;
}

/**
 * Session 12 (agprobe): the spoken negative circumfix ما...ش / م...ش (Egyptian, and Levantine and Maghrebi in part)
 * written onto the verb: ماستفرغوش (they did not vomit), ماكحتش (I did not cough), مشمتش (I did not smell): the verb
 * inside, at least three letters. The short م-form only when the verb ends in a person suffix (ت، نا، و، وا، ي), so a
 * participle ending in ش (مرتعش trembling, مشوش blurred) is no circumfix. The extraction reads such a token's hits as
 * stated absent. Judgment of reading (Woidich 2006, Das Kairenisch-Arabische, on the negation ma-...-š).
 */
const AR_NEG_LONG = /^[وف]?ما(\p{L}{3,})ش$/u;
const AR_NEG_LONG_T = twins(AR_NEG_LONG);
const AR_NEG_SHORT = /^[وف]?م(\p{L}{2,}(?:ت|نا|و|وا|ي))ش$/u;
const AR_NEG_SHORT_T = twins(AR_NEG_SHORT);
/** ... and the verb with its ش after a separate ما ("ما سعلتش"): a verb ending in a person suffix (ت، نا، و، وا; not ي,
 * which ends nouns too: الحشيش is grass), never a word with the article. (session 19, agpara) Also the active participle's plural
 * ين ("ما قادرينش يتنفسو", "ما حاسينش": Maghrebi and Egyptian; no Arabic word of the signs ends in ينش). */
const AR_NEG_BARE = /^(?!ال)(\p{L}{2,}(?:ت|نا|و|وا|ين))ش$/u;
const AR_NEG_BARE_T = twins(AR_NEG_BARE);
export function arabicNegatedVerb(token: string): string | null {
  const m = execIn(AR_NEG_LONG_T, token) ?? execIn(AR_NEG_SHORT_T, token) ?? execIn(AR_NEG_BARE_T, token);
  return m ? m[1] : null;
}

/**
 * Session 16 (agpara): Russian diminutive and colloquial nouns of the body parts the terms name, by their Snowball stems (the
 * stemmer removes inflections, not the diminutive suffixes -к-, -ик, -ышк-, -оньк-): глазки, глазоньки -> глаз; носик -> нос;
 * горлышко -> горл; головка, башка -> голов; животик -> живот; личико -> лиц; грудка is left out (breast meat), ручка (a pen
 * or handle) and носок (a sock) too. A closed class (judgment of reading: Zaliznyak's diminutive suffixes on these nouns).
 */
const RU_BODY_DIMINUTIVE = new Map([['глазк', 'глаз'], ['глазоньк', 'глаз'], ['глазик', 'глаз'], ['носик', 'нос'], ['горлышк', 'горл'], ['головк', 'голов'], ['башк', 'голов'], ['животик', 'живот'], ['пузик', 'живот'], ['личик', 'лиц'], ['ротик', 'рот'], ['кожиц', 'кож'], ['глазёнк', 'глаз'], ['глазенк', 'глаз']]);
/** Session 16 (agpara): English nouns and adverbs in -in of six letters or more (no dropped g: within, origin, protein ...). */
const EN_NOUNS_IN = new Set(['within', 'origin', 'margin', 'cousin', 'raisin', 'muslin', 'protein', 'vitamin', 'insulin', 'penguin', 'dolphin', 'napkin', 'pumpkin', 'coffin', 'muffin', 'puffin', 'bulletin', 'heroin', 'aspirin', 'toxin', 'toxins', 'chagrin', 'violin', 'mandolin', 'goblin', 'cabin', 'basin', 'satin', 'resin', 'robin', 'admin', 'begin', 'again', 'herein', 'therein', 'wherein', 'javelin', 'zeppelin', 'gremlin', 'kremlin', 'pippin', 'bodkin', 'catkin', 'gherkin', 'siskin', 'bumpkin', 'firkin', 'buskin', 'jerkin', 'kaolin', 'lanolin', 'gelatin', 'pectin', 'keratin', 'melanin', 'histamin', 'serotonin', 'adrenalin', 'adrenaline', 'morphin', 'codein', 'casein', 'lecithin', 'dentin', 'tannin', 'mannequin', 'harlequin', 'sequin', 'porcelain', 'chaplain', 'captain', 'villain', 'curtain', 'certain', 'bargain', 'fountain', 'mountain', 'britain', 'terrain', 'domain', 'remain', 'explain', 'complain', 'contain', 'obtain', 'attain', 'detain', 'retain', 'sustain', 'maintain', 'entertain', 'plugin', 'login', 'checkin', 'dublin', 'berlin', 'darwin', 'benjamin', 'martin', 'austin', 'kevin', 'calvin', 'marvin', 'melvin', 'latin', 'stalin', 'lenin', 'putin', 'wisconsin', 'medicine']);
/** Session 16 (agpara): Scots and Irish English words for the body and its signs (judgment of reading; closed class). Not 'spewing':
 * a chimney or a vent spews smoke or gas far more often than a person spews. */
const EN_DIALECT = new Map([['een', 'eyes'], ['heid', 'head'], ['slabberin', 'drooling'], ['slabbering', 'drooling'], ['slabbered', 'drooled'], ['slavering', 'drooling'], ['slavered', 'drooled'], ['boakin', 'retching'], ['boaking', 'retching'], ['boaked', 'retched'], ['greetin', 'crying']]);
const AR_DOUBLED_PAST = /^[وف]?(\p{L}{2})(?:يت|ينا|يتو|يتوا|يتي)$/u;
const AR_DOUBLED_PAST_T = twins(AR_DOUBLED_PAST);
/**
 * Session 21 (agru): the Maghrebi present (Moroccan and Algerian Darija): the particle ك / كا written onto the imperfect
 * before its person letter (كيحرقو they burn, كتسيل it runs, كنحس I feel, كيكح he coughs), where the Levantine and
 * Egyptian write ب (بيحرق, handled by arabicLightStem). The token also gets the stems of the imperfect inside, so a term
 * written بـ يحرق / تسيل reads it in every person; with ما...ش around it (ما كيتحلوش) the negation's verb is read the same
 * way (arabicNegatedVerb, then this). Three letters at least after the particle (a person letter and a root of two letters
 * or more: كيكح, كيشم), so كتف (shoulder), كنت (I was), كتب are left alone; a noun that happens to open so (كتير, كيماوي,
 * كتابة) only gains a stem no term holds. Judgment of reading (the Darija present marker ka-/ki-, as grammars of Moroccan Arabic give it).
 */
const AR_MAGHREBI_PRESENT = /^[وف]?كا?([يتن]\p{L}{2,})$/u;
const AR_MAGHREBI_PRESENT_T = twins(AR_MAGHREBI_PRESENT);
export function arabicMaghrebiPresent(token: string): string | null {
  const m = execIn(AR_MAGHREBI_PRESENT_T, token);
  return m ? m[1] : null;
}
/**
 * Session 16 (agcov): English irregular pasts whose Snowball stem is another word's: "ate" stems to "at" (Porter's R1 rule
 * leaves the short word "at" + "e"), so an ingestion term holding "ate" ("after they ate", "ate lunch") read "after they
 * (arrived) at", "at lunch", and the account word "ate" met the preposition. The irregular past of eat takes the stem of
 * eat, the form Snowball gives eating and eats. Not "eaten", which Snowball leaves whole and which meets no other word: as eat
 * it made the ingestion term "eaten" read every "eat" and "eating" (one development case lower, tried and withdrawn). A closed
 * class (judgment of reading); other irregular pasts stem to themselves.
 * Session 17 (aginc): threw and thrown take the stem of throw, caught that of catch (Snowball leaves them whole, so the term
 * "police threw" never met "the police were throwing", nor "caught fire" "catching fire"); the terms that hold them ("threw
 * up", "caught fire") now also read the other forms of the verb. Not "felt", "fell" or "burnt", whose stems would join
 * many more terms (not measured).
 */
const EN_IRREGULAR = new Map([['ate', 'eat'], ['threw', 'throw'], ['thrown', 'throw'], ['caught', 'catch']]);
/**
 * Session 17 (agpara): the irregular past and past participle of the verbs the terms use, which Snowball leaves whole ("eaten",
 * "drank", "stank", "swollen", "thrown"): an account's word also gets the stem of the base verb, so "had eaten the berries" meets a
 * term told with "ate" or "eat", "the cloud was blown" one told with "blow". One-way (the account's word only; a term's word keeps
 * its own stem), so the ingestion term "eaten" does not read every "eat" (§7.00037-agcov, where "eaten" as the main stem cost a
 * development case). Not forms that are also common other words (rose, left, lay, saw, drunk, felt, fell, found), nor "burnt",
 * which the terms name in its own right and whose "burn" made "the house was badly burnt" a fire (test/agents-review-s12), nor
 * fallen ("saw others who had fallen" met the psychogenic 'saw others fall') or struck / stricken ("the air struck us" met 'air
 * strike'; session 17 fixrev, test/agents-review-s17). A closed class
 * of English morphology (judgment of reading). threw and thrown are left out: aginc made throw their main stem (EN_IRREGULAR).
 */
const EN_PAST_ALT = new Map([
  ['eaten', 'eat'], ['drank', 'drink'], ['stank', 'stink'], ['stunk', 'stink'], ['smelt', 'smell'], ['spat', 'spit'],
  ['stung', 'sting'], ['swollen', 'swell'], ['bled', 'bleed'], ['blew', 'blow'], ['blown', 'blow'],
  ['froze', 'freeze'], ['frozen', 'freeze'], ['woke', 'wake'], ['woken', 'wake'], ['shook', 'shake'], ['shaken', 'shake'],
  ['broke', 'break'], ['broken', 'break'], ['began', 'begin'], ['begun', 'begin'],
  ['wept', 'weep'], ['crept', 'creep'], ['sank', 'sink'], ['sunk', 'sink'],
]);
/** (session 22, agru) the ending of a noun that opens like an imperfect verb: ة, or a final ا not of ها / نا / وا (a spoken
 * loanword's ا for ة, تريلا); judgment of reading (Arabic verbal morphology: the imperfect's endings are ون، ين، ي، وا، ا of the
 * dual, and attached pronouns) */
const AR_NOUN_END = /(?:ة|[^هنوي]ا)$/u;
/** Snowball stem(s) of one lower-cased token; Arabic also without a leading clitic letter. */
export function stemsOf(token: string, lang: TermLang): string[] {
  const cache = caches[lang];
  let s = cache.get(token);
  if (s) return s;
  const stem = STEMMERS[lang];
  const main = lang === 'en' ? (EN_IRREGULAR.get(token) ?? stem(token)) : stem(token);
  s = [main];
  if (lang === 'ar' && token.length > 3 && AR_CLITIC1.test(token)) {
    const alt = stem(token.slice(1));
    if (alt !== main) s.push(alt);
    if (token.length > 4 && AR_CLITIC2.test(token)) {
      const alt2 = stem(token.slice(2));
      if (!s.includes(alt2)) s.push(alt2);
    }
  }
  if (lang === 'ar') {
    // The Snowball Arabic stemmer keeps the imperfect-verb prefix: تختنق (she chokes), نسعل (we cough) and أسعل (I
    // cough) stem apart from يختنق / يسعل. A token (or its clitic-free form) opening with ت ن أ also gets the stem of
    // its ي form, so one term per verb covers every person.
    for (const t of [token, ...(token.length > 4 && AR_CONJ.test(token) ? [token.slice(1)] : [])]) {
      // (أ is folded to ا by normaliseText: ا is the first-person prefix as written after folding)
      // (a word opening with the article ال is a noun, not a first-person verb: القاعة is not يلقاعة)
      // (session 22, agru) nor a noun ending in ة or a loanword's ا written for it (تريلة / تريلا, the lorry's trailer, is not
      // يريل, drools; تذكرة is not يذكر): an imperfect verb ends in neither (its ا is the pronoun's, ها / نا, or the plural's وا)
      if (t.length < 4 || !AR_PERSON_PREFIX.test(t) || t.startsWith('ال') || AR_NOUN_END.test(t)) continue;
      const alt = stem('ي' + t.slice(1));
      if (!s.includes(alt)) s.push(alt);
    }
  }
  if (lang === 'ar') {
    // (session 16, agpara) the spoken past of a doubled root in the first person (كحّيت, كحّينا, شمّيت, حسّينا: the root's two
    // letters, its shadda dropped by the folding, then يت / ينا / يتوا) also gets the stems of its imperfect (يكح, يشم, يحس),
    // the form the terms name; only after a two-letter root, so بيت, زيت, كبريت are left alone. Judgment of reading.
    const dbl = execIn(AR_DOUBLED_PAST_T, token);
    if (dbl) for (const x of [stem('ي' + dbl[1]), arabicLightStem('ي' + dbl[1])]) if (!s.includes(x)) s.push(x);
  }
  if (lang === 'ar') {
    // a verb in the spoken negative circumfix ma-...-sh also gets the stems of the verb inside (arabicNegatedVerb)
    const inner = arabicNegatedVerb(token);
    // (ما and a verb opening with ا are written with one alef: ماستفرغوش is ما + استفرغو + ش)
    if (inner) for (const v of testIn(AR_NEG_LONG_T, token) ? [inner, 'ا' + inner] : [inner]) for (const x of stemsOf(v, 'ar')) if (!s.includes(x)) s.push(x);
  }
  if (lang === 'ar') {
    // (session 21, agru) the Maghrebi present ك / كا + imperfect also gets the stems of the imperfect (arabicMaghrebiPresent)
    const inner = arabicMaghrebiPresent(token);
    if (inner) for (const x of stemsOf(inner, 'ar')) if (!s.includes(x)) s.push(x);
  }
  if (lang === 'ar') {
    const light = arabicLightStem(token);
    if (!s.includes(light)) s.push(light);
    // a spoken noun also gets the written noun's stems (arabicDialectNoun)
    const msa = token.length <= 9 ? arabicDialectNoun(token) : null;
    // (the written noun as a term's word is stemmed: conjunction false keeps the ف of فلفل)
    if (msa) for (const x of [stem(msa), arabicLightStem(msa, false)]) if (!s.includes(x)) s.push(x);
    if (token.charCodeAt(0) === 0x641) {
      const whole = arabicLightStem(token, false);
      if (!s.includes(whole)) s.push(whole);
    }
  }
  if (lang === 'en') {
    // (session 16, agpara) the dropped g of spoken English ("coughin'", "chokin", "shakin", "pukin'": the apostrophe is no letter)
    // also gets the stem of the -ing form; five letters or more and not a listed noun in -in (cabin, basin, toxin ...)
    if (token.length >= 5 && token.endsWith('in') && !EN_NOUNS_IN.has(token)) {
      const alt = stem(token + 'g');
      if (alt !== main && !s.includes(alt)) s.push(alt);
    }
    // ... and a few Scots and Irish words for the body and its signs (een, heid; slabber / slaver: to drool)
    const base = EN_PAST_ALT.get(token);
    if (base) {
      const alt = stem(base);
      if (!s.includes(alt)) s.push(alt);
    }
    const plain = EN_DIALECT.get(token);
    if (plain) for (const x of plain.split(' ').map((w) => stem(w))) if (!s.includes(x)) s.push(x);
  }
  if (lang === 'ru') {
    // ё is written as е in most Russian text; the stemmer treats them as different letters
    const e = main.replaceAll('ё', 'е');
    if (e !== main) s = [e];
    // a verb form of -еть also gets its marked root (ruVerbRoot: болит, болела -> бол·)
    const root = ruVerbRoot(token.replaceAll('ё', 'е'), e);
    if (root) s = [...s, root];
    // (session 16, agpara) a diminutive or colloquial body-part noun also gets the plain noun's stem (RU_BODY_DIMINUTIVE):
    // 'глазки слезились', 'носик течёт', 'в горлышке першило', 'башка трещала' read as the eyes, nose, throat and head
    const plain = RU_BODY_DIMINUTIVE.get(e);
    if (plain && !s.includes(plain)) s = [...s, plain];
    // a verb with a perfective prefix also gets the stem of the bare verb (ruPrefixless), so the term 'слезились' reads
    // заслезились, 'кашлял' прокашлялся, 'тошнило' затошнило
    const bare = ruPrefixless(token);
    if (bare) {
      const alt = stem(bare).replaceAll('ё', 'е');
      if (alt.length >= 4 && !s.includes(alt)) s = [...s, alt];
      const altRoot = ruVerbRoot(bare.replaceAll('ё', 'е'), alt);
      if (altRoot && !s.includes(altRoot)) s = [...s, altRoot];
    }
  }
  if (cache.size > CACHE_MAX) cache.clear();
  cache.set(token, s);
  return s;
}

/** A term's word stems: Snowball's (`light` false) or, for Arabic, the light stems (arabicLightStem). */
function termStems(phrase: string, lang: TermLang, light = false): string[] {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}*]+/gu) ?? [];
  const one = (w: string) => (light ? arabicLightStem(w, false) : stemsOf(w, lang)[0]);
  // a Russian word that is a verb form of -еть is compiled to its marked root, to meet both tenses (ruVerbRoot); a prefix
  // word ("потел*") keeps Snowball's stem
  const whole = (w: string) => (lang === 'ru' && !light ? (ruVerbRoot(w.replaceAll('ё', 'е'), one(w)) ?? one(w)) : one(w));
  return words.map((w) => (w.endsWith('*') ? one(w.slice(0, -1)) + '*' : whole(w)));
}

/**
 * The same string, internalised (speed only, session 16): V8 keeps one copy of every property key, so a string read back
 * as a key is that copy. The feature names read from the YAML files were not internalised, while the extraction compares
 * hits' features with literals (which are): each such === then compared the characters, and TurboFan's code, specialised
 * on the lexicon's internalised features, was thrown away at the first term hit ("wrong instance type").
 */
export function internString(s: string): string {
  for (const k in { [s]: 0 }) return k;
  return s;
}
export function compileTerms(specs: TermSpec[], normalise: (s: string) => string = (s) => s): TermIndex {
  const index: TermIndex = { byFirst: { en: new Map(), ru: new Map(), ar: new Map() }, prefixFirst: { en: new Map(), ru: new Map(), ar: new Map() }, stemIds: new Map(), size: 0 };
  const idOf = (stem: string) => {
    let id = index.stemIds.get(stem);
    if (id === undefined) index.stemIds.set(stem, (id = index.stemIds.size));
    return id;
  };
  for (const t of specs)
    for (const light of t.lang === 'ar' ? [false, true] : [false]) {
    const stems = termStems(normalise(t.phrase), t.lang, light).map((s) => (t.lang === 'ru' ? s.replaceAll('ё', 'е') : s));
    if (!stems.length) continue;
    // (session 27, agdev) a one-word Arabic term that Snowball cuts below three letters (بكى, folded بكي: the final ي taken as a
    // suffix, stem بك) would meet every two-letter word of that stem (بك 'with you', the title 'Bey' in محرم بك, read as
    // crying in dev-v20 ar-d20-29); such a term is compiled by its light stem only (§بكي, which keeps three letters and still
    // meets بكى / بكي in an account). The light stemmer's own rule (a strip must leave three letters) applied to Snowball's
    if (t.lang === 'ar' && !light && stems.length === 1 && !stems[0].endsWith('*') && stems[0].length < 3 && normalise(t.phrase).trim().length >= 3) continue;
    const rest = stems.slice(1);
    const ct: CompiledTerm = {
      feature: internString(t.feature),
      absent: !!t.absent,
      rest,
      restStem: rest.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w)),
      restPrefix: rest.map((w) => w.endsWith('*')),
      restId: rest.map((w) => (w.endsWith('*') ? -1 : idOf(w))),
      source: t.source,
      phrase: t.phrase,
      gap: t.gap ?? (reduplicated(stems) ? 0 : MAX_GAP),
      noWaw: !!t.noWaw,
      noConj: !!t.noConj,
      skipFlags: t.noWaw ? F_WAW : 0,
      stopFlags: t.noConj ? F_CONJ : 0,
      num: index.size,
      written: t.lang === 'ar' && t.phrase.startsWith('=') && stems.length === 1 ? normalise(t.phrase.slice(1)).toLowerCase().trim() : null,
    };
    const first = stems[0];
    if (first.endsWith('*')) {
      const prefix = first.slice(0, -1);
      const key = prefix.slice(0, 2);
      const b = index.prefixFirst[t.lang].get(key);
      if (b) b.push({ prefix, term: ct });
      else index.prefixFirst[t.lang].set(key, [{ prefix, term: ct }]);
    }
    else {
      const list = index.byFirst[t.lang].get(first);
      if (list) list.push(ct);
      else index.byFirst[t.lang].set(first, [ct]);
    }
    index.size++;
    }
  return index;
}

/**
 * Session 17 (agpara): a term that repeats its own word ("burned and burned", "горит и горит", "горело и горело": the fire that
 * would not go out) is a reduplication, which holds only with its words side by side: with the default gap, "burned and burned"
 * read "The building was burning and my eyes burned" (a burning house and a felt burning) as burning particles. Such a term
 * (a word, and / и / و, the same word) takes no gap. Judgment of reading.
 */
const REDUP_JOINER = new Set(['and', 'и', 'و']);
function reduplicated(stems: string[]): boolean {
  for (let i = 0; i + 2 < stems.length; i++) if (stems[i] === stems[i + 2] && REDUP_JOINER.has(stems[i + 1])) return true;
  return false;
}

/** Clause punctuation between two tokens ends a term (a comma too: "spit, and then" is a list, not a phrase). */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . , ; : ! ? newline ( ) and Arabic comma, semicolon, question mark
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 40 || c === 41 || c === 0x60c || c === 0x61b || c === 0x61f) return true;
  }
  return false;
}

/** What one token can start: its stems and the terms whose first word matches them (same order as a scan of
 * `byFirst` then the prefix buckets would give). Memoised per index and token: the stems and candidate lists of a
 * token never change for one index, and most tokens start no term (speed only; docs/agent-differential.md §7.0.1). */
interface TokInfo {
  /** an Arabic token of four letters or more opening with و/ف (Light10 takes it for the conjunction) */
  waw: boolean;
  /** (session 20, agru) a و-token that is a body part (AR_WAW_PARTS): a term's gap stops at it after another skipped word */
  wawPart: boolean;
  /** the token is a coordinating conjunction (EN and/or, RU и/или): no term's gap runs across it */
  conj: boolean;
  stems: string[];
  /** what a term's prefix word ("протестующ*") is tested against: the stems and, in Russian, the token as written too,
   * since Snowball removes a participle's suffix with its ending (протестующих stems to протест, so the prefix
   * протестующ* never met it; session 8, dev: almaty-2022, baymak-2024, tbilisi-2024, tbilisi-rustaveli-2024) */
  prefixForms: string[];
  /** TermIndex.stemIds of the stems, those that have one (a stem some term's later word has), in order: what a term's
   * later word is compared with */
  termIds: number[];
  cands: CompiledTerm[];
  /** for a long candidate list (a macro expands "smell of {ODOUR}" into hundreds of terms): the candidates (their
   * indices, ascending) by the stem number of their second word, and those with no second word or a prefix one. A
   * candidate whose second word is on none of the next tokens cannot match, so only the others are tried, in order. */
  bySecond: Map<number, number[]> | null;
  open: number[];
  /** (session 20, speed only) what the match loop reads of each candidate, packed: candidate k's code is its gap, skipFlags,
   * stopFlags, the number of its later words, and their stem numbers (restId: -1 for a prefix word), so that a candidate's
   * test reads one run of one typed array (the token's candidates one after another) rather than the candidate object and
   * its restId array. Its second word (the first of the later ones) is read first: a candidate whose second word is on
   * none of the tokens it may reach cannot match. The candidate object (cands[k]) is read only for a prefix word and for a
   * hit. (Session 31, agspeed: the code of every list sits in one array of the token table, TokTable.code, from `base`,
   * -1 for none; the match loop reads `base` from the token's record, not from this object.) */
  base: number;
}
const LONG_CANDS = 8;
// (session 10: nor, ни, and the Arabic او / ولا also end a scene or odour term's gap: "لا ريحة ولا دخان" is no smell of smoke)
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'и', 'или', 'ни', 'او', 'ولا']);
/**
 * The memo of tokInfo per index: an open-addressing table keyed by the token's characters, looked up straight from the
 * text with a hash computed while the token is scanned (a Map keyed by a substring cut and hashed per token was the
 * term pass's largest cost). Cleared, before a text, when the text's tokens could take it past TOK_CACHE_MAX tokens.
 *
 * Laid out for memory locality (speed only; sessions 11 and 20: the lookups are bound by cache misses, one per array or
 * object read). The probe table is two Int32 a slot (the token's hash, never 0, 0 marking an empty slot; its number),
 * 512 KB; what a token is, by its number (numbers are given in order, so the records of the tokens met sit together):
 * REC consecutive Int32 in `rec` (its length, the offset of its characters in `pool`, its flags and the number of its
 * stem ids (flags | count << 8), and the offset of those ids in `ids`), its TokInfo in `infos`. (Session 11 to 19 kept
 * all of a token in its slot, 32 bytes a slot of 64K: 2 MB of table, a cache miss in most lookups.)
 */
const TOK_CACHE_MAX = 40_000;
const TOK_TABLE_SIZE = 1 << 16;
const REC = 5;
/** token flags: Arabic و/ف opening (TokInfo.waw), a conjunction (TokInfo.conj), a term starts with it (cands not empty) */
const F_WAW = 1;
const F_CONJ = 2;
const F_CANDS = 4;
/** (session 20, agru) an Arabic token with its و that is a body part (AR_WAW_PARTS) */
const F_WAW_PART = 8;
/** (session 31, agspeed) a long candidate list: the token's TokInfo has bySecond (its candidates are ordered by their second word) */
const F_LONG = 16;
class TokTable {
  /** (session 25, speedterm; speed only) one Int32 a slot, 256 KB (two a slot, 512 KB, until then): the token's hash's upper
   * 16 bits and its number plus one (below TOK_CACHE_MAX + 1 < 2^16: a token is given a slot only while the table holds
   * fewer than TOK_CACHE_MAX), 0 marking an empty slot (a number plus one is never 0). The slot index is the hash's lower
   * 16 bits, so a slot's tag and index together are the whole hash the slot held before, and find compares the token's
   * length and characters after a tag matches exactly as it did after a hash matched: the same token number is found */
  readonly slots = new Int32Array(TOK_TABLE_SIZE);
  /** by token number: length, offset in pool, flags | ids count << 8, offset in ids, offset of its candidates' code in `code`
   * (CandShared.base; -1 for none) (REC a token) */
  rec = new Int32Array(TOK_CACHE_MAX * REC);
  /** the stem ids of every token (TokInfo.termIds), one run a token */
  ids = new Int32Array(1 << 16);
  idsUsed = 0;
  /** (session 17, speed only) sized for TOK_CACHE_MAX tokens of the usual length: growing it (the bench's first pass met
   * 16,633 tokens of 105,273 units) reassigns a field that the optimised find and matchTerms had taken for constant, and
   * V8 threw both away and recompiled them mid-pass */
  pool = new Uint16Array(1 << 18);
  poolUsed = 0;
  readonly infos: TokInfo[] = [];
  /** the candidate structures shared by the tokens in the table (CandShared), cleared with it */
  readonly candMemo = new Map<number, CandShared[]>();
  /** (session 31, agspeed; speed only) the code of every candidate list in candMemo, one run a list (candShared): the list's
   * length, then each candidate's offset from the run's start, then each candidate's code (gap, skipFlags, stopFlags, the
   * number of its later words, their stem numbers). One array read in the match loop, where each token's list had its own
   * TokInfo, offset array and code array (three objects and their stores, a cache miss each, per token that starts a term).
   * Sized for the bench's lists so that it is rarely regrown (a field reassigned deoptimises the code that read it). */
  code = new Int32Array(1 << 17);
  codeUsed = 0;
  size = 0;
  /** before a text of n units: cleared if its tokens (at most (n + 1) / 2) could take it past TOK_CACHE_MAX, so that
   * the token numbers of one text all stay valid while it is read */
  roomFor(n: number): void {
    if (this.size === 0 || this.size + ((n + 1) >> 1) <= TOK_CACHE_MAX) return;
    this.slots.fill(0);
    this.poolUsed = 0;
    this.idsUsed = 0;
    this.infos.length = 0;
    this.candMemo.clear();
    this.codeUsed = 0;
    this.size = 0;
  }
  /** the number of the token s[start, end) with hash h (non-zero), or -1 */
  find(s: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const rec = this.rec;
    const pool = this.pool;
    const len = end - start;
    const tag = h >>> 16;
    for (let slot = h & (TOK_TABLE_SIZE - 1); ; slot = (slot + 1) & (TOK_TABLE_SIZE - 1)) {
      const v = slots[slot];
      if (v === 0) return -1;
      if (v >>> 16 !== tag) continue;
      const t = (v & 0xffff) - 1;
      const r = t * REC;
      if (rec[r] !== len) continue;
      const off = rec[r + 1];
      let j = 0;
      while (j < len && pool[off + j] === s.charCodeAt(start + j)) j++;
      if (j === len) return t;
    }
  }
  /** adds the token s[start, end) with hash h and its info; returns its number */
  add(s: string, start: number, end: number, h: number, info: TokInfo): number {
    const len = end - start;
    if (this.poolUsed + len > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    const off = this.poolUsed;
    for (let j = 0; j < len; j++) this.pool[off + j] = s.charCodeAt(start + j);
    this.poolUsed += len;
    const nIds = info.termIds.length;
    if (this.idsUsed + nIds > this.ids.length) {
      const grown = new Int32Array(Math.max(this.ids.length * 2, this.idsUsed + nIds));
      grown.set(this.ids.subarray(0, this.idsUsed));
      this.ids = grown;
    }
    const idOff = this.idsUsed;
    for (let k = 0; k < nIds; k++) this.ids[idOff + k] = info.termIds[k];
    this.idsUsed += nIds;
    const t = this.infos.length;
    // (a text longer than twice the table's capacity: the records grow)
    if ((t + 1) * REC > this.rec.length) {
      const grown = new Int32Array(this.rec.length * 2);
      grown.set(this.rec);
      this.rec = grown;
    }
    const r = t * REC;
    this.rec[r] = len;
    this.rec[r + 1] = off;
    this.rec[r + 2] = (info.waw ? F_WAW : 0) | (info.conj ? F_CONJ : 0) | (info.cands.length ? F_CANDS : 0) | (info.wawPart ? F_WAW_PART : 0) | (info.bySecond !== null ? F_LONG : 0) | (nIds << 8);
    this.rec[r + 3] = idOff;
    this.rec[r + 4] = info.base;
    // (past TOK_CACHE_MAX inside one text, a token gets its record but no slot: met again, it is added again; the
    // table is cleared before the next text)
    if (this.size < TOK_CACHE_MAX) {
      let slot = h & (TOK_TABLE_SIZE - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (TOK_TABLE_SIZE - 1);
      this.slots[slot] = ((h >>> 16) << 16) | (t + 1);
    }
    this.infos.push(info);
    this.size++;
    return t;
  }
}
const tokTables = new WeakMap<TermIndex, TokTable>();
function tokTableOf(index: TermIndex): TokTable {
  let t = tokTables.get(index);
  if (!t) tokTables.set(index, (t = new TokTable()));
  return t;
}
/** (speed only, session 18) shared, never written: what a token that starts no term, or has no stem a term's later word
 * has, points to, rather than empty arrays of its own (12,600 of the bench's 16,500 distinct tokens start no term). The
 * empty candidate list is made from a one-element list so that its elements are of the kind a full list's are. */
const NO_TERMS: CompiledTerm[] = (() => {
  const a = [{} as CompiledTerm];
  a.length = 0;
  return a;
})();
const NO_IDS: number[] = [];
/** What a token's candidate list gives the match loop (TokInfo's cands, bySecond, open, base), shared by
 * every token with the same candidate list (speed only, session 18): the spellings of one word (ريحة, الريحة, ريحته,
 * والريحة) start the same hundreds of terms, and each built its own list, second-word map and typed arrays, 10 MB kept of
 * the bench's first pass, copied by every young-generation collection until promoted. Keyed by a hash of the candidates'
 * numbers (candHash), one entry per distinct list; read only once made. */
interface CandShared {
  cands: CompiledTerm[];
  bySecond: Map<number, number[]> | null;
  open: number[];
  /** where the list's code starts in the table's `code` (TokTable.code), -1 for no list */
  base: number;
}
/** the candidates' numbers hashed (FNV-1a): the memo's key, its entries then compared term by term (sameCands) */
function candHash(cands: CompiledTerm[]): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < cands.length; k++) h = Math.imul(h ^ cands[k].num, 0x01000193);
  return h;
}
function sameCands(a: CompiledTerm[], b: CompiledTerm[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
const NO_SHARED: CandShared = { cands: NO_TERMS, bySecond: null, open: NO_IDS, base: -1 };
function candShared(cands: CompiledTerm[], table: TokTable): CandShared {
  let bySecond: Map<number, number[]> | null = null;
  let open: number[] = NO_IDS;
  if (cands.length > LONG_CANDS) {
    bySecond = new Map();
    open = [];
    for (let ci = 0; ci < cands.length; ci++) {
      const t = cands[ci];
      const id = t.restId.length ? t.restId[0] : -1;
      if (id < 0) open.push(ci);
      else {
        const l = bySecond.get(id);
        if (l) l.push(ci);
        else bySecond.set(id, [ci]);
      }
    }
  }
  let size = 1 + cands.length;
  for (let k = 0; k < cands.length; k++) size += 4 + cands[k].restId.length;
  if (table.codeUsed + size > table.code.length) {
    const grown = new Int32Array(Math.max(table.code.length * 2, table.codeUsed + size));
    grown.set(table.code.subarray(0, table.codeUsed));
    table.code = grown;
  }
  const code = table.code;
  const base = table.codeUsed;
  code[base] = cands.length;
  for (let k = 0, o = 1 + cands.length; k < cands.length; k++) {
    const t = cands[k];
    code[base + 1 + k] = o;
    code[base + o++] = t.gap;
    code[base + o++] = t.skipFlags;
    code[base + o++] = t.stopFlags;
    code[base + o++] = t.restId.length;
    for (let r = 0; r < t.restId.length; r++) code[base + o++] = t.restId[r];
  }
  table.codeUsed += size;
  return { cands, bySecond, open, base };
}
function tokInfo(index: TermIndex, lang: TermLang, w: string, table: TokTable): TokInfo {
  const memo = table.candMemo;
  const stems = stemsOf(w, lang);
  const cands: CompiledTerm[] = [];
  const byFirst = index.byFirst[lang];
  const prefixes = index.prefixFirst[lang];
  for (const s of stems) {
    const l = byFirst.get(s);
    if (l) for (const t of l) cands.push(t);
  }
  const prefixForms = lang === 'ru' && !stems.includes(w) ? [...stems, w.replaceAll('ё', 'е')] : stems;
  for (const s of prefixForms) {
    const bucket = prefixes.get(s.slice(0, 2));
    if (bucket) for (const p of bucket) if (s.startsWith(p.prefix) && !cands.includes(p.term)) cands.push(p.term);
  }
  // (loops rather than map, filter and Int32Array.from with a callback: the bench's first pass makes one per new token;
  // speed only, session 14, the same arrays)
  let termIds = NO_IDS;
  for (let k = 0; k < stems.length; k++) {
    const id = index.stemIds.get(stems[k]) ?? -1;
    if (id >= 0) (termIds === NO_IDS ? (termIds = []) : termIds).push(id);
  }
  let shared = NO_SHARED;
  if (cands.length) {
    const h = candHash(cands);
    const known = memo.get(h);
    let found: CandShared | null = null;
    if (known) for (let k = 0; k < known.length && found === null; k++) if (sameCands(known[k].cands, cands)) found = known[k];
    if (found === null) {
      found = candShared(cands, table);
      if (known) known.push(found);
      else memo.set(h, [found]);
    }
    shared = found;
  }
  const waw = lang === 'ar' && w.length >= 4 && AR_CONJ.test(w);
  return { waw, wawPart: waw && w.charCodeAt(0) === 0x648 && AR_WAW_PARTS.has(arabicLightStem(w)), conj: CONJUNCTIONS.has(w), stems, prefixForms, termIds, cands: shared.cands, bySecond: shared.bySecond, open: shared.open, base: shared.base };
}

/** Per-call token lists, reused (one per script): start, end, clause break before, and what the match loop reads of
 * each token, copied from its table slot (its flags and stem ids, the ids in `idPool` from idFrom to idTo) so that the
 * loop reads typed arrays; `tok` (the token's number: its TokInfo, for its candidates and prefix forms) only where needed. */
interface TokList {
  n: number;
  start: Int32Array;
  end: Int32Array;
  brk: Uint8Array;
  flags: Uint8Array;
  idFrom: Int32Array;
  idTo: Int32Array;
  idPool: Int32Array;
  idUsed: number;
  /** the token's number in the table (its TokInfo: table.infos[tok[k]], read only for a token that starts a term or
   * a prefix word's test; session 20: not copied per token) */
  tok: Int32Array;
  /** (session 31, agspeed) where the token's candidates' code starts in the table's `code` (its record's), -1 for none */
  cbase: Int32Array;
}
const newList = (cap: number): TokList => ({ n: 0, start: new Int32Array(cap), end: new Int32Array(cap), brk: new Uint8Array(cap), flags: new Uint8Array(cap), idFrom: new Int32Array(cap), idTo: new Int32Array(cap), idPool: new Int32Array(cap * 2), idUsed: 0, tok: new Int32Array(cap), cbase: new Int32Array(cap) });
// (session 17, speed only: room for a long account's tokens, so that a list is rarely regrown; regrowing reassigns its fields)
const tokLists: Record<TermLang, TokList> = { en: newList(1024), ru: newList(1024), ar: newList(1024) };
function pushTok(l: TokList, start: number, end: number, brk: boolean, table: TokTable, t: number): void {
  if (l.n === l.start.length) {
    const grown = newList(l.n * 2);
    grown.start.set(l.start);
    grown.end.set(l.end);
    grown.brk.set(l.brk);
    grown.flags.set(l.flags);
    grown.idFrom.set(l.idFrom);
    grown.idTo.set(l.idTo);
    grown.tok.set(l.tok);
    grown.cbase.set(l.cbase);
    l.start = grown.start;
    l.end = grown.end;
    l.brk = grown.brk;
    l.flags = grown.flags;
    l.idFrom = grown.idFrom;
    l.idTo = grown.idTo;
    l.tok = grown.tok;
    l.cbase = grown.cbase;
  }
  const rec = table.rec;
  const r = t * REC;
  const meta = rec[r + 2];
  const nIds = meta >> 8;
  if (l.idUsed + nIds > l.idPool.length) {
    const grown = new Int32Array(Math.max(l.idPool.length * 2, l.idUsed + nIds));
    grown.set(l.idPool.subarray(0, l.idUsed));
    l.idPool = grown;
  }
  const k = l.n;
  l.start[k] = start;
  l.end[k] = end;
  l.brk[k] = brk ? 1 : 0;
  l.flags[k] = meta & 0xff;
  l.idFrom[k] = l.idUsed;
  const ids = table.ids;
  for (let q = 0, o = rec[r + 3]; q < nIds; q++) l.idPool[l.idUsed++] = ids[o + q];
  l.idTo[k] = l.idUsed;
  l.tok[k] = t;
  l.cbase[k] = rec[r + 4];
  l.n++;
}

/** Letters and digits of the Basic Multilingual Plane (what TOKEN matches there), tested once at load. */
const WORD_CHAR = (() => {
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) t[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;
/** Length in UTF-16 units of the letter or digit at i (2 for an astral one), or 0 if none starts there. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return WORD_CHAR[c];
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff && ASTRAL_WORD.test(s.slice(i, i + 2))) return 2;
  }
  return 0;
}

/**
 * Term hits in `lower` (the lower-cased, normalised account text) for the scripts present.
 * Offsets are into `lower`.
 */
const seenIds: number[] = [];
const orderScratch: number[] = [];
export function matchTerms(index: TermIndex, lower: string, scripts: Record<TermLang, boolean>): TermHit[] {
  const hits: TermHit[] = [];
  const n = lower.length;
  const table = tokTableOf(index);
  // the three scripts' flags and lists read once (indexed by a language string per token, these loads were megamorphic)
  const { en: useEn, ru: useRu, ar: useAr } = scripts;
  const { en: enList, ru: ruList, ar: arList } = tokLists;
  enList.n = ruList.n = arList.n = 0;
  enList.idUsed = ruList.idUsed = arList.idUsed = 0;
  table.roomFor(n);
  let i = 0;
  // tokens: maximal runs of letters and digits (the TOKEN regex, scanned by hand), hashed (FNV-1a) as they are read
  while (i < n) {
    let k = wordCharAt(lower, i);
    if (!k) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    do {
      for (let u = 0; u < k; u++) h = Math.imul(h ^ lower.charCodeAt(i + u), 0x01000193);
      i += k;
    } while (i < n && (k = wordCharAt(lower, i)));
    h |= 1;
    const c = lower.charCodeAt(start);
    let list: TokList;
    if (c < 0x250) {
      if (!useEn) continue;
      list = enList;
    } else if (c >= 0x400 && c <= 0x4ff) {
      if (!useRu) continue;
      list = ruList;
    } else if (c >= 0x600 && c <= 0x6ff) {
      if (!useAr) continue;
      list = arList;
    } else continue;
    // a token's script is that of its first character, so one table serves the three languages
    let b = table.find(lower, start, i, h);
    if (b < 0) b = table.add(lower, start, i, h, tokInfo(index, list === enList ? 'en' : list === ruList ? 'ru' : 'ar', lower.slice(start, i), table));
    pushTok(list, start, i, list.n > 0 && breaksBetween(lower, list.end[list.n - 1], start), table, b);
  }
  for (let li = 0; li < 3; li++) {
    const list = li === 0 ? enList : li === 1 ? ruList : arList;
    const { n: count, start, end, brk, tok, flags, idFrom, idTo, idPool, cbase } = list;
    const enRu = li !== 2;
    const infos = table.infos;
    // (every token of the text is in the table by now: the code array is not regrown below)
    const code = table.code;
    for (let i = 0; i < count; i++) {
      // most tokens start no term (read from the flags, without the token's info)
      if ((flags[i] & F_CANDS) === 0) continue;
      // hits found from this token (a term's Snowball and light forms often match the same words: one hit is kept)
      const fromHere = hits.length;
      // (session 31, agspeed; speed only) the token's candidates are read from the table's code (TokTable.code); its TokInfo
      // only for a long list's order (F_LONG), a prefix word's test and a hit
      const base = cbase[i];
      let order: number[] | null = null;
      if ((flags[i] & F_LONG) !== 0) {
        const ti = infos[tok[i]];
        // the candidates whose second word is on one of the next tokens (the window the first search reads)
        // (session 20, speed only: one array reused from token to token, not a copy of \`open\` made per token and text)
        order = orderScratch;
        order.length = 0;
        for (let k = 0; k < ti.open.length; k++) order.push(ti.open[k]);
        const last = Math.min(count - 1, i + 1 + MAX_GAP);
        let lists = 0;
        for (let k = i + 1; k <= last && !brk[k]; k++)
          for (let q = idFrom[k], qe = idTo[k]; q < qe; q++) {
            const id = idPool[q];
            const l = ti.bySecond!.get(id);
            if (l === undefined || seenIds.includes(id)) continue;
            seenIds.push(id);
            for (const ci of l) order.push(ci);
            lists++;
          }
        seenIds.length = 0;
        if (lists > 1 || (lists === 1 && ti.open.length)) order.sort((a, b) => a - b);
      }
      const nc = order === null ? code[base] : order.length;
      for (let oi = 0; oi < nc; oi++) {
        const ci = order === null ? oi : order[oi];
        // the candidate's code (CandShared): gap, skip flags, stop flags, number of later words, their stem numbers
        const off = base + code[base + 1 + ci];
        const gap = code[off];
        const nRest = code[off + 3];
        // the second word on none of the tokens the search below reads (up to its gap, before a break; skipping و/ف
        // tokens and stopping at a conjunction only narrow that): no match, told without reading the candidate
        const second = nRest > 0 ? code[off + 4] : -1;
        if (second >= 0) {
          let reach = false;
          const last = Math.min(count - 1, i + 1 + gap);
          for (let k = i + 1; k <= last && !reach; k++) {
            if (brk[k]) break;
            for (let q = idFrom[k], qe = idTo[k]; q < qe; q++)
              if (idPool[q] === second) {
                reach = true;
                break;
              }
          }
          if (!reach) continue;
        }
        const skipFlags = code[off + 1];
        const stopFlags = code[off + 2];
        let j = i;
        let ok = true;
        for (let r = 0; r < nRest; r++) {
          const wantId = code[off + 4 + r];
          let found = -1;
          const last = Math.min(count - 1, j + 1 + gap);
          for (let k = j + 1; k <= last; k++) {
            if (brk[k]) break;
            const fk = flags[k];
            if ((fk & skipFlags) !== 0) continue;
            // (session 21, speed only) whether the token may end the search below (a stop word, or a و body part), read before the
            // word's test: optimised before any token of a gap had passed that test, matchTerms was deoptimised at the first such
            // token ("insufficient type feedback") 13 times a cycle of the bench's texts, every cycle; the same tests, in the same order
            const mayStop = (fk & (stopFlags | F_WAW_PART)) !== 0;
            // (session 27, agspeed; speed only) the operands of the tests below, computed at every token (every index is in the
            // list: i <= j < k): the same values the tests read, but each operation has run, with type feedback, before
            // matchTerms is optimised, so that a gap first met later (a coordinator alone in it, a و body part after a skipped
            // word) does not deoptimise it ("insufficient type feedback for binary operation", two recompiles of matchTerms in
            // the bench's first pass). A token of the English or Russian list opens with a unit below U+0600, one of the Arabic
            // list with one in U+0600-U+06FF (the lists are chosen by that unit), so enRu is that test on token j + 1's opening
            const conjBefore = (flags[j + 1] & F_CONJ) !== 0;
            const stops = (fk & stopFlags) !== 0;
            const wawPart = (fk & F_WAW_PART) !== 0;
            const afterGap = k > j + 1;
            const prevNoWaw = (flags[k - 1] & F_WAW) === 0;
            let has = false;
            if (wantId >= 0) {
              for (let q = idFrom[k], qe = idTo[k]; q < qe; q++)
                if (idPool[q] === wantId) {
                  has = true;
                  break;
                }
            } else {
              // (an indexed loop: the for-of's iterator loads on this rare path set off a loop of deoptimisations of
              // matchTerms, "insufficient type feedback", in some bench runs; session 12)
              const want = infos[tok[i]].cands[ci].restStem[r];
              const forms = infos[tok[k]].prefixForms;
              for (let q = 0; q < forms.length; q++) if (forms[q].startsWith(want)) has = true;
            }
            // (session 23, agfix) a coordinator alone between two of a term's words puts them in two conjuncts: in "dry mouth and
            // watering eyes" 'mouth' ends the first and 'watering' opens the second, so no "mouth watering"; a shared head keeps
            // its modifiers ("eye and throat irritation", "watery and itchy eyes": the coordinator is not alone in the gap).
            // English and Russian coordinators only: Arabic ولا is also the negation of negative concord (لا ... ولا ...) and
            // او is rare between a term's words (a development hold item's denied breathlessness was lost with them, aggregate)
            if (has && k === j + 2 && conjBefore && enRu) has = false;
            if (has) {
              found = k;
              break;
            }
            // a coordinating conjunction in a scene term's gap joins a new phrase: "police and the fire department" is
            // not "police fired" (session 8; dev-v10 tucson-i10-2023, qiqihar-2004 'dug up a canister at the site')
            if (mayStop && stops) break;
            // (session 20, agru) an Arabic body part with و skipped after another skipped word opens a new clause with its own
            // subject: in "عيونهم تسيل وحلوقهم تحرق" the burning is the throats', not the eyes' (the eyes run); a part with و
            // right after the term's word, or after another و-word, is a list of the same predicate ("العيون والحلق تحرق",
            // "عيوني وأنفي وحلقي تحرقني" keep every part), and a و-word that is no body part (a verb, "وجهه أحمر ويقول يحرق")
            // breaks nothing
            if (mayStop && wawPart && afterGap && prevNoWaw) break;
          }
          if (found < 0) {
            ok = false;
            break;
          }
          j = found;
        }
        if (ok) {
          const t = infos[tok[i]].cands[ci];
          const e = end[j];
          let dup = false;
          for (let h = fromHere; h < hits.length; h++) if (hits[h].end === e && hits[h].feature === t.feature && hits[h].absent === t.absent) dup = true;
          if (t.written !== null && !asWritten(lower.slice(start[i], e), t.written)) dup = true;
          if (!dup) hits.push({ feature: t.feature, absent: t.absent, start: start[i], end: e, source: t.source, phrase: t.phrase });
        }
      }
    }
  }
  return hits;
}
