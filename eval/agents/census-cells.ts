/**
 * Session 29 (room fixrev): the cell lines of eval/agents/context-census.ts. A hold part is reported in aggregate only, so a hold
 * cell of fewer than HOLD_MIN_CELL items (which would show one item's class and context features) is not printed; those items are
 * told as one suppressed total.
 */
export const HOLD_MIN_CELL = 3;

export function cellLines(cells: Map<string, [number, number]>, hold: boolean): string[] {
  const out: string[] = [];
  let hidden = 0, hiddenCells = 0;
  for (const [k, [c, ok]] of [...cells].sort((a, b) => b[1][0] - a[1][0])) {
    if (hold && c < HOLD_MIN_CELL) { hidden += c; hiddenCells++; continue; }
    out.push(`  ${String(c).padStart(3)} (${ok} right)  ${k}`);
  }
  if (hidden > 0) out.push(`  ${String(hidden).padStart(3)} accounts in ${hiddenCells} cells of fewer than ${HOLD_MIN_CELL} (not printed: hold parts are reported in aggregate only)`);
  return out;
}
