/**
 * `npx tsx eval/claims/agreement/agreement.ts`: how far a second, blind labeller agrees with the frozen splits' labels
 * (eval/claims/agreement/second-labeller-v7v9.jsonl: 80 items, 40 of test-v7 and 40 of test-v9 chosen by sha256("agree:" + id),
 * labelled from the guide alone without seeing the splits' labels). Prints per slot the raw agreement and Cohen's
 * kappa, overall, per split and per language. It compares labels only: the claim reader is not run, so this prints
 * nothing about the reader's misses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Labels = Record<string, unknown>;
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, '..');
const lines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const gold = new Map<string, { labels: Labels; language: string; split: string }>();
for (const split of ['test-v7', 'test-v9']) for (const x of lines(path.join(dir, `${split}.jsonl`))) gold.set(x.id, { labels: x.labels, language: x.language, split });
const second: { id: string; labels: Labels }[] = lines(path.join(here, 'second-labeller-v7v9.jsonl'));
const SLOTS = ['blamed', 'agent', 'staged', 'prepared', 'voice'];

/** raw agreement and Cohen's kappa of two label lists */
function agreement(pairs: [unknown, unknown][]): { po: number; kappa: number } {
  const n = pairs.length;
  const po = pairs.filter(([a, b]) => a === b).length / n;
  const count = (i: 0 | 1) => pairs.reduce((m, p) => m.set(String(p[i]), (m.get(String(p[i])) ?? 0) + 1), new Map<string, number>());
  const ca = count(0);
  const cb = count(1);
  let pe = 0;
  for (const [k, v] of ca) pe += (v * (cb.get(k) ?? 0)) / n / n;
  return { po, kappa: pe < 1 ? (po - pe) / (1 - pe) : 1 };
}

for (const group of ['all', 'test-v7', 'test-v9', 'en', 'ru', 'ar']) {
  const items = second.filter((x) => {
    const g = gold.get(x.id);
    if (!g) throw new Error(`${x.id}: not in test-v7 or test-v9`);
    return group === 'all' || g.split === group || g.language === group;
  });
  const cells = SLOTS.map((s) => {
    const { po, kappa } = agreement(items.map((x) => [gold.get(x.id)!.labels[s], x.labels[s]]));
    return `${s} ${po.toFixed(2)} (kappa ${kappa.toFixed(2)})`;
  });
  console.log(`${group} (${items.length}): ${cells.join('; ')}`);
}
