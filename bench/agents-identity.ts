/**
 * Output identity of two trees' agent engines over every development account (session 27, room agspeed): each
 * development incident file (eval/agents/incidents-dev*.yaml) and development paraphrase file
 * (eval/agents/paraphrases-dev*.yaml), the bundled examples' testimonies, and seeded variants of those texts (upper case,
 * broken spacing, sentences joined): no frozen test file (eval/agents/*-test*.yaml) is read. For each text the extraction
 * (hits, features, named agents) with and without the knowledge base's terms and its one-account differential; for each
 * incident its accounts' differential; for each bundle its testimonies' differential. Speed work on the extractor must
 * leave this output byte-identical.
 * Usage: node --import tsx bench/agents-identity.ts TREE OUT.jsonl      (writes TREE's output)
 *        node --import tsx bench/agents-identity.ts BASE_TREE HEAD_TREE (writes both to a temporary directory and compares)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { seededRandom } from './lib/seeded-random.js';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: agents-identity.ts TREE OUT.jsonl | agents-identity.ts BASE_TREE HEAD_TREE');
  process.exit(2);
}

if (fs.existsSync(b) && fs.statSync(b).isDirectory()) {
  // compare mode: each tree in its own process
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-identity-'));
  const self = fileURLToPath(import.meta.url);
  const outs = [a, b].map((tree, k) => {
    const out = path.join(dir, `${k ? 'head' : 'base'}.jsonl`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, path.resolve(tree), out], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
    if (r.status !== 0) process.exit(1);
    return out;
  });
  const [x, y] = outs.map((f) => fs.readFileSync(f, 'utf8').split('\n'));
  let diffs = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      if (diffs < 5) console.log(`line ${i + 1} differs:\n  base ${x[i]?.slice(0, 400)}\n  head ${y[i]?.slice(0, 400)}`);
      diffs++;
    }
  }
  console.log(diffs ? `DIFFERENT: ${diffs} of ${x.length} lines (${outs.join(' ')})` : `IDENTICAL: ${x.length} lines, ${fs.statSync(outs[0]).size} bytes (${outs.join(' ')})`);
  process.exit(diffs ? 1 : 0);
}

const tree = path.resolve(a);
const imp = (p: string) => import(pathToFileURL(path.join(tree, p)).href);
const { loadAgentKb } = await imp('src/app/agents.ts');
const { capabilities } = await imp('src/app/workspace.ts');
const { extractFeatures } = await imp('src/core/agents/feature-extraction.ts');
const { runDifferential } = await imp('src/core/agents/agent-differential.ts');
const { readBundle } = await imp('src/adapters/readers/bundle-reader.ts');
const { testimonyAccounts } = await imp('src/core/agents/agent-finding.ts');
const kb = loadAgentKb(capabilities.knowledge);

// the development files, read from THIS tree (the head's copy: both trees must read the same texts)
const evalDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'agents');
const devFiles = fs
  .readdirSync(evalDir)
  .filter((f) => /^(incidents|paraphrases)-dev(-v\d+b?)?\.yaml$/.test(f))
  .sort();
const incidents: { id: string; texts: string[] }[] = [];
const texts: string[] = [];
for (const f of devFiles) {
  const y = parse(fs.readFileSync(path.join(evalDir, f), 'utf8'));
  if (f.startsWith('incidents')) for (const inc of y.incidents) incidents.push({ id: `${f}:${inc.id}`, texts: inc.accounts.map((x: { text?: string }) => x.text ?? '') });
  else for (const p of y.accounts) texts.push(p.text ?? '');
}
for (const inc of incidents) texts.push(...inc.texts);
const examplesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const bundles = fs
  .readdirSync(examplesDir)
  .filter((d) => fs.statSync(path.join(examplesDir, d)).isDirectory())
  .sort()
  .map((id) => readBundle(path.join(examplesDir, id)).bundle);
for (const bd of bundles) for (const t of bd.testimonies) if (t.text) texts.push(t.text);
const real = texts.length;
// seeded variants: case, spacing and punctuation changes, two texts joined
const { pick } = seededRandom(0x27a9);
for (let i = 0; i < 3000; i++) {
  const t = pick(texts.slice(0, real));
  const k = i % 4;
  texts.push(k === 0 ? t.toUpperCase() : k === 1 ? t.replace(/\s+/gu, () => pick([' ', '  ', '\n', ', ', ' - ', '. '])) : k === 2 ? `${t} ${pick(texts.slice(0, real))}` : t.toLowerCase().replace(/[.,;]/gu, ''));
}

const fd = fs.openSync(b, 'w');
const roles = ['witness', 'medic', 'official', 'journalist', 'other'] as const;
texts.forEach((text, i) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  const ex0 = extractFeatures(text);
  const d = runDifferential(kb, [{ text, role: roles[i % roles.length], reliability: 0.5 + (i % 5) / 10 }]);
  fs.writeSync(fd, JSON.stringify({ i, hits: ex.hits, features: [...ex.features], named: ex.named, hits0: ex0.hits, features0: [...ex0.features], differential: d }) + '\n');
});
incidents.forEach((inc, i) => fs.writeSync(fd, JSON.stringify({ incident: inc.id, differential: runDifferential(kb, inc.texts.map((text, k) => ({ text, role: roles[(i + k) % roles.length], credibility: 1 + ((i + k) % 6) }))) }) + '\n'));
for (const bd of bundles) fs.writeSync(fd, JSON.stringify({ bundle: bd.testimonies.map((t: { id: string }) => t.id), differential: runDifferential(kb, testimonyAccounts(bd.testimonies)) }) + '\n');
fs.closeSync(fd);
console.log(`${tree}: ${texts.length} texts (${real} real, ${texts.length - real} variants), ${incidents.length} incidents, ${bundles.length} bundles -> ${b}`);
