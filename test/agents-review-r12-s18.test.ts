/**
 * Session 18 (room fixrev): review-s18 R12 (docs/agent-differential.md §7.00040-fixrev), in a file of its own so that it lands apart
 * from the R9-R18 groups of test/agents-review-s18.test.ts, which duplicate room fixrev2's fixes and are not cherry-picked. The
 * reviewer's sentences and the rule's intended ones; none is an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('R12: a ГДЗС rescue from a toxic atmosphere is no building fire', () => {
  it('a sewer well\'s hydrogen sulphide and a solvent\'s vapour read no fire_smoke', () => {
    expect(feats('Звеном ГДЗС из канализационного колодца спасены двое рабочих, отравившихся сероводородом.')).not.toHaveProperty('fire_smoke');
    expect(feats('Звеном ГДЗС из подвала выведены трое рабочих, отравившихся парами растворителя.')).not.toHaveProperty('fire_smoke');
  });
  it('a rescue from a building, also of people poisoned by carbon monoxide, still reads the fire', () => {
    for (const t of ['Звенья ГДЗС вывели из подъезда 12 жильцов.', 'Восемь человек спасены звеном ГДЗС.', 'Звеном ГДЗС спасены двое жильцов, отравившихся угарным газом.'])
      expect(feats(t)).toMatchObject({ fire_smoke: true });
  });
});
