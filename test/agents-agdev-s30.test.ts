/**
 * Session 30 (room agdev): reading that generalises to accounts written by other people (docs/agent-differential.md
 * §7.00057-agdev). Each mechanism with sentences it must read and near misses it must not, in every language it applies to.
 * Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

describe('the pupils’ size told as a predicate with words between (pupil-size.ts)', () => {
  reads([
    ['Her pupils had gone really small.', 'miosis'],
    ['The black of her eyes had shrunk to nothing.', 'miosis'],
    ['His pupils were tiny, like the point of a needle.', 'miosis'],
    ['Зрачки у него были как булавочные головки.', 'miosis'],
    ['У всех зрачки стали крошечные.', 'miosis'],
    ['حدقة العين ضاقت كتير', 'miosis'],
    ['نني عينه بقى صغير خالص', 'miosis'],
    ['His pupils were huge and black.', 'mydriasis'],
    ['Зрачки были огромные, во весь глаз.', 'mydriasis'],
    ['البؤبؤ كان واسع كتير', 'mydriasis'],
  ]);
  misses([
    ['The pupils were tiny, only five years old.', 'mydriasis'],
    ['The school pupils were big for their age.', 'mydriasis'],
    ['Pupils grew bigger every year at the school.', 'mydriasis'],
    ['Зрачки не сузились.', 'miosis'],
    ['حدقة العين ما ضاقت', 'miosis'],
  ]);
  it('a denied size stays unread or denied, large pupils deny the small', () => {
    expect(feats('Her pupils were not small at all.').miosis).toBeFalsy();
    expect(feats('Зрачки были огромные, во весь глаз.').miosis).toBe(false);
  });
});
