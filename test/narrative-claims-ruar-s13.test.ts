/**
 * Session 13 (claim reader, room claimsra): Russian and Arabic blame grammar, on invented sentences in newswire style
 * (none from any split). Each mechanism with a case that fires and, where it can over-reach, a hard negative.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const blamed = (t: string) => readClaims(t, lexicon).claims.blamed;

describe('Russian: the genitive agent of an assault in its frame', () => {
  it('a target that suffers the assault, or a verb of judging it, makes the genitive its doer', () => {
    expect(blamed('Сирийская армия подверглась атаке боевиков с применением хлора.')).toBe('opposition');
    expect(blamed('Постпред США призвала Россию осудить химическую атаку сирийских властей.')).toBe('government');
  });
  it('without such a frame, a bombardment\'s or a soldier\'s genitive, the genitive stays unread', () => {
    expect(blamed('Жители вспоминают атаки боевиков.')).toBeNull();
    expect(blamed('Неизвестные совершили обстрел российских военных в Сирии.')).toBeNull();
    expect(blamed('В Идлибе произошла атака на позиции боевиков.')).toBeNull();
  });
  it('a coalition led by a party after a deed noun: the leader', () => {
    expect(blamed('Жертвами авиаудара коалиции во главе с США стали 20 мирных жителей.')).toBe('west');
  });
});

describe('Russian: the deed noun first, the light verb, then its subject', () => {
  it('"Обстрел ... вели боевики", "Химическую атаку осуществили ВВС", "Обстрел провели силовики"', () => {
    expect(blamed('Обстрел жилых кварталов Алеппо вели боевики, закрепившиеся в восточной части города.')).toBe('opposition');
    expect(blamed('Химическую атаку в Хан-Шейхуне осуществили сирийские ВВС, говорится в докладе.')).toBe('government');
    expect(blamed('Обстрел Горловки провели украинские силовики.')).toBe('ukraine');
  });
  it('no subject, or the deed noun after a preposition: nobody', () => {
    expect(blamed('Обстрел Горловки провели в ночь на субботу.')).toBeNull();
    expect(blamed('Россия провела расследование атаки.')).toBeNull();
  });
});

describe('Arabic: capitals of other states only as a subject or the accused', () => {
  it('the subject of a deed verb (VSO, SVO) or the accused is the government', () => {
    expect(blamed('شنت الرياض غارات جوية على صنعاء.')).toBe('other');
    expect(blamed('أكدت واشنطن أن طهران شنت الهجوم على ناقلات النفط.')).toBe('other');
    expect(blamed('اتهمت الحكومة العراقية طهران بقصف مواقع في كردستان.')).toBe('other');
    expect(blamed('شنت الخرطوم غارات جوية على مواقع الدعم السريع في دارفور.')).toBe('other');
  });
  it('a place, an object or a speaker is no party', () => {
    expect(blamed('قتيلان في انفجار سيارة مفخخة في بغداد.')).toBeNull();
    expect(blamed('انفجار ضخم يهز مرفأ بيروت ويوقع عشرات القتلى.')).toBeNull();
    expect(blamed('استهدفت صواريخ أطلقت من اليمن الرياض ليلة أمس.')).toBeNull();
    expect(blamed('قالت بغداد إن الهجوم على السفارة الأمريكية عمل إرهابي.')).toBeNull();
    expect(blamed('مقتل جنديين في هجوم قرب الخرطوم.')).toBeNull();
  });
});

describe('Arabic: the imperfect of a deed verb tells an incident', () => {
  it('headline present tense', () => {
    expect(blamed('الجيش السوري يقصف مواقع المسلحين في ريف إدلب.')).toBe('government');
    expect(blamed('إسرائيل تستهدف مواقع في ريف دمشق.')).toBe('other');
    expect(blamed('الحوثيون يستهدفون السعودية بطائرات مسيرة.')).toBe('other');
    expect(blamed('أنقرة تقصف مواقع قوات سوريا الديمقراطية في ريف الحسكة.')).toBe('other');
  });
  it('not the future, nor a negated present', () => {
    expect(readClaims('إسرائيل ستقصف أي شحنة أسلحة إيرانية في سوريا.', lexicon).claims.staged).toBeNull();
    expect(blamed('روسيا لا تقصف المدنيين في سوريا، قال بيسكوف.')).toBeNull();
  });
});

describe('Arabic: a definite name of several words after "لل"', () => {
  it('after a deed noun or an accusation it is the doer or the accused', () => {
    expect(blamed('مقتل مدنيين بغارات للتحالف الدولي على الرقة.')).toBe('west');
    expect(blamed('قتل جنود في هجوم للجماعات المسلحة على حاجز للقوات الحكومية.')).toBe('opposition');
    expect(blamed('وجهت الولايات المتحدة الاتهام للحكومة السورية بشن الهجوم الكيميائي.')).toBe('government');
  });
  it('as a holder or a patron it is no party', () => {
    expect(blamed('قصفت الطائرات الروسية مواقع تابعة للجماعات المسلحة في ريف إدلب.')).toBe('russia');
    expect(blamed('قصفت قوات النظام مناطق خاضعة للمعارضة المسلحة في الغوطة.')).toBe('government');
  });
});

describe('Russian: words that name no party in their context, and new names', () => {
  it('"режим" as a mode or a set of rules is no government', () => {
    expect(blamed('Члены радикальных группировок, не соблюдающих режим прекращения огня в Сирии, обстреляли из минометов жилые кварталы Дамаска.')).toBe('opposition');
    expect(blamed('Режим Асада применил хлор в Думе, заявили в Госдепе.')).toBe('government');
  });
  it('a side\'s country in the accusative after "в" is where to', () => {
    expect(blamed('Россия готовит провокацию для вторжения в Украину — США.')).toBe('russia');
  });
  it('"РФ" is a party at a clause\'s start, not after the office it qualifies', () => {
    expect(blamed('РФ готовит провокацию для вторжения в Украину.')).toBe('russia');
    expect(blamed('В Минобороны РФ заявили, что Украина готовит провокацию в Краматорске.')).toBe('ukraine');
    expect(blamed('Запрещенная в РФ группировка ИГ взяла на себя ответственность за взрыв в мечети.')).toBe('opposition');
  });
  it('the past of planning names its subject after it', () => {
    expect(blamed('ФСБ предотвратила взрыв трубопровода, который планировали украинские спецслужбы.')).toBe('ukraine');
  });
});

describe('Arabic: the one who stops a deed is not its doer', () => {
  it('the subject of foiling, arresting or dismantling a plot or a group of doers is left out', () => {
    expect(blamed('أفادت وزارة الداخلية السورية بأن قوات الأمن أحبطت مخططا إرهابيا كان ينوي استهداف أماكن مأهولة، وقبضت على خلية مسلحة استهدفت سابقا منطقة المزة بدمشق.')).toBe('opposition');
    expect(blamed('فككت قوات الأمن العراقية خلية إرهابية نفذت تفجيرات في بغداد.')).toBe('opposition');
    expect(blamed('ألقت قوات الأمن القبض على خلية إرهابية نفذت تفجيرات في دمشق.')).toBe('opposition');
  });
  it('an arrest of protesters with a deed of its own keeps the police the doer; "ألقت" of bombs is no arrest', () => {
    expect(blamed('ألقت قوات الأمن القبض على متظاهرين وأطلقت الغاز المسيل للدموع عليهم.')).toBe('other');
    expect(blamed('ألقت مروحيات النظام صواريخ وبراميل متفجرة على داريا.')).toBe('government');
  });
});

describe('Russian: dispersing a crowd is an incident', () => {
  it('with or without a named gas, the police of the state named', () => {
    expect(blamed('Грузинский спецназ разогнал митинг оппозиции у здания парламента.')).toBe('other');
    expect(blamed('В Белграде полиция разогнала протестующих с помощью слезоточивого газа.')).toBe('other');
  });
  it('no crowd, no incident', () => {
    expect(readClaims('Грузинский спецназ разогнал тучи над парламентом.', lexicon).claims.staged).toBeNull();
  });
});

describe('Arabic: aggression, suppression, Houthi nisba, a group head before the announcer', () => {
  it('"العدوان الإسرائيلي" is an incident by Israel; another side\'s aggression is war', () => {
    expect(blamed('سانا: وسائط دفاعنا الجوي تتصدى لعدوان إسرائيلي على محيط دمشق.')).toBe('other');
    expect(blamed('الخارجية السورية تدين العدوان الإسرائيلي على مواقع في ريف دمشق.')).toBe('other');
    expect(readClaims('ندد البيان بالعدوان الروسي على أوكرانيا.', lexicon).claims.staged).toBeNull();
  });
  it('suppressing or dispersing protests is an incident', () => {
    expect(blamed('قمعت قوات الأمن الإيرانية الاحتجاجات في طهران.')).toBe('other');
    expect(readClaims('فرقت الحكومة الأموال على المحافظات.', lexicon).claims.staged).toBeNull();
  });
  it('an indefinite Houthi nisba; "أعلنت جماعة X استهداف" is X\'s claim of its deed', () => {
    expect(blamed('مسيرة حوثية تستهدف سفينة تجارية في البحر الأحمر.')).toBe('other');
    expect(blamed('أعلنت جماعة الحوثي استهداف سفينة إسرائيلية في البحر الأحمر.')).toBe('other');
  });
});

describe('Arabic: involvement in a war and the passive "killed" name no doer', () => {
  it('"متورطة في الحرب" is no deed; involvement in the attack is', () => {
    expect(blamed('روسيا متورطة في الحرب السورية منذ 2015، وقد قتل آلاف المدنيين في الهجمات.')).toBeNull();
    expect(blamed('قوات النظام متورطة في الهجوم الكيميائي على خان شيخون.')).toBe('government');
    expect(blamed('أكد التقرير تورط روسيا في الهجوم على المستشفى.')).toBe('russia');
  });
  it('made-in is no blame: the user of the weapon is', () => {
    expect(blamed('قصفت طائرات النظام مدينة سراقب بقنابل روسية الصنع تحوي غاز الكلور.')).toBe('government');
    expect(blamed('عثر فريق التحقيق على بقايا قذيفة روسية الصنع في موقع الهجوم الكيميائي.')).toBeNull();
  });
});

describe('Arabic: filmers of a staging', () => {
  it('"يصورون مسرحية" stages it', () => {
    expect(readClaims('عناصر الخوذ البيضاء يصورون مسرحية هجوم كيميائي في إدلب.', lexicon).claims).toMatchObject({ blamed: 'white-helmets', staged: true });
  });
});
