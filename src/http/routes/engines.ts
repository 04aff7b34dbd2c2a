/**
 * What the engines say about a case: every registered provider's findings (src/app/findings.ts), the
 * assessment and the report exports. Engines register themselves through src/app/engines.ts.
 */
import { z } from 'zod';
import type { RouteContext } from '../app.js';
import { param } from '../registry.js';
import { loadCase } from '../../app/cases.js';
import { caseFindings, findingProviders } from '../../app/findings.js';
import '../../app/engines.js';
import { Finding } from '../../core/case/schemas.js';
import { badInput } from '../../core/errors.js';
import { page, pageParams } from '../pagination.js';
import { canonicalJson } from '../../core/canonical-json.js';

export const EXPORT_FORMATS = ['json'] as const;

export function registerEngineRoutes({ ws, table }: RouteContext): void {
  table.add(
    { method: 'get', path: '/api/cases/:id/findings', role: 'viewer', tag: 'engines', summary: "every engine's findings for the case", paginated: true, response: Finding, query: [{ name: 'engine', description: 'only this engine' }] },
    async (c) => {
      const p = pageParams((k) => c.req.query(k));
      const v = await loadCase(ws, param(c, 'id'));
      const engine = c.req.query('engine');
      let f = await caseFindings(ws, v);
      if (engine) f = f.filter((x) => x.engine === engine);
      return c.json({ ...page(f, p), engines: findingProviders().map((x) => x.engine) });
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/cases/:id/export',
      role: 'viewer',
      tag: 'reports',
      summary: 'the case exported: json (the whole case as stored)',
      query: [{ name: 'format', description: 'export format', enum: [...EXPORT_FORMATS] }],
      produces: ['application/json'],
    },
    async (c) => {
      const id = param(c, 'id');
      const format = c.req.query('format') ?? 'json';
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw badInput(`unknown format "${format}"; one of ${EXPORT_FORMATS.join(', ')}`, 'format');
      const v = await loadCase(ws, id);
      return new Response(canonicalJson(v), {
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${id}.json"` },
      });
    },
  );
}

export const _schemas = { z };
