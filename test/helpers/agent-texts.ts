/**
 * Every account text the agent engine's equivalence tests run on: the accounts of every evaluation file in eval/agents
 * (development and frozen alike: the tests compare two code paths, they never score or print an item), the Syrian
 * Archive summaries in ../shared/data when present, and the testimonies of the example bundles. Read once per process
 * (the speed tests share one worker, vitest.config.ts; parsing every evaluation file takes a second or two of CPU): each
 * call returns a fresh copy of the list, so a caller may add to its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { examplesDir, packageRoot, sharedDataDir } from '../../src/app/paths.js';
import { readBundle } from '../../src/adapters/readers/bundle-reader.js';

let cached: readonly string[] | undefined;

export function allAgentTexts(): string[] {
  cached ??= readAllAgentTexts();
  return [...cached];
}

function readAllAgentTexts(): string[] {
  const texts: string[] = [];
  const evalDir = path.join(packageRoot, 'eval', 'agents');
  for (const f of fs.readdirSync(evalDir).filter((x) => x.endsWith('.yaml'))) {
    const d = parse(fs.readFileSync(path.join(evalDir, f), 'utf8'));
    for (const inc of d.incidents ?? []) for (const a of inc.accounts) texts.push(a.text);
    for (const p of d.accounts ?? []) texts.push(p.text);
  }
  const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
  if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
  for (const id of fs.readdirSync(examplesDir)) {
    const b = readBundle(path.join(examplesDir, id)).bundle;
    for (const t of b.testimonies) if (t.text) texts.push(t.text);
  }
  return texts.filter((t) => typeof t === 'string');
}
