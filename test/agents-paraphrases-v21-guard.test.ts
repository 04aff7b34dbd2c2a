/**
 * Guard of the frozen lay-paraphrase test split v21 (eval/agents/paraphrases-test-v21.yaml), written in session 27 (room
 * wrpara) by a hand that does not tune the engine and never ran it on these accounts, before the development split
 * dev-v20 (same hand, written after this one was committed). The checks are of the file itself
 * (test/helpers/frozen-paraphrase-split.ts): its sha256 is recorded (any edit, a phrase added or a label changed, fails
 * here); the counts per language, class and agent are its recorded counts (30 per language, every class in each); every
 * id is unique and of the form `<lang>-v21-NN` (also across every other paraphrase split, development and frozen); every
 * agent is a knowledge-base agent of the labelled class; no text repeats (or contains, or is contained in) a text of this
 * or another paraphrase split; and no text names an agent, its class or a product (AGENT_AND_PRODUCT_NAMES). It does not
 * score: its floor is its first score (the coordinator scored it once, aggregate only). No test prints its misses.
 */
import type { Split } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

/** Agents shared by every language (null, the thin accounts, and the blister and riot-control agents differ: below). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 3, phosgene: 1, sarin: 1, 'organophosphate-pesticide': 1, oc: 1, ammonia: 1, 'hydrogen-sulfide': 1,
  'sulfur-dioxide': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1, 'fire-smoke': 1, psychogenic: 1,
  'food-poisoning': 1, none: 2,
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5', 'test-v7', 'dev-v6', 'test-v8', 'dev-v7', 'test-v9', 'dev-v8', 'test-v10', 'dev-v9', 'test-v11', 'dev-v10', 'test-v12', 'dev-v11', 'test-v13', 'dev-v12', 'test-v14', 'dev-v13', 'test-v15', 'dev-v14', 'test-v16', 'dev-v15', 'test-v17', 'dev-v16', 'test-v18', 'dev-v17', 'test-v19', 'dev-v18', 'test-v20', 'dev-v19'];

describeFrozenParaphraseSplit({
  split: 'test-v21',
  sha256: 'dc1ce682ba633a026b8c66479efa61ab3423571905649829becbe5dcd0656e60',
  perLang: 30,
  perClass: { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 },
  langs: ['en', 'ru', 'ar'],
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-v21-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: {
    // en-v21-12 (a buried mixed-vesicant drum, its agent not in the knowledge base) has no agent, like the thin accounts
    en: { ...SHARED_AGENTS, novichok: 1, phosphine: 1, 'sulfur-mustard': 2, cs: 2, null: 6 },
    ru: { ...SHARED_AGENTS, vx: 1, 'hydrogen-fluoride': 1, 'sulfur-mustard': 3, cs: 1, cn: 1, null: 5 },
    ar: { ...SHARED_AGENTS, vx: 1, phosphine: 1, 'sulfur-mustard': 3, cs: 2, null: 5 },
  },
  // first scored by the coordinator on the session-start engine (aa01028b + this split), before any session-27 rule
  // landed: 86/90 = 95.6% (EN 28/30, RU 28/30, AR 30/30), Brier 0.153 (calibrated 0.089). A floor against regressions,
  // never a target (Brier limit: the first score plus .005).
  floor: { title: 'stays at or above its first score (95.6%; EN .933, RU .933, AR 1.0; Brier < .158)', classTop1: 0.955, perLang: { en: 0.933, ru: 0.933, ar: 1.0 }, brierBelow: 0.158 },
});
