/**
 * Session 26 (room fixag): the review's findings A1-A12 on the class_named_* reading (docs/agent-differential.md §7.00052-fixag).
 * The reviewer's sentences and the engineer's variants; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, kb, reads, misses } from './helpers/agent-probe.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const witness = (text: string) => runDifferential(kb, [{ text }]);

describe('A1-A3: the class words by their morphology and their head noun', () => {
  reads([
    ['Они применили нервный газ.', 'class_named_nerve'],
    ['Пострадавшие от нервного газа.', 'class_named_nerve'],
    ['Нервные газы хранились на складе.', 'class_named_nerve'],
    ['قذائف تحوي غازا مسببا للبثور', 'class_named_blister'],
    ['استخدموا مواد سامة مسببة للبثور', 'class_named_blister'],
    ['غاز مسبب لتقرح الجلد', 'class_named_blister'],
    ['Gas shells of the lung-injuring sort fell on the battery.', 'class_named_choking'],
    ['They fired lung-damaging shells.', 'class_named_choking'],
    ['A lung-damaging gas was used.', 'class_named_choking'],
  ]);
  misses([
    ['Нервная газета опубликовала статью.', 'class_named_nerve'],
    ['Водитель нервно газовал на светофоре.', 'class_named_nerve'],
    ['Нервный газетчик ушёл.', 'class_named_nerve'],
    ['الأسبرين مادة مسببة لتقرح المعدة عند بعض المرضى', 'class_named_blister'],
    ['تناول مادة مسببة لتقرح المعدة', 'class_named_blister'],
    ['مادة مسببة للبثور في كريم الوجه', 'class_named_blister'],
    ['Smoking is lung-damaging, the doctor reminded him.', 'class_named_choking'],
    ['Lung-damaging smoke from the wildfire covered the valley.', 'class_named_choking'],
    ['Lung-damaging kinds of dust.', 'class_named_choking'],
  ]);
  it('the newspaper and the revving lead nothing', () => {
    expect(witness('Нервная газета опубликовала статью.').top.class).toBeNull();
    expect(witness('Smoking is lung-damaging, the doctor reminded him.').top.class).toBeNull();
    expect(witness('الأسبرين مادة مسببة لتقرح المعدة عند بعض المرضى').top.class).toBeNull();
  });
});
