/**
 * Honest weighting (docs/assessment.md "Honest weighting", "Confidence rubric"): items restating one source
 * share its weight, lines of evidence with their weight, unrated hypotheses get no estimative word, and the
 * confidence rubric tells the bundled cases apart.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, Hypothesis, MatrixItem } from '../src/core/case/schemas.js';
import { assessCase } from '../src/core/hypotheses/case-assessment.js';
import { openWorkspace } from '../src/app/workspace.js';
import { assessTarget } from '../src/app/assess.js';
import { examplesDir } from '../src/app/paths.js';
import { readBundle } from '../src/adapters/readers/bundle-reader.js';
import { hasLikelihoodTerm } from '../src/core/estimative-language.js';

const C: Case = { id: 'c', title: 't', when: { at: '2020-01-01T00:00:00Z' }, place: { name: 'p' }, claims: [], conclusions: [], tags: [], citations: [] };
const H = (id: string, actor = 'unknown'): Hypothesis => ({ id, label: id.toUpperCase(), agent: 'unknown', actor, story: 'unknown' });
const item = (id: string, ratings: Record<string, MatrixItem['ratings'][string]>, extra: Partial<MatrixItem> = {}): MatrixItem => ({ id, label: id, credibility: 'medium', relevance: 'medium', ratings, citations: [], ...extra });
const now = new Date(0);

describe('items restating one source share its weight', () => {
  it('removing a derived item that duplicates its source changes the posterior by no more than rounding', () => {
    const hyps = [H('a'), H('b'), H('c')];
    const base = [item('src', { a: 'CC', b: 'I', c: 'N' }, { reliability: 0.8 }), item('other', { a: 'I', b: 'C', c: 'C' }, { reliability: 0.6 })];
    const dup = item('dup', { a: 'CC', b: 'I', c: 'N' }, { reliability: 0.8, derived_from: ['src'] });
    const without = assessCase({ case: C, hypotheses: hyps, matrix: base, findings: [], now });
    const withDup = assessCase({ case: C, hypotheses: hyps, matrix: [...base, dup], findings: [], now });
    withDup.hypotheses.forEach((h, j) => expect(Math.abs(h.posterior - without.hypotheses[j].posterior)).toBeLessThan(1e-12));
    // counted as one line, not two
    expect(withDup.lines.find((l) => l.items.includes('dup'))!.items).toEqual(['src', 'dup']);
    // and without derived_from the copy would count twice (the posterior moves): the test can fail
    const naive = assessCase({ case: C, hypotheses: hyps, matrix: [...base, { ...dup, derived_from: undefined }], findings: [], now });
    expect(Math.abs(naive.hypotheses[0].posterior - without.hypotheses[0].posterior)).toBeGreaterThan(0.01);
  });

  it('on the Aleppo bundle: a copy of an OPCW item derived from it leaves every posterior as it was', () => {
    const { bundle } = readBundle(path.join(examplesDir, 'aleppo-2018-11-24'));
    const orig = bundle.matrix.find((m) => m.id === 'e-opcw-not-established')!;
    const x = { case: bundle.case, hypotheses: bundle.hypotheses, findings: [], samples: bundle.samples, siteControl: bundle.siteControl, now };
    const a = assessCase({ ...x, matrix: bundle.matrix });
    const b = assessCase({ ...x, matrix: [...bundle.matrix, { ...orig, id: 'e-opcw-restated', source_group: undefined, derived_from: ['e-opcw-not-established'] }] });
    b.hypotheses.forEach((h, j) => expect(h.posterior).toBeCloseTo(a.hypotheses[j].posterior, 9));
  });

  it('an item derived from a record an engine row rests on joins that engine line', () => {
    const hyps = [H('a'), H('b')];
    const finding = { engine: 'munition-compatibility', attribute: 'agent' as const, likelihoods: { x: 1 }, reliability: 1, evidence: ['obs-1'], explanation: 'e', label: 'L' };
    const r = assessCase({ case: C, hypotheses: hyps, matrix: [item('claim', { a: 'C', b: 'I' }, { derived_from: ['obs-1'] })], findings: [finding], now });
    const line = r.lines.find((l) => l.items.includes('claim'))!;
    expect(line.items).toHaveLength(2);
    expect(r.evidence.every((e) => e.group_size === 2)).toBe(true);
  });
});

describe('lines of evidence and their weight', () => {
  it("a line's weight is the leader's posterior without it, computed exactly", () => {
    const hyps = [H('a'), H('b')];
    const r = assessCase({ case: C, hypotheses: hyps, matrix: [item('x', { a: 'C', b: 'I' }), item('y', { a: 'I', b: 'C' }, { reliability: 0.5 })], findings: [], now });
    // without x only y speaks: L = .5*l + .25 -> a: .35, b: .65
    const lx = r.lines.find((l) => l.items[0] === 'x')!;
    expect(lx.leader_posterior_without).toBeCloseTo(0.35 / (0.35 + 0.65), 12);
    expect(lx.shift).toBeCloseTo(r.hypotheses[0].posterior - 0.35, 12);
  });
});

describe('a hypothesis with unrated cells is incomplete', () => {
  it('gets no estimative word until rated, and the judgment says so', () => {
    const hyps = [H('a'), H('b'), H('new')];
    const r = assessCase({ case: C, hypotheses: hyps, matrix: [item('x', { a: 'C', b: 'I' }), item('y', { a: 'C', b: 'N' })], findings: [], now });
    const h = r.hypotheses.find((x) => x.id === 'new')!;
    expect(h.unrated).toBe(2);
    expect(h.term).toBe('unrated');
    expect(hasLikelihoodTerm(h.words)).toBe(false);
    const kj = r.key_judgments.find((k) => k.hypothesis === 'new')!;
    expect(kj.text).toMatch(/^"NEW" is not estimated: 2 items not rated against it/);
    expect(hasLikelihoodTerm(kj.text.split('.')[0])).toBe(false);
  });
});

describe('confidence follows the rubric, so the bundled cases differ', async () => {
  const ws = await openWorkspace({ db: ':memory:' });
  const levels: Record<string, string> = {};
  const factors: Record<string, Record<string, string>> = {};
  for (const c of ['aleppo-2018-11-24', 'douma-2018-04-07', 'khan-shaykhun-2017-04-04']) {
    const a = (await assessTarget(ws, path.join(examplesDir, c))).assessment;
    levels[c] = a.confidence;
    factors[c] = Object.fromEntries(a.confidence_factors.map((f) => [f.factor, f.grade]));
  }
  it('the three bundled cases do not all get the same confidence', () => {
    expect(new Set(Object.values(levels)).size).toBeGreaterThan(1);
  });
  it('Aleppo: no independent site access and samples via the accused party -> low; Khan Shaykhun rates higher', () => {
    expect(factors['aleppo-2018-11-24']['site-access']).toBe('weak');
    expect(factors['aleppo-2018-11-24'].custody).toBe('weak');
    expect(levels['aleppo-2018-11-24']).toBe('low');
    const rank = { low: 0, moderate: 1, high: 2 } as Record<string, number>;
    expect(rank[levels['khan-shaykhun-2017-04-04']]).toBeGreaterThan(rank[levels['aleppo-2018-11-24']]);
    expect(factors['khan-shaykhun-2017-04-04']['site-access']).not.toBe('weak');
  });
});
