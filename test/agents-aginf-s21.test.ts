/**
 * Session 21 (room aginf): correlated nonspecific complaints (knowledge/agents.yaml model.correlated; agent-differential.ts
 * dampCorrelated; docs/agent-differential.md §7.00043-aginf). Headache, dizziness, nausea, vomiting and fainting come
 * together for one cause; in an account that states two or more of them, they count per agent as the strongest plus
 * `rest` of the others. Fitted on development's look parts at 0.3 but NOT switched on (the look Brier rises; the KB holds
 * 1, naive Bayes); these tests pin what the mechanism does at 0.3 through the option, and that the KB's 1 changes
 * nothing. The sentences are written for these tests, not taken from any evaluation split.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { runDifferential, type DifferentialContext } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
/** every complaint counted in full (naive Bayes): the KB's value, the set is not switched on */
const BEFORE: DifferentialContext = { correlated: { nonspecific: { rest: 1 } } };
/** the damping at the value development's look parts fit (0.3), not landed (the look Brier rises) */
const DAMPED: DifferentialContext = { correlated: { nonspecific: { rest: 0.3 } } };
const run = (text: string, ctx: DifferentialContext = DAMPED) => runDifferential(kb, [{ text }], ctx);
const classes = (text: string, ctx: DifferentialContext = DAMPED) => Object.fromEntries(run(text, ctx).classes.map((c) => [c.id, c.probability]));
const top = (text: string, ctx: DifferentialContext = DAMPED) => run(text, ctx).top.class;

describe('the KB holds the nonspecific correlated set, not switched on (session 25 added the absences set beside it)', () => {
  it('nonspecific: headache, dizziness, nausea, vomiting, fainting; rest 1 (defined, not switched on)', () => {
    // (session 25, agdev) a second set, odour_none and cloud_none at rest 0.5 (test/agents-agdev-s25); this one is found by its id
    expect(kb.correlated!.map((c) => c.id).sort()).toEqual(['absences', 'nonspecific']);
    const cs = kb.correlated!.find((c) => c.id === 'nonspecific')!;
    expect(cs.id).toBe('nonspecific');
    expect(cs.rest).toBe(1);
    expect(cs.features.map((i) => kb.features[i].id).sort()).toEqual(['dizziness', 'headache', 'loss_of_consciousness', 'nausea', 'vomiting']);
  });
  it('with the KB as it is, the engine reads exactly as naive Bayes (rest 1 changes no row)', () => {
    for (const t of ['Police fired canisters into the crowd. People were coughing, vomiting, fainting, with headaches and dizziness.', 'People in the school felt dizzy, had headaches and nausea, some fainted.']) {
      const a = runDifferential(kb, [{ text: t }]).classes;
      const b = runDifferential(kb, [{ text: t }], BEFORE).classes;
      expect(a).toEqual(b);
    }
  });
});

describe('damped (rest 0.3, by the option): a delivery context is no longer outweighed by a pile of complaints', () => {
  it('police canisters with fainting, vomiting, headaches and dizziness lead riot-control (was hydrogen sulphide)', () => {
    const t = 'Police fired canisters into the crowd. People were coughing, vomiting, fainting, with headaches and dizziness.';
    expect(top(t, BEFORE)).toBe('toxic-industrial');
    expect(top(t)).toBe('riot-control');
    expect(run(t).agents[0].class).toBe('riot-control');
  });
  it('police canisters with nausea, dizziness and headaches lead riot-control (was read as psychogenic, none)', () => {
    const t = 'Police fired gas canisters at the protesters; many had nausea, dizziness and headaches.';
    expect(top(t, BEFORE)).toBe('none');
    expect(top(t)).toBe('riot-control');
  });
  it('the same in Russian and in Arabic', () => {
    for (const t of [
      'Полиция бросила в толпу газовые гранаты. Люди падали в обморок, их рвало, болела голова, кружилась голова.',
      'رمت الشرطة قنابل غاز على المتظاهرين، أغمي على الناس وتقيأوا وصار عندهم صداع ودوخة.',
    ]) {
      expect(top(t, BEFORE)).toBe('none');
      expect(top(t)).toBe('riot-control');
    }
  });
});

describe('near misses, damped: what the damping must not change', () => {
  it('a true nerve picture (miosis, fasciculations) with four complaints still leads nerve, as confidently', () => {
    const t = 'After the shelling, people had pinpoint pupils and twitching muscles, with headache, dizziness, nausea and vomiting.';
    expect(top(t)).toBe('nerve');
    expect(classes(t).nerve).toBeGreaterThan(0.75);
    expect(classes(t).nerve).toBeCloseTo(classes(t, BEFORE).nerve, 2);
  });
  it('mass psychogenic illness (the complaints are its hallmark) still reads none', () => {
    const t = 'People in the school felt dizzy, had headaches and nausea, some fainted; all recovered in fresh air.';
    expect(top(t)).toBe('none');
    expect(run(t).agents[0].id).toBe('psychogenic');
    expect(classes(t).none).toBeGreaterThan(0.7);
  });
  it('hydrogen sulphide in a sewer (fainting is its hallmark) still reads toxic-industrial', () => {
    const t = 'Workers went down into the sewer; it smelled of rotten eggs. Two fainted, the others had headaches and nausea.';
    expect(top(t)).toBe('toxic-industrial');
    expect(run(t).agents[0].id).toBe('hydrogen-sulfide');
  });
  it('a meal with vomiting, nausea and dizziness still reads food poisoning', () => {
    const t = 'A meal at the wedding; hours later guests had nausea, vomiting and diarrhoea, some felt dizzy.';
    expect(run(t).agents[0].id).toBe('food-poisoning');
  });
  it('one complaint is counted as before, exactly (the set acts from two members up)', () => {
    for (const t of ['Police fired tear gas; people had headaches.', 'A shell hit the street. People had headaches.', 'The workers felt dizzy near the tank.']) {
      const a = classes(t);
      const b = classes(t, BEFORE);
      for (const k of Object.keys(b)) expect(a[k]).toBe(b[k]);
    }
  });
  it('an account with no complaint of the set reads exactly as before', () => {
    for (const t of ['Everyone was coughing and their eyes were burning.', 'A yellow-green cloud smelled of bleach; people were choking.']) {
      const a = classes(t);
      const b = classes(t, BEFORE);
      for (const k of Object.keys(b)) expect(a[k]).toBe(b[k]);
    }
  });
  it('the contributions still name each complaint the account states', () => {
    const t = 'Police fired canisters into the crowd. People were coughing, vomiting, fainting, with headaches and dizziness.';
    const set = new Set(['headache', 'dizziness', 'nausea', 'vomiting', 'loss_of_consciousness']);
    const rows = (ctx: DifferentialContext = {}) => run(t, ctx).contributions.filter((c) => set.has(c.feature) && c.observation === 'present');
    expect(new Set(rows().map((c) => c.feature))).toEqual(new Set(['vomiting', 'loss_of_consciousness', 'headache', 'dizziness']));
  });
});
