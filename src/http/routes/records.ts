/**
 * Building a case's substance over the API: create, replace and delete sources, testimonies, munition observations,
 * samples, site-control intervals, hypotheses, analyst matrix items and consequences (analyst role). Each body is checked
 * with the case model's zod schema (src/core/case/schemas.ts) and cross-checked against the case (a matrix
 * item rates only existing hypotheses; a hypothesis still rated by an item cannot be deleted). Each write
 * and its "record-changed" custody-log entry (the record's hash, the old and the new value, the token's user
 * as actor) commit in one transaction (src/app/case-content.ts writeRecord), so nothing half-writes.
 *
 * Reports are added in bulk (POST /reports, an import); one report can be corrected (PUT, keeping its id) or
 * deleted here, logged as a report-changed entry with the old report (src/app/case-content.ts changeReportLogged).
 *
 * Site-control intervals have no id of their own: the store keys them by a digest of party, place, from and
 * to (siteControlId in src/app/cases.ts), so replacing one gives it a new id (the response says which).
 */
import { z } from 'zod';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { zodToAssay } from '../http-errors.js';
import { changeReportLogged, writeRecord } from '../../app/case-content.js';
import { siteControlId } from '../../app/cases.js';
import { Consequence, Report, Hypothesis, MatrixItem, MunitionObservation, Sample, SiteControl, Source, Testimony, type RecordKind } from '../../core/case/schemas.js';
import { AssayError, badInput, notFound } from '../../core/errors.js';
import type { Workspace } from '../../app/workspace.js';

interface Kind {
  seg: string;
  kind: RecordKind;
  schema: z.ZodType;
  what: string;
}

export const EDITABLE: Kind[] = [
  { seg: 'sources', kind: 'source', schema: Source, what: 'source' },
  { seg: 'testimonies', kind: 'testimony', schema: Testimony, what: 'testimony' },
  { seg: 'munitions', kind: 'munition', schema: MunitionObservation, what: 'munition observation' },
  { seg: 'samples', kind: 'sample', schema: Sample, what: 'sample' },
  { seg: 'site-control', kind: 'site-control', schema: SiteControl, what: 'site-control interval' },
  { seg: 'hypotheses', kind: 'hypothesis', schema: Hypothesis, what: 'hypothesis' },
  { seg: 'matrix-items', kind: 'matrix-item', schema: MatrixItem, what: 'analyst matrix item' },
  { seg: 'consequences', kind: 'consequence', schema: Consequence, what: 'consequence' },
];

const idOf = (k: Kind, data: Record<string, unknown>) => (k.kind === 'site-control' ? siteControlId(data as z.infer<typeof SiteControl>) : String(data.id));

const Changed = z.object({
  kind: z.string(),
  id: z.string(),
  /** the record as stored after the change (null after a delete) */
  record: z.unknown(),
  /** the record before the change (null when created) */
  old: z.unknown(),
  /** index of the record-changed event in the custody log */
  custody_index: z.number().int(),
});

async function caseRecords(ws: Workspace, caseId: string, kind: RecordKind) {
  if (!(await ws.store.getCase(caseId))) throw notFound(`no case "${caseId}"`);
  return ws.store.getRecords(caseId, kind);
}

/** Cross-checks against the rest of the case (what zod cannot see). */
async function crossCheck(ws: Workspace, caseId: string, k: Kind, data: Record<string, unknown>): Promise<void> {
  if (k.kind === 'testimony' && typeof data.source_id === 'string') {
    const sources = new Set((await ws.store.getRecords(caseId, 'source')).map((r) => r.id));
    if (!sources.has(data.source_id)) throw badInput(`no source has id "${data.source_id}" in case "${caseId}" (add it first: POST /api/cases/${caseId}/sources)`, 'body.source_id');
  }
  if (k.kind === 'matrix-item') {
    const hyps = new Set((await ws.store.getRecords(caseId, 'hypothesis')).map((r) => r.id));
    for (const h of Object.keys((data.ratings as Record<string, string>) ?? {}))
      if (!hyps.has(h)) throw badInput(`no hypothesis has id "${h}" in case "${caseId}"`, `body.ratings[${JSON.stringify(h)}]`);
  }
}

export function registerRecordRoutes({ ws, table }: RouteContext): void {
  const why = (q: string | undefined) => (q ? q.trim().slice(0, 2000) || undefined : undefined);

  // the write and its record-changed entry (hash, old and new value) commit together (src/app/case-content.ts)
  const write = (c: { get(k: 'user'): { name: string } | null }, caseId: string, k: Kind, id: string, old: unknown, next: unknown, reason?: string, renamedFrom?: string, check?: Parameters<typeof writeRecord>[2]) =>
    writeRecord(ws, { caseId, kind: k.kind, id, data: next ?? null, old: old ?? null, actor: c.get('user')!.name, via: 'api', ...(reason ? { why: reason } : {}), ...(renamedFrom ? { renamedFrom } : {}) }, check);

  for (const k of EDITABLE) {
    const whyParam = { name: 'why', description: 'why the record changes (kept in the custody log)' };

    table.add(
      { method: 'post', path: `/api/cases/:id/${k.seg}`, role: 'analyst', tag: 'records', summary: `add a ${k.what} (409 if its id exists); logged in the custody log`, body: k.schema, response: Changed, status: 201, query: [whyParam] },
      async (c) => {
        const caseId = param(c, 'id');
        const parsed = k.schema.safeParse(await c.req.json());
        if (!parsed.success) throw zodToAssay(parsed.error);
        const data = parsed.data as Record<string, unknown>;
        const id = idOf(k, data);
        const existing = await caseRecords(ws, caseId, k.kind);
        if (existing.some((r) => r.id === id)) throw new AssayError('conflict', `a ${k.what} "${id}" already exists in case "${caseId}"; PUT /api/cases/${caseId}/${k.seg}/${id} replaces it`, 'body.id');
        await crossCheck(ws, caseId, k, data);
        const custody_index = await write(c, caseId, k, id, null, data, why(c.req.query('why')), undefined, async (tx) => {
          if ((await tx.getRecords(caseId, k.kind)).some((r) => r.id === id)) throw new AssayError('conflict', `a ${k.what} "${id}" was added meanwhile`, 'body.id');
        });
        return c.json({ kind: k.kind, id, record: data, old: null, custody_index }, 201);
      },
    );

    table.add(
      { method: 'put', path: `/api/cases/:id/${k.seg}/:rid`, role: 'analyst', tag: 'records', summary: `replace a ${k.what} (the body's id, if any, must be the path's)`, body: k.schema, response: Changed, query: [whyParam] },
      async (c) => {
        const [caseId, rid] = [param(c, 'id'), param(c, 'rid')];
        const raw = (await c.req.json()) as Record<string, unknown>;
        const body = k.kind !== 'site-control' && raw && typeof raw === 'object' && !Array.isArray(raw) && raw.id === undefined ? { ...raw, id: rid } : raw;
        const parsed = k.schema.safeParse(body);
        if (!parsed.success) throw zodToAssay(parsed.error);
        const data = parsed.data as Record<string, unknown>;
        if (k.kind !== 'site-control' && data.id !== rid) throw badInput(`must be "${rid}" (the id in the path); ids cannot be renamed`, 'body.id');
        const existing = await caseRecords(ws, caseId, k.kind);
        const old = existing.find((r) => r.id === rid);
        if (!old) throw notFound(`no ${k.what} "${rid}" in case "${caseId}"`);
        await crossCheck(ws, caseId, k, data);
        const id = idOf(k, data);
        if (id !== rid && existing.some((r) => r.id === id)) throw new AssayError('conflict', `an identical ${k.what} exists already ("${id}")`, 'body');
        // a site-control interval's id is a digest of its content: a new id renames the row in place (keeps its order)
        const custody_index = await write(c, caseId, k, id, old.data, data, why(c.req.query('why')), id !== rid ? rid : undefined);
        return c.json({ kind: k.kind, id, record: data, old: old.data, custody_index });
      },
    );

    table.add(
      { method: 'delete', path: `/api/cases/:id/${k.seg}/:rid`, role: 'analyst', tag: 'records', summary: `delete a ${k.what}${k.kind === 'hypothesis' ? ' (409 while a matrix item rates it)' : ''}`, response: Changed, query: [whyParam] },
      async (c) => {
        const [caseId, rid] = [param(c, 'id'), param(c, 'rid')];
        const existing = await caseRecords(ws, caseId, k.kind);
        const old = existing.find((r) => r.id === rid);
        if (!old) throw notFound(`no ${k.what} "${rid}" in case "${caseId}"`);
        if (k.kind === 'source') {
          const users = (await ws.store.getRecords(caseId, 'testimony')).filter((r) => (r.data as { source_id?: string }).source_id === rid).map((r) => r.id);
          if (users.length) throw new AssayError('conflict', `testimonies still cite this source: ${users.slice(0, 10).join(', ')}; change them first`, 'source');
        }
        if (k.kind === 'hypothesis') {
          const users = (await ws.store.getRecords(caseId, 'matrix-item')).filter((r) => rid in (((r.data as { ratings?: object }).ratings ?? {}) as object)).map((r) => r.id);
          if (users.length) throw new AssayError('conflict', `matrix items still rate this hypothesis: ${users.slice(0, 10).join(', ')}; clear those cells first`, 'hypothesis');
        }
        const custody_index = await write(c, caseId, k, rid, old.data, null, why(c.req.query('why')));
        return c.json({ kind: k.kind, id: rid, record: null, old: old.data, custody_index });
      },
    );
  }

  // one report corrected or deleted; its report-changed entry (new hash, old report) commits with the write
  const reportChange = async (c: Parameters<Parameters<typeof table.add>[1]>[0], data: Record<string, unknown> | null) => {
    const [caseId, rid] = [param(c, 'id'), param(c, 'rid')];
    if (!(await ws.store.getCase(caseId))) throw notFound(`no case "${caseId}"`);
    const r = await changeReportLogged(ws, { caseId, id: rid, data: data as never, actor: c.get('user')!.name, via: 'api', ...(why(c.req.query('why')) ? { why: why(c.req.query('why')) } : {}) });
    if (!r) throw notFound(`no report "${rid}" in case "${caseId}"`);
    return c.json({ kind: 'report', id: rid, record: data, old: r.old, custody_index: r.index });
  };
  const whyReport = { name: 'why', description: 'why the report changes (kept in the custody log)' };
  table.add(
    { method: 'put', path: '/api/cases/:id/reports/:rid', role: 'analyst', tag: 'reports', summary: "correct one report (its id stays; the body's id, if any, must be the path's); logged with the old report", body: Report, response: Changed, query: [whyReport] },
    async (c) => {
      const rid = param(c, 'rid');
      const raw = (await c.req.json()) as Record<string, unknown>;
      const parsed = Report.safeParse(raw && typeof raw === 'object' && !Array.isArray(raw) && raw.id === undefined ? { ...raw, id: rid } : raw);
      if (!parsed.success) throw zodToAssay(parsed.error);
      if (parsed.data.id !== rid) throw badInput(`must be "${rid}" (the id in the path); ids cannot be renamed`, 'body.id');
      if (parsed.data.paraphrase) throw badInput("a paraphrase is not stored as a report (docs/case-bundle.md \"Paraphrases\")", 'body.paraphrase');
      return reportChange(c, parsed.data as Record<string, unknown>);
    },
  );
  table.add(
    { method: 'delete', path: '/api/cases/:id/reports/:rid', role: 'analyst', tag: 'reports', summary: 'delete one report; logged with the old report', response: Changed, query: [whyReport] },
    async (c) => reportChange(c, null),
  );
}
