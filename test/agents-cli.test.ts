/** `assay agents` and `assay munitions`: the JSON contract, human output and exit codes. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-agents-'));
const write = (name: string, content: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};

describe('assay agents', () => {
  it('prints the contract shape under --json', async () => {
    const file = write('a.json', JSON.stringify({
      reports: [
        { text: 'Pinpoint pupils, drooling and convulsions; no smell.', role: 'medic', reliability: 0.9 },
        { features: { miosis: true, odour_bleach: false }, role: 'official' },
      ],
      context: { threshold: 0.8, note: 'extra context keys are allowed' },
    }));
    const r = await runCli(['agents', file, '--json']);
    expect(r.code).toBe(0);
    const j = r.json();
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['agents', 'classes', 'determination', 'features', 'contributions']));
    expect(j.agents[0]).toEqual({ id: expect.any(String), class: expect.any(String), probability: expect.any(Number) });
    expect(j.agents.reduce((s: number, a: any) => s + a.probability, 0)).toBeCloseTo(1, 9);
    expect(j.classes.reduce((s: number, a: any) => s + a.probability, 0)).toBeCloseTo(1, 9);
    expect(j.classes[0].id).toBe('nerve');
    expect(j.determination).toMatchObject({ class: 'nerve', probability: expect.any(Number), words: expect.stringMatching(/^nerve: /) });
    expect(j.features).toContainEqual({ id: 'miosis', present: true, evidence: 'Pinpoint pupils', report: 0 });
    expect(j.features).toContainEqual({ id: 'odour_bleach', present: false, evidence: 'coded', report: 1 });
    expect(j.contributions[0]).toMatchObject({ feature: expect.any(String), llr: expect.any(Number) });
  });
  it('takes one account with --text and renders text without --json', async () => {
    const r = await runCli(['agents', '--text', 'Our eyes burned and watered, we could not open our eyes; a peppery smell.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Determination: undetermined: riot-control/);
    expect(r.stdout).toMatch(/\+ blepharospasm\s+"could not open our eyes"/);
    // how close the top two are, and what a determination needs (session 24, agent-finding.ts undeterminedStatement)
    expect(r.stdout).toMatch(/^Determination: undetermined[^\n]*\nUndetermined — top two within \d+ points? \(riot-control \d+%, [a-z-]+ \d+%\); a determination needs the leader at 80% or more/);
  });
  it('bad JSON exits 2 with file:line:column', async () => {
    const file = write('bad.json', '{"reports": [\n  {"text": "x",}\n]}');
    const r = await runCli(['agents', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:2:\d+: invalid JSON/);
  });
  it('a report without text or features, an unknown feature, a bad reliability: exit 2 naming the field', async () => {
    let r = await runCli(['agents', write('b1.json', '{"reports":[{"role":"witness"}]}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reports\.0: a report needs "text" or "features"/);
    r = await runCli(['agents', write('b2.json', '{"reports":[{"features":{"minty":true}}]}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reports\.0\.features\.minty: unknown feature "minty"/);
    r = await runCli(['agents', write('b3.json', '{"reports":[{"text":"cough","reliability":7}]}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reports\.0\.reliability/);
    r = await runCli(['agents']);
    expect(r.code).toBe(2);
    r = await runCli(['agents', path.join(tmp, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.json: cannot read file: ENOENT/);
  });
  it('lists the feature ids', async () => {
    const r = await runCli(['agents', '--list-features', '--json']);
    expect(r.json().items.map((f: any) => f.id)).toEqual(expect.arrayContaining(['miosis', 'odour_bleach', 'cloud_yellow_green', 'medics_affected']));
  });
});

describe('assay munitions', () => {
  it('prints compatibility per agent and the casualty check', async () => {
    const file = write('m.json', JSON.stringify({
      munitions: [{ description: '120 mm mortar round', calibre_mm: 120, burster: 'yes', reliability: 0.6 }],
      casualties: { affected_min: 79, affected_max: 107, deaths_min: 0, setting: 'outdoor', area_km2: 1 },
    }));
    const r = await runCli(['munitions', file, '--json']);
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j.munitions[0].deliveries[0].id).toBe('mortar-120-he');
    expect(j.munitions[0].compatibility.length).toBe(23); // every agent of knowledge/agents.yaml (phosphine added in session 9, organophosphate-pesticide in session 11)
    // no count given: none is assumed; the check says how many rounds chlorine would need
    expect(j.casualties.munitions_count).toBeNull();
    expect(j.casualties.checks.find((c: any) => c.agent === 'chlorine').munitions_needed).toBeGreaterThan(30);
    expect(j.agents[0]).toMatchObject({ id: expect.any(String), class: expect.any(String), likelihood: 1 });
    const human = await runCli(['munitions', file]);
    expect(human.stdout).toMatch(/Casualty pattern \(count not given, none assumed, outdoor/);
    // a reliable observation: the text says which factor makes each poor fit poor
    const sure = write('m3.json', JSON.stringify({ munitions: [{ description: '120 mm mortar round', burster: 'yes', fill_container: 'no', reliability: 0.95 }] }));
    const h2 = await runCli(['munitions', sure]);
    expect(h2.stdout).toMatch(/Why the poor fits are poor[^\n]*:\n(?:.*\n)*\s+chlorine\s+[\d.]+\s+.*poor carrier; burster yes x0\.3/);
  });
  it('an unknown delivery exits 2 listing the valid ids', async () => {
    const r = await runCli(['munitions', write('m2.json', '{"munitions":[{"delivery":"catapult"}]}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/munitions\.0\.delivery: unknown delivery "catapult" \(one of cylinder-airdrop/);
  });
});
