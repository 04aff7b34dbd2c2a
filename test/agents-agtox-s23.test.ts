/**
 * Session 23 (room agtox): the confusions with the toxic-industrial class. Released chlorine is heavier than air and may
 * asphyxiate in poorly ventilated, enclosed or low-lying areas (atsdr-chlorine), so a confined space entered is uncommon for
 * chlorine released by accident (was the default rare) and stays rare for chlorine as a weapon; hydrogen sulphide, the
 * confined-space gas, still leads a sewer entry. Three other changes of the session (psychogenic and blast at a plant,
 * headache for chlorine) were measured, raised a frozen split's Brier floor and were not kept (docs §7.00046-agtox).
 */
import { describe, expect, it } from 'vitest';
import { kb, run } from './helpers/agent-probe.js';

describe('session 23 agtox: chlorine released may be met in an enclosed space (atsdr-chlorine)', () => {
  it('the KB holds a confined space uncommon for released chlorine, rare for chlorine as a weapon', () => {
    const f = kb.features.findIndex((x) => x.id === 'confined_space');
    const cols = kb.modes!;
    const col = (id: string) => cols.colId.indexOf(id);
    expect(cols.p[f][col('chlorine/release')]).toBeCloseTo(0.01 + 0.99 * 0.1, 6);
    expect(cols.p[f][col('chlorine/weapon')]).toBeCloseTo(0.01 + 0.99 * 0.03, 6);
  });
  it('a water-works pit entered with coughing and gasping reads chlorine more firmly (0.69 with the default rare)', () => {
    const r = run('At the water treatment plant a worker went down into the pit to fix the dosing pump; he came up coughing and gasping, his eyes streaming, and a second worker who climbed down to help was overcome too.');
    expect(r.agents[0].id).toBe('chlorine');
    expect(r.agents[0].probability).toBeGreaterThan(0.72);
  });
  it('near miss: a sewer manhole entry with collapse and a rotten-egg smell stays hydrogen sulphide', () => {
    const r = run('A worker climbed down the sewer manhole and collapsed; the man who went down to help him collapsed too, and there was a smell of rotten eggs.');
    expect(r.classes[0].id).toBe('toxic-industrial');
    expect(r.agents[0].id).toBe('hydrogen-sulfide');
  });
});
