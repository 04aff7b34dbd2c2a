/**
 * Session 29 (room clprep): threats and declared futures of a strike with their target (claim-prepared-threat.ts and its
 * hook in claim-slots.ts), and three leftovers of session 28's vows (claim-prepared-vow.ts): a negation inside the vow
 * ("pledged no retaliation"), the Russian idiom of promptness «ответ не заставит себя ждать», and a condition scoped to its
 * own clause. By the label-convention rows of eval/claims/README.md (a threat of attack by a named party: unconditional,
 * `prepared` true, the threatener blamed; on a condition, `prepared` false). Sentences written for this test (none copied
 * from a split), EN/RU/AR.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';
import { threatenedStrikes } from '../src/core/narrative/claim-prepared-threat.js';
import { clauseAround, vowedAttacks } from '../src/core/narrative/claim-prepared-vow.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const prepared = (t: string) => readClaims(t, lexicon).claims.prepared;
const read = (t: string) => readClaims(t, lexicon);

describe('threats of a strike with its target', () => {
  it('a verb or noun of threatening, vowing or promising with the deed of a strike, in three languages', () => {
    expect(prepared('The Houthis threatened to target Saudi oil facilities, their spokesman said.')).toBe(true);
    expect(prepared("Israel's defence minister threatened to destroy Beirut's southern suburbs.")).toBe(true);
    expect(prepared('Хезболла пообещала нанести удар по Хайфе.')).toBe(true);
    expect(prepared('بوتين يهدد بضرب كييف بصاروخ اوريشنيك.')).toBe(true);
    expect(prepared('توعد الحرس الثوري بضرب القواعد الامريكية في المنطقة.')).toBe(true);
    expect(prepared('دفع الهجوم الحكومة الاسرائيلية الى التهديد بتصعيد عسكري غير مسبوق.')).toBe(true);
    expect(prepared('بدات عمليات الاخلاء في ميناء الحديدة بعد دقائق من تحذيرات الجيش الاسرائيلي باستهدافه.')).toBe(true);
  });
  it('the threatener is blamed and reported', () => {
    const r = read('توعد الحرس الثوري بضرب القواعد الامريكية في المنطقة.');
    expect(r.claims.blamed).toBe('other');
    expect(r.voice).toBe('reports');
  });
  it('not on a condition or a deterrent in its clause, not negated, not a strike on a country, fighters or stockpiles, not a labour strike', () => {
    expect(prepared('هدد الحوثيون باستهداف السفن الاسرائيلية اذا استمر العدوان على غزه.')).toBe(false);
    expect(prepared('لم يهدد الرئيس بضرب اي دولة، قال المتحدث.')).toBe(false);
    expect(prepared('حذر الجيش الاسرائيلي من انه سيضرب بقوة كل من يقترب.')).toBe(false);
    expect(prepared('Хуситы пригрозили нанести удары по израильским портам, если Израиль продолжит операцию в Газе.')).toBe(false);
    expect(prepared('Poroshenko threatens to bomb Russia.')).toBe(false);
    expect(prepared('Инспекторы ОЗХО намерены уничтожить склады химического оружия до конца года.')).toBe(false);
    expect(prepared('The union threatened to strike over pay next week.')).toBe(false);
    expect(threatenedStrikes('the nurses threatened to strike for higher pay in the hospital.', [], 'en')).toEqual([]);
    expect(threatenedStrikes('هدد الرئيس بضرب الارهابيين في المدينه.', [{ at: 17, end: 27, word: 'الارهابيين', kind: 'party', value: 'opposition' }], 'ar')).toEqual([]);
  });
  it('a threat restated with its condition in another sentence is conditional; a threat told as past before its strike is not read', () => {
    expect(prepared('Hezbollah chief threatens to attack the chemical plant in Haifa. He threatened to hit it in the event of a future war.')).toBe(false);
    expect(prepared('قصف الجيش الاسرائيلي ميناء الحديدة بعد تحذيرات باستهدافه.')).toBe(false);
  });
});

describe('warnings of strikes ahead and declared futures of a strike', () => {
  it('a warning of upcoming strikes, a party declaring its strike (said or in the first person)', () => {
    expect(prepared('Представитель ЦАХАЛ предупредил о предстоящих ударах по порту Ходейда.')).toBe(true);
    expect(prepared('Иран заявил, что в ближайшие двое суток начнет атаки на силы США в Красном море.')).toBe(true);
    expect(prepared('اعلن الحوثيون انهم سيستهدفون السفن الامريكية في البحر الاحمر.')).toBe(true);
    expect(prepared('قال المتحدث العسكري ان الجيش سيقصف مواقع حزب الله في الضاحيه.')).toBe(true);
    expect(prepared('وزير الاعلام الباكستاني: الهند ستشن هجوما عسكريا خلال يوم او يومين.')).toBe(true);
  });
  it('not a forecast by analysts, not a future nobody declares, not a plot whose plotter is arrested', () => {
    expect(threatenedStrikes('يرى محللون ان اسرائيل ستضرب المنشات النوويه.', [], 'ar')).toEqual([]);
    expect(threatenedStrikes('الجيش سيقصف المواقع.', [], 'ar')).toEqual([]);
    expect(prepared('اعتقلت الشرطة رجلا كان يخطط لتنفيذ هجوم بالغاز السام.')).toBe(false);
    expect(prepared('Эксперты считают, что конфликт начнет затихать.')).toBe(false);
  });
});

describe('promises of carrying out, futures of faking, continued strikes', () => {
  it('a promise or oath with the infinitive of a deed and its attack; the English future of faking; a continued strike', () => {
    expect(prepared('The White Helmets will fake a gas attack to blame Damascus.')).toBe(true);
    expect(prepared('Боевики пообещали устроить химическую атаку.')).toBe(true);
    expect(prepared('Террористы поклялись совершить новые теракты в России.')).toBe(true);
    expect(prepared('اعلنت حماس انها ستواصل اطلاق الصواريخ على تل ابيب.')).toBe(true);
    expect(prepared('تعهد الحوثيون بمواصلة استهداف السفن.')).toBe(true);
  });
  it('not negated, not an inquiry, not disarmament', () => {
    expect(prepared('Асад пообещал не использовать химическое оружие.')).toBe(false);
    expect(prepared('Президент пообещал провести расследование химической атаки.')).toBe(false);
    expect(prepared('Сирия пообещала уничтожить запасы химического оружия.')).toBe(false);
    expect(prepared('تعهدت الحكومة بمواصلة التحقيق في الهجوم الكيميائي.')).toBe(false);
  });
});

describe("session 28's vow leftovers", () => {
  it('a negation inside the vow; the idiom of promptness affirms', () => {
    expect(prepared('Iran pledged no retaliation for the strike on its consulate.')).toBe(false);
    expect(vowedAttacks('иран заявил, что ответ не заставит себя ждать.', []).length).toBe(1);
    expect(vowedAttacks('иран заявил, что ответ на убийство генерала не заставит себя ждать.', []).length).toBe(1);
    expect(vowedAttacks('он сказал, что ответ на вопрос не заставит себя ждать.', []).length).toBe(0);
  });
  it('a condition scopes over its own clause', () => {
    expect(prepared('The IRGC vowed revenge for the killing of its general, and if Israel wants peace it should know that.')).toBe(true);
    expect(prepared('Iran will pay a very heavy price if it attacks US troops, Trump warned.')).toBe(false);
    // (and a lexicon threat's condition: its own clause, another threat's only from another sentence)
    expect(prepared('Hezbollah threatened to bomb the ammonia tanks in Haifa, and Iran threatened to strike Israel if it attacks Lebanon.')).toBe(true);
    expect(prepared('Hezbollah threatened to bomb the ammonia tanks in Haifa, and if Israel wants peace it should leave Lebanon.')).toBe(true);
    expect(prepared('Hezbollah threatened to bomb the ammonia tanks in Haifa if Israel attacked Lebanon.')).toBe(false);
    expect(prepared('Nasrallah threatens to bomb the ammonia tanks in Haifa. He threatened to strike them if Israel attacks Lebanon.')).toBe(false);
    const s = 'a vowed revenge, and if b comes, c; d';
    expect(clauseAround(s, 0, s.length, 2, 8)).toBe('a vowed revenge');
  });
});
