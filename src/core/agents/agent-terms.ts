/**
 * The term files (knowledge/agent-terms.yaml: lay paraphrases EN/RU/AR; knowledge/hpo-terms.yaml: Human Phenotype
 * Ontology labels, layperson synonyms and clinical synonyms) validated against the knowledge base's features and compiled for the
 * stem matcher (term-matcher.ts). Pure: the caller reads and parses the files.
 */
import { z } from 'zod';
import { badInput, issuesToErrors, type ErrorData } from '../errors.js';
import { compileTerms, type TermIndex, type TermLang, type TermSpec } from './term-matcher.js';
import { normaliseText } from './feature-extraction.js';

const Langs = z.object({ en: z.array(z.string()).optional(), ru: z.array(z.string()).optional(), ar: z.array(z.string()).optional() });
export const LayTermsFile = z.object({
  version: z.literal(1),
  macros: z.record(z.string(), Langs).default({}),
  features: z.record(z.string(), Langs.extend({ absent: Langs.optional() })),
});
export const HpoTermsFile = z.object({
  version: z.literal(1),
  source: z.object({ repository: z.string(), commit: z.string().regex(/^[0-9a-f]{40}$/) }).passthrough(),
  terms: z.array(z.object({ hpo: z.string().regex(/^HP:\d{7}$/), label: z.string(), feature: z.string(), layperson_synonyms: z.array(z.string()), synonyms: z.array(z.string()).default([]) })),
});

const LANGS: TermLang[] = ['en', 'ru', 'ar'];

/** Expands {MACRO} placeholders (one term per macro word); an unknown macro is a problem at the phrase. */
function expand(phrase: string, lang: TermLang, macros: z.infer<typeof LayTermsFile>['macros'], at: string, problems: ErrorData[]): string[] {
  const m = /\{([A-Z]+)\}/.exec(phrase);
  if (!m) return [phrase];
  const words = macros[m[1]]?.[lang];
  if (!words) {
    problems.push({ code: 'bad_input', path: at, message: `unknown macro {${m[1]}} for ${lang}` });
    return [];
  }
  return words.flatMap((w) => expand(phrase.replace(m[0], w), lang, macros, at, problems));
}

/**
 * Russian and Arabic order a subject and its predicate either way ("глаза жгло" / "жгло глаза", "عيونهم تدمع" /
 * "تدمع عيونهم"): a two-word term of two content words of a clinical sign (topic `clinical` in the KB) also matches
 * its words in the other order, with at most REVERSED_GAP words between them. Not for odours, onset, course or scene
 * (their order carries meaning: "через минуту" is not "минут через", "легче воздуха" is not "на воздухе стало
 * легче"), nor a term holding a negation, a preposition or a prefix word (judgment).
 */
const REVERSED_GAP = 1;
const FUNCTION_WORDS = new Set(['не', 'ни', 'в', 'во', 'на', 'с', 'со', 'из', 'изо', 'у', 'к', 'от', 'по', 'и', 'как', 'все', 'всё', 'было', 'был', 'были', 'была', 'في', 'من', 'على', 'الى', 'الي', 'عن', 'مع', 'لم', 'لا', 'لن', 'ما', 'مش', 'مو', 'كان', 'كانت', 'بعد', 'قبل', 'عند']);
function reversedPair(phrase: string, lang: TermLang): string | null {
  if (lang === 'en') return null;
  const words = phrase.trim().split(/\s+/);
  if (words.length !== 2 || words.some((w) => w.endsWith('*') || w.length < 3 || FUNCTION_WORDS.has(normaliseText(w).toLowerCase()))) return null;
  return `${words[1]} ${words[0]}`;
}

/**
 * Session 21 (agru): a Russian adjective and its noun stand either way round in speech, the adjective after its noun as the
 * predicate ("дым чёрный по всему этажу", "запах резкий", "взрыв сильный"), so a two-word scene or odour term of an adjective
 * (by its long-form ending) and a noun also matches noun-first, side by side or with a past form of быть between ("дым был
 * чёрный"; session 21 fixag2: no other gap word — "снаряд разрушил старый дом" is no old shell, "после взрыва начался сильный
 * кашель" no strong blast).
 * Not for onset or course terms (reversedPair's reason: their order carries meaning), nor a prefix word or a negative
 * determiner (никакого: its own postposed use is read by the absence grammar). Judgment of reading (Russian word order).
 */
const ORDERED_TOPICS = new Set(['onset', 'course']);
const RU_ADJ_END = /(?:ый|ий|ой|ая|яя|ую|юю|ого|его|ым|ыми|ими|ых|ые)$/u;
const RU_NOT_ADJ = /^(?:никак|ничей|такой|какой|какая|такая|мой|твой|свой|другой|другая|который|которая|каждый|каждая|любой|любая)/u;
function ruAdjectiveNounReversed(phrase: string, lang: TermLang): string | null {
  if (lang !== 'ru') return null;
  const words = phrase.trim().split(/\s+/);
  if (words.length !== 2 || words.some((w) => w.endsWith('*') || w.length < 3)) return null;
  const [adj, noun] = words.map((w) => w.toLowerCase());
  if (adj.length < 5 || !RU_ADJ_END.test(adj) || RU_NOT_ADJ.test(adj) || FUNCTION_WORDS.has(noun)) return null;
  return `${words[1]} ${words[0]}`;
}
/** The noun-first pair as said, and with the past of быть between (был/была/было/были share the stem: one spec). */
const ruPredicateForms = (rev: string): string[] => {
  const [noun, adj] = rev.split(' ');
  return [rev, `${noun} был ${adj}`];
};

/**
 * A term file's problems as one error: the file is the error's path, each problem's field a dotted path into
 * the file (`features.odour_garlic`, `terms.12.feature`), so the knowledge adapter names the line.
 */
const termFileError = (what: string, file: string, details: ErrorData[]) => badInput(`${what}: ${details[0].path}: ${details[0].message}`, file, details);

/** `features`: the KB's feature ids, or its features with their topics (the `clinical` ones' two-word Russian and
 * Arabic terms also match in the other order: reversedPair). */
export function compileTermFiles(featureTopics: Set<string> | Map<string, string>, lay: unknown, hpo: unknown, files = { lay: 'knowledge/agent-terms.yaml', hpo: 'knowledge/hpo-terms.yaml' }): TermIndex {
  const features = featureTopics instanceof Map ? new Set(featureTopics.keys()) : featureTopics;
  const clinical = new Set(featureTopics instanceof Map ? [...featureTopics].filter(([, t]) => t === 'clinical').map(([f]) => f) : []);
  const topicOf: Map<string, string> = featureTopics instanceof Map ? featureTopics : new Map();
  // (without topics every term keeps the old behaviour: a gap may cross a conjunction)
  const featureTopicsKnown = featureTopics instanceof Map;
  const L = LayTermsFile.safeParse(lay);
  if (!L.success) throw termFileError('invalid term file', files.lay, issuesToErrors(L.error.issues));
  const H = HpoTermsFile.safeParse(hpo);
  if (!H.success) throw termFileError('invalid HPO term file', files.hpo, issuesToErrors(H.error.issues));
  const specs: TermSpec[] = [];
  const reversed: TermSpec[] = [];
  const layProblems: ErrorData[] = [];
  for (const [feature, t] of Object.entries(L.data.features)) {
    if (!features.has(feature)) {
      layProblems.push({ code: 'bad_input', path: `features.${feature}`, message: `unknown feature "${feature}"` });
      continue;
    }
    for (const lang of LANGS) {
      (t[lang] ?? []).forEach((p, j) => {
        for (const phrase of expand(p, lang, L.data.macros, `features.${feature}.${lang}.${j}`, layProblems)) {
          specs.push({ feature, lang, phrase, source: 'lay', ...(clinical.has(feature) || !featureTopicsKnown ? {} : { noConj: true }) });
          if (clinical.has(feature)) {
            const rev = reversedPair(phrase, lang);
            if (rev) reversed.push({ feature, lang, phrase: rev, source: 'lay', gap: REVERSED_GAP, noWaw: true });
          } else if (featureTopicsKnown && !ORDERED_TOPICS.has(topicOf.get(feature) ?? '')) {
            // (session 21, fixag2) the adjective right after its noun, or after a form of быть ("дым был густой"): no other
            // word between, so the pair does not cross into the next phrase ("снаряд разрушил старый дом", "дым и густой туман")
            const rev = ruAdjectiveNounReversed(phrase, lang);
            if (rev) for (const ph of ruPredicateForms(rev)) reversed.push({ feature, lang, phrase: ph, source: 'lay', gap: 0, noWaw: true, noConj: true });
          }
        }
      });
      (t.absent?.[lang] ?? []).forEach((p, j) => {
        for (const phrase of expand(p, lang, L.data.macros, `features.${feature}.absent.${lang}.${j}`, layProblems)) specs.push({ feature, lang, phrase, absent: true, source: 'lay' });
      });
    }
  }
  if (layProblems.length) throw termFileError('invalid term file', files.lay, layProblems);
  // (session 14, agram) a term written in its order wins over another's reversed pair on the same words (the matcher keeps the
  // first spec that ends there): "воздуха не хватает" is that term, not "хватали воздух" reversed with не in its gap
  specs.push(...reversed);
  const hpoProblems: ErrorData[] = [];
  H.data.terms.forEach((t, i) => {
    if (!features.has(t.feature)) hpoProblems.push({ code: 'bad_input', path: `terms.${i}.feature`, message: `unknown feature "${t.feature}" (${t.hpo})` });
    else for (const phrase of [t.label, ...t.layperson_synonyms, ...t.synonyms]) specs.push({ feature: t.feature, lang: 'en', phrase, source: t.hpo });
  });
  if (hpoProblems.length) throw termFileError('invalid HPO term file', files.hpo, hpoProblems);
  return compileTerms(specs, (s) => normaliseText(s).toLowerCase());
}
