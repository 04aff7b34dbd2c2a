/**
 * `npx tsx eval/agents/fit-word-layer.ts [--check] [--out FILE]`: fits the differential's word-evidence table
 * (src/core/agents/word-layer.ts) on the whole DEVELOPMENT pool and writes knowledge/agent-word-layer.json with its
 * provenance (training files, their sha256 and case counts, options, date, this command).
 *
 * Training cases (session 27, room agfit; eval/agents/development-parts.ts): every older development split (incidents
 * dev, seen, the retired test splits v2-v5, dev-v8; paraphrases dev) whole, and the LOOK part of every split with parts
 * (incidents dev-v9 .. dev-v27, paraphrases dev-v3 .. dev-v19). Never a frozen test split, never a 'hold' part (sha256(id)
 * first hex digit 0-3, eval/split-parts.ts): those stay the check that the table carries over. The fit is
 * eval/agents/word-layer-fit.ts's (the accounts' weighted mean of the inputs, as the differential reads them; the engine's
 * class log-probabilities without words as the offset) with the options CHOSEN below, chosen by leave-one-writer-split-out
 * cross-validation and the hold parts (eval/agents/word-layer-cv.ts; docs/agent-differential.md §7.00054-agfit), never on a
 * frozen split.
 *
 * `--check`: fits and compares with the stored table instead of writing (how many inputs differ; exit 1 if any).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import type { WordLayerFile } from '../../src/core/agents/word-layer.js';
import { evalDir, SPLIT_FILES } from './load.js';
import { CHOSEN, developmentFitCases, fitTable } from './word-layer-fit.js';

const kb = loadAgentKb(capabilities.knowledge);
const classIds = kb.classes.map((c) => c.id);
const K = classIds.length;

const all = developmentFitCases(kb);
const train = all.filter((c) => c.part === 'look');
const groups = [...new Set(all.map((c) => c.group))];
const parted = new Set(all.filter((c) => c.part === 'hold').map((c) => c.group));
const fileOf = (g: string) => {
  const [kind, split] = g.split(':') as ['inc' | 'par', string];
  return kind === 'inc' ? (SPLIT_FILES.incidents as Record<string, string>)[split] : (SPLIT_FILES.paraphrases as Record<string, string>)[split];
};
const table = fitTable(train, K, CHOSEN);
const inputs: Record<string, number[]> = {};
for (const x of [...table.keys()].sort()) inputs[x] = Array.from(table.get(x)!);
const options = { ...CHOSEN, drop: CHOSEN.drop ? [...CHOSEN.drop].sort() : undefined };
const file: WordLayerFile = {
  about:
    'Word evidence for the agent differential (src/core/agents/word-layer.ts, docs/agent-differential.md §7.00014 and §7.00054-agfit; default set in src/app/agents.ts WORD_EVIDENCE_DEFAULT, ASSAY_WORD_EVIDENCE=on|off, --word-evidence / --no-word-evidence): per stemmed word unigram or bigram (u:/b: <lang>:<stem>), or per feature the engine extracted (f:<id>+ present, f:<id>- absent), its weight on each class\'s log-odds, in the order of `classes`. FITTED, not judged: a multinomial logistic regression with the engine\'s own class log-probabilities as a fixed offset, on the accounts\' weighted mean of the inputs (as the differential reads them), on the development files listed under fitted.training only (older splits whole, the LOOK part of every split with parts; never a frozen test split or a hold part). Regenerate with the command under fitted.command.',
  fitted: {
    command: 'npx tsx eval/agents/fit-word-layer.ts',
    date: new Date().toISOString().slice(0, 10),
    cases: train.length,
    options,
    training: groups.map((g) => {
      const f = fileOf(g);
      return { split: g.replace(/^inc:/, 'incidents ').replace(/^par:/, 'paraphrases '), part: parted.has(g) ? 'look' : 'all', file: `eval/agents/${f}`, sha256: crypto.createHash('sha256').update(fs.readFileSync(path.join(evalDir, f))).digest('hex'), cases: train.filter((c) => c.group === g).length };
    }),
  },
  classes: classIds,
  inputs,
};
const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : capabilities.knowledge.path('agent-word-layer.json');
if (process.argv.includes('--check')) {
  const stored: WordLayerFile = JSON.parse(fs.readFileSync(out, 'utf8'));
  const keys = new Set([...Object.keys(stored.inputs), ...Object.keys(inputs)]);
  let differ = 0;
  for (const k of keys) if (JSON.stringify(stored.inputs[k]) !== JSON.stringify(inputs[k])) differ++;
  console.log(`${out}: ${Object.keys(stored.inputs).length} inputs stored, ${Object.keys(inputs).length} refitted, ${differ} differ (${train.length} training cases)`);
  process.exit(differ ? 1 : 0);
}
fs.writeFileSync(out, JSON.stringify(file).replace(/,"(u|b|f):/g, ',\n"$1:') + '\n');
console.log(`wrote ${out}: ${Object.keys(inputs).length} inputs from ${train.length} development cases in ${groups.length} files`);
