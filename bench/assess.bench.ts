/**
 * Scoring a 50-hypothesis by 2,000-item matrix with full sensitivity analysis (Heuer, weighted, posterior,
 * diagnosticity, leave-one-out pivotal items, fewest one-step changes by exact DP, prior sweep). Target: < 1 s.
 * Seeded random ratings (mulberry32), 1 in 4 items in shared source groups, reliabilities 0.3-1.
 */
import { performance } from 'node:perf_hooks';
import { scoreMatrix } from '../src/core/hypotheses/score-matrix.js';
import type { Matrix, MatrixItem } from '../src/core/hypotheses/matrix.js';
import { DEFAULT_LIKELIHOODS, RATINGS } from '../src/core/hypotheses/ratings.js';

function mulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matrix(H: number, N: number, seed: number, strongLeader = false): Matrix {
  const rnd = mulberry32(seed);
  const hypotheses = Array.from({ length: H }, (_, j) => ({ id: `h${j}`, label: `hypothesis ${j}` }));
  const levels = ['low', 'medium', 'high'] as const;
  const items: MatrixItem[] = Array.from({ length: N }, (_, i) => ({
    id: `e${i}`,
    label: `item ${i}`,
    credibility: levels[Math.floor(rnd() * 3)],
    relevance: levels[Math.floor(rnd() * 3)],
    reliability: 0.3 + 0.7 * rnd(),
    source_group: rnd() < 0.25 ? `g${Math.floor(rnd() * 100)}` : undefined,
    kind: 'analyst',
    evidence: [],
    cells: Object.fromEntries(hypotheses.map((h, j) => [h.id, { rating: strongLeader && j === 0 ? (rnd() < 0.5 ? 'CC' : 'C') : RATINGS[Math.floor(rnd() * RATINGS.length)], origin: 'analyst' as const }])),
  }));
  return { hypotheses, items, likelihoods: { ...DEFAULT_LIKELIHOODS } };
}

const H = 50;
const N = 2000;
const runs = 7;
for (const strong of [false, true]) {
  const times: number[] = [];
  let last = '';
  for (let r = 0; r < runs; r++) {
    const m = matrix(H, N, 1000 + r, strong);
    const t0 = performance.now();
    const { score } = scoreMatrix(m);
    times.push(performance.now() - t0);
    last = `leader ${score.leading}, pivotal ${score.sensitivity.pivotal.length}, fewest changes ${score.sensitivity.fewest_changes.steps ?? '>' + score.sensitivity.fewest_changes.max_steps}`;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)];
  console.log(`assess: ${H} hypotheses x ${N} items, full sensitivity, ${runs} seeded matrices, ${strong ? 'one dominant hypothesis (worst case: no change within 12 steps)' : 'random ratings'}`);
  console.log(`  median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[runs - 1].toFixed(1)} ms (target < 1000 ms) ${times[runs - 1] < 1000 ? 'OK' : 'SLOW'}`);
  console.log(`  last run: ${last}`);
}
