/**
 * The result of a pure, costly derivation (a split's draw from the shared data: eval/claims/draw-v*.ts), computed once per
 * process and shared by the test files that check it (the guard of a test split and of its development split each rerun
 * the same draw). The result is read-only to its callers.
 */
const results = new Map<() => unknown, unknown>();

export function once<T>(derive: () => T): T {
  if (!results.has(derive)) results.set(derive, derive());
  return results.get(derive) as T;
}
