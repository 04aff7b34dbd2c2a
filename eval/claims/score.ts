/**
 * Per-slot figures of the claim reader on the labelled set: `npx tsx eval/claims/score.ts dev [--misses SLOT]`.
 * Tune on dev only; the test split is scored by test/narrative-claims-eval.test.ts and quoted in docs/narrative.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreClaims, type LabelledItem } from '../../src/core/narrative/claim-eval.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const split = process.argv[2] ?? 'dev';
const items: LabelledItem[] = fs.readFileSync(path.join(dir, `${split}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const r = scoreClaims(items);
for (const [slot, sc] of Object.entries(r.slots)) {
  console.log(`${slot.padEnd(9)} accuracy ${sc.accuracy} (n=${sc.n})  ` + Object.entries(sc.values).map(([v, m]) => `${v}: P ${m.precision} R ${m.recall} (${m.support})`).join('; '));
}
const mi = process.argv.indexOf('--misses');
if (mi > 0) for (const m of r.misses[process.argv[mi + 1] as keyof typeof r.misses]) console.log(`  ${m.id} want ${m.want} got ${m.got} | ${m.text.replace(/\n/g, ' / ')}`);
