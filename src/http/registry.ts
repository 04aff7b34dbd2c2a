/**
 * One table of routes: each entry registers its Hono handler and describes itself for the OpenAPI document,
 * so the document cannot drift from what the server answers.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { Role } from '../app/users.js';
import type { AuthVars } from './auth.js';

export type Env = { Variables: AuthVars };
export type Handler = (c: Context<Env>) => Promise<Response> | Response;

export interface QueryParam {
  name: string;
  description: string;
  type?: 'string' | 'integer' | 'boolean';
  enum?: string[];
}

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono path, e.g. /api/cases/:id */
  path: string;
  role: Role;
  summary: string;
  tag: string;
  query?: QueryParam[];
  /** JSON request body */
  body?: z.ZodType;
  /** the body as documented, when the handler parses more leniently than it documents (defaults to body) */
  bodyDoc?: z.ZodType;
  /** why a route that returns arrays takes no limit/offset (documented as x-not-a-list) */
  notAList?: string;
  /** raw (binary) request body, e.g. an upload */
  rawBody?: string;
  /** JSON response (200) */
  response?: z.ZodType;
  /** non-JSON response media types */
  produces?: string[];
  paginated?: boolean;
  status?: number;
}

export class RouteTable {
  readonly specs: RouteSpec[] = [];
  constructor(
    private readonly app: Hono<Env>,
    private readonly guard: (role: Role) => MiddlewareHandler<Env>,
    private readonly jsonLimit: MiddlewareHandler<Env>,
  ) {}
  add(spec: RouteSpec, handler: Handler): void {
    this.specs.push(spec);
    const mw: MiddlewareHandler<Env>[] = [this.guard(spec.role)];
    if (spec.body) mw.push(this.jsonLimit);
    (this.app.on as (m: string, p: string[], ...h: unknown[]) => unknown)(spec.method.toUpperCase(), [spec.path], ...mw, handler);
  }
}

/** A path parameter (always present on the routes that name it). */
export function param(c: Context<Env>, name: string): string {
  return (c.req.param as (n: string) => string | undefined)(name) ?? '';
}
