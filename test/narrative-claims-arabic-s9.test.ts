/**
 * Session 9 review fixes of the Arabic claim reader (code review s8 A1, A2, A4), on sentences written for the test
 * (not taken from a split): a party's own proclitic preposition, the words whose first letter is their own, and the
 * attribution lists compiled once.
 */
import { describe, expect, it } from 'vitest';
import * as R from '../src/core/narrative/claim-arabic-roles.js';
import { arabicNormalise } from '../src/core/narrative/claim-arabic.js';
import { strip } from '../src/core/narrative/claim-arabic-text.js';
import { arabicSpeech } from '../src/core/narrative/claim-arabic-voice.js';
import { STATE } from '../src/core/narrative/claim-arabic-words.js';
import { capitalPatterns, claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { foldString } from '../src/core/narrative/text-tokenise.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const fold = (t: string) => arabicNormalise(foldString(t.toLowerCase()));
/** the reading of the given rules, the parties placed by hand at the first occurrence of their folded spelling */
function read(text: string, parties: [string, string, boolean?][], rules: { excluding?: R.ArRule[]; framing?: R.ArRule[]; party?: R.ArRule[] }) {
  const s = fold(text);
  // (a third element marks a capital, as the lexicon's "@" does)
  const ps = parties.map(([w, value, capital]) => {
    const at = s.indexOf(foldString(w));
    if (at < 0) throw new Error(`no ${w} in ${text}`);
    return { value, at, end: at + foldString(w).length, capital };
  });
  const r = R.readArabic(s, ps, [], { excluding: rules.excluding ?? [], framing: rules.framing ?? [], party: rules.party ?? [] });
  return { frames: r.frames.map((f) => `${ps[f.party].value}:${f.role}`), excluded: [...r.excluded].sort().map((i) => ps[i].value) };
}

describe('A1: a party records its own proclitic preposition', () => {
  it('the lead letters before a party in its word', () => {
    expect(R.partyProclitic('ل')).toBe('ل');
    expect(R.partyProclitic('لل')).toBe('ل');
    expect(R.partyProclitic('وب')).toBe('ب');
    expect(R.partyProclitic('بال')).toBe('ب');
    expect(R.partyProclitic('')).toBe('');
    expect(R.partyProclitic('و')).toBe('');
    expect(R.partyProclitic('ال')).toBe('');
    // letters of a longer word are no proclitic
    expect(R.partyProclitic('مع')).toBe('');
  });
  it('"حمّل X مسؤولية الهجوم لـ Y": Y is held responsible, X holds', () => {
    expect(read('حملت المعارضة مسؤولية الهجوم لقوات الأسد', [['المعارضة', 'opposition'], ['قوات الأسد', 'government']], { framing: [R.holdingResponsible] })).toEqual({ frames: ['government:accused'], excluded: ['opposition'] });
    expect(readClaims('حمّلت المعارضة مسؤولية الهجوم بغاز الكلور لقوات الأسد', lexicon).claims.blamed).toBe('government');
    expect(readClaims('وحمل الائتلاف السوري مسؤولية الهجوم الكيميائي لقوات النظام', lexicon).claims.blamed).toBe('government');
  });
  it('a party after "لـ" is no idafa agent of a deed noun', () => {
    expect(read('تنديد باستخدام لقوات الأسد', [['قوات الأسد', 'government']], { framing: [R.deedNounIdafa] }).frames).toEqual([]);
    expect(read('تنديد باستخدام قوات الأسد للكلور', [['قوات الأسد', 'government']], { framing: [R.deedNounIdafa] }).frames).toEqual(['government:agent']);
  });
});

describe('a party rule reads the party\'s own word', () => {
  it('pass 1 never read a party\'s own token: the capital rule runs at each party', () => {
    expect(R.PARTY_RULES).toContain(R.capitalAsCity);
    expect(R.EXCLUDING_RULES).not.toContain(R.capitalAsCity);
    const s = fold('قال دبلوماسي في موسكو إن المسلحين قصفوا الحي بالكلور');
    const at = s.indexOf('موسكو');
    expect([...R.readArabic(s, [{ value: 'russia', at, end: at + 5 }]).excluded]).toEqual([0]);
  });
});

describe('A2: proclitics are split off whole words only', () => {
  it('names and particles whose first letter is their own stay whole', () => {
    for (const w of ['بيروت', 'ليبيا', 'لبنان', 'لندن', 'باريس', 'بريطانيا', 'كييف', 'بوتين', 'لكن', 'ليس', 'كانت', 'بين']) expect(strip(w)).toEqual({ b: w, prep: '' });
    // with a proclitic of their own, that is split off
    expect(strip('وبيروت')).toEqual({ b: 'بيروت', prep: '' });
    expect(strip('لبيروت')).toEqual({ b: 'بيروت', prep: 'ل' });
    // every capital and state of the word classes survives strip
    for (const w of [...capitalPatterns().join(' ').matchAll(/[\u0621-\u064a]+/g), ...STATE.source.matchAll(/[\u0621-\u064a]+/g)].map((m) => m[0])) expect(strip(w).b).toBe(w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);
  });
  it('a word that only begins like a particle loses its preposition: "لاتهام", "لمحاولة", "بلا" stays', () => {
    expect(strip('لاتهام')).toEqual({ b: 'اتهام', prep: 'ل' });
    expect(strip('لمحاوله')).toEqual({ b: 'محاوله', prep: 'ل' });
    expect(strip('بعدما')).toEqual({ b: 'بعدما', prep: '' });
    expect(strip('للنظام')).toEqual({ b: 'نظام', prep: 'ل' });
  });
  it('"لاتهام" is a purpose, not an accusation noun with its own accused', () => {
    expect(read('أعد المسلحون مسرحية لاتهام الجيش السوري بشن الهجوم', [['المسلحون', 'opposition'], ['الجيش السوري', 'government']], { framing: [R.accusation] }).frames).toEqual([]);
  });
  it('a capital after a preposition is the city, a state after a strike is war', () => {
    expect(read('قال دبلوماسي في لندن', [['لندن', 'west', true]], { party: [R.capitalAsCity] }).excluded).toEqual(['west']);
    expect(read('قال دبلوماسي في باريس', [['باريس', 'west', true]], { party: [R.capitalAsCity] }).excluded).toEqual(['west']);
    expect(read('عقد اجتماع بموسكو', [['موسكو', 'russia', true]], { party: [R.capitalAsCity] }).excluded).toEqual(['russia']);
    // a capital that begins with ب is no "بـ" + city: Paris as an argument stays
    expect(read('اتهمت باريس النظام بشن الهجوم', [['باريس', 'west', true]], { party: [R.capitalAsCity] }).excluded).toEqual([]);
    expect(read('الجيش الإسرائيلي يستعد لضرب لبنان', [['الجيش الإسرائيلي', 'other']], { excluding: [R.stateStriker] }).excluded).toEqual(['other']);
  });
});

describe('A4: the attribution lists are compiled once', () => {
  it('the same answers on repeated calls, with a global or a sticky-free list', () => {
    const said = /(?<![\p{L}])[وف]?قال\p{L}*(?![\p{L}])/gu;
    const a = fold('قصفت قوات النظام البلدة ثم قالت الوزارة إن المسلحين قصفوا الحي');
    for (let i = 0; i < 3; i++) {
      expect(arabicSpeech(a, said)).toBe('قالت');
      expect(arabicSpeech(fold('قالت الوزارة'), said)).toBe('قالت');
      expect(arabicSpeech(fold('ندد المجلس بالهجوم'), said)).toBe('ندد');
      expect(arabicSpeech(fold('قصفت قوات النظام البلدة'), said)).toBeNull();
    }
  });
});

const blamed = (t: string) => readClaims(t, lexicon).claims.blamed;

describe('roles that are never the blamed: victims, the subjected, self-denial, a country as a place', () => {
  it('victims: a party counted by people after a word of harm, or in the ranks of one', () => {
    expect(read('قتل عشرة جنود من الجيش السوري في هجوم', [['الجيش السوري', 'government']], { excluding: [R.victims] }).excluded).toEqual(['government']);
    expect(read('أصيب مقاتلون من المعارضة بحالات اختناق', [['المعارضة', 'opposition']], { excluding: [R.victims] }).excluded).toEqual(['opposition']);
    expect(read('وقعت إصابات في صفوف قوات النظام', [['قوات النظام', 'government']], { excluding: [R.victims] }).excluded).toEqual(['government']);
    // the active "قتل" with an object after the party: its people are the killers
    expect(read('قتل مسلحون من المعارضة ثلاثة جنود', [['المعارضة', 'opposition']], { excluding: [R.victims] }).excluded).toEqual([]);
    // people of a side with no harm near them do the deed
    expect(read('قصف عناصر من قوات النظام البلدة', [['قوات النظام', 'government']], { excluding: [R.victims] }).excluded).toEqual([]);
    expect(blamed('قتل عشرة جنود من الجيش السوري في هجوم بغاز الكلور في ريف حلب')).toBeNull();
    expect(blamed('أصيب مقاتلون من المعارضة بحالات اختناق إثر قصف بغاز الكلور على مواقعهم')).toBeNull();
  });
  it('the subject of "تعرّض لـ" suffers the deed; a doer after "لـ" stays', () => {
    expect(read('جنود أوكرانيون تعرضوا لغاز مسيل للدموع', [['أوكرانيون', 'ukraine']], { excluding: [R.subjectedTo] }).excluded).toEqual(['ukraine']);
    expect(read('تعرضت قوات الجيش السوري لهجوم بالغازات السامة', [['قوات الجيش السوري', 'government']], { excluding: [R.subjectedTo] }).excluded).toEqual(['government']);
    expect(read('تعرضت البلدة لقصف قوات النظام', [['قوات النظام', 'government']], { excluding: [R.subjectedTo] }).excluded).toEqual([]);
    expect(blamed('تعرضت القوات العراقية لهجوم بغاز الخردل شنه تنظيم داعش غربي الموصل')).toBe('opposition');
  });
  it("self-denial: the denier's own side in the claim it rejects is no blamed; a third party's rejection reports", () => {
    expect(read('رفضت موسكو الاتهامات بأن القوات الروسية استخدمت أسلحة كيميائية', [['موسكو', 'russia'], ['القوات الروسية', 'russia']], { excluding: [R.selfDenial] }).excluded).toEqual(['russia']);
    expect(read('رفضت موسكو الاتهامات بأن القوات السورية استخدمت أسلحة كيميائية', [['موسكو', 'russia'], ['القوات السورية', 'government']], { excluding: [R.selfDenial] }).excluded).toEqual([]);
    expect(blamed('رفضت موسكو الاتهامات الغربية بأن القوات الروسية استخدمت أسلحة كيميائية في أوكرانيا')).toBeNull();
    expect(blamed('قالت الخارجية الروسية إن الاتهامات الغربية لدمشق باستخدام الكيميائي لا أساس لها')).toBe('government');
  });
  it('a country after "في" or with its own "بـ" is a place', () => {
    expect(read('استخدمت أسلحة كيميائية في أوكرانيا', [['أوكرانيا', 'ukraine']], { party: [R.countryAsPlace] }).excluded).toEqual(['ukraine']);
    expect(read('استخدمت أسلحة كيميائية بأوكرانيا', [['أوكرانيا', 'ukraine']], { party: [R.countryAsPlace] }).excluded).toEqual(['ukraine']);
    expect(read('اتهمت أوكرانيا روسيا باستخدام الكلوروبكرين', [['أوكرانيا', 'ukraine'], ['روسيا', 'russia']], { party: [R.countryAsPlace] }).excluded).toEqual([]);
  });
  it('a poisoned atmosphere is a metaphor; a poisoning verb is a deed', () => {
    expect(blamed('نوفيتشوك نافالني يسمم الأجواء الروسية الألمانية')).toBeNull();
    expect(blamed('قالت ألمانيا إن الأجهزة الأمنية الروسية سممت المعارض نافالني بغاز نوفيتشوك')).toBe('russia');
  });
});

describe('who the police and forces of a state are (README dev-v11 calls 1-2) and tear-gas grenades', () => {
  it('a force or police noun with a state nisba is that state; states outside the named sides are other', () => {
    expect(blamed('أطلقت الشرطة العراقية الغاز المسيل للدموع على المتظاهرين في بغداد')).toBe('other');
    expect(blamed('أطلقت قوات الأمن العراقية الغاز المسيل للدموع على المحتجين في ساحة التحرير')).toBe('other');
    expect(blamed('استخدمت الشرطة البولندية الغاز المسيل للدموع ضد المهاجرين على الحدود')).toBe('west');
    expect(blamed('أكدت ماليزيا أن عملاء كوريين شماليين قتلوا كيم جونغ نام بغاز في إكس')).toBe('other');
    // the bare country is not named as the doer (the victim's country in the Kim Jong Nam stories)
    expect(blamed('قالت ماليزيا إن الأخ غير الشقيق لزعيم كوريا الشمالية لقي مصرعه بغاز أعصاب')).toBeNull();
  });
  it('tear-gas grenades are the riot-control agent', () => {
    const c = readClaims('استخدمت الشرطة الإسرائيلية قنابل الغاز ضد المصلين في المسجد الأقصى', lexicon);
    expect(c.claims.blamed).toBe('other');
    expect(c.claims.agent).toBe('chemical');
  });
  it('"بإطلاق" (with firing) is no "باطل" (void): the accusation stands', () => {
    expect(blamed('اتهمت منظمة العفو الدولية الحرس الثوري بإطلاق الغاز المسيل للدموع على المحتجين')).toBe('other');
    expect(blamed('اتهمت مصادر موالية للحكومة السورية قوات المعارضة بإطلاق صاروخ يحمل مواد كيماوية')).toBe('opposition');
  });
});

describe('bare police and security forces, more states, Russians as people (dev-v12 construction, invented sentences)', () => {
  it('police and security forces named bare are the outlet\'s own state\'s, other; with a nisba, that state\'s side', () => {
    expect(blamed('ألقت قوات الأمن قنابل مسيلة للدموع على المتظاهرين في الساحة')).toBe('other');
    expect(blamed('أطلقت القوى الأمنية الغاز المسيل للدموع على المحتجين قرب البرلمان')).toBe('other');
    expect(blamed('أطلقت قوات الأمن السورية الغاز المسيل للدموع على المتظاهرين في درعا')).toBe('government');
    expect(blamed('أطلقت الشرطة الفرنسية الغاز المسيل للدموع على المحتجين')).toBe('west');
    // a police speaker is no doer
    expect(blamed('قالت الشرطة إن مجهولين ألقوا عبوة غاز في المركز التجاري')).toBeNull();
  });
  it('armies named in the dual, Ethiopia and Eritrea; Haftar and Hamas (knowledge/claim-parties.yaml)', () => {
    expect(blamed('قال تقرير إن الجيشين الإثيوبي والإريتري استخدموا الفسفور الأبيض في الإقليم')).toBe('other');
    expect(blamed('اتهمت حكومة طرابلس قوات حفتر باستخدام غاز سام في جنوب العاصمة')).toBe('other');
    expect(blamed('قال الجيش الإسرائيلي إن حركة حماس خططت لاستخدام السيانيد في هجوم')).toBe('other');
  });
  it('Russians as people: "لروسيين اثنين في تسميم"', () => {
    expect(blamed('وجهت بريطانيا الاتهام لروسيين اثنين بتسميم العميل السابق بغاز نوفيتشوك')).toBe('russia');
  });
});

describe('more constructions (invented sentences)', () => {
  it('the imperfect resumptive of using or dropping names its subject; an ongoing military operation does not', () => {
    expect(read('غازات سامة يستخدمها جيش الاحتلال في قمع المتظاهرين', [['جيش الاحتلال', 'other']], { framing: [R.resumptiveRelative] }).frames).toEqual(['other:agent']);
    expect(read('العملية العسكرية التي ينفذها الجيش السوري في درعا', [['الجيش السوري', 'government']], { framing: [R.resumptiveRelative] }).frames).toEqual([]);
    expect(blamed('غازات غريبة يستخدمها الاحتلال الإسرائيلي في قمع المتظاهرين')).toBe('other');
  });
  it('"تعمّد" and "عاد إلى" are light verbs before a deed noun', () => {
    expect(read('تعمد جيش الاحتلال ارتكاب جريمة بالغازات', [['جيش الاحتلال', 'other']], { framing: [R.lightVerb] }).frames).toEqual(['other:agent']);
    expect(read('عادت قوات النظام إلى استخدام الكلور', [['قوات النظام', 'government']], { framing: [R.lightVerb] }).frames).toEqual(['government:agent']);
  });
  it('"مسؤولة على الأرجح عن": a hedge between; the responsibility is the subject\'s, a party after it is no doer', () => {
    expect(read('قالت إن روسيا مسؤولة على الأرجح عن الهجوم', [['روسيا', 'russia']], { framing: [R.responsiblePredicate] }).frames).toEqual(['russia:agent']);
    expect(read('إن النظام مسؤول عن الهجوم بحسب المخابرات الأمريكية', [['النظام', 'government'], ['المخابرات الأمريكية', 'west']], { framing: [R.responsiblePredicate] })).toEqual({ frames: ['government:agent'], excluded: ['west'] });
    expect(blamed('قالت رئيسة الوزراء البريطانية إن روسيا مسؤولة على الأرجح عن تسميم العميل السابق')).toBe('russia');
  });
  it('self-denial reaches into the rejected claim\'s relative clause ("اتهامات ... التي تقول إن")', () => {
    expect(blamed('نفى الكرملين اتهامات المعارض التي تقول إن الرئيس الروسي كان مسؤولا عن تسميمه')).toBeNull();
  });
  it('the poisoning of him, and gases the item calls unknown, are the incident and a chemical', () => {
    expect(readClaims('اتهم المعارض الكرملين بتسميمه', lexicon).voice).toBe('reports');
    expect(readClaims('استخدمت القوات غازات مجهولة في الحي', lexicon).claims.agent).toBe('chemical');
  });
});

describe('a pretext and a retaliating strike name no doer (invented sentences)', () => {
  it('who uses an attack as a pretext is not its doer', () => {
    expect(read('الغرب يستخدم الهجوم الكيميائي ذريعة لضرب سوريا', [['الغرب', 'west']], { excluding: [R.pretextUser] }).excluded).toEqual(['west']);
    expect(read('استخدم الجيش غاز الكلور ضد المدنيين', [['الجيش', 'government']], { excluding: [R.pretextUser] }).excluded).toEqual([]);
    expect(blamed('قال لافروف إن الغرب يستخدم الهجوم الكيميائي المزعوم ذريعة لضرب سوريا')).toBeNull();
  });
  it('a striker in response to a chemical attack wages war; the attack\'s named doer stays', () => {
    expect(blamed('شنت الولايات المتحدة ضربات صاروخية على مطار الشعيرات بعد الهجوم الكيميائي في خان شيخون')).toBeNull();
    expect(blamed('شنت الولايات المتحدة ضربات صاروخية على مطار الشعيرات ردا على الهجوم الكيميائي الذي نفذه النظام السوري في خان شيخون')).toBe('government');
  });
});
