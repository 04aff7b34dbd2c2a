/**
 * Authentication and authorisation for the API. Tokens arrive only in `Authorization: Bearer <token>` (never
 * in a query string, which ends up in logs). Roles viewer < analyst < admin (src/app/users.ts).
 *
 * Reads: open to anonymous callers only when `anonymousRead` is on (the default when the server is bound to
 * a loopback address: whoever can reach it can read the database file anyway); otherwise a viewer token.
 * Writes: always a token with the route's role; none -> 401, too low -> 403.
 *
 * Failed attempts (distinct unknown or revoked tokens) are counted per client address in a sliding window;
 * past the limit the address gets 429 `rate_limited` with Retry-After until the window clears, even with a
 * good token, so guessing is throttled rather than merely slowed. One stale token retried by a browser counts
 * once; loopback addresses are locked out for at most a minute (FailureThrottle).
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Workspace } from '../app/workspace.js';
import { roleAtLeast, userForToken, type Role, type User } from '../app/users.js';
import { AssayError } from '../core/errors.js';
import { HttpError } from './http-errors.js';

export interface AuthVars {
  user: User | null;
  ip: string;
}

export interface ThrottleOptions {
  /** distinct failed tokens allowed per window per address */
  maxFailures: number;
  windowMs: number;
  /** lock-out for loopback addresses (default 60 s): the local analyst is the likely caller, not an attacker */
  loopbackWindowMs?: number;
}

/** A loopback address or host name (a bind host such as "localhost", or a client address such as ::ffff:127.0.0.1). */
// (session 32, review) the whole address: a host name that only begins with "127." ('127.0.0.1.example.com', which may resolve to
// any interface) is no loopback, so `assay serve --host` with it does not open reads to anonymous callers
export const isLoopback = (ip: string) => /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3}|localhost|local)$/.test(ip);

/**
 * Failed logins per address in a sliding window, counting DISTINCT tokens: a stale token that a browser
 * retries on every request is one failure, not one per request, while guessing (a new token each try) is
 * counted in full. Loopback addresses get a short window (loopbackWindowMs), since on a loopback bind the
 * caller already has the machine. In memory: one server process.
 */
export class FailureThrottle {
  private readonly hits = new Map<string, Map<string, number>>();
  constructor(
    private readonly opt: ThrottleOptions,
    private readonly now: () => number = Date.now,
  ) {}
  private window(ip: string): number {
    return isLoopback(ip) ? Math.min(this.opt.windowMs, this.opt.loopbackWindowMs ?? 60_000) : this.opt.windowMs;
  }
  private recent(ip: string): Map<string, number> {
    const t = this.now();
    const w = this.window(ip);
    const m = this.hits.get(ip) ?? new Map<string, number>();
    for (const [k, at] of m) if (t - at >= w) m.delete(k);
    if (m.size) this.hits.set(ip, m);
    else this.hits.delete(ip);
    return m;
  }
  /** seconds until the address may try again, or 0 */
  blockedFor(ip: string): number {
    const m = this.recent(ip);
    if (m.size < this.opt.maxFailures) return 0;
    const times = [...m.values()].sort((a, b) => a - b);
    return Math.max(1, Math.ceil((times[times.length - this.opt.maxFailures] + this.window(ip) - this.now()) / 1000));
  }
  /** `tokenKey`: a digest of the failed token (never the token itself) */
  fail(ip: string, tokenKey: string): void {
    const m = this.recent(ip);
    m.set(tokenKey, this.now());
    this.hits.set(ip, m);
    if (this.hits.size > 100_000) this.hits.delete(this.hits.keys().next().value!); // bound memory under a spray
  }
}

export function bearer(c: Context): string | null {
  const h = c.req.header('authorization');
  if (!h) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  if (!m) throw new AssayError('unauthorized', 'use "Authorization: Bearer <token>"', 'authorization');
  return m[1];
}

/** Resolves the caller: sets c.var.user (or null when no token was sent). */
export function authenticate(ws: Workspace, throttle: FailureThrottle, ipOf: (c: Context) => string): MiddlewareHandler<{ Variables: AuthVars }> {
  return async (c, next) => {
    const ip = ipOf(c);
    c.set('ip', ip);
    c.set('user', null);
    const token = bearer(c);
    if (token !== null) {
      const wait = throttle.blockedFor(ip);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new HttpError(429, 'rate_limited', `too many different failed tokens from this address; try again in ${wait} s`, 'authorization');
      }
      const user = await userForToken(ws, token);
      if (!user) {
        throttle.fail(ip, createHash('sha256').update(token).digest('base64url').slice(0, 16));
        throw new AssayError('unauthorized', 'unknown or revoked token', 'authorization');
      }
      c.set('user', user);
    }
    await next();
  };
}

/** Guards a route: the caller needs at least `role` (viewer reads may be anonymous when allowed). */
export function need(role: Role, anonymousRead: boolean): MiddlewareHandler<{ Variables: AuthVars }> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) {
      if (role === 'viewer' && anonymousRead) return next();
      throw new AssayError('unauthorized', role === 'viewer' ? 'reading needs a token (Authorization: Bearer <token>)' : `this needs a token with the ${role} role (Authorization: Bearer <token>)`, 'authorization');
    }
    if (!roleAtLeast(user.role, role)) throw new AssayError('forbidden', `this needs the ${role} role; "${user.name}" is ${user.role}`, 'authorization');
    await next();
  };
}
