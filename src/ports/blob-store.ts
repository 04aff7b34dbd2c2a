/**
 * The evidence locker's storage port: content-addressed blobs (SHA-256, lower-case hex). A blob, once put, is
 * never altered; the same bytes put twice are stored once. The default adapter is the filesystem
 * (src/adapters/blobs/fs-blob-store.ts); another (S3, a removable disk) implements the same port.
 */
import type { Readable } from 'node:stream';

export interface PutResult {
  sha256: string;
  size: number;
  /** true when identical bytes were already stored (nothing written) */
  existed: boolean;
}

export interface PutOptions {
  /** flush file and folder to disk before returning (default true): a logged blob survives power loss */
  fsync?: boolean;
}

export interface RehashResult {
  sha256: string;
  present: boolean;
  /** the hash of the bytes as stored now, when present */
  actual?: string;
  size?: number;
}

/** Something the store cleaned up after an interrupted write (reported, never silent). */
export interface RecoveryNote {
  action: 'removed-temp' | 'kept';
  path: string;
  bytes: number;
  message: string;
}

export interface BlobStore {
  /** Copies a file in, hashing the exact bytes written (streamed; never reads the file twice). */
  putFile(src: string, opts?: PutOptions): Promise<PutResult>;
  putBytes(bytes: Uint8Array, opts?: PutOptions): Promise<PutResult>;
  has(sha256: string): boolean;
  /** a local path to read the blob from, when the store has one (the fs store always does) */
  pathOf(sha256: string): string;
  openRead(sha256: string): Readable;
  /** re-reads and re-hashes a stored blob */
  rehash(sha256: string): Promise<RehashResult>;
  /** every stored hash */
  list(): AsyncIterable<string>;
  /** removes partial writes left by a crashed process; says what it did */
  recover(): Promise<RecoveryNote[]>;
}
