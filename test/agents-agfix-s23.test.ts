/**
 * Session 23 (room agfix): grammar and lexicon misreadings of the extractor that recur in any writer's accounts: the Russian
 * genitive of negation over a list, a multiword term across a coordinator, "felt faint" (presyncope), an Arabic store on fire, a
 * secretion told as reduced, a compound sign over its head word. Each rule: positives and near-miss negatives. Sentences
 * written for this test (none copied from a split).
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

/** one test per [text, feature] row: the feature is read absent (denied) */
const denies = (rows: [string, string][]) =>
  it.each(rows)('denied: %s', (text, feature) => {
    expect(feats(text)[feature]).toBe(false);
  });

describe('RU genitive of negation over a list: every genitive item before нет / не было is denied', () => {
  denies([
    ['Кашля, сильной рвоты, судорог нет.', 'cough'],
    ['Кашля, сильной рвоты, судорог нет.', 'vomiting'],
    ['Кашля и сильной рвоты у соседей не было.', 'cough'],
    ['Кашля, обильного слюнотечения, судорог не отмечалось.', 'hypersalivation'],
    ['Кашля, сильной одышки, слезотечения у пострадавших не было.', 'cough'],
    ['Ни кашля, ни рвоты не было.', 'cough'],
    ['Не было ни кашля, ни сильной рвоты.', 'vomiting'],
    // the existential negation before its genitive list
    ['Нет кашля, рвоты, судорог.', 'vomiting'],
    ['Нет кашля, рвоты, судорог.', 'convulsions'],
    ['Не было кашля, сильной рвоты, судорог.', 'vomiting'],
    ['Не отмечалось кашля, рвоты, судорог.', 'convulsions'],
    // the English list with a modifier on an item
    ['Cough, severe vomiting and seizures were absent.', 'cough'],
  ]);
  reads([
    // a nominative item is a clause of its own
    ['Кашель есть, судорог нет.', 'cough'],
    ['Кашель, судорог нет.', 'cough'],
    ['Сильный кашель, судорог нет.', 'cough'],
    ['У него кашель, сильной рвоты нет.', 'cough'],
    // after the preposed existential negation, a nominative subject with its verb ends the list
    ['Не было кашля, рвота была.', 'vomiting'],
    ['Не было кашля, судороги начались через час.', 'convulsions'],
    ['Не было воды, кашель мучил всех.', 'cough'],
    ['Не было масок, кашляли все.', 'cough'],
    // a telegraphic list: a noun in -а after the denied one names what was there
    ['Не было крови, пена изо рта.', 'frothy_sputum'],
    ['He had a cough, severe vomiting was not seen.', 'cough'],
  ]);
});

describe('a multiword term does not join two conjuncts across a coordinator', () => {
  misses([
    ['He had dry mouth and watering eyes.', 'hypersalivation'],
    ['Her mouth and watering eyes were all we could see above the scarf.', 'hypersalivation'],
  ]);
  reads([
    ['He had dry mouth and watering eyes.', 'lacrimation'],
    ['His mouth was watering and he kept spitting.', 'hypersalivation'],
    // a shared head keeps its coordinated modifiers
    ['Everyone had eye and throat irritation.', 'burning_eyes'],
    ['Everyone had eye and throat irritation.', 'throat_burning'],
    ['The children had watery and itchy eyes.', 'lacrimation'],
  ]);
});

describe('feeling faint is presyncope (dizziness), not a loss of consciousness', () => {
  misses([
    ['She felt faint and sat down on the kerb.', 'loss_of_consciousness'],
    ['The children felt very faint in the hall.', 'loss_of_consciousness'],
    ['The smell was faint but sweetish.', 'loss_of_consciousness'],
    ['There was a faint smell of chlorine near the pool.', 'loss_of_consciousness'],
    ['There was a faint smell of chlorine near the pool.', 'dizziness'],
  ]);
  reads([
    ['She felt faint and sat down on the kerb.', 'dizziness'],
    ['He went a bit faint after the second breath.', 'dizziness'],
    ['He fainted in the corridor.', 'loss_of_consciousness'],
    ['Two pupils were fainting in the yard.', 'loss_of_consciousness'],
    ['He felt faint and then fainted.', 'loss_of_consciousness'],
  ]);
  denies([['She did not feel faint at any point.', 'dizziness']]);
  it('a denied feeling faint denies no fainting', () => {
    expect(feats('She did not feel faint at any point.').loss_of_consciousness).toBeUndefined();
  });
});

describe('an Arabic store (مستودع) on fire is a fire, no leak', () => {
  misses([
    ['اندلع حريق في مستودعات الشركة ووصلت سيارات الإطفاء.', 'delivery_industrial_leak'],
    ['اشتعلت النيران في المستودع وغطى الدخان الحي.', 'delivery_industrial_leak'],
    ['انفجر مستودع بالمرفأ.', 'delivery_industrial_leak'],
  ]);
  reads([
    ['صار تسرب من مستودع قريب وكل الناس صارت تسعل.', 'delivery_industrial_leak'],
    ['انبعثت رائحة قوية من المستودع.', 'delivery_industrial_leak'],
    ['انفجر مستودع الغاز في الحي.', 'delivery_industrial_leak'],
    ['كنا ساكنين جنب مستودع وصرنا نسعل.', 'delivery_industrial_leak'],
  ]);
});

describe('a secretion told as reduced is not the excess', () => {
  denies([
    ['Reduced salivation was noted on examination.', 'hypersalivation'],
    ['Decreased sweating, hot dry skin and flushed face.', 'sweating'],
    ['Absent salivation, dilated pupils.', 'hypersalivation'],
    ['Reduced tearing in both eyes.', 'lacrimation'],
    ['قلة اللعاب وجفاف الفم.', 'hypersalivation'],
  ]);
  reads([
    ['Increased salivation and drooling.', 'hypersalivation'],
    ['Excessive salivation and drooling.', 'hypersalivation'],
    // the excess treated: it was there
    ['Reduced salivation after atropine.', 'hypersalivation'],
    ['Salivation was reduced after atropine.', 'hypersalivation'],
    ['Уменьшение слюнотечения на фоне атропина.', 'hypersalivation'],
    ['There was a little tearing at first.', 'lacrimation'],
  ]);
  it('dilated pupils are no miosis', () => {
    expect(feats('His pupils were dilated.').miosis).not.toBe(true);
    expect(feats('His pupils were dilated.').mydriasis).toBe(true);
  });
});

describe('a compound sign wins over its head word', () => {
  misses([
    ['صار عنده تشنج الجفن وما عاد يفتح عيونه.', 'convulsions'],
  ]);
  reads([
    ['صار عنده تشنج الجفن وما عاد يفتح عيونه.', 'blepharospasm'],
    ['صار عنده تشنج وفقد الوعي.', 'convulsions'],
    ['الطفل عنده تشنجات وتشنج الجفن.', 'convulsions'],
    ['Everyone had eye and throat irritation.', 'throat_burning'],
  ]);
});

describe('digits are not term words', () => {
  misses([
    ['Patient 2 had no complaints; pupils 4 mm, reactive.', 'miosis'],
  ]);
  reads([
    ['Pupils 2 mm bilaterally.', 'miosis'],
    ['He was given 2-PAM and atropine.', 'antidote_atropine'],
  ]);
});

describe('an embedded yes/no question asks about a clinical sign, it does not tell it', () => {
  misses([
    ['The doctors asked whether anyone had seizures.', 'convulsions'],
    ['We wondered whether the pupils were small.', 'miosis'],
    ["I don't know whether he vomited.", 'vomiting'],
    ['Врачи спрашивали, были ли судороги.', 'convulsions'],
    ['Я не знаю, были ли судороги.', 'convulsions'],
  ]);
  reads([
    // a smell asked about by the one who smelled it, an answer, a sign told apart from the question
    ['He asked friends whether they could smell burning.', 'odour_burning'],
    ['Doctors asked whether he had vomited; he had vomited twice.', 'vomiting'],
    ['Whether it was chlorine or not, everyone was coughing.', 'cough'],
    ['The children were coughing, whether from the gas or the smoke.', 'cough'],
  ]);
  denies([
    ['He was asked whether he had vomited and said no.', 'vomiting'],
    ['Врач спрашивал, была ли рвота, и пациент ответил, что нет.', 'vomiting'],
  ]);
});
