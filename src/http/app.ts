/**
 * The HTTP API and the web UI as one Hono app over the same use cases as the CLI (src/app/*). Built without a
 * port, so tests drive it with app.request(); src/http/server.ts binds it with @hono/node-server.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Workspace } from '../app/workspace.js';
import { authenticate, FailureThrottle, need, type ThrottleOptions } from './auth.js';
import { errorResponse, HttpError } from './http-errors.js';
import { AssayError } from '../core/errors.js';
import { RouteTable, type Env } from './registry.js';
import { openApiDocument } from './openapi.js';
import { registerCaseRoutes } from './routes/cases.js';
import { registerMatrixRoutes } from './routes/matrix.js';
import { registerEvidenceRoutes } from './routes/evidence.js';
import { registerEngineRoutes } from './routes/engines.js';
import { registerUserRoutes } from './routes/users.js';
import { registerRecordRoutes } from './routes/records.js';
import { staticUi } from './static-ui.js';
import { HealthOut, MeOut } from './response-schemas.js';
import { z } from 'zod';
import { ReadCache } from './read-cache.js';
import { jsonDepth } from '../core/json-depth.js';
import { BackgroundAnalyses, computingResponse } from './background.js';

export interface AppOptions {
  /** reads without a token (default: false; server.ts turns it on for loopback binds) */
  anonymousRead?: boolean;
  /** JSON bodies, bytes (default 1 MiB) */
  maxJsonBytes?: number;
  /** uploads and report files, bytes (default 512 MiB) */
  maxUploadBytes?: number;
  /** distinct failed tokens per address per window (default 10 per 15 min; loopback addresses 1 min), see FailureThrottle */
  throttle?: ThrottleOptions;
  /** the folder of the built UI (default web/dist); null to serve the API only */
  webDir?: string | null;
  /** access and error log; never given headers, bodies or tokens */
  log?: (line: string) => void;
  /** client address for throttling (default: the socket's remote address) */
  clientIp?: (c: Context) => string;
  /**
   * Host header names answered besides the loopback names (localhost, 127.0.0.1, ::1); "*" answers any.
   * Default: $ASSAY_ALLOWED_HOSTS. A page on another site that rebinds its DNS name to 127.0.0.1 sends its own
   * name as Host and is refused, so anonymous loopback reads stay the local user's (DNS rebinding).
   */
  allowedHosts?: string[];
  /** reports above which a case's first analysis is computed on a worker thread (default BACKGROUND_REPORTS) */
  backgroundReports?: number;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The host name of a Host header value, lower case, without the port. */
export function hostName(h: string): string {
  const v = h.trim().toLowerCase();
  if (v.startsWith('[')) return v.slice(0, v.indexOf(']') + 1);
  return v.replace(/:\d+$/, '').replace(/\.$/, '');
}

/** JSON bodies nest at most this deep (a case bundle needs about 8): deeper ones are refused before parsing. */
export const MAX_JSON_DEPTH = 64;

export interface RouteContext {
  ws: Workspace;
  table: RouteTable;
  reads: ReadCache;
  opts: Required<Omit<AppOptions, 'clientIp' | 'webDir' | 'allowedHosts' | 'backgroundReports'>>;
  /** big cases' analyses on a worker thread (background.ts) */
  background: BackgroundAnalyses;
  /** the 202 "computing" answer while the case's analyses compute in the background, else null (compute here) */
  busy(c: Context, caseId: string): Promise<Response | null>;
}

export const API_VERSION = '0.1.0';

function socketIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

export function createApp(ws: Workspace, options: AppOptions = {}): Hono<Env> {
  const opts: RouteContext['opts'] = {
    anonymousRead: options.anonymousRead ?? false,
    maxJsonBytes: options.maxJsonBytes ?? 1024 * 1024,
    maxUploadBytes: options.maxUploadBytes ?? 512 * 1024 * 1024,
    throttle: options.throttle ?? { maxFailures: 10, windowMs: 15 * 60_000 },
    log: options.log ?? (() => {}),
  };
  const app = new Hono<Env>();
  const throttle = new FailureThrottle(opts.throttle);

  app.onError((e, c) => errorResponse(c, e, opts.log));
  app.notFound((c) => errorResponse(c, new HttpError(404, 'not_found', `no route ${c.req.method} ${new URL(c.req.url).pathname}`), opts.log));

  // answer only the Host names allowed (loopback by default): refuses DNS-rebinding pages
  const hosts = new Set([...LOOPBACK_NAMES, ...(options.allowedHosts ?? ws.config.allowedHosts ?? []).map(hostName)]);
  app.use('*', async (c, next) => {
    const h = hostName(c.req.header('host') ?? new URL(c.req.url).host);
    if (!hosts.has('*') && !hosts.has(h))
      throw new HttpError(421, 'forbidden', `this server does not answer to the host name "${h.slice(0, 100)}" (allowed: ${[...hosts].join(', ')}; add names with ASSAY_ALLOWED_HOSTS)`, 'Host');
    await next();
  });
  // access log: method, path (no query: it may hold search text), status, time; never headers or bodies
  app.use('*', async (c, next) => {
    const t0 = performance.now();
    await next();
    opts.log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${(performance.now() - t0).toFixed(1)}ms`);
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
  });
  // any request that may write invalidates cached reads and analyses (dataVersion() covers other processes)
  const reads = new ReadCache(ws);
  const background = new BackgroundAnalyses(ws, opts.log, options.backgroundReports);
  app.use('/api/*', async (c, next) => {
    try {
      await next();
    } finally {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
        reads.bump();
        // the case's analyses are computed again now, off the request thread, not when a reader next asks
        const m = /^\/api\/cases\/([^/]+)\//.exec(new URL(c.req.url).pathname);
        if (m && c.res.status < 300) void background.changed(decodeURIComponent(m[1]));
      }
    }
  });
  app.use('/api/*', authenticate(ws, throttle, options.clientIp ?? socketIp));

  const jsonLimit = bodyLimit({
    maxSize: opts.maxJsonBytes,
    onError: () => {
      throw new HttpError(413, 'bad_input', `JSON body is larger than the ${Math.round(opts.maxJsonBytes / 1024)} KiB limit`, 'body');
    },
  });
  // after the size limit, a deeply nested JSON body is refused before any parse (a recursive walk of 200k
  // levels exhausts the stack: a 500 otherwise)
  const jsonGuard: typeof jsonLimit = (c, next) =>
    jsonLimit(c, async () => {
      if (/json/i.test(c.req.header('content-type') ?? '') && jsonDepth(await c.req.text(), MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
        throw new AssayError('bad_input', `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels (limit ${MAX_JSON_DEPTH})`, 'body');
      await next();
    });
  const table = new RouteTable(app, (role) => need(role, opts.anonymousRead), jsonGuard);
  const busy = async (c: Context, caseId: string) => {
    const s = await background.computing(caseId);
    return s === null ? null : computingResponse(c, caseId, s);
  };
  const rc: RouteContext = { ws, table, reads, opts, background, busy };

  table.add({ method: 'get', path: '/api/health', role: 'viewer', tag: 'meta', summary: 'liveness and versions', response: HealthOut }, (c) =>
    c.json({ ok: true, version: API_VERSION, store: ws.store.dialect }),
  );
  table.add({ method: 'get', path: '/api/me', role: 'viewer', tag: 'meta', summary: 'who the token belongs to, and what the server allows', response: MeOut }, (c) => {
    const u = c.get('user');
    return c.json({ user: u ? { name: u.name, role: u.role } : null, anonymous_read: opts.anonymousRead, limits: { json_bytes: opts.maxJsonBytes, upload_bytes: opts.maxUploadBytes } });
  });
  registerCaseRoutes(rc);
  registerMatrixRoutes(rc);
  registerEvidenceRoutes(rc);
  registerEngineRoutes(rc);
  registerUserRoutes(rc);
  registerRecordRoutes(rc);

  let doc: Record<string, unknown> | null = null;
  table.add({ method: 'get', path: '/api/openapi.json', role: 'viewer', tag: 'meta', summary: 'this OpenAPI 3.1 document', response: z.looseObject({ openapi: z.literal('3.1.0'), info: z.looseObject({}), paths: z.looseObject({}), components: z.looseObject({}) }) }, (c) => {
    doc ??= openApiDocument(table.specs, { version: API_VERSION, anonymousRead: opts.anonymousRead });
    return c.json(doc);
  });

  if (options.webDir !== null) staticUi(app, options.webDir);
  return app;
}
