/**
 * Checkpoints as C2SP signed notes (c2sp.org/tlog-checkpoint, c2sp.org/signed-note; the format Rekor and
 * the Go sumdb use):
 *
 *   <origin>\n<tree size>\n<base64 root>\n[extension lines\n]
 *   \n
 *   — <key name> <base64(4-byte key id || Ed25519 signature)>\n     (one line per signature)
 *
 * The Ed25519 key id is the first 4 bytes of SHA-256(name || "\n" || 0x01 || 32-byte public key). Signing and
 * verifying are injected (node:crypto lives in the adapters).
 */
import { badInput } from '../errors.js';
import { fromBase64, toBase64, utf8, type Sha256 } from './merkle-hash.js';

export interface CheckpointBody {
  origin: string;
  size: number;
  root: Uint8Array;
  /** extra signed lines, e.g. "time 2026-11-25T09:00:00.000Z" */
  extensions: string[];
}

export interface NoteSignature {
  name: string;
  keyId: Uint8Array;
  signature: Uint8Array;
}

export type Ed25519Verify = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

const EM_DASH = '\u2014';

export function formatCheckpointBody(c: CheckpointBody): string {
  if (!c.origin || /\s/.test(c.origin)) throw badInput(`checkpoint origin must be one word, got "${c.origin}"`, 'origin');
  for (const x of c.extensions) if (!x || x.includes('\n')) throw badInput('checkpoint extension lines must be non-empty single lines', 'extensions');
  return `${c.origin}\n${c.size}\n${toBase64(c.root)}\n${c.extensions.map((x) => x + '\n').join('')}`;
}

export function ed25519KeyId(sha: Sha256, name: string, publicKey: Uint8Array): Uint8Array {
  return sha(utf8(name), Uint8Array.of(0x0a, 0x01), publicKey).subarray(0, 4);
}

export function signatureLine(sha: Sha256, name: string, publicKey: Uint8Array, signature: Uint8Array): string {
  const id = ed25519KeyId(sha, name, publicKey);
  const blob = new Uint8Array(4 + signature.length);
  blob.set(id, 0);
  blob.set(signature, 4);
  return `${EM_DASH} ${name} ${toBase64(blob)}\n`;
}

export type ParsedNote = { ok: true; body: string; checkpoint: CheckpointBody; signatures: NoteSignature[] } | { ok: false; reason: string };

export function parseNote(text: string): ParsedNote {
  const split = text.lastIndexOf('\n\n');
  if (split < 0) return { ok: false, reason: 'no blank line between the checkpoint and its signatures' };
  const body = text.slice(0, split + 1);
  const sigText = text.slice(split + 2);
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) return { ok: false, reason: 'a checkpoint needs origin, size and root lines' };
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (!/^\d{1,16}$/.test(sizeText)) return { ok: false, reason: `tree size "${sizeText}" is not a decimal number` };
  let root: Uint8Array;
  try {
    root = fromBase64(rootText);
  } catch {
    return { ok: false, reason: 'root is not base64' };
  }
  if (root.length !== 32) return { ok: false, reason: `root is ${root.length} bytes, not 32` };
  const signatures: NoteSignature[] = [];
  for (const line of sigText.split('\n')) {
    if (line === '') continue;
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!m) return { ok: false, reason: `malformed signature line "${line.slice(0, 60)}"` };
    const blob = fromBase64(m[2]);
    if (blob.length < 5) return { ok: false, reason: `signature of ${m[1]} is too short` };
    signatures.push({ name: m[1], keyId: blob.subarray(0, 4), signature: blob.subarray(4) });
  }
  if (!signatures.length) return { ok: false, reason: 'no signature lines' };
  return { ok: true, body, checkpoint: { origin, size: Number(sizeText), root, extensions }, signatures };
}

export interface KnownKey {
  name: string;
  publicKey: Uint8Array;
}

/**
 * Checks every signature line against the known keys (by name and key id). Returns the names whose
 * signatures verify, and a reason for each that does not (unknown key, bad signature).
 */
export function verifyNote(sha: Sha256, note: Extract<ParsedNote, { ok: true }>, keys: KnownKey[], verify: Ed25519Verify): { valid: string[]; problems: string[] } {
  const valid: string[] = [];
  const problems: string[] = [];
  const msg = utf8(note.body);
  for (const s of note.signatures) {
    const key = keys.find((k) => k.name === s.name && eq(ed25519KeyId(sha, k.name, k.publicKey), s.keyId));
    if (!key) {
      problems.push(`signature by "${s.name}" uses a key that is not registered in the log`);
      continue;
    }
    if (s.signature.length !== 64 || !verify(key.publicKey, msg, s.signature)) problems.push(`signature by "${s.name}" does not verify`);
    else valid.push(s.name);
  }
  return { valid, problems };
}

function eq(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
