/**
 * Guard of the lay-paraphrase DEVELOPMENT split dev-v4 (eval/agents/paraphrases-dev-v4.yaml), written in session 11
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts. It is development data —
 * tuners may read the misses of its look part (eval/split-parts.ts: ids whose sha256 starts with 0-3 are the hold part,
 * scored in aggregate only) — but its sha256 and counts are recorded here so it cannot change or shrink silently. This
 * test does NOT score the engine. It checks the recorded counts per language, class and agent and of the look/hold parts;
 * unique ids of the form `<lang>-d4-NN` (also across the other paraphrase splits); knowledge-base agents of the
 * labelled class; no text repeated from (or containing, or contained in) a text of this or another paraphrase split; and
 * that no text names an agent, its class or a product (test/helpers/frozen-paraphrase-split.ts AGENT_AND_PRODUCT_NAMES).
 */
import { describe, expect, it } from 'vitest';
import { loadParaphrases, type Split } from '../eval/agents/load.js';
import { splitPart } from '../eval/split-parts.js';
import { AGENT_AND_PRODUCT_NAMES, describeFrozenParaphraseSplit } from './helpers/frozen-paraphrase-split.js';

const SHA256 = '99cbc6df892c088331a18ee73bdc6c408fdb8d2258a6c9c0ff381ab11ea21e25';
const PER_LANG: Record<string, number> = { choking: 5, nerve: 4, blister: 4, 'riot-control': 4, 'toxic-industrial': 4, incendiary: 4, none: 5 };
const LANGS = ['en', 'ru', 'ar'];
const PARTS = { look: 70, hold: 20 };
/** Agents per language (null: no single agent singled out: the thin accounts, pesticide poisonings, generator exhaust). */
const SHARED_AGENTS: Record<string, number> = {
  'sulfur-mustard': 3, oc: 1, ammonia: 1, 'hydrogen-sulfide': 1, 'sulfur-dioxide': 1, 'white-phosphorus': 2, 'incendiary-weapon': 1,
  psychogenic: 1, 'fire-smoke': 1, 'food-poisoning': 1, none: 1,
};
const AGENTS: Record<string, Record<string, number>> = {
  en: { ...SHARED_AGENTS, chlorine: 4, phosgene: 1, sarin: 1, novichok: 1, cs: 1, cn: 1, phosphine: 1, null: 6 },
  ru: { ...SHARED_AGENTS, chlorine: 3, phosgene: 2, sarin: 2, vx: 1, cs: 2, cn: 1, 'irritant-industrial': 1, null: 4 },
  ar: { ...SHARED_AGENTS, chlorine: 4, phosgene: 1, sarin: 1, novichok: 1, cs: 2, phosphine: 1, null: 6 },
};
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4'];

describeFrozenParaphraseSplit({
  split: 'dev-v4',
  sha256: SHA256,
  perLang: Object.values(PER_LANG).reduce((a, b) => a + b, 0),
  perClass: PER_LANG,
  langs: LANGS,
  others: OTHERS,
  idForm: (lang) => new RegExp(`^${lang}-d4-\\d{2}$`),
  names: AGENT_AND_PRODUCT_NAMES,
  namesWhat: 'agent, class or product',
});

describe('paraphrase development split dev-v4: agents and parts', () => {
  const items = loadParaphrases('dev-v4');

  it('has the recorded counts of agents per language and the recorded look/hold parts', () => {
    for (const lang of LANGS) {
      const agents: Record<string, number> = {};
      for (const p of items.filter((q) => q.lang === lang)) agents[String(p.agent)] = (agents[String(p.agent)] ?? 0) + 1;
      expect(agents, lang).toEqual(AGENTS[lang]);
    }
    expect({ look: splitPart(items, 'look').length, hold: splitPart(items, 'hold').length }).toEqual(PARTS);
  });
});
