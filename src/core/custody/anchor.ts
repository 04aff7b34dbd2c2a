/**
 * Anchoring a checkpoint outside the workspace, prepared offline and completed on a connected machine:
 *  - RFC 3161 (section 2.4.1) TimeStampReq in DER over SHA-256 of the checkpoint note, to send to any TSA
 *    (Content-Type: application/timestamp-query);
 *  - OpenTimestamps: `ots stamp` on the checkpoint note file; the .ots file starts with a fixed magic, a
 *    version, the file-hash op (0x08 = SHA-256) and the 32-byte digest (opentimestamps python-opentimestamps
 *    core/serialize and timestamp.py DetachedTimestampFile).
 * What comes back is checked for naming our digest; the TSA's CMS signature and the Bitcoin attestation are
 * for a full verifier on a connected machine (openssl ts -verify, ots verify).
 */
import { badInput } from '../errors.js';

const SHA256_ALG_ID = Uint8Array.of(0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00);

function derLen(n: number): number[] {
  if (n < 0x80) return [n];
  const b: number[] = [];
  while (n > 0) {
    b.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return [0x80 | b.length, ...b];
}
function der(tag: number, body: Uint8Array): Uint8Array {
  return Uint8Array.from([tag, ...derLen(body.length), ...body]);
}
const cat = (...xs: Uint8Array[]) => Uint8Array.from(xs.flatMap((x) => [...x]));

/** TimeStampReq ::= SEQUENCE { version 1, messageImprint, nonce INTEGER, certReq TRUE } (RFC 3161 2.4.1). */
export function timeStampRequest(digest: Uint8Array, nonce: Uint8Array): Uint8Array {
  if (digest.length !== 32) throw badInput('a SHA-256 digest is 32 bytes');
  const version = der(0x02, Uint8Array.of(1));
  const imprint = der(0x30, cat(SHA256_ALG_ID, der(0x04, digest)));
  const n = nonce[0] & 0x80 ? cat(Uint8Array.of(0), nonce) : nonce;
  const certReq = der(0x01, Uint8Array.of(0xff));
  return der(0x30, cat(version, imprint, der(0x02, n), certReq));
}

export const OTS_MAGIC = Uint8Array.from([
  0x00, 0x4f, 0x70, 0x65, 0x6e, 0x54, 0x69, 0x6d, 0x65, 0x73, 0x74, 0x61, 0x6d, 0x70, 0x73, 0x00, 0x00, 0x50, 0x72, 0x6f, 0x6f, 0x66, 0x00, 0xbf, 0x89, 0xe2, 0xe8,
  0x84, 0xe8, 0x92, 0x94,
]);

export type ReceiptKind = 'ots' | 'rfc3161';

/** Total length (header + body) of the DER element at the start, or null when its header is unreadable. */
function derLength(b: Uint8Array): number | null {
  if (b.length < 2) return null;
  const l = b[1];
  if (l < 0x80) return 2 + l;
  const n = l & 0x7f;
  if (n === 0 || n > 4 || b.length < 2 + n) return null;
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + b[2 + i];
  return 2 + n + v;
}

/** Which kind of receipt the bytes are, and whether they name `digest`. */
export function inspectReceipt(bytes: Uint8Array, digest: Uint8Array): { kind: ReceiptKind; names: boolean; reason?: string } | { kind: null; reason: string } {
  const otsPrefix = Math.min(bytes.length, OTS_MAGIC.length);
  if (otsPrefix > 0 && bytes[0] === 0x00 && OTS_MAGIC.subarray(0, otsPrefix).every((b, i) => bytes[i] === b)) {
    const at = OTS_MAGIC.length;
    // a malformed or truncated file is bad input, not evidence that the checkpoint was not anchored
    if (bytes.length < at + 2 + 32) return { kind: null, reason: `malformed OpenTimestamps file: truncated (${bytes.length} bytes; the header and SHA-256 digest alone take ${at + 34})` };
    if (bytes[at] !== 0x01) return { kind: null, reason: `malformed OpenTimestamps file: unknown version ${bytes[at]}` };
    if (bytes[at + 1] !== 0x08) return { kind: null, reason: 'malformed OpenTimestamps file: not over SHA-256 (file-hash op is not 0x08)' };
    const d = bytes.subarray(at + 2, at + 34);
    const names = d.length === 32 && d.every((b, i) => b === digest[i]);
    return { kind: 'ots', names, ...(names ? {} : { reason: 'the .ots file is for another file' }) };
  }
  if (bytes[0] === 0x30) {
    const len = derLength(bytes);
    if (len === null || len > bytes.length) return { kind: null, reason: `malformed RFC 3161 response: truncated (the DER header says ${len ?? '?'} bytes, the file has ${bytes.length})` };
    // a TimeStampResp / TimeStampToken: the TSTInfo's messageImprint holds our digest as OCTET STRING 04 20 <digest>
    for (let i = 0; i + 34 <= bytes.length; i++) {
      if (bytes[i] === 0x04 && bytes[i + 1] === 0x20) {
        let ok = true;
        for (let k = 0; k < 32 && ok; k++) ok = bytes[i + 2 + k] === digest[k];
        if (ok) return { kind: 'rfc3161', names: true };
      }
    }
    return { kind: 'rfc3161', names: false, reason: 'the time-stamp response does not carry this checkpoint\'s digest' };
  }
  return { kind: null, reason: 'neither an OpenTimestamps (.ots) file nor a DER RFC 3161 response (.tsr)' };
}
