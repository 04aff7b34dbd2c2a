/** The API client: JSON in and out, the bearer token from localStorage, errors as {code, path, message}. */
export interface ApiErrorData {
  code: string;
  path?: string;
  message: string;
}
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly data: ApiErrorData,
  ) {
    super(data.path ? `${data.path}: ${data.message}` : data.message);
  }
}

const KEY = 'assay.token';
export const getToken = (): string => localStorage.getItem(KEY) ?? '';
export const setToken = (t: string) => (t ? localStorage.setItem(KEY, t) : localStorage.removeItem(KEY));

/**
 * Told when the saved token is rejected (and dropped) or the address is throttled; main.tsx shows it. A notice that
 * comes before the page has registered its handler (a request answered before the page's effects ran: they run after
 * paint) is kept and handed over when it registers, so it is never lost.
 */
let authNoticeHandler: ((msg: string) => void) | null = null;
let pendingAuthNotice = '';
const authNotice = (msg: string) => {
  if (authNoticeHandler) authNoticeHandler(msg);
  else pendingAuthNotice = msg;
};
export const onAuthNotice = (f: (msg: string) => void) => {
  authNoticeHandler = f;
  if (pendingAuthNotice) f(pendingAuthNotice);
  pendingAuthNotice = '';
};

/**
 * A big case's analyses compute in the background after its data changed; the server answers 202
 * {status: "computing", seconds, retry_after_s} meanwhile (src/http/background.ts). The request is asked again
 * until the result is there, and every computation under way is told here so the page can show "computing, N s".
 */
export interface Computing {
  path: string;
  /** when the server's computation started, by this page's clock */
  since: number;
}
const computing = new Map<string, Computing>();
let computingNotice: (now: Computing[]) => void = () => {};
export const onComputing = (f: (now: Computing[]) => void) => {
  computingNotice = f;
};
const told = () => computingNotice([...computing.values()]);

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const t = getToken();
  if (t) headers.set('Authorization', `Bearer ${t}`);
  if (init.body && typeof init.body === 'string') headers.set('Content-Type', 'application/json');
  let r = await fetch(path, { ...init, headers });
  let ct = r.headers.get('content-type') ?? '';
  let body = ct.includes('json') ? await r.json() : await r.text();
  if (r.status === 202 && (body as { status?: string })?.status === 'computing') {
    try {
      while (r.status === 202 && (body as { status?: string })?.status === 'computing') {
        const b = body as { seconds?: number; retry_after_s?: number };
        if (!computing.has(path)) computing.set(path, { path, since: Date.now() - (b.seconds ?? 0) * 1000 });
        told();
        await new Promise((res) => setTimeout(res, Math.min(10, Math.max(1, b.retry_after_s ?? 2)) * 1000));
        r = await fetch(path, { ...init, headers });
        ct = r.headers.get('content-type') ?? '';
        body = ct.includes('json') ? await r.json() : await r.text();
      }
    } finally {
      computing.delete(path);
      told();
    }
  }
  if (!r.ok) {
    const err = (body as { error?: ApiErrorData })?.error ?? { code: 'internal', message: String(body).slice(0, 200) };
    // a saved token the server does not know (revoked, from another workspace): drop it, say so, and go on
    // anonymously (reads are open on a loopback server) instead of failing every request
    if (t && r.status === 401 && err.path === 'authorization' && /unknown or revoked/.test(err.message)) {
      setToken('');
      authNotice('The saved token was rejected (unknown or revoked) and has been removed; you are reading without signing in.');
      return api<T>(path, init);
    }
    if (t && r.status === 429 && (!init.method || init.method === 'GET')) {
      authNotice(`Sign-in is paused: ${err.message}. Reading without the token meanwhile.`);
      headers.delete('Authorization');
      const r2 = await fetch(path, { ...init, headers });
      const b2 = (r2.headers.get('content-type') ?? '').includes('json') ? await r2.json() : await r2.text();
      if (!r2.ok) throw new ApiError(r2.status, (b2 as { error?: ApiErrorData })?.error ?? { code: 'internal', message: String(b2).slice(0, 200) });
      return b2 as T;
    }
    throw new ApiError(r.status, err);
  }
  return body as T;
}

export type { Page } from '../../src/http/pagination';
import type { Page } from '../../src/http/pagination';

/** Every page of a list, up to `max` items. */
export async function all<T>(path: string, max = 5000): Promise<T[]> {
  const out: T[] = [];
  let offset: number | null = 0;
  const sep = path.includes('?') ? '&' : '?';
  while (offset !== null && out.length < max) {
    const p: Page<T> = await api<Page<T>>(`${path}${sep}limit=500&offset=${offset}`);
    out.push(...p.items);
    offset = p.next_offset;
  }
  return out;
}

/** A route an engine has not wired yet answers 404 "no route" or 503: shown as "not available". */
export const unavailable = (e: unknown) => e instanceof ApiError && (e.status === 503 || (e.status === 404 && /^no route/.test(e.data.message)));
