/**
 * Munition compatibility: delivery reading, per-(delivery, agent) compatibility with burster and container
 * factors, the casualty-pattern check, the finding, and the KB's citation discipline.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadAgentKb, loadMunitionKb } from '../src/app/agents.js';
import { examplesDir } from '../src/app/paths.js';
import { knowledgeDir } from '../src/adapters/knowledge/knowledge-files.js';
import { assessMunitions, deliveryWeights, type MunitionInput } from '../src/core/munitions/munition-compatibility.js';
import { compileMunitionKb } from '../src/core/munitions/munition-kb.js';
import { munitionFinding } from '../src/core/munitions/munition-finding.js';
import { agentFinding } from '../src/core/agents/agent-finding.js';
import { readBundle } from '../src/adapters/readers/bundle-reader.js';

const kb = loadMunitionKb(packageKnowledge);
const run = (input: MunitionInput) => assessMunitions(kb, input);
const lik = (r: ReturnType<typeof run>, id: string) => r.likelihoods[id];

describe('delivery reading', () => {
  it('takes the KB id when given, else keywords and calibre', () => {
    const w = deliveryWeights(kb, { delivery: 'grenade' });
    expect(w[kb.deliveries.findIndex((d) => d.id === 'grenade')]).toBe(1);
    const w2 = deliveryWeights(kb, { description: 'yellow gas cylinder dropped by helicopter' });
    expect(kb.deliveries[w2.indexOf(Math.max(...w2))].id).toBe('cylinder-airdrop');
    const w3 = deliveryWeights(kb, { description: 'RG-Vo grenade dropped from an FPV drone' });
    const top = w3.map((x, i) => ({ id: kb.deliveries[i].id, x })).sort((a, b) => b.x - a.x).slice(0, 2).map((e) => e.id).sort();
    expect(top).toEqual(['drone-grenade', 'grenade']);
    const w4 = deliveryWeights(kb, { description: 'unidentified fragments', calibre_mm: 120 });
    expect(w4[kb.deliveries.findIndex((d) => d.id === 'grenade')]).toBeLessThan(w4[kb.deliveries.findIndex((d) => d.id === 'mortar-120-he')]);
  });
});

describe('compatibility', () => {
  it('an air-dropped industrial cylinder fits chlorine best; nerve agents poorly', () => {
    const r = run({ munitions: [{ description: 'industrial cylinder dropped from a helicopter', burster: 'no', fill_container: 'yes', reliability: 0.9 }] });
    expect(r.agents[0].id).toBe('chlorine');
    expect(lik(r, 'sarin')).toBeLessThan(0.3);
    expect(lik(r, 'choking')).toBeGreaterThan(lik(r, 'nerve'));
  });
  it('a 120 mm mortar with HE burster is a poor chlorine carrier (domain note A.3, US 2018 assessment)', () => {
    const r = run({ munitions: [{ delivery: 'mortar-120-he', burster: 'yes', reliability: 0.9 }] });
    expect(lik(r, 'chlorine')).toBeLessThan(0.2);
    expect(lik(r, 'sulfur-mustard')).toBeGreaterThan(0.5);
    expect(lik(r, 'none')).toBeGreaterThan(0.5);
  });
  it('a burster lowers chlorine and raises nothing for it; grenades fit CS', () => {
    const a = run({ munitions: [{ delivery: 'cylinder-airdrop', burster: 'no', reliability: 1 }] });
    const b = run({ munitions: [{ delivery: 'cylinder-airdrop', burster: 'yes', reliability: 1 }] });
    expect(b.agents.find((x) => x.id === 'chlorine')!.compatibility).toBeLessThan(a.agents.find((x) => x.id === 'chlorine')!.compatibility);
    const g = run({ munitions: [{ delivery: 'grenade', burster: 'no', fill_container: 'no', reliability: 0.9 }] });
    expect(['cs', 'cn']).toContain(g.agents[0].id);
    expect(lik(g, 'riot-control')).toBeGreaterThan(lik(g, 'choking') * 3);
  });
  it('an unreliable observation moves little', () => {
    const r = run({ munitions: [{ delivery: 'cylinder-airdrop', reliability: 0.05 }] });
    expect(Math.min(...kb.agents.map((a) => lik(r, a.id)))).toBeGreaterThan(0.8);
  });
});

describe('casualty-pattern check', () => {
  it('one chlorine mortar cannot affect ~80 people over a km2; thirty could', () => {
    const one = run({ munitions: [{ delivery: 'mortar-120-he', burster: 'yes', count: 1 }], casualties: { affected_min: 79, setting: 'outdoor', area_km2: 1 } });
    const c1 = one.casualties!.checks.find((c) => c.agent === 'chlorine')!;
    expect(c1.verdict).toBe('inconsistent');
    expect(c1.munitions_needed).toBeGreaterThan(30);
    const many = run({ munitions: [{ delivery: 'mortar-120-he', burster: 'yes', count: 200 }], casualties: { affected_min: 79, setting: 'outdoor', area_km2: 1 } });
    expect(many.casualties!.checks.find((c) => c.agent === 'chlorine')!.verdict).toBe('consistent');
    expect(many.casualties!.munitions_count).toBe(200);
  });
  it('deaths beyond an agent\'s lethality count against it; none has no capacity limit', () => {
    const r = run({ munitions: [{ delivery: 'grenade' }], casualties: { affected_min: 10, affected_max: 20, deaths_min: 8 } });
    const cs = r.casualties!.checks.find((c) => c.agent === 'cs')!;
    expect(cs.verdict).toBe('inconsistent');
    expect(cs.why).toMatch(/died, above the 1% cs can cause/);
    expect(r.casualties!.checks.find((c) => c.agent === 'none')!.verdict).toBe('not-applicable');
  });
  it('several observations of the same munitions do not multiply the count; with no count given none is assumed', () => {
    const r = run({ munitions: [{ delivery: 'mortar-120-he', count: 2 }, { delivery: 'mortar-120-he' }, { delivery: 'mortar-120-he' }], casualties: { affected_min: 10 } });
    expect(r.casualties!.munitions_count).toBe(2);
    expect(r.casualties!.munitions_count_assumed).toBe(false);
    // no count: the capacity check does not penalise anyone; it says how many munitions each agent would need
    const u = run({ munitions: [{ delivery: 'mortar-120-he', burster: 'yes' }], casualties: { affected_min: 79, setting: 'outdoor', area_km2: 1 } });
    expect(u.casualties!.munitions_count).toBeNull();
    expect(u.casualties!.munitions_count_assumed).toBe(false);
    const cl = u.casualties!.checks.find((c) => c.agent === 'chlorine')!;
    expect(cl.factor).toBe(1);
    expect(cl.munitions_needed).toBeGreaterThan(30);
    expect(cl.why).toMatch(/count not given: about \d+ such munition\(s\) would be needed/);
    // the death share does not depend on the count, so it still counts
    const d = run({ munitions: [{ delivery: 'grenade' }], casualties: { affected_min: 10, affected_max: 20, deaths_min: 8 } });
    expect(d.casualties!.checks.find((c) => c.agent === 'cs')!.verdict).toBe('inconsistent');
  });
  it('reads munition words in their inflected Russian and Arabic forms; "mortar bombs" is a mortar; an undescribed delivery is not named', () => {
    const id = (description: string) => run({ munitions: [{ description }] }).munitions[0].deliveries[0]?.id;
    expect(id('120-мм мины')).toBe('mortar-120-he');
    expect(run({ munitions: [{ description: '120-мм мины' }] }).munitions[0].calibre_mm).toBe(120);
    expect(id('قذائف هاون')).toBe('mortar-120-he');
    expect(id('mortar bombs')).toBe('mortar-120-he');
    expect(run({ munitions: [{ description: 'mortar bombs' }] }).munitions[0].deliveries.length).toBe(1);
    // the singular Arabic 'mortar bomb' is a mortar, not an aerial bomb; 'аэробомба' is an aerial bomb; a plain
    // 'rocket' is either kind of rocket, not nothing
    expect(run({ munitions: [{ description: 'قنبلة هاون' }] }).munitions[0].deliveries.map((d) => d.id)).toEqual(['mortar-120-he']);
    // (session 14, mun: an aerial bomb with no fill word is first an HE one; with one, the chemical bomb)
    expect(run({ munitions: [{ description: 'аэробомба' }] }).munitions[0].deliveries.map((d) => d.id)).toContain('chemical-rocket-or-bomb');
    expect(id('аэробомба с зарином')).toBe('chemical-rocket-or-bomb');
    // (session 14, mun: with no fill word a rocket is first an HE one, then either kind of rocket)
    expect(run({ munitions: [{ description: 'a rocket hit the roof' }] }).munitions[0].deliveries.map((d) => d.id).sort()).toEqual(['chemical-rocket-or-bomb', 'conventional-he', 'improvised-rocket']);
    const u = run({ munitions: [{ description: 'a piece of twisted metal' }] });
    expect(u.munitions[0].deliveries).toEqual([]);
    expect(u.summary).toMatch(/none saying what the munition was: no delivery is named and no agent is a best fit/);
  });
  it('says which factor makes an agent a poor fit', () => {
    const r = run({ munitions: [{ delivery: 'mortar-120-he', burster: 'yes', fill_container: 'no' }] });
    const cl = r.poor.find((p) => p.agent === 'chlorine')!;
    expect(cl.factors.join('; ')).toMatch(/poor carrier/);
    expect(cl.factors.join('; ')).toMatch(/burster yes x0\.3/);
    expect(r.summary).toMatch(/Poor fits \(<0\.2 of the best\): .*chlorine \([^)]*burster yes/);
  });
});

describe('findings and knowledge base', () => {
  it('gives likelihoods for every agent, every class and none', () => {
    const f = munitionFinding(kb, [{ id: 'm1', description: 'industrial gas cylinder', delivery: 'cylinder-airdrop', burster: 'no', fill_container: 'yes', citations: [] }], { affected_min: 40, setting: 'indoor' });
    expect(f).not.toBeNull();
    const agentKb = loadAgentKb(packageKnowledge);
    for (const a of agentKb.agents) expect(f!.likelihoods[a.id]).toBeGreaterThan(0);
    for (const c of agentKb.classes) expect(f!.likelihoods[c.id]).toBeGreaterThan(0);
    expect(f!.engine).toBe('munition-compatibility');
    expect(f!.attribute).toBe('agent');
    expect(f!.evidence).toEqual(['m1']);
    expect(f!.label).toBe('Munition compatibility: best fit chlorine');
  });
  it('every compatibility, burster and container value carries a source or judgment', () => {
    for (const d of kb.deliveries) for (const v of d.compat) expect(v.sources.length > 0 || (v.judgment?.length ?? 0) > 2).toBe(true);
    const raw = parse(fs.readFileSync(path.join(knowledgeDir, 'munitions.yaml'), 'utf8'));
    raw.deliveries[0].compatibility.chlorine = 'effective';
    expect(() => compileMunitionKb(raw, loadAgentKb(packageKnowledge))).toThrow(/deliveries\.0\.compatibility\.chlorine/);
    delete raw.deliveries[0].compatibility.chlorine;
    expect(() => compileMunitionKb(raw, loadAgentKb(packageKnowledge))).toThrow(/no value for agent "chlorine"/);
  });
});

describe('the project example bundles', () => {
  const has = fs.existsSync(path.join(examplesDir, 'aleppo-2018-11-24', 'testimonies.yaml'));
  it.skipIf(!has)('Aleppo 2018: testimonies stay undetermined between choking and riot-control; the mortar does not fit chlorine', () => {
    const b = readBundle(path.join(examplesDir, 'aleppo-2018-11-24')).bundle;
    const a = agentFinding(loadAgentKb(packageKnowledge), b.testimonies)!;
    expect(a.label).toMatch(/^Agent differential: undetermined \((choking \/ riot-control|riot-control \/ choking)/);
    expect(a.likelihoods.chlorine).toBeLessThan(1.01);
    const m = munitionFinding(kb, b.munitions, b.case.casualties)!;
    // the remnants (HE-burster mortars, shown by a party to the conflict, low reliability) count against chlorine,
    // discounted toward uninformative by their reliability; the case gives no affected area to check capacity against
    expect(m.likelihoods.chlorine).toBeLessThan(0.5);
    expect(m.likelihoods.none).toBeGreaterThan(0.9);
    expect(m.likelihoods.cs).toBeGreaterThan(m.likelihoods.chlorine * 1.5);
  });
  it.skipIf(!has)('Khan Shaykhun 2017: nerve from the testimonies, sarin among the best munition fits', () => {
    const b = readBundle(path.join(examplesDir, 'khan-shaykhun-2017-04-04')).bundle;
    const a = agentFinding(loadAgentKb(packageKnowledge), b.testimonies)!;
    expect(a.label).toBe('Agent differential: nerve');
    const m = munitionFinding(kb, b.munitions, b.case.casualties)!;
    expect(m.likelihoods.sarin).toBeGreaterThan(0.9);
  });
});
