/** node:crypto implementations of the hashing and signing that src/core/custody takes as parameters. */
import { createHash, createPublicKey, verify as edVerify, type KeyObject } from 'node:crypto';
import type { Sha256 } from '../../core/custody/merkle-hash.js';
import type { Crypto } from '../../ports/crypto.js';
import { hashFileSync } from '../blobs/fs-blob-store.js';

export const nodeSha256: Sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PublicFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(raw)]), format: 'der', type: 'spki' });
}

export function rawPublicKey(k: KeyObject): Uint8Array {
  const der = k.export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(der.length - 32));
}

const cache = new Map<string, KeyObject>();
export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const id = Buffer.from(publicKey).toString('hex');
  let k = cache.get(id);
  if (!k) {
    try {
      k = ed25519PublicFromRaw(publicKey);
    } catch {
      return false;
    }
    cache.set(id, k);
  }
  try {
    return edVerify(null, message, k, signature);
  } catch {
    return false;
  }
}

/** The Crypto port on node:crypto (src/ports/crypto.ts). */
export const nodeCrypto: Crypto = { sha256: nodeSha256, ed25519Verify, hashFile: hashFileSync };
