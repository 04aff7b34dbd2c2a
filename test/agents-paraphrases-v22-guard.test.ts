/**
 * Guard of the FROZEN lay-paraphrase test split v22 (eval/agents/paraphrases-test-v22.yaml), written in session 28
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts, before the development
 * split dev-v21. Its floor is its first score (the coordinator scored it once, aggregate only, on the session-start engine). Through test/helpers/frozen-paraphrase-split.ts it checks the recorded sha256; the counts per
 * language, class and agent; unique ids of the form `<lang>-v22-NN` (also across every other paraphrase split);
 * knowledge-base agents of the labelled class; no text repeated from (or containing, or contained in) a text of this
 * or another paraphrase split, test-v21 and dev-v20 included; and that no text names an agent, its class or a product
 * (AGENT_AND_PRODUCT_NAMES).
 */
import type { Split } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
/** Agents shared by every language (the thin accounts have none: null); the rest differ by language (below). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 3, phosgene: 1, sarin: 1, 'organophosphate-pesticide': 1, 'sulfur-mustard': 3, oc: 1, ammonia: 1,
  'hydrogen-sulfide': 1, 'sulfur-dioxide': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1, 'fire-smoke': 1,
  psychogenic: 1, 'food-poisoning': 1, none: 2, null: 5,
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5', 'test-v7', 'dev-v6', 'test-v8', 'dev-v7', 'test-v9', 'dev-v8', 'test-v10', 'dev-v9', 'test-v11', 'dev-v10', 'test-v12', 'dev-v11', 'test-v13', 'dev-v12', 'test-v14', 'dev-v13', 'test-v15', 'dev-v14', 'test-v16', 'dev-v15', 'test-v17', 'dev-v16', 'test-v18', 'dev-v17', 'test-v19', 'dev-v18', 'test-v20', 'dev-v19', 'test-v21', 'dev-v20'];

describeFrozenParaphraseSplit({
  split: 'test-v22',
  sha256: 'c62d87e2520957a2c0845fcfbe1eeda2ed5ec658b250ab6cc7957e0a93f20c52',
  perLang: Object.values(PER_CLASS).reduce((a, b) => a + b, 0),
  perClass: PER_CLASS,
  langs: ['en', 'ru', 'ar'],
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-v22-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: {
    en: { ...SHARED_AGENTS, vx: 1, cs: 1, cn: 1, 'hydrogen-fluoride': 1 },
    // ru-v22-21 is a spilled gas odorant (a mercaptan vapour): irritant-industrial
    ru: { ...SHARED_AGENTS, novichok: 1, cs: 1, cn: 1, 'irritant-industrial': 1 },
    ar: { ...SHARED_AGENTS, novichok: 1, cs: 2, 'methyl-isocyanate': 1 },
  },
  // first scored by the coordinator on the session-start engine (0a4c4f42 + this split), before any session-28 rule
  // landed: 81/90 = 90.0% (EN 27/30, RU 25/30, AR 29/30), Brier 0.178 (calibrated 0.135). A floor against regressions,
  // never a target (Brier limit: the first score plus .005).
  floor: { title: 'stays at or above its first score (90.0%; EN .9, RU .833, AR .966; Brier < .183)', classTop1: 0.899, perLang: { en: 0.899, ru: 0.833, ar: 0.966 }, brierBelow: 0.183 },
});
