/**
 * Session 23 (room fix2): the second review's findings S1-S8 on the embedded yes/no question (irrealis-scope.ts, ASK_CUE
 * unanswered). A sign asked about as a topic, a sign whose cause, time or course is questioned, a sign in a modifier,
 * relative, reason or time clause of the question is told, not asked. The reviewer's sentences are the positives; the
 * rule's original positives (a sign as the question's own predicate) stay near misses.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

describe('S1: "asked about X" is a topic, not a yes/no question: X is there', () => {
  reads([
    ['The patient asked about the blisters on his arms.', 'delayed_blisters'],
    ['Reporters asked about the convulsions seen in the hospital video.', 'convulsions'],
    ['The WHO asked about the pinpoint pupils reported in Khan Sheikhoun.', 'miosis'],
    ['Пациент спрашивал о волдырях на руках, которые появились утром.', 'delayed_blisters'],
    ['Он спросил врача о жжении в глазах.', 'burning_eyes'],
    ['سأل الطبيب عن الفقاعات على ذراعيه.', 'delayed_blisters'],
    ['سألت الممرضة عن الحرقة في عينيها.', 'burning_eyes'],
    ['سأل المسعف عن التشنجات التي أصابت الطفل.', 'convulsions'],
  ]);
  misses([
    ['The doctors asked if anyone had seizures.', 'convulsions'],
  ]);
});

describe('S2, S5: a question about a sign\'s cause or course presupposes the sign', () => {
  reads([
    ['Doctors are unsure whether the vomiting was caused by the gas.', 'vomiting'],
    ['It remains unclear whether the seizures were caused by sarin.', 'convulsions'],
    ["I don't know whether the convulsions came from the gas or from fear.", 'convulsions'],
    ['Medics were unsure whether the twitching was from the gas.', 'fasciculations'],
    ['Я не знаю, были ли судороги от газа или от страха.', 'convulsions'],
    ['سأل الأطباء هل كانت التشنجات بسبب الغاز.', 'convulsions'],
    ['He asked whether the blisters would leave scars.', 'delayed_blisters'],
  ]);
  misses([
    // the sign is the question's own predicate
    ['Doctors were unsure whether he had vomited.', 'vomiting'],
    ['He asked whether anyone had blisters.', 'delayed_blisters'],
    ['He asked whether the gas caused vomiting.', 'vomiting'],
    ['He asked whether anyone was vomiting from the gas.', 'vomiting'],
  ]);
});

describe('S3, S7: a question about the time or order of a sign presupposes it; a conjoined subject reads evenly', () => {
  reads([
    ['Не помню, была ли рвота сразу или через час.', 'vomiting'],
    ['Не помню, были ли судороги до укола или после.', 'convulsions'],
    ['Doctors asked whether the vomiting and the seizures started at the same time.', 'vomiting'],
    ['Doctors asked whether the vomiting and the seizures started at the same time.', 'convulsions'],
    ['It remains unclear whether the deaths and seizures were caused by sarin.', 'convulsions'],
  ]);
  misses([
    ['Не помню, была ли рвота.', 'vomiting'],
    ['The doctors asked whether anyone started vomiting.', 'vomiting'],
    ['He asked whether anyone had seizures or vomiting later.', 'vomiting'],
  ]);
});

describe('S4, S6: a sign in a modifier, relative, reason or time clause is outside the question', () => {
  reads([
    ['Doctors checked whether the patients with pinpoint pupils had been given atropine.', 'miosis'],
    ['Investigators will examine whether the children who were foaming at the mouth had been in the basement.', 'frothy_sputum'],
    ['I asked whether it was gas because my eyes were burning.', 'burning_eyes'],
    ['He asked whether they had masks when he started vomiting.', 'vomiting'],
    ['Я спросил, был ли это газ, потому что глаза жгло.', 'burning_eyes'],
  ]);
  misses([
    // the sign before the relative clause is still the question's predicate
    ['The doctors asked whether anyone had seizures that night.', 'convulsions'],
    ['We wondered whether the pupils were small when we arrived.', 'miosis'],
  ]);
});

describe('S8: the original rule still holds (agfix)', () => {
  misses([
    ['The doctors asked whether anyone had seizures.', 'convulsions'],
    ['We wondered whether the pupils were small.', 'miosis'],
    ["I don't know whether he vomited.", 'vomiting'],
    ['Врачи спрашивали, были ли судороги.', 'convulsions'],
    ['Я не знаю, были ли судороги.', 'convulsions'],
  ]);
  reads([
    ['He asked friends whether they could smell burning.', 'odour_burning'],
    ['Doctors asked whether he had vomited; he had vomited twice.', 'vomiting'],
    ['Whether it was chlorine or not, everyone was coughing.', 'cough'],
  ]);
  it('an answered question is read as before', () => {
    expect(feats('He was asked whether he had vomited and said no.').vomiting).toBe(false);
  });
});
