/**
 * Session 20 (room fixag2): the review's findings against room agru (/work/notes/review-s20.md "## agru") and the coordinator's
 * finding on agru 480cb05 (docs/agent-differential.md §7.00042-fixag2). Every sentence is the reviewer's, the coordinator's or the
 * engineer's own; none is taken from an evaluation item. Each fix is probed with the over-read sentences (must not read) and the
 * rule's intended positives (still read).
 */
import { describe, expect, it } from 'vitest';
import { feats } from './helpers/agent-probe.js';

describe('coordinator (agru 480cb05): مستودع is also a depot or storage tank of a gas, fuel or chemical', () => {
  it('reads a store with a hazardous thing named, or what it gives off, as the industrial setting', () => {
    for (const t of [
      'انفجر مستودع غاز في الحي وأصيب عدد من السكان بضيق تنفس.',
      'تسربت الأمونيا من مستودع في المنطقة الصناعية.',
      'اشتعلت النيران في مستودع للوقود وتصاعد دخان كثيف.',
      'احترق مستودع مواد كيميائية وانبعثت أبخرة سامة.',
      'انفجار في مستودعات تخزين الوقود قرب الميناء.',
      'اشتعل مستودع الكلور في محطة المياه.',
      'انبعثت رائحة قوية من مستودع الأمونيا.',
      'طلعت ريحة قوية من المستودع اللي جنب البيت وصرنا نكح.',
      'المستودع فيه دهانات ومذيبات واحترق.',
      'انفجرت مستودعات التخزين في الميناء.',
      'كان في المستودع براميل، وحدة منها انفتحت.',
      'شفنا غيمة صفرا فوق المستودع.',
      'العمال في المستودع بدأوا يكحون.',
    ])
      expect(feats(t), t).toMatchObject({ delivery_industrial_leak: true });
  });
  it('keeps a store of harmless things, a depot of weapons or munitions, and a depot that blew up with nothing hazardous named, out', () => {
    for (const t of [
      'انفجر مستودع في الميناء وتضررت المباني المجاورة.',
      'انفجر مستودع بالمرفأ وطار الزجاج.',
      'اندلع حريق في بيت الدرج المستخدم مستودعاً للأثاث.',
      'عثرت القوات على مستودع لصواريخ أرض أرض.',
      'حريق في مستودع للمواد الغذائية.',
      'مستودعات تخزين للحبوب في المرفأ.',
      'مواد البناء في المستودع احترقت.',
      'واندلع الحريق في أدوات كهربائية وإسفنج في بيت الدرج المستخدم مستودعاً والواقع في المدخل.',
      'القبو اللي كانوا يستخدموه كمستودع احترق.',
      'قصف الطيران مستودعاً للأسلحة الكيميائية حسب الرواية الروسية.',
    ])
      expect(feats(t), t).not.toHaveProperty('delivery_industrial_leak');
  });
});

describe('R8 (agru de98706): windows broken or glass flown out by stones, wind, a crash or hooligans are no blast', () => {
  it('does not read a riot, the wind or a crash as a powerful blast', () => {
    for (const t of [
      'المتظاهرون رموا حجارة وتكسرت الشبابيك.',
      'تكسرت الشبابيك من شدة الريح.',
      'Хулиганы разбили окна, стекла вылетели на улицу.',
      'Вылетели стекла в машине после аварии.',
      'المتظاهرون رموا حجارة وتكسرت الشبابيك، والشرطة رمت قنابل مسيلة للدموع.',
      'Из окна вылетели птицы.',
    ])
      expect(feats(t), t).not.toHaveProperty('powerful_blast');
  });
  it('reads windows broken with a blast, flying glass, and the commonest Russian вынесло окна / стёкла', () => {
    for (const t of [
      'Взрывом вынесло окна в соседних домах.',
      'В домах вынесло стёкла.',
      'تطايرت النوافذ من قوة الانفجار.',
      'تكسرت الشبابيك كلها من القصف.',
      'الشبابيك تكسرت بعد ما سقط الصاروخ.',
      'После взрыва в домах вылетели стекла.',
      'Стёкла повылетали во всём квартале.',
      'طار الزجاج من عصف الانفجار.',
    ])
      expect(feats(t), t).toMatchObject({ powerful_blast: true });
  });
});

describe('R9 (agru a1616f8): the normal part of a clinical result is no clean test', () => {
  it('does not read a normal function or a result with an exception as no agent detected', () => {
    for (const t of ['تحاليل الدم طبيعية باستثناء انخفاض الكولين استراز.', 'التحاليل أظهرت أن وظائف الكبد طبيعية لكن مستوى الكولين استراز منخفض.'])
      expect(feats(t), t).not.toHaveProperty('no_agent_detected');
  });
  it('still reads tests found clean in the spoken words', () => {
    for (const t of ['التحاليل تاع الماء والدم نظاف.', 'الفحوصات طلعت سليمة.', 'التحاليل كلها منيحة.', 'التحاليل مزيانة.', 'تحاليل الدم طبيعية.'])
      expect(feats(t), t).toMatchObject({ no_agent_detected: true });
    expect(feats('التحاليل ما كانت نظيفة.')).not.toHaveProperty('no_agent_detected');
  });
});

describe('R20 (agru 0d7557c): the pupil as a dot, not a pupil examined at the medical point or the checkpoint', () => {
  it('does not read النقطة الطبية / نقطة التفتيش as miosis', () => {
    for (const t of ['فحصوا حدقات المصابين في النقطة الطبية.', 'الممرض فحص بؤبؤ العين عند نقطة التفتيش.'])
      expect(feats(t), t).not.toHaveProperty('miosis');
  });
  it('reads the pupil become or like a dot', () => {
    for (const t of ['بؤبؤ عيونه صار نقطة.', 'الحدقة متل النقطة.', 'بؤبؤ العين زي النقطة.', 'البؤبؤ نقطة.', 'حدقاته صارت نقطتين صغار.'])
      expect(feats(t), t).toMatchObject({ miosis: true });
  });
});

describe('R22 (agru 78d28b3, a237d59): the morgue fridge and the washing of the dead; a person who sweated in a gas mask', () => {
  it('keeps the incident\'s dead washed for burial or filling the morgue fridges', () => {
    for (const t of ['قام المتطوعون بتغسيل الجثث ودفنها في مقبرة جماعية.', 'امتلأت ثلاجات حفظ الجثث في المستشفى بضحايا الهجوم.'])
      expect(feats(t), t).toMatchObject({ deaths: true });
  });
  it('still reads no deaths in an embalming fluid or embalming', () => {
    for (const t of ['تسرب محلول حفظ الجثث في المشرحة.', 'بالمشرحة انكسر برميل من محلول حفظ الجثث.', 'تحنيط الجثث', 'В морге разбилась бутыль с раствором для бальзамирования трупов.'])
      expect(feats(t), t).not.toHaveProperty('deaths');
  });
  it('reads a person who sweated in a gas mask, not glass or a mask that fogged', () => {
    for (const t of ['Я весь запотел в противогазе.', 'Он весь запотел.', 'Очки запотели, а сам он весь в поту.']) expect(feats(t), t).toMatchObject({ sweating: true });
    for (const t of ['Очки запотели.', 'Стёкла противогаза запотели.', 'Окна запотели от пара.', 'Запотели очки.']) expect(feats(t), t).not.toHaveProperty('sweating');
  });
});

describe('R10 (agru 208fc9e): eyes that stream blood, and عيون الماء (springs), are no running eyes', () => {
  it('does not read blood or springs as lacrimation', () => {
    for (const t of ['عيونهم تسيل دما.', 'عيون الماء تسيل في الوادي.']) expect(feats(t), t).not.toHaveProperty('lacrimation');
  });
  it('still reads the running eyes, beside a burning throat too', () => {
    for (const t of ['عيوني كانت تسيل.', 'العيون تسيل والأنوف كمان.', 'الناس كانوا يكحون، وعيونهم تسيل وحلوقهم تحرق.'])
      expect(feats(t), t).toMatchObject({ lacrimation: true });
    expect(feats('الناس كانوا يكحون، وعيونهم تسيل وحلوقهم تحرق.')).not.toHaveProperty('burning_eyes');
  });
});

describe('R11 (agru 9e92100): bare ما after a bare topic, or before أي, is the negation', () => {
  it('reads "the gas did not cause any smoke" as no cloud', () => {
    expect(feats('الغاز ما تسبب في أي دخان.')).toMatchObject({ cloud_none: true });
  });
  it('keeps the relative of the news formula', () => {
    expect(feats('أشعل الطلاب قنبلة دخانية، ما تسبب في انبعاث دخان كثيف.')).not.toHaveProperty('cloud_none');
    expect(feats('انكسر البرميل ما أدى إلى انبعاث ريحة قوية')).not.toHaveProperty('odour_none');
    expect(feats('أقدم أحد الطلاب على رش بخاخ، وهو ما تسبب في انبعاث دخان.')).not.toHaveProperty('cloud_none');
  });
});

describe('R24 (agru 92c5475): прошли / راحوا are also "went"', () => {
  it('keeps a late onset after they went somewhere', () => {
    for (const t of ['Через два часа прошли к врачу, у всех начался кашель.', 'بعد ساعة راحوا عالمستشفى وبلش السعال.'])
      expect(feats(t), t).toMatchObject({ onset_delayed: true });
  });
  it('still reads the signs easing as no late onset', () => {
    for (const t of ['Через час кашель прошёл.', 'وبعد ساعة راح السعال.', 'وبعد ساعة خف السعال', 'Через несколько часов полегчало.'])
      expect(feats(t), t).not.toHaveProperty('onset_delayed');
  });
});

describe('R25 (agru 3fe14d8): bare لحم is meat; the dancing flesh needs its possessive', () => {
  it('does not read a wedding feast of meat and dancing as twitching', () => {
    for (const t of [
      'اشترينا لحم والولاد عم يرقصوا بالعرس.',
      'الولد أكل لحم وصار ينط من الفرح.',
      'بالعرس أكلنا لحم والكل عم يرقص، بعد ساعات صار عنا إسهال واستفراغ ومغص.',
      'اشترى لحم ونط عالسيارة',
    ])
      expect(feats(t), t).not.toHaveProperty('fasciculations');
  });
  it('reads the flesh or muscles that dance or jump', () => {
    for (const t of ['لحمه عم يرقص.', 'عضلاته عم ترقص تحت الجلد.', 'لحمو بنط', 'عيونو بقت صغيرة خالص، ولحمو بنط', 'عضلاته بترقص', 'العضلات بترقص تحت الجلد'])
      expect(feats(t), t).toMatchObject({ fasciculations: true });
  });
});
