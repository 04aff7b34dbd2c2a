/**
 * Session 12 (room fixag): heat, a stuffy room or long standing named as the circumstance of an illness
 * (knowledge/agents.yaml heat_or_crowding). Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, p, run } from './helpers/agent-probe.js';


describe('heat_or_crowding: the weather, a stuffy room or hours of standing', () => {
  it('reads heat illness, the weather and a stuffy room in three languages', () => {
    expect(feats('Twelve marchers were treated for heat exhaustion and two fainted.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('In the sweltering hall the pupils began to faint one after another.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('Temperatures reached 44 degrees and several workers collapsed in the yard.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('На параде несколько солдат упали в обморок: было душно, они стояли на жаре два часа.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('Троих паломников увезли с тепловым ударом.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('أصيب عشرات الحجاج بضربات الشمس والإجهاد الحراري.')).toMatchObject({ heat_or_crowding: true });
    expect(feats('سقط عدد من الجنود أثناء العرض بسبب ارتفاع درجات الحرارة.')).toMatchObject({ heat_or_crowding: true });
  });
  it('does not read a fever, the heat of a fire or the Free Army as the weather', () => {
    expect(feats('عانى المريض من ارتفاع درجة الحرارة والقيء.')).not.toHaveProperty('heat_or_crowding');
    expect(feats('The heat of the fire drove the firefighters back and two fainted from the smoke.')).not.toHaveProperty('heat_or_crowding');
    expect(feats('قال الجيش الحر إن القصف أصاب المدنيين بالاختناق.')).not.toHaveProperty('heat_or_crowding');
    expect(feats('У ребёнка жар и рвота.')).not.toHaveProperty('heat_or_crowding');
  });
  it('moves fainting and vomiting at a hot ceremony to no toxic chemical', () => {
    const en = 'During the graduation ceremony in the midday heat eleven students fainted and three vomited; all went home the same day.';
    const ru = 'Во время торжественной линейки дети падали в обморок, в зале было душно, двоих стошнило.';
    const ar = 'أغمي على عدد من الطالبات داخل لجان الامتحان وعانت أخريات من القيء وضيق التنفس بسبب ارتفاع درجات الحرارة.';
    for (const t of [en, ru, ar]) expect(run(t).top.class).toBe('none');
    // the same accounts without the circumstance are less sure of it
    expect(p(ar, 'none')).toBeGreaterThan(p('أغمي على عدد من الطالبات داخل لجان الامتحان وعانت أخريات من القيء وضيق التنفس.', 'none') + 0.1);
  });
  it('does not outweigh a nerve agent picture on a hot day', () => {
    expect(run('On a hot day the shells burst and people collapsed with pinpoint pupils, drooling and twitching.').top.class).toBe('nerve');
  });
});
