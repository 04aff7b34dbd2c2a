/**
 * Session 23 (room agtox): the confusions with the toxic-industrial class. A workplace outbreak told only with fainting,
 * headache and dizziness after a smell reads the workplace as delivery_industrial_leak (a factory, цех, مصنع are its terms);
 * mass psychogenic illness happens in workplaces (boss-1997, bartholomew-wessely-2002), so P(delivery_industrial_leak |
 * psychogenic) is occasional, not uncommon (knowledge/agents.yaml). A real leak told with irritant signs stays
 * toxic-industrial.
 */
import { describe, expect, it } from 'vitest';
import { kb, feats, run } from './helpers/agent-probe.js';

const lead = (text: string) => run(text).classes[0].id;

describe('session 23 agtox: a workplace outbreak without a poisoning picture is not an industrial release', () => {
  it('the KB holds the workplace occasional for mass psychogenic illness', () => {
    const f = kb.features.findIndex((x) => x.id === 'delivery_industrial_leak');
    const a = kb.agentIndex.get('psychogenic')!;
    expect(kb.p[f][a]).toBeCloseTo(0.01 + 0.99 * 0.3, 6);
  });
  it.each([
    'At the factory several women workers fainted after a smell spread through the hall; they complained of dizziness and headache, and all went home the same day.',
    'В цеху несколько работниц упали в обморок, жаловались на головную боль и головокружение после того, как почувствовали запах; к вечеру все поправились.',
    'في المعمل أغمي على عدد من العاملات وشكين من صداع ودوار بعد رائحة غريبة، وتعافين خلال ساعات.',
  ])('leads none: %s', (text) => {
    expect(feats(text).delivery_industrial_leak).toBe(true);
    expect(lead(text)).toBe('none');
  });
  it.each([
    'At the factory a tank of ammonia leaked; workers had burning eyes and throats, coughed and struggled to breathe, and twelve were admitted to hospital.',
    'A leak at the chemical plant: workers collapsed with headaches and dizziness, and two died.',
  ])('near miss, stays toxic-industrial: %s', (text) => {
    expect(lead(text)).toBe('toxic-industrial');
  });
});

describe('session 23 agtox: a blast at a plant without a poisoning picture', () => {
  it('the KB holds the plant occasional for no toxic chemical (a blast)', () => {
    const f = kb.features.findIndex((x) => x.id === 'delivery_industrial_leak');
    expect(kb.p[f][kb.agentIndex.get('none')!]).toBeCloseTo(0.01 + 0.99 * 0.3, 6);
  });
  it('leads none: a blast at a factory, debris injuries, stinging eyes', () => {
    const text = 'A blast tore through the factory; workers were hurt by debris and several complained of stinging eyes.';
    expect(feats(text).delivery_industrial_leak).toBe(true);
    expect(lead(text)).toBe('none');
  });
  it('near miss, stays toxic-industrial: a blast that released a cloud of irritant gas', () => {
    expect(lead('An explosion at the chemical plant released a cloud; residents coughed, their eyes and throats burned and dozens were treated for breathing problems.')).toBe('toxic-industrial');
  });
});

describe('session 23 agtox: headache after a chlorine release (kim-2014-chlorine: the commonest complaint, 42%)', () => {
  it('the KB holds headache occasional for chlorine, both modes', () => {
    const f = kb.features.findIndex((x) => x.id === 'headache');
    expect(kb.p[f][kb.agentIndex.get('chlorine')!]).toBeCloseTo(0.01 + 0.99 * 0.3, 6);
  });
  it.each([
    'After the tank leaked, residents complained of headaches, vomiting and shortness of breath.',
    'После утечки из цистерны жители жаловались на головную боль, рвоту и одышку.',
    'بعد تسرب الخزان اشتكى السكان من صداع وتقيؤ وضيق في التنفس.',
  ])('a leak with headache, vomiting and breathlessness leads choking: %s', (text) => {
    expect(feats(text).headache).toBe(true);
    expect(lead(text)).toBe('choking');
  });
  it.each([
    'Workers who went down into the sewer manhole collapsed; others had headaches and dizziness and smelled rotten eggs.',
    'A leak at the plant: workers had headaches, nausea and dizziness, and burning eyes.',
  ])('near miss, stays toxic-industrial: %s', (text) => {
    expect(lead(text)).toBe('toxic-industrial');
  });
});

describe('session 23 agtox: chlorine released may be met in an enclosed space (atsdr-chlorine)', () => {
  it('the KB holds a confined space uncommon for released chlorine, rare for chlorine as a weapon', () => {
    const f = kb.features.findIndex((x) => x.id === 'confined_space');
    const cols = kb.modes!;
    const col = (id: string) => cols.colId.indexOf(id);
    expect(cols.p[f][col('chlorine/release')]).toBeCloseTo(0.01 + 0.99 * 0.1, 6);
    expect(cols.p[f][col('chlorine/weapon')]).toBeCloseTo(0.01 + 0.99 * 0.03, 6);
  });
  it('near miss: a sewer manhole entry with collapse and a rotten-egg smell stays hydrogen sulphide', () => {
    const r = run('A worker climbed down the sewer manhole and collapsed; the man who went down to help him collapsed too, and there was a smell of rotten eggs.');
    expect(r.classes[0].id).toBe('toxic-industrial');
    expect(r.agents[0].id).toBe('hydrogen-sulfide');
  });
});
