/**
 * QA review of issue 3 (agent differential): each defect found, as a regression test.
 */
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb();
const feat = (text: string) => Object.fromEntries([...extractFeatures(text).features].map(([k, v]) => [k, v.present]));
const phrases = (text: string) => Object.fromEntries([...extractFeatures(text).features].map(([k, v]) => [k, v.phrases[0]]));

describe('odour phrases with modifiers between the smell cue and the odour noun', () => {
  it.each([
    ['It smelled of freshly cut hay.', 'odour_hay', 'smelled of freshly cut hay'],
    ['A smell like new-mown hay.', 'odour_hay', 'smell like new-mown hay'],
    ['There was a smell of strong rotten eggs.', 'odour_rotten_eggs', 'smell of strong rotten eggs'],
    ['The odour of a very strong bleach filled the room.', 'odour_bleach', 'odour of a very strong bleach'],
    ['запах свежескошенного сена', 'odour_hay', 'запах свежескошенного сена'],
  ])('%s', (text, id, phrase) => {
    expect(feat(text)[id]).toBe(true);
    expect(phrases(text)[id]).toBe(phrase);
  });
  it('a conjunction ends the modifier run: "smell of gas and people burning" is not a burning smell', () => {
    expect(feat('There was a smell of gas and people burning.').odour_burning).toBeUndefined();
  });
  it('phosgene leads the choking class on its hallmark odour', () => {
    const r = runDifferential(kb, [{ text: 'It smelled of freshly cut hay.' }]);
    expect(r.classes[0].id).toBe('choking');
    expect(r.agents[0].id).toBe('phosgene');
  });
});

describe('dead animals are never human deaths', () => {
  it.each([
    'The birds in the yard were dead.',
    'Cats and dogs in the street died.',
    'We saw dead sheep near the well.',
    'Погибли птицы и кошки.',
    'Птицы во дворе были мертвы.',
    'نفوق الطيور والقطط',
    'ماتت الطيور في الحي',
  ])('%s', (text) => {
    const f = feat(text);
    expect(f.dead_animals).toBe(true);
    expect(f.deaths).toBeUndefined();
  });
  it('a human death next to animal deaths still counts', () => {
    const f = feat('We found dead cats in the street, and two children died.');
    expect(f.dead_animals).toBe(true);
    expect(f.deaths).toBe(true);
  });
});

describe('Arabic', () => {
  it('quotes the evidence as written, not normalised', () => {
    expect(phrases('شوهد ودخان أبيض فوق الحي').cloud_white).toBe('ودخان أبيض');
    expect(phrases('شُوهِدَ دخانٌ أبيضُ كثيف').cloud_white).toBe('دخانٌ أبيضُ');
    // a shadda inside the phrase (removed by normalisation) is kept in the quote
    const r = runDifferential(kb, [{ text: 'إصابات بين الأطفال مع تضيّق الحدقات' }]);
    expect(r.features.find((f) => f.id === 'miosis')?.evidence).toBe('تضيّق الحدقات');
  });
  it('"no chlorine smell" denies chlorine only, as in English', () => {
    expect(feat('لا توجد رائحة كلور')).toEqual({ odour_bleach: false });
    expect(feat('There was no bleach smell')).toEqual({ odour_bleach: false });
    expect(feat('There was no smell of chlorine')).toEqual({ odour_bleach: false });
    expect(feat('لا توجد رائحة')).toEqual({ odour_none: true });
  });
  it('pupils constricted / normal', () => {
    expect(feat('حدقة العين متقلصة')).toEqual({ miosis: true });
    expect(feat('حدقات العيون طبيعية')).toEqual({ miosis: false });
  });
});

describe('an explosion with no poisoning', () => {
  const text =
    'There was an explosion, dust and smoke everywhere; people panicked and some were hit by shrapnel. There was no smell and no symptoms of poisoning.';
  it('extracts the blast picture and the absence of poisoning', () => {
    expect(feat(text)).toMatchObject({ dust_debris: true, panic: true, trauma_injuries: true, no_poisoning_signs: true, odour_none: true });
  });
  it('leads with none, well clear of nerve', () => {
    const r = runDifferential(kb, [{ text }]);
    expect(r.classes[0].id).toBe('none');
    expect(r.classes[0].probability).toBeGreaterThan(0.6);
    expect(r.classes.find((c) => c.id === 'nerve')!.probability).toBeLessThan(0.1);
  });
  it('a statement of absence is not negated again by an earlier cue', () => {
    expect(feat('There were no injuries and no smell.').odour_none).toBe(true);
    expect(feat('Nobody coughed and there was no smell.')).toEqual({ cough: false, odour_none: true });
  });
  it('"no smell" alone no longer favours nerve over none', () => {
    const r = runDifferential(kb, [{ features: { odour_none: true } }]);
    const p = (id: string) => r.agents.find((a) => a.id === id)!.probability;
    expect(p('none')).toBeGreaterThanOrEqual(p('sarin') - 1e-12);
  });
  it('RU and AR: no signs of poisoning', () => {
    expect(feat('Нет признаков отравления').no_poisoning_signs).toBe(true);
    expect(feat('لا توجد أعراض تسمم').no_poisoning_signs).toBe(true);
  });
});
