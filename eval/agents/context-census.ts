/**
 * `npx tsx eval/agents/context-census.ts [--hold]` (session 29, room agctx): the development incident reports whose reading has
 * no clinical feature present (the chronicles of shells, dead and gas with no sign described), by the context features read
 * (how the substance arrived and where). Look parts (and the older development splits) print each item; `--hold` prints the
 * hold parts in AGGREGATE only (counts per context and class, never an id or a text; session 29 fixrev: a cell of fewer than 3
 * items is folded into one suppressed total, and an unknown option exits 2 with a usage message naming it). Frozen splits are never loaded.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { developmentItems } from './development-parts.js';
import { cellLines } from './census-cells.js';

const KNOWN = new Set(['--hold', '--all', '--text']);
const unknown = process.argv.slice(2).filter((a) => !KNOWN.has(a));
if (unknown.length > 0) {
  console.error(`context-census: unknown option ${unknown.join(' ')}\nusage: npx tsx eval/agents/context-census.ts [--hold] [--all] [--text]`);
  process.exit(2);
}
const kb = loadAgentKb(capabilities.knowledge);
const HOLD = process.argv.includes('--hold');
const ALL = process.argv.includes('--all');
const items = developmentItems().filter((it) => it.part === (HOLD ? 'hold' : 'look') && (ALL || it.group.startsWith('inc:')));
const clinical = new Set(kb.features.filter((f) => f.topic === 'clinical').map((f) => f.id));
const cells = new Map<string, [number, number]>();
let n = 0, right = 0, brier = 0;
for (const it of items) {
  const r = runDifferential(kb, it.c.accounts);
  const present = r.features.filter((f) => f.present).map((f) => f.id);
  if (present.some((f) => clinical.has(f))) continue;
  const pred = r.top.class;
  const ok = pred !== null && (it.c.accept ?? [it.c.class]).includes(pred);
  let b = 0;
  for (const k of r.classes) b += (k.probability - (k.id === it.c.class ? 1 : 0)) ** 2;
  n++; right += ok ? 1 : 0; brier += b;
  const ctx = present.filter((f) => kb.features.find((x) => x.id === f)?.topic === 'scene');
  const key = `${it.c.class} | ${ctx.sort().join(' ') || '(nothing)'}`;
  const cell = cells.get(key) ?? [0, 0]; cell[0]++; cell[1] += ok ? 1 : 0; cells.set(key, cell);
  if (!HOLD) {
    const p = r.classes.find((c) => c.id === it.c.class)?.probability ?? 0;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${it.c.class.padEnd(16)} got ${String(pred).padEnd(16)} p=${p.toFixed(2)} ${it.c.id} [${present.join(' ')}]`);
    if (process.argv.includes('--text')) for (const a of it.c.accounts) console.log(`      ${(a.text ?? '').replace(/\s+/g, ' ').slice(0, 400)}`);
  }
}
console.log(`\n${HOLD ? 'hold' : 'look'}: ${n} accounts with no clinical feature read, ${right} right, Brier ${(brier / Math.max(1, n)).toFixed(4)}`);
for (const line of cellLines(cells, HOLD)) console.log(line);
