/**
 * Agent differential on written accounts: every class, negation and absence, mixed and contradictory reports,
 * reliability, the undetermined outcome, RU/AR extraction, and the KB's citation discipline.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadAgentKb } from '../src/app/agents.js';
import { knowledgeDir } from '../src/adapters/knowledge/knowledge-files.js';
import { runDifferential, type Account } from '../src/core/agents/agent-differential.js';
import { extractFeatures, lexiconFeatures } from '../src/core/agents/feature-extraction.js';
import { compileAgentKb } from '../src/core/agents/agent-kb.js';
import { estimativeTerm } from '../src/core/estimative-language.js';

const estimativeWords = (p: number) => estimativeTerm(p).words;

const kb = loadAgentKb(packageKnowledge);
const run = (accounts: Account[], threshold?: number) => runDifferential(kb, accounts, threshold ? { threshold } : {});
const feat = (text: string) => Object.fromEntries([...extractFeatures(text).features].map(([k, v]) => [k, v.present]));
const sum = (xs: { probability: number }[]) => xs.reduce((s, x) => s + x.probability, 0);

describe('feature extraction (English)', () => {
  it('ties each feature to its phrase', () => {
    const e = extractFeatures('Patients had pinpoint pupils and were drooling.');
    expect(e.features.get('miosis')).toEqual({ present: true, phrases: ['pinpoint pupils'] });
    expect(e.features.get('hypersalivation')?.phrases).toEqual(['drooling']);
  });
  it('handles negation and absence phrases', () => {
    const f = feat('There was no smell. Pupils were normal. No one vomited. We did not smell chlorine, but our eyes burned and we could not breathe.');
    expect(f).toMatchObject({ odour_none: true, miosis: false, vomiting: false, odour_bleach: false, burning_eyes: true, dyspnoea: true });
  });
  it('keeps negation inside its clause and lists', () => {
    expect(feat('no cough, vomiting or convulsions')).toMatchObject({ cough: false, vomiting: false, convulsions: false });
    expect(feat('There was no smell, eyes burned')).toMatchObject({ odour_none: true, burning_eyes: true });
    expect(feat('He did not hear an explosion, then he was coughing')).toMatchObject({ cough: true });
    expect(feat('not only coughing but vomiting')).toMatchObject({ cough: true, vomiting: true });
  });
  it('reads post-posed absence ("... was absent") and scoped cues ("no signs of ... such as")', () => {
    expect(feat('Miosis was absent.')).toMatchObject({ miosis: false });
    expect(feat('Miosis was not observed in any patient.')).toMatchObject({ miosis: false });
    expect(feat('The doctors found no signs of nerve agent poisoning such as pinpoint pupils.')).toMatchObject({ miosis: false });
    expect(feat('The smell was not like bleach.')).toEqual({ odour_bleach: false });
    expect(feat('It did not smell like chlorine; it smelled like pepper.')).toEqual({ odour_bleach: false, odour_pepper: true });
    expect(feat('None of the patients had miosis. Nobody died. There were no dead animals.')).toEqual({ miosis: false, deaths: false, dead_animals: false });
  });
  it('does not read a yellow gas cylinder as a yellow cloud, nor tear gas as tearing', () => {
    const f = feat('A yellow gas cylinder hit the roof; police fired tear gas.');
    expect(f.cloud_yellow_green).toBeUndefined();
    expect(f.lacrimation).toBeUndefined();
  });
  it('drops a generic odour word inside a specific odour phrase', () => {
    expect(feat('a strong smell of bleach')).toEqual({ odour_bleach: true });
  });
  it('anchors onset phrases to symptoms', () => {
    expect(feat('The first tweets came three hours later.')).toEqual({});
    expect(feat('Several hours later their skin blistered.')).toMatchObject({ onset_delayed: true, delayed_blisters: true });
  });
  it('long and repetitive inputs finish and stay correct (no catastrophic backtracking)', () => {
    const e = extractFeatures('the air had a strange smell of burning and the gas was odd '.repeat(3000) + 'a'.repeat(50000) + ' رائحة'.repeat(20000));
    expect(e.features.get('odour_burning')?.present).toBe(true);
    expect(extractFeatures('no cough, '.repeat(5000) + 'or vomiting').features.get('vomiting')?.present).toBe(false);
  });
  it('every lexicon feature exists in the knowledge base', () => {
    for (const f of lexiconFeatures()) expect(kb.featureIndex.has(f), f).toBe(true);
  });
});

describe('feature extraction (Russian, Arabic)', () => {
  it('reads the commonest Russian signs, odours and negation', () => {
    expect(feat('У пострадавших удушье, слезотечение, рвота; запах хлора. Зрачки нормальные.')).toMatchObject({
      dyspnoea: true, lacrimation: true, vomiting: true, odour_bleach: true, miosis: false,
    });
    expect(feat('Запаха не было, судорог не было')).toMatchObject({ odour_none: true, convulsions: false });
  });
  it('reads Arabic signs with proclitics and negation', () => {
    expect(feat('حالات اختناق وضيق في التنفس وتقيؤ، ورائحة الكلور')).toMatchObject({ dyspnoea: true, vomiting: true, odour_bleach: true });
    expect(feat('لا توجد رائحة')).toMatchObject({ odour_none: true });
    expect(feat('تضيق في حدقة العين وزيادة في اللعاب')).toMatchObject({ miosis: true, hypersalivation: true });
    // بتر inside هليكوبتر is not an amputation; (session 29, agctx) the helicopter that dropped it is the carrier (delivery_helicopter)
    expect(feat('أسقطت طائرة هليكوبتر برميلا')).toEqual({ delivery_helicopter: true });
    expect(feat('لم يحدث تقيؤ')).toMatchObject({ vomiting: false });
  });
});

describe('differential: every class from a written account', () => {
  const cases: [string, string, Account['role']][] = [
    ['nerve', 'Patients had pinpoint pupils, excessive salivation, heavy sweating, muscle twitching and convulsions. There was no smell. Many died without visible injuries; dead birds lay in the street.', 'medic'],
    ['choking', 'A yellow-green cloud with a strong smell of chlorine sank into the basements; people were coughing, their eyes burned, their chests were tight and they could not breathe.', 'witness'],
    ['blister', 'They felt little at first; several hours later their skin blistered, their eyes became painful and swollen, and they had a smell like garlic on their clothes.', 'medic'],
    ['riot-control', 'Our eyes were burning and tearing, we could not open our eyes, our skin was stinging and there was a peppery smell; everyone recovered within minutes in the fresh air.', 'witness'],
    ['toxic-industrial', 'A white cloud with an overpowering smell of ammonia; throats burned, people coughed and could not breathe.', 'witness'],
    ['incendiary', 'Deep burns with particles still smouldering in the wounds, a garlic smell and dense white smoke over the street.', 'medic'],
    ['none', 'Shrapnel wounds and broken limbs after the explosion; a smell of smoke and gunpowder; no chemical symptoms, pupils were normal and there was no vomiting.', 'medic'],
  ];
  for (const [cls, text, role] of cases)
    it(`${cls}`, () => {
      const r = run([{ text, role, reliability: 0.95 }]);
      expect(r.classes[0].id).toBe(cls);
      expect(r.classes[0].probability).toBeGreaterThan(0.5);
      expect(sum(r.agents)).toBeCloseTo(1, 9);
      expect(sum(r.classes)).toBeCloseTo(1, 9);
      for (let i = 1; i < r.agents.length; i++) expect(r.agents[i - 1].probability).toBeGreaterThanOrEqual(r.agents[i].probability);
    });

  it('names the agent inside the class when the signs allow (chlorine, sarin)', () => {
    const two = (t: string): Account[] => [{ text: t, role: 'medic', reliability: 0.9 }, { text: t, role: 'witness', reliability: 0.9 }];
    const ch = run(two('A yellow-green cloud smelling of bleach; coughing, burning eyes and breathing difficulty.'));
    expect(ch.determination.class).toBe('choking');
    expect(ch.agents[0].id).toBe('chlorine');
    expect(ch.agents[0].probability).toBeGreaterThan(0.8);
  });
});

describe('differential: combination, reliability, contradiction, undetermined', () => {
  const nerve = 'pinpoint pupils, drooling, muscle twitching and convulsions; no smell';
  it('a single default-reliability account cannot reach the 0.8 threshold (report noise + reliability)', () => {
    const r = run([{ text: nerve, role: 'medic' }]);
    expect(r.classes[0].id).toBe('nerve');
    expect(r.classes[0].probability).toBeLessThan(0.8);
    expect(r.determination.class).toBeNull();
    expect(r.determination.words).toMatch(/^undetermined: nerve/);
  });
  it('several reports combine into a determination with ICD 203 words', () => {
    const r = run([{ text: nerve, role: 'medic' }, { text: 'people collapsed within minutes, foaming at the mouth; dead animals everywhere', role: 'witness' }, { features: { miosis: true, odour_none: true }, role: 'official', credibility: 2 }]);
    expect(r.determination.class).toBe('nerve');
    expect(r.determination.probability).toBeGreaterThanOrEqual(0.8);
    expect(r.determination.words).toMatch(/nerve: (very likely \(80-95%\)|almost certain \(95-99%\))/);
  });
  it('a discounted report moves the result less, and one report cannot push an agent below (1 - w) of its prior', () => {
    const strong = run([{ text: nerve, role: 'medic', reliability: 0.95 }]);
    const weak = run([{ text: nerve, role: 'medic', reliability: 0.2 }]);
    expect(weak.classes[0].probability).toBeLessThan(strong.classes[0].probability);
    const w = 1 * (1 - kb.reportNoise);
    const r = run([{ text: 'pinpoint pupils, drooling, convulsions, twitching, sweating; no smell; dead without injuries', role: 'medic', reliability: 1 }]);
    for (const a of r.agents) expect(a.probability).toBeGreaterThanOrEqual((1 - w) * kb.prior[kb.agentIndex.get(a.id)!] - 1e-12);
    expect(r.agents.find((a) => a.id === 'chlorine')!.probability).toBeGreaterThan(0.002);
  });
  it('contradictory reports leave the result undetermined between the classes they point to', () => {
    const r = run([
      { text: 'A yellow-green cloud with a strong smell of chlorine; coughing and choking.', role: 'witness', reliability: 0.8 },
      { text: 'Pinpoint pupils, drooling, muscle twitching; there was no smell.', role: 'medic', reliability: 0.8 },
    ]);
    expect(r.determination.class).toBeNull();
    expect(r.determination.remaining.slice(0, 2).sort()).toEqual(['choking', 'nerve']);
  });
  it('a mixed account (signs of two agents in one report) spreads probability over both', () => {
    const r = run([{ text: 'Eyes burned and watered, everyone coughed, and a peppery smell; some also had pinpoint pupils and convulsions.', role: 'medic', reliability: 0.9 }]);
    const top2 = r.classes.slice(0, 2).map((c) => c.id).sort();
    expect(top2).toEqual(['nerve', 'riot-control']);
  });
  it('absence counts only where the report would have mentioned it', () => {
    const text = 'Patients had coughing, burning eyes and shortness of breath.';
    const medic = run([{ text, role: 'medic', reliability: 0.9 }]);
    const news = run([{ text, role: 'journalist', reliability: 0.9 }]);
    expect(medic.reports[0].detailed).toBe(true); // a medic naming 3 clinical features
    expect(news.reports[0].detailed).toBe(false); // a one-line news mention
    const p = (r: typeof medic, id: string) => r.classes.find((c) => c.id === id)!.probability;
    expect(p(medic, 'nerve')).toBeLessThan(p(news, 'nerve')); // no miosis, salivation... in a medic's list
    expect(news.contributions.some((c) => c.observation === 'silent')).toBe(false);
  });
  it('the threshold is configurable', () => {
    const r = run([{ text: nerve, role: 'medic' }], 0.6);
    expect(r.determination.class).toBe('nerve');
  });
  it('explains with quoted phrases and log-likelihood ratios, largest first', () => {
    const r = run([{ text: nerve, role: 'medic', reliability: 0.9 }]);
    expect(r.contributions[0]).toMatchObject({ feature: 'miosis', observation: 'present', phrase: 'pinpoint pupils', favours: 'nerve' });
    expect(r.contributions[0].llr).toBeGreaterThan(1);
    for (let i = 1; i < r.contributions.length; i++) expect(Math.abs(r.contributions[i - 1].llr)).toBeGreaterThanOrEqual(Math.abs(r.contributions[i].llr));
  });
  it('likelihoods cover every agent, every class and none, max 1', () => {
    const r = run([{ text: nerve, role: 'medic' }]);
    for (const a of kb.agents) expect(r.likelihoods[a.id]).toBeGreaterThan(0);
    for (const c of kb.classes) expect(r.likelihoods[c.id]).toBeGreaterThan(0);
    expect(Math.max(...Object.values(r.likelihoods))).toBeCloseTo(1, 12);
    // no munition described counts a little against sarin (docs §4 step 3b), so the ratio is below session 5's 10
    expect(r.likelihoods.sarin / r.likelihoods.chlorine).toBeGreaterThan(5);
  });
});

describe('context nobody described (docs §4 step 3b)', () => {
  const ctxIds = kb.features.filter((f) => f.undescribedSalience > 0).map((f) => f.id);
  it('counts once per incident, as "undescribed", only for context features with an undescribed salience', () => {
    expect(ctxIds).toEqual(expect.arrayContaining(['delivery_shell_rocket']));
    const acc = { text: 'Everyone was coughing and choking, eyes burning.', role: 'witness' as const };
    const r = run([acc, acc, acc]);
    const und = r.contributions.filter((c) => c.observation === 'undescribed');
    expect(und.length).toBeGreaterThan(0);
    // context and syndromes once per incident (on the first report); a silent signature (step 3d) one row per silent account
    // since session 28 (fixrev: each weighted by its own account's reliability)
    expect(new Set(und.filter((c) => c.accounts === undefined).map((c) => c.report))).toEqual(new Set([0]));
    expect(new Set(und.filter((c) => c.accounts !== undefined).map((c) => c.report))).toEqual(new Set([0, 1, 2]));
    // a syndrome nobody described (step 3c) is an 'undescribed' row too, named by its syndrome, and so is a signature
    // nobody mentioned (step 3d, session 28), which says how many accounts could have: the rest are context features
    for (const c of und.filter((x) => !x.syndrome && x.accounts === undefined)) expect(ctxIds).toContain(c.feature);
    expect(und.filter((x) => x.accounts !== undefined).map((x) => `${x.feature}:${x.accounts}`)).toContain('odour_bleach:3');
    expect(und.filter((x) => x.syndrome).every((x) => x.feature === x.syndrome)).toBe(true);
    expect(r.reports.every((x) => x.observed === r.reports[0].observed)).toBe(true);
  });
  it('a munition that was described is not also counted as undescribed, and lifts the munition-borne agents', () => {
    const without = run([{ text: 'Pinpoint pupils and convulsions; no smell.', role: 'medic' }]);
    const withShell = run([{ text: 'A rocket landed; pinpoint pupils and convulsions; no smell.', role: 'medic' }]);
    expect(withShell.contributions.some((c) => c.feature === 'delivery_shell_rocket' && c.observation === 'undescribed')).toBe(false);
    const p = (r: typeof without) => r.agents.find((a) => a.id === 'sarin')!.probability;
    expect(p(withShell)).toBeGreaterThan(p(without));
  });
  it('does not count for accounts with only coded features, nor when nothing usable was said', () => {
    const coded = run([{ features: { cough: true, dyspnoea: true } }]);
    expect(coded.contributions.some((c) => c.observation === 'undescribed')).toBe(false);
    const empty = run([{ text: 'We heard a loud noise in the night.' }]);
    for (const c of empty.classes) expect(c.probability).toBeCloseTo(1 / kb.classes.length, 9);
  });
});

describe('knowledge base discipline', () => {
  it('every P(feature | agent) carries a source or a judgment', () => {
    for (const row of kb.origin) for (const o of row) expect(o.sources.length > 0 || (o.judgment?.length ?? 0) > 2).toBe(true);
  });
  it('refuses a value without a source or judgment, naming the path', () => {
    const raw = parse(fs.readFileSync(path.join(knowledgeDir, 'agents.yaml'), 'utf8'));
    raw.features.miosis.p.sarin = 'hallmark';
    expect(() => compileAgentKb(raw)).toThrow(/features\.miosis\.p\.sarin/);
    raw.features.miosis.p.sarin = 'hallmark@nowhere';
    expect(() => compileAgentKb(raw)).toThrow(/unknown source "nowhere"/);
  });
  it('ICD 203 words', () => {
    expect(estimativeWords(0.03)).toBe('almost no chance (1-5%)');
    expect(estimativeWords(0.5)).toBe('roughly even chance (45-55%)');
    expect(estimativeWords(0.85)).toBe('very likely (80-95%)');
    expect(estimativeWords(0.97)).toBe('almost certain (95-99%)');
  });
  it('core agents/munitions modules do no IO', () => {
    const dirs = ['src/core/agents', 'src/core/munitions'].map((d) => path.resolve(__dirname, '..', d));
    for (const d of dirs)
      for (const f of fs.readdirSync(d)) expect(fs.readFileSync(path.join(d, f), 'utf8')).not.toMatch(/from ['"](node:|fs|path|yaml|better-sqlite3|pg)['"/]/);
  });
});

describe('extraction: affirmations that look like negations, and loose phrasing', () => {
  it('reads "could not stop coughing" as coughing, and a comma before "like pepper" as an odour', () => {
    const f = feat('My eyes burned and streamed with tears and I could not stop coughing; the smell was sharp, like pepper. In the fresh air it passed within an hour. No one had pinpoint pupils.');
    expect(f).toMatchObject({ cough: true, lacrimation: true, burning_eyes: true, odour_pepper: true, recovery_fresh_air: true, miosis: false });
  });
  it('still negates "did not cough"', () => {
    expect(feat('He did not cough at all.').cough).toBe(false);
  });
});
