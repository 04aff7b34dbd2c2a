/**
 * The evidence locker over HTTP (src/app/evidence.ts and the custody log; docs/custody.md "Evidence locker"): upload (streamed, hashed,
 * size-limited, then stored content-addressed and logged in the custody log as the token's user), one item
 * with its derivatives, verify status and custody history, download, verify. Downloads are never rendered by
 * the browser: the stored media type, `X-Content-Type-Options: nosniff`, `Content-Disposition: attachment`
 * and a sandboxing CSP.
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { addEvidence, listEvidence } from '../../app/evidence.js';
import { caseHistory, custodyOf } from '../../app/custody.js';
import { EvidenceFile, IsoTime } from '../../core/case/schemas.js';
import { badInput, notFound } from '../../core/errors.js';
import { HttpError, zodToAssay } from '../http-errors.js';
import { spool, unspool } from '../uploads.js';
import { actingAs } from '../acting-workspace.js';
import { page, pageParams } from '../pagination.js';

const Sha = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const UploadQuery = z.object({
  filename: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^/\\\0]+$/, 'must be a plain file name')
    .refine((s) => s !== '.' && s !== '..', 'must be a plain file name')
    .optional(),
  title: z.string().max(500).optional(),
  collector: z.string().max(200).optional(),
  source_url: z.string().max(2000).optional(),
  captured_at: IsoTime.optional(),
  capture_tool: z.string().max(200).optional(),
  persona: z.string().max(200).optional(),
  notes: z.string().max(4000).optional(),
  parent_sha256: Sha.optional(),
});

const Verify = z.object({ sha256: z.string(), present: z.boolean(), ok: z.boolean(), actual: z.string().optional() });
const Uploaded = z.object({ sha256: z.string(), size: z.number(), media_type: z.string(), added: z.boolean(), index: z.number(), file: z.string(), record: EvidenceFile.optional() });
const Listed = EvidenceFile.extend({ index: z.number().nullable(), in_locker: z.boolean(), derivatives: z.array(z.string()) });
const ItemView = z.object({ record: Listed, derivatives: z.array(Listed), verify: Verify });
const CustodyItem = z.object({ index: z.number(), entry: z.record(z.string(), z.unknown()) });

/** A file name safe inside a quoted Content-Disposition, with the RFC 5987 UTF-8 form beside it. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\;]/g, '_').slice(0, 150) || 'evidence';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.slice(0, 150))}`;
}

export function registerEvidenceRoutes({ ws, table, opts }: RouteContext): void {
  const item = async (id: string, sha: string) => {
    if (!Sha.safeParse(sha).success) throw badInput('must be 64 lower-case hex digits', 'sha256');
    const list = await listEvidence(ws, id);
    const rec = list.find((e) => e.sha256 === sha);
    if (!rec) throw notFound(`no evidence ${sha} in case "${id}"`);
    return { list, rec };
  };
  const verify = async (sha: string) => {
    const r = await custodyOf(ws).blobs.rehash(sha);
    return { sha256: sha, present: r.present, ok: r.present && r.actual === sha, ...(r.present && r.actual !== sha ? { actual: r.actual } : {}) };
  };

  table.add(
    {
      method: 'post',
      path: '/api/cases/:id/evidence',
      role: 'analyst',
      tag: 'evidence',
      summary: 'upload one file as the raw body; capture record (Berkeley Protocol) in the query; logged in the custody log',
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
      const { filename, parent_sha256, ...capture } = q.data;
      const sp = await spool(ws, c.req.raw.body, opts.maxUploadBytes, filename ?? 'upload.bin');
      try {
        const [r] = await addEvidence(actingAs(ws, c.get('user')!), [sp.file], { caseId: id, ...capture, ...(parent_sha256 ? { parent: parent_sha256 } : {}) }).catch((e) => {
          // the locker names the temp path or CLI flags; the client named query fields
          if (e?.path === '--parent') e = notFound(e.message.replace(/\s*\(see `assay.*$/, ''), 'query.parent_sha256');
          throw e;
        });
        if (r.sha256 !== sp.sha256) throw new HttpError(500, 'integrity', `the locker stored ${r.sha256} but the upload hashed to ${sp.sha256}`);
        const record = (await ws.store.getRecords(id, 'evidence')).find((x) => x.id === r.sha256)?.data as EvidenceFile | undefined;
        return c.json({ sha256: r.sha256, size: r.size, media_type: r.media_type, added: r.added, index: r.index, file: r.file, ...(record ? { record } : {}) }, r.added ? 201 : 200);
      } finally {
        unspool(sp);
      }
    },
  );

  table.add({ method: 'get', path: '/api/cases/:id/evidence/:sha', role: 'viewer', tag: 'evidence', summary: 'one evidence file: capture record, log index, derivatives, verify status', response: ItemView }, async (c) => {
    const { list, rec } = await item(param(c, 'id'), param(c, 'sha'));
    return c.json({ record: rec, derivatives: list.filter((e) => e.parent_sha256 === rec.sha256), verify: await verify(rec.sha256) });
  });

  table.add({ method: 'get', path: '/api/cases/:id/evidence/:sha/verify', role: 'viewer', tag: 'evidence', summary: 're-hash the stored blob against its name', response: Verify }, async (c) => {
    const { rec } = await item(param(c, 'id'), param(c, 'sha'));
    return c.json(await verify(rec.sha256));
  });

  table.add(
    { method: 'get', path: '/api/cases/:id/evidence/:sha/custody', role: 'viewer', tag: 'evidence', summary: "the custody-log entries naming this file (added, derived from it, ...), oldest first", paginated: true, response: CustodyItem },
    async (c) => {
      const id = param(c, 'id');
      const p = pageParams((k) => c.req.query(k));
      const { rec } = await item(id, param(c, 'sha'));
      const h = (await caseHistory(ws, id)).filter((x) => {
        const e = x.entry as Record<string, unknown>;
        return e.sha256 === rec.sha256 || e.parent_sha256 === rec.sha256 || e.of_sha256 === rec.sha256;
      });
      return c.json(page(h, p));
    },
  );

  table.add({ method: 'get', path: '/api/cases/:id/custody', role: 'viewer', tag: 'evidence', summary: "the case's custody history (every logged event naming the case), oldest first", paginated: true, response: CustodyItem }, async (c) => {
    const id = param(c, 'id');
    const p = pageParams((k) => c.req.query(k));
    if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
    return c.json(page(await caseHistory(ws, id), p));
  });

  table.add(
    { method: 'get', path: '/api/cases/:id/evidence/:sha/content', role: 'viewer', tag: 'evidence', summary: 'download the original (attachment, stored media type, nosniff)', produces: ['application/octet-stream'] },
    async (c) => {
      const { rec } = await item(param(c, 'id'), param(c, 'sha'));
      const { blobs } = custodyOf(ws);
      if (!blobs.has(rec.sha256)) throw notFound(`the file ${rec.sha256} is not in this workspace's locker (recorded from a bundle without the file)`);
      const media = /^[\w.+-]+\/[\w.+-]+$/.test(rec.media_type) ? rec.media_type : 'application/octet-stream';
      return new Response(Readable.toWeb(blobs.openRead(rec.sha256)) as ReadableStream, {
        status: 200,
        headers: {
          'Content-Type': media,
          'Content-Disposition': disposition(rec.file ?? rec.title ?? rec.sha256),
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Cache-Control': 'private, max-age=31536000, immutable',
          ETag: `"${rec.sha256}"`,
          'Repr-Digest': `sha-256=:${Buffer.from(rec.sha256, 'hex').toString('base64')}:`,
        },
      });
    },
  );
}
