/**
 * Authentication and authorisation for the API. Tokens arrive only in `Authorization: Bearer <token>` (never
 * in a query string, which ends up in logs). Roles viewer < analyst < admin (src/app/users.ts).
 *
 * Reads: open to anonymous callers only when `anonymousRead` is on (the default when the server is bound to
 * a loopback address: whoever can reach it can read the database file anyway); otherwise a viewer token.
 * Writes: always a token with the route's role; none -> 401, too low -> 403.
 *
 * Failed attempts (an unknown or revoked token) are counted per client address in a sliding window; past
 * the limit the address gets 429 with Retry-After until the window clears, even with a good token, so
 * guessing is throttled rather than merely slowed.
 */
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
  /** failed attempts allowed per window per address */
  maxFailures: number;
  windowMs: number;
}

/** Sliding-window counter of failed logins per address (in memory: one server process). */
export class FailureThrottle {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly opt: ThrottleOptions,
    private readonly now: () => number = Date.now,
  ) {}
  private recent(ip: string): number[] {
    const t = this.now();
    const list = (this.hits.get(ip) ?? []).filter((x) => t - x < this.opt.windowMs);
    if (list.length) this.hits.set(ip, list);
    else this.hits.delete(ip);
    return list;
  }
  /** seconds until the address may try again, or 0 */
  blockedFor(ip: string): number {
    const list = this.recent(ip);
    if (list.length < this.opt.maxFailures) return 0;
    return Math.max(1, Math.ceil((list[list.length - this.opt.maxFailures] + this.opt.windowMs - this.now()) / 1000));
  }
  fail(ip: string): void {
    const list = this.recent(ip);
    list.push(this.now());
    this.hits.set(ip, list);
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
        throw new HttpError(429, 'unauthorized', `too many failed token attempts from this address; try again in ${wait} s`, 'authorization');
      }
      const user = await userForToken(ws, token);
      if (!user) {
        throttle.fail(ip);
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
