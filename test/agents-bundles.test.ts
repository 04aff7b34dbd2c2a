/**
 * The bundled cases from their own testimonies (docs/agent-differential.md §7): Douma comes out choking, Khan
 * Shaykhun nerve, Aleppo riot-control or undetermined between riot-control and choking, never a confident
 * chlorine call; each finding's trail quotes the testimony phrases that moved it.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadAgentKb } from '../src/app/agents.js';
import { examplesDir } from '../src/app/paths.js';
import { readBundle } from '../src/adapters/readers/bundle-reader.js';
import { agentFinding, testimonyAccounts } from '../src/core/agents/agent-finding.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { loadMunitionKb } from '../src/app/agents.js';
import { munitionFinding } from '../src/core/munitions/munition-finding.js';

const kb = loadAgentKb(packageKnowledge);
const bundle = (id: string) => readBundle(path.join(examplesDir, id)).bundle;
const diff = (id: string) => runDifferential(kb, testimonyAccounts(bundle(id).testimonies));

describe('bundled cases from their testimonies', () => {
  it('Douma 7 Apr 2018 comes out choking, chlorine leading', () => {
    const r = diff('douma-2018-04-07');
    expect(r.classes[0].id).toBe('choking');
    expect(r.agents[0].id).toBe('chlorine');
    expect(r.classes[0].probability).toBeGreaterThan(0.6);
  });

  it('Khan Shaykhun 4 Apr 2017 comes out nerve', () => {
    const r = diff('khan-shaykhun-2017-04-04');
    expect(r.classes[0].id).toBe('nerve');
    expect(r.determination.class).toBe('nerve');
  });

  it('Aleppo 24 Nov 2018 is riot-control or undetermined between riot-control and choking, never a confident chlorine', () => {
    const r = diff('aleppo-2018-11-24');
    const ok = r.determination.class === 'riot-control' || (r.determination.class === null && [...r.determination.remaining].sort().join() === 'choking,riot-control');
    expect(ok, r.determination.words).toBe(true);
    expect(r.agents.find((a) => a.id === 'chlorine')!.probability).toBeLessThan(0.5);
  });

  it('the agent finding carries its trail: testimony ids, the exact phrases, weights summing to at most 1', () => {
    const b = bundle('douma-2018-04-07');
    const f = agentFinding(kb, b.testimonies)!;
    expect(f.items!.length).toBeGreaterThan(2);
    const ids = new Set(b.testimonies.map((t) => t.id));
    for (const i of f.items!) {
      expect(ids.has(i.record)).toBe(true);
      const text = b.testimonies.find((t) => t.id === i.record)!.text!;
      // the quote is the phrase as written in that testimony
      expect(text.normalize('NFC')).toContain(i.quote);
    }
    expect(f.items!.reduce((s, i) => s + (i.weight ?? 0), 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(f.items![0].quote).toMatch(/chlorine|bleach|suffocat|foam/i);
  });

  it('the munition finding carries its trail: each observation with the remnant as read', () => {
    const b = bundle('aleppo-2018-11-24');
    const f = munitionFinding(loadMunitionKb(packageKnowledge), b.munitions, b.case.casualties)!;
    expect(f.items!.map((i) => i.record)).toEqual(b.munitions.map((m) => m.id));
    for (const i of f.items!) expect(b.munitions.find((m) => m.id === i.record)!.description).toContain(i.quote!);
    expect(f.items!.reduce((s, i) => s + (i.weight ?? 0), 0)).toBeLessThanOrEqual(1);
    expect(f.explanation).toMatch(/(Poor|Weak) fits: .*chlorine \(0\.\d+: [^)]*(carrier|burster)/);
    expect(f.explanation).toMatch(/No munition count was given, so none is assumed/);
  });
});
