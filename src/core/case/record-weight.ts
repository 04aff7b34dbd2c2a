/**
 * How much a site-control interval or a consequence counts where the assessment reads it, from its Admiralty
 * information credibility (1 confirmed .. 6 cannot be judged; NATO AJP-2.1 / STANAG 2511) and whether it cites
 * anything (docs/assessment.md "Record credibility"). Site control feeds the custody of samples and the
 * site-access factor of confidence; consequences feed the report's timeline and the judgment timeline's
 * milestones. A record weighed under 1 counts for that share there, and the text that uses it says so.
 *
 * The weights are judgment (judgment: true): no study measures how often a doubtful report of who held a site
 * is wrong. Grades 1-2 count fully (confirmed or probably true); 3 ("possibly true") loses a fifth; 4
 * ("doubtful") counts half; 5 ("improbable") a fifth; 6 ("cannot be judged") half, as an even chance. A record
 * that cites nothing ("unsourced") counts at most half, whatever its grade: nobody can check it. A record
 * without a grade counts fully when it cites a source (what records written before the field meant).
 */
import { Credibility } from './schemas.js';

/** Admiralty information credibility in words (AJP-2.1). */
export const CREDIBILITY_WORDS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** judgment: true (see the comment above) */
export const CREDIBILITY_WEIGHT: Record<number, number> = { 1: 1, 2: 1, 3: 0.8, 4: 0.5, 5: 0.2, 6: 0.5 };
/** judgment: true, the most an unsourced record counts */
export const UNSOURCED_WEIGHT = 0.5;

export interface RecordWeight {
  /** 0-1: the share the record counts for */
  weight: number;
  credibility?: number;
  unsourced: boolean;
  /** why it counts less, in words ("credibility 4 (doubtful), unsourced"); '' when it counts fully */
  why: string;
}

export function recordWeight(r: { credibility?: number; cited: boolean }): RecordWeight {
  const c = r.credibility !== undefined && Credibility.safeParse(r.credibility).success ? r.credibility : undefined;
  let weight = c === undefined ? 1 : CREDIBILITY_WEIGHT[c];
  if (!r.cited) weight = Math.min(weight, UNSOURCED_WEIGHT);
  const why = [c !== undefined && CREDIBILITY_WEIGHT[c] < 1 ? `credibility ${c} (${CREDIBILITY_WORDS[c]})` : '', r.cited ? '' : 'unsourced'].filter(Boolean).join(', ');
  return { weight, ...(c !== undefined ? { credibility: c } : {}), unsourced: !r.cited, why };
}

/** A site-control interval's weight: it is sourced when it cites anything. */
export const siteControlWeight = (s: { credibility?: number; citations?: string[] }) => recordWeight({ credibility: s.credibility, cited: (s.citations ?? []).length > 0 });

/** A consequence's weight (the schema makes it cite at least one source). */
export const consequenceWeight = (x: { credibility?: number; sources?: unknown[] }) => recordWeight({ credibility: x.credibility, cited: (x.sources ?? []).length > 0 });

/**
 * An analyst matrix (ACH evidence) item's weight. It has no Admiralty grade (its credibility is PARC ACH's
 * low / medium / high, which weighs Heuer's inconsistency score), so only whether it is sourced counts here: it is
 * sourced when it cites anything (a testimony, report, document or URL in `citations`), or when it restates
 * something (`derived_from`) that is not itself an unsourced matrix item. A `source_group` is a grouping label
 * for common-source discounting, not a reference a reader can follow, so it does not make an item sourced.
 * `items` are the case's matrix items, to follow derived_from through other items (cycles count as unsourced).
 */
export function matrixItemWeight(m: { id: string; citations?: string[]; derived_from?: string[] }, items: readonly { id: string; citations?: string[]; derived_from?: string[] }[] = []): RecordWeight {
  const byId = new Map(items.map((x) => [x.id, x]));
  const sourced = (x: { id: string; citations?: string[]; derived_from?: string[] }, seen: Set<string>): boolean => {
    if ((x.citations ?? []).length > 0) return true;
    seen.add(x.id);
    return (x.derived_from ?? []).some((d) => {
      const other = byId.get(d);
      if (!other) return true; // a record or source id: the item rests on it
      return !seen.has(d) && sourced(other, seen);
    });
  };
  return recordWeight({ cited: sourced(m, new Set()) });
}

/** "weighed at 50%: credibility 4 (doubtful)" or '' when the record counts fully. */
export function weightNote(w: RecordWeight): string {
  return w.weight < 1 ? `weighed at ${Math.round(w.weight * 100)}%: ${w.why}` : '';
}

/**
 * The note the workbench wrote into notes before credibility was a field: "credibility N (words)." at the end.
 * Only that exact form is read (free text mentioning credibility is left alone).
 */
export function notedCredibility(notes: string | undefined): { credibility: number; rest: string } | null {
  const m = /(?:^|\s)credibility ([1-6]) \(([^)]*)\)\.\s*$/.exec(notes ?? '');
  if (!m || CREDIBILITY_WORDS[Number(m[1])] !== m[2]) return null;
  return { credibility: Number(m[1]), rest: (notes ?? '').slice(0, m.index).trim() };
}
