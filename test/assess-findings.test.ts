/** Engine findings mapped onto hypotheses (hand-made findings; numbers worked by hand). */
import { describe, expect, it } from 'vitest';
import type { Finding, Hypothesis } from '../src/core/case/schemas.js';
import { findingRows, integrityMap } from '../src/core/hypotheses/finding-rows.js';
import { assessCase, caseMatrix } from '../src/core/hypotheses/case-assessment.js';
import { hasLikelihoodTerm } from '../src/core/estimative-language.js';

const H = (id: string, agent: string, story: Hypothesis['story'] = 'unknown'): Hypothesis => ({ id, label: id, agent, actor: 'unknown', story });
const hyps = [H('h-cl', 'chlorine', 'organic'), H('h-none', 'none', 'pre-scripted'), H('h-unk', 'unknown')];
const agentF: Finding = { engine: 'ad', attribute: 'agent', likelihoods: { chlorine: 0.6, sarin: 0.01, none: 0.05 }, reliability: 0.9, evidence: ['t1', 's1'], explanation: 'x', label: 'Agent fit' };
const custodyF: Finding = { engine: 'custody', attribute: 'item-integrity', likelihoods: { intact: 0.4, compromised: 0.6 }, reliability: 0.4, evidence: ['s1'], explanation: 'y', label: 'Sample s1' };

describe('finding rows', () => {
  it('maps values through Hypothesis.agent, unknown -> the uninformative mean, normalised to max 1', () => {
    const [row] = findingRows([agentF], hyps, new Map());
    expect(row.id).toBe('ad:agent-fit');
    expect(row.cells['h-cl'].likelihood).toBeCloseTo(1, 12);
    expect(row.cells['h-none'].likelihood).toBeCloseTo(0.05 / 0.6, 12);
    expect(row.cells['h-unk'].likelihood).toBeCloseTo((0.6 + 0.01 + 0.05) / 3 / 0.6, 12);
    // ratios to the mean over hypotheses (1 + .0833 + .3667)/3 = .4833: 2.07 CC, .172 II, .759 N
    expect([row.cells['h-cl'].rating, row.cells['h-none'].rating, row.cells['h-unk'].rating]).toEqual(['CC', 'II', 'N']);
    expect(row.reliability).toBe(0.9);
    expect(row.source_group).toBe('engine:ad');
  });
  it('multiplies custody integrity of the items it rests on into rho', () => {
    const integ = integrityMap([agentF, custodyF]);
    expect(integ.get('s1')).toBe(0.4);
    const rows = findingRows([agentF, custodyF], hyps, integ);
    expect(rows).toHaveLength(1); // item-integrity findings are not rows
    expect(rows[0].reliability).toBeCloseTo(0.36, 12);
    expect(rows[0].credibility).toBe('low');
  });
  it('a delivery finding gives equal cells (no hypothesis attribute) and story maps through Hypothesis.story', () => {
    const rows = findingRows(
      [
        { ...agentF, attribute: 'delivery', likelihoods: { mortar: 0.9, cylinder: 0.1 }, label: 'Delivery' },
        { ...agentF, attribute: 'story', likelihoods: { organic: 0.2, 'pre-scripted': 0.8 }, label: 'Story' },
      ],
      hyps,
      new Map(),
    );
    expect(new Set(Object.values(rows[0].cells).map((c) => c.likelihood)).size).toBe(1);
    expect(rows[1].cells['h-cl'].likelihood).toBeCloseTo(0.25, 12);
    expect(rows[1].cells['h-none'].likelihood).toBe(1);
    expect(rows[1].cells['h-unk'].likelihood).toBeCloseTo(0.5 / 0.8, 12);
  });
  it('engine likelihoods replace l(r) in the posterior, with rho', () => {
    const a = assessCase({ case: { id: 'c', title: 't', when: { at: '2020-01-01' }, place: { name: 'p' }, claims: [], conclusions: [], tags: [], citations: [] }, hypotheses: hyps, matrix: [], findings: [agentF], now: new Date(0) });
    const L = (l: number) => 0.9 * l + 0.05;
    const raw = [L(1), L(0.05 / 0.6), L(0.22 / 0.6)];
    const z = raw.reduce((s, x) => s + x, 0);
    a.hypotheses.forEach((h, j) => expect(h.posterior).toBeCloseTo(raw[j] / z, 12));
    for (const s of a.key_judgments.find((k) => k.kind === 'confidence')!.text.split(/(?<=\.)\s+/)) expect(hasLikelihoodTerm(s)).toBe(false);
  });
  it('an analyst override wins over the engine cell; unknown cells are warned about', () => {
    const warnings: string[] = [];
    const m = caseMatrix(
      {
        case: { id: 'c', title: 't', when: { at: '2020-01-01' }, place: { name: 'p' }, claims: [], conclusions: [], tags: [], citations: [] },
        hypotheses: hyps,
        matrix: [],
        findings: [agentF],
        overrides: [
          { item_id: 'ad:agent-fit', hypothesis_id: 'h-cl', rating: 'I', previous: 'CC', actor: 'a', why: 'w', at: '2020-01-01T00:00:00Z' },
          { item_id: 'nope', hypothesis_id: 'h-cl', rating: 'I', previous: null, actor: 'a', why: 'w', at: '2020-01-01T00:00:00Z' },
        ],
        now: new Date(0),
      },
      warnings,
    );
    expect(m.items[0].cells['h-cl']).toEqual({ rating: 'I', origin: 'override' });
    expect(warnings).toHaveLength(1);
  });
});

describe('finding trail (items)', () => {
  const trail = [
    { record: 't1', quote: 'smelled of chlorine', weight: 0.7, source: 'sarc', url: 'https://example.org/t1' },
    { record: 's1', weight: 0.3 },
  ];
  it('is carried unchanged to the engine row and the assessment, and changes no score', async () => {
    const { Finding: FindingSchema } = await import('../src/core/case/schemas.js');
    const parsed = FindingSchema.parse({ ...agentF, items: trail });
    expect(parsed.items).toEqual(trail);
    expect(() => FindingSchema.parse({ ...agentF, items: [{ record: 't1', wieght: 1 }] })).toThrow(/wieght/);
    expect(() => FindingSchema.parse({ ...agentF, items: [{ record: 't1', weight: 1.5 }] })).toThrow();
    const c = { id: 'c', title: 't', when: { at: '2020-01-01' }, place: { name: 'p' }, claims: [], conclusions: [], tags: [], citations: [] };
    const without = assessCase({ case: c, hypotheses: hyps, matrix: [], findings: [agentF], now: new Date(0) });
    const withItems = assessCase({ case: c, hypotheses: hyps, matrix: [], findings: [{ ...agentF, items: trail }], now: new Date(0) });
    expect(withItems.evidence[0].items).toEqual(trail);
    expect(without.evidence[0].items).toBeUndefined();
    expect(withItems.hypotheses.map((h) => h.posterior)).toEqual(without.hypotheses.map((h) => h.posterior));
  });
});
