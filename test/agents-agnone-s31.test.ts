/**
 * Session 31 (room agnone): the all-clear of a suspected poisoning told in lay words (docs/agent-differential.md §7.00058-agnone):
 * the water, air, a well or samples tested and found clean (no_agent_detected) and a quick recovery, everyone fine or healthy again
 * (full_recovery), in EN/RU/AR. Every sentence here was written for this test; none is taken from an evaluation file. Each group
 * has variants that must fire and near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, p, reads } from './helpers/agent-probe.js';

describe('the water, air or samples tested and found clean (no_agent_detected, EN/RU/AR)', () => {
  reads([
    ['The water was tested clean and the family went home.', 'no_agent_detected'],
    ['The council tested the well water and it came back clean.', 'no_agent_detected'],
    ['They checked the air in the classroom and it was all fine.', 'no_agent_detected'],
    ['Из санэпидемстанции приехали, воду взяли — чистая.', 'no_agent_detected'],
    ['Воду в колодце проверили — чистая, ничего нет.', 'no_agent_detected'],
    ['Вода из скважины оказалась чистой.', 'no_agent_detected'],
    ['اجت البلدية وفحصوا المي وطلعت نظيفة', 'no_agent_detected'],
    ['المي فحصوها بالمختبر وطلعت سليمة', 'no_agent_detected'],
  ]);
  misses([
    ['The water was not clean, it smelled of bleach.', 'no_agent_detected'],
    ['They checked the air conditioning and it was fine, then the coughing started.', 'no_agent_detected'],
    ['Воду проверили — грязная, пахнет хлоркой.', 'no_agent_detected'],
    ['فحصوا المي وما طلعت نظيفة', 'no_agent_detected'],
  ]);
});

describe('a quick recovery told in lay words (full_recovery, EN/RU/AR)', () => {
  reads([
    ['By evening everyone was fine again.', 'full_recovery'],
    ['They were all fine within an hour of leaving the hall.', 'full_recovery'],
    ['Бабушка здорова, просто давление подскочило.', 'full_recovery'],
    ['К вечеру все были здоровы.', 'full_recovery'],
    ['Все поправились за пару часов.', 'full_recovery'],
    ['الكل تعافى خلال ساعات', 'full_recovery'],
    ['كلهم طابوا بنفس اليوم', 'full_recovery'],
  ]);
  misses([
    ['He felt fine, then an hour later he collapsed.', 'full_recovery'],
    ['Он был здоров, а через час умер.', 'full_recovery'],
    ['Ребёнок не здоров, его увезли в больницу.', 'full_recovery'],
    ['Вред здоровью оценивают врачи.', 'full_recovery'],
    ['الكل تعبان وما حدا طاب', 'full_recovery'],
  ]);
});

describe('an all-clear beside "no smell" reads no toxic chemical (EN/RU/AR)', () => {
  it('none leads the odourless nerve agents', () => {
    const ru = 'Пошёл слух, что соседка отравилась водой из колодца. Воду взяли — чистая. Соседка здорова, просто давление скакнуло. Ни запаха, ни кашля.';
    expect(p(ru, 'none')).toBeGreaterThan(p(ru, 'nerve'));
    const en = 'People said the old man was poisoned by the well. The water was tested clean, he was fine by evening, and there was no smell at all.';
    expect(p(en, 'none')).toBeGreaterThan(p(en, 'nerve'));
    const ar = 'قالوا الجيران انسموا من المي. فحصوا المي وطلعت نظيفة، والكل تعافى خلال ساعات، وما في ريحة.';
    expect(p(ar, 'none')).toBeGreaterThan(p(ar, 'nerve'));
  });
  it('the all-clear words are what moves it', () => {
    expect(feats('Воду взяли — чистая. Ни запаха, ни кашля.')).toMatchObject({ no_agent_detected: true, odour_none: true });
  });
});
