/**
 * QA review of the agent differential (docs/agent-differential.md): each defect found, as a regression test.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAgentKb, loadMunitionKb } from '../src/app/agents.js';
import { examplesDir } from '../src/app/paths.js';
import { assessMunitions } from '../src/core/munitions/munition-compatibility.js';
import { agentsAtIssue, munitionFinding } from '../src/core/munitions/munition-finding.js';
import { readBundle } from '../src/adapters/readers/bundle-reader.js';
import { runCli } from './helpers/cli.js';

const kb = loadAgentKb(packageKnowledge);
const feat = (text: string) => Object.fromEntries([...extractFeatures(text).features].map(([k, v]) => [k, v.present]));
const phrases = (text: string) => Object.fromEntries([...extractFeatures(text).features].map(([k, v]) => [k, v.phrases[0]]));

describe('odour phrases with modifiers between the smell cue and the odour noun', () => {
  it.each([
    ['It smelled of freshly cut hay.', 'odour_hay', 'smelled of freshly cut hay'],
    ['A smell like new-mown hay.', 'odour_hay', 'smell like new-mown hay'],
    ['There was a smell of strong rotten eggs.', 'odour_rotten_eggs', 'smell of strong rotten eggs'],
    ['The odour of a very strong bleach filled the room.', 'odour_bleach', 'odour of a very strong bleach'],
    ['запах свежескошенного сена', 'odour_hay', 'запах свежескошенного сена'],
  ])('%s', (text, id, phrase) => {
    expect(feat(text)[id]).toBe(true);
    expect(phrases(text)[id]).toBe(phrase);
  });
  it('a conjunction ends the modifier run: "smell of gas and people burning" is not a burning smell', () => {
    expect(feat('There was a smell of gas and people burning.').odour_burning).toBeUndefined();
  });
  it('a second smell in a list is read without its own smell word; a negation ends the list', () => {
    expect(feat('There was a smell of burning and rotten eggs.')).toMatchObject({ odour_burning: true, odour_rotten_eggs: true });
    expect(feat('A smell of sweat, garlic and rotten eggs spread.')).toMatchObject({ odour_garlic: true, odour_rotten_eggs: true });
    expect(feat('It smelled of ammonia or rotten eggs.')).toMatchObject({ odour_ammonia: true, odour_rotten_eggs: true });
    expect(feat('A smell of burning, not of bleach.').odour_bleach).toBeUndefined();
  });
  it('phosgene leads the choking class on its hallmark odour', () => {
    const r = runDifferential(kb, [{ text: 'It smelled of freshly cut hay.' }]);
    expect(r.classes[0].id).toBe('choking');
    expect(r.agents[0].id).toBe('phosgene');
  });
});

describe('dead animals are never human deaths', () => {
  it.each([
    'The birds in the yard were dead.',
    'Cats and dogs in the street died.',
    'We saw dead sheep near the well.',
    'Погибли птицы и кошки.',
    'Птицы во дворе были мертвы.',
    'نفوق الطيور والقطط',
    'ماتت الطيور في الحي',
  ])('%s', (text) => {
    const f = feat(text);
    expect(f.dead_animals).toBe(true);
    expect(f.deaths).toBeUndefined();
  });
  it('a human death next to animal deaths still counts', () => {
    const f = feat('We found dead cats in the street, and two children died.');
    expect(f.dead_animals).toBe(true);
    expect(f.deaths).toBe(true);
  });
});

describe('Arabic', () => {
  it('quotes the evidence as written, not normalised', () => {
    expect(phrases('شوهد ودخان أبيض فوق الحي').cloud_white).toBe('ودخان أبيض');
    expect(phrases('شُوهِدَ دخانٌ أبيضُ كثيف').cloud_white).toBe('دخانٌ أبيضُ');
    // a shadda inside the phrase (removed by normalisation) is kept in the quote
    const r = runDifferential(kb, [{ text: 'إصابات بين الأطفال مع تضيّق الحدقات' }]);
    expect(r.features.find((f) => f.id === 'miosis')?.evidence).toBe('تضيّق الحدقات');
  });
  it('"no chlorine smell" denies chlorine only, as in English', () => {
    expect(feat('لا توجد رائحة كلور')).toEqual({ odour_bleach: false });
    expect(feat('There was no bleach smell')).toEqual({ odour_bleach: false });
    expect(feat('There was no smell of chlorine')).toEqual({ odour_bleach: false });
    expect(feat('لا توجد رائحة')).toEqual({ odour_none: true });
  });
  it('pupils constricted / normal', () => {
    expect(feat('حدقة العين متقلصة')).toEqual({ miosis: true });
    expect(feat('حدقات العيون طبيعية')).toEqual({ miosis: false });
  });
});

describe('an explosion with no poisoning', () => {
  const text =
    'There was an explosion, dust and smoke everywhere; people panicked and some were hit by shrapnel. There was no smell and no symptoms of poisoning.';
  it('extracts the blast picture and the absence of poisoning', () => {
    expect(feat(text)).toMatchObject({ dust_debris: true, panic: true, trauma_injuries: true, no_poisoning_signs: true, odour_none: true });
  });
  it('leads with none, well clear of nerve', () => {
    const r = runDifferential(kb, [{ text }]);
    expect(r.classes[0].id).toBe('none');
    expect(r.classes[0].probability).toBeGreaterThan(0.6);
    expect(r.classes.find((c) => c.id === 'nerve')!.probability).toBeLessThan(0.1);
  });
  it('a statement of absence is not negated again by an earlier cue', () => {
    expect(feat('There were no injuries and no smell.').odour_none).toBe(true);
    expect(feat('Nobody coughed and there was no smell.')).toEqual({ cough: false, odour_none: true });
  });
  it('"no smell" alone is weak evidence for nerve over none (likelihood ratio below 5)', () => {
    // Compared on the likelihoods (prior-free). This test used to compare the agents' posteriors, which held only
    // because the nerve class's prior was split three ways; with within-class priors from documented incidence
    // (knowledge/agents.yaml prior.within_class) sarin carries most of it. A bare "no smell" stays weak evidence:
    // the ratio comes from the odour group's silence (a blast usually smells of burning) and, since the none class
    // also holds fire smoke (which smells), is below 5 against that class.
    const r = runDifferential(kb, [{ features: { odour_none: true } }]);
    expect(r.likelihoods.sarin / r.likelihoods.none).toBeLessThan(5);
  });
  it('RU and AR: no signs of poisoning', () => {
    expect(feat('Нет признаков отравления').no_poisoning_signs).toBe(true);
    expect(feat('لا توجد أعراض تسمم').no_poisoning_signs).toBe(true);
  });
});

// ---- munitions (QA items 5 and 6) and human output (item 7)
const mkb = loadMunitionKb(packageKnowledge);

describe('munition best fit and signatures', () => {
  const he = { description: '120 mm mortar bomb remnants', delivery: 'mortar-120-he', calibre_mm: 120, burster: 'yes' as const, fill_container: 'no' as const };
  it('HE mortar remnants without WP signs: none outranks white phosphorus', () => {
    const r = assessMunitions(mkb, { munitions: [he] });
    // the none class's agents (blast, fire smoke, psychogenic) share the munition values: any of them may lead
    expect(['none', 'fire-smoke', 'psychogenic']).toContain(r.agents[0].id);
    expect(r.likelihoods['white-phosphorus']).toBeLessThan(0.5);
  });
  it('WP signs (felt wedges, smoke trails) bring WP back', () => {
    const r = assessMunitions(mkb, { munitions: [{ ...he, description: '120 mm mortar; burning felt wedges and smoke trails' }] });
    expect(r.munitions[0].incendiary_signs).toBe('yes');
    expect(r.agents[0].id).toBe('white-phosphorus');
    const r2 = assessMunitions(mkb, { munitions: [{ ...he, incendiary_signs: 'no' }] });
    expect(r2.likelihoods['white-phosphorus']).toBeLessThan(r.likelihoods['white-phosphorus']);
  });
  it('markings break the CS / CN tie', () => {
    const r = assessMunitions(mkb, { munitions: [{ description: 'a tear-gas canister, CS markings' }] });
    expect(r.munitions[0].markings).toEqual(['cs']);
    expect(r.agents[0].id).toBe('cs');
    expect(r.likelihoods.cn).toBeLessThan(0.3);
    const r2 = assessMunitions(mkb, { munitions: [{ description: 'a tear-gas canister', markings: 'CN' }] });
    expect(r2.agents[0].id).toBe('cn');
    // "cs" inside a word or lower-case prose is not a marking
    expect(assessMunitions(mkb, { munitions: [{ description: 'physics class canister' }] }).munitions[0].markings).toEqual([]);
  });
  const has = fs.existsSync(path.join(examplesDir, 'aleppo-2018-11-24', 'munitions.yaml'));
  it.skipIf(!has)('Aleppo: the finding speaks to the agents at issue; WP is neither best fit nor in the label', () => {
    const b = readBundle(path.join(examplesDir, 'aleppo-2018-11-24')).bundle;
    const atIssue = agentsAtIssue(mkb, [...b.case.claims.map((c) => c.agent), ...b.hypotheses.map((h) => h.agent)]);
    expect(atIssue).toEqual(expect.arrayContaining(['chlorine', 'cs', 'none']));
    expect(atIssue).not.toContain('white-phosphorus');
    const f = munitionFinding(mkb, b.munitions, b.case.casualties, atIssue)!;
    expect(f.label).not.toMatch(/white-phosphorus/);
    expect(f.label).toMatch(/^Munition compatibility: .*chlorine (weak|poor) fit/);
    expect(f.likelihoods.none).toBe(1);
    expect(f.likelihoods['white-phosphorus']).toBeLessThan(f.likelihoods.none);
  });
  it('agents at issue are read from free strings', () => {
    expect(agentsAtIssue(mkb, ['toxic gas (chlorine suspected)', 'poisonous gas', 'none', 'white phosphorus', undefined])).toEqual(['chlorine', 'none', 'white-phosphorus']);
  });
});

describe('assay munitions input checks', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-qa-'));
  const write = (name: string, content: string) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, content);
    return p;
  };
  it('affected_min > affected_max is refused, naming the field', async () => {
    const r = await runCli(['munitions', write('a.json', JSON.stringify({ munitions: [{ delivery: 'grenade' }], casualties: { affected_min: 50, affected_max: 10 } })), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/casualties\.affected_min: affected_min is greater than affected_max/);
  });
  it('no munitions: exit 2, nothing to assess', async () => {
    const r = await runCli(['munitions', write('b.json', '{"munitions":[]}'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to assess/);
  });
  it('truncated JSON gives line:column (both commands)', async () => {
    const f = write('c.json', '{"munitions":[\n  {"description":"mortar"');
    const r = await runCli(['munitions', f, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f}:2:`);
    const r2 = await runCli(['agents', write('d.json', '{"reports":[{"text":"cough"'), '--json']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/d\.json:1:\d+/);
  });
  it('unknown keys at top level and in context warn on stderr, for munitions and agents alike', async () => {
    const r = await runCli(['munitions', write('e.json', JSON.stringify({ munitions: [{ delivery: 'grenade' }], note: 'x', context: { density: 5 } })), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*e\.json: note: unknown key/);
    expect(r.stderr).toMatch(/context\.density: unknown key/);
    const r2 = await runCli(['agents', write('f.json', JSON.stringify({ reports: [{ text: 'cough' }], extra: 1, context: { note: 'y' } })), '--json']);
    expect(r2.code).toBe(0);
    expect(r2.stderr).toMatch(/extra: unknown key/);
    expect(r2.stderr).toMatch(/context\.note: unknown key/);
  });
});

describe('human output: the per-report reliability cap', () => {
  it('says when one account alone cannot reach the threshold', async () => {
    const text = 'Pinpoint pupils, drooling, sweating, twitching muscles and convulsions; no smell.';
    const r = await runCli(['agents', '--text', text]);
    expect(r.code).toBe(0);
    // the default reliability is 0.8 since session 8 (fitted, knowledge/agents.yaml model.default_reliability): still below the threshold alone
    expect(r.stdout).toMatch(/one account at reliability 0\.8 cannot by itself reach 80% \(at most 79% for nerve\); add accounts or raise reliability/);
    const r2 = await runCli(['agents', '--text', text, '--reliability', '0.95']);
    expect(r2.stdout).not.toMatch(/cannot by itself/);
  });
});
