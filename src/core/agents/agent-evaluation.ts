/**
 * Scoring the agent differential on labelled cases (docs/agent-differential.md §7): class and agent top-1,
 * per class and per language, the confusion matrix, the multi-class Brier score against a uniform forecast,
 * and a reliability curve of the leading class's probability.
 *
 * A case with no leading class (nothing usable extracted: every class at its prior share) counts as a miss,
 * so an engine cannot score by abstaining. Abstention is reported beside top-1, never instead of it (abstention():
 * coverage, accuracy where the engine committed and where it did not, and a risk-coverage curve; session 24).
 * Pure: the caller loads the cases and the KB.
 */
import type { AgentKb } from './agent-kb.js';
import { runDifferential, type Account, type DifferentialResult } from './agent-differential.js';

export interface LabelledCase {
  id: string;
  class: string;
  /** acceptable classes where the requirement is a pair (default [class]) */
  accept?: string[];
  /** the agent established, when one was */
  agent?: string | null;
  lang?: string;
  accounts: Account[];
}

export interface CaseOutcome {
  id: string;
  expected: string;
  predicted: string | null;
  correct: boolean;
  agentExpected: string | null;
  agentPredicted: string | null;
  /** probability given to the expected class */
  pExpected: number;
  /** probability of the leading class (0 when no leader) */
  pTop: number;
  /** whether the engine committed to its leader under its own rule: determination.class is set (a usable feature was
   * found and the leading class reached the determination threshold, model.determination_threshold); otherwise the
   * result reads "undetermined" and the case counts as abstained in abstention() (top-1 still scores its leader) */
  determined: boolean;
  brier: number;
  /** the Brier score of the calibrated class probabilities (result.calibrated), when the KB has a calibration map */
  brierCalibrated?: number;
  lang?: string;
}

export interface Score {
  n: number;
  classTop1: number;
  classCorrect: number;
  agentN: number;
  agentTop1: number;
  agentCorrect: number;
  brier: number;
  /** the mean Brier score of the calibrated class probabilities, when every case has them (the KB has a calibration map) */
  brierCalibrated?: number;
  brierUniform: number;
  perClass: Record<string, { n: number; correct: number }>;
  perLang: Record<string, { n: number; correct: number }>;
  /** confusion[expected][predicted or "(none)"] */
  confusion: Record<string, Record<string, number>>;
  /** bins of the leading class's probability: mean confidence, accuracy, count */
  reliability: { from: number; to: number; n: number; confidence: number; accuracy: number }[];
  outcomes: CaseOutcome[];
}

/** The outcome of one case from a differential result. */
export function outcomeOf(kb: AgentKb, c: LabelledCase, r: DifferentialResult): CaseOutcome {
  const accept = c.accept ?? [c.class];
  const predicted = r.top.class;
  const agentPredicted = r.top.agent;
  let brier = 0;
  for (const k of kb.classes) {
    const p = r.classes.find((x) => x.id === k.id)!.probability;
    const y = k.id === c.class ? 1 : 0;
    brier += (p - y) ** 2;
  }
  let brierCalibrated: number | undefined;
  if (r.calibrated) {
    brierCalibrated = 0;
    for (const k of kb.classes) brierCalibrated += ((r.calibrated[k.id] ?? 0) - (k.id === c.class ? 1 : 0)) ** 2;
  }
  return {
    id: c.id,
    expected: c.class,
    predicted,
    correct: predicted !== null && accept.includes(predicted),
    agentExpected: c.agent ?? null,
    agentPredicted,
    pExpected: r.classes.find((x) => x.id === c.class)?.probability ?? 0,
    pTop: predicted ? r.classes[0].probability : 0,
    determined: r.determination.class !== null,
    brier,
    ...(brierCalibrated !== undefined ? { brierCalibrated } : {}),
    ...(c.lang ? { lang: c.lang } : {}),
  };
}

/** Scores a set of cases; `run` defaults to the differential with the KB's settings. */
export function scoreCases(kb: AgentKb, cases: LabelledCase[], run: (c: LabelledCase) => DifferentialResult = (c) => runDifferential(kb, c.accounts)): Score {
  const outcomes = cases.map((c) => outcomeOf(kb, c, run(c)));
  return summarise(kb, outcomes);
}

/**
 * Whether the predicted agent is the expected one. A label `none` means "no toxic chemical" (the evaluation files
 * were written when `none` was the class's only agent), so any agent of the `none` class (blast, fire smoke, mass
 * psychogenic illness) matches it.
 */
export function agentMatches(kb: AgentKb, expected: string, predicted: string | null): boolean {
  if (predicted === expected) return true;
  if (expected !== 'none' || predicted === null) return false;
  return kb.agents.find((a) => a.id === predicted)?.class === 'none';
}

export function summarise(kb: AgentKb, outcomes: CaseOutcome[]): Score {
  const K = kb.classes.length;
  const perClass: Score['perClass'] = {};
  const perLang: Score['perLang'] = {};
  const confusion: Score['confusion'] = {};
  for (const k of kb.classes) {
    perClass[k.id] = { n: 0, correct: 0 };
    confusion[k.id] = {};
  }
  let agentN = 0;
  let agentCorrect = 0;
  for (const o of outcomes) {
    perClass[o.expected] ??= { n: 0, correct: 0 };
    perClass[o.expected].n++;
    if (o.correct) perClass[o.expected].correct++;
    if (o.lang) {
      perLang[o.lang] ??= { n: 0, correct: 0 };
      perLang[o.lang].n++;
      if (o.correct) perLang[o.lang].correct++;
    }
    const col = o.predicted ?? '(none)';
    confusion[o.expected] ??= {};
    confusion[o.expected][col] = (confusion[o.expected][col] ?? 0) + 1;
    if (o.agentExpected) {
      agentN++;
      if (agentMatches(kb, o.agentExpected, o.agentPredicted)) agentCorrect++;
    }
  }
  const n = outcomes.length;
  const classCorrect = outcomes.filter((o) => o.correct).length;
  // reliability curve: five bins of the leading class's probability
  const edges = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  const reliability = edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1];
    const inBin = outcomes.filter((o) => o.predicted !== null && o.pTop >= from && o.pTop < to);
    return {
      from,
      to: Math.min(1, to),
      n: inBin.length,
      confidence: inBin.length ? inBin.reduce((s, o) => s + o.pTop, 0) / inBin.length : 0,
      accuracy: inBin.length ? inBin.filter((o) => o.expected === o.predicted).length / inBin.length : 0,
    };
  });
  return {
    n,
    classTop1: n ? classCorrect / n : 0,
    classCorrect,
    agentN,
    agentTop1: agentN ? agentCorrect / agentN : 0,
    agentCorrect,
    brier: n ? outcomes.reduce((s, o) => s + o.brier, 0) / n : 0,
    ...(n && outcomes.every((o) => o.brierCalibrated !== undefined) ? { brierCalibrated: outcomes.reduce((s, o) => s + o.brierCalibrated!, 0) / n } : {}),
    // a uniform forecast over K classes scores (1 - 1/K)^2 + (K - 1)/K^2 = 1 - 1/K on every case
    brierUniform: 1 - 1 / K,
    perClass,
    perLang,
    confusion,
    reliability,
    outcomes,
  };
}

/** A share k/n of the cases (a figure of abstention()). */
export interface Count {
  k: number;
  n: number;
}

export interface Abstention {
  n: number;
  /** cases where the engine committed to its leader under its own rule (CaseOutcome.determined): k of n */
  covered: Count;
  /** top-1 on the covered cases */
  coveredCorrect: Count;
  /** top-1 on the abstained (undetermined) cases: the leader below the threshold is still scored, no leader is a miss */
  abstainedCorrect: Count;
  /** abstained cases with no leader at all (nothing usable, or a cloud alone: every class at its prior share) */
  noLeader: number;
  /** risk-coverage: for each threshold t, the cases whose leader has probability >= t (covered) and top-1 among them */
  curve: { threshold: number; covered: Count; correct: Count }[];
}

/** The thresholds of the risk-coverage curve (leading-class probability). */
export const RISK_COVERAGE_THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] as const;

/**
 * Abstention as an outcome: how often the engine commits to a leader under its own rule (the determination threshold,
 * 0.8 in the KB), how often it is right when it does, how often its leader is right when it does not, and the
 * risk-coverage curve by the leader's probability. Reporting only: it reads the outcomes and changes no figure.
 */
export function abstention(outcomes: readonly CaseOutcome[], thresholds: readonly number[] = RISK_COVERAGE_THRESHOLDS): Abstention {
  let covered = 0;
  let coveredRight = 0;
  let abstainedRight = 0;
  let noLeader = 0;
  for (const o of outcomes) {
    if (o.determined) {
      covered++;
      if (o.correct) coveredRight++;
    } else {
      if (o.correct) abstainedRight++;
      if (o.predicted === null) noLeader++;
    }
  }
  const n = outcomes.length;
  // compared as the engine compares (lead.probability >= threshold): at the KB's threshold the point is the coverage above
  const curve = thresholds.map((t) => {
    let c = 0;
    let r = 0;
    for (const o of outcomes)
      if (o.predicted !== null && o.pTop >= t) {
        c++;
        if (o.correct) r++;
      }
    return { threshold: t, covered: { k: c, n }, correct: { k: r, n: c } };
  });
  return {
    n,
    covered: { k: covered, n },
    coveredCorrect: { k: coveredRight, n: covered },
    abstainedCorrect: { k: abstainedRight, n: n - covered },
    noLeader,
    curve,
  };
}
