/**
 * `npx tsx eval/claims/agreement/agreement.ts`: how far a second, blind labeller agrees with the frozen splits' labels.
 * Two files of second labels, each of 80 items chosen by sha256("agree:" + id) and labelled from the guide alone
 * (eval/claims/README.md, "How the items were labelled" and the judgement calls of the v7-v10 sections) without seeing
 * the splits' labels, and committed before this script compared them:
 * - eval/claims/agreement/second-labeller-v7v9.jsonl: 40 items of test-v7 and 40 of test-v9 (session 6);
 * - eval/claims/agreement/second-labeller-v10.jsonl: 80 of the 150 items of test-v10 (session 7, another run);
 * - eval/claims/agreement/second-labeller-v11.jsonl: ALL 494 items of test-v11 and test-v11b (session 8), labelled by a
 *   blind labeller who was given only each item's language and text (ids replaced by salted hashes, no labels, no
 *   outlet) and the guide's slot definitions, never the repository; mapped back to ids by the coordinator. Its `agent`
 *   vocabulary is wider than the knowledge base's (cs, oc, chloropicrin ...), so its agent agreement is a lower bound.
 * - eval/claims/agreement/second-labeller-v12.jsonl: ALL 200 items of test-v12 (session 9), labelled the same way by
 *   another blind run; it had no list of agent ids (it wrote tear-gas, ricin, cyanide ...), so its agent agreement is a
 *   lower bound too.
 * Prints per slot the raw agreement and Cohen's kappa: first the v7/v9 groups as before (all, test-v7, test-v9, en,
 * ru, ar over the v7v9 file), then test-v10 overall and per language, then all 160 items overall and per language,
 * and last, for test-v10, the most frequent disagreements per slot as "first labeller -> second labeller" counts (no
 * item ids or texts). It compares labels only: the claim reader is not run, so this prints nothing about the reader's
 * misses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Labels = Record<string, unknown>;
type Second = { id: string; labels: Labels };
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, '..');
const lines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const gold = new Map<string, { labels: Labels; language: string; split: string }>();
for (const split of ['test-v7', 'test-v9', 'test-v10', 'test-v11', 'test-v11b', 'test-v12']) for (const x of lines(path.join(dir, `${split}.jsonl`))) gold.set(x.id, { labels: x.labels, language: x.language, split });
const secondV7V9: Second[] = lines(path.join(here, 'second-labeller-v7v9.jsonl'));
const secondV10: Second[] = lines(path.join(here, 'second-labeller-v10.jsonl'));
const secondV11: Second[] = lines(path.join(here, 'second-labeller-v11.jsonl'));
const secondV12: Second[] = lines(path.join(here, 'second-labeller-v12.jsonl'));
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

const goldOf = (x: Second) => {
  const g = gold.get(x.id);
  if (!g) throw new Error(`${x.id}: not in test-v7, test-v9, test-v10, test-v11, test-v11b or test-v12`);
  return g;
};

function report(label: string, second: Second[], groups: string[]) {
  for (const group of groups) {
    const items = second.filter((x) => {
      const g = goldOf(x);
      return group === 'all' || g.split === group || g.language === group;
    });
    const cells = SLOTS.map((s) => {
      const { po, kappa } = agreement(items.map((x) => [goldOf(x).labels[s], x.labels[s]]));
      return `${s} ${po.toFixed(2)} (kappa ${kappa.toFixed(2)})`;
    });
    console.log(`${label}${group} (${items.length}): ${cells.join('; ')}`);
  }
}

report('', secondV7V9, ['all', 'test-v7', 'test-v9', 'en', 'ru', 'ar']);
report('', secondV10, ['test-v10']);
report('test-v10 ', secondV10, ['en', 'ru', 'ar']);
report('v7+v9+v10 ', [...secondV7V9, ...secondV10], ['all', 'en', 'ru', 'ar']);
report('', secondV11, ['test-v11', 'test-v11b']);
report('test-v11+v11b ', secondV11, ['all', 'en', 'ru', 'ar']);
report('', secondV12, ['test-v12']);
report('test-v12 ', secondV12, ['en', 'ru', 'ar']);

console.log('test-v10 disagreements per slot (first labeller -> second labeller: count, by language):');
for (const s of SLOTS) {
  const pairs = new Map<string, Map<string, number>>();
  for (const x of secondV10) {
    const g = goldOf(x);
    if (g.labels[s] === x.labels[s]) continue;
    const key = `${String(g.labels[s])} -> ${String(x.labels[s])}`;
    const m = pairs.get(key) ?? new Map<string, number>();
    m.set(g.language, (m.get(g.language) ?? 0) + 1);
    pairs.set(key, m);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const cells = [...pairs].sort((a, b) => total(b[1]) - total(a[1])).map(([k, m]) => `${k} ${total(m)} (${[...m].map(([l, c]) => `${l} ${c}`).join(', ')})`);
  console.log(`  ${s}: ${cells.length ? cells.join('; ') : 'none'}`);
}
