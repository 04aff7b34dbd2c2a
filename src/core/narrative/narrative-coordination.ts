/**
 * Coordination: a sliding-window co-publication network. Two actors (outlets or accounts) co-publish when
 * items of theirs in the same content cluster (near-duplicate text, or the same cross-lingual claim key)
 * appear within a window of each other. Unlike fixed time bins (CooRnet's cut(date, "<d> secs")), a
 * sliding window keeps pairs that straddle a bin edge; unlike exact-text matching (QUT co_tweet), content
 * clusters keep one-word edits and translations together.
 *
 * Edge weight: the number of distinct content clusters in which the pair co-published (QUT's
 * count(distinct message_id), CooRTweet's co-share count). Symmetry: min/max of the two sides' items
 * involved (CooRTweet edge_symmetry_score), low when one hyperactive actor drives the edge. Groups:
 * connected components of edges of weight >= minWeight. Significance: a time-shift null model (each
 * member's timeline shifted circularly by its own random offset, which keeps every actor's volume, rhythm
 * and content and breaks only the alignment between actors); p = (1 + #null >= observed) / (1 + R), the
 * Monte Carlo p-value of Davison & Hinkley (1997) eq. 4.11.
 */
import { UnionFind } from './minhash-sketch.js';

export interface CoordinationInput {
  /** content cluster of each item, -1 when the item has no copy */
  cluster: Int32Array;
  t: Float64Array;
  actor: Int32Array;
  n: number;
  nActors: number;
}

export interface CoordinationOptions {
  windowMs: number;
  minWeight: number;
  permutations: number;
  seed: number;
  /** cap on later items compared with one item inside a window (bursts of thousands of copies) */
  maxFollowers: number;
}

export interface Edge {
  a: number;
  b: number;
  weight: number;
  symmetry: number;
}

export interface Group {
  members: number[];
  weight: number;
  p_value: number;
}

export interface CoordinationResult {
  edges: Edge[];
  groups: Group[];
  /** co-publication events counted (pair x cluster within the window) */
  coActions: number;
  /** the items in clusters in (cluster, time) order, and the components of the edges: what windowSensitivity can reuse */
  order: Int32Array;
  components: number[][];
}

/** mulberry32: small seeded PRNG (Tommy Ettinger, public domain) so null models reproduce bit for bit. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Items that are in a cluster, ordered by (cluster, time). */
export function clusterOrder(inp: CoordinationInput): Int32Array {
  let m = 0;
  for (let i = 0; i < inp.n; i++) if (inp.cluster[i] >= 0) m++;
  const order = new Int32Array(m);
  m = 0;
  for (let i = 0; i < inp.n; i++) if (inp.cluster[i] >= 0) order[m++] = i;
  const c = inp.cluster;
  const t = inp.t;
  order.sort((x, y) => c[x] - c[y] || t[x] - t[y] || x - y);
  return order;
}

/**
 * The actor pairs of one window, in the order they were first seen (that order fixes the edges' order, the
 * components' order and so which group draws which null-model shifts). Columns of typed arrays behind an
 * open-addressing index: about 40 bytes a pair, no per-pair object, and no ceiling on the count (a JS Map
 * stops at 2^24 entries, which 10 million items pass: docs/scale-out.md, "10 million items in one process").
 */
export class PairTable {
  size = 0;
  key = new Float64Array(1024);
  /** distinct clusters the pair co-published in, and the last one counted */
  w = new Int32Array(1024);
  lastCluster = new Int32Array(1024);
  /** items of the lower / higher actor involved, and the last one counted */
  na = new Int32Array(1024);
  nb = new Int32Array(1024);
  lastA = new Int32Array(1024);
  lastB = new Int32Array(1024);
  /** entry index + 1 per slot, 0 empty */
  private slots = new Int32Array(2048);

  private static hash(key: number): number {
    const lo = key % 4294967296;
    const hi = (key - lo) / 4294967296;
    let h = Math.imul((lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  /** The entry of `key`, added (weight 0, nothing counted yet) when new. */
  entry(key: number): number {
    const mask = this.slots.length - 1;
    let s = PairTable.hash(key) & mask;
    for (;;) {
      const e = this.slots[s];
      if (e === 0) break;
      if (this.key[e - 1] === key) return e - 1;
      s = (s + 1) & mask;
    }
    const e = this.size++;
    if (e === this.key.length) this.growColumns();
    this.key[e] = key;
    this.w[e] = 0;
    this.lastCluster[e] = -1;
    this.na[e] = 0;
    this.nb[e] = 0;
    this.lastA[e] = -1;
    this.lastB[e] = -1;
    this.slots[s] = e + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return e;
  }

  private growColumns(): void {
    const grow = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.key = grow(this.key);
    this.w = grow(this.w);
    this.lastCluster = grow(this.lastCluster);
    this.na = grow(this.na);
    this.nb = grow(this.nb);
    this.lastA = grow(this.lastA);
    this.lastB = grow(this.lastB);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let s = PairTable.hash(this.key[e]) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    }
    this.slots = slots;
  }
}

/** Builds the weighted actor network for one window. */
export function coPublicationEdges(inp: CoordinationInput, order: Int32Array, o: Pick<CoordinationOptions, 'windowMs' | 'maxFollowers'>): { pairs: PairTable; coActions: number } {
  const { cluster, t, actor, nActors } = inp;
  const pairs = new PairTable();
  let coActions = 0;
  const m = order.length;
  let start = 0;
  while (start < m) {
    const cl = cluster[order[start]];
    let end = start + 1;
    while (end < m && cluster[order[end]] === cl) end++;
    for (let x = start; x < end; x++) {
      const i = order[x];
      const lim = Math.min(end, x + 1 + o.maxFollowers);
      for (let y = x + 1; y < lim; y++) {
        const j = order[y];
        if (t[j] - t[i] > o.windowMs) break;
        const ai = actor[i];
        const aj = actor[j];
        if (ai === aj) continue;
        const lo = ai < aj ? ai : aj;
        const hi = ai < aj ? aj : ai;
        const p = pairs.entry(lo * nActors + hi);
        if (pairs.lastCluster[p] !== cl) {
          pairs.w[p]++;
          pairs.lastCluster[p] = cl;
          coActions++;
        }
        const ilo = ai === lo ? i : j;
        const ihi = ai === lo ? j : i;
        if (pairs.lastA[p] !== ilo) {
          pairs.na[p]++;
          pairs.lastA[p] = ilo;
        }
        if (pairs.lastB[p] !== ihi) {
          pairs.nb[p]++;
          pairs.lastB[p] = ihi;
        }
      }
    }
    start = end;
  }
  return { pairs, coActions };
}

/** Edges at or above the weight cut, and the connected components they form. */
export function edgesAndComponents(pairs: PairTable, nActors: number, minWeight: number): { edges: Edge[]; components: number[][] } {
  const edges: Edge[] = [];
  const uf = new UnionFind(nActors);
  for (let e = 0; e < pairs.size; e++) {
    if (pairs.w[e] < minWeight) continue;
    const key = pairs.key[e];
    const a = Math.floor(key / nActors);
    const b = key - a * nActors;
    const na = pairs.na[e];
    const nb = pairs.nb[e];
    edges.push({ a, b, weight: pairs.w[e], symmetry: Math.round((Math.min(na, nb) / Math.max(na, nb)) * 1000) / 1000 });
    uf.union(a, b);
  }
  const comp = new Map<number, number[]>();
  const seen = new Set<number>();
  for (const e of edges)
    for (const v of [e.a, e.b]) {
      if (seen.has(v)) continue;
      seen.add(v);
      const r = uf.find(v);
      let l = comp.get(r);
      if (!l) comp.set(r, (l = []));
      l.push(v);
    }
  return { edges, components: [...comp.values()].map((l) => l.sort((x, y) => x - y)) };
}

/** Internal co-publication count of a group's items (pair x cluster within the window). */
function groupStatistic(cl: Int32Array, tt: Float64Array, ac: Int32Array, windowMs: number, scratch: Int32Array): number {
  // items come grouped by cluster; sort each cluster's slice by time and sweep
  let s = 0;
  const m = cl.length;
  let start = 0;
  const seen = new Set<number>();
  while (start < m) {
    let end = start + 1;
    while (end < m && cl[end] === cl[start]) end++;
    if (end - start > 1) {
      const k = end - start;
      for (let x = 0; x < k; x++) scratch[x] = start + x;
      const idx = scratch.subarray(0, k).sort((a, b) => tt[a] - tt[b]);
      seen.clear();
      for (let x = 0; x < k; x++)
        for (let y = x + 1; y < k; y++) {
          const i = idx[x];
          const j = idx[y];
          if (tt[j] - tt[i] > windowMs) break;
          if (ac[i] === ac[j]) continue;
          const key = ac[i] < ac[j] ? ac[i] * 1048576 + ac[j] : ac[j] * 1048576 + ac[i];
          if (!seen.has(key)) {
            seen.add(key);
            s++;
          }
        }
    }
    start = end;
  }
  return s;
}

/** The full coordination pass: network, groups, and time-shift null-model p-values. */
export function coordination(inp: CoordinationInput, o: CoordinationOptions): CoordinationResult {
  const order = clusterOrder(inp);
  const { pairs, coActions } = coPublicationEdges(inp, order, o);
  const { edges, components } = edgesAndComponents(pairs, inp.nActors, o.minWeight);
  let tmin = Infinity;
  let tmax = -Infinity;
  for (let i = 0; i < inp.n; i++) {
    if (inp.t[i] < tmin) tmin = inp.t[i];
    if (inp.t[i] > tmax) tmax = inp.t[i];
  }
  const span = Math.max(tmax - tmin, o.windowMs * 2, 1);
  const groupOf = new Int32Array(inp.nActors).fill(-1);
  components.forEach((c, g) => c.forEach((a) => (groupOf[a] = g)));
  // each group's items, in cluster order (local member index so keys stay small)
  const gItems: number[][] = components.map(() => []);
  for (let x = 0; x < order.length; x++) {
    const i = order[x];
    const g = groupOf[inp.actor[i]];
    if (g >= 0) gItems[g].push(i);
  }
  const rng = mulberry32(o.seed);
  const groups: Group[] = components.map((members, g) => {
    const items = gItems[g];
    const local = new Map(members.map((a, k) => [a, k]));
    const cl = Int32Array.from(items, (i) => inp.cluster[i]);
    const ac = Int32Array.from(items, (i) => local.get(inp.actor[i])!);
    const t0 = Float64Array.from(items, (i) => inp.t[i]);
    const scratch = new Int32Array(items.length);
    const observed = groupStatistic(cl, t0, ac, o.windowMs, scratch);
    const tt = new Float64Array(items.length);
    const shift = new Float64Array(members.length);
    let atLeast = 0;
    for (let r = 0; r < o.permutations; r++) {
      for (let k = 0; k < members.length; k++) shift[k] = rng() * span;
      for (let x = 0; x < items.length; x++) tt[x] = tmin + ((t0[x] - tmin + shift[ac[x]]) % span);
      if (groupStatistic(cl, tt, ac, o.windowMs, scratch) >= observed) atLeast++;
    }
    const weight = edges.filter((e) => groupOf[e.a] === g).reduce((s, e) => s + e.weight, 0);
    return { members, weight, p_value: Math.round(((1 + atLeast) / (1 + o.permutations)) * 10000) / 10000 };
  });
  return { edges, groups, coActions, order, components };
}

/**
 * Sensitivity curve over window sizes: edges, groups and actors in groups at each window. `known`: the main
 * pass's result at its window (same input, same cut), reused rather than computed again: a pass over every
 * pair is the costly part at 10M items (docs/scale-out.md, "10 million items in one process").
 */
export function windowSensitivity(
  inp: CoordinationInput,
  windowsMs: number[],
  minWeight: number,
  maxFollowers: number,
  known?: { windowMs: number; maxFollowers: number; minWeight: number; result: CoordinationResult },
) {
  const order = known?.result.order ?? clusterOrder(inp);
  return windowsMs.map((w) => {
    const reuse = known && known.windowMs === w && known.maxFollowers === maxFollowers && known.minWeight === minWeight;
    const { coActions, edgeCount, components } = reuse
      ? { coActions: known.result.coActions, edgeCount: known.result.edges.length, components: known.result.components }
      : (() => {
          const { pairs, coActions } = coPublicationEdges(inp, order, { windowMs: w, maxFollowers });
          const { edges, components } = edgesAndComponents(pairs, inp.nActors, minWeight);
          return { coActions, edgeCount: edges.length, components };
        })();
    return { window_seconds: w / 1000, co_actions: coActions, edges: edgeCount, groups: components.length, actors_in_groups: components.reduce((s, c) => s + c.length, 0) };
  });
}
