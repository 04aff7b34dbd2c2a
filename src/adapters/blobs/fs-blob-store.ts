/**
 * Content-addressed filesystem blob store: <root>/<aa>/<sha256> (aa = first two hex digits; the same layout
 * the HTTP upload fallback used), read-only files. A put copies the source into <root>/.tmp/<pid>-<rand>.part
 * while hashing it (see putFile), fsyncs, then renames into place, so a crash leaves either no blob or a
 * whole one, never a half file under a hash name. recover() removes the .part files of processes that are no
 * longer running.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BlobStore, PutOptions, PutResult, RecoveryNote, RehashResult } from '../../ports/blob-store.js';

const CHUNK = 4 << 20;
const SHA_RE = /^[0-9a-f]{64}$/;

/** SHA-256 and size of a file, read in 4 MiB chunks. */
export function hashFileSync(file: string): { sha256: string; size: number } {
  const h = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
      size += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: h.digest('hex'), size };
}

/** SHA-256 and size of a file, reading the next chunk while hashing this one (the event loop stays free). */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const h = createHash('sha256');
  const fd = await fsp.open(file, 'r');
  const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let size = 0;
  try {
    let i = 0;
    let next = fd.read(bufs[0], 0, CHUNK, null);
    for (;;) {
      const { bytesRead } = await next;
      if (bytesRead === 0) break;
      const cur = bufs[i % 2];
      i++;
      next = fd.read(bufs[i % 2], 0, CHUNK, null);
      h.update(cur.subarray(0, bytesRead));
      size += bytesRead;
    }
  } finally {
    await fd.close();
  }
  return { sha256: h.digest('hex'), size };
}

async function syncFile(file: string): Promise<void> {
  const fd = await fsp.open(file, 'r+');
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

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

  /**
   * Stores a file. The kernel copies it into a temp file (copy_file_range: no trip through user space) while
   * this thread hashes the source; the source's identity (device, inode, size, mtime and ctime in ns) is
   * checked before and after, and if anything changed the copy itself is re-hashed, so the name always is
   * the hash of the stored bytes. Then fsync, and an atomic rename to the hash name.
   */
  async putFile(src: string, opts: PutOptions = {}): Promise<PutResult> {
    const before = fs.statSync(src, { bigint: true });
    const tmp = this.tempName();
    let sha: string;
    let size: number;
    try {
      // copy, then flush, on libuv's threads, overlapping the hash on this one
      const copying = fsp.copyFile(src, tmp, fs.constants.COPYFILE_EXCL).then(() => (opts.fsync !== false ? syncFile(tmp) : undefined));
      const hashed = await hashFile(src).catch(async (e) => {
        await copying.catch(() => {});
        throw e;
      });
      await copying;
      const after = fs.statSync(src, { bigint: true });
      const same = before.dev === after.dev && before.ino === after.ino && before.size === after.size && before.mtimeNs === after.mtimeNs && before.ctimeNs === after.ctimeNs;
      const copied = fs.statSync(tmp).size;
      if (same && copied === hashed.size) ({ sha256: sha, size } = hashed);
      else ({ sha256: sha, size } = hashFileSync(tmp)); // the source moved under us: name the copy by its own bytes
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    return this.commit(tmp, sha, size, opts);
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
