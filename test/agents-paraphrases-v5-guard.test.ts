/**
 * Guard of the frozen lay-paraphrase test split v5 (eval/agents/paraphrases-test-v5.yaml), written in session 11 (room
 * wrpara) by a hand that does not tune the engine and never ran it on these accounts (the same hand wrote the
 * development split dev-v4 just before, with other scenes). The checks below are of the file itself; this test scores it
 * only in aggregate against the floor the coordinator set after its first score (below). Its sha256 is recorded (any
 * edit, a phrase added or a label changed, fails here); the counts per language and class, and of agents per language,
 * are its recorded counts (20 per language, every class in each); every id is unique and of the form `<lang>-v5-NN`
 * (also across the other paraphrase splits: dev, test, test-v2, dev-v3, test-v3, test-v4, dev-v4); every agent is a
 * knowledge-base agent of the labelled class; no text repeats (or contains, or is contained in) a text of this or
 * another paraphrase split; and no text names an agent, its class or a product (AGENT_AND_PRODUCT_NAMES). No test prints
 * its misses.
 */
import { describe, expect, it } from 'vitest';
import { loadParaphrases } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

describeFrozenParaphraseSplit({
  split: 'test-v5',
  sha256: 'ef66b71da7952fb4e3c164ff284e7f45db3c564efd7404d6b5bc3553f4988c8d',
  perLang: 20,
  perClass: { choking: 3, nerve: 3, blister: 3, 'riot-control': 3, 'toxic-industrial': 3, incendiary: 2, none: 3 },
  langs: ['en', 'ru', 'ar'],
  others: ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4'],
  idForm: (lang) => new RegExp(`^${lang}-v5-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  // first scored by the coordinator on main d506cec (the engine of 971a1ca, before any session-11 tuning): 46/60 = 76.7%
  // (EN 14/20, RU 17/20, AR 15/20), Brier 0.317. The floor keeps that: a change that costs a frozen account here is
  // withdrawn and re-chosen on development, never fixed by reading this split.
  floor: { title: 'stays at or above its first score (76.7%; EN .70, RU .85, AR .75; Brier < .318)', classTop1: 0.766, perLang: { en: 0.7, ru: 0.85, ar: 0.75 }, brierBelow: 0.318 },
});

/** Agents per language (null: no single agent singled out: the thin accounts, pesticide poisonings, a car in a garage). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 1, phosgene: 1, sarin: 1, 'sulfur-mustard': 2, cs: 1, oc: 1, ammonia: 1, 'white-phosphorus': 1, 'incendiary-weapon': 1,
  psychogenic: 1, null: 5,
};
const AGENTS: Record<string, Record<string, number>> = {
  en: { ...SHARED_AGENTS, 'hydrogen-fluoride': 1, 'irritant-industrial': 1, 'fire-smoke': 1, none: 1 },
  ru: { ...SHARED_AGENTS, novichok: 1, 'hydrogen-sulfide': 1, 'hydrogen-fluoride': 1, 'food-poisoning': 1 },
  ar: { ...SHARED_AGENTS, 'hydrogen-sulfide': 1, 'methyl-isocyanate': 1, 'fire-smoke': 1, none: 1 },
};

describe('paraphrase test split v5 (frozen; not scored here): agents', () => {
  it('has the recorded counts of agents per language', () => {
    const items = loadParaphrases('test-v5');
    for (const lang of Object.keys(AGENTS)) {
      const counts: Record<string, number> = {};
      for (const p of items.filter((q) => q.lang === lang)) counts[String(p.agent)] = (counts[String(p.agent)] ?? 0) + 1;
      expect(counts, lang).toEqual(AGENTS[lang]);
    }
  });
});
