/**
 * Guard of the frozen lay-paraphrase test split v3 (eval/agents/paraphrases-test-v3.yaml), written in session 9 by a
 * hand that does not tune the engine and never ran it on these accounts. The checks below are of the file itself, and
 * the last test is its floor (scored by the coordinator only: before session 9's tuning, engine of e479ceb, 90/120 = 75.0%,
 * EN 32 RU 27 AR 31 of 40, Brier 0.353; after, on 9a34491, 93/120 = 77.5%, EN 35 RU 27 AR 31, Brier 0.335; a blind
 * reader of the texts alone 120/120): a guard against regressions that prints pass or fail only, never a target. Its sha256 is recorded (any edit, a phrase added or a label changed, fails
 * here); the counts per language and class are its recorded counts; every id is unique (also across the other
 * paraphrase splits: dev, test, test-v2, dev-v3); every agent is a knowledge-base agent of the labelled class; no text
 * repeats (or contains, or is contained in) a text of this or another paraphrase split; and no text names an agent,
 * its class or a product (the words listed below, in EN, RU and AR: the v2 guard's list plus carbon monoxide and
 * capsaicin). Only the coordinator scores it; no test prints its misses.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadAgentKb } from '../src/app/agents.js';
import { scoreCases } from '../src/core/agents/agent-evaluation.js';
import { evalDir, loadParaphrases, SPLIT_FILES } from '../eval/agents/load.js';

const SHA256 = 'ce01f1ac27eebe3daaea209b55bab0c3e1f7540094b45702a0a4f379c40ba470';
const PER_LANG: Record<string, number> = { choking: 6, nerve: 6, blister: 6, 'riot-control': 6, 'toxic-industrial': 6, incendiary: 5, none: 5 };
const LANGS = ['en', 'ru', 'ar'];

/** Names and roots of agents, classes and products that an account must not contain (EN, RU, AR). */
const NAMES =
  /chlor|bleach|sarin|phosgen|mustard|tear.?gas|pepper|phosph|ammonia|sulph|sulfur|nerve|blister|incendi|toxic|industrial|riot|chok|napalm|thermite|novichok|\bvx\b|\bcs\b|\bcn\b|\boc\b|mace|psychogen|hysteri|food poison|irritant|vesicant|fluor|isocyan|monoxide|capsaic|хлор|зарин|фосген|горчи|иприт|люизит|слезоточ|перц|фосфор|аммиак|нашатыр|сероводород|сернист|нерв|нарыв|зажигат|токсич|промышлен|удушающ|напалм|термит|новичок|черёмух|черемух|истери|пищев|фтор|изоциан|раздражающ|угарн|капсаиц|كلور|سارين|فوسجين|خردل|مسيل|فلفل|فسفور|فوسفور|أمونيا|امونيا|نشادر|كبريت|أعصاب|اعصاب|عصبي|خانق|حارق|صناعي|نابالم|هستيري|تسمم|فلور|مهيج|منفط|بثور|أول أكسيد|اول اكسيد|كابسيسين/i;

/** The one account's text of a paraphrase case. */
const textOf = (p: { accounts: { text?: string }[] }): string => p.accounts.map((a) => a.text ?? '').join(' ');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('paraphrase test split v3 (frozen; not scored here)', () => {
  const file = path.join(evalDir, SPLIT_FILES.paraphrases['test-v3']);
  const v3 = loadParaphrases('test-v3');
  const otherSplits = () => [...loadParaphrases('dev'), ...loadParaphrases('test'), ...loadParaphrases('test-v2'), ...loadParaphrases('dev-v3')];

  it('is frozen (sha256 recorded)', () => {
    const got = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(got, `${SPLIT_FILES.paraphrases['test-v3']} changed: the test split is frozen`).toBe(SHA256);
  });

  it('has 40 accounts per language with the recorded counts per class', () => {
    expect(v3.length).toBe(120);
    for (const lang of LANGS) {
      const mine = v3.filter((p) => p.lang === lang);
      expect(mine.length, lang).toBe(40);
      const counts: Record<string, number> = {};
      for (const p of mine) counts[p.class] = (counts[p.class] ?? 0) + 1;
      expect(counts, lang).toEqual(PER_LANG);
    }
  });

  it('has unique ids (also across the other paraphrase splits), valid classes and agents', () => {
    const kb = loadAgentKb(packageKnowledge);
    const classes = new Set(kb.classes.map((c) => c.id));
    const ids = v3.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set(otherSplits().map((p) => p.id));
    for (const p of v3) {
      expect(others.has(p.id), p.id).toBe(false);
      expect(p.id, p.id).toMatch(new RegExp(`^${p.lang}-v3-\\d{2}$`));
      expect(classes.has(p.class), p.id).toBe(true);
      if (p.agent) expect(kb.agents.find((a) => a.id === p.agent)?.class, p.id).toBe(p.class);
    }
  });

  it('repeats no text of this or the other paraphrase splits and names no agent, class or product', () => {
    const others = otherSplits().map((p) => norm(textOf(p)));
    const seen = new Set<string>();
    for (const p of v3) {
      const t = norm(textOf(p));
      expect(t.length, p.id).toBeGreaterThan(20);
      expect(seen.has(t), `${p.id} repeats a text of this split`).toBe(false);
      seen.add(t);
      for (const o of others) {
        expect(o === t || o.includes(t) || t.includes(o), `${p.id} repeats a text of paraphrases-dev/test/test-v2/dev-v3`).toBe(false);
      }
      expect(NAMES.test(textOf(p)), `${p.id} names an agent, class or product`).toBe(false);
    }
  });

  it('stays at or above its scoring after session 9 (class top-1 >= 0.77; EN >= 0.87, RU >= 0.67, AR >= 0.77; Brier < 0.34)', () => {
    const s = scoreCases(loadAgentKb(packageKnowledge), v3);
    expect(s.classTop1).toBeGreaterThanOrEqual(0.77);
    const floor: Record<string, number> = { en: 0.87, ru: 0.67, ar: 0.77 };
    for (const [lang, v] of Object.entries(s.perLang)) expect(v.correct / v.n, lang).toBeGreaterThanOrEqual(floor[lang]);
    expect(s.brier).toBeLessThan(0.34);
  });
});
