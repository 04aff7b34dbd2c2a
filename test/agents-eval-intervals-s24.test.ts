/**
 * Session 24 (room evalx): how sure the evaluation's figures are (eval/intervals.ts: Wilson intervals, a seeded
 * percentile bootstrap) and abstention as a reported outcome of the agent differential (agent-evaluation.ts
 * abstention(), eval/agents/figures.ts), docs/agent-differential.md §7.00048-evalx. Known values are checked against
 * the closed form and against the property that defines the interval; the outcomes below are made up here, none is an
 * evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { bootstrapMean, bootstrapRatio, fmtNum, fmtPct, mulberry32, wilson, Z95 } from '../eval/intervals.js';
import { abstention, outcomeOf, summarise, type CaseOutcome } from '../src/core/agents/agent-evaluation.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { abstentionLines, abstentionReport, scoreIntervals } from '../eval/agents/figures.js';
import { kb } from './helpers/agent-probe.js';
import { agentFinding, undeterminedStatement } from '../src/core/agents/agent-finding.js';

describe('wilson', () => {
  it('gives the known 95% intervals (32/36 = 88.9% is 74.7%-95.6%)', () => {
    const w = wilson(32, 36);
    expect(w.lo).toBeCloseTo(0.74685, 5);
    expect(w.hi).toBeCloseTo(0.95593, 5);
    expect(fmtPct(w)).toBe('74.7-95.6%');
    // 0/10 and 10/10: the bounds at the edge are exact, the other is z^2 / (n + z^2) from it (0.2775 in every table)
    expect(wilson(0, 10)).toEqual({ lo: 0, hi: expect.closeTo(0.27753, 5) });
    expect(wilson(10, 10)).toEqual({ lo: expect.closeTo(0.72247, 5), hi: 1 });
    expect(wilson(0, 10).hi).toBeCloseTo(Z95 ** 2 / (10 + Z95 ** 2), 12);
    // a half: symmetric about 0.5
    const h = wilson(18, 36);
    expect(h.lo + h.hi).toBeCloseTo(1, 12);
    expect(wilson(1, 2).lo).toBeCloseTo(0.09453, 5);
  });
  it('solves (k/n - p)^2 = z^2 p (1 - p) / n at both bounds, and mirrors k against n - k', () => {
    for (const [k, n] of [
      [1, 3],
      [32, 36],
      [458, 532],
      [7, 90],
    ]) {
      const w = wilson(k, n);
      for (const p of [w.lo, w.hi]) expect((k / n - p) ** 2).toBeCloseTo((Z95 ** 2 * p * (1 - p)) / n, 12);
      expect(w.lo).toBeLessThan(k / n);
      expect(w.hi).toBeGreaterThan(k / n);
      const m = wilson(n - k, n);
      expect(m.lo).toBeCloseTo(1 - w.hi, 12);
      expect(m.hi).toBeCloseTo(1 - w.lo, 12);
    }
  });
  it('narrows with n at the same share, is [0, 1] with no trial, and refuses k outside 0..n', () => {
    const width = (k: number, n: number) => wilson(k, n).hi - wilson(k, n).lo;
    expect(width(320, 360)).toBeLessThan(width(32, 36) / 2.5);
    expect(wilson(0, 0)).toEqual({ lo: 0, hi: 1 });
    expect(() => wilson(5, 4)).toThrow(RangeError);
    expect(() => wilson(-1, 4)).toThrow(RangeError);
  });
});

describe('the seeded bootstrap', () => {
  const coin = Array.from({ length: 100 }, (_, i) => (i % 2 ? 1 : 0));
  it('is deterministic: the same seed gives the same interval, the generator the same sequence', () => {
    expect(bootstrapMean(coin)).toEqual(bootstrapMean(coin));
    expect(bootstrapMean(coin, { seed: 7 })).toEqual(bootstrapMean(coin, { seed: 7 }));
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(mulberry32(2)()).not.toBe(xs[0]);
  });
  it('is close to the normal interval for a mean of 0/1 values (p = .5, n = 100: .402-.598)', () => {
    const i = bootstrapMean(coin);
    expect(i.lo).toBeGreaterThan(0.38);
    expect(i.lo).toBeLessThan(0.42);
    expect(i.hi).toBeGreaterThan(0.58);
    expect(i.hi).toBeLessThan(0.62);
  });
  it('is the value itself when every item has the same value, and holds the mean', () => {
    expect(bootstrapMean([0.25, 0.25, 0.25])).toEqual({ lo: 0.25, hi: 0.25 });
    const xs = [0.1, 0.5, 0.02, 0.9, 0.3, 0.33, 0.6, 0.05];
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const i = bootstrapMean(xs);
    expect(i.lo).toBeLessThan(m);
    expect(i.hi).toBeGreaterThan(m);
    expect(fmtNum({ lo: 0.0754, hi: 0.1333 })).toBe('0.075-0.133');
  });
  it('resamples whole clusters: items read alike within an event widen the interval (near miss: every item its own cluster)', () => {
    // 20 events of 5 items each, every item of an event right or every one wrong
    const right = Array.from({ length: 100 }, (_, i) => (Math.floor(i / 5) % 2 ? 1 : 0));
    const events = Array.from({ length: 100 }, (_, i) => `e${Math.floor(i / 5)}`);
    const ones = right.map(() => 1);
    const byItem = bootstrapRatio(right, ones);
    const byEvent = bootstrapRatio(right, ones, { clusters: events });
    expect(byEvent.hi - byEvent.lo).toBeGreaterThan(1.6 * (byItem.hi - byItem.lo));
    // an item without an event is a cluster of its own: the same as no clusters when none has one
    expect(bootstrapRatio(right, ones, { clusters: right.map(() => undefined) })).toEqual(byItem);
  });
  it('takes a ratio of sums (a recall over the items that hold the value) and refuses mismatched lengths', () => {
    const i = bootstrapRatio([1, 1, 0, 0, 1], [1, 1, 1, 0, 1]);
    expect(i.lo).toBeGreaterThanOrEqual(0);
    expect(i.hi).toBeLessThanOrEqual(1);
    expect(() => bootstrapRatio([1], [1, 1])).toThrow(RangeError);
    expect(() => bootstrapRatio([1, 0], [1, 1], { clusters: ['a'] })).toThrow(RangeError);
  });
});

const outcome = (id: string, o: Partial<CaseOutcome>): CaseOutcome => ({
  id,
  expected: 'nerve',
  predicted: 'nerve',
  correct: true,
  agentExpected: null,
  agentPredicted: null,
  pExpected: 0.5,
  pTop: 0.5,
  determined: false,
  brier: 0.3,
  ...o,
});

describe('abstention as an outcome', () => {
  const outs = [
    outcome('a', { pTop: 0.85, determined: true }),
    outcome('b', { pTop: 0.9, determined: true, correct: false, predicted: 'blister' }),
    outcome('c', { pTop: 0.75 }),
    outcome('d', { pTop: 0.45, correct: false, predicted: 'choking' }),
    outcome('e', { pTop: 0.35 }),
    outcome('f', { pTop: 0, predicted: null, correct: false }),
  ];
  it('counts coverage, top-1 where the engine committed and where it abstained, and the cases with no leader', () => {
    const a = abstention(outs);
    expect(a.covered).toEqual({ k: 2, n: 6 });
    expect(a.coveredCorrect).toEqual({ k: 1, n: 2 });
    expect(a.abstainedCorrect).toEqual({ k: 2, n: 4 });
    expect(a.noLeader).toBe(1);
  });
  it('draws the risk-coverage curve by the leader probability; no leader is never covered', () => {
    const a = abstention(outs);
    expect(a.curve.map((p) => p.threshold)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
    expect(a.curve.map((p) => p.covered.k)).toEqual([5, 4, 3, 3, 3, 2]);
    expect(a.curve.map((p) => p.correct.k)).toEqual([3, 2, 2, 2, 2, 1]);
    expect(abstention(outs, [0]).curve[0].covered.k).toBe(5);
  });
  it('reads determined from the engine: set exactly when the determination names a class, which is the .8 point of the curve', () => {
    const cases = [
      { id: 'x1', class: 'choking', accounts: [{ text: 'A yellow-green cloud drifted over the street; people coughed, could not breathe and said it smelled of bleach.', role: 'official' as const }] },
      { id: 'x2', class: 'none', accounts: [{ text: 'Nothing happened at the market today.' }] },
      {
        id: 'x3',
        class: 'nerve',
        accounts: [
          { text: 'Pinpoint pupils, drooling and twitching muscles; several collapsed and convulsed.', role: 'medic' as const },
          { text: 'The doctors said the pupils were tiny, patients foamed at the mouth and their muscles twitched.', role: 'medic' as const },
          { text: 'Victims had miosis, salivation, fasciculations and seizures; atropine helped.', role: 'medic' as const },
        ],
      },
    ];
    const outs2 = cases.map((c) => {
      const r = runDifferential(kb, c.accounts);
      const o = outcomeOf(kb, c, r);
      expect(o.determined).toBe(r.determination.class !== null);
      expect(o.determined).toBe(o.predicted !== null && o.pTop >= kb.threshold);
      return o;
    });
    expect(outs2.map((o) => o.determined)).toEqual([false, false, true]);
    expect(outs2[1].predicted).toBeNull();
    const a = abstention(outs2, [kb.threshold]);
    expect(a.curve[0].covered.k).toBe(a.covered.k);
  });
  it('prints coverage and the curve with Wilson intervals, aggregate only (no case id)', () => {
    const s = summarise(kb, outs);
    const r = abstentionReport(s, 0.8);
    expect(r.covered.interval).toEqual(wilson(2, 6));
    const lines = abstentionLines(r);
    expect(lines[0]).toContain('covered 2/6 = 33.3% [9.7-70.0%]');
    expect(lines[0]).toContain('right when covered 1/2 = 50.0%');
    expect(lines[0]).toContain('right when abstained 2/4 = 50.0%');
    expect(lines[0]).toContain('(1 with no leader)');
    expect(lines[1]).toMatch(/^risk-coverage .*>=\.3 5\/6 \(83\.3%\) right 3\/5 \(60\.0% \[/);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) expect(lines.join('\n')).not.toMatch(new RegExp(`\\b${id}:`));
    const ci = scoreIntervals(s);
    expect(ci.classTop1).toEqual(wilson(3, 6));
    expect(ci.brier).toEqual({ lo: 0.3, hi: 0.3 });
    expect(Object.keys(ci.perClass)).toEqual(Object.keys(s.perClass));
  });
});

describe('the undetermined statement of a single differential', () => {
  const r = (p: number[], determined = false, threshold = 0.8) => ({
    top: { class: 'choking', agent: 'chlorine' },
    classes: p.map((x, i) => ({ id: ['choking', 'toxic-industrial', 'riot-control'][i], probability: x })),
    determination: { class: determined ? 'choking' : null, agent: null, probability: p[0], words: '', remaining: [] },
    threshold,
  });
  it('says how close the top two are and what a determination needs, from the percentages as printed', () => {
    expect(undeterminedStatement(r([0.4186, 0.2082, 0.12]))).toBe(
      'Undetermined — top two within 21 points (choking 42%, toxic-industrial 21%); a determination needs the leader at 80% or more (choking is 38 points short).',
    );
    expect(undeterminedStatement(r([0.51, 0.5, 0]))).toMatch(/^Undetermined — top two within 1 point \(choking 51%, toxic-industrial 50%\)/);
    // a leader printed as 80% but below the threshold is "just below", never "0 points short"
    expect(undeterminedStatement(r([0.797, 0.1, 0.1]))).toMatch(/\(choking is just below it, at 79\.7%\)\.$/);
    expect(undeterminedStatement(r([0.6, 0.3, 0.1], false, 0.7))).toMatch(/needs the leader at 70% or more \(choking is 10 points short\)/);
  });
  it('is null when the result is determined or no class leads (near misses)', () => {
    expect(undeterminedStatement(r([0.9, 0.05, 0.05], true))).toBeNull();
    expect(undeterminedStatement({ ...r([1 / 3, 1 / 3, 1 / 3]), top: { class: null, agent: null } })).toBeNull();
  });
  it("is in the finding's explanation of an undetermined differential, and not in a determined one", () => {
    const und = agentFinding(kb, [{ id: 't1', text: 'A yellow-green cloud drifted over the street; people coughed, could not breathe and said it smelled of bleach.', role: 'official' } as never])!;
    expect(und.explanation).toMatch(/Undetermined — top two within \d+ points \(choking \d+%, /);
    const det = agentFinding(kb, [
      { id: 't1', text: 'Pinpoint pupils, drooling and twitching muscles; several collapsed and convulsed.', role: 'medic' } as never,
      { id: 't2', text: 'The doctors said the pupils were tiny, patients foamed at the mouth and their muscles twitched.', role: 'medic' } as never,
      { id: 't3', text: 'Victims had miosis, salivation, fasciculations and seizures; atropine helped.', role: 'medic' } as never,
    ])!;
    expect(det.explanation).not.toMatch(/Undetermined —/);
    expect(det.label).toBe('Agent differential: nerve');
  });
});
