/**
 * Session 15 (room mun): the text output of `assay munitions` says, for a new user, why an agent is a poor fit: which
 * factor (the delivery read, a burster, no fill container, incendiary signs, markings, the casualty pattern), its
 * multiplier, what was observed in plain words, and the KB's source or judgment for the multiplier.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadMunitionKb } from '../src/app/agents.js';
import { assessMunitions } from '../src/core/munitions/munition-compatibility.js';
import { renderMunitions } from '../src/cli/commands/agents.js';

const kb = loadMunitionKb(packageKnowledge);

describe('why a poor fit is poor, in plain words', () => {
  it('an HE mortar with no fill container: chlorine is poor for the delivery, the burster and the missing container', () => {
    const r = assessMunitions(kb, { munitions: [{ description: 'a 120 mm mortar bomb', burster: 'yes', fill_container: 'no', reliability: 0.95 }] });
    const cl = r.poor.find((p) => p.agent === 'chlorine')!;
    expect(cl).toBeDefined();
    expect(cl.reasons.map((x) => x.factor)).toEqual(['delivery', 'burster', 'container']);
    expect(cl.reasons[0].says).toMatch(/mortar.*poor carrier of chlorine/);
    expect(cl.reasons[1]).toMatchObject({ value: 0.3, why: 'source: bellingcat-2014, register-2007' });
    expect(cl.reasons[1].says).toMatch(/burster was seen/);
    expect(cl.reasons[2]).toMatchObject({ value: 0.2, why: 'source: atsdr-chlorine' });
    expect(cl.reasons[2].says).toMatch(/no container for a chemical fill was seen, and chlorine needs one/);
    const text = renderMunitions(r);
    expect(text).toMatch(/Why the poor fits are poor \(.*1 = no effect\):/);
    expect(text).toMatch(/\n\s+chlorine\s+[\d.]+\s+.*poor carrier; burster yes x0\.3; no fill container x0\.2\n\s+delivery x0\.15: .*\n\s+burster x0\.3: an explosive burster was seen.*\(source: bellingcat-2014, register-2007\)\n\s+container x0\.2: no container/);
  });
  it('a gas cylinder and a high death share: the casualty pattern names the lethality check; a found container counts against no chemical', () => {
    const r = assessMunitions(kb, {
      munitions: [{ description: 'an industrial gas cylinder with a harness and wheels', burster: 'no', fill_container: 'yes', reliability: 0.95 }],
      casualties: { affected_min: 40, affected_max: 100, deaths_min: 35, setting: 'indoor' },
    });
    const cs = r.poor.find((p) => p.agent === 'cs')!;
    const cas = cs.reasons.find((x) => x.factor === 'casualty pattern')!;
    expect(cas.says).toMatch(/35% of the affected died, above the 1% cs can cause/);
    const none = r.poor.find((p) => p.agent === 'none')!;
    expect(none.reasons.find((x) => x.factor === 'container')!.says).toMatch(/container for a chemical fill was seen, which does not fit none/);
    expect(renderMunitions(r)).toMatch(/casualty pattern x0\.03: 35% of the affected died/);
  });
});
