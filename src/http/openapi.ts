/**
 * The OpenAPI 3.1 document, generated from the route table and the zod schemas of the case model
 * (zod 4's z.toJSONSchema, draft 2020-12, which OpenAPI 3.1 uses as its schema dialect).
 */
import { z } from 'zod';
import type { RouteSpec } from './registry.js';

const ErrorBody = z.object({
  error: z.object({
    code: z.enum(['bad_input', 'not_found', 'conflict', 'unauthorized', 'forbidden', 'integrity', 'unavailable', 'rate_limited', 'internal']),
    path: z.string().optional(),
    message: z.string(),
    details: z.array(z.object({ code: z.string(), path: z.string().optional(), message: z.string() })).optional(),
  }),
});

function schemaOf(s: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const js = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete js.$schema;
  return js;
}

function pageSchema(items: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    required: ['items', 'total', 'limit', 'offset', 'next_offset'],
    properties: {
      items: items.type === 'array' ? items.items ? { type: 'array', items: items.items } : items : { type: 'array', items },
      total: { type: 'integer', minimum: 0 },
      limit: { type: 'integer', minimum: 1 },
      offset: { type: 'integer', minimum: 0 },
      next_offset: { type: ['integer', 'null'] },
    },
  };
}

export function openApiDocument(specs: RouteSpec[], info: { version: string; anonymousRead: boolean }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = { $ref: '#/components/schemas/Error' };
  const errResp = (d: string) => ({ description: d, content: { 'application/json': { schema: errorRef } } });
  for (const s of specs) {
    const p = s.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const params: unknown[] = [...s.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    for (const q of s.query ?? []) params.push({ name: q.name, in: 'query', required: false, description: q.description, schema: { type: q.type ?? 'string', ...(q.enum ? { enum: q.enum } : {}) } });
    if (s.paginated)
      params.push(
        { name: 'limit', in: 'query', required: false, description: 'page size, 1-500 (default 50)', schema: { type: 'integer', minimum: 1, maximum: 500 } },
        { name: 'offset', in: 'query', required: false, description: 'items to skip (default 0)', schema: { type: 'integer', minimum: 0 } },
      );
    const ok: Record<string, unknown> = { description: 'OK' };
    if (s.response) {
      const js = schemaOf(s.response, 'output');
      ok.content = { 'application/json': { schema: s.paginated ? pageSchema(js) : js } };
    } else if (s.produces) ok.content = Object.fromEntries(s.produces.map((m) => [m, { schema: { type: 'string', format: 'binary' } }]));
    const responses: Record<string, unknown> = { [String(s.status ?? 200)]: ok, '400': errResp('bad input: the error names the field'), '404': errResp('no such case or item') };
    if (s.role !== 'viewer' || !info.anonymousRead) responses['401'] = errResp('no token, or an unknown or revoked one');
    if (s.role !== 'viewer') responses['403'] = errResp(`the token lacks the ${s.role} role`);
    responses['429'] = errResp('rate_limited: too many different failed tokens from this address (Retry-After says when to retry)');
    const op: Record<string, unknown> = {
      operationId: `${s.method}${p.replace(/[{}]/g, '').split(/[/-]/).map((w) => (w ? w[0].toUpperCase() + w.slice(1) : '')).join('')}`,
      summary: s.summary,
      ...(s.notAList ? { description: `Not a paginated list: ${s.notAList}`, 'x-not-a-list': s.notAList } : {}),
      tags: [s.tag],
      'x-role': s.role,
      parameters: params,
      responses,
    };
    // anonymous reads still accept a token (it names the user): the bearer is optional there ({} = none)
    op.security = s.role !== 'viewer' || !info.anonymousRead ? [{ bearer: [] }] : [{}, { bearer: [] }];
    if (s.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(s.bodyDoc ?? s.body, 'input') } } };
    if (s.rawBody) op.requestBody = { required: true, description: s.rawBody, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
    (paths[p] ??= {})[s.method] = op;
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'assay HTTP API',
      version: info.version,
      description:
        'Cases, reports, records, evidence, the ACH matrix, findings and the assessment of assay. Errors are `{error:{code,path,message}}`. ' +
        'Every list is paginated with limit/offset and returns its total. Writes need `Authorization: Bearer <token>` with the analyst role (admin for users).',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `assay users add --name N --role R`' } },
      schemas: { Error: schemaOf(ErrorBody, 'output') },
    },
    paths,
  };
}
