/**
 * RFC 6962 / RFC 9162 (section 2.1.1) Merkle tree hashing with an injected SHA-256, so this module stays pure
 * (the adapters pass node:crypto; a browser could pass a WebCrypto-backed or JS one).
 *
 *   leaf hash  = SHA-256(0x00 || entry)
 *   node hash  = SHA-256(0x01 || left || right)
 *   empty tree = SHA-256("")  (e3b0c442...b855)
 */
import { badInput } from '../errors.js';

/** SHA-256 over the concatenation of `parts`. Must return 32 bytes. */
export type Sha256 = (...parts: Uint8Array[]) => Uint8Array;
export type Hash = Uint8Array;

export const HASH_SIZE = 32;
const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

export function leafHash(sha: Sha256, entry: Uint8Array): Hash {
  return sha(LEAF_PREFIX, entry);
}

export function nodeHash(sha: Sha256, left: Hash, right: Hash): Hash {
  return sha(NODE_PREFIX, left, right);
}

export function emptyRoot(sha: Sha256): Hash {
  return sha();
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const HEX = '0123456789abcdef';
export function toHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i] >> 4] + HEX[b[i] & 15];
  return s;
}

/** Lower- or upper-case hex to bytes; throws on odd length or a non-hex digit. */
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
  NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}
export function fromHex(s: string): Uint8Array {
  if (s.length % 2 !== 0) throw badInput(`not a hex string: "${s.slice(0, 80)}"`);
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) {
    const a = s.charCodeAt(2 * i);
    const b = s.charCodeAt(2 * i + 1);
    const hi = a < 128 ? NIBBLE[a] : -1;
    const lo = b < 128 ? NIBBLE[b] : -1;
    if (hi < 0 || lo < 0) throw badInput(`not a hex string: "${s.slice(0, 80)}"`);
    out[i] = (hi << 4) | lo;
  }
  return out;
}

/** Standard base64 (RFC 4648 section 4) without Node's Buffer, via the web-standard btoa/atob. */
export function toBase64(b: Uint8Array): string {
  let bin = '';
  const CH = 0x8000;
  for (let i = 0; i < b.length; i += CH) bin += String.fromCharCode(...b.subarray(i, i + CH));
  return btoa(bin);
}

export function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const ENC = new TextEncoder();
export function utf8(s: string): Uint8Array {
  return ENC.encode(s);
}
