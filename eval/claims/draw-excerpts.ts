/**
 * The shared-data readers of the claims draws (draw-v6.ts, draw-v15b.ts): an RFC 4180 CSV reader that keeps each
 * record's line, and the excerpt cut every split uses (eval/claims/README.md).
 */
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
