/**
 * Session 22 (room agru): the agent differential on lay accounts, Arabic dialects and Russian first, then English
 * (docs/agent-differential.md §7.00044-agru). Each rule with the sentences it must read and the near misses it must not.
 * Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';
import { arabicLightStem, stemsOf } from '../src/core/agents/term-matcher.js';

describe('an Arabic noun ending in ة (or a loanword\'s ا) is no imperfect verb: no person prefix swapped for ي', () => {
  it('the trailer lorry (تريلا / تريلة) is not يريل (drools)', () => {
    expect(stemsOf('تريلا', 'ar')).not.toContain('يريل');
    expect(stemsOf('تريلة', 'ar')).not.toContain('يريل');
    expect(arabicLightStem('تريلة')).not.toBe(arabicLightStem('يريل'));
    expect(feats('اشتغلت سواق تريلا عشر سنين.').hypersalivation).toBeFalsy();
    expect(feats('ركبنا بالتريلة لحد الحدود.').hypersalivation).toBeFalsy();
  });
  it('the imperfect in every person is still read as the ي form', () => {
    expect(stemsOf('تدمع', 'ar')).toContain('يدمع');
    expect(stemsOf('نسعل', 'ar')).toContain('يسعل');
    expect(stemsOf('تحرقها', 'ar')).toContain('يحرق');
    expect(stemsOf('تخنقنا', 'ar')).toContain('يخنق');
    expect(feats('الولد صار يريل وما عم يوقف.').hypersalivation).toBe(true);
  });
});

describe('breath taken or told short, the wheeze as a whistle (Arabic dyspnoea)', () => {
  it.each([
    ['الطفل ما قدر ياخذ نفس لدقايق.', 'dyspnoea'],
    ['أبوي نفسه قصير من ليلة أمس.', 'dyspnoea'],
    ['عنده قصر نفس من ساعة ما رجع.', 'dyspnoea'],
    ['لما يتنفس يطلع صوت صفير من صدره.', 'dyspnoea'],
  ])('%s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
  it.each([
    ['خذ نفس عميق وارتاح شوي.', 'dyspnoea'],
    ['سمعنا صفير الصاروخ قبل ما ينزل.', 'dyspnoea'],
    ['الحكم صفّر وانتهت المباراة.', 'dyspnoea'],
  ])('near miss: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeFalsy();
  });
});

describe('the Maghrebi and Egyptian "there was no smell" with an any-word between (odour_none)', () => {
  it.each(['ما كانش شي ريحة غريبة فالدار.', 'ما كانتش حتى ريحة، غير الغبرة.'])('%s', (text) => {
    expect(feats(text).odour_none).toBe(true);
  });
  it.each(['كانت ريحة قوية بزاف فالزنقة.', 'كانت الريحة زي الثوم.'])('near miss, a smell told: %s', (text) => {
    expect(feats(text).odour_none).toBeFalsy();
  });
});

describe('a head wound in the spoken word order (trauma_injuries)', () => {
  it.each(['خويا عندو جرح فالراس من الحجر.', 'طلع معه جرح في راسه من الزجاج.', 'كان فيه جروح بالرأس.'])('%s', (text) => {
    expect(feats(text).trauma_injuries).toBe(true);
  });
  it.each(['جرحت إيدي وأنا أقطع البصل.', 'رأس السنة كان هادي.'])('near miss: %s', (text) => {
    expect(feats(text).trauma_injuries).toBeFalsy();
  });
});

describe('grain told fumigated, or fumigation tablets among it (fumigant_application, Arabic)', () => {
  it.each(['نقلنا شعير مبخر بالسفينة لأسبوع.', 'الحبوب المبخرة كانت بالعنبر تحت.', 'لقوا حبوب تبخير بين أكياس القمح.', 'بعد تبخير القمح بالمخزن دخل العامل.'])(
    '%s',
    (text) => {
      expect(feats(text).fumigant_application).toBe(true);
    },
  );
  it.each(['أمي ولعت المبخرة بالبخور بعد العشا.', 'تبخير المياه بالصيف بيخلي البحيرة تنشف.', 'اشترينا قمح وطحين للبيت.'])('near miss: %s', (text) => {
    expect(feats(text).fumigant_application).toBeFalsy();
  });
});

describe('two cleaning products put together in one go, told by the doing (delivery_pool_pump)', () => {
  it.each([
    'He used the bleach and the limescale remover together to get the grout white.',
    'She poured some drain unblocker with the toilet cleaner at the same time.',
    'Мама залила в одно ведро хлорку и чистящее для плитки.',
    'Он использовал белизну и кислотное средство для труб одновременно.',
    'صبيت الكلور مع منظف البلاط سوا بالسطل.',
    'خلطت الكلوركس والفلاش في نفس الجردل.',
  ])('%s', (text) => {
    expect(feats(text).delivery_pool_pump).toBe(true);
  });
  it.each([
    'We bought bleach and a new mop together at the corner shop.',
    'I used the bleach first, and the next day the toilet cleaner.',
    'Мы купили хлорку и моющее средство вместе в магазине.',
    'Я налила в одну кружку чай и молоко.',
    'اشترينا الكلور والمنظف مع بعض من السوق.',
    'حطيت الرز والعدس مع بعض بالطنجرة.',
  ])('near miss: %s', (text) => {
    expect(feats(text).delivery_pool_pump).toBeFalsy();
  });
});

describe("a workshop's acid or solvent giving off its vapour (delivery_industrial_leak)", () => {
  it.each([
    'The etching bath overheated and was fuming by the time we came back from lunch.',
    'We worked all morning in the solvent vapours with the fan broken.',
    'In the plating room the fumes from the acid tank made everyone cough.',
    'В мастерской стояли испарения растворителя, все кашляли.',
    'Кислота в баке закипела, пошёл едкий пар.',
    'بالمشغل طلعت أبخرة ماء النار وصرنا نكح.',
    'الأسيد بالطنجرة غلي وصار يطلع بخار.',
  ])('%s', (text) => {
    expect(feats(text).delivery_industrial_leak).toBe(true);
  });
  it.each([
    'The tear gas stung like acid fumes in the throat.',
    'Acid rain had stained the old statues.',
    'The car battery acid had leaked onto the garage floor.',
    'В горле жгло, как будто пары кислоты вдохнул.',
    'كان بالزور حرقة زي بخار الأسيد.',
  ])('near miss: %s', (text) => {
    expect(feats(text).delivery_industrial_leak).toBeFalsy();
  });
});

describe('lay Arabic wounds had by people or made by glass and stones (trauma_injuries)', () => {
  it.each(['ولاد الجيران كان فيهم جروح من الحيطان اللي وقعت.', 'عندي جروح بإيدي من القزاز.', 'طلع الناس وعليهم غبرة، وجروح من الحجار.'])('%s', (text) => {
    expect(feats(text).trauma_injuries).toBe(true);
  });
  it.each(['أصيب ثلاثة مدنيين بجروح في القصف.', 'عنده جروح بالجلد بعد الغاز.', 'الجروح النفسية ما بتروح.'])('near miss: %s', (text) => {
    expect(feats(text).trauma_injuries).toBeFalsy();
  });
});

describe('an electrical transformer or substation that blew or caught fire (fire_cause_ordinary)', () => {
  it.each([
    'The old transformer exploded and the whole street went dark.',
    'There was a substation fire behind the estate last night.',
    'На окраине взорвался трансформатор, повалил чёрный дым.',
    'Вечером загорелся трансформатор у школы.',
    'انفجر المحول اللي جنب البيت وطلع دخان أسود.',
    'احترقت المحولة بآخر الشارع.',
  ])('%s', (text) => {
    expect(feats(text).fire_cause_ordinary).toBe(true);
  });
  it.each(['The transformer in my laptop charger gets warm.', 'Трансформатор гудел всю ночь.', 'المحول الجديد شغال منيح.'])('near miss: %s', (text) => {
    expect(feats(text).fire_cause_ordinary).toBeFalsy();
  });
});
