/**
 * Building a case over the API (docs/http-api.md "Routes"): create, replace and delete testimonies, munitions,
 * samples, site control, hypotheses and matrix items; analyst role; zod-checked with clean paths, nothing
 * stored on bad input; each change in the custody log with old and new value.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle } from '../src/app/cases.js';
import { addUser } from '../src/app/users.js';
import { reportsRoot } from '../src/core/custody/report-batch.js';
import { reportContentDigest } from '../src/adapters/readers/report-digest.js';
import { nodeSha256 } from '../src/adapters/custody/node-crypto.js';
import { caseHistory } from '../src/app/custody.js';
import { createApp } from '../src/http/app.js';
import type { Env } from '../src/http/registry.js';
import { packageRoot } from '../src/app/paths.js';

const CASE = 'web-fixture-aleppo';
let t: TestWorkspace;
let app: Hono<Env>;
const tok: Record<string, string> = {};
const covered = new Set<string>();

async function call(method: string, url: string, json?: unknown, token = tok.analyst) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await app.request(url, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
  covered.add(`${method.toLowerCase()} ${new URL(url, 'http://x').pathname.replace(/^(\/api\/cases\/)[^/]+\/([a-z-]+)(\/[^/]+)?$/, (_m, a, seg, rid) => `${a}:id/${seg}${rid ? '/:rid' : ''}`)}`);
  return { status: r.status, data: (await r.json()) as any };
}

beforeAll(async () => {
  t = await sqliteWorkspace();
  await importBundle(t.ws, path.join(packageRoot, 'test', 'fixtures', 'web-case'));
  for (const role of ['viewer', 'analyst'] as const) tok[role] = (await addUser(t.ws, { name: `${role}-user`, role })).token;
  app = createApp(t.ws, { anonymousRead: true, webDir: null });
});
afterAll(async () => t?.dispose());

describe('case records over the API', () => {
  it('adds, replaces and deletes a testimony, logged with old and new value', async () => {
    const base = `/api/cases/${CASE}/testimonies`;
    const before = (await call('GET', base)).data.total;
    const tm = { id: 't-api', who: 'nurse at al-Razi hospital', role: 'medic', text: 'patients with coughing and burning eyes' };
    expect((await call('POST', base, tm, '')).status).toBe(401);
    expect((await call('POST', base, tm, tok.viewer)).status).toBe(403);
    const bad = await call('POST', base, { ...tm, role: 'priest', who: '' });
    expect(bad.status).toBe(400);
    expect(bad.data.error.details.map((d: any) => d.path).sort()).toEqual(['body.role', 'body.who']);
    expect((await call('GET', base)).data.total).toBe(before); // nothing stored
    const ok = await call('POST', `${base}?why=interview+notes`, tm);
    expect(ok.status).toBe(201);
    expect(ok.data).toMatchObject({ kind: 'testimony', id: 't-api', old: null });
    expect((await call('POST', base, tm)).status).toBe(409);
    const put = await call('PUT', `${base}/t-api`, { ...tm, text: 'patients coughing; smell of chlorine' });
    expect(put.status).toBe(200);
    expect(put.data.old.text).toBe(tm.text);
    expect((await call('PUT', `${base}/t-api`, { ...tm, id: 'other' })).data.error.path).toBe('body.id');
    const { id: _id, ...noId } = tm;
    expect((await call('PUT', `${base}/t-nope`, noId)).status).toBe(404);
    const got = (await call('GET', base + '?limit=500')).data.items.find((x: any) => x.id === 't-api');
    expect(got.text).toBe('patients coughing; smell of chlorine');
    const del = await call('DELETE', `${base}/t-api`);
    expect(del.status).toBe(200);
    expect((await call('GET', base)).data.total).toBe(before);
    const log = (await caseHistory(t.ws, CASE)).filter((h) => h.entry.type === 'record-changed' && h.entry.record_id === 't-api');
    expect(log.map((h) => [h.entry.actor, (h.entry.old as any)?.text ?? null, (h.entry.new as any)?.text ?? null])).toEqual([
      ['analyst-user', null, tm.text],
      ['analyst-user', tm.text, 'patients coughing; smell of chlorine'],
      ['analyst-user', 'patients coughing; smell of chlorine', null],
    ]);
    expect(log[0].entry.why).toBe('interview notes');
    expect(log[0].index).toBe(ok.data.custody_index);
  });

  it('adds a hypothesis and a matrix item that rates it; refuses unknown hypotheses and deleting a rated one', async () => {
    const h = { id: 'h-api', label: 'Chlorine by an armed group (API)', agent: 'chlorine' };
    const r = await call('POST', `/api/cases/${CASE}/hypotheses`, h);
    expect(r.status).toBe(201);
    const badItem = await call('POST', `/api/cases/${CASE}/matrix-items`, { id: 'e-api', label: 'x', ratings: { 'h-zzz': 'C' } });
    expect(badItem.status).toBe(400);
    expect(badItem.data.error.path).toBe('body.ratings["h-zzz"]');
    expect((await call('POST', `/api/cases/${CASE}/matrix-items`, { id: 'e-api', label: 'yellow-green cloud', ratings: { 'h-api': 'CC' } })).status).toBe(201);
    expect((await call('PUT', `/api/cases/${CASE}/hypotheses/h-api`, { label: 'Chlorine, armed group' })).data.record.label).toBe('Chlorine, armed group');
    expect((await call('PUT', `/api/cases/${CASE}/matrix-items/e-api`, { label: 'yellow-green cloud', ratings: { 'h-api': 'C' } })).data.old.ratings).toEqual({ 'h-api': 'CC' });
    const m = (await call('GET', `/api/cases/${CASE}/matrix`)).data;
    expect(m.scores.hypotheses.map((x: any) => x.id)).toContain('h-api');
    const del = await call('DELETE', `/api/cases/${CASE}/hypotheses/h-api`);
    expect(del.status).toBe(409);
    expect(del.data.error.message).toContain('e-api');
    expect((await call('DELETE', `/api/cases/${CASE}/matrix-items/e-api`)).status).toBe(200);
    expect((await call('DELETE', `/api/cases/${CASE}/hypotheses/h-api`)).status).toBe(200);
  });

  it('munitions, samples and site control', async () => {
    const mu = await call('POST', `/api/cases/${CASE}/munitions`, { id: 'm-api', description: 'improvised cylinder' });
    expect(mu.status).toBe(201);
    const s = await call('POST', `/api/cases/${CASE}/samples`, { id: 's-api', kind: 'soil' });
    expect(s.status).toBe(201);
    const sc = { party: 'Syrian government', place: 'al-Khalidiya', from: '2018-11-01T00:00:00Z' };
    const a = await call('POST', `/api/cases/${CASE}/site-control`, sc);
    expect(a.status).toBe(201);
    expect(a.data.id).toMatch(/^sc-[0-9a-f]{16}$/);
    const list = (await call('GET', `/api/cases/${CASE}/site-control?limit=500`)).data.items;
    expect(list.some((x: any) => x.id === a.data.id)).toBe(true);
    const b = await call('PUT', `/api/cases/${CASE}/site-control/${a.data.id}`, { ...sc, to: '2018-12-01T00:00:00Z' });
    expect(b.status).toBe(200);
    expect(b.data.id).not.toBe(a.data.id);
    expect((await call('DELETE', `/api/cases/${CASE}/site-control/${a.data.id}`)).status).toBe(404);
    expect((await call('DELETE', `/api/cases/${CASE}/site-control/${b.data.id}`)).status).toBe(200);
    expect((await call('PUT', `/api/cases/${CASE}/munitions/m-api`, { description: 'improvised cylinder, yellow' })).data.record.description).toBe('improvised cylinder, yellow');
    expect((await call('PUT', `/api/cases/${CASE}/samples/s-api`, { kind: 'soil', description: 'crater' })).data.old.description).toBe('');
    expect((await call('DELETE', `/api/cases/${CASE}/munitions/m-api`)).status).toBe(200);
    expect((await call('DELETE', `/api/cases/${CASE}/samples/s-api`)).status).toBe(200);
    expect((await call('POST', `/api/cases/nope/samples`, { id: 's-x', kind: 'soil' })).status).toBe(404);
  });

  it('sources: added, cited by a testimony (which must name an existing one), kept while cited, then deleted', async () => {
    const base = `/api/cases/${CASE}/sources`;
    const src = { id: 'al-alam-api', name: 'Al-Alam TV', kind: 'outlet', reliability: 'C', citations: ['https://www.alalam.ir/'] };
    expect((await call('POST', `${base}?why=new+outlet`, src)).status).toBe(201);
    expect((await call('PUT', `${base}/al-alam-api`, { ...src, reliability: 'D' })).data.old.reliability).toBe('C');
    const tm = { id: 't-sourced', who: 'shopkeeper', role: 'witness', text: 'a strange smell', credibility: 3, citations: ['https://www.alalam.ir/news/1'] };
    const noSource = await call('POST', `/api/cases/${CASE}/testimonies`, { ...tm, source_id: 'no-such-source' });
    expect(noSource.status).toBe(400);
    expect(noSource.data.error.path).toBe('body.source_id');
    expect((await call('POST', `/api/cases/${CASE}/testimonies`, { ...tm, source_id: 'al-alam-api' })).status).toBe(201);
    const busy = await call('DELETE', `${base}/al-alam-api`);
    expect(busy.status).toBe(409);
    expect(busy.data.error.message).toContain('t-sourced');
    expect((await call('DELETE', `/api/cases/${CASE}/testimonies/t-sourced`)).status).toBe(200);
    expect((await call('DELETE', `${base}/al-alam-api?why=merged`)).status).toBe(200);
    const log = (await caseHistory(t.ws, CASE)).filter((e: any) => e.entry.kind === 'source').map((e: any) => [e.entry.record_id, e.entry.old === null, e.entry.new === null]);
    expect(log).toEqual([['al-alam-api', true, false], ['al-alam-api', false, false], ['al-alam-api', false, true]]);
  });

  it('consequences: added with a cited source, replaced, listed in time order with their lag, deleted; logged', async () => {
    const base = `/api/cases/${CASE}/consequences`;
    const before = (await call('GET', `${base}?limit=500`)).data.total;
    const cq = { id: 'c-api', at: '2018-11-25T12:00:00Z', actor: 'Russian MoD', action: 'struck militant positions it blamed for the attack', cites_incident: true, kind: 'strike', sources: [{ title: 'MoD briefing', url: 'https://example.org/mod' }] };
    const unsourced = await call('POST', base, { ...cq, sources: [] });
    expect(unsourced.status).toBe(400);
    expect(unsourced.data.error.path).toBe('body.sources');
    expect((await call('POST', `${base}?why=briefing+found`, cq)).status).toBe(201);
    expect((await call('POST', base, cq)).status).toBe(409);
    const put = await call('PUT', `${base}/c-api?why=wording`, { ...cq, action: 'struck positions in Idlib' });
    expect(put.data.old.action).toBe(cq.action);
    const rows = (await call('GET', `${base}?limit=500`)).data.items;
    expect(rows).toHaveLength(before + 1);
    expect(rows.find((r: any) => r.id === 'c-api')).toMatchObject({ action: 'struck positions in Idlib', lag_hours: expect.any(Number) });
    expect((await call('DELETE', `${base}/c-api?why=duplicate`)).status).toBe(200);
    expect((await call('GET', `${base}?limit=500`)).data.total).toBe(before);
    const log = (await caseHistory(t.ws, CASE)).filter((e: any) => e.entry.kind === 'consequence').map((e: any) => [e.entry.record_id, e.entry.op, e.entry.why]);
    expect(log).toEqual([['c-api', 'created', 'briefing found'], ['c-api', 'updated', 'wording'], ['c-api', 'deleted', 'duplicate']]);
  });

  it('reports: one corrected and one deleted, each logged with the old report; verify still finds every report as logged', async () => {
    const base = `/api/cases/${CASE}/reports`;
    const add = await call('POST', base, { reports: [{ id: 'r-api-1', outlet: 'Outlet One', published_at: '2018-11-25T08:00:00Z', title: 'first', text: 'a report with a typo' }, { id: 'r-api-2', outlet: 'Outlet Two', published_at: '2018-11-25T09:00:00Z', title: 'second', text: 'to be deleted' }] });
    expect(add.data.added).toBe(2);
    const total = (await call('GET', base)).data.total;
    const bad = await call('PUT', `${base}/r-api-1`, { outlet: 'Outlet One', published_at: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.data.error.path).toBe('body.published_at');
    const put = await call('PUT', `${base}/r-api-1?why=typo`, { outlet: 'Outlet One', published_at: '2018-11-25T08:00:00Z', title: 'first', text: 'a report without a typo', url: 'https://example.org/one' });
    expect(put.status).toBe(200);
    expect(put.data.old.text).toBe('a report with a typo');
    expect((await call('PUT', `${base}/r-api-1`, { id: 'other', outlet: 'O', published_at: '2018-11-25' })).data.error.path).toBe('body.id');
    expect((await call('PUT', `${base}/r-nope`, { outlet: 'O', published_at: '2018-11-25' })).status).toBe(404);
    expect((await call('PUT', `${base}/r-api-1`, { outlet: 'O', published_at: '2018-11-25' }, tok.viewer)).status).toBe(403);
    expect((await call('DELETE', `${base}/r-api-2?why=off+topic`)).status).toBe(200);
    expect((await call('DELETE', `${base}/r-api-2`)).status).toBe(404);
    const after = (await call('GET', `${base}?q=without+a+typo`)).data;
    expect(after.items.map((r: any) => [r.id, r.url])).toEqual([['r-api-1', 'https://example.org/one']]);
    expect((await call('GET', base)).data.total).toBe(total - 1);
    const log = (await caseHistory(t.ws, CASE)).filter((e: any) => e.entry.type === 'report-changed').map((e: any) => [e.entry.report_id, e.entry.op, e.entry.why, e.entry.old.text]);
    expect(log).toEqual([['r-api-1', 'updated', 'typo', 'a report with a typo'], ['r-api-2', 'deleted', 'off topic', 'to be deleted']]);
    const { verifyWorkspace } = await import('../src/app/custody-verify.js');
    const v = await verifyWorkspace(t.ws);
    expect(v.problems).toEqual([]);
    // a deleted id can be added again, and verify follows
    expect((await call('POST', base, { reports: [{ id: 'r-api-2', outlet: 'Outlet Two', published_at: '2018-11-25T09:00:00Z', title: 'second', text: 'back again' }] })).data.added).toBe(1);
    expect((await verifyWorkspace(t.ws)).problems).toEqual([]);
  });

  it('adding reports keeps the analyst\'s reason in the reports-added entry, as every other write does', async () => {
    const add = await call('POST', `/api/cases/${CASE}/reports?why=${encodeURIComponent('wire copy of the shelling, filed late')}`, { reports: [{ id: 'r-why-1', outlet: 'Outlet Three', published_at: '2018-11-25T10:00:00Z', title: 'third', text: 'shelling reported' }] });
    expect(add.status).toBe(200);
    expect(add.data.added).toBe(1);
    const e = (await caseHistory(t.ws, CASE)).filter((h) => h.entry.type === 'reports-added').at(-1)!;
    expect(e.entry.why).toBe('wire copy of the shelling, filed late');
    expect(e.entry.actor).toBe('analyst-user');
    // the entry commits to its list of (id, hash) pairs by Merkle root (src/core/custody/report-batch.ts)
    const [stored] = await t.ws.store.transaction((tx) => tx.storedReports(CASE, ['r-why-1']));
    expect(e.entry.count).toBe(1);
    expect(e.entry.reports_root).toBe(reportsRoot(nodeSha256, [['r-why-1', reportContentDigest(stored)]]));
    const site = await call('POST', `/api/cases/${CASE}/site-control?why=map`, { party: 'opposition', from: '2018-11-20', credibility: 4, citations: ['https://example.org/map'] });
    expect(site.status).toBe(201);
    expect(site.data.record.credibility).toBe(4);
    expect((await call('POST', `/api/cases/${CASE}/site-control`, { party: 'opposition', from: '2018-11-21', credibility: 9 })).data.error.path).toBe('body.credibility');
  });

  it('are in the OpenAPI document with their schemas', async () => {
    const doc = (await call('GET', '/api/openapi.json')).data;
    const p = doc.paths['/api/cases/{id}/testimonies/{rid}'];
    expect(Object.keys(p).sort()).toEqual(['delete', 'put']);
    const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p.replace(/\{(\w+)\}/g, ':$1')}`))
      .filter((r) => / \/api\/cases\/:id\/(sources|testimonies|munitions|samples|site-control|hypotheses|matrix-items|consequences|reports\/:rid)/.test(r) && !r.startsWith('get'));
    expect(writes).toHaveLength(26);
    expect(writes.filter((r) => !covered.has(r))).toEqual([]);
    expect(doc.paths['/api/cases/{id}/hypotheses'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['id', 'label']));
  });
});
