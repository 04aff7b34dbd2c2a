/**
 * Session 28 (room fixrev): the review's findings on the signature rule (addUndescribedSignatures, room agabs;
 * docs/agent-differential.md §7.00055-review, §7.00055-fixrev). Sentences written for these tests, not taken from any
 * evaluation split.
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
const sigRows = (r: ReturnType<typeof runDifferential>) => r.contributions.filter((c) => c.accounts !== undefined);

describe('fixrev s28: addUndescribedSignatures', () => {
  it('an override of min_accounts below 1 counts as 1: no silent account, no row and no failure', () => {
    const none = [medic('A loud bang was heard.')];
    expect(sigRows(runDifferential(kb, none, { signatures: { minAccounts: 0 } }))).toEqual([]);
    const one = runDifferential(kb, [A], { signatures: { minAccounts: 0 } });
    expect(sigRows(one).map((c) => `${c.feature}:${c.accounts}`)).toContain('odour_bleach:1');
    expect(JSON.stringify(one)).toBe(JSON.stringify(runDifferential(kb, [A], { signatures: { minAccounts: 1 } })));
  });
});

describe('fixrev s28: a signature\'s report rate is a string "<level or number>@source" (the schema comment and the schema agree)', () => {
  it('a number with its source is read; a bare YAML number, with neither source nor judgment, is refused at its path', () => {
    const data = parse(fs.readFileSync(packageKnowledge.path('agents.yaml'), 'utf8'));
    data.model.signatures.features.odour_bleach.report_rate.chlorine = '0.8@opcw-ffm-s1212';
    const k = compileAgentKb(data);
    const leak = data.model.leak.value as number;
    const rate = k.signatures!.features.find((f) => k.features[f.index].id === 'odour_bleach')!;
    expect([...rate.rate].some((x) => Math.abs(x - (leak + (1 - leak) * 0.8)) < 1e-12)).toBe(true);
    data.model.signatures.features.odour_bleach.report_rate.chlorine = 0.8;
    expect(() => compileAgentKb(data)).toThrow(/report_rate\.chlorine/);
  });
});

describe('fixrev s28: each silent account is weighed by its own reliability', () => {
  it('the signature\'s silence is a row of each silent account, at that account\'s weight', () => {
    const A2 = medic('Patients arrived coughing, with burning eyes and shortness of breath.');
    const W: Account = { text: 'My neighbours were coughing, with burning eyes and breathing difficulty.', role: 'medic', reliability: 0.3 };
    const r = runDifferential(kb, [A2, W]);
    const rows = sigRows(r).filter((c) => c.feature === 'odour_bleach');
    expect(rows.map((c) => [c.report, c.accounts])).toEqual([[0, 2], [1, 2]]);
    for (const c of rows) expect(c.weight).toBe(r.reports[c.report].weight);
    expect(r.reports[0].weight).not.toBe(r.reports[1].weight);
  });
});
