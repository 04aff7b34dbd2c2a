/**
 * Session 24 (room fixag): the reviewer's findings on the session's agent rules (review s24 R4, R5, R6, R9, R11, R12, R14,
 * R15, R18; docs/agent-differential.md §7.00048-fixag). Each fix with the reviewer's sentences, same-class variants of the
 * engineer's own, and the positives the fixed rule must keep reading. No sentence is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads, run } from './helpers/agent-probe.js';

describe('R11: тянуть is a smell verb only before an instrumental (тянуло серой), and сера / лук are read by their case forms', () => {
  misses([
    ['У него тянет сердце, и болит голова.', 'odour_rotten_eggs'],
    ['Его потянуло серьёзно поговорить с врачом.', 'odour_rotten_eggs'],
    ['Его тянуло к лукавству.', 'odour_garlic'],
    ['Тянет лук с грядки бабушка.', 'odour_garlic'],
    ['У бабушки тянет сердце, тошнит, голова кружится.', 'odour_rotten_eggs'],
    ['Пахло серьёзными проблемами, все молчали.', 'odour_rotten_eggs'],
    ['Тянет сердце и ноги, а в воздухе пахнет лукавством.', 'odour_garlic'],
    ['Дед тянет лукошко с грибами.', 'odour_garlic'],
    ['Потянуло серую тучу к городу.', 'odour_rotten_eggs'],
  ]);
  reads([
    ['С улицы тянуло серой, у всех слезились глаза.', 'odour_rotten_eggs'],
    ['Потянуло хлоркой, дети закашляли.', 'odour_bleach'],
    ['Со двора тянет луком и чесноком.', 'odour_garlic'],
    ['Пахло серой, как от спичек.', 'odour_rotten_eggs'],
    ['Запах серы стоял во дворе.', 'odour_rotten_eggs'],
    ['Пахло луком, глаза резало.', 'odour_garlic'],
    ['Воняло серой и тухлыми яйцами.', 'odour_rotten_eggs'],
  ]);
});

describe('R12: the Arabic exceptive ما V إلا / غير / لحد (it did happen, later) is no negation, nor a question with ما', () => {
  reads([
    ['الجلد ما تقشر الا بعد يومين', 'delayed_blisters'],
    ['الجلد ما تقشر غير بعد يومين', 'delayed_blisters'],
    ['صوته ما انبح الا تاني يوم', 'hoarseness'],
    ['الجلد ما احمر إلا بالليل', 'skin_rash_itching'],
    ['الجلد ما تقشر لحد تاني يوم', 'delayed_blisters'],
    ['صوته ما انبح إلا بعد ساعات', 'hoarseness'],
  ]);
  misses([
    // the negation the rule was built for stays
    ['الجلد ما تقشر', 'delayed_blisters'],
    ['صوته ما انبح أبدا', 'hoarseness'],
    ['الجلد ما احمر، بس حكني شوي', 'skin_rash_itching'],
    ['الجلد ما تقشر حتى بعد يومين', 'delayed_blisters'],
  ]);
  // a question with ما ("did the skin not peel?") asks; it states the sign neither present nor absent (the reviewer's answered form
  // "الجلد ما تقشر؟ لا، تقشر كله" still reads absent by the term spanning the question mark: pre-existing, left)
  it('a question with ما is not read as a denial', () => {
    expect(feats('الجلد ما تقشر؟')['delayed_blisters']).toBeUndefined();
    expect(feats('صوته ما انبح؟')['hoarseness']).toBeUndefined();
  });
});

describe('R9: the Russian gas poisoning with no gas named is a household appliance only where no release and no outside setting is read', () => {
  misses([
    ['Школьники отравились газом, в классе распылили баллончик.', 'combustion_appliance'],
    ['Дети отравились газом в школе, кто-то что-то распылил в коридоре.', 'combustion_appliance'],
    ['Студенты отравились газом, кто-то брызнул из баллончика в аудитории.', 'combustion_appliance'],
    ['Дети отравились газом в школе.', 'combustion_appliance'],
    ['Рабочие отравились газом на заводе.', 'combustion_appliance'],
  ]);
  reads([
    ['Семья отравилась газом в квартире, все без сознания.', 'combustion_appliance'],
    ['Семья из четырёх человек отравилась газом, колонка была неисправна.', 'combustion_appliance'],
    ['В бане отравились газом двое мужчин.', 'combustion_appliance'],
    ['Хоккеисты отравились газом на катке.', 'combustion_appliance'],
  ]);
  it('the sprayed classroom leads riot control again', () => {
    const top = run('Школьники отравились газом, в классе распылили баллончик.').classes[0];
    expect(top.id).toBe('riot-control');
  });
});
