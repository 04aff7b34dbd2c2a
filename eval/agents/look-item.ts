/**
 * `npx tsx eval/agents/look-item.ts ID ...` (session 22, room agkb): one LOOK-part (or older development split) item's
 * reading: the features read, the class posterior and the rows that moved the leader against the expected class. It
 * refuses a hold-part item (those are aggregate only) and never loads a frozen split.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { developmentItems } from './development-parts.js';

const kb = loadAgentKb(capabilities.knowledge);
const items = developmentItems();
for (const id of process.argv.slice(2)) {
  const it = items.find((x) => x.c.id === id);
  if (!it) { console.log(`${id}: not a development item`); continue; }
  if (it.part === 'hold') { console.log(`${id}: a hold-part item, aggregate only`); continue; }
  const r = runDifferential(kb, it.c.accounts);
  console.log(`\n# ${id} (${it.group}) expected ${it.c.class}${it.c.accept ? ` accept ${it.c.accept.join(',')}` : ''}`);
  for (const a of it.c.accounts) console.log(`  [${a.role ?? '-'}] ${(a.text ?? '').slice(0, 600)}`);
  console.log(`  features: ${r.features.map((f) => `${f.present ? '+' : '-'}${f.id}`).join(' ')}`);
  console.log(`  classes: ${r.classes.map((c) => `${c.id} ${c.probability.toFixed(2)}`).join(', ')}`);
  console.log(`  agents: ${r.agents.slice(0, 5).map((c) => `${c.id} ${c.probability.toFixed(2)}`).join(', ')}`);
  console.log(`  rows: ${r.contributions.slice(0, 10).map((c) => `${c.feature}/${c.observation} ${c.llr.toFixed(2)} ${c.favours}>${c.against}`).join('; ')}`);
}
