/**
 * The incident map outside Syria, in Debian's Chromium: an incident with coordinates in Iraq is drawn on the world
 * layer (Natural Earth 1:50m countries) inside Iraq, and the map says first-level divisions are shipped for
 * Syria only; a case that gives no coordinates but names its country gets that country shaded. Each view also
 * passes axe-core (WCAG 2.1 A/AA) and does not overflow at 390 px. The map and its boundary data load only
 * when the "Where" section comes into view (or on request), so a case visit that does not scroll there does
 * not fetch them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { sqliteWorkspace, tempDir, type TestWorkspace } from './helpers/workspaces.js';
import { importBundle } from '../src/app/cases.js';
import { startServer } from '../src/http/server.js';
import { packageRoot } from '../src/app/paths.js';

const CHROMIUM = '/usr/bin/chromium';
const ready = fs.existsSync(CHROMIUM) && fs.existsSync(path.join(packageRoot, 'web', 'dist', 'index.html'));
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const HYPS = `hypotheses:
  - { id: h-chem, label: A toxic chemical was used, agent: unknown, actor: unknown, story: organic }
  - { id: h-none, label: No toxic chemical, agent: none, actor: none, story: unknown }
`;
function bundle(dir: string, id: string, place: string) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'case.yaml'), `id: ${id}\ntitle: Map test ${id}\nwhen: { at: '1988-03-16T11:00:00Z' }\nplace: ${place}\n`);
  fs.writeFileSync(path.join(dir, 'hypotheses.yaml'), HYPS);
}

let t: TestWorkspace;
let srv: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const dir = tempDir('assay-map-');

beforeAll(async () => {
  if (!ready) return;
  t = await sqliteWorkspace();
  bundle(path.join(dir, 'iraq'), 'map-halabja', '{ name: Halabja, country: Iraq, lat: 35.1878, lon: 45.9864 }');
  bundle(path.join(dir, 'uk'), 'map-salisbury', '{ name: Salisbury, country: United Kingdom }');
  await importBundle(t.ws, path.join(dir, 'iraq'));
  await importBundle(t.ws, path.join(dir, 'uk'));
  srv = await startServer({ ws: t.ws, host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await srv?.close();
  await t?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the incident map outside Syria (Chromium)', () => {
  it('draws an incident in Iraq on the world layer and says divisions are shipped for Syria only', async (ctx) => {
    if (!ready) return ctx.skip();
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`${srv.url}#/case/map-halabja/overview`);
    await page.getByRole('region', { name: 'Where' }).scrollIntoViewIfNeeded();
    const map = page.getByTestId('incident-map');
    await map.waitFor();
    expect(await map.locator('path.land.home').count()).toBe(1);
    expect(await map.locator('path.land').count()).toBeGreaterThan(3);
    expect(await map.locator('path.admin1.named').count()).toBe(0);
    expect(await map.locator('g.place').count()).toBe(1);
    expect(await page.getByTestId('map-place').first().innerText()).toMatch(/^Halabja \(35\.188, 45\.986\): inside Iraq by the boundary data\./);
    expect(await map.locator('figcaption').innerText()).toContain('First-level divisions are shipped for Syria only; outside it the map draws country boundaries.');
    expect(await map.locator('text.country-label.home').textContent()).toBe('Iraq');
    await page.evaluate(AXE); // evaluated by the driver: the page's CSP forbids inline scripts
    const v = await page.evaluate(async () => (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((x: any) => x.id));
    expect(v).toEqual([]);
  });

  it('shades the country a case names when it gives no coordinates, also at 390 px without overflow', async (ctx) => {
    if (!ready) return ctx.skip();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${srv.url}#/case/map-salisbury/overview`);
    await page.getByRole('region', { name: 'Where' }).scrollIntoViewIfNeeded();
    const map = page.getByTestId('incident-map');
    await map.waitFor();
    expect(await map.locator('path.land.home').count()).toBe(1);
    expect(await map.locator('g.place').count()).toBe(0);
    expect(await page.getByTestId('map-place').innerText()).toBe('Salisbury: no coordinates given; the country the case names, United Kingdom, is shaded.');
    expect(await map.locator('svg').getAttribute('aria-label')).toBe('Map of Salisbury: United Kingdom, the country the case names (no coordinates given)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('loads the map only when its section comes into view, or when asked', async (ctx) => {
    if (!ready) return ctx.skip();
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 240 } })).newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const mapChunks = () => fetched.filter((p) => /incident-map|countries-50m|admin1-syria/.test(p));
    await page.goto(`${srv.url}#/case/map-halabja/overview`);
    const where = page.getByRole('region', { name: 'Where' });
    await where.getByRole('button', { name: 'Draw it now' }).waitFor({ state: 'attached' });
    await page.locator('.judgment.leading').waitFor();
    // below the fold (the precondition of what follows), nothing of the map is fetched
    expect((await where.boundingBox())!.y).toBeGreaterThan(240);
    await page.waitForTimeout(300);
    expect(mapChunks()).toEqual([]);
    expect(await page.getByTestId('incident-map').count()).toBe(0);
    await where.scrollIntoViewIfNeeded();
    await page.getByTestId('incident-map').locator('path.land.home').waitFor();
    expect(mapChunks().some((p) => p.includes('countries-50m'))).toBe(true);
    // on request: the button draws it (clicked in place: a click by the driver would scroll it into view first)
    const other = await (await browser.newContext({ viewport: { width: 1440, height: 240 } })).newPage();
    await other.goto(`${srv.url}#/case/map-halabja/overview`);
    await other.locator('.judgment.leading').waitFor();
    await other.getByRole('button', { name: 'Draw it now' }).evaluate((b) => (b as HTMLButtonElement).click());
    await other.getByTestId('incident-map').locator('path.land.home').waitFor({ state: 'attached' });
  });
});
