/**
 * The checks every frozen lay-paraphrase test split of the agent evaluation gets (test-v2, test-v3, ...): its sha256 is
 * recorded (any edit, a phrase added or a label changed, fails); its counts per language and class are its recorded
 * counts; every id is unique (also across the other paraphrase splits) and of the split's form; every agent is a
 * knowledge-base agent of the labelled class; no text repeats (or contains, or is contained in) a text of this or another
 * paraphrase split; no text names an agent or its class (`names`); and, once scored, it stays at or above its floor (a
 * guard against regressions, never a target: no test prints a test split's misses). A split not yet scored has no
 * `floor`: its guard then scores nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './knowledge.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { scoreCases } from '../../src/core/agents/agent-evaluation.js';
import { evalDir, loadParaphrases, SPLIT_FILES, type Split } from '../../eval/agents/load.js';
import { splitPart } from '../../eval/split-parts.js';

export interface FrozenParaphraseSplit {
  split: Split;
  sha256: string;
  /** accounts of each language */
  perLang: number;
  /** the recorded count of each class within each language */
  perClass: Record<string, number>;
  langs: string[];
  /** the other paraphrase splits no id or text may repeat */
  others: Split[];
  /** the form of an id of a language */
  idForm: (lang: string) => RegExp;
  /** names and roots an account must not contain, and what they are (for the test's title) */
  names: RegExp;
  namesWhat: string;
  /** the recorded count of each agent within each language (`null`: no agent singled out); absent: not checked */
  agentsPerLang?: Record<string, Record<string, number>>;
  /** the recorded sizes of the look and hold parts of a development split (eval/split-parts.ts); absent: not checked */
  parts?: { look: number; hold: number };
  /** the floor set once the coordinator has scored the split (absent: a new split, guarded but not scored) */
  floor?: { title: string; classTop1: number; perLang: number | Record<string, number>; brierBelow: number };
}

/** The one account's text of a paraphrase case. */
const textOf = (p: { accounts: { text?: string }[] }): string => p.accounts.map((a) => a.text ?? '').join(' ');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether a text of `others` equals, contains or is contained in `t`, as `others.some((o) => o === t || o.includes(t) ||
 * t.includes(o))` answers, without trying every pair (the guards' pair loop was ~10^6 substring searches a file): `others`
 * joined by a line break, which no normalised text holds, contains t exactly when one of them does; and t contains an o
 * only where t holds o's first `k` characters (k the shortest o's length, at most 12), looked up by those characters.
 */
export function containmentIndex(others: string[]): (t: string) => boolean {
  const joined = `\n${others.join('\n')}\n`;
  const k = Math.min(12, ...others.map((o) => o.length));
  const byHead = new Map<string, string[]>();
  for (const o of others) {
    const head = o.slice(0, k);
    const list = byHead.get(head);
    if (list) list.push(o);
    else byHead.set(head, [o]);
  }
  return (t) => {
    if (t.includes('\n') || k < 1) return true; // (never for a normalised text: the caller then tries every pair)
    if (joined.includes(t)) return true;
    for (let i = 0; i + k <= t.length; i++) {
      const list = byHead.get(t.slice(i, i + k));
      if (list) for (const o of list) if (t.startsWith(o, i)) return true;
    }
    return false;
  };
}

export function describeFrozenParaphraseSplit(spec: FrozenParaphraseSplit): void {
  const name = SPLIT_FILES.paraphrases[spec.split];
  // a development split (dev-*) gets the same integrity checks; only its title and hash message differ
  const development = spec.split.startsWith('dev');
  const title = development ? `paraphrase development split ${spec.split} (guarded; not scored here)` : `paraphrase test split ${spec.split.replace(/^test-/, '')} (frozen; not scored here)`;
  describe(title, () => {
    const file = path.join(evalDir, name);
    const items = loadParaphrases(spec.split);
    const otherSplits = () => spec.others.flatMap((s) => loadParaphrases(s));

    it('is frozen (sha256 recorded)', () => {
      const got = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      expect(got, development ? `${name} changed: record the new hash and counts in its guard` : `${name} changed: the test split is frozen`).toBe(spec.sha256);
    });

    it(`has ${spec.perLang} accounts per language with the recorded counts per class`, () => {
      expect(items.length).toBe(spec.perLang * spec.langs.length);
      for (const lang of spec.langs) {
        const mine = items.filter((p) => p.lang === lang);
        expect(mine.length, lang).toBe(spec.perLang);
        const counts: Record<string, number> = {};
        for (const p of mine) counts[p.class] = (counts[p.class] ?? 0) + 1;
        expect(counts, lang).toEqual(spec.perClass);
      }
    });

    it('has unique ids (also across the other paraphrase splits), valid classes and agents', () => {
      const kb = loadAgentKb(packageKnowledge);
      const classes = new Set(kb.classes.map((c) => c.id));
      const ids = items.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      const others = new Set(otherSplits().map((p) => p.id));
      for (const p of items) {
        expect(others.has(p.id), p.id).toBe(false);
        expect(p.id, p.id).toMatch(spec.idForm(p.lang ?? ''));
        expect(classes.has(p.class), p.id).toBe(true);
        if (p.agent) expect(kb.agents.find((a) => a.id === p.agent)?.class, p.id).toBe(p.class);
      }
    });

    it(`repeats no text of this or the other paraphrase splits and names no ${spec.namesWhat}`, () => {
      const others = otherSplits().map((p) => norm(textOf(p)));
      const touches = containmentIndex(others);
      const seen = new Set<string>();
      for (const p of items) {
        const t = norm(textOf(p));
        expect(t.length, p.id).toBeGreaterThan(20);
        expect(seen.has(t), `${p.id} repeats a text of this split`).toBe(false);
        seen.add(t);
        // (every pair is tried, with its message, only for a text the index finds touching another)
        if (touches(t)) for (const o of others) {
          expect(o === t || o.includes(t) || t.includes(o), `${p.id} repeats a text of paraphrases-${spec.others.join('/')}`).toBe(false);
        }
        expect(spec.names.test(textOf(p)), `${p.id} names an ${spec.namesWhat}`).toBe(false);
      }
    });

    const agentsPerLang = spec.agentsPerLang;
    if (agentsPerLang) {
      it('has the recorded counts of agents per language', () => {
        for (const lang of spec.langs) {
          const counts: Record<string, number> = {};
          for (const p of items.filter((q) => q.lang === lang)) counts[String(p.agent)] = (counts[String(p.agent)] ?? 0) + 1;
          expect(counts, lang).toEqual(agentsPerLang[lang]);
        }
      });
    }

    const parts = spec.parts;
    if (parts) {
      it(`has the recorded look/hold parts (${parts.look}/${parts.hold})`, () => {
        expect({ look: splitPart(items, 'look').length, hold: splitPart(items, 'hold').length }).toEqual(parts);
      });
    }

    const floorSpec = spec.floor;
    if (floorSpec) {
      it(floorSpec.title, () => {
        const s = scoreCases(loadAgentKb(packageKnowledge), items);
        expect(s.classTop1).toBeGreaterThanOrEqual(floorSpec.classTop1);
        const floor = floorSpec.perLang;
        for (const [lang, v] of Object.entries(s.perLang)) expect(v.correct / v.n, lang).toBeGreaterThanOrEqual(typeof floor === 'number' ? floor : floor[lang]);
        expect(s.brier).toBeLessThan(floorSpec.brierBelow);
      });
    }
  });
}

/** Names and roots of agents, classes and products that a lay account must not contain (EN, RU, AR): the v2 guard's list
 * plus carbon monoxide and capsaicin; the guards of paraphrases-test-v3 and -v4 use it. */
export const AGENT_AND_PRODUCT_NAMES =
  /chlor|bleach|sarin|phosgen|mustard|tear.?gas|pepper|phosph|ammonia|sulph|sulfur|nerve|blister|incendi|toxic|industrial|riot|chok|napalm|thermite|novichok|\bvx\b|\bcs\b|\bcn\b|\boc\b|mace|psychogen|hysteri|food poison|irritant|vesicant|fluor|isocyan|monoxide|capsaic|хлор|зарин|фосген|горчи|иприт|люизит|слезоточ|перц|фосфор|аммиак|нашатыр|сероводород|сернист|нерв|нарыв|зажигат|токсич|промышлен|удушающ|напалм|термит|новичок|черёмух|черемух|истери|пищев|фтор|изоциан|раздражающ|угарн|капсаиц|كلور|سارين|فوسجين|خردل|مسيل|فلفل|فسفور|فوسفور|أمونيا|امونيا|نشادر|كبريت|أعصاب|اعصاب|عصبي|خانق|حارق|صناعي|نابالم|هستيري|تسمم|فلور|مهيج|منفط|بثور|أول أكسيد|اول اكسيد|كابسيسين/i;
