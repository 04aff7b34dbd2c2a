/**
 * Progress of a long command on stderr (stdout stays the result). On a terminal: one line redrawn in place with
 * the count, the share done, the rate and the time left. Piped or redirected: a plain line every 5 s (a log
 * reader sees it is alive without control characters). Nothing with --quiet or --json. Time left is the work
 * left over the mean rate so far, shown once a second of work gives a rate worth quoting.
 */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

const num = (n: number) => Math.round(n).toLocaleString('en-US');
export function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  if (s < 60) return `${Math.ceil(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}

/** One progress line: "importing 120,000 / 300,000 (40%) · 85,000/s · 3 s left". */
export function progressLine(label: string, done: number, total: number, elapsedS: number): string {
  const rate = elapsedS > 0 ? done / elapsedS : 0;
  const parts = [`${label} ${num(done)}${total > 0 ? ` / ${num(total)} (${Math.min(100, Math.floor((done / total) * 100))}%)` : ''}`];
  if (elapsedS >= 1) parts.push(`${num(rate)}/s`);
  if (elapsedS >= 1 && total > 0 && rate > 0) parts.push(done >= total ? `done in ${duration(elapsedS)}` : `${duration((total - done) / rate)} left`);
  return parts.join(' · ');
}

export function progressBar(label: string, enabled: boolean, opts: { tty?: boolean; write?: (s: string) => void; everyMs?: number; now?: () => number } = {}): Progress {
  if (!enabled) return { update() {}, end() {} };
  const tty = opts.tty ?? !!process.stderr.isTTY;
  const write = opts.write ?? ((s: string) => void process.stderr.write(s));
  const now = opts.now ?? Date.now;
  const every = opts.everyMs ?? (tty ? 100 : 5000);
  const start = now();
  let last = tty ? 0 : start;
  let shown = false;
  let lastDone = 0;
  let lastTotal = 0;
  return {
    update(done, total) {
      lastDone = done;
      lastTotal = total;
      const t = now();
      if (t - last < every && !(tty && done >= total && total > 0)) return;
      last = t;
      shown = true;
      const line = progressLine(label, done, total, (t - start) / 1000);
      write(tty ? `\r${line}\x1b[K` : `${line}\n`);
    },
    end() {
      if (tty) {
        if (shown) write('\r\x1b[K');
      } else if (shown) write(`${progressLine(label, lastDone, lastTotal, (now() - start) / 1000)}\n`);
    },
  };
}
