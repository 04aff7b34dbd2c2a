/**
 * Guard of the frozen lay-paraphrase test split v4 (eval/agents/paraphrases-test-v4.yaml), written in session 10 by a
 * hand that does not tune the engine and never ran it on these accounts. The checks below are of the file itself; this
 * test does not print its misses; its last test is the floor the coordinator added after scoring it in aggregate: before
 * session 10's tuning (engine of 26176ba) 121/150 = 80.7% (EN 43, RU 41, AR 37 of 50; Brier 0.327); after (session 10's
 * landing) 120/150 = 80.0% (EN 43, RU 40, AR 37; Brier 0.319); a blind reader of the texts alone 150/150. A guard against
 * regressions, never a target. Its sha256 is recorded (any edit, a phrase added or a label changed, fails here); the counts
 * per language and class, and of agents per language, are its recorded counts; every id is unique (also across the
 * other paraphrase splits: dev, test, test-v2, dev-v3, test-v3); every agent is a knowledge-base agent of the labelled
 * class; no text repeats (or contains, or is contained in) a text of this or another paraphrase split; and no text
 * names an agent, its class or a product (the v3 guard's list of words in EN, RU and AR). No test prints its misses.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadAgentKb } from '../src/app/agents.js';
import { evalDir, loadParaphrases, SPLIT_FILES } from '../eval/agents/load.js';
import { scoreCases } from '../src/core/agents/agent-evaluation.js';
import { AGENT_AND_PRODUCT_NAMES } from './helpers/frozen-paraphrase-split.js';

const SHA256 = '3a0a2aa5242173f245663d07b2cb7e79785f5e964554b22266781acc27675ea6';
const PER_LANG: Record<string, number> = { choking: 7, nerve: 7, blister: 7, 'riot-control': 7, 'toxic-industrial': 8, incendiary: 7, none: 7 };
const LANGS = ['en', 'ru', 'ar'];

/** Agents per language (null: no single agent identifiable: the thin accounts and the heat collapse). */
const SHARED_AGENTS: Record<string, number> = {
  chlorine: 5, phosgene: 1, sarin: 4, vx: 1, novichok: 1, 'sulfur-mustard': 6, cs: 3, oc: 2, cn: 1,
  'hydrogen-sulfide': 1, 'sulfur-dioxide': 1, 'methyl-isocyanate': 1, phosphine: 1,
  'white-phosphorus': 3, 'incendiary-weapon': 3, 'fire-smoke': 2, psychogenic: 2, 'food-poisoning': 1, none: 1, null: 6,
};
const AGENTS: Record<string, Record<string, number>> = {
  en: { ...SHARED_AGENTS, ammonia: 2, 'irritant-industrial': 1, 'hydrogen-fluoride': 1 },
  ru: { ...SHARED_AGENTS, ammonia: 1, 'irritant-industrial': 2, 'hydrogen-fluoride': 1 },
  ar: { ...SHARED_AGENTS, ammonia: 2, 'irritant-industrial': 2 },
};

const NAMES = AGENT_AND_PRODUCT_NAMES;

/** The one account's text of a paraphrase case. */
const textOf = (p: { accounts: { text?: string }[] }): string => p.accounts.map((a) => a.text ?? '').join(' ');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const countBy = <T>(xs: T[], key: (x: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
};

describe('paraphrase test split v4 (frozen)', () => {
  const file = path.join(evalDir, SPLIT_FILES.paraphrases['test-v4']);
  const v4 = loadParaphrases('test-v4');
  const otherSplits = () => [
    ...loadParaphrases('dev'), ...loadParaphrases('test'), ...loadParaphrases('test-v2'), ...loadParaphrases('dev-v3'), ...loadParaphrases('test-v3'),
  ];

  it('is frozen (sha256 recorded)', () => {
    const got = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(got, `${SPLIT_FILES.paraphrases['test-v4']} changed: the test split is frozen`).toBe(SHA256);
  });

  it('has 50 accounts per language with the recorded counts per class and per agent', () => {
    expect(v4.length).toBe(150);
    for (const lang of LANGS) {
      const mine = v4.filter((p) => p.lang === lang);
      expect(mine.length, lang).toBe(50);
      expect(countBy(mine, (p) => p.class), lang).toEqual(PER_LANG);
      expect(countBy(mine, (p) => String(p.agent)), lang).toEqual(AGENTS[lang]);
    }
  });

  it('has unique ids (also across the other paraphrase splits), valid classes and agents', () => {
    const kb = loadAgentKb(packageKnowledge);
    const classes = new Set(kb.classes.map((c) => c.id));
    const ids = v4.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set(otherSplits().map((p) => p.id));
    for (const p of v4) {
      expect(others.has(p.id), p.id).toBe(false);
      expect(p.id, p.id).toMatch(new RegExp(`^${p.lang}-v4-\\d{2}$`));
      expect(classes.has(p.class), p.id).toBe(true);
      if (p.agent) expect(kb.agents.find((a) => a.id === p.agent)?.class, p.id).toBe(p.class);
    }
  });

  it('repeats no text of this or the other paraphrase splits and names no agent, class or product', () => {
    const others = otherSplits().map((p) => norm(textOf(p)));
    const seen = new Set<string>();
    for (const p of v4) {
      const t = norm(textOf(p));
      expect(t.length, p.id).toBeGreaterThan(20);
      expect(seen.has(t), `${p.id} repeats a text of this split`).toBe(false);
      seen.add(t);
      for (const o of others) {
        expect(o === t || o.includes(t) || t.includes(o), `${p.id} repeats a text of paraphrases-dev/test/test-v2/dev-v3/test-v3`).toBe(false);
      }
      expect(NAMES.test(textOf(p)), `${p.id} names an agent, class or product`).toBe(false);
    }
  });

  it('stays at or above its scoring after session 10 (class top-1 >= 0.80; EN >= 0.86, RU >= 0.80, AR >= 0.74; Brier < 0.32)', () => {
    const kb = loadAgentKb(packageKnowledge);
    const s = scoreCases(kb, v4);
    expect(s.classTop1).toBeGreaterThanOrEqual(0.8);
    const floor: Record<string, number> = { en: 0.86, ru: 0.8, ar: 0.74 };
    for (const [lang, v] of Object.entries(s.perLang)) expect(v.correct / v.n, lang).toBeGreaterThanOrEqual(floor[lang]);
    expect(s.brier).toBeLessThan(0.32);
  });
});
