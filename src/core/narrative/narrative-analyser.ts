/**
 * The narrative engine over a stream of reports: streaming ingestion into compact typed arrays (a million
 * items fit in a few hundred MB), then near-duplicate clusters (MinHash + LSH) with origin and copies,
 * cross-lingual claim keys, narratives (claim stance, spread through text clusters), convergence per
 * narrative, the coordination network with null-model p-values, and the window sensitivity curve.
 *
 * Narrative clustering method: an item's stance is (who is blamed, called staged or not) from its claim
 * slots; a near-duplicate cluster takes the majority stance of its members that state one, so a copy that
 * lost the telling words still counts for the story it copies. A narrative is all items of one stance
 * (claim signature); its agent and munition are the commonest among its items.
 *
 * Asserting vs reporting outlets: an item that carries the stance only in reported speech or under a hedge
 * ("Russia accused the rebels", "a suspected attack by rebel groups", see claim-slots.ts) REPORTS the story.
 * A narrative's items, outlets and every convergence figure (hours to 2/5/10, t50, t90, state share) count the
 * items that ASSERT it; the reporting items and outlets are listed apart (detail.narratives[].reporting_*). Rule:
 * convergence measures how fast outlets came to tell the story in their own voice; a wire repeating an
 * accusation is evidence that the accusation was made, not that the outlet carried the story. An outlet that
 * both reports and later asserts counts as asserting from its first asserting item.
 */
import { AssayError, badInput } from '../errors.js';
import type { StoredReport } from '../case/schemas.js';
import { tokenHashes, fmix32 } from './text-tokenise.js';
import { DEFAULT_SKETCH, MinHasher, UnionFind, lshJoin, type SketchParams } from './minhash-sketch.js';
import type { ClaimPartiesFile } from './claim-parties.js';
import { claimLexicon, extractClaims, itemStance, type ClaimLexicon, stanceLabel, stanceOf, AGENTS, MUNITIONS, PLACES, type Claims } from './claim-slots.js';
import { OutletResolver, type ResolvedOutlet } from './outlet-registry.js';
import { adoptions, convergence, seenAt, type Convergence } from './narrative-convergence.js';
import { coordination, windowSensitivity, type CoordinationOptions } from './narrative-coordination.js';
import { PagedSketches, type SketchStore } from './sketch-store.js';

export interface AnalyseOptions {
  eventTime: string;
  /** analysis window after the event, ms (default 14 days) */
  windowMs?: number;
  /** how far before the event items are kept, ms (default 3 days): pre-scripted stories can lead */
  beforeMs?: number;
  keywords?: string[];
  sketch?: Partial<SketchParams>;
  coordination?: Partial<CoordinationOptions>;
  /** windows for the sensitivity curve, ms; [] to skip */
  sensitivityMs?: number[];
  /** who coordinates: the item's account when it has one, else its outlet (default), or always the outlet */
  actor?: 'account-or-outlet' | 'outlet';
  /** named people and organisations read as parties (knowledge/claim-parties.yaml); without it, the reader's built-in lexicon */
  claimParties?: ClaimPartiesFile;
}

export interface NarrativeOut extends Omit<Convergence, 'unknown_outlets'> {
  id: string;
  label: string;
  claims: { agent: string | null; blamed: string | null; staged: boolean; munition: string | null };
  items: number;
  outlets: string[];
}

export interface NarrativeDetail {
  id: string;
  /** the words that set each slot, with counts, commonest first */
  words: Record<string, [string, number][]>;
  outlets: { id: string; name: string; first_seen: string; hours: number; affiliation: string; known: boolean }[];
  unknown_outlets: number;
  /** hours since the event of each successive new outlet (the chart's series) */
  adoption_hours: number[];
  /** per asserting outlet, the item that made it adopt the story: id, headline (or opening words), URL */
  items: { id: string; outlet: string; published_at: string; quote: string | null; url: string | null }[];
  /** items and outlets that carry the story only as reported speech or hedged (not counted above) */
  reporting_items: number;
  reporting_outlets: { id: string; name: string; first_seen: string; hours: number; affiliation: string; known: boolean }[];
}

export interface DuplicateCluster {
  origin: { id: string; outlet: string; published_at: string };
  copies: { id: string; outlet: string; published_at: string; lag_hours: number }[];
}

export interface NarrativeResult {
  event_time: string;
  items: number;
  narratives: NarrativeOut[];
  coordination: { pairs: { a: string; b: string; weight: number; symmetry: number }[]; groups: { members: string[]; p_value: number }[] };
  detail: {
    read: number;
    skipped_outside_window: number;
    skipped_keywords: number;
    /** items marked "paraphrase": true (the bundle author's wording), never read */
    skipped_paraphrases: number;
    duplicate_ids: number;
    narratives: NarrativeDetail[];
    duplicates: { clusters: number; items_in_clusters: number; largest: DuplicateCluster[] };
    cross_lingual_links: number;
    sensitivity: ReturnType<typeof windowSensitivity>;
    coordination_window_seconds: number;
    unknown_outlets: string[];
    lsh: { candidates: number; joined: number };
  };
}

/** One item's per-item features (see NarrativeAnalyser.featurise); its sketch travels apart, as numbers. */
export interface ItemFeatures {
  t: number;
  outlet: ResolvedOutlet;
  actor: string;
  stance: number;
  /** bit 0: the stance is only reported; bit 1: the item calls the incident staged */
  reported: number;
  slots: number;
  /** width of the item's time window in seconds, centred on t (0: a date-time; up to 86400: a date only) */
  span?: number;
  /** for an item with a stance: its headline or opening words, and URL (the finding's trail quotes them) */
  quote?: string;
  url?: string;
  xkey: number;
  /** (slot, word) pairs counted for the claim-word tables, in counting order; null without a stance */
  words: [string, string][] | null;
}
export type Featurised = ItemFeatures | { skip: 'window' | 'keywords' | 'paraphrase' };

const DEFAULT_COORD: CoordinationOptions = { windowMs: 3_600_000, minWeight: 2, permutations: 99, seed: 20261125, maxFollowers: 200 };
const H = 3_600_000;

class Growable {
  t = new Float64Array(1024);
  outlet = new Int32Array(1024);
  actor = new Int32Array(1024);
  stance = new Uint8Array(1024);
  reported = new Uint8Array(1024);
  /** the item calls the incident staged (1) */
  staged = new Uint8Array(1024);
  /** width of the item's time window in seconds (0: a date-time; 86400: a date only), centred on t */
  span = new Uint32Array(1024);
  slots = new Uint16Array(1024); // agent(4 bits) | munition(3) | place(4)
  xkey = new Uint32Array(1024);
  ensure(n: number) {
    if (n < this.t.length) return;
    const cap = this.t.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array | Uint16Array | Uint32Array>(a: T, c: number): T => {
      const b = new (a.constructor as any)(c) as T;
      b.set(a as any);
      return b;
    };
    this.t = grow(this.t, cap);
    this.outlet = grow(this.outlet, cap);
    this.actor = grow(this.actor, cap);
    this.stance = grow(this.stance, cap);
    this.reported = grow(this.reported, cap);
    this.staged = grow(this.staged, cap);
    this.span = grow(this.span, cap);
    this.slots = grow(this.slots, cap);
    this.xkey = grow(this.xkey, cap);
  }
}

/** Cross-lingual key: the set of concept codes plus the numbers in the text, hashed; 0 when too weak. */
function crossKey(c: Claims, text: string): number {
  const concepts: number[] = [];
  if (c.agent) concepts.push(100 + AGENTS.indexOf(c.agent.value as any));
  if (c.munition) concepts.push(200 + MUNITIONS.indexOf(c.munition.value as any));
  if (c.place) concepts.push(300 + PLACES.indexOf(c.place.value as any));
  // blame is left out: word order moves the attribution cue across languages (Arabic is verb-first)
  if (concepts.length < 2) return 0;
  const nums = new Set<number>();
  for (const m of text.matchAll(/(?<![\p{L}\d])[0-9\u0660-\u0669]+(?![\p{L}])/gu)) {
    const v = Number(m[0].replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)));
    if (v > 1 && v < 1_000_000) nums.add(v);
  }
  if (nums.size < 2) return 0;
  const all = [...concepts, ...[...nums].map((v) => 1000 + v)].sort((a, b) => a - b);
  let h = 0x811c9dc5;
  for (const v of all) h = fmix32((Math.imul(h, 0x01000193) ^ v) >>> 0);
  return h || 1;
}

export class NarrativeAnalyser {
  private readonly eventMs: number;
  private readonly from: number;
  private readonly to: number;
  private readonly keywords: string[];
  private readonly sk: SketchParams;
  private readonly hasher: MinHasher;
  private readonly g: Growable;
  private readonly tokens = new Uint32Array(8192);
  private readonly lexicon: ClaimLexicon;
  private n = 0;
  private read = 0;
  private skippedWindow = 0;
  private skippedKeywords = 0;
  private skippedParaphrases = 0;
  private duplicateIds = 0;
  private readonly seen = new Set<string>();
  readonly ids: string[] = [];
  private readonly outletNames: ResolvedOutlet[] = [];
  private readonly outletIndex = new Map<string, number>();
  private readonly actorNames: string[] = [];
  private readonly actorIndex = new Map<string, number>();
  /** per stance: slot -> word -> count */
  private readonly words = new Map<number, Map<string, Map<string, number>>>();
  /** per stance and outlet, the earliest item with its quote: bounded by stances x outlets, not by items */
  private readonly firstQuoted = new Map<number, { t: number; i: number; quote: string; url: string | null }>();

  /** one item's sketch, on its way to the store */
  private readonly one: Uint32Array;
  /** the per-item sketches, in reading order */
  private readonly sketches: SketchStore;

  /**
   * `sketches`: where the per-item sketches are kept (default: pages in memory; spilled to a file for 10M
   * items and more: docs/scale-out.md); the result is the same either way.
   */
  constructor(
    private readonly resolver: OutletResolver,
    private readonly opts: AnalyseOptions,
    sketches?: SketchStore,
  ) {
    this.eventMs = Date.parse(opts.eventTime);
    if (Number.isNaN(this.eventMs)) throw badInput(`invalid event time "${opts.eventTime}"`, 'event_time');
    this.from = this.eventMs - (opts.beforeMs ?? 3 * 24 * H);
    this.to = this.eventMs + (opts.windowMs ?? 14 * 24 * H);
    this.keywords = (opts.keywords ?? []).map((k) => k.toLowerCase()).filter(Boolean);
    this.sk = { ...DEFAULT_SKETCH, ...opts.sketch };
    this.hasher = new MinHasher(this.sk.k);
    if (sketches && sketches.k !== this.sk.k) throw badInput(`the sketch store holds ${sketches.k} numbers a sketch, the analyser makes ${this.sk.k}`, 'sketch.k');
    this.g = new Growable();
    this.one = new Uint32Array(this.sk.k);
    this.sketches = sketches ?? new PagedSketches(this.sk.k);
    this.lexicon = claimLexicon(opts.claimParties);
  }

  get size(): number {
    return this.n;
  }

  private intern(map: Map<string, number>, list: unknown[], key: string, value: unknown): number {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      map.set(key, i);
      list.push(value);
    }
    return i;
  }

  add(r: StoredReport): void {
    this.read++;
    // the same report twice (a duplicated row, an overlapping export) counts once
    if (this.seen.has(r.id)) {
      this.duplicateIds++;
      return;
    }
    this.seen.add(r.id);
    const f = this.featurise(r, this.one, 0);
    if ('skip' in f) this.countSkip(f.skip);
    else this.addFeatures(r.id, f, this.one, 0);
  }

  /**
   * The per-item half of add(): everything that depends on the item alone (time window, keywords, outlet,
   * sketch, claims). Workers run it on their partition; the merge feeds the results to addFeatured in the
   * order the single-process engine would have read the items, so the result is the same (docs/scale-out.md).
   * Writes the item's sketch into `sigs` at `at`.
   */
  featurise(r: StoredReport, sigs: Uint32Array, at: number): Featurised {
    // the bundle author's paraphrase is not an outlet's words: never read as what the outlet said
    if (r.paraphrase) return { skip: 'paraphrase' };
    let t = Date.parse(r.published_at);
    // A date without a time means "some time that day" (UTC): the item is placed at midday and carries its
    // one-day window; it is never moved to the event time (docs/narrative.md, "Timing").
    let span = r.published_at.length === 10 ? 86_400 : 0;
    if (span) t += (span * 1000) / 2;
    if (!(t >= this.from && t <= this.to)) return { skip: 'window' };
    // the title joins the text unless the text already opens with it (feeds and exports often repeat it)
    const text = r.title && r.text && !r.text.startsWith(r.title.trim()) ? r.title + '\n' + r.text : r.text || r.title;
    if (this.keywords.length) {
      const low = text.toLowerCase();
      if (!this.keywords.some((k) => low.includes(k))) return { skip: 'keywords' };
    }
    const o = this.resolver.resolve(r.outlet, r.url);
    const actor = this.opts.actor === 'outlet' || !r.account ? o.name : r.account;
    const nt = tokenHashes(text, this.tokens);
    this.hasher.sketch(this.tokens, nt, sigs, at);
    const c = extractClaims(text, this.lexicon);
    // A dated item that tells the incident as past cannot predate it: on the event's own day its window starts
    // at the event. One that announces it (`prepared`) keeps the whole day, so a pre-scripted story can lead.
    if (span && !c.prepared) {
      const lo = t - span * 500;
      const hi = t + span * 500;
      if (lo < this.eventMs && this.eventMs < hi) {
        t = (this.eventMs + hi) / 2;
        span = Math.round((hi - this.eventMs) / 1000);
      }
    }
    const { code: st, reported, staged } = itemStance(c);
    const slots =
      (c.agent ? AGENTS.indexOf(c.agent.value as any) + 1 : 0) |
      ((c.munition ? MUNITIONS.indexOf(c.munition.value as any) + 1 : 0) << 4) |
      ((c.place ? PLACES.indexOf(c.place.value as any) + 1 : 0) << 7);
    let words: [string, string][] | null = null;
    if (st) {
      words = [];
      const ss = reported ? { ...c, blamed: c.reported?.blamed, staged: c.reported?.staged, attribution: { value: true, words: c.reported?.words ?? [] } } : c;
      for (const slot of ['agent', 'blamed', 'staged', 'prepared', 'munition', 'place', 'casualties', 'stockpile', 'attribution'] as const) {
        const v = (ss as Record<string, { words: string[] } | undefined>)[slot];
        if (v) for (const word of v.words) words.push([slot, word]);
      }
    }
    const quote = st ? (text.split('\n', 1)[0] || text).slice(0, 200).trim() : undefined;
    return { t, outlet: o, actor, stance: st, reported: (reported ? 1 : 0) | (staged ? 2 : 0), slots, xkey: crossKey(c, text), words, span, ...(quote ? { quote, ...(r.url ? { url: r.url } : {}) } : {}) };
  }

  /** The merge side: one item's featurise() result and its sketch sigs[at .. at+k), in reading order (`sigs` may be null for a skip). */
  addFeatured(id: string, f: Featurised, sigs: Uint32Array | null, at: number): void {
    this.read++;
    if (this.seen.has(id)) {
      this.duplicateIds++;
      return;
    }
    this.seen.add(id);
    if ('skip' in f) this.countSkip(f.skip);
    else this.addFeatures(id, f, sigs, at);
  }

  private countSkip(why: 'window' | 'keywords' | 'paraphrase'): void {
    if (why === 'window') this.skippedWindow++;
    else if (why === 'paraphrase') this.skippedParaphrases++;
    else this.skippedKeywords++;
  }

  private addFeatures(id: string, f: ItemFeatures, sigs: Uint32Array | null, at: number): void {
    if (!sigs) throw new AssayError('internal', `item ${id} was featurised without its sketch`);
    const i = this.n++;
    const g = this.g;
    g.ensure(this.n);
    this.sketches.append(sigs, at);
    g.t[i] = f.t;
    g.outlet[i] = this.intern(this.outletIndex, this.outletNames, f.outlet.id, f.outlet);
    g.actor[i] = this.intern(this.actorIndex, this.actorNames, f.actor, f.actor);
    g.stance[i] = f.stance;
    g.reported[i] = f.reported & 1;
    g.staged[i] = (f.reported >> 1) & 1;
    g.span[i] = f.span ?? 0;
    if (f.quote) {
      const key = f.stance * 1_000_000 + g.outlet[i];
      const prev = this.firstQuoted.get(key);
      if (!prev || f.t < prev.t) this.firstQuoted.set(key, { t: f.t, i, quote: f.quote, url: f.url ?? null });
    }
    g.slots[i] = f.slots;
    g.xkey[i] = f.xkey;
    if (f.words) {
      let w = this.words.get(f.stance);
      if (!w) this.words.set(f.stance, (w = new Map()));
      for (const [slot, word] of f.words) {
        let sw = w.get(slot);
        if (!sw) w.set(slot, (sw = new Map()));
        sw.set(word, (sw.get(word) ?? 0) + 1);
      }
    }
    this.ids.push(id);
  }

  /** Sketch length (values per item) of this analyser's MinHash. */
  get sketchLength(): number {
    return this.sk.k;
  }

  finish(): NarrativeResult {
    const n = this.n;
    const g = this.g;
    // 1. near-duplicate clusters over text
    const uf = new UnionFind(n);
    const lsh = lshJoin(this.sketches, n, this.sk, uf);
    const root = new Int32Array(n);
    const size = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      root[i] = uf.find(i);
      size[root[i]]++;
    }
    // 2. content clusters for coordination: text clusters joined by equal cross-lingual keys
    const ufAll = new UnionFind(n);
    for (let i = 0; i < n; i++) if (root[i] !== i) ufAll.union(i, root[i]);
    const byKey = new Map<number, number>();
    let crossLinks = 0;
    for (let i = 0; i < n; i++) {
      const x = g.xkey[i];
      if (!x) continue;
      const j = byKey.get(x);
      if (j === undefined) byKey.set(x, i);
      else if (ufAll.union(i, j)) crossLinks++;
    }
    const cluster = new Int32Array(n).fill(-1);
    const allSize = new Int32Array(n);
    for (let i = 0; i < n; i++) allSize[ufAll.find(i)]++;
    for (let i = 0; i < n; i++) {
      const r = ufAll.find(i);
      if (allSize[r] > 1) cluster[i] = r;
    }
    // 3. narratives: majority stance per text cluster spreads to members without one
    const votes = new Map<number, Map<number, number>>();
    // per cluster and stance: asserting minus reporting voters (a copy that inherits the stance inherits
    // whether its cluster mostly asserts or reports it; ties report)
    const voiceVotes = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      if (size[root[i]] < 2 || !g.stance[i]) continue;
      let v = votes.get(root[i]);
      if (!v) votes.set(root[i], (v = new Map()));
      v.set(g.stance[i], (v.get(g.stance[i]) ?? 0) + 1);
      const key = root[i] * 16 + g.stance[i];
      voiceVotes.set(key, (voiceVotes.get(key) ?? 0) + (g.reported[i] ? -1 : 1));
    }
    const clusterStance = new Map<number, number>();
    for (const [r, v] of votes) {
      let best = 0;
      let bn = 0;
      for (const [s, c] of [...v].sort((a, b) => a[0] - b[0])) if (c > bn) [best, bn] = [s, c];
      clusterStance.set(r, best);
    }
    const narrativeOf = new Uint8Array(n);
    const reportedOf = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const cs = clusterStance.get(root[i]);
      narrativeOf[i] = cs ?? g.stance[i];
      reportedOf[i] = cs === undefined || cs === g.stance[i] ? g.reported[i] : (voiceVotes.get(root[i] * 16 + cs) ?? 0) > 0 ? 0 : 1;
    }

    const outletsOf = (ix: number[]) =>
      ix.map((i) => {
        const o = this.outletNames[g.outlet[i]];
        const half = g.span[i] * 500;
        return { outlet: o.id, t: g.t[i], lo: g.t[i] - half, hi: g.t[i] + half, stateAffiliated: o.affiliation === 'state-affiliated', known: o.known };
      });
    const narratives: NarrativeOut[] = [];
    const details: NarrativeDetail[] = [];
    const members = new Map<number, number[]>();
    for (let i = 0; i < n; i++) if (narrativeOf[i]) (members.get(narrativeOf[i]) ?? members.set(narrativeOf[i], []).get(narrativeOf[i])!).push(i);
    const asserting = (ix: number[]) => ix.filter((i) => !reportedOf[i]);
    const ranked = [...members.entries()].sort((a, b) => asserting(b[1]).length - asserting(a[1]).length || b[1].length - a[1].length || a[0] - b[0]);
    for (const [code, all] of ranked) {
      const ix = asserting(all);
      const rix = all.filter((i) => reportedOf[i]);
      const ad = adoptions(outletsOf(ix));
      const assertingOutlets = new Set(ad.map((a) => a.outlet));
      const rad = adoptions(outletsOf(rix)).filter((a) => !assertingOutlets.has(a.outlet));
      const conv = convergence(ad, this.eventMs);
      const commonest = (bits: number, shift: number, names: readonly string[]) => commonestOf(ix, bits, shift, names);
      const commonestOf = (items: number[], bits: number, shift: number, names: readonly string[]) => {
        const cnt = new Map<number, number>();
        for (const i of items) {
          const v = (g.slots[i] >> shift) & bits;
          if (v) cnt.set(v, (cnt.get(v) ?? 0) + 1);
        }
        const best = [...cnt].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
        return best ? names[best[0] - 1] : null;
      };
      const st = stanceOf(code);
      // the narrative calls the incident staged when most of its asserting items do (of all its items when none asserts)
      const voters = ix.length ? ix : all;
      const stagedMajority = st.side === 'staged' || voters.reduce((n, i) => n + g.staged[i], 0) * 2 > voters.length;
      const id = `n-${st.side}`;
      const { unknown_outlets, ...convOut } = conv;
      narratives.push({
        id,
        label: stanceLabel(code),
        claims: { agent: commonest(15, 0, AGENTS) ?? commonestOf(rix, 15, 0, AGENTS), blamed: st.blamed, staged: stagedMajority, munition: commonest(7, 4, MUNITIONS) ?? commonestOf(rix, 7, 4, MUNITIONS) },
        items: ix.length,
        outlets: ad.map((a) => this.outletNames[this.outletIndex.get(a.outlet)!].name),
        ...convOut,
      });
      const w = this.words.get(code) ?? new Map();
      details.push({
        id,
        words: Object.fromEntries([...w].map(([slot, m]) => [slot, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12)])),
        outlets: ad.map((a) => {
          const o = this.outletNames[this.outletIndex.get(a.outlet)!];
          return { id: o.id, name: o.name, first_seen: seenAt(a), hours: Math.round(((a.t - this.eventMs) / H) * 100) / 100, affiliation: o.affiliation, known: o.known };
        }),
        unknown_outlets,
        adoption_hours: ad.map((a) => Math.round(((a.t - this.eventMs) / H) * 100) / 100),
        items: ad.map((a) => {
          const oi = this.outletIndex.get(a.outlet)!;
          // the outlet's first asserting item; its quote when it is the outlet's first item of this stance
          let first = -1;
          for (const i of ix) if (g.outlet[i] === oi && (first < 0 || g.t[i] < g.t[first])) first = i;
          const q = this.firstQuoted.get(code * 1_000_000 + oi);
          const withQuote = q && q.t <= g.t[first] ? q.i : first;
          return { id: this.ids[withQuote], outlet: this.outletNames[oi].name, published_at: seenAt(a), quote: q && q.i === withQuote ? q.quote : null, url: q && q.i === withQuote ? q.url : null };
        }),
        reporting_items: rix.length,
        reporting_outlets: rad.map((a) => {
          const o = this.outletNames[this.outletIndex.get(a.outlet)!];
          return { id: o.id, name: o.name, first_seen: seenAt(a), hours: Math.round(((a.t - this.eventMs) / H) * 100) / 100, affiliation: o.affiliation, known: o.known };
        }),
      });
    }

    // 4. duplicates: origin (earliest) and copies of the largest text clusters
    const clusterItems = new Map<number, number[]>();
    let inClusters = 0;
    for (let i = 0; i < n; i++)
      if (size[root[i]] > 1) {
        inClusters++;
        (clusterItems.get(root[i]) ?? clusterItems.set(root[i], []).get(root[i])!).push(i);
      }
    const largest = [...clusterItems.values()]
      .sort((a, b) => b.length - a.length || a[0] - b[0])
      .slice(0, 20)
      .map((ix) => {
        const s = [...ix].sort((a, b) => g.t[a] - g.t[b] || (this.ids[a] < this.ids[b] ? -1 : 1));
        const o = s[0];
        const item = (i: number) => ({ id: this.ids[i], outlet: this.outletNames[g.outlet[i]].name, published_at: new Date(g.t[i]).toISOString() });
        return { origin: item(o), copies: s.slice(1, 50).map((i) => ({ ...item(i), lag_hours: Math.round(((g.t[i] - g.t[o]) / H) * 100) / 100 })) };
      });

    // 5. coordination
    const co = { ...DEFAULT_COORD, ...this.opts.coordination };
    const input = { cluster, t: g.t, actor: g.actor, n, nActors: this.actorNames.length };
    const res = coordination(input, co);
    const sens = windowSensitivity(input, this.opts.sensitivityMs ?? [], co.minWeight, co.maxFollowers, { windowMs: co.windowMs, maxFollowers: co.maxFollowers, minWeight: co.minWeight, result: res });
    const name = (a: number) => this.actorNames[a];
    return {
      event_time: new Date(this.eventMs).toISOString(),
      items: n,
      narratives,
      coordination: {
        pairs: res.edges
          .sort((x, y) => y.weight - x.weight || (name(x.a) < name(y.a) ? -1 : name(x.a) > name(y.a) ? 1 : name(x.b) < name(y.b) ? -1 : 1))
          .map((e) => ({ a: name(e.a), b: name(e.b), weight: e.weight, symmetry: e.symmetry })),
        groups: res.groups
          .map((gr) => ({ members: gr.members.map(name).sort(), p_value: gr.p_value, weight: gr.weight }))
          .sort((x, y) => x.p_value - y.p_value || y.weight - x.weight || (x.members[0] < y.members[0] ? -1 : 1))
          .map(({ members, p_value }) => ({ members, p_value })),
      },
      detail: {
        read: this.read,
        skipped_outside_window: this.skippedWindow,
        skipped_keywords: this.skippedKeywords,
        skipped_paraphrases: this.skippedParaphrases,
        duplicate_ids: this.duplicateIds,
        narratives: details,
        duplicates: { clusters: clusterItems.size, items_in_clusters: inClusters, largest },
        cross_lingual_links: crossLinks,
        sensitivity: sens,
        coordination_window_seconds: co.windowMs / 1000,
        unknown_outlets: this.outletNames.filter((o) => !o.known).map((o) => o.name).sort(),
        lsh,
      },
    };
  }
}
