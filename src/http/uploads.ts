/**
 * Uploads: the request body is streamed to a temporary file under the workspace while it is hashed
 * (SHA-256) and counted; past the size limit the stream is cut and the partial file removed, so a too-large
 * or aborted upload stores nothing. The finished file (named as the client named it, inside a private temp
 * folder) is then handed to the evidence locker (src/app/evidence.ts), which stores it content-addressed and
 * logs it; the server never opens it otherwise, and never executes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Workspace } from '../app/workspace.js';
import { HttpError } from './http-errors.js';

export interface Spooled {
  /** the spooled file; remove its folder with `unspool` */
  file: string;
  dir: string;
  sha256: string;
  size: number;
}

const mib = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`;

/** Streams a web ReadableStream to a temp file, hashing as it goes; rejects past maxBytes. */
export async function spool(ws: Workspace, body: ReadableStream<Uint8Array> | null, maxBytes: number, name = 'upload'): Promise<Spooled> {
  if (!body) throw new HttpError(400, 'bad_input', 'the request has no body; send the file as the raw body', 'body');
  const dir = path.join(ws.dir, 'tmp', `upload-${randomBytes(8).toString('hex')}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, name);
  const fd = fs.openSync(file, 'wx', 0o600);
  const hash = createHash('sha256');
  let size = 0;
  try {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new HttpError(413, 'bad_input', `upload is larger than the ${mib(maxBytes)} limit`, 'body');
      }
      hash.update(value);
      let off = 0;
      while (off < value.byteLength) off += fs.writeSync(fd, value, off, value.byteLength - off);
    }
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  fs.closeSync(fd);
  if (size === 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new HttpError(400, 'bad_input', 'the upload is empty', 'body');
  }
  return { file, dir, sha256: hash.digest('hex'), size };
}

export function unspool(sp: Spooled): void {
  fs.rmSync(sp.dir, { recursive: true, force: true });
}
