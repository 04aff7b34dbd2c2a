/**
 * Uploads: the request body is streamed to a temporary file under the workspace while it is hashed
 * (SHA-256) and counted; past the size limit the stream is cut and the partial file removed, so a too-large
 * or aborted upload stores nothing. The finished file is then handed to the evidence locker.
 *
 * Until src/app/evidence.ts (issue 5) is wired here, `lockerFallback` keeps the file content-addressed under
 * <workspace>/blobs/ab/<sha256> and records it as an `evidence` record of the case; the original is never
 * altered and never executed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { fileTypeFromFile } from 'file-type';
import type { Workspace } from '../app/workspace.js';
import { EvidenceFile } from '../core/case/schemas.js';
import { canonicalJson } from '../core/canonical-json.js';
import { mediaTypeOf } from '../adapters/readers/media-type.js';
import { HttpError } from './http-errors.js';

export interface Spooled {
  file: string;
  sha256: string;
  size: number;
}

const mib = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`;

/** Streams a web ReadableStream to a temp file, hashing as it goes; rejects past maxBytes. */
export async function spool(ws: Workspace, body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Spooled> {
  if (!body) throw new HttpError(400, 'bad_input', 'the request has no body; send the file as the raw body', 'body');
  const dir = path.join(ws.dir, 'tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `upload-${randomBytes(8).toString('hex')}`);
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
    fs.rmSync(file, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  if (size === 0) {
    fs.rmSync(file, { force: true });
    throw new HttpError(400, 'bad_input', 'the upload is empty', 'body');
  }
  return { file, sha256: hash.digest('hex'), size };
}

export interface UploadMeta {
  filename?: string;
  title?: string;
  collector?: string;
  source_url?: string;
  captured_at?: string;
  capture_tool?: string;
  notes?: string;
  parent_sha256?: string;
}

export const blobPath = (ws: Workspace, sha: string) => path.join(ws.dir, 'blobs', sha.slice(0, 2), sha);

/** Media type by content sniffing (file-type), then by name, else octet-stream. */
async function sniff(file: string, name?: string): Promise<string> {
  const t = await fileTypeFromFile(file).catch(() => undefined);
  if (t) return t.mime;
  return name ? mediaTypeOf(name) : 'application/octet-stream';
}

/** The fallback locker: content-addressed blob + `evidence` record, in one step; idempotent by hash. */
export async function lockerFallback(ws: Workspace, caseId: string, sp: Spooled, meta: UploadMeta): Promise<{ record: EvidenceFile; added: boolean }> {
  const dest = blobPath(ws, sp.sha256);
  const media_type = await sniff(sp.file, meta.filename);
  if (fs.existsSync(dest)) fs.rmSync(sp.file, { force: true });
  else {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.renameSync(sp.file, dest);
    fs.chmodSync(dest, 0o444);
  }
  const record = EvidenceFile.parse({
    sha256: sp.sha256,
    media_type,
    size: sp.size,
    ...(meta.filename ? { file: meta.filename } : {}),
    ...Object.fromEntries(Object.entries(meta).filter(([k, v]) => k !== 'filename' && v !== undefined && v !== '')),
  });
  const added = await ws.store.db.transaction().execute(async (trx) => {
    const have = await trx.selectFrom('records').select('id').where('case_id', '=', caseId).where('kind', '=', 'evidence').where('id', '=', sp.sha256).executeTakeFirst();
    if (have) return false;
    const n = await trx.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', caseId).where('kind', '=', 'evidence').executeTakeFirstOrThrow();
    await trx.insertInto('records').values({ case_id: caseId, kind: 'evidence', id: sp.sha256, ord: Number(n.n), data: canonicalJson(record) }).execute();
    return true;
  });
  return { record, added };
}

/** Re-hashes a stored blob: the verify status shown beside each file. */
export async function verifyBlob(ws: Workspace, sha: string): Promise<{ sha256: string; present: boolean; ok: boolean; actual?: string }> {
  const p = blobPath(ws, sha);
  if (!fs.existsSync(p)) return { sha256: sha, present: false, ok: false };
  const h = createHash('sha256');
  await new Promise<void>((res, rej) => fs.createReadStream(p).on('data', (d) => h.update(d)).on('end', () => res()).on('error', rej));
  const actual = h.digest('hex');
  return { sha256: sha, present: true, ok: actual === sha, ...(actual === sha ? {} : { actual }) };
}
