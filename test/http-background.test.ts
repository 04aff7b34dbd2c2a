/**
 * Analyses computed once per data version, off the request thread (src/http/background.ts, src/app/precompute.ts):
 * a case whose analyses are not kept answers 202 "computing" at once on the analysis routes while a worker thread
 * computes them, every other read answers as usual meanwhile, and then the kept result is served; a write starts
 * the next computation by itself. `assay import` computes them before it returns. The threshold is lowered to 1
 * report so the Aleppo example stands in for a big case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { postgresAvailable, postgresWorkspace, sqliteWorkspace, tempDir, type TestWorkspace } from './helpers/workspaces.js';
import { runCli } from './helpers/cli.js';
import { importBundle } from '../src/app/cases.js';
import { addUser } from '../src/app/users.js';
import { isPrecomputed } from '../src/app/precompute.js';
import { openWorkspace } from '../src/app/workspace.js';
import { createApp } from '../src/http/app.js';
import type { Env } from '../src/http/registry.js';
import { examplesDir, packageRoot } from '../src/app/paths.js';
import { startServer } from '../src/http/server.js';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const CASE = 'aleppo-2018-11-24';
let t: TestWorkspace;
let app: Hono<Env>;
let token = '';
const lines: string[] = [];

const get = async (url: string) => {
  const r = await app.request(url);
  return { status: r.status, retry: r.headers.get('retry-after'), data: (await r.json()) as any };
};

/** asks again until the computation is done, as the workbench does */
async function until200(url: string, limitMs = 120_000) {
  const t0 = Date.now();
  const seen: number[] = [];
  for (;;) {
    const r = await get(url);
    seen.push(r.status);
    if (r.status !== 202) return { ...r, seen };
    if (Date.now() - t0 > limitMs) throw new Error(`still computing after ${limitMs} ms`);
    await new Promise((res) => setTimeout(res, 200));
  }
}

beforeAll(async () => {
  t = await sqliteWorkspace();
  await importBundle(t.ws, path.join(examplesDir, CASE));
  token = (await addUser(t.ws, { name: 'bg-analyst', role: 'analyst' })).token;
  app = createApp(t.ws, { anonymousRead: true, webDir: null, backgroundReports: 1, log: (l) => lines.push(l) });
});
afterAll(async () => t?.dispose());

describe('big cases: analyses computed in the background, once per data version', () => {
  it('answers 202 computing at once, serves other reads meanwhile, then the kept result', async () => {
    expect(await isPrecomputed(t.ws, CASE)).toBe(false);
    const first = await get(`/api/cases/${CASE}/assessment`);
    expect(first.status).toBe(202);
    expect(first.retry).toBe('2');
    expect(first.data).toMatchObject({ status: 'computing', case_id: CASE, retry_after_s: 2 });
    expect(first.data.seconds).toBeGreaterThanOrEqual(0);
    // the narrative route waits on the same computation, and a plain read answers at once
    expect((await get(`/api/cases/${CASE}/narrative`)).status).toBe(202);
    const plain = await get(`/api/cases/${CASE}/testimonies`);
    expect(plain.status).toBe(200);
    expect(plain.data.total).toBeGreaterThan(0);
    const done = await until200(`/api/cases/${CASE}/assessment`);
    expect(done.data.case_id).toBe(CASE);
    expect(done.data.hypotheses.length).toBeGreaterThan(0);
    expect(await isPrecomputed(t.ws, CASE)).toBe(true);
    // the worker keeps the result before its promise settles in this thread, so the 'done' line may follow the 200 by a
    // moment on a loaded machine (a CI run failed on it): wait for it briefly rather than race it
    const doneLine = (l: string) => /^background analysis of aleppo-2018-11-24 done in [\d.]+ s$/.test(l);
    for (let i = 0; i < 50 && !lines.some(doneLine); i++) await new Promise((res) => setTimeout(res, 100));
    expect(lines.some(doneLine)).toBe(true);
    // kept: the narrative is served now, with no second computation
    const nar = await get(`/api/cases/${CASE}/narrative`);
    expect(nar.status).toBe(200);
    expect(lines.filter((l) => l.startsWith('background analysis')).length).toBe(1);
  });

  it('a write starts the next computation by itself; the new result counts the new record', async () => {
    const before = (await until200(`/api/cases/${CASE}/assessment`)).data;
    const tm = { id: 't-bg', who: 'medic at a field clinic', role: 'medic', text: 'pinpoint pupils and drooling in three patients', credibility: 2, citations: ['https://example.org/clinic'] };
    const w = await app.request(`/api/cases/${CASE}/testimonies?why=background+test`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(tm) });
    expect(w.status).toBe(201);
    expect(await isPrecomputed(t.ws, CASE)).toBe(false);
    const after = await until200(`/api/cases/${CASE}/assessment`);
    expect(await isPrecomputed(t.ws, CASE)).toBe(true);
    // as above: the second 'done' line may follow the 200 by a moment on a loaded machine (a CI run failed on it in session 21)
    const doneLines = () => lines.filter((l) => l.startsWith('background analysis') && l.includes('done')).length;
    for (let i = 0; i < 50 && doneLines() < 2; i++) await new Promise((res) => setTimeout(res, 100));
    expect(doneLines()).toBe(2);
    // the testimony reached the agent differential: its finding changed
    const agent = (a: any) => JSON.stringify(a.evidence.filter((e: any) => /agent/i.test(e.engine ?? e.id ?? '')));
    expect(agent(after.data)).not.toBe(agent(before));
  });
});

describe('on PostgreSQL', () => {
  it('the worker thread opens the same schema, computes and keeps; the route then serves the result', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const p = await postgresWorkspace();
    try {
      await importBundle(p.ws, path.join(examplesDir, CASE));
      const pgApp = createApp(p.ws, { anonymousRead: true, webDir: null, backgroundReports: 1 });
      const first = await pgApp.request(`/api/cases/${CASE}/narrative`);
      expect(first.status).toBe(202);
      const t0 = Date.now();
      let r = first;
      while (r.status === 202 && Date.now() - t0 < 120_000) {
        await new Promise((res) => setTimeout(res, 300));
        r = await pgApp.request(`/api/cases/${CASE}/narrative`);
      }
      expect(r.status).toBe(200);
      expect(((await r.json()) as { case_id?: string; event_time?: string }).event_time).toBeTruthy();
      expect(await isPrecomputed(p.ws, CASE)).toBe(true);
    } finally {
      await p.dispose();
    }
  });
});

describe('assay import computes the analyses before it returns', () => {
  it('keeps them for the imported version, so the first open reads them; --no-precompute (and a small case by default) leaves them', async () => {
    const dir = tempDir('assay-precompute-');
    try {
      const env = { ASSAY_CONFIG_DIR: path.join(dir, 'config'), ASSAY_USER: 'ann' };
      const db = path.join(dir, 'a.db');
      // a small case is computed on first open unless asked (from 20,000 reports it is by default)
      const r = await runCli(['import', path.join(examplesDir, CASE), '--db', db, '--precompute'], env);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/computed in [\d.]+ s and kept: the workbench opens the case without waiting/);
      const db2 = path.join(dir, 'b.db');
      const r2 = await runCli(['import', path.join(examplesDir, CASE), '--db', db2, '--no-precompute'], env);
      expect(r2.code).toBe(0);
      expect(r2.stderr).not.toMatch(/computed in/);
      const r3 = await runCli(['import', path.join(examplesDir, CASE), '--db', path.join(dir, 'c.db')], env);
      expect(r3.code).toBe(0);
      expect(r3.stderr).not.toMatch(/computed in/);
      const saved = process.env.ASSAY_CONFIG_DIR;
      process.env.ASSAY_CONFIG_DIR = env.ASSAY_CONFIG_DIR;
      try {
        for (const [file, want] of [[db, true], [db2, false]] as const) {
          const ws = await openWorkspace({ db: file });
          try {
            expect(await isPrecomputed(ws, CASE)).toBe(want);
          } finally {
            await ws.close();
          }
        }
      } finally {
        if (saved === undefined) delete process.env.ASSAY_CONFIG_DIR;
        else process.env.ASSAY_CONFIG_DIR = saved;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the workbench while a case computes (Chromium)', () => {
  it('shows "computing, N s", keeps other views readable, and draws the overview when done', async (ctx) => {
    if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync(path.join(packageRoot, 'web', 'dist', 'index.html'))) return ctx.skip();
    const w = await sqliteWorkspace();
    let tokenW = '';
    const srv = await (async () => {
      await importBundle(w.ws, path.join(examplesDir, CASE));
      tokenW = (await addUser(w.ws, { name: 'bg-writer', role: 'analyst' })).token;
      return startServer({ ws: w.ws, host: '127.0.0.1', port: 0, backgroundReports: 1 });
    })();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      // an export asked while computing waits for the result: the file is the assessment, not the 202 answer
      await page.goto(`${srv.url}#/case/${CASE}/report`);
      const note = page.getByTestId('computing');
      await note.waitFor({ timeout: 30_000 });
      await page.locator('button[data-format="json"]').click();
      const exported = page.getByTestId('exported');
      await exported.waitFor({ timeout: 120_000 });
      const bytes = Number(/\((\d+) bytes\)/.exec(await exported.innerText())![1]);
      expect(bytes).toBeGreaterThan(5000);
      // a second case state: a write, then the overview while its analyses compute again
      const w2 = await fetch(new URL(`/api/cases/${CASE}/reports?why=background+test`, srv.url), { method: 'POST', headers: { authorization: `Bearer ${tokenW}`, 'content-type': 'application/json' }, body: JSON.stringify({ reports: [{ outlet: 'Bg Wire', published_at: '2018-11-25T10:00:00Z', title: 'one more', text: 'one more report' }] }) });
      expect(w2.status).toBe(200);
      await page.goto(`${srv.url}#/case/${CASE}/overview`);
      await note.waitFor({ timeout: 30_000 });
      expect(await note.innerText()).toMatch(/^Computing the analyses of this case, \d+ s/);
      expect(await note.getAttribute('role')).toBe('status');
      await page.evaluate(fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
      const axe = await page.evaluate(async () => (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((x: any) => x.id));
      expect(axe).toEqual([]);
      // the case's records answer meanwhile
      await page.goto(`${srv.url}#/case/${CASE}/records`);
      await page.getByTestId('site-control').locator('li').first().waitFor({ timeout: 10_000 });
      await page.goto(`${srv.url}#/case/${CASE}/overview`);
      await page.locator('.kj .judgment.leading').first().waitFor({ timeout: 120_000 });
      await note.waitFor({ state: 'detached', timeout: 10_000 });
    } finally {
      await browser.close();
      await srv.close();
      await w.dispose();
    }
  });
});
