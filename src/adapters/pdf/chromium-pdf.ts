/**
 * HTML to PDF through Debian's Chromium driven by playwright-core (no browser download). A fresh temporary
 * profile each run, and flags that keep Chromium off the network (no updates, sync, QUIC or background
 * requests): the report is standalone HTML, so nothing needs fetching.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AssayError } from '../../core/errors.js';
import type { PdfPrinter } from '../../ports/pdf.js';

export const CHROMIUM_PATH = process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function htmlToPdf(html: string, opts: { executablePath?: string } = {}): Promise<Buffer> {
  const exe = opts.executablePath ?? CHROMIUM_PATH;
  if (!fs.existsSync(exe)) throw new AssayError('unavailable', `Chromium not found (install it: apt-get install -y chromium, or set ASSAY_CHROMIUM)`, exe);
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pdf-'));
  try {
    const ctx = await chromium.launchPersistentContext(profile, { executablePath: exe, headless: true, args: CHROMIUM_ARGS, offline: true });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.setContent(html, { waitUntil: 'load' });
      // page numbers in the footer ("page 3 of 9"), and the document title in the header, on every page
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div style="font:8px Helvetica,Arial,sans-serif;color:#777;width:100%;padding:0 12mm"><span class="title"></span></div>',
        footerTemplate: '<div style="font:8px Helvetica,Arial,sans-serif;color:#777;width:100%;text-align:center">page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await ctx.close();
    }
  } catch (e) {
    if (e instanceof AssayError) throw e;
    throw new AssayError('unavailable', `PDF rendering failed: ${(e as Error).message.split('\n')[0]}`, exe);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The PdfPrinter port (src/ports/pdf.ts) on the Chromium named by ASSAY_CHROMIUM. */
export const chromiumPdf: PdfPrinter = { fromHtml: (html) => htmlToPdf(html) };
