/**
 * Credibility became a field of site-control intervals and consequences (src/core/case/record-weight.ts). Before,
 * the workbench wrote it at the end of the notes as "credibility N (words).". The first time a case is read,
 * such a record is rewritten once with the grade in its field and the note taken out of the notes: a logged
 * write like any other (record-changed entry, actor "assay", via "migration", with the reason), so the custody
 * log still accounts for every stored record. When the write cannot be made (no key to sign with, a read-only
 * database), the case is read with the grade taken from the notes, and the write is tried again next time.
 */
import type { Workspace } from './workspace.js';
import type { RecordKind } from '../core/case/schemas.js';
import { notedCredibility } from '../core/case/record-weight.js';
import { writeRecord } from './case-content.js';

export const MIGRATION_WHY = 'credibility moved from the notes ("credibility N (words).") to its own field';

type Noted = { credibility?: number; notes?: string };

/** The record with the grade read out of its notes, or null when there is nothing to move. */
export function withCredibilityField<T extends Noted>(r: T): T | null {
  if (r.credibility !== undefined) return null;
  const n = notedCredibility(r.notes);
  if (!n) return null;
  const { notes: _old, ...rest } = r;
  return { ...rest, credibility: n.credibility, ...(n.rest ? { notes: n.rest } : {}) } as T;
}

/** Moves the grades of one kind's records; returns the records as they now read. */
export async function moveNotedCredibility(ws: Workspace, caseId: string, kind: Extract<RecordKind, 'site-control' | 'consequence'>, rows: { id: string; data: unknown }[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const r of rows) {
    const next = withCredibilityField(r.data as Noted);
    if (!next) {
      out.push(r.data);
      continue;
    }
    try {
      await writeRecord(ws, { caseId, kind, id: r.id, data: next, old: r.data, actor: 'assay', via: 'migration', why: MIGRATION_WHY });
    } catch {
      // read as migrated all the same; the write is tried again on the next read
    }
    out.push(next);
  }
  return out;
}
