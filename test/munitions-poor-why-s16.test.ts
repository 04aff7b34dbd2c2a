/**
 * Session 16 (room mun): the plain-language poor-fit reasons, read as a new user would on descriptions written for this
 * test (not from any split): the death share, an agent of no toxic chemical named with its label, a poor fit when no
 * delivery was described; and RU/AR words for a warhead and a car bomb.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadMunitionKb } from '../src/app/agents.js';
import { assessMunitions, readDelivery } from '../src/core/munitions/munition-compatibility.js';
import { renderMunitions } from '../src/cli/commands/agents.js';

const kb = loadMunitionKb(packageKnowledge);

describe('poor-fit reasons a new user can trust', () => {
  it('the death share is deaths over the affected counted, not 100% when only the least count is given', () => {
    const r = assessMunitions(kb, { munitions: [{ description: 'Remnants of a 122 mm rocket with a chemical warhead were found in the orchard.' }], casualties: { affected_min: 40, deaths_min: 3, setting: 'outdoor' } });
    expect(r.agents[0].id).toBe('sarin');
    const text = renderMunitions(r);
    expect(text).not.toMatch(/100% of the affected died/);
    const cs = r.casualties!.checks.find((c) => c.agent === 'cs')!;
    expect(cs.why).toMatch(/^8% of the affected died, above the 1% cs can cause/);
  });
  it('deaths with no count of the affected make no death-share check', () => {
    const r = assessMunitions(kb, { munitions: [{ description: 'A car bomb exploded at the market.' }], casualties: { deaths_min: 30 } });
    expect(r.poor.every((p) => p.reasons.every((x) => x.factor !== 'casualty pattern'))).toBe(true);
  });
  it("an agent of no toxic chemical is named with its label ('not none' puzzled)", () => {
    const r = assessMunitions(kb, { munitions: [{ description: 'Police fired 40 mm tear-gas grenades; the cartridges were marked CS.' }] });
    const none = r.poor.find((p) => p.agent === 'none')!;
    expect(none.reasons.find((x) => x.factor === 'markings')!.says).toMatch(/^the markings name cs, not none \(no toxic chemical/);
  });
  it('a poor fit when no delivery was described says so, in the text and in the JSON reasons', () => {
    const r = assessMunitions(kb, { munitions: [{ description: 'A farmer found an unexploded ordnance item (UXO) in his field.' }] });
    expect(r.described).toBe(false);
    for (const p of r.poor) expect(p.reasons[0].says).toMatch(/^no delivery was described/);
    const text = renderMunitions(r);
    expect(text).not.toMatch(/low compatibility of the delivery read/);
  });
});

describe('a warhead and a car bomb in Russian and Arabic', () => {
  it('боевая часть / رأس حربي are a warhead; заминированный автомобиль is a car bomb', () => {
    expect(readDelivery(kb, 'Найдены остатки 122-мм ракеты с химической боевой частью.').delivery).toBe('chemical-rocket-or-bomb');
    expect(readDelivery(kb, 'عثر على بقايا صاروخ عيار 122 ملم برأس حربي كيميائي.').delivery).toBe('chemical-rocket-or-bomb');
    expect(readDelivery(kb, 'Возле рынка взорвался заминированный автомобиль.').delivery).toBe('conventional-he');
  });
});
