/**
 * Session 14 (room kbaudit): the knowledge-base audit's committed values and citations (docs/agent-differential.md
 * §7.00035-kbaudit). Each assertion names the value the cited source supports; the held-back values (cited but lowering
 * an aggregate) are listed in the doc, not here.
 */
import { describe, expect, it } from 'vitest';
import { kb } from './helpers/agent-probe.js';

const origin = (feature: string, agent: string) => {
  const f = kb.featureIndex.get(feature);
  const a = kb.agentIndex.get(agent);
  if (f === undefined || a === undefined) throw new Error(`${feature}/${agent} not in the KB`);
  return kb.origin[f][a];
};

describe('kbaudit s14: audited values carry their cited level', () => {
  it('pepper spray: nausea and vomiting occasional, as for CS (Medscape RCA, CDC riot-control fact sheet)', () => {
    for (const f of ['nausea', 'vomiting']) {
      const o = origin(f, 'oc');
      expect(o.level).toBe('occasional');
      expect(o.p).toBeCloseTo(0.3, 6);
      expect(o.sources).toEqual(['medscape-rca', 'cdc-riot']);
      expect(origin(f, 'cs').level).toBe('occasional');
    }
  });

  it('citation-only additions leave the numbers as they were', () => {
    expect(origin('cough', 'sarin')).toMatchObject({ level: 'common', sources: ['cdc-sarin', 'ohbu-1997'] });
    expect(origin('miosis', 'sarin')).toMatchObject({ level: 'hallmark', sources: ['cdc-sarin', 'ohbu-1997'] });
    expect(origin('medics_affected', 'sarin')).toMatchObject({ level: 'common', sources: ['un-coi-ltamenah', 'ohbu-1997'] });
    expect(origin('deaths', 'sulfur-mustard')).toMatchObject({ level: 'uncommon', sources: ['cdc-mustard', 'razavi-2012'] });
  });

  it('the audit sources are in the source table with a full reference', () => {
    for (const s of ['ohbu-1997', 'arnold-1985', 'yanagisawa-2006', 'safarinejad-2001'])
      expect(kb.sources[s]?.length ?? 0).toBeGreaterThan(60);
  });
});
