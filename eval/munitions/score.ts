/**
 * Scores the munition reader (readDelivery, src/core/munitions/munition-compatibility.ts) on one split: delivery top-1
 * (right when the id read equals the item's `delivery` or is in its `accept`; an item whose `delivery` is null is right
 * only when the reader names none), per language and per expected delivery, the confusion table (rows expected,
 * columns read), and calibre accuracy over the items that give one (right when the calibre read from the text equals
 * it). Pure apart from the KB passed in.
 */
import type { MunitionKb } from '../../src/core/munitions/munition-kb.js';
import { readDelivery } from '../../src/core/munitions/munition-compatibility.js';
import type { MunitionItem } from './load.js';

/** the label of "no delivery" in tables and outcomes */
export const NONE = '(none)';

export interface Tally {
  n: number;
  correct: number;
}

export interface Outcome {
  id: string;
  lang: string;
  text: string;
  expected: string;
  accept: string[];
  read: string;
  correct: boolean;
  calibre_expected: number | null;
  calibre_read: number | null;
}

export interface MunitionScore {
  n: number;
  correct: number;
  perLang: Record<string, Tally>;
  perDelivery: Record<string, Tally>;
  /** expected -> read -> count */
  confusion: Record<string, Record<string, number>>;
  /** items that give calibre_mm: how many had it read right from the text */
  calibre: Tally;
  outcomes: Outcome[];
}

export function scoreMunitions(kb: MunitionKb, items: MunitionItem[]): MunitionScore {
  const s: MunitionScore = { n: 0, correct: 0, perLang: {}, perDelivery: {}, confusion: {}, calibre: { n: 0, correct: 0 }, outcomes: [] };
  const bump = (t: Record<string, Tally>, k: string, ok: boolean) => {
    const x = (t[k] ??= { n: 0, correct: 0 });
    x.n++;
    if (ok) x.correct++;
  };
  for (const it of items) {
    const r = readDelivery(kb, it.text);
    const read = r.delivery ?? NONE;
    const expected = it.delivery ?? NONE;
    const ok = it.delivery === null ? r.delivery === null : r.delivery !== null && (r.delivery === it.delivery || it.accept.includes(r.delivery));
    s.n++;
    if (ok) s.correct++;
    bump(s.perLang, it.lang, ok);
    bump(s.perDelivery, expected, ok);
    const row = (s.confusion[expected] ??= {});
    row[read] = (row[read] ?? 0) + 1;
    if (it.calibre_mm !== undefined) {
      s.calibre.n++;
      if (r.calibre !== null && Math.abs(r.calibre - it.calibre_mm) < 0.5) s.calibre.correct++;
    }
    s.outcomes.push({ id: it.id, lang: it.lang, text: it.text, expected, accept: it.accept, read, correct: ok, calibre_expected: it.calibre_mm ?? null, calibre_read: r.calibre });
  }
  return s;
}

const SHORT: Record<string, string> = {
  'cylinder-airdrop': 'cyl',
  'improvised-rocket': 'iram',
  'mortar-120-he': 'mortar',
  'artillery-shell': 'shell',
  'chemical-rocket-or-bomb': 'chem-rb',
  grenade: 'gren',
  canister: 'can',
  spray: 'spray',
  'drone-grenade': 'drone',
  'conventional-he': 'he',
};
export const shortId = (id: string) => SHORT[id] ?? id;

const pct = (c: number, n: number) => (n ? `${((c / n) * 100).toFixed(1)}%` : '-');

/** The split's figures as text lines (no misses: those are printed apart, for development splits only). */
export function formatScore(name: string, s: MunitionScore, deliveries: readonly string[], brief = false): string[] {
  const out = [`## ${name}: ${s.n} descriptions`, `delivery top-1 ${s.correct}/${s.n} = ${pct(s.correct, s.n)}; calibre ${s.calibre.correct}/${s.calibre.n}${s.calibre.n ? ` = ${pct(s.calibre.correct, s.calibre.n)}` : ''}`];
  if (brief) return out;
  out.push('per language: ' + ['en', 'ru', 'ar'].filter((l) => s.perLang[l]).map((l) => `${l} ${s.perLang[l].correct}/${s.perLang[l].n} (${pct(s.perLang[l].correct, s.perLang[l].n)})`).join(', '));
  const order = [...deliveries, NONE];
  out.push('per delivery: ' + order.filter((d) => s.perDelivery[d]).map((d) => `${d} ${s.perDelivery[d].correct}/${s.perDelivery[d].n}`).join(', '));
  const rows = order.filter((d) => s.confusion[d]);
  const cols = order.filter((d) => rows.includes(d) || Object.values(s.confusion).some((r) => r[d]));
  out.push('confusion (rows expected, columns read):');
  out.push('| expected | ' + cols.map(shortId).join(' | ') + ' |');
  for (const d of rows) out.push(`| ${shortId(d)} | ` + cols.map((c) => s.confusion[d][c] ?? 0).join(' | ') + ' |');
  return out;
}
