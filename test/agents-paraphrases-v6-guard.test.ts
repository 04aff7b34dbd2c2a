/**
 * Guard of the frozen lay-paraphrase test split v6 (eval/agents/paraphrases-test-v6.yaml), written in session 12 (room
 * wrpara) by a hand that does not tune the engine and never ran it on these accounts. The checks below are of the file
 * itself; it is scored only in aggregate, against the floor the coordinator set after its first score on the
 * session-start engine (below). Its sha256 is recorded (any edit, a phrase added or a label changed, fails here); the counts per
 * language and class, and of agents per language, are its recorded counts (30 per language, every class in each); every
 * id is unique and of the form `<lang>-v6-NN` (also across the other paraphrase splits: dev, test, test-v2, dev-v3,
 * test-v3, test-v4, dev-v4, test-v5, dev-v5); every agent is a knowledge-base agent of the labelled class; no text
 * repeats (or contains, or is contained in) a text of this or another paraphrase split; and no text names an agent, its
 * class or a product (AGENT_AND_PRODUCT_NAMES). No test prints its misses.
 */
import { describe, expect, it } from 'vitest';
import { loadParaphrases } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

describeFrozenParaphraseSplit({
  split: 'test-v6',
  sha256: '52e5d4b1b7ebf5f78254afcfc2b6d2c52350d8ea2da7ee9cdb94b62884168066',
  perLang: 30,
  perClass: { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 },
  langs: ['en', 'ru', 'ar'],
  others: ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'dev-v5'],
  idForm: (lang) => new RegExp(`^${lang}-v6-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  // first scored by the coordinator on the engine of e7c82f9 (main 45a0e51 + this split, before any session-12 tuning):
  // 76/90 = 84.4% (EN 26/30, RU 27/30, AR 23/30), Brier 0.262. The floor keeps that: a change that costs a frozen account
  // here is withdrawn and re-chosen on development, never fixed by reading this split.
  floor: { title: 'stays at or above its first score (84.4%; EN .867, RU .90, AR .767; Brier < .263)', classTop1: 0.844, perLang: { en: 0.866, ru: 0.9, ar: 0.766 }, brierBelow: 0.263 },
});

/** Agents per language (null: no single agent singled out: the thin accounts and the shut rooms with a heater, a
 * bathhouse or a brazier). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 3, phosgene: 1, sarin: 1, 'organophosphate-pesticide': 1, 'sulfur-mustard': 3, cs: 1, oc: 1, cn: 1, ammonia: 1,
  'hydrogen-sulfide': 1, 'sulfur-dioxide': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1, 'fire-smoke': 1, psychogenic: 1,
  'food-poisoning': 1, none: 1, null: 6,
};
const AGENTS: Record<string, Record<string, number>> = {
  en: { ...SHARED_AGENTS, novichok: 1, 'hydrogen-fluoride': 1 },
  ru: { ...SHARED_AGENTS, vx: 1, 'irritant-industrial': 1 },
  ar: { ...SHARED_AGENTS, vx: 1, 'irritant-industrial': 1 },
};

describe('paraphrase test split v6 (frozen; not scored here): agents', () => {
  it('has the recorded counts of agents per language', () => {
    const items = loadParaphrases('test-v6');
    for (const lang of Object.keys(AGENTS)) {
      const counts: Record<string, number> = {};
      for (const p of items.filter((q) => q.lang === lang)) counts[String(p.agent)] = (counts[String(p.agent)] ?? 0) + 1;
      expect(counts, lang).toEqual(AGENTS[lang]);
    }
  });
});
