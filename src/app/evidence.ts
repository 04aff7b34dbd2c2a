/**
 * The evidence locker: add files to a case (content-addressed blob + capture record + custody-log entry, in
 * that order, so a crash never leaves an entry without its blob), derive working copies linked to their
 * parent's hash, list a case's evidence, and the import/export hooks that store a bundle's evidence files and
 * copy blobs back out. The capture record follows the Berkeley Protocol (OHCHR/UC Berkeley HR/PUB/20/2):
 * collector, capture time, source URL, capture tool, persona, notes. Media type by content sniffing
 * (file-type); embedded metadata (EXIF, XMP, IPTC, GPS) extracted with exifr into a separate JSON blob beside
 * the original, never written into it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import exifr from 'exifr';
import type { Workspace } from './workspace.js';
import type { BundleContents, CaseView } from './cases.js';
import type { CaseStoreTx } from '../ports/case-store.js';
import { actorOf, custodyOf, signCheckpoint } from './custody.js';
import { EvidenceFile, IsoTime } from '../core/case/schemas.js';
import { canonicalJson } from '../core/canonical-json.js';
import { badInput, notFound } from '../core/errors.js';
import { decodeEntry, type CustodyEntry } from '../core/custody/log-entry.js';
import { EVIDENCE_ENTRY_TYPES, EvidenceLedger, CAPTURE_FIELDS, fieldDifferences, loggedFieldsOfRecord, type LoggedEvidence } from '../core/custody/evidence-audit.js';
import { parseDate } from '../core/ingest/dates.js';
import { toHex, utf8 } from '../core/custody/merkle-hash.js';
import type { Capabilities } from './workspace.js';
import type { PutOptions } from '../ports/blob-store.js';

export interface CaptureRecord {
  collector?: string;
  source_url?: string;
  captured_at?: string;
  capture_tool?: string;
  persona?: string;
  notes?: string;
  title?: string;
}

export interface AddOptions extends CaptureRecord {
  caseId: string;
  /** fsync blobs before logging (default true) */
  fsync?: boolean;
  /** for derive: the parent's hash and how this was made from it */
  parent?: string;
  relation?: string;
  /** called after each file (progress) */
  onFile?: (done: number, total: number) => void;
  /** told of doubtful but accepted input (e.g. a capture time in the future) */
  onWarning?: (message: string) => void;
}

export interface AddResult {
  sha256: string;
  index: number;
  added: boolean;
  file: string;
  media_type: string;
  size: number;
  metadata_sha256?: string;
}

const EXIF_TYPES = /^(image\/(jpeg|tiff|heic|heif|avif|png|webp)|video\/quicktime|video\/mp4)$/;

/** Media type from the bytes (file-type), else from the name, else application/octet-stream. */
export async function sniffMediaType(caps: Capabilities, file: string, name = file): Promise<string> {
  const t = await fileTypeFromFile(file).catch(() => undefined);
  return t?.mime ?? caps.readers.mediaTypeOf(name);
}

/** Embedded metadata as JSON-safe data, or null when the format has none or exifr cannot read it. */
export async function extractMetadata(file: string, mediaType: string): Promise<Record<string, unknown> | null> {
  if (!EXIF_TYPES.test(mediaType)) return null;
  try {
    const m = await exifr.parse(file, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, interop: false, mergeOutput: false, translateValues: false, reviveValues: true });
    if (!m || typeof m !== 'object') return null;
    return JSON.parse(JSON.stringify(m, (_k, v) => (v instanceof Uint8Array ? { base64: Buffer.from(v).toString('base64') } : typeof v === 'bigint' ? v.toString() : v)));
  } catch {
    return null;
  }
}

/** The digest of an evidence record as stored (canonical JSON), logged so verify can tell an edited record. */
const recordDigest = (caps: Capabilities, record: unknown): string => toHex(caps.crypto.sha256(utf8(canonicalJson(record))));

function checkCapture(o: CaptureRecord, now: Date, warn?: (m: string) => void): void {
  if (o.captured_at !== undefined) {
    // IsoTime checks the form; parseDate checks the calendar (Date.parse rolls 2018-02-30 over to March 2)
    const p = IsoTime.safeParse(o.captured_at).success ? parseDate(o.captured_at) : { error: 'not ISO 8601' };
    if ('error' in p) throw badInput(`must be a real ISO 8601 date or time, e.g. 2018-11-24T19:02:00Z, got "${o.captured_at}"${/real date/.test(p.error) ? ' (no such calendar date)' : ''}`, '--captured-at');
    if (Date.parse(p.iso) > now.getTime() + 5 * 60_000) warn?.(`--captured-at ${o.captured_at} is in the future (now ${now.toISOString()}): check the clock or the time zone`);
  }
  if (o.source_url !== undefined && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(o.source_url)) throw badInput(`must be a URL, got "${o.source_url}"`, '--source-url');
}

/** Log entries of a case that logged evidence, by hash. */
async function loggedEvidence(ws: Workspace, caseId: string): Promise<Map<string, { index: number; entry: CustodyEntry }>> {
  const m = new Map<string, { index: number; entry: CustodyEntry }>();
  for (const r of await custodyOf(ws).log.findCaseEntries(caseId, ['evidence-added', 'evidence-derived'])) {
    const d = decodeEntry(r.entry);
    if (d.ok && typeof d.entry.sha256 === 'string' && !m.has(d.entry.sha256)) m.set(d.entry.sha256, { index: r.index, entry: d.entry });
  }
  return m;
}

/** Each logged evidence item of a case (added, derived, listed, updated) with its logged state, by hash. */
async function evidenceLedger(ws: Workspace, caseId: string): Promise<Map<string, LoggedEvidence>> {
  const l = new EvidenceLedger();
  for (const r of await custodyOf(ws).log.findCaseEntries(caseId, [...EVIDENCE_ENTRY_TYPES])) {
    const d = decodeEntry(r.entry);
    if (d.ok) l.feed(r.index, d.entry);
  }
  return new Map([...l.items.values()].map((x) => [x.sha256, x]));
}

/** A file name for the record (and the exported bundle) that no other evidence of the case uses. */
async function uniqueName(ws: Workspace, caseId: string, name: string, sha: string): Promise<string> {
  const rows = await ws.store.rawRecords({ kind: 'evidence', caseId });
  const taken = rows.some((r) => r.id !== sha && (JSON.parse(r.data) as { file?: string }).file === name);
  return taken ? `${sha.slice(0, 12)}-${name}` : name;
}

/**
 * Adds files to a case. For each: stream into the locker (hash while writing, fsync, rename), sniff, extract
 * metadata to a sidecar blob, then in ONE database transaction append the custody entry and write the
 * evidence record. Re-adding a file already logged in the case returns its existing entry.
 */
export async function addEvidence(ws: Workspace, files: string[], o: AddOptions): Promise<AddResult[]> {
  checkCapture(o, ws.now(), o.onWarning);
  if (!files.length) throw badInput('give at least one file', 'FILE');
  for (const f of files) {
    if (!fs.existsSync(f)) throw badInput('no such file', f);
    if (!fs.statSync(f).isFile()) throw badInput('not a regular file (give files, not folders)', f);
  }
  if (!(await ws.store.getCase(o.caseId))) throw notFound(`no case "${o.caseId}" (import its bundle first, or see \`assay cases list\`)`, '--case');
  const { blobs, log } = custodyOf(ws);
  if (o.parent !== undefined) {
    if (!/^[0-9a-f]{64}$/.test(o.parent)) throw badInput('must be the 64 hex digit SHA-256 of the parent evidence', '--parent');
    if (!(await loggedEvidence(ws, o.caseId)).has(o.parent)) throw notFound(`no evidence ${o.parent} in case "${o.caseId}" to derive from (see \`assay evidence list --case ${o.caseId}\`)`, '--parent');
  }
  // keys opened (a passphrase asked) and a checkpoint signed before the first blob or entry
  await signCheckpoint(ws);
  const journal = ws.journals.start({ op: o.parent ? 'evidence derive' : 'evidence add', case_id: o.caseId, started_at: ws.now().toISOString(), items: files.map((f) => path.resolve(f)) });
  const put: PutOptions = { fsync: o.fsync !== false };
  const out: AddResult[] = [];
  try {
    for (const [i, f] of files.entries()) {
      const name = path.basename(f);
      const stored = await blobs.putFile(f, put);
      if (o.parent !== undefined && stored.sha256 === o.parent) throw badInput(`is the parent itself (SHA-256 ${o.parent}): a derivative must differ from what it was derived from`, f);
      const blobPath = blobs.pathOf(stored.sha256);
      const have = (await loggedEvidence(ws, o.caseId)).get(stored.sha256);
      if (have) {
        out.push({ sha256: stored.sha256, index: have.index, added: false, file: String(have.entry.file ?? name), media_type: String(have.entry.media_type ?? ''), size: stored.size, ...(typeof have.entry.metadata_sha256 === 'string' ? { metadata_sha256: have.entry.metadata_sha256 } : {}) });
        journal.done({ item: path.resolve(f), sha256: stored.sha256, index: have.index });
        o.onFile?.(i + 1, files.length);
        continue;
      }
      const media_type = await sniffMediaType(ws, blobPath, name);
      const meta = await extractMetadata(blobPath, media_type);
      let metadata_sha256: string | undefined;
      if (meta) {
        const sidecar = canonicalJson({ of_sha256: stored.sha256, extracted_by: 'exifr 7', media_type, metadata: meta });
        metadata_sha256 = (await blobs.putBytes(Buffer.from(sidecar, 'utf8'), put)).sha256;
      }
      const file = await uniqueName(ws, o.caseId, name, stored.sha256);
      const capture = Object.fromEntries(Object.entries({ collector: o.collector, captured_at: o.captured_at, source_url: o.source_url, capture_tool: o.capture_tool, persona: o.persona, notes: o.notes }).filter(([, v]) => v !== undefined && v !== ''));
      const record = EvidenceFile.parse({ sha256: stored.sha256, file, media_type, size: stored.size, ...(o.title ? { title: o.title } : {}), ...capture, ...(o.parent ? { parent_sha256: o.parent } : {}) });
      const at = ws.now().toISOString();
      const ev = {
        type: o.parent ? 'evidence-derived' : 'evidence-added',
        case_id: o.caseId,
        actor: actorOf(ws),
        at,
        sha256: stored.sha256,
        size: stored.size,
        media_type,
        file,
        ...(Object.keys(capture).length ? { capture } : {}),
        ...(metadata_sha256 ? { metadata_sha256 } : {}),
        ...(o.parent ? { parent_sha256: o.parent, relation: o.relation ?? 'derivative' } : {}),
        record_sha256: recordDigest(ws, record),
      };
      // the entry and the record it describes land in one transaction
      const { appended } = await log.append([ev as never], async (tx) => {
        await tx.putRecords(o.caseId, 'evidence', [{ id: stored.sha256, data: record }]);
      });
      journal.done({ item: path.resolve(f), sha256: stored.sha256, index: appended[0].index });
      out.push({ sha256: stored.sha256, index: appended[0].index, added: true, file, media_type, size: stored.size, ...(metadata_sha256 ? { metadata_sha256 } : {}) });
      o.onFile?.(i + 1, files.length);
    }
    await signCheckpoint(ws);
  } finally {
    journal.close();
  }
  return out;
}

/** A derivative (frame, crop, transcript, working copy) stored as a new item linked to its parent's hash. */
export async function deriveEvidence(ws: Workspace, file: string, o: AddOptions & { parent: string }): Promise<AddResult> {
  const [r] = await addEvidence(ws, [file], o);
  return r;
}

export interface EvidenceListItem extends EvidenceFile {
  index: number | null;
  /** how a derivative was made from its parent (frame, crop, ...), as logged */
  relation?: string;
  /** the blob holding the embedded metadata extracted at intake (EXIF, XMP, ...), as logged */
  metadata_sha256?: string;
  in_locker: boolean;
  derivatives: string[];
}

/** A case's evidence records, each with the log entry that logged it and whether the locker holds it. */
export async function listEvidence(ws: Workspace, caseId: string): Promise<EvidenceListItem[]> {
  if (!(await ws.store.getCase(caseId))) throw notFound(`no case "${caseId}" (see \`assay cases list\`)`, '--case');
  const recs = (await ws.store.getRecords(caseId, 'evidence')).map((r) => r.data as EvidenceFile);
  const logged = await loggedEvidence(ws, caseId);
  const ledger = await evidenceLedger(ws, caseId);
  const { blobs } = custodyOf(ws);
  return recs.map((r) => ({
    ...r,
    index: logged.get(r.sha256)?.index ?? null,
    ...(ledger.get(r.sha256)?.relation ? { relation: ledger.get(r.sha256)!.relation } : {}),
    ...(ledger.get(r.sha256)?.metadata_sha256 ? { metadata_sha256: ledger.get(r.sha256)!.metadata_sha256 } : {}),
    in_locker: blobs.has(r.sha256),
    derivatives: recs.filter((d) => d.parent_sha256 === r.sha256).map((d) => d.sha256),
  }));
}

// ---------------------------------------------------------------- import and export hooks

interface StagedEvidence {
  logged: Map<string, { index: number; entry: CustodyEntry }>;
  states: Map<string, LoggedEvidence>;
  transfersSeen: Set<unknown>;
  items: { e: BundleContents['evidenceFiles'][number]; sha256: string; size: number; media_type: string; metadata_sha256?: string }[];
}

/**
 * On a bundle import, two phases (docs/custody.md, "Crash safety"): BEFORE the records' transaction, store
 * each evidence file present in the bundle as a blob (hashed while copied, fsync, rename) and read what the
 * log already holds; INSIDE the transaction, log each new item, each item the bundle only names, each changed
 * capture record and each new sample transfer, together with the records. A crash leaves all of it or none
 * (at most blobs no entry names yet, which verify reports and the next import logs).
 */
export async function prepareBundleEvidence(ws: Workspace, contents: BundleContents): Promise<StagedEvidence> {
  {
    const caseId = contents.bundle.case.id;
    const { blobs, log } = custodyOf(ws);
    const staged: StagedEvidence = {
      logged: await loggedEvidence(ws, caseId),
      states: await evidenceLedger(ws, caseId),
      transfersSeen: new Set((await log.findCaseEntries(caseId, ['sample-transfer'])).map((r) => (decodeEntry(r.entry) as { entry?: CustodyEntry }).entry?.transfer_key)),
      items: [],
    };
    const seen = new Set<string>();
    for (const e of contents.evidenceFiles) {
      if (!e.abs) continue;
      const stored = await blobs.putFile(e.abs);
      if (stored.sha256 !== e.meta.sha256) throw badInput(`changed while being imported (hashed ${e.meta.sha256}, stored ${stored.sha256})`, e.abs);
      if (staged.logged.has(stored.sha256) || seen.has(stored.sha256)) continue;
      seen.add(stored.sha256);
      const media_type = await sniffMediaType(ws, blobs.pathOf(stored.sha256), e.rel);
      const meta = await extractMetadata(blobs.pathOf(stored.sha256), media_type);
      const metadata_sha256 = meta ? (await blobs.putBytes(Buffer.from(canonicalJson({ of_sha256: stored.sha256, extracted_by: 'exifr 7', media_type, metadata: meta }), 'utf8'))).sha256 : undefined;
      staged.items.push({ e, sha256: stored.sha256, size: stored.size, media_type, ...(metadata_sha256 ? { metadata_sha256 } : {}) });
    }
    return staged;
  }
}

export async function writeBundleEvidence(ws: Workspace, tx: CaseStoreTx, contents: BundleContents, prepared: unknown): Promise<Record<string, number>> {
  {
    const staged = prepared as StagedEvidence;
    const caseId = contents.bundle.case.id;
    const actor = actorOf(ws);
    const at = ws.now().toISOString();
    const events: Record<string, unknown>[] = [];
    const addedNow = new Set<string>();
    for (const it of staged.items) {
      const m = it.e.meta;
      const capture = Object.fromEntries(Object.entries({ collector: m.collector, captured_at: m.captured_at, source_url: m.source_url, capture_tool: m.capture_tool, persona: m.persona, notes: m.notes }).filter(([, v]) => v !== undefined));
      events.push({ type: m.parent_sha256 ? 'evidence-derived' : 'evidence-added', case_id: caseId, actor, at, sha256: it.sha256, size: it.size, media_type: it.media_type, file: it.e.rel, via: 'import', ...(Object.keys(capture).length ? { capture } : {}), ...(it.metadata_sha256 ? { metadata_sha256: it.metadata_sha256 } : {}), ...(m.parent_sha256 ? { parent_sha256: m.parent_sha256 } : {}), record_sha256: recordDigest(ws, m) });
      addedNow.add(it.sha256);
    }
    // items the bundle names without their file are logged as listed, so each record has its entry
    for (const e of contents.evidenceFiles) {
      if (e.abs || staged.states.has(e.meta.sha256) || addedNow.has(e.meta.sha256)) continue;
      const m = e.meta;
      const capture = Object.fromEntries(CAPTURE_FIELDS.filter((k) => m[k] !== undefined).map((k) => [k, m[k]]));
      events.push({ type: 'evidence-listed', case_id: caseId, actor, at, sha256: m.sha256, size: m.size, media_type: m.media_type, file: m.file, via: 'import', why: 'named by the bundle without its file: not in the locker', ...(Object.keys(capture).length ? { capture } : {}), ...(m.parent_sha256 ? { parent_sha256: m.parent_sha256 } : {}), record_sha256: recordDigest(ws, m) });
      addedNow.add(m.sha256);
    }
    // a re-import that changed an item's record (its capture record in evidence.yaml) logs the change
    let updated = 0;
    for (const e of contents.evidenceFiles) {
      const st = staged.states.get(e.meta.sha256);
      if (!st || addedNow.has(e.meta.sha256)) continue;
      const diffs = fieldDifferences(st.fields, loggedFieldsOfRecord(e.meta as Record<string, unknown>));
      const digest = recordDigest(ws, e.meta);
      if (!diffs.length && (!st.record_sha256 || st.record_sha256 === digest)) continue;
      events.push({ type: 'evidence-updated', case_id: caseId, actor, at, sha256: e.meta.sha256, via: 'import', why: 'the re-imported bundle changed its record', old: Object.fromEntries(diffs.map(([k, a]) => [k, a ?? null])), new: Object.fromEntries(diffs.map(([k, , b]) => [k, b ?? null])), record_sha256: digest });
      updated++;
    }
    // sample transfers, each logged once (keyed by sample id and the transfer's canonical form)
    let transfers = 0;
    for (const s of contents.bundle.samples)
      for (const t of s.chain) {
        const key = `${s.id}:${canonicalJson(t)}`;
        if (staged.transfersSeen.has(key)) continue;
        staged.transfersSeen.add(key);
        events.push({ type: 'sample-transfer', case_id: caseId, actor, at, sample_id: s.id, transfer_key: key, transferred_at: t.at, from: t.from, to: t.to, ...(t.party ? { party: t.party } : {}), ...(t.sealed !== undefined ? { sealed: t.sealed } : {}), via: 'import' });
        transfers++;
      }
    await tx.appendCustody(events as never);
    return { evidence_logged: staged.items.length, sample_transfers_logged: transfers, evidence_updated: updated, entries: events.length };
  }
}

/** On export: copy each evidence blob the locker holds into the bundle's evidence/ under its record's name. */
export async function exportEvidenceBlobs(ws: Workspace, _caseId: string, outDir: string, view: CaseView): Promise<void> {
  const { blobs } = custodyOf(ws);
  const evDir = path.join(outDir, 'evidence');
  for (const e of view.evidence) {
    if (!blobs.has(e.sha256)) continue;
    let rel = e.file ?? e.sha256;
    const dest0 = path.resolve(evDir, rel);
    if (!dest0.startsWith(path.resolve(evDir) + path.sep)) rel = e.sha256; // never write outside evidence/
    const dest = path.join(evDir, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.rmSync(dest, { force: true }); // a stale or read-only copy from an earlier export
    fs.copyFileSync(blobs.pathOf(e.sha256), dest);
    fs.chmodSync(dest, 0o644);
  }
}
