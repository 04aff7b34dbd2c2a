/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", after vitest's own report, so any
 * CI that reads closing lines (not only vitest's) sees the count.
 */
import type { Reporter } from 'vitest/reporters';

type Task = { type: string; mode?: string; result?: { state?: string }; tasks?: Task[] };

export default class PlainSummaryReporter implements Reporter {
  onFinished(files: Task[] = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const visit = (t: Task) => {
      if (t.tasks) for (const c of t.tasks) visit(c);
      if (t.type !== 'test') return;
      const state = t.result?.state;
      if (state === 'pass') passed++;
      else if (state === 'fail') failed++;
      else skipped++;
    };
    for (const f of files) {
      visit(f);
      // a file that failed to load counts as a failure
      if (f.result?.state === 'fail' && !(f.tasks ?? []).length) failed++;
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
