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
import { assessConfidence } from '../src/core/hypotheses/confidence.js';

const C: Case = { id: 'c', title: 't', when: { at: '2020-01-01T00:00:00Z' }, place: { name: 'p' }, claims: [], conclusions: [], tags: [], citations: [] };
const H = (id: string, actor = 'unknown'): Hypothesis => ({ id, label: id.toUpperCase(), agent: 'unknown', actor, story: 'unknown' });
// each item cites a source of its own, so the unsourced weight (record-weight.ts) does not enter these sums
const item = (id: string, ratings: Record<string, MatrixItem['ratings'][string]>, extra: Partial<MatrixItem> = {}): MatrixItem => ({ id, label: id, credibility: 'medium', relevance: 'medium', ratings, citations: [`https://example.org/${id}`], ...extra });
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

describe('calibration audit: no double counting of the witness accounts, low confidence beside a high probability', async () => {
  const ws = await openWorkspace({ db: ':memory:' });
  // analyst items that restate the signs, odour and onset the agent differential reads from the testimonies
  const restating: Record<string, string[]> = {
    'aleppo-2018-11-24': ['e-symptom-picture', 'e-odour-not-chlorine', 'e-delayed-onset'],
    'khan-shaykhun-2017-04-04': ['e-nerve-agent-signs', 'e-no-smell'],
    'douma-2018-04-07': ['e-chlorine-smell-foam', 'e-pupils-twitching'],
  };
  for (const [c, items] of Object.entries(restating)) {
    it(`${c}: the items restating the witness accounts share the agent differential's line`, async () => {
      const r = await assessTarget(ws, path.join(examplesDir, c));
      const line = r.assessment.lines.find((l) => l.items.some((i) => i.startsWith('agent-differential:')))!;
      for (const id of items) expect(line.items, id).toContain(id);
    });
  }
  it('Aleppo: counting the witness accounts twice (no derived_from) would raise the leader well beyond what they bear', async () => {
    const r = await assessTarget(ws, path.join(examplesDir, 'aleppo-2018-11-24'));
    const { bundle } = readBundle(path.join(examplesDir, 'aleppo-2018-11-24'));
    const x = { case: bundle.case, hypotheses: bundle.hypotheses, findings: r.assessment.findings, samples: bundle.samples, siteControl: bundle.siteControl, now };
    const honest = assessCase({ ...x, matrix: bundle.matrix });
    const twice = assessCase({ ...x, matrix: bundle.matrix.map((m) => ({ ...m, derived_from: undefined })) });
    const lead = (a: typeof honest) => a.hypotheses.find((h) => h.id === a.leading)!;
    expect(honest.leading).toBe('h-regime-teargas-false-flag');
    expect(lead(honest).posterior).toBeCloseTo(r.assessment.hypotheses.find((h) => h.id === honest.leading)!.posterior, 9);
    expect(lead(twice).posterior - lead(honest).posterior).toBeGreaterThan(0.1);
    expect(lead(honest).term).toBe('likely');
  });
  it('low confidence under a high probability is flagged beside the confidence, never beside the likelihood', () => {
    const hyps = [H('a'), H('b')];
    const r = assessCase({ case: C, hypotheses: hyps, matrix: [item('x', { a: 'CC', b: 'II' }, { reliability: 1 })], findings: [], now });
    expect(r.confidence).toBe('low');
    expect(r.hypotheses[0].term).toBe('very likely');
    expect(r.confidence_caution).toMatch(/probability is high although the evidence under it is weak/);
    expect(hasLikelihoodTerm(r.confidence_caution!)).toBe(false);
    expect(r.warnings.some((w) => w.startsWith('low confidence with a high probability'))).toBe(true);
    // moderate evidence at the same probability: no caution
    const ok = assessCase({ case: C, hypotheses: hyps, matrix: [item('y', { a: 'C', b: 'I' }, { reliability: 0.9 })], findings: [], now });
    expect(ok.confidence_caution).toBeUndefined();
  });
});

describe('site access reads an impartial investigator\'s own visit', async () => {
  const ws = await openWorkspace({ db: ':memory:' });
  it('Douma: the FFM sampled the site itself, but 13 days after the incident and after the government held it: still weak, and said', async () => {
    const a = (await assessTarget(ws, path.join(examplesDir, 'douma-2018-04-07'))).assessment;
    const f = a.confidence_factors.find((x) => x.factor === 'site-access')!;
    expect(f.grade).toBe('weak');
    expect(f.reason).toMatch(/impartial investigator \(opcw\) first collected samples there itself 13 days after the incident/);
  });
  it('Aleppo: no impartial investigator sampled the site', async () => {
    const a = (await assessTarget(ws, path.join(examplesDir, 'aleppo-2018-11-24'))).assessment;
    expect(a.confidence_factors.find((x) => x.factor === 'site-access')!.reason).toMatch(/No impartial investigator collected samples at the site itself/);
  });
  it('a visit within 3 days raises the grade one step; a later one does not', () => {
    const base = { diagnosticGroups: 6, diagnosticItems: 6, meanReliability: 0.8, custodyIntegrity: 0.9, hasSamples: true, deception: { risk: 'low' as const, why: '' }, fewestChanges: 4, pivotalItems: 0 };
    const grade = (days: number | null) =>
      assessConfidence({ ...base, siteAccess: { party: 'government', posterior: 0.9, visit: days === null ? null : { party: 'opcw', days } } }).factors.find((x) => x.factor === 'site-access')!.grade;
    expect(grade(null)).toBe('weak');
    expect(grade(13)).toBe('weak');
    expect(grade(2)).toBe('adequate');
  });
});
