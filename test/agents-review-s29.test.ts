/**
 * Session 29 (room review): the review's findings on agclass's readings (docs/agent-differential.md §7.00056-review), each with
 * the probe that showed it. Every sentence is the reviewer's own; none is taken from an evaluation item.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';

describe('a denial bounded by a time word that is not a latent period keeps no_poisoning_signs', () => {
  reads([
    // 'until now', 'at the time of writing' are 'so far'
    ['No signs of poisoning have been found until now.', 'no_poisoning_signs'],
    ['At the time of writing, no symptoms of poisoning had been reported.', 'no_poisoning_signs'],
    // the time word is the report's (a verb of saying between them; the Arabic verb before it)
    ['The ministry immediately said there were no signs of poisoning among the pupils.', 'no_poisoning_signs'],
    ['أكدت وزارة الصحة فورا عدم وجود أعراض تسمم لدى الطلاب.', 'no_poisoning_signs'],
    // a duration of observation, the time of an examination
    ['The patients were observed for several hours and showed no signs of poisoning.', 'no_poisoning_signs'],
    ['В момент осмотра признаков отравления не выявлено.', 'no_poisoning_signs'],
  ]);
  // agclass's latent periods are still read as such
  misses([
    ['Nobody had any symptoms until the evening, when their skin began to blister.', 'no_poisoning_signs'],
    ['Признаков отравления сначала не было; на следующий день у солдат покраснела кожа.', 'no_poisoning_signs'],
    ['لم تظهر أعراض التسمم إلا بعد عدة ساعات.', 'no_poisoning_signs'],
  ]);
});

describe('relief out of doors: not when it is denied, nor walking away, nor seeing better', () => {
  misses([
    ['Даже на улице не стало легче, глаза жгло.', 'recovery_fresh_air'],
    ['Мы выбежали на улицу и отошли подальше от здания, глаза слезились.', 'recovery_fresh_air'],
    ['На улице стало лучше видно облако жёлтого дыма.', 'recovery_fresh_air'],
    ['طلعنا برا وما ارتحنا، ضل السعال.', 'recovery_fresh_air'],
    ['حتى برا ما خف السعال.', 'recovery_fresh_air'],
  ]);
  reads([
    ['Глаза жгло, но на улице всем стало лучше через полчаса.', 'recovery_fresh_air'],
    ['Кашляли, а на улице отошли минут через двадцать.', 'recovery_fresh_air'],
    ['كنا نكح وعيوننا تدمع، ولما طلعنا برا ارتحنا.', 'recovery_fresh_air'],
  ]);
});
