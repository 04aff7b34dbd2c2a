/**
 * Reproducible draw of munition sentences from the Syrian Archive chemical-weapons incident list (shared data,
 * /work/shared/data/syrian-archive-cw-incidents/incidents.json; never copied into the repo) for the munitions
 * evaluation files eval/munitions/munitions-{test,dev}-v1.yaml (room wrmun, session 14).
 *
 * Rows are ordered by sha256(incident_code) (hex, ascending). Rows whose summary has no sentence with a munition cue
 * (the draw's own list below, written for this draw: it is not and must not become the engine's vocabulary) are
 * dropped. Row k of the remaining list (0-based) gives its first cue sentence in English when k is even and in Arabic
 * when k is odd (falling back to the other language when that summary has no cue sentence). Candidates k = 0..37 fed
 * the frozen test file and k = 38..75 the dev file; the author labelled them by hand and skipped a candidate only
 * when its label had reached the per-split cap stated in the files' headers (null 4, cylinder-airdrop 7).
 *
 * Usage: npx tsx eval/munitions/draw-v1.ts [path/to/incidents.json]   (prints one JSON object per line)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const EN_CUE =
  /\b(cylinders?|canisters?|rockets?|missiles?|shells?|mortars?|bombs?|barrels?|grenades?|munitions?|ammunition|projectiles?|remnants?|remains|drones?|spray\w*|launchers?|IRAMs?|warheads?|containers?)\b/i;
const AR_CUE =
  /(اسطوان|أسطوان|برميل|براميل|صاروخ|صواريخ|قذيف|قذائف|هاون|قنبل|قنابل|ذخير|ذخائر|مخلفات|بقايا|عبو|قنابل يدوية|رمان|طائرة مسيرة|حاوي)/;

interface Row { incident_code: string; summary_en?: string; summary_ar?: string }

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function draw(rows: Row[]): { k: number; code: string; lang: 'en' | 'ar'; text: string; ref: string }[] {
  const sorted = [...rows].sort((a, b) => {
    const ha = createHash('sha256').update(a.incident_code).digest('hex');
    const hb = createHash('sha256').update(b.incident_code).digest('hex');
    return ha < hb ? -1 : ha > hb ? 1 : 0;
  });
  const out: { k: number; code: string; lang: 'en' | 'ar'; text: string; ref: string }[] = [];
  for (const r of sorted) {
    const en = sentences(r.summary_en ?? '').find((s) => EN_CUE.test(s));
    const ar = sentences(r.summary_ar ?? '').find((s) => AR_CUE.test(s));
    if (!en && !ar) continue;
    const k = out.length;
    const wantAr = k % 2 === 1;
    const lang: 'en' | 'ar' = wantAr ? (ar ? 'ar' : 'en') : en ? 'en' : 'ar';
    const text = (lang === 'ar' ? ar : en)!;
    out.push({ k, code: r.incident_code, lang, text, ref: `syrian-archive-cw-incidents/incidents.json#${r.incident_code}:summary_${lang}` });
  }
  return out;
}

if (process.argv[1] && process.argv[1].endsWith('draw-v1.ts')) {
  const path = process.argv[2] ?? '/work/shared/data/syrian-archive-cw-incidents/incidents.json';
  const rows = JSON.parse(readFileSync(path, 'utf8')) as Row[];
  for (const c of draw(rows)) console.log(JSON.stringify(c));
}
