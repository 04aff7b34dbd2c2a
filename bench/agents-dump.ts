/**
 * Equivalence dump for speed work on the agent extractor and differential: one JSON line per text with its extraction
 * (hits, features, named agents) and the full one-account differential, then one line per incident of ten and per
 * bundled case (every testimony as one incident). Run before and after a change and compare the files byte for byte
 * (`cmp`): the speed paths must not change any output (docs/agent-differential.md §7.0.1).
 * Texts: every development split of the evaluation (never a frozen test split: eval/agents/load.ts DEVELOPMENT_SPLITS), the Syrian Archive EN/AR summaries, the bundled testimonies, and generated accounts
 * (seeded recombinations of their sentences and words, with negation cues, clause breaks and case changes mixed in).
 * Usage: node --import tsx bench/agents-dump.ts OUT.jsonl [GENERATED=4000]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadAgentKb } from '../src/app/agents.js';
import { capabilities } from '../src/app/workspace.js';
import { examplesDir, sharedDataDir } from '../src/app/paths.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential, type Account } from '../src/core/agents/agent-differential.js';
import { readBundle } from '../src/adapters/readers/bundle-reader.js';
import { testimonyAccounts } from '../src/core/agents/agent-finding.js';
import { DEVELOPMENT_SPLITS, loadIncidents, loadParaphrases } from '../eval/agents/load.js';
import { seededRandom } from './lib/seeded-random.js';

const out = process.argv[2];
const generated = Number(process.argv[3] ?? 4000);
if (!out) throw new Error('usage: agents-dump.ts OUT.jsonl [GENERATED]');
const kb = loadAgentKb(capabilities.knowledge);

const texts: string[] = [];
for (const s of DEVELOPMENT_SPLITS.incidents) for (const inc of loadIncidents(s)) for (const a of inc.accounts) texts.push(a.text ?? '');
for (const s of DEVELOPMENT_SPLITS.paraphrases) for (const p of loadParaphrases(s)) texts.push(p.accounts[0].text ?? '');
const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
const bundles = fs.readdirSync(examplesDir).sort().map((id) => readBundle(path.join(examplesDir, id)).bundle);
for (const b of bundles) for (const t of b.testimonies) if (t.text) texts.push(t.text);
const real = texts.length;

// generated accounts: a seeded PRNG (mulberry32) over the real texts' sentences and words
const { rnd, pick } = seededRandom(0x5eed);
const sentences = texts.flatMap((t) => t.split(/(?<=[.!?\n\u061F])\s*/u)).filter((s) => s.trim());
const words = texts.flatMap((t) => t.split(/\s+/u)).filter(Boolean);
const cues = ['no', 'not', 'without', 'never', 'nor', 'or', 'and', 'but', 'none of them had', 'нет', 'не', 'ни', 'или', 'без', 'но', 'لا', 'لم', 'بدون', 'أو', 'ولا', 'لكن', ',', '.', ';', 'Tear gas', 'pupils were', 'smell of', 'رائحة', 'запах'];
for (let i = 0; i < generated; i++) {
  const kind = i % 4;
  let t: string;
  if (kind === 0) t = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(sentences)).join(' ');
  else if (kind === 1) t = Array.from({ length: 5 + Math.floor(rnd() * 60) }, () => (rnd() < 0.2 ? pick(cues) : pick(words))).join(' ');
  else if (kind === 2) {
    const s = pick(sentences);
    const w = s.split(' ');
    const k = Math.floor(rnd() * (w.length + 1));
    w.splice(k, 0, pick(cues));
    t = w.join(' ') + ' ' + pick(sentences);
  } else {
    const s = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(sentences)).join(' ');
    t = rnd() < 0.5 ? s.toUpperCase() : s.replace(/\s+/gu, () => pick([' ', '  ', '\n', ', ', ' - ']));
  }
  texts.push(t);
}

const lines: string[] = [];
const roles = ['witness', 'medic', 'official', 'journalist', 'other'] as const;
texts.forEach((text, i) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  const acc: Account = { text, role: roles[i % roles.length], reliability: 0.5 + (i % 5) / 10 };
  const d = runDifferential(kb, [acc]);
  lines.push(JSON.stringify({ i, real: i < real, text, hits: ex.hits, features: [...ex.features], named: ex.named, differential: d }));
});
for (let i = 0; i < texts.length; i += 10) {
  const accs: Account[] = texts.slice(i, i + 10).map((text, k) => ({ text, role: roles[(i + k) % roles.length], credibility: 1 + ((i + k) % 6) }));
  lines.push(JSON.stringify({ incident: i, differential: runDifferential(kb, accs) }));
}
for (const b of bundles) lines.push(JSON.stringify({ bundle: b.testimonies.map((t) => t.id), differential: runDifferential(kb, testimonyAccounts(b.testimonies)) }));
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${texts.length} texts (${real} real, ${texts.length - real} generated), ${lines.length} lines -> ${out}`);
