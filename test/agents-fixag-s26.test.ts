/**
 * Session 26 (room fixag): the review's findings A1-A12 on the class_named_* reading (docs/agent-differential.md §7.00052-fixag).
 * The reviewer's sentences and the engineer's variants; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, kb, reads, misses } from './helpers/agent-probe.js';
import { runDifferential } from '../src/core/agents/agent-differential.js';

const witness = (text: string) => runDifferential(kb, [{ text }]);

describe('A1-A3: the class words by their morphology and their head noun', () => {
  reads([
    ['Они применили нервный газ.', 'class_named_nerve'],
    ['Пострадавшие от нервного газа.', 'class_named_nerve'],
    ['Нервные газы хранились на складе.', 'class_named_nerve'],
    ['قذائف تحوي غازا مسببا للبثور', 'class_named_blister'],
    ['استخدموا مواد سامة مسببة للبثور', 'class_named_blister'],
    ['غاز مسبب لتقرح الجلد', 'class_named_blister'],
    ['Gas shells of the lung-injuring sort fell on the battery.', 'class_named_choking'],
    ['They fired lung-damaging shells.', 'class_named_choking'],
    ['Only two kinds of shell, of the sneezing and the lung-injuring sort, had fallen.', 'class_named_choking'],
    ['A lung-damaging gas was used.', 'class_named_choking'],
  ]);
  misses([
    ['Нервная газета опубликовала статью.', 'class_named_nerve'],
    ['Водитель нервно газовал на светофоре.', 'class_named_nerve'],
    ['Нервный газетчик ушёл.', 'class_named_nerve'],
    ['الأسبرين مادة مسببة لتقرح المعدة عند بعض المرضى', 'class_named_blister'],
    ['تناول مادة مسببة لتقرح المعدة', 'class_named_blister'],
    ['مادة مسببة للبثور في كريم الوجه', 'class_named_blister'],
    ['Smoking is lung-damaging, the doctor reminded him.', 'class_named_choking'],
    ['Lung-damaging smoke from the wildfire covered the valley.', 'class_named_choking'],
    ['Lung-damaging kinds of dust.', 'class_named_choking'],
  ]);
  it('the newspaper and the revving lead nothing', () => {
    expect(witness('Нервная газета опубликовала статью.').top.class).toBeNull();
    expect(witness('Smoking is lung-damaging, the doctor reminded him.').top.class).toBeNull();
    expect(witness('الأسبرين مادة مسببة لتقرح المعدة عند بعض المرضى').top.class).toBeNull();
  });
});

describe('A4-A5: the dispute and the crowd-control scene read in the clause of the claim, whole words', () => {
  reads([
    // A4: a symptom, a lifeless basement, an evacuation, a rumour the same sentence confirms, «الشائع», a party's denial told
    ['После атаки нервно-паралитическим газом у многих пострадавших пропал слух.', 'class_named_nerve'],
    ['After the nerve gas attack, survivors lost their hearing and had pinpoint pupils; rescuers found no sign of life in the basement.', 'class_named_nerve'],
    ['The staged evacuation began after a nerve agent was detected in the water supply.', 'class_named_nerve'],
    ['Слухи о газовой атаке распространились по городу, но врачи подтвердили: это был зарин, нервно-паралитический газ.', 'class_named_nerve'],
    ['من الشائع أن يسبب غاز الأعصاب تضيق الحدقة، وقد لوحظ ذلك على المصابين', 'class_named_nerve'],
    ['Russia says the reports of a nerve gas attack are false; witnesses described foaming at the mouth and pinpoint pupils.', 'class_named_nerve'],
    ['قال الأطباء إن الأعراض تتوافق مع غاز الأعصاب، ونفى النظام الاتهامات ووصفها بأنها كاذبة', 'class_named_nerve'],
    ['Москва назвала сообщения ложными, но врачи нашли следы нервно-паралитического газа.', 'class_named_nerve'],
    // A5: the Security Council, «مظاهر» (signs), police as the report's source, a protest camp under a barrel bomb
    ['طالبت فرنسا مجلس الأمن بالتحقيق في استخدام غاز خانق في إدلب', 'class_named_choking'],
    ['France asked the Security Council to investigate the use of choking gas in Idlib.', 'class_named_choking'],
    ['ظهرت على المصابين مظاهر الاختناق بعد القصف بغاز خانق', 'class_named_choking'],
    ['Полицейские рассказали, что в подвале нашли баллоны с удушающим газом.', 'class_named_choking'],
    ['Police said a choking gas leaked from the overturned tanker.', 'class_named_choking'],
    ['Rescuers fled as a cloud of choking gas spread over the protest camp after the barrel bomb fell.', 'class_named_choking'],
  ]);
  misses([
    ['The claim that nerve gas was used was false.', 'class_named_nerve'],
    ['Слухи о нервно-паралитическом газе не подтвердились.', 'class_named_nerve'],
    ['ادعاءات استخدام غاز الأعصاب كاذبة', 'class_named_nerve'],
    ['The report of a nerve agent attack was a hoax.', 'class_named_nerve'],
    ['Police fired choking gas at the protesters.', 'class_named_choking'],
    ['أطلقت الشرطة الغاز الخانق على المتظاهرين', 'class_named_choking'],
    ['ОМОН применил удушающий газ против митингующих.', 'class_named_choking'],
    ['قوات الأمن استخدمت الغاز الخانق لتفريق المظاهرة', 'class_named_choking'],
  ]);
});

describe('A6: the pass is linear in the text (no sentence rescanned per hit)', () => {
  it('100 KB of Arabic class words without a full stop reads in a few seconds', () => {
    let t = '';
    while (t.length < 100000) t += 'غاز الأعصاب غاز خانق مادة مسببة للبثور الشرطة ';
    const a = performance.now();
    feats(t);
    expect(performance.now() - a).toBeLessThan(15000);
  });
});

describe('A8-A9: a clinician\'s suspicion is a hypothesis, an investigator\'s is a claim; исключ by its verb forms', () => {
  misses([
    ['The clinicians suspected a nerve agent and checked for pinpoint pupils, which were absent.', 'class_named_nerve'],
    ['Врачи подозревали нервно-паралитическое вещество.', 'class_named_nerve'],
    ['Врачи исключили нервно-паралитическое вещество.', 'class_named_nerve'],
  ]);
  reads([
    ['Police suspect a nerve agent was used in the poisoning of the Skripals.', 'class_named_nerve'],
    ['Investigators suspect nerve gas was used.', 'class_named_nerve'],
    ['Police called it a suspected nerve agent attack.', 'class_named_nerve'],
    ['Применялось исключительно нервно-паралитическое вещество, сообщили врачи.', 'class_named_nerve'],
  ]);
});

describe('A7 A10: a modifier, a textbook line, a corrected fear, a fire\'s gas', () => {
  misses([
    ['Nerve agent antidotes atropine and pralidoxime were stockpiled by the hospital.', 'class_named_nerve'],
    ['Blister agent training kits were found in the depot.', 'class_named_blister'],
    ['The unit carried a nerve gas detector.', 'class_named_nerve'],
    ['Врачи ввели антидот от нервно-паралитических веществ.', 'class_named_nerve'],
    ['وصل ترياق غاز الأعصاب إلى المستشفى', 'class_named_nerve'],
    ['Nerve agents like sarin cause pinpoint pupils, but these patients had wide pupils and burns from the fire.', 'class_named_nerve'],
    ['Witnesses initially feared nerve gas, but doctors found only chlorine exposure.', 'class_named_nerve'],
    ['Удушливый газ от горящего пластика.', 'class_named_choking'],
    ['Choking gas from the burning tyres filled the street.', 'class_named_choking'],
    ['غازات خانقة من حريق الإطارات', 'class_named_choking'],
  ]);
  reads([
    ['The regime used nerve gas; the nerve agent was sarin.', 'class_named_nerve'],
    ['Witnesses feared nerve gas, and the doctors confirmed it.', 'class_named_nerve'],
    ['Choking gas filled the street after the shelling.', 'class_named_choking'],
    ['Vesicants such as these burn the skin hours later.', 'class_named_blister'],
  ]);
  it('the fire leads no war gas, the antidote no nerve claim', () => {
    expect(witness('Choking gas from the burning tyres filled the street.').top.class).not.toBe('choking');
    expect(witness('Удушливый газ от горящего пластика.').top.class).not.toBe('choking');
  });
});

describe('A12: a class word against one weak sign (the figure docs/agent-differential.md §7.00052-fixag states)', () => {
  it('"A nerve agent, the officials said; the victims coughed." leads nerve at about .53: the class word outweighs a lone cough', () => {
    const r = witness('A nerve agent, the officials said; the victims coughed.');
    expect(r.top.class).toBe('nerve');
    expect(r.classes.find((c) => c.id === 'nerve')!.probability).toBeLessThan(0.6);
  });
});
