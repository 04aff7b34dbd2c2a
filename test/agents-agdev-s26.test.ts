/**
 * Session 26 (room agdev): docs/agent-differential.md §7.00052-agdev. Every sentence is the engineer's own; none is taken from an
 * evaluation item. Each reading rule has near misses: sentences that share the words and must not read the feature.
 */
import { describe, expect, it } from 'vitest';
import { kb } from './helpers/agent-probe.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { agentFinding } from '../src/core/agents/agent-finding.js';
import { runCli } from './helpers/cli.js';

const witness = (text: string) => runDifferential(kb, [{ text }]);

describe('a prior from the setting is shown apart from the evidence of signs (Contribution.basis, `assay agents`, the finding)', () => {
  const SYRIA = 'Regime helicopters dropped a barrel bomb on a town in Idlib, Syria, in what the opposition called a chemical attack.';
  it('the KB marks the base rates by setting, and only them, as basis setting', () => {
    const setting = kb.features.filter((f) => f.basis === 'setting').map((f) => f.id).sort();
    expect(setting).toEqual(['iran_iraq_war', 'syrian_war']);
    expect(kb.features.find((f) => f.id === 'delivery_cylinder')!.basis).toBe('evidence');
  });
  it("the setting's row carries basis 'setting'; the rows of signs and scene carry none", () => {
    const r = witness(SYRIA);
    const war = r.contributions.find((c) => c.feature === 'syrian_war');
    expect(war?.basis).toBe('setting');
    for (const c of r.contributions.filter((x) => x.feature !== 'syrian_war')) expect(c.basis).toBeUndefined();
  });
  it('the Iran-Iraq war is a prior from the setting too', () => {
    const r = witness('An Iranian veteran of the war with Iraq has had a cough for thirty years.');
    expect(r.contributions.find((c) => c.feature === 'iran_iraq_war')?.basis).toBe('setting');
  });
  it('an account without a setting has no row of that basis', () => {
    const r = witness('Pinpoint pupils, drooling and convulsions; no smell.');
    expect(r.contributions.some((c) => c.basis)).toBe(false);
  });
  it('`assay agents` text prints the evidence and the prior from the setting under their own headings, with their sums', async () => {
    const out = await runCli(['agents', '--text', SYRIA]);
    expect(out.code).toBe(0);
    const s = out.stdout;
    expect(s).toMatch(/Evidence from signs and scene:\n\s+\+\d\.\d\d\s+\[0\] delivery_cylinder present/);
    expect(s).toMatch(/Prior from setting \(a base rate of where it happened, not evidence about this incident\):\n\s+\+\d\.\d\d\s+\[0\] syrian_war present/);
    expect(s).toMatch(/Sum: evidence from signs and scene [+-]\d\.\d\d, prior from setting \+\d\.\d\d/);
    // the setting's row is not among the evidence
    const evidence = s.slice(s.indexOf('Evidence from signs and scene:'), s.indexOf('Prior from setting'));
    expect(evidence).not.toContain('syrian_war');
  });
  it('`assay agents --json` carries basis on the setting row', async () => {
    const out = await runCli(['agents', '--text', SYRIA, '--json']);
    const j = out.json();
    expect(j.contributions.find((c: { feature: string }) => c.feature === 'syrian_war')).toMatchObject({ basis: 'setting' });
  });
  it('without a setting the text output is as before (one list, no headings)', async () => {
    const out = await runCli(['agents', '--text', 'Pinpoint pupils, drooling and convulsions; no smell.']);
    expect(out.stdout).toContain('What moved it most');
    expect(out.stdout).not.toContain('Prior from setting');
    expect(out.stdout).not.toContain('Evidence from signs and scene');
  });
  it("the finding's explanation names the prior from the setting apart from the evidence", () => {
    const f = agentFinding(kb, [{ id: 't1', text: SYRIA, role: 'witness' } as never])!;
    expect(f.explanation).toMatch(/Evidence from signs and scene \(log-likelihood ratios\): .*delivery_cylinder/);
    expect(f.explanation).toMatch(/Prior from setting \(a base rate of where it happened, not evidence about this incident\): the Syrian war/);
    expect(f.explanation.split('Prior from setting')[0]).not.toContain('syrian_war');
  });
});
