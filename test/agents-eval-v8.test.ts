/**
 * The fourth frozen incident test split, v8 (eval/agents/incidents-test-v8.yaml): real, cited incidents written in
 * session 6 by a different hand from the engineer tuning the engine on development data, without running the engine
 * on them. This test records its sha256 (any edit fails it), checks that it loads, covers every class of the knowledge
 * base, that every `agent` is a knowledge-base agent of the item's class, and that no id, source, Syrian Archive
 * incident code or URL is shared with any other evaluation file. The split was written against a hard deadline and
 * is smaller than asked (56 items; nerve 3, blister 2, incendiary 8, the other classes at least 9; see the file's header): the
 * minimums below are the recorded counts, so the split cannot silently shrink. No test scored it while the engine was
 * tuned: the coordinator scored it before and after session 6's second tuning round (docs/agent-differential.md
 * §7.00004); since then its figure is a regression floor.
 */
import { capabilities } from '../src/app/workspace.js';
import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadAgentKb } from '../src/app/agents.js';
import { evalDir, loadIncidents, loadParaphrases, SPLIT_FILES } from '../eval/agents/load.js';
import { scoreCases } from '../src/core/agents/agent-evaluation.js';

const V8_SHA256 = 'afb7ce63a10298ebbbc0303f871a461a90e75077874f59d2434d196ad1778276';

const kb = loadAgentKb(capabilities.knowledge);
const classes = kb.classes.map((c) => c.id).sort();
const v8File = SPLIT_FILES.incidents['test-v8'];
const otherFiles = fs.readdirSync(evalDir).filter((f) => f.endsWith('.yaml') && f !== v8File);
/** recorded per-class counts of the frozen file (nerve, blister and incendiary fell short of the 9 asked for) */
const MIN_PER_CLASS: Record<string, number> = { choking: 10, nerve: 3, blister: 2, 'riot-control': 9, 'toxic-industrial': 10, incendiary: 8, none: 14 };

/** Syrian Archive incident codes (e.g. ZAM010717) and URLs cited anywhere in a text. */
const codes = (s: string) => new Set(s.match(/\b[A-Z][A-Za-z]{2}\d{6}\b/g) ?? []);
const urls = (s: string) => new Set((s.match(/https?:\/\/[^\s"'),]+/g) ?? []).map((u) => u.replace(/[.\]]+$/, '')));

describe('agent evaluation: frozen test split v8', () => {
  const v8 = loadIncidents('test-v8');

  it('is frozen (sha256 recorded)', () => {
    const got = crypto.createHash('sha256').update(fs.readFileSync(path.join(evalDir, v8File))).digest('hex');
    expect(got, `${v8File} changed: the test split is frozen`).toBe(V8_SHA256);
  });

  it('loads 56 incidents over every class at the recorded counts, and every agent belongs to its class', () => {
    expect(v8.length).toBeGreaterThanOrEqual(56);
    expect([...new Set(v8.map((i) => i.class))].sort()).toEqual(classes);
    expect(Object.keys(MIN_PER_CLASS).sort()).toEqual(classes);
    for (const c of classes) expect(v8.filter((i) => i.class === c).length, c).toBeGreaterThanOrEqual(MIN_PER_CLASS[c]);
    expect(new Set(v8.map((i) => i.id)).size).toBe(v8.length);
    for (const i of v8) {
      expect(i.source.length, i.id).toBeGreaterThan(20);
      expect(i.source, i.id).toMatch(/https?:\/\//);
      expect(i.accounts.length, i.id).toBeGreaterThan(0);
      for (const a of i.accounts) expect((a.text ?? '').trim().length, i.id).toBeGreaterThan(40);
      expect(['en', 'ru', 'ar'], i.id).toContain(i.lang);
      if (i.agent) expect(kb.agents.find((a) => a.id === i.agent)?.class, i.id).toBe(i.class);
      for (const c of i.accept ?? []) expect(classes, i.id).toContain(c);
      if (i.accept) expect(i.accept, i.id).toContain(i.class);
    }
    // English 39%, Russian 25%, Arabic 36% (half English was asked for; see the header)
    const share = (l: string) => v8.filter((i) => i.lang === l).length / v8.length;
    expect(share('en')).toBeGreaterThanOrEqual(0.35);
    expect(share('ru')).toBeGreaterThanOrEqual(0.2);
    expect(share('ar')).toBeGreaterThanOrEqual(0.2);
  });

  it('shares no id, source, Syrian Archive code or URL with any other evaluation file', () => {
    const other = [...loadIncidents('dev'), ...loadIncidents('seen'), ...loadIncidents('test-v2'), ...loadIncidents('test-v3'), ...loadIncidents('test-v4'), ...loadIncidents('test-v5'), ...loadIncidents('test-v6'), ...loadIncidents('test-v7'), ...loadIncidents('dev-v8')];
    const otherIds = new Set([...other.map((i) => i.id), ...loadParaphrases('dev').map((p) => p.id), ...loadParaphrases('test').map((p) => p.id)]);
    const otherSources = new Set(other.map((i) => i.source));
    const otherText = otherFiles.map((f) => fs.readFileSync(path.join(evalDir, f), 'utf8')).join('\n');
    const otherCodes = codes(otherText);
    const otherUrls = urls(otherText);
    const raw = parse(fs.readFileSync(path.join(evalDir, v8File), 'utf8')).incidents as { id: string; source: string; adjudication?: string; accounts: { text: string }[] }[];
    expect(raw.length).toBe(v8.length);
    for (const i of raw) {
      expect(otherIds.has(i.id), i.id).toBe(false);
      expect(otherSources.has(i.source), i.id).toBe(false);
      const mine = [i.source, i.adjudication ?? '', ...i.accounts.map((a) => a.text)].join('\n');
      for (const c of codes(mine)) expect(otherCodes.has(c), `${i.id}: ${c}`).toBe(false);
      for (const u of urls(mine)) expect(otherUrls.has(u), `${i.id}: ${u}`).toBe(false);
    }
  });

  // scored before (a0b761e) and after (the session's last tuning commit) the second round: 32/56 = 57.1% both times,
  // Brier 0.520 -> 0.517 (uniform 0.857). A floor against regressions, never a target (its misses are never printed).
  it('stays at or above the figures of its scoring', () => {
    const s = scoreCases(kb, loadIncidents('test-v8'));
    expect(s.classTop1).toBeGreaterThanOrEqual(0.57);
    expect(s.brier).toBeLessThan(0.53);
  });
});
