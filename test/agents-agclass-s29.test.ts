/**
 * Session 29 (room agclass): readings behind the blister, nerve and riot-control confusions, each made the same in English,
 * Russian and Arabic (docs/agent-differential.md §7.00056-agclass). Every sentence is the engineer's own; none is taken from an
 * evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads, p } from './helpers/agent-probe.js';

describe('a denial of symptoms bounded by a time is the latent period, not the absence of poisoning', () => {
  misses([
    ['Initially there were no signs of poisoning; the next day the men had red skin, blisters and sore eyes.', 'no_poisoning_signs'],
    ['The shell released a liquid that smelled of garlic. Nobody had any symptoms until the evening, when their skin began to blister.', 'no_poisoning_signs'],
    ['No one felt ill at the time of the attack. By the following morning dozens had eye pain and blisters.', 'no_poisoning_signs'],
    ['Признаков отравления сначала не было; на следующий день у солдат покраснела кожа и появились пузыри.', 'no_poisoning_signs'],
    ['لم تظهر أعراض التسمم إلا بعد عدة ساعات.', 'no_poisoning_signs'],
  ]);
  reads([
    ['There were no signs of poisoning and the tests were normal.', 'no_poisoning_signs'],
    ['Признаков отравления не выявлено.', 'no_poisoning_signs'],
    ['لا توجد علامات تسمم لدى أي من الطلاب.', 'no_poisoning_signs'],
    // tests that found nothing keep their reading whatever the time
    ['At first the doctors suspected gas, but tests showed nothing.', 'no_poisoning_signs'],
  ]);
  it('a latent period before blisters does not read as no toxic chemical', () => {
    expect(p('لم تظهر أعراض التسمم إلا بعد عدة ساعات، ثم ظهرت فقاعات على الجلد.', 'blister')).toBeGreaterThan(0.5);
  });
});

// the Russian bare 'ранения' (which also reads 'раненые', the wounded) was put back by the coordinator: its removal lowered a frozen
// split below its floor; the English and Arabic 'the wounded' still read no blast wound
describe('the English and Arabic wounded are casualties, not blast wounds', () => {
  misses([
    ['The wounded had difficulty breathing and red eyes.', 'trauma_injuries'],
    ['عانى الجرحى من صعوبة في التنفس واحمرار في العيون.', 'trauma_injuries'],
  ]);
  reads([
    ['У многих осколочные ранения.', 'trauma_injuries'],
    ['Людей посекло осколками стекла.', 'trauma_injuries'],
    ['Many had shrapnel wounds.', 'trauma_injuries'],
  ]);
});

describe('relief out of doors in Russian and Arabic, as the English "outside we felt better"', () => {
  reads([
    ['Our eyes burned, but outside we felt better within half an hour.', 'recovery_fresh_air'],
    ['Глаза жгло, но на улице всем стало лучше через полчаса.', 'recovery_fresh_air'],
    ['Кашляли, глаза слезились, а на воздухе через двадцать минут стало легче.', 'recovery_fresh_air'],
    ['Глаза резало, вышли на улицу — полегчало.', 'recovery_fresh_air'],
    ['كنا نكح وعيوننا تدمع، ولما طلعنا برا ارتحنا.', 'recovery_fresh_air'],
    ['كانت العيون تحرق، وفي الخارج تحسن الجميع خلال نصف ساعة.', 'recovery_fresh_air'],
  ]);
  misses([
    ['На улице стало хуже, глаза жгло ещё сильнее.', 'recovery_fresh_air'],
    ['كانوا برا لما بلشت عيونهم تحرق.', 'recovery_fresh_air'],
  ]);
  it('the relief\'s time is no fast onset', () => {
    expect(feats('Кашляли, глаза слезились, а на воздухе через двадцать минут стало легче.').onset_fast).toBeFalsy();
  });
});
