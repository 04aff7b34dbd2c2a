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

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const t = getToken();
  if (t) headers.set('Authorization', `Bearer ${t}`);
  if (init.body && typeof init.body === 'string') headers.set('Content-Type', 'application/json');
  const r = await fetch(path, { ...init, headers });
  const ct = r.headers.get('content-type') ?? '';
  const body = ct.includes('json') ? await r.json() : await r.text();
  if (!r.ok) throw new ApiError(r.status, (body as { error?: ApiErrorData })?.error ?? { code: 'internal', message: String(body).slice(0, 200) });
  return body as T;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  next_offset: number | null;
}

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
