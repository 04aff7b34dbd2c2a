// Session 12 (room fix2ag): the open reader defects of the session's review (heat_or_crowding on unrelated mentions, a
// list before a postposed "— нет", "до мяса" and sulphuric acid). Every sentence written for this test.
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import { loadAgentKb } from '../src/app/agents.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';

const kb = loadAgentKb(packageKnowledge);
const feats = (text: string) => Object.fromEntries([...extractFeatures(text, { terms: kb.terms }).features].map(([k, v]) => [k, v.present]));

describe('heat_or_crowding is the circumstance of the illness only', () => {
  it('not where a smell is the release told in the same sentence', () => {
    const f = feats('We waited for hours in the basement, standing for hours; then came an odd sour smell, and people were fainting and vomiting.');
    expect(f.heat_or_crowding).toBeUndefined();
    expect(f.vomiting).toBe(true);
  });
  it('not the sun over dead bodies', () => {
    expect(feats('The bodies of the dead were left under the sun until evening.').heat_or_crowding).toBeUndefined();
    expect(feats('بقيت جثث الضحايا تحت الشمس حتى المساء').heat_or_crowding).toBeUndefined();
  });
  it('not the topic of a film', () => {
    expect(feats('Earlier we had seen a documentary about a heatwave; at night my son began to vomit.').heat_or_crowding).toBeUndefined();
  });
  it('kept where the heat is the circumstance', () => {
    expect(feats('On a hot day at the parade, dozens of cadets fainted.').heat_or_crowding).toBe(true);
    expect(feats('Several girls collapsed from the heat at the ceremony.').heat_or_crowding).toBe(true);
    expect(feats('Несколько детей потеряли сознание от жары на линейке.').heat_or_crowding).toBe(true);
  });
});

describe('a postposed "— нет" after a list denies the whole list', () => {
  it('both items', () => {
    expect(feats('Тошнота и судороги — нет.')).toMatchObject({ nausea: false, convulsions: false });
    const g = feats('Слезотечение и кашель — нет, не было.');
    expect(g.cough).toBe(false);
    expect(g.lacrimation).toBe(false);
  });
  it('not a list that states the first sign present', () => {
    const f = feats('Кашель был, а рвоты — нет.');
    expect(f.cough).toBe(true);
    expect(f.vomiting).toBe(false);
  });
});

describe('"до мяса" and sulphuric acid', () => {
  it('soaked to the flesh is no burn; burnt to the flesh is', () => {
    expect(feats('Под ливнем мы вымокли до мяса, потом начали кашлять.').burns).toBeUndefined();
    expect(feats('Руки обгорели до мяса.').burns).toBe(true);
  });
  it('the smell of sulphuric acid is no sulphur smell; a smell of sulphur is', () => {
    expect(feats('В цеху чувствовался запах серной кислоты.').odour_rotten_eggs).toBeUndefined();
    expect(feats('A sharp smell of sulfuric acid hung in the lab.').odour_rotten_eggs).toBeUndefined();
    expect(feats('В подвале стоял запах серы.').odour_rotten_eggs).toBe(true);
  });
});
