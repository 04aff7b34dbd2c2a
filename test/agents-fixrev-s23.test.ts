/**
 * Session 23 (room fixrev): the review's findings on the session's agent rules (/work/notes/review-s23.md R4-R7, R14-R19), each
 * with the reviewer's sentence as a near miss, a sentence of the same class, and the rule's original positive, which must still
 * read. Sentences are the reviewer's or the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, p, reads } from './helpers/agent-probe.js';

describe('R4/R5: skin that peeled from the sun, the cold, a detergent or a graft, or a fruit\'s skin, is no blister', () => {
  misses([
    ['After a day at the beach the skin on his nose peeled.', 'delayed_blisters'],
    ['После пляжа кожа на плечах облезла, как всегда после загара.', 'delayed_blisters'],
    ['بعد يوم على البحر تقشر جلده من الشمس.', 'delayed_blisters'],
    ['The skin of the oranges peeled easily; after eating them the children vomited.', 'delayed_blisters'],
    ['Skin graft: the skin from his thigh peeled away cleanly in surgery.', 'delayed_blisters'],
    ['بعد غسيل الأرضيات بالكلور جلدها تقشر من المنظفات وعيونها دمعت.', 'delayed_blisters'],
    ['In the frost the skin on her hands was peeling and cracked.', 'delayed_blisters'],
    ['Зимой от мороза кожа на руках слезала.', 'delayed_blisters'],
  ]);
  reads([
    ['Two days after the shell, the skin on his arms peeled and huge blisters came up.', 'delayed_blisters'],
    ['The skin peeled off his hands a day after the yellow gas.', 'delayed_blisters'],
    ['Через день кожа на руках облезла, глаза слезились.', 'delayed_blisters'],
    ['بعد يومين من القصف تقشر جلده وظهرت فقاعات.', 'delayed_blisters'],
  ]);
  it('the detergent account does not lead with blister', () => {
    const t = 'بعد غسيل الأرضيات بالكلور جلدها تقشر من المنظفات وعيونها دمعت.';
    expect(p(t, 'blister')).toBeLessThan(0.4);
  });
});

describe('R6: "всё хорошо" before a later onset told with а / к вечеру / an onset verb is the free interval, no recovery', () => {
  misses([
    ['Через час всё хорошо, а к вечеру начался кашель и жжение в глазах.', 'recovery_fresh_air'],
    ['Через полчаса всё в порядке было, к вечеру пошли пузыри на коже.', 'recovery_fresh_air'],
    ['Через час всё ок, но утром появилась сыпь и пузыри.', 'recovery_fresh_air'],
  ]);
  reads([
    ['Через час всё хорошо, кашель прошёл, глаза перестали слезиться.', 'recovery_fresh_air'],
    ['Вывели на воздух, через полчаса всё в порядке.', 'recovery_fresh_air'],
  ]);
});

describe('R7: a thing hauled up (a tank, a bucket, nets) is no old munition; a munition or drum hauled up is', () => {
  misses([
    ['The crane hauled up the tank and chlorine leaked from its valve; workers coughed and choked.', 'old_munition_found'],
    ['The cook hauled up a bucket of water and the deckhand started coughing.', 'old_munition_found'],
    ['The crew hauled up the anchor at dawn; by noon two men were coughing.', 'old_munition_found'],
    ['Trawlermen hauled up their nets and the deckhand started coughing; the cook hauled up a bucket of water.', 'old_munition_found'],
  ]);
  reads([
    ['The fishermen hauled up a rusty shell and their hands blistered the next day.', 'old_munition_found'],
    ['They hauled up two corroded drums from the sea bed.', 'old_munition_found'],
    ['They hauled a rusty shell up from the sea bed.', 'old_munition_found'],
    ['Trawlermen hauled a corroded shell aboard with the catch.', 'old_munition_found'],
  ]);
});

describe('R14/R15: a germ set aside by attribution and "but", a wound\'s infection or a vaccine is no ingestion', () => {
  misses([
    ['Officials first blamed salmonella, but doctors found pinpoint pupils, drooling and convulsions in all the victims.', 'ingestion'],
    ['Чиновники сначала говорили о сальмонеллёзе, но у детей были узкие зрачки, слюнотечение и судороги, двое умерли.', 'ingestion'],
    ['قال المسؤولون في البداية إنها السالمونيلا، لكن الأطباء وجدوا حدقات دبوسية ولعابا غزيرا وتشنجات.', 'ingestion'],
    ['A week after the gas attack his blisters became infected with staphylococcus.', 'ingestion'],
    ['The clinic was vaccinating children against rotavirus when the barrel fell; the children coughed, vomited and choked on a yellow cloud.', 'ingestion'],
    ['Ожоги через неделю инфицировались стафилококком.', 'ingestion'],
  ]);
  reads([
    ['Tests found salmonella in the chicken served at the wedding; 40 guests had diarrhoea.', 'ingestion'],
    ['Врачи подозревают сальмонеллёз: все ели торт на свадьбе.', 'ingestion'],
  ]);
  it('the infected blisters keep blister in the lead', () => {
    expect(p('A week after the gas attack his blisters became infected with staphylococcus.', 'blister')).toBeGreaterThan(0.6);
  });
});

describe('R16: a thing\'s tremor refuses only its own term, not a person\'s in the same Arabic sentence', () => {
  it('keeps the boy\'s tremor', () => {
    expect(feats('ارتجف البيت من الانفجار وصار الولد يرتجف ويتشنج وعيونه صغيرة.').fasciculations).toBe(true);
    expect(feats('The windows shook and his hands were trembling with muscle tremors.').fasciculations).toBe(true);
  });
  misses([
    ['ارتجفت الشبابيك من الانفجار.', 'fasciculations'],
    ['An earth tremor shook the village at night.', 'fasciculations'],
  ]);
});

describe('R17/R18: ribs broken by CPR are no trauma; «перелом» as a turning point, or a word that begins with рук / нос, is no fracture', () => {
  misses([
    ['Medics performing CPR cracked two ribs; the patient had pinpoint pupils, was drooling and twitching.', 'trauma_injuries'],
    ['During resuscitation two rib fractures occurred; the pupils were pinpoint.', 'trauma_injuries'],
    ['Наступил перелом в руководстве операции: спасатели нашли людей без сознания, с пеной изо рта и узкими зрачками.', 'trauma_injuries'],
    ['Перелом в носилках заметили не сразу, людей вынесли с пеной у рта.', 'trauma_injuries'],
  ]);
  reads([
    ['He fell from the roof and broke two ribs.', 'trauma_injuries'],
    ['У него перелом руки и перелом носа после падения.', 'trauma_injuries'],
    ['Получил перелом ноги, когда рухнула стена.', 'trauma_injuries'],
  ]);
});

describe('R19: animals or things that "dropped like flies" or "went down like a stone" tell no loss of consciousness', () => {
  misses([
    ['The birds in the courtyard were dropping like flies and the people coughed and their eyes watered.', 'loss_of_consciousness'],
    ["The regime's defences went down like a stone; the town smelled of chlorine and people coughed.", 'loss_of_consciousness'],
    ['Share prices went down like a stone after the leak.', 'loss_of_consciousness'],
  ]);
  reads([
    ['The workers were dropping like flies in the hold.', 'loss_of_consciousness'],
    ['He went down like a stone by the tank.', 'loss_of_consciousness'],
    ['People dropped to the floor where they stood.', 'loss_of_consciousness'],
  ]);
});
