/**
 * The agent differential: from accounts (free text and/or coded features) to a posterior over agents and
 * agent classes, with a determination in ICD 203 words and the features that moved it most.
 *
 * Method: naive-Bayes differential diagnosis (as in de Dombal's computer-aided diagnosis, BMJ 1972, and
 * the noisy observation models of QMR-DT, Shwe et al. 1991), with four guards against over-confidence:
 *   1. leak: P'(f|a) = leak + (1-leak) P(f|a) (knowledge/agents.yaml model.leak), applied when the KB compiles;
 *   2. noise: a report asserts a feature wrongly with probability `noise`, so
 *        P(says present | a) = noise + (1-noise) P'(f|a),  P(says absent | a) = noise + (1-noise) (1 - P'(f|a));
 *   3. absence only where it would have been mentioned: P(silent | a) = 1 - salience x P'(f|a), used only for
 *      detailed accounts and for exclusive groups (see the KB's model.absence);
 *   4. reliability discount (a mixture with an uninformative report): with weight w = r (1 - report_noise),
 *        L_r(a) = w L(a) + (1 - w) Lbar,   Lbar = sum_a prior(a) L(a),
 *      so the posterior after one report is w x (full update) + (1 - w) x prior: no report can zero an agent.
 * Reports combine as independent (product of L_r). Agents aggregate to classes by summing posteriors.
 * Pure: no IO; the KB is compiled by the caller.
 */
import type { AgentKb, CorrelatedDef, SyndromeDef } from './agent-kb.js';
import { extractFeatures } from './feature-extraction.js';
import { estimativeTerm } from '../estimative-language.js';
import { sortSmall } from './stable-sort.js';
import { wordEvidence } from './word-layer.js';

/** The ICD 203 words of a probability. Speed only: away from every band edge (by more than the 1e-9 rounding
 * estimativeTerm applies, with margin) the band is read from a table of the same words; near an edge, and for
 * anything unusual, estimativeTerm itself decides. */
const BAND_EDGES = [0.05, 0.2, 0.45, 0.55, 0.8, 0.95];
const BAND_WORDS = [0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99].map((p) => estimativeTerm(p).words);
export const estimativeWords = (p: number): string => {
  const q = Math.min(1, Math.max(0, p));
  if (!(q >= 0 && q <= 1)) return estimativeTerm(q).words;
  let band = 0;
  for (const e of BAND_EDGES) {
    if (Math.abs(q - e) < 1e-7) return estimativeTerm(q).words;
    if (q > e) band++;
  }
  return BAND_WORDS[band];
};

export type Role = 'witness' | 'medic' | 'official' | 'journalist' | 'other';

export interface Account {
  id?: string;
  text?: string;
  role?: Role;
  /** explicit 0-1; wins over credibility */
  reliability?: number;
  /** Admiralty information credibility 1-6 */
  credibility?: number;
  /** coded features; they override what the text says about the same feature */
  features?: Record<string, boolean>;
}

export interface DifferentialContext {
  /** probability the leading class must reach for a determination (default from the KB, 0.8) */
  threshold?: number;
  /** prior weights by agent id or class id (a class weight is split evenly over its agents) */
  priors?: Record<string, number>;
  /** overrides the KB's calibration temperature (used by the fitting step of the evaluation) */
  temperature?: number;
  /** overrides context features' undescribed salience by feature id (used by the fitting step of the evaluation) */
  undescribedSalience?: Record<string, number>;
  /** overrides the syndromes' salience by syndrome id (used by the fitting step of the evaluation) */
  syndromeSalience?: Record<string, number>;
  /** overrides the signature model's salience, correlation and minimum (used by the measuring step of the evaluation;
   * `off`: no signature row at all) */
  signatures?: { medic?: number; lay?: number; correlation?: number; minClinical?: number; minAccounts?: number; off?: boolean };
  /** overrides the correlated sets' `rest` by set id (used by the fitting step of the evaluation) */
  correlated?: Record<string, { rest?: number }>;
  /** true: add the word evidence (word-layer.ts, knowledge/agent-word-layer.json; `--word-evidence`), false: never;
   * absent: the KB's default (kb.wordEvidence, which the loader sets: src/app/agents.ts) */
  wordEvidence?: boolean;
}

/** 'silent': a feature a detailed account (or an exclusive group) would have named; 'undescribed': context nobody
 * described (addUndescribedContext) */
export type Observation = 'present' | 'absent' | 'silent' | 'undescribed';

export interface Contribution {
  report: number;
  feature: string;
  observation: Observation;
  phrase: string | null;
  /** the report's weight w = reliability x (1 - report_noise) */
  weight: number;
  /** w x [ln P(obs | leading class) - ln P(obs | runner-up class)] */
  llr: number;
  favours: string;
  against: string;
  /** set on the row of a syndrome nobody described (observation 'undescribed'; `feature` is then the syndrome's id too,
   * never one of its signs, so that nothing grouping rows by feature credits, say, miosis with the syndrome's silence) */
  syndrome?: string;
  /** (session 28, agabs) set on the row of a signature nobody mentioned (observation 'undescribed'): how many accounts of
   * the incident could have mentioned it and did not (docs/agent-differential.md §4 step 3d) */
  accounts?: number;
  /** (session 26, agdev) set on a row of a feature that is no evidence about this incident from its signs or scene: 'setting', a
   * base rate of where it happened (a prior from the setting: knowledge/agents.yaml iran_iraq_war, syrian_war), or 'named', the
   * account names a class of agent (a claim). Absent on every other row (the evidence from signs and scene) */
  basis?: 'setting' | 'named';
}

export interface DifferentialResult {
  /** the leading class and agent; both null when no account gave a usable feature (every class stays at its prior) */
  top: { class: string | null; agent: string | null };
  agents: { id: string; class: string; probability: number }[];
  classes: { id: string; probability: number }[];
  determination: {
    class: string | null;
    agent: string | null;
    probability: number;
    words: string;
    /** classes still in play when undetermined (the leader and every class at 10% or more), else [] */
    remaining: string[];
    /** set when one account alone could not reach the threshold whatever it said (its reliability caps it) */
    note?: string;
  };
  features: { id: string; present: boolean; evidence: string; report: number }[];
  contributions: Contribution[];
  reports: { report: number; id?: string; role: Role; reliability: number; weight: number; detailed: boolean; observed: number; named_agents: string[] }[];
  /** the class probabilities through the KB's calibration map (model.class_calibration; absent when it has none), by
   * class id in KB order: p(c)^power x exp(bias[c]), normalised, fitted on development hold parts to be the chance that
   * the class is right (eval/agents/fit-calibration.ts). Reported beside `classes`; it decides nothing (the determination
   * and the leader stay on the posterior, which guard 4 caps for one account) */
  calibrated?: Record<string, number>;
  /** P(all evidence | agent) up to a common constant (max 1), for the assessment */
  likelihoods: Record<string, number>;
  threshold: number;
  /** the word evidence (word-layer.ts), when it was asked for, the KB has a fitted table and the accounts gave a
   * usable feature: each class's log-factor as applied (after the one-account cap) and the words that moved it most */
  words?: WordEvidenceResult;
}

export interface WordEvidenceResult {
  source: string;
  /** ln of the factor each class was multiplied by (KB class ids) */
  shift: Record<string, number>;
  /** share of the table's shift kept under the one-account cap (1: all of it) */
  kept: number;
  /** the words found, largest weight toward any class first: the surface read, the class it favours most, and by how much (log-odds, centred over classes) */
  inputs: { words: string; favours: string; weight: number }[];
}

const LN = Math.log;
/** Math.exp of each entry, a new array (session 29, agspeed; speed only): the values of Float64Array.from(row, Math.exp), which
 * calls its mapping function through the builtin's generic path, about four times the time of this loop for a row of the
 * KB's columns; used where a row is made per account (the signatures' and the damped rows) */
function expOf(row: Float64Array): Float64Array {
  const out = new Float64Array(row.length);
  for (let k = 0; k < row.length; k++) out[k] = Math.exp(row[k]);
  return out;
}

function logSumExp(xs: Float64Array): number {
  // (indexed loops rather than for-of: speed only, the same terms in the same order)
  const n = xs.length;
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (xs[i] > m) m = xs[i];
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i] - m);
  return m + LN(s);
}

/** Reliability of an account: explicit 0-1, else Admiralty credibility via the KB map, else the KB's reliability for
 * the reporter's role (model.role_reliability: a medic's or an official's ungraded account), else the KB default. */
export function accountReliability(kb: AgentKb, a: Account): number {
  if (typeof a.reliability === 'number') return a.reliability;
  if (typeof a.credibility === 'number' && kb.credibility[a.credibility] !== undefined) return kb.credibility[a.credibility];
  const byRole = a.role !== undefined && Object.prototype.hasOwnProperty.call(kb.roleReliability ?? {}, a.role) ? kb.roleReliability[a.role] : undefined;
  return byRole ?? kb.defaultReliability;
}

function priorsFor(kb: AgentKb, priors?: Record<string, number>): Float64Array {
  if (!priors || Object.keys(priors).length === 0) return kb.prior;
  const out = new Float64Array(kb.agents.length);
  kb.classes.forEach((c) => {
    const cw = priors[c.id];
    if (cw !== undefined && c.agents.length) for (const ai of c.agents) out[ai] += cw / c.agents.length;
  });
  kb.agents.forEach((a, ai) => {
    if (priors[a.id] !== undefined && !(a.id === a.class && priors[a.class] !== undefined)) out[ai] += priors[a.id];
  });
  // agents not named keep a small share so they are never excluded by a prior alone
  let s = 0;
  for (const x of out) s += x;
  if (s <= 0) return kb.prior;
  for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i] / s, 1e-4);
  s = out.reduce((a, b) => a + b, 0);
  for (let i = 0; i < out.length; i++) out[i] /= s;
  return out;
}

/**
 * The columns of the differential: one per agent, or one per mode of an agent that has modes (knowledge/agents.yaml
 * agents[].modes: chlorine as a weapon or released by accident). A column's prior is its agent's times its mode weight;
 * the posterior of an agent is the sum of its columns'. Without modes the columns are the agents (same numbers).
 */
interface Columns {
  K: number;
  colAgent: Int32Array;
  weight: Float64Array;
  /** P'(f | column), [feature][column] */
  p: Float64Array[];
  /** each class's columns, in its agents' order */
  classCols: Int32Array[];
}
const columnCache = new WeakMap<AgentKb, Columns>();
function columns(kb: AgentKb): Columns {
  const p = kb.modes ? kb.modes.p : kb.p;
  const c = columnCache.get(kb);
  if (c && c.p === p) return c;
  const K = kb.modes ? kb.modes.colAgent.length : kb.agents.length;
  const colAgent = kb.modes ? kb.modes.colAgent : Int32Array.from(kb.agents, (_, i) => i);
  const weight = kb.modes ? kb.modes.weight : new Float64Array(K).fill(1);
  const classCols = kb.classes.map((cl) => {
    const out: number[] = [];
    for (const ai of cl.agents) for (let k = 0; k < K; k++) if (colAgent[k] === ai) out.push(k);
    return Int32Array.from(out);
  });
  const cols = { K, colAgent, weight, p, classCols };
  columnCache.set(kb, cols);
  return cols;
}

/**
 * ln P(observation | agent) per feature (per column, when agents have modes), computed once per knowledge base (speed only: the same numbers the rows
 * used to compute per account): present = ln(eps + (1 - eps) P'), absent = ln(eps + (1 - eps)(1 - P')), and silent
 * = ln(1 - s P') per salience s met. Rebuilt if the KB's table or noise is replaced. Rows share these arrays and
 * never write to them.
 */
interface LogTables {
  p: Float64Array[];
  noise: number;
  contextNoise: number;
  present: Float64Array[];
  absent: Float64Array[];
  silent: Map<number, Float64Array>[];
  /** Math.exp of each row above, for the contributions (the same Float64Array.from(row, Math.exp) per row) */
  presentExp: Float64Array[];
  absentExp: Float64Array[];
  silentExp: Map<number, Float64Array>[];
}
const logTableCache = new WeakMap<AgentKb, LogTables>();
function logTables(kb: AgentKb): LogTables {
  const c = logTableCache.get(kb);
  const ctxNoise = kb.contextNoise ?? kb.noise;
  const P = columns(kb).p;
  if (c && c.p === P && c.noise === kb.noise && c.contextNoise === ctxNoise) return c;
  // a context (incident-scope) feature has its own noise (model.context_noise): how the substance arrived is a fact
  // about the event that an account seldom gets wrong, unlike a sign it judges
  const epsOf = (fi: number) => (kb.features[fi]?.scope === 'incident' ? ctxNoise : kb.noise);
  const row = (pf: Float64Array, f: (pa: number) => number) => Float64Array.from(pf, (pa) => LN(f(pa)));
  const t: LogTables = {
    p: P,
    noise: kb.noise,
    contextNoise: ctxNoise,
    present: P.map((pf, fi) => {
      const eps = epsOf(fi);
      return row(pf, (pa) => eps + (1 - eps) * pa);
    }),
    absent: P.map((pf, fi) => {
      const eps = epsOf(fi);
      return row(pf, (pa) => eps + (1 - eps) * (1 - pa));
    }),
    silent: P.map(() => new Map()),
    presentExp: [],
    absentExp: [],
    silentExp: P.map(() => new Map()),
  };
  t.presentExp = t.present.map((r) => Float64Array.from(r, Math.exp));
  t.absentExp = t.absent.map((r) => Float64Array.from(r, Math.exp));
  logTableCache.set(kb, t);
  return t;
}
function silentRow(t: LogTables, fi: number, s: number): Float64Array {
  let r = t.silent[fi].get(s);
  if (!r) {
    t.silent[fi].set(s, (r = Float64Array.from(t.p[fi], (pa) => LN(1 - s * pa))));
    t.silentExp[fi].set(s, Float64Array.from(r, Math.exp));
  }
  return r;
}

/**
 * a.localeCompare(b) for the KB's agent, class and feature ids, read from their ranks in one localeCompare sort made
 * per KB (the sorts of each result used to call localeCompare on every tie; speed only, same order). Ids the KB does
 * not hold, or that localeCompare counts as equal, are compared by localeCompare itself.
 */
const idOrders = new WeakMap<AgentKb, (a: string, b: string) => number>();
function idOrder(kb: AgentKb): (a: string, b: string) => number {
  let cmp = idOrders.get(kb);
  if (cmp) return cmp;
  const ids = [...new Set([...kb.agents.map((a) => a.id), ...kb.classes.map((c) => c.id), ...kb.features.map((f) => f.id)])].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.set(id, i));
  for (let i = 1; i < ids.length; i++) if (ids[i - 1].localeCompare(ids[i]) === 0) rank.delete(ids[i - 1]), rank.delete(ids[i]);
  cmp = (a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : a.localeCompare(b);
  };
  idOrders.set(kb, cmp);
  return cmp;
}

function countObserved(rows: ReportEval['rows']): number {
  let n = 0;
  for (const r of rows) if (r.observation === 'present' || r.observation === 'absent') n++;
  return n;
}

interface ReportEval {
  /** `syndrome`: the id on the row of a syndrome nobody described, else null; `accounts`: on the row of a signature nobody
   * mentioned, how many accounts were silent, else -1 (every row one shape, every key on every row: speed only) */
  rows: { feature: number; observation: Observation; phrase: string | null; logL: Float64Array; L: Float64Array; syndrome: string | null; accounts: number }[];
  weight: number;
  /** the account's count of clinical features stated (present or absent) */
  clinical: number;
  /** the groups (FeatureTable.group numbers, as bits) of which the account stated some member, present or absent */
  groups: number;
}

/**
 * What the per-account loops read of each feature, as flat arrays by feature index, made once per KB (speed only: the
 * same fields of kb.features and kb.groups, read per account and feature before; rebuilt when kb.features or
 * kb.groups is replaced). `group` numbers each distinct group name a feature carries (-1 none); a group's
 * `groupExclusive` and `groupSalience` are kb.groups[name]'s (false and 0 when kb.groups has no such entry).
 */
interface FeatureTable {
  features: AgentKb['features'];
  groups: AgentKb['groups'];
  superseded: AgentKb['superseded'];
  incident: Uint8Array;
  clinical: Uint8Array;
  statesAbsence: Uint8Array;
  /** present_only, alone_undecided and group 'cloud', by feature (speed only: read per feature of each account) */
  presentOnly: Uint8Array;
  aloneUndecided: Uint8Array;
  cloud: Uint8Array;
  group: Int32Array;
  groupExclusive: Uint8Array;
  groupSalience: Float64Array;
  salienceLay: Float64Array;
  salienceMedic: Float64Array;
  /** the incident-scope features with an undescribed salience above 0, in KB order (addUndescribedContext, no override) */
  undescribed: number[];
  /** scratch of one account, by feature: 0 not stated, 1 stated present, 2 stated absent; its phrase; the order in
   * which features were first stated (Map insertion order); cleared by clearAccount before evaluateAccount returns */
  mark: Uint8Array;
  phrase: (string | null)[];
  order: number[];
  /** scratch of one account, by group: a member stated present (cleared with the account's marks) */
  groupPresent: Uint8Array;
  /** scratch of one run, by feature: stated by some account, and an incident-scope feature already counted; cleared
   * at the start of runDifferential */
  stated: Uint8Array;
  /** scratch of one run, by feature: stated present by some account (cleared with `stated`) */
  statedPresent: Uint8Array;
  /** each setting's (kb.superseded, in order) superseding features, as indices (speed only: dropSuperseded read ids) */
  supersededBy: Int32Array[];
  /** the silent rows by feature (speed only: what silentRow gives for the feature's lay, medic and exclusive-group
   * salience and its undescribed salience, null where that salience is 0), made on the first run with these tables */
  silentOf: LogTables | null;
  silentLay: (SilentRow | null)[];
  silentMedic: (SilentRow | null)[];
  silentGroup: (SilentRow | null)[];
  silentUndescribed: (SilentRow | null)[];
  seen: Uint8Array;
}
const featureTables = new WeakMap<AgentKb, FeatureTable>();
function featureTable(kb: AgentKb): FeatureTable {
  const c = featureTables.get(kb);
  if (c && c.features === kb.features && c.groups === kb.groups && c.superseded === kb.superseded) return c;
  const F = kb.features.length;
  const groupIds = new Map<string, number>();
  const group = new Int32Array(F).fill(-1);
  kb.features.forEach((f, i) => {
    if (!f.group) return;
    let g = groupIds.get(f.group);
    if (g === undefined) groupIds.set(f.group, (g = groupIds.size));
    group[i] = g;
  });
  const groupExclusive = new Uint8Array(groupIds.size);
  const groupSalience = new Float64Array(groupIds.size);
  for (const [name, g] of groupIds) {
    const def = kb.groups[name];
    groupExclusive[g] = def?.exclusive ? 1 : 0;
    groupSalience[g] = groupExclusive[g] ? def.salience : 0;
  }
  const t: FeatureTable = {
    features: kb.features,
    groups: kb.groups,
    superseded: kb.superseded,
    incident: Uint8Array.from(kb.features, (f) => (f.scope === 'incident' ? 1 : 0)),
    clinical: Uint8Array.from(kb.features, (f) => (f.topic === 'clinical' ? 1 : 0)),
    statesAbsence: Uint8Array.from(kb.features, (f) => (f.statesAbsence ? 1 : 0)),
    presentOnly: Uint8Array.from(kb.features, (f) => (f.presentOnly ? 1 : 0)),
    aloneUndecided: Uint8Array.from(kb.features, (f) => (f.aloneUndecided ? 1 : 0)),
    cloud: Uint8Array.from(kb.features, (f) => (f.group === 'cloud' ? 1 : 0)),
    group,
    groupExclusive,
    groupSalience,
    salienceLay: Float64Array.from(kb.features, (f) => f.salience.lay),
    salienceMedic: Float64Array.from(kb.features, (f) => f.salience.medic),
    undescribed: kb.features.flatMap((f, i) => (f.scope === 'incident' && f.undescribedSalience > 0 ? [i] : [])),
    mark: new Uint8Array(F),
    phrase: new Array<string | null>(F).fill(null),
    order: [],
    groupPresent: new Uint8Array(groupIds.size),
    stated: new Uint8Array(F),
    statedPresent: new Uint8Array(F),
    supersededBy: kb.superseded.map((fi) => Int32Array.from(kb.features[fi].supersededBy, (id) => kb.featureIndex.get(id) ?? -1)),
    silentOf: null,
    silentLay: [],
    silentMedic: [],
    silentGroup: [],
    silentUndescribed: [],
    seen: new Uint8Array(F),
  };
  featureTables.set(kb, t);
  return t;
}

interface SilentRow {
  logL: Float64Array;
  L: Float64Array;
}
/** Fills ft's silent rows from the tables (the arrays silentRow keeps, so the same numbers). */
function silentRows(ft: FeatureTable, tables: LogTables): void {
  const F = ft.features.length;
  const row = (fi: number, s: number): SilentRow | null => (s > 0 ? { logL: silentRow(tables, fi, s), L: tables.silentExp[fi].get(s)! } : null);
  ft.silentLay = Array.from({ length: F }, (_, fi) => row(fi, ft.salienceLay[fi]));
  ft.silentMedic = Array.from({ length: F }, (_, fi) => row(fi, ft.salienceMedic[fi]));
  ft.silentGroup = Array.from({ length: F }, (_, fi) => (ft.group[fi] >= 0 ? row(fi, ft.groupSalience[ft.group[fi]]) : null));
  ft.silentUndescribed = Array.from({ length: F }, (_, fi) => row(fi, ft.features[fi].undescribedSalience));
  ft.silentOf = tables;
}

/** Records feature fi as stated by the account being read (what observed.set(fi, ...) did: a later statement of the
 * same feature replaces the earlier one in its first place). */
function observe(ft: FeatureTable, fi: number, present: boolean, phrase: string | null): void {
  if (ft.mark[fi] === 0) ft.order.push(fi);
  ft.mark[fi] = present ? 1 : 2;
  ft.phrase[fi] = phrase;
}

/** The account's scratch back to empty (also at the start of an account, should an earlier call have thrown midway). */
function clearAccount(ft: FeatureTable): void {
  const { order, mark, phrase, group, groupPresent } = ft;
  for (let k = 0; k < order.length; k++) {
    const fi = order[k];
    mark[fi] = 0;
    phrase[fi] = null;
    if (group[fi] >= 0) groupPresent[group[fi]] = 0;
  }
  order.length = 0;
}

/** The per-feature log-likelihood rows of one account (steps 1-3 of the module comment). */
function evaluateAccount(
  kb: AgentKb,
  acc: Account,
  reportIndex: number,
  featuresOut: DifferentialResult['features'],
  ft: FeatureTable,
  featureFi: number[],
): { ev: ReportEval; role: Role; reliability: number; detailed: boolean; named: string[] } {
  const role: Role = acc.role ?? 'other';
  // the features the account states, in the order first stated (ft.order), with their marks and phrases
  const { mark, phrase: phraseOf, order, statesAbsence, clinical: isClinical, group: groupOf, groupPresent, incident: isIncident, seen } = ft;
  if (order.length) clearAccount(ft);
  let named: string[] = [];
  if (acc.text) {
    const ex = extractFeatures(acc.text, { terms: kb.terms });
    named = ex.named;
    for (const [id, v] of ex.features) {
      const fi = kb.featureIndex.get(id);
      // a denied statement of absence ("not ... no smell") is a double negative read from text: no evidence
      // nor is the denial of a feature whose presence alone is evidence (present_only: "no toxic gas was found")
      // (a phrase list of one string is that string: what join gives it, without the join; speed only)
      if (fi !== undefined && !((statesAbsence[fi] === 1 || ft.presentOnly[fi] === 1) && !v.present)) {
        const ps = v.phrases;
        observe(ft, fi, v.present, ps.length === 1 && typeof ps[0] === 'string' ? ps[0] : ps.join(' | '));
      }
    }
  }
  if (acc.features)
    for (const [id, present] of Object.entries(acc.features)) {
      const fi = kb.featureIndex.get(id);
      if (fi !== undefined) observe(ft, fi, present, null);
    }
  let clinical = 0;
  let groupsStated = 0;
  for (let k = 0; k < order.length; k++) {
    const fi = order[k];
    const present = mark[fi] === 1;
    if (groupOf[fi] >= 0 && groupOf[fi] < 31) groupsStated |= 1 << groupOf[fi];
    featuresOut.push({ id: kb.features[fi].id, present, evidence: phraseOf[fi] ?? 'coded', report: reportIndex });
    featureFi.push(fi);
    ft.stated[fi] = 1;
    if (present) ft.statedPresent[fi] = 1;
    if (isClinical[fi] === 1) clinical++;
    // a statement of absence ("no smell", "no cloud") does not open its group's silences: its own probability is already
    // that of nothing in the group being there, and charging each member's silence again counted the same fact twice
    if (present && groupOf[fi] >= 0 && statesAbsence[fi] === 0) groupPresent[groupOf[fi]] = 1;
  }
  const detailed = role === 'medic' ? clinical >= kb.absence.medicMin : clinical >= kb.absence.layMin;
  const lay = role !== 'medic';
  const tables = logTables(kb);
  if (ft.silentOf !== tables) silentRows(ft, tables);
  const rows: ReportEval['rows'] = [];
  const F = kb.features.length;
  for (let fi = 0; fi < F; fi++) {
    const m = mark[fi];
    if (m !== 0) {
      // an incident-level fact counts once per incident (the first account that states it)
      if (isIncident[fi] === 1) {
        if (seen[fi] === 1) continue;
        seen[fi] = 1;
      }
      const phrase = phraseOf[fi];
      if (m === 1) rows.push({ feature: fi, observation: 'present', phrase: phrase ?? 'coded', logL: tables.present[fi], L: tables.presentExp[fi], syndrome: null, accounts: -1 });
      else rows.push({ feature: fi, observation: 'absent', phrase: phrase ?? 'coded', logL: tables.absent[fi], L: tables.absentExp[fi], syndrome: null, accounts: -1 });
    } else {
      if (isIncident[fi] === 1) continue;
      let s = 0;
      const g = groupOf[fi];
      // nor is a statement of absence ever silent in its group: whoever names a smell never says "no smell" as well
      const groupSilent = g >= 0 && ft.groupExclusive[g] === 1 && groupPresent[g] === 1 && statesAbsence[fi] === 0;
      if (groupSilent) s = ft.groupSalience[g];
      else if (isClinical[fi] === 1 && detailed) s = lay ? ft.salienceLay[fi] : ft.salienceMedic[fi];
      if (s <= 0) continue;
      const row = groupSilent ? ft.silentGroup[fi]! : lay ? ft.silentLay[fi]! : ft.silentMedic[fi]!;
      rows.push({ feature: fi, observation: 'silent', phrase: null, logL: row.logL, L: row.L, syndrome: null, accounts: -1 });
    }
  }
  clearAccount(ft);
  const reliability = Math.min(1, Math.max(0, accountReliability(kb, acc)));
  return { ev: { rows, weight: reliability * (1 - kb.reportNoise), clinical, groups: groupsStated }, role, reliability, detailed, named };
}

/** Drops the rows of a setting whose superseding context some account stated present (knowledge/agents.yaml
 * `superseded_by`; docs/agent-differential.md §7.00030). The features list keeps the setting (it was read). */
function dropSuperseded(kb: AgentKb, evals: ReportEval[], ft: FeatureTable): void {
  for (let k = 0; k < kb.superseded.length; k++) {
    const fi = kb.superseded[k];
    // some account stated one of its superseding contexts present (read from the run's marks: speed only)
    const by = ft.supersededBy[k];
    let superseded = false;
    for (let j = 0; j < by.length; j++) if (by[j] >= 0 && ft.statedPresent[by[j]] === 1) superseded = true;
    if (!superseded) continue;
    for (const ev of evals) if (ev.rows.some((r) => r.feature === fi)) ev.rows = ev.rows.filter((r) => r.feature !== fi);
  }
}

/**
 * Context that nobody described (docs/agent-differential.md §4, step 3b): a context feature (scope incident) with an
 * `undescribed_salience` s in the KB that no account of the incident stated, present or absent, counts once per
 * incident as P(not described | agent) = 1 - s x P'(f | agent), in the first account that gave a usable feature (so an
 * incident with nothing usable stays at its prior). An agent defined by how it arrives (a police canister for CS,
 * burning particles for white phosphorus, smoke from a fire for fire smoke) is then somewhat less likely when nobody
 * describes that arrival. `override` (feature id -> s) is for the fitting step of the evaluation.
 */
function addUndescribedContext(kb: AgentKb, evals: ReportEval[], accounts: Account[], ft: FeatureTable, override?: Record<string, number>): void {
  // the first account with text that gave a usable feature (coded-only accounts say nothing about what was described)
  let target: ReportEval | undefined;
  for (let i = 0; i < evals.length && !target; i++) if (accounts[i].text && countObserved(evals[i].rows) > 0) target = evals[i];
  if (!target) return;
  const tables = logTables(kb);
  const seen = ft.seen;
  if (override === undefined) {
    // (speed only: the features the loop below would keep without an override, listed once per KB)
    if (ft.silentOf !== tables) silentRows(ft, tables);
    for (const fi of ft.undescribed) {
      if (seen[fi] === 1) continue;
      const row = ft.silentUndescribed[fi]!;
      target.rows.push({ feature: fi, observation: 'undescribed', phrase: null, logL: row.logL, L: row.L, syndrome: null, accounts: -1 });
    }
    return;
  }
  for (const f of kb.features) {
    if (f.scope !== 'incident' || seen[f.index] === 1) continue;
    const s = override[f.id] ?? f.undescribedSalience;
    if (!(s > 0)) continue;
    const logL = silentRow(tables, f.index, s);
    target.rows.push({ feature: f.index, observation: 'undescribed', phrase: null, logL, L: tables.silentExp[f.index].get(s)!, syndrome: null, accounts: -1 });
  }
}

/**
 * ln P(none of the syndrome's signs described | column) = ln(1 - s x (1 - prod_f (1 - P'(f | column)))), per syndrome,
 * made once per KB table (the probability that a column's casualties show at least one sign of the set, signs taken as
 * independent as everywhere in the model).
 */
const syndromeRows = new WeakMap<Float64Array[], Map<string, Map<number, { logL: Float64Array; L: Float64Array }>>>();
function syndromeRow(P: Float64Array[], sy: SyndromeDef, s: number): { logL: Float64Array; L: Float64Array } {
  let m = syndromeRows.get(P);
  if (!m) syndromeRows.set(P, (m = new Map()));
  // keyed by the syndrome's id, then by s (speed only: one string built per call before)
  let bys = m.get(sy.id);
  if (!bys) m.set(sy.id, (bys = new Map()));
  let r = bys.get(s);
  if (!r) {
    const logL = Float64Array.from(P[0], (_, k) => {
      let none = 1;
      for (const fi of sy.features) none *= 1 - P[fi][k];
      return LN(1 - s * (1 - none));
    });
    bys.set(s, (r = { logL, L: Float64Array.from(logL, Math.exp) }));
  }
  return r;
}

/**
 * A syndrome nobody described (docs/agent-differential.md §4, step 3c): when some account with text describes the
 * casualties (at least the syndrome's `min_clinical` clinical features) and no account of the incident states any sign
 * of the syndrome, present or absent, the silence counts once per incident, in the first such account, as
 * P(none described | agent) = 1 - s x P(at least one sign of the set | agent). Naive Bayes counts each nonspecific sign
 * (headache, vomiting, fainting, deaths) for a nerve agent as if the cholinergic signs that come with them in nearly
 * every nerve-agent casualty were a separate matter; this puts the missing hallmark back in.
 */
function addUndescribedSyndromes(kb: AgentKb, evals: ReportEval[], accounts: Account[], stated: Uint8Array, override?: Record<string, number>): void {
  if (!kb.syndromes?.length) return;
  const P = logTables(kb).p;
  for (const sy of kb.syndromes) {
    const s = override?.[sy.id] ?? sy.salience;
    if (!(s > 0)) continue;
    let anyStated = false;
    for (const fi of sy.features) if (stated[fi] === 1) anyStated = true;
    if (anyStated) continue;
    let target: ReportEval | undefined;
    for (let i = 0; i < evals.length && !target; i++) if (accounts[i].text && evals[i].clinical >= sy.minClinical) target = evals[i];
    if (!target) continue;
    const { logL, L } = syndromeRow(P, sy, s);
    // the row's feature index is a placeholder (its first sign): the contribution names the syndrome (Contribution.syndrome)
    target.rows.push({ feature: sy.features[0], observation: 'undescribed', phrase: null, logL, L, syndrome: sy.id, accounts: -1 });
  }
}

/**
 * A signature nobody mentioned (docs/agent-differential.md §4, step 3d; session 28, agabs): a feature that most people
 * exposed to an agent report (knowledge/agents.yaml model.signatures: chlorine's bleach smell), which no account of the
 * incident states, present or absent. Every account with text that could have mentioned it counts: one that describes
 * the casualties (at least `min_clinical` clinical features) and states nothing of the feature's group (an account that
 * names another smell already counts the signature's silence through its exclusive group, step 3; one that says "no
 * smell" has said it). Their silences are pooled over the incident, each silent account's share a row of its own account
 * (so that the reliability mixture weighs it by that account's reliability; s28 fixrev):
 *   ln P(none of them mentions f | column) = sum_i ln(1 - s_i x r(f | column)) / (1 + (n - 1) x correlation),
 * with s_i the salience for the account's role and r the report rate (sourced for the agents the KB names, else
 * P'(f | column)). The divisor is the design effect of n accounts of one event that are not independent (the same
 * relays, the same exposure); with n = 1 it is 1. An account naming a smell other than the signature keeps its own
 * group silence and is not counted here, so nothing is counted twice.
 */
/** the salience with which an account could have mentioned a signature of group bit `bit`: 0 when it has no text, too few
 * clinical features, or states the group already (addUndescribedSignatures) */
function couldMention(ev: ReportEval, acc: Account, rep: DifferentialResult['reports'][number], minClinical: number, bit: number, sMedic: number, sLay: number): number {
  if (!acc.text || ev.clinical < minClinical || (ev.groups & bit) !== 0) return 0;
  return rep.role === 'medic' ? sMedic : sLay;
}
function addUndescribedSignatures(
  kb: AgentKb,
  sg: NonNullable<AgentKb['signatures']>,
  evals: ReportEval[],
  accounts: Account[],
  reports: DifferentialResult['reports'],
  ft: FeatureTable,
  override?: DifferentialContext['signatures'],
): void {
  const sMedic = override?.medic ?? sg.salienceMedic;
  const sLay = override?.lay ?? sg.salienceLay;
  const rho = override?.correlation ?? sg.correlation;
  const minClinical = override?.minClinical ?? sg.minClinical;
  // at least one account (the KB's min_accounts is a positive integer; an override below 1 means 1)
  const minAccounts = Math.max(1, override?.minAccounts ?? sg.minAccounts);
  const K = columns(kb).K;
  for (const f of sg.features) {
    if (ft.stated[f.index] === 1) continue;
    const g = ft.group[f.index];
    const bit = g >= 0 && g < 31 ? 1 << g : 0;
    // the accounts that could have mentioned it, counted first (speed only: most incidents have one account, and the sums
    // below are made only when enough accounts were silent)
    // (session 29, agspeed: a module function, not a closure made per feature, which under tsx and the bundles' keepNames
    // was also named by a defineProperty call each time; speed only)
    let n = 0;
    for (let i = 0; i < evals.length; i++) if (couldMention(evals[i], accounts[i], reports[i], minClinical, bit, sMedic, sLay) > 0) n++;
    if (n < minAccounts) continue;
    // (s28 fixrev) each silent account's share in its own account's rows, so that the reliability mixture weighs it by
    // that account's reliability (the pooled row in the first account took its weight for all n)
    const deff = 1 + (n - 1) * rho;
    for (let i = 0; i < evals.length; i++) {
      const s = couldMention(evals[i], accounts[i], reports[i], minClinical, bit, sMedic, sLay);
      if (!(s > 0)) continue;
      const logL = new Float64Array(K);
      for (let k = 0; k < K; k++) logL[k] = LN(1 - s * f.rate[k]) / deff;
      evals[i].rows.push({ feature: f.index, observation: 'undescribed', phrase: null, logL, L: expOf(logL), syndrome: null, accounts: n });
    }
  }
}

/**
 * Correlated features (model.correlated; docs/agent-differential.md §7.00043-aginf): the nonspecific complaints of a
 * casualty (headache, dizziness, nausea, vomiting, fainting) come together for one cause, so naive Bayes, which counts
 * them as independent, counts one fact several times, and three or four of them outweighed a police canister. In an
 * account that states n >= 2 members of a set present, the set counts, per column, as its strongest member plus a
 * fraction `rest` of the others: max_i ln P_i + rest x (sum_i ln P_i - max_i ln P_i). An agent that explains one of the
 * complaints well keeps that credit; the others add a fraction. (A constant shift of a row shifts every column alike,
 * so the posterior is unchanged by it.) The combined figure is shared over the members in proportion to their own
 * log-likelihoods (each row times combined / sum, column by column), so the contributions still name the members.
 * Absent, silent and undescribed rows are left as they are; the shared tables are never written.
 */
function dampCorrelated(kb: AgentKb, sets: CorrelatedDef[], evals: ReportEval[], override?: Record<string, { rest?: number }>): void {
  let setOf = setIndex.get(kb);
  if (!setOf || setOf.sets !== sets) {
    const idx = new Int32Array(kb.features.length).fill(-1);
    sets.forEach((cs, si) => { for (const fi of cs.features) idx[fi] = si; });
    setIndex.set(kb, (setOf = { sets, idx, count: new Int32Array(sets.length) }));
  }
  const { idx, count } = setOf;
  for (const ev of evals) {
    const rows = ev.rows;
    let any = false;
    count.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const si = idx[rows[i].feature];
      if (si >= 0 && rows[i].observation === 'present' && rows[i].syndrome === null && ++count[si] > 1) any = true;
    }
    if (!any) continue;
    for (let si = 0; si < sets.length; si++) {
      if (count[si] < 2) continue;
      const rest = override?.[sets[si].id]?.rest ?? sets[si].rest;
      if (rest === 1) continue;
      const K = rows[0].logL.length;
      const mx = new Float64Array(K).fill(-Infinity);
      const sum = new Float64Array(K);
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (idx[r.feature] !== si || r.observation !== 'present' || r.syndrome !== null) continue;
        const l = r.logL;
        for (let a = 0; a < K; a++) {
          sum[a] += l[a];
          if (l[a] > mx[a]) mx[a] = l[a];
        }
      }
      // the factor by which each member's row is scaled in a column (1 where the sum is 0: every member certain)
      for (let a = 0; a < K; a++) sum[a] = sum[a] < 0 ? (mx[a] + rest * (sum[a] - mx[a])) / sum[a] : 1;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (idx[r.feature] !== si || r.observation !== 'present' || r.syndrome !== null) continue;
        const logL = new Float64Array(K);
        for (let a = 0; a < K; a++) logL[a] = r.logL[a] * sum[a];
        r.logL = logL;
        r.L = expOf(logL);
      }
    }
  }
}
const setIndex = new WeakMap<AgentKb, { sets: CorrelatedDef[]; idx: Int32Array; count: Int32Array }>();
/**
 * The likelihoods object's keys in their order (agents, then classes), with zeros, made once per KB:
 * a copy of it takes the values below in place (an object built key by key per call fell back to a slow dictionary
 * after a few keys, a visible share of a one-account call; speed only, same keys, order and values).
 */
const likelihoodTemplates = new WeakMap<AgentKb, Record<string, number>>();
function likelihoodTemplate(kb: AgentKb): Record<string, number> {
  let t = likelihoodTemplates.get(kb);
  if (!t) {
    const ids = [...kb.agents.map((a) => a.id), ...kb.classes.map((c) => c.id)];
    // built in one step (an object built key by key is itself a slow dictionary, and so are its copies); a repeated id
    // keeps its first place, as repeated assignments do; "__proto__" would be an own key here but not when assigned
    t = ids.includes('__proto__') ? {} : Object.fromEntries(ids.map((id) => [id, 0]));
    likelihoodTemplates.set(kb, t);
  }
  return t;
}

/** ln of each column's prior (its agent's prior times its mode's weight), per prior array and columns (speed only: the
 * same logs computed per call before; kept for the KB's own prior only: a prior from ctx.priors is a new array each call). */
const logPriors = new WeakMap<Float64Array, { cols: Columns; logPrior: Float64Array }>();
function logPriorOf(prior: Float64Array, cols: Columns, keep: boolean): Float64Array {
  const c = logPriors.get(prior);
  if (c && c.cols === cols) return c.logPrior;
  const logPrior = new Float64Array(cols.K);
  for (let k = 0; k < cols.K; k++) logPrior[k] = LN(prior[cols.colAgent[k]] * cols.weight[k]);
  if (keep) logPriors.set(prior, { cols, logPrior });
  return logPrior;
}

/**
 * Scratch arrays of one run, reused (speed only: seven Float64Arrays allocated per call were a visible share of a
 * one-account call). runDifferential is synchronous and never re-entered, and none of them escapes into a result;
 * `total` starts at zero, `logL` is zeroed per account, the others are written before they are read.
 */
let scratch: { logPrior: Float64Array; total: Float64Array; tmp: Float64Array; logL: Float64Array; post: Float64Array; postA: Float64Array } | null = null;
function scratchArrays(K: number, A: number) {
  if (!scratch || scratch.total.length !== K || scratch.postA.length !== A) {
    const f = () => new Float64Array(K);
    scratch = { logPrior: f(), total: f(), tmp: f(), logL: f(), post: f(), postA: new Float64Array(A) };
  } else scratch.total.fill(0);
  return scratch;
}

/** The scratch of the contributions and the likelihoods (written before read), reused like `scratch`. */
let tail: { rel: Float64Array; relA: Float64Array; byClass: Float64Array } | null = null;
function tailScratch(K: number, A: number, C: number) {
  if (!tail || tail.rel.length !== K || tail.relA.length !== A || tail.byClass.length !== C) tail = { rel: new Float64Array(K), relA: new Float64Array(A), byClass: new Float64Array(C) };
  return tail;
}

/** The flat within-class weight arrays of a run (one slot per class member), reused like `scratch`. */
let weights: { wFrom: Int32Array; wAgent: Int32Array; wW: Float64Array } | null = null;
function weightScratch(kb: AgentKb, cols: Columns) {
  let n = 0;
  for (const cc of cols.classCols) n += cc.length;
  if (!weights || weights.wFrom.length !== kb.classes.length + 1 || weights.wAgent.length < n)
    weights = { wFrom: new Int32Array(kb.classes.length + 1), wAgent: new Int32Array(n), wW: new Float64Array(n) };
  return weights;
}

/** The agents' and classes' order: by probability, descending, then by id (idOrder); one comparator per KB rather
 * than a closure made per call (speed only: under tsx each named closure is also given its name per call). */
const probabilityOrders = new WeakMap<AgentKb, (x: { id: string; probability: number }, y: { id: string; probability: number }) => number>();
function probabilityOrder(kb: AgentKb) {
  let cmp = probabilityOrders.get(kb);
  if (!cmp) {
    const byId = idOrder(kb);
    probabilityOrders.set(kb, (cmp = (x, y) => y.probability - x.probability || byId(x.id, y.id)));
  }
  return cmp;
}
/**
 * order[0 .. n) := the indices 0 .. n - 1 by p descending, then by id (byId), by the insertion sort of sortSmall: the order
 * sortSmall(objects made in index order, probabilityOrder(kb), true) gives them, for finite p (speed only: no objects
 * and no comparator calls on the way). The comparator's test cmp(xs[j], x) > 0 reads: p[x] - p[xs[j]] > 0, or equal
 * and byId(id of xs[j], id of x) > 0.
 */
function sortIndices(order: Int32Array, n: number, p: Float64Array, ids: string[], byId: (a: string, b: string) => number): void {
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 1; i < n; i++) {
    const x = order[i];
    const px = p[x];
    let j = i - 1;
    while (j >= 0) {
      const y = order[j];
      const d = px - p[y];
      if (!(d > 0 || (d === 0 && byId(ids[y], ids[x]) > 0))) break;
      order[j + 1] = y;
      j--;
    }
    order[j + 1] = x;
  }
}
let orderArrays: { order: Int32Array; classP: Float64Array } | null = null;
/** the index and class-probability scratch of a run, reused (written before read) */
function orderScratch(A: number, C: number) {
  if (!orderArrays || orderArrays.order.length < Math.max(A, C) || orderArrays.classP.length !== C) orderArrays = { order: new Int32Array(Math.max(A, C)), classP: new Float64Array(C) };
  return orderArrays;
}
/** the agents' and the classes' ids in KB order, once per KB */
const idListCache = new WeakMap<AgentKb, { agents: AgentKb['agents']; classes: AgentKb['classes']; agentIds: string[]; classIds: string[] }>();
function idLists(kb: AgentKb) {
  const c = idListCache.get(kb);
  if (c && c.agents === kb.agents && c.classes === kb.classes) return c;
  const t = { agents: kb.agents, classes: kb.classes, agentIds: kb.agents.map((a) => a.id), classIds: kb.classes.map((x) => x.id) };
  idListCache.set(kb, t);
  return t;
}
/** A class with its probability in words, for an undetermined result. */
function describeClass(classes: { id: string; probability: number }[], id: string): string {
  const p = classes.find((c) => c.id === id)!.probability;
  return `${id} (${pct(p)}, ${estimativeWords(p)})`;
}
/** The classes described and joined by ", " (a loop: map() on the ids' array deoptimised runDifferential in a loop,
 * as the arrays above; session 12) */
function describeClasses(classes: { id: string; probability: number }[], ids: string[]): string {
  let out = '';
  for (let k = 0; k < ids.length; k++) out += (k > 0 ? ', ' : '') + describeClass(classes, ids[k]);
  return out;
}
/** a class's within-class weighted mean likelihood (its members at wFrom[ci] .. wFrom[ci + 1]) */
function meanL(wFrom: Int32Array, wAgent: Int32Array, wW: Float64Array, ci: number, L: Float64Array): number {
  let m = 0;
  for (let k = wFrom[ci], e = wFrom[ci + 1]; k < e; k++) m += wW[k] * L[wAgent[k]];
  return m;
}

/**
 * Of the class means xs[0 .. C): the first class whose mean has the highest logarithm (hi) and the last whose mean has the
 * lowest (lo), as hi + C x lo; -1 when a mean is not positive, finite and above 1e-300 (the caller then takes every
 * logarithm). Speed only, the same classes as comparing ln(mean) of every class: a mean below the highest by a relative
 * 1e-9 or more has a lower logarithm whatever the logarithm's rounding (under 1e-13 absolute), so only the means within
 * 1e-9 of the highest (lowest) are compared, and by their logarithms only when there are two or more.
 */
function extremeClasses(xs: Float64Array, C: number): number {
  let top = xs[0];
  let bottom = xs[0];
  for (let ci = 0; ci < C; ci++) {
    const x = xs[ci];
    if (!(x > 1e-300 && x < Infinity)) return -1;
    if (x > top) top = x;
    if (x < bottom) bottom = x;
  }
  const hiCut = top * (1 - 1e-9);
  const loCut = bottom * (1 + 1e-9);
  let hi = -1;
  let hiX = 0;
  let hiLn = NaN;
  let lo = -1;
  let loX = 0;
  let loLn = NaN;
  for (let ci = 0; ci < C; ci++) {
    const x = xs[ci];
    if (x >= hiCut) {
      if (hi < 0) (hi = ci), (hiX = x);
      else {
        if (hiLn !== hiLn) hiLn = LN(hiX);
        const l = LN(x);
        if (l > hiLn) (hi = ci), (hiX = x), (hiLn = l);
      }
    }
    if (x <= loCut) {
      if (lo < 0) (lo = ci), (loX = x);
      else {
        if (loLn !== loLn) loLn = LN(loX);
        const l = LN(x);
        if (l <= loLn) (lo = ci), (loX = x), (loLn = l);
      }
    }
  }
  return hi + C * lo;
}

/**
 * Runs the differential over a set of accounts of one incident (see the module comment for the method).
 */
export function runDifferential(kb: AgentKb, accounts: Account[], ctx: DifferentialContext = {}): DifferentialResult {
  const A = kb.agents.length;
  const cols = columns(kb);
  const K = cols.K;
  const prior = priorsFor(kb, ctx.priors);
  const { logPrior, total, tmp, logL, post, postA } = scratchArrays(K, A);
  // a column's prior: its agent's times its mode's weight (1 without modes)
  logPrior.set(logPriorOf(prior, cols, prior === kb.prior));
  const features: DifferentialResult['features'] = [];
  // the KB index of each entry of `features` (speed only: the loops below read the feature's flags by index rather than
  // looking its id up again)
  const featureFi: number[] = [];
  const reports: DifferentialResult['reports'] = [];
  const evals: ReportEval[] = [];
  // the run's scratch by feature (stated by some account; an incident-scope feature counted), empty at the start
  const ft = featureTable(kb);
  ft.stated.fill(0);
  ft.statedPresent.fill(0);
  ft.seen.fill(0);
  const T = ctx.temperature ?? kb.temperature;
  for (let ri = 0; ri < accounts.length; ri++) {
    const acc = accounts[ri];
    const { ev, role, reliability, detailed, named } = evaluateAccount(kb, acc, ri, features, ft, featureFi);
    evals.push(ev);
    // (two literals rather than a spread of an optional key: the same keys in the same order, speed only)
    const observed = countObserved(ev.rows);
    reports.push(
      acc.id
        ? { report: ri, id: acc.id, role, reliability, weight: ev.weight, detailed, observed, named_agents: named }
        : { report: ri, role, reliability, weight: ev.weight, detailed, observed, named_agents: named },
    );
  }
  // session 11: a feature that told alone decides nothing (alone_undecided: "a chemical attack", "a toxic gas", which every
  // chemical agent shares) is dropped when the incident's accounts gave nothing else but a cloud: the incident stays at
  // its prior, as one with nothing usable (step 7a), and context nobody described is not charged for it
  // (speed only: the flags read by index, in loops; the same tests as every() and some() over the list)
  const { aloneUndecided, cloud } = ft;
  let onlyAloneOrCloud = features.length > 0;
  let someAlone = false;
  for (let i = 0; i < featureFi.length && onlyAloneOrCloud; i++) {
    const fi = featureFi[i];
    if (aloneUndecided[fi] === 1) someAlone = true;
    else if (cloud[fi] !== 1) onlyAloneOrCloud = false;
  }
  if (onlyAloneOrCloud && someAlone) {
    for (const ev of evals) ev.rows = ev.rows.filter((r) => !kb.features[r.feature].aloneUndecided);
    for (let i = features.length - 1; i >= 0; i--) if (aloneUndecided[featureFi[i]] === 1) features.splice(i, 1), featureFi.splice(i, 1);
    reports.forEach((r, i) => (r.observed = countObserved(evals[i].rows)));
    // the stated features are those left (what statedFeatures read from the list after this)
    ft.stated.fill(0);
    ft.statedPresent.fill(0);
    for (let i = 0; i < features.length; i++) {
      const fi = featureFi[i];
      ft.stated[fi] = 1;
      if (features[i].present) ft.statedPresent[fi] = 1;
    }
  }
  // session 13: a setting (where it happened: a school ...) says nothing once an account tells how the substance arrived
  // (superseded_by: a spraying, a meal, a pool ...): its base rate is already inside that context's likelihood
  if (kb.superseded.length && features.length) dropSuperseded(kb, evals, ft);
  addUndescribedContext(kb, evals, accounts, ft, ctx.undescribedSalience);
  if (kb.syndromes?.length) addUndescribedSyndromes(kb, evals, accounts, ft.stated, ctx.syndromeSalience);
  if (kb.signatures && !ctx.signatures?.off) addUndescribedSignatures(kb, kb.signatures, evals, accounts, reports, ft, ctx.signatures);
  if (kb.correlated) dampCorrelated(kb, kb.correlated, evals, ctx.correlated);
  for (const ev of evals) {
    const rows = ev.rows;
    if (rows.length === 0) continue;
    logL.fill(0);
    // (each row's array read once, indexed loops: speed only, the same sums in the same order)
    for (let i = 0; i < rows.length; i++) {
      const rl = rows[i].logL;
      for (let a = 0; a < K; a++) logL[a] += rl[a];
    }
    // Calibration (temperature scaling, Guo et al. 2017 "On calibration of modern neural networks"): each account's
    // summed log-likelihood is divided by T, fitted on the development split only (knowledge/agents.yaml
    // model.temperature; `npm run eval -- agents --fit`), BEFORE the reliability mixture, so guard 4 still holds:
    // one account never moves a class beyond w + (1 - w) x prior.
    if (T !== 1) for (let a = 0; a < K; a++) logL[a] /= T;
    for (let a = 0; a < K; a++) tmp[a] = logL[a] + logPrior[a];
    const lbar = logSumExp(tmp);
    const w = ev.weight;
    for (let a = 0; a < K; a++) total[a] += LN(w * Math.exp(logL[a] - lbar) + (1 - w));
  }

  // Nothing usable: every class stays at its prior share and nothing leads. A cloud or colour alone does not
  // decide either (a white cloud fits WP smoke, CS, chlorine with dust ...; docs/agent-differential.md §4).
  // (speed only: read from the list, no set of ids; a feature stated twice changes neither test)
  const anyObserved = features.length > 0;
  let cloudOnly = anyObserved;
  for (let i = 0; i < featureFi.length && cloudOnly; i++) if (ft.cloud[featureFi[i]] !== 1) cloudOnly = false;
  // the option first: reading kb.wordLayer compiles the table (src/app/agents.ts), only wanted when asked for
  const words = (ctx.wordEvidence ?? kb.wordEvidence) === true && kb.wordLayer && anyObserved && !cloudOnly ? addWordEvidence(kb, accounts, evals, features, cols, prior, total, logPrior, tmp) : undefined;

  // posterior over agents, then classes
  for (let a = 0; a < K; a++) tmp[a] = total[a] + logPrior[a];
  const z = logSumExp(tmp);
  for (let a = 0; a < K; a++) post[a] = Math.exp(tmp[a] - z);
  // an agent's posterior: the sum of its columns' (its modes')
  postA.fill(0);
  for (let k = 0; k < K; k++) postA[cols.colAgent[k]] += post[k];
  // every probability finite: the comparators below are consistent, so a small stable sort gives Array.sort's order
  let finite = true;
  for (let a = 0; a < A; a++) if (!Number.isFinite(postA[a])) finite = false;
  // the class sums in the agents' order from 0, as the reduce they replace
  const C = kb.classes.length;
  const { order, classP } = orderScratch(A, C);
  for (let ci = 0; ci < C; ci++) {
    const members = kb.classes[ci].agents;
    let s = 0;
    for (let k = 0; k < members.length; k++) s += postA[members[k]];
    classP[ci] = s;
  }
  // the calibrated class probabilities (read from classP before anything below reuses the scratch)
  const calibrated = kb.classCalibration ? calibrate(kb, kb.classCalibration, classP) : undefined;
  // (built by push into literals, not by map(): an array from map() has another elements kind in the interpreter than
  // in optimised code, and the inlined sort's map check then deoptimised runDifferential again and again, hundreds of
  // times per bench run in most runs (session 12))
  const agents: DifferentialResult['agents'] = [];
  const classes: DifferentialResult['classes'] = [];
  if (finite) {
    // speed only: the indices sorted on the numbers (probabilityOrder's order, by the same stable insertion sort), then
    // the objects made in that order, rather than the objects sorted through a comparator
    const byId = idOrder(kb);
    const { agentIds, classIds } = idLists(kb);
    sortIndices(order, A, postA, agentIds, byId);
    for (let k = 0; k < A; k++) {
      const i = order[k];
      agents.push({ id: kb.agents[i].id, class: kb.agents[i].class, probability: postA[i] });
    }
    sortIndices(order, C, classP, classIds, byId);
    for (let k = 0; k < C; k++) classes.push({ id: kb.classes[order[k]].id, probability: classP[order[k]] });
  } else {
    const byProbability = probabilityOrder(kb);
    for (let i = 0; i < A; i++) agents.push({ id: kb.agents[i].id, class: kb.agents[i].class, probability: postA[i] });
    sortSmall(agents, byProbability, false);
    for (let ci = 0; ci < C; ci++) classes.push({ id: kb.classes[ci].id, probability: classP[ci] });
    sortSmall(classes, byProbability, false);
  }

  const threshold = ctx.threshold ?? kb.threshold;
  const lead = classes[0];
  let determination: DifferentialResult['determination'];
  if (lead.probability >= threshold) {
    const topAgent = agents.find((a) => a.class === lead.id)!;
    determination = {
      class: lead.id,
      agent: topAgent.probability >= threshold ? topAgent.id : null,
      probability: lead.probability,
      words: `${lead.id}: ${estimativeWords(lead.probability)}${topAgent.probability >= threshold ? `; agent ${topAgent.id}: ${estimativeWords(topAgent.probability)}` : `; agent within the class not determined (leading: ${topAgent.id}, ${pct(topAgent.probability)})`}`,
      remaining: [],
    };
  } else {
    // classes still in play: every class at or above REMAINING_MIN, and always the leader
    const remaining = remainingIds(classes, true);
    determination = {
      class: null,
      agent: null,
      probability: lead.probability,
      words:
        remaining.length > 1
          ? `undetermined: remains between ${describeClasses(classes, remaining)}`
          : `undetermined: ${describeClass(classes, lead.id)} leads but is below the ${pct(threshold)} threshold; no other class reaches ${pct(REMAINING_MIN)}`,
      remaining,
    };
    // one informative account moves the posterior at most to w x 1 + (1 - w) x prior (module comment, guard 4)
    // (counted in a loop: the map().filter() it replaces set off the deoptimisation loop remainingIds describes)
    let informative = 0;
    let i = -1;
    for (let k = 0; k < evals.length; k++) if (evals[k].rows.length > 0 && informative++ === 0) i = k;
    if (informative === 1) {
      const ev = evals[i];
      const c = kb.classes.find((x) => x.id === lead.id)!;
      const cap = ev.weight + (1 - ev.weight) * c.agents.reduce((acc, ai) => acc + prior[ai], 0);
      if (cap < threshold)
        determination.note = `one account at reliability ${round(reports[i].reliability)} cannot by itself reach ${pct(threshold)} (at most ${pct(cap)} for ${lead.id}); add accounts or raise reliability`;
    }
  }

  const state: TailState = { kb, evals, leadId: lead.id, runnerId: classes[1].id, post, total, prior, cols };
  const contributions = contributionsOf(state);
  const likelihoods = likelihoodsOf(state);

  // the leading agent is the most probable agent of the leading class (not of all agents: a class whose mass is
  // spread over several agents can lead while another class's single agent is the largest)
  let top: DifferentialResult['top'] = { class: classes[0].id, agent: agents.find((a) => a.class === classes[0].id)!.id };
  if (!anyObserved || cloudOnly) {
    top = { class: null, agent: null };
    determination = {
      class: null,
      agent: null,
      probability: lead.probability,
      words:
        !anyObserved
          ? 'undetermined: no usable sign, odour, cloud, onset or scene feature was found; every class stays at its prior share'
          : 'undetermined: only a cloud or its colour was described, which agents share; it does not decide between them',
      remaining: remainingIds(classes, false),
    };
  }
  return { top, agents, classes, determination, features, contributions, reports, likelihoods, threshold, ...(calibrated ? { calibrated } : {}), ...(words ? { words } : {}) };
}

/** The class probabilities (KB order) through the calibration map: q(c) proportional to p(c)^power x exp(bias[c]),
 * computed in logs from the largest term (a class at probability 0 stays at 0). */
export function calibrate(kb: AgentKb, cal: { power: number; bias: Float64Array }, classP: ArrayLike<number>): Record<string, number> {
  const C = kb.classes.length;
  let m = -Infinity;
  const l = new Float64Array(C);
  for (let ci = 0; ci < C; ci++) {
    l[ci] = classP[ci] > 0 ? cal.power * LN(classP[ci]) + cal.bias[ci] : -Infinity;
    if (l[ci] > m) m = l[ci];
  }
  let s = 0;
  for (let ci = 0; ci < C; ci++) s += l[ci] === -Infinity ? 0 : Math.exp(l[ci] - m);
  const out: Record<string, number> = {};
  for (let ci = 0; ci < C; ci++) out[kb.classes[ci].id] = m === -Infinity ? 1 / C : l[ci] === -Infinity ? 0 : Math.exp(l[ci] - m) / s;
  return out;
}

/** What the contributions and the likelihoods are computed from, at the end of a run (post and total are the run's
 * scratch arrays). */
interface TailState {
  kb: AgentKb;
  evals: ReportEval[];
  leadId: string;
  runnerId: string;
  /** the columns' posterior */
  post: Float64Array;
  /** the columns' summed log-likelihoods (after the reliability mixture and any word evidence) */
  total: Float64Array;
  prior: Float64Array;
  cols: Columns;
}

/**
 * Contributions: per (report, feature) log-likelihood ratio between the leading and the runner-up class, each class's
 * likelihood being the within-class posterior-weighted mean of its agents' likelihoods.
 */
function contributionsOf(st: TailState): Contribution[] {
  const { kb, evals, post, cols } = st;
  // each class's agents and within-class weights, flat (class ci's are at wFrom[ci] .. wFrom[ci + 1]; speed only: the
  // same weights, summed in the same order, as the {ai, w} lists they replace)
  const C = kb.classes.length;
  const { wFrom, wAgent, wW } = weightScratch(kb, cols);
  const { byClass } = tailScratch(cols.K, kb.agents.length, C);
  for (let ci = 0, k = 0; ci < C; ci++) {
    // the class's columns (its agents, or their modes) and their within-class posterior weights
    const cc = cols.classCols[ci];
    let s = 0;
    for (const col of cc) s += post[col];
    wFrom[ci] = k;
    for (const col of cc) {
      wAgent[k] = col;
      wW[k++] = s > 0 ? post[col] / s : 1 / cc.length;
    }
    wFrom[ci + 1] = k;
  }
  const leadIndex = kb.classes.findIndex((c) => c.id === st.leadId);
  const runnerIndex = kb.classes.findIndex((c) => c.id === st.runnerId);
  const contributions: Contribution[] = [];
  for (let ri = 0; ri < evals.length; ri++) {
    const ev = evals[ri];
    const w = ev.weight;
    for (const r of ev.rows) {
      const L = r.L;
      // the leading and runner-up classes first: the other classes only for a row that is kept
      const mLead = meanL(wFrom, wAgent, wW, leadIndex, L);
      const mRunner = meanL(wFrom, wAgent, wW, runnerIndex, L);
      // speed only: a row whose ratio bounds |llr| below the cut is dropped without its logarithms (|ln x| <= max(x, 1/x) - 1
      // for x > 0; the margin, 1e-6, is far above the rounding of the logarithms; NaN or an infinite ratio fails the test)
      const ratio = mLead / mRunner;
      if (w * (ratio >= 1 ? ratio - 1 : 1 / ratio - 1) < 0.005 - 1e-6) continue;
      const llr = w * (LN(mLead) - LN(mRunner));
      if (Math.abs(llr) < 0.005) continue;
      // favours: the first class (KB order) with the highest ln of its mean; against: the last with the lowest (what a
      // stable descending sort put first and last), read from the means where they are apart (extremeClasses)
      for (let ci = 0; ci < C; ci++) byClass[ci] = ci === leadIndex ? mLead : ci === runnerIndex ? mRunner : meanL(wFrom, wAgent, wW, ci, L);
      let hi = 0;
      let lo = 0;
      const both = extremeClasses(byClass, C);
      if (both >= 0) {
        hi = both % C;
        lo = (both - hi) / C;
      } else {
        for (let ci = 0; ci < C; ci++) byClass[ci] = LN(byClass[ci]);
        for (let ci = 1; ci < C; ci++) {
          if (byClass[ci] > byClass[hi]) hi = ci;
          if (byClass[ci] <= byClass[lo]) lo = ci;
        }
      }
      const c: Contribution = {
        report: ri,
        feature: r.syndrome ?? kb.features[r.feature].id,
        observation: r.observation,
        phrase: r.phrase,
        weight: round(ev.weight),
        llr: round(llr),
        favours: kb.classes[hi].id,
        against: kb.classes[lo].id,
      };
      // the key only on a syndrome's row (no spread of an object literal per row: speed only)
      if (r.syndrome !== null) c.syndrome = r.syndrome;
      else if (r.accounts >= 0) c.accounts = r.accounts;
      else {
        const basis = kb.features[r.feature].basis;
        if (basis !== 'evidence') c.basis = basis;
      }
      contributions.push(c);
    }
  }
  // (fewer than two: nothing to order, and an empty list's other array map made the inlined sort deoptimise again and
  // again in the bench)
  if (contributions.length > 1) {
    const byId = idOrder(kb);
    sortSmall(
      contributions,
      (x, y) => Math.abs(y.llr) - Math.abs(x.llr) || x.report - y.report || byId(x.feature, y.feature),
      contributions.every((c) => Number.isFinite(c.llr)),
    );
  }
  return contributions;
}

/** Likelihoods up to a common constant (max = 1): agents, classes (prior-weighted mean), 'none'. */
function likelihoodsOf(st: TailState): Record<string, number> {
  const { kb, total, prior, cols } = st;
  const K = cols.K;
  const A = kb.agents.length;
  const { rel, relA } = tailScratch(K, A, kb.classes.length);
  let maxT = -Infinity;
  for (const t of total) if (t > maxT) maxT = t;
  const likelihoods: Record<string, number> = { ...likelihoodTemplate(kb) };
  for (let k = 0; k < K; k++) rel[k] = Math.exp(total[k] - maxT);
  if (kb.modes) {
    // an agent with modes: P(evidence | agent) = sum over its modes of weight x P(evidence | mode), then max 1 again
    relA.fill(0);
    for (let k = 0; k < K; k++) relA[cols.colAgent[k]] += cols.weight[k] * rel[k];
    let m = 0;
    for (let i = 0; i < A; i++) if (relA[i] > m) m = relA[i];
    for (let i = 0; i < A; i++) likelihoods[kb.agents[i].id] = relA[i] = m > 0 ? relA[i] / m : 0;
  } else for (let i = 0; i < A; i++) likelihoods[kb.agents[i].id] = relA[i] = rel[i];
  for (const c of kb.classes) {
    // sums in the class's agent order, as a reduce from 0 would add them
    let s = 0;
    let m = 0;
    for (const ai of c.agents) {
      s += prior[ai];
      m += prior[ai] * relA[ai];
    }
    likelihoods[c.id] = s > 0 ? m / s : 0;
  }
  return likelihoods;
}

/**
 * Word evidence (word-layer.ts): multiplies each class's posterior by exp(sum of its weights over the words found), by
 * adding the log-factor to every column of the class in `total` (so the posterior and the likelihoods the assessment
 * uses both carry it). Guard 4 holds: when one account alone is informative, the shift is scaled down (the same share
 * for every class) so that no class passes w + (1 - w) x its prior, what that account could reach by itself.
 */
function addWordEvidence(kb: AgentKb, accounts: Account[], evals: ReportEval[], features: DifferentialResult['features'], cols: ReturnType<typeof columns>, prior: Float64Array, total: Float64Array, logPrior: Float64Array, tmp: Float64Array): WordEvidenceResult | undefined {
  const layer = kb.wordLayer!;
  const texts: string[] = [];
  const weights: number[] = [];
  // a table with feature inputs also reads each account's stated features (f:<id>+ present, f:<id>- absent)
  const stated: string[][] | undefined = layer.features ? [] : undefined;
  accounts.forEach((a, i) => {
    if (!a.text) return;
    texts.push(a.text);
    weights.push(evals[i].weight);
    if (stated) stated.push(features.filter((f) => f.report === i).map((f) => `f:${f.id}${f.present ? '+' : '-'}`));
  });
  if (texts.length === 0) return undefined;
  const ev = wordEvidence(layer, texts, weights, stated);
  if (ev.inputs.length === 0) return undefined;
  const C = kb.classes.length;
  const K = cols.K;
  // the class posterior without the words
  for (let k = 0; k < K; k++) tmp[k] = total[k] + logPrior[k];
  const z = logSumExp(tmp);
  const p0 = new Float64Array(C);
  for (let ci = 0; ci < C; ci++) for (const col of cols.classCols[ci]) p0[ci] += Math.exp(tmp[col] - z);
  let zw = 0;
  const pw = new Float64Array(C);
  for (let ci = 0; ci < C; ci++) zw += pw[ci] = p0[ci] * Math.exp(ev.delta[ci]);
  for (let ci = 0; ci < C; ci++) pw[ci] /= zw;
  // guard 4: one informative account moves a class at most to w + (1 - w) x its prior, and no agent below (1 - w) x its
  // prior; the shift is scaled down (one share for every class) until both hold. Each class's probability is linear in
  // the share kept, p = p0 + kept x (pw - p0), and every agent of a class is scaled by p / p0.
  let kept = 1;
  let informative = 0;
  let one = -1;
  for (let i = 0; i < evals.length; i++) if (evals[i].rows.length > 0 && informative++ === 0) one = i;
  if (informative === 1) {
    const w = evals[one].weight;
    const pa = new Float64Array(kb.agents.length);
    for (let k = 0; k < K; k++) pa[cols.colAgent[k]] += Math.exp(tmp[k] - z);
    for (let ci = 0; ci < C; ci++) {
      if (!(p0[ci] > 0)) continue;
      const agentsOf = kb.classes[ci].agents;
      if (pw[ci] > p0[ci]) {
        const cap = w + (1 - w) * agentsOf.reduce((acc, ai) => acc + prior[ai], 0);
        if (pw[ci] > cap) kept = Math.min(kept, Math.max(0, (cap - p0[ci]) / (pw[ci] - p0[ci])));
      } else if (pw[ci] < p0[ci]) {
        // the smallest ratio p / p0 that keeps every agent of the class at or above (1 - w) x its prior
        let need = 0;
        for (const ai of agentsOf) if (pa[ai] > 0) need = Math.max(need, ((1 - w) * prior[ai]) / pa[ai]);
        const ratio = pw[ci] / p0[ci];
        if (ratio < need) kept = Math.min(kept, Math.max(0, (1 - need) / (1 - ratio)));
      }
    }
  }
  const shift: Record<string, number> = {};
  for (let ci = 0; ci < C; ci++) {
    const p = kept * pw[ci] + (1 - kept) * p0[ci];
    const f = p0[ci] > 0 && p > 0 ? LN(p / p0[ci]) : 0;
    shift[kb.classes[ci].id] = round(f);
    for (const col of cols.classCols[ci]) total[col] += f;
  }
  const centred = ev.inputs.map((x) => {
    let mean = 0;
    for (let ci = 0; ci < C; ci++) mean += x.weights[ci] / C;
    let best = 0;
    for (let ci = 1; ci < C; ci++) if (x.weights[ci] > x.weights[best]) best = ci;
    return { words: x.surface, favours: kb.classes[best].id, weight: round(x.weights[best] - mean) };
  });
  centred.sort((a, b) => b.weight - a.weight || (a.words < b.words ? -1 : a.words > b.words ? 1 : 0));
  return { source: layer.source, shift, kept: round(kept), inputs: centred.slice(0, 12) };
}

/** A class below this share is not listed as 'remaining' (judgment: 10% is the ICD 203 middle of 'very unlikely'). */
export const REMAINING_MIN = 0.1;

/**
 * The ids of the classes at or above REMAINING_MIN, in order, and always the leader when `withLeader`. A loop rather
 * than filter().map() (speed only, same ids): when no class reached the share, the empty filter result has another
 * array map, and V8's optimised runDifferential deoptimised on it at every such call without re-optimising (hundreds
 * of deoptimisations per 6,000 accounts in the bench, at random from run to run).
 */
function remainingIds(classes: { id: string; probability: number }[], withLeader: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < classes.length; i++) if ((withLeader && i === 0) || classes[i].probability >= REMAINING_MIN) out.push(classes[i].id);
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const pct = (p: number) => `${Math.round(p * 100)}%`;
