/**
 * Guard of the lay-paraphrase DEVELOPMENT split dev-v4 (eval/agents/paraphrases-dev-v4.yaml), written in session 11
 * (room wrpara) by a hand that does not tune the engine and never ran it on these accounts. It is development data —
 * tuners may read the misses of its look part (eval/split-parts.ts: ids whose sha256 starts with 0-3 are the hold part,
 * scored in aggregate only) — but its sha256 and counts are recorded here so it cannot change or shrink silently. This
 * test does NOT score the engine. It checks the recorded counts per language and class and of the look/hold parts;
 * unique ids of the form `<lang>-d4-NN` (also across the other paraphrase splits); knowledge-base agents of the
 * labelled class; no text repeated from (or containing, or contained in) a text of this or another paraphrase split; and
 * that no text names an agent, its class or a product (test/helpers/frozen-paraphrase-split.ts AGENT_AND_PRODUCT_NAMES).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { loadAgentKb } from '../src/app/agents.js';
import { evalDir, loadParaphrases, SPLIT_FILES, type Split } from '../eval/agents/load.js';
import { splitPart } from '../eval/split-parts.js';
import { AGENT_AND_PRODUCT_NAMES } from './helpers/frozen-paraphrase-split.js';

const SHA256 = '43f8c7ee1081657e62d078aa4a2e966edd56742bdf362606d84ea80ef93bdc19';
const PER_LANG: Record<string, number> = { choking: 3, nerve: 2, blister: 2, 'riot-control': 2, 'toxic-industrial': 2, incendiary: 2, none: 2 };
const LANGS = ['en', 'ru', 'ar'];
const PARTS = { look: 37, hold: 8 };
/** every other paraphrase split, development and frozen: no id or text may repeat one of theirs */
const OTHERS: Split[] = ['dev', 'test', 'test-v2', 'dev-v3', 'test-v3', 'test-v4'];

const textOf = (p: { accounts: { text?: string }[] }): string => p.accounts.map((a) => a.text ?? '').join(' ');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('paraphrase development split dev-v4 (not scored here)', () => {
  const file = path.join(evalDir, SPLIT_FILES.paraphrases['dev-v4']);
  const items = loadParaphrases('dev-v4');
  const perLang = Object.values(PER_LANG).reduce((a, b) => a + b, 0);

  it('has its recorded sha256', () => {
    const got = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(got, `${SPLIT_FILES.paraphrases['dev-v4']} changed: record the new hash and counts here`).toBe(SHA256);
  });

  it(`has ${perLang} accounts per language with the recorded counts per class, and the recorded look/hold parts`, () => {
    expect(items.length).toBe(perLang * LANGS.length);
    for (const lang of LANGS) {
      const mine = items.filter((p) => p.lang === lang);
      expect(mine.length, lang).toBe(perLang);
      const counts: Record<string, number> = {};
      for (const p of mine) counts[p.class] = (counts[p.class] ?? 0) + 1;
      expect(counts, lang).toEqual(PER_LANG);
    }
    expect({ look: splitPart(items, 'look').length, hold: splitPart(items, 'hold').length }).toEqual(PARTS);
  });

  it('has unique ids (also across the other paraphrase splits), valid classes and agents', () => {
    const kb = loadAgentKb(packageKnowledge);
    const classes = new Set(kb.classes.map((c) => c.id));
    const ids = items.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set(OTHERS.flatMap((s) => loadParaphrases(s)).map((p) => p.id));
    for (const p of items) {
      expect(others.has(p.id), p.id).toBe(false);
      expect(p.id, p.id).toMatch(new RegExp(`^${p.lang}-d4-\\d{2}$`));
      expect(classes.has(p.class), p.id).toBe(true);
      if (p.agent) expect(kb.agents.find((a) => a.id === p.agent)?.class, p.id).toBe(p.class);
    }
  });

  it('repeats no text of this or the other paraphrase splits and names no agent, class or product', () => {
    const others = OTHERS.flatMap((s) => loadParaphrases(s)).map((p) => norm(textOf(p)));
    const seen = new Set<string>();
    for (const p of items) {
      const t = norm(textOf(p));
      expect(t.length, p.id).toBeGreaterThan(20);
      expect(seen.has(t), `${p.id} repeats a text of this split`).toBe(false);
      seen.add(t);
      for (const o of others) expect(o === t || o.includes(t) || t.includes(o), `${p.id} repeats a text of another paraphrase split`).toBe(false);
      expect(AGENT_AND_PRODUCT_NAMES.test(textOf(p)), `${p.id} names an agent, class or product`).toBe(false);
    }
  });
});
