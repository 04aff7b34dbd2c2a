/**
 * Regression tests of the QA findings on the assessment (docs/assessment.md "Engine cells, overrides and ties"): the fewest-changes search on
 * engine rows, honest engine-cell ratings, ICD 203 words at band edges computed through the scorer, key
 * judgments' evidence by direction, ties, and the warnings the scorer used to keep to itself.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreMatrix } from '../src/core/hypotheses/score-matrix.js';
import { compileMatrix, matrixWarnings, type Matrix, type MatrixCell } from '../src/core/hypotheses/matrix.js';
import { coreScores } from '../src/core/hypotheses/scores.js';
import { STEP_SCALE, type Rating } from '../src/core/hypotheses/ratings.js';
import { assessConfidence } from '../src/core/hypotheses/confidence.js';
import { keyJudgments } from '../src/core/hypotheses/key-judgments.js';
import { estimativeTerm } from '../src/core/estimative-language.js';

const HS = [{ id: 'x', label: 'hyp x' }, { id: 'y', label: 'hyp y' }, { id: 'z', label: 'hyp z' }];
const TABLE = { CC: 0.95, C: 0.8, N: 0.5, I: 0.2, II: 0.05, NA: 0.5 };

/** Applies changes exactly as `assay hypotheses rate` does: the cell becomes an override holding only a rating. */
function applyOverrides(m: Matrix, changes: { item: string; hypothesis: string; to: Rating }[]): Matrix {
  const g = structuredClone(m);
  for (const ch of changes) g.items.find((it) => it.id === ch.item)!.cells[ch.hypothesis] = { rating: ch.to, origin: 'override' };
  return g;
}

/** Exhaustive minimum: every cell of the leader's and one challenger's column kept or overridden to any rating. */
function bruteForce(m: Matrix): number | null {
  const c = compileMatrix(m);
  const sc = coreScores(c);
  const a = sc.leader;
  let best: number | null = null;
  for (let b = 0; b < c.H; b++) {
    if (b === a) continue;
    const cells = c.items.flatMap((_, i) => [i * c.H + a, i * c.H + b]);
    const total = 6 ** cells.length;
    for (let code = 1; code < total; code++) {
      let x = code;
      let steps = 0;
      const lnL = Float64Array.from(c.lnL);
      for (const k of cells) {
        const p = (x % 6) - 1; // -1: keep
        x = Math.floor(x / 6);
        if (p < 0) continue;
        if (p === c.pos[k] && !c.engine[k]) { steps = Infinity; break; } // not a change of an analyst cell
        steps += Math.max(1, Math.abs(p - c.pos[k]));
        const i = Math.floor(k / c.H);
        lnL[k] = Math.log(c.rho[i] * c.table[STEP_SCALE[p]] + (1 - c.rho[i]) * 0.5);
      }
      if (!Number.isFinite(steps) || (best !== null && steps >= best)) continue;
      const lp = Float64Array.from(c.logPrior);
      const gs = new Float64Array(c.G * c.H);
      for (let i = 0; i < c.N; i++) for (let j = 0; j < c.H; j++) gs[c.group[i] * c.H + j] += lnL[i * c.H + j];
      for (let g = 0; g < c.G; g++) for (let j = 0; j < c.H; j++) lp[j] += gs[g * c.H + j] / c.groupSize[g];
      if (lp[b] > lp[a] + 1e-12) best = steps;
    }
  }
  return best !== null && best <= 12 ? best : null;
}

const arbRating = fc.constantFrom<Rating>('CC', 'C', 'N', 'I', 'II', 'NA');
const arbEngineL = fc.constantFrom(1, 0.9, 0.6, 0.35, 0.1, 0.02);
const arbRow = fc.oneof(
  fc.record({ kind: fc.constant('analyst' as const), r: fc.tuple(arbRating, arbRating, arbRating), rho: fc.constantFrom(1, 0.6), g: fc.constantFrom('a', undefined) }),
  fc.record({ kind: fc.constant('engine' as const), l: fc.tuple(arbEngineL, arbEngineL, arbEngineL), rho: fc.constantFrom(1, 0.7), g: fc.constantFrom('eng', undefined) }),
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function buildMatrix(rows: any[]): Matrix {
  return {
    hypotheses: HS,
    items: rows.map((row, i) => {
      let cells: Record<string, MatrixCell>;
      if (row.kind === 'analyst') cells = Object.fromEntries(HS.map((h, j) => [h.id, { rating: row.r[j], origin: 'analyst' as const }]));
      else {
        const mean = (row.l[0] + row.l[1] + row.l[2]) / 3;
        // a deliberately misleading converted rating (always N), as an engine row's display may be: the search must use the likelihood
        cells = Object.fromEntries(HS.map((h, j) => [h.id, { rating: 'N' as Rating, likelihood: row.l[j], ratio: row.l[j] / mean, origin: 'engine' as const }]));
      }
      return { id: 'i' + i, label: 'item ' + i, credibility: 'medium', relevance: 'medium', reliability: row.rho, source_group: row.g, kind: row.kind, evidence: [], cells };
    }),
    likelihoods: TABLE,
  };
}

describe('fewest one-step changes on matrices with engine rows (QA 1)', () => {
  it('Aleppo-like case: lowering the leader makes a third hypothesis lead; the search names the real new leader', () => {
    // x leads; z is a close runner-up on an engine row only; y is the challenger an item can lift
    const m: Matrix = {
      hypotheses: HS,
      items: [
        { id: 'eng', label: 'engine', credibility: 'medium', relevance: 'medium', reliability: 1, kind: 'engine', evidence: [],
          cells: { x: { rating: 'N', likelihood: 1, ratio: 1.2, origin: 'engine' }, y: { rating: 'N', likelihood: 0.6, ratio: 0.7, origin: 'engine' }, z: { rating: 'N', likelihood: 0.9, ratio: 1.1, origin: 'engine' } } },
      ],
      likelihoods: TABLE,
    };
    const s = scoreMatrix(m).score;
    expect(s.leading).toBe('x');
    const f = s.sensitivity.fewest_changes;
    const after = scoreMatrix(applyOverrides(m, f.changes)).score;
    expect(after.leading).not.toBe('x');
    expect(f.new_leader).toBe(after.leading);
    expect(f.changes[0].cell).toBe('engine');
    expect(f.changes[0].engine_ratio).toBeCloseTo(1.2, 12);
  });

  it('property: applying the answer as overrides and re-scoring changes the leader to new_leader, and the count is minimal', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { minLength: 1, maxLength: 3 }), (rows) => {
        const m = buildMatrix(rows);
        const s = scoreMatrix(m, { maxSteps: 12 }).score;
        const f = s.sensitivity.fewest_changes;
        expect(f.steps).toBe(bruteForce(m));
        if (f.steps === null) return;
        expect(f.changes.reduce((t, ch) => t + ch.steps, 0)).toBe(f.steps);
        const after = scoreMatrix(applyOverrides(m, f.changes)).score;
        expect(after.leading).not.toBe(s.leading);
        expect(after.leading).toBe(f.new_leader);
        for (const ch of f.changes) expect(ch.cell).toBe(m.items.find((it) => it.id === ch.item)!.kind);
      }),
      { numRuns: 80, seed: 61 },
    );
  });
});

describe('engine cells show the ratio the score uses (QA 2)', () => {
  it('evidence rows carry engine_ratios for engine cells only', () => {
    const m = buildMatrix([{ kind: 'engine', l: [1, 0.35, 0.1], rho: 1 }, { kind: 'analyst', r: ['C', 'I', 'N'], rho: 1 }]);
    const s = scoreMatrix(m).score;
    const r = s.evidence[0].engine_ratios!;
    expect(Object.keys(r)).toEqual(['x', 'y', 'z']);
    expect(r.x).toBeCloseTo(1 / (1.45 / 3), 12);
    expect(r.z).toBeCloseTo(0.1 / (1.45 / 3), 12);
    expect(s.evidence[0].ratings.x).toBe('N'); // the (misleading) converted rating is kept apart from the ratio
    expect(s.evidence[1].engine_ratios).toBeUndefined();
  });
});

describe('ICD 203 words at every band edge computed through the scorer (QA 4)', () => {
  // two hypotheses, no evidence, priors p and 1 - p: the posterior of the first is p up to floating point
  const edges: [number, string][] = [
    [0.05, 'very unlikely (5-20%)'],
    [0.2, 'unlikely (20-45%)'],
    [0.45, 'roughly even chance (45-55%)'],
    [0.55, 'roughly even chance (45-55%)'],
    [0.8, 'likely (55-80%)'],
    [0.95, 'very likely (80-95%)'],
  ];
  it.each(edges)('posterior %s -> %s', (p, words) => {
    for (const [a, b] of [[p, 1 - p], [p * 3, (1 - p) * 3], [p / 7, (1 - p) / 7]]) {
      const s = scoreMatrix({ hypotheses: [{ id: 'a', label: 'a', prior: a }, { id: 'b', label: 'b', prior: b }], items: [], likelihoods: TABLE }).score;
      expect(s.hypotheses[0].posterior).toBeCloseTo(p, 12);
      expect(s.hypotheses[0].words).toBe(words);
    }
  });
  it('the exact values QA found', () => {
    expect(estimativeTerm(0.44999999999999996).term).toBe('roughly even chance');
    expect(estimativeTerm(0.9500000000000001).term).toBe('very likely');
    expect(estimativeTerm(0.5500000000000002).term).toBe('roughly even chance');
    expect(estimativeTerm(0.19999999999999998).term).toBe('unlikely');
  });
  it('a 0.45 edge reached through evidence, not priors', () => {
    // likelihoods .45 and .55 on one item with uniform priors: posterior = .45 / (.45 + .55)
    const m: Matrix = { hypotheses: [{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }], likelihoods: { ...TABLE, I: 0.45, C: 0.55 },
      items: [{ id: 'e', label: 'e', credibility: 'medium', relevance: 'medium', reliability: 1, kind: 'analyst', evidence: [], cells: { a: { rating: 'I', origin: 'analyst' }, b: { rating: 'C', origin: 'analyst' } } }] };
    expect(scoreMatrix(m).score.hypotheses[0].words).toBe('roughly even chance (45-55%)');
  });
});

describe('key judgments weigh evidence by direction (QA 5)', () => {
  const m: Matrix = {
    hypotheses: HS,
    items: [
      { id: 'pro', label: 'favours x', credibility: 'medium', relevance: 'medium', reliability: 1, kind: 'analyst', evidence: ['r-pro'], cells: { x: { rating: 'CC', origin: 'analyst' }, y: { rating: 'I', origin: 'analyst' }, z: { rating: 'I', origin: 'analyst' } } },
      { id: 'con', label: 'strongest against x', credibility: 'medium', relevance: 'medium', reliability: 1, kind: 'analyst', evidence: ['r-con'], cells: { x: { rating: 'I', origin: 'analyst' }, y: { rating: 'CC', origin: 'analyst' }, z: { rating: 'II', origin: 'analyst' } } },
      { id: 'pro2', label: 'also favours x', credibility: 'medium', relevance: 'medium', reliability: 1, kind: 'analyst', evidence: [], cells: { x: { rating: 'CC', origin: 'analyst' }, y: { rating: 'II', origin: 'analyst' }, z: { rating: 'N', origin: 'analyst' } } },
    ],
    likelihoods: TABLE,
  };
  it('judgment 1 lists items favouring the leader over the runner-up apart from those against it, with labels', () => {
    const { score, compiled } = scoreMatrix(m);
    expect(score.leading).toBe('x');
    const kj = keyJudgments(score, compiled, assessConfidence({ diagnosticGroups: 3, diagnosticItems: 3, meanReliability: 1, custodyIntegrity: null, hasSamples: false, deception: { risk: 'low', why: '-' }, fewestChanges: 2, pivotalItems: 0 }));
    const k1 = kj[0];
    expect(k1.compared_with).toBe('y');
    expect(k1.for!.map((e) => e.id)).toEqual(['pro2', 'pro']);
    expect(k1.against!.map((e) => e.id)).toEqual(['con']);
    expect(k1.against![0].ratio).toBeCloseTo(0.2 / 0.95, 12);
    expect(k1.text).toContain('Evidence favouring "hyp y" instead: "strongest against x"');
    expect(k1.text).not.toMatch(/favouring it over "hyp y": [^.]*strongest against x/);
  });
});

describe('ties, n/a reliability and warnings (QA 6)', () => {
  it('a 50/50 tie is reported as a tie in JSON and in the key judgment', () => {
    const m: Matrix = { hypotheses: [{ id: 'A', label: 'first' }, { id: 'B', label: 'second' }], items: [], likelihoods: TABLE };
    const { score, compiled } = scoreMatrix(m);
    expect(score.leading).toBe('A');
    expect(score.tie).toBe(true);
    expect(score.tied).toEqual(['A', 'B']);
    const kj = keyJudgments(score, compiled, assessConfidence({ diagnosticGroups: 0, diagnosticItems: 0, meanReliability: null, custodyIntegrity: null, hasSamples: false, deception: { risk: 'low', why: '-' }, fewestChanges: 1, pivotalItems: 0 }));
    expect(kj[0].tie).toEqual(['A', 'B']);
    expect(kj[0].text).toMatch(/tied with "second"/);
    expect(scoreMatrix({ ...m, hypotheses: [{ id: 'A', label: 'a', prior: 0.6 }, { id: 'B', label: 'b', prior: 0.4 }] }).score.tie).toBe(false);
  });
  it('mean reliability is n/a without diagnostic items', () => {
    const c = assessConfidence({ diagnosticGroups: 0, diagnosticItems: 0, meanReliability: null, custodyIntegrity: null, hasSamples: false, deception: { risk: 'low', why: '-' }, fewestChanges: 1, pivotalItems: 0 });
    const q = c.factors.find((f) => f.factor === 'quality')!;
    expect(q.grade).toBe('n/a');
    expect(q.reason).toContain('n/a');
    expect(q.reason).not.toContain('0.00');
  });
  it('warns about blank cells and about priors that do not sum to 1', () => {
    const m: Matrix = {
      hypotheses: [{ id: 'A', label: 'a', prior: 2 }, { id: 'B', label: 'b', prior: 2 }],
      items: [{ id: 'e1', label: 'e1', credibility: 'medium', relevance: 'medium', reliability: 1, kind: 'analyst', evidence: [], cells: { A: { rating: 'C', origin: 'analyst' } } }],
      likelihoods: TABLE,
    };
    const w = matrixWarnings(m);
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/e1 has no rating for B/);
    expect(w[1]).toMatch(/priors sum to 4, not 1.*A 0\.5, B 0\.5/);
    expect(matrixWarnings({ ...m, hypotheses: [{ id: 'A', label: 'a', prior: 0.3 }, { id: 'B', label: 'b', prior: 0.7 }], items: [] })).toEqual([]);
  });
});

describe('charts (QA 8)', () => {
  it('wraps long hypothesis labels at a word onto two lines instead of cutting mid-word', async () => {
    const { wrapLabel } = await import('../src/core/report/svg-charts.js');
    const l = 'Pro-regime forces used tear gas and blamed the opposition (the US assessment)';
    const lines = wrapLabel(l);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(l);
    expect(l.split(' ')).toContain(lines[0].split(' ').at(-1));
    expect(wrapLabel('short')).toEqual(['short']);
  });
  it('labels every ICD 203 band edge drawn on the posterior chart, in one font size', async () => {
    const { posteriorChart, inconsistencyChart } = await import('../src/core/report/svg-charts.js');
    const { fixtureAssessment } = await import('./golden/fixtures.js');
    const { assessment } = await fixtureAssessment();
    const svg = posteriorChart(assessment);
    for (const e of [5, 20, 45, 55, 80, 95]) expect(svg).toMatch(new RegExp(`fill="#666">${e}</text>`));
    const sizes = new Set([...(svg + inconsistencyChart(assessment)).matchAll(/font-size="(\d+)"/g)].map((m) => m[1]));
    expect([...sizes]).toEqual(['12']);
  });
});
