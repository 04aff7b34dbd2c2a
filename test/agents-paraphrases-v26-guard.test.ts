/**
 * Guard of the FROZEN lay-paraphrase test split v26 (eval/agents/paraphrases-test-v26.yaml), written in session 32
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts. Its floor is the
 * coordinator's first score (aggregate only). Through
 * test/helpers/frozen-paraphrase-split.ts it checks the recorded sha256, the counts per language, class and agent,
 * unique ids of the form `<lang>-v26-NN` (also across every other paraphrase split), knowledge-base agents of the
 * labelled class, no text repeated from (or containing, or contained in) a text of this or another paraphrase split
 * (test-v25 and dev-v24 included), and that no text names an agent, its class or a product (AGENT_AND_PRODUCT_NAMES).
 */
import type { Split } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
/** Agents shared by every language (the thin accounts have none: null); the rest differ by language (below). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 3, phosgene: 1, sarin: 1, 'organophosphate-pesticide': 1, 'sulfur-mustard': 3, cs: 1, oc: 1, ammonia: 1,
  'hydrogen-sulfide': 1, none: 2, 'fire-smoke': 1, psychogenic: 1, 'food-poisoning': 1, null: 5,
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5', 'test-v7', 'dev-v6', 'test-v8', 'dev-v7', 'test-v9', 'dev-v8', 'test-v10', 'dev-v9', 'test-v11', 'dev-v10', 'test-v12', 'dev-v11', 'test-v13', 'dev-v12', 'test-v14', 'dev-v13', 'test-v15', 'dev-v14', 'test-v16', 'dev-v15', 'test-v17', 'dev-v16', 'test-v18', 'dev-v17', 'test-v19', 'dev-v18', 'test-v20', 'dev-v19', 'test-v21', 'dev-v20', 'test-v22', 'dev-v21', 'test-v23', 'dev-v22', 'test-v24', 'dev-v23', 'test-v25', 'dev-v24'];

describeFrozenParaphraseSplit({
  split: 'test-v26',
  sha256: '68d155e4f12b9bacb20b6bcd17c5fadae922353346b22da39e2f239571c1e259',
  perLang: Object.values(PER_CLASS).reduce((a, b) => a + b, 0),
  perClass: PER_CLASS,
  langs: ['en', 'ru', 'ar'],
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-v26-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: {
    // en-v26-07 is a found scent bottle at Amesbury (novichok); en-v26-21 a wheel cleaner under a glove (hydrogen-fluoride)
    en: { ...SHARED_AGENTS, novichok: 1, cn: 1, phosphine: 1, 'hydrogen-fluoride': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1 },
    // ru-v26-20 is a broken jar of preserving fluid in an anatomy room (irritant-industrial)
    ru: { ...SHARED_AGENTS, vx: 1, cs: 2, 'irritant-industrial': 1, phosphine: 1, 'white-phosphorus': 1, 'incendiary-weapon': 2 },
    // ar-v26-20 is a warehouse fire of yellow powder smelling of struck matches (sulfur-dioxide)
    ar: { ...SHARED_AGENTS, vx: 1, cn: 1, 'sulfur-dioxide': 1, 'hydrogen-fluoride': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1 },
  },
  // first scored by the coordinator on the session-start engine (b328514b + this split), before any session-32 rule
  // landed: 82/90 = 91.1% [83.4-95.4] (EN 28/30, RU 26/30, AR 28/30), Brier 0.157 (calibrated 0.103). A floor against
  // regressions, never a target (Brier limit: the first score plus .005).
  floor: { title: 'stays at or above its first score (91.1%; EN .933, RU .866, AR .933; Brier < .162)', classTop1: 0.911, perLang: { en: 0.933, ru: 0.866, ar: 0.933 }, brierBelow: 0.162 },
});
