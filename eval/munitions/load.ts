/**
 * Loads and validates the munition-reading evaluation splits (eval/munitions/munitions-<kind>-v<N>.yaml): real
 * descriptions of munitions in EN/RU/AR, each with the knowledge-base delivery the description names (or null when it
 * names none), optional other right ids and an optional calibre. `munitions-test-*` files are frozen test splits
 * (aggregate figures only: their misses are never printed); `munitions-dev-*` files are development splits.
 *
 *   items:
 *     - id: en-t01
 *       lang: en                     # en | ru | ar
 *       text: "description as the source words it"
 *       delivery: cylinder-airdrop   # KB delivery id, or null when no delivery is described
 *       accept: [improvised-rocket]  # optional other right ids
 *       calibre_mm: 120              # optional
 *       source: "URL or shared-data ref"
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const MUNITIONS_EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));

export type Lang = 'en' | 'ru' | 'ar';

export interface MunitionItem {
  id: string;
  lang: Lang;
  text: string;
  /** the KB delivery id the description names, or null when it names none */
  delivery: string | null;
  /** other ids that count as right */
  accept: string[];
  calibre_mm?: number;
  source: string;
}

export interface MunitionSplit {
  /** file name without .yaml, e.g. munitions-dev-v1 */
  name: string;
  file: string;
  kind: 'dev' | 'test';
  items: MunitionItem[];
}

const Item = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]+$/, 'an id is letters, digits, dot, dash or underscore'),
  lang: z.enum(['en', 'ru', 'ar']),
  text: z.string().refine((s) => s.trim().length > 0, 'text is empty'),
  delivery: z.string().nullable(),
  accept: z.array(z.string()).optional(),
  calibre_mm: z.number().positive().optional(),
  source: z.string().refine((s) => s.trim().length > 0, 'source is empty'),
});
const File = z.object({ items: z.array(Item).min(1) }).loose();

/** The split's kind from its file name: *test* is frozen test, *dev* development; anything else is refused. */
export function splitKind(file: string): 'dev' | 'test' {
  const base = path.basename(file);
  if (/test/i.test(base)) return 'test';
  if (/dev/i.test(base)) return 'dev';
  throw new Error(`${base}: a munitions split's file name says dev or test`);
}

/**
 * Reads one split and validates it: the schema, unique ids, and every delivery and accept id against `deliveries` (the
 * KB's ids). Throws an Error naming the file, the item and the field.
 */
export function loadMunitionSplit(file: string, deliveries: readonly string[]): MunitionSplit {
  const name = path.basename(file).replace(/\.ya?ml$/, '');
  const kind = splitKind(file);
  const raw = parse(fs.readFileSync(file, 'utf8'));
  const r = File.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${name}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  const seen = new Set<string>();
  const problems: string[] = [];
  const items: MunitionItem[] = r.data.items.map((it, k) => {
    const where = `${name}: items.${k} (${it.id})`;
    if (seen.has(it.id)) problems.push(`${where}: duplicate id`);
    seen.add(it.id);
    if (it.delivery !== null && !deliveries.includes(it.delivery)) problems.push(`${where}: delivery: unknown delivery "${it.delivery}" (one of ${deliveries.join(', ')}, or null)`);
    for (const a of it.accept ?? []) if (!deliveries.includes(a)) problems.push(`${where}: accept: unknown delivery "${a}"`);
    if (it.delivery === null && (it.accept ?? []).length) problems.push(`${where}: accept: given with delivery null (nothing is described, so nothing else is right)`);
    return { id: it.id, lang: it.lang, text: it.text, delivery: it.delivery, accept: it.accept ?? [], ...(it.calibre_mm !== undefined ? { calibre_mm: it.calibre_mm } : {}), source: it.source };
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return { name, file, kind, items };
}

/** The split files in `dir` (munitions-dev-*.yaml and munitions-test-*.yaml), development first, each in name order. */
export function splitFiles(dir = MUNITIONS_EVAL_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => /^munitions-(dev|test)-[A-Za-z0-9._-]+\.ya?ml$/.test(f));
  const rank = (f: string) => (f.includes('-dev-') ? 0 : 1);
  return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => path.join(dir, f));
}
