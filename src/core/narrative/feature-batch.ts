/**
 * A batch of featurised items in columns of typed arrays, the form in which a featurising thread hands its
 * work back to the thread that merges (docs/scale-out.md, "10 million items in one process"). Typed arrays
 * move between threads without a copy; only the strings (actors, outlets, claim words, quotes) are cloned.
 * The merge replays the batch through NarrativeAnalyser.addFeatured in the batch's order, so the analyser sees
 * exactly the features, order and sketches it would have computed itself: the result is the same item for item.
 *
 * Pure: no IO, no threads here (src/adapters/narrative/parallel-featuriser.ts runs it on worker threads).
 */
import type { StoredReport } from '../case/schemas.js';
import { AssayError } from '../errors.js';
import type { ResolvedOutlet } from './outlet-registry.js';
import type { Featurised, NarrativeAnalyser } from './narrative-analyser.js';

/** What featurise reads of a report (the id stays with the merging side). */
export type FeaturiseInput = Pick<StoredReport, 'published_at' | 'outlet' | 'title' | 'text' | 'url' | 'account' | 'paraphrase'>;

/** The fields of a report that featurise reads, and nothing else (what crosses to a featurising thread). */
export const featuriseInput = (r: FeaturiseInput): FeaturiseInput => ({
  published_at: r.published_at,
  outlet: r.outlet,
  title: r.title,
  text: r.text,
  url: r.url,
  account: r.account,
  paraphrase: r.paraphrase,
});

export interface FeatureBatch {
  /** items in the batch */
  n: number;
  /** per item: 0 featurised, 1 outside the window, 2 no keyword, 3 a paraphrase */
  skip: Uint8Array;
  /** per featurised item, in order */
  t: Float64Array;
  span: Uint32Array;
  /** index into `outlets` */
  outlet: Uint32Array;
  stance: Uint8Array;
  reported: Uint8Array;
  slots: Uint16Array;
  xkey: Uint32Array;
  actors: string[];
  /** the batch's distinct outlets, as resolved */
  outlets: ResolvedOutlet[];
  /** the featurised items with a stance: [index among featurised items, claim words, quote, url] */
  extras: [number, [string, string][] | null, string | null, string | null][];
  /** featurised items x k numbers */
  sigs: Uint32Array;
}

const SKIP_CODE = { window: 1, keywords: 2, paraphrase: 3 } as const;
const SKIP_OF = [null, { skip: 'window' }, { skip: 'keywords' }, { skip: 'paraphrase' }] as const;

/** Featurises `reports` with `a` (any analyser with the same options: only featurise is used). */
export function featuriseBatch(a: NarrativeAnalyser, reports: FeaturiseInput[]): FeatureBatch {
  const n = reports.length;
  const k = a.sketchLength;
  const b: FeatureBatch = {
    n,
    skip: new Uint8Array(n),
    t: new Float64Array(n),
    span: new Uint32Array(n),
    outlet: new Uint32Array(n),
    stance: new Uint8Array(n),
    reported: new Uint8Array(n),
    slots: new Uint16Array(n),
    xkey: new Uint32Array(n),
    actors: [],
    outlets: [],
    extras: [],
    sigs: new Uint32Array(n * k),
  };
  const outletIx = new Map<string, number>();
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const f = a.featurise(reports[i] as StoredReport, b.sigs, kept * k);
    if ('skip' in f) {
      b.skip[i] = SKIP_CODE[f.skip];
      continue;
    }
    let oi = outletIx.get(f.outlet.id);
    // one object per outlet id and batch: the merge keeps the first it sees for an id, as the analyser does
    if (oi === undefined || b.outlets[oi] !== f.outlet) {
      oi = b.outlets.length;
      outletIx.set(f.outlet.id, oi);
      b.outlets.push(f.outlet);
    }
    b.t[kept] = f.t;
    b.span[kept] = f.span ?? 0;
    b.outlet[kept] = oi;
    b.stance[kept] = f.stance;
    b.reported[kept] = f.reported;
    b.slots[kept] = f.slots;
    b.xkey[kept] = f.xkey;
    b.actors.push(f.actor);
    if (f.words || f.quote) b.extras.push([kept, f.words, f.quote ?? null, f.url ?? null]);
    kept++;
  }
  if (kept < n) {
    b.t = b.t.slice(0, kept);
    b.span = b.span.slice(0, kept);
    b.outlet = b.outlet.slice(0, kept);
    b.stance = b.stance.slice(0, kept);
    b.reported = b.reported.slice(0, kept);
    b.slots = b.slots.slice(0, kept);
    b.xkey = b.xkey.slice(0, kept);
    b.sigs = b.sigs.slice(0, kept * k);
  }
  return b;
}

/** The typed arrays' buffers, to transfer rather than copy. */
export const batchBuffers = (b: FeatureBatch): ArrayBuffer[] =>
  [b.skip, b.t, b.span, b.outlet, b.stance, b.reported, b.slots, b.xkey, b.sigs].map((x) => x.buffer as ArrayBuffer);

/** Replays a batch into the merging analyser in the batch's order; `ids` are the batch's report ids. */
export function mergeBatch(a: NarrativeAnalyser, ids: readonly string[], b: FeatureBatch): void {
  if (ids.length !== b.n) throw new AssayError('internal', `feature batch of ${b.n} item(s) for ${ids.length} id(s)`);
  const k = a.sketchLength;
  let kept = 0;
  let e = 0;
  for (let i = 0; i < b.n; i++) {
    const s = b.skip[i];
    if (s) {
      a.addFeatured(ids[i], SKIP_OF[s] as Featurised, null, 0);
      continue;
    }
    const extra = e < b.extras.length && b.extras[e][0] === kept ? b.extras[e++] : null;
    const f: Featurised = {
      t: b.t[kept],
      outlet: b.outlets[b.outlet[kept]],
      actor: b.actors[kept],
      stance: b.stance[kept],
      reported: b.reported[kept],
      slots: b.slots[kept],
      xkey: b.xkey[kept],
      words: extra ? extra[1] : null,
      span: b.span[kept],
      ...(extra?.[2] ? { quote: extra[2], ...(extra[3] ? { url: extra[3] } : {}) } : {}),
    };
    a.addFeatured(ids[i], f, b.sigs, kept * k);
    kept++;
  }
}
