/**
 * `npx tsx eval/agents/agreement/blind-reader.ts`: how far an independent blind reader, given ONLY the account texts of
 * frozen splits (role and text of each account; ids replaced by salted hashes, no source, no adjudication, no labels),
 * agrees with the splits' labels. Two rounds, each by a separate run told to act as a toxicologist, with the seven class
 * definitions and ../shared/domain for reference, never the repository:
 * - session 8: incidents-test-v10 and incidents-test-v10b (blind-reader-v10.json);
 * - session 9: incidents-test-v11 and paraphrases-test-v3 (blind-reader-v11.json);
 * - session 10: paraphrases-test-v4 (blind-reader-s10.json). Caveat: its writer and this reader are both runs of the same
 *   kind of language model, so agreement measures whether the text carries the class for such a reader, and may be
 *   higher than a human toxicologist's would be.
 * The reader gave a class, an agent where it could and a confidence; the coordinator mapped its answers back to ids. A
 * class counts as agreeing when it is the label or one of the item's `accept` classes, as in the engine's scoring. It
 * compares labels only: the engine is not run, so this prints nothing about the engine's misses. What it measures:
 * whether the accounts carry enough to name the class (a ceiling for a reader of the text), not the engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
type Item = { id: string; class: string; accept?: string[]; lang: string };
const ROUNDS = [
  { readings: 'blind-reader-v10.json', files: ['incidents-test-v10.yaml', 'incidents-test-v10b.yaml'] },
  { readings: 'blind-reader-v11.json', files: ['incidents-test-v11.yaml', 'paraphrases-test-v3.yaml'] },
  { readings: 'blind-reader-s10.json', files: ['paraphrases-test-v4.yaml'] },
];

for (const round of ROUNDS) {
  const reader: Record<string, { class: string; confidence: number }> = JSON.parse(fs.readFileSync(path.join(here, round.readings), 'utf8'));
  const tally = new Map<string, { n: number; ok: number }>();
  const add = (k: string, ok: boolean) => {
    const t = tally.get(k) ?? { n: 0, ok: 0 };
    t.n++;
    if (ok) t.ok++;
    tally.set(k, t);
  };
  for (const file of round.files) {
    const doc = parse(fs.readFileSync(path.join(here, '..', file), 'utf8'));
    const items: Item[] = doc.incidents ?? doc.accounts;
    const split = file.replace(/\.yaml$/, '');
    for (const it of items) {
      const r = reader[it.id];
      if (!r) throw new Error(`${it.id}: no blind reading in ${round.readings}`);
      const ok = r.class === it.class || (it.accept ?? []).includes(r.class);
      for (const k of ['all', split, `${split} language ${it.lang}`, `${split} class ${it.class}`, `confidence ${r.confidence < 0.5 ? '< 0.5' : r.confidence < 0.7 ? '0.5-0.7' : '>= 0.7'}`]) add(k, ok);
    }
  }
  console.log(`## ${round.files.join(' + ')} (${round.readings})`);
  for (const [k, t] of [...tally].sort()) console.log(`${k}: ${t.ok}/${t.n} = ${((100 * t.ok) / t.n).toFixed(1)}%`);
}
