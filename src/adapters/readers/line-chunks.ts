/**
 * Splits a line-oriented file (JSONL) into byte-range chunks that end on line boundaries, streaming, in
 * bounded memory: each chunk carries its first line number (so errors found in it name the file's line) and
 * its SHA-256 (the job's content hash: a re-sent or re-delivered chunk is recognised as the same work).
 * The whole file's SHA-256 comes with the last chunk (the import log records it).
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { badInput } from '../../core/errors.js';

export type { LineChunk } from '../../ports/readers.js';
import type { LineChunk } from '../../ports/readers.js';

/**
 * Yields chunks of about `size` bytes (a chunk grows past it only to finish a line; a line longer than
 * `maxChunk` is an error naming it). `done` receives the file's SHA-256 and line count at the end.
 */
export async function* lineChunks(file: string, size: number, maxChunk: number, done?: (r: { sha256: string; lines: number; bytes: number }) => void): AsyncGenerator<LineChunk> {
  const whole = createHash('sha256');
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let offset = 0;
  let line = 1;
  let index = 0;
  const emit = (buf: Buffer): LineChunk => {
    let nl = 0;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) nl++;
    const c: LineChunk = { index: index++, line, offset, bytes: buf, sha256: createHash('sha256').update(buf).digest('hex') };
    line += nl;
    offset += buf.length;
    return c;
  };
  for await (const block of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    const b = block as Buffer;
    whole.update(b);
    pending.push(b);
    pendingLen += b.length;
    while (pendingLen >= size) {
      const buf = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingLen);
      const cut = buf.lastIndexOf(10, size - 1);
      let end = cut + 1;
      if (cut === -1) {
        // one line longer than the chunk size: take it whole, up to the limit
        const nl = buf.indexOf(10, size);
        if (nl === -1) {
          if (buf.length > maxChunk) throw badInput(`line ${line + countNl(buf, 0, buf.length)} is longer than ${maxChunk.toLocaleString('en')} bytes, the limit for one queued chunk`, file);
          pending = [buf];
          break;
        }
        end = nl + 1;
        if (end > maxChunk) throw badInput(`line ${line} is longer than ${maxChunk.toLocaleString('en')} bytes, the limit for one queued chunk`, file);
      }
      yield emit(Buffer.from(buf.subarray(0, end)));
      const rest = buf.subarray(end);
      pending = rest.length ? [rest] : [];
      pendingLen = rest.length;
    }
  }
  if (pendingLen) yield emit(pending.length === 1 ? Buffer.from(pending[0]) : Buffer.concat(pending, pendingLen));
  done?.({ sha256: whole.digest('hex'), lines: line - 1, bytes: offset });
}

function countNl(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(10, from); i !== -1 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
}
