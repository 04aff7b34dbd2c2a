/**
 * Session 26 (room clprep): the `prepared` slot, read by the grammar of the future and of preparation (claim-intent.ts,
 * claim-slots.ts): a counted time ahead ("within the next 24-36 hours", «в течение 48 часов», «خلال 24 إلى 36 ساعة»), the
 * future with an adverb ("will soon stage"), a modal forecast of a light deed verb with its object ("may conduct another
 * false flag operation"), the destroying of a structure planned or in the future ("plan to blow up the bridge", «взорвут
 * его», «سيفجرون الجسر»), an Arabic military strike as an object of intent ("تنوي ... شن ضربة عسكرية"), and a document
 * prepared about an attack («подготовили заявление о химической атаке») that announces nothing. Each rule has positives
 * and near misses that must not fire (a past deed, a negation, a condition, a repair, a storm). Sentences written for
 * this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;

describe('a counted time ahead puts the deed of its sentence ahead', () => {
  it('reads it in English, Russian and Arabic', () => {
    expect(prepared('The US expects an Iranian attack on Israel in the next two days.')).toBe(true);
    expect(prepared('Officials say a chemical attack is likely within 48 hours.')).toBe(true);
    expect(prepared('По данным разведки, боевики устроят провокацию с хлором в течение 48 часов.')).toBe(true);
    expect(prepared('قالت الوزارة إن المسلحين يعدون مسرحية كيميائية خلال 24 إلى 36 ساعة.')).toBe(true);
  });
  it('not for a past event, a negation or a condition', () => {
    expect(prepared('The attack killed 20 people within two hours of the first strike.')).toBe(false);
    expect(prepared('There will be no chemical attack in the next two days, the ministry said.')).toBe(false);
    expect(prepared('If talks fail, a strike could follow within 48 hours.')).toBe(false);
  });
});

describe('the future with an adverb and a modal forecast of a light deed verb', () => {
  it('reads "will soon stage", "will once again carry out", "may conduct another false flag operation"', () => {
    expect(prepared('According to our information, the militants will soon stage a chemical attack to accuse government forces.')).toBe(true);
    expect(prepared('The terrorists will once again carry out a provocation with chlorine.')).toBe(true);
    expect(prepared('India may conduct another false flag operation in Kashmir.')).toBe(true);
    expect(prepared('Russia could mount a staged attack to justify an invasion.')).toBe(true);
  });
  it('not for a negation, a past modal or a light verb whose object is no deed', () => {
    expect(prepared('The militants will not stage a chemical attack, the ministry said.')).toBe(false);
    expect(prepared('India may have conducted a false flag operation in Pulwama.')).toBe(false);
    expect(prepared('The UN could conduct an inquiry into the attack on the convoy.')).toBe(false);
    expect(prepared('The ministry could arrange a meeting with the victims of the attack.')).toBe(false);
  });
});

describe('destroying a structure, planned or in the future', () => {
  it('reads it in English, Russian and Arabic', () => {
    expect(prepared('Russia\'s defence ministry has information that Ukrainian nationalists will blow up the bridge and blame Russian troops.')).toBe(true);
    expect(prepared('Ukrainian forces have mined the bridge and plan to blow it up and blame Russia.')).toBe(true);
    expect(prepared('The Russian ministry said Ukrainian saboteurs plan to blow up the ammonia pipeline and blame Moscow.')).toBe(true);
    expect(prepared('ВСУ намерены взорвать мост и обвинить в этом российские войска.')).toBe(true);
    expect(prepared('Украинские военные заминировали мост и взорвут его, чтобы обвинить Россию.')).toBe(true);
    expect(prepared('Минобороны располагает информацией, что ВСУ взорвут плотину и обвинят Россию.')).toBe(true);
    expect(prepared('المسلحون سيفجرون الجسر ويتهمون الجيش الروسي.')).toBe(true);
  });
  it('not for a past deed, a negation, a condition, a repair or a storm', () => {
    expect(prepared('Ukrainian forces blew up the bridge while retreating.')).toBe(false);
    expect(prepared('The army said it will not blow up the dam.')).toBe(false);
    expect(prepared('If Russia advances, Ukraine will destroy the bridge.')).toBe(false);
    expect(prepared('Engineers plan to repair the bridge next month.')).toBe(false);
    expect(prepared('The storm will hit the power plant on Friday.')).toBe(false);
    expect(prepared('ВСУ взорвали мост при отступлении.')).toBe(false);
    expect(prepared('Если российские войска прорвутся, украинские военные взорвут мост.')).toBe(false);
    expect(prepared('Инженеры планируют восстановить мост.')).toBe(false);
    expect(prepared('فجر المسلحون الجسر أثناء انسحابهم.')).toBe(false);
    expect(prepared('إذا تقدم الجيش فسيفجر المسلحون الجسر.')).toBe(false);
  });
});

describe('an Arabic military strike is the object of intent and of the future', () => {
  it('reads "تنوي ... شن ضربة عسكرية", "ستقوم ... بضربة عسكرية"', () => {
    expect(prepared('تنوي الولايات المتحدة شن ضربة عسكرية على سوريا.')).toBe(true);
    expect(prepared('ستقوم الهند بضربة عسكرية ضد باكستان خلال الأيام المقبلة.')).toBe(true);
    expect(prepared('لدى باكستان معلومات استخباراتية موثوقة بأن الهند تعتزم شن ضربة عسكرية خلال 24 إلى 36 ساعة.')).toBe(true);
  });
  it('not for a strike told as past or one the plan is to investigate', () => {
    expect(prepared('شنت الولايات المتحدة ضربة عسكرية على سوريا.')).toBe(false);
    expect(prepared('تعتزم الأمم المتحدة التحقيق في الضربة العسكرية على القرية.')).toBe(false);
  });
});

describe('a document prepared about an attack announces nothing', () => {
  it('«подготовили заявление», "أعدت ... بيانا", "preparing a statement"', () => {
    expect(prepared('В Минобороны подготовили заявление о химической атаке.')).toBe(false);
    expect(prepared('أعدت الوزارة بيانا حول الهجوم الكيميائي في دوما.')).toBe(false);
    expect(prepared('The ministry is preparing a statement on the chemical attack.')).toBe(false);
  });
  it('while a provocation prepared still is one', () => {
    expect(prepared('Боевики подготовили провокацию с применением хлора.')).toBe(true);
    expect(prepared('المسلحون يعدون لاستفزاز باستخدام مواد سامة في ريف حماة.')).toBe(true);
    expect(prepared('The militants are preparing a provocation with chlorine.')).toBe(true);
  });
});

describe('an attack or provocation predicated as possible ahead ("may occur at any time")', () => {
  it('reads it in English, Russian and Arabic, and a quoted noun after "possible"', () => {
    expect(prepared('Provocations involving chemical weapons may occur at any time, Lavrov said.')).toBe(true);
    expect(prepared('Провокации с применением химического оружия могут произойти в любой момент.')).toBe(true);
    expect(prepared('قال لافروف إن الاستفزازات باستخدام الأسلحة الكيميائية في سوريا يمكن أن تحدث في أي وقت.')).toBe(true);
    expect(prepared('U.S. warns of possible Russian ‘false flag’ action')).toBe(true);
  });
  it('not for a past modal, a negation or a perfect', () => {
    expect(prepared('The attack may have occurred at night, witnesses said.')).toBe(false);
    expect(prepared('Chemical attacks like the one in Douma did not happen by chance.')).toBe(false);
    expect(prepared('Провокация не может произойти без участия спецслужб, считает эксперт.')).toBe(false);
    expect(prepared('الهجوم الكيميائي قد حدث في الصباح.')).toBe(false);
  });
});

describe('"will attack" / "will strike" with a state as its object', () => {
  it('reads the future deed on a state', () => {
    expect(prepared('Intelligence indicates that Iran will attack Israel within the next two days.')).toBe(true);
    // (s26 fixcl, review-s26 C2: a bare threat of a strike on a state is no announced incident; see
    // narrative-claims-fixcl-s26.test.ts)
    expect(prepared('Trump says the US will strike Syria.')).toBe(false);
  });
  it('not under a condition or a negation, in the past, or on fighters (an offensive)', () => {
    expect(prepared('Israel will attack Iran if it enriches uranium.')).toBe(false);
    expect(prepared('Iran will not attack Israel, the minister said.')).toBe(false);
    expect(prepared('Iran attacked Israel last April.')).toBe(false);
    expect(prepared('The army will attack the terrorists in Idlib.')).toBe(false);
  });
});

describe('a plan denied by its holder, or with no evidence, announces nothing', () => {
  it('reads the denial in English, Russian and Arabic', () => {
    expect(prepared('Russia denied that it was preparing a chemical attack.')).toBe(false);
    expect(prepared('Kyiv denies it is preparing any provocation at the nuclear plant.')).toBe(false);
    expect(prepared('There is no evidence that Ukraine intends to stage a provocation.')).toBe(false);
    expect(prepared('Киев отрицает, что готовит провокацию на Запорожской АЭС.')).toBe(false);
    expect(prepared('نفت وزارة الدفاع أن الجيش يعد لاستفزاز كيميائي.')).toBe(false);
  });
  it('while a rejected claim of a plan, or a plan told after a denial of something else, stays announced', () => {
    expect(prepared('Moscow rejected US claims that Russia is preparing a chemical provocation.')).toBe(true);
    expect(prepared('Russia denied using chemical weapons and said militants are preparing a provocation in Idlib.')).toBe(true);
    expect(prepared('Захарова назвала ложью заявления США о том, что Россия готовит провокацию.')).toBe(true);
    expect(prepared('نفت روسيا الاتهامات وقالت إن المسلحين يعدون لاستفزاز كيميائي في إدلب.')).toBe(true);
  });
});

describe('a headline participle of expectation, the noun of blowing up, and a purpose of destroying', () => {
  it('reads them', () => {
    expect(prepared('Indian military strike expected in next 24-36 hours, says minister')).toBe(true);
    expect(prepared('Another false flag attack by India is feared ahead of the elections.')).toBe(true);
    expect(prepared('Киевский режим готовит подрыв моста с последующим обвинением российских войск.')).toBe(true);
    expect(prepared('Мизинцев: ВСУ заминировали мосты, чтобы взорвать их и обвинить Россию.')).toBe(true);
    expect(prepared('Ukraine mined the bridge in order to blow it up and accuse Russia.')).toBe(true);
  });
  it('not for a toll feared, a past imperfective plan, or a bridge blown up', () => {
    expect(prepared('The attack is feared to have killed dozens of people.')).toBe(false);
    expect(prepared('Военные готовили подрыв моста, но взрыв произошёл раньше.')).toBe(false);
    expect(prepared('Мост через Десну был взорван отступающими украинскими войсками.')).toBe(false);
    expect(prepared('The Desna bridge was blown up by retreating Ukrainian troops, the ministry said.')).toBe(false);
  });
});

describe('an attack that dates the plan, and the Arabic "يُعدّ" of counting, announce nothing', () => {
  it('a plan after a definite attack, and "يعد الهجوم ... من أسوأ"', () => {
    expect(prepared('تستعد الحكومة لإعادة إعمار المنطقة بعد الهجوم الكيميائي.')).toBe(false);
    expect(prepared('The government plans to rebuild the hospital after the chemical attack.')).toBe(false);
    expect(prepared('Власти планируют восстановление школы после теракта.')).toBe(false);
    expect(prepared('يعد الهجوم الكيميائي على الغوطة من أسوأ الهجمات في الحرب.')).toBe(false);
  });
  it('while a staging after which the blame is planned, and the Arabic preparing of a staging, stay announced', () => {
    expect(prepared('ينوي الإرهابيون اتهام الجيش السوري بعد فبركة هجوم كيميائي.')).toBe(true);
    expect(prepared('The militants plan to accuse the army after staging a chemical attack.')).toBe(true);
    expect(prepared('الإرهابيون يعدون مسرحية كيميائية جديدة لاتهام الجيش السوري.')).toBe(true);
    expect(prepared('تعد جبهة النصرة لفبركة هجوم كيميائي مزعوم.')).toBe(true);
  });
});

describe('a warning not to stage, doers stopped while preparing, and the Russian «инсценируют»', () => {
  it('a negated staging and a preparing cut short announce nothing', () => {
    expect(prepared('The US warned Russia not to stage a false flag operation.')).toBe(false);
    expect(prepared('Боевики были уничтожены при подготовке к провокации.')).toBe(false);
    expect(prepared('Two militants were killed while preparing to fire chemical shells.')).toBe(false);
    expect(prepared('Russia prepares for war and will attack Ukraine.')).toBe(false);
  });
  it('while a staging under way or ahead is announced', () => {
    expect(prepared('Боевики инсценируют химическую атаку и обвинят сирийскую армию.')).toBe(true);
    expect(prepared('Militants who escaped the strike are preparing a new provocation with chlorine.')).toBe(true);
    expect(prepared('Боевики инсценировали химическую атаку в Думе.')).toBe(false);
  });
});

describe('a Russian modal with a light verb and a staging as its object', () => {
  it('reads «может провести операцию под ложным флагом», «могут осуществить провокацию»', () => {
    expect(prepared('Индия может провести операцию под ложным флагом в Кашмире.')).toBe(true);
    expect(prepared('Боевики могут осуществить провокацию с хлором.')).toBe(true);
  });
  it('not an inquiry, a negation, or a staging named after the fact', () => {
    expect(prepared('Следователи могут провести расследование провокации в Думе.')).toBe(false);
    expect(prepared('Индия не может провести операцию под ложным флагом, заявил министр.')).toBe(false);
    expect(prepared('Пакистан назвал теракт в Пулваме операцией под ложным флагом.')).toBe(false);
  });
});
