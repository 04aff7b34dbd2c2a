/**
 * UUIDv5 (RFC 9562 §5.5: SHA-1 of namespace bytes + name bytes, version 5, variant 10). SHA-1 is injected so
 * core stays free of node:crypto. STIX 2.1 §2.9 uses UUIDv5 for deterministic ids; its namespace for SCOs is
 * 00abedb4-aa42-466c-9c01-fed23315a9b7.
 */
import { badInput } from '../errors.js';
export type Sha1 = (data: Uint8Array) => Uint8Array;

export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** assay's own namespace for SDO ids (a fixed random v4 uuid; never change it: ids would change). */
export const ASSAY_NAMESPACE = '6f1d3c0e-7b9a-4c52-9d1e-2a6b8e4f0c37';

function uuidBytes(u: string): Uint8Array {
  const hex = u.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw badInput(`not a UUID: ${u}`);
  const b = new Uint8Array(16);
  for (let i = 0; i < 16; i++) b[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return b;
}

export function uuidV5(namespace: string, name: string, sha1: Sha1): string {
  const ns = uuidBytes(namespace);
  const nm = new TextEncoder().encode(name);
  const buf = new Uint8Array(ns.length + nm.length);
  buf.set(ns);
  buf.set(nm, ns.length);
  const h = sha1(buf).slice(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = [...h].map((v) => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
