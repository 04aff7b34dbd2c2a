/**
 * The evidence locker over HTTP: upload (streamed, hashed, size-limited), one item with its derivatives and
 * verify status, download, verify. Downloads are never rendered by the browser: the stored media type,
 * `X-Content-Type-Options: nosniff`, `Content-Disposition: attachment` and a sandboxing CSP.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { loadCase } from '../../app/cases.js';
import { EvidenceFile, IsoTime } from '../../core/case/schemas.js';
import { badInput, notFound } from '../../core/errors.js';
import { HttpError, zodToAssay } from '../http-errors.js';
import { blobPath, lockerFallback, spool, verifyBlob, type UploadMeta } from '../uploads.js';

const Sha = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const UploadQuery = z.object({
  filename: z.string().max(255).regex(/^[^/\\\0]+$/, 'must be a plain file name').optional(),
  title: z.string().max(500).optional(),
  collector: z.string().max(200).optional(),
  source_url: z.string().max(2000).optional(),
  captured_at: IsoTime.optional(),
  capture_tool: z.string().max(200).optional(),
  notes: z.string().max(4000).optional(),
  parent_sha256: Sha.optional(),
});

const Uploaded = z.object({ sha256: z.string(), size: z.number(), media_type: z.string(), added: z.boolean(), record: EvidenceFile });
const ItemView = z.object({
  record: EvidenceFile,
  derivatives: z.array(EvidenceFile),
  verify: z.object({ sha256: z.string(), present: z.boolean(), ok: z.boolean(), actual: z.string().optional() }),
});

/** A file name safe inside a quoted Content-Disposition, with the RFC 5987 UTF-8 form beside it. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\;]/g, '_').slice(0, 150) || 'evidence';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.slice(0, 150))}`;
}

export function registerEvidenceRoutes({ ws, table, opts }: RouteContext): void {
  const record = async (id: string, sha: string) => {
    if (!Sha.safeParse(sha).success) throw badInput('must be 64 lower-case hex digits', 'sha256');
    const v = await loadCase(ws, id);
    const rec = v.evidence.find((e) => e.sha256 === sha);
    if (!rec) throw notFound(`no evidence ${sha} in case "${id}"`);
    return { v, rec };
  };

  table.add(
    {
      method: 'post',
      path: '/api/cases/:id/evidence',
      role: 'analyst',
      tag: 'evidence',
      summary: 'upload one file as the raw body; capture record in the query (Berkeley Protocol fields)',
      rawBody: 'the file, as is',
      response: Uploaded,
      status: 201,
      query: Object.keys(UploadQuery.shape).map((k) => ({ name: k, description: `capture record: ${k}` })),
    },
    async (c) => {
      const id = param(c, 'id');
      const q = UploadQuery.safeParse(c.req.query());
      if (!q.success) throw zodToAssay(q.error, 'query');
      const len = Number(c.req.header('content-length') ?? NaN);
      if (Number.isFinite(len) && len > opts.maxUploadBytes) throw new HttpError(413, 'bad_input', `upload is larger than the ${Math.round(opts.maxUploadBytes / 1048576)} MiB limit`, 'body');
      if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
      const sp = await spool(ws, c.req.raw.body, opts.maxUploadBytes);
      try {
        const r = await lockerFallback(ws, id, sp, q.data as UploadMeta);
        return c.json({ sha256: sp.sha256, size: sp.size, media_type: r.record.media_type, added: r.added, record: r.record }, r.added ? 201 : 200);
      } finally {
        fs.rmSync(sp.file, { force: true });
      }
    },
  );

  table.add({ method: 'get', path: '/api/cases/:id/evidence/:sha', role: 'viewer', tag: 'evidence', summary: 'one evidence file: capture record, derivatives, verify status', response: ItemView }, async (c) => {
    const { v, rec } = await record(param(c, 'id'), param(c, 'sha'));
    return c.json({ record: rec, derivatives: v.evidence.filter((e) => e.parent_sha256 === rec.sha256), verify: await verifyBlob(ws, rec.sha256) });
  });

  table.add({ method: 'get', path: '/api/cases/:id/evidence/:sha/verify', role: 'viewer', tag: 'evidence', summary: 're-hash the stored blob against its name' }, async (c) => {
    const { rec } = await record(param(c, 'id'), param(c, 'sha'));
    return c.json(await verifyBlob(ws, rec.sha256));
  });

  table.add(
    { method: 'get', path: '/api/cases/:id/evidence/:sha/content', role: 'viewer', tag: 'evidence', summary: 'download the original (attachment, stored media type, nosniff)', produces: ['application/octet-stream'] },
    async (c) => {
      const { rec } = await record(param(c, 'id'), param(c, 'sha'));
      const p = blobPath(ws, rec.sha256);
      if (!fs.existsSync(p)) throw notFound(`the blob of ${rec.sha256} is not in this workspace (recorded from a bundle without the file)`);
      const size = fs.statSync(p).size;
      const media = /^[\w.+-]+\/[\w.+-]+$/.test(rec.media_type) ? rec.media_type : 'application/octet-stream';
      return new Response(Readable.toWeb(fs.createReadStream(p)) as ReadableStream, {
        status: 200,
        headers: {
          'Content-Type': media,
          'Content-Length': String(size),
          'Content-Disposition': disposition(rec.file ?? rec.title ?? `${rec.sha256}`),
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Cache-Control': 'private, max-age=31536000, immutable',
          ETag: `"${rec.sha256}"`,
          Digest: `sha-256=${Buffer.from(rec.sha256, 'hex').toString('base64')}`,
        },
      });
    },
  );
}
