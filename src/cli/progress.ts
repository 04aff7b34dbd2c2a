/** A progress bar on stderr, only on a terminal and never under --json (so pipes and scripts stay clean). */
export function progressBar(label: string, enabled: boolean): { update(done: number, total: number): void; end(): void } {
  if (!enabled || !process.stderr.isTTY) return { update() {}, end() {} };
  let last = 0;
  const width = 30;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const f = total > 0 ? Math.min(1, done / total) : 0;
      const bar = '#'.repeat(Math.round(f * width)).padEnd(width, '.');
      process.stderr.write(`\r${label} [${bar}] ${(f * 100).toFixed(0).padStart(3)}%`);
    },
    end() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
