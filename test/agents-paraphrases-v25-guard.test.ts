/**
 * Guard of the FROZEN lay-paraphrase test split v25 (eval/agents/paraphrases-test-v25.yaml), written in session 31
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts, before the development
 * split dev-v24. This test does NOT score the engine (no floor yet: the coordinator scores the split, aggregate only,
 * and adds its floor). Through test/helpers/frozen-paraphrase-split.ts it checks the recorded sha256, the counts per
 * language, class and agent, unique ids of the form `<lang>-v25-NN` (also across every other paraphrase split),
 * knowledge-base agents of the labelled class, no text repeated from (or containing, or contained in) a text of this
 * or another paraphrase split (test-v24, dev-v23 and the later dev-v24 included), and that no text names an agent, its class or a product
 * (AGENT_AND_PRODUCT_NAMES).
 */
import type { Split } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
/** Agents shared by every language (the thin accounts have none: null); the rest differ by language (below). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 3, phosgene: 1, 'sulfur-mustard': 3, oc: 1, ammonia: 1, 'hydrogen-sulfide': 1,
  none: 2, 'fire-smoke': 1, psychogenic: 1, 'food-poisoning': 1, null: 5,
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5', 'test-v7', 'dev-v6', 'test-v8', 'dev-v7', 'test-v9', 'dev-v8', 'test-v10', 'dev-v9', 'test-v11', 'dev-v10', 'test-v12', 'dev-v11', 'test-v13', 'dev-v12', 'test-v14', 'dev-v13', 'test-v15', 'dev-v14', 'test-v16', 'dev-v15', 'test-v17', 'dev-v16', 'test-v18', 'dev-v17', 'test-v19', 'dev-v18', 'test-v20', 'dev-v19', 'test-v21', 'dev-v20', 'test-v22', 'dev-v21', 'test-v23', 'dev-v22', 'test-v24', 'dev-v23', 'dev-v24'];

describeFrozenParaphraseSplit({
  split: 'test-v25',
  sha256: 'e84307b42eceaa63aa0d0c3526a02e302e5e6005998a1b28231a60b0e8a85e98',
  perLang: Object.values(PER_CLASS).reduce((a, b) => a + b, 0),
  perClass: PER_CLASS,
  langs: ['en', 'ru', 'ar'],
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-v25-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: {
    // en-v25-20 is Bhopal's night told by a son (methyl-isocyanate); en-v25-07 a cloth wiped over a face at an airport (vx)
    en: { ...SHARED_AGENTS, sarin: 1, vx: 1, 'organophosphate-pesticide': 1, cs: 2, 'methyl-isocyanate': 1, 'sulfur-dioxide': 1, 'white-phosphorus': 1, 'incendiary-weapon': 2 },
    // ru-v25-21 is acid for frosting glass on the fingers, pain hours later (hydrogen-fluoride)
    ru: { ...SHARED_AGENTS, sarin: 1, novichok: 1, 'organophosphate-pesticide': 1, cs: 1, cn: 1, 'sulfur-dioxide': 1, 'hydrogen-fluoride': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1 },
    // ar-v25-20 is grain tablets under a house (phosphine); ar-v25-21 a coastal plant's yellow smoke (irritant-industrial)
    ar: { ...SHARED_AGENTS, sarin: 2, 'organophosphate-pesticide': 1, cs: 2, phosphine: 1, 'irritant-industrial': 1, 'white-phosphorus': 1, 'incendiary-weapon': 2 },
  },
  // first scored by the coordinator on the session-start engine (0fe00c8d + this split), before any session-31 rule
  // landed: 84/90 = 93.3% (EN 27/30, RU 28/30, AR 29/30), Brier 0.167 (calibrated 0.114). A floor against regressions,
  // never a target (Brier limit: the first score plus .005).
  floor: { title: 'stays at or above its first score (93.3%; EN .900, RU .933, AR .966; Brier < .172)', classTop1: 0.933, perLang: { en: 0.9, ru: 0.933, ar: 0.966 }, brierBelow: 0.172 },
});
