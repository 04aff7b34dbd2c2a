/**
 * The custody log's use cases (docs/custody.md, "Custody log"): append events to the tamper-evident log,
 * sign checkpoints with the workspace and user keys, keep the witness of the last checkpoint seen, serve
 * RFC 9162 proofs, and clean up after a crashed process. Plain (ws, input) => output functions shared by the
 * CLI, the HTTP API and the tests.
 *
 * The API the assessment and UI call: appendCustodyEvent(ws, {type, case_id, actor, at, why?, old?, new?, ...})
 * -> {index}, and caseHistory(ws, caseId).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Workspace } from './workspace.js';
import { badInput, issuesToErrors } from '../core/errors.js';
import { CustodyEventInput, decodeEntry, type CustodyEntry } from '../core/custody/log-entry.js';
import { fromHex, toBase64, toHex, utf8 } from '../core/custody/merkle-hash.js';
import { MerkleLevels, consistencyProof } from '../core/custody/merkle-tree.js';
import { formatCheckpointBody, signatureLine } from '../core/custody/checkpoint.js';
import { CAPTURE_FIELDS, EVIDENCE_ENTRY_TYPES, EvidenceLedger } from '../core/custody/evidence-audit.js';
import { canonicalJson } from '../core/canonical-json.js';
import type { Appended, CheckpointRow, CustodyLog } from '../ports/custody-log.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { SigningKey, WorkspaceKeys } from '../ports/signing-keys.js';

export interface Custody {
  log: CustodyLog;
  blobs: BlobStore;
}

const contexts = new WeakMap<Workspace, Custody>();
export function custodyOf(ws: Workspace): Custody {
  let c = contexts.get(ws);
  if (!c) {
    c = { log: ws.store.custodyLog(), blobs: ws.blobs };
    contexts.set(ws, c);
  }
  return c;
}

/** Who is acting: ASSAY_USER, else the OS login name. */
export function actorOf(ws: Workspace): string {
  if (ws.config.user) return ws.config.user;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function parseEvent(ev: unknown, where = 'event'): CustodyEventInput {
  const r = CustodyEventInput.safeParse(ev);
  if (!r.success) {
    const [first] = issuesToErrors(r.error.issues, (p) => [where, ...p].join('.'));
    throw badInput(first.message, first.path);
  }
  return r.data;
}

export interface AppendOptions {
  /** sign a checkpoint over the new head afterwards (default true; batch callers sign once at the end) */
  checkpoint?: boolean;
}

/** Appends one event (rating or judgment changed, sample transfer, ...) and returns its log index. */
export async function appendCustodyEvent(ws: Workspace, ev: CustodyEventInput | Record<string, unknown>, opts: AppendOptions = {}): Promise<{ index: number }> {
  const [a] = await appendCustodyEvents(ws, [ev], opts);
  return { index: a.index };
}

export async function appendCustodyEvents(ws: Workspace, evs: (CustodyEventInput | Record<string, unknown>)[], opts: AppendOptions = {}): Promise<Appended[]> {
  const parsed = evs.map((e, i) => parseEvent(e, evs.length > 1 ? `event[${i}]` : 'event'));
  if (!parsed.length) return [];
  const { appended } = await custodyOf(ws).log.append(parsed);
  if (opts.checkpoint !== false) await signCheckpoint(ws);
  return appended;
}

export interface HistoryItem {
  index: number;
  entry: CustodyEntry;
}

/** A case's custody history, oldest first (every logged event naming the case). */
export async function caseHistory(ws: Workspace, caseId: string): Promise<HistoryItem[]> {
  const out: HistoryItem[] = [];
  for await (const r of custodyOf(ws).log.rows({ caseId })) {
    const d = decodeEntry(r.entry);
    if (d.ok) out.push({ index: r.index, entry: d.entry });
  }
  return out;
}

// ---------------------------------------------------------------- keys and checkpoints

const registered = new WeakMap<Workspace, WorkspaceKeys>();

/** A stable name for the workspace in the user's configuration folder: from its folder's absolute path. */
export const workspaceId = (ws: Workspace): string => createHash('sha256').update(path.resolve(ws.dir)).digest('hex').slice(0, 16);

/** Notes for the user from setting up keys (e.g. keys moved out of the workspace), shown once. */
export const keyNotes: string[] = [];

/** The workspace and user keys, each registered in the log (a key-added entry) before it ever signs. */
async function keysOf(ws: Workspace): Promise<WorkspaceKeys> {
  const have = registered.get(ws);
  if (have) return have;
  const keys = ws.keys.workspaceKeys(ws.config.configDir, workspaceId(ws), ws.dir, actorOf(ws), await passphraseOf(ws));
  for (const f of keys.moved) keyNotes.push(`moved a signing key out of the workspace to ${f}: keys beside the data let whoever edits the workspace re-sign it`);
  const log = custodyOf(ws).log;
  // a key is known by its name and public key: one user key signs under a name per workspace
  const known = new Set((await log.entryTypes('key-added')).map((r) => {
    const e = (decodeEntry(r.entry) as { entry?: CustodyEntry }).entry;
    return `${e?.key_name}\u0000${e?.public_key}`;
  }));
  const missing = [keys.workspace, keys.user].filter((k) => !known.has(`${k.name}\u0000${toBase64(k.publicKey)}`));
  if (missing.length)
    await log.append(
      missing.map((k) => ({
        type: 'key-added',
        actor: actorOf(ws),
        at: ws.now().toISOString(),
        why: k.role === 'workspace' ? 'workspace signing key for checkpoints' : `signing key of user ${actorOf(ws)}`,
        key_name: k.name,
        key_role: k.role,
        algorithm: 'ed25519',
        public_key: toBase64(k.publicKey),
      })),
    );
  registered.set(ws, keys);
  return keys;
}

/**
 * The passphrase of the signing keys: ASSAY_KEY_PASSPHRASE, else asked on the terminal when a key is
 * encrypted (docs/custody.md, "Keys"); undefined when no key is (new keys are then stored in the clear).
 */
async function passphraseOf(ws: Workspace): Promise<string | undefined> {
  if (ws.config.keyPassphrase) return ws.config.keyPassphrase;
  const files = [ws.keys.workspaceKeyFile(ws.config.configDir, workspaceId(ws)), ws.keys.userKeyFile(ws.config.configDir, actorOf(ws))];
  if (!files.some((f) => ws.keys.isEncrypted(f))) return undefined;
  return (await ws.keys.askPassphrase('the assay signing keys')) ?? undefined;
}

/**
 * Encrypts this workspace's key and the acting user's key with a passphrase (ASSAY_KEY_PASSPHRASE, else
 * asked twice on the terminal). The public keys do not change: the log, its checkpoints and verify are
 * unaffected. Returns the files encrypted now (those already encrypted are left alone).
 */
export async function encryptKeys(ws: Workspace): Promise<{ encrypted: string[]; already: string[] }> {
  const passphrase = ws.config.keyPassphrase ?? (await ws.keys.askPassphrase('the assay signing keys (new)', true));
  if (!passphrase) throw badInput('no passphrase: set ASSAY_KEY_PASSPHRASE, or run the command in a terminal to be asked for one', 'ASSAY_KEY_PASSPHRASE');
  const out = { encrypted: [] as string[], already: [] as string[] };
  for (const f of [ws.keys.workspaceKeyFile(ws.config.configDir, workspaceId(ws)), ws.keys.userKeyFile(ws.config.configDir, actorOf(ws))]) {
    if (ws.keys.isEncrypted(f)) out.already.push(f);
    else if (ws.keys.encrypt(f, passphrase)) out.encrypted.push(f);
  }
  return out;
}

const keptSigners = new WeakMap<Workspace, SigningKey>();

/**
 * The key that signs kept results (docs/custody.md, "Kept results"): the workspace key, once the log has
 * registered it. Never writes the log nor makes a key (read commands keep results): null when this user has
 * no registered workspace key that opens without a passphrase prompt; then results are computed, not kept.
 */
export async function keptResultSigner(ws: Workspace): Promise<SigningKey | null> {
  const have = registered.get(ws)?.workspace ?? keptSigners.get(ws);
  if (have) return have;
  const k = ws.keys.existingWorkspaceKey(ws.config.configDir, workspaceId(ws), ws.config.keyPassphrase);
  if (!k) return null;
  const pub = toBase64(k.publicKey);
  const known = (await custodyOf(ws).log.entryTypes('key-added')).some((r) => {
    const e = (decodeEntry(r.entry) as { entry?: CustodyEntry }).entry;
    return e?.key_name === k.name && e?.public_key === pub;
  });
  if (!known) return null;
  keptSigners.set(ws, k);
  return k;
}

/** The witness inside the workspace folder (beside the blobs). */
export const witnessFile = (ws: Workspace) => path.join(ws.dir, 'custody', 'witness.json');
/** The second witness, in the user's configuration folder: outside the workspace, like the keys. */
export const userWitnessFile = (ws: Workspace) => path.join(ws.config.configDir, 'witness', `${workspaceId(ws)}.json`);

export interface Witness {
  origin: string;
  size: number;
  root: string;
  checkpoint: number;
  at: string;
}

export type WitnessRead = { state: 'ok'; file: string; witness: Witness } | { state: 'missing'; file: string } | { state: 'unreadable'; file: string; reason: string };

/** Records the last checkpoint seen, outside the database, in both places; only ever moves forward. */
export function writeWitness(ws: Workspace, w: Witness, opts: { force?: boolean } = {}): void {
  for (const file of [witnessFile(ws), userWitnessFile(ws)]) {
    const cur = readWitnessAt(file);
    if (!opts.force && cur.state === 'ok' && cur.witness.size > w.size) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = file + `.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(w, null, 2) + '\n');
    fs.renameSync(tmp, file);
  }
}

function readWitnessAt(file: string): WitnessRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing', file };
    return { state: 'unreadable', file, reason: (e as Error).message };
  }
  try {
    const w = JSON.parse(text) as Witness;
    if (!w || typeof w !== 'object' || typeof w.size !== 'number' || typeof w.root !== 'string' || typeof w.checkpoint !== 'number' || !/^[0-9a-f]{64}$/.test(w.root))
      return { state: 'unreadable', file, reason: 'lacks size, root or checkpoint' };
    return { state: 'ok', file, witness: w };
  } catch (e) {
    return { state: 'unreadable', file, reason: `not JSON (${(e as Error).message})` };
  }
}

/** Both witnesses: the workspace's and the user's copy. */
export function readWitnesses(ws: Workspace): WitnessRead[] {
  return [readWitnessAt(witnessFile(ws)), readWitnessAt(userWitnessFile(ws))];
}

/** The furthest witness that can be read (null when none). */
export function readWitness(ws: Workspace): Witness | null {
  let best: Witness | null = null;
  for (const r of readWitnesses(ws)) if (r.state === 'ok' && (!best || r.witness.size > best.size)) best = r.witness;
  return best;
}

/**
 * Signs a checkpoint (C2SP signed note: origin, size, base64 root, a time line) over the current head with
 * the workspace key and the acting user's key, stores it, and records it as the last one seen (witness).
 * Returns the latest checkpoint unchanged when it already covers the head.
 */
export async function signCheckpoint(ws: Workspace): Promise<CheckpointRow> {
  const keys = await keysOf(ws);
  const row = await custodyOf(ws).log.checkpoint((head, last) => {
    if (last && last.size === head.size && last.root === head.root) return null;
    const at = ws.now().toISOString();
    const body = formatCheckpointBody({ origin: keys.origin, size: head.size, root: fromHex(head.root), extensions: [`time ${at}`] });
    const msg = utf8(body);
    return { note: body + '\n' + [keys.workspace, keys.user].map((k) => signatureLine(ws.crypto.sha256, k.name, k.publicKey, k.sign(msg))).join(''), at };
  });
  writeWitness(ws, { origin: keys.origin, size: row.size, root: row.root, checkpoint: row.id, at: row.at });
  return row;
}

// ---------------------------------------------------------------- reading the log and proofs

export async function logRoot(ws: Workspace): Promise<{ size: number; root: string }> {
  return custodyOf(ws).log.head();
}

export interface EntryView {
  index: number;
  leaf: string;
  leaf_hash: string;
}

/** Every entry: `leaf` = base64 of the exact bytes hashed (without the 0x00 prefix), `leaf_hash` hex. */
export async function logEntries(ws: Workspace, opts: { caseId?: string; from?: number; to?: number } = {}): Promise<EntryView[]> {
  const out: EntryView[] = [];
  for await (const r of custodyOf(ws).log.rows(opts)) out.push({ index: r.index, leaf: Buffer.from(r.entry, 'utf8').toString('base64'), leaf_hash: r.leaf_hash });
  return out;
}

function checkSize(what: string, n: unknown, max: number, min: number, tooBig: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min) throw badInput(`must be a whole number ≥ ${min}, got ${String(n)}`, what);
  if (n > max) throw badInput(`is ${n}, but ${tooBig}`, what);
  return n;
}

/** RFC 9162 inclusion proof of entry `index` in the tree of the first `size` entries (default: all). */
export async function proveInclusion(ws: Workspace, index: number, size?: number) {
  const log = custodyOf(ws).log;
  const head = await log.head();
  if (head.size === 0) throw badInput('the custody log is empty', '--index');
  const n = size === undefined ? head.size : checkSize('--size', size, head.size, 1, `the log holds ${head.size} entries`);
  checkSize('--index', index, n - 1, 0, `a tree of size ${n} has entries 0..${n - 1}`);
  const lv = new MerkleLevels(ws.crypto.sha256, await log.leafHashes(n));
  return { index, size: n, root: toHex(lv.root()), proof: lv.inclusionProof(index).map(toHex) };
}

/** RFC 9162 consistency proof that the tree of `from` entries is a prefix of the tree of `to` (default: all). */
export async function proveConsistency(ws: Workspace, from: number, to?: number) {
  const log = custodyOf(ws).log;
  const head = await log.head();
  const n = to === undefined ? head.size : checkSize('--to', to, head.size, 1, `the log holds ${head.size} entries`);
  checkSize('--from', from, n, 1, `it cannot exceed the later size ${n}`);
  const leaves = await log.leafHashes(n);
  return { from, to: n, proof: consistencyProof(ws.crypto.sha256, leaves, from, n).map(toHex) };
}

// ---------------------------------------------------------------- crash recovery

/** What an interrupted command left, said without touching anything (verify only reads). */
export function pendingRecovery(ws: Workspace): string[] {
  const notes: string[] = [];
  const tmp = path.join(ws.dir, 'blobs', '.tmp');
  if (fs.existsSync(tmp)) for (const f of fs.readdirSync(tmp)) notes.push(`a partial blob left by an interrupted write: ${path.join(tmp, f)} (the next writing command removes it)`);
  for (const j of ws.journals.leftovers({ keep: true }))
    notes.push(`an interrupted ${j.intent?.op ?? 'custody operation'} of process ${j.pid}${j.intent?.case_id ? ` into case ${j.intent.case_id}` : ''} (the next writing command reports what it did and did not do)`);
  return notes;
}

/**
 * Cleans up after a crashed process and says what it rolled back: partial blob files removed, and for an
 * interrupted `evidence add` or import, which items were stored and logged and which were not.
 * Never deletes a whole blob or a log entry.
 */
export async function recoverCustody(ws: Workspace): Promise<string[]> {
  const notes: string[] = [];
  for (const n of await custodyOf(ws).blobs.recover()) notes.push(`${n.message}: ${path.relative(process.cwd(), n.path) || n.path}`);
  for (const j of ws.journals.leftovers()) {
    const it = j.intent;
    if (!it) {
      notes.push(`an interrupted custody operation of process ${j.pid} left an unreadable journal (removed)`);
      continue;
    }
    // an import writes the case's records first, then stores and logs each file: the records of files it
    // never reached are logged now as listed (named, not in the locker), so every record has its entry
    const listed = it.op === 'import' && it.case_id ? await logUnloggedRecords(ws, it.case_id) : 0;
    if (listed) notes.push(`${listed} evidence record(s) of case ${it.case_id} that the interrupted import wrote without storing their files are logged as listed, not in the locker`);
    const done = new Set(j.progress.map((p) => p.item));
    const missing = it.items.filter((x) => !done.has(x));
    const entries = j.progress.map((p) => p.index);
    notes.push(
      `interrupted ${it.op}${it.case_id ? ` into case ${it.case_id}` : ''} (process ${j.pid}, started ${it.started_at}): ` +
        `${j.progress.length} of ${it.items.length} item(s) were stored and logged${entries.length ? ` (entries ${entries.join(', ')})` : ''}; ` +
        (missing.length ? `not added, run it again for: ${missing.slice(0, 10).map((m) => path.basename(m)).join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}` : 'nothing was lost') +
        '. No log entry was written without its blob.',
    );
  }
  return notes;
}

/** Logs an evidence-listed entry for each evidence record of the case that no entry logs; returns how many. */
async function logUnloggedRecords(ws: Workspace, caseId: string): Promise<number> {
  const ledger = new EvidenceLedger();
  for (const r of await custodyOf(ws).log.findCaseEntries(caseId, [...EVIDENCE_ENTRY_TYPES])) {
    const d = decodeEntry(r.entry);
    if (d.ok) ledger.feed(r.index, d.entry);
  }
  const recs = await ws.store.rawRecords({ kind: 'evidence', caseId });
  const evs: Record<string, unknown>[] = [];
  for (const r of recs) {
    if (ledger.items.has(EvidenceLedger.key(caseId, r.id))) continue;
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(r.data);
    } catch {
      continue; // verify names an unreadable record
    }
    const capture = Object.fromEntries(CAPTURE_FIELDS.filter((k) => m[k] !== undefined).map((k) => [k, m[k]]));
    evs.push({ type: 'evidence-listed', case_id: caseId, actor: actorOf(ws), at: ws.now().toISOString(), sha256: r.id, size: m.size, media_type: m.media_type, file: m.file, via: 'recovery', why: 'an interrupted import wrote the record but never stored its file: not in the locker (import again to store it)', ...(Object.keys(capture).length ? { capture } : {}), ...(m.parent_sha256 ? { parent_sha256: m.parent_sha256 } : {}), record_sha256: toHex(ws.crypto.sha256(utf8(canonicalJson(m)))) });
  }
  if (evs.length) await appendCustodyEvents(ws, evs);
  return evs.length;
}
