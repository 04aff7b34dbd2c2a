/**
 * The term files (knowledge/agent-terms.yaml: lay paraphrases EN/RU/AR; knowledge/hpo-terms.yaml: Human Phenotype
 * Ontology labels and layperson synonyms) validated against the knowledge base's features and compiled for the
 * stem matcher (term-matcher.ts). Pure: the caller reads and parses the files.
 */
import { z } from 'zod';
import { badInput, AssayError, issuesToErrors, type IssueLike } from '../errors.js';
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
  terms: z.array(z.object({ hpo: z.string().regex(/^HP:\d{7}$/), label: z.string(), feature: z.string(), layperson_synonyms: z.array(z.string()) })),
});

const LANGS: TermLang[] = ['en', 'ru', 'ar'];

/** Expands {MACRO} placeholders (one term per macro word). */
function expand(phrase: string, lang: TermLang, macros: z.infer<typeof LayTermsFile>['macros']): string[] {
  const m = /\{([A-Z]+)\}/.exec(phrase);
  if (!m) return [phrase];
  const words = macros[m[1]]?.[lang];
  if (!words) throw new AssayError('internal', `unknown macro {${m[1]}} for ${lang}`, 'knowledge/agents.yaml');
  return words.flatMap((w) => expand(phrase.replace(m[0], w), lang, macros));
}

const termFileError = (what: string, issues: IssueLike[], file: string) => {
  const [first] = issuesToErrors(issues, (p) => p.join('.'));
  return badInput(`${what}: ${first.path}: ${first.message}`, file);
};

export function compileTermFiles(features: Set<string>, lay: unknown, hpo: unknown, files = { lay: 'knowledge/agent-terms.yaml', hpo: 'knowledge/hpo-terms.yaml' }): TermIndex {
  const L = LayTermsFile.safeParse(lay);
  if (!L.success) throw termFileError('invalid term file', L.error.issues, files.lay);
  const H = HpoTermsFile.safeParse(hpo);
  if (!H.success) throw termFileError('invalid HPO term file', H.error.issues, files.hpo);
  const specs: TermSpec[] = [];
  for (const [feature, t] of Object.entries(L.data.features)) {
    if (!features.has(feature)) throw badInput(`${files.lay}: features.${feature}: unknown feature "${feature}"`, files.lay);
    for (const lang of LANGS) {
      for (const p of t[lang] ?? []) for (const phrase of expand(p, lang, L.data.macros)) specs.push({ feature, lang, phrase, source: 'lay' });
      for (const p of t.absent?.[lang] ?? []) for (const phrase of expand(p, lang, L.data.macros)) specs.push({ feature, lang, phrase, absent: true, source: 'lay' });
    }
  }
  for (const t of H.data.terms) {
    if (!features.has(t.feature)) throw badInput(`${files.hpo}: ${t.hpo}: unknown feature "${t.feature}"`, files.hpo);
    for (const phrase of [t.label, ...t.layperson_synonyms]) specs.push({ feature: t.feature, lang: 'en', phrase, source: t.hpo });
  }
  return compileTerms(specs, (s) => normaliseText(s).toLowerCase());
}
