/**
 * Session 18 (room agru): Russian and Arabic incident accounts: the odour a contrast names, the thrown bottle's clause, ringing ears
 * told without a blast, shaking hands, a food cooked or eaten, the verb of frying (docs/agent-differential.md §7.00040-agru).
 * Every sentence is the engineer's own; none is taken from an evaluation item. Each rule is probed with sentences that must fire
 * and near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('the odour named after a contrast ("не хлором, а чесноком", "not of chlorine but of garlic")', () => {
  it('reads the second odour present and leaves the first denied', () => {
    for (const t of ['Пахло не хлором, а чесноком.', 'Запах был не хлора, а чеснока.', 'It smelled not of chlorine but of garlic.', 'The smell was not chlorine, but garlic.'])
      expect(feats(t), t).toMatchObject({ odour_garlic: true, odour_bleach: false });
    expect(feats('Пахло не хлором, а гарью.')).toMatchObject({ odour_burning: true, odour_bleach: false });
    expect(feats('كانت الرائحة ليست رائحة الكلور بل رائحة الثوم.')).toMatchObject({ odour_garlic: true, odour_bleach: false });
  });
  it('does not read the odour set aside after the contrast ("хлором, а не чесноком") or denied on its own', () => {
    for (const t of ['Пахло хлором, а не чесноком.', 'It smelled of chlorine, not garlic.'])
      expect(feats(t), t).toMatchObject({ odour_bleach: true });
    expect(feats('Пахло хлором, а не чесноком.')).not.toHaveProperty('odour_garlic');
    expect(feats('Чесноком не пахло, а пахло хлоркой.')).toMatchObject({ odour_garlic: false, odour_bleach: true });
  });
  it('denies an odour whose own phrase holds the negator in its gap ("الرائحة ليست كلور", "the smell was not chlorine")', () => {
    for (const t of ['الرائحة ليست كلور.', 'The smell was not chlorine.']) expect(feats(t), t).toMatchObject({ odour_bleach: false });
    expect(feats('We did not smell anything but garlic.')).toMatchObject({ odour_garlic: true });
    // غير after a negation is 'other than', and "не то X, не то Y" is 'either X or Y': the odour named is there
    expect(feats('ما في ريحة غير ريحة الحطب المحروق.')).toMatchObject({ odour_burning: true });
    expect(feats('В подъезде пахло не то чесноком, не то тухлой рыбой.')).toMatchObject({ odour_garlic: true });
  });
});

describe('a thrown bottle\'s fire stays in its clause (RU, AR delivery_incendiary)', () => {
  it('reads the fire that follows at once', () => {
    for (const t of [
      'Он бросил бутылку в окно, и квартира загорелась.',
      'Мужчина бросил бутылку с бензином в окно, начался пожар.',
      'Он бросил бутылку в окно, а потом вспыхнул пожар.',
      'ألقى شاب زجاجة على المنزل، فاشتعلت النيران.',
      'أُلقيت زجاجتان على المنزل فاشتعلت النيران فيه.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_incendiary: true });
  });
  it('does not cross a contrast, a new time or an Arabic comma with no consequence after it', () => {
    for (const t of [
      'Он бросил бутылку в толпу, а вечером загорелся сарай.',
      'Он бросил бутылку в окно, но стекло выдержало; позже загорелся сарай.',
      'Подросток кинул бутылку во двор, через час загорелся соседский гараж.',
      'ألقى شاب زجاجة على الشرطة، وفي المساء اندلع حريق في السوق.',
      'رمى زجاجة على السيارة، لكن الحريق اندلع في مبنى آخر.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_incendiary');
  });
});

describe('ringing ears are the blast\'s ear only when a blast is told (trauma_injuries)', () => {
  it('drops the ringing told with fumes and no blast', () => {
    for (const t of ['В лаборатории я вдохнул пары, в ушах зазвенело, подступила тошнота.', 'شعرت بطنين في الأذن وغثيان بعد استنشاق الأبخرة.', 'I inhaled the fumes and had ringing in my ears and nausea.'])
      expect(feats(t), t).not.toHaveProperty('trauma_injuries');
  });
  it('keeps it beside a shell, a bomb or an explosion, and keeps a torn eardrum always', () => {
    for (const t of ['После взрыва снаряда в ушах зазвенело.', 'Рядом разорвалась бомба, в ушах звенит до сих пор.', 'بعد الانفجار كان هناك طنين في الأذن.', 'The blast left ringing in my ears.', 'У двоих разрыв барабанной перепонки.'])
      expect(feats(t), t).toMatchObject({ trauma_injuries: true });
  });
});

describe('shaking hands told with дрожать (fasciculations)', () => {
  it('reads the hands that shook', () => {
    for (const t of ['Руки дрожали, перед глазами плыло.', 'У него дрожат руки и течёт слюна.']) expect(feats(t), t).toMatchObject({ fasciculations: true });
  });
  it('not shaking from fear, nor bare дрожь', () => {
    for (const t of ['У него дрожали руки от страха.', 'У него тряслись руки от страха.', 'Меня била дрожь от холода.'])
      expect(feats(t), t).not.toMatchObject({ fasciculations: true });
  });
});

describe('a food cooked or eaten in its sentence (ingestion)', () => {
  it('reads the meal', () => {
    for (const t of ['Мясо купили на рынке и приготовили на ужин.', 'Семья пожарила грибы, ночью у всех началась рвота.', 'Они съели рыбу из банки.', 'طبخوا اللحم في المساء وبعد ساعات بدأ التقيؤ.'])
      expect(feats(t), t).toMatchObject({ ingestion: true });
  });
  it('not the food noun alone (dead fish, a meat plant) nor a verb with no food', () => {
    for (const t of ['В реке всплыла мёртвая рыба, жители жалуются на запах.', 'На мясокомбинате произошла утечка аммиака.', 'Спасатели приготовили носилки.', 'نفقت الأسماك في النهر.', 'قلت لهم إن السمك فاسد.'])
      expect(feats(t), t).not.toHaveProperty('ingestion');
  });
});

describe('the verb of frying is no fire (fire_smoke)', () => {
  it('drops пожарить, keeps the fire', () => {
    expect(feats('Семья пожарила грибы, ночью у всех началась рвота.')).not.toHaveProperty('fire_smoke');
    expect(feats('Пожаренные котлеты оставили на столе.')).not.toHaveProperty('fire_smoke');
    for (const t of ['При пожаре погиб мужчина.', 'В доме начался пожар.']) expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
});

describe('a rescue by the gas-and-smoke protection unit (ГДЗС) is a building fire (fire_smoke)', () => {
  it('reads people rescued or led out by the unit, and the impersonal задымило', () => {
    for (const t of [
      'Звеном газодымозащитной службы по лестничному маршу были спасены восемь человек.',
      'Звенья ГДЗС вывели из подъезда 12 жильцов.',
      'Восемь человек спасены звеном ГДЗС.',
      'Пятый и шестой этажи сильно задымило.',
    ])
      expect(feats(t), t).toMatchObject({ fire_smoke: true });
  });
  it('not the unit alone, at the extinguishing, at a leak, nor people who smoked', () => {
    for (const t of [
      'К тушению привлекались силы ГДЗС.',
      'Звено ГДЗС провело разведку в цехе, утечка аммиака устранена, двое рабочих эвакуированы.',
      'Звенья ГДЗС эвакуировали рабочих после выброса хлора.',
      'Ребята задымили на балконе.',
    ])
      expect(feats(t), t).not.toHaveProperty('fire_smoke');
  });
});

describe('a general truth about smelling is no denial of a smell (odour_*, cloud_none)', () => {
  it('drops the denied smell of a generic subject in the present', () => {
    for (const t of ['Во сне человек не чувствует запаха гари.', 'A sleeping person cannot smell smoke.', 'النائم لا يشم رائحة الدخان.']) {
      const f = feats(t);
      expect(f, t).not.toHaveProperty('odour_burning');
      expect(f, t).not.toHaveProperty('cloud_none');
    }
  });
  it('keeps the account\'s own denial: a past tense, a named subject, "we"', () => {
    for (const t of ['Человек не чувствовал запаха гари.', 'Он не чувствует запаха гари.', 'We could not smell smoke.'])
      expect(feats(t), t).toMatchObject({ odour_burning: false });
  });
});

describe('a person who sprayed an unknown substance, in Arabic (delivery_spray_face)', () => {
  it('reads the spraying as the Russian "распылил неустановленное вещество" is read', () => {
    for (const t of ['رش شخص مادة مجهولة في الحافلة فأصيب الركاب بالسعال.', 'رشهم بمادة غريبة في وجوههم.', 'В подъезде неизвестный распылил неустановленное вещество.'])
      expect(feats(t), t).toMatchObject({ delivery_spray_face: true });
  });
  it('not a substance found, a disinfection, or a field sprayed', () => {
    for (const t of ['عثر على مادة مجهولة في الشارع.', 'رش عمال البلدية مواد التعقيم في الشوارع.', 'رش المزارع مادة مجهولة على الحقل.'])
      expect(feats(t), t).not.toHaveProperty('delivery_spray_face');
  });
});
