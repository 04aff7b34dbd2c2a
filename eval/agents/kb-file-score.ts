/**
 * `npx tsx eval/agents/kb-file-score.ts FILE.yaml ...` (session 27, room agkb): scores whole knowledge-base FILES on the
 * DEVELOPMENT splits only, in aggregate, as kb-variants.ts scores in-memory variants: for a change kb-variants cannot
 * express (a new agent, a prior weight). Each FILE is an agents.yaml with agent-terms.yaml, hpo-terms.yaml and
 * agent-word-layer.json copied beside it (the loader reads the term files next to the KB). Prints development-total, the
 * look parts with the older development splits and the hold parts (count and Brier), and the per-class counts; with
 * MISSES=1 the LOOK-part misses by id (never a hold item). Frozen splits are never loaded.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { developmentItems, scoreItems } from './development-parts.js';
const items = developmentItems();
const CL = ['choking', 'nerve', 'blister', 'riot-control', 'toxic-industrial', 'incendiary', 'none'];
for (const file of process.argv.slice(2)) {
  const kb = loadAgentKb(capabilities.knowledge, file);
  const cls = new Map<string, number>();
  const miss: string[] = [];
  const agg = scoreItems(kb, items, (it, pred, ok) => {
    if (ok) cls.set(`${it.part}:${it.c.class}`, (cls.get(`${it.part}:${it.c.class}`) ?? 0) + 1);
    else if (it.part === 'look') miss.push(`${it.c.id}:${it.c.class}>${pred}`);
  });
  const f = (k: 'all' | 'look' | 'hold') => `${agg[k][1]}/${agg[k][0]} B${(agg[k][2] / agg[k][0]).toFixed(4)}`;
  console.log(`${file}\n  total ${f('all')} look ${f('look')} hold ${f('hold')}`);
  for (const part of ['look', 'hold']) console.log(`  ${part}: ${CL.map((c) => `${c} ${cls.get(`${part}:${c}`) ?? 0}`).join(' ')}`);
  if (process.env.MISSES) console.log('  look misses: ' + miss.join(' '));
}
