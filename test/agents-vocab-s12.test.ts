/**
 * Session 12 (room fixag): everyday words for carbon monoxide at home (a gas water heater, a bathhouse, угореть), a death
 * told as 'no signs of life', pest treatments of a home (exterminators, cockroaches, bed bugs) and fire that water does not
 * put out, in English, Russian and Arabic. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};
const lead = (text: string) => runDifferential(kb, [{ text, role: 'official' }]).top;

describe('carbon monoxide at home in Russian: a gas water heater, a bathhouse, угореть', () => {
  it('reads the combustion source and leads with fire smoke (carbon monoxide)', () => {
    expect(feats('Семья угорела: неисправный газовый водонагреватель.')).toMatchObject({ combustion_appliance: true });
    const t = 'В бане нашли мужчину без признаков жизни, его жена была без сознания.';
    expect(feats(t)).toMatchObject({ combustion_appliance: true, deaths: true, loss_of_consciousness: true });
    expect(lead(t)).toEqual({ class: 'none', agent: 'fire-smoke' });
  });
  it('does not read a bank or a bow as a bathhouse', () => {
    expect(feats('В банке стало плохо трём сотрудникам.')).not.toHaveProperty('combustion_appliance');
    expect(feats('Девочка с бантом упала в обморок.')).not.toHaveProperty('combustion_appliance');
  });
});

describe('a death told as no signs of life', () => {
  it('reads RU без признаков жизни and AR فارق الحياة as deaths', () => {
    expect(feats('Водителя нашли без признаков жизни.')).toMatchObject({ deaths: true });
    expect(feats('فارق الحياة طفل بعد وصوله إلى المستشفى.')).toMatchObject({ deaths: true });
  });
});

describe('pest treatment of a home', () => {
  it('reads exterminators, cockroaches and bed bugs in three languages as a pesticide application', () => {
    expect(feats('Exterminators had sprayed the flat for cockroaches the day before; the children vomited.')).toMatchObject({ pesticide_application: true });
    expect(feats('Квартиру обработали от клопов, дети жаловались на тошноту.')).toMatchObject({ pesticide_application: true });
    expect(feats('В квартире травили тараканов, трое отравились.')).toMatchObject({ pesticide_application: true });
    expect(feats('قام عمال برش الشقة ضد الصراصير فأصيب الأطفال بالغثيان.')).toMatchObject({ pesticide_application: true });
  });
  it('leads a home poisoned after pest treatment with a toxic-industrial agent, not no chemical', () => {
    expect(lead('В квартире травили тараканов, трое отравились.').class).toBe('toxic-industrial');
    expect(lead('Exterminators had sprayed the flat for cockroaches the day before; the children vomited.').class).toBe('toxic-industrial');
  });
});

describe('fire that water does not put out (Russian)', () => {
  it('reads it as an incendiary weapon', () => {
    const t = 'С дрона лилось огнём, водой не затушить, шипит и горит.';
    expect(feats(t)).toMatchObject({ delivery_incendiary: true });
    expect(lead(t).class).toBe('incendiary');
  });
});
