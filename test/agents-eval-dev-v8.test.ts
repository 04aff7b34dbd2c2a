/**
 * dev-v8 (eval/agents/incidents-dev-v8.yaml): a DEVELOPMENT split of real, cited incidents written in session 6 by a
 * second hand that does not tune the engine. It may be tuned on, so it is not frozen; this test checks only its shape
 * and that it shares nothing with the frozen test splits v6 and v7 (ids, URLs, Syrian Archive codes) nor any id with
 * another split. It does not score the split (no floor is set).
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadAgentKb } from '../src/app/agents.js';
import { evalDir, loadIncidents, SPLIT_FILES, type IncidentSplit } from '../eval/agents/load.js';

const kb = loadAgentKb(packageKnowledge);
const classes = kb.classes.map((c) => c.id).sort();
const v8 = loadIncidents('dev-v8');
const text = (file: string) => fs.readFileSync(path.join(evalDir, file), 'utf8');
const urls = (s: string) => new Set((s.match(/https?:\/\/[^\s"',)]+/g) ?? []).map((u) => u.replace(/[.;:]+$/, '')));
const saCodes = (s: string) => new Set(s.match(/\b[A-Z]{2,4}\d{6}\b/g) ?? []);

describe('agent evaluation: development split dev-v8', () => {
  it('has at least 100 cited incidents over every class, at least 12 per class, in EN, RU and AR', () => {
    expect(v8.length).toBeGreaterThanOrEqual(100);
    expect([...new Set(v8.map((i) => i.class))].sort()).toEqual(classes);
    for (const c of classes) expect(v8.filter((i) => i.class === c).length, c).toBeGreaterThanOrEqual(12);
    for (const lang of ['en', 'ru', 'ar']) expect(v8.filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(15);
    expect(new Set(v8.map((i) => i.id)).size).toBe(v8.length);
    for (const i of v8) {
      expect(i.source.length, i.id).toBeGreaterThan(20);
      expect(i.accounts.length, i.id).toBeGreaterThan(0);
      for (const a of i.accounts) expect((a.text ?? '').trim().length, i.id).toBeGreaterThan(20);
      if (i.agent) expect(kb.agents.find((a) => a.id === i.agent)?.class, i.id).toBe(i.class);
      for (const c of i.accept ?? []) expect(classes, i.id).toContain(c);
      if (i.accept) expect(i.accept, i.id).toContain(i.class);
    }
  });

  it('shares no id with any other split, and no id, URL or Syrian Archive code with the frozen test splits v6 and v7', () => {
    const others = (Object.keys(SPLIT_FILES.incidents) as IncidentSplit[]).filter((s) => s !== 'dev-v8');
    const otherIds = new Set(others.flatMap((s) => loadIncidents(s).map((i) => i.id)));
    for (const i of v8) expect(otherIds.has(i.id), i.id).toBe(false);
    const mine = text(SPLIT_FILES.incidents['dev-v8']);
    for (const frozen of [SPLIT_FILES.incidents['test-v6'], SPLIT_FILES.incidents['test-v7']]) {
      const t = text(frozen);
      const theirUrls = urls(t);
      for (const u of urls(mine)) expect(theirUrls.has(u), `${u} in ${frozen}`).toBe(false);
      const theirCodes = saCodes(t);
      for (const c of saCodes(mine)) expect(theirCodes.has(c), `${c} in ${frozen}`).toBe(false);
    }
  });
});
