/**
 * Guard of the lay-paraphrase DEVELOPMENT split dev-v24 (eval/agents/paraphrases-dev-v24.yaml), written in session 31
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts, right after the frozen
 * test-v25 was committed (same hand, other voices and scenes). It is development data — tuners may read the misses of
 * its look part (eval/split-parts.ts: ids whose sha256 starts with 0-3 are the hold part, scored in aggregate only; 22
 * of 90 here) — but its sha256 and counts are recorded here so it cannot change or shrink silently. This test does NOT
 * score the engine. Through test/helpers/frozen-paraphrase-split.ts it checks the recorded counts per language, class
 * and agent and of the look/hold parts; unique ids of the form `<lang>-d24-NN` (also across every other paraphrase
 * split); knowledge-base agents of the labelled class; no text repeated from (or containing, or contained in) a text of
 * this or another paraphrase split, the frozen test-v25 (and the later test-v26) included; and that no text names an agent, its class or a
 * product (AGENT_AND_PRODUCT_NAMES).
 */
import type { Split } from '../eval/agents/load.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const PER_CLASS: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
/** Agents shared by every language (the thin accounts have none: null); the rest differ by language (below). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 2, phosgene: 2, sarin: 1, 'organophosphate-pesticide': 1, 'sulfur-mustard': 3, cs: 1, oc: 1, ammonia: 1,
  'irritant-industrial': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1, none: 2, 'fire-smoke': 1, psychogenic: 1, 'food-poisoning': 1, null: 5,
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6', 'dev-v5', 'test-v7', 'dev-v6', 'test-v8', 'dev-v7', 'test-v9', 'dev-v8', 'test-v10', 'dev-v9', 'test-v11', 'dev-v10', 'test-v12', 'dev-v11', 'test-v13', 'dev-v12', 'test-v14', 'dev-v13', 'test-v15', 'dev-v14', 'test-v16', 'dev-v15', 'test-v17', 'dev-v16', 'test-v18', 'dev-v17', 'test-v19', 'dev-v18', 'test-v20', 'dev-v19', 'test-v21', 'dev-v20', 'test-v22', 'dev-v21', 'test-v23', 'dev-v22', 'test-v24', 'dev-v23', 'test-v25', 'test-v26'];

describeFrozenParaphraseSplit({
  split: 'dev-v24',
  sha256: '798cf771c38ff789f8bdc67e2bc5033ccd3a1dd918fbabd68a9f0f8dcdd8d5af',
  perLang: Object.values(PER_CLASS).reduce((a, b) => a + b, 0),
  perClass: PER_CLASS,
  langs: ['en', 'ru', 'ar'],
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-d24-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
  agentsPerLang: {
    // en-d24-03 is a degreasing tank's fumes over a welding arc (phosgene); en-d24-21 a tanker's white gas at a plant (hydrogen-fluoride)
    en: { ...SHARED_AGENTS, novichok: 1, cn: 1, phosphine: 1, 'hydrogen-fluoride': 1 },
    // ru-d24-07 is a drop on a wrist, local sweat and twitch hours later (vx)
    ru: { ...SHARED_AGENTS, vx: 1, cs: 2, phosphine: 1, 'hydrogen-sulfide': 1 },
    // ar-d24-20 is a burning plant's smoke smelling of struck matches (sulfur-dioxide)
    ar: { ...SHARED_AGENTS, vx: 1, cn: 1, 'sulfur-dioxide': 1, 'hydrogen-sulfide': 1 },
  },
  parts: { look: 68, hold: 22 },
});
