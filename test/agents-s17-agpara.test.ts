/**
 * Session 17 (room agpara): reader defects of lay accounts left by session 16 (docs/agent-differential.md §7.00039-agpara), each
 * stated generally. Every sentence here was written for this test; none is taken from an evaluation file. Each group has
 * variants that must fire and variants that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';
import { stemsOf } from '../src/core/agents/term-matcher.js';

describe('English irregular pasts and participles meet the base verb (account side only)', () => {
  it('"eaten", "drank", "thrown", "swollen" also get the base verb\'s stem', () => {
    expect(stemsOf('eaten', 'en')).toEqual(['eaten', 'eat']);
    expect(stemsOf('drank', 'en')).toContain('drink');
    expect(stemsOf('thrown', 'en')).toContain('throw');
    expect(stemsOf('swollen', 'en')).toContain('swell');
  });
  it('words that are also other words keep their own stem only', () => {
    expect(stemsOf('rose', 'en')).toEqual(['rose']);
    expect(stemsOf('drunk', 'en')).toEqual(['drunk']);
    expect(stemsOf('felt', 'en')).toEqual(['felt']);
  });
  it('an account told with "eaten" reads the ingestion a term tells with "ate"', () => {
    expect(feats('The children had eaten berries from the bush.')).toMatchObject({ ingestion: true });
    expect(feats('Everyone who had eaten the stew was vomiting by night.')).toMatchObject({ ingestion: true, vomiting: true });
  });
});

describe('a reduplicated term ("burned and burned") holds only with its words side by side', () => {
  it('a fire and a felt burning in one sentence are no burning particles', () => {
    expect(feats('The building was burning and my eyes burned.')).not.toHaveProperty('burning_particles');
    expect(feats('Дом горел, и горело горло.')).not.toHaveProperty('burning_particles');
  });
  it('the reduplication itself still reads', () => {
    expect(feats('The stuff on the ground burned and burned for hours.')).toMatchObject({ burning_particles: true });
    expect(feats('Оно горит и горит, водой не потушить.')).toMatchObject({ burning_particles: true });
  });
});
