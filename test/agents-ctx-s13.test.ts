/**
 * Session 13 (room agctx): settings as base rates (knowledge/agents.yaml setting_*), superseded by how the substance
 * arrived (superseded_by), docs/agent-differential.md §7.00030. Every sentence is the engineer's own; none is taken from
 * an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, p, run } from './helpers/agent-probe.js';


describe('setting_school: the school as the setting', () => {
  it('reads a school, a classroom and pupils in three languages', () => {
    expect(feats('Nine girls at the secondary school complained of headache.')).toMatchObject({ setting_school: true });
    expect(feats('Several classmates felt dizzy during the lesson.')).toMatchObject({ setting_school: true });
    expect(feats('В школе № 5 у учеников заболела голова.')).toMatchObject({ setting_school: true });
    expect(feats('نقلت عشرات التلميذات من المدرسة إلى المستشفى.')).toMatchObject({ setting_school: true });
  });
  it('does not read a school holiday, the eye pupils or a school friend as the setting', () => {
    expect(feats('It was the school holiday and the family was at the lake when the cloud came.')).not.toHaveProperty('setting_school');
    expect(feats('The doctor found the pupils normal and the chest clear.')).not.toHaveProperty('setting_school');
    // Russian учения are military exercises, not pupils (ученики)
    expect(feats('Во время военных учений несколько солдат почувствовали жжение в глазах.')).not.toHaveProperty('setting_school');
  });
  it('moves a few nonspecific complaints in a school towards no toxic chemical', () => {
    const at = 'At the high school thirty pupils complained of coughing and a strange smell and were sent home.';
    const bare = 'Thirty people complained of coughing and a strange smell and were sent home.';
    expect(run(bare).top.class).not.toBe('none');
    expect(run(at).top.class).toBe('none');
    expect(p(at, 'none')).toBeGreaterThan(p(bare, 'none') + 0.2);
  });
  it('says nothing once an account tells how the substance arrived (superseded_by)', () => {
    const drift = 'Children at the school felt sick after a farmer sprayed his crops next to the playground; they had nausea and stomach cramps.';
    const r = run(drift);
    expect(r.features.some((f) => f.id === 'setting_school' && f.present)).toBe(true);
    expect(r.contributions.some((c) => c.feature === 'setting_school')).toBe(false);
    expect(r.top.class).not.toBe('none');
  });
  it('is not superseded by a means carried to the place: a pupil\'s self-defence spray stays a riot-control agent', () => {
    const r = run('Во время концерта в актовом зале один из учеников распылил средство для самообороны; двое школьников упали в обморок.');
    expect(r.contributions.some((c) => c.feature === 'setting_school')).toBe(true);
    expect(r.top.class).toBe('riot-control');
  });
  it('leaves a nerve-agent picture in a school as nerve', () => {
    expect(run('A shell hit the school and the children collapsed with pinpoint pupils, drooling and twitching.').top.class).toBe('nerve');
  });
});

describe('context words of how the substance arrived (session 13 block of feature-lexicon.ts)', () => {
  it('reads a water utility station as a chlorination, not the water intake of a spill', () => {
    expect(feats('Gas escaped at the drinking water pumping station on the edge of town.')).toMatchObject({ delivery_pool_pump: true });
    expect(feats('Утечка газа произошла на станции подъёма воды.')).toMatchObject({ delivery_pool_pump: true });
    expect(feats('تسرب غاز في محطة ضخ المياه شمال المدينة.')).toMatchObject({ delivery_pool_pump: true });
    expect(feats('A chemical leaked into the river above the water intake.')).not.toHaveProperty('delivery_pool_pump');
  });
  it('reads an engine exhaust as a combustion appliance (carbon monoxide)', () => {
    expect(feats('The family was found unconscious; exhaust fumes had filled the garage.')).toMatchObject({ combustion_appliance: true });
    expect(feats('Водитель отравился выхлопными газами в закрытом гараже.')).toMatchObject({ combustion_appliance: true });
    expect(run('The family was found unconscious; exhaust fumes had filled the garage.').top.class).toBe('none');
  });
  it('reads a self-defence spray as a hand-held irritant spray', () => {
    expect(feats('Подросток распылил средство для самообороны в коридоре.')).toMatchObject({ delivery_spray_face: true });
    expect(feats('أطلق أحدهم بخاخ الفلفل داخل القاعة.')).toMatchObject({ delivery_spray_face: true });
  });
  it('reads the Iraqi and Gulf words for a refinery and a smelter as an industrial plant', () => {
    expect(feats('الدخان يجي من المصفى ويگعد على البيوت.')).toMatchObject({ delivery_industrial_leak: true });
    expect(feats('انشق خط بخار بمصهر الألمنيوم بالليل.')).toMatchObject({ delivery_industrial_leak: true });
  });
});

describe('delivery_irritant_spray: a spray named as pepper, irritant or self-defence spray', () => {
  it('reads the named irritant spray in three languages and drops the generic face spray beside it', () => {
    expect(feats('A man used pepper spray in the bar.')).toMatchObject({ delivery_irritant_spray: true });
    expect(feats('Подросток распылил перцовый баллончик в автобусе.')).toMatchObject({ delivery_irritant_spray: true });
    expect(feats('رش أحدهم رذاذ الفلفل داخل القاعة.')).toMatchObject({ delivery_irritant_spray: true });
    const r = run('A man used pepper spray in the bar and two people fainted.');
    expect(r.contributions.some((c) => c.feature === 'delivery_spray_face')).toBe(false);
  });
  it('keeps fainting after a pepper spray with the irritants, not Novichok', () => {
    for (const t of ['A man used pepper spray in the bar and two people fainted.', 'Подросток распылил перцовый баллончик в автобусе, двое потеряли сознание.', 'رش أحدهم رذاذ الفلفل داخل القاعة فأغمي على اثنين'])
      expect(run(t).top.class).toBe('riot-control');
    // an unnamed spray in the face and a collapse still leaves a nerve agent in play
    expect(p('Someone sprayed something in his face and he collapsed.', 'nerve')).toBeGreaterThan(0.3);
  });
});
