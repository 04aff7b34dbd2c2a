/**
 * Session 32 (agleak): a facility is a setting, not a leak. delivery_industrial_leak's facility words (a factory, an oil or gas
 * field, a pipeline, a power plant, a refinery; завод, трубопровод; مصنع, معمل) read only with a release told in their sentence or
 * the next (a leak, spill, escape, burst, release, cloud, fumes, a smell inhaled; утечка, выброс, авария, вырвался; تسرب, انبعاث,
 * رائحة), and 'derail' only with a train. War news of a site attacked reads nothing. The engineer's own sentences, EN/RU/AR.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';

const F = 'delivery_industrial_leak';

describe('agleak s32: a facility with a release still reads the industrial leak', () => {
  reads([
    ['At the fertiliser factory a white cloud escaped from the tank and the workers ran out coughing.', F],
    ['The pipeline ruptured near the village. Gas was leaking for hours and people felt sick.', F],
    ['Workers at the refinery fainted after inhaling a sharp smell in the unit.', F],
    ['A freight train carrying chlorine derailed outside the town and a tank car split open.', F],
    ['На заводе произошла авария, рабочие почувствовали резкий запах и стали задыхаться.', F],
    ['Ночью с завода вырвался газ, люди проснулись от жжения в глазах.', F],
    ['أصيب عمال في مصنع للأسمدة بعد تسرب غاز من أحد الخطوط.', F],
    ['شعر العمال بالاختناق في المعمل بعد استنشاق رائحة قوية.', F],
  ]);
});

describe('agleak s32: a facility alone, war news of a site attacked, reads no leak', () => {
  misses([
    ['Rebels captured the oil field east of the city after days of fighting.', F],
    ['Airstrikes hit a power plant and a factory on the outskirts of the town.', F],
    ['The army retook the gas field and the pipeline that runs to the coast.', F],
    ['The refinery was shelled overnight, the governor said.', F],
    ['Moscow accused the West of trying to derail the peace talks in Geneva.', F],
    ['Боевики обстреляли завод на окраине города.', F],
    ['سيطرت الفصائل على المصنع بعد معارك عنيفة.', F],
  ]);
});
