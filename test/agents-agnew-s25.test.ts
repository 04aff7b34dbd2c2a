/**
 * Session 25 (room agnew): the agent differential on the session's fresh development material (incidents dev-v26,
 * paraphrases dev-v18; docs/agent-differential.md §7.00050-agnew). Each rule with the sentences it must read and the near
 * misses it must not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { misses, reads, run } from './helpers/agent-probe.js';

describe('ما before a verb of seeming or alleging is the free relative, no denial', () => {
  reads([
    ['ألقت المروحية ما يبدو أنه برميل على البلدة.', 'delivery_cylinder'],
    ['سقط ما يُزعم أنه برميل فوق الحي.', 'delivery_cylinder'],
    ['شاهدنا ما يعتقد أنه صاروخ يسقط قرب المدرسة.', 'delivery_shell_rocket'],
  ]);
  misses([
    ['الطيارة ما ألقت برميل اليوم.', 'delivery_cylinder'],
    ['ما شفنا برميل ولا صاروخ.', 'delivery_cylinder'],
  ]);
});

describe('a bomb of a gas told as toxic, a war gas or internationally banned is no tear-gas grenade', () => {
  misses([
    ['قصفت الطائرات الحي بقنابل تحوي غازاً ساماً.', 'delivery_police_canister'],
    ['استهدفوا البلدة بقنابل تحتوي غازاً محرماً دولياً.', 'delivery_police_canister'],
    ['سقطت قنابل الغاز السام على الحي.', 'delivery_police_canister'],
  ]);
  reads([
    ['قصفت الطائرات الحي بقنابل تحوي غازاً ساماً.', 'delivery_shell_rocket'],
    ['أطلقت الشرطة قنابل الغاز على المحتجين.', 'delivery_police_canister'],
    ['رموا قنابل الغاز المسيل للدموع وقالوا إنه غاز سام.', 'delivery_police_canister'],
    ['Police fired gas grenades at the marchers.', 'delivery_police_canister'],
  ]);
  it('the toxic-gas bomb no longer leads riot-control', () => {
    const r = run('قصفت الطائرات الحي بقنابل تحوي غازاً ساماً.');
    expect(r.classes[0].id).not.toBe('riot-control');
  });
});

describe('the Syrian war named as the setting (syrian_war)', () => {
  reads([
    ['قوات النظام قصفت حي جوبر في دمشق بغاز سام.', 'syrian_war'],
    ['هجوم كيماوي على قرية بريف حماة.', 'syrian_war'],
    ['A chemical attack was reported in Idlib province.', 'syrian_war'],
    ['Сирийские военные обвинили боевиков в химической атаке.', 'syrian_war'],
  ]);
  misses([
    ['حلب الراعي البقرة في الصباح.', 'syrian_war'],
    ['أكلنا حمص وفول على الفطور.', 'syrian_war'],
    ['زارتنا حماة أخي أمس.', 'syrian_war'],
    ['Депутаты Думы обсудили закон.', 'syrian_war'],
  ]);
  it('a toxic-gas claim set in Syria leads choking (chlorine, gppi-2019), not riot-control or no leader', () => {
    const r = run('قوات النظام تقصف الحي في دمشق بقنابل تحوي غازاً ساماً.');
    expect(r.classes[0].id).toBe('choking');
    const q = run('هجوم كيماوي يبدو أنه وقع في قرية بريف حماة.');
    expect(q.classes[0].id).toBe('choking');
  });
  it('the setting does not outweigh the signs of a nerve agent', () => {
    const r = run('In Idlib the victims had pinpoint pupils, foamed at the mouth, twitched and convulsed.');
    expect(r.classes[0].id).toBe('nerve');
  });
});


describe('the war gas told by its munition: gas shells, chemical shells (toxic_gas_alleged)', () => {
  reads([
    ['Several hundred gas shells fell on the batteries that night.', 'toxic_gas_alleged'],
    ['The gas shelling went on until dawn.', 'toxic_gas_alleged'],
    ['Противник обстрелял окопы химическими снарядами.', 'toxic_gas_alleged'],
    ['Германцы выпустили по деревне сотни газовых снарядов.', 'toxic_gas_alleged'],
    ['سقطت قذائف كيماوية على القرية.', 'toxic_gas_alleged'],
  ]);
  misses([
    ['Police fired tear gas shells at the students.', 'toxic_gas_alleged'],
    ['They threw smoke shells to cover the retreat.', 'toxic_gas_alleged'],
    ['Химический завод выпускает удобрения.', 'toxic_gas_alleged'],
  ]);
});

describe('the drifting-cloud attack told by its waves or its cylinders (delivery_cylinder)', () => {
  reads([
    ['The enemy let off his gas at night in three waves along the front.', 'delivery_cylinder'],
    ['A gas wave rolled over the trenches before dawn.', 'delivery_cylinder'],
    ['It was the first cloud attack on that sector.', 'delivery_cylinder'],
    ['Немцы провели газобаллонную атаку на рассвете.', 'delivery_cylinder'],
    ['На позиции пошла газовая волна.', 'delivery_cylinder'],
  ]);
  misses([
    ['A heat wave hit the town and the old people felt ill.', 'delivery_cylinder'],
    ['Волна паники прокатилась по городу.', 'delivery_cylinder'],
    ['The crowd moved in waves toward the gate.', 'delivery_cylinder'],
    ['The stove let off its gas slowly into the kitchen.', 'delivery_cylinder'],
  ]);
});

describe('sneezing before a gas, a shell or a sort of shell names the sternutator, not the sign', () => {
  misses([
    ['Only shells of the sneezing and the lung-injuring sort fell on the village.', 'rhinorrhoea'],
    ['They fired sneezing gas shells all night.', 'rhinorrhoea'],
  ]);
  reads([
    ['The children were sneezing and coughing all night.', 'rhinorrhoea'],
    ['He kept sneezing; the shells fell far away.', 'rhinorrhoea'],
  ]);
});

describe("the lung agent's delayed collapse after exertion (delayed_pulmonary_oedema)", () => {
  reads([
    ['Many men collapsed several hours after the attack from the delayed action of the gas, especially after exercise.', 'delayed_pulmonary_oedema'],
    ['Gassed soldiers died the next day if they were made to walk.', 'delayed_pulmonary_oedema'],
    ['Солдаты, отравленные газом, падали через несколько часов при ходьбе.', 'delayed_pulmonary_oedema'],
  ]);
  misses([
    ['He collapsed two hours later after walking home from the pub.', 'delayed_pulmonary_oedema'],
    ['The men collapsed several hours after the attack.', 'delayed_pulmonary_oedema'],
    ['She died the next day in hospital.', 'delayed_pulmonary_oedema'],
  ]);
});
