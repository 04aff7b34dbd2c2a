/**
 * Session 22 (fix room fixag): the review's findings against rooms aginc, agru and agnew (review-s22 R1-R19). Each finding's
 * failing sentence is a now-passing case here, beside the rule's intended positives and one more near miss of the engineer's own per
 * family (docs/agent-differential.md §7.00044-fixag). The sentences are the reviewer's and the engineer's own; none is an
 * evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, run } from './helpers/agent-probe.js';

const top = (text: string) => run(text).top.class;

describe('R1-R3: a wound or burn that smokes is its subject, not denied, and рана is not рано', () => {
  it.each([
    'أصيب بجروح بينما كان يدخن سيجارة أمام المنزل.',
    'أصيب الرجل بحروق وهو يدخن في المطبخ بعد تسرب الغاز.',
    'الحروق لم تكن تدخن عندما وصل المصابون إلى المستشفى.',
    'Ожоги не дымились, врачи исключили фосфор.',
    'Рано утром дымили трубы котельной, а в больницу доставили двоих раненых.',
    // own near misses
    'أصيبت بحروق وكانت تدخن في المطبخ.',
    'Ранее дымились трубы завода, рабочих с ожогами не было.',
    'Ожоги уже не дымились.',
  ])('not read: %s', (text) => {
    expect(feats(text).burning_particles).toBeFalsy();
  });
  it('the smoker burned in a gas leak leads toxic-industrial again, not incendiary', () => {
    expect(top('أصيب الرجل بحروق وهو يدخن في المطبخ بعد تسرب الغاز.')).toBe('toxic-industrial');
  });
  it.each([
    'الحروق ما زالت تدخن عندما وصل الأطفال.',
    'وصل طفل بحروق لا تزال تدخن.',
    'جروحه كانت تدخن',
    'Раны продолжали дымиться.',
    'Ожоги ещё дымились, когда детей привезли.',
    'The burns were still smoking when the children arrived.',
  ])('kept: %s', (text) => {
    expect(feats(text).burning_particles).toBe(true);
  });
});

describe('R4-R7: no_agent_detected is the measurement register, not superseded, not an identification pending, not a claim', () => {
  it.each([
    'Initial samples showed no toxic chemicals, but OPCW tests a week later confirmed sarin.',
    'Токсичное вещество пока не установлено, пострадавшие в реанимации с точечными зрачками.',
    'لم تكشف السلطات عن مواد سامة محددة، لكن المصابين كانوا يعانون من تقلص حدقة العين.',
    'Russia claimed no chemical agents were found in Douma, but doctors described victims foaming at the mouth with pinpoint pupils.',
    // own near misses
    'Токсичных веществ не обнаружено, но позже повторный анализ подтвердил хлор.',
    'The ministry insisted that its experts detected no toxic gases at the site.',
  ])('not read: %s', (text) => {
    expect(feats(text).no_agent_detected).toBeFalsy();
  });
  it.each([
    'The fire brigade said no hazardous gases were detected inside the warehouse.',
    'No toxic chemicals were found, but residents were evacuated as a precaution.',
    'Initial tests detected no toxic gases, but doctors found burns on the children.',
    'لم تكشف الفحوصات عن أي أثر لمواد كيميائية.',
    'لم تكشف الفحوصات عن مواد سامة.',
    'Ядовитых веществ в пробах воды не найдено.',
  ])('kept: %s', (text) => {
    expect(feats(text).no_agent_detected).toBe(true);
  });
});

describe('R8: a Russian or Arabic hour times an event unless an illness word, or a generic one with a body word, is in its sentence', () => {
  it.each([
    'Через несколько часов все началось заново: к зданию подъехала вторая машина.',
    'Через два часа ситуация ухудшилась: огонь перекинулся на соседний склад.',
    'وفي اليوم التالي شعر السكان بالارتياح بعد انسحاب القوات من الحي.',
    // own near miss
    'Через несколько часов всё началось заново у соседнего дома.',
  ])('no onset: %s', (text) => {
    expect(feats(text).onset_delayed).toBeFalsy();
  });
  it.each([
    'Спустя пару часов ему стало плохо, он жаловался на резь в глазах.',
    'Через два часа людям стало плохо.',
    'Через два часа ему стало хуже.',
    'في اليوم التالي شعر السكان بالتعب.',
    'بعد ساعات صار معهم تعب.',
  ])('kept: %s', (text) => {
    expect(feats(text).onset_delayed).toBe(true);
  });
});

describe('R9: a household gas cause denied is no household blast', () => {
  it.each([
    'The explosion was not caused by a gas cylinder, the civil defence said, but by a canister that burst and released a choking cloud.',
    'Взрыв произошёл не из-за утечки бытового газа.',
    'الانفجار لم يكن ناجما عن تسرب الغاز.',
  ])('not read: %s', (text) => {
    expect(feats(text).powerful_blast).toBeFalsy();
  });
  it('the canister that released a choking cloud stays riot-control, above none', () => {
    expect(top('The explosion was not caused by a gas cylinder, the civil defence said, but by a canister that burst and released a choking cloud.')).toBe('riot-control');
  });
  it.each(['The explosion was caused by a leaking domestic gas pipe.', 'Взрыв произошёл из-за утечки газа.', 'الانفجار ناجم عن تسرب الغاز.'])('kept: %s', (text) => {
    expect(feats(text).powerful_blast).toBe(true);
  });
});

describe('R10-R12: two cleaners mixed in one go, not carried, not any means, not stored in the same cupboard', () => {
  it.each([
    'I put the bug spray and the hand gel together in my backpack before the march.',
    'Пожарные использовали средства индивидуальной защиты и средства пожаротушения одновременно.',
    'حطت المنظفات والمطهرات في نفس الخزانة بعيدا عن الأطفال.',
    // own near misses
    'I put the bleach and the toilet cleaner together in the cupboard.',
    'Он использовал моющее средство и средства защиты вместе.',
    'حطت الكلور والمنظف بنفس اليوم.',
  ])('not read: %s', (text) => {
    expect(feats(text).delivery_pool_pump).toBeFalsy();
  });
  it.each([
    'He used the bleach and the limescale remover together to get the grout white.',
    'She put the bleach and the toilet cleaner in the same bucket.',
    'We used the bleach and the mould spray together in the shower.',
    'Он использовал белизну и кислотное средство для труб одновременно.',
    'Использовали средство для труб и хлорку одновременно.',
    'خلطت الكلوركس والفلاش في نفس الجردل.',
    'حطت المبيض والمنظف في سطل واحد.',
  ])('kept: %s', (text) => {
    expect(feats(text).delivery_pool_pump).toBe(true);
  });
});

describe('R13: pills and a steam inhalation are no fumigation', () => {
  it.each(['أعطيته حبوب خافض حرارة وعملتله تبخير بماء وملح لأنه كان يكح.', 'عملتله تبخير بالبابونج وحطيت القمح بالمطبخ.'])('not read: %s', (text) => {
    const f = feats(text);
    expect(f.fumigant_application).toBeFalsy();
    expect(f.pesticide_application).toBeFalsy();
  });
  it.each(['لقوا حبوب تبخير بين أكياس القمح.', 'حطوا حبوب تبخير بالبيت.', 'تبخير الحبوب بالمستودع', 'الحبوب المبخرة كانت بالعنبر تحت.'])('kept: %s', (text) => {
    expect(feats(text).fumigant_application).toBe(true);
  });
});

describe('R14-R15: نفس as "the same" and "short-breathed" as impatience are no dyspnoea', () => {
  it.each([
    'السواق ما قدر ياخذ نفس الطريق لأن الجيش سكّره.',
    'أنا نفسي قصير ما بقدر استنى بالطابور ساعتين.',
    // own near miss
    'ما قدر ياخد نفس الوقت اللي طلب منه.',
  ])('not read: %s', (text) => {
    expect(feats(text).dyspnoea).toBeFalsy();
  });
  it.each([
    'الطفل ما قدر ياخذ نفس لدقايق.',
    'ما قدرنا ناخد نفس الصبح من الريحة.',
    'أبوي نفسه قصير من ليلة أمس.',
    'بعد الضربة صار نفسي قصير وصدري يوجعني.',
  ])('kept: %s', (text) => {
    expect(feats(text).dyspnoea).toBe(true);
  });
});

describe('R16-R17: the breakfast that times the shelling, and a plan cooked up, are no ingestion', () => {
  it.each([
    'سقطت القذائف بعد الفطور مباشرة وبدأ الناس يختنقون.',
    'بعد الفطور خرجنا إلى السوق وسمعنا صوت الانفجار ثم بدأنا نسعل.',
    'القرار انطبخ في موسكو قبل القصف بأيام، والناس صارت تسعل وتدمع عيونها.',
    // own near miss
    'الخطة انطبخت بالليل.',
  ])('not read: %s', (text) => {
    expect(feats(text).ingestion).toBeFalsy();
  });
  it('the shelling after breakfast with choking leads choking again, not nerve', () => {
    expect(top('سقطت القذائف بعد الفطور مباشرة وبدأ الناس يختنقون.')).toBe('choking');
  });
  it.each([
    'الرز انطبخ الصبح وبقي برا التلاجة لليل.',
    'بعد الفطور بساعة كلنا تعبنا وصرنا نستفرغ.',
    'انطبخت الشوربة بطنجرة قديمة وبعدين مرضوا.',
  ])('kept: %s', (text) => {
    expect(feats(text).ingestion).toBe(true);
  });
});

describe('R18-R19: a drying re-ignition is of a lump, a dressing or sand, not of soldiers lighting up, peat or crops', () => {
  it.each([
    'Once it dried, the soldiers lit up cigarettes and waited.',
    'Когда торфяники высохли, они загорелись, и город затянуло дымом.',
    'لما جف الزرع اشتعلت النيران في الحقول.',
    // own near misses
    'Once it dried, my two brothers started smoking on the roof.',
    'Когда высохли поля, начались пожары и загорелся лес.',
    'لما نشف الحطب ولعت النار بالموقد.',
  ])('not read: %s', (text) => {
    expect(feats(text).burning_particles).toBeFalsy();
  });
  it.each([
    'Once it dried, the lump started smoking.',
    'Once it dried it started smoking again.',
    'Как только высохло, задымилось.',
    'Когда высох песок, пошёл дым.',
    'Как только повязка подсохла, из раны снова пошёл дым.',
    'لما نشفت القطعة صارت تدخن',
    'لما القطعة الصفرا نشفت رجعت تدخن.',
    'لما نشفت عالشمس بعد ساعة رجعت ولعت.',
    'Once the dressing dried, it lit up again.',
    'Когда вода на ране высохла, снова пошёл дым.',
    'لقينا قطعة صفرا بالوحل، ولما نشفت صارت تدخن.',
  ])('kept: %s', (text) => {
    expect(feats(text).burning_particles).toBe(true);
  });
});
