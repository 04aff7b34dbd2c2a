/**
 * Verifying a workspace and exchanging verification bundles with partners (docs/custody.md, "Verify" and
 * "Partners: verification bundle"). Verify only reads: it never appends to the log.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Capabilities, Workspace } from './workspace.js';
import { badInput, notFound } from '../core/errors.js';
import { decodeEntry, type CustodyEntry } from '../core/custody/log-entry.js';
import { fromBase64, fromHex, leafHash, toHex, utf8 } from '../core/custody/merkle-hash.js';
import { MerkleLevels } from '../core/custody/merkle-tree.js';
import { verifyInclusion } from '../core/custody/merkle-verify.js';
import { parseNote, verifyNote, type KnownKey } from '../core/custody/checkpoint.js';
import { LogAuditor, checkHead, short, type Problem } from '../core/custody/log-audit.js';
import { EvidenceLedger } from '../core/custody/evidence-audit.js';
import { canonicalJson } from '../core/canonical-json.js';
import { inspectReceipt } from '../core/custody/anchor.js';
import type { CheckpointRow } from '../ports/custody-log.js';
import { custodyOf, pendingRecovery, readWitnesses, signCheckpoint, userWitnessFile, writeWitness } from './custody-log.js';
import { CASE_KIND, ContentLedger, type Unlogged } from '../core/custody/content-audit.js';
import { keptResultProblem } from '../core/custody/kept-result.js';
import type { StoredBatch } from '../core/custody/report-batch.js';
import { RecordKinds, type RecordKind } from '../core/case/schemas.js';

/** Kinds of case content verify recomputes (evidence records have their own ledger, above). */
const CONTENT_KINDS = (Object.keys(RecordKinds) as RecordKind[]).filter((k) => k !== 'evidence');

/** Recomputes the hash of every case record, record, report and rating-log row, and compares with the log. */
async function checkContent(ws: Workspace, content: ContentLedger): Promise<Problem[]> {
  const canon = (text: string): string | null => {
    try {
      return canonicalJson(JSON.parse(text));
    } catch {
      return null;
    }
  };
  const cases = await ws.store.rawCases();
  for (const c of cases) content.checkRecord(c.id, CASE_KIND, c.id, canon(c.data));
  // the title and occurred_at columns (what the case list and search read) are copies of the logged record's
  // title and when.at: an edit of the column alone changes what a user sees, so it is an integrity problem too
  const columns: Problem[] = [];
  for (const c of cases) {
    let data: { title?: unknown; when?: { at?: unknown } } | null = null;
    try {
      data = JSON.parse(c.data);
    } catch {
      continue; // an unreadable record is reported by checkRecord above
    }
    for (const [col, stored, logged] of [['title', c.title, data?.title], ['occurred_at', c.occurred_at, data?.when?.at]] as const)
      if (stored !== logged)
        columns.push({ kind: 'content', where: `case record "${c.id}"`, message: `its ${col} column reads ${JSON.stringify(stored)}, but the record says ${JSON.stringify(logged)}: the column was changed outside assay` });
  }
  for (const kind of CONTENT_KINDS) for (const r of await ws.store.rawRecords({ kind })) content.checkRecord(r.case_id, r.kind, r.id, canon(r.data));
  const caseIds = new Set([...cases.map((c) => c.id), ...[...content.reports.values()].map((r) => r.case_id), ...[...content.ratings.values()].map((r) => String(r.entry.case_id))]);
  for (const id of caseIds) {
    for await (const r of ws.store.streamReports(id)) content.checkReport(id, r.id, r as unknown as Record<string, unknown>);
    for (const r of await ws.store.ratingChanges(id)) content.checkRating(r);
  }
  return [...columns, ...content.finish([CASE_KIND, ...CONTENT_KINDS])];
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
  /** the checkpoints verify compared the log with, and where each was held */
  compared: { source: string; size: number; root: string; ok: boolean }[];
}

export interface VerifyOptions {
  blobs?: boolean;
  /**
   * checkpoints held elsewhere to compare the log with: a signed note (`assay log checkpoint --out`, an anchor
   * export's .note), a partner's verification bundle (its checkpoint), or a folder of .note files
   */
  checkpoints?: string[];
  /** the analyst accepts the current head as the new witness (after a witness was lost or replaced) */
  acceptWitness?: boolean;
  /** receives the stored content no entry logs (what `assay log baseline` accepts) */
  unlogged?: (u: Unlogged[]) => void;
}

/** Signed checkpoint notes from files held elsewhere: note files, verification bundles, folders of notes. */
function externalNotes(files: string[]): { source: string; note: string }[] {
  const out: { source: string; note: string }[] = [];
  for (const f of files) {
    let st: fs.Stats;
    try {
      st = fs.statSync(f);
    } catch {
      throw badInput('no such file or folder', f);
    }
    if (st.isDirectory()) {
      const notes = fs.readdirSync(f).filter((n) => n.endsWith('.note')).sort();
      if (!notes.length) throw badInput('holds no .note checkpoint file', f);
      for (const n of notes) out.push({ source: path.join(f, n), note: fs.readFileSync(path.join(f, n), 'utf8') });
      continue;
    }
    if (st.size > 64 * 1024 * 1024) throw badInput('is larger than 64 MB: not a checkpoint or verification bundle', f);
    const text = fs.readFileSync(f, 'utf8');
    if (text.trimStart().startsWith('{')) {
      let b: { checkpoint?: unknown };
      try {
        b = JSON.parse(text);
      } catch (e) {
        throw badInput(`not a readable verification bundle: ${(e as Error).message}`, f);
      }
      if (typeof b.checkpoint !== 'string') throw badInput('a JSON file without a "checkpoint" (not a verification bundle)', f);
      out.push({ source: f, note: b.checkpoint });
    } else out.push({ source: f, note: text });
  }
  return out;
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
export async function verifyWorkspace(ws: Workspace, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const { sha256: sha, ed25519Verify } = ws.crypto;
  // read-only: what an interrupted command left is reported, and recovered by the next writing command
  const recovered = pendingRecovery(ws);
  const { log, blobs } = custodyOf(ws);
  const checkpoints = await log.checkpoints();
  const witnesses = readWitnesses(ws);
  const external = externalNotes(opts.checkpoints ?? []).map((x) => ({ ...x, parsed: parseNote(x.note) }));
  const wanted = new Set(checkpoints.map((c) => c.size));
  for (const w of witnesses) if (w.state === 'ok') wanted.add(w.witness.size);
  for (const x of external) if (x.parsed.ok) wanted.add(x.parsed.checkpoint.size);
  // the lists root-committing reports-added entries name (src/core/custody/report-batch.ts)
  const batches = new Map<string, StoredBatch>();
  for await (const b of ws.store.reportBatches()) batches.set(`${b.case_id}\u0000${b.root}`, { ids: b.ids, digests: b.digests });
  const content = new ContentLedger((t) => toHex(sha(utf8(t))), { sha, find: (caseId, root) => batches.get(`${caseId}\u0000${root}`) });
  const keys: (KnownKey & { index: number })[] = [];
  const logged: LoggedBlob[] = [];
  const anchorsLogged = new Map<number, { sha256: string; index: number; checkpoint_id?: number }>();
  const ledger = new EvidenceLedger();
  const auditor = new LogAuditor(sha, wanted, (index, e) => {
    ledger.feed(index, e);
    content.feed(index, e);
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

  // case content (everything the assessment reads) against the log: every record's hash recomputed
  problems.push(...(await checkContent(ws, content)));
  opts.unlogged?.(content.unlogged);

  // checkpoints
  let signatures = 0;
  const lastCovered = checkpoints.length ? checkpoints[checkpoints.length - 1].size : 0;
  // kept results (what the assessment reuses instead of recomputing) must carry a signature by a key the log
  // registered under a signed checkpoint (docs/custody.md, "Kept results")
  const keptKeys = keys.filter((k) => k.index < lastCovered);
  for (const r of await ws.store.keptResults()) {
    const why = keptResultProblem(sha, r, keptKeys, ed25519Verify);
    if (why) problems.push({ kind: 'kept', where: `kept result "${r.name}" of case "${r.case_id}"`, message: `${why}: the kept result was changed outside assay (assay ignores it and recomputes it on the next read)` });
  }
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
  const compared: VerifyReport['compared'] = [];
  // the last checkpoint seen, kept outside the database twice (the workspace folder and the user's config
  // folder): a rollback of entries and checkpoints together, or a re-chained log, shows against either
  const witnessProblems: Problem[] = [];
  for (const w of witnesses) {
    if (w.state === 'missing') {
      // the user's copy is missing when the workspace was moved or copied, or is opened by another user: the
      // workspace's own witness still stands guard; without it too, nothing outside the database remains
      if (w.file === userWitnessFile(ws) && witnesses.some((x) => x.state === 'ok')) warnings.push(`no copy of the witness in your configuration folder (${w.file}): the workspace was moved, copied or is new to this user; the next command that signs a checkpoint writes it`);
      // every writing command signs a checkpoint (and writes the witness) before its first entry, so a log
      // with entries always had a witness
      else if (checkpoints.length || auditor.size > 0)
        witnessProblems.push({ kind: 'witness', where: w.file, message: 'the witness of the last checkpoint seen is missing: the newest entries and checkpoints may have been removed together (if the loss is known and harmless, `assay verify --accept-witness` records the current head)' });
      continue;
    }
    if (w.state === 'unreadable') {
      witnessProblems.push({ kind: 'witness', where: w.file, message: `the witness cannot be read (${w.reason}): it was altered (if the damage is known and harmless, \`assay verify --accept-witness\` records the current head)` });
      continue;
    }
    const witness = w.witness;
    const before = witnessProblems.length;
    const wWhere = `last checkpoint seen (${w.file}: checkpoint ${witness.checkpoint}, ${witness.at})`;
    checkHead(auditor, wWhere, witness.size, witness.root, witnessProblems, 'witness');
    const seenCp = checkpoints.find((c) => c.id === witness.checkpoint);
    if (!seenCp) witnessProblems.push({ kind: 'checkpoint', where: `checkpoint ${witness.checkpoint}`, message: `was seen (${w.file}, ${witness.at}) but is missing from the database: deleted` });
    else if (seenCp.size !== witness.size || seenCp.root !== witness.root)
      witnessProblems.push({ kind: 'checkpoint', where: `checkpoint ${witness.checkpoint}`, message: `was seen with size ${witness.size} root ${short(witness.root)} (${w.file}), the database now says size ${seenCp.size} root ${short(seenCp.root)}: replaced` });
    compared.push({ source: w.file, size: witness.size, root: witness.root, ok: witnessProblems.length === before });
  }
  if (opts.acceptWitness && witnessProblems.length) warnings.push(...witnessProblems.map((p) => `accepted by the analyst: ${p.where}: ${p.message}`));
  else problems.push(...witnessProblems);
  // checkpoints held elsewhere (exported, a partner's bundle, an anchor): the log must still contain them
  for (const x of external) {
    const before = problems.length;
    if (!x.parsed.ok) {
      problems.push({ kind: 'checkpoint', where: x.source, message: `cannot be read as a signed checkpoint: ${x.parsed.reason}` });
      continue;
    }
    const cp = x.parsed.checkpoint;
    checkHead(auditor, `checkpoint held elsewhere (${x.source}, size ${cp.size})`, cp.size, toHex(cp.root), problems);
    const v = verifyNote(sha, x.parsed, keys.filter((k) => k.index < cp.size), ed25519Verify);
    if (!v.valid.length) warnings.push(`checkpoint held elsewhere (${x.source}): no signature verifies with a key this log registered before it${v.problems.length ? ` (${v.problems.join('; ')})` : ''}`);
    compared.push({ source: x.source, size: cp.size, root: toHex(cp.root), ok: problems.length === before });
  }
  // checkpoints named by log entries (anchors) must exist
  for (const [id, a] of anchorsLogged)
    if (a.checkpoint_id !== undefined && !checkpoints.some((c) => c.id === a.checkpoint_id))
      problems.push({ kind: 'checkpoint', where: `checkpoint ${a.checkpoint_id}`, message: `entry ${a.index} anchors it (anchor ${id}) but it is missing from the database: deleted` });
  if (auditor.size > 0 && (!latest || latest.size < auditor.size))
    warnings.push(`entries ${latest?.size ?? 0}..${auditor.size - 1} are not covered by any signed checkpoint: an interrupted command, or the newest checkpoint was deleted; \`assay log checkpoint\` signs one`);

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
  // only on the analyst's explicit word, and only over a log that otherwise verifies
  if (ok && opts.acceptWitness && latest) writeWitness(ws, { origin: parseOrigin(latest.note), size: latest.size, root: latest.root, checkpoint: latest.id, at: latest.at }, { force: true });
  return {
    compared,
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
  const sha = ws.crypto.sha256;
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
export function verifyBundle(caps: Capabilities, file: string, opts: { filesDir?: string; trust?: string[] } = {}): BundleReport {
  const { sha256: sha, ed25519Verify } = caps.crypto;
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
    const got = caps.crypto.hashFile(at).sha256;
    rep.checked.files++;
    if (got !== f.sha256) problems.push({ kind: 'blob', where, message: `${at} hashes to ${got}, but entry ${f.index} logged ${f.sha256}: not the same file` });
  }
  rep.ok = problems.length === 0;
  return rep;
}
