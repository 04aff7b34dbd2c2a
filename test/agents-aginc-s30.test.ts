/**
 * Session 30 (room aginc): context read where the development incident misses had it unread, in EN/RU/AR: a sewage works told
 * with a water works' words (feature-extraction.ts wastewaterWorks; the Arabic official names of wastewater), a gas dosed into
 * water for its disinfection (the works' chlorination), a tailings or sludge reservoir and an acid spill (industrial releases),
 * and the Russian perfective of spraying a household insecticide. docs/agent-differential.md §7.00057-aginc. Every sentence is
 * the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads, run } from './helpers/agent-probe.js';

describe('a sewage works is no water works', () => {
  reads([
    ['Two workers collapsed at the waste water treatment plant.', 'setting_wastewater_plant'],
    ['توفي عامل داخل محطة معالجة المياه العادمة.', 'setting_wastewater_plant'],
    ['اختنق ثلاثة عمال في محطة تكرير المياه المبتذلة.', 'setting_wastewater_plant'],
    ['أصيب عامل في محطة معالجة المياه المستعملة.', 'setting_wastewater_plant'],
  ]);
  misses([
    ['Two workers collapsed at the waste water treatment plant.', 'delivery_pool_pump'],
    ['Рабочие отравились на очистных сооружениях канализации.', 'delivery_pool_pump'],
    ['توفي عامل داخل محطة معالجة المياه العادمة.', 'delivery_pool_pump'],
    ['اختنق ثلاثة عمال في محطة تكرير المياه المبتذلة.', 'delivery_pool_pump'],
    // the bare words are the sewage, not the works
    ['استعملت القوات المياه العادمة لإطفاء الإطارات.', 'setting_wastewater_plant'],
  ]);
  it('a water works stays a water works', () => {
    expect(feats('Chlorine leaked at the water treatment plant.').delivery_pool_pump).toBe(true);
    expect(feats('تسرب الكلور في محطة معالجة المياه.').delivery_pool_pump).toBe(true);
  });
  it('workers overcome at a sewage works lean to the industrial class', () => {
    expect(run('Two workers collapsed at the waste water treatment plant.').classes[0].id).toBe('toxic-industrial');
    expect(run('توفي عامل داخل محطة معالجة المياه العادمة.').classes[0].id).toBe('toxic-industrial');
  });
});

describe("a gas dosed into water for its disinfection is the works' chlorination", () => {
  reads([
    ['At the station the gas is injected automatically for disinfection of the water.', 'delivery_pool_pump'],
    ['The gas was dosed into the effluent for disinfection before discharge.', 'delivery_pool_pump'],
    ['На станции газ подаётся для обеззараживания воды.', 'delivery_pool_pump'],
    ['يحقن الغاز آلياً في المحطة لأعمال التعقيم.', 'delivery_pool_pump'],
    ['حيث يتم حقن الغاز لتطهير المياه.', 'delivery_pool_pump'],
  ]);
  misses([
    ['Gas was injected into the well to boost oil output.', 'delivery_pool_pump'],
    ['Газ подавали в котельную.', 'delivery_pool_pump'],
    ['تم حقن الغاز في البئر النفطية.', 'delivery_pool_pump'],
  ]);
});

describe('a tailings or sludge reservoir and an acid spill are industrial releases', () => {
  reads([
    ['The dam of a tailings pond burst and caustic sludge flooded the village.', 'delivery_industrial_leak'],
    ['An acid spill at the depot injured two workers.', 'delivery_industrial_leak'],
    ['Прорвало дамбу шламохранилища, жижа затопила посёлок.', 'delivery_industrial_leak'],
    ['Вода из хвостохранилища комбината хлынула в реку.', 'delivery_industrial_leak'],
    ['انهار سد بركة المخلفات وغمرت الوحول القرية.', 'delivery_industrial_leak'],
  ]);
  misses([
    ['The village pond overflowed after the storm.', 'delivery_industrial_leak'],
    ['Прорвало дамбу пруда после ливня.', 'delivery_industrial_leak'],
  ]);
});

describe('the Russian perfective of spraying a household insecticide', () => {
  reads([
    ['Она побрызгала дихлофосом в квартире, и ей стало плохо.', 'pesticide_application'],
    ['Сосед попшикал дихлофосом на балконе.', 'pesticide_application'],
  ]);
  misses([
    ['Дихлофос стоял в шкафу, им не пользовались.', 'pesticide_application'],
  ]);
});

describe("a generic cue inside a relative clause ends with the clause (', which can cause burns,')", () => {
  reads([
    ['Slurry, which can cause burns on contact with skin, flooded out when the dam of an effluent reservoir burst.', 'delivery_industrial_leak'],
    ['Шлам, который может вызвать ожоги, хлынул из шламохранилища.', 'delivery_industrial_leak'],
    ['تدفقت الوحول، التي قد تسبب حروقا، من سد بركة المخلفات.', 'delivery_industrial_leak'],
  ]);
  misses([
    // the generic statement itself, and a cue outside a relative clause, still read nothing after it
    ['Sarin, which can cause pinpoint pupils and convulsions, is stored at the base.', 'miosis'],
    ['Chlorine can cause coughing and choking, which we know.', 'cough'],
    ['Chlorine can cause coughing, and a leak at a plant is the usual source.', 'delivery_industrial_leak'],
  ]);
});
