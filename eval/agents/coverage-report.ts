/**
 * Vocabulary coverage of the agent knowledge base's features (docs/agent-differential.md §7.00044-agvocab): for every
 * feature of knowledge/agents.yaml, how many phrases the engine holds to read it, per language and per source: the
 * lay/clinical term file (knowledge/agent-terms.yaml, present and absent terms), the Human Phenotype Ontology terms
 * (knowledge/hpo-terms.yaml, English labels and synonyms, from eval/agents/extract-hpo-terms.ts) and the hand-written
 * regex lexicon (src/core/agents/feature-lexicon.ts, patterns). It reads no evaluation item: the gaps it flags come from
 * the vocabulary, not from any miss.
 *
 * Usage: node --import tsx eval/agents/coverage-report.ts [--family eyes] [--few N] [--flagged]
 *   --few N   a feature/language with fewer than N phrases in all (terms + HPO + lexicon) is flagged FEW (default 4)
 *   --flagged print only the flagged rows
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../src/app/paths.js';
import { LEXICON } from '../../src/core/agents/feature-lexicon.js';

const LANGS = ['en', 'ru', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const args = process.argv.slice(2);
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const few = Number(opt('--few') ?? 4);
const onlyFamily = opt('--family');
const onlyFlagged = args.includes('--flagged');

const read = (f: string) => fs.readFileSync(path.join(packageRoot, f), 'utf8');
// the KB's features in file order, each under the family of the last `# ---- family` comment above it
const kbText = read('knowledge/agents.yaml');
const families: { feature: string; family: string; topic: string }[] = [];
{
  const kb = parse(kbText) as { features: Record<string, { topic?: string }> };
  let family = '?';
  let inFeatures = false;
  for (const line of kbText.split('\n')) {
    if (/^features:\s*$/.test(line)) inFeatures = true;
    else if (/^\S/.test(line)) inFeatures = false;
    if (!inFeatures) continue;
    const fam = /^ {2}# ---- ([^:(.]+)/.exec(line);
    if (fam) family = fam[1].trim().split(/\s+/)[0];
    const f = /^ {2}([a-z0-9_]+):\s*$/.exec(line);
    if (f && kb.features[f[1]]) families.push({ feature: f[1], family, topic: kb.features[f[1]].topic ?? '' });
  }
}
const terms = parse(read('knowledge/agent-terms.yaml')) as { features: Record<string, Partial<Record<Lang, string[]>> & { absent?: Partial<Record<Lang, string[]>> }> };
const hpo = parse(read('knowledge/hpo-terms.yaml')) as { terms: { hpo: string; feature: string; label: string; layperson_synonyms: string[]; synonyms: string[] }[] };

type Row = { present: number; absent: number; hpo: number; lex: number; lexAbsent: number };
const count = new Map<string, Record<Lang, Row>>();
const hpoIds = new Map<string, string[]>();
const row = (f: string) => {
  if (!count.has(f)) count.set(f, Object.fromEntries(LANGS.map((l) => [l, { present: 0, absent: 0, hpo: 0, lex: 0, lexAbsent: 0 }])) as Record<Lang, Row>);
  return count.get(f)!;
};
for (const [f, t] of Object.entries(terms.features ?? {}))
  for (const l of LANGS) {
    row(f)[l].present += (t[l] ?? []).length;
    row(f)[l].absent += (t.absent?.[l] ?? []).length;
  }
for (const t of hpo.terms) {
  row(t.feature).en.hpo += 1 + t.layperson_synonyms.length + t.synonyms.length;
  hpoIds.set(t.feature, [...(hpoIds.get(t.feature) ?? []), t.hpo]);
}
for (const e of LEXICON) for (const l of LANGS) row(e.feature)[l][e.absent ? 'lexAbsent' : 'lex'] += (e[l] ?? []).length;

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const flags: string[] = [];
console.log(`${pad('family', 10)}${pad('feature', 26)}${LANGS.map((l) => pad(`${l}: term/hpo/lex (abs)`, 25)).join('')}flag`);
let lastFamily = '';
for (const { feature, family } of families) {
  if (onlyFamily && family !== onlyFamily) continue;
  const r = row(feature);
  const total = (l: Lang) => r[l].present + r[l].hpo + r[l].lex;
  const flag = LANGS.filter((l) => total(l) < few).map((l) => `${total(l) === 0 ? 'NONE' : 'FEW'}-${l}`).join(' ');
  if (flag) flags.push(`${feature}: ${flag}`);
  if (onlyFlagged && !flag) continue;
  if (family !== lastFamily) console.log(`-- ${family}`);
  lastFamily = family;
  const cell = (l: Lang) => pad(`${r[l].present}/${r[l].hpo}/${r[l].lex} (${r[l].absent + r[l].lexAbsent})`, 25);
  console.log(`${pad('', 10)}${pad(feature, 26)}${LANGS.map(cell).join('')}${flag}${hpoIds.has(feature) ? `  [${hpoIds.get(feature)!.join(' ')}]` : ''}`);
}
const unknown = [...count.keys()].filter((f) => !families.some((x) => x.feature === f));
if (unknown.length) console.log(`\nphrases for features not in the KB: ${unknown.join(', ')}`);
console.log(`\n${families.length} features; ${flags.length} with a language under ${few} phrases${onlyFamily ? ` (family ${onlyFamily})` : ''}`);
