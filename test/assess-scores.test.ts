/** Every formula of docs/assessment.md "Scores, exactly" against hand-worked matrices (values worked on paper, see comments). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreMatrix } from '../src/core/hypotheses/score-matrix.js';
import { matrixFromFile, MatrixFile } from '../src/core/hypotheses/matrix-input.js';
import { compileMatrix, type Matrix } from '../src/core/hypotheses/matrix.js';
import { coreScores } from '../src/core/hypotheses/scores.js';
import { STEP_SCALE, type Rating } from '../src/core/hypotheses/ratings.js';
import { estimativeTerm, hasLikelihoodTerm } from '../src/core/estimative-language.js';

const file = MatrixFile.parse({
  hypotheses: [
    { id: 'h1', label: 'one' },
    { id: 'h2', label: 'two' },
    { id: 'h3', label: 'three' },
  ],
  evidence: [
    { id: 'e1', label: 'e1', credibility: 'high', ratings: { h1: 'C', h2: 'I', h3: 'N' } },
    { id: 'e2', label: 'e2', credibility: 'high', relevance: 'low', ratings: { h1: 'CC', h2: 'II', h3: 'NA' } },
    { id: 'e3', label: 'e3', source_group: 'g', ratings: { h1: 'I', h2: 'C' } },
    { id: 'e4', label: 'e4', source_group: 'g', ratings: { h1: 'I', h2: 'C' } },
    { id: 'e5', label: 'e5', credibility: 'low', reliability: 0.5, ratings: { h1: 'II', h2: 'CC', h3: 'N' } },
  ],
});
const { score } = scoreMatrix(matrixFromFile(file));
const H = Object.fromEntries(score.hypotheses.map((h) => [h.id, h]));
const E = Object.fromEntries(score.evidence.map((e) => [e.id, e]));

describe('hand-worked matrix', () => {
  it('Heuer inconsistency: s(I)=1, s(II)=2, blanks and NA 0', () => {
    expect(H.h1.inconsistency).toBe(4); // e3 I, e4 I, e5 II
    expect(H.h2.inconsistency).toBe(3); // e1 I, e2 II
    expect(H.h3.inconsistency).toBe(0);
    expect(score.heuer_leading).toEqual(['h3']);
  });
  it('weighted inconsistency: credibility x relevance, Low 1/sqrt2, High sqrt2', () => {
    expect(H.h1.weighted_inconsistency).toBeCloseTo(1 + 1 + 2 / Math.SQRT2, 12); // e5 low credibility
    expect(H.h2.weighted_inconsistency).toBeCloseTo(Math.SQRT2 + 2 * 1, 12); // e1 high; e2 high x low = 1
    expect(H.h3.weighted_inconsistency).toBe(0);
  });
  it('posterior with reliability (e5 rho .5), a shared source group (e3, e4) and NA', () => {
    // h1: .8 * .95 * (.2*.2)^(1/2) * (.5*.05+.25) = .0418; h2: .2*.05*.8*.725 = .0058; h3: .5^4 = .0625
    const z = 0.0418 + 0.0058 + 0.0625;
    expect(H.h1.posterior).toBeCloseTo(0.0418 / z, 12);
    expect(H.h2.posterior).toBeCloseTo(0.0058 / z, 12);
    expect(H.h3.posterior).toBeCloseTo(0.0625 / z, 12);
    expect(score.leading).toBe('h3');
    expect(score.methods_agree).toBe(true);
    expect(H.h3.words).toBe('likely (55-80%)'); // .5677 is > .55
  });
  it('uses a matrix likelihood table in place of the default', () => {
    const own = scoreMatrix(matrixFromFile(MatrixFile.parse({ ...file, likelihoods: { NA: 0.25 } }))).score;
    // h3 had NA on e2 and blanks (scored NA) on e3/e4 (group: (.25*.25)^(1/2) = .25): .5 * .25 * .25 * .5
    const h3 = 0.5 * 0.25 * 0.25 * 0.5;
    const h1 = 0.0418;
    const h2 = 0.0058;
    expect(own.hypotheses[2].posterior).toBeCloseTo(h3 / (h1 + h2 + h3), 12);
  });
  it('diagnosticity = max ln L - min ln L', () => {
    expect(E.e1.diagnosticity).toBeCloseTo(Math.log(4), 12);
    expect(E.e2.diagnosticity).toBeCloseTo(Math.log(19), 12);
    expect(E.e3.diagnosticity).toBeCloseTo(Math.log(4), 12);
    expect(E.e5.diagnosticity).toBeCloseTo(Math.log(0.725 / 0.275), 12);
  });
  it('pivotal items: removal changes the leader (group mates regain full weight)', () => {
    // without e1: h1 .0523 < h3 .125 (kept); without e5: h1 .152 > h3 .125; without e3: e4 alone gives the same factors
    expect(score.sensitivity.pivotal).toEqual(['e5']);
    expect(E.e5.leader_without).toBe('h1');
    expect(E.e1.pivotal).toBe(false);
    expect(E.e3.pivotal).toBe(false);
    expect(E.e2.pivotal).toBe(false);
  });
  it('fewest one-step changes: one (e.g. e1 on h3 N -> I makes h3 .025 < h1 .0418)', () => {
    const f = score.sensitivity.fewest_changes;
    expect(f.steps).toBe(1);
    expect(f.changes).toHaveLength(1);
    expect(applyChanges(file, f.changes).leading).not.toBe('h3');
  });
  it('prior sweep matches the posterior recomputed with that prior', () => {
    const sw = score.sensitivity.priors;
    const k = sw.grid.indexOf(0.2);
    const re = scoreMatrix(matrixFromFile(MatrixFile.parse({ ...file, hypotheses: [{ id: 'h1', label: 'one', prior: 0.2 }, { id: 'h2', label: 'two', prior: 0.4 }, { id: 'h3', label: 'three', prior: 0.4 }] }))).score;
    expect(sw.curves[0].posterior[k]).toBeCloseTo(re.hypotheses[0].posterior, 12);
    const mp = sw.leader_min_prior;
    const withPrior = (p: number) =>
      scoreMatrix(matrixFromFile(MatrixFile.parse({ ...file, hypotheses: [{ id: 'h1', label: 'one', prior: (1 - p) / 2 }, { id: 'h2', label: 'two', prior: (1 - p) / 2 }, { id: 'h3', label: 'three', prior: p }] }))).score.leading;
    expect(withPrior(mp + 1e-6)).toBe('h3');
    expect(withPrior(mp - 1e-6)).toBe('h1');
  });
});

function applyChanges(f: MatrixFile, changes: { item: string; hypothesis: string; to: Rating }[]) {
  const g = structuredClone(f);
  for (const ch of changes) g.evidence.find((e) => e.id === ch.item)!.ratings[ch.hypothesis] = ch.to;
  return scoreMatrix(matrixFromFile(g)).score;
}

describe('fewest changes is minimal (brute force on small random matrices)', () => {
  const arbRating = fc.constantFrom<Rating>('CC', 'C', 'N', 'I', 'II', 'NA');
  it('matches exhaustive search over the leader and challenger columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbRating, arbRating, arbRating, fc.constantFrom(1, 0.6), fc.constantFrom('a', 'b', undefined)), { minLength: 2, maxLength: 3 }),
        (rows) => {
          const m: Matrix = {
            hypotheses: [{ id: 'x', label: 'x' }, { id: 'y', label: 'y' }, { id: 'z', label: 'z' }],
            items: rows.map(([r1, r2, r3, rho, g], i) => ({
              id: 'i' + i, label: 'i' + i, credibility: 'medium', relevance: 'medium', reliability: rho, source_group: g, kind: 'analyst', evidence: [],
              cells: { x: { rating: r1, origin: 'analyst' }, y: { rating: r2, origin: 'analyst' }, z: { rating: r3, origin: 'analyst' } },
            })),
            likelihoods: { CC: 0.95, C: 0.8, N: 0.5, I: 0.2, II: 0.05, NA: 0.5 },
          };
          const got = scoreMatrix(m, { maxSteps: 12 }).score.sensitivity.fewest_changes.steps;
          expect(got).toBe(bruteForce(m));
        },
      ),
      { numRuns: 60, seed: 6 },
    );
  });
});

function bruteForce(m: Matrix): number | null {
  const c = compileMatrix(m);
  const sc = coreScores(c);
  const a = sc.leader;
  let best: number | null = null;
  for (let b = 0; b < c.H; b++) {
    if (b === a) continue;
    const cells = c.items.flatMap((_, i) => [i * c.H + a, i * c.H + b]);
    const total = 5 ** cells.length;
    for (let code = 0; code < total; code++) {
      let x = code;
      let steps = 0;
      const lnL = Float64Array.from(c.lnL);
      for (const k of cells) {
        const p = x % 5;
        x = Math.floor(x / 5);
        steps += Math.abs(p - c.pos[k]);
        if (p !== c.pos[k]) {
          const i = Math.floor(k / c.H);
          lnL[k] = Math.log(c.rho[i] * c.table[STEP_SCALE[p]] + (1 - c.rho[i]) * 0.5);
        }
      }
      if (steps === 0 || (best !== null && steps >= best)) continue;
      const lp = Float64Array.from(c.logPrior);
      const gs = new Float64Array(c.G * c.H);
      for (let i = 0; i < c.N; i++) for (let j = 0; j < c.H; j++) gs[c.group[i] * c.H + j] += lnL[i * c.H + j];
      for (let g = 0; g < c.G; g++) for (let j = 0; j < c.H; j++) lp[j] += gs[g * c.H + j] / c.groupSize[g];
      if (lp[b] > lp[a] + 1e-12) best = steps;
    }
  }
  return best !== null && best <= 12 ? best : null;
}

describe('priors', () => {
  it('uniform when none given; missing ones share the remainder of 1, or take the mean of the given ones', async () => {
    const { normalisedPriors } = await import('../src/core/hypotheses/matrix.js');
    expect(normalisedPriors([{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }])).toEqual([0.5, 0.5]);
    const r = normalisedPriors([{ id: 'a', label: 'a', prior: 0.5 }, { id: 'b', label: 'b', prior: 0.3 }, { id: 'c', label: 'c' }]);
    expect(r.map((x) => +x.toFixed(12))).toEqual([0.5, 0.3, 0.2]);
    expect(normalisedPriors([{ id: 'a', label: 'a', prior: 2 }, { id: 'b', label: 'b', prior: 6 }, { id: 'c', label: 'c' }])).toEqual([2 / 12, 6 / 12, 4 / 12]);
  });
});

describe('ICD 203 words at every band edge', () => {
  const cases: [number, string][] = [
    [0, 'almost no chance (1-5%)'],
    [0.0499, 'almost no chance (1-5%)'],
    [0.05, 'very unlikely (5-20%)'],
    [0.1999, 'very unlikely (5-20%)'],
    [0.2, 'unlikely (20-45%)'],
    [0.4499, 'unlikely (20-45%)'],
    [0.45, 'roughly even chance (45-55%)'],
    [0.55, 'roughly even chance (45-55%)'],
    [0.5501, 'likely (55-80%)'],
    [0.8, 'likely (55-80%)'],
    [0.8001, 'very likely (80-95%)'],
    [0.95, 'very likely (80-95%)'],
    [0.9501, 'almost certain (95-99%)'],
    [1, 'almost certain (95-99%)'],
  ];
  it.each(cases)('p = %s -> %s', (p, words) => expect(estimativeTerm(p).words).toBe(words));
  it('rejects non-probabilities', () => expect(() => estimativeTerm(1.2)).toThrow());
  it('finds likelihood words by word boundary', () => {
    expect(hasLikelihoodTerm('It is unlikely that')).toBe(true);
    expect(hasLikelihoodTerm('We have moderate confidence. 3 independent lines of evidence.')).toBe(false);
  });
});
