/**
 * What the two A/B harnesses of the agent engine share (bench/agents-ab.ts: both builds in worker threads of one process;
 * bench/agents-ab-procs.ts: one fresh process per measurement): bundling one tree's engine, and the bench's texts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataDir } from '../src/app/paths.js';
import { DEVELOPMENT_SPLITS, loadIncidents, loadParaphrases } from '../eval/agents/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Bundles TREE's engine into TREE/bench/out/NAME.mjs (inside the tree, so it finds its package root), the composition root
 * first, as bench/agents.bench.ts imports it.
 */
export function bundleAgentEngine(tree: string, name: string): string {
  const out = path.resolve(tree, 'bench', 'out');
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(out, `${name}-entry.ts`);
  fs.writeFileSync(
    entry,
    ["export { capabilities } from '../../src/app/workspace.js';", "export { runDifferential } from '../../src/core/agents/agent-differential.js';", "export { extractFeatures } from '../../src/core/agents/feature-extraction.js';", "export { loadAgentKb } from '../../src/app/agents.js';", ''].join('\n'),
  );
  const file = path.join(out, `${name}.mjs`);
  const r = spawnSync(path.resolve(here, '..', 'node_modules', '.bin', 'esbuild'), [entry, '--bundle', '--platform=node', '--format=esm', '--keep-names', '--external:better-sqlite3', '--external:pg', '--log-level=warning', `--outfile=${file}`, "--banner:js=import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);"], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`esbuild failed for ${tree}`);
  return file;
}

/** the bench's texts (bench/agents.bench.ts): the Syrian Archive summaries (EN and AR) and the development accounts */
export function agentBenchTexts(): string[] {
  const texts: string[] = [];
  const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
  if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
  for (const s of DEVELOPMENT_SPLITS.incidents) for (const inc of loadIncidents(s)) for (const a of inc.accounts) texts.push(a.text ?? '');
  for (const s of DEVELOPMENT_SPLITS.paraphrases) for (const p of loadParaphrases(s)) texts.push(p.accounts[0].text ?? '');
  return texts;
}
