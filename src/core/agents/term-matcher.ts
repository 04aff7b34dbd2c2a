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
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { stemmer as stemAr } from '@orama/stemmers/arabic';

export type TermLang = 'en' | 'ru' | 'ar';

export interface TermSpec {
  feature: string;
  lang: TermLang;
  phrase: string;
  /** the term itself states absence ("no smell", "не пахло ничем") */
  absent?: boolean;
  /** where it comes from: "lay" or an HPO id */
  source: string;
}

interface CompiledTerm {
  feature: string;
  absent: boolean;
  /** stems of the words after the first; a stem ending in "*" is a prefix */
  rest: string[];
  /** `rest` read once: each word's stem without its "*", and whether it is a prefix (speed only) */
  restStem: string[];
  restPrefix: boolean[];
  source: string;
  phrase: string;
}

export interface TermIndex {
  byFirst: Record<TermLang, Map<string, CompiledTerm[]>>;
  /** prefix terms bucketed by their first two letters (a linear scan of every prefix per token was the hot spot) */
  prefixFirst: Record<TermLang, Map<string, { prefix: string; term: CompiledTerm }[]>>;
  size: number;
}

export interface TermHit {
  feature: string;
  absent: boolean;
  start: number;
  end: number;
  source: string;
}

/** Words allowed between two consecutive words of a term (judgment: covers "pupils were very small"). */
export const MAX_GAP = 2;

const STEMMERS: Record<TermLang, (w: string) => string> = { en: stemEn, ru: stemRu, ar: stemAr };
const CACHE_MAX = 50_000;
const caches: Record<TermLang, Map<string, string[]>> = { en: new Map(), ru: new Map(), ar: new Map() };

/** Snowball stem(s) of one lower-cased token; Arabic also without a leading clitic letter. */
export function stemsOf(token: string, lang: TermLang): string[] {
  const cache = caches[lang];
  let s = cache.get(token);
  if (s) return s;
  const stem = STEMMERS[lang];
  const main = stem(token);
  s = [main];
  if (lang === 'ar' && token.length > 3 && /^[وفبلك]/.test(token)) {
    const alt = stem(token.slice(1));
    if (alt !== main) s.push(alt);
    if (token.length > 4 && /^(?:وب|ول|فب|فل|وك)/.test(token)) {
      const alt2 = stem(token.slice(2));
      if (!s.includes(alt2)) s.push(alt2);
    }
  }
  if (lang === 'ar') {
    // The Snowball Arabic stemmer keeps the imperfect-verb prefix: تختنق (she chokes), نسعل (we cough) and أسعل (I
    // cough) stem apart from يختنق / يسعل. A token (or its clitic-free form) opening with ت ن أ also gets the stem of
    // its ي form, so one term per verb covers every person.
    for (const t of [token, ...(token.length > 4 && /^[وف]/.test(token) ? [token.slice(1)] : [])]) {
      if (t.length < 4 || !/^[تنأ]/.test(t)) continue;
      const alt = stem('ي' + t.slice(1));
      if (!s.includes(alt)) s.push(alt);
    }
  }
  if (lang === 'ru') {
    // ё is written as е in most Russian text; the stemmer treats them as different letters
    const e = main.replaceAll('ё', 'е');
    if (e !== main) s = [e];
  }
  if (cache.size > CACHE_MAX) cache.clear();
  cache.set(token, s);
  return s;
}

function termStems(phrase: string, lang: TermLang): string[] {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}*]+/gu) ?? [];
  return words.map((w) => (w.endsWith('*') ? stemsOf(w.slice(0, -1), lang)[0] + '*' : stemsOf(w, lang)[0]));
}

export function compileTerms(specs: TermSpec[], normalise: (s: string) => string = (s) => s): TermIndex {
  const index: TermIndex = { byFirst: { en: new Map(), ru: new Map(), ar: new Map() }, prefixFirst: { en: new Map(), ru: new Map(), ar: new Map() }, size: 0 };
  for (const t of specs) {
    const stems = termStems(normalise(t.phrase), t.lang).map((s) => (t.lang === 'ru' ? s.replaceAll('ё', 'е') : s));
    if (!stems.length) continue;
    const rest = stems.slice(1);
    const ct: CompiledTerm = {
      feature: t.feature,
      absent: !!t.absent,
      rest,
      restStem: rest.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w)),
      restPrefix: rest.map((w) => w.endsWith('*')),
      source: t.source,
      phrase: t.phrase,
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

interface Tok {
  start: number;
  end: number;
  stems: string[];
  /** clause punctuation between the previous token of the same script and this one (computed once per token) */
  breakBefore: boolean;
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
  stems: string[];
  cands: CompiledTerm[];
}
const TOK_CACHE_MAX = 100_000;
const tokCaches = new WeakMap<TermIndex, Record<TermLang, Map<string, TokInfo>>>();
function tokCachesOf(index: TermIndex): Record<TermLang, Map<string, TokInfo>> {
  let caches = tokCaches.get(index);
  if (!caches) tokCaches.set(index, (caches = { en: new Map(), ru: new Map(), ar: new Map() }));
  return caches;
}
function tokInfo(index: TermIndex, cache: Map<string, TokInfo>, lang: TermLang, w: string): TokInfo {
  let info = cache.get(w);
  if (info) return info;
  const stems = stemsOf(w, lang);
  const cands: CompiledTerm[] = [];
  const byFirst = index.byFirst[lang];
  const prefixes = index.prefixFirst[lang];
  for (const s of stems) {
    const l = byFirst.get(s);
    if (l) for (const t of l) cands.push(t);
  }
  for (const s of stems) {
    const bucket = prefixes.get(s.slice(0, 2));
    if (bucket) for (const p of bucket) if (s.startsWith(p.prefix) && !cands.includes(p.term)) cands.push(p.term);
  }
  info = { stems, cands };
  if (cache.size > TOK_CACHE_MAX) cache.clear();
  cache.set(w, info);
  return info;
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
export function matchTerms(index: TermIndex, lower: string, scripts: Record<TermLang, boolean>): TermHit[] {
  const hits: TermHit[] = [];
  const toks: Record<TermLang, Tok[]> = { en: [], ru: [], ar: [] };
  const cands: Record<TermLang, CompiledTerm[][]> = { en: [], ru: [], ar: [] };
  const n = lower.length;
  const caches = tokCachesOf(index);
  let i = 0;
  // tokens: maximal runs of letters and digits (the TOKEN regex, scanned by hand)
  while (i < n) {
    let k = wordCharAt(lower, i);
    if (!k) {
      i++;
      continue;
    }
    const start = i;
    i += k;
    while (i < n && (k = wordCharAt(lower, i))) i += k;
    const c = lower.charCodeAt(start);
    const lang: TermLang | null = c < 0x250 ? 'en' : c >= 0x400 && c <= 0x4ff ? 'ru' : c >= 0x600 && c <= 0x6ff ? 'ar' : null;
    if (!lang || !scripts[lang]) continue;
    const info = tokInfo(index, caches[lang], lang, lower.slice(start, i));
    const list = toks[lang];
    const prev = list.length ? list[list.length - 1] : null;
    list.push({ start, end: i, stems: info.stems, breakBefore: prev ? breaksBetween(lower, prev.end, start) : false });
    cands[lang].push(info.cands);
  }
  for (const lang of ['en', 'ru', 'ar'] as const) {
    const ts = toks[lang];
    if (!ts.length) continue;
    const cl = cands[lang];
    for (let i = 0; i < ts.length; i++) {
      for (const t of cl[i]) {
        let j = i;
        let ok = true;
        for (let r = 0; r < t.restStem.length; r++) {
          const want = t.restStem[r];
          const prefix = t.restPrefix[r];
          let found = -1;
          const last = Math.min(ts.length - 1, j + 1 + MAX_GAP);
          for (let k = j + 1; k <= last; k++) {
            if (ts[k].breakBefore) break;
            if (prefix ? ts[k].stems.some((s) => s.startsWith(want)) : ts[k].stems.includes(want)) {
              found = k;
              break;
            }
          }
          if (found < 0) {
            ok = false;
            break;
          }
          j = found;
        }
        if (ok) hits.push({ feature: t.feature, absent: t.absent, start: ts[i].start, end: ts[j].end, source: t.source });
      }
    }
  }
  return hits;
}
