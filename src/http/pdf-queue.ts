/**
 * PDF exports start a Chromium each (src/adapters/pdf/chromium-pdf.ts): on a shared machine two at once
 * already hurt, so renders run one at a time, a short queue waits behind them (more are refused with 503
 * "unavailable", Retry-After), and the bytes are kept a few minutes per case and version, so the same
 * report asked again (a double click, a colleague) is not rendered twice. "Version" is the caller's
 * fingerprint of what the report reads (records, reports, rating changes, the case).
 */
import { HttpError } from './http-errors.js';

export interface PdfQueueOptions {
  /** renders waiting behind the running one before new requests are refused (default 8) */
  maxWaiting?: number;
  /** how long a rendered PDF is reused, ms (default 5 min) */
  ttlMs?: number;
  /** rendered PDFs kept (default 16) */
  maxEntries?: number;
  now?: () => number;
}

export class PdfQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private readonly done = new Map<string, { at: number; bytes: Uint8Array }>();
  private readonly inFlight = new Map<string, Promise<Uint8Array>>();
  private readonly opt: Required<PdfQueueOptions>;
  /** renders actually run (for tests and the log) */
  renders = 0;

  constructor(opt: PdfQueueOptions = {}) {
    this.opt = { maxWaiting: opt.maxWaiting ?? 8, ttlMs: opt.ttlMs ?? 5 * 60_000, maxEntries: opt.maxEntries ?? 16, now: opt.now ?? Date.now };
  }

  /** The PDF for `key` (case id + version): from the cache, joined to a render in flight, or rendered in turn. */
  get(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const hit = this.done.get(key);
    if (hit && this.opt.now() - hit.at < this.opt.ttlMs) return Promise.resolve(hit.bytes);
    const running = this.inFlight.get(key);
    if (running) return running;
    if (this.waiting >= this.opt.maxWaiting) throw new HttpError(503, 'unavailable', `${this.waiting} PDF exports are queued; try again in a minute`, 'format');
    this.waiting++;
    const p = this.tail.then(
      async () => {
        this.waiting--;
        this.renders++;
        const bytes = await render();
        this.done.set(key, { at: this.opt.now(), bytes });
        while (this.done.size > this.opt.maxEntries) this.done.delete(this.done.keys().next().value!);
        return bytes;
      },
    );
    this.inFlight.set(key, p);
    // the next render waits for this one, whether it succeeds or fails
    this.tail = p.catch(() => {}).finally(() => this.inFlight.delete(key));
    return p;
  }
}
