/**
 * Credibility of site control and consequences: a field (not a note), weighed where the assessment reads them
 * (the custody of samples and the site-access factor; the consequence timeline, the report and the judgment
 * timeline's milestones), and the old "credibility N (words)." notes moved into the field once, by a logged
 * write, on SQLite and on a real PostgreSQL. Assertions on values: weights, grades, the report's words.
 */
import { packageKnowledge } from './helpers/knowledge.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresAvailable, postgresWorkspace, sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle, loadCase } from '../src/app/cases.js';
import { writeRecord } from '../src/app/case-content.js';
import { assessTarget, renderAssessment } from '../src/app/assess.js';
import { assessCaseSamples, custodyOf, verifyWorkspace } from '../src/app/custody.js';
import { siteControlId } from '../src/app/cases.js';
import { consequenceTimeline } from '../src/core/report/consequence-timeline.js';
import { caseMilestones } from '../src/core/hypotheses/judgment-timeline.js';
import { notedCredibility, recordWeight } from '../src/core/case/record-weight.js';
import { Consequence, SiteControl } from '../src/core/case/schemas.js';
import { packageRoot } from '../src/app/paths.js';
import type { Workspace } from '../src/app/workspace.js';
import { loadMunitionKb } from '../src/app/agents.js';
import { munitionFinding } from '../src/core/munitions/munition-finding.js';
import { MunitionObservation } from '../src/core/case/schemas.js';

const DOUMA = path.join(packageRoot, 'examples', 'douma-2018-04-07');

describe('record weight', () => {
  it('weighs by Admiralty credibility and caps an unsourced record at half', () => {
    expect([1, 2, 3, 4, 5, 6].map((c) => recordWeight({ credibility: c, cited: true }).weight)).toEqual([1, 1, 0.8, 0.5, 0.2, 0.5]);
    expect(recordWeight({ cited: true })).toEqual({ weight: 1, unsourced: false, why: '' });
    expect(recordWeight({ credibility: 1, cited: false })).toEqual({ weight: 0.5, credibility: 1, unsourced: true, why: 'unsourced' });
    expect(recordWeight({ credibility: 5, cited: false }).why).toBe('credibility 5 (improbable), unsourced');
  });
  it('reads only the exact note the workbench wrote', () => {
    expect(notedCredibility('held per a local post credibility 4 (doubtful).')).toEqual({ credibility: 4, rest: 'held per a local post' });
    expect(notedCredibility('credibility 2 (probably true).')).toEqual({ credibility: 2, rest: '' });
    expect(notedCredibility('source credibility 2 per OPCW')).toBeNull();
    expect(notedCredibility('credibility 4 (probably true).')).toBeNull();
  });
  it('the schemas take credibility 1-6 and refuse others', () => {
    expect(SiteControl.safeParse({ party: 'government', from: '2018-04-13', credibility: 4 }).success).toBe(true);
    expect(SiteControl.safeParse({ party: 'government', from: '2018-04-13', credibility: 7 }).success).toBe(false);
    const cq = { id: 'x', at: '2018-04-14', actor: 'A', action: 'b', cites_incident: true, kind: 'strike', sources: [{ title: 't', url: 'https://x.org' }] };
    expect(Consequence.safeParse({ ...cq, credibility: 5 }).success).toBe(true);
    expect(Consequence.safeParse({ ...cq, credibility: 0 }).success).toBe(false);
  });
});

const ANALYST = { actor: 'analyst', via: 'api' };

async function governmentHold(ws: Workspace) {
  const rows = await ws.store.getRecords('douma-2018-04-07', 'site-control');
  const row = rows.find((r) => (r.data as { party: string }).party === 'government')!;
  return row;
}

async function setHold(ws: Workspace, patch: Record<string, unknown>) {
  const row = await governmentHold(ws);
  const next = { ...(row.data as object), ...patch };
  await writeRecord(ws, { caseId: 'douma-2018-04-07', kind: 'site-control', id: row.id, data: next, old: row.data, ...ANALYST, why: 'test' });
}

const siteAccess = async (ws: Workspace) => (await assessTarget(ws, 'douma-2018-04-07')).assessment.confidence_factors.find((f) => f.factor === 'site-access')!;

describe('site control and consequences weighed by credibility (SQLite)', () => {
  it('a doubtful hold of the site counts less for site access and for the custody of samples, and says so', async () => {
    const t = await sqliteWorkspace();
    try {
      const { ws } = t;
      await importBundle(ws, DOUMA);
      const full = await siteAccess(ws);
      expect(full.reason).not.toMatch(/weighed at/);
      await setHold(ws, { credibility: 4 });
      const half = await siteAccess(ws);
      expect(half.reason).toMatch(/The record of that hold is weighed at 50% \(credibility 4 \(doubtful\)\), so it counts as \d+%\./);

      // unsourced and improbable: a fifth, and the report says so
      const row = await governmentHold(ws);
      await setHold(ws, { credibility: 5, citations: [] });
      expect((await governmentHold(ws)).id).toBe(row.id); // the id is a digest of party, place, from, to only
      const fifth = await siteAccess(ws);
      expect(fifth.reason).toContain('weighed at 20% (credibility 5 (improbable), unsourced)');
      const md = String(await renderAssessment(ws, await assessTarget(ws, 'douma-2018-04-07'), 'md'));
      expect(md).toContain('weighed at 20% (credibility 5 (improbable), unsourced)');

      // the custody of a sample: a hold with no place applies to every sample's site
      const samples = async () => assessCaseSamples(packageKnowledge, await loadCase(ws, 'douma-2018-04-07')).find((s) => s.sample_id === 'ffm-environmental-douma')!;
      const hold = { party: 'government', from: '2018-04-13', credibility: 2, citations: ['https://www.france24.com/en/20180413-suspected-syria-chemical-attack-what-we-know'] };
      await writeRecord(ws, { caseId: 'douma-2018-04-07', kind: 'site-control', id: siteControlId(hold), data: hold, old: null, ...ANALYST, why: 'test' });
      const sampleFull = await samples();
      const heldFull = sampleFull.reasons.find((r) => r.code === 'site-accused')!;
      expect(heldFull.text).toBe('site held by government (accused) for 8.0 days, 60% of the 13 days before collection (-50%)');
      await writeRecord(ws, { caseId: 'douma-2018-04-07', kind: 'site-control', id: siteControlId(hold), data: { ...hold, credibility: 4 }, old: hold, ...ANALYST, why: 'test' });
      const sampleHalf = await samples();
      const heldHalf = sampleHalf.reasons.find((r) => r.code === 'site-accused')!;
      expect(heldHalf.text).toBe('site held by government (accused) for 4.0 days, 30% of the 13 days before collection; counted for its weight: government weighed at 50%: credibility 4 (doubtful) (-40%)');
      // the penalty is smaller, so the sample's reliability is higher
      expect(heldHalf.factor).toBeGreaterThan(heldFull.factor);
      expect(sampleHalf.reliability).toBeGreaterThan(sampleFull.reliability);
    } finally {
      await t.dispose();
    }
  });

  it('a doubtful consequence is weighed down in the timeline, the report and the milestones', async () => {
    const t = await sqliteWorkspace();
    try {
      const { ws } = t;
      await importBundle(ws, DOUMA);
      const v = await loadCase(ws, 'douma-2018-04-07');
      const x = v.consequences!.find((c) => c.kind === 'statement') ?? v.consequences![0];
      await writeRecord(ws, { caseId: v.case.id, kind: 'consequence', id: x.id, data: { ...x, credibility: 4 }, old: x, ...ANALYST, why: 'test' });
      const v2 = await loadCase(ws, v.case.id);
      const rows = consequenceTimeline(v2.case, v2.consequences!);
      const row = rows.find((r) => r.id === x.id)!;
      expect(row).toMatchObject({ credibility: 4, weight: 0.5, weighed: 'credibility 4 (doubtful)' });
      expect(rows.filter((r) => r.id !== x.id).every((r) => r.weight === 1 && r.weighed === undefined)).toBe(true);
      const md = String(await renderAssessment(ws, await assessTarget(ws, v.case.id), 'md'));
      expect(md).toContain('*(weighed at 50%: credibility 4 (doubtful))*');
      const html = String(await renderAssessment(ws, await assessTarget(ws, v.case.id), 'html'));
      expect(html).toContain('<i>(weighed at 50%: credibility 4 (doubtful))</i>');
      if (x.kind === 'statement' || x.kind === 'investigation') {
        const m = caseMilestones(v2.case, v2.consequences!).find((y) => y.from === 'consequences' && y.label.startsWith(x.actor));
        expect(m).toMatchObject({ weight: 0.5 });
        expect(m!.label).toContain('(weighed at 50%: credibility 4 (doubtful))');
      }
    } finally {
      await t.dispose();
    }
  });
});

const adapters: [string, () => Promise<TestWorkspace>, () => Promise<boolean>][] = [
  ['sqlite', sqliteWorkspace, async () => true],
  ['postgres', postgresWorkspace, postgresAvailable],
];

for (const [name, open, available] of adapters) {
  describe(`old "credibility N" notes moved to the field once (${name})`, () => {
    it('rewrites each such record once, logged with its reason, and verify stays clean', async (ctx) => {
      if (!(await available())) return ctx.skip();
      const t = await open();
      try {
        const { ws } = t;
        await importBundle(ws, DOUMA);
        const caseId = 'douma-2018-04-07';
        // as the workbench wrote them before the field existed
        const sc = { party: 'opposition', place: 'Douma, eastern districts', from: '2018-04-07', to: '2018-04-10', notes: 'per a local post credibility 4 (doubtful).', citations: ['https://example.org/post'] };
        await writeRecord(ws, { caseId, kind: 'site-control', id: siteControlId(sc), data: sc, old: null, ...ANALYST, why: 'old form' });
        const [c0] = await ws.store.getRecords(caseId, 'consequence');
        const cq = { ...(c0.data as { id: string }), notes: 'credibility 5 (improbable).' };
        await writeRecord(ws, { caseId, kind: 'consequence', id: cq.id, data: cq, old: c0.data, ...ANALYST, why: 'old form' });
        const before = await custodyOf(ws).log.head();

        const v = await loadCase(ws, caseId);
        expect(v.siteControl.find((s) => s.place === sc.place)).toEqual({ party: 'opposition', place: 'Douma, eastern districts', from: '2018-04-07', to: '2018-04-10', notes: 'per a local post', citations: ['https://example.org/post'], credibility: 4 });
        const c = v.consequences!.find((x) => x.id === cq.id)!;
        expect(c.credibility).toBe(5);
        expect(c.notes).toBeUndefined();
        // stored so, not only read so
        const stored = (await ws.store.getRecords(caseId, 'site-control')).find((r) => r.id === siteControlId(sc))!.data as { credibility?: number; notes?: string };
        expect(stored).toMatchObject({ credibility: 4, notes: 'per a local post' });
        const after = await custodyOf(ws).log.head();
        expect(after.size - before.size).toBe(2);
        const entries = (await custodyOf(ws).log.entryTypes('record-changed')).slice(-2).map((r) => JSON.parse(typeof r.entry === 'string' ? r.entry : JSON.stringify(r.entry)));
        const text = JSON.stringify(entries);
        expect(text).toContain('"via":"migration"');
        expect(text).toContain('credibility moved from the notes');
        // once: a second read writes nothing
        await loadCase(ws, caseId);
        expect((await custodyOf(ws).log.head()).size).toBe(after.size);
        const ver = await verifyWorkspace(ws);
        expect(ver.problems).toEqual([]);
      } finally {
        await t.dispose();
      }
    });
  });
}

describe('an unsourced munition observation', () => {
  it('is weighed by its credibility, at half the default reliability when unsourced, and the finding says so', () => {
    const kb = loadMunitionKb(packageKnowledge);
    const cited = MunitionObservation.parse({ id: 'm-cited', description: '120 mm mortar bomb, tail fins', delivery: 'mortar-120mm', burster: 'yes', citations: ['https://example.org/photo'] });
    const bare = MunitionObservation.parse({ id: 'm-bare', description: '120 mm mortar bomb, tail fins', delivery: 'mortar-120mm', burster: 'yes' });
    const f = munitionFinding(kb, [cited, bare])!;
    expect(f.explanation).toContain('Weighed below the default reliability 0.8: m-bare at 0.4 (unsourced).');
    // the trail: the cited one 0.8 / 1.2, the bare one 0.4 / 1.2
    expect(f.items!.map((i) => [i.record, i.weight])).toEqual([['m-cited', 0.6666], ['m-bare', 0.3333]]);
    // a reporter named, or a reliability given, is not unsourced
    const named = munitionFinding(kb, [cited, { ...bare, reported_by: 'local journalist' }])!;
    expect(named.explanation).not.toContain('unsourced');
    expect(named.items!.map((i) => i.weight)).toEqual([0.5, 0.5]);
    // a doubtful one (Admiralty 4) counts half the default, an improbable one (5) a fifth
    const doubt = munitionFinding(kb, [cited, { ...cited, id: 'm-doubt', credibility: 4 }, { ...cited, id: 'm-improbable', credibility: 5 }])!;
    expect(doubt.explanation).toContain('Weighed below the default reliability 0.8: m-doubt at 0.4 (credibility 4 (doubtful)); m-improbable at 0.16 (credibility 5 (improbable)).');
    expect(doubt.items!.map((i) => i.weight)).toEqual([0.5882, 0.2941, 0.1176]); // 0.8 : 0.4 : 0.16
  });
});

describe('an unsourced matrix item is weighed as other unsourced records (SQLite)', () => {
  it('counts at half its reliability in the posterior, is named in the evidence row and the report, and counts fully once cited', async () => {
    const { matrixItemWeight } = await import('../src/core/case/record-weight.js');
    // sourced by a citation, or by restating a record; restating only an unsourced item (or itself) is not a source
    const items = [
      { id: 'a', citations: [] },
      { id: 'b', citations: [], derived_from: ['t-witness-1'] },
      { id: 'c', citations: [], derived_from: ['a'] },
      { id: 'd', citations: [], derived_from: ['b'] },
      { id: 'e', citations: [], derived_from: ['e'] },
      { id: 'f', citations: ['OPCW S/1731/2019'] },
    ];
    expect(items.map((m) => matrixItemWeight(m, items).weight)).toEqual([0.5, 1, 0.5, 1, 0.5, 1]);

    const t = await sqliteWorkspace();
    try {
      const { ws } = t;
      await importBundle(ws, DOUMA);
      const rows = await ws.store.getRecords('douma-2018-04-07', 'matrix-item');
      const row = rows[0];
      const item = row.data as { id: string; label: string; reliability?: number; citations: string[] };
      expect(item.citations.length).toBeGreaterThan(0); // every bundled Douma item cites a source
      const before = (await assessTarget(ws, 'douma-2018-04-07')).assessment;
      const evBefore = before.evidence.find((e) => e.id === item.id)!;
      expect(evBefore.weighed).toBeUndefined();
      expect(evBefore.unsourced).toBeUndefined();

      await writeRecord(ws, { caseId: 'douma-2018-04-07', kind: 'matrix-item', id: row.id, data: { ...item, citations: [] }, old: row.data, ...ANALYST, why: 'test: drop its source' });
      const after = (await assessTarget(ws, 'douma-2018-04-07')).assessment;
      const evAfter = after.evidence.find((e) => e.id === item.id)!;
      expect(evAfter.unsourced).toBe(true);
      expect(evAfter.weighed).toBe('weighed at 50%: unsourced');
      expect(evAfter.reliability).toBeCloseTo(evBefore.reliability / 2, 10);
      // the posterior moves (the item says less), and only because of that item
      const moved = after.hypotheses.map((h) => Math.abs(h.posterior - before.hypotheses.find((b) => b.id === h.id)!.posterior));
      expect(Math.max(...moved)).toBeGreaterThan(1e-4);
      const md = String(await renderAssessment(ws, await assessTarget(ws, 'douma-2018-04-07'), 'md'));
      expect(md).toContain(`${evAfter.reliability.toFixed(2)} (weighed at 50%: unsourced)`);

      // restating a testimony makes it sourced again: full reliability (its share may change, as derived_from
      // also discounts items restating one source: docs/assessment.md "Honest weighting")
      const testimony = (await ws.store.getRecords('douma-2018-04-07', 'testimony'))[0];
      await writeRecord(ws, { caseId: 'douma-2018-04-07', kind: 'matrix-item', id: row.id, data: { ...item, citations: [], derived_from: [testimony.id] }, old: { ...item, citations: [] }, ...ANALYST, why: 'test: rests on a testimony' });
      const back = (await assessTarget(ws, 'douma-2018-04-07')).assessment;
      const evBack = back.evidence.find((e) => e.id === item.id)!;
      expect(evBack.weighed).toBeUndefined();
      expect(evBack.reliability).toBeCloseTo(evBefore.reliability, 10);
    } finally {
      await t.dispose();
    }
  });
});
