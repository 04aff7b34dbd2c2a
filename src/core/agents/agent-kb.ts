/**
 * The agent knowledge base: validates the parsed knowledge/agents.yaml and compiles it into dense numeric
 * tables for the differential. Pure: the caller reads and parses the file (src/app/agents.ts).
 *
 * A value in the file is "<level or number>@<source key>[+<source key>]" or "<level or number>!<judgment why>".
 * Anything else is refused, so every number in the KB is traceable to a source or flagged as a judgment.
 */
import type { WordLayer } from './word-layer.js';
import { z } from 'zod';
import { badInput, issuesToErrors, type ErrorData } from '../errors.js';
import type { TermIndex } from './term-matcher.js';

const Judged = z.object({ value: z.number().min(0).max(1), judgment: z.string().min(3) });
const Level = z.object({ p: z.number().min(0).max(1), judgment: z.string().min(3) });

export const AgentKbFile = z.object({
  version: z.literal(1),
  levels: z.record(z.string(), Level),
  model: z.object({
    leak: Judged,
    noise: Judged,
    /** the noise of a context (incident-scope) feature: how the substance arrived and where; defaults to `noise` */
    context_noise: Judged.optional(),
    report_noise: Judged,
    default_reliability: Judged,
    /** a report with no explicit reliability or credibility grade: its reliability by the reporter's role (else the default) */
    role_reliability: z
      .object({ judgment: z.string().min(3), map: z.partialRecord(z.enum(['witness', 'medic', 'official', 'journalist', 'other']), z.number().min(0).max(1)) })
      .optional(),
    credibility: z.object({
      source: z.string(),
      judgment: z.string(),
      map: z.record(z.string(), z.number().min(0).max(1)),
    }),
    determination_threshold: Judged,
    finding_reliability: Judged,
    temperature: Judged.extend({ value: z.number().min(0.2).max(10) }).optional(),
    /** a calibration map of the class probabilities, fitted on development hold parts by eval/agents/fit-calibration.ts:
     * calibrated(c) proportional to p(c)^power x exp(bias[c]) (classes not in `bias` take 0). It is reported beside the
     * posterior and decides nothing: the determination stays on the capped posterior (guard 4). */
    class_calibration: z
      .object({
        power: z.number().min(0.2).max(10),
        bias: z.record(z.string(), z.number().min(-5).max(5)),
        judgment: z.string().min(3),
      })
      .optional(),
    absence: z.object({
      judgment: z.string(),
      medic_min: z.number().int().positive(),
      lay_min: z.number().int().positive(),
      default_salience: z.object({ medic: z.number().min(0).max(1), lay: z.number().min(0).max(1) }),
    }),
    groups: z.record(
      z.string(),
      z.object({ exclusive: z.boolean(), salience: z.number().min(0).max(1), judgment: z.string().min(3) }),
    ),
    /** syndromes: sets of specific signs of which an agent's casualties nearly always show one; when the accounts of an
     * incident describe the casualties (at least `min_clinical` clinical features in one account) and none of them
     * states any sign of the set, present or absent, that silence counts once per incident:
     * P(none of the set described | agent) = 1 - salience x P(at least one of the set | agent) */
    syndromes: z
      .record(
        z.string().regex(/^[a-z][a-z0-9-]*$/),
        z.object({
          label: z.string().min(3),
          features: z.array(z.string()).min(1),
          min_clinical: z.number().int().positive(),
          salience: Judged,
          sources: z.array(z.string()).default([]),
        }),
      )
      .optional(),
    /** signatures (session 28, agabs): features that most people exposed to an agent report (chlorine's bleach smell),
     * whose absence from every account of an incident that could have mentioned it is evidence against that agent,
     * pooled over those accounts (docs/agent-differential.md §4 step 3d; agent-differential.ts addUndescribedSignatures):
     * P(none of the n accounts mentions f | a) = prod_i (1 - s_i x r(f | a)) ^ (1 / (1 + (n - 1) x correlation)),
     * r the feature's report rate (`report_rate`, sourced, for the agents it names; P'(f | a) for the others). A rate is a
     * string, as every value of the file: "<level or number>@<source key>" or "<level or number>!<judgment>" ("hallmark@atsdr",
     * "0.8@opcw-ffm-s1212"); a bare YAML number (0.8) is refused, as it would carry neither source nor judgment */
    signatures: z
      .object({
        judgment: z.string().min(3),
        min_clinical: z.number().int().positive(),
        min_accounts: z.object({ value: z.number().int().positive(), judgment: z.string().min(3) }).optional(),
        salience: z.object({ medic: Judged, lay: Judged }),
        correlation: Judged,
        features: z.record(
          z.string(),
          z.object({ report_rate: z.record(z.string(), z.string()), judgment: z.string().min(3) }),
        ),
      })
      .optional(),
    /** correlated: sets of features that come together for one cause (the nonspecific complaints: headache, dizziness,
     * nausea, vomiting, fainting), so naive Bayes, counting them as independent, counts one fact several times. In an
     * account that states two or more members present, the set counts, per column, as its strongest member plus the
     * fraction `rest` of the others (docs/agent-differential.md §7.00043-aginf; agent-differential.ts dampCorrelated) */
    correlated: z
      .record(
        z.string().regex(/^[a-z][a-z0-9-]*$/),
        z.object({
          features: z.array(z.string()).min(2),
          rest: Judged,
        }),
      )
      .optional(),
  }),
  classes: z.array(z.object({ id: z.string(), label: z.string() })).min(1),
  prior: z.object({ judgment: z.string(), within_class: z.record(z.string(), z.string()).default({}) }),
  agents: z
    .array(
      z.object({
        id: z.string(),
        class: z.string(),
        label: z.string(),
        sources: z.array(z.string()).default([]),
        /** ways one agent comes about (chlorine as a weapon or released by accident) whose CONTEXT differs: each mode is
         * a column of its own in the differential, taking the agent's value of every feature unless a feature gives
         * `<agent>/<mode>` a value of its own; P(evidence | agent) = sum over modes of weight x P(evidence | mode) */
        modes: z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), label: z.string(), weight: z.string() })).optional(),
      }),
    )
    .min(1),
  sources: z.record(z.string(), z.string().min(5)),
  features: z.record(
    z.string().regex(/^[a-z][a-z0-9_]*$/, 'feature ids are snake_case'),
    z.object({
      label: z.string(),
      topic: z.enum(['clinical', 'odour', 'cloud', 'onset', 'course', 'scene']),
      group: z.string().optional(),
      /** incident: a fact about the event, counted once however many accounts repeat it */
      scope: z.enum(['account', 'incident']).default('account'),
      salience: z.object({ medic: z.number().min(0).max(1), lay: z.number().min(0).max(1) }).optional(),
      salience_judgment: z.string().optional(),
      /** the feature is itself a statement of absence ("no smell", "no visible cloud", "no signs of poisoning"): an
       * account that denies it is a double negative, not evidence (the signs it would mean are features of their own) */
      states_absence: z.boolean().optional(),
      /** session 11: only the feature's presence is evidence; an account that denies it ("no toxic gas was found")
       * says nothing here (the denial is read by a feature of its own: no_agent_detected, no_poisoning_signs) */
      present_only: z.boolean().optional(),
      /** session 11: the feature told alone does not decide between classes (every chemical agent shares it): an
       * incident whose accounts gave only such features, or only a cloud, has no leader (docs §4 step 7a) */
      alone_undecided: z.boolean().optional(),
      /** incident-scope (context) features: how often an incident's accounts would describe it when it happened;
       * silence about it then counts once per incident: P(not described | agent) = 1 - salience x P'(f | agent) */
      undescribed_salience: Judged.optional(),
      /** session 13: a setting (where it happened) says nothing once the account tells how the substance arrived: any of
       * these context features stated present drops it (docs/agent-differential.md §7.00030) */
      superseded_by: z.object({ features: z.array(z.string()).min(1), judgment: z.string().min(1) }).optional(),
      /** session 26 (agdev): what kind of evidence the feature is, for the reader: 'setting' a base rate of where it happened
       * (a prior from the setting, not evidence about this incident: iran_iraq_war, syrian_war); 'named' the account names a
       * class of agent (a claim, weaker than signs); absent = evidence the account gives (signs, odours, the scene). It moves
       * no number: the output shows such rows apart (contributions[].basis, `assay agents`, the finding's explanation) */
      basis: z.enum(['setting', 'named']).optional(),
      default: z.string(),
      p: z.record(z.string(), z.string()).default({}),
    }),
  ),
});
export type AgentKbFile = z.infer<typeof AgentKbFile>;

/** Where one P(feature | agent) came from: source keys, or the judgment text. */
export interface ValueOrigin {
  level: string | null;
  p: number;
  sources: string[];
  judgment?: string;
}

export interface FeatureDef {
  id: string;
  index: number;
  label: string;
  topic: 'clinical' | 'odour' | 'cloud' | 'onset' | 'course' | 'scene';
  group?: string;
  scope: 'account' | 'incident';
  salience: { medic: number; lay: number };
  /** context features: the salience with which silence about it counts once per incident (0 = never) */
  undescribedSalience: number;
  /** a statement of absence: denying it counts for nothing */
  statesAbsence: boolean;
  /** only its presence counts: an absent reading is dropped (session 11) */
  presentOnly: boolean;
  /** told alone it decides nothing: no leader when every feature read is such a feature or a cloud (session 11) */
  aloneUndecided: boolean;
  /** session 13: ids of the context features whose presence drops this one (a setting superseded by how it arrived) */
  supersededBy: string[];
  /** session 26: 'setting' (a base rate of where it happened), 'named' (the account names a class), or 'evidence' */
  basis: 'evidence' | 'setting' | 'named';
}

/** A correlated set of the KB (model.correlated), its features by index. */
export interface CorrelatedDef {
  id: string;
  features: number[];
  /** the fraction of the members other than the strongest that counts (1: independent, as naive Bayes) */
  rest: number;
}

/** A syndrome of the KB (model.syndromes), its features by index. */
export interface SyndromeDef {
  id: string;
  label: string;
  features: number[];
  minClinical: number;
  salience: number;
}

/** The signature features of the KB (model.signatures), compiled: for each, its index and its report rate per column
 * (the sourced rate for the agents `report_rate` names, else P'(f | column)). */
export interface SignatureDef {
  minClinical: number;
  /** the fewest accounts that could have mentioned a signature for their silence to count (model.signatures.min_accounts; 1) */
  minAccounts: number;
  salienceMedic: number;
  salienceLay: number;
  correlation: number;
  features: { index: number; rate: Float64Array }[];
}

/** The compiled knowledge base. p[f][a] is P'(feature f | agent a) after the leak term. */
export interface AgentKb {
  agents: { id: string; class: string; label: string }[];
  classes: { id: string; label: string; agents: number[] }[];
  features: FeatureDef[];
  featureIndex: Map<string, number>;
  /** session 13: indices of the features with a superseded_by list (settings), in KB order */
  superseded: number[];
  agentIndex: Map<string, number>;
  /** P'(f | a), leak applied, [feature][agent] */
  p: Float64Array[];
  origin: ValueOrigin[][];
  prior: Float64Array;
  leak: number;
  noise: number;
  /** noise of the context (incident-scope) features (model.context_noise; else noise) */
  contextNoise: number;
  reportNoise: number;
  defaultReliability: number;
  /** reliability of an ungraded report by its role (model.role_reliability); roles not listed take defaultReliability */
  roleReliability: Record<string, number>;
  credibility: Record<number, number>;
  threshold: number;
  findingReliability: number;
  /** calibration temperature on the summed log-likelihoods (1 = none) */
  temperature: number;
  /** the class calibration map (model.class_calibration): power, and a bias per class in kb.classes order; absent when
   * the KB has none */
  classCalibration?: { power: number; bias: Float64Array };
  absence: { medicMin: number; layMin: number };
  groups: Record<string, { exclusive: boolean; salience: number }>;
  sources: Record<string, string>;
  /** stemmed lay and HPO terms (knowledge/agent-terms.yaml, knowledge/hpo-terms.yaml), attached by the loader */
  terms?: TermIndex;
  /** syndromes (model.syndromes): sets of specific signs whose joint silence counts once per incident */
  syndromes?: SyndromeDef[];
  /** signature features (model.signatures): silence about them in every account that could have mentioned them counts,
   * pooled over those accounts (session 28); absent when the KB has none */
  signatures?: SignatureDef;
  /** correlated sets (model.correlated): features whose present log-likelihoods are damped together; absent when none */
  correlated?: CorrelatedDef[];
  /** the agents' modes (agents[].modes), as columns; absent when no agent has modes (every agent is one column) */
  modes?: AgentModes;
  /** the fitted word-evidence table (knowledge/agent-word-layer.json, word-layer.ts), attached by the loader when present:
   * read-only, the loader defines it as a getter that compiles the table on first read (src/app/agents.ts) */
  readonly wordLayer?: WordLayer;
  /** whether the differential adds the word evidence when the context does not say (DifferentialContext.wordEvidence):
   * set by the loader (src/app/agents.ts: WORD_EVIDENCE_DEFAULT, or ASSAY_WORD_EVIDENCE=on|off); absent: off */
  wordEvidence?: boolean;
}

/** Columns of the differential when some agent has modes: column k belongs to agent colAgent[k], with weight[k] of that
 * agent's prior (the weights of an agent's columns sum to 1), and P'(f | column) = p[f][k]. */
export interface AgentModes {
  colAgent: Int32Array;
  colId: string[];
  weight: Float64Array;
  p: Float64Array[];
}

/**
 * Compiles the parsed KB file. Method: each value string is parsed into (level -> number) and (sources or
 * judgment); the leak term is applied once here (P' = leak + (1 - leak) P) so no feature can zero an agent.
 */
export function compileAgentKb(raw: unknown, file = 'knowledge/agents.yaml'): AgentKb {
  const parsed = AgentKbFile.safeParse(raw);
  if (!parsed.success) {
    const details = issuesToErrors(parsed.error.issues);
    throw badInput(`invalid agent knowledge base: ${details[0]?.path}: ${details[0]?.message}`, file, details);
  }
  const kb = parsed.data;
  const problems: ErrorData[] = [];
  const agentIndex = new Map(kb.agents.map((a, i) => [a.id, i]));
  const classIds = new Set(kb.classes.map((c) => c.id));
  kb.agents.forEach((a, i) => {
    if (!classIds.has(a.class)) problems.push({ code: 'bad_input', path: `agents.${i}.class`, message: `unknown class "${a.class}"` });
    for (const s of a.sources)
      if (!kb.sources[s]) problems.push({ code: 'bad_input', path: `agents.${i}.sources`, message: `unknown source "${s}"` });
  });
  const parseValue = (s: string, where: string): ValueOrigin | null => {
    const m = /^\s*([a-z]+|\d*\.?\d+)\s*([@!])\s*(.+)$/s.exec(s);
    if (!m) {
      problems.push({ code: 'bad_input', path: where, message: `value "${s}" needs "<level>@<source>" or "<level>!<judgment>"` });
      return null;
    }
    const [, lv, kind, rest] = m;
    let p: number;
    let level: string | null = null;
    if (/^[a-z]+$/.test(lv)) {
      const L = kb.levels[lv];
      if (!L) {
        problems.push({ code: 'bad_input', path: where, message: `unknown level "${lv}" (one of ${Object.keys(kb.levels).join(', ')})` });
        return null;
      }
      p = L.p;
      level = lv;
    } else {
      p = Number(lv);
      if (!(p >= 0 && p <= 1)) {
        problems.push({ code: 'bad_input', path: where, message: `probability ${lv} is not within 0-1` });
        return null;
      }
    }
    if (kind === '!') return { level, p, sources: [], judgment: rest.trim() };
    const sources = rest.split('+').map((x) => x.trim());
    for (const src of sources) if (!kb.sources[src]) problems.push({ code: 'bad_input', path: where, message: `unknown source "${src}"` });
    return { level, p, sources };
  };

  // agents' modes: "<agent>/<mode>" keys a feature may give a value of its own
  const modeKeys = new Set(kb.agents.flatMap((a) => (a.modes ?? []).map((m) => `${a.id}/${m.id}`)));
  const leak = kb.model.leak.value;
  const features: FeatureDef[] = [];
  const p: Float64Array[] = [];
  const origin: ValueOrigin[][] = [];
  const modeValues: Map<string, number>[] = [];
  for (const [id, f] of Object.entries(kb.features)) {
    if (f.group && !kb.model.groups[f.group])
      problems.push({ code: 'bad_input', path: `features.${id}.group`, message: `unknown group "${f.group}"` });
    const def = parseValue(f.default, `features.${id}.default`);
    const row = new Float64Array(kb.agents.length);
    const orow: ValueOrigin[] = [];
    for (const aid of Object.keys(f.p))
      if (!agentIndex.has(aid) && !modeKeys.has(aid)) problems.push({ code: 'bad_input', path: `features.${id}.p.${aid}`, message: `unknown agent "${aid}"` });
    kb.agents.forEach((a, ai) => {
      const v = f.p[a.id] !== undefined ? parseValue(f.p[a.id], `features.${id}.p.${a.id}`) : def;
      const o = v ?? { level: null, p: 0.1, sources: [], judgment: 'unparsed' };
      orow.push(o);
      row[ai] = leak + (1 - leak) * o.p;
    });
    features.push({
      id,
      index: features.length,
      label: f.label,
      topic: f.topic,
      group: f.group,
      scope: f.scope,
      salience: f.salience ?? kb.model.absence.default_salience,
      undescribedSalience: f.undescribed_salience?.value ?? 0,
      statesAbsence: f.states_absence ?? false,
      presentOnly: f.present_only ?? false,
      aloneUndecided: f.alone_undecided ?? false,
      supersededBy: f.superseded_by?.features ?? [],
      basis: f.basis ?? 'evidence',
    });
    if (f.undescribed_salience && f.scope !== 'incident')
      problems.push({ code: 'bad_input', path: `features.${id}.undescribed_salience`, message: 'only an incident-scope (context) feature can count when not described' });
    p.push(row);
    origin.push(orow);
    const mrow = new Map<string, number>();
    for (const key of modeKeys)
      if (f.p[key] !== undefined) {
        const v = parseValue(f.p[key], `features.${id}.p.${key}`);
        if (v) mrow.set(key, leak + (1 - leak) * v.p);
      }
    modeValues.push(mrow);
  }
  const featureIndex = new Map(features.map((f) => [f.id, f.index]));
  for (const f of features)
    for (const sid of f.supersededBy)
      if (!featureIndex.has(sid)) problems.push({ code: 'bad_input', path: `features.${f.id}.superseded_by.features`, message: `unknown feature "${sid}"` });
  const syndromes: SyndromeDef[] = Object.entries(kb.model.syndromes ?? {}).map(([id, sy]) => {
    for (const fid of sy.features)
      if (!featureIndex.has(fid)) problems.push({ code: 'bad_input', path: `model.syndromes.${id}.features`, message: `unknown feature "${fid}"` });
      else if (features[featureIndex.get(fid)!].topic !== 'clinical')
        problems.push({ code: 'bad_input', path: `model.syndromes.${id}.features`, message: `"${fid}" is not a clinical feature` });
    for (const src of sy.sources) if (!kb.sources[src]) problems.push({ code: 'bad_input', path: `model.syndromes.${id}.sources`, message: `unknown source "${src}"` });
    return { id, label: sy.label, features: sy.features.flatMap((fid) => (featureIndex.has(fid) ? [featureIndex.get(fid)!] : [])), minClinical: sy.min_clinical, salience: sy.salience.value };
  });
  const inSet = new Set<string>();
  const correlated: CorrelatedDef[] = Object.entries(kb.model.correlated ?? {}).map(([id, cs]) => {
    for (const fid of cs.features) {
      if (!featureIndex.has(fid)) problems.push({ code: 'bad_input', path: `model.correlated.${id}.features`, message: `unknown feature "${fid}"` });
      else if (inSet.has(fid)) problems.push({ code: 'bad_input', path: `model.correlated.${id}.features`, message: `"${fid}" is in two correlated sets` });
      inSet.add(fid);
    }
    return { id, features: cs.features.flatMap((fid) => (featureIndex.has(fid) ? [featureIndex.get(fid)!] : [])), rest: cs.rest.value };
  });
  // signatures: each feature's report rate per agent (a string: a level or a number, with its source or judgment); compiled into
  // columns below, once the modes are known
  const signatureRates: { index: number; rates: Map<number, number> }[] = [];
  // (review s28) the reader keeps the groups an account stated as the bits of one 32-bit integer (agent-differential.ts
  // ReportEval.groups); a group past the 31st would have no bit, and an account naming its members would count as silent
  const groupCount = Object.keys(kb.model.groups).length;
  if (kb.model.signatures && groupCount > 31)
    problems.push({ code: 'bad_input', path: 'model.groups', message: `${groupCount} groups: with signatures at most 31 (an account's stated groups are kept as bits)` });
  for (const [fid, sg] of Object.entries(kb.model.signatures?.features ?? {})) {
    const fi = featureIndex.get(fid);
    if (fi === undefined) {
      problems.push({ code: 'bad_input', path: `model.signatures.features.${fid}`, message: `unknown feature "${fid}"` });
      continue;
    }
    if (!features[fi].group) problems.push({ code: 'bad_input', path: `model.signatures.features.${fid}`, message: `"${fid}" belongs to no group (a signature is told in place of the other members of its group)` });
    const rates = new Map<number, number>();
    for (const [aid, v] of Object.entries(sg.report_rate)) {
      const ai = agentIndex.get(aid);
      const where = `model.signatures.features.${fid}.report_rate.${aid}`;
      if (ai === undefined) problems.push({ code: 'bad_input', path: where, message: `unknown agent "${aid}"` });
      const o = parseValue(v, where);
      if (o && ai !== undefined) rates.set(ai, leak + (1 - leak) * o.p);
    }
    signatureRates.push({ index: fi, rates });
  }
  if (problems.length) throw badInput(`invalid agent knowledge base: ${problems[0].path}: ${problems[0].message}`, file, problems);

  // Prior: uniform over classes, then within each class by the documented incidence weights (`prior.within_class`,
  // each `weight@source` or `weight!why`; an agent not listed weighs 1), so a class's share is 1/classes whatever
  // the weights.
  const classes = kb.classes.map((c) => ({ ...c, agents: kb.agents.flatMap((a, i) => (a.class === c.id ? [i] : [])) }));
  const live = classes.filter((c) => c.agents.length > 0);
  for (const cid of Object.keys(kb.model.class_calibration?.bias ?? {}))
    if (!classes.some((c) => c.id === cid)) problems.push({ code: 'bad_input', path: `model.class_calibration.bias.${cid}`, message: `unknown class "${cid}"` });
  const weight = new Float64Array(kb.agents.length).fill(1);
  for (const [aid, v] of Object.entries(kb.prior.within_class)) {
    const where = `prior.within_class.${aid}`;
    const ai = agentIndex.get(aid);
    const m = /^([0-9]*\.?[0-9]+)\s*([@!])\s*(.+)$/.exec(v);
    if (ai === undefined) problems.push({ code: 'bad_input', path: where, message: `unknown agent "${aid}"` });
    else if (!m || !(Number(m[1]) > 0)) problems.push({ code: 'bad_input', path: where, message: `"${v}" is not "weight@source" or "weight!why" with a positive weight` });
    else {
      if (m[2] === '@') for (const src of m[3].split('+').map((x) => x.trim())) if (!kb.sources[src]) problems.push({ code: 'bad_input', path: where, message: `unknown source "${src}"` });
      weight[ai] = Number(m[1]);
    }
  }
  if (problems.length) throw badInput(`invalid agent knowledge base: ${problems[0].path}: ${problems[0].message}`, file, problems);
  const prior = new Float64Array(kb.agents.length);
  for (const c of live) {
    const total = c.agents.reduce((s, ai) => s + weight[ai], 0);
    for (const ai of c.agents) prior[ai] = weight[ai] / total / live.length;
  }

  // modes: one column per mode (an agent without modes is one column); a mode takes the agent's value of a feature
  // unless the feature gives "<agent>/<mode>" one; the agent's own row becomes the weighted mean of its modes' rows
  let modes: AgentModes | undefined;
  if (modeKeys.size) {
    const colAgent: number[] = [];
    const colId: string[] = [];
    const colWeight: number[] = [];
    kb.agents.forEach((a, ai) => {
      if (!a.modes?.length) {
        colAgent.push(ai);
        colId.push(a.id);
        colWeight.push(1);
        return;
      }
      const ws = a.modes.map((m, mi) => {
        const mm = /^([0-9]*\.?[0-9]+)\s*([@!])\s*(.+)$/.exec(m.weight);
        if (!mm || !(Number(mm[1]) > 0)) {
          problems.push({ code: 'bad_input', path: `agents.${ai}.modes.${mi}.weight`, message: `"${m.weight}" is not "weight@source" or "weight!why" with a positive weight` });
          return 1;
        }
        if (mm[2] === '@') for (const src of mm[3].split('+').map((x) => x.trim())) if (!kb.sources[src]) problems.push({ code: 'bad_input', path: `agents.${ai}.modes.${mi}.weight`, message: `unknown source "${src}"` });
        return Number(mm[1]);
      });
      const tot = ws.reduce((x, y) => x + y, 0);
      a.modes.forEach((m, mi) => {
        colAgent.push(ai);
        colId.push(`${a.id}/${m.id}`);
        colWeight.push(ws[mi] / tot);
      });
    });
    if (problems.length) throw badInput(`invalid agent knowledge base: ${problems[0].path}: ${problems[0].message}`, file, problems);
    const mp = p.map((row, fi) =>
      Float64Array.from(colId, (cid, k) => modeValues[fi].get(cid) ?? row[colAgent[k]]),
    );
    // the agent's row: the weighted mean of its modes' rows (what P(f | agent) is, marginally)
    mp.forEach((mrow, fi) => {
      const acc = new Float64Array(kb.agents.length);
      colAgent.forEach((ai, k) => (acc[ai] += colWeight[k] * mrow[k]));
      kb.agents.forEach((a, ai) => {
        if (a.modes?.length) p[fi][ai] = acc[ai];
      });
    });
    modes = { colAgent: Int32Array.from(colAgent), colId, weight: Float64Array.from(colWeight), p: mp };
  }

  let signatures: SignatureDef | undefined;
  const sgm = kb.model.signatures;
  if (sgm && signatureRates.length) {
    const colAgentOf = modes ? Array.from(modes.colAgent) : kb.agents.map((_, i) => i);
    const P = modes ? modes.p : p;
    signatures = {
      minClinical: sgm.min_clinical,
      minAccounts: sgm.min_accounts?.value ?? 1,
      salienceMedic: sgm.salience.medic.value,
      salienceLay: sgm.salience.lay.value,
      correlation: sgm.correlation.value,
      features: signatureRates.map(({ index, rates }) => ({
        index,
        rate: Float64Array.from(colAgentOf, (ai, k) => rates.get(ai) ?? P[index][k]),
      })),
    };
  }

  return {
    ...(modes ? { modes } : {}),
    ...(signatures ? { signatures } : {}),
    agents: kb.agents.map(({ id, class: cls, label }) => ({ id, class: cls, label })),
    classes,
    features,
    featureIndex,
    superseded: features.flatMap((f) => (f.supersededBy.length ? [f.index] : [])),
    syndromes,
    ...(correlated.length ? { correlated } : {}),
    agentIndex,
    p,
    origin,
    prior,
    leak,
    noise: kb.model.noise.value,
    contextNoise: kb.model.context_noise?.value ?? kb.model.noise.value,
    reportNoise: kb.model.report_noise.value,
    defaultReliability: kb.model.default_reliability.value,
    roleReliability: Object.fromEntries(Object.entries(kb.model.role_reliability?.map ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number')),
    credibility: Object.fromEntries(Object.entries(kb.model.credibility.map).map(([k, v]) => [Number(k), v])),
    threshold: kb.model.determination_threshold.value,
    findingReliability: kb.model.finding_reliability.value,
    temperature: kb.model.temperature?.value ?? 1,
    ...(kb.model.class_calibration
      ? { classCalibration: { power: kb.model.class_calibration.power, bias: Float64Array.from(classes.map((c) => kb.model.class_calibration!.bias[c.id] ?? 0)) } }
      : {}),
    absence: { medicMin: kb.model.absence.medic_min, layMin: kb.model.absence.lay_min },
    groups: kb.model.groups,
    sources: kb.sources,
  };
}
