/**
 * Signed kept results (docs/custody.md, "Kept results"): an analysis result kept in the store is bound to
 * the key of the input it was computed from by an Ed25519 signature of the workspace key, over
 * "assay-kept-result/1\n" + canonical JSON {case_id, name, input_key, data_sha256}. Whoever edits the row
 * without the key (kept outside the workspace) cannot re-sign it: the reader ignores it and recomputes, and
 * verify names it. Pure: hashing and signature checking are passed in.
 */
import { canonicalJson } from '../canonical-json.js';
import { fromBase64, toBase64, toHex, utf8, type Sha256 } from './merkle-hash.js';

export const KEPT_RESULT_DOMAIN = 'assay-kept-result/1';

export interface KeptResultRow {
  case_id: string;
  name: string;
  key: string;
  data: string;
  sig: string | null;
}

/** The bytes a kept result's signature covers. */
export function keptResultMessage(sha: Sha256, r: Omit<KeptResultRow, 'sig'>): Uint8Array {
  return utf8(`${KEPT_RESULT_DOMAIN}\n${canonicalJson({ case_id: r.case_id, name: r.name, input_key: r.key, data_sha256: toHex(sha(utf8(r.data))) })}`);
}

/** The stored signature: "<key name> <base64 signature>". */
export const keptResultSig = (keyName: string, signature: Uint8Array) => `${keyName} ${toBase64(signature)}`;

export type Verifier = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

/**
 * Why a kept row's signature does not hold against `keys` (null when it does): unsigned, unreadable, by a
 * key not among them, or not matching the row.
 */
export function keptResultProblem(sha: Sha256, r: KeptResultRow, keys: readonly { name: string; publicKey: Uint8Array }[], verify: Verifier): string | null {
  if (!r.sig) return 'is not signed';
  const m = /^(\S+) ([A-Za-z0-9+/=]+)$/.exec(r.sig);
  if (!m) return 'has an unreadable signature';
  const candidates = keys.filter((k) => k.name === m[1]);
  if (!candidates.length) return `is signed by "${m[1]}", a key the log did not register under a signed checkpoint`;
  let sig: Uint8Array;
  try {
    sig = fromBase64(m[2]);
  } catch {
    return 'has an unreadable signature';
  }
  const msg = keptResultMessage(sha, r);
  return candidates.some((k) => verify(k.publicKey, msg, sig)) ? null : `does not match its signature by "${m[1]}" (its result or input key differs from what assay computed and signed)`;
}
