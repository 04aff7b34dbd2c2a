/**
 * Session 32 (room clprep): the future of a hostile event as its subject ("the strikes will continue", «удары будут
 * продолжены», «الضربات ستستمر», "more strikes are coming", «الرد قادم»), an intent or a deed kept up with a strike verb and a
 * target of force ("intends to hit Hezbollah targets", "would keep attacking ships"), warned modals of a strike verb («ВСУ могут
 * атаковать», «قد تقصف»), promises of new attacks by a noun, "will not go unanswered" (claim-prepared-future.ts); a plan whose
 * attack is the complement of another verb, a future passive's subject headed by another noun, an Arabic plan denied by its
 * holder (claim-slots.ts). Sentences written for this test (none copied from a split): positives and hard negatives
 * (exercises, aid, talks, inquiries, funerals and rebuilding, labour strikes, conditions, negations, ongoing attacks).
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared === true;

describe('clprep s32: the future of a hostile event as its subject', () => {
  it('EN: strikes that will continue or persist, more strikes coming, a retaliation imminent', () => {
    expect(prepared('The Pentagon said the strikes on Iran-backed militias will continue in the coming days.')).toBe(true);
    expect(prepared('Biden warned that the retaliatory strikes would persist.')).toBe(true);
    expect(prepared('More strikes are coming, a senior US official told reporters.')).toBe(true);
    expect(prepared("Iran's retaliation is imminent, according to US intelligence.")).toBe(true);
    expect(prepared('"Our response began today. It will continue at times and places of our choosing," the president said.')).toBe(true);
  });
  it('RU: «удары будут продолжены», «ответ будет жёстким», «последуют»', () => {
    expect(prepared('В Минобороны заявили, что удары по объектам ВСУ будут продолжены.')).toBe(true);
    expect(prepared('Ответ России на атаку будет жёстким, заявил Песков.')).toBe(true);
    expect(prepared('Ответные удары последуют незамедлительно, пригрозили в КСИР.')).toBe(true);
  });
  it('AR: «ستستمر», «ستتواصل», «قادم», the verb first', () => {
    expect(prepared('أكد البنتاغون أن الضربات ضد الميليشيات ستستمر.')).toBe(true);
    expect(prepared('الغارات ستتواصل حتى تحقيق الأهداف، قال الجيش الإسرائيلي.')).toBe(true);
    expect(prepared('قال مسؤول أمريكي إن مزيدا من الضربات قادم.')).toBe(true);
    expect(prepared('قال المتحدث إن الهجمات على السفن ستتواصل حتى وقف العدوان على غزة.')).toBe(true);
  });
  it('hard negatives: inquiries, talks, rescue and aid continue; an ongoing attack; a negation', () => {
    expect(prepared('Investigations into the strikes will continue, the UN said.')).toBe(false);
    expect(prepared('Rescue operations will continue through the night.')).toBe(false);
    expect(prepared('The strikes by dock workers will continue next week.')).toBe(false);
    expect(prepared('Расследование обстрела будет продолжено, заявили в прокуратуре.')).toBe(false);
    expect(prepared('Учения продолжатся до конца недели.')).toBe(false);
    expect(prepared('ستتواصل التحقيقات في الغارات الأسبوع المقبل.')).toBe(false);
    expect(prepared('قال المتحدث إن المساعدات ستتواصل إلى غزة.')).toBe(false);
    expect(prepared('هجمات متواصلة بالطائرات المسيرة على بورتسودان الليلة الماضية.')).toBe(false);
    expect(prepared('The Pentagon said the strikes on the militias will not continue.')).toBe(false);
  });
});

describe('clprep s32: intents, deeds kept up and warned modals with a strike verb', () => {
  it('EN: an intent or keeping up with a target of force', () => {
    expect(prepared('Israel intends to hit Hezbollah targets across Lebanon, officials said.')).toBe(true);
    expect(prepared('The militants are getting ready to shell the town, the army said.')).toBe(true);
    expect(prepared('The Houthis said they would keep attacking ships linked to Israel.')).toBe(true);
  });
  it('RU and AR: a warned modal of a strike verb', () => {
    expect(prepared('Минобороны предупредило, что ВСУ могут атаковать Энергодар в ближайшие часы.')).toBe(true);
    expect(prepared('حذر الجيش الروسي من أن القوات الأوكرانية قد تقصف محطة زابوروجيا النووية.')).toBe(true);
    expect(prepared('توقع مسؤولون أمريكيون أن تشن إيران هجوما على إسرائيل خلال أيام.')).toBe(true);
  });
  it('hard negatives: a past plan, a launch into orbit, a figurative target, exercises, weather', () => {
    expect(prepared('Israel was poised to strike Iranian nuclear facilities in 2012, officials said.')).toBe(false);
    expect(prepared('SpaceX plans to launch rockets into orbit.')).toBe(false);
    expect(prepared('The army said it would hold exercises near the border next week.')).toBe(false);
    expect(prepared('Президент пообещал нанести сокрушительный удар по бедности.')).toBe(false);
    expect(prepared('حذر الجيش من أن الأمطار قد تسبب فيضانات.')).toBe(false);
    expect(prepared('Минобороны предупредило о возможных перебоях со связью.')).toBe(false);
  });
});

describe('clprep s32: promises of new attacks, not going unanswered', () => {
  it('a promise with an attack noun, and an attack that will not go unanswered', () => {
    expect(prepared('ХАМАС пообещал новые атаки на Израиль.')).toBe(true);
    expect(prepared('Hezbollah vowed further attacks on northern Israel.')).toBe(true);
    expect(prepared('The attack on the base will not go unanswered, the IRGC said.')).toBe(true);
    expect(prepared('أعلن الجيش السوري أنه سيرد بكل قوة وحزم على التنظيمات الإرهابية.')).toBe(true);
  });
  it('hard negatives: a condition, a letter answered', () => {
    expect(prepared('If Iran attacks, Israel will respond.')).toBe(false);
    expect(prepared('إذا هاجمت إيران فإن إسرائيل سترد.')).toBe(false);
    expect(prepared('The letter will not go unanswered, the mayor said.')).toBe(false);
  });
});

describe('clprep s32: a plan whose attack is another verb\'s complement, a denied Arabic plan', () => {
  it('rebuilding, compensating, questioning witnesses plan no attack', () => {
    expect(prepared('The president vowed to rebuild the market destroyed in the attack.')).toBe(false);
    expect(prepared('The ministry intends to compensate the victims of the attack.')).toBe(false);
    expect(prepared('Следователи намерены допросить свидетелей теракта.')).toBe(false);
    expect(prepared('Власти намерены восстановить дома, разрушенные при обстреле.')).toBe(false);
    expect(prepared('تعتزم الحكومة إعادة إعمار المنازل التي دمرها القصف.')).toBe(false);
    expect(prepared('نفى الجيش أن يكون يخطط لشن هجوم على المدينة.')).toBe(false);
  });
  it('the plans beside them are still read', () => {
    expect(prepared('Russia said Ukraine was planning a provocation to blame Moscow for civilian deaths.')).toBe(true);
    expect(prepared('Украина намерена провести провокацию с применением химического оружия, сообщили в Минобороны.')).toBe(true);
    expect(prepared('تخطط الجماعات المسلحة لمهاجمة قرى الدروز في ريف دمشق.')).toBe(true);
    expect(prepared('An armed group was allegedly preparing to attack Druze villages near Damascus.')).toBe(true);
  });
});

describe('clprep s32: plans without a plan verb (decisions, approvals, prospective retaliations, pretexts for a strike)', () => {
  it('EN, RU, AR positives', () => {
    expect(prepared('The cabinet authorised a retaliatory strike against Hezbollah.')).toBe(true);
    expect(prepared('Israel has decided to retaliate against Iran, a senior official said.')).toBe(true);
    expect(prepared('Washington is bracing for the expected Iranian retaliation.')).toBe(true);
    expect(prepared('Russia is seeking a pretext to attack Moldova, Ukrainian intelligence said.')).toBe(true);
    expect(prepared('В Израиле одобрили план удара по Ирану.')).toBe(true);
    expect(prepared('Руководство страны приняло решение нанести ответный удар.')).toBe(true);
    expect(prepared('Киев ищет предлог для удара по Запорожской АЭС, заявили в Минобороны.')).toBe(true);
    expect(prepared('قررت إسرائيل الرد على الهجوم الإيراني، بحسب مسؤول.')).toBe(true);
    expect(prepared('صادقت الحكومة الإسرائيلية على خطط لضرب إيران.')).toBe(true);
    expect(prepared('تبحث روسيا عن ذريعة لمهاجمة مولدوفا، بحسب الاستخبارات الأوكرانية.')).toBe(true);
  });
  it('hard negatives: approvals and decisions of housing, aid, crossings, schools; a dated decision', () => {
    expect(prepared('Israel has approved plans for new housing in the West Bank.')).toBe(false);
    expect(prepared('The cabinet authorised aid to the victims of the strike.')).toBe(false);
    expect(prepared('Israel has decided to reopen the crossing, a senior official said.')).toBe(false);
    expect(prepared('In 2003 the cabinet decided to strike the camp and then bombed it.')).toBe(false);
    expect(prepared('В Израиле одобрили план восстановления северных районов.')).toBe(false);
    expect(prepared('Руководство страны приняло решение выделить помощь пострадавшим от удара.')).toBe(false);
    expect(prepared('قررت إسرائيل فتح المعبر، بحسب مسؤول.')).toBe(false);
    expect(prepared('صادقت الحكومة على خطط لبناء مدارس جديدة.')).toBe(false);
  });
});

describe('clprep s32: headlines of strikes ahead', () => {
  it("the 'to'-future of a party, a nominal headline with a time ahead, a vow of more attacks", () => {
    expect(prepared('US to keep up strikes on Iran-backed groups, Pentagon says')).toBe(true);
    expect(prepared("Israel to retaliate against Iran 'soon', officials say")).toBe(true);
    expect(prepared('مسؤول أمريكي: ضربات إضافية في الأيام المقبلة')).toBe(true);
    expect(prepared('الحوثيون يتوعدون بمزيد من الهجمات على السفن')).toBe(true);
  });
  it('hard negatives: aid kept up, a crossing reopened, talks continued, a headline verb before "to"', () => {
    expect(prepared('US to keep up aid to Ukraine, Pentagon says')).toBe(false);
    expect(prepared("Israel to reopen Rafah crossing 'soon', officials say")).toBe(false);
    expect(prepared('Пентагон: переговоры с хуситами продолжатся')).toBe(false);
    expect(prepared('مسؤول أمريكي: مساعدات إضافية في الأيام المقبلة')).toBe(false);
    expect(prepared('In 1998 Washington also chose to attack the factory in Khartoum, which was destroyed.')).toBe(false);
  });
});
