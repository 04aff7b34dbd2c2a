/**
 * dev-v9 (eval/agents/incidents-dev-v9.yaml): a second DEVELOPMENT split of real, cited incidents, written in session 7
 * by a hand that does not tune the engine and never ran it on these items; it takes only events of even years (the
 * frozen test split v9 written beside it takes odd years). It may be tuned on, so it is not frozen (no hash); this test
 * checks only its integrity: it loads, its items are well formed, every class of the knowledge base is present, the
 * account texts do not name the agent, and it shares no id, source, URL or Syrian Archive code with any other
 * evaluation file. It does not score the split (no floor is set).
 */
import { packageKnowledge } from './helpers/knowledge.js';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadAgentKb } from '../src/app/agents.js';
import { evalDir, parseEvalYaml, loadIncidents, loadParaphrases, SPLIT_FILES, type IncidentSplit } from '../eval/agents/load.js';

/** floors just below what the file held at its second landing (120 items; smallest class nerve 3; smallest language share AR 38/120) */
const MIN_INCIDENTS = 115;
const MIN_PER_CLASS = 3;
const MIN_LANGUAGE_SHARE = 0.3;

const kb = loadAgentKb(packageKnowledge);
const classes = kb.classes.map((c) => c.id).sort();
const file = SPLIT_FILES.incidents['dev-v9'];
const v9 = loadIncidents('dev-v9');
const raw = parseEvalYaml(path.join(evalDir, file)).incidents as { id: string; source: string; adjudication?: string; lang?: string; wording?: string; accounts: { role: string; text: string }[] }[];
const urls = (s: string) => new Set((s.match(/https?:\/\/[^\s"'),]+/g) ?? []).map((u) => u.replace(/[.\];:]+$/, '')));
const saCodes = (s: string) => new Set(s.match(/\b[A-Z][A-Za-z]{2}\d{6}\b/g) ?? []);
// names of agents and of their classes that an account text must not contain (the label is given only in source and
// adjudication): English, Russian and Arabic stems (lay words such as 'choking' or 'gas' are allowed)
const NAMES = /chlorine|sarin|novichok|\bvx\b|mustard|tear[- ]?gas|pepper[- ]?spray|phosphorus|ammonia|pesticide|insecticide|organophosph|nerve agent|хлор|зарин|новичок|иприт|слезоточив|перцов|фосфор|аммиак|пестицид|ядохимикат|инсектицид|الكلور|السارين|الخردل|المسيل للدموع|الفسفور|الفوسفور|الأمونيا|الامونيا|مبيد|incendiar|зажигательн|حارق|nerve agent|нервно-паралит|blister agent|кожно-нарыв|riot[- ]control/i;

describe('agent evaluation: development split dev-v9', () => {
  it(`has at least ${MIN_INCIDENTS} well-formed cited incidents over every class, in EN, RU and AR`, () => {
    expect(v9.length).toBeGreaterThanOrEqual(MIN_INCIDENTS);
    expect(raw.length).toBe(v9.length);
    expect([...new Set(v9.map((i) => i.class))].sort()).toEqual(classes);
    for (const c of classes) expect(v9.filter((i) => i.class === c).length, c).toBeGreaterThanOrEqual(MIN_PER_CLASS);
    for (const lang of ['en', 'ru', 'ar']) expect(v9.filter((i) => i.lang === lang).length / v9.length, lang).toBeGreaterThanOrEqual(MIN_LANGUAGE_SHARE);
    expect(new Set(v9.map((i) => i.id)).size).toBe(v9.length);
    for (const i of v9) {
      expect(['en', 'ru', 'ar'], i.id).toContain(i.lang);
      expect(i.source, i.id).toMatch(/https?:\/\//);
      expect(i.accounts.length, i.id).toBeGreaterThan(0);
      for (const a of i.accounts) expect((a.text ?? '').trim().length, i.id).toBeGreaterThan(40);
      if (i.agent) expect(kb.agents.find((a) => a.id === i.agent)?.class, i.id).toBe(i.class);
      for (const c of i.accept ?? []) expect(classes, i.id).toContain(c);
      if (i.accept) expect(i.accept, i.id).toContain(i.class);
    }
    for (const i of raw) {
      expect(i.adjudication ?? '', i.id).not.toBe('');
      for (const a of i.accounts) {
        expect(['witness', 'medic', 'official', 'victim', 'journalist'], i.id).toContain(a.role);
        expect(a.text, i.id).not.toMatch(NAMES);
      }
    }
  });

  it('shares no id, source, URL or Syrian Archive code with any other evaluation file', () => {
    const others = (Object.keys(SPLIT_FILES.incidents) as IncidentSplit[]).filter((s) => s !== 'dev-v9').flatMap((s) => loadIncidents(s));
    const otherIds = new Set([...others.map((i) => i.id), ...loadParaphrases('dev').map((p) => p.id), ...loadParaphrases('test').map((p) => p.id)]);
    const otherSources = new Set(others.map((i) => i.source));
    const otherText = fs.readdirSync(evalDir).filter((f) => f.endsWith('.yaml') && f !== file).map((f) => fs.readFileSync(path.join(evalDir, f), 'utf8')).join('\n');
    const otherUrls = urls(otherText);
    const otherCodes = saCodes(otherText);
    for (const i of raw) {
      expect(otherIds.has(i.id), i.id).toBe(false);
      expect(otherSources.has(i.source), i.id).toBe(false);
      const mine = [i.source, i.adjudication ?? '', ...i.accounts.map((a) => a.text)].join('\n');
      for (const u of urls(mine)) expect(otherUrls.has(u), `${i.id}: ${u}`).toBe(false);
      for (const c of saCodes(mine)) expect(otherCodes.has(c), `${i.id}: ${c}`).toBe(false);
    }
  });
});
