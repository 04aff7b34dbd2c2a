/**
 * `npx tsx eval/agents/agreement/blind-reader.ts`: how far an independent blind reader, given ONLY the account texts of
 * the frozen splits test-v10 and test-v10b (role and text of each account; ids replaced by salted hashes, no source,
 * no adjudication, no labels), agrees with the splits' labels. The reader (session 8, a separate run told to act as a
 * toxicologist, with the seven class definitions and ../shared/domain for reference, never the repository) gave a
 * class, an agent where it could and a confidence; the coordinator mapped its answers back to ids
 * (blind-reader-v10.json). A class counts as agreeing when it is the label or one of the item's `accept` classes, as in
 * the engine's scoring. It compares labels only: the engine is not run, so this prints nothing about the engine's
 * misses. What it measures: whether the accounts carry enough to name the class (a ceiling for a reader of the text),
 * not the engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
type Item = { id: string; class: string; accept?: string[]; lang: string };
const items: Item[] = ['incidents-test-v10.yaml', 'incidents-test-v10b.yaml'].flatMap((f) => parse(fs.readFileSync(path.join(here, '..', f), 'utf8')).incidents);
const reader: Record<string, { class: string; confidence: number }> = JSON.parse(fs.readFileSync(path.join(here, 'blind-reader-v10.json'), 'utf8'));

const tally = new Map<string, { n: number; ok: number }>();
const add = (k: string, ok: boolean) => {
  const t = tally.get(k) ?? { n: 0, ok: 0 };
  t.n++;
  if (ok) t.ok++;
  tally.set(k, t);
};
for (const it of items) {
  const r = reader[it.id];
  if (!r) throw new Error(`${it.id}: no blind reading`);
  const ok = r.class === it.class || (it.accept ?? []).includes(r.class);
  for (const k of ['all', `language ${it.lang}`, `class ${it.class}`, `confidence ${r.confidence < 0.5 ? '< 0.5' : r.confidence < 0.7 ? '0.5-0.7' : '>= 0.7'}`]) add(k, ok);
}
for (const [k, t] of [...tally].sort()) console.log(`${k}: ${t.ok}/${t.n} = ${((100 * t.ok) / t.n).toFixed(1)}%`);
