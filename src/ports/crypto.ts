/**
 * Hashing and signature checking, as the use cases need them: SHA-256 over byte parts (the Merkle log, record
 * digests), SHA-256 of a file streamed from disk, and Ed25519 verification. The default adapter is node:crypto
 * (src/adapters/custody/node-crypto.ts); the workspace module picks it.
 */
import type { Sha256 } from '../core/custody/merkle-hash.js';

export interface Crypto {
  readonly sha256: Sha256;
  /** true when `signature` is a valid Ed25519 signature of `message` by the raw 32-byte `publicKey` */
  ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
  /** the SHA-256 (lower-case hex) and size of a file, read in chunks */
  hashFile(file: string): { sha256: string; size: number };
}
