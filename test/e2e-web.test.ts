/**
 * End-to-end: Debian's Chromium driven by playwright-core against `startServer` on a temp SQLite workspace.
 * Opens the Aleppo case (examples/aleppo-2018-11-24, or the fixture bundle when the example is absent), sees
 * its key judgments, changes a matrix cell and sees the posterior change, uploads a file and sees its hash,
 * exports the report; a screenshot of each main screen goes to test-artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle } from '../src/app/cases.js';
import { addUser } from '../src/app/users.js';
import { startServer } from '../src/http/server.js';
import { packageRoot } from '../src/app/paths.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(packageRoot, 'test-artifacts');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`skipping browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!haveChromium)('web workbench in Chromium', () => {
  let t: TestWorkspace;
  let srv: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let caseId: string;
  let token: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const dist = path.join(packageRoot, 'web', 'dist', 'index.html');
    if (!fs.existsSync(dist)) execFileSync(process.execPath, [path.join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web'], { cwd: packageRoot, stdio: 'ignore' });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    t = await sqliteWorkspace();
    const example = path.join(packageRoot, 'examples', 'aleppo-2018-11-24');
    let r;
    try {
      r = await importBundle(t.ws, example);
    } catch (e) {
      console.warn(`examples/aleppo-2018-11-24 did not import (${(e as Error).message.slice(0, 120)}); using the fixture bundle`);
      r = await importBundle(t.ws, path.join(packageRoot, 'test', 'fixtures', 'web-case'));
    }
    caseId = r.case_id;
    token = (await addUser(t.ws, { name: 'e2e analyst', role: 'analyst' })).token;
    srv = await startServer({ ws: t.ws, host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const ctx = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    page = await ctx.newPage();
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message + ' ' + (e.stack ?? '').split('\n').slice(0, 3).join(' | ')));
  });

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await t?.dispose();
  });

  it('drops a rejected saved token, says so, and still shows the cases (anonymous reads)', async () => {
    await page.goto(srv.url);
    // the first load's requests must be answered before the stale token is saved: on a loaded machine the page's effects
    // can run after `goto` returns, read the token saved here, drop it and show the notice on THIS load, and the reload
    // below then starts with no token and shows nothing (a race of the test seen in session 31's CI, not of the app)
    await page.getByRole('link', { name: /aleppo/i }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => localStorage.setItem('assay.token', 'assay_stale_token_from_elsewhere'));
    await page.reload();
    await page.getByRole('link', { name: /aleppo/i }).first().waitFor();
    await page.getByText(/saved token was rejected/).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('assay.token'))).toBeNull();
    await page.getByRole('button', { name: 'dismiss' }).click();
  });

  it('shows the matrix read-only to anonymous readers, scrollable at 820 px, evidence as rows', async () => {
    await page.setViewportSize({ width: 820, height: 900 });
    await page.goto(`${srv.url}#/case/${caseId}/matrix`);
    await page.locator('[data-cell="0:0"]').waitFor();
    await page.getByText(/engine rows, re-scored in the browser/).waitFor();
    // default layout: evidence as rows, hypotheses as columns (PARC ACH)
    expect(await page.getByLabel('hypotheses as rows').isChecked()).toBe(false);
    expect(await page.locator('tbody th.item-head').count()).toBeGreaterThan(1);
    expect(await page.locator('thead th.hyp-head').count()).toBeGreaterThan(1);
    // no rating buttons without a token; a sign-in hint instead
    expect(await page.locator('.rating-buttons').count()).toBe(0);
    await page.locator('.signin-hint').waitFor();
    // the grid scrolls inside its box: the last column can be brought into view and is not covered
    const box = page.locator('.matrix-scroll');
    const lastCol = page.locator('.matrix thead th').last();
    await lastCol.scrollIntoViewIfNeeded();
    const b = (await lastCol.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(820);
    const panel = (await page.locator('.cell-panel').boundingBox())!;
    const grid = (await box.boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(grid.y + grid.height - 1);
    // a Heuer disagreement names hypotheses by label, never by id
    const lead = await page.locator('.lead-line').innerText();
    expect(lead).not.toMatch(/\bh-[a-z-]+/);
    await page.screenshot({ path: path.join(ARTIFACTS, '05a-matrix-820-anonymous.png'), fullPage: true });
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('shows day-precision reports as days in the timeline, never as a negative lead', async () => {
    await page.goto(`${srv.url}#/case/${caseId}`);
    await page.locator('.events .event').first().waitFor();
    const dayItems = page.locator('.events .event.day-precision');
    const n = await dayItems.count();
    for (let i = 0; i < Math.min(n, 20); i++) {
      const txt = await dayItems.nth(i).locator('time').innerText();
      expect(txt).toMatch(/^\d{1,2} [A-Z][a-z]{2}( \d{4})? \(day\)$/);
      expect(await dayItems.nth(i).locator('.rel').innerText()).not.toMatch(/ h$/);
    }
    await page.setViewportSize({ width: 1360, height: 1400 });
    await page.locator('section.timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, '02a-timeline.png') });
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('lists and searches cases, signs in', async () => {
    await page.goto(srv.url);
    await page.getByRole('link', { name: /aleppo/i }).first().waitFor();
    await page.getByLabel('Search cases').fill('zzzz-no-such');
    await page.getByText(/No cases match/).waitFor();
    await page.getByLabel('Search cases').fill('aleppo');
    await page.getByRole('link', { name: /aleppo/i }).first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '01-case-list.png') });
    await page.getByRole('button', { name: 'sign in with a token' }).click();
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'sign in' }).click();
    await page.getByText('e2e analyst · analyst').waitFor();
  });

  it('opens the case with its key judgments first, then the timeline', async () => {
    await page.goto(`${srv.url}#/case/${caseId}`);
    const kj = page.getByRole('region', { name: 'Key judgments' });
    await kj.waitFor();
    await kj.locator('.judgment.leading').waitFor();
    const text = await kj.locator('.judgment.leading').innerText();
    expect(text).toMatch(/\d+(\.\d)?%/);
    expect(text).toMatch(/almost no chance|very unlikely|unlikely|roughly even chance|likely|very likely|almost certain/);
    await page.locator('.events .event').first().waitFor();
    expect(await page.locator('.events .event.kind-report').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, '02-case-overview.png') });
  });

  it('narrative and agent panes render', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/narrative`);
    await page.locator('svg.chart circle').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '03-narrative.png') });
    await page.goto(`${srv.url}#/case/${caseId}/agents`);
    await page.locator('.accounts li').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '04-agents.png') });
  });

  it('changes a matrix cell by keyboard only on confirm, sees the posterior change, the reason cleared and the change in the history', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/matrix`);
    await page.locator('[data-cell="0:0"]').waitFor();
    // the engines' rows arrive with the assessment; from then on the grid is the whole case matrix
    await page.getByText(/engine rows, re-scored in the browser/).waitFor();
    expect(await page.locator('th.item-head.engine').count()).toBeGreaterThan(0);
    const firstHyp = page.locator('.posterior').first();
    const before = await firstHyp.innerText();
    const cell = page.locator('[data-cell="0:0"]');
    const old = (await cell.innerText()).trim();
    const key = old === 'II' || old === 'I' ? '1' : '5';
    // a key only chooses; nothing is saved until Enter, and without a reason the UI asks for one
    await cell.focus();
    await page.keyboard.press(key);
    expect(await firstHyp.innerText()).toBe(before);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Type the reason/ }).waitFor();
    expect(await firstHyp.innerText()).toBe(before);
    const why = page.getByPlaceholder('why (kept in the cell\'s history)');
    await why.fill('e2e: testing the matrix');
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /^saved/ }).waitFor();
    const after = await firstHyp.innerText();
    expect(after).not.toBe(before);
    // the message names the evidence and the hypothesis by their titles, not ids; the reason is cleared
    const msg = await page.getByRole('status').filter({ hasText: /^saved/ }).innerText();
    expect(msg).toMatch(/“.+” × “.+”/);
    expect(msg).not.toMatch(/\b(e|h)-[a-z]+-[a-z-]+/);
    expect(await why.inputValue()).toBe('');
    await page.getByTestId('moved').waitFor();
    await page.locator('.history li').first().waitFor();
    expect(await page.locator('.history li').first().innerText()).toContain('e2e analyst');
    // arrow keys move the focus (evidence as rows: down is the next evidence row)
    await cell.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1:0');
    await page.screenshot({ path: path.join(ARTIFACTS, '05-matrix.png') });
    // hypotheses as rows, on request
    await page.getByLabel('hypotheses as rows').check();
    expect(await page.locator('tbody th.hyp-head').count()).toBeGreaterThan(1);
    await page.getByLabel('hypotheses as rows').uncheck();
  });

  it('adds a hypothesis and a testimony through the forms', async () => {
    await page.goto(`${srv.url}#/case/${caseId}`);
    await page.getByText('Add to the case').click();
    const hf = page.getByRole('form', { name: 'Add a hypothesis' });
    await hf.getByLabel('label').fill('Chlorine from a damaged industrial store (e2e)');
    await hf.getByRole('button', { name: 'add hypothesis' }).click();
    await page.getByText(/added hypothesis h-chlorine-from/).waitFor();
    const tf = page.getByRole('form', { name: 'Add a testimony' });
    await tf.getByLabel('who').fill('e2e witness');
    await tf.getByLabel('what they said').fill('a smell of bleach and people coughing');
    await tf.getByRole('button', { name: 'add testimony' }).click();
    await page.getByText(/added testimony t-e2e-witness/).waitFor();
  });

  it('uploads a file to the evidence locker and shows its SHA-256', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/evidence`);
    const bytes = Buffer.from(`e2e upload ${Date.now()}\n`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    await page.getByLabel('Upload evidence file').setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: bytes });
    await page.getByRole('button', { name: 'add to the locker' }).click();
    await page.getByTestId('uploaded-sha').waitFor();
    expect(await page.getByTestId('uploaded-sha').innerText()).toBe(sha);
    await page.getByRole('button', { name: 'verify' }).first().click();
    await page.locator('.files .ok').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '06-evidence.png') });
    // a fresh load shows each file's custody-log entry at once (the case view alone has no index)
    await page.reload();
    const idx = page.locator('.files tbody tr').filter({ hasText: 'note.txt' }).first().locator('td.log-index');
    // wait for the rows to be drawn and every index filled in (an empty table would pass an every() at once)
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('.files td.log-index'));
      return cells.length > 0 && cells.every((td) => td.textContent !== '…');
    });
    expect(await idx.innerText()).toMatch(/^\d+$/);
  });

  it('exports the report', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/report`);
    await page.locator('.judgment.leading').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('button[data-format="pdf"]').click()]);
    const file = path.join(ARTIFACTS, 'report.pdf');
    await download.saveAs(file);
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
    await page.getByTestId('exported').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '07-report.png') });
  });

  it('logged no browser errors (CSP violations included)', () => {
    expect(consoleErrors.filter((e) => !/404|503|401/.test(e))).toEqual([]); // 401: the stale token test
  });
});
