/**
 * Content-addressed filesystem blob store: <root>/<aa>/<sha256> (aa = first two hex digits; the same layout
 * the HTTP upload fallback uses), read-only files. A put streams the source into <root>/.tmp/<pid>-<rand>.part
 * while hashing exactly the bytes written (read, hash and write overlap: the next chunk is read and the
 * previous one written on libuv's threads while this one is hashed), fsyncs, then renames into place, so a
 * crash leaves either no blob or a whole one, never a half file under a hash name. recover() removes the
 * .part files of processes that are no longer running.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BlobStore, PutOptions, PutResult, RecoveryNote, RehashResult } from '../../ports/blob-store.js';

const CHUNK = 4 << 20;
const SHA_RE = /^[0-9a-f]{64}$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const fd = await fsp.open(dir, 'r').catch(() => null);
  if (!fd) return;
  await fd.sync().catch(() => {});
  await fd.close();
}

export class FsBlobStore implements BlobStore {
  readonly tmpDir: string;
  constructor(readonly root: string) {
    this.tmpDir = path.join(root, '.tmp');
  }

  pathOf(sha: string): string {
    if (!SHA_RE.test(sha)) throw new Error(`not a SHA-256 hex digest: "${sha}"`);
    return path.join(this.root, sha.slice(0, 2), sha);
  }

  has(sha: string): boolean {
    return SHA_RE.test(sha) && fs.existsSync(this.pathOf(sha));
  }

  private tempName(): string {
    fs.mkdirSync(this.tmpDir, { recursive: true, mode: 0o700 });
    return path.join(this.tmpDir, `${process.pid}-${randomBytes(6).toString('hex')}.part`);
  }

  async putFile(src: string, opts: PutOptions = {}): Promise<PutResult> {
    const tmp = this.tempName();
    const input = await fsp.open(src, 'r');
    let out: fsp.FileHandle | null = null;
    const h = createHash('sha256');
    let size = 0;
    try {
      out = await fsp.open(tmp, 'wx', 0o600);
      const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
      let i = 0;
      let reading = input.read(bufs[0], 0, CHUNK, null);
      let writing: Promise<void> | null = null;
      const o = out;
      const writeAll = async (b: Buffer) => {
        let off = 0;
        while (off < b.length) off += (await o.write(b, off, b.length - off)).bytesWritten;
      };
      for (;;) {
        const { bytesRead } = await reading;
        if (bytesRead === 0) break;
        const cur = bufs[i % 3].subarray(0, bytesRead);
        i++;
        reading = input.read(bufs[i % 3], 0, CHUNK, null); // buffer i%3 was last written two rounds ago, awaited below
        h.update(cur);
        size += bytesRead;
        if (writing) await writing;
        writing = writeAll(cur);
      }
      if (writing) await writing;
      if (opts.fsync !== false) await out.sync();
    } catch (e) {
      await out?.close().catch(() => {});
      await input.close().catch(() => {});
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    await out.close();
    await input.close();
    return this.commit(tmp, h.digest('hex'), size, opts);
  }

  async putBytes(bytes: Uint8Array, opts: PutOptions = {}): Promise<PutResult> {
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (this.has(sha)) return { sha256: sha, size: bytes.length, existed: true };
    const tmp = this.tempName();
    const fd = await fsp.open(tmp, 'wx', 0o600);
    try {
      await fd.writeFile(bytes);
      if (opts.fsync !== false) await fd.sync();
    } finally {
      await fd.close();
    }
    return this.commit(tmp, sha, bytes.length, opts);
  }

  /** Renames a finished temp file to its hash name (atomic on one filesystem); idempotent by content. */
  private async commit(tmp: string, sha: string, size: number, opts: PutOptions): Promise<PutResult> {
    const dest = this.pathOf(sha);
    if (fs.existsSync(dest)) {
      fs.rmSync(tmp, { force: true });
      return { sha256: sha, size, existed: true };
    }
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.chmodSync(tmp, 0o444);
    fs.renameSync(tmp, dest);
    if (opts.fsync !== false) await fsyncDir(path.dirname(dest));
    return { sha256: sha, size, existed: false };
  }

  openRead(sha: string): Readable {
    return fs.createReadStream(this.pathOf(sha), { highWaterMark: CHUNK });
  }

  async rehash(sha: string): Promise<RehashResult> {
    const p = this.pathOf(sha);
    if (!fs.existsSync(p)) return { sha256: sha, present: false };
    const h = createHash('sha256');
    let size = 0;
    const fd = await fsp.open(p, 'r');
    try {
      const buf = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const { bytesRead } = await fd.read(buf, 0, CHUNK, null);
        if (!bytesRead) break;
        h.update(buf.subarray(0, bytesRead));
        size += bytesRead;
      }
    } finally {
      await fd.close();
    }
    return { sha256: sha, present: true, actual: h.digest('hex'), size };
  }

  async *list(): AsyncIterable<string> {
    if (!fs.existsSync(this.root)) return;
    for (const d of fs.readdirSync(this.root).sort()) {
      if (!/^[0-9a-f]{2}$/.test(d)) continue;
      for (const f of fs.readdirSync(path.join(this.root, d)).sort()) if (SHA_RE.test(f) && f.startsWith(d)) yield f;
    }
  }

  async recover(): Promise<RecoveryNote[]> {
    const notes: RecoveryNote[] = [];
    if (!fs.existsSync(this.tmpDir)) return notes;
    for (const f of fs.readdirSync(this.tmpDir)) {
      const m = /^(\d+)-[0-9a-f]+\.part$/.exec(f);
      const p = path.join(this.tmpDir, f);
      if (m && alive(Number(m[1]))) continue; // another running process is still writing it
      const bytes = fs.statSync(p).size;
      fs.rmSync(p, { force: true });
      notes.push({ action: 'removed-temp', path: p, bytes, message: `removed a partial blob (${bytes} bytes) left by an interrupted write${m ? ` of process ${m[1]}` : ''}` });
    }
    return notes;
  }
}
