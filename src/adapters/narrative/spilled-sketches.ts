/**
 * A SketchStore on a temporary file (docs/scale-out.md, "10 million items in one process"): sketches are
 * written in blocks as items arrive and read back in blocks for the LSH banding, one at a time to verify a
 * candidate pair. Memory: one block (16,384 sketches, 4 MiB) whatever the stream's length; the file is 256
 * bytes an item (2.56 GB for 10M items) and is removed as soon as it is opened, so nothing stays behind if
 * the process dies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SketchStore } from '../../core/narrative/sketch-store.js';

export class SpilledSketches implements SketchStore {
  private readonly fd: number;
  private readonly buf: Uint32Array;
  private fill = 0;
  /** sketches already in the file */
  private written = 0;
  private closed = false;

  constructor(
    readonly k: number,
    dir = os.tmpdir(),
    private readonly blockItems = 16_384,
  ) {
    const file = path.join(dir, `assay-sketches-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.bin`);
    this.fd = fs.openSync(file, 'w+');
    // unlinked while open (POSIX): the space is freed when the descriptor closes, even after a crash
    if (process.platform !== 'win32') fs.unlinkSync(file);
    else process.once('exit', () => fs.rmSync(file, { force: true }));
    this.buf = new Uint32Array(blockItems * k);
  }

  get size(): number {
    return this.written + this.fill;
  }

  append(src: Uint32Array, at: number): void {
    this.buf.set(src.subarray(at, at + this.k), this.fill * this.k);
    if (++this.fill === this.blockItems) this.flush();
  }

  private flush(): void {
    if (!this.fill) return;
    const bytes = new Uint8Array(this.buf.buffer, 0, this.fill * this.k * 4);
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(this.fd, bytes, off, bytes.length - off, this.written * this.k * 4 + off);
    this.written += this.fill;
    this.fill = 0;
  }

  scan(fn: (block: Uint32Array, first: number, count: number) => void): void {
    this.flush();
    const block = new Uint32Array(this.blockItems * this.k);
    const bytes = new Uint8Array(block.buffer);
    for (let first = 0; first < this.written; first += this.blockItems) {
      const count = Math.min(this.blockItems, this.written - first);
      this.readExactly(bytes, count * this.k * 4, first * this.k * 4);
      fn(block, first, count);
    }
  }

  read(i: number, out: Uint32Array): void {
    if (i >= this.written) {
      const o = (i - this.written) * this.k;
      out.set(this.buf.subarray(o, o + this.k));
      return;
    }
    this.readExactly(new Uint8Array(out.buffer, out.byteOffset, this.k * 4), this.k * 4, i * this.k * 4);
  }

  private readExactly(into: Uint8Array, length: number, position: number): void {
    let off = 0;
    while (off < length) {
      const got = fs.readSync(this.fd, into, off, length - off, position + off);
      if (got === 0) throw new Error(`sketch file ended at byte ${position + off} of ${position + length}`);
      off += got;
    }
  }

  /** Closes (and so removes) the file. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }
}
