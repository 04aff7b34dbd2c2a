/**
 * Errors as data at the HTTP edge: every failure is `{error: {code, path?, message, details?}}` with a stable
 * code from core/errors.ts, mapped to a status once (httpStatusFor). Bugs become 500 "internal" with no stack
 * and nothing from the request echoed back.
 */
import type { Context } from 'hono';
import { ZodError } from 'zod';
import { AssayError, issuesToErrors, type ErrorCode } from '../core/errors.js';

/** An AssayError that wants a status other than the code's default (413 too large, 429 throttled). */
export class HttpError extends AssayError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    path?: string,
  ) {
    super(code, message, path);
  }
}

/** A clean JSON path: body.reports[1].published_at, body.matrix[0].ratings["h-no-chemical"]. */
export function jsonPath(root: string, segments: (string | number)[]): string {
  let out = root;
  for (const s of segments) {
    if (typeof s === 'number' || /^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Zod issues as our error data: the first names path and message; details list EVERY issue (the first too). */
export function zodToAssay(e: ZodError, root = 'body'): AssayError {
  const details = issuesToErrors(e.issues.slice(0, 50), (p) => jsonPath(root, p));
  const first = details[0];
  return new AssayError('bad_input', first?.message ?? 'invalid input', first?.path ?? root, details);
}

export function errorResponse(c: Context, e: unknown, log: (line: string) => void): Response {
  let err: AssayError;
  if (e instanceof ZodError) err = zodToAssay(e);
  else if (e instanceof AssayError) err = e;
  else if (e instanceof SyntaxError && /JSON/i.test(e.message)) err = new AssayError('bad_input', 'body is not valid JSON', 'body');
  else {
    // a bug: log the message (never headers or body), answer without internals
    log(`internal error on ${c.req.method} ${new URL(c.req.url).pathname}: ${(e as Error)?.message ?? String(e)}`);
    err = new AssayError('internal', 'internal error; see the server log');
  }
  const status = err instanceof HttpError ? err.status : httpStatusFor(err.code);
  const d = err.toData();
  // AssayError.message carries "path: message"; the data keeps them apart
  if (d.path && d.message.startsWith(d.path + ': ')) d.message = d.message.slice(d.path.length + 2);
  const headers: Record<string, string> = {};
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="assay"';
  // a 503 is temporary (a lost database connection, a busy writer, a full queue): say when to try again
  if (status === 503) headers['Retry-After'] = String((err as { retryAfter?: number }).retryAfter ?? 60);
  return c.json({ error: d }, status as 400, headers);
}

/** HTTP status of an error code (docs/http-api.md "Errors are data"): the one place a code becomes a status. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'bad_input':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'integrity':
      return 422;
    case 'unavailable':
      return 503;
    case 'rate_limited':
      return 429;
    default:
      return 500;
  }
}
