/**
 * Guard of the frozen lay-paraphrase test split v7 (eval/agents/paraphrases-test-v7.yaml), written in session 13 (room
 * wrpara) by a hand that does not tune the engine and never ran it on these accounts, before the development split
 * dev-v6 (same hand, other scenes). The checks are of the file itself (test/helpers/frozen-paraphrase-split.ts): its
 * sha256 is recorded (any edit, a phrase added or a label changed, fails here); the counts per language, class and
 * agent are its recorded counts (30 per language, every class in each); every id is unique and of the form
 * `<lang>-v7-NN` (also across every other paraphrase split, development and frozen); every agent is a knowledge-base
 * agent of the labelled class; no text repeats (or contains, or is contained in) a text of this or another paraphrase
 * split; and no text names an agent, its class or a product (AGENT_AND_PRODUCT_NAMES). It is scored in aggregate only, against
 * the floor the coordinator recorded here after its first score. No test prints its misses.
 */
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

/** Agents per language, the same in every language (null: no single agent singled out: the five thin accounts and
 * the generator in a shut space). */
const AGENTS: Record<string, number> = {
  chlorine: 3, phosgene: 1, sarin: 1, 'organophosphate-pesticide': 1, vx: 1, 'sulfur-mustard': 3, cs: 2, oc: 1,
  ammonia: 1, 'hydrogen-sulfide': 1, 'sulfur-dioxide': 1, 'irritant-industrial': 1, 'white-phosphorus': 2,
  'incendiary-weapon': 1, 'fire-smoke': 1, psychogenic: 1, 'food-poisoning': 1, none: 1, null: 6,
};

describeFrozenParaphraseSplit({
  split: 'test-v7',
  sha256: '5dc96cc27980b0eb1b6a727e263fab9127ca5132d558ec3f77d75bdd24d1a607',
  perLang: 30,
  perClass: { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 },
  langs: ['en', 'ru', 'ar'],
  others: ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5'],
  idForm: (lang) => new RegExp(`^${lang}-v7-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: { en: AGENTS, ru: AGENTS, ar: AGENTS },
  // first scored by the coordinator on the engine of fbba9e2 (session 13's start + this split, before any session-13 tuning):
  // 75/90 = 83.3% (EN 24/30, RU 27/30, AR 24/30), Brier 0.230. The floor keeps that: a change that costs a frozen account
  // here is withdrawn and re-chosen on development, never fixed by reading this split.
  floor: { title: 'stays at or above its first score (83.3%; EN .80, RU .90, AR .80; Brier < .231)', classTop1: 0.833, perLang: { en: 0.8, ru: 0.9, ar: 0.8 }, brierBelow: 0.231 },
});
