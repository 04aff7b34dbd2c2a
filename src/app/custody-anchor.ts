/**
 * Anchoring checkpoints outside the machine (docs/custody.md, "Anchoring"): export what a connected machine
 * needs to time-stamp a checkpoint, and attach the receipt it brings back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Workspace } from './workspace.js';
import { AssayError, badInput, notFound } from '../core/errors.js';
import { decodeEntry } from '../core/custody/log-entry.js';
import { toHex, utf8 } from '../core/custody/merkle-hash.js';
import { inspectReceipt, timeStampRequest } from '../core/custody/anchor.js';
import { actorOf, appendCustodyEvent, custodyOf, signCheckpoint } from './custody-log.js';

// ---------------------------------------------------------------- anchoring

/**
 * Writes what a connected machine needs to anchor the current checkpoint: the note itself (for `ots stamp`),
 * its SHA-256, and an RFC 3161 request (.tsq) to POST to a time-stamping authority.
 */
export async function exportAnchor(ws: Workspace, outDir: string): Promise<{ checkpoint: number; size: number; root: string; sha256: string; files: string[] }> {
  const sha = ws.crypto.sha256;
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
  const sha = ws.crypto.sha256;
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
