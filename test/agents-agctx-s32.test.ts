/**
 * Session 32 (agctx): a protest is a topic, not a delivery. delivery_police_canister is read where a gas, spray or grenade is
 * used at the crowd (scene grammar), or where an irritant's sign is told at the protest; the protest or its people alone (the
 * background line of war news) and clashes with the police alone read nothing. The engineer's own sentences, EN/RU/AR.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';

const F = 'delivery_police_canister';

describe('agctx s32: the actual delivery at a protest still reads the canister', () => {
  reads([
    ['The police fired tear gas canisters at the protesters on the bridge.', F],
    ['Riot police threw gas grenades into the crowd of demonstrators.', F],
    ['We were at the protest when our eyes started burning and everyone was coughing.', F],
    ['Полиция бросила газовые гранаты в толпу протестующих.', F],
    ['На митинге протестующих у всех слезились глаза, мы кашляли.', F],
    ['الشرطة أطلقت قنابل الغاز المسيل للدموع على المتظاهرين.', F],
    ['كنا في المظاهرة وصرنا نسعل وعيوننا تدمع.', F],
  ]);
});

describe('agctx s32: the protest as a topic reads no canister', () => {
  misses([
    ['More than 300,000 people have been killed since the conflict began in March 2011 with anti-government protests.', F],
    ['The war began after the regime cracked down on pro-democracy protests with unexpected ferocity.', F],
    ['Daraa was the cradle of the uprising in 2011, when demonstrators took to the streets.', F],
    ['Migrants riot and clash with the police every day, locals say.', F],
    ['The patients were demonstrating pinpoint pupils and coughing.', F],
    ['Конфликт начался в 2011 году с массовых протестов против правительства.', F],
    ['Участники акции прошли шествием по центру города.', F],
    ['بدأ النزاع في آذار 2011 مع المظاهرات المناهضة للحكومة.', F],
    ['قمعت قوات النظام المتظاهرين السلميين عام 2011 وتحولت الثورة إلى حرب.', F],
  ]);
});
