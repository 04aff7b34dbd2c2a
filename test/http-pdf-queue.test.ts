/** PDF exports: one Chromium at a time, a bounded queue, bytes reused per case and version (docs/http-api.md). */
import { describe, expect, it } from 'vitest';
import { PdfQueue } from '../src/http/pdf-queue.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PdfQueue', () => {
  it('renders one at a time, in order', async () => {
    const q = new PdfQueue();
    let running = 0;
    let peak = 0;
    const order: string[] = [];
    const render = (name: string) => async () => {
      running++;
      peak = Math.max(peak, running);
      await tick(15);
      order.push(name);
      running--;
      return new Uint8Array([name.charCodeAt(0)]);
    };
    const out = await Promise.all(['a', 'b', 'c'].map((k) => q.get(k, render(k))));
    expect(peak).toBe(1);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(out.map((b) => b[0])).toEqual([97, 98, 99]);
  });

  it('joins a render in flight and reuses the bytes until the TTL or a new version', async () => {
    let now = 0;
    const q = new PdfQueue({ ttlMs: 1000, now: () => now });
    const render = async () => {
      await tick(5);
      return new Uint8Array([1]);
    };
    await Promise.all([q.get('case\u0000v1', render), q.get('case\u0000v1', render)]);
    expect(q.renders).toBe(1);
    await q.get('case\u0000v1', render);
    expect(q.renders).toBe(1);
    await q.get('case\u0000v2', render); // the case changed
    expect(q.renders).toBe(2);
    now = 2000;
    await q.get('case\u0000v1', render);
    expect(q.renders).toBe(3);
  });

  it('refuses past the queue bound with 503, and a failed render does not block the next', async () => {
    const q = new PdfQueue({ maxWaiting: 2 });
    const slow = async () => {
      await tick(20);
      return new Uint8Array([1]);
    };
    const a = q.get('a', slow);
    const b = q.get('b', slow);
    expect(() => q.get('c', slow)).toThrow(/queued/);
    await Promise.all([a, b]);
    await expect(q.get('x', async () => { throw new Error('chromium crashed'); })).rejects.toThrow('chromium crashed');
    expect((await q.get('y', slow))[0]).toBe(1);
  });
});
