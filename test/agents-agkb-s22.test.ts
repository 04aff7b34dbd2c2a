/**
 * Session 22 (room agkb): knowledge-base values behind held-out confusions, changed where a cited source supports another
 * value, checked on development only (docs/agent-differential.md §7.00044-agkb). The sentences are written for these
 * tests, not taken from any evaluation split.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import type { AgentKb } from '../src/core/agents/agent-kb.js';

const kb = loadAgentKb(packageKnowledge);
const classes = (text: string, k = kb) => Object.fromEntries(runDifferential(k, [{ text }]).classes.map((c) => [c.id, c.probability]));
const top = (text: string, k = kb) => runDifferential(k, [{ text }]).top.class;
const origin = (f: string, agent: string) => kb.origin[kb.featureIndex.get(f)!][kb.agentIndex.get(agent)!];
/** the KB with P(feature | agent) = p before the leak, on the agent's row and every column of its modes */
function withP(base: AgentKb, f: string, agent: string, p: number): AgentKb {
  const fi = base.featureIndex.get(f)!;
  const ai = base.agentIndex.get(agent)!;
  const v = base.leak + (1 - base.leak) * p;
  const P = base.p.map((r) => Float64Array.from(r));
  P[fi][ai] = v;
  const modes = base.modes ? { ...base.modes, p: base.modes.p.map((r) => Float64Array.from(r)) } : undefined;
  if (modes) modes.colAgent.forEach((a, k) => { if (a === ai) modes.p[fi][k] = v; });
  return { ...base, p: P, ...(modes ? { modes } : {}) } as AgentKb;
}

describe('a plant or a leak blamed is a usual setting of mass psychogenic illness (delivery_industrial_leak | psychogenic: uncommon -> occasional)', () => {
  const before = withP(kb, 'delivery_industrial_leak', 'psychogenic', 0.1);
  it('the KB reads occasional, from the review of chemical incidents it cites', () => {
    expect(origin('delivery_industrial_leak', 'psychogenic').p).toBe(0.3);
    expect(origin('delivery_industrial_leak', 'psychogenic').judgment).toContain('page-2010');
    expect(kb.sources['page-2010']).toContain('Epidemiology 21(5):744-747');
  });
  it('a smell blamed on a plant with dizziness and nausea and nothing else leans less on an industrial chemical', () => {
    const t = 'A smell drifted from the factory; the staff felt dizzy and sick.';
    const now = classes(t);
    const was = classes(t, before);
    expect(now.none).toBeGreaterThan(was.none + 0.08);
    expect(now['toxic-industrial']).toBeLessThan(was['toxic-industrial'] - 0.06);
  });
  it('the same with nothing found: no chemical leads, a little more surely than before', () => {
    const t = 'Рабочие пожаловались на запах с соседнего завода, у них закружилась голова; замеры воздуха ничего не показали.';
    expect(top(t)).toBe('none');
    expect(classes(t).none).toBeGreaterThanOrEqual(classes(t, before).none);
  });
  it('near miss: a leak with the irritant signs a psychogenic outbreak does not give stays toxic-industrial, as before', () => {
    const t = 'A tank leaked at the plant; the workers coughed and their eyes burned.';
    expect(top(t)).toBe('toxic-industrial');
    expect(classes(t)['toxic-industrial']).toBeCloseTo(classes(t, before)['toxic-industrial'], 2);
  });
  it('near miss: a leaking pipe with headaches and dizziness still leads toxic-industrial', () => {
    expect(top('A pipe burst at the chemical works; the workers had headaches and felt dizzy.')).toBe('toxic-industrial');
  });
  it('near miss: an account with no industrial setting reads exactly as before', () => {
    for (const text of ['The pupils felt dizzy and fainted one after another.', 'Police fired canisters; people coughed and wept.']) {
      const a = classes(text);
      const b = classes(text, before);
      for (const c of Object.keys(a)) expect(a[c]).toBeCloseTo(b[c], 12);
    }
  });
});
