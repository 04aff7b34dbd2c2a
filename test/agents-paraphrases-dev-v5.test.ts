/**
 * Guard of the lay-paraphrase DEVELOPMENT split dev-v5 (eval/agents/paraphrases-dev-v5.yaml), written in session 12
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts, right after the frozen
 * test-v6 (same hand, other scenes). It is development data — tuners may read the misses of its look part
 * (eval/split-parts.ts: ids whose sha256 starts with 0-3 are the hold part, scored in aggregate only) — but its sha256 and
 * counts are recorded here so it cannot change or shrink silently. This test does NOT score the engine. It checks the
 * recorded counts per language, class and agent and of the look/hold parts; unique ids of the form `<lang>-d5-NN` (also
 * across the other paraphrase splits); knowledge-base agents of the labelled class; no text repeated from (or
 * containing, or contained in) a text of this or another paraphrase split; and that no text names an agent, its class or
 * a product (test/helpers/frozen-paraphrase-split.ts AGENT_AND_PRODUCT_NAMES).
 */
import { describe, expect, it } from 'vitest';
import { loadParaphrases, type Split } from '../eval/agents/load.js';
import { splitPart } from '../eval/split-parts.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const SHA256 = 'ba975a942b132284781b373f3ba9ec72f900a5a35708d177ed5d7894e9ff3b85';
const PER_LANG: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
const LANGS = ['en', 'ru', 'ar'];
const PARTS = { look: 67, hold: 23 };
/** Agents per language (null: no single agent singled out: the thin accounts and heat collapse). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 2, phosgene: 2, sarin: 2, 'organophosphate-pesticide': 1, 'sulfur-mustard': 3, cs: 2, oc: 1, ammonia: 1,
  'hydrogen-sulfide': 1, 'irritant-industrial': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1, 'fire-smoke': 1,
  psychogenic: 1, 'food-poisoning': 1, none: 1, null: 6,
};
const AGENTS: Record<string, Record<string, number>> = {
  en: { ...SHARED_AGENTS, 'methyl-isocyanate': 1 },
  ru: { ...SHARED_AGENTS, phosphine: 1 },
  ar: { ...SHARED_AGENTS, 'hydrogen-fluoride': 1 },
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4', 'dev-v4', 'test-v5', 'test-v6'];

describeFrozenParaphraseSplit({
  split: 'dev-v5',
  sha256: SHA256,
  perLang: Object.values(PER_LANG).reduce((a, b) => a + b, 0),
  perClass: PER_LANG,
  langs: LANGS,
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-d5-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
});

describe('paraphrase development split dev-v5: agents and parts', () => {
  const items = loadParaphrases('dev-v5');

  it('has the recorded counts of agents per language and the recorded look/hold parts', () => {
    for (const lang of LANGS) {
      const agents: Record<string, number> = {};
      for (const p of items.filter((q) => q.lang === lang)) agents[String(p.agent)] = (agents[String(p.agent)] ?? 0) + 1;
      expect(agents, lang).toEqual(AGENTS[lang]);
    }
    expect({ look: splitPart(items, 'look').length, hold: splitPart(items, 'hold').length }).toEqual(PARTS);
  });
});
