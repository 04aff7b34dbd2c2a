/**
 * Session 8 inference rules of the agent differential (docs/agent-differential.md §4 step 3c): a syndrome nobody
 * described. The sentences are written for these tests, not taken from any evaluation split.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';
import { loadAgentKb } from '../src/app/agents.js';
import { compileAgentKb } from '../src/core/agents/agent-kb.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { agentFinding } from '../src/core/agents/agent-finding.js';

const kb = loadAgentKb(packageKnowledge);
const nerve = (r: ReturnType<typeof runDifferential>) => r.classes.find((c) => c.id === 'nerve')!.probability;
const syndromeRows = (r: ReturnType<typeof runDifferential>) => r.contributions.filter((c) => c.syndrome === 'cholinergic');
const withoutSyndromes = (() => {
  const data = parse(fs.readFileSync(packageKnowledge.path('agents.yaml'), 'utf8'));
  delete data.model.syndromes;
  const k = compileAgentKb(data);
  k.terms = kb.terms;
  return k;
})();

describe('a cholinergic syndrome nobody described', () => {
  const collapse = 'Dozens of workers collapsed and fainted; they had headaches, nausea and dizziness, and two died.';

  it('the KB defines it from four specific signs, with a source and a judged salience', () => {
    const sy = kb.syndromes!.find((s) => s.id === 'cholinergic')!;
    expect(sy.features.map((fi) => kb.features[fi].id)).toEqual(['miosis', 'hypersalivation', 'sweating', 'fasciculations']);
    // the compiled values are the file's (read from it, not restated: a refit changes the file, not this test)
    const raw = parse(fs.readFileSync(packageKnowledge.path('agents.yaml'), 'utf8')).model.syndromes.cholinergic;
    expect(sy.salience).toBe(raw.salience.value);
    expect(sy.minClinical).toBe(raw.min_clinical);
    expect(sy.salience).toBeGreaterThan(0);
    expect(sy.salience).toBeLessThan(1);
  });

  it('nonspecific signs without any cholinergic sign count against a nerve agent, once, and the row says so', () => {
    const before = runDifferential(withoutSyndromes, [{ text: collapse, role: 'official' }]);
    const after = runDifferential(kb, [{ text: collapse, role: 'official' }]);
    expect(nerve(after)).toBeLessThan(nerve(before));
    expect(after.top.class).not.toBe('nerve');
    expect(syndromeRows(after)).toHaveLength(1);
    // the row names the syndrome, never one of its signs (nothing grouping rows by feature credits miosis)
    expect(syndromeRows(after)[0]).toMatchObject({ observation: 'undescribed', feature: 'cholinergic', phrase: null });
    expect(after.contributions.some((c) => c.feature === 'miosis')).toBe(false);
    // two accounts that both say nothing of the syndrome count it once (a fact about the incident)
    const two = runDifferential(kb, [{ text: collapse, role: 'official' }, { text: 'Two died and many vomited.', role: 'official' }]);
    expect(syndromeRows(two)).toHaveLength(1);
  });

  it('does not count when any account states a sign of the set, present or absent', () => {
    const present = runDifferential(kb, [{ text: 'Dozens of workers collapsed and fainted with pinpoint pupils; they had headaches, nausea and dizziness, and two died.', role: 'official' }]);
    expect(syndromeRows(present)).toHaveLength(0);
    expect(present.top.class).toBe('nerve');
    const absent = runDifferential(kb, [{ text: 'Dozens of workers collapsed; their pupils were normal; they had headaches and nausea, and two died.', role: 'official' }]);
    expect(syndromeRows(absent)).toHaveLength(0);
    // a later account that names a sign removes the silence of an earlier one
    const later = runDifferential(kb, [{ text: collapse, role: 'official' }, { text: 'The doctors saw drooling and heavy sweating.', role: 'medic' }]);
    expect(syndromeRows(later)).toHaveLength(0);
  });

  it('needs an account that describes the casualties (two clinical signs): a headline is not counted', () => {
    expect(syndromeRows(runDifferential(kb, [{ text: 'A shell fell near the market and a strange smell spread.', role: 'official' }]))).toHaveLength(0);
    const headline = runDifferential(kb, [{ text: 'People suffocated and two died.', role: 'official' }]);
    expect(syndromeRows(headline)).toHaveLength(0);
    expect(nerve(headline)).toBeCloseTo(nerve(runDifferential(withoutSyndromes, [{ text: 'People suffocated and two died.', role: 'official' }])), 12);
  });

  it('fainting and convulsions in a crowd lead to a nerve agent by a smaller margin', () => {
    // the sentence names no delivery, so a reading of one (tear gas, canisters) cannot change what is tested here. Session 21
    // (agkb) changed "crowd" to "market" when the scene grammar's crowd x gas misread it as police canisters; the sentence is the
    // original again since fixag1 (review R19): a bare crowd or mob needs a deploy, grenade, police or target word besides the gas
    const text = 'Gas spread through the crowd; dozens fainted and some had convulsions.';
    const before = runDifferential(withoutSyndromes, [{ text, role: 'official' }]);
    const after = runDifferential(kb, [{ text, role: 'official' }]);
    expect(syndromeRows(after)).toHaveLength(1);
    expect(nerve(after)).toBeLessThan(nerve(before));
    const margin = (r: ReturnType<typeof runDifferential>) => r.classes[0].probability - r.classes[1].probability;
    expect(before.top.class).toBe('nerve');
    if (after.top.class === 'nerve') expect(margin(after)).toBeLessThan(margin(before));
  });

  it('the finding names the syndrome, not its first sign', () => {
    const text = 'Gas spread through the crowd; dozens fainted and some had convulsions.';
    const f = agentFinding(kb, [{ id: 't1', text, role: 'official' } as never])!;
    expect(f.explanation).toMatch(/no account described any sign of the cholinergic syndrome \(pinpoint pupils, drooling, sweating, twitching\) in t1/);
  });

  it('the KB refuses a syndrome with an unknown or non-clinical feature', () => {
    const data = parse(fs.readFileSync(packageKnowledge.path('agents.yaml'), 'utf8'));
    data.model.syndromes.cholinergic.features = ['miosis', 'pinpointedness'];
    expect(() => compileAgentKb(data)).toThrow(/model\.syndromes\.cholinergic\.features: unknown feature "pinpointedness"/);
    data.model.syndromes.cholinergic.features = ['miosis', 'odour_garlic'];
    expect(() => compileAgentKb(data)).toThrow(/not a clinical feature/);
  });
});
