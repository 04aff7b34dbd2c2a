/** Cases, reports, records and the case timeline. */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Context } from 'hono';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import type { Env } from '../registry.js';
import { importBundle, importReports, listCases, loadCase, siteControlId, type CaseView } from '../../app/cases.js';
import { listEvidence } from '../../app/evidence.js';
import {
  EvidenceFile,
  Hypothesis,
  MatrixItem,
  MunitionObservation,
  Report,
  Sample,
  SiteControl,
  Source,
  Testimony,
} from '../../core/case/schemas.js';
import { AssayError, badInput, notFound } from '../../core/errors.js';
import { page, pageOf, pageParams } from '../pagination.js';
import { jsonPath } from '../http-errors.js';
import { BundleBodyDoc, CaseViewOut, ConsequenceOut, ImportOut, ReportsAddedOut, ReportsBodyDoc } from '../response-schemas.js';
import { consequenceTimeline } from '../../core/report/consequence-timeline.js';
import { TimelineEvent, timelineEvents } from '../../core/case/timeline-event.js';
import type { Workspace } from '../../app/workspace.js';
import { actingAs } from '../acting-workspace.js';

const CaseSummary = z.object({ id: z.string(), title: z.string(), occurred_at: z.string() });
const StoredReportSchema = Report.extend({ id: z.string() });

/** A case bundle as one JSON document (the same content as a bundle folder, without evidence files). */
export const BundleBody = z.object({
  case: z.unknown(),
  sources: z.array(z.unknown()).optional(),
  testimonies: z.array(z.unknown()).optional(),
  munitions: z.array(z.unknown()).optional(),
  samples: z.array(z.unknown()).optional(),
  site_control: z.array(z.unknown()).optional(),
  hypotheses: z.array(z.unknown()).optional(),
  matrix: z.array(z.unknown()).optional(),
  consequences: z.array(z.unknown()).optional(),
  reports: z.array(z.unknown()).optional(),
});

export const ReportsBody = z.object({ reports: z.array(z.unknown()).min(1).max(100_000) });

const query = (c: Context<Env>) => (k: string) => c.req.query(k);

/** The JSON field of the request body each temp bundle file came from (POST /api/cases, /reports). */
const FILE_FIELD: Record<string, string> = {
  'case.json': 'case',
  'sources.json': 'sources',
  'testimonies.json': 'testimonies',
  'munitions.json': 'munitions',
  'samples.json': 'samples',
  'site-control.json': 'site_control',
  'consequences.json': 'consequences',
  'reports.jsonl': 'reports',
};

/**
 * A reader's "<dir>/<file>[:line][: field]" as a clean JSON path of the request body: reports.jsonl line 2
 * field published_at -> body.reports[1].published_at; case.json "when.at" -> body.case.when.at; hypotheses.json
 * "evidence.0.ratings.h1" -> body.matrix[0].ratings.h1. Line numbers of the JSON files we wrote mean nothing
 * to the caller and are dropped.
 */
export function bodyPath(raw: string | undefined, dir: string): string | undefined {
  if (!raw || !raw.startsWith(dir)) return raw;
  const m = /^[\\/]?([\w.-]+?\.jsonl?)(?::(\d+))?(?::\s*(.*))?$/.exec(raw.slice(dir.length));
  if (!m) return 'body';
  const [, file, line, field] = m;
  const segs = (field ?? '').replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  if (file === 'reports.jsonl') return jsonPath('body.reports', [...(line ? [Number(line) - 1] : []), ...segs]);
  if (file === 'hypotheses.json') {
    const [head, ...rest] = segs;
    return jsonPath('body', [head === 'evidence' ? 'matrix' : (head ?? 'hypotheses'), ...rest]);
  }
  return jsonPath(`body.${FILE_FIELD[file] ?? file.replace(/\.jsonl?$/, '')}`, segs);
}

/** Rewrites temp-folder paths in an import error to the JSON field they came from; details list every problem. */
function relabel(e: unknown, dir: string): never {
  if (e instanceof AssayError) {
    const msg = e.path && e.message.startsWith(e.path + ': ') ? e.message.slice(e.path.length + 2) : e.message;
    const first = { code: e.code, path: bodyPath(e.path, dir), message: msg };
    const rest = e.details.map((d) => ({ ...d, path: bodyPath(d.path, dir) }));
    const details = rest.some((d) => d.path === first.path) ? rest : [first, ...rest];
    throw new AssayError(e.code, msg, first.path, details);
  }
  throw e;
}

function tempDir(ws: Workspace): string {
  const d = path.join(ws.dir, 'tmp', `import-${randomBytes(6).toString('hex')}`);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

/** Reports merged into a timeline at most; the reports list pages through all of them. */
export const TIMELINE_REPORTS = 2000;

export function registerCaseRoutes({ ws, table, reads }: RouteContext): void {
  table.add(
    { method: 'get', path: '/api/cases', role: 'viewer', tag: 'cases', summary: 'list cases; q searches id and title', paginated: true, response: CaseSummary, query: [{ name: 'q', description: 'text in the id or title' }] },
    async (c) => {
      const p = pageParams(query(c));
      const q = c.req.query('q')?.slice(0, 200) || undefined;
      return c.json(page(await listCases(ws, q), p));
    },
  );

  table.add(
    { method: 'post', path: '/api/cases', role: 'analyst', tag: 'cases', summary: 'import a case bundle sent as one JSON document (all or nothing); 201 when the case is new, 200 when it updated an existing one', body: BundleBody, bodyDoc: BundleBodyDoc, response: ImportOut, status: 201 },
    async (c) => {
      const body = BundleBody.parse(await c.req.json());
      const dir = tempDir(ws);
      try {
        const w = (name: string, v: unknown) => fs.writeFileSync(path.join(dir, name), JSON.stringify(v, null, 1));
        w('case.json', body.case);
        if (body.sources) w('sources.json', body.sources);
        if (body.testimonies) w('testimonies.json', body.testimonies);
        if (body.munitions) w('munitions.json', body.munitions);
        if (body.samples) w('samples.json', body.samples);
        if (body.site_control) w('site-control.json', body.site_control);
        if (body.consequences) w('consequences.json', body.consequences);
        if (body.hypotheses || body.matrix) w('hypotheses.json', { hypotheses: body.hypotheses ?? [], evidence: body.matrix ?? [] });
        if (body.reports) fs.writeFileSync(path.join(dir, 'reports.jsonl'), body.reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
        const r = await importBundle(actingAs(ws, c.get('user')!), dir).catch((e) => relabel(e, dir));
        const { reports, ...rest } = r;
        return c.json({ ...rest, reports: { read: reports.read, added: reports.added } }, r.created ? 201 : 200);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  table.add({ method: 'get', path: '/api/cases/:id', role: 'viewer', tag: 'cases', summary: 'a whole case: the case, its records, and the number of reports (ETag; If-None-Match answers 304)', response: CaseViewOut, notAList: 'one case document; its record lists are bounded by the bundle (each has its own paginated route, e.g. /testimonies)' }, async (c) => {
    const id = param(c, 'id');
    const { body, etag } = await reads.get(`case\u0000${id}`, () => loadCase(ws, id));
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag, 'Cache-Control': 'no-cache' });
  });

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/reports',
      role: 'viewer',
      tag: 'reports',
      summary: "a case's reports in time order; q searches outlet, title and text",
      paginated: true,
      response: StoredReportSchema,
      query: [
        { name: 'q', description: 'text in the outlet, title or text' },
        { name: 'outlet', description: 'exact outlet' },
      ],
    },
    async (c) => {
      const id = param(c, 'id');
      const p = pageParams(query(c));
      if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
      const q = c.req.query('q')?.slice(0, 200);
      const outlet = c.req.query('outlet');
      if (!q && !outlet) {
        const r = await ws.store.reportPage(id, p.offset, p.limit);
        return c.json(pageOf(r.items, r.total, p));
      }
      const r = await ws.store.searchReports(id, { ...(q ? { q } : {}), ...(outlet ? { outlet } : {}) }, p.offset, p.limit);
      return c.json(pageOf(r.items, r.total, p));
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/cases/:id/reports',
      role: 'analyst',
      tag: 'reports',
      summary: 'add reports to a case (all or nothing; re-sending adds nothing twice); logged in the custody log with the reason',
      body: ReportsBody,
      bodyDoc: ReportsBodyDoc,
      response: ReportsAddedOut,
      query: [{ name: 'why', description: 'why the reports are added (kept in the custody log)' }],
    },
    async (c) => {
      const id = param(c, 'id');
      const body = ReportsBody.parse(await c.req.json());
      if (!(await ws.store.getCase(id))) throw notFound(`no case "${id}"`);
      const dir = tempDir(ws);
      try {
        const file = path.join(dir, 'reports.jsonl');
        fs.writeFileSync(file, body.reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
        const why = c.req.query('why')?.trim().slice(0, 2000);
        const r = await importReports(actingAs(ws, c.get('user')!), file, id, why ? { why } : {}).catch((e) => relabel(e, dir));
        return c.json({ case_id: id, read: r.reports.read, added: r.reports.added, warnings: r.warnings.map((w) => w.replace(/^reports\.jsonl: /, '')) });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  const lists: [string, keyof CaseView, z.ZodType, string][] = [
    ['sources', 'sources', Source, 'sources (outlets, people, organisations) with affiliation and grade'],
    ['testimonies', 'testimonies', Testimony, 'witness, medic and official accounts'],
    ['munitions', 'munitions', MunitionObservation, 'munition observations'],
    ['samples', 'samples', Sample, 'samples with their chain of custody and results'],
    ['site-control', 'siteControl', SiteControl, 'which party held the site when'],
    ['hypotheses', 'hypotheses', Hypothesis, 'the hypotheses of the case'],
    ['matrix-items', 'matrix', MatrixItem, 'the analyst-rated evidence items of the ACH matrix'],
  ];
  for (const [seg, key, schema, what] of lists) {
    const siteIds = seg === 'site-control';
    const response = siteIds ? SiteControl.extend({ id: z.string().describe('store id (a digest of party, place, from, to), for PUT and DELETE') }) : schema;
    table.add({ method: 'get', path: `/api/cases/:id/${seg}`, role: 'viewer', tag: 'records', summary: `a case's ${what}`, paginated: true, response }, async (c) => {
      const p = pageParams(query(c));
      const v = await loadCase(ws, param(c, 'id'));
      const list = siteIds ? v.siteControl.map((s) => ({ ...s, id: siteControlId(s) })) : (v[key] as unknown[]);
      return c.json(page(list, p));
    });
  }

  // what followed the incident, in time order with the lag from it (the `assay consequences --json` rows)
  table.add(
    { method: 'get', path: '/api/cases/:id/consequences', role: 'viewer', tag: 'records', summary: 'what followed the incident (strikes, statements, sanctions, investigations) in time order, with lag_hours from the incident and cited sources', paginated: true, response: ConsequenceOut },
    async (c) => {
      const p = pageParams(query(c));
      const v = await loadCase(ws, param(c, 'id'));
      return c.json(page(consequenceTimeline(v.case, v.consequences ?? []), p));
    },
  );

  table.add(
    { method: 'get', path: '/api/cases/:id/evidence', role: 'viewer', tag: 'evidence', summary: "a case's evidence files: hash, media type, capture record, custody-log index, in the locker or not, derivatives", paginated: true, response: EvidenceFile.extend({ index: z.number().nullable(), in_locker: z.boolean(), derivatives: z.array(z.string()) }) },
    async (c) => c.json(page(await listEvidence(ws, param(c, 'id')), pageParams(query(c)))),
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/timeline',
      role: 'viewer',
      tag: 'cases',
      summary: `claims, conclusions, testimonies, sample collection and transfers, site control, evidence and reports (the first ${TIMELINE_REPORTS}) in time order`,
      paginated: true,
      response: TimelineEvent,
      query: [{ name: 'kinds', description: 'comma-separated event kinds to keep' }],
    },
    async (c) => {
      const p = pageParams(query(c));
      const id = param(c, 'id');
      const v = await loadCase(ws, id);
      const kinds = c.req.query('kinds')?.split(',').filter(Boolean);
      const known = TimelineEvent.shape.kind.options as string[];
      for (const k of kinds ?? []) if (!known.includes(k)) throw badInput(`unknown event kind "${k}"; one of ${known.join(', ')}`, 'kinds');
      const reports = !kinds || kinds.includes('report') ? (await ws.store.reportPage(id, 0, TIMELINE_REPORTS)).items : [];
      let ev = timelineEvents(v, reports);
      if (kinds) ev = ev.filter((e) => kinds.includes(e.kind));
      return c.json({ ...page(ev, p), reports_total: v.reports.total, reports_included: reports.length });
    },
  );
}

