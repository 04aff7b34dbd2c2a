/**
 * Guard of the frozen lay-paraphrase test split v3 (eval/agents/paraphrases-test-v3.yaml), written in session 9 by a
 * hand that does not tune the engine and never ran it on these accounts. The checks below are of the file itself, and
 * the last test is its floor (scored by the coordinator only: before session 9's tuning, engine of e479ceb, 90/120 = 75.0%,
 * EN 32 RU 27 AR 31 of 40, Brier 0.353; after, on 9a34491, 93/120 = 77.5%, EN 35 RU 27 AR 31, Brier 0.335; after session 10, 99/120 = 82.5%, EN 36 RU 31 AR 32, Brier 0.299; a blind
 * reader of the texts alone 120/120): a guard against regressions that prints pass or fail only, never a target. Its sha256 is recorded (any edit, a phrase added or a label changed, fails
 * here); the counts per language and class are its recorded counts; every id is unique (also across the other
 * paraphrase splits: dev, test, test-v2, dev-v3); every agent is a knowledge-base agent of the labelled class; no text
 * repeats (or contains, or is contained in) a text of this or another paraphrase split; and no text names an agent,
 * its class or a product (the words listed below, in EN, RU and AR: the v2 guard's list plus carbon monoxide and
 * capsaicin). Only the coordinator scores it; no test prints its misses.
 */
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const NAMES = AGENT_AND_PRODUCT_NAMES;

describeFrozenParaphraseSplit({
  split: 'test-v3',
  sha256: 'ce01f1ac27eebe3daaea209b55bab0c3e1f7540094b45702a0a4f379c40ba470',
  perLang: 40,
  perClass: { choking: 6, nerve: 6, blister: 6, 'riot-control': 6, 'toxic-industrial': 6, incendiary: 5, none: 5 },
  langs: ['en', 'ru', 'ar'],
  others: ['dev', 'test', 'test-v2', 'dev-v3'],
  idForm: (lang) => new RegExp(`^${lang}-v3-\\d{2}$`),
  names: NAMES,
  namesWhat: 'agent, class or product',
  floor: { title: 'stays at or above its scoring after session 10 (class top-1 >= 0.82; EN >= 0.90, RU >= 0.77, AR >= 0.80; Brier < 0.30)', classTop1: 0.82, perLang: { en: 0.9, ru: 0.77, ar: 0.8 }, brierBelow: 0.3 },
});
