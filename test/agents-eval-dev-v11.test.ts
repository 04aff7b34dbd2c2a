/**
 * The development splits written in session 9 (room agt-dev) by a hand that does not tune the engine and never ran it on
 * these items: the lay-paraphrase split dev-v3 (eval/agents/paraphrases-dev-v3.yaml, 150 accounts, 50 each in EN/RU/AR)
 * and the incident split dev-v11 (eval/agents/incidents-dev-v11.yaml). Both are DEVELOPMENT data — tuners may read their
 * misses — but their sha256 and counts are recorded here so they cannot change or shrink silently. This test does NOT
 * score the engine. For dev-v3 it checks the counts per language and class, unique ids (also across the other paraphrase
 * splits), knowledge-base agents of the labelled class, no text repeated from another paraphrase split, and that no text
 * names an agent or its class (the NAMES list of test/agents-paraphrases-v2.test.ts). For dev-v11 it gives the checks every
 * frozen incident split gets (test/helpers/frozen-incident-split.ts): recorded sha256, per-class minimums at its recorded
 * counts (nerve 3 and blister 4 are thin; see the file's header), and no id, source, URL or Syrian Archive code shared with
 * any other evaluation file. No floor: neither is a frozen test split.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadAgentKb } from '../src/app/agents.js';
import { evalDir, loadParaphrases, SPLIT_FILES } from '../eval/agents/load.js';
import { describeFrozenIncidentSplit } from './helpers/frozen-incident-split.js';

const PARAPHRASES_SHA256 = '07687a35f1c2d8e0da3a01e90e56e718825fb8a2699e86dc46950580553764e5';
const PER_LANG: Record<string, number> = { choking: 8, nerve: 7, blister: 7, 'riot-control': 7, 'toxic-industrial': 7, incendiary: 7, none: 7 };
const LANGS = ['en', 'ru', 'ar'];

/** Names and roots of agents and classes that an account must not contain (EN, RU, AR); as in agents-paraphrases-v2. */
const NAMES =
  /chlor|bleach|sarin|phosgen|mustard|tear.?gas|pepper|phosph|ammonia|sulph|sulfur|nerve|blister|incendi|toxic|industrial|riot|chok|napalm|thermite|novichok|\bvx\b|\bcs\b|\bcn\b|\boc\b|mace|psychogen|hysteri|food poison|irritant|vesicant|fluor|isocyan|хлор|зарин|фосген|горчи|иприт|люизит|слезоточ|перц|фосфор|аммиак|нашатыр|сероводород|сернист|нерв|нарыв|зажигат|токсич|промышлен|удушающ|напалм|термит|новичок|черёмух|черемух|истери|пищев|фтор|изоциан|раздражающ|كلور|سارين|فوسجين|خردل|مسيل|فلفل|فسفور|فوسفور|أمونيا|امونيا|نشادر|كبريت|أعصاب|اعصاب|عصبي|خانق|حارق|صناعي|نابالم|هستيري|تسمم|فلور|مهيج|منفط|بثور/i;

const textOf = (p: { accounts: { text?: string }[] }): string => p.accounts.map((a) => a.text ?? '').join(' ');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('paraphrase development split dev-v3 (not scored here)', () => {
  const file = path.join(evalDir, SPLIT_FILES.paraphrases['dev-v3']);
  const v3 = loadParaphrases('dev-v3');

  it('has its recorded sha256', () => {
    const got = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(got, `${SPLIT_FILES.paraphrases['dev-v3']} changed: record the new hash and counts here`).toBe(PARAPHRASES_SHA256);
  });

  it('has 50 accounts per language with the recorded counts per class', () => {
    expect(v3.length).toBe(150);
    for (const lang of LANGS) {
      const mine = v3.filter((p) => p.lang === lang);
      expect(mine.length, lang).toBe(50);
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
    const others = new Set([...loadParaphrases('dev'), ...loadParaphrases('test'), ...loadParaphrases('test-v2')].map((p) => p.id));
    for (const p of v3) {
      expect(others.has(p.id), p.id).toBe(false);
      expect(p.id.startsWith(`${p.lang}-d3-`), p.id).toBe(true);
      expect(classes.has(p.class), p.id).toBe(true);
      if (p.agent) expect(kb.agents.find((a) => a.id === p.agent)?.class, p.id).toBe(p.class);
    }
  });

  it('repeats no text of the other paraphrase splits and names no agent or class', () => {
    const others = [...loadParaphrases('dev'), ...loadParaphrases('test'), ...loadParaphrases('test-v2')].map((p) => norm(textOf(p)));
    const seen = new Set<string>();
    for (const p of v3) {
      const t = norm(textOf(p));
      expect(t.length, p.id).toBeGreaterThan(20);
      expect(seen.has(t), `${p.id} repeats a text of this split`).toBe(false);
      seen.add(t);
      for (const o of others) expect(o === t || o.includes(t) || t.includes(o), `${p.id} repeats a text of another paraphrase split`).toBe(false);
      expect(NAMES.test(textOf(p)), `${p.id} names an agent or class`).toBe(false);
    }
  });
});

describeFrozenIncidentSplit({
  split: 'dev-v11',
  sha256: 'b8c228a3f2be0c36b0c95376595fe82a2dc006057d34ed8bccde0a6afb7cb2c2',
  minIncidents: 61,
  minPerClass: { choking: 8, nerve: 3, blister: 4, 'riot-control': 13, 'toxic-industrial': 15, incendiary: 6, none: 12 },
  minLanguageShare: { en: 0.9, ru: 0, ar: 0 },
  sourcesHaveUrls: true,
});
