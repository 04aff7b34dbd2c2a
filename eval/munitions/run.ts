/**
 * `npm run eval -- munitions`: the munition reader's figures (docs/agent-differential.md §5 and §7) on every split file
 * present in eval/munitions (munitions-dev-*.yaml, development; munitions-test-*.yaml, frozen test): delivery top-1 per
 * split, per language and per expected delivery, the confusion table and calibre accuracy (eval/munitions/score.ts).
 *
 *   npm run eval -- munitions [SPLIT|FILE ...] [--dev] [--brief] [--misses] [--json] [--dir DIR]
 *
 * `--misses` scores DEVELOPMENT splits only and lists their misses; it refuses (exit 2) any file named *test*, and
 * never scores a test split. `--dev` scores the development splits only; `--brief` prints only the top-1 and calibre
 * line of each split (aggregate only); `--dir` reads the splits from another directory (the scorer's own tests use
 * a fixture). A SPLIT is a file name with or without .yaml (munitions-dev-v1) or a path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';
import { loadMunitionKb } from '../../src/app/agents.js';
import { loadMunitionSplit, MUNITIONS_EVAL_DIR, splitFiles, splitKind } from './load.js';
import { formatScore, scoreMunitions, shortId, type MunitionScore } from './score.js';

const USAGE = `usage: npm run eval -- munitions [SPLIT|FILE ...] [--dev] [--brief] [--misses] [--json] [--dir DIR]
  --dev     score the development splits only (munitions-dev-*.yaml)
  --brief   print only each split's delivery top-1 and calibre figures
  --misses  score the development splits only and list their misses (a file named *test* is refused)
  --json    the scores as JSON
  --dir     the directory holding the split files (default eval/munitions)`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const FLAGS = ['--dev', '--brief', '--misses', '--json'];
let dir = MUNITIONS_EVAL_DIR;
const named: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--dir') {
    if (!args[i + 1]) {
      console.error(`eval munitions: --dir needs a directory\n${USAGE}`);
      process.exit(2);
    }
    dir = path.resolve(args[++i]);
  } else if (a.startsWith('--dir=')) dir = path.resolve(a.slice(6));
  else if (a.startsWith('-')) {
    if (!FLAGS.includes(a)) {
      console.error(`eval munitions: unknown option ${a}\n${USAGE}`);
      process.exit(2);
    }
  } else named.push(a);
}
const misses = args.includes('--misses');
const devOnly = misses || args.includes('--dev');

const resolve = (s: string) => {
  if (fs.existsSync(s) && fs.statSync(s).isFile()) return path.resolve(s);
  const base = s.endsWith('.yaml') || s.endsWith('.yml') ? s : `${s}.yaml`;
  return path.join(dir, base);
};
let files = named.length ? named.map(resolve) : splitFiles(dir);
if (misses) {
  const frozen = files.filter((f) => /test/i.test(path.basename(f)));
  if (named.length && frozen.length) {
    console.error(`eval munitions: --misses refuses frozen test splits (${frozen.map((f) => path.basename(f)).join(', ')}): their misses are never printed`);
    process.exit(2);
  }
}
for (const f of files)
  if (!fs.existsSync(f)) {
    console.error(`eval munitions: no such split file: ${f}`);
    process.exit(2);
  }
files = files.filter((f) => {
  try {
    return !devOnly || splitKind(f) === 'dev';
  } catch (e) {
    console.error(`eval munitions: ${(e as Error).message}`);
    process.exit(2);
  }
});
if (!files.length) {
  console.log(`eval munitions: no ${devOnly ? 'development ' : ''}split file in ${path.relative(process.cwd(), dir) || '.'} (munitions-dev-*.yaml, munitions-test-*.yaml)`);
  process.exit(0);
}

const kb = loadMunitionKb(fileKnowledge);
const ids = kb.deliveries.map((d) => d.id);
const results: { name: string; kind: 'dev' | 'test'; score: MunitionScore }[] = [];
for (const f of files) {
  let split;
  try {
    split = loadMunitionSplit(f, ids);
  } catch (e) {
    console.error(`eval munitions: ${(e as Error).message}`);
    process.exit(2);
  }
  results.push({ name: split.name, kind: split.kind, score: scoreMunitions(kb, split.items) });
}

if (args.includes('--json')) {
  // a test split's outcomes (its items and misses) are never printed: figures only
  const out = results.map(({ name, kind, score }) => {
    const { outcomes, ...figures } = score;
    return { name, kind, ...figures, ...(kind === 'dev' && misses ? { misses: outcomes.filter((o) => !o.correct) } : {}) };
  });
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}
for (const { name, kind, score } of results) {
  console.log('');
  for (const line of formatScore(name, score, ids, args.includes('--brief'))) console.log(line);
  if (misses && kind === 'dev')
    for (const o of score.outcomes.filter((x) => !x.correct))
      console.log(`  miss ${o.id} (${o.lang}): expected ${shortId(o.expected)}${o.accept.length ? ` (or ${o.accept.map(shortId).join(', ')})` : ''}, read ${shortId(o.read)}: ${JSON.stringify(o.text.length > 220 ? `${o.text.slice(0, 220)}...` : o.text)}`);
  if (misses && kind === 'dev')
    for (const o of score.outcomes.filter((x) => x.calibre_expected !== null && (x.calibre_read === null || Math.abs(x.calibre_read - x.calibre_expected) >= 0.5)))
      console.log(`  calibre miss ${o.id} (${o.lang}): expected ${o.calibre_expected} mm, read ${o.calibre_read ?? 'none'}`);
}
