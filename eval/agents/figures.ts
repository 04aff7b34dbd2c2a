/**
 * The agent differential's figures with their 95% intervals and its abstention (docs/agent-differential.md
 * §7.00048-evalx), for `npm run eval -- agents` (run.ts): Wilson intervals for every share (class and agent top-1,
 * per class, per language, coverage and the accuracies around it), a seeded percentile bootstrap over the cases for
 * the mean Brier scores. Aggregate only: nothing here prints or returns a case.
 */
import { abstention, type Abstention, type Count, type Score } from '../../src/core/agents/agent-evaluation.js';
import { bootstrapMean, fmtNum, fmtPct, wilson, type Interval } from '../intervals.js';

export interface ScoreIntervals {
  classTop1: Interval;
  agentTop1: Interval;
  /** the mean Brier score: percentile bootstrap over the cases (2,000 resamples, seed 1) */
  brier: Interval;
  brierCalibrated?: Interval;
  perClass: Record<string, Interval>;
  perLang: Record<string, Interval>;
}

/** A count with its Wilson interval. */
export interface CountWithInterval extends Count {
  interval: Interval;
}
export interface AbstentionReport {
  /** the determination threshold the engine committed at (model.determination_threshold) */
  threshold: number;
  n: number;
  covered: CountWithInterval;
  coveredCorrect: CountWithInterval;
  abstainedCorrect: CountWithInterval;
  noLeader: number;
  curve: { threshold: number; covered: CountWithInterval; correct: CountWithInterval }[];
}

export const BOOTSTRAP = { resamples: 2000, seed: 1 } as const;

const withInterval = (c: Count): CountWithInterval => ({ ...c, interval: wilson(c.k, c.n) });

export function scoreIntervals(s: Score): ScoreIntervals {
  const brierCalibrated = s.brierCalibrated !== undefined && s.outcomes.every((o) => o.brierCalibrated !== undefined) ? bootstrapMean(s.outcomes.map((o) => o.brierCalibrated!), BOOTSTRAP) : undefined;
  return {
    classTop1: wilson(s.classCorrect, s.n),
    agentTop1: wilson(s.agentCorrect, s.agentN),
    brier: bootstrapMean(s.outcomes.map((o) => o.brier), BOOTSTRAP),
    ...(brierCalibrated ? { brierCalibrated } : {}),
    perClass: Object.fromEntries(Object.entries(s.perClass).map(([k, v]) => [k, wilson(v.correct, v.n)])),
    perLang: Object.fromEntries(Object.entries(s.perLang).map(([k, v]) => [k, wilson(v.correct, v.n)])),
  };
}

export function abstentionReport(s: Score, threshold: number): AbstentionReport {
  const a: Abstention = abstention(s.outcomes);
  return {
    threshold,
    n: a.n,
    covered: withInterval(a.covered),
    coveredCorrect: withInterval(a.coveredCorrect),
    abstainedCorrect: withInterval(a.abstainedCorrect),
    noLeader: a.noLeader,
    curve: a.curve.map((p) => ({ threshold: p.threshold, covered: withInterval(p.covered), correct: withInterval(p.correct) })),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const share = (c: CountWithInterval) => `${c.k}/${c.n} = ${c.n ? pct(c.k / c.n) : '-'} [${fmtPct(c.interval)}]`;
const point = (t: number) => t.toFixed(1).replace(/^0/, '');

/** The two lines of abstention for a split, as run.ts prints them. */
export function abstentionLines(r: AbstentionReport): string[] {
  return [
    `abstention (commits when the leader reaches ${pct(r.threshold).replace('.0%', '%')} with a usable feature; else undetermined): covered ${share(r.covered)}; right when covered ${share(r.coveredCorrect)}; right when abstained ${share(r.abstainedCorrect)} (${r.noLeader} with no leader)`,
    'risk-coverage (leader p >= t: covered, right among covered): ' + r.curve.map((p) => `>=${point(p.threshold)} ${p.covered.k}/${p.covered.n} (${p.covered.n ? pct(p.covered.k / p.covered.n) : '-'}) right ${p.correct.k}/${p.correct.n} (${p.correct.n ? pct(p.correct.k / p.correct.n) : '-'} [${fmtPct(p.correct.interval)}])`).join('; '),
  ];
}

/** "[74.7-95.6%]" for a share, "[0.080-0.130]" for a Brier score. */
export const bracketPct = (i: Interval) => `[${fmtPct(i)}]`;
export const bracketNum = (i: Interval) => `[${fmtNum(i)}]`;
