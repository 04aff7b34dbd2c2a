/**
 * Guard of the FROZEN lay-paraphrase test split v23 (eval/agents/paraphrases-test-v23.yaml), written in session 29
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts, before the development
 * split dev-v22. This test does NOT score the engine (no floor yet: the coordinator scores the split, aggregate only,
 * and adds the floor). Through test/helpers/frozen-paraphrase-split.ts it checks the recorded sha256; the counts per
 * language, class and agent; unique ids of the form `<lang>-v23-NN` (also across every other paraphrase split);
 * knowledge-base agents of the labelled class; no text repeated from (or containing, or contained in) a text of this
 * or another paraphrase split, test-v22 and dev-v21 included; and that no text names an agent, its class or a product
 * (AGENT_AND_PRODUCT_NAMES).
 */
import type { Split } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
/** Agents shared by every language (the thin accounts have none: null); the rest differ by language (below). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 2, phosgene: 2, 'sulfur-mustard': 3, 'white-phosphorus': 2, 'incendiary-weapon': 1, sarin: 1,
  'organophosphate-pesticide': 1, oc: 1, none: 2, 'fire-smoke': 1, psychogenic: 1, 'food-poisoning': 1, null: 5,
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5', 'test-v7', 'dev-v6', 'test-v8', 'dev-v7', 'test-v9', 'dev-v8', 'test-v10', 'dev-v9', 'test-v11', 'dev-v10', 'test-v12', 'dev-v11', 'test-v13', 'dev-v12', 'test-v14', 'dev-v13', 'test-v15', 'dev-v14', 'test-v16', 'dev-v15', 'test-v17', 'dev-v16', 'test-v18', 'dev-v17', 'test-v19', 'dev-v18', 'test-v20', 'dev-v19', 'test-v21', 'dev-v20', 'test-v22', 'dev-v21'];

describeFrozenParaphraseSplit({
  split: 'test-v23',
  sha256: '0118d4ed4fafa45bcb799b2483d44b989559b3e9b7ccefef39ac3e29373784a9',
  perLang: Object.values(PER_CLASS).reduce((a, b) => a + b, 0),
  perClass: PER_CLASS,
  langs: ['en', 'ru', 'ar'],
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-v23-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: {
    en: { ...SHARED_AGENTS, vx: 1, cs: 1, cn: 1, 'hydrogen-sulfide': 1, 'methyl-isocyanate': 1, 'hydrogen-fluoride': 1, phosphine: 1 },
    // ru-v23-20 is paint and varnish vapour in a school gym (a solvent): irritant-industrial
    ru: { ...SHARED_AGENTS, novichok: 1, cs: 1, cn: 1, ammonia: 1, 'sulfur-dioxide': 1, 'irritant-industrial': 1, 'hydrogen-sulfide': 1 },
    ar: { ...SHARED_AGENTS, novichok: 1, cs: 2, ammonia: 1, 'hydrogen-sulfide': 1, 'sulfur-dioxide': 1, phosphine: 1 },
  },
  // first scored by the coordinator on the session-start engine (561b11ce + this split), before any session-29 rule
  // landed: 87/90 = 96.7% (EN 29/30, RU 30/30, AR 28/30), Brier 0.121 (calibrated 0.063). A floor against regressions,
  // never a target (Brier limit: the first score plus .005).
  floor: { title: 'stays at or above its first score (96.7%; EN .966, RU 1.0, AR .933; Brier < .126)', classTop1: 0.966, perLang: { en: 0.966, ru: 0.999, ar: 0.933 }, brierBelow: 0.126 },
});
