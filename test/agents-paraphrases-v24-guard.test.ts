/**
 * Guard of the FROZEN lay-paraphrase test split v24 (eval/agents/paraphrases-test-v24.yaml), written in session 30
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts, before the development
 * split dev-v23. This test does NOT score the engine (no floor yet: the coordinator scores the split, aggregate only,
 * and adds its floor). Through test/helpers/frozen-paraphrase-split.ts it checks the recorded sha256, the counts per
 * language, class and agent, unique ids of the form `<lang>-v24-NN` (also across every other paraphrase split),
 * knowledge-base agents of the labelled class, no text repeated from (or containing, or contained in) a text of this
 * or another paraphrase split (test-v23, dev-v22 and the later dev-v23 included), and that no text names an agent, its class or a product
 * (AGENT_AND_PRODUCT_NAMES).
 */
import type { Split } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
/** Agents shared by every language (the thin accounts have none: null); the rest differ by language (below). */
const SHARED_AGENTS: Record<string, number> = {
  'sulfur-mustard': 3, sarin: 1, oc: 1, ammonia: 1, 'hydrogen-sulfide': 1, 'sulfur-dioxide': 1,
  none: 2, 'fire-smoke': 1, psychogenic: 1, 'food-poisoning': 1, null: 5,
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5', 'test-v7', 'dev-v6', 'test-v8', 'dev-v7', 'test-v9', 'dev-v8', 'test-v10', 'dev-v9', 'test-v11', 'dev-v10', 'test-v12', 'dev-v11', 'test-v13', 'dev-v12', 'test-v14', 'dev-v13', 'test-v15', 'dev-v14', 'test-v16', 'dev-v15', 'test-v17', 'dev-v16', 'test-v18', 'dev-v17', 'test-v19', 'dev-v18', 'test-v20', 'dev-v19', 'test-v21', 'dev-v20', 'test-v22', 'dev-v21', 'test-v23', 'dev-v22', 'dev-v23'];

describeFrozenParaphraseSplit({
  split: 'test-v24',
  sha256: '9fd922559e4e651a95d9fcbd1955ef90bad208abe96272e2943bdaf7cb7d0036',
  perLang: Object.values(PER_CLASS).reduce((a, b) => a + b, 0),
  perClass: PER_CLASS,
  langs: ['en', 'ru', 'ar'],
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-v24-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: {
    // en-v24-20 is a rust gel on a hull (hydrogen-fluoride); en-v24-07 a found bottle sprayed as scent (novichok)
    en: { ...SHARED_AGENTS, chlorine: 2, phosgene: 2, novichok: 1, 'organophosphate-pesticide': 1, cs: 1, cn: 1, 'hydrogen-fluoride': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1 },
    ru: { ...SHARED_AGENTS, chlorine: 2, phosgene: 2, vx: 1, 'organophosphate-pesticide': 1, cs: 1, cn: 1, 'hydrogen-fluoride': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1 },
    // ar-v24-08 is a pesticide drunk from a soda bottle (organophosphate-pesticide, eaten, nothing breathed)
    ar: { ...SHARED_AGENTS, chlorine: 3, phosgene: 1, 'organophosphate-pesticide': 2, cs: 2, phosphine: 1, 'white-phosphorus': 1, 'incendiary-weapon': 2 },
  },
  // first scored by the coordinator on the session-start engine (571c91b4 + this split), before any session-30 rule
  // landed: 85/90 = 94.4% (EN 28/30, RU 28/30, AR 29/30), Brier 0.129 (calibrated 0.078). A floor against regressions,
  // never a target (Brier limit: the first score plus .005).
  floor: { title: 'stays at or above its first score (94.4%; EN .933, RU .933, AR .966; Brier < .134)', classTop1: 0.944, perLang: { en: 0.933, ru: 0.933, ar: 0.966 }, brierBelow: 0.134 },
});
