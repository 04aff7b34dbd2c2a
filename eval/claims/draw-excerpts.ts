/**
 * The shared-data readers of the claims draws (draw-v6.ts, draw-v15b.ts): an RFC 4180 CSV reader that keeps each
 * record's line, the excerpt cut every split uses (eval/claims/README.md), and the take into test and dev (splitFiller).
 */
import fs from 'node:fs';
import path from 'node:path';
/** RFC 4180 records with the physical line each starts on (1-based). */
export function csv(text: string): { line: number; row: Record<string, string> }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [], cell = '', q = false, line = 1, start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') q = false;
      else { if (c === '\n') line++; cell += c; }
    } else if (c === '"') q = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell); rows.push({ line: start, cells }); cells = []; cell = ''; line++; start = line;
    } else cell += c;
  }
  if (cell || cells.length) { cells.push(cell); rows.push({ line: start, cells }); }
  const head = rows[0].cells;
  return rows.slice(1).filter((r) => r.cells.length > 1).map((r) => ({ line: r.line, row: Object.fromEntries(head.map((h, k) => [h, r.cells[k] ?? ''])) }));
}

/** Cut after the last whole sentence within n characters (else at the last space). */
export function cut(s: string, n: number): string {
  s = s.trim();
  if (s.length <= n) return s;
  const head = s.slice(0, n + 1);
  let end = -1;
  for (const m of head.matchAll(/[.!?]["”’)]?(?=\s)/g)) end = m.index! + m[0].length;
  return end > 0 ? head.slice(0, end) : head.slice(0, head.lastIndexOf(' '));
}

/** Whitespace and case folded: how a draw compares texts and headlines with the splits it must avoid. */
export const normText = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** What a draw must avoid, from the items of the splits before it: their ids (without the split prefix), headlines and
 * texts. `fresh(id, text)` is true for a row none of them holds; `seenHeads` for checks on a headline alone. */
export function seenIndex(seen: readonly { id: string; text: string }[]): { seenHeads: Set<string>; fresh: (id: string, text: string) => boolean } {
  const seenIds = new Set(seen.map((i) => i.id.slice(i.id.indexOf('-') + 1)));
  const seenHeads = new Set(seen.map((i) => normText(i.text.split('\n')[0])));
  const seenTexts = new Set(seen.map((i) => normText(i.text)));
  return { seenHeads, fresh: (id, text) => !seenIds.has(id) && !seenHeads.has(normText(text.split('\n')[0])) && !seenTexts.has(normText(text)) };
}

/** An ascending comparator on a string key (the draws order rows by a hash). */
export const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** One stratum's candidates, in hash order: what `splitFiller` takes (any draw's item without its labels). */
export interface Candidate { text: string }

/** The take of the draws v16 and later (draw-v16.ts, draw-v17.ts, draw-v18.ts): `fill(name, cands, nTest, nDev)` takes
 * the first nTest candidates of a stratum (already in hash order) to `test` now, and the next nDev to `dev` when
 * `finish()` runs, after every stratum has given its test items; a candidate whose headline or text is taken already is
 * skipped, and a dev candidate whose story (`story`, of its headline) is that of a test item or of an earlier split
 * (`seen`). With `letters` set, a dev candidate is also skipped when a story of 24 letters or more (of a test item or of
 * an earlier split) is inside its text's `letters` (draw-v17.ts: the story under an outlet prefix). `pools` gets each
 * stratum's candidate count. Throws when a stratum is too small, except that with `devUpTo` (draw-v19.ts: the strata the
 * earlier draws nearly emptied) dev takes what is left of the stratum, at most nDev. */
export function splitFiller<C extends Candidate>(opts: {
  seen: readonly Candidate[];
  story: (text: string) => string;
  letters?: (text: string) => string;
}): { test: (C & { labels: null })[]; dev: (C & { labels: null })[]; pools: Record<string, number>; fill: (name: string, cands: C[], nTest: number, nDev: number, devUpTo?: boolean) => void; finish: () => void } {
  const { seen, story, letters } = opts;
  const test: (C & { labels: null })[] = [], dev: (C & { labels: null })[] = [];
  const taken = new Set<string>();
  const pools: Record<string, number> = {};
  const deferred: (() => void)[] = [];
  const fill = (name: string, cands: C[], nTest: number, nDev: number, devUpTo = false) => {
    pools[name] = cands.length;
    let t = 0, i = 0;
    for (; i < cands.length && t < nTest; i++) {
      const c = cands[i], h = normText(c.text.split('\n')[0]), x = normText(c.text);
      if (taken.has(h) || taken.has(x)) continue;
      taken.add(h); taken.add(x);
      test.push({ ...c, labels: null }); t++;
    }
    if (t < nTest) throw new Error(`${name}: pool too small (${cands.length})`);
    deferred.push(() => {
      const stories = new Set([...seen, ...test].map((o) => story(o.text)));
      const longStories = letters ? [...stories].filter((s) => s.length >= 24) : [];
      let d = 0;
      for (; i < cands.length && d < nDev; i++) {
        const c = cands[i], h = normText(c.text.split('\n')[0]), x = normText(c.text);
        if (taken.has(h) || taken.has(x) || stories.has(story(c.text))) continue;
        if (letters) {
          const all = letters(c.text);
          if (longStories.some((s) => all.includes(s))) continue;
        }
        taken.add(h); taken.add(x);
        dev.push({ ...c, labels: null }); d++;
      }
      if (d < nDev && !devUpTo) throw new Error(`${name}: pool too small for dev (${cands.length})`);
    });
  };
  return { test, dev, pools, fill, finish: () => { for (const f of deferred) f(); } };
}

/** Every item of the claims split files `files` (JSONL in `dir`): the rows and texts a later draw avoids. */
export function readSplits(dir: string, files: readonly string[]): { id: string; text: string }[] {
  const seen: { id: string; text: string }[] = [];
  for (const f of files) for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)) seen.push(JSON.parse(l));
  return seen;
}
