/**
 * Session 28 (room agabs): a signature nobody mentioned (docs/agent-differential.md §4 step 3d, §7.00055-agabs). A feature
 * that most people exposed to an agent report (chlorine's bleach smell), absent from every one of the accounts of an
 * incident that describe the casualties, counts against that agent, pooled over those accounts with a design effect;
 * one account alone does not count (min_accounts), an account naming another smell keeps its own group silence and is
 * not counted again, and a statement of the signature (present or absent) leaves the ordinary rows to speak. Sentences
 * written for these tests, not taken from any evaluation split.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kb } from './helpers/agent-probe.js';
import { packageKnowledge } from './helpers/knowledge.js';
import { runDifferential, type Account } from '../src/core/agents/agent-differential.js';
import { compileAgentKb } from '../src/core/agents/agent-kb.js';

const medic = (text: string): Account => ({ text, role: 'medic' });
const A = medic('Patients arrived coughing, with burning eyes and shortness of breath.');
const B = medic('We treated dozens for breathing difficulty and watering eyes.');
const C = medic('Most had red eyes, vomiting and difficulty breathing.');
const chlorine = (r: ReturnType<typeof runDifferential>) => r.agents.find((a) => a.id === 'chlorine')!.probability;
const sigRows = (r: ReturnType<typeof runDifferential>) => r.contributions.filter((c) => c.accounts !== undefined);

describe('agabs s28: the signature nobody mentioned', () => {
  it('the KB names chlorine\'s bleach smell and ammonia\'s smell as signatures, each rate with its sources', () => {
    expect(kb.signatures).toBeDefined();
    const ids = kb.signatures!.features.map((f) => kb.features[f.index].id);
    expect(ids).toEqual(['odour_bleach', 'odour_ammonia']);
    expect(kb.signatures!.minAccounts).toBe(2);
    expect(kb.signatures!.minClinical).toBe(2);
    expect(kb.sources['opcw-ffm-s1212']).toMatch(/S\/1212\/2014/);
  });

  it('three accounts describing the casualties, none naming a smell: chlorine is charged once, pooled over the three', () => {
    const on = runDifferential(kb, [A, B, C]);
    const off = runDifferential(kb, [A, B, C], { signatures: { off: true } });
    const rows = sigRows(on);
    expect(rows.map((c) => `${c.feature}:${c.observation}:${c.accounts}`)).toContain('odour_bleach:undescribed:3');
    expect(chlorine(on)).toBeLessThan(chlorine(off));
    // pooled, not independent: the three silences weigh less than three independent ones and more than one
    const indep = runDifferential(kb, [A, B, C], { signatures: { correlation: 0 } });
    expect(chlorine(indep)).toBeLessThan(chlorine(on));
  });

  it('one account alone is not charged (min_accounts 2): a single account\'s silence is weak', () => {
    expect(sigRows(runDifferential(kb, [A]))).toEqual([]);
    expect(chlorine(runDifferential(kb, [A]))).toBe(chlorine(runDifferential(kb, [A], { signatures: { off: true } })));
  });

  it('a statement of the signature, present or absent, leaves it to the ordinary rows', () => {
    const said = runDifferential(kb, [A, B, medic('It smelled of bleach, and people were coughing with burning eyes.')]);
    expect(sigRows(said).filter((c) => c.feature === 'odour_bleach')).toEqual([]);
    const denied = runDifferential(kb, [A, B, medic('It did not smell like bleach; people were coughing with burning eyes.')]);
    expect(sigRows(denied).filter((c) => c.feature === 'odour_bleach')).toEqual([]);
  });

  it('an account naming another smell keeps its group silence and is not counted among the silent accounts', () => {
    const other = medic('There was a strange smell; people were coughing with burning eyes.');
    const r = runDifferential(kb, [A, B, other]);
    expect(sigRows(r).find((c) => c.feature === 'odour_bleach')!.accounts).toBe(2);
    expect(r.contributions.some((c) => c.report === 2 && c.feature === 'odour_bleach' && c.observation === 'silent')).toBe(true);
  });

  it('an account that names fewer than two clinical features could not have described the casualties', () => {
    const r = runDifferential(kb, [A, medic('People had breathing problems.')]);
    expect(sigRows(r)).toEqual([]);
  });

  it('refuses a signature of an unknown feature or agent', () => {
    const data = parse(fs.readFileSync(packageKnowledge.path('agents.yaml'), 'utf8'));
    data.model.signatures.features.odour_minty = { report_rate: { chlorine: 'hallmark!x' }, judgment: 'xyz' };
    expect(() => compileAgentKb(data)).toThrow(/signatures\.features\.odour_minty/);
    delete data.model.signatures.features.odour_minty;
    data.model.signatures.features.odour_bleach.report_rate.bleachium = 'hallmark!x';
    expect(() => compileAgentKb(data)).toThrow(/report_rate\.bleachium/);
    delete data.model.signatures;
    expect(compileAgentKb(data).signatures).toBeUndefined();
  });
});

describe('agabs s28: numbness and tingling (paraesthesia), the missing sign of mass psychogenic illness', () => {
  const read = (text: string) => runDifferential(kb, [{ text, role: 'witness' }]).features.filter((f) => f.id === 'paraesthesia').map((f) => f.present);
  it.each([
    ['Their hands went numb and tingled.', true],
    ['She felt pins and needles in her fingers and around her mouth.', true],
    ['She reported numbness in her hands.', true],
    ['Руки онемели, покалывало пальцы.', true],
    ['شعرت بتنميل في يدي وخدر في أصابعي.', true],
    ['No numbness or tingling.', false],
  ])('%s', (text, present) => {
    expect(read(text)).toEqual([present]);
  });
  it('is not read from "numb with fear" or from numbers', () => {
    expect(read('He was numb with fear when the numbers rose.')).toEqual([]);
  });
  it('is common for psychogenic illness (sourced), occasional for food poisoning (the marine toxins), uncommon by default', () => {
    const fi = kb.featureIndex.get('paraesthesia')!;
    const o = (a: string) => kb.origin[fi][kb.agentIndex.get(a)!];
    expect(o('psychogenic')).toMatchObject({ level: 'common', sources: ['altman-nyt-2000', 'medlink-hvs'] });
    expect(o('food-poisoning')).toMatchObject({ level: 'occasional', sources: ['cmaj-ciguatera'] });
    expect(o('chlorine').level).toBe('uncommon');
  });
  it('tingling hands with fainting and fast breathing after a strange smell lean to no toxic chemical', () => {
    const r = runDifferential(kb, [{ text: 'One girl said there was a funny smell and fainted; then her friends felt dizzy, their hands tingling, breathing fast.', role: 'witness' }]);
    expect(r.classes[0].id).toBe('none');
  });
});
