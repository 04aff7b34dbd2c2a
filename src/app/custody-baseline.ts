/**
 * Accepting case content that predates the content log (docs/custody.md, "Baseline"): a workspace made by an
 * older version holds case records, reports and ratings that no entry ever logged, so verify names each as
 * "no custody-log entry logs it". `assay log baseline --why "..."` logs each such piece as it stands now, in
 * one transaction, with a `content-baseline` entry per case saying who accepted it and why, between two signed
 * checkpoints. It accepts only content with no entry at all, and only over a log that otherwise verifies:
 * content whose entry says something else, a broken log, a missing witness or a tampered kept result are
 * refused (exit 3), never papered over.
 */
import type { Workspace } from './workspace.js';
import { AssayError, badInput } from '../core/errors.js';
import { reportDigest, type Unlogged } from '../core/custody/content-audit.js';
import { CASE_KIND } from '../core/custody/content-audit.js';
import type { RecordKind } from '../core/case/schemas.js';
import { actorOf, signCheckpoint } from './custody-log.js';
import { verifyWorkspace } from './custody-verify.js';
import { digestOf, textDigest } from './case-content.js';

export interface BaselineResult {
  /** per case: how many records, reports and rating-log rows were accepted */
  cases: { case_id: string; records: number; reports: number; ratings: number; index: number }[];
  /** checkpoint signed over the accepted content */
  checkpoint: { id: number; size: number; root: string } | null;
  /** content that changed between the check and the write (its writer logged it): not accepted */
  skipped: string[];
}

const isUnloggedProblem = (p: { kind: string; message: string }) => p.kind === 'content' && p.message.includes('but no custody-log entry logs it');

export async function baselineContent(ws: Workspace, opts: { why: string }): Promise<BaselineResult> {
  if (!opts.why?.trim()) throw badInput('say why this content is accepted (e.g. "workspace made by assay 0.3, before case content was logged")', '--why');
  let unlogged: Unlogged[] = [];
  const v = await verifyWorkspace(ws, { blobs: false, unlogged: (u) => (unlogged = u) });
  const other = v.problems.filter((p) => !isUnloggedProblem(p));
  if (other.length)
    throw new AssayError(
      'integrity',
      `the workspace does not verify apart from never-logged content, so nothing was accepted; fix these first (\`assay verify\`):\n${other
        .slice(0, 20)
        .map((p) => `  ${p.kind}: ${p.where}: ${p.message}`)
        .join('\n')}${other.length > 20 ? `\n  ... and ${other.length - 20} more` : ''}`,
    );
  if (!unlogged.length) return { cases: [], checkpoint: null, skipped: [] };
  const actor = actorOf(ws);
  const at = ws.now().toISOString();
  const byCase = new Map<string, Unlogged[]>();
  for (const u of unlogged) {
    const id = u.what === 'rating' ? u.row.case_id : u.case_id;
    byCase.set(id, [...(byCase.get(id) ?? []), u]);
  }
  const skipped: string[] = [];
  // the witness and keys are in place before the first entry (as every writing command does)
  await signCheckpoint(ws);
  const cases = await ws.store.transaction(async (tx) => {
    const out: BaselineResult['cases'] = [];
    for (const [caseId, items] of byCase) {
      const events: Record<string, unknown>[] = [];
      const base = { case_id: caseId, actor, at, via: 'baseline' };
      let records = 0;
      let reports = 0;
      let ratings = 0;
      // re-read under the write lock: a record written meanwhile was logged by its writer
      const current = new Map<string, string>();
      const kinds = new Set(items.flatMap((u) => (u.what === 'record' ? [u.kind] : [])));
      for (const kind of kinds) {
        if (kind === CASE_KIND) {
          const c = await tx.getCase(caseId);
          if (c) current.set(`${kind}\u0000${caseId}`, digestOf(ws.crypto, c));
        } else for (const r of await tx.getRecords(caseId, kind as RecordKind)) current.set(`${kind}\u0000${r.id}`, digestOf(ws.crypto, r.data));
      }
      const reportIds = items.flatMap((u) => (u.what === 'report' ? [u.id] : []));
      const storedReports = new Map((await tx.storedReports(caseId, reportIds)).map((r) => [r.id, reportDigest((t) => textDigest(ws.crypto, t), r as unknown as Record<string, unknown>)]));
      const accepted: [string, string][] = [];
      for (const u of items) {
        if (u.what === 'record') {
          if (current.get(`${u.kind}\u0000${u.id}`) !== u.sha) {
            skipped.push(`${u.kind} "${u.id}" of case "${caseId}"`);
            continue;
          }
          events.push({ ...base, type: 'record-changed', kind: u.kind, record_id: u.id, op: 'baseline', record_sha256: u.sha, old: null });
          records++;
        } else if (u.what === 'report') {
          if (storedReports.get(u.id) !== u.sha) {
            skipped.push(`report "${u.id}" of case "${caseId}"`);
            continue;
          }
          accepted.push([u.id, u.sha]);
          reports++;
        } else {
          const r = u.row;
          events.push({ ...base, type: 'rating-changed', item_id: r.item_id, hypothesis_id: r.hypothesis_id, change_seq: r.seq, old: r.old_rating, new: r.new_rating, why: r.why, rated_by: r.by, rated_at: r.at });
          ratings++;
        }
      }
      for (let i = 0; i < accepted.length; i += 2000) events.push({ ...base, type: 'reports-added', reports: accepted.slice(i, i + 2000) });
      events.push({ ...base, type: 'content-baseline', why: opts.why, records, reports, ratings });
      const appended = await tx.appendCustody(events as never);
      out.push({ case_id: caseId, records, reports, ratings, index: appended[appended.length - 1].index });
    }
    return out;
  });
  const cp = await signCheckpoint(ws);
  return { cases, checkpoint: { id: cp.id, size: cp.size, root: cp.root }, skipped };
}
