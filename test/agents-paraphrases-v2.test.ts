/**
 * Guard of the frozen lay-paraphrase test split v2 (eval/agents/paraphrases-test-v2.yaml), written in session 8 by a
 * hand that does not tune the engine and never ran it on these accounts. This test does NOT score the engine: it checks
 * only the file itself. Its sha256 is recorded (any edit, a phrase added or a label changed, fails here); the counts per
 * language and class are its recorded counts; every id is unique (also across the other paraphrase splits); every
 * agent is a knowledge-base agent of the labelled class; no text repeats a text of paraphrases-dev.yaml or
 * paraphrases-test.yaml; and no text names an agent or its class (the words listed below, in EN, RU and AR).
 * Only the coordinator scores it; no test prints its misses. The last test below is its floor (scored before session 8's
 * tuning on c38d3a3: 84/120 = 70.0%, EN 31 RU 28 AR 25 of 40, Brier 0.423; after, on 43ad61a: 85/120 = 70.8%, EN 29
 * RU 28 AR 28, Brier 0.371): a guard against regressions that prints pass or fail only, never a target.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadAgentKb } from '../src/app/agents.js';
import { scoreCases } from '../src/core/agents/agent-evaluation.js';
import { evalDir, loadParaphrases, SPLIT_FILES } from '../eval/agents/load.js';

const SHA256 = '30093e36a8a4853333620d3994f2075f0ff45133462ed3b80addae4e8465bff6';
const PER_LANG: Record<string, number> = { choking: 6, nerve: 6, blister: 6, 'riot-control': 6, 'toxic-industrial': 6, incendiary: 5, none: 5 };
const LANGS = ['en', 'ru', 'ar'];

/** Names and roots of agents and classes that an account must not contain (EN, RU, AR). */
const NAMES =
  /chlor|bleach|sarin|phosgen|mustard|tear.?gas|pepper|phosph|ammonia|sulph|sulfur|nerve|blister|incendi|toxic|industrial|riot|chok|napalm|thermite|novichok|\bvx\b|\bcs\b|\bcn\b|\boc\b|mace|psychogen|hysteri|food poison|irritant|vesicant|fluor|isocyan|хлор|зарин|фосген|горчи|иприт|люизит|слезоточ|перц|фосфор|аммиак|нашатыр|сероводород|сернист|нерв|нарыв|зажигат|токсич|промышлен|удушающ|напалм|термит|новичок|черёмух|черемух|истери|пищев|фтор|изоциан|раздражающ|كلور|سارين|فوسجين|خردل|مسيل|فلفل|فسفور|فوسفور|أمونيا|امونيا|نشادر|كبريت|أعصاب|اعصاب|عصبي|خانق|حارق|صناعي|نابالم|هستيري|تسمم|فلور|مهيج|منفط|بثور/i;

/** The one account's text of a paraphrase case. */
const textOf = (p: { accounts: { text?: string }[] }): string => p.accounts.map((a) => a.text ?? '').join(' ');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('paraphrase test split v2 (frozen; not scored here)', () => {
  const file = path.join(evalDir, SPLIT_FILES.paraphrases['test-v2']);
  const v2 = loadParaphrases('test-v2');

  it('is frozen (sha256 recorded)', () => {
    const got = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(got, `${SPLIT_FILES.paraphrases['test-v2']} changed: the test split is frozen`).toBe(SHA256);
  });

  it('has 40 accounts per language with the recorded counts per class', () => {
    expect(v2.length).toBe(120);
    for (const lang of LANGS) {
      const mine = v2.filter((p) => p.lang === lang);
      expect(mine.length, lang).toBe(40);
      const counts: Record<string, number> = {};
      for (const p of mine) counts[p.class] = (counts[p.class] ?? 0) + 1;
      expect(counts, lang).toEqual(PER_LANG);
    }
  });

  it('has unique ids (also across the other paraphrase splits), valid classes and agents', () => {
    const kb = loadAgentKb(packageKnowledge);
    const classes = new Set(kb.classes.map((c) => c.id));
    const ids = v2.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set([...loadParaphrases('dev'), ...loadParaphrases('test')].map((p) => p.id));
    for (const p of v2) {
      expect(others.has(p.id), p.id).toBe(false);
      expect(p.id.startsWith(`${p.lang}-v2-`), p.id).toBe(true);
      expect(classes.has(p.class), p.id).toBe(true);
      if (p.agent) expect(kb.agents.find((a) => a.id === p.agent)?.class, p.id).toBe(p.class);
    }
  });

  it('repeats no text of the other paraphrase splits and names no agent or class', () => {
    const others = [...loadParaphrases('dev'), ...loadParaphrases('test')].map((p) => norm(textOf(p)));
    const seen = new Set<string>();
    for (const p of v2) {
      const t = norm(textOf(p));
      expect(t.length, p.id).toBeGreaterThan(20);
      expect(seen.has(t), `${p.id} repeats a text of this split`).toBe(false);
      seen.add(t);
      for (const o of others) {
        expect(o === t || o.includes(t) || t.includes(o), `${p.id} repeats a text of paraphrases-dev/test`).toBe(false);
      }
      expect(NAMES.test(textOf(p)), `${p.id} names an agent or class`).toBe(false);
    }
  });

  it('stays at or above its scoring after session 8 (class top-1 >= 0.70, each language >= 0.70, Brier < 0.38)', () => {
    const s = scoreCases(loadAgentKb(packageKnowledge), v2);
    expect(s.classTop1).toBeGreaterThanOrEqual(0.7);
    for (const v of Object.values(s.perLang)) expect(v.correct / v.n).toBeGreaterThanOrEqual(0.7);
    expect(s.brier).toBeLessThan(0.38);
  });
});
