/**
 * `npx tsx eval/agents/word-layer-bundles.ts`: the bundled cases (examples/douma-2018-04-07, khan-shaykhun-2017-04-04,
 * aleppo-2018-11-24) read from their testimonies with the word layer off and on (session 27, room agfit): the class
 * probabilities, the determination, chlorine's share and the layer's shift and share kept. What they must stay:
 * Douma choking, Khan Shaykhun nerve, Aleppo riot-control or undetermined between riot-control and choking, never a
 * confident chlorine (docs/agent-differential.md §7).
 */
import path from 'node:path';
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { examplesDir } from '../../src/app/paths.js';
import { readBundle } from '../../src/adapters/readers/bundle-reader.js';
import { testimonyAccounts } from '../../src/core/agents/agent-finding.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';

const kb = loadAgentKb(capabilities.knowledge);
for (const id of ['douma-2018-04-07', 'khan-shaykhun-2017-04-04', 'aleppo-2018-11-24']) {
  const accounts = testimonyAccounts(readBundle(path.join(examplesDir, id)).bundle.testimonies);
  for (const on of [false, true]) {
    const r = runDifferential(kb, accounts, { wordEvidence: on });
    const chlorine = r.agents.find((a) => a.id === 'chlorine')!.probability;
    console.log(`${id} words ${on ? 'on ' : 'off'}: ${r.determination.class ?? `undetermined (${r.determination.remaining.join(', ')})`}; ${r.classes.slice(0, 3).map((c) => `${c.id} ${c.probability.toFixed(3)}`).join(', ')}; chlorine ${chlorine.toFixed(3)}${r.words ? `; kept ${r.words.kept}, shift ${Object.entries(r.words.shift).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' ')}; words: ${r.words.inputs.slice(0, 6).map((x) => `${x.words}>${x.favours}`).join(', ')}` : ''}`);
  }
}
