/** limit/offset pagination shared by every list route: `{items, total, limit, offset, next_offset}`. */
import { badInput } from '../core/errors.js';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** offset of the next page, or null on the last */
  next_offset: number | null;
}

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

function int(v: string | undefined, name: string, dflt: number, min: number, max: number): number {
  if (v === undefined || v === '') return dflt;
  if (!/^\d+$/.test(v)) throw badInput(`must be a whole number, got "${v.slice(0, 40)}"`, name);
  const n = Number(v);
  if (n < min || n > max) throw badInput(`must be between ${min} and ${max}, got ${n}`, name);
  return n;
}

export function pageParams(q: (k: string) => string | undefined): { limit: number; offset: number } {
  return { limit: int(q('limit'), 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT), offset: int(q('offset'), 'offset', 0, 0, Number.MAX_SAFE_INTEGER) };
}

export function page<T>(all: T[], p: { limit: number; offset: number }): Page<T> {
  return pageOf(all.slice(p.offset, p.offset + p.limit), all.length, p);
}

export function pageOf<T>(items: T[], total: number, p: { limit: number; offset: number }): Page<T> {
  const next = p.offset + items.length;
  return { items, total, limit: p.limit, offset: p.offset, next_offset: next < total ? next : null };
}
