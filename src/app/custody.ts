/**
 * Custody use cases: append events to the tamper-evident log, sign checkpoints, serve proofs, verify the whole
 * workspace (every blob re-hashed, the tree recomputed, every signature and checkpoint checked), exchange a
 * verification bundle with a partner, and prepare/attach anchoring receipts. Plain (ws, input) => output
 * functions shared by the CLI, the HTTP API and the tests.
 *
 * The API the assessment and UI call: appendCustodyEvent(ws, {type, case_id, actor, at, why?, old?, new?, ...})
 * -> {index}, and caseHistory(ws, caseId).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Workspace } from './workspace.js';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { knowledgeDir } from './paths.js';
import { assessSample, sameParty, type CustodyWeights, type Parties, type SampleIntegrity } from '../core/custody/sample-integrity.js';
import type { Finding } from '../core/case/schemas.js';
import type { CaseView } from './cases.js';
import { AssayError, badInput, notFound } from '../core/errors.js';
import { CustodyEventInput, decodeEntry, type CustodyEntry } from '../core/custody/log-entry.js';
import { fromBase64, fromHex, leafHash, toBase64, toHex, utf8 } from '../core/custody/merkle-hash.js';
import { MerkleLevels, consistencyProof } from '../core/custody/merkle-tree.js';
import { verifyInclusion } from '../core/custody/merkle-verify.js';
import { formatCheckpointBody, parseNote, signatureLine, verifyNote, type KnownKey } from '../core/custody/checkpoint.js';
import { LogAuditor, checkHead, short, type Problem } from '../core/custody/log-audit.js';
import { CAPTURE_FIELDS, EVIDENCE_ENTRY_TYPES, EvidenceLedger } from '../core/custody/evidence-audit.js';
import { canonicalJson } from '../core/canonical-json.js';
import { inspectReceipt, timeStampRequest } from '../core/custody/anchor.js';
import type { Appended, CheckpointRow, CustodyLog } from '../ports/custody-log.js';
import { FsBlobStore, hashFileSync } from '../adapters/blobs/fs-blob-store.js';
import { Journal } from '../adapters/custody/journal.js';
import { workspaceKeys, type WorkspaceKeys } from '../adapters/custody/keys.js';
import { ed25519Verify, nodeSha256 as sha } from '../adapters/custody/node-crypto.js';

export interface Custody {
  log: CustodyLog;
  blobs: FsBlobStore;
}

const contexts = new WeakMap<Workspace, Custody>();
export function custodyOf(ws: Workspace): Custody {
  let c = contexts.get(ws);
  if (!c) {
    c = { log: ws.store.custodyLog(sha), blobs: new FsBlobStore(path.join(ws.dir, 'blobs')) };
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
    const i = r.error.issues[0];
    throw badInput(i.message, `${where}${i.path.length ? '.' + i.path.join('.') : ''}`);
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

/** The workspace and user keys, each registered in the log (a key-added entry) before it ever signs. */
async function keysOf(ws: Workspace): Promise<WorkspaceKeys> {
  const have = registered.get(ws);
  if (have) return have;
  const keys = workspaceKeys(ws.dir, actorOf(ws));
  const log = custodyOf(ws).log;
  const known = new Set((await log.entryTypes('key-added')).map((r) => (decodeEntry(r.entry) as { entry?: CustodyEntry }).entry?.public_key));
  const missing = [keys.workspace, keys.user].filter((k) => !known.has(toBase64(k.publicKey)));
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

const witnessFile = (ws: Workspace) => path.join(ws.dir, 'custody', 'witness.json');

interface Witness {
  origin: string;
  size: number;
  root: string;
  checkpoint: number;
  at: string;
}

/** Records the last checkpoint seen, outside the database; only ever moves forward. */
function writeWitness(ws: Workspace, w: Witness): void {
  const cur = readWitness(ws);
  if (cur && cur.size > w.size) return;
  fs.mkdirSync(path.dirname(witnessFile(ws)), { recursive: true });
  const tmp = witnessFile(ws) + `.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(w, null, 2) + '\n');
  fs.renameSync(tmp, witnessFile(ws));
}

function readWitness(ws: Workspace): Witness | null {
  try {
    return JSON.parse(fs.readFileSync(witnessFile(ws), 'utf8')) as Witness;
  } catch {
    return null;
  }
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
    return { note: body + '\n' + [keys.workspace, keys.user].map((k) => signatureLine(sha, k.name, k.publicKey, k.sign(msg))).join(''), at };
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
  const lv = new MerkleLevels(sha, await log.leafHashes(n));
  return { index, size: n, root: toHex(lv.root()), proof: lv.inclusionProof(index).map(toHex) };
}

/** RFC 9162 consistency proof that the tree of `from` entries is a prefix of the tree of `to` (default: all). */
export async function proveConsistency(ws: Workspace, from: number, to?: number) {
  const log = custodyOf(ws).log;
  const head = await log.head();
  const n = to === undefined ? head.size : checkSize('--to', to, head.size, 1, `the log holds ${head.size} entries`);
  checkSize('--from', from, n, 1, `it cannot exceed the later size ${n}`);
  const leaves = await log.leafHashes(n);
  return { from, to: n, proof: consistencyProof(sha, leaves, from, n).map(toHex) };
}

// ---------------------------------------------------------------- crash recovery

/**
 * Cleans up after a crashed process and says what it rolled back: partial blob files removed, and for an
 * interrupted `evidence add` or import, which items were stored and logged and which were not.
 * Never deletes a whole blob or a log entry.
 */
export async function recoverCustody(ws: Workspace): Promise<string[]> {
  const notes: string[] = [];
  for (const n of await custodyOf(ws).blobs.recover()) notes.push(`${n.message}: ${path.relative(process.cwd(), n.path) || n.path}`);
  for (const j of Journal.leftovers(ws.dir)) {
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
    evs.push({ type: 'evidence-listed', case_id: caseId, actor: actorOf(ws), at: ws.now().toISOString(), sha256: r.id, size: m.size, media_type: m.media_type, file: m.file, via: 'recovery', why: 'an interrupted import wrote the record but never stored its file: not in the locker (import again to store it)', ...(Object.keys(capture).length ? { capture } : {}), ...(m.parent_sha256 ? { parent_sha256: m.parent_sha256 } : {}), record_sha256: toHex(sha(utf8(canonicalJson(m)))) });
  }
  if (evs.length) await appendCustodyEvents(ws, evs);
  return evs.length;
}

// ---------------------------------------------------------------- verify

export interface VerifyReport {
  ok: boolean;
  size: number;
  root: string;
  checked: { entries: number; checkpoints: number; signatures: number; blobs: number; bytes: number; anchors: number };
  problems: Problem[];
  warnings: string[];
  recovered: string[];
}

interface LoggedBlob {
  index: number;
  sha256: string;
  size?: number;
  file?: string;
  what: string;
}

/**
 * Verifies the workspace: recompute every leaf hash and the tree (log-audit.ts), compare with the stored head,
 * every checkpoint (root at its size, its signatures by keys registered in the log before it, sizes never
 * shrinking), the last checkpoint seen (witness file outside the database), re-hash every logged blob, and
 * check anchoring receipts. Names each problem: which entry, which file, what differs.
 */
export async function verifyWorkspace(ws: Workspace, opts: { blobs?: boolean } = {}): Promise<VerifyReport> {
  const recovered = await recoverCustody(ws);
  const { log, blobs } = custodyOf(ws);
  const checkpoints = await log.checkpoints();
  const witness = readWitness(ws);
  const wanted = new Set(checkpoints.map((c) => c.size));
  if (witness) wanted.add(witness.size);
  const keys: (KnownKey & { index: number })[] = [];
  const logged: LoggedBlob[] = [];
  const anchorsLogged = new Map<number, { sha256: string; index: number; checkpoint_id?: number }>();
  const ledger = new EvidenceLedger();
  const auditor = new LogAuditor(sha, wanted, (index, e) => {
    ledger.feed(index, e);
    if (e.type === 'key-added' && typeof e.public_key === 'string' && typeof e.key_name === 'string') {
      try {
        keys.push({ name: e.key_name, publicKey: fromBase64(e.public_key), index });
      } catch {
        /* reported below as an unusable key only if a checkpoint needs it */
      }
    }
    if ((e.type === 'evidence-added' || e.type === 'evidence-derived') && typeof e.sha256 === 'string') {
      logged.push({ index, sha256: e.sha256, size: typeof e.size === 'number' ? e.size : undefined, file: typeof e.file === 'string' ? e.file : undefined, what: 'evidence' });
      if (typeof e.metadata_sha256 === 'string') logged.push({ index, sha256: e.metadata_sha256, what: 'extracted metadata' });
    }
    if (e.type === 'anchor-attached' && typeof e.anchor_id === 'number' && typeof e.receipt_sha256 === 'string')
      anchorsLogged.set(e.anchor_id, { sha256: e.receipt_sha256, index, ...(typeof e.checkpoint_id === 'number' ? { checkpoint_id: e.checkpoint_id } : {}) });
  });
  for await (const r of log.rows()) auditor.feed(r);
  auditor.finish();
  const problems = auditor.problems;
  const warnings: string[] = [];
  const head = await log.head();
  checkHead(auditor, 'log head', head.size, head.root, problems, 'log');
  if (head.size < auditor.size) problems.push({ kind: 'log', where: 'log head', message: `says ${head.size} entries but ${auditor.size} are stored` });
  // the head's peaks (what the next append builds on) must be the recomputed tree's, or that append forks the tree
  if (head.size === auditor.size) {
    const want = auditor.peaks().map(toHex);
    let got: unknown;
    try {
      got = JSON.parse((await log.headPeaks()) ?? '[]');
    } catch {
      got = null;
    }
    if (!Array.isArray(got) || got.length !== want.length || got.some((h, i) => h !== want[i]))
      problems.push({ kind: 'log', where: 'log head', message: `stored peaks ${Array.isArray(got) ? `[${got.map((h) => short(String(h))).join(', ')}]` : '(unreadable)'} are not those of the ${auditor.size} stored entries [${want.map(short).join(', ')}]: the head state was edited, and the next append would build on a wrong tree` });
  }

  // evidence records (editable rows shown by `evidence list` and exports) against the log
  const recs = await ws.store.rawRecords({ kind: 'evidence' });
  const recRows = recs.map((r) => {
    let data: Record<string, unknown> | null = null;
    try {
      const v = JSON.parse(r.data);
      if (v && typeof v === 'object' && !Array.isArray(v)) data = v;
    } catch {
      /* named below */
    }
    return { case_id: r.case_id, id: r.id, data, canonical: data ? canonicalJson(data) : '' };
  });
  problems.push(...ledger.check(recRows, (c) => toHex(sha(utf8(c)))));

  // checkpoints
  let signatures = 0;
  let prev: CheckpointRow | null = null;
  for (const c of checkpoints) {
    const where = `checkpoint ${c.id}`;
    // checkpoints are numbered 1, 2, 3, ... as they are signed: a gap is a deleted checkpoint
    const expectId = (prev?.id ?? 0) + 1;
    if (c.id > expectId) problems.push({ kind: 'checkpoint', where: c.id - expectId === 1 ? `checkpoint ${expectId}` : `checkpoints ${expectId}..${c.id - 1}`, message: `${c.id - expectId === 1 ? 'is' : 'are'} missing (checkpoint ids jump from ${prev?.id ?? 0} to ${c.id}): deleted from the database` });
    const note = parseNote(c.note);
    if (!note.ok) {
      problems.push({ kind: 'checkpoint', where, message: `cannot be read: ${note.reason}` });
      continue;
    }
    if (note.checkpoint.size !== c.size || toHex(note.checkpoint.root) !== c.root)
      problems.push({ kind: 'checkpoint', where, message: `the signed note says size ${note.checkpoint.size} root ${short(toHex(note.checkpoint.root))}, the table says size ${c.size} root ${short(c.root)}` });
    checkHead(auditor, `${where} (size ${note.checkpoint.size}, ${c.at})`, note.checkpoint.size, toHex(note.checkpoint.root), problems);
    const known = keys.filter((k) => k.index < note.checkpoint.size);
    const v = verifyNote(sha, note, known, ed25519Verify);
    signatures += v.valid.length;
    for (const p of v.problems) problems.push({ kind: 'signature', where, message: p });
    if (!v.valid.length && !v.problems.length) problems.push({ kind: 'signature', where, message: 'has no valid signature' });
    if (prev && c.size < prev.size) problems.push({ kind: 'checkpoint', where, message: `covers ${c.size} entries, fewer than checkpoint ${prev.id} before it (${prev.size}): the log was rolled back` });
    prev = c;
  }
  const latest = checkpoints[checkpoints.length - 1];
  if (witness) {
    const wWhere = `last checkpoint seen (${witnessFile(ws)}: checkpoint ${witness.checkpoint}, ${witness.at})`;
    checkHead(auditor, wWhere, witness.size, witness.root, problems, 'witness');
    const seenCp = checkpoints.find((c) => c.id === witness.checkpoint);
    if (!seenCp) problems.push({ kind: 'checkpoint', where: `checkpoint ${witness.checkpoint}`, message: `was seen (${witnessFile(ws)}, ${witness.at}) but is missing from the database: deleted` });
    else if (seenCp.size !== witness.size || seenCp.root !== witness.root)
      problems.push({ kind: 'checkpoint', where: `checkpoint ${witness.checkpoint}`, message: `was seen with size ${witness.size} root ${short(witness.root)} (${witnessFile(ws)}), the database now says size ${seenCp.size} root ${short(seenCp.root)}: replaced` });
  } else if (checkpoints.length || auditor.size > 0)
    warnings.push(`no witness file (${witnessFile(ws)} is missing): there is no record outside the database of the last checkpoint seen, so deleting the newest checkpoints or entries together cannot be detected; the next successful verify writes it`);
  // checkpoints named by log entries (anchors) must exist
  for (const [id, a] of anchorsLogged)
    if (a.checkpoint_id !== undefined && !checkpoints.some((c) => c.id === a.checkpoint_id))
      problems.push({ kind: 'checkpoint', where: `checkpoint ${a.checkpoint_id}`, message: `entry ${a.index} anchors it (anchor ${id}) but it is missing from the database: deleted` });
  if (auditor.size > 0 && (!latest || latest.size < auditor.size))
    warnings.push(`entries ${latest?.size ?? 0}..${auditor.size - 1} are not covered by any signed checkpoint: an interrupted command, or the newest checkpoint was deleted${witness ? '' : ' (no witness file to tell which)'}; \`assay log checkpoint\` signs one`);

  // blobs
  let nBlobs = 0;
  let bytes = 0;
  const seen = new Set<string>();
  if (opts.blobs !== false) {
    for (const b of logged) {
      if (seen.has(b.sha256)) continue;
      seen.add(b.sha256);
      const where = `blob ${b.sha256}`;
      const label = `${b.what}${b.file ? ` "${b.file}"` : ''} logged at entry ${b.index}`;
      let r;
      try {
        r = await blobs.rehash(b.sha256);
      } catch (e) {
        problems.push({ kind: 'blob', where, message: `${label}: cannot be read (${(e as Error).message})` });
        continue;
      }
      if (!r.present) {
        problems.push({ kind: 'blob', where, message: `${label}: the locker has no such file (${blobs.pathOf(b.sha256)} is missing)` });
        continue;
      }
      nBlobs++;
      bytes += r.size ?? 0;
      if (r.actual !== b.sha256)
        problems.push({ kind: 'blob', where, message: `${label}: ${blobs.pathOf(b.sha256)} now hashes to ${r.actual}: the stored file was altered` });
      else if (b.size !== undefined && r.size !== b.size) problems.push({ kind: 'blob', where, message: `${label}: ${r.size} bytes stored, ${b.size} logged` });
    }
    for await (const s of blobs.list()) if (!seen.has(s)) warnings.push(`blob ${s} is in the locker but no log entry names it (an interrupted add; add the file again to log it)`);
  }

  // anchors
  const anchors = await log.anchors();
  const anchorIds = new Set(anchors.map((a) => Number(a.id)));
  for (const [id, a] of anchorsLogged) if (!anchorIds.has(id)) problems.push({ kind: 'anchor', where: `anchor ${id}`, message: `entry ${a.index} logs a receipt that is missing (anchor ${id}, receipt sha256 ${short(a.sha256)}): deleted from the database` });
  for (const a of anchors) {
    const where = `anchor ${a.id}`;
    const cp = checkpoints.find((c) => c.id === Number(a.checkpoint_id));
    const receipt = Buffer.from(a.receipt, 'base64');
    const lg = anchorsLogged.get(Number(a.id));
    if (!lg) problems.push({ kind: 'anchor', where, message: 'no anchor-attached entry in the log names it' });
    else if (toHex(sha(receipt)) !== lg.sha256) problems.push({ kind: 'anchor', where, message: `receipt hashes to ${short(toHex(sha(receipt)))} but entry ${lg.index} logged ${short(lg.sha256)}` });
    if (!cp) problems.push({ kind: 'anchor', where, message: `names checkpoint ${a.checkpoint_id}, which does not exist` });
    else {
      const r = inspectReceipt(receipt, sha(utf8(cp.note.slice(0, cp.note.lastIndexOf('\n\n') + 1))));
      if (!('names' in r) || !r.names) problems.push({ kind: 'anchor', where, message: r.reason ?? 'does not name its checkpoint' });
    }
  }

  const ok = problems.length === 0;
  if (ok && latest && latest.size === auditor.size) writeWitness(ws, { origin: witness?.origin ?? parseOrigin(latest.note), size: latest.size, root: latest.root, checkpoint: latest.id, at: latest.at });
  return {
    ok,
    size: auditor.size,
    root: toHex(auditor.root()),
    checked: { entries: auditor.size, checkpoints: checkpoints.length, signatures, blobs: nBlobs, bytes, anchors: anchors.length },
    problems,
    warnings,
    recovered,
  };
}

function parseOrigin(note: string): string {
  return note.split('\n')[0];
}

// ---------------------------------------------------------------- verification bundle for a partner

export const BUNDLE_FORMAT = 'assay-verification-bundle/1';

export interface VerificationBundle {
  format: typeof BUNDLE_FORMAT;
  created_at: string;
  case_id?: string;
  size: number;
  root: string;
  checkpoint: string;
  entries: { index: number; leaf: string; leaf_hash: string; proof: string[] }[];
  files: { sha256: string; size?: number; media_type?: string; file?: string; index: number }[];
}

/**
 * What a partner holding the files needs to check them without the workspace: a fresh signed checkpoint, the
 * entries that log the case's evidence (or all entries) and the keys, each with its inclusion proof, and the
 * file hashes. No file content.
 */
export async function exportVerificationBundle(ws: Workspace, opts: { caseId?: string } = {}): Promise<VerificationBundle> {
  const cp = await signCheckpoint(ws);
  const log = custodyOf(ws).log;
  if (opts.caseId && !(await ws.store.getCase(opts.caseId))) throw notFound(`no case "${opts.caseId}"`, '--case');
  const lv = new MerkleLevels(sha, await log.leafHashes(cp.size));
  const entries: VerificationBundle['entries'] = [];
  const files: VerificationBundle['files'] = [];
  for await (const r of log.rows({ to: cp.size })) {
    const d = decodeEntry(r.entry);
    if (!d.ok) continue;
    const e = d.entry;
    const inCase = !opts.caseId || e.case_id === opts.caseId;
    if (!(inCase || e.type === 'key-added')) continue;
    entries.push({ index: r.index, leaf: Buffer.from(r.entry, 'utf8').toString('base64'), leaf_hash: r.leaf_hash, proof: lv.inclusionProof(r.index).map(toHex) });
    if (inCase && (e.type === 'evidence-added' || e.type === 'evidence-derived') && typeof e.sha256 === 'string')
      files.push({ sha256: e.sha256, size: e.size as number | undefined, media_type: e.media_type as string | undefined, file: e.file as string | undefined, index: r.index });
  }
  return { format: BUNDLE_FORMAT, created_at: ws.now().toISOString(), ...(opts.caseId ? { case_id: opts.caseId } : {}), size: cp.size, root: cp.root, checkpoint: cp.note, entries, files };
}

export interface BundleReport {
  ok: boolean;
  origin?: string;
  size?: number;
  root?: string;
  signers: string[];
  checked: { entries: number; files: number };
  problems: Problem[];
  warnings: string[];
}


/**
 * A partner's check of a verification bundle: checkpoint signatures by keys the bundle proves are in the log,
 * every entry's leaf hash and inclusion proof against the signed root, and, with `filesDir`, that every file
 * listed is there and hashes as logged.
 */
export function verifyBundle(file: string, opts: { filesDir?: string; trust?: string[] } = {}): BundleReport {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const rep: BundleReport = { ok: false, signers: [], checked: { entries: 0, files: 0 }, problems, warnings };
  let b: VerificationBundle;
  try {
    b = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw badInput(`not a readable verification bundle: ${(e as Error).message}`, file);
  }
  if (b?.format !== BUNDLE_FORMAT || !Array.isArray(b.entries) || typeof b.checkpoint !== 'string') throw badInput(`not an ${BUNDLE_FORMAT} file (format, entries and checkpoint expected)`, file);
  const note = parseNote(b.checkpoint);
  if (!note.ok) {
    problems.push({ kind: 'bundle', where: 'checkpoint', message: note.reason });
    return rep;
  }
  const root = note.checkpoint.root;
  rep.origin = note.checkpoint.origin;
  rep.size = note.checkpoint.size;
  rep.root = toHex(root);
  if (b.size !== note.checkpoint.size || b.root !== toHex(root)) problems.push({ kind: 'bundle', where: 'checkpoint', message: `bundle says size ${b.size} root ${short(String(b.root))}, its signed checkpoint says ${note.checkpoint.size} ${short(toHex(root))}` });
  const keys: KnownKey[] = [];
  const proven = new Map<number, CustodyEntry>();
  for (const e of b.entries) {
    const where = `entry ${e.index}`;
    let bytes: Uint8Array;
    let proof: Uint8Array[];
    try {
      bytes = fromBase64(e.leaf);
      proof = (e.proof ?? []).map(fromHex);
    } catch {
      problems.push({ kind: 'bundle', where, message: 'leaf or proof is not valid base64/hex' });
      continue;
    }
    const lh = leafHash(sha, bytes);
    if (toHex(lh) !== e.leaf_hash) problems.push({ kind: 'entry', where, message: `leaf_hash ${short(e.leaf_hash)} but the leaf bytes hash to ${short(toHex(lh))}` });
    const v = verifyInclusion(sha, e.index, note.checkpoint.size, lh, proof, root);
    if (!v.ok) {
      problems.push({ kind: 'entry', where, message: `not proven in the signed tree of ${note.checkpoint.size}: ${v.reason}` });
      continue;
    }
    rep.checked.entries++;
    const d = decodeEntry(new TextDecoder().decode(bytes));
    if (!d.ok) continue;
    proven.set(e.index, d.entry);
    if (d.entry.type === 'key-added' && typeof d.entry.public_key === 'string' && typeof d.entry.key_name === 'string')
      keys.push({ name: d.entry.key_name, publicKey: fromBase64(d.entry.public_key) });
  }
  const sv = verifyNote(sha, note, keys, ed25519Verify);
  rep.signers = sv.valid;
  for (const p of sv.problems) problems.push({ kind: 'signature', where: 'checkpoint', message: p });
  if (!sv.valid.length) problems.push({ kind: 'signature', where: 'checkpoint', message: 'no signature verifies with a key proven in the log' });
  if (opts.trust?.length && !sv.valid.some((n) => opts.trust!.includes(n))) problems.push({ kind: 'signature', where: 'checkpoint', message: `not signed by any trusted key (${opts.trust.join(', ')})` });
  else if (!opts.trust?.length) warnings.push(`keys are trusted on first use: compare ${keys.map((k) => `${k.name} ${toHex(sha(k.publicKey)).slice(0, 16)}`).join(', ')} with the sender out of band`);

  for (const f of b.files ?? []) {
    const e = proven.get(f.index);
    const where = `file ${f.file ?? f.sha256}`;
    if (!e || e.sha256 !== f.sha256) {
      problems.push({ kind: 'bundle', where, message: `hash ${short(f.sha256)} is not what proven entry ${f.index} logs` });
      continue;
    }
    if (!opts.filesDir) continue;
    const candidates = [f.file ? path.join(opts.filesDir, f.file) : '', path.join(opts.filesDir, f.sha256)].filter((p) => p && path.resolve(p).startsWith(path.resolve(opts.filesDir!) + path.sep));
    const at = candidates.find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
    if (!at) {
      problems.push({ kind: 'blob', where, message: `not found in ${opts.filesDir} (looked for ${candidates.map((c) => path.basename(c)).join(' or ')})` });
      continue;
    }
    const got = hashFileSync(at).sha256;
    rep.checked.files++;
    if (got !== f.sha256) problems.push({ kind: 'blob', where, message: `${at} hashes to ${got}, but entry ${f.index} logged ${f.sha256}: not the same file` });
  }
  rep.ok = problems.length === 0;
  return rep;
}

// ---------------------------------------------------------------- anchoring

/**
 * Writes what a connected machine needs to anchor the current checkpoint: the note itself (for `ots stamp`),
 * its SHA-256, and an RFC 3161 request (.tsq) to POST to a time-stamping authority.
 */
export async function exportAnchor(ws: Workspace, outDir: string): Promise<{ checkpoint: number; size: number; root: string; sha256: string; files: string[] }> {
  const cp = await signCheckpoint(ws);
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, `checkpoint-${cp.id}`);
  const body = cp.note.slice(0, cp.note.lastIndexOf('\n\n') + 1);
  const digest = sha(utf8(body));
  fs.writeFileSync(`${base}.txt`, body);
  fs.writeFileSync(`${base}.note`, cp.note);
  fs.writeFileSync(`${base}.txt.sha256`, `${toHex(digest)}  ${path.basename(base)}.txt\n`);
  fs.writeFileSync(`${base}.tsq`, timeStampRequest(digest, randomBytes(8)));
  fs.writeFileSync(
    path.join(outDir, 'README.txt'),
    `Anchor assay checkpoint ${cp.id} (size ${cp.size}, root ${cp.root}) on a connected machine:\n\n` +
      `  OpenTimestamps:  ots stamp ${path.basename(base)}.txt      -> ${path.basename(base)}.txt.ots (ots upgrade later)\n` +
      `  RFC 3161:        curl -sS -H 'Content-Type: application/timestamp-query' --data-binary @${path.basename(base)}.tsq https://freetsa.org/tsr -o ${path.basename(base)}.tsr\n\n` +
      `Then bring the .ots or .tsr back and run: assay log anchor attach <file> --checkpoint ${cp.id}\n`,
  );
  return { checkpoint: cp.id, size: cp.size, root: cp.root, sha256: toHex(digest), files: [`${base}.txt`, `${base}.note`, `${base}.txt.sha256`, `${base}.tsq`, path.join(outDir, 'README.txt')] };
}

/** Stores an OpenTimestamps or RFC 3161 receipt for a checkpoint after checking it names that checkpoint. */
export async function attachAnchor(ws: Workspace, file: string, checkpointId?: number): Promise<{ anchor: number; checkpoint: number; kind: string; index: number; already?: boolean }> {
  if (!fs.existsSync(file)) throw badInput('no such file', file);
  const log = custodyOf(ws).log;
  const cps = await log.checkpoints();
  const receipt = fs.readFileSync(file);
  // the same receipt twice is one anchor: say so, and point at the entry that logged it
  const receiptHex = toHex(sha(receipt));
  const dup = (await log.anchors()).find((a) => a.sha256 === receiptHex && (checkpointId === undefined || Number(a.checkpoint_id) === checkpointId));
  if (dup) {
    const entry = (await log.entryTypes('anchor-attached')).map((r) => ({ index: r.index, d: decodeEntry(r.entry) })).find((x) => x.d.ok && x.d.entry.anchor_id === Number(dup.id));
    return { anchor: Number(dup.id), checkpoint: Number(dup.checkpoint_id), kind: dup.kind, index: entry?.index ?? -1, already: true };
  }
  const candidates = checkpointId !== undefined ? cps.filter((c) => c.id === checkpointId) : cps.slice().reverse();
  if (checkpointId !== undefined && !candidates.length) throw notFound(`no checkpoint ${checkpointId}`, '--checkpoint');
  let reason = 'no checkpoint in this workspace';
  for (const cp of candidates) {
    const digest = sha(utf8(cp.note.slice(0, cp.note.lastIndexOf('\n\n') + 1)));
    const r = inspectReceipt(receipt, digest);
    if (r.kind === null) throw badInput(r.reason, file);
    if (!r.names) {
      reason = r.reason ?? 'does not name the checkpoint';
      continue;
    }
    const at = ws.now().toISOString();
    const receiptSha = toHex(sha(receipt));
    const id = await log.addAnchor({ checkpoint_id: cp.id, kind: r.kind, receipt: receipt.toString('base64'), sha256: receiptSha, at });
    const { index } = await appendCustodyEvent(ws, { type: 'anchor-attached', actor: actorOf(ws), at, anchor_id: id, checkpoint_id: cp.id, checkpoint_size: cp.size, checkpoint_root: cp.root, kind: r.kind, receipt_sha256: receiptSha, file: path.basename(file) });
    return { anchor: id, checkpoint: cp.id, kind: r.kind, index };
  }
  throw new AssayError('integrity', `${reason}${checkpointId !== undefined ? ` (checkpoint ${checkpointId})` : ''}`, file);
}


// ---------------------------------------------------------------- samples: integrity findings


const WeightsFile = z.object({
  version: z.literal(1),
  weights: z.record(z.string(), z.object({ value: z.number().min(0), judgment: z.literal(true), why: z.string().min(5) })),
  neutral_parties: z.array(z.object({ name: z.string().min(1), source: z.string().min(3) })).default([]),
  affiliations: z.array(z.object({ name: z.string().min(1), party: z.string().min(1), source: z.string().min(3) })).default([]),
});

type LoadedWeights = { weights: CustodyWeights; neutral: string[]; affiliations: { name: string; party: string }[] };
let weightsCache: LoadedWeights | null = null;
/** knowledge/custody-weights.yaml, checked: every weight a judgment with its why, every neutral party sourced. */
export function custodyWeights(file = path.join(knowledgeDir, 'custody-weights.yaml')): LoadedWeights {
  if (weightsCache && file === path.join(knowledgeDir, 'custody-weights.yaml')) return weightsCache;
  const r = WeightsFile.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
  if (!r.success) throw badInput(r.error.issues[0].message, `${file}: ${r.error.issues[0].path.join('.')}`);
  const w = Object.fromEntries(Object.entries(r.data.weights).map(([k, v]) => [k, v.value])) as unknown as CustodyWeights;
  const need: (keyof CustodyWeights)[] = ['floor', 'delay_grace_days', 'delay_per_day', 'delay_min_factor', 'missing_collection_time', 'missing_collector', 'no_chain', 'chain_gap_hours', 'chain_gap', 'chain_break', 'unsealed_transfer', 'seal_unknown', 'collected_by_accused', 'collected_by_stake', 'handover_accused', 'handover_stake', 'site_accused_max_penalty', 'site_stake_max_penalty', 'site_unknown_max_penalty', 'site_hold_full_days'];
  for (const k of need) if (typeof w[k] !== 'number') throw badInput(`weight "${k}" is missing`, file);
  const out = { weights: w, neutral: r.data.neutral_parties.map((p) => p.name), affiliations: r.data.affiliations.map((a) => ({ name: a.name, party: a.party })) };
  if (file === path.join(knowledgeDir, 'custody-weights.yaml')) weightsCache = out;
  return out;
}

const NOT_A_PARTY = new Set(['unknown', 'none', '', 'n/a']);

/**
 * Who is accused and who has a stake, from the case (rule documented in docs/custody.md):
 *  - accused: every party that a hypothesis names as the actor (the one who used the chemical or staged the
 *    event; "none"/"unknown" are not parties) and every perpetrator a claim names. A denial such as
 *    "none (fabrication by Jaysh al-Islam)" accuses the party after "by" of staging; "none (denial)" accuses
 *    nobody. A sample could clear or convict any accused party, so each has a motive to shape it.
 *  - stake: claimants and their states that are not themselves accused (they may select favourable samples).
 */
export function casePartiesOf(view: Pick<CaseView, 'case' | 'hypotheses'>, neutral: string[], affiliations: { name: string; party: string }[] = []): Parties {
  const accused = new Set<string>();
  const stake = new Set<string>();
  const perpetrator = (p: string | undefined) => {
    const t = p?.trim();
    if (!t || NOT_A_PARTY.has(t.toLowerCase())) return;
    if (/^(none|unknown|no one|nobody)\b/i.test(t)) {
      const by = /\bby\s+([^)]+)\)?\s*$/i.exec(t);
      if (by) accused.add(by[1].trim());
      return;
    }
    accused.add(t);
  };
  for (const c of view.case.claims ?? []) {
    perpetrator(c.perpetrator);
    stake.add(c.claimant);
    if (c.claimant_affiliation?.country) stake.add(c.claimant_affiliation.country);
  }
  for (const h of view.hypotheses ?? []) perpetrator(h.actor);
  // a claimant who is also accused ("Syrian government" when a hypothesis names "government") counts as accused
  return { accused: [...accused], stake: [...stake].filter((s) => ![...accused].some((a) => sameParty(a, s))), neutral, affiliations };
}

/** Integrity of every sample of a case (all samples, with or without results). */
export function assessCaseSamples(view: Pick<CaseView, 'case' | 'hypotheses' | 'samples' | 'siteControl'>): SampleIntegrity[] {
  const { weights, neutral, affiliations } = custodyWeights();
  const parties = casePartiesOf(view, neutral, affiliations);
  return view.samples.map((s) => assessSample(s, view.siteControl, view.case.when.at, parties, weights));
}

/**
 * The custody engine's findings: per sample with results, item-integrity with reliability = the sample's
 * integrity. likelihoods {intact: r, compromised: 1 - r} are P(the custody record as observed | the sample is
 * intact / compromised), normalised; the assessment multiplies that sample's result findings' weight by r.
 */
export function sampleFindings(view: Pick<CaseView, 'case' | 'hypotheses' | 'samples' | 'siteControl'>): Finding[] {
  const byId = new Map(view.samples.map((s) => [s.id, s]));
  return assessCaseSamples(view)
    .filter((a) => (byId.get(a.sample_id)?.results.length ?? 0) > 0)
    .map((a) => ({
      engine: 'custody',
      attribute: 'item-integrity' as const,
      likelihoods: { intact: a.reliability, compromised: Math.round((1 - a.reliability) * 1000) / 1000 },
      reliability: a.reliability,
      evidence: [a.sample_id],
      explanation: a.reasons.length ? `sample ${a.sample_id}: reliability ${a.reliability}: ${a.reasons.map((r) => r.text).join('; ')}` : `sample ${a.sample_id}: reliability ${a.reliability}: chain of custody complete, no finding lowered it`,
      label: `custody of sample ${a.sample_id}`,
    }));
}
