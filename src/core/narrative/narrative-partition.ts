/**
 * Partitioned narrative analysis (docs/scale-out.md): workers featurise their partition of the stream (the
 * per-item work: outlet, sketch, claims, about nine tenths of the engine's time); the merge replays the parts
 * in reading order into one analyser, which then clusters, builds narratives and the coordination network
 * over the whole stream. Because the merge sees exactly the items, order and features the single-process
 * engine sees, its output is the same item for item; partitions therefore need no overlap (the
 * coordination window's pairs are formed after the merge).
 *
 * A part is compact JSON (ids, skips, a table of the partition's outlets, per-item features) plus the
 * sketches as raw little-endian 32-bit numbers.
 */
import type { StoredReport } from '../case/schemas.js';
import type { ResolvedOutlet } from './outlet-registry.js';
import type { Featurised, NarrativeAnalyser } from './narrative-analyser.js';

export interface EncodedPart {
  meta: string;
  sigs: Uint8Array;
  items: number;
}

type Row = [number, number, string, number, number, number, number, [string, string][] | 0, number?, [string, string | null]?];
interface PartJson {
  ids: string[];
  /** per item: 0 featurised, 1 outside the window, 2 no keyword, 3 a paraphrase */
  skip: number[];
  outlets: ResolvedOutlet[];
  rows: Row[];
}

/** Featurises a partition's reports (worker side). */
export function featurisePart(a: NarrativeAnalyser, reports: StoredReport[]): EncodedPart {
  const k = a.sketchLength;
  const sigs = new Uint32Array(reports.length * k);
  const part: PartJson = { ids: [], skip: [], outlets: [], rows: [] };
  const outletIx = new Map<string, number>();
  let kept = 0;
  for (const r of reports) {
    part.ids.push(r.id);
    const f = a.featurise(r, sigs, kept * k);
    if ('skip' in f) {
      part.skip.push(f.skip === 'window' ? 1 : f.skip === 'keywords' ? 2 : 3);
      continue;
    }
    part.skip.push(0);
    let oi = outletIx.get(f.outlet.id);
    if (oi === undefined) {
      oi = part.outlets.length;
      outletIx.set(f.outlet.id, oi);
      part.outlets.push(f.outlet);
    }
    part.rows.push(f.quote ? [f.t, oi, f.actor, f.stance, f.reported, f.slots, f.xkey, f.words ?? 0, f.span ?? 0, [f.quote, f.url ?? null]] : [f.t, oi, f.actor, f.stance, f.reported, f.slots, f.xkey, f.words ?? 0, f.span ?? 0]);
    kept++;
  }
  const bytes = new Uint8Array(sigs.buffer, 0, kept * k * 4);
  return { meta: JSON.stringify(part), sigs: bytes, items: kept };
}

/** Replays one part into the merging analyser, in the part's order (coordinator side). */
export function mergePart(a: NarrativeAnalyser, meta: string, sigBytes: Uint8Array): number {
  const part = JSON.parse(meta) as PartJson;
  const k = a.sketchLength;
  // copy into an aligned buffer: a database driver's Buffer may start at any byte offset
  const sigs = new Uint32Array(sigBytes.byteLength / 4);
  new Uint8Array(sigs.buffer).set(sigBytes);
  let row = 0;
  for (let i = 0; i < part.ids.length; i++) {
    const s = part.skip[i];
    let f: Featurised;
    if (s === 1) f = { skip: 'window' };
    else if (s === 2) f = { skip: 'keywords' };
    else if (s === 3) f = { skip: 'paraphrase' };
    else {
      const [t, oi, actor, stance, reported, slots, xkey, words, span, q] = part.rows[row];
      f = { t, outlet: part.outlets[oi], actor, stance, reported, slots, xkey, words: words || null, span: span ?? 0, ...(q ? { quote: q[0], ...(q[1] ? { url: q[1] } : {}) } : {}) };
    }
    a.addFeatured(part.ids[i], f, s ? null : sigs, s ? 0 : row * k);
    if (!s) row++;
  }
  return part.ids.length;
}
