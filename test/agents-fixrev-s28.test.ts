/**
 * Session 28 (room fixrev): the review's findings on the signature rule (addUndescribedSignatures, room agabs;
 * docs/agent-differential.md §7.00055-review, §7.00055-fixrev). Sentences written for these tests, not taken from any
 * evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { kb } from './helpers/agent-probe.js';
import { runDifferential, type Account } from '../src/core/agents/agent-differential.js';

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
