/**
 * The checks every frozen incident test split of the agent evaluation gets (v6, v7, v8, ...): its sha256 is recorded
 * (any edit fails), it loads with well-formed items over every class of the knowledge base at its recorded minimums,
 * every `agent` is a knowledge-base agent of the item's class, it shares no id, source, Syrian Archive incident code
 * or URL with any other evaluation file, and, once scored, it stays at or above its floor (a guard against
 * regressions, never a target: no test prints a test split's misses).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './knowledge.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { scoreCases } from '../../src/core/agents/agent-evaluation.js';
import { evalDir, parseEvalYaml, loadIncidents, loadParaphrases, SPLIT_FILES, type IncidentSplit } from '../../eval/agents/load.js';
import { isHeldOut } from '../../eval/split-parts.js';
import { ACCOUNT_NAMES } from './incident-account-names.js';

export interface FrozenIncidentSplit {
  split: IncidentSplit;
  sha256: string;
  minIncidents: number;
  /** the least count per class (a number for every class, or one per class id) */
  minPerClass: number | Record<string, number>;
  /** the least share of each language */
  minLanguageShare: { en: number; ru: number; ar: number };
  /** every item's source gives a URL */
  sourcesHaveUrls?: boolean;
  /** the figures of its scoring after tuning; absent while it has not been scored */
  floor?: { classTop1: number; brierBelow: number };
  /** the exact counts per class and per language (and, for a development split, per look/hold part, eval/split-parts.ts),
   * and that no account names an agent, its class or a product (./incident-account-names.ts); absent for the older splits
   * whose tests check these themselves */
  exact?: { incidents: number; perClass: Record<string, number>; perLang: Record<string, number>; parts?: { look: number; hold: number } };
}

/** Syrian Archive incident codes (e.g. ZAM010717) and URLs cited anywhere in a text. */
const codes = (s: string) => new Set(s.match(/\b[A-Z][A-Za-z]{2}\d{6}\b/g) ?? []);
const urls = (s: string) => new Set((s.match(/https?:\/\/[^\s"'),]+/g) ?? []).map((u) => u.replace(/[.\]]+$/, '')));

/**
 * Read once per worker and shared by the ~45 files of this helper (one shared thread, vitest.config.ts): each evaluation
 * file's codes and URLs, and each split's incidents (read-only here). The codes and URLs of the other files joined by
 * '\n' are the union of each file's: neither pattern matches across a line break (a code is letters and digits, a URL
 * stops at whitespace) and a word boundary at a line break is one at a file's end.
 */
const fileCites = new Map<string, { codes: Set<string>; urls: Set<string> }>();
function citesOf(f: string): { codes: Set<string>; urls: Set<string> } {
  let c = fileCites.get(f);
  if (!c) {
    const text = fs.readFileSync(path.join(evalDir, f), 'utf8');
    c = { codes: codes(text), urls: urls(text) };
    fileCites.set(f, c);
  }
  return c;
}
const splitItems = new Map<IncidentSplit, ReturnType<typeof loadIncidents>>();
const incidentsOf = (s: IncidentSplit) => {
  let items = splitItems.get(s);
  if (!items) splitItems.set(s, (items = loadIncidents(s)));
  return items;
};
let paraphraseIds: Set<string> | undefined;

export function describeFrozenIncidentSplit(spec: FrozenIncidentSplit): void {
  const kb = loadAgentKb(packageKnowledge);
  const classes = kb.classes.map((c) => c.id).sort();
  const file = SPLIT_FILES.incidents[spec.split];
  const min = (c: string) => (typeof spec.minPerClass === 'number' ? spec.minPerClass : spec.minPerClass[c]);

  describe(`agent evaluation: frozen test split ${spec.split}`, () => {
    const items = loadIncidents(spec.split);

    it('is frozen (sha256 recorded)', () => {
      const got = crypto.createHash('sha256').update(fs.readFileSync(path.join(evalDir, file))).digest('hex');
      expect(got, `${file} changed: the test split is frozen`).toBe(spec.sha256);
    });

    it(`loads at least ${spec.minIncidents} well-formed incidents over every class at the recorded counts; every agent belongs to its class`, () => {
      expect(items.length).toBeGreaterThanOrEqual(spec.minIncidents);
      expect([...new Set(items.map((i) => i.class))].sort()).toEqual(classes);
      for (const c of classes) expect(items.filter((i) => i.class === c).length, c).toBeGreaterThanOrEqual(min(c) ?? Infinity);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const i of items) {
        expect(i.source.length, i.id).toBeGreaterThan(20);
        if (spec.sourcesHaveUrls) expect(i.source, i.id).toMatch(/https?:\/\//);
        expect(i.accounts.length, i.id).toBeGreaterThan(0);
        for (const a of i.accounts) expect((a.text ?? '').trim().length, i.id).toBeGreaterThan(40);
        expect(['en', 'ru', 'ar'], i.id).toContain(i.lang);
        if (i.agent) expect(kb.agents.find((a) => a.id === i.agent)?.class, i.id).toBe(i.class);
        for (const c of i.accept ?? []) expect(classes, i.id).toContain(c);
        if (i.accept) expect(i.accept, i.id).toContain(i.class);
      }
      for (const [lang, share] of Object.entries(spec.minLanguageShare))
        expect(items.filter((i) => i.lang === lang).length / items.length, lang).toBeGreaterThanOrEqual(share);
    });

    it('shares no id, source, Syrian Archive code or URL with any other evaluation file', () => {
      const otherSplits = (Object.keys(SPLIT_FILES.incidents) as IncidentSplit[]).filter((s) => s !== spec.split);
      const other = otherSplits.flatMap((s) => incidentsOf(s));
      paraphraseIds ??= new Set([...loadParaphrases('dev').map((p) => p.id), ...loadParaphrases('test').map((p) => p.id)]);
      const otherIds = new Set([...other.map((i) => i.id), ...paraphraseIds]);
      const otherSources = new Set(other.map((i) => i.source));
      const otherFiles = fs.readdirSync(evalDir).filter((f) => f.endsWith('.yaml') && f !== file);
      const otherCodes = new Set(otherFiles.flatMap((f) => [...citesOf(f).codes]));
      const otherUrls = new Set(otherFiles.flatMap((f) => [...citesOf(f).urls]));
      const raw = parseEvalYaml(path.join(evalDir, file)).incidents as { id: string; source: string; adjudication?: string; accounts: { text: string }[] }[];
      expect(raw.length).toBe(items.length);
      for (const i of raw) {
        expect(otherIds.has(i.id), i.id).toBe(false);
        expect(otherSources.has(i.source), i.id).toBe(false);
        const mine = [i.source, i.adjudication ?? '', ...i.accounts.map((a) => a.text)].join('\n');
        for (const c of codes(mine)) expect(otherCodes.has(c), `${i.id}: ${c}`).toBe(false);
        for (const u of urls(mine)) expect(otherUrls.has(u), `${i.id}: ${u}`).toBe(false);
      }
    });

    const exact = spec.exact;
    if (exact) {
      const count = (key: (i: (typeof items)[number]) => string) => {
        const c: Record<string, number> = {};
        for (const i of items) c[key(i)] = (c[key(i)] ?? 0) + 1;
        return c;
      };
      it(`has the recorded counts per class and per language${exact.parts ? ' and per part (look, hold)' : ''}`, () => {
        expect(items.length).toBe(exact.incidents);
        expect(count((i) => i.class)).toEqual(exact.perClass);
        expect(count((i) => i.lang ?? '')).toEqual(exact.perLang);
        if (exact.parts) expect(count((i) => (isHeldOut(i.id) ? 'hold' : 'look'))).toEqual(exact.parts);
      });
      it('names no agent, class or product in any account', () => {
        for (const i of items) for (const a of i.accounts) expect(ACCOUNT_NAMES.test(a.text ?? ''), `${i.id} names an agent, class or product`).toBe(false);
      });
    }

    const floor = spec.floor;
    if (floor)
      it(`stays at or above its scoring (class top-1 >= ${floor.classTop1}, Brier < ${floor.brierBelow})`, () => {
        const s = scoreCases(kb, items);
        expect(s.classTop1).toBeGreaterThanOrEqual(floor.classTop1);
        expect(s.brier).toBeLessThan(floor.brierBelow);
      });
  });
}
