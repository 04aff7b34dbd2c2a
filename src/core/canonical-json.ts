/**
 * Canonical JSON (RFC 8785 JCS for the data assay stores: keys sorted by UTF-16 code units, no whitespace,
 * ECMAScript number formatting, `undefined` members dropped). Same value, same bytes: what makes stored
 * records comparable and custody-log entries hashable.
 */
import { badInput } from './errors.js';
export function canonicalJson(value: unknown): string {
  return write(value);
}

function write(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      if (!Number.isFinite(v)) throw badInput('canonical JSON has no representation for ' + v);
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : write(x))).join(',') + ']';
      if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return write((v as { toJSON(): unknown }).toJSON());
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort();
      return '{' + keys.map((k) => JSON.stringify(k) + ':' + write(o[k])).join(',') + '}';
    }
    default:
      throw badInput('canonical JSON cannot hold a ' + typeof v);
  }
}
