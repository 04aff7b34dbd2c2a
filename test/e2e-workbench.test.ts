/**
 * The workbench as a team uses it, in Debian's Chromium (playwright-core) against `startServer` on a temp SQLite
 * workspace with the Aleppo example: two analysts rating the same cell (the disagreement shown, and whose
 * ratings the assessment uses), sorting the matrix by diagnosticity, adding, editing and deleting a testimony
 * with its source and seeing the posterior move, site control, consequences, munition observations and reports
 * written with their sources and credibility, a quote followed to its passage in a locker copy (text and PDF), the same file uploaded twice, the
 * coordination graph and the map drawn, and on every view: no axe-core violation of WCAG 2.1 A/AA and no horizontal overflow at 390 px.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle } from '../src/app/cases.js';
import { addUser } from '../src/app/users.js';
import { startServer } from '../src/http/server.js';
import { packageRoot } from '../src/app/paths.js';
import { custodyOf } from '../src/app/custody.js';
import { decodeEntry } from '../src/core/custody/log-entry.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWS = ['overview', 'narrative', 'agents', 'matrix', 'evidence', 'records', 'sources', 'report'];
/** a 2x2 PNG (red, green / blue, white) */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

/** A PDF with one line of Helvetica text a page (PDF 1.4, section 7: objects, xref table with byte offsets). */
function minimalPdf(pages: string[]): Buffer {
  const esc = (t: string) => t.replace(/[\\()]/g, (c) => '\\' + c);
  const n = pages.length;
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${n} >>`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  pages.forEach((t, i) => {
    const stream = `BT /F1 12 Tf 72 720 Td (${esc(t)}) Tj ET`;
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe.skipIf(!haveChromium)('the workbench a team works in (Chromium)', () => {
  let t: TestWorkspace;
  let srv: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let caseId: string;
  const tok: Record<string, string> = {};
  const errors: string[] = [];

  /** the custody log's reports-added entries, decoded */
  const custodyEntries = async () =>
    (await custodyOf(t.ws).log.entryTypes('reports-added')).map((r) => {
      const d = decodeEntry(r.entry);
      return (d.ok ? d.entry : {}) as { type?: string; why?: string };
    });
  const signedIn = async (token: string): Promise<[BrowserContext, Page]> => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await ctx.addInitScript((tk) => localStorage.setItem('assay.token', tk), token);
    const p = await ctx.newPage();
    p.on('pageerror', (e) => errors.push(e.message));
    return [ctx, p];
  };
  const matrix = async (p: Page) => {
    await p.goto(`${srv.url}#/case/${caseId}/matrix`);
    await p.reload(); // a fresh load: the same hash alone would keep the page as it was
    await p.getByText(/engine rows, re-scored in the browser/).waitFor();
  };
  /** choose a rating with its digit key, confirm with Enter, the reason typed first */
  const rate = async (p: Page, cell: string, key: string, why: string) => {
    await p.locator(`[data-cell="${cell}"]`).click();
    await p.getByPlaceholder("why (kept in the cell's history)").fill(why);
    await p.locator(`[data-cell="${cell}"]`).focus();
    await p.keyboard.press(key);
    await p.keyboard.press('Enter');
    await p.getByRole('status').filter({ hasText: /^saved/ }).waitFor();
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(packageRoot, 'web', 'dist', 'index.html'))) execFileSync(process.execPath, [path.join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web'], { cwd: packageRoot, stdio: 'ignore' });
    t = await sqliteWorkspace();
    caseId = (await importBundle(t.ws, path.join(packageRoot, 'examples', 'aleppo-2018-11-24'))).case_id;
    tok.a = (await addUser(t.ws, { name: 'Analyst Amal', role: 'analyst' })).token;
    tok.b = (await addUser(t.ws, { name: 'Analyst Boris', role: 'analyst' })).token;
    srv = await startServer({ ws: t.ws, host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    [, page] = await signedIn(tok.a);
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await t?.dispose();
  });

  it('two analysts rate the same cell apart: the matrix shows both, the disagreement and whose ratings the assessment uses', async () => {
    await matrix(page);
    // the most diagnostic analyst row first: a disagreement there is the one most likely to matter
    await page.getByLabel('sort evidence by').selectOption('diagnosticity');
    await rate(page, '0:0', '1', 'Amal: the account fits this hypothesis');
    const [ctxB, pageB] = await signedIn(tok.b);
    await matrix(pageB);
    await pageB.getByLabel('sort evidence by').selectOption('diagnosticity');
    await rate(pageB, '0:0', '5', 'Boris: the account contradicts it');
    await ctxB.close();

    await matrix(page);
    const dis = page.getByRole('region', { name: 'Where analysts disagree' });
    await dis.waitFor();
    const row = await dis.locator('tbody tr').first().innerText();
    expect(row).toContain('Analyst Amal: CC');
    expect(row).toContain('Analyst Boris: II');
    expect(await page.locator('.cell.disagree').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('used-by').innerText()).toMatch(/Analyst Boris \(1 cell\)/);
    // each analyst's own ratings and the consensus are layers of the same grid, each scored
    await page.getByLabel('ratings shown').selectOption('analyst:Analyst Amal');
    await page.locator('.lead-line').filter({ hasText: "Analyst Amal's ratings" }).waitFor();
    await page.getByLabel('ratings shown').selectOption('consensus');
    await page.locator('.lead-line').filter({ hasText: '(consensus)' }).waitFor();
    // the overview's judgment says whose ratings it rests on
    await page.goto(`${srv.url}#/case/${caseId}/overview`);
    await page.reload();
    expect(await page.getByTestId('rated-by').innerText()).toMatch(/Analyst Boris \(1 cell\)/);
  });

  it('sorts the evidence rows by diagnosticity, most diagnostic first', async () => {
    await matrix(page);
    await page.getByLabel('sort evidence by').selectOption('diagnosticity');
    const d = (await page.locator('tbody th.item-head .item-meta .num').allInnerTexts()).map((s) => Number(s.replace(/^D\s*/, '')));
    expect(d.length).toBeGreaterThan(5);
    expect(d).toEqual([...d].sort((x, y) => y - x));
    expect(d[0]).toBeGreaterThan(d[d.length - 1]);
  });

  it('adds, edits and deletes a testimony with its source, and shows the posterior move', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.getByRole('button', { name: 'add testimony' }).click();
    const f = page.getByRole('form', { name: 'Add testimony' });
    await f.getByLabel('who', { exact: true }).fill('Paramedic at the Nile Street point');
    await f.getByRole('combobox', { name: /^role/ }).selectOption('medic');
    await f.getByLabel('date recorded', { exact: true }).fill('2018-11-25');
    await f.getByLabel('what they said').fill('Patients had pinpoint pupils, convulsions and foaming at the mouth; several stopped breathing.');
    // no source yet: marked unsourced, graded 6
    await f.getByTestId('unsourced-note').waitFor();
    await f.getByRole('combobox', { name: /^source(?! reliability)/ }).selectOption('+');
    await f.getByLabel('source title', { exact: true }).fill('Aleppo Media Centre e2e');
    await f.getByRole('combobox', { name: /^source reliability/ }).selectOption('D');
    await f.getByLabel('URL', { exact: true }).fill('https://example.org/amc/2018-11-25');
    await f.getByRole('combobox', { name: /^credibility/ }).selectOption('2');
    await f.getByLabel('reason for the change').fill('new account from the field');
    await f.getByRole('button', { name: 'add testimony' }).click();
    const moved = page.getByTestId('moved');
    await moved.waitFor();
    expect(await moved.innerText()).toContain('adding the testimony of Paramedic at the Nile Street point');
    const changes = await moved.locator('tbody td:last-child').allInnerTexts();
    expect(changes.some((c) => c !== '±0')).toBe(true);
    const li = page.locator('li[data-testimony]').filter({ hasText: 'Paramedic at the Nile Street point' });
    await li.waitFor();
    expect(await li.innerText()).toContain('Aleppo Media Centre e2e (D: not usually reliable)');
    // the cited page, opened at the quoted words (a text fragment)
    expect(await li.getByRole('link', { name: 'example.org' }).getAttribute('href')).toMatch(/^https:\/\/example\.org\/amc\/2018-11-25#:~:text=Patients%20had%20pinpoint%20pupils%2C,/);

    // edit: the account reread as irritant symptoms; the posterior moves back
    await li.getByRole('button', { name: /edit testimony/ }).click();
    const e = page.getByRole('form', { name: 'Edit testimony' });
    await e.getByLabel('what they said').fill('Burning eyes and coughing; people recovered within the hour.');
    await e.getByLabel('reason for the change').fill('corrected from the video');
    await e.getByRole('button', { name: 'save testimony' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing the testimony' }).waitFor();

    // delete, confirmed
    await page.locator('li[data-testimony]').filter({ hasText: 'Paramedic at the Nile Street point' }).getByRole('button', { name: /edit testimony/ }).click();
    const d = page.getByRole('form', { name: 'Edit testimony' });
    await d.getByLabel('reason for the change').fill('duplicate of an existing account');
    await d.getByRole('button', { name: 'delete testimony' }).click();
    await d.getByRole('button', { name: 'confirm: delete testimony' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting the testimony' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Burning eyes and coughing; people recovered'));
  });

  it('adds, edits and deletes site control and a consequence with their sources, and adds a report, each showing what moved', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.reload();
    const sites = page.getByTestId('site-control');
    await sites.locator('li[data-site-control]').first().waitFor();
    const n0 = await sites.locator('li[data-site-control]').count();
    await page.getByRole('button', { name: 'add site control' }).click();
    const f = page.getByRole('form', { name: 'Add site control' });
    await f.getByLabel('party holding the site').fill('opposition');
    await f.getByLabel('place', { exact: true }).fill('e2e hill east of Nile Street');
    await f.getByLabel('from', { exact: true }).fill('2018-11-24');
    await f.getByLabel('to (empty: still)').fill('2018-11-26');
    await f.getByTestId('unsourced-note').waitFor();
    await f.getByRole('combobox', { name: /^source(?! title)/ }).selectOption('+');
    await f.getByLabel('new source name').fill('E2E Front Monitor');
    await f.getByRole('combobox', { name: /^its reliability/ }).selectOption('C');
    await f.getByLabel('source title', { exact: true }).fill('Front line map, 24 November');
    await f.getByLabel('URL', { exact: true }).fill('https://example.org/front/2018-11-24');
    await f.getByLabel('source date').fill('2018-11-24');
    await f.getByRole('combobox', { name: /^credibility/ }).selectOption('2');
    await f.getByLabel('reason for the change').fill('a monitor mapped the front that day');
    await f.getByRole('button', { name: 'add site control' }).click();
    const moved = page.getByTestId('moved').filter({ hasText: 'adding site control by opposition' });
    await moved.waitFor();
    // the interval lies in the week after the incident: a hypothesis naming the opposition now meets site access
    expect(await moved.innerText()).toMatch(/confidence (stays|is now) \w+/);
    const li = sites.locator('li[data-site-control]').filter({ hasText: 'e2e hill' });
    await li.waitFor();
    expect(await sites.locator('li[data-site-control]').count()).toBe(n0 + 1);
    expect(await li.innerText()).toContain('credibility 2 (probably true)');
    expect(await li.getByRole('link', { name: 'example.org' }).getAttribute('href')).toBe('https://example.org/front/2018-11-24');
    // the source document went into the new source record, so the Sources view lists it with its title
    const src = (await (await fetch(new URL(`/api/cases/${caseId}/sources?limit=500`, srv.url))).json()) as { items: { id: string; reliability: string; documents?: { title: string; url: string }[] }[] };
    const mon = src.items.find((s) => s.id === 'e2e-front-monitor');
    expect(mon?.reliability).toBe('C');
    expect(mon?.documents?.[0]).toMatchObject({ title: 'Front line map, 24 November', url: 'https://example.org/front/2018-11-24' });

    // edit: the form reads the source back (title, date, credibility) from the source record and the notes
    await li.getByRole('button', { name: /edit site control/ }).click();
    const e = page.getByRole('form', { name: 'Edit site control' });
    expect(await e.getByLabel('source title', { exact: true }).inputValue()).toBe('Front line map, 24 November');
    expect(await e.getByRole('combobox', { name: /^credibility/ }).inputValue()).toBe('2');
    await e.getByLabel('to (empty: still)').fill('2018-11-29');
    await e.getByLabel('reason for the change').fill('the monitor corrected the end date');
    await e.getByRole('button', { name: 'save site control' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing site control by opposition' }).waitFor();
    await sites.locator('li[data-site-control]').filter({ hasText: 'to 2018-11-29' }).waitFor();

    await sites.locator('li[data-site-control]').filter({ hasText: 'e2e hill' }).getByRole('button', { name: /edit site control/ }).click();
    const d = page.getByRole('form', { name: 'Edit site control' });
    await d.getByLabel('reason for the change').fill('entered in the wrong case');
    await d.getByRole('button', { name: 'delete site control' }).click();
    await d.getByRole('button', { name: 'confirm: delete site control' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting site control by opposition' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('e2e hill'));
    expect(await sites.locator('li[data-site-control]').count()).toBe(n0);

    // a consequence, citing the source added above
    const cons = page.getByTestId('consequence-records');
    await page.getByRole('button', { name: 'add consequence' }).click();
    const c = page.getByRole('form', { name: 'Add consequence' });
    await c.getByLabel('when', { exact: true }).fill('2018-11-25T12:00:00Z');
    await c.getByLabel('who acted').fill('E2E Ministry');
    await c.getByRole('combobox', { name: /^kind/ }).selectOption('statement');
    await c.getByLabel('what they did').fill('condemned the attack and called for an inquiry');
    await c.getByRole('combobox', { name: /^source(?! title)/ }).selectOption('e2e-front-monitor');
    await c.getByLabel('source title', { exact: true }).fill('Ministry statement of 25 November');
    await c.getByLabel('URL', { exact: true }).fill('https://example.org/ministry/2018-11-25');
    await c.getByRole('combobox', { name: /^credibility/ }).selectOption('4');
    await c.getByLabel('reason for the change').fill('statement found');
    await c.getByRole('button', { name: 'add consequence' }).click();
    await page.getByTestId('moved').filter({ hasText: 'adding the consequence' }).waitFor();
    const cl = cons.locator('li[data-consequence]').filter({ hasText: 'E2E Ministry' });
    await cl.waitFor();
    expect(await cl.getByRole('link', { name: 'Ministry statement of 25 November' }).getAttribute('href')).toBe('https://example.org/ministry/2018-11-25');
    await cl.getByRole('button', { name: /edit consequence/ }).click();
    const ce = page.getByRole('form', { name: 'Edit consequence' });
    await ce.getByLabel('what they did').fill('condemned the attack');
    await ce.getByLabel('reason for the change').fill('the call for an inquiry came later');
    await ce.getByRole('button', { name: 'save consequence' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing the consequence' }).waitFor();
    const listed = (await (await fetch(new URL(`/api/cases/${caseId}/consequences?limit=500`, srv.url))).json()) as { items: { actor: string; action: string; lag_hours: number; credibility?: number; weight: number; weighed?: string }[] };
    const row = listed.items.find((x) => x.actor === 'E2E Ministry');
    expect(row?.action).toBe('condemned the attack');
    // credibility is a field, read back into the form, and weighs the entry (docs/assessment.md "Record credibility")
    expect(row).toMatchObject({ credibility: 4, weight: 0.5, weighed: 'credibility 4 (doubtful)' });
    expect(await cons.locator('li[data-consequence]').filter({ hasText: 'E2E Ministry' }).innerText()).toContain('credibility 4 (doubtful)');
    expect(row?.lag_hours).toBeGreaterThan(0);
    await cons.locator('li[data-consequence]').filter({ hasText: 'E2E Ministry' }).getByRole('button', { name: /edit consequence/ }).click();
    const cd = page.getByRole('form', { name: 'Edit consequence' });
    await cd.getByLabel('reason for the change').fill('not about this incident');
    await cd.getByRole('button', { name: 'delete consequence' }).click();
    await cd.getByRole('button', { name: 'confirm: delete consequence' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting the consequence' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('E2E Ministry'));

    // a report added by hand, under the same source as outlet
    const reps = page.getByTestId('report-records');
    const total0 = Number((await reps.locator('h2').innerText()).replace(/\D/g, ''));
    await page.getByRole('button', { name: 'add report' }).click();
    const r = page.getByRole('form', { name: 'Add report' });
    await r.getByRole('combobox', { name: /^source(?! title)/ }).selectOption('e2e-front-monitor');
    await r.getByLabel('source title', { exact: true }).fill('E2E: shelling reported east of Nile Street');
    await r.getByLabel('URL', { exact: true }).fill('https://example.org/front/report-1');
    await r.getByLabel('published').fill('2018-11-24T21:00:00Z');
    await r.getByLabel('text', { exact: true }).fill('Shelling reported east of Nile Street late on 24 November.');
    // like every other write, adding a report asks why (a required field), and the custody log keeps it
    expect(await r.getByLabel('reason for adding it').getAttribute('required')).not.toBeNull();
    await r.getByLabel('reason for adding it').fill('local report of the shelling that night');
    await r.getByRole('button', { name: 'add report' }).click();
    await page.getByTestId('moved').filter({ hasText: 'adding the report' }).waitFor();
    const added = (await custodyEntries()).filter((e) => e.type === 'reports-added').at(-1);
    expect(added?.why).toBe('local report of the shelling that night');
    await reps.locator('h2').filter({ hasText: `(${(total0 + 1).toLocaleString('en')})` }).waitFor();
    await reps.getByLabel('search reports').fill('E2E: shelling');
    await reps.locator('li[data-report]').filter({ hasText: 'E2E Front Monitor' }).waitFor();
    // corrected, then deleted, each with a reason (PUT / DELETE /reports/:id, logged with the old report)
    await reps.locator('li[data-report]').filter({ hasText: 'E2E Front Monitor' }).getByRole('button', { name: /edit report/ }).click();
    const re = page.getByRole('form', { name: 'Edit report' });
    expect(await re.getByLabel('source title', { exact: true }).inputValue()).toBe('E2E: shelling reported east of Nile Street');
    expect(await re.getByRole('combobox', { name: /^source(?! title)/ }).inputValue()).toBe('e2e-front-monitor');
    await re.getByLabel('source title', { exact: true }).fill('E2E: shelling reported east of Nile Street (corrected)');
    await re.getByLabel('reason for the change').fill('headline corrected');
    await re.getByRole('button', { name: 'save report' }).click();
    await page.getByTestId('moved').filter({ hasText: 'correcting the report' }).waitFor();
    const fixed = reps.locator('li[data-report]').filter({ hasText: '(corrected)' });
    await fixed.waitFor();
    await fixed.getByRole('button', { name: /edit report/ }).click();
    const rd = page.getByRole('form', { name: 'Edit report' });
    await rd.getByLabel('reason for the change').fill('not about this incident');
    await rd.getByRole('button', { name: 'delete report' }).click();
    await rd.getByRole('button', { name: 'confirm: delete report' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting the report' }).waitFor();
    await reps.locator('h2').filter({ hasText: `(${total0.toLocaleString('en')})` }).waitFor();
  });

  it('adds, edits and deletes a munition observation with its source and credibility, which weighs it', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.reload();
    const sec = page.getByTestId('munition-records');
    await sec.locator('li[data-munition]').first().waitFor();
    const n0 = await sec.locator('li[data-munition]').count();
    await page.getByRole('button', { name: 'add munition observation' }).click();
    const f = page.getByRole('form', { name: 'Add munition observation' });
    await f.getByLabel('what was seen').fill('E2E tail fin of a 120 mm mortar bomb');
    await f.getByLabel('calibre, mm').fill('120');
    await f.getByRole('combobox', { name: /^burster seen/ }).selectOption('yes');
    await f.getByTestId('unsourced-note').waitFor();
    await f.getByRole('combobox', { name: /^source(?! title)/ }).selectOption('+');
    await f.getByLabel('new source name').fill('E2E Photo Desk');
    await f.getByLabel('source title', { exact: true }).fill('Photo of a remnant, 25 November');
    await f.getByLabel('URL', { exact: true }).fill('https://example.org/photo/remnant-1');
    await f.getByRole('combobox', { name: /^credibility/ }).selectOption('4');
    await f.getByLabel('reason for the change').fill('photo posted the morning after');
    await f.getByRole('button', { name: 'add munition observation' }).click();
    await page.getByTestId('moved').filter({ hasText: 'adding the munition observation' }).waitFor();
    const li = sec.locator('li[data-munition]').filter({ hasText: 'E2E tail fin' });
    await li.waitFor();
    expect(await sec.locator('li[data-munition]').count()).toBe(n0 + 1);
    expect(await li.innerText()).toContain('credibility 4 (doubtful)');
    expect(await li.getByRole('link', { name: 'example.org' }).getAttribute('href')).toBe('https://example.org/photo/remnant-1');
    const id = (await li.getAttribute('data-munition'))!;
    // the munition engine weighs it at half the default reliability, and says so
    const fin = (await (await fetch(new URL(`/api/cases/${caseId}/findings?engine=munition-compatibility`, srv.url))).json()) as { items: { explanation: string }[] };
    expect(fin.items[0].explanation).toContain(`${id} at 0.4 (credibility 4 (doubtful))`);
    await li.getByRole('button', { name: /edit munition observation/ }).click();
    const e = page.getByRole('form', { name: 'Edit munition observation' });
    expect(await e.getByRole('combobox', { name: /^credibility/ }).inputValue()).toBe('4');
    expect(await e.getByLabel('source title', { exact: true }).inputValue()).toBe('Photo of a remnant, 25 November');
    await e.getByRole('combobox', { name: /^credibility/ }).selectOption('2');
    await e.getByLabel('reason for the change').fill('a second photo confirms it');
    await e.getByRole('button', { name: 'save munition observation' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing the munition observation' }).waitFor();
    await sec.locator('li[data-munition]').filter({ hasText: 'credibility 2 (probably true)' }).waitFor();
    await sec.locator('li[data-munition]').filter({ hasText: 'E2E tail fin' }).getByRole('button', { name: /edit munition observation/ }).click();
    const d = page.getByRole('form', { name: 'Edit munition observation' });
    await d.getByLabel('reason for the change').fill('duplicate of an existing observation');
    await d.getByRole('button', { name: 'delete munition observation' }).click();
    await d.getByRole('button', { name: 'confirm: delete munition observation' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting the munition observation' }).waitFor();
    await sec.locator('li[data-munition]').filter({ hasText: 'E2E tail fin' }).waitFor({ state: 'detached' });
    expect(await sec.locator('li[data-munition]').count()).toBe(n0);
  });

  it('adds, edits and deletes a source record in a form (grade explained); a source still cited cannot be deleted', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.reload();
    const sec = page.getByTestId('source-records');
    await sec.locator('li[data-source]').first().waitFor();
    await page.getByRole('button', { name: 'add source', exact: true }).click();
    const f = page.getByRole('form', { name: 'Add source' });
    await f.getByLabel('name', { exact: true }).fill('E2E Monitor Group');
    await f.getByRole('combobox', { name: /^kind/ }).selectOption('organisation');
    await f.getByRole('combobox', { name: /^reliability of the source/ }).selectOption('C');
    await f.getByRole('combobox', { name: /^affiliation/ }).selectOption('opposition');
    await f.getByLabel('reason for the change').fill('a monitor we now cite');
    await f.getByRole('button', { name: 'add source' }).click();
    await page.getByTestId('moved').filter({ hasText: 'adding the source E2E Monitor Group' }).waitFor();
    const li = sec.locator('li[data-source="e2e-monitor-group"]');
    await li.waitFor();
    expect(await li.innerText()).toContain('reliability C (fairly reliable) · opposition');
    await li.getByRole('button', { name: 'edit source E2E Monitor Group' }).click();
    const e = page.getByRole('form', { name: 'Edit source' });
    await e.getByRole('combobox', { name: /^reliability of the source/ }).selectOption('D');
    await e.getByLabel('reason for the change').fill('two of its reports were retracted');
    await e.getByRole('button', { name: 'save source' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing the source E2E Monitor Group (reliability D)' }).waitFor();
    await sec.locator('li[data-source="e2e-monitor-group"]').filter({ hasText: 'reliability D (not usually reliable)' }).waitFor();
    await sec.locator('li[data-source="e2e-monitor-group"]').getByRole('button', { name: /edit source/ }).click();
    const d = page.getByRole('form', { name: 'Edit source' });
    await d.getByLabel('reason for the change').fill('entered twice');
    await d.getByRole('button', { name: 'delete source' }).click();
    await d.getByRole('button', { name: 'confirm: delete source' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting the source E2E Monitor Group' }).waitFor();
    await sec.locator('li[data-source="e2e-monitor-group"]').waitFor({ state: 'detached' });
    // a source a testimony cites: the server refuses, and the form says which testimony
    const cited = (await (await fetch(new URL(`/api/cases/${caseId}/testimonies?limit=500`, srv.url))).json()) as { items: { id: string; source_id?: string }[] };
    const t = cited.items.find((x) => x.source_id);
    if (t) {
      await sec.locator(`li[data-source="${t.source_id}"]`).getByRole('button', { name: /edit source/ }).click();
      const k = page.getByRole('form', { name: 'Edit source' });
      await k.getByLabel('reason for the change').fill('try');
      await k.getByRole('button', { name: 'delete source' }).click();
      await k.getByRole('button', { name: 'confirm: delete source' }).click();
      await k.getByRole('status').filter({ hasText: /not deleted: .*testimonies still cite this source/ }).waitFor();
      await k.getByRole('button', { name: 'cancel' }).click();
    }
  });

  it('adds, edits and deletes a sample in a form: its chain of custody and results as rows, with its source', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.reload();
    const sec = page.getByTestId('sample-records');
    await sec.waitFor();
    const n0 = await sec.locator('li[data-sample]').count();
    await page.getByRole('button', { name: 'add sample', exact: true }).click();
    const f = page.getByRole('form', { name: 'Add sample' });
    await f.getByLabel('kind', { exact: true }).fill('soil');
    await f.getByLabel('description', { exact: true }).fill('E2E soil from the impact point');
    await f.getByLabel('collected at').fill('2018-11-26T09:00:00Z');
    await f.getByLabel('collected by').fill('E2E Field Team');
    await f.getByRole('button', { name: 'add a transfer' }).click();
    await f.getByLabel('transfer 1 at').fill('2018-11-27T10:00:00Z');
    expect(await f.getByLabel('from', { exact: true }).inputValue()).toBe('E2E Field Team'); // the last holder, filled in
    await f.getByLabel('to', { exact: true }).fill('E2E Lab');
    await f.getByRole('combobox', { name: /^sealed/ }).selectOption('yes');
    await f.getByRole('button', { name: 'add a result' }).click();
    await f.getByLabel('result 1 lab').fill('E2E Lab');
    await f.getByLabel('detected (comma-separated)').fill('chlorine, trichlorophenol');
    await f.getByLabel('what the lab says').fill('chlorinated organics above background');
    await f.getByRole('combobox', { name: /^source(?! title)/ }).selectOption('+');
    await f.getByLabel('new source name').fill('E2E Lab Reports');
    await f.getByLabel('URL', { exact: true }).fill('https://example.org/lab/report-1');
    await f.getByLabel('reason for the change').fill('lab report received');
    await f.getByRole('button', { name: 'add sample' }).click();
    await page.getByTestId('moved').filter({ hasText: 'adding the sample “E2E soil from the impact point”' }).waitFor();
    const li = sec.locator('li[data-sample]').filter({ hasText: 'E2E soil' });
    await li.waitFor();
    expect(await sec.locator('li[data-sample]').count()).toBe(n0 + 1);
    expect(await li.innerText()).toContain('1 transfer · 1 result');
    const id = (await li.getAttribute('data-sample'))!;
    const rec = async () => ((await (await fetch(new URL(`/api/cases/${caseId}/samples?limit=500`, srv.url))).json()) as { items: any[] }).items.find((x) => x.id === id);
    expect(await rec()).toMatchObject({ kind: 'soil', collected_by: 'E2E Field Team', chain: [{ at: '2018-11-27T10:00:00Z', from: 'E2E Field Team', to: 'E2E Lab', sealed: true }], results: [{ lab: 'E2E Lab', detected: ['chlorine', 'trichlorophenol'], text: 'chlorinated organics above background' }], citations: ['https://example.org/lab/report-1'] });
    await li.getByRole('button', { name: /edit sample/ }).click();
    const e = page.getByRole('form', { name: 'Edit sample' });
    await e.getByRole('button', { name: 'add a transfer' }).click();
    await e.getByLabel('transfer 2 at').fill('2018-11-29T10:00:00Z');
    await e.locator('[data-transfer="1"]').getByLabel('to', { exact: true }).fill('E2E Second Lab');
    await e.locator('[data-transfer="1"]').getByRole('combobox', { name: /^sealed/ }).selectOption('no');
    await e.getByLabel('reason for the change').fill('split sample sent on');
    await e.getByRole('button', { name: 'save sample' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing the sample' }).waitFor();
    await sec.locator('li[data-sample]').filter({ hasText: '2 transfers' }).waitFor();
    const after = await rec();
    expect(after.chain[1]).toEqual({ at: '2018-11-29T10:00:00Z', from: 'E2E Lab', to: 'E2E Second Lab', sealed: false, citations: [] });
    // what the form does not show is kept: the first transfer and the result as they were
    expect(after.chain[0]).toEqual({ at: '2018-11-27T10:00:00Z', from: 'E2E Field Team', to: 'E2E Lab', sealed: true, citations: [] });
    expect(after.results[0]).toEqual({ lab: 'E2E Lab', detected: ['chlorine', 'trichlorophenol'], text: 'chlorinated organics above background', citations: [] });
    await sec.locator('li[data-sample]').filter({ hasText: 'E2E soil' }).getByRole('button', { name: /edit sample/ }).click();
    const d = page.getByRole('form', { name: 'Edit sample' });
    await d.getByLabel('reason for the change').fill('wrong case');
    await d.getByRole('button', { name: 'delete sample' }).click();
    await d.getByRole('button', { name: 'confirm: delete sample' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting the sample' }).waitFor();
    await sec.locator('li[data-sample]').filter({ hasText: 'E2E soil' }).waitFor({ state: 'detached' });
  });

  it('uploads a file once, and a second pick of the same file says it is already in the locker; an image gets a preview', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/evidence`);
    const file = { name: 'frame.png', mimeType: 'image/png', buffer: PNG };
    await page.getByLabel('Upload evidence file').setInputFiles(file);
    await page.getByTestId('staged').waitFor();
    expect(await page.getByTestId('uploaded').count()).toBe(0); // nothing sent before the confirm
    await page.getByRole('button', { name: 'add to the locker' }).click();
    await page.getByTestId('uploaded').filter({ hasText: 'Stored' }).waitFor();
    await page.getByTestId('preview').locator('img').waitFor();
    await page.getByLabel('Upload evidence file').setInputFiles({ ...file, name: 'same-frame-again.png' });
    await page.getByTestId('already').waitFor();
    expect(await page.getByRole('button', { name: 'add to the locker' }).count()).toBe(0);
    expect(await page.locator('.files tbody tr').filter({ hasText: 'frame.png' }).count()).toBe(1);
  });

  it('draws the coordination network as a graph and the incident on an offline map', async () => {
    // the example's reports hold no co-publishing pairs: three outlets publish the same three texts within
    // minutes of each other, three times over (what the narrative engine's coordination test looks for)
    const t0 = Date.parse('2018-11-24T18:50:00Z');
    const texts = [
      'Terrorists fired shells filled with chlorine gas at residential Aleppo, dozens suffocating',
      'Chlorine attack by militants on Aleppo: the armed groups used toxic gas against civilians',
      'Militants from Idlib shelled Aleppo with poison gas, the ceasefire zone used for a chemical attack',
    ];
    const reports = texts.flatMap((text, k) => ['Outlet Alpha e2e', 'Outlet Beta e2e', 'Outlet Gamma e2e'].map((outlet, j) => ({ outlet, published_at: new Date(t0 + (2 + 4 * k) * 3600_000 + j * 300_000).toISOString(), title: text, text })));
    const r = await fetch(new URL(`/api/cases/${caseId}/reports`, srv.url), { method: 'POST', headers: { authorization: `Bearer ${tok.a}`, 'content-type': 'application/json' }, body: JSON.stringify({ reports }) });
    expect(r.status).toBeLessThan(300);
    await page.goto(`${srv.url}#/case/${caseId}/narrative`);
    await page.reload();
    const g = page.getByTestId('coordination-graph');
    await g.waitFor();
    expect(await g.locator('g.node').count()).toBeGreaterThan(1);
    expect(await g.locator('line.edge').count()).toBeGreaterThan(0);
    await g.locator('g.node').first().click();
    await page.getByTestId('shared-texts').waitFor();
    // a place named by its governorate only (Natural Earth's spelling "Idleb"): shaded and labelled
    const sc = await fetch(new URL(`/api/cases/${caseId}/site-control?why=map+test`, srv.url), { method: 'POST', headers: { authorization: `Bearer ${tok.a}`, 'content-type': 'application/json' }, body: JSON.stringify({ party: 'opposition', place: 'Idleb countryside', from: '2018-11-01', citations: ['https://example.org/front'] }) });
    expect(sc.status).toBe(201);
    await page.goto(`${srv.url}#/case/${caseId}/overview`);
    await page.reload();
    // the map loads when its section comes into view
    await page.getByRole('region', { name: 'Where' }).scrollIntoViewIfNeeded();
    const map = page.getByTestId('incident-map');
    await map.waitFor();
    expect(await map.locator('path.land').count()).toBeGreaterThan(3);
    expect(await map.locator('path.land.home').count()).toBe(1);
    expect(await page.getByTestId('map-place').first().innerText()).toMatch(/inside Syria by the boundary data, in the governorate of Aleppo \(SY-HL\)/);
    // Syria's fourteen governorates, the incident's and the named one shaded and labelled
    await map.locator('path.admin1').nth(13).waitFor({ state: 'attached' });
    expect(await map.locator('path.admin1').count()).toBe(14);
    expect((await map.locator('path.admin1.named').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-region')))).sort()).toEqual(['SY-HL', 'SY-ID']);
    expect(await map.locator('text.region-label').allTextContents()).toEqual(expect.arrayContaining(['Aleppo', 'Idlib']));
    expect(await map.innerText()).toContain('Idleb countryside (site control: opposition; shaded: the governorate of Idlib)');
    // the report's bottom line and what followed the incident, from the assessment and /consequences
    await page.getByTestId('bottom-line').waitFor();
    expect(await page.getByTestId('consequences').locator('li').count()).toBeGreaterThan(0);
  });

  it('follows a quote to its passage: a text fragment on the cited page, and the marked passage in the locker copy (text, and the page of a PDF)', async () => {
    const api = (p: string, init: RequestInit) => fetch(new URL(p, srv.url), { ...init, headers: { authorization: `Bearer ${tok.a}`, ...(init.headers as object) } });
    const upload = async (name: string, body: Buffer, source: string) => {
      const r = await api(`/api/cases/${caseId}/evidence?filename=${name}&source_url=${encodeURIComponent(source)}&title=${encodeURIComponent(name)}`, { method: "POST", body: new Uint8Array(body) });
      expect(r.status).toBe(201);
    };
    const txtUrl = 'https://example.org/capture/amc-transcript';
    const pdfUrl = 'https://example.org/capture/field-report.pdf';
    await upload('transcript.txt', Buffer.from('Aleppo Media Centre, transcript of 25 November.\n\nThe nurse said that patients had pinpoint\n   pupils and convulsions on arrival, and that several\nstopped breathing.\n\nEnd of transcript.\n'), txtUrl);
    await upload('field-report.pdf', minimalPdf(['Field report, page one: arrival of the team.', 'Page two: the cylinder had no burster and a bent valve.']), pdfUrl);
    const add = async (id: string, text: string, url: string) =>
      expect((await api(`/api/cases/${caseId}/testimonies?why=passage+test`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, who: `Passage ${id}`, role: 'medic', text, credibility: 3, citations: [url] }) })).status).toBe(201);
    await add('t-passage-txt', 'Patients had pinpoint pupils and convulsions on arrival, and several stopped breathing.', txtUrl);
    await add('t-passage-pdf', 'The cylinder had no burster and a bent valve.', pdfUrl);

    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.reload();
    const li = page.locator('li[data-testimony="t-passage-txt"]');
    await li.waitFor();
    // the cited page: a text fragment of the quote's first and last words
    expect(await li.getByRole('link', { name: 'example.org' }).getAttribute('href')).toBe(`${txtUrl}#:~:text=Patients%20had%20pinpoint%20pupils,and%20several%20stopped%20breathing.`);
    await li.getByTestId('passage-link').click();
    const mark = page.getByTestId('passage-mark');
    await mark.waitFor();
    // the record paraphrases the end ("and that several"): the longest leading run of its words is marked
    expect((await mark.innerText()).replace(/\s+/g, ' ')).toBe('patients had pinpoint pupils and convulsions on arrival, and');
    // focus moves to the mark after it renders (a frame later on a loaded machine): wait for it, then assert it
    await page.waitForFunction(() => document.activeElement?.tagName === 'MARK', undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');

    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.locator('li[data-testimony="t-passage-pdf"]').getByTestId('passage-link').click();
    await page.getByTestId('passage-page').filter({ hasText: 'Page 2 of 2.' }).waitFor();
    expect(await page.getByTestId('passage-mark').innerText()).toBe('the cylinder had no burster and a bent valve.');
    expect(await page.locator('canvas.pdf-page').evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
    await page.evaluate(AXE);
    const r = await page.evaluate(async () => (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string }[] }> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    expect(r.violations.map((x) => x.id)).toEqual([]);
  });

  it('has no axe-core WCAG 2.1 A/AA violation on any view', async () => {
    const found: string[] = [];
    for (const v of ['', ...VIEWS]) {
      await page.goto(v ? `${srv.url}#/case/${caseId}/${v}` : srv.url);
      await page.locator(v ? '.pane' : '.cards').waitFor();
      await page.waitForLoadState('networkidle');
      await page.evaluate(AXE); // evaluated by the driver: the page's CSP forbids inline scripts
      const r = await page.evaluate(async () => (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      for (const x of r.violations) found.push(`${v || 'case list'}: ${x.id} at ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(found).toEqual([]);
  }, 240_000); // nine views, each scanned in full: minutes on a loaded machine

  it('does not overflow horizontally at 390 px on any view', async () => {
    const [ctx, p] = await signedIn(tok.a);
    await p.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    for (const v of ['', ...VIEWS]) {
      await p.goto(v ? `${srv.url}#/case/${caseId}/${v}` : srv.url);
      await p.locator(v ? '.pane' : '.cards').waitFor();
      await p.waitForLoadState('networkidle');
      const w = await p.evaluate(() => document.documentElement.scrollWidth);
      if (w > 390) wide.push(`${v || 'case list'}: ${w}px`);
    }
    await ctx.close();
    expect(wide).toEqual([]);
  });

  it('edits a hypothesis in a form (title, description, prior with what it rests on), and the posterior moves', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.reload();
    const sec = page.getByTestId('hypothesis-records');
    const li = sec.locator('li[data-hypothesis]').filter({ hasText: 'No toxic chemical; the incident was staged' });
    await li.waitFor();
    const id = (await li.getAttribute('data-hypothesis'))!;
    const post = async () => ((await (await fetch(new URL(`/api/cases/${caseId}/assessment`, srv.url))).json()) as { hypotheses: { id: string; posterior: number }[] }).hypotheses.find((h) => h.id === id)!.posterior;
    const before = await post();
    await li.getByRole('button', { name: /edit hypothesis/ }).click();
    const f = page.getByRole('form', { name: 'Edit hypothesis' });
    expect(await f.getByLabel('title', { exact: true }).inputValue()).toBe('No toxic chemical; the incident was staged or fabricated');
    await f.getByLabel('description', { exact: true }).fill('Nothing toxic was released; the casualties were staged for cameras.');
    await f.getByLabel(/^prior probability/).fill('0.02');
    await f.getByLabel('reason for the change').fill('a base rate for staged incidents');
    // a prior needs what it rests on
    await f.getByRole('button', { name: 'save hypothesis' }).click();
    await f.getByRole('status').filter({ hasText: 'Say what the prior rests on' }).waitFor();
    await f.getByLabel(/^what the prior rests on/).fill('Share of alleged attacks in the OPCW FFM reports found not to involve a chemical (e2e)');
    await f.getByRole('button', { name: 'save hypothesis' }).click();
    const moved = page.getByTestId('moved').filter({ hasText: 'editing the hypothesis “No toxic chemical' });
    await moved.waitFor();
    const changes = await moved.locator('tbody td:last-child').allInnerTexts();
    expect(changes.some((c) => c !== '±0')).toBe(true);
    const after = await post();
    expect(after).toBeLessThan(before);
    await sec.locator('li[data-hypothesis]').filter({ hasText: 'prior 0.02 (Share of alleged attacks' }).waitFor();
    // the stored record holds the fields, and the custody log the reason
    const rec = ((await (await fetch(new URL(`/api/cases/${caseId}`, srv.url))).json()) as { hypotheses: { id: string; prior?: number; prior_basis?: string; description?: string }[] }).hypotheses.find((h) => h.id === id)!;
    expect(rec).toMatchObject({ prior: 0.02, prior_basis: 'Share of alleged attacks in the OPCW FFM reports found not to involve a chemical (e2e)', description: 'Nothing toxic was released; the casualties were staged for cameras.' });
    // back to no prior: shared evenly again, the posterior returns
    await sec.locator('li[data-hypothesis]').filter({ hasText: 'prior 0.02' }).getByRole('button', { name: /edit hypothesis/ }).click();
    const e = page.getByRole('form', { name: 'Edit hypothesis' });
    await e.getByLabel(/^prior probability/).fill('');
    await e.getByLabel(/^what the prior rests on/).fill('');
    await e.getByLabel('reason for the change').fill('no defensible base rate after all');
    await e.getByRole('button', { name: 'save hypothesis' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing the hypothesis' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('prior 0.02'));
    expect(await post()).toBeCloseTo(before, 6);
  });

  it('adds, edits and deletes a full evidence row in a form: source, weights and its rating against each hypothesis; unsourced is marked and weighed at half', async () => {
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await page.reload();
    const sec = page.getByTestId('matrix-records');
    await sec.locator('li[data-matrix-item]').first().waitFor();
    const n0 = await sec.locator('li[data-matrix-item]').count();
    await page.getByRole('button', { name: 'add evidence row' }).click();
    const f = page.getByRole('form', { name: 'Add evidence row' });
    await f.getByLabel(/^evidence/).fill('E2E hospital log lists 40 admissions with breathing difficulty');
    await f.getByLabel('source title', { exact: true }).fill('Hospital admissions log (e2e)');
    await f.getByLabel('URL', { exact: true }).fill('https://example.org/e2e/admissions');
    await f.getByLabel('source date', { exact: true }).fill('2018-11-25');
    await f.getByRole('combobox', { name: /^credibility/ }).selectOption('high');
    await f.getByRole('combobox', { name: /^relevance/ }).selectOption('high');
    const cells = f.locator('fieldset').filter({ hasText: 'rating against each hypothesis' }).getByRole('combobox');
    const nh = await cells.count();
    expect(nh).toBeGreaterThan(1);
    await cells.nth(0).selectOption('CC');
    await cells.nth(1).selectOption('II');
    await f.getByLabel('reason for the change').fill('admissions log obtained');
    await f.getByRole('button', { name: 'add evidence row' }).click();
    await page.getByTestId('moved').filter({ hasText: 'adding the evidence row' }).waitFor();
    const li = sec.locator('li[data-matrix-item]').filter({ hasText: 'E2E hospital log' });
    await li.waitFor();
    expect(await sec.locator('li[data-matrix-item]').count()).toBe(n0 + 1);
    expect(await li.innerText()).not.toContain('unsourced');
    const id = (await li.getAttribute('data-matrix-item'))!;
    const row = async () => ((await (await fetch(new URL(`/api/cases/${caseId}/assessment`, srv.url))).json()) as { evidence: { id: string; reliability: number; weighed?: string; ratings: Record<string, string> }[] }).evidence.find((x) => x.id === id)!;
    const sourced = await row();
    expect(sourced.weighed).toBeUndefined();
    expect(Object.values(sourced.ratings).slice(0, 2)).toEqual(['CC', 'II']);
    // edit: the URL removed, so it cites nothing: marked unsourced and weighed at half
    await li.getByRole('button', { name: /edit evidence row/ }).click();
    const e = page.getByRole('form', { name: 'Edit evidence row' });
    expect(await e.getByLabel('URL', { exact: true }).inputValue()).toBe('https://example.org/e2e/admissions');
    await e.getByLabel('URL', { exact: true }).fill('');
    await e.getByLabel('reason for the change').fill('the log could not be verified');
    await e.getByRole('button', { name: 'save evidence row' }).click();
    await page.getByTestId('moved').filter({ hasText: 'editing the evidence row' }).waitFor();
    await sec.locator('li[data-matrix-item]').filter({ hasText: 'E2E hospital log' }).filter({ hasText: 'unsourced' }).waitFor();
    const unsourced = await row();
    expect(unsourced.weighed).toBe('weighed at 50%: unsourced');
    expect(unsourced.reliability).toBeCloseTo(sourced.reliability / 2, 10);
    // the matrix grid marks it too
    await page.goto(`${srv.url}#/case/${caseId}/matrix`);
    await page.locator('th.item-head').filter({ hasText: 'E2E hospital log' }).locator('.unsourced-tag').waitFor();
    // the grid's edit opens the same full form, filled from the row (its cells included)
    await page.getByRole('button', { name: 'edit row E2E hospital log lists 40 admissions with breathing difficulty' }).click();
    const g = page.getByRole('form', { name: 'Edit evidence row' });
    expect(await g.getByRole('combobox', { name: /^credibility/ }).inputValue()).toBe('high');
    expect(await g.locator('fieldset').filter({ hasText: 'rating against each hypothesis' }).getByRole('combobox').nth(0).inputValue()).toBe('CC');
    await g.getByRole('combobox', { name: /^relevance/ }).selectOption('low');
    await g.getByLabel('reason for the change').fill('relevance lowered in the grid');
    await g.getByRole('button', { name: 'save evidence row' }).click();
    await page.getByRole('status').filter({ hasText: 'saved: editing the evidence row' }).first().waitFor();
    expect(((await (await fetch(new URL(`/api/cases/${caseId}`, srv.url))).json()) as { matrix: { id: string; relevance: string }[] }).matrix.find((m) => m.id === id)!.relevance).toBe('low');
    // delete, confirmed
    await page.goto(`${srv.url}#/case/${caseId}/records`);
    await sec.locator('li[data-matrix-item]').filter({ hasText: 'E2E hospital log' }).getByRole('button', { name: /edit evidence row/ }).click();
    const d = page.getByRole('form', { name: 'Edit evidence row' });
    await d.getByLabel('reason for the change').fill('duplicate row');
    await d.getByRole('button', { name: 'delete evidence row' }).click();
    await d.getByRole('button', { name: 'confirm: delete evidence row and its ratings' }).click();
    await page.getByTestId('moved').filter({ hasText: 'deleting the evidence row' }).waitFor();
    await sec.locator('li[data-matrix-item]').filter({ hasText: 'E2E hospital log' }).waitFor({ state: 'detached' });
    // every write is in the custody log with its reason
    const log = (await custodyOf(t.ws).log.entryTypes('record-changed')).map((r) => {
      const d = decodeEntry(r.entry);
      return (d.ok ? d.entry : {}) as { kind?: string; why?: string };
    });
    for (const [kind, why] of [['matrix-item', 'admissions log obtained'], ['matrix-item', 'the log could not be verified'], ['matrix-item', 'duplicate row'], ['hypothesis', 'a base rate for staged incidents']])
      expect(log.some((x) => x.why === why && x.kind === kind), `${kind}: ${why}`).toBe(true);
  });

  it('every add form on the records view open at once: no axe-core violation, no overflow at 390 px', async () => {
    const [ctx, p] = await signedIn(tok.a);
    const check = async (width: number) => {
      await p.setViewportSize({ width, height: 900 });
      await p.goto(`${srv.url}#/case/${caseId}/records`);
      await p.reload();
      await p.locator('.pane').waitFor();
      for (const name of ['add testimony', 'add source', 'add site control', 'add munition observation', 'add sample', 'add consequence', 'add report', 'add hypothesis', 'add evidence row']) await p.getByRole('button', { name, exact: true }).first().click();
      for (const f of ['Add testimony', 'Add source', 'Add site control', 'Add munition observation', 'Add sample', 'Add consequence', 'Add report', 'Add hypothesis', 'Add evidence row']) await p.getByRole('form', { name: f }).waitFor();
      await p.getByRole('form', { name: 'Add sample' }).getByRole('button', { name: 'add a transfer' }).click();
      await p.getByRole('form', { name: 'Add sample' }).getByRole('button', { name: 'add a result' }).click();
      // a new source picked in each: its name and grade fields appear too
      for (const f of ['Add site control', 'Add munition observation', 'Add sample', 'Add consequence', 'Add report', 'Add evidence row']) await p.getByRole('form', { name: f }).getByRole('combobox', { name: /^source(?! title)/ }).selectOption('+');
      await p.evaluate(AXE);
      const r = await p.evaluate(async () => (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      return { violations: r.violations.map((x) => `${width}: ${x.id} at ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), scroll: await p.evaluate(() => document.documentElement.scrollWidth) };
    };
    const wide = await check(1440);
    expect(wide.violations).toEqual([]);
    const narrow = await check(390);
    expect(narrow.violations).toEqual([]);
    expect(narrow.scroll).toBeLessThanOrEqual(390);
    // the matrix grid's evidence-row form, open at 390 px with a new source picked
    await p.goto(`${srv.url}#/case/${caseId}/matrix`);
    await p.reload();
    await p.getByRole('button', { name: 'add evidence row', exact: true }).click();
    const g = p.getByRole('form', { name: 'Add evidence row' });
    await g.getByRole('combobox', { name: /^source(?! title)/ }).selectOption('+');
    await p.evaluate(AXE);
    const r = await p.evaluate(async () => (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    expect(r.violations.map((x) => `matrix 390: ${x.id} at ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await ctx.close();
  }, 120_000);

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
